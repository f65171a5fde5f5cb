"""The config-driven release gate: `emlx gate` / `emlx parity` with no BUNDLE.

Reads ``emlx.toml`` (or ``[tool.emlx]`` in ``pyproject.toml``) from the working folder, exports what needs
exporting, builds sidecars, runs every configured ``runtime:backend`` and returns one ``ModelResult`` per model
for ``emlx.reports.write_reports``. Several bundles given on the command line go through the same loop
(``bundle_models``). A bad config is one ``EmlxInputError`` line naming the key; a model whose export, sidecars or
runtime fails is that model's ERROR in the reports while the others still run.

    [tool.emlx]              # or the top level of emlx.toml
    atol = 1e-4
    report_dir = "emlx-reports"
    [[tool.emlx.models]]
    name = "tiny"
    checkpoint = "ckpt/latest.npz"
    tokenizer = "ckpt/tokenizer.pkl"
    int8 = true
    runtimes = ["node:cpu", "chromium:wasm"]
    min_top1_agreement = 0.95
    max_kl_mean = 0.02
    sidecars = "ckpt/tiny.sidecars"   # committed sidecars to gate against (else built in the work folder)

Each model's report says where its sidecars came from: "gated against committed sidecars" or "sidecars rebuilt
(reason)" / "built"; ``--frozen`` (``GateConfig.frozen``) refuses to build or rebuild any: every model needs
committed ``sidecars`` that fit its bundle, else it is an ERROR saying why.
"""

from __future__ import annotations

import math
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from emlx.errors import EmlxInputError
from emlx.reports import Int8Thresholds, ModelResult, merge_parity
from emlx.reports.model import provenance_line
from emlx.shards import grouped_runtimes

Say = Callable[[str], None]

DEFAULT_REPORT_DIR = "emlx-reports"
TOP_KEYS = ("atol", "report_dir", "timeout", "models")
MODEL_KEYS = ("name", "checkpoint", "bundle", "tokenizer", "int8", "prompt", "ids", "tokens", "runtimes",
              "min_top1_agreement", "max_kl_mean", "sidecars")


@dataclass(frozen=True)
class ModelConfig:
    name: str
    checkpoint: Path | None = None
    bundle: Path | None = None
    tokenizer: Path | None = None
    int8: bool = False
    prompt: str | None = None
    ids: tuple[int, ...] | None = None
    tokens: int | None = None
    runtimes: tuple[tuple[str, str], ...] = (("node", "cpu"),)  # (runtime, backend) pairs, in order
    thresholds: Int8Thresholds | None = None
    sidecars: Path | None = None  # committed sidecars (gated as found; rebuilt there when stale, unless frozen)


@dataclass(frozen=True)
class GateConfig:
    label: str  # "emlx.toml" | "pyproject.toml [tool.emlx]" | "command line"
    root: Path  # relative paths in the config are relative to this folder
    atol: float = 1e-4
    report_dir: Path = Path(DEFAULT_REPORT_DIR)
    timeout: float = 900.0
    models: tuple[ModelConfig, ...] = field(default_factory=tuple)
    cache_dir: Path | None = None  # `emlx gate --cache DIR`: sidecars shared between shards (emlx.sidecarcache)
    frozen: bool = False  # `--frozen`: gate committed sidecars only, never build or rebuild any


# --------------------------------------------------------------------------------------------------
# reading and validating


def _toml_load(path: Path) -> dict[str, Any]:
    if sys.version_info < (3, 11):
        raise EmlxInputError(f"{path.name}: reading a config file needs Python >= 3.11 (tomllib); this is "
                             f"{sys.version.split()[0]}. Upgrade Python, or pass the bundles on the command line")
    import tomllib

    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise EmlxInputError(f"{path.name}: not valid TOML ({e})") from None
    except OSError as e:
        raise EmlxInputError(f"{path}: cannot read it ({e.strerror})") from None


