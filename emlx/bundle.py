"""A bundle: canonical weights as stored (float32 or int8 + scale), spec, tokenizer, provenance.

Built by the exporter, written and read by the format modules (emlx.formats), read back by everything downstream
(inspect, reference, runners) through ``load_bundle``. Bytes are specified in docs/FORMATS.md.

Memory (docs/DESIGN.md "Memory at scale"): the weights need not be in process memory. ``load_bundle`` of a
safetensors bundle gives ``StoredTensor``s whose arrays are read-only views of the memory-mapped file (page cache;
its verification pass gives the pages back), and the exporter's bundle holds ``LazyStoredTensor``s that read
their tensor from the checkpoint on each access. A consumer stays lazy by going one tensor at a time —
``t = bundle.weights[name].loaded()`` or ``.to_float32()`` per tensor, dropping it before the next — and
materialises everything with ``float_weights()`` (or a dict of ``.data``).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

import numpy as np

from emlx import __version__
from emlx.errors import EmlxInputError
from emlx.spec import ModelSpec

BUNDLE_FORMAT = "emlx.bundle"
BUNDLE_VERSION = 1
MAX_TENSOR_ELEMENTS = 1 << 40  # far past any real tensor; keeps corrupt shapes from reaching numpy


@dataclass(frozen=True)
class StoredTensor:
    """One tensor as the bundle stores it: float32, or int8 with one float32 scale per row."""

    dtype: str  # "float32" | "int8"
    data: np.ndarray  # float32 or int8, C-contiguous, little-endian
    scale: np.ndarray | None = None  # float32 [rows] for int8

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(int(d) for d in self.data.shape)

    def to_float32(self) -> np.ndarray:
        if self.dtype == "int8":
            assert self.scale is not None
            return (self.data.astype(np.float32) * self.scale[:, None]).astype(np.float32, copy=False)
        return self.data

    @property
    def nbytes(self) -> int:
        return int(self.data.nbytes + (self.scale.nbytes if self.scale is not None else 0))

    def loaded(self) -> "StoredTensor":
        """This tensor with its arrays in hand: itself here; a LazyStoredTensor reads them (once per call)."""
        return self


def stored_nbytes(dtype: str, shape: tuple[int, ...]) -> tuple[int, int]:
    """``(data bytes, scale bytes)`` a tensor of ``dtype`` and ``shape`` is stored in, from the shape alone."""
    n = math.prod(shape)
    if dtype == "int8":
        return n, 4 * (shape[0] if shape else 1)
    return 4 * n, 0


class LazyStoredTensor(StoredTensor):
    """A StoredTensor whose dtype and shape are known and whose arrays ``load()`` produces on each access, keeping
    nothing: ``.data``, ``.scale`` and ``.to_float32()`` each call it once, so a consumer needing both arrays takes
    ``t = lazy.loaded()`` first. The exporter's bundles hold these (they read the checkpoint again)."""

    def __init__(self, dtype: str, shape: tuple[int, ...], load: Callable[[], StoredTensor]) -> None:
        object.__setattr__(self, "dtype", dtype)
        object.__setattr__(self, "_shape", tuple(int(d) for d in shape))
        object.__setattr__(self, "_load", load)

    def loaded(self) -> StoredTensor:
        t: StoredTensor = self._load()  # type: ignore[attr-defined]
        if t.dtype != self.dtype or t.shape != self.shape:
            raise AssertionError(f"lazy tensor loaded as {t.dtype} {list(t.shape)}, declared {self.dtype} {list(self.shape)}")
        return t

    @property
    def data(self) -> np.ndarray:
        return self.loaded().data

    @property
    def scale(self) -> np.ndarray | None:
        return self.loaded().scale

    @property
    def shape(self) -> tuple[int, ...]:
        return self._shape  # type: ignore[attr-defined]

    @property
    def nbytes(self) -> int:
        return sum(stored_nbytes(self.dtype, self.shape))

    def to_float32(self) -> np.ndarray:
        return self.loaded().to_float32()

    def __repr__(self) -> str:
        return f"LazyStoredTensor({self.dtype!r}, shape={list(self.shape)})"

    __eq__ = object.__eq__
    __hash__ = object.__hash__


@dataclass
class Bundle:
    spec: ModelSpec
    weights: dict[str, StoredTensor]
    tokenizer: dict[str, Any] | None = None
    training: dict[str, Any] = field(default_factory=dict)
    source: dict[str, Any] = field(default_factory=dict)
    generated_by: str = f"emlx {__version__}"

    @functools.cached_property
    def weights_sha256(self) -> str:
        """Computed once: a bundle's weights are not changed after construction."""
        return weights_sha256(self.weights)

    @property
    def is_int8(self) -> bool:
        return any(t.dtype == "int8" for t in self.weights.values())

    def float_weights(self) -> dict[str, np.ndarray]:
        """Weights as the model computes with them (int8 dequantised), float32: ALL of them in memory at once
        (float32 tensors of a memory-mapped bundle stay views of the map; int8 ones are dequantised into new
        memory). Call ``to_float32()`` per tensor instead to hold one at a time."""
        return {k: v.to_float32() for k, v in self.weights.items()}

    def header(self) -> dict[str, Any]:
        """Everything but the weights, as it goes into the JSON bundle / safetensors metadata."""
        return {
            "format": BUNDLE_FORMAT,
            "version": BUNDLE_VERSION,
            "config": self.spec.to_dict(),
            "tokenizer": self.tokenizer,
            "training": self.training,
            "source": self.source,
            "weights_sha256": self.weights_sha256,
            "generated_by": self.generated_by,
        }


