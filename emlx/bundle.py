"""In-memory bundle: canonical weights as stored (float32 or int8 + scale), spec, tokenizer, provenance.

Shared by the writers (exporter) and by everything that reads a bundle back (inspect, reference, runners).
Bytes are specified in docs/FORMATS.md.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from emlx import __version__
from emlx.errors import EmlxInputError, read_json
from emlx.spec import ModelSpec

BUNDLE_FORMAT = "emlx.bundle"
BUNDLE_VERSION = 1


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
            return (self.data.astype(np.float32) * self.scale[:, None]).astype(np.float32)
        return self.data

    @property
    def nbytes(self) -> int:
        return int(self.data.nbytes + (self.scale.nbytes if self.scale is not None else 0))


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
        """Weights as the model computes with them (int8 dequantised), float32."""
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


def weights_sha256(weights: Mapping[str, StoredTensor]) -> str:
    h = hashlib.sha256()
    for name in sorted(weights):
        t = weights[name]
        h.update(f"{name}\n{t.dtype}\n{','.join(str(d) for d in t.shape)}\n".encode())
        if t.scale is not None:
            h.update(le_bytes(t.scale.astype(np.float32)))
        h.update(le_bytes(t.data))
    return h.hexdigest()


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


def tensor_to_json(t: StoredTensor) -> dict[str, Any]:
    out: dict[str, Any] = {"dtype": t.dtype, "shape": list(t.shape), "data": b64(t.data)}
    if t.scale is not None:
        out["scale"] = b64(t.scale.astype(np.float32))
    return out


def tensor_from_json(name: str, obj: Any) -> StoredTensor:
    if not isinstance(obj, Mapping) or "shape" not in obj or "dtype" not in obj or "data" not in obj:
        raise EmlxInputError(f"weight {name!r}: expected {{dtype, shape, data}}, found {str(obj)[:80]!r}")
    shape = obj["shape"]
    if not isinstance(shape, list) or not all(isinstance(d, int) and d >= 0 for d in shape):
        raise EmlxInputError(f"weight {name!r}: shape must be a list of non-negative integers, found {shape!r}")
    count = int(np.prod(shape)) if shape else 1
    if obj["dtype"] == "float32":
        data = unb64(obj["data"], np.float32, count, f"weight {name!r}").reshape(shape)
        return StoredTensor("float32", data)
    if obj["dtype"] == "int8":
        if len(shape) != 2:
            raise EmlxInputError(f"weight {name!r}: int8 tensors must be 2-D, found shape {shape}")
        data = unb64(obj["data"], np.int8, count, f"weight {name!r}").reshape(shape)
        scale = unb64(obj.get("scale"), np.float32, shape[0], f"weight {name!r} scale")
        return StoredTensor("int8", data, scale)
    raise EmlxInputError(f"weight {name!r}: dtype {obj['dtype']!r} is not supported (expected float32 or int8)")


def header_json(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def load_bundle(path: Path) -> Bundle:
    """Read a JSON, safetensors or ONNX bundle written by ``emlx export``; validates format, spec and hash."""
    path = Path(path)
    if not path.is_file():
        raise EmlxInputError(f"{path}: no such bundle file; run `emlx export CKPT {path.name}` first")
    if path.suffix == ".onnx":
        from emlx.onnx.io import read_onnx

        return read_onnx(path)
    if path.name.endswith(".safetensors.index.json"):
        from emlx.exporter.writers import read_sharded_index

        header, weights = read_sharded_index(path)
    elif path.suffix == ".safetensors":
        from emlx.exporter.writers import read_safetensors_bundle

        header, weights = read_safetensors_bundle(path)
    else:
        doc = read_json(path, "a JSON bundle", "expected a file written by `emlx export`")
        if not isinstance(doc, dict) or not isinstance(doc.get("weights"), dict):
            raise EmlxInputError(f"{path}: JSON without a 'weights' object; expected an emlx bundle (format {BUNDLE_FORMAT!r})")
        header = doc
        weights = {k: tensor_from_json(k, v) for k, v in doc["weights"].items()}
    return bundle_from_parts(path, header, weights)


def bundle_from_parts(path: Path, header: Mapping[str, Any], weights: dict[str, StoredTensor]) -> Bundle:
    if header.get("format") != BUNDLE_FORMAT:
        raise EmlxInputError(f"{path}: format is {header.get('format')!r}, expected {BUNDLE_FORMAT!r}; is this an emlx bundle?")
    if header.get("version") != BUNDLE_VERSION:
        raise EmlxInputError(f"{path}: bundle version {header.get('version')!r} is not supported by emlx {__version__} (expected {BUNDLE_VERSION})")
    try:
        spec = ModelSpec.from_dict(header.get("config") or {})
    except ValueError as e:
        raise EmlxInputError(f"{path}: {e}") from None
    b = Bundle(spec=spec, weights=weights, tokenizer=header.get("tokenizer"), training=dict(header.get("training") or {}),
               source=dict(header.get("source") or {}), generated_by=str(header.get("generated_by", "")))
    stored = header.get("weights_sha256")
    if stored != b.weights_sha256:
        raise EmlxInputError(f"{path}: weights_sha256 {str(stored)[:12]}… does not match the weights ({b.weights_sha256[:12]}…); "
                             "the bundle was modified or is corrupt, re-export it")
    from emlx.exporter.names import check_tensors

    problems = check_tensors(spec, {k: v.shape for k, v in weights.items()})
    if problems:
        raise EmlxInputError(f"{path}: weights do not match the config: {'; '.join(problems)}")
    return b
