"""The export pipeline: checkpoint -> canonical tensors -> ModelSpec -> stored weights -> bundle file."""

from __future__ import annotations

import fnmatch
import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

import numpy as np

from emlx.bundle import Bundle, StoredTensor
from emlx.errors import EmlxInputError, read_json
from emlx.exporter.detect import detect, find_sibling_config
from emlx.exporter.names import check_tensors, rename
from emlx.exporter.quantize import quantize_rows
from emlx.spec import ModelSpec

OUTPUT_SUFFIXES = (".json", ".safetensors", ".onnx")


@dataclass(frozen=True)
class ExportOptions:
    int8: bool = False
    keep_f32: tuple[str, ...] = ()
    overrides: Mapping[str, Any] = field(default_factory=dict)  # dotted keys, from --set
    config_file: Path | None = None  # --config spec.json (partial or full spec)
    step: int | None = None
    tokenizer: Path | None = None
    shard_bytes: int | None = None  # sharded safetensors output (--shard-size)


@dataclass
class ExportResult:
    bundle: Bundle
    out: Path | None
    size: int
    seconds: float
    warnings: list[str]
    notes: list[str]
    source_tensors: dict[str, np.ndarray]  # canonical name -> float32 as decoded from the source


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _load_config_file(path: Path) -> dict[str, Any]:
    doc = read_json(path, "a JSON file", "expected a (partial) ModelSpec object", label=f"--config {path}")
    if isinstance(doc, dict) and isinstance(doc.get("config"), dict) and doc.get("format") == "emlx.bundle":
        doc = doc["config"]  # a bundle header is fine too
    if not isinstance(doc, dict):
        raise EmlxInputError(f"--config {path}: expected a JSON object with ModelSpec fields, found {type(doc).__name__}")
    return doc


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
            spec = ModelSpec.from_dict(_deep_merge(spec.to_dict(), config_doc))
        if overrides:
            spec = spec.with_overrides(overrides)
    except ValueError as e:
        raise EmlxInputError(f"{e}; see docs/FORMATS.md for the ModelSpec fields") from None
    return spec


def _store(name: str, w: np.ndarray, int8: bool, keep_f32: Sequence[str]) -> StoredTensor:
    if int8 and w.ndim == 2 and not any(fnmatch.fnmatchcase(name, pat) for pat in keep_f32):
        q = quantize_rows(w)
        return StoredTensor("int8", q.q, q.scale)
    return StoredTensor("float32", np.ascontiguousarray(w, dtype=np.float32))