def find_config(cwd: Path) -> tuple[str, dict[str, Any]]:
    """(label, table) of emlx.toml, else of [tool.emlx] in pyproject.toml, in ``cwd``."""
    toml = cwd / "emlx.toml"
    if toml.is_file():
        return "emlx.toml", _toml_load(toml)
    py = cwd / "pyproject.toml"
    if py.is_file():
        doc = _toml_load(py)
        tool = doc.get("tool")
        if isinstance(tool, dict) and "emlx" in tool:
            if not isinstance(tool["emlx"], dict):
                raise EmlxInputError("pyproject.toml: tool.emlx must be a table ([tool.emlx])")
            return "pyproject.toml [tool.emlx]", tool["emlx"]
    raise EmlxInputError(f"no BUNDLE given and no emlx.toml or [tool.emlx] in pyproject.toml in {cwd}; pass a bundle "
                         "(emlx parity model.json) or write an emlx.toml with [[models]] (see README 'Release gate')")


def _number(label: str, key: str, v: Any, positive: bool = True, upper: float | None = None) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        raise EmlxInputError(f"{label}: {key}: expected a number, got {v!r}")
    if positive and v <= 0:
        raise EmlxInputError(f"{label}: {key}: must be above 0, got {v!r}")
    if upper is not None and v > upper:
        raise EmlxInputError(f"{label}: {key}: must be at most {upper:g}, got {v!r}")
    return float(v)


def _path(label: str, key: str, v: Any, root: Path) -> Path:
    if not isinstance(v, str) or not v:
        raise EmlxInputError(f"{label}: {key}: expected a path string, got {v!r}")
    p = Path(v).expanduser()
    return p if p.is_absolute() else root / p


def parse_runtime(label: str, key: str, v: Any, fmt: str | None) -> list[tuple[str, str]]:
    """'runtime:backend' (or 'runtime', 'runtime:all') -> (runtime, backend) pairs, checked against the runner table."""
    from emlx import runners

    if not isinstance(v, str) or not v:
        raise EmlxInputError(f"{label}: {key}: expected \"runtime:backend\" such as \"node:wasm\", got {v!r}")
    rt, _, be = v.partition(":")
    try:
        runners.get(rt)
        return [(rt, b) for b in runners.resolve_backends(rt, be or "all", fmt)]
    except EmlxInputError as e:
        raise EmlxInputError(f"{label}: {key}: {v!r} — {e}") from None


