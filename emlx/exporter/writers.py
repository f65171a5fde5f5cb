"""Bundle writers (JSON with base64 weights, safetensors) and the safetensors bundle reader."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import numpy as np

from emlx.atomic import atomic_output
from emlx.bundle import Bundle, StoredTensor, header_json, le_bytes
from emlx.errors import EmlxInputError, read_json
from emlx.jsonsafe import dumps

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


_ST_DTYPES = {np.dtype(np.float32): "F32", np.dtype(np.int8): "I8"}


def _safetensors_bytes(tensors: dict[str, np.ndarray], meta: dict[str, str]) -> tuple[bytes, list[bytes]]:
    header: dict[str, Any] = {"__metadata__": meta}
    blobs: list[bytes] = []
    offset = 0
    for name in sorted(tensors):
        raw = le_bytes(tensors[name])
        header[name] = {"dtype": _ST_DTYPES[tensors[name].dtype], "shape": list(tensors[name].shape),
                        "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    hb = header_json(header).encode("utf-8")
    hb += b" " * (-len(hb) % 8)  # data starts 8-byte aligned
    return len(hb).to_bytes(8, "little") + hb, blobs


def _stored_arrays(bundle: Bundle, names: list[str]) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    for name in names:
        t = bundle.weights[name]
        out[name] = t.data
        if t.scale is not None:
            out[f"{name}.scale"] = t.scale.astype(np.float32)
    return out


def _metadata(bundle: Bundle) -> dict[str, str]:
    return {k: (v if isinstance(v, str) else header_json(v)) for k, v in bundle.header().items()}


def write_safetensors_bundle(bundle: Bundle, path: Path) -> int:
    """Write the safetensors bundle ourselves: the format is simple, and the library's writer orders
    ``__metadata__`` by hash map, which would make two exports of the same input differ."""
    head, blobs = _safetensors_bytes(_stored_arrays(bundle, sorted(bundle.weights)), _metadata(bundle))
    with atomic_output(path) as f:
        f.write(head)
        for raw in blobs:
            f.write(raw)
    return len(head) + sum(len(b) for b in blobs)


def shard_paths(path: Path, n: int) -> list[Path]:
    """``model.safetensors`` -> ``model-00001-of-0000n.safetensors``…"""
    return [path.with_name(f"{path.stem}-{i:05d}-of-{n:05d}.safetensors") for i in range(1, n + 1)]


def index_path(path: Path) -> Path:
    return path.with_name(path.name + ".index.json")


def write_sharded_safetensors_bundle(bundle: Bundle, path: Path, shard_bytes: int) -> tuple[Path, int]:
    """Shards of at most ``shard_bytes`` (a tensor larger than that gets a shard of its own) plus an index
    ``<name>.safetensors.index.json`` = ``{"metadata": {...}, "weight_map": {tensor: shard file}}``.
    Every shard carries the full metadata. Returns the index path and the total size."""
    groups: list[list[str]] = [[]]
    size = 0
    for name in sorted(bundle.weights):
        n = bundle.weights[name].nbytes
        if groups[-1] and size + n > shard_bytes:
            groups.append([])
            size = 0
        groups[-1].append(name)
        size += n
    files = shard_paths(path, len(groups))
    meta = _metadata(bundle)
    weight_map: dict[str, str] = {}
    total = 0
    for names, file in zip(groups, files):
        arrays = _stored_arrays(bundle, names)
        head, blobs = _safetensors_bytes(arrays, meta)
        with atomic_output(file) as f:
            f.write(head)
            for raw in blobs:
                f.write(raw)
        total += len(head) + sum(len(b) for b in blobs)
        weight_map.update({k: file.name for k in arrays})
    index = index_path(path)
    doc = {"metadata": {**meta, "total_size": str(total)}, "weight_map": dict(sorted(weight_map.items()))}
    with atomic_output(index) as f:
        f.write(dumps(doc, str(index), indent=1, sort_keys=True).encode("utf-8"))
    return index, total


def read_sharded_index(index: Path) -> tuple[dict[str, Any], dict[str, StoredTensor]]:
    doc = read_json(index, "a sharded-safetensors index", "expected an index written by `emlx export --shard-size`")
    wm = doc.get("weight_map") if isinstance(doc, dict) else None
    if not isinstance(wm, dict) or not wm:
        raise EmlxInputError(f"{index}: no weight_map; expected an index written by `emlx export --shard-size`")
    header: dict[str, Any] | None = None
    weights: dict[str, StoredTensor] = {}
    for rel in sorted(set(map(str, wm.values()))):
        shard = (index.parent / rel)
        if index.parent.resolve() not in shard.resolve().parents:
            raise EmlxInputError(f"{index}: shard {rel!r} points outside the index's folder")
        h, w = read_safetensors_bundle(shard)
        if header is None:
            header = h
        elif h.get("weights_sha256") != header.get("weights_sha256"):
            raise EmlxInputError(f"{index}: shard {rel} belongs to another export (weights_sha256 differs)")
        dup = set(w) & set(weights)
        if dup:
            raise EmlxInputError(f"{index}: tensors {sorted(dup)} appear in more than one shard")
        weights.update(w)
    listed = {k for k in wm if not (k.endswith(".scale") and k[:-6] in wm)}
    if listed != set(weights):
        raise EmlxInputError(f"{index}: weight_map and shards disagree on {sorted(listed ^ set(weights))[:5]}")
    assert header is not None
    return header, weights


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
            except (json.JSONDecodeError, RecursionError):
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