def build_bundle(ckpt: Path, opts: ExportOptions, progress: Callable[[str], None] | None = None) -> ExportResult:
    from emlx.exporter.readers import read_checkpoint

    t0 = time.perf_counter()
    say = progress or (lambda _msg: None)
    ckpt = Path(ckpt)
    say(f"reading {ckpt.name}")
    raw = read_checkpoint(ckpt, step=opts.step)

    renamed = rename(raw.tensors)
    if renamed.unmapped:
        raise EmlxInputError(f"{raw.path.name}: tensors the name table does not know: {', '.join(renamed.unmapped)}; "
                             "expected autoresearch / nanochat GPT names (see emlx/exporter/names.py)")
    if renamed.collisions:
        c = "; ".join(f"{k} <- {', '.join(v)}" for k, v in renamed.collisions)
        raise EmlxInputError(f"{raw.path.name}: several source tensors map to one name: {c}")
    tensors = {canon: raw.tensors[src] for canon, src in renamed.mapping.items()}
    dtypes = {canon: raw.dtypes[src] for canon, src in renamed.mapping.items()}
    shapes = {k: tuple(v.shape) for k, v in tensors.items()}

    warnings: list[str] = []
    if getattr(raw, "skipped", None):
        warnings.append(f"ignored non-float entries: {', '.join(sorted(raw.skipped))}")
    config: dict[str, Any] | None = None
    config_file: Path | None = None
    if not raw.meta:
        found = find_sibling_config(raw.path, shapes)
        if found:
            config, config_file = found
    config_doc = _load_config_file(opts.config_file) if opts.config_file else None
    # sequence_len / heads / vocab given by the user feed detection, so derived fields (windows) follow them
    user_cfg = {k: v for k, v in {**(config_doc or {}), **opts.overrides}.items()
                if k in ("sequence_len", "n_head", "n_kv_head", "vocab_size")}
    try:
        det = detect(shapes, dtypes, raw.framework, meta=raw.meta, config={**(config or {}), **user_cfg})
    except ValueError as e:
        raise EmlxInputError(f"{raw.path.name}: {e}") from None
    warnings += det.warnings
    spec = _apply_overrides(det.spec, config_doc, opts.overrides)

    problems = check_tensors(spec, shapes)
    if problems:
        raise EmlxInputError(f"{raw.path.name} does not match a complete {spec.family} model: {'; '.join(problems)} "
                             "(a partial checkpoint cannot be exported; re-save it from the full model)")

    say("encoding weights" + (" (int8)" if opts.int8 else ""))
    weights = {name: _store(name, tensors[name], opts.int8, opts.keep_f32) for name in sorted(tensors)}

    tok_block = None
    tok_path = opts.tokenizer or raw.tokenizer_path
    if tok_path is not None:
        say(f"tokenizer {Path(tok_path).name}")
        tok_block, tok_warnings = _tokenizer_block(Path(tok_path))
        warnings += tok_warnings
        n_vocab = tok_block.get("n_vocab")
        if isinstance(n_vocab, int) and n_vocab != spec.vocab_size:
            raise EmlxInputError(f"tokenizer {Path(tok_path).name} has {n_vocab} tokens but the model's vocab_size is {spec.vocab_size}; "
                                 "pass the tokenizer the model was trained with (--tokenizer PKL)")
    else:
        warnings.append("no tokenizer found or given (--tokenizer tokenizer.pkl): the bundle cannot encode text, "
                        "and sidecars will need ids")

    source: dict[str, Any] = {
        "framework": raw.framework,
        "format": raw.format,
        "file": raw.path.name,
        "sha256": file_sha256(raw.path),
        "dtypes": dict(sorted(dtypes.items())),
    }
    if raw.step is not None:
        source["step"] = raw.step
    if config_file is not None:
        source["config_file"] = config_file.name
    if tok_path is not None:
        source["tokenizer_file"] = Path(tok_path).name
    if opts.overrides:
        source["overrides"] = dict(opts.overrides)
    if opts.config_file:
        source["config_override_file"] = Path(opts.config_file).name
    if opts.int8:
        from emlx.exporter.quantize import relative_l2_error

        source["quantization"] = {
            "kind": "int8-per-row",
            "keep_f32": list(opts.keep_f32),
            "rel_l2_error": {n: relative_l2_error(tensors[n], t.to_float32()) for n, t in weights.items() if t.dtype == "int8"},
        }
    training = dict(raw.meta) if raw.meta else {}

    bundle = Bundle(spec=spec, weights=weights, tokenizer=tok_block, training=training, source=source)
    return ExportResult(bundle=bundle, out=None, size=0, seconds=time.perf_counter() - t0, warnings=warnings,
                        notes=det.notes, source_tensors=tensors)


def _tokenizer_block(path: Path) -> tuple[dict[str, Any], list[str]]:
    import warnings as pywarnings

    from emlx.exporter.readers.tokenizer_pkl import read_tokenizer_pkl
    from emlx.exporter.tokenizer import build_tokenizer_block

    state = read_tokenizer_pkl(path)
    with pywarnings.catch_warnings(record=True) as caught:
        pywarnings.simplefilter("always")
        try:
            block = build_tokenizer_block(state)
        except ValueError as e:
            raise EmlxInputError(f"tokenizer {path.name}: {e}") from None
    return block, [str(w.message) for w in caught]


def export(ckpt: Path, out: Path, opts: ExportOptions, progress: Callable[[str], None] | None = None) -> ExportResult:
    from emlx.exporter.writers import write_json_bundle, write_safetensors_bundle, write_sharded_safetensors_bundle

    out = Path(out)
    if opts.shard_bytes is not None and out.suffix != ".safetensors":
        raise EmlxInputError(f"{out}: --shard-size writes sharded safetensors; name the output *.safetensors")
    if out.suffix not in OUTPUT_SUFFIXES:
        raise EmlxInputError(f"{out}: unknown output format {out.suffix or '(no suffix)'!r}; name the output *.json "
                             "(base64 JSON bundle), *.safetensors or *.onnx")
    if out.resolve() == Path(ckpt).resolve():
        raise EmlxInputError(f"{out}: the output would overwrite the input checkpoint; choose another path")
    t0 = time.perf_counter()
    res = build_bundle(ckpt, opts, progress)
    if progress:
        progress(f"writing {out.name}")
    if out.suffix == ".onnx":  # ONNX output (emlx/onnx); moves into the formats registry
        from emlx.onnx.io import write_onnx

        size = write_onnx(res.bundle, out)
    elif out.suffix == ".json":
        size = write_json_bundle(res.bundle, out)
    elif opts.shard_bytes is not None:
        out, size = write_sharded_safetensors_bundle(res.bundle, out, opts.shard_bytes)
    else:
        size = write_safetensors_bundle(res.bundle, out)
    res.out, res.size, res.seconds = out, size, time.perf_counter() - t0
    return res
