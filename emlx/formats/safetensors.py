"""The safetensors bundle, single file or sharded with an index (docs/FORMATS.md).

Written by hand: the format is simple, and the library's writer orders ``__metadata__`` by hash map, which would
make two exports of the same input differ. Written as a stream: the header (offsets follow from the shapes) first,
then each tensor, loaded, written and dropped, so writing holds one tensor at a time. Read by memory-mapping the
file: the tensors are read-only views of the map, validated by the checkpoint reader's strict header parser.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from emlx.atomic import FileSet, atomic_output
from emlx.bundle import BUNDLE_FORMAT, Bundle, StoredTensor, stored_nbytes
from emlx.codec import header_json, le_view
from emlx.errors import EmlxInputError, read_json
from emlx.formats._base import BundleFormat, WriteOptions
from emlx.jsonsafe import dumps

INDEX_SUFFIX = ".safetensors.index.json"

_ST_DTYPES = {"float32": "F32", "int8": "I8"}


@dataclass(frozen=True)
class _Entry:
    key: str  # the safetensors name: the tensor's, or ``<tensor>.scale``
    tensor: str  # the bundle tensor it comes from
    st_dtype: str  # "F32" | "I8"
    shape: tuple[int, ...]
    nbytes: int


def _entries(bundle: Bundle, names: list[str]) -> list[_Entry]:
    """The arrays of these tensors (int8 ones with their ``.scale``), sorted by safetensors name: the data order."""
    out: list[_Entry] = []
    for name in names:
        t = bundle.weights[name]
        data_bytes, scale_bytes = stored_nbytes(t.dtype, t.shape)
        out.append(_Entry(name, name, _ST_DTYPES[t.dtype], t.shape, data_bytes))
        if t.dtype == "int8":
            out.append(_Entry(f"{name}.scale", name, "F32", (t.shape[0],), scale_bytes))
    return sorted(out, key=lambda e: e.key)


def _header_bytes(entries: list[_Entry], meta: dict[str, str]) -> bytes:
    header: dict[str, Any] = {"__metadata__": meta}
    offset = 0
    for e in entries:
        header[e.key] = {"dtype": e.st_dtype, "shape": list(e.shape), "data_offsets": [offset, offset + e.nbytes]}
        offset += e.nbytes
    hb = header_json(header).encode("utf-8")
    hb += b" " * (-len(hb) % 8)  # data starts 8-byte aligned
    return len(hb).to_bytes(8, "little") + hb


def _write_file(bundle: Bundle, entries: list[_Entry], meta: dict[str, str], f: BinaryIO) -> int:
    """Header, then every array in order; each tensor is loaded once (its scale follows it) and dropped."""
    from emlx.mapped import release_pages

    head = _header_bytes(entries, meta)
    f.write(head)
    total = len(head)
    held: tuple[str, StoredTensor] | None = None
    for e in entries:
        if held is None or held[0] != e.tensor:
            held = (e.tensor, bundle.weights[e.tensor].loaded())
        t = held[1]
        arr = t.data if e.key == e.tensor else t.scale
        assert arr is not None
        raw = le_view(arr.astype(np.float32, copy=False) if e.st_dtype == "F32" else arr)
        if len(raw) != e.nbytes:
            raise AssertionError(f"{e.key}: {len(raw)} bytes, the header says {e.nbytes}")
        f.write(raw)
        total += len(raw)
        release_pages(arr)
    return total


def _metadata(bundle: Bundle) -> dict[str, str]:
    """The ``__metadata__`` strings; one over MAX_METADATA_STRING (what every reader refuses) is refused here."""
    from emlx.formats.safetensors_header import MAX_METADATA_STRING

    meta = {k: (v if isinstance(v, str) else header_json(v)) for k, v in bundle.header().items()}
    for k, v in meta.items():
        size = len(v.encode("utf-8"))
        if size > MAX_METADATA_STRING:
            raise EmlxInputError(f"the bundle's {k} is {size / 2**20:.1f} MiB as JSON, over the "
                                 f"{MAX_METADATA_STRING >> 20} MiB a safetensors metadata string may hold (readers refuse "
                                 "more); export a .json bundle, or a smaller tokenizer")
    return meta


def write_safetensors_bundle(bundle: Bundle, path: Path) -> int:
    meta = _metadata(bundle)  # weights_sha256 first: a lazy bundle's hash pass is done before the file is opened
    with atomic_output(path) as f:
        return _write_file(bundle, _entries(bundle, sorted(bundle.weights)), meta, f)


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
    index = index_path(path)
    # one set: every shard and the index checked writable first, staged, renamed together with the index last;
    # a failure leaves the previous export's shards and index whole
    with FileSet() as out:
        for target in (*files, index):
            out.check_target(target)
        for names, file in zip(groups, files):
            entries = _entries(bundle, names)
            with out.output(file) as f:
                total += _write_file(bundle, entries, meta, f)
            weight_map.update({e.key: file.name for e in entries})
        doc = {"metadata": {**meta, "total_size": str(total)}, "weight_map": dict(sorted(weight_map.items()))}
        out.write_bytes(index, dumps(doc, str(index), indent=1, sort_keys=True).encode("utf-8"))
        out.commit()
    return index, total


def read_sharded_index(index: Path) -> tuple[dict[str, Any], dict[str, StoredTensor]]:
    from emlx.formats.safetensors_header import MAX_HEADER_BYTES, MAX_METADATA_STRING

    try:
        size = index.stat().st_size
    except OSError as e:
        raise EmlxInputError(f"{index}: cannot read it ({e.strerror})") from None
    if size > MAX_HEADER_BYTES:  # it holds the metadata strings of one shard header and the tensor names
        raise EmlxInputError(f"{index}: {size} bytes, over the {MAX_HEADER_BYTES} a shard index may hold; expected "
                             "an index written by `emlx export --shard-size`")
    doc = read_json(index, "a sharded-safetensors index", "expected an index written by `emlx export --shard-size`")
    wm = doc.get("weight_map") if isinstance(doc, dict) else None
    if not isinstance(wm, dict) or not wm:
        raise EmlxInputError(f"{index}: no weight_map; expected an index written by `emlx export --shard-size`")
    for k, v in (doc.get("metadata") or {}).items() if isinstance(doc.get("metadata"), dict) else ():
        if isinstance(v, str) and len(v.encode("utf-8", "surrogatepass")) > MAX_METADATA_STRING:
            raise EmlxInputError(f"{index}: metadata {k!r:.40} is over the {MAX_METADATA_STRING} bytes a metadata "
                                 "string may hold")
    header: dict[str, Any] | None = None
    weights: dict[str, StoredTensor] = {}
    for rel in sorted(set(map(str, wm.values()))):
        shard = (index.parent / rel)
        if index.parent.resolve() not in shard.resolve().parents:
            raise EmlxInputError(f"{index}: shard {rel!r} points outside the index's folder")
        h, w = read_safetensors_bundle(shard)
        if header is None:
            header = h
        elif any(h.get(k) != header.get(k) for k in ("weights_sha256", "bundle_sha256")):
            raise EmlxInputError(f"{index}: shard {rel} belongs to another export (weights_sha256 or bundle_sha256 "
                                 "differs from the first shard's)")
        dup = set(w) & set(weights)
        if dup:
            raise EmlxInputError(f"{index}: tensors {sorted(dup)} appear in more than one shard")
        weights.update(w)
    listed = {k for k in wm if not (k.endswith(".scale") and k[:-6] in wm)}
    if listed != set(weights):
        raise EmlxInputError(f"{index}: weight_map and shards disagree on {sorted(listed ^ set(weights))[:5]}")
    assert header is not None
    meta = doc.get("metadata") if isinstance(doc.get("metadata"), dict) else {}
    for k in ("weights_sha256", "bundle_sha256"):  # the index names the export its shards must be of
        if k in meta and meta[k] != header.get(k):
            raise EmlxInputError(f"{index}: its metadata {k} {str(meta[k])[:12]}… is not its shards' "
                                 f"({str(header.get(k))[:12]}…): index and shards are of different exports; re-export")
    return header, weights


def read_safetensors_bundle(path: Path) -> tuple[dict[str, Any], dict[str, StoredTensor]]:
    """Header (decoded metadata) and stored tensors of a safetensors bundle written by emlx.

    The tensors are read-only views of the memory-mapped file: nothing is read here but the header (the caller,
    ``bundle_from_parts``, verifies weights_sha256 in one streamed pass)."""
    from emlx.formats.safetensors_header import DTYPES, read_safetensors_header
    from emlx.mapped import map_file, view

    head = read_safetensors_header(path)
    try:
        mm = map_file(path)
    except (OSError, ValueError) as err:
        raise EmlxInputError(f"{path}: not a readable safetensors file ({err}); re-export it") from None
    raw: dict[str, np.ndarray] = {}
    for k, e in head.entries.items():
        npdt = np.dtype(DTYPES[e.dtype][1])
        if mm is None:  # an empty file has no tensors (the header parser refused it already)
            raise EmlxInputError(f"{path}: empty file; re-export it")
        raw[k] = view(mm, head.data_start + e.begin, npdt, e.shape)
    header: dict[str, Any] = {}
    for k, v in head.metadata.items():
        if k in ("format", "weights_sha256", "bundle_sha256", "generated_by"):
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