def _model(label: str, i: int, doc: Any, root: Path) -> ModelConfig:
    from emlx import runners
    from emlx.formats import for_input

    where = f"{label}: models[{i}]"
    if not isinstance(doc, dict):
        raise EmlxInputError(f"{where}: expected a table ([[models]]), got {type(doc).__name__}")
    for k in doc:
        if k not in MODEL_KEYS:
            raise EmlxInputError(f"{where}.{k}: unknown key; a model takes {', '.join(MODEL_KEYS)}")
    has_ckpt, has_bundle = "checkpoint" in doc, "bundle" in doc
    if has_ckpt == has_bundle:
        raise EmlxInputError(f"{where}: give exactly one of checkpoint (exported by the gate) or bundle (an exported "
                             f"bundle), found {'both' if has_ckpt else 'neither'}")
    ckpt = _path(where, "checkpoint", doc["checkpoint"], root) if has_ckpt else None
    bundle = _path(where, "bundle", doc["bundle"], root) if has_bundle else None
    src = ckpt or bundle
    assert src is not None
    if "name" in doc:
        if not isinstance(doc["name"], str) or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}", doc["name"]):
            raise EmlxInputError(f"{where}.name: expected letters, digits, '-', '_', '.' (up to 100), got {doc['name']!r}")
        name = doc["name"]
    else:
        name = re.sub(r"[^A-Za-z0-9_.-]+", "-", src.name if src.is_dir() else src.stem).strip("-.") or f"model{i}"
    tok = _path(where, "tokenizer", doc["tokenizer"], root) if "tokenizer" in doc else None
    if tok is not None and bundle is not None:
        raise EmlxInputError(f"{where}.tokenizer: only for a checkpoint (a bundle carries its tokenizer)")
    int8 = doc.get("int8", False)
    if not isinstance(int8, bool):
        raise EmlxInputError(f"{where}.int8: expected true or false, got {int8!r}")
    if int8 and bundle is not None:
        raise EmlxInputError(f"{where}.int8: only for a checkpoint (the gate exports it int8); a bundle is gated as stored")
    prompt = doc.get("prompt")
    if prompt is not None and (not isinstance(prompt, str) or not prompt):
        raise EmlxInputError(f"{where}.prompt: expected a non-empty string, got {prompt!r}")
    ids = doc.get("ids")
    if ids is not None:
        if (not isinstance(ids, list) or not ids
                or not all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in ids)):
            raise EmlxInputError(f"{where}.ids: expected a non-empty list of token ids (integers >= 0), got {ids!r}")
        if prompt is not None:
            raise EmlxInputError(f"{where}: give prompt or ids, not both")
    tokens = doc.get("tokens")
    if tokens is not None and (isinstance(tokens, bool) or not isinstance(tokens, int) or not 1 <= tokens <= 4096):
        raise EmlxInputError(f"{where}.tokens: expected an integer in 1..4096, got {tokens!r}")
    fmt = "json" if bundle is None else (f.name if (f := for_input(bundle)) else None)
    # default: the node runtime on the first backend it offers for the bundle's format
    rts = doc.get("runtimes", [f"node:{runners.resolve_backends('node', None, fmt)[0]}"])
    if not isinstance(rts, list) or not rts:
        raise EmlxInputError(f"{where}.runtimes: expected a non-empty list like [\"node:cpu\", \"chromium:wasm\"], got {rts!r}")
    pairs: list[tuple[str, str]] = []
    for j, r in enumerate(rts):
        pairs += [p for p in parse_runtime(where, f"runtimes[{j}]", r, fmt) if p not in pairs]
    top1 = doc.get("min_top1_agreement")
    kl = doc.get("max_kl_mean")
    if top1 is not None:
        top1 = _number(where, "min_top1_agreement", top1, positive=False, upper=1.0)
    if kl is not None:
        kl = _number(where, "max_kl_mean", kl, positive=False)
    if (top1 is not None or kl is not None) and not int8 and bundle is None:
        raise EmlxInputError(f"{where}: min_top1_agreement / max_kl_mean gate int8 quality; set int8 = true")
    th = Int8Thresholds(top1, kl) if (top1 is not None or kl is not None) else None
    sidecars = _path(where, "sidecars", doc["sidecars"], root) if "sidecars" in doc else None
    if sidecars is not None and sidecars.exists() and not sidecars.is_dir():
        raise EmlxInputError(f"{where}.sidecars: {sidecars} is a file; expected the folder of committed sidecars "
                             "(what `emlx sidecars BUNDLE --out DIR` writes)")
    return ModelConfig(name=name, checkpoint=ckpt, bundle=bundle, tokenizer=tok, int8=int8, prompt=prompt,
                       ids=tuple(ids) if ids is not None else None, tokens=tokens, runtimes=tuple(pairs), thresholds=th,
                       sidecars=sidecars)


def parse_config(label: str, doc: Mapping[str, Any], root: Path) -> GateConfig:
    for k in doc:
        if k not in TOP_KEYS:
            raise EmlxInputError(f"{label}: {k}: unknown key; the top level takes {', '.join(TOP_KEYS)} "
                                 "(models as [[models]] tables)")
    atol = _number(label, "atol", doc["atol"]) if "atol" in doc else 1e-4
    timeout = _number(label, "timeout", doc["timeout"]) if "timeout" in doc else 900.0
    report_dir = _path(label, "report_dir", doc["report_dir"], root) if "report_dir" in doc else root / DEFAULT_REPORT_DIR
    models = doc.get("models")
    if not isinstance(models, list) or not models:
        raise EmlxInputError(f"{label}: models: expected one or more [[models]] tables, got {models!r}")
    parsed = [_model(label, i, m, root) for i, m in enumerate(models)]
    names = [m.name for m in parsed]
    for i, n in enumerate(names):
        if n in names[:i]:
            raise EmlxInputError(f"{label}: models[{i}].name: {n!r} is used twice; give each model its own name")
    return GateConfig(label=label, root=root, atol=atol, report_dir=report_dir, timeout=timeout, models=tuple(parsed))


def load_config(cwd: Path | None = None) -> GateConfig:
    root = Path(cwd) if cwd is not None else Path.cwd()
    label, doc = find_config(root)
    return parse_config(label, doc, root)


