"""The safetensors header, parsed and validated: shared by the checkpoint reader (emlx/exporter/readers) and the
bundle reader (emlx/formats/safetensors.py), so both refuse the same malformed files with the same words.

Layout: 8-byte little-endian header length ``N``, ``N`` bytes of UTF-8 JSON (an object mapping tensor names
to ``{"dtype", "shape", "data_offsets": [begin, end]}`` plus an optional ``"__metadata__"`` object of strings),
then the data region. Offsets are relative to the data region; together the tensors must tile it exactly.
"""

from __future__ import annotations

import json
import math
import mmap
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from emlx.errors import fail, input_errors

MAX_HEADER_BYTES = 100 * 1024 * 1024
#: UTF-8 bytes one ``__metadata__`` string may hold: a bundle's tokenizer block carrying a real tokenizer.json
#: (~10 MB: Llama 3's is 9 MB) fits; a larger string is refused before it is parsed (a 50 MB one used to be
#: accepted, at 231 MB of memory). The JS reader has the same limit (js/src/tensors.js).
MAX_METADATA_STRING = 32 * 1024 * 1024
HINT = "expected a .safetensors file (8-byte header length, JSON header, data); re-export the checkpoint"

# safetensors dtype code -> (checkpoint dtype name, numpy dtype of the stored items)
DTYPES: dict[str, tuple[str, str]] = {
    "BF16": ("bfloat16", "<u2"),
    "F16": ("float16", "<f2"),
    "F32": ("float32", "<f4"),
    "F64": ("float64", "<f8"),
    "I8": ("int8", "i1"),
    "U8": ("uint8", "u1"),
    "I16": ("int16", "<i2"),
    "I32": ("int32", "<i4"),
    "I64": ("int64", "<i8"),
    "U16": ("uint16", "<u2"),
    "U32": ("uint32", "<u4"),  # mlx-lm's packed quantised weights
    "U64": ("uint64", "<u8"),
    "BOOL": ("bool", "?"),
}


@dataclass(frozen=True)
class TensorEntry:
    name: str
    dtype: str  # safetensors code, e.g. "BF16"
    shape: tuple[int, ...]
    begin: int  # offsets relative to the data region
    end: int


@dataclass(frozen=True)
class SafetensorsHeader:
    header_len: int
    data_start: int  # absolute file offset of the data region (8 + header_len)
    entries: dict[str, TensorEntry]  # in header order
    metadata: dict[str, str]


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise ValueError(f"duplicate key {k!r} in header")
        out[k] = v
    return out


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def parse_safetensors_header(buf: bytes | bytearray | memoryview | mmap.mmap, file_size: int | None = None,
                             name: str = "<safetensors>") -> SafetensorsHeader:
    """Parse and validate a safetensors header. ``buf`` must hold at least the first ``8 + N`` bytes.

    ``file_size`` defaults to ``len(buf)``. Raises EmlxInputError (one line) on any problem.
    """
    size = len(buf) if file_size is None else file_size

    def bad(msg: str) -> Exception:
        return fail(f"{name}: {msg}; {HINT}")

    if size < 8:
        raise bad(f"{size}-byte file is too short to hold the 8-byte header length")
    (n,) = struct.unpack("<Q", bytes(buf[:8]))
    if n > MAX_HEADER_BYTES:
        raise bad(f"header length {n} exceeds the {MAX_HEADER_BYTES}-byte limit (not a safetensors file?)")
    if 8 + n > size:
        raise bad(f"header length {n} runs past the end of the {size}-byte file (truncated?)")
    if len(buf) < 8 + n:
        raise bad(f"only {len(buf)} bytes given, header needs {8 + n}")
    raw = bytes(buf[8:8 + n])
    try:
        header = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        raise bad(f"header is not valid UTF-8 JSON ({type(e).__name__}: {e})") from e
    if not isinstance(header, dict):
        raise bad(f"header is a JSON {type(header).__name__}, expected an object")

    metadata: dict[str, str] = {}
    meta = header.pop("__metadata__", None)
    if meta is not None:
        if not isinstance(meta, dict) or not all(isinstance(v, str) for v in meta.values()):
            raise bad("__metadata__ must be an object of string values")
        for k, v in meta.items():
            nbytes = len(v) if 4 * len(v) <= MAX_METADATA_STRING else len(v.encode("utf-8", "surrogatepass"))
            if nbytes > MAX_METADATA_STRING:
                raise bad(f"__metadata__[{k!r:.40}] is {nbytes} bytes, over the {MAX_METADATA_STRING} a metadata string "
                          "may hold")
        metadata = dict(meta)

    data_len = size - 8 - n
    entries: dict[str, TensorEntry] = {}
    for key, spec in header.items():
        if not key:
            raise bad("empty tensor name in header")
        if not isinstance(spec, dict) or set(spec) != {"dtype", "shape", "data_offsets"}:
            got = sorted(spec) if isinstance(spec, dict) else type(spec).__name__
            raise bad(f"tensor {key!r}: expected keys dtype, shape, data_offsets, got {got}")
        dtype, shape, offsets = spec["dtype"], spec["shape"], spec["data_offsets"]
        if not isinstance(dtype, str) or dtype not in DTYPES:
            raise bad(f"tensor {key!r}: unsupported dtype {dtype!r} (supported: {', '.join(DTYPES)})")
        if not isinstance(shape, list) or not all(_is_int(d) and d >= 0 for d in shape):
            raise bad(f"tensor {key!r}: shape must be a list of non-negative integers, got {shape!r}")
        if (not isinstance(offsets, list) or len(offsets) != 2 or not all(_is_int(o) for o in offsets)):
            raise bad(f"tensor {key!r}: data_offsets must be [begin, end] integers, got {offsets!r}")
        begin, end = offsets
        if not 0 <= begin <= end <= data_len:
            raise bad(f"tensor {key!r}: data_offsets [{begin}, {end}] outside the {data_len}-byte data region")
        itemsize = np.dtype(DTYPES[dtype][1]).itemsize
        want = math.prod(shape) * itemsize
        if end - begin != want:
            raise bad(f"tensor {key!r}: data_offsets span {end - begin} bytes, shape {shape} x {dtype} "
                      f"needs {want}")
        entries[key] = TensorEntry(key, dtype, tuple(shape), begin, end)

    pos = 0
    for ent in sorted(entries.values(), key=lambda x: (x.begin, x.end)):
        if ent.begin < pos:
            raise bad(f"tensor {ent.name!r}: data_offsets [{ent.begin}, {ent.end}] overlap another tensor")
        if ent.begin > pos:
            raise bad(f"data region has {ent.begin - pos} unused bytes at offset {pos}")
        pos = ent.end
    if pos != data_len:
        raise bad(f"tensors cover {pos} bytes but the data region has {data_len}")
    return SafetensorsHeader(n, 8 + n, entries, metadata)


def read_safetensors_header(path: Path) -> SafetensorsHeader:
    """The validated header of a safetensors file, reading only its first 8 + N bytes."""
    path = Path(path)
    with input_errors(path, "cannot open safetensors file", HINT):
        with open(path, "rb") as f:
            size = f.seek(0, 2)
            f.seek(0)
            head = f.read(8)
            if len(head) == 8:
                n = struct.unpack("<Q", head)[0]
                if n <= MAX_HEADER_BYTES:
                    head += f.read(n)
    return parse_safetensors_header(head, file_size=size, name=str(path))
