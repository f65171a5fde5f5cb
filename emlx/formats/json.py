"""The JSON bundle: one UTF-8 JSON document, weights as base64 little-endian arrays (docs/FORMATS.md)."""

from __future__ import annotations

import base64
import json
import math
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from emlx.atomic import atomic_output
from emlx.bundle import BUNDLE_FORMAT, MAX_TENSOR_ELEMENTS, Bundle, StoredTensor, b64, header_json, le_bytes, unb64
from emlx.errors import EmlxInputError, read_json
from emlx.formats._base import BundleFormat, WriteOptions

# V8 cannot hold a string longer than 2**29 - 24 characters; a JSON bundle is read as one string by
# JSON.parse / response.json(), so a larger file cannot be loaded by the JS library at all.
JS_MAX_STRING_CHARS = (1 << 29) - 24


def _b64_len(nbytes: int) -> int:
    return 4 * ((nbytes + 2) // 3)


def estimated_json_chars(bundle: Bundle) -> int:
    n = len(header_json(bundle.header())) + 64
    for name, t in bundle.weights.items():
        n += len(name) + 64 + _b64_len(t.data.nbytes) + (_b64_len(t.scale.nbytes) if t.scale is not None else 0)
    return n


def write_json_bundle(bundle: Bundle, path: Path, max_chars: int = JS_MAX_STRING_CHARS) -> int:
    """Write the JSON bundle atomically; returns its size in bytes."""
    est = estimated_json_chars(bundle)
    if est > max_chars:
        raise EmlxInputError(
            f"{path.name}: a JSON bundle of these weights would be ~{est / 2**20:.0f} MiB, over the ~{max_chars / 2**20:.0f} MiB "
            "a JavaScript string can hold, so no browser could load it; export to OUT.safetensors instead "
            "(binary, loaded as an ArrayBuffer), adding --shard-size 1GB for very large models")
    # The weights are spliced in by hand: base64 needs no JSON escaping, and json.dumps would scan every
    # character of tens of MB of it. The result is identical to json.dumps(doc, sort_keys=True, separators=(",", ":")).
    doc: dict[str, Any] = bundle.header()
    doc["weights"] = "\x00WEIGHTS\x00"
    head, tail = header_json(doc).split(json.dumps("\x00WEIGHTS\x00"))
    parts = [head.encode("utf-8"), b"{"]
    for i, name in enumerate(sorted(bundle.weights)):
        t = bundle.weights[name]
        parts.append((("," if i else "") + json.dumps(name, ensure_ascii=False) + ':{"data":"').encode("utf-8"))
        parts.append(base64.b64encode(le_bytes(t.data)))
        parts.append(f'","dtype":"{t.dtype}",'.encode())
        if t.scale is not None:
            parts += [b'"scale":"', base64.b64encode(le_bytes(t.scale.astype(np.float32))), b'",']
        parts.append(f'"shape":[{",".join(str(d) for d in t.shape)}]}}'.encode())
    parts += [b"}", tail.encode("utf-8")]
    data = b"".join(parts)
    with atomic_output(path) as f:
        f.write(data)
    return len(data)


def tensor_to_json(t: StoredTensor) -> dict[str, Any]:
    out: dict[str, Any] = {"dtype": t.dtype, "shape": list(t.shape), "data": b64(t.data)}
    if t.scale is not None:
        out["scale"] = b64(t.scale.astype(np.float32))
    return out


def tensor_from_json(name: str, obj: Any) -> StoredTensor:
    if not isinstance(obj, Mapping) or "shape" not in obj or "dtype" not in obj or "data" not in obj:
        raise EmlxInputError(f"weight {name!r}: expected {{dtype, shape, data}}, found {str(obj)[:80]!r}")
    shape = obj["shape"]
    if not isinstance(shape, list) or not all(isinstance(d, int) and not isinstance(d, bool) and d >= 0 for d in shape):
        raise EmlxInputError(f"weight {name!r}: shape must be a list of non-negative integers, found {str(shape)[:80]}")
    count = math.prod(shape)  # exact: numpy's prod would wrap around at 2**63
    if count > MAX_TENSOR_ELEMENTS:
        raise EmlxInputError(f"weight {name!r}: shape {shape} declares {count} elements, more than any bundle can "
                             f"hold ({MAX_TENSOR_ELEMENTS}); the file is corrupt, re-export it")
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



def read_json_bundle(path: Path) -> tuple[dict[str, Any], dict[str, StoredTensor]]:
    doc = read_json(path, "a JSON bundle", "expected a file written by `emlx export`")
    if not isinstance(doc, dict) or not isinstance(doc.get("weights"), dict):
        raise EmlxInputError(f"{path}: JSON without a 'weights' object; expected an emlx bundle (format {BUNDLE_FORMAT!r})")
    return doc, {k: tensor_from_json(k, v) for k, v in doc["weights"].items()}


def _write(bundle: Bundle, path: Path, opts: WriteOptions) -> tuple[Path, int]:
    return path, write_json_bundle(bundle, path)


FORMAT = BundleFormat(
    name="json",
    description="base64 JSON bundle",
    suffixes=(".json",),
    write=_write,
    read=read_json_bundle,
    is_bundle=lambda path: path.suffix == ".json",
    files=lambda path: [path],
)
