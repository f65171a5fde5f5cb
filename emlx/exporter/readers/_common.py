"""Shared pieces of the checkpoint readers: the RawCheckpoint record, float widening, error wrapping."""

from __future__ import annotations

import io
import pickletools
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from emlx.errors import EmlxInputError, fail, input_errors, one_line  # noqa: F401 - the readers import them from here

# dtypes a checkpoint tensor may be stored in and still end up in RawCheckpoint.tensors
FLOAT_DTYPES = ("bfloat16", "float16", "float32", "float64")


@dataclass
class RawCheckpoint:
    """A checkpoint as read from disk, before renaming or family detection.

    ``tensors`` maps SOURCE names to float32 C-contiguous arrays (bfloat16/float16 widened exactly; float64
    is narrowed to float32 and recorded as ``"float64"`` in ``dtypes``). Tensors that are not floating point
    (step counters, int buffers, ...) are left out of ``tensors`` and listed in ``skipped`` (name -> dtype).
    ``extras`` holds everything else the file carried that is not a model tensor: non-tensor entries of a
    torch checkpoint (``{"step": 100, ...}``; tensors there are described, not loaded) or the safetensors
    ``__metadata__`` strings.

    Arrays are new memory, except float32 tensors of a safetensors file: those are zero-copy, read-only views
    of the memory-mapped file (copy before modifying in place). A reader called with ``lazy=True`` returns a
    ``LazyTensors`` (emlx/exporter/readers/lazy.py) instead of a dict: shapes known, each tensor read on lookup.

    A model folder (model_folder.py) also carries its ``config.json`` as ``hf_config`` and lists the files it was
    read from in ``files`` (the provenance hashes them); ``path`` is then the folder. Its mlx-lm quantised layers
    are in ``tensors`` dequantised and in ``quantized`` as stored.
    """

    tensors: Mapping[str, np.ndarray]
    dtypes: dict[str, str]
    framework: str  # "mlx" | "torch" | "transformers" | "mlx-lm"
    format: str  # "npz" | "safetensors" | "torch" | "nanochat" | "model-folder"
    path: Path
    meta: dict[str, Any] = field(default_factory=dict)
    tokenizer_path: Path | None = None
    step: int | None = None
    skipped: dict[str, str] = field(default_factory=dict)
    extras: dict[str, Any] = field(default_factory=dict)
    hf_config: dict[str, Any] | None = None  # a transformers / mlx-lm config.json
    files: tuple[Path, ...] = ()  # the files of a multi-file checkpoint (a model folder); () = just ``path``
    #: source name of an mlx-lm quantised weight -> how it is stored (mlx_affine.StoredGroups); ``tensors`` holds
    #: its exact float32 dequantisation under the same name
    quantized: dict[str, Any] = field(default_factory=dict)

    def shapes(self) -> dict[str, tuple[int, ...]]:
        from .lazy import tensor_shapes

        return tensor_shapes(self.tensors)


def bf16_bits_to_f32(bits: np.ndarray) -> np.ndarray:
    """Widen raw bfloat16 bit patterns (uint16, or MLX's numpy void ``'<V2'``) to float32, exactly.

    The result is a new C-contiguous float32 array with the same logical shape as ``bits``.
    """
    if bits.dtype.itemsize != 2:
        raise ValueError(f"bfloat16 data must have 2-byte items, got dtype {bits.dtype}")
    # one ufunc pass (astype + in-place shift is ~10x slower on large arrays); order="C" also for Fortran-order
    # input, np.asarray keeps a 0-d input 0-d (ascontiguousarray would make it 1-d)
    wide = np.asarray(np.left_shift(bits.view("<u2"), 16, dtype=np.uint32, order="C"))
    return wide.view(np.float32)


def f32_to_bf16_bits(x: np.ndarray) -> np.ndarray:
    """Round float32 to the nearest bfloat16 (ties to even) and return the bit patterns as uint16.

    NaNs stay NaN (quiet). Used by tests and by writers that need bf16 output.
    """
    u32 = np.asarray(x, dtype=np.float32).astype(np.float32, order="C").view(np.uint32)
    rounding = ((u32 >> np.uint32(16)) & np.uint32(1)) + np.uint32(0x7FFF)
    out = ((u32 + rounding) >> np.uint32(16)).astype(np.uint16)
    nan = np.isnan(x)
    if np.any(nan):
        out = np.where(nan, ((u32 >> np.uint32(16)) | np.uint32(0x40)).astype(np.uint16), out)
    return out


