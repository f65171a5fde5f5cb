"""Checkpoint readers: one entry point, ``read_checkpoint``, dispatching on directory / magic bytes / suffix.

Formats (docs/DESIGN.md §3): MLX ``.npz`` (npz.py), ``.safetensors`` (safetensors_file.py), ``torch.save`` zips
(torch_zip.py), nanochat checkpoint directories (nanochat_dir.py), transformers / mlx-lm model folders
(model_folder.py; a path to one of a folder's weight files means the folder); ``tokenizer.pkl`` (tokenizer_pkl.py).
Every failure is an ``EmlxInputError`` with a one-line message.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from ._common import RawCheckpoint, bf16_bits_to_f32, f32_to_bf16_bits, fail, input_errors
from .lazy import LazyTensors, tensor_shapes
from .model_folder import is_model_folder, model_folder_of, read_model_folder
from .nanochat_dir import MODEL_RE, meta_for, read_nanochat_dir, read_nanochat_model
from .npz import read_npz
from .safetensors_file import (parse_safetensors_header, read_safetensors, read_safetensors_checkpoint,
                               decode_safetensors)
from .tokenizer_pkl import TiktokenState, read_tokenizer_pkl
from .torch_zip import LEGACY_MAGIC, read_torch_zip

__all__ = [
    "LazyTensors", "RawCheckpoint", "TiktokenState", "tensor_shapes", "read_checkpoint", "sniff_format", "find_tokenizer", "read_npz",
    "read_safetensors", "decode_safetensors", "parse_safetensors_header", "read_safetensors_checkpoint",
    "read_torch_zip", "read_nanochat_dir", "read_model_folder", "read_tokenizer_pkl", "bf16_bits_to_f32",
    "f32_to_bf16_bits",
]

EXPECTED = ("expected an MLX .npz, a .safetensors file, a torch.save .pt, a nanochat checkpoint directory or a "
            "transformers / mlx-lm model folder (config.json + model.safetensors)")
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")


def _sniff_zip(path: Path) -> str:
    what = {".npz": "npz archive", ".pt": "PyTorch checkpoint", ".pth": "PyTorch checkpoint"}.get(
        path.suffix.lower(), "zip archive")
    with input_errors(path, f"truncated or corrupt {what}", EXPECTED):
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
    if any(n.endswith(".npy") for n in names):
        return "npz"
    if any(n == "data.pkl" or n.endswith("/data.pkl") for n in names):
        return "torch"
    shown = ", ".join(names[:5]) + (", ..." if len(names) > 5 else "")
    raise fail(f"{path}: zip archive with neither .npy members (npz) nor data.pkl (torch.save) "
               f"(members: {shown or 'none'}); {EXPECTED}")


def _looks_like_safetensors(head: bytes, size: int) -> bool:
    if len(head) < 9:
        return False
    (n,) = struct.unpack("<Q", head[:8])
    return 0 < n <= size - 8 and head[8:9] == b"{"


def sniff_format(path: Path) -> str:
    """``"npz" | "torch" | "safetensors"`` for a checkpoint file, decided by content (suffix only for errors)."""
    path = Path(path)
    with input_errors(path, "cannot read file", EXPECTED):
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(16)
    if size == 0:
        raise fail(f"{path}: empty file; {EXPECTED}")
    if head[:4] in _ZIP_MAGICS:
        return _sniff_zip(path)
    if _looks_like_safetensors(head, size):
        return "safetensors"
    suffix = path.suffix.lower()
    if suffix == ".safetensors":
        return "safetensors"  # let the parser say precisely what is wrong
    if head.startswith(LEGACY_MAGIC):  # 15 bytes; head holds 16
        raise fail(f"{path}: legacy (torch < 1.6, non-zip) serialization is not supported; load it in torch and "
                   f"re-save with torch.save(sd, path)")
    if head.startswith(b"\x93NUMPY"):
        raise fail(f"{path}: a single .npy array, not a checkpoint of named arrays; {EXPECTED}")
    if head[:1] == b"\x80":
        raise fail(f"{path}: a bare pickle, not a torch.save zip checkpoint; {EXPECTED}")
    kind = {".npz": "an npz archive (no zip signature)", ".pt": "a PyTorch zip checkpoint (no zip signature)",
            ".pth": "a PyTorch zip checkpoint (no zip signature)", ".bin": "a PyTorch zip checkpoint"}.get(
        suffix, "a recognised checkpoint format")
    raise fail(f"{path}: not {kind}; got a {size}-byte file starting with {head[:8]!r}; {EXPECTED}")


def find_tokenizer(checkpoint: Path) -> Path | None:
    """A tokenizer.pkl belonging to a checkpoint file, if one is where nanochat/autoresearch keep it.

    Looks at ``<dir>/tokenizer.pkl``, ``<dir>/tokenizer/tokenizer.pkl`` and the nanochat layout
    ``<base>/<phase>/<tag>/model.pt`` -> ``<base>/tokenizer/tokenizer.pkl`` (also one level less deep).
    """
    d = Path(checkpoint).parent
    for cand in (d / "tokenizer.pkl", d / "tokenizer" / "tokenizer.pkl", d.parent / "tokenizer" / "tokenizer.pkl",
                 d.parent.parent / "tokenizer" / "tokenizer.pkl"):
        if cand.is_file():
            return cand
    return None


def read_checkpoint(path: Path, step: int | None = None, lazy: bool = False) -> RawCheckpoint:
    """Read any supported checkpoint; ``step`` selects a nanochat checkpoint step.

    ``lazy``: headers are read and validated now, and ``tensors`` is a LazyTensors that reads each tensor from the
    file when it is looked up (and keeps nothing): what the exporter uses, so a checkpoint of any size costs one
    tensor of memory at a time. Otherwise every tensor is in memory when this returns."""
    path = Path(path)
    if not path.exists():
        raise fail(f"{path}: no such file or directory; {EXPECTED}")
    folder = path if is_model_folder(path) else model_folder_of(path)
    if folder is not None:
        if step is not None:
            raise fail(f"{path}: --step selects a checkpoint of a nanochat directory; a model folder holds one model")
        return read_model_folder(folder, lazy=lazy)  # its tokenizer is the folder's tokenizer.json (the exporter's)
    if path.is_dir():
        ckpt = read_nanochat_dir(path, step, lazy=lazy)
    else:
        kind = sniff_format(path)
        if kind == "npz":
            ckpt = read_npz(path, lazy=lazy)
        elif kind == "safetensors":
            ckpt = read_safetensors_checkpoint(path, lazy=lazy)
        else:
            m = MODEL_RE.match(path.name)
            meta = meta_for(path)
            if m and meta is not None:
                ckpt = read_nanochat_model(path, meta, int(m.group(1)), lazy=lazy)
            else:
                ckpt = read_torch_zip(path, lazy=lazy)
                if m and ckpt.step is None:
                    ckpt.step = int(m.group(1))
        if step is not None and ckpt.step != step:
            have = f"holds step {ckpt.step}" if ckpt.step is not None else "records no step"
            raise fail(f"{path}: step {step} was requested but this file {have}; --step selects a checkpoint "
                       f"inside a nanochat checkpoint directory, so point at the directory instead")
    ckpt.tokenizer_path = find_tokenizer(ckpt.path)
    return ckpt
