"""The bundle data type: canonical weights as stored (float32 or int8 + scale), spec, tokenizer, provenance.

Built by the exporter, written and read by the format modules (emlx.formats, which also open bundle files:
``emlx.formats.load_bundle``), read by everything downstream (inspect, reference, runners). ``bundle_from_parts``
is the one validating constructor from a header and stored weights. Bytes are specified in docs/FORMATS.md; the
byte encodings are emlx.codec's and the hashes emlx.hashing's, so this module knows no file format.

Memory (docs/DESIGN.md "Memory at scale"): the weights need not be in process memory. ``load_bundle`` of a
safetensors bundle gives ``StoredTensor``s whose arrays are read-only views of the memory-mapped file (page cache;
its verification pass gives the pages back), and the exporter's bundle holds ``LazyStoredTensor``s that read
their tensor from the checkpoint on each access. A consumer stays lazy by going one tensor at a time —
``t = bundle.weights[name].loaded()`` or ``.to_float32()`` per tensor, dropping it before the next — and
materialises everything with ``float_weights()`` (or a dict of ``.data``).
"""

from __future__ import annotations

import functools
import hashlib
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

import numpy as np

from emlx._version import __version__
from emlx.checks import all_finite, check_finite
from emlx.errors import EmlxInputError
from emlx.hashing import bundle_sha256, hash_tensor, json_sha256, weights_sha256
from emlx.mapped import release_pages
from emlx.spec import ModelSpec
from emlx.spec_schema import check_tensors
from emlx.tokblock import check_tokenizer_block

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
    #: what loading it verified: "bundle" (weights_sha256 and bundle_sha256: the whole identity), "weights" (a
    #: bundle written before bundle_sha256 existed: its config and tokenizer are bound by nothing), "new" (made here)
    integrity: str = "new"

    @functools.cached_property
    def weights_sha256(self) -> str:
        """Computed once: a bundle's weights are not changed after construction."""
        return weights_sha256(self.weights)

    @functools.cached_property
    def bundle_sha256(self) -> str:
        """The whole identity (docs/FORMATS.md "bundle_sha256"): the weights hash, the config and the tokenizer
        block as this bundle writes them, over RFC 8785 canonical JSON."""
        return bundle_sha256(self.spec.to_dict(), self.tokenizer, self.weights_sha256)

    @property
    def is_int8(self) -> bool:
        return any(t.dtype == "int8" for t in self.weights.values())

    def float_weights(self) -> dict[str, np.ndarray]:
        """Weights as the model computes with them (int8 dequantised), float32: ALL of them in memory at once
        (float32 tensors of a memory-mapped bundle stay views of the map; int8 ones are dequantised into new
        memory). Call ``to_float32()`` per tensor instead to hold one at a time."""
        return {k: v.to_float32() for k, v in self.weights.items()}

    def identity(self) -> dict[str, str | None]:
        """What sidecars and parity certificates are made for (docs/FORMATS.md "Sidecars", ``bundle_identity``): the
        weights hash, and the sha256 of the canonical JSON (emlx.codec.header_json) of the config and of the
        tokenizer block (None without one)."""
        return {"weights_sha256": self.weights_sha256, "config_sha256": json_sha256(self.spec.to_dict()),
                "tokenizer_sha256": json_sha256(self.tokenizer) if self.tokenizer else None}

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
            "bundle_sha256": self.bundle_sha256,
            "generated_by": self.generated_by,
        }


def with_weights_sha256(bundle: Bundle, digest: str) -> Bundle:
    """``bundle`` with its weights_sha256 already known (computed by the pass that produced the weights), so asking
    for it does not read every tensor again."""
    bundle.__dict__["weights_sha256"] = digest  # what functools.cached_property stores
    return bundle


def bundle_from_parts(path: Path, header: Mapping[str, Any], weights: dict[str, StoredTensor]) -> Bundle:
    if header.get("format") != BUNDLE_FORMAT:
        raise EmlxInputError(f"{path}: format is {header.get('format')!r}, expected {BUNDLE_FORMAT!r}; is this an emlx bundle?")
    if header.get("version") != BUNDLE_VERSION or isinstance(header.get("version"), bool):
        raise EmlxInputError(f"{path}: bundle version {header.get('version')!r} is not supported by emlx {__version__} (expected {BUNDLE_VERSION})")
    try:
        spec = ModelSpec.from_dict(header.get("config") or {})
    except ValueError as e:
        raise EmlxInputError(f"{path}: {e}") from None
    check_tokenizer_block(header.get("tokenizer"), spec.vocab_size, str(path))
    b = Bundle(spec=spec, weights=weights, tokenizer=header.get("tokenizer"), training=dict(header.get("training") or {}),
               source=dict(header.get("source") or {}), generated_by=str(header.get("generated_by", "")))
    digest, finite = _verify_pass(weights)
    stored = header.get("weights_sha256")
    if stored != digest:
        raise EmlxInputError(f"{path}: weights_sha256 {str(stored)[:12]}… does not match the weights ({digest[:12]}…); "
                             "the bundle was modified or is corrupt, re-export it")
    with_weights_sha256(b, digest)
    if not finite:  # the full message (first offender, how many others) from the one shared check
        check_finite({k: v.data if v.scale is None else v.scale for k, v in weights.items()}, str(path))
    b.integrity = _check_bundle_sha256(path, header, digest)

    problems = check_tensors(spec, {k: v.shape for k, v in weights.items()})
    if problems:
        raise EmlxInputError(f"{path}: weights do not match the config: {'; '.join(problems)}")
    return b


def _check_bundle_sha256(path: Path, header: Mapping[str, Any], digest: str) -> str:
    """The header's bundle_sha256 against its config, tokenizer and the verified weights: "bundle" when it matches;
    "weights" for a bundle written before bundle_sha256 (loaded, its config and tokenizer bound by nothing);
    EmlxInputError when it differs (the config or the tokenizer was edited after export: the weights matched)."""
    stored = header.get("bundle_sha256")
    if stored is None:
        return "weights"
    if not isinstance(stored, str) or len(stored) != 64 or any(c not in "0123456789abcdef" for c in stored):
        raise EmlxInputError(f"{path}: bundle_sha256 is {str(stored)[:80]!r}, expected 64 lowercase hex digits; the "
                             "bundle is corrupt, re-export it")
    computed = bundle_sha256(header.get("config"), header.get("tokenizer"), digest)
    if computed != stored:
        raise EmlxInputError(f"{path}: bundle_sha256 {stored[:12]}… does not match its config and tokenizer "
                             f"({computed[:12]}…; the weights match weights_sha256): the config or the tokenizer "
                             "was changed after export; re-export the bundle")
    return "bundle"


def _verify_pass(weights: Mapping[str, StoredTensor]) -> tuple[str, bool]:
    """weights_sha256 and whether every float32 value is finite, in one pass a tensor at a time; the pages of a
    memory-mapped bundle are given back after each tensor, so verifying costs no resident memory."""
    h = hashlib.sha256()
    finite = True
    for name in sorted(weights):
        t = weights[name].loaded()
        hash_tensor(h, name, t)
        finite = finite and all_finite(t.data if t.scale is None else t.scale)
        release_pages(t.data)
        release_pages(t.scale)
    return h.hexdigest(), finite
