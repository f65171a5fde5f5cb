"""MLX ``.npz`` checkpoints (``mx.savez(path, **flattened_params)``).

MLX stores bfloat16 as numpy void ``'<V2'`` items (raw bf16 bits); float16/float32 arrays are ordinary.
Some arrays are written with ``fortran_order: True``. Every member header is validated against the member
size before numpy reads it, and ``allow_pickle`` is always off.
"""

from __future__ import annotations

import math
import zipfile
from pathlib import Path

import numpy as np

from ._common import RawCheckpoint, check_zip_sizes, fail, input_errors, to_f32

HINT = "expected an .npz written by mx.savez / np.savez; re-export the checkpoint"


def stored_dtype(dt: np.dtype) -> str | None:
    """The checkpoint dtype name of an npz array dtype, or None for non-float data."""
    if dt.kind == "V" and dt.itemsize == 2 and dt.fields is None and dt.subdtype is None:
        return "bfloat16"  # MLX's spelling of bfloat16
    if dt.kind == "f" and dt.itemsize in (2, 4, 8):
        return {2: "float16", 4: "float32", 8: "float64"}[dt.itemsize]
    return None


def _check_member(zf: zipfile.ZipFile, member: str, path: Path) -> None:
    """Validate one .npy member's header: magic, no pickled objects, data size == shape * itemsize."""
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


def read_npz(path: Path) -> RawCheckpoint:
    path = Path(path)
    tensors: dict[str, np.ndarray] = {}
    dtypes: dict[str, str] = {}
    skipped: dict[str, str] = {}
    with input_errors(path, "cannot read npz archive", HINT):
        with np.load(path, allow_pickle=False) as npz:
            if not isinstance(npz, np.lib.npyio.NpzFile):
                raise fail(f"{path}: a single .npy array, not an .npz of named arrays; {HINT}")
            zf = npz.zip
            members = [n for n in zf.namelist() if n.endswith(".npy")] if zf is not None else []
            if zf is None or not members:
                raise fail(f"{path}: zip archive has no .npy members; {HINT}")
            check_zip_sizes(zf, path, members)
            for member in members:
                _check_member(zf, member, path)
            for member in members:
                name = member[: -len(".npy")]
                arr = npz[name]
                kind = stored_dtype(arr.dtype)
                if kind is None:
                    skipped[name] = arr.dtype.name
                    continue
                tensors[name] = to_f32(arr, kind)
                dtypes[name] = kind
    if not tensors:
        raise fail(f"{path}: no floating-point arrays (found only {sorted(skipped) or 'nothing'}); {HINT}")
    return RawCheckpoint(tensors=tensors, dtypes=dtypes, framework="mlx", format="npz", path=path,
                         skipped=skipped)
