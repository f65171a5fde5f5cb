"""The hashes emlx records (docs/FORMATS.md): a file's sha256 (export provenance, the int8 source lookup), a
bundle's ``weights_sha256`` and ``bundle_sha256`` (its whole identity: weights, config and tokenizer, over RFC 8785
canonical JSON that any language can reproduce), and the sha256 of canonical JSON (the sidecars'
``bundle_identity``).

Tensors are taken by their shape of data (``dtype``, ``shape``, ``data``, ``scale``, ``loaded()``), so this module
knows no bundle type; emlx.bundle builds on it.
"""

from __future__ import annotations

import hashlib
import re
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
    2**53, NaN) or a lone surrogate is one EmlxInputError line naming ``what``.

    The ``rfc8785`` package defines the bytes; being pure Python it takes seconds over a 150k-token tokenizer.json,
    so a value whose floats print alike in both languages goes through the C JSON encoder instead (keys re-ordered by
    UTF-16 code units first; tests/test_hostile.py checks the two agree on generated documents)."""
    import rfc8785

    try:
        return _canonical(obj).encode("utf-8")
    except (rfc8785.CanonicalizationError, UnicodeError, ValueError, TypeError, RecursionError) as e:
        from emlx.errors import EmlxInputError

        raise EmlxInputError(f"{what} cannot be put in canonical JSON (RFC 8785): {type(e).__name__}: {str(e)[:200]}; "
                             "an integer beyond 2**53, a non-finite number or a lone surrogate has no exact JSON form "
                             "that every language reads the same") from None


class _SlowPath(Exception):
    """A float whose ECMAScript form differs from Python's repr: that value goes through rfc8785."""


_SAFE_INT = 2 ** 53


def _utf16_key(k: str) -> bytes:
    return k.encode("utf-16-be", "surrogatepass")


def _plain(v: Any, depth: int = 0) -> Any:
    """``v`` with every object's keys in UTF-16 order and integral floats as ints (ECMAScript prints 1.0 as 1), for
    the C encoder; _SlowPath for a float the C encoder would print otherwise than ECMAScript, ValueError for what
    canonical JSON refuses."""
    if depth > 1000:
        raise RecursionError("nested more than 1000 levels deep")
    if isinstance(v, str) or v is None or isinstance(v, bool):
        return v
    if isinstance(v, int):
        if not -_SAFE_INT < v < _SAFE_INT:
            raise ValueError(f"the integer {v} is beyond 2**53")
        return v
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            raise ValueError(f"{v} is not a JSON number")
        if v.is_integer():  # ECMAScript prints 1.0 as 1; past 2**53 Python's 9007199254740992.0 needs the slow path
            if abs(v) < _SAFE_INT:
                return int(v)
            raise _SlowPath
        if "e" in repr(v):  # Python writes 1e-05, ECMAScript 0.00001
            raise _SlowPath
        return v
    # strings and ids (a vocabulary's bulk) are kept in place without a call each
    if isinstance(v, Mapping):
        return {k: x if (t := type(x)) is str or (t is int and -_SAFE_INT < x < _SAFE_INT) or x is None
                else _plain(x, depth + 1) for k, x in _sorted_items(v)}
    if isinstance(v, (list, tuple)):
        return [x if (t := type(x)) is str or (t is int and -_SAFE_INT < x < _SAFE_INT) or x is None
                else _plain(x, depth + 1) for x in v]
    raise TypeError(f"a {type(v).__name__} is not a JSON value")


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def _sorted_items(v: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """The members by the UTF-16 code units of their keys: code point order unless a key holds a character past
    U+FFFF (UTF-16 puts its surrogates before U+E000..U+FFFF)."""
    keys = list(v)
    if not all(type(k) is str for k in keys):
        raise TypeError("object keys must be strings")
    keys.sort(key=_utf16_key if _ASTRAL.search("".join(keys)) else None)
    return [(k, v[k]) for k in keys]


def _canonical(v: Any, depth: int = 0) -> str:
    import json

    import rfc8785

    try:
        return json.dumps(_plain(v, depth), ensure_ascii=False, separators=(",", ":"), allow_nan=False,
                          check_circular=False)
    except _SlowPath:
        pass
    if isinstance(v, Mapping):
        return "{" + ",".join(f"{json.dumps(k, ensure_ascii=False)}:{_canonical(x, depth + 1)}"
                              for k, x in _sorted_items(v)) + "}"
    if isinstance(v, (list, tuple)):
        return "[" + ",".join(_canonical(x, depth + 1) for x in v) + "]"
    return rfc8785.dumps(v).decode("utf-8")


def bundle_sha256(config: Any, tokenizer: Any, weights_digest: str) -> str:
    """A bundle's whole identity (docs/FORMATS.md "bundle_sha256"): SHA-256 of the RFC 8785 canonical JSON of
    ``{"config": config, "tokenizer": tokenizer, "weights_sha256": weights_digest}``, config and tokenizer as the
    bundle stores them. It knows no dtype: the weights enter through ``weights_sha256`` alone."""
    doc = {"config": config, "tokenizer": tokenizer, "weights_sha256": weights_digest}
    return hashlib.sha256(jcs_bytes(doc, "the bundle's config and tokenizer")).hexdigest()
