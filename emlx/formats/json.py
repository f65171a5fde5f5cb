"""The JSON bundle: one UTF-8 JSON document, weights as base64 little-endian arrays (docs/FORMATS.md)."""

from __future__ import annotations

import base64
import json
import math
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from emlx.atomic import atomic_output
from emlx.bundle import BUNDLE_FORMAT, MAX_TENSOR_ELEMENTS, Bundle, StoredTensor, parse_q4_tag, q4_tag, stored_nbytes
from emlx.codec import b64, header_json, le_view, unb64
from emlx.errors import EmlxInputError, read_json
from emlx.formats._base import BundleFormat, WriteOptions
from emlx.q4 import GROUP_SIZES, SCALE_DTYPES, layout_of

# V8 cannot hold a string longer than 2**29 - 24 characters; a JSON bundle is read as one string by
# JSON.parse / response.json(), so a larger file cannot be loaded by the JS library at all.
JS_MAX_STRING_CHARS = (1 << 29) - 24


def _b64_len(nbytes: int) -> int:
    return 4 * ((nbytes + 2) // 3)


def _tensor_chars(name: str, dtype: str, shape: tuple[int, ...]) -> int:
    """Exact length of one ``"name":{...}`` entry of the weights object as write_json_bundle writes it (``dtype``:
    ``float32``, ``int8`` or a ``q4_tag``)."""
    data_bytes, scale_bytes = stored_nbytes(dtype, shape)
    n = len(json.dumps(name, ensure_ascii=False).encode("utf-8")) + len(':{"data":"') + _b64_len(data_bytes)
    layout = parse_q4_tag(dtype)
    if layout is not None:
        part = scale_bytes // (2 if layout.affine else 1)
        n += len(f'","dtype":"q4","group_size":{layout.group_size},')
        if layout.affine:
            n += len('"offset":"') + _b64_len(part) + len('",')
        n += len('"scale":"') + _b64_len(part) + len(f'","scale_dtype":"{layout.scale_dtype}",')
        return n + len(f'"shape":[{",".join(str(d) for d in shape)}]}}')
    n += len(f'","dtype":"{dtype}",')
    if dtype == "int8":
        n += len('"scale":"') + _b64_len(scale_bytes) + len('",')
    return n + len(f'"shape":[{",".join(str(d) for d in shape)}]}}')


def _plan_dtype(t: StoredTensor) -> str:
    layout = t.q4_layout
    return q4_tag(layout) if layout is not None else t.dtype


def planned_json_chars(header_chars: int, tensors: Mapping[str, tuple[str, tuple[int, ...]]]) -> tuple[int, int]:
    """``(total, of which weights)``: the size in bytes of a JSON bundle whose header (``header_json`` of
    ``Bundle.header()``, no weights) is ``header_chars`` long, from the tensors' stored dtypes and shapes alone:
    base64 is 4 characters per 3 bytes."""
    weights = 2 + max(0, len(tensors) - 1) + sum(_tensor_chars(k, d, s) for k, (d, s) in tensors.items())
    return header_chars + len(',"weights":') + weights, weights


def refuse_if_too_large(path: Path, header_chars: int, tensors: Mapping[str, tuple[str, tuple[int, ...]]],
                        max_chars: int = JS_MAX_STRING_CHARS) -> None:
    """EmlxInputError, with the arithmetic, when a JSON bundle of these tensors could not be loaded by JavaScript.
    The exporter calls it from shapes alone, before any tensor is read."""
    total, weights = planned_json_chars(header_chars, tensors)
    if total <= max_chars:
        return
    raw = sum(sum(stored_nbytes(d, s)) for d, s in tensors.values())
    header = f"plus a {header_chars / 2**20:,.1f} MiB header" if header_chars else "before the header"
    raise EmlxInputError(
        f"{path.name}: a JSON bundle of these weights would be ~{total / 2**20:,.0f} MiB ({raw / 2**20:,.0f} MiB of "
        f"weights in {len(tensors)} tensors as base64 = {weights / 2**20:,.0f} MiB, {header}), over the "
        f"{max_chars / 2**20:,.0f} MiB ({max_chars:,} characters) "
        "a JavaScript string can hold, so no browser could load it; export to OUT.safetensors instead "
        "(binary, loaded as an ArrayBuffer), adding --shard-size 1GB for very large models")


def _header_chars(bundle: Bundle) -> int:
    return len(header_json(bundle.header()).encode("utf-8"))


def estimated_json_chars(bundle: Bundle) -> int:
    """The JSON bundle's size (exact for a bundle whose header is final), from shapes: reads no tensor (but a
    q4 tensor's layout)."""
    return planned_json_chars(_header_chars(bundle), {k: (_plan_dtype(t), t.shape) for k, t in bundle.weights.items()})[0]


def write_json_bundle(bundle: Bundle, path: Path, max_chars: int = JS_MAX_STRING_CHARS) -> int:
    """Write the JSON bundle atomically, a tensor at a time; returns its size in bytes."""
    refuse_if_too_large(path, _header_chars(bundle), {k: (_plan_dtype(t), t.shape) for k, t in bundle.weights.items()},
                        max_chars)
    # The weights are spliced in by hand: base64 needs no JSON escaping, and json.dumps would scan every
    # character of tens of MB of it. The result is identical to json.dumps(doc, sort_keys=True, separators=(",", ":")).
    doc: dict[str, Any] = bundle.header()
    doc["weights"] = "\x00WEIGHTS\x00"
    head, tail = header_json(doc).split(json.dumps("\x00WEIGHTS\x00"))
    total = 0
    with atomic_output(path) as f:
        def put(b: bytes) -> None:
            nonlocal total
            f.write(b)
            total += len(b)

        put(head.encode("utf-8") + b"{")
        for i, name in enumerate(sorted(bundle.weights)):
            t = bundle.weights[name].loaded()
            put((("," if i else "") + json.dumps(name, ensure_ascii=False) + ':{"data":"').encode("utf-8"))
            put(base64.b64encode(le_view(t.data)))
            layout = t.q4_layout
            if layout is not None:  # keys sorted: data, dtype, group_size, offset, scale, scale_dtype, shape
                assert t.scale is not None
                put(f'","dtype":"q4","group_size":{layout.group_size},'.encode())
                if t.offset is not None:
                    put(b'"offset":"' + base64.b64encode(le_view(t.offset)) + b'",')
                put(b'"scale":"' + base64.b64encode(le_view(t.scale)) + f'","scale_dtype":"{layout.scale_dtype}",'.encode())
            else:
                put(f'","dtype":"{t.dtype}",'.encode())
                if t.scale is not None:
                    put(b'"scale":"' + base64.b64encode(le_view(t.scale.astype(np.float32, copy=False))) + b'",')
            put(f'"shape":[{",".join(str(d) for d in t.shape)}]}}'.encode())
        put(b"}" + tail.encode("utf-8"))
    return total


def tensor_to_json(t: StoredTensor) -> dict[str, Any]:
    out: dict[str, Any] = {"dtype": t.dtype, "shape": list(t.shape), "data": b64(t.data)}
    layout = t.q4_layout
    if layout is not None:
        assert t.scale is not None
        out.update(group_size=layout.group_size, scale_dtype=layout.scale_dtype, scale=b64(t.scale))
        if t.offset is not None:
            out["offset"] = b64(t.offset)
    elif t.scale is not None:
        out["scale"] = b64(t.scale.astype(np.float32))
    return out


def _q4_from_json(name: str, obj: Mapping[str, Any], shape: list[int]) -> StoredTensor:
    """A q4 entry: ``{dtype: "q4", shape: [rows, cols], group_size, scale_dtype, data, scale[, offset]}``."""
    gs, sd = obj.get("group_size"), obj.get("scale_dtype")
    if len(shape) != 2:
        raise EmlxInputError(f"weight {name!r}: q4 tensors must be 2-D, found shape {shape}")
    if not isinstance(gs, int) or isinstance(gs, bool) or gs not in GROUP_SIZES or shape[1] % gs:
        raise EmlxInputError(f"weight {name!r}: q4 group_size {gs!r} must be one of {GROUP_SIZES} and divide the "
                             f"{shape[1]} columns; re-export the bundle")
    if sd not in SCALE_DTYPES:
        raise EmlxInputError(f"weight {name!r}: q4 scale_dtype {sd!r} must be one of {SCALE_DTYPES}; re-export the bundle")
    rows, groups = shape[0], shape[1] // gs
    data = unb64(obj["data"], np.uint8, rows * shape[1] // 2, f"weight {name!r}").reshape(rows, shape[1] // 2)
    scale = unb64(obj.get("scale"), np.dtype(sd), rows * groups, f"weight {name!r} scale").reshape(rows, groups)
    offset = None
    if "offset" in obj:
        offset = unb64(obj["offset"], np.dtype(sd), rows * groups, f"weight {name!r} offset").reshape(rows, groups)
    layout_of(data, scale, offset)  # consistent by construction; checked once more
    return StoredTensor("q4", data, scale, offset)


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
    if obj["dtype"] == "q4":
        return _q4_from_json(name, obj, shape)
    raise EmlxInputError(f"weight {name!r}: dtype {obj['dtype']!r} is not supported (expected float32, int8 or q4)")



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
    precheck=refuse_if_too_large,
)
