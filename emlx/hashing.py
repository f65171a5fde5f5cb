"""The hashes emlx records (docs/FORMATS.md): a file's sha256 (export provenance, the int8 source lookup), a
bundle's ``weights_sha256`` and ``bundle_sha256`` (its whole identity: weights, config and tokenizer, over RFC 8785
canonical JSON that any language can reproduce), and the sha256 of canonical JSON (the sidecars'
``bundle_identity``).

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


def jcs_bytes(obj: Any, what: str) -> bytes:
    """RFC 8785 (JSON Canonicalization Scheme) bytes of ``obj``: sorted keys (by UTF-16 code units), no whitespace,
    numbers as ECMAScript prints them, UTF-8. What JavaScript reproduces with ``JSON.stringify`` and sorted keys, so
    a page can check a hash over it. A value JSON numbers cannot carry exactly in every language (an integer beyond
    2**53, NaN) or a lone surrogate is one EmlxInputError line naming ``what``."""
    import rfc8785

    try:
        return rfc8785.dumps(obj)
    except (rfc8785.CanonicalizationError, UnicodeError, ValueError, TypeError) as e:
        from emlx.errors import EmlxInputError

        raise EmlxInputError(f"{what} cannot be put in canonical JSON (RFC 8785): {type(e).__name__}: {str(e)[:200]}; "
                             "an integer beyond 2**53, a non-finite number or a lone surrogate has no exact JSON form "
                             "that every language reads the same") from None


def bundle_sha256(config: Any, tokenizer: Any, weights_digest: str) -> str:
    """A bundle's whole identity (docs/FORMATS.md "bundle_sha256"): SHA-256 of the RFC 8785 canonical JSON of
    ``{"config": config, "tokenizer": tokenizer, "weights_sha256": weights_digest}``, config and tokenizer as the
    bundle stores them. It knows no dtype: the weights enter through ``weights_sha256`` alone."""
    doc = {"config": config, "tokenizer": tokenizer, "weights_sha256": weights_digest}
    return hashlib.sha256(jcs_bytes(doc, "the bundle's config and tokenizer")).hexdigest()
