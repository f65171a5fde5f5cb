"""`emlx parity`: run the JS port (Node or a browser) against the sidecars and judge it with the shared gates."""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from emlx import runners
from emlx.bundle import Bundle
from emlx.formats import load_bundle
from emlx.errors import EmlxInputError
from emlx.formats import FALLBACK, for_input
from emlx.freemem import release_memory
from emlx.verify.gates import DEFAULT_ATOL, NOTHING, GateResult
from emlx.verify.kinds import KINDS, run_kinds
from emlx.verify.sidecars import SidecarOptions, build_sidecars, bundle_identity, default_dir, load_sidecar

INCOMPLETE = "stale or incomplete sidecars"


@dataclass
class RunReport:
    runtime: str  # "node" | "chromium"
    backend: str
    gates: list[GateResult] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)  # versions, renderer, timings
    errors: list[str] = field(default_factory=list)
    fatal: dict[str, Any] | None = None  # the runtime ran out of memory or aborted: {phase, kind, message, memory}

    @property
    def passed(self) -> bool:
        return bool(self.gates) and not self.errors and all(g.passed for g in self.gates)  # no gates: not a pass

    @property
    def name(self) -> str:
        return f"{self.runtime}/{self.backend}"

    def to_dict(self) -> dict[str, Any]:
        return {"runtime": self.runtime, "backend": self.backend, "passed": self.passed, "info": self.info,
                "errors": self.errors, "fatal": self.fatal, "gates": [g.to_dict() for g in self.gates]}


@dataclass
class ParityReport:
    bundle: str
    family: str
    weights_sha256: str
    atol: float
    runs: list[RunReport] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return bool(self.runs) and all(r.passed for r in self.runs)

    def to_dict(self) -> dict[str, Any]:
        return {"bundle": self.bundle, "family": self.family, "weights_sha256": self.weights_sha256,
                "atol": self.atol, "passed": self.passed, "seconds": round(self.seconds, 3),
                "warnings": self.warnings, "runs": [r.to_dict() for r in self.runs]}


# --------------------------------------------------------------------------------------------------
# sidecars


