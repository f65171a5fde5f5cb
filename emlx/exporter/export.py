"""The export pipeline: checkpoint -> canonical tensors -> ModelSpec -> stored weights -> bundle file.

It runs in three steps so that a checkpoint of any size costs about one tensor of memory (docs/DESIGN.md
"Memory at scale"):

1. plan: the checkpoint's headers only (read lazily: names, shapes, stored dtypes), detection, the spec, the
   tokenizer block and the provenance; the output format's ``precheck`` (the JSON size limit) is applied here,
   from shapes, before any tensor is read;
2. encode: one pass over the tensors, one at a time: finiteness, int8 quantisation (the int8 tensors are kept:
   a quarter of the float32 bytes), ``weights_sha256`` and the quantisation errors;
3. write: the format's writer takes the tensors one at a time again; float32 ones are read from the checkpoint
   anew (``LazyStoredTensor``), which costs a second read of the file instead of holding it.
"""

from __future__ import annotations

import fnmatch
import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

import numpy as np

from emlx.bundle import Bundle, LazyStoredTensor, StoredTensor, with_weights_sha256
from emlx.errors import EmlxInputError, read_json
from emlx.checks import all_finite, check_finite, check_ranks
from emlx.exporter.detect import find_sibling_config, model_config
from emlx.exporter.hf_tokenizer import build_hf_tokenizer_block, find_hf_tokenizer, is_hf_tokenizer_path
from emlx.families import Detected, Evidence, canonical_name, detect
from emlx.hashing import file_sha256, hash_tensor
from emlx.jsonsafe import sanitize
from emlx.exporter.quantize import quantize_rows
from emlx.exporter.readers import LazyTensors, RawCheckpoint
from emlx.spec import ModelSpec
from emlx.spec_schema import check_fields, check_tensors, show

#: ``precheck(header_bytes, {tensor: (stored dtype, shape)})`` (see BundleFormat.precheck, bound to the output path)
Precheck = Callable[[int, Mapping[str, tuple[str, tuple[int, ...]]]], None]

#: the longest repr of a non-negative float (what a rel_l2_error placeholder in the planned header takes)
_LONGEST_FLOAT = 1.2345678901234567e-300


@dataclass(frozen=True)
class ExportOptions:
    int8: bool = False
    keep_f32: tuple[str, ...] = ()
    overrides: Mapping[str, Any] = field(default_factory=dict)  # dotted keys, from --set
    config_file: Path | None = None  # --config spec.json (partial or full spec)
    step: int | None = None
    tokenizer: Path | None = None
    shard_bytes: int | None = None  # sharded safetensors output (--shard-size)
    allow_unverified_pattern: bool = False  # export a tiktoken pattern that cannot be verified in the time budget


@dataclass
class ExportResult:
    """``bundle.weights``: int8 tensors in memory, float32 ones ``LazyStoredTensor``s that read the checkpoint on
    each access (so the checkpoint must stay unchanged while the bundle is used). ``source_tensors``: canonical
    name -> float32 as decoded from the source, a ``LazyTensors`` that reads each on lookup."""

    bundle: Bundle
    out: Path | None
    size: int
    seconds: float
    warnings: list[str]
    notes: list[str]
    source_tensors: Mapping[str, np.ndarray]


def _load_config_file(path: Path) -> dict[str, Any]:
    doc = read_json(path, "a JSON file", "expected a (partial) ModelSpec object", label=f"--config {path}")
    if isinstance(doc, dict) and isinstance(doc.get("config"), dict) and doc.get("format") == "emlx.bundle":
        doc = doc["config"]  # a bundle header is fine too
    if not isinstance(doc, dict):
        raise EmlxInputError(f"--config {path}: expected a JSON object with ModelSpec fields, found {type(doc).__name__}")
    return doc