def to_f32(arr: np.ndarray, dtype: str) -> np.ndarray:
    """Logical array in its stored dtype (bf16 as 2-byte raw items) -> new C-contiguous float32 array."""
    if dtype == "bfloat16":
        return bf16_bits_to_f32(arr)
    return np.array(arr, dtype=np.float32, order="C", copy=True)


# Bounds on what a pickle may build (a real state dict or tokenizer pickle is far below every one of them).
MAX_PICKLE_OPS = 20_000_000  # opcodes, i.e. objects built
MAX_PICKLE_MEMO = 5_000_000  # memo entries
MAX_PICKLE_MARK_DEPTH = 100  # nested MARK ... (tuple/list/dict literal) levels

# Compressed zip members: a deflate stream can expand ~1000x, so a small file could declare gigabytes. Members
# may inflate to at most MAX_INFLATE_RATIO x their compressed size, unless the whole archive stays within
# INFLATE_FLOOR bytes (tiny all-zero tensors compress far better than real weights).
MAX_INFLATE_RATIO = 64
INFLATE_FLOOR = 128 * 1024 * 1024


def scan_pickle(data: bytes) -> None:
    """Walk a pickle's opcodes (pure Python, nothing is executed or allocated by size) before unpickling.

    Rejects truncated/garbled streams, memo indices beyond the stream length (a 10-byte pickle can otherwise
    make the C unpickler zero-fill a multi-GB memo table), and pickles over the object, memo or MARK-nesting
    bounds above.
    """
    limit = len(data)
    ops = memo = depth = 0
    for opcode, arg, pos in pickletools.genops(io.BytesIO(data)):
        ops += 1
        if ops > MAX_PICKLE_OPS:
            raise ValueError(f"pickle builds more than {MAX_PICKLE_OPS} objects")
        name = opcode.name
        if name in ("PUT", "BINPUT", "LONG_BINPUT", "MEMOIZE"):
            memo += 1
            if memo > MAX_PICKLE_MEMO:
                raise ValueError(f"pickle memo holds more than {MAX_PICKLE_MEMO} entries")
            if name != "MEMOIZE" and not (isinstance(arg, int) and 0 <= arg <= limit):
                raise ValueError(f"pickle memo index {arg!r} at byte {pos} is out of range")
        if name == "MARK":
            depth += 1
            if depth > MAX_PICKLE_MARK_DEPTH:
                raise ValueError(f"pickle nests more than {MAX_PICKLE_MARK_DEPTH} levels at byte {pos}")
        elif pickletools.markobject in opcode.stack_before:
            depth = max(0, depth - 1)


def check_zip_sizes(zf: zipfile.ZipFile, path: Path | str, members: list[str] | None = None) -> None:
    """Refuse members whose declared sizes cannot be true, before anything is inflated.

    A stored member must declare as many bytes as it occupies; deflated members together may not inflate to
    more than MAX_INFLATE_RATIO x their compressed size (beyond INFLATE_FLOOR): a deflate bomb.
    zipfile itself stops inflating at the declared size and checks the CRC, so a member cannot exceed it.
    """
    infos = [zf.getinfo(m) for m in members] if members is not None else zf.infolist()
    archive = Path(zf.filename).stat().st_size if zf.filename else None
    packed = inflated = 0
    for info in infos:
        # the local header (30 bytes + name) and the compressed data must lie inside the file
        if archive is not None and info.header_offset + 30 + len(info.orig_filename) + info.compress_size > archive:
            raise fail(f"{path}: zip member {info.filename!r} declares {info.compress_size} bytes at offset "
                       f"{info.header_offset}, past the end of the {archive}-byte file (truncated or corrupt); "
                       "re-save the checkpoint")
        if info.compress_type == zipfile.ZIP_STORED:
            if info.file_size != info.compress_size:
                raise fail(f"{path}: zip member {info.filename!r} is stored uncompressed but declares {info.file_size} "
                           f"bytes in {info.compress_size}: the file is corrupt; re-save the checkpoint")
        else:
            packed += info.compress_size
            inflated += info.file_size
    if inflated > INFLATE_FLOOR and inflated > MAX_INFLATE_RATIO * packed:
        raise fail(f"{path}: compressed zip members declare {inflated} bytes from {packed} compressed "
                   f"(over {MAX_INFLATE_RATIO}x): a decompression bomb or a corrupt file; re-save the checkpoint "
                   f"uncompressed (np.savez / mx.savez / torch.save)")
