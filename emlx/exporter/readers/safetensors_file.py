"""safetensors checkpoints. The header is parsed and validated by emlx/formats/safetensors_header.py (which the
bundle reader shares; its names are re-exported here)."""

from __future__ import annotations

import mmap
from pathlib import Path
from typing import Callable, Mapping

import numpy as np

from emlx.formats.safetensors_header import (DTYPES, HINT, MAX_HEADER_BYTES, SafetensorsHeader, TensorEntry,
                                            parse_safetensors_header, read_safetensors_header)

from ._common import FLOAT_DTYPES, RawCheckpoint, fail, input_errors, to_f32
from .lazy import LazyTensors

__all__ = ["DTYPES", "HINT", "MAX_HEADER_BYTES", "SafetensorsHeader", "TensorEntry", "decode_safetensors",
           "float_entries", "framework_from_names", "parse_safetensors_header", "raw_loader", "read_safetensors",
           "read_safetensors_checkpoint", "read_safetensors_header"]


def decode_safetensors(buf: bytes | bytearray | memoryview | mmap.mmap, name: str = "<safetensors>"
                       ) -> tuple[dict[str, np.ndarray], dict[str, str], dict[str, str]]:
    """Tensors from an in-memory (or memory-mapped) safetensors image.

    Returns ``(tensors, dtypes, metadata)``: float tensors as float32 (BF16/F16 widened exactly, F64
    narrowed), integer/bool tensors in their own dtype (int8 stays int8). ``dtypes`` holds the stored dtype
    as a name (``"bfloat16"``, ``"float32"``, ``"int8"`` ...). F32 and integer tensors are zero-copy,
    read-only views of ``buf`` when aligned.
    """
    head = parse_safetensors_header(buf, name=name)
    tensors: dict[str, np.ndarray] = {}
    dtypes: dict[str, str] = {}
    with input_errors(name, "cannot decode safetensors data", HINT):
        for key, ent in head.entries.items():
            kind, npdt = DTYPES[ent.dtype]
            dt = np.dtype(npdt)
            count = (ent.end - ent.begin) // dt.itemsize
            arr = np.frombuffer(buf, dtype=dt, count=count, offset=head.data_start + ent.begin).reshape(ent.shape)
            if kind in ("bfloat16", "float16", "float64"):
                arr = to_f32(arr, kind)
            elif not arr.flags.aligned:
                arr = arr.copy()
            tensors[key] = arr
            dtypes[key] = kind
    return tensors, dtypes, head.metadata


def read_safetensors(path: Path) -> tuple[dict[str, np.ndarray], dict[str, str], dict[str, str]]:
    """``(tensors, dtypes, metadata)`` of a safetensors file, memory-mapped (see decode_safetensors)."""
    path = Path(path)
    with input_errors(path, "cannot open safetensors file", HINT):
        with open(path, "rb") as f:
            size = f.seek(0, 2)
            if size < 8:
                raise fail(f"{path}: {size}-byte file is too short to hold the 8-byte header length; {HINT}")
            mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    return decode_safetensors(mm, name=str(path))


def framework_from_names(names: list[str]) -> str:
    """``"torch"`` for ``transformer.*`` spellings (any wrapper prefix), else ``"mlx"``."""
    for n in names:
        while n.startswith(("_orig_mod.", "module.")):
            n = n.split(".", 1)[1]
        if n.startswith("transformer."):
            return "torch"
    return "mlx"


def raw_loader(path: Path, start: int, ent: TensorEntry) -> Callable[[], np.ndarray]:
    """Reads one tensor's items as stored (bfloat16 as uint16 bits, uint32 as uint32), new memory per call."""
    dt = np.dtype(DTYPES[ent.dtype][1])

    def load() -> np.ndarray:
        count = (ent.end - ent.begin) // dt.itemsize
        with open(path, "rb") as f:
            f.seek(start + ent.begin)
            arr = np.fromfile(f, dtype=dt, count=count)
        if arr.size != count:
            raise ValueError(f"tensor {ent.name} is cut short ({arr.size} of {count} items)")
        return arr.reshape(ent.shape)

    return load


def _entry_loader(path: Path, start: int, ent: TensorEntry) -> Callable[[], np.ndarray]:
    kind = DTYPES[ent.dtype][0]
    read = raw_loader(path, start, ent)

    def load() -> np.ndarray:
        arr = read()
        return to_f32(arr, kind) if kind != "float32" else arr.astype(np.float32, copy=False)

    return load


def float_entries(path: Path, head: SafetensorsHeader) -> dict[str, tuple[tuple[int, ...], Callable[[], np.ndarray]]]:
    """name -> (shape, float32 loader) for the floating-point tensors of a safetensors file's header."""
    return {k: (e.shape, _entry_loader(path, head.data_start, e)) for k, e in head.entries.items()
            if DTYPES[e.dtype][0] in FLOAT_DTYPES}


def read_safetensors_checkpoint(path: Path, lazy: bool = False) -> RawCheckpoint:
    """A safetensors checkpoint; ``lazy``: tensors as a LazyTensors (header validated now, each tensor read from
    the file per lookup, into new memory), else zero-copy views of the memory-mapped file (see read_safetensors)."""
    path = Path(path)
    if lazy:
        head = read_safetensors_header(path)
        stored = {k: DTYPES[e.dtype][0] for k, e in head.entries.items()}
        entries = float_entries(path, head)
        if not entries:
            raise fail(f"{path}: no floating-point tensors (found {len(stored)} others); {HINT}")
        metadata = head.metadata
        tensors: Mapping[str, np.ndarray] = LazyTensors(path, entries, HINT)
    else:
        raw, stored, metadata = read_safetensors(path)
        tensors = {k: v for k, v in raw.items() if stored[k] in FLOAT_DTYPES}
        if not tensors:
            raise fail(f"{path}: no floating-point tensors (found {len(raw)} others); {HINT}")
    skipped = {k: stored[k] for k in stored if k not in tensors}
    return RawCheckpoint(tensors=tensors, dtypes={k: stored[k] for k in tensors},
                         framework=framework_from_names(list(tensors)), format="safetensors", path=path,
                         skipped=skipped, extras={"__metadata__": metadata} if metadata else {})