def _check_fields(values: Mapping[str, Any], where: str) -> None:
    """The spec fields among ``values`` valid by the schema (emlx.spec_schema.check_fields), or one line naming
    where they came from."""
    try:
        check_fields(values)
    except ValueError as e:
        raise EmlxInputError(f"{where}: {e}; see docs/FORMATS.md for the ModelSpec fields") from None


def _check_geometry(values: Mapping[str, Any], shapes: Mapping[str, tuple[int, ...]], where: str) -> None:
    """A config's layer count and width against the tensors (canonical names): a contradiction is one line naming
    both values, never one of them silently ignored (the tensors decide the geometry, so a meta json saying
    n_layer 99 over 4 stored layers describes another model)."""
    from emlx.families._base import count_layers

    n_layer = count_layers(shapes)
    if "n_layer" in values and n_layer and values["n_layer"] != n_layer:
        raise EmlxInputError(f"{where} says n_layer={show(values['n_layer'])}, but the checkpoint's tensors have "
                             f"{n_layer} layers (blocks.0 .. blocks.{n_layer - 1}); the config belongs to another "
                             "model: fix it, or export the checkpoint it describes")
    wte = shapes.get("wte.weight")
    if "n_embd" in values and wte is not None and len(wte) == 2 and values["n_embd"] != wte[1]:
        raise EmlxInputError(f"{where} says n_embd={show(values['n_embd'])}, but the checkpoint's token embedding "
                             f"is {wte[1]} wide (wte {list(wte)}); the config belongs to another model: fix it, or "
                             "export the checkpoint it describes")