def coverage_problems(bundle: Bundle, docs: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """What the sidecars lack against the bundle's spec, one ``<kind>.json: <what>`` per problem (empty = enough)."""
    return [f"{k}.json: {what}" for k, doc in docs.items() for what in KINDS[k].requires(bundle, doc)]


def _identity_mismatch(bundle: Bundle, docs: Mapping[str, Mapping[str, Any]]) -> bool:
    mine = bundle_identity(bundle)
    return any(doc.get("bundle_identity") != mine for doc in docs.values())


def _load_all(d: Path, bundle: Bundle, needed: list[str]) -> dict[str, dict[str, Any]]:
    return {k: load_sidecar(d / f"{k}.json", k, bundle.weights_sha256) for k in needed}


def _default_folder_reason(d: Path, bundle: Bundle, needed: list[str]) -> str | None:
    """Why the default sidecar folder must be (re)built, or None when its sidecars fit the bundle."""
    missing = [k for k in needed if not (d / f"{k}.json").is_file()]
    if missing:
        return f"{', '.join(missing)} missing"
    try:
        docs = _load_all(d, bundle, needed)
    except EmlxInputError as e:
        return str(e).split(": ", 1)[-1].split(";")[0]
    problems = coverage_problems(bundle, docs)
    if problems:
        return f"incomplete ({problems[0]})"
    if _identity_mismatch(bundle, docs) or (not bundle.tokenizer and (d / "tokenizer.json").is_file()):
        return "made for another config or tokenizer of these weights"
    return None


def _previous_options(path: Path, bundle: Bundle, opts: SidecarOptions) -> SidecarOptions:
    """Regenerating the default folder keeps the prompt, BOS choice and step count of the forward.json it replaces
    (and its prompt ids when the bundle has no tokenizer to encode the prompt with)."""
    from dataclasses import replace

    try:
        old = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return opts
    if not isinstance(old, dict):
        return opts
    changes: dict[str, Any] = {}
    if isinstance(old.get("prompt"), str) and old["prompt"]:
        changes["prompt"] = old["prompt"]
    if isinstance(old.get("bos"), bool):
        changes["bos"] = old["bos"]
    if isinstance(old.get("steps"), int) and 1 <= old["steps"] <= 4096:
        changes["tokens"] = old["steps"]
    ids = old.get("prompt_ids")
    if (not bundle.tokenizer and isinstance(ids, list) and ids
            and all(isinstance(i, int) and 0 <= i < bundle.spec.vocab_size for i in ids)):
        changes["prompt_ids"] = ids
    return replace(opts, **changes)


def ensure_sidecars(bundle_path: Path, bundle: Bundle, sidecar_dir: Path | None, sc_opts: SidecarOptions | None,
                    progress: Callable[[str], None] | None = None) -> tuple[Path, dict[str, dict[str, Any]], list[str]]:
    """Load the run sidecars and check they cover what the bundle's spec needs.

    The default folder (``<bundle stem>.sidecars``) follows its bundle: missing, stale or incomplete sidecars there
    are (re)generated. An explicit folder is never written over: stale sidecars are refused (exit 2), and so are
    sidecars below the spec's requirements ("stale or incomplete sidecars: ..."), before any runtime starts.
    """
    say = progress or (lambda _m: None)
    warnings: list[str] = []
    d = Path(sidecar_dir) if sidecar_dir else default_dir(bundle_path)
    needed = run_kinds(bundle)
    opts = sc_opts or SidecarOptions(bundle_path=bundle_path)
    if sidecar_dir is None:
        reason = _default_folder_reason(d, bundle, needed)
        if reason is not None:
            if sc_opts is None:
                opts = _previous_options(d / "forward.json", bundle, opts)
            fresh = not any((d / f"{k}.json").is_file() for k in KINDS)
            if fresh:
                say(f"generating sidecars into {d}")
            else:  # said in the progress line and kept in the report, so a CI log shows it too
                say(f"regenerating sidecars in {d}: {reason}")
                warnings.append(f"regenerated the sidecars in {d} (the default folder follows its bundle): {reason}")
            res = build_sidecars(bundle, d, opts, progress)
            warnings += res.warnings
            for k in KINDS:  # the folder follows its bundle: no sidecar of an earlier export stays behind
                if k not in res.files and (d / f"{k}.json").is_file():
                    (d / f"{k}.json").unlink()
    else:
        missing = [k for k in needed if not (d / f"{k}.json").is_file()]
        if missing:
            if any((d / f"{k}.json").is_file() for k in needed):
                raise EmlxInputError(f"{d}: sidecars {', '.join(missing)} missing; "
                                     f"regenerate with `emlx sidecars {bundle_path} --out {d}`")
            say(f"generating sidecars into {d}")
            res = build_sidecars(bundle, d, opts, progress)
            warnings += res.warnings
    docs = _load_all(d, bundle, needed)
    problems = coverage_problems(bundle, docs)
    if problems:
        raise EmlxInputError(f"{INCOMPLETE}: {'; '.join(problems)} (in {d}); "
                             f"regenerate with `emlx sidecars {bundle_path} --out {d}`")
    return d, docs, warnings


def orphan_tokenizer(d: Path, bundle: Bundle) -> dict[str, Any] | None:
    """tokenizer.json of these weights in a folder whose bundle has no tokenizer (set to null after the sidecars
    were made): its cases cannot be run, which is a failing gate, not a skipped one."""
    p = Path(d) / "tokenizer.json"
    if bundle.tokenizer or not p.is_file():
        return None
    return load_sidecar(p, "tokenizer", bundle.weights_sha256)


def _diff_keys(a: Any, b: Any, prefix: str = "") -> list[str]:
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        out: list[str] = []
        for k in sorted(set(a) | set(b), key=str):
            out += _diff_keys(a.get(k), b.get(k), f"{prefix}{k}.")
        return out
    return [] if a == b else [prefix.rstrip(".") or "config"]


def identity_gate(bundle: Bundle, docs: Mapping[str, Mapping[str, Any]]) -> GateResult:
    """Same weights (checked on load), and the same config and tokenizer block as the sidecars were made for? A
    mismatch is a failing gate, not a refusal, so the numeric gates still show where the port diverges."""
    mine = bundle_identity(bundle)
    problems: list[str] = []

    def ident(doc: Mapping[str, Any]) -> Mapping[str, Any]:
        v = doc.get("bundle_identity")
        return v if isinstance(v, Mapping) else {}

    other_cfg = [doc for doc in docs.values() if ident(doc).get("config_sha256") != mine["config_sha256"]]
    if other_cfg:
        made = other_cfg[0].get("config")
        keys = (_diff_keys(bundle.spec.to_dict(), made) if isinstance(made, Mapping) else []) or ["config"]
        problems.append(f"sidecars made for the same weights under another config (differs in {', '.join(keys)})")
    theirs = {str(ident(doc).get("tokenizer_sha256")) for doc in docs.values()}
    theirs.discard(str(mine["tokenizer_sha256"]))
    if theirs:
        other = sorted(theirs)[0]
        if mine["tokenizer_sha256"] is None:
            problems.append(f"the bundle has no tokenizer (its block is null) but the sidecars were made with one "
                            f"(sha256 {other[:12]}…)")
        elif other == "None":
            problems.append(f"the bundle has a tokenizer (sha256 {mine['tokenizer_sha256'][:12]}…) but the sidecars "
                            "were made without one")
        else:
            problems.append(f"the tokenizer block differs (bundle sha256 {mine['tokenizer_sha256'][:12]}…, sidecars "
                            f"{other[:12]}…)")
    if not docs:
        return GateResult("identity", False, None, None, f"{NOTHING}: no sidecars")
    if problems:
        return GateResult("identity", False, float(len(problems)), 0, "; ".join(problems),
                          {"bundle": mine, "sidecars": {k: ident(doc) for k, doc in docs.items()}})
    return GateResult("identity", True, 0.0, 0, "sidecars made for this bundle (weights, config, tokenizer)",
                      {"bundle": mine})


def setup_gates(bundle: Bundle, sc_dir: Path, docs: Mapping[str, Mapping[str, Any]]) -> list[GateResult]:
    """Gates decided before any runtime: the identity of the sidecars, and a tokenizer.json the bundle cannot run."""
    orphan = orphan_tokenizer(sc_dir, bundle)
    gates = [identity_gate(bundle, {**docs, **({"tokenizer": orphan} if orphan else {})})]
    if orphan is not None:
        n = len(orphan.get("cases") or [])
        gates.append(GateResult("tokenizer", False, None, 0, f"{NOTHING}: the bundle has no tokenizer, but "
                                f"tokenizer.json has {n} cases; re-export with --tokenizer or regenerate the sidecars"))
    return gates


# --------------------------------------------------------------------------------------------------
# judging a harness result


def judge(result: Mapping[str, Any], docs: Mapping[str, Mapping[str, Any]], atol: float) -> list[GateResult]:
    gates: list[GateResult] = []

    def guard(name: str, fn: Callable[[], list[GateResult]]) -> None:
        try:
            gates.extend(fn())
        except (EmlxInputError, KeyError, TypeError, ValueError) as e:
            gates.append(GateResult(name, False, None, None, f"harness result unusable: {type(e).__name__}: {e}"))

    for name, kind in KINDS.items():
        judge_kind = kind.judge
        if name in docs and judge_kind is not None:
            doc = docs[name]
            if result.get(name) is None:  # the sidecar asked for it; the run produced nothing (it errored)
                gates.extend(GateResult(g, False, None, None, f"{NOTHING}: the run produced no {name} result "
                                        "(see the run's errors)") for g in kind.gates or (name,))
                continue
            guard(name, lambda: judge_kind(result, doc, atol))  # noqa: B023 - called before the next iteration
    mem = (result.get("memory") or {}).get("num_tensors") or []
    if mem:
        steady = [int(x) for x in mem[1:]] or [int(mem[0])]
        growth = max(steady) - min(steady)
        gates.append(GateResult("memory", growth == 0, float(growth), 0.0,
                                f"tf.memory().numTensors {min(steady)}..{max(steady)} over {len(mem)} cached steps",
                                {"num_tensors": [int(x) for x in mem]}))
    return gates


def run_report(runtime: str, backend: str, result: Mapping[str, Any], docs: Mapping[str, Mapping[str, Any]],
               atol: float, pre: list[GateResult] | None = None) -> RunReport:
    """``pre``: gates decided before the run (identity), listed first."""
    info = {k: result.get(k) for k in ("tfjs_version", "ort_version", "format", "execution_provider", "runtime",
                                       "load_ms", "backend", "renderer", "browser", "webgpu", "session",
                                       "timings_ms", "port") if result.get(k) is not None}
    errs = [str(e) for e in (result.get("errors") or [])]
    rep = RunReport(runtime=runtime, backend=backend, info=info, errors=errs)
    if result.get("backend") and result.get("backend") != backend:
        rep.errors.append(f"asked for backend {backend!r}, the harness ran on {result.get('backend')!r}")
    fatal = result.get("fatal")
    if isinstance(fatal, Mapping):
        # an out-of-memory or abort is the run's ERROR: the kinds that never ran are not "nothing compared" FAILs,
        # and no numeric gate is judged on what a dying runtime produced
        rep.fatal = dict(fatal)
        docs = {k: d for k, d in docs.items() if result.get(k) is not None}
    rep.gates = [*(pre or []), *judge(result, docs, atol)]
    return rep


def fatal_line(run: Mapping[str, Any], bundle: str = "") -> str:
    """One line for a run whose runtime ran out of memory or aborted: the phase, the backend, the memory it had,
    what to try."""
    f = run.get("fatal") or {}
    mem = f.get("memory") or {}
    had = []
    if isinstance(mem.get("wasm_heap_bytes"), (int, float)):
        had.append(f"wasm heap {mem['wasm_heap_bytes'] / 2**20:.0f} MiB of {mem.get('wasm_heap_limit', 2**32) / 2**20:.0f} MiB")
    if isinstance(mem.get("tf_bytes"), (int, float)):
        had.append(f"TF.js tensors {mem['tf_bytes'] / 2**20:.0f} MiB")
    if isinstance(mem.get("rss_bytes"), (int, float)):
        had.append(f"process RSS {mem['rss_bytes'] / 2**20:.0f} MiB")
    what = "ran out of memory" if f.get("kind") == "out-of-memory" else "aborted"
    hint = ("export --int8 (int8 weights stay int8 on wasm) or gate fewer --tokens"
            if f.get("kind") == "out-of-memory" else "rerun with EMLX_DEBUG=1 and report the message")
    where = f"{run.get('runtime')}/{run.get('backend')}"
    return (f"{bundle + ': ' if bundle else ''}{where} {what} during {f.get('phase')}"
            f"{' (' + ', '.join(had) + ')' if had else ''}: {f.get('message')}; {hint}")


def _strict(obj: Any) -> Any:
    """Non-finite floats as the strings "inf" / "-inf" / "nan" (the convention of report.json)."""
    if isinstance(obj, float) and not math.isfinite(obj):
        return "nan" if math.isnan(obj) else ("inf" if obj > 0 else "-inf")
    if isinstance(obj, dict):
        return {k: _strict(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_strict(v) for v in obj]
    return obj


def dump_json(path: Path, report: ParityReport) -> None:
    from emlx.atomic import write_bytes_atomic

    from emlx.jsonsafe import dumps

    doc = _strict(report.to_dict())  # an infinite |Δ| is written as "inf" (as in report.json), never as Infinity
    write_bytes_atomic(Path(path), dumps(doc, "parity report", indent=2, sort_keys=True).encode())



# --------------------------------------------------------------------------------------------------
# orchestration


def _stamps(d: Path, kinds: list[str]) -> dict[str, tuple[int, int]]:
    out = {}
    for k in kinds:
        try:
            st = (Path(d) / f"{k}.json").stat()
            out[k] = (st.st_size, st.st_mtime_ns)
        except OSError:
            out[k] = (-1, -1)
    return out


def _reload(d: Path, kinds: list[str], weights_sha256: str, stamps: Mapping[str, tuple[int, int]]) -> dict[str, dict[str, Any]]:
    """The sidecars checked before the run, read again to judge it; refused if one changed in between."""
    if _stamps(d, kinds) != dict(stamps):
        raise EmlxInputError(f"{d}: sidecars changed while the runtime ran; run `emlx parity` again")
    return {k: load_sidecar(Path(d) / f"{k}.json", k, weights_sha256) for k in kinds}


@dataclass
class ParityOptions:
    sidecars: Path | None = None
    runtime: str = "node"  # a runtime of emlx.runners.RUNNERS
    backends: tuple[str, ...] = ("cpu",)
    atol: float = DEFAULT_ATOL
    timeout: float = 900.0
    sidecar_options: SidecarOptions | None = None
    job_extra: Mapping[str, Any] | None = None  # e.g. test-only fault injection


def longest_pass(docs: Mapping[str, Mapping[str, Any]], spec: Any) -> int:
    """Tokens of the longest pass a harness runs for these sidecars (the layers/kvcache sequence); without sidecars,
    the sequence `emlx sidecars` would make for the spec (the default prompt's few tokens + 40 greedy steps)."""
    from emlx.verify.sidecars import DEFAULT_TOKENS, long_sequence

    lengths = [len(d.get("ids") or []) for d in docs.values() if isinstance(d.get("ids"), list)]
    if lengths:
        return max(lengths)
    return max(8 + DEFAULT_TOKENS, len(long_sequence(spec, [0] * (8 + DEFAULT_TOKENS), 8)))


def check_memory(bundle: Bundle, docs: Mapping[str, Mapping[str, Any]], runtime: str, backends: Sequence[str],
                 fmt: str) -> None:
    """Refuse before any runtime starts a model the wasm heap cannot hold (emlx.runners.memory), with the sum."""
    from emlx.runners.memory import check_wasm_fits

    if fmt == "onnx" or runtime not in ("node", "chromium") or "wasm" not in backends:
        return
    shapes = {k: t.shape for k, t in bundle.weights.items()}
    dtypes = {k: t.dtype for k, t in bundle.weights.items()}
    check_wasm_fits(f"{runtime}/wasm", bundle.spec, shapes, dtypes, longest_pass(docs, bundle.spec))


def run_parity(bundle_path: Path, opts: ParityOptions, progress: Callable[[str], None] | None = None) -> ParityReport:
    t0 = time.perf_counter()
    say = progress or (lambda _m: None)
    bundle_path = Path(bundle_path)
    runner = runners.get(opts.runtime)
    fmt = for_input(bundle_path) or FALLBACK
    if fmt.name not in runner.bundle_formats:
        raise EmlxInputError(f"{bundle_path}: the {opts.runtime} runtime cannot load {fmt.name} bundles "
                             f"(it loads {', '.join(runner.bundle_formats)})")
    bundle = load_bundle(bundle_path)
    # a model the backend cannot hold is refused before the sidecars are built (minutes at this size)
    check_memory(bundle, {}, opts.runtime, opts.backends, fmt.name)
    sc_dir, docs, warnings = ensure_sidecars(bundle_path, bundle, opts.sidecars, opts.sidecar_options, say)
    report = ParityReport(bundle=str(bundle_path), family=bundle.spec.family, weights_sha256=bundle.weights_sha256,
                          atol=opts.atol, warnings=warnings)
    pre = setup_gates(bundle, sc_dir, docs)
    check_memory(bundle, docs, opts.runtime, opts.backends, fmt.name)
    # The JS child loads the bundle and the sidecars itself. While it runs (many minutes for the largest models)
    # this process keeps only what it took from them above: the weights (a JSON bundle's decoded arrays, a sidecar
    # build's reference) and the parsed sidecars go now, and the sidecars are read again to judge the results.
    kinds = list(docs)
    stamps = _stamps(sc_dir, kinds)
    del bundle, docs
    release_memory()
    if runner.browser:  # one session runs every backend; the node runner reports each backend itself
        say(f"{opts.runtime}: {', '.join(opts.backends)}")
    results = runner.run(bundle_path, sc_dir, kinds, opts.backends,
                         runners.RunOptions(timeout=opts.timeout, job_extra=opts.job_extra, progress=say))
    if len(results) != len(opts.backends):
        raise RuntimeError(f"runner {opts.runtime} returned {len(results)} results for {len(opts.backends)} backends")
    docs = _reload(sc_dir, kinds, report.weights_sha256, stamps)
    for backend, result in zip(opts.backends, results):
        report.runs.append(run_report(opts.runtime, backend, result, docs, opts.atol, pre))
    report.seconds = time.perf_counter() - t0
    return report
