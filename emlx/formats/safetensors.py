"""The safetensors bundle, single file or sharded with an index (docs/FORMATS.md).

Written by hand: the format is simple, and the library's writer orders ``__metadata__`` by hash map, which would
make two exports of the same input differ. Read with the ``safetensors`` library.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from emlx.atomic import atomic_output
from emlx.bundle import BUNDLE_FORMAT, Bundle, StoredTensor, header_json, le_bytes
from emlx.errors import EmlxInputError, read_json
from emlx.formats._base import BundleFormat, WriteOptions
from emlx.jsonsafe import dumps

INDEX_SUFFIX = ".safetensors.index.json"

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


def read_any(path: Path) -> tuple[dict[str, Any], dict[str, StoredTensor]]:
    return read_sharded_index(path) if path.name.endswith(INDEX_SUFFIX) else read_safetensors_bundle(path)


def _write(bundle: Bundle, path: Path, opts: WriteOptions) -> tuple[Path, int]:
    if opts.shard_bytes is not None:
        return write_sharded_safetensors_bundle(bundle, path, opts.shard_bytes)
    return path, write_safetensors_bundle(bundle, path)


def is_bundle(path: Path) -> bool:
    """A safetensors file whose metadata says it is an emlx bundle (a checkpoint is not), or a shard index."""
    if path.name.endswith(INDEX_SUFFIX):
        return True
    if path.suffix != ".safetensors":
        return False
    try:
        from safetensors import safe_open

        with safe_open(str(path), framework="np") as f:
            return (f.metadata() or {}).get("format") == BUNDLE_FORMAT
    except Exception:  # noqa: BLE001 - not readable as a bundle: let the checkpoint reader explain
        return False


def files(path: Path) -> list[Path]:
    """The index and its shards, or the one file."""
    if not path.name.endswith(INDEX_SUFFIX):
        return [path]
    doc = read_json(path, "a sharded-safetensors index", "expected an index written by `emlx export --shard-size`")
    wm = doc.get("weight_map") if isinstance(doc, dict) else None
    return [path] + [path.parent / rel for rel in sorted(set(map(str, (wm or {}).values())))]


FORMAT = BundleFormat(
    name="safetensors",
    description="safetensors bundle (binary; --shard-size for shards + an index)",
    suffixes=(".safetensors",),
    read_suffixes=(INDEX_SUFFIX, ".safetensors"),
    write=_write,
    read=read_any,
    is_bundle=is_bundle,
    files=files,
    shardable=True,
)