def bundle_models(bundles: Sequence[Path], runtime: str, backend: str | None, atol: float, timeout: float,
                  report_dir: Path) -> GateConfig:
    """Several bundles from the command line as a config: each under one runtime and its resolved backends."""
    from emlx import runners
    from emlx.formats import for_input

    models: list[ModelConfig] = []
    seen: set[str] = set()
    for b in bundles:
        fmt = for_input(b)
        pairs = tuple((runtime, be) for be in runners.resolve_backends(runtime, backend, fmt.name if fmt else None))
        name, k = re.sub(r"[^A-Za-z0-9_.-]+", "-", b.name).strip("-.") or "bundle", 2
        base = name
        while name in seen:
            name, k = f"{base}-{k}", k + 1
        seen.add(name)
        models.append(ModelConfig(name=name, bundle=b, runtimes=pairs))
    return GateConfig(label="command line", root=Path.cwd(), atol=atol, report_dir=report_dir, timeout=timeout,
                      models=tuple(models))


def restrict(cfg: GateConfig, runtime: str | None, backend: str | None) -> GateConfig:
    """Keep only the configured runs of ``runtime`` (and ``backend``); nothing left is an EmlxInputError."""
    if runtime is None and backend is None:
        return cfg
    models = []
    for m in cfg.models:
        pairs = tuple(p for p in m.runtimes if (runtime is None or p[0] == runtime)
                      and (backend is None or backend == "all" or p[1] in backend.split(",")))
        if pairs:
            models.append(ModelConfig(**{**m.__dict__, "runtimes": pairs}))
    if not models:
        want = "/".join(x for x in (runtime, backend) if x)
        raise EmlxInputError(f"{cfg.label}: no configured runtime matches {want}; the models list "
                             f"{', '.join(sorted({f'{r}:{b}' for m in cfg.models for r, b in m.runtimes}))}")
    return GateConfig(**{**cfg.__dict__, "models": tuple(models)})


# --------------------------------------------------------------------------------------------------
# running


def _error_run(runtime: str, backend: str, message: str) -> dict[str, Any]:
    return {"runtime": runtime, "backend": backend, "passed": False, "info": {}, "errors": [message], "gates": []}


def _work_dir(cfg: GateConfig, m: ModelConfig) -> Path:
    return cfg.report_dir / "work" / m.name