def _deep_merge(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        if isinstance(v, Mapping) and isinstance(out.get(k), dict):
            out[k] = _deep_merge(out[k], v)
        else:
            out[k] = v
    return out


def _apply_overrides(spec: ModelSpec, config_doc: Mapping[str, Any] | None, overrides: Mapping[str, Any]) -> ModelSpec:
    try:
        if config_doc:
            spec = ModelSpec.from_dict(_deep_merge(spec.normalized(), config_doc))
        if overrides:
            spec = spec.with_overrides(overrides)
    except ValueError as e:
        raise EmlxInputError(f"{e}; see docs/FORMATS.md for the ModelSpec fields") from None
    return spec


def _quantized(name: str, shape: tuple[int, ...], int8: bool, keep_f32: Sequence[str]) -> bool:
    return int8 and len(shape) == 2 and not any(fnmatch.fnmatchcase(name, pat) for pat in keep_f32)


def _store(name: str, w: np.ndarray, int8: bool, keep_f32: Sequence[str]) -> StoredTensor:
    if _quantized(name, tuple(w.shape), int8, keep_f32):
        q = quantize_rows(w)
        return StoredTensor("int8", q.q, q.scale)
    return StoredTensor("float32", np.ascontiguousarray(w, dtype=np.float32))


@dataclass
class _Plan:
    """Everything but the weights' values: what step 1 learns from headers, configs and the tokenizer."""

    raw: RawCheckpoint
    tensors: LazyTensors  # canonical name -> source tensor (read on lookup)
    canonical_sources: dict[str, str]  # every canonical name -> its source name (for the finiteness message)
    spec: ModelSpec
    stored: dict[str, tuple[str, tuple[int, ...]]]  # canonical name -> (stored dtype, shape), sorted
    tokenizer: dict[str, Any] | None
    training: dict[str, Any]
    source: dict[str, Any]  # provenance without the file hash and quantisation errors (known after encoding)
    warnings: list[str]
    notes: list[str]


def _plan(ckpt: Path, opts: ExportOptions, say: Callable[[str], None], precheck: Precheck | None) -> _Plan:
    from emlx.exporter.readers import read_checkpoint

    say(f"reading {ckpt.name}")
    raw = read_checkpoint(ckpt, step=opts.step, lazy=True)
    assert isinstance(raw.tensors, LazyTensors)

    source_shapes = raw.shapes()
    for src, dt in sorted((getattr(raw, "skipped", None) or {}).items()):
        if canonical_name(src) is not None:
            raise EmlxInputError(f"{raw.path.name}: model tensor {src} is {dt}, expected a floating-point dtype "
                                 "(float32, bfloat16, float16 or float64); re-save the model's float weights")
    # shape sanity before detection reads any dimension (finiteness is checked by the encode pass, naming the tensor)
    canon_src = {c: src for src in sorted(raw.tensors) if (c := canonical_name(src)) is not None}
    check_ranks({c: source_shapes[s] for c, s in canon_src.items()}, raw.path.name, canon_src)

    warnings: list[str] = []
    if getattr(raw, "skipped", None):
        warnings.append(f"ignored non-float entries: {', '.join(sorted(raw.skipped))}")
    config: dict[str, Any] | None = None
    config_file: Path | None = None
    if raw.hf_config is not None:
        config_file = raw.path / "config.json"  # a model folder's config.json states the recipe (emlx/families/_hf.py)
    elif not raw.meta:
        known = {c: s for n, s in source_shapes.items() if (c := canonical_name(n)) is not None}
        found = find_sibling_config(raw.path, known)
        if found:
            config, config_file = found
    config_doc = _load_config_file(opts.config_file) if opts.config_file else None
    # every spec value detection reads is validated first, each where it came from (no 0, null or 1.7 heads)
    meta_cfg = model_config(raw.meta) or {}
    _check_fields(meta_cfg, f"{raw.path.name}: the meta json's model_config")
    canonical_shapes = {c: source_shapes[s] for c, s in canon_src.items()}
    _check_geometry(meta_cfg, canonical_shapes, f"{raw.path.name}: the meta json's model_config")
    if config is not None:
        _check_fields(config, str(config_file))
    _check_fields(config_doc or {}, f"--config {opts.config_file}")
    for k, v in opts.overrides.items():
        _check_fields({k: v}, f"--set {k}={show(v)}")
    # sequence_len / heads / vocab given by the user feed detection, so derived fields (windows) follow them
    user_cfg = {k: v for k, v in {**(config_doc or {}), **opts.overrides}.items()
                if k in ("sequence_len", "n_head", "n_kv_head", "vocab_size")}
    evidence = Evidence(shapes=source_shapes, dtypes=raw.dtypes, framework=raw.framework, meta=raw.meta,
                        config={**meta_cfg, **(config or {}), **user_cfg}, hf_config=raw.hf_config)
    try:
        det = detect(evidence)
    except ValueError as e:
        raise EmlxInputError(f"{raw.path.name}: {e}") from None
    tensors = _canonical_tensors(raw.tensors, det)
    dtypes = {canon: raw.dtypes[src] for canon, src in det.mapping.items()}
    tensors = _drop_duplicates(tensors, det, raw.path.name, dtypes)
    if det.ignored:
        det.notes.append(f"left out (buffers the model recomputes): {', '.join(det.ignored[:3])}"
                         + (f" (+{len(det.ignored) - 3} more)" if len(det.ignored) > 3 else ""))
    shapes = tensors.shapes()
    warnings += det.warnings
    spec = _apply_overrides(det.spec, config_doc, opts.overrides)

    problems = check_tensors(spec, shapes)
    if problems:
        raise EmlxInputError(f"{raw.path.name} does not match a complete {spec.family} model: {'; '.join(problems)} "
                             "(a partial checkpoint cannot be exported; re-save it from the full model)")
    # stored shapes are those _store gives: a 0-d scalar is stored as shape [1] (np.ascontiguousarray)
    stored = {n: ("int8" if _quantized(n, shapes[n], opts.int8, opts.keep_f32) else "float32", shapes[n] or (1,))
              for n in sorted(shapes)}
    if precheck is not None:
        precheck(0, stored)  # the weights alone, before the tokenizer is even read

    tok_block = None
    tok_path = opts.tokenizer or raw.tokenizer_path or find_hf_tokenizer(raw.path)
    if tok_path is not None:
        say(f"tokenizer {Path(tok_path).name}")
        tok_block, tok_warnings = _tokenizer_block(Path(tok_path), spec.vocab_size, opts.allow_unverified_pattern)
        warnings += tok_warnings
    else:
        warnings.append("no tokenizer found or given (--tokenizer tokenizer.pkl or tokenizer.json): the bundle cannot "
                        "encode text, and sidecars will need ids")

    source: dict[str, Any] = {
        "framework": raw.framework,
        "format": raw.format,
        "file": raw.path.name,
        "dtypes": dict(sorted(dtypes.items())),
    }
    if raw.step is not None:
        source["step"] = raw.step
    if config_file is not None:
        source["config_file"] = config_file.name
    source.update(_folder_provenance(raw))
    if tok_block is not None and tok_path is not None:
        source["tokenizer_file"] = Path(tok_path).name
    if opts.overrides:
        source["overrides"] = dict(opts.overrides)
    if opts.config_file:
        source["config_override_file"] = Path(opts.config_file).name
    training = sanitize(dict(raw.meta), "training", warnings) if raw.meta else {}
    plan = _Plan(raw=raw, tensors=tensors, canonical_sources=canon_src, spec=spec, stored=stored,
                 tokenizer=tok_block, training=training, source=source, warnings=warnings, notes=det.notes)
    if precheck is not None:  # the whole file: the header with placeholders of the final lengths
        placeholder = {n: _LONGEST_FLOAT for n, (d, _s) in stored.items() if d == "int8"}
        draft = _bundle(plan, opts, {}, "0" * 64, placeholder, "0" * 64, [])
        from emlx.codec import header_json

        precheck(len(header_json(draft.header()).encode("utf-8")), stored)
    return plan


def _canonical_tensors(tensors: LazyTensors, det: Detected) -> LazyTensors:
    """The source tensors under their canonical names, each cut as its family's name row says (transposed, a part
    of a fused tensor); reads nothing."""
    if not det.takes:
        return tensors.renamed(det.mapping)
    recipes: dict[str, tuple[Sequence[str], tuple[int, ...], Callable[..., np.ndarray]]] = {}
    for c, s in det.mapping.items():
        take = det.takes.get(c)
        shape = take.shape(tensors.shape(s)) if take is not None else tensors.shape(s)
        assert shape is not None, f"{s} cannot be cut into {c}; detection refuses that"
        recipes[c] = ((s,), shape, take if take is not None else _as_stored)
    return tensors.derived(recipes)


def _as_stored(a: np.ndarray) -> np.ndarray:
    return a


def _drop_duplicates(tensors: LazyTensors, det: Detected, label: str, dtypes: dict[str, str]) -> LazyTensors:
    """A tensor the recipe does not use but the checkpoint stores as a copy of one it does (a tied lm_head saved
    beside wte) is left out after checking it is that copy; a different one is a contradiction, refused."""
    for extra, same in det.duplicates:
        a, b = tensors[extra], tensors[same]
        if a.shape != b.shape or not np.array_equal(a, b):
            raise EmlxInputError(
                f"{label}: {det.mapping[extra]} differs from {det.mapping[same]}, but the config ties them "
                f"(the head is the embedding: {extra} would be ignored); untie the config (tie_word_embeddings: "
                f"false) to export the stored head, or drop {det.mapping[extra]} to use the embedding")
        del a, b
        det.notes.append(f"{det.mapping[extra]} is a copy of {det.mapping[same]} (tied head): left out")
        dtypes.pop(extra, None)
        tensors = tensors.renamed({k: k for k in tensors if k != extra})
    return tensors


def _folder_provenance(raw: RawCheckpoint) -> dict[str, Any]:
    """A model folder's part of ``source``: its files (hashes filled in by ``_checkpoint_sha256``), the source
    quantisation it was dequantised from (what a later q4 export needs to keep the groups) and the generation
    token ids of generation_config.json."""
    if not raw.files:
        return {}
    out: dict[str, Any] = {"files": {p.name: "0" * 64 for p in raw.files}}
    if raw.extras.get("source_quantization"):
        out["source_quantization"] = raw.extras["source_quantization"]
    gen = raw.extras.get("generation_config") or {}
    ids = {k: gen[k] for k in ("bos_token_id", "eos_token_id", "pad_token_id", "decoder_start_token_id")
           if k in gen and _token_ids(gen[k])}
    if ids:
        out["generation"] = ids
    return out


def _token_ids(v: Any) -> bool:
    """An id or a short list of ids, as generation_config.json records them."""
    def one(x: Any) -> bool:
        return isinstance(x, int) and not isinstance(x, bool) and 0 <= x < (1 << 31)
    return one(v) or (isinstance(v, list) and 0 < len(v) <= 64 and all(one(x) for x in v))


def _checkpoint_sha256(raw: RawCheckpoint, source: dict[str, Any]) -> str:
    """The checkpoint file's sha256; for a model folder the sha256 of its files' ``name sha256`` lines (sorted),
    each file's own hash going into ``source["files"]``."""
    if not raw.files:
        return file_sha256(raw.path)
    files = {p.name: file_sha256(p) for p in raw.files}
    source["files"] = dict(sorted(files.items()))
    return hashlib.sha256("".join(f"{n} {h}\n" for n, h in sorted(files.items())).encode("utf-8")).hexdigest()


def _source(plan: _Plan, opts: ExportOptions, file_hash: str, rel_errors: Mapping[str, float],
            warnings: list[str]) -> dict[str, Any]:
    source = {**plan.source, "sha256": file_hash}
    if opts.int8:
        source["quantization"] = {"kind": "int8-per-row", "keep_f32": list(opts.keep_f32),
                                  "rel_l2_error": dict(rel_errors)}
    return sanitize(source, "source", warnings)


def _bundle(plan: _Plan, opts: ExportOptions, weights: dict[str, StoredTensor], file_hash: str,
            rel_errors: Mapping[str, float], digest: str, warnings: list[str]) -> Bundle:
    b = Bundle(spec=plan.spec, weights=weights, tokenizer=plan.tokenizer, training=plan.training,
               source=_source(plan, opts, file_hash, rel_errors, warnings))
    return with_weights_sha256(b, digest)


def _lazy_f32(tensors: LazyTensors, name: str, shape: tuple[int, ...]) -> LazyStoredTensor:
    return LazyStoredTensor("float32", shape, lambda: _store(name, tensors[name], False, ()))


def _encode(plan: _Plan, opts: ExportOptions) -> tuple[dict[str, StoredTensor], str, dict[str, float]]:
    """Step 2: one tensor at a time -> (weights, weights_sha256, int8 rel_l2_error per tensor)."""
    from emlx.exporter.quantize import relative_l2_error

    h = hashlib.sha256()
    weights: dict[str, StoredTensor] = {}
    rel: dict[str, float] = {}
    for name, (dtype, shape) in plan.stored.items():
        w = plan.tensors[name]
        if not all_finite(w):  # the shared check words it (first offender by canonical name, how many others)
            del w
            check_finite(plan.raw.tensors.renamed(plan.canonical_sources) if isinstance(plan.raw.tensors, LazyTensors)
                         else plan.raw.tensors, plan.raw.path.name, plan.canonical_sources)
            raise AssertionError(f"{name}: non-finite, but check_finite found nothing")
        t = _store(name, w, opts.int8, opts.keep_f32)
        hash_tensor(h, name, t)
        if dtype == "int8":
            rel[name] = relative_l2_error(w, t.to_float32())
            weights[name] = t
        else:
            weights[name] = _lazy_f32(plan.tensors, name, shape)
        del w, t
    return weights, h.hexdigest(), rel


def build_bundle(ckpt: Path, opts: ExportOptions, progress: Callable[[str], None] | None = None,
                 precheck: Precheck | None = None) -> ExportResult:
    """Steps 1 and 2: the bundle of a checkpoint (see ExportResult for what it holds in memory). ``precheck``: the
    output format's size check, called from shapes before any tensor is read."""
    t0 = time.perf_counter()
    say = progress or (lambda _msg: None)
    plan = _plan(Path(ckpt), opts, say, precheck)
    say("encoding weights" + (" (int8)" if opts.int8 else ""))
    weights, digest, rel = _encode(plan, opts)
    warnings = list(plan.warnings)
    bundle = _bundle(plan, opts, weights, _checkpoint_sha256(plan.raw, plan.source), rel, digest, warnings)
    return ExportResult(bundle=bundle, out=None, size=0, seconds=time.perf_counter() - t0, warnings=warnings,
                        notes=plan.notes, source_tensors=plan.tensors)


def _tokenizer_block(path: Path, vocab_size: int, allow_unverified: bool = False) -> tuple[dict[str, Any] | None, list[str]]:
    """The bundle's tokenizer block from a tokenizer file: a tiktoken pickle, or a Hugging Face tokenizer.json (or a
    model folder holding one)."""
    if is_hf_tokenizer_path(path):
        return _hf_tokenizer_block(path, vocab_size)
    return _tiktoken_block(path, vocab_size, allow_unverified)


def _hf_tokenizer_block(path: Path, vocab_size: int) -> tuple[dict[str, Any] | None, list[str]]:
    """A Hugging Face tokenizer.json (a model folder's, or one given with --tokenizer) and the configs beside it:
    the ``hf-tokenizers`` block, and the warnings building it gave (files disagreeing with tokenizer.json)."""
    import warnings as pywarnings

    with pywarnings.catch_warnings(record=True) as caught:
        pywarnings.simplefilter("always")
        block = build_hf_tokenizer_block(path, vocab_size)
    return block, [str(w.message) for w in caught]


def _tiktoken_block(path: Path, vocab_size: int, allow_unverified: bool = False) -> tuple[dict[str, Any], list[str]]:
    import warnings as pywarnings

    from emlx.exporter.readers.tokenizer_pkl import read_tokenizer_pkl
    from emlx.exporter.tokenizer import build_tokenizer_block

    state = read_tokenizer_pkl(path)
    if state.n_vocab != vocab_size:  # before the translation check runs tiktoken over a table of another model
        raise EmlxInputError(f"tokenizer {path.name} has {state.n_vocab} tokens but the model's vocab_size is "
                             f"{vocab_size}; pass the tokenizer the model was trained with (--tokenizer PKL)")
    with pywarnings.catch_warnings(record=True) as caught:
        pywarnings.simplefilter("always")
        try:
            block = build_tokenizer_block(state, allow_unverified=allow_unverified)
        except ValueError as e:
            raise EmlxInputError(f"tokenizer {path.name}: {e}") from None
    return block, [str(w.message) for w in caught]


def export(ckpt: Path, out: Path, opts: ExportOptions, progress: Callable[[str], None] | None = None) -> ExportResult:
    from emlx.formats import WriteOptions, for_output

    out = Path(out)
    fmt = for_output(out, opts.shard_bytes)
    if out.resolve() == Path(ckpt).resolve():
        raise EmlxInputError(f"{out}: the output would overwrite the input checkpoint; choose another path")
    t0 = time.perf_counter()
    check = fmt.precheck
    precheck: Precheck | None = (lambda hb, stored: check(out, hb, stored)) if check is not None else None
    res = build_bundle(ckpt, opts, progress, precheck)
    if progress:
        progress(f"writing {out.name}")
    out, size = fmt.write(res.bundle, out, WriteOptions(shard_bytes=opts.shard_bytes))
    res.out, res.size, res.seconds = out, size, time.perf_counter() - t0
    return res
