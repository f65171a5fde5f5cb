"""Bundle writers (JSON with base64 weights, safetensors) and the safetensors bundle reader."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import numpy as np

from emlx.atomic import atomic_output
from emlx.bundle import Bundle, StoredTensor, header_json
from emlx.errors import EmlxInputError

# V8 cannot hold a string longer than 2**29 - 24 characters; a JSON bundle is read as one string by
# JSON.parse / response.json(), so a larger file cannot be loaded by the JS library at all.
JS_MAX_STRING_CHARS = (1 << 29) - 24


def _le_bytes(a: np.ndarray) -> bytes:
    a = np.ascontiguousarray(a)
    return a.astype(a.dtype.newbyteorder("<"), copy=False).tobytes()


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
            "(binary, loaded as an ArrayBuffer)")
    # The weights are spliced in by hand: base64 needs no JSON escaping, and json.dumps would scan every
    # character of tens of MB of it. The result is identical to json.dumps(doc, sort_keys=True, separators=(",", ":")).
    doc: dict[str, Any] = bundle.header()
    doc["weights"] = "\x00WEIGHTS\x00"
    head, tail = header_json(doc).split(json.dumps("\x00WEIGHTS\x00"))
    parts = [head.encode("utf-8"), b"{"]
    for i, name in enumerate(sorted(bundle.weights)):
        t = bundle.weights[name]
        parts.append((("," if i else "") + json.dumps(name, ensure_ascii=False) + ':{"data":"').encode("utf-8"))
        parts.append(base64.b64encode(_le_bytes(t.data)))
        parts.append(f'","dtype":"{t.dtype}",'.encode())
        if t.scale is not None:
            parts += [b'"scale":"', base64.b64encode(_le_bytes(t.scale.astype(np.float32))), b'",']
        parts.append(f'"shape":[{",".join(str(d) for d in t.shape)}]}}'.encode())
    parts += [b"}", tail.encode("utf-8")]
    data = b"".join(parts)
    with atomic_output(path) as f:
        f.write(data)
    return len(data)


_ST_DTYPES = {np.dtype(np.float32): "F32", np.dtype(np.int8): "I8"}


def write_safetensors_bundle(bundle: Bundle, path: Path) -> int:
    """Write the safetensors bundle ourselves: the format is simple, and the library's writer orders
    ``__metadata__`` by hash map, which would make two exports of the same input differ."""
    tensors: dict[str, np.ndarray] = {}
    for name, t in bundle.weights.items():
        tensors[name] = t.data
        if t.scale is not None:
            tensors[f"{name}.scale"] = t.scale.astype(np.float32)
    h = bundle.header()
    header: dict[str, Any] = {"__metadata__": {k: (v if isinstance(v, str) else header_json(v)) for k, v in h.items()}}
    blobs: list[bytes] = []
    offset = 0
    for name in sorted(tensors):
        a = np.ascontiguousarray(tensors[name])
        raw = a.astype(a.dtype.newbyteorder("<"), copy=False).tobytes()
        header[name] = {"dtype": _ST_DTYPES[a.dtype], "shape": list(a.shape), "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    hb = header_json(header).encode("utf-8")
    hb += b" " * (-len(hb) % 8)  # data starts 8-byte aligned
    with atomic_output(path) as f:
        f.write(len(hb).to_bytes(8, "little"))
        f.write(hb)
        for raw in blobs:
            f.write(raw)
    return 8 + len(hb) + offset


def read_safetensors_bundle(path: Path) -> tuple[dict[str, Any], dict[str, StoredTensor]]:
    """Header (decoded metadata) and stored tensors of a safetensors bundle written by emlx."""
    from safetensors import SafetensorError, safe_open

    try:
        with safe_open(str(path), framework="np") as f:
            meta = f.metadata() or {}
            raw = {k: f.get_tensor(k) for k in f.keys()}
    except (SafetensorError, OSError, ValueError) as e:
        raise EmlxInputError(f"{path}: not a readable safetensors file ({str(e).splitlines()[0] if str(e) else type(e).__name__}); re-export it") from None
    header: dict[str, Any] = {}
    for k, v in meta.items():
        if k in ("format", "weights_sha256", "generated_by"):
            header[k] = v
        else:
            try:
                header[k] = json.loads(v)
            except json.JSONDecodeError:
                raise EmlxInputError(f"{path}: metadata {k!r} is not JSON; expected a bundle written by `emlx export`") from None
    weights: dict[str, StoredTensor] = {}
    for name, arr in raw.items():
        if name.endswith(".scale") and name[: -len(".scale")] in raw:
            continue
        if arr.dtype == np.int8:
            scale = raw.get(f"{name}.scale")
            if scale is None or scale.dtype != np.float32 or arr.ndim != 2 or scale.shape != (arr.shape[0],):
                raise EmlxInputError(f"{path}: int8 tensor {name!r} lacks a float32 {name}.scale with one entry per row")
            weights[name] = StoredTensor("int8", arr, scale)
        elif arr.dtype == np.float32:
            weights[name] = StoredTensor("float32", arr)
        else:
            raise EmlxInputError(f"{path}: tensor {name!r} is {arr.dtype}, expected float32 or int8 in an emlx bundle")
    return header, weights