def run_model(cfg: GateConfig, m: ModelConfig, say: Say, job_extra: Mapping[str, Any] | None = None) -> ModelResult:
    """Export (if a checkpoint), sidecars, every runtime; failures become the model's or the run's ERROR."""
    from emlx.formats import load_bundle
    from emlx.exporter.export import ExportOptions, export
    from emlx.freemem import release_memory
    from emlx.verify.parity import ParityOptions, run_parity
    from emlx.verify.sidecars import DEFAULT_PROMPT, DEFAULT_TOKENS, SidecarOptions, build_sidecars

    timings: dict[str, float] = {}
    phase = "export" if m.checkpoint is not None else "load"
    work = _work_dir(cfg, m)
    try:
        t = time.perf_counter()
        if m.checkpoint is not None:
            work.mkdir(parents=True, exist_ok=True)
            bundle_path = work / ("model.int8.json" if m.int8 else "model.json")
            say(f"{m.name}: export {m.checkpoint.name} -> {bundle_path}")
            res = export(m.checkpoint, bundle_path, ExportOptions(int8=m.int8, tokenizer=m.tokenizer))
            bundle, size = res.bundle, res.size
            del res
            timings["export"] = time.perf_counter() - t
            say(f"{m.name}: exported ({size / 1e6:.2f} MB, {timings['export']:.1f} s)")
        else:
            assert m.bundle is not None
            bundle_path = m.bundle
            say(f"{m.name}: load {bundle_path}")
            bundle = load_bundle(bundle_path)
            timings["load"] = time.perf_counter() - t
        phase = "memory check"
        from emlx.formats import FALLBACK, for_input
        from emlx.verify.parity import check_memory

        fmt_name = (for_input(bundle_path) or FALLBACK).name
        for rt, be in m.runtimes:  # a model no configured runtime can hold is refused before its sidecars
            check_memory(bundle, 0, rt, (be,), fmt_name)
        phase = "sidecars"
        t = time.perf_counter()
        sc_dir = m.sidecars if m.sidecars is not None else work / "sidecars"
        sc_opts = SidecarOptions(
            prompt=m.prompt or DEFAULT_PROMPT, tokens=m.tokens or DEFAULT_TOKENS,
            prompt_ids=list(m.ids) if m.ids is not None else None, atol=cfg.atol, bundle_path=bundle_path,
            f32=m.checkpoint if (m.int8 and m.checkpoint is not None) else None)

        def sc_say(msg: str) -> None:
            say(f"{m.name}: sidecars: {msg}")

        def build() -> tuple[dict[str, Any] | None, list[str]]:
            res = build_sidecars(bundle, sc_dir, sc_opts, sc_say, prune=m.sidecars is not None)
            return res.int8, list(res.warnings)

        say(f"{m.name}: sidecars -> {sc_dir}")
        provenance, sc_int8, sc_warnings = _gate_sidecars(cfg, m, bundle, bundle_path, sc_dir, sc_opts, build, sc_say)
        timings["sidecars"] = time.perf_counter() - t
        say(f"{m.name}: sidecars done: {provenance_line(provenance)} ({timings['sidecars']:.1f} s)")
        family, weights_digest = bundle.spec.family, bundle.weights_sha256
        del bundle  # run_parity loads what it needs; the weights are not kept while the JS runs take their time
        release_memory()
    except Exception as e:  # noqa: BLE001 - any failure of this model is its ERROR; the other models still run
        if os.environ.get("EMLX_DEBUG") and not isinstance(e, EmlxInputError):
            raise
        msg = f"{phase} failed: {type(e).__name__ + ': ' if not isinstance(e, EmlxInputError) else ''}{e}"
        say(f"{m.name}: ERROR {msg}")
        return ModelResult(m.name, None, int8_thresholds=m.thresholds, timings=timings, error=msg)

    by_runtime = grouped_runtimes(m)  # the order emlx.shards.plan lists the runs in
    reports: list[Mapping[str, Any]] = []
    crashed: list[dict[str, Any]] = []
    t_all = time.perf_counter()
    for rt, backends in by_runtime.items():
        t = time.perf_counter()
        try:
            rep = run_parity(bundle_path, ParityOptions(sidecars=sc_dir, runtime=rt, backends=tuple(backends),
                                                        atol=cfg.atol, timeout=cfg.timeout, job_extra=job_extra,
                                                        frozen=cfg.frozen),
                             lambda msg: say(f"{m.name}: {msg}"))
        except Exception as e:  # noqa: BLE001 - a runtime that cannot run is this run's ERROR, not the gate's end
            if os.environ.get("EMLX_DEBUG") and not isinstance(e, EmlxInputError):
                raise
            msg = f"{rt}: {type(e).__name__ + ': ' if not isinstance(e, EmlxInputError) else ''}{e}"
            say(f"{m.name}: {rt} ERROR {msg}")
            crashed += [_error_run(rt, be, msg) for be in backends]
            continue
        d = rep.to_dict()
        reports.append(d)
        for run in d["runs"]:
            worst = [g["value"] for g in run["gates"] if "per_step_max_abs" in (g.get("data") or {}) and g["value"] is not None]
            verdict = "ERROR" if run["errors"] else ("PASS" if run["passed"] else "FAIL")
            say(f"{m.name}: {rt}/{run['backend']} {verdict}"
                + (f"  max|Δlogit| {max(worst):.3g}" if worst else "") + f"  ({time.perf_counter() - t:.1f} s)")
    timings["parity"] = time.perf_counter() - t_all
    if reports:
        merged = merge_parity(reports)
        assert merged is not None
        parity: dict[str, Any] = merged
    else:
        parity = {"bundle": str(bundle_path), "family": family, "weights_sha256": weights_digest,
                  "atol": cfg.atol, "passed": False, "seconds": 0.0, "warnings": [], "runs": []}
    if crashed:
        parity = {**parity, "runs": [*parity["runs"], *crashed], "passed": False}
    if reports and job_extra is None:  # the certificate next to the bundle (a fault-injected run certifies nothing)
        from emlx.verify.certify import certify

        try:
            cert = certify(bundle_path, parity, sc_dir, lambda msg: say(f"{m.name}: {msg}"))
        except Exception as e:  # noqa: BLE001 - the gate's verdicts stand without a certificate
            if os.environ.get("EMLX_DEBUG"):
                raise
            cert = None
            say(f"{m.name}: parity certificate not written: {type(e).__name__}: {e}")
        if cert is not None:
            say(f"{m.name}: parity certificate {cert}")
    parity = {**parity, "warnings": list(dict.fromkeys([*sc_warnings, *parity.get("warnings", [])])),
              "sidecars": provenance}  # the gate's decision (each run_parity saw them as already in place)
    return ModelResult(m.name, parity, int8=sc_int8, int8_thresholds=m.thresholds, timings=timings)