def le_bytes(a: np.ndarray) -> bytes:
    """The array's bytes, C order, little-endian (the byte order of every emlx file)."""
    return np.ascontiguousarray(a).astype(a.dtype.newbyteorder("<"), copy=False).tobytes()


def le_view(a: np.ndarray) -> memoryview:
    """The bytes of ``le_bytes(a)`` without copying them when ``a`` is already C-contiguous little-endian (a view
    of a memory-mapped file stays one): for hashing and writing tensor after tensor."""
    c = np.ascontiguousarray(a).astype(a.dtype.newbyteorder("<"), copy=False).reshape(-1)
    return c.data.cast("B")


def hash_tensor(h: Any, name: str, t: StoredTensor) -> None:
    """Feed one (loaded) tensor to a sha256 ``h`` as docs/FORMATS.md defines ``weights_sha256``."""
    h.update(f"{name}\n{t.dtype}\n{','.join(str(d) for d in t.shape)}\n".encode())
    if t.scale is not None:
        h.update(le_view(t.scale.astype(np.float32, copy=False)))
    h.update(le_view(t.data))


def weights_sha256(weights: Mapping[str, StoredTensor]) -> str:
    """One pass, a tensor at a time (lazy tensors load once each; pages of memory-mapped ones are given back)."""
    from emlx.mapped import release_pages

    h = hashlib.sha256()
    for name in sorted(weights):
        t = weights[name].loaded()
        hash_tensor(h, name, t)
        release_pages(t.data)
        release_pages(t.scale)
    return h.hexdigest()


def with_weights_sha256(bundle: Bundle, digest: str) -> Bundle:
    """``bundle`` with its weights_sha256 already known (computed by the pass that produced the weights), so asking
    for it does not read every tensor again."""
    bundle.__dict__["weights_sha256"] = digest  # what functools.cached_property stores
    return bundle


def all_finite(a: np.ndarray, chunk: int = 1 << 22) -> bool:
    """Whether every value of ``a`` is finite, checked a chunk at a time (no tensor-sized temporary)."""
    flat = a.reshape(-1)
    return all(bool(np.isfinite(flat[i:i + chunk]).all()) for i in range(0, flat.size, chunk))


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
    """Canonical JSON of a bundle header; NaN/Infinity are refused (EmlxInputError naming where), never written."""
    from emlx.jsonsafe import dumps

    return dumps(obj, "bundle header", sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def load_bundle(path: Path) -> Bundle:
    """Read a JSON, safetensors or ONNX bundle written by ``emlx export``; validates format, spec and hash."""
    path = Path(path)
    if not path.is_file():
        raise EmlxInputError(f"{path}: no such bundle file; run `emlx export CKPT {path.name}` first")
    from emlx.formats import FALLBACK, for_input

    header, weights = (for_input(path) or FALLBACK).read(path)
    return bundle_from_parts(path, header, weights)


def is_bundle_file(path: Path) -> bool:
    """Whether ``path`` is a bundle (of any format in emlx.formats) rather than a checkpoint."""
    from emlx.formats import for_input

    fmt = for_input(Path(path))
    return fmt is not None and fmt.is_bundle(Path(path))


def bundle_from_parts(path: Path, header: Mapping[str, Any], weights: dict[str, StoredTensor]) -> Bundle:
    if header.get("format") != BUNDLE_FORMAT:
        raise EmlxInputError(f"{path}: format is {header.get('format')!r}, expected {BUNDLE_FORMAT!r}; is this an emlx bundle?")
    if header.get("version") != BUNDLE_VERSION or isinstance(header.get("version"), bool):
        raise EmlxInputError(f"{path}: bundle version {header.get('version')!r} is not supported by emlx {__version__} (expected {BUNDLE_VERSION})")
    try:
        spec = ModelSpec.from_dict(header.get("config") or {})
    except ValueError as e:
        raise EmlxInputError(f"{path}: {e}") from None
    from emlx.tokblock import check_tokenizer_block

    check_tokenizer_block(header.get("tokenizer"), spec.vocab_size, str(path))
    b = Bundle(spec=spec, weights=weights, tokenizer=header.get("tokenizer"), training=dict(header.get("training") or {}),
               source=dict(header.get("source") or {}), generated_by=str(header.get("generated_by", "")))
    digest, finite = _verify_pass(weights)
    stored = header.get("weights_sha256")
    if stored != digest:
        raise EmlxInputError(f"{path}: weights_sha256 {str(stored)[:12]}… does not match the weights ({digest[:12]}…); "
                             "the bundle was modified or is corrupt, re-export it")
    with_weights_sha256(b, digest)
    from emlx.checks import check_finite
    from emlx.spec_schema import check_tensors

    if not finite:  # the full message (first offender, how many others) from the one shared check
        check_finite({k: v.data if v.scale is None else v.scale for k, v in weights.items()}, str(path))

    problems = check_tensors(spec, {k: v.shape for k, v in weights.items()})
    if problems:
        raise EmlxInputError(f"{path}: weights do not match the config: {'; '.join(problems)}")
    return b


def _verify_pass(weights: Mapping[str, StoredTensor]) -> tuple[str, bool]:
    """weights_sha256 and whether every float32 value is finite, in one pass a tensor at a time; the pages of a
    memory-mapped bundle are given back after each tensor, so verifying costs no resident memory."""
    from emlx.mapped import release_pages

    h = hashlib.sha256()
    finite = True
    for name in sorted(weights):
        t = weights[name].loaded()
        hash_tensor(h, name, t)
        finite = finite and all_finite(t.data if t.scale is None else t.scale)
        release_pages(t.data)
        release_pages(t.scale)
    return h.hexdigest(), finite
