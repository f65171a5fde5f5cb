"""Byte encodings every emlx file shares (docs/FORMATS.md): little-endian array bytes, strict base64, canonical JSON.

Used by the format writers and readers (emlx.formats, emlx.onnx), the sidecars and the hashes; imports nothing of
emlx above the error type and the NaN-free JSON writer.
"""

from __future__ import annotations

import base64
from typing import Any

import numpy as np

from emlx.errors import EmlxInputError
from emlx.jsonsafe import dumps


def le_bytes(a: np.ndarray) -> bytes:
    """The array's bytes, C order, little-endian (the byte order of every emlx file)."""
    return np.ascontiguousarray(a).astype(a.dtype.newbyteorder("<"), copy=False).tobytes()


def le_view(a: np.ndarray) -> memoryview:
    """The bytes of ``le_bytes(a)`` without copying them when ``a`` is already C-contiguous little-endian (a view
    of a memory-mapped file stays one): for hashing and writing tensor after tensor."""
    c = np.ascontiguousarray(a).astype(a.dtype.newbyteorder("<"), copy=False).reshape(-1)
    return c.data.cast("B")


def b64(a: np.ndarray) -> str:
    return base64.b64encode(le_bytes(a)).decode("ascii")


def unb64(text: Any, dtype: Any, count: int, what: str, fix: str = "re-export the bundle") -> np.ndarray:
    """Strict base64 -> ``count`` little-endian values of ``dtype``; one-line EmlxInputError ending in ``fix``."""
    if not isinstance(text, str):
        raise EmlxInputError(f"{what}: expected a base64 string, found {type(text).__name__}")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as e:
        raise EmlxInputError(f"{what}: invalid base64 ({e}); {fix}") from None
    want = count * np.dtype(dtype).itemsize
    if len(raw) != want:
        raise EmlxInputError(f"{what}: {len(raw)} bytes of data, expected {want} for {count} x {np.dtype(dtype).name}; "
                             f"truncated or corrupt; {fix}")
    return np.frombuffer(raw, dtype=np.dtype(dtype).newbyteorder("<")).astype(dtype)


def header_json(obj: Any) -> str:
    """Canonical JSON of a bundle header (sorted keys, no whitespace, UTF-8 not ASCII-escaped); NaN/Infinity are
    refused (EmlxInputError naming where), never written."""
    return dumps(obj, "bundle header", sort_keys=True, separators=(",", ":"), ensure_ascii=False)