def _gate_sidecars(cfg: GateConfig, m: ModelConfig, bundle: Any, bundle_path: Path, sc_dir: Path, sc_opts: Any,
                   build: Callable[[], tuple[dict[str, Any] | None, list[str]]],
                   say: Say) -> tuple[dict[str, Any], dict[str, Any] | None, list[str]]:
    """The model's sidecars in ``sc_dir``: (provenance, int8 doc, warnings). Committed ones (``sidecars = "DIR"``)
    are gated as found when they fit the bundle, else rebuilt there (refused with ``--frozen``); without
    ``sidecars`` the gate builds them in its work folder (or restores them from ``--cache``)."""
    import json

    from emlx.verify.sidecar_files import sidecar_path
    from emlx.verify.sidecar_folder import folder_reason, frozen_refusal

    if m.sidecars is not None:
        reason = folder_reason(sc_dir, bundle)
        none_yet = not (sc_dir.is_dir() and any(p.suffix == ".json" for p in sc_dir.iterdir()))
        if reason is not None and none_yet:
            reason = "there were none"
        if reason is None:
            int8_path = sidecar_path(sc_dir, "int8")
            int8 = json.loads(int8_path.read_text(encoding="utf-8")) if int8_path.is_file() else None
            return {"folder": str(sc_dir), "status": "committed", "reason": None}, int8, []
        if cfg.frozen:
            raise frozen_refusal(sc_dir, bundle_path, f"the committed sidecars do not fit the bundle: {reason}")
        if none_yet:
            say(f"building the committed sidecars in {sc_dir}: there were none")
            int8, warnings = build()
            return {"folder": str(sc_dir), "status": "built", "reason": reason}, int8, warnings
        say(f"rebuilding the committed sidecars in {sc_dir}: {reason}")
        int8, warnings = build()
        return ({"folder": str(sc_dir), "status": "rebuilt", "reason": reason}, int8,
                [*warnings, f"rebuilt the committed sidecars in {sc_dir}: {reason}"])
    if cfg.cache_dir is not None:
        from emlx.sidecarcache import restore_or_build

        restored = restore_or_build(cfg.cache_dir, bundle, sc_dir, sc_opts, build, say)
        status = "restored" if restored.from_cache else "built"
        return ({"folder": str(sc_dir), "status": status, "reason": f"cache {cfg.cache_dir}" if restored.from_cache
                 else "the config names no committed sidecars"}, restored.int8, restored.warnings)
    int8, warnings = build()
    return {"folder": str(sc_dir), "status": "built", "reason": "the config names no committed sidecars"}, int8, warnings


def run_gate(cfg: GateConfig, say: Say | None = None, job_extra: Mapping[str, Any] | None = None) -> list[ModelResult]:
    if cfg.frozen:  # before anything runs: --frozen has nothing to gate for a model without committed sidecars
        bare = [m.name for m in cfg.models if m.sidecars is None]
        if bare:
            raise EmlxInputError(f"{cfg.label}: --frozen gates committed sidecars only, and model(s) "
                                 f"{', '.join(bare)} name none: give each sidecars = \"DIR\"")
    out = say or (lambda _m: None)
    return [run_model(cfg, m, out, job_extra) for m in cfg.models]
