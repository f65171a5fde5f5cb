"""The hashes emlx records (docs/FORMATS.md): a file's sha256 (export provenance, the int8 source lookup), a
bundle's ``weights_sha256`` and the sha256 of canonical JSON (the sidecars' ``bundle_identity``).

Tensors are taken by their shape of data (``dtype``, ``shape``, ``data``, ``scale``, ``loaded()``), so this module
knows no bundle type; emlx.bundle builds on it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Mapping, Protocol

import numpy as np

from emlx.codec import header_json, le_view


class Tensor(Protocol):
    """What hashing needs of a stored tensor (emlx.bundle.StoredTensor)."""

    @property
    def dtype(self) -> str: ...
    @property
    def shape(self) -> tuple[int, ...]: ...
    @property
    def data(self) -> np.ndarray: ...
    @property
    def scale(self) -> np.ndarray | None: ...
    def loaded(self) -> Any: ...


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with Path(path).open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def hash_tensor(h: Any, name: str, t: Tensor) -> None:
    """Feed one (loaded) tensor to a sha256 ``h`` as docs/FORMATS.md defines ``weights_sha256``."""
    h.update(f"{name}\n{t.dtype}\n{','.join(str(d) for d in t.shape)}\n".encode())
    if t.scale is not None:
        h.update(le_view(t.scale.astype(np.float32, copy=False)))
    h.update(le_view(t.data))


def weights_sha256(weights: Mapping[str, Tensor]) -> str:
    """One pass, a tensor at a time (lazy tensors load once each; pages of memory-mapped ones are given back)."""
    from emlx.mapped import release_pages

    h = hashlib.sha256()
    for name in sorted(weights):
        t = weights[name].loaded()
        hash_tensor(h, name, t)
        release_pages(t.data)
        release_pages(t.scale)
    return h.hexdigest()


def json_sha256(obj: Any) -> str:
    """sha256 of the canonical JSON of ``obj`` (emlx.codec.header_json)."""
    return hashlib.sha256(header_json(obj).encode("utf-8")).hexdigest()
