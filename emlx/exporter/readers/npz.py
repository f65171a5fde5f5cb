"""MLX ``.npz`` checkpoints (``mx.savez(path, **flattened_params)``).

MLX stores bfloat16 as numpy void ``'<V2'`` items (raw bf16 bits); float16/float32 arrays are ordinary.
Some arrays are written with ``fortran_order: True``. Every member header is validated against the member
size before numpy reads it, and ``allow_pickle`` is always off.
"""

from __future__ import annotations

import math
import zipfile
from pathlib import Path
from typing import Callable

import numpy as np

from ._common import RawCheckpoint, check_zip_sizes, fail, input_errors, to_f32
from .lazy import LazyTensors

HINT = "expected an .npz written by mx.savez / np.savez; re-export the checkpoint"


def stored_dtype(dt: np.dtype) -> str | None:
    """The checkpoint dtype name of an npz array dtype, or None for non-float data."""
    if dt.kind == "V" and dt.itemsize == 2 and dt.fields is None and dt.subdtype is None:
        return "bfloat16"  # MLX's spelling of bfloat16
    if dt.kind == "f" and dt.itemsize in (2, 4, 8):
        return {2: "float16", 4: "float32", 8: "float64"}[dt.itemsize]
    return None


def _check_member(zf: zipfile.ZipFile, member: str, path: Path) -> tuple[tuple[int, ...], np.dtype]:
    """Validate one .npy member's header: magic, no pickled objects, data size == shape * itemsize.

    Returns the member's (shape, dtype); nothing past the header is read."""
    info = zf.getinfo(member)
    with zf.open(info) as f:
        version = np.lib.format.read_magic(f)
        if version == (1, 0):
            shape, _fortran, dtype = np.lib.format.read_array_header_1_0(f)
        elif version in ((2, 0), (3, 0)):
            shape, _fortran, dtype = np.lib.format.read_array_header_2_0(f)
        else:
            raise fail(f"{path}: member {member!r} has unsupported .npy version {version}; {HINT}")
        header_len = f.tell()
    if dtype.hasobject:
        raise fail(f"{path}: member {member!r} holds pickled Python objects (dtype {dtype}), which emlx never "
                   f"unpickles; {HINT}")
    want = math.prod(shape) * dtype.itemsize
    have = info.file_size - header_len
    if have != want:
        raise fail(f"{path}: member {member!r} has {have} data bytes, but its header (shape {list(shape)}, "
                   f"dtype {dtype.str}) needs {want}: the file is truncated or corrupt; {HINT}")
    return tuple(int(d) for d in shape), dtype


def _member_loader(path: Path, member: str, kind: str) -> Callable[[], np.ndarray]:
    """Reads one member (zipfile inflates it if need be and checks its CRC), widened to float32."""

    def load() -> np.ndarray:
        with zipfile.ZipFile(path) as zf, zf.open(member) as f:
            arr = np.lib.format.read_array(f, allow_pickle=False)
        return to_f32(arr, kind)

    return load


def read_npz(path: Path, lazy: bool = False) -> RawCheckpoint:
    """An MLX/numpy .npz; ``lazy``: tensors as a LazyTensors (headers validated now, data read per lookup)."""
    path = Path(path)
    entries: dict[str, tuple[tuple[int, ...], Callable[[], np.ndarray]]] = {}
    dtypes: dict[str, str] = {}
    skipped: dict[str, str] = {}
    with input_errors(path, "cannot read npz archive", HINT):
        if not zipfile.is_zipfile(path):
            raise fail(f"{path}: a single .npy array or another file, not an .npz of named arrays; {HINT}")
        with zipfile.ZipFile(path) as zf:
            members = [n for n in zf.namelist() if n.endswith(".npy")]
            if not members:
                raise fail(f"{path}: zip archive has no .npy members; {HINT}")
            check_zip_sizes(zf, path, members)
            headers = {member: _check_member(zf, member, path) for member in members}
        for member, (shape, dtype) in headers.items():
            name = member[: -len(".npy")]
            kind = stored_dtype(dtype)
            if kind is None:
                skipped[name] = dtype.name
                continue
            entries[name] = (shape, _member_loader(path, member, kind))
            dtypes[name] = kind
    if not entries:
        raise fail(f"{path}: no floating-point arrays (found only {sorted(skipped) or 'nothing'}); {HINT}")
    tensors = LazyTensors(path, entries, HINT)
    return RawCheckpoint(tensors=tensors if lazy else tensors.materialize(), dtypes=dtypes, framework="mlx",
                         format="npz", path=path, skipped=skipped)
