"""`emlx parity`: open the bundle's sidecars (emlx.verify.sidecar_folder), run its harness on a runner
(emlx.runners: Node, Chromium or this process) with the files of those sidecars, and judge each result against them
with the shared gates, kind by kind (emlx.verify.kinds)."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from emlx import runners
from emlx.bundle import Bundle
from emlx.errors import EmlxInputError
from emlx.formats import FALLBACK, for_input, load_bundle
from emlx.freemem import release_memory
from emlx.verify.gates import DEFAULT_ATOL, NOTHING, GateResult
from emlx.verify.kinds import KINDS
from emlx.verify.plan import SidecarOptions, default_longest_pass
from emlx.verify.sidecar_folder import open_sidecars


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
    sidecars: dict[str, Any] | None = None  # provenance: {"folder", "status": committed|rebuilt|built, "reason"}

    @property
    def passed(self) -> bool:
        return bool(self.runs) and all(r.passed for r in self.runs)

    def to_dict(self) -> dict[str, Any]:
        return {"bundle": self.bundle, "family": self.family, "weights_sha256": self.weights_sha256,
                "atol": self.atol, "passed": self.passed, "seconds": round(self.seconds, 3),
                "warnings": self.warnings, "sidecars": self.sidecars, "runs": [r.to_dict() for r in self.runs]}


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


@dataclass
class ParityOptions:
    sidecars: Path | None = None
    runtime: str = "node"  # a runtime of emlx.runners.RUNNERS
    backends: tuple[str, ...] = ("cpu",)
    atol: float = DEFAULT_ATOL
    timeout: float = 900.0
    sidecar_options: SidecarOptions | None = None
    job_extra: Mapping[str, Any] | None = None  # e.g. test-only fault injection
    frozen: bool = False  # gate the sidecars as found; never build or rebuild them (--frozen)


def check_memory(bundle: Bundle, tokens: int, runtime: str, backends: Sequence[str], fmt: str) -> None:
    """Refuse before any runtime starts a model the wasm heap cannot hold (emlx.runners.memory), with the sum;
    ``tokens``: the longest pass (0: the sidecars `emlx sidecars` would make by default)."""
    from emlx.runners.memory import check_wasm_fits, heap_dtypes

    if "wasm" not in backends or not runners.get(runtime).harness_for(fmt).wasm_heap:
        return
    shapes = {k: t.shape for k, t in bundle.weights.items()}
    dtypes = heap_dtypes(bundle.weights)
    check_wasm_fits(f"{runtime}/wasm", bundle.spec, shapes, dtypes, tokens or default_longest_pass(bundle.spec))


def run_parity(bundle_path: Path, opts: ParityOptions, progress: Callable[[str], None] | None = None) -> ParityReport:
    t0 = time.perf_counter()
    say = progress or (lambda _m: None)
    bundle_path = Path(bundle_path)
    runner = runners.get(opts.runtime)
    fmt = (for_input(bundle_path) or FALLBACK).name
    if fmt not in runner.bundle_formats:
        raise EmlxInputError(f"{bundle_path}: the {opts.runtime} runtime cannot load {fmt} bundles "
                             f"(it loads {', '.join(runner.bundle_formats)})")
    bundle = load_bundle(bundle_path)
    # a model the backend cannot hold is refused before the sidecars are built (minutes at this size)
    check_memory(bundle, 0, opts.runtime, opts.backends, fmt)
    sidecars = open_sidecars(bundle_path, bundle, opts.sidecars, opts.sidecar_options, say, frozen=opts.frozen)
    report = ParityReport(bundle=str(bundle_path), family=bundle.spec.family, weights_sha256=bundle.weights_sha256,
                          atol=opts.atol, warnings=list(sidecars.warnings), sidecars=dict(sidecars.provenance))
    check_memory(bundle, sidecars.longest_pass, opts.runtime, opts.backends, fmt)
    # The JS child loads the bundle and the sidecars itself. While it runs (many minutes for the largest models)
    # this process keeps only what it took from them above: the weights (a JSON bundle's decoded arrays, a sidecar
    # build's reference) and the parsed sidecars go now, and the sidecars are read again to judge the results.
    del bundle
    sidecars.release()
    release_memory()
    if runner.browser:  # one session runs every backend; the node runner reports each backend itself
        say(f"{opts.runtime}: {', '.join(opts.backends)}")
    results = runner.run(bundle_path, sidecars.files, opts.backends,
                         runners.RunOptions(timeout=opts.timeout, job_extra=opts.job_extra, progress=say))
    if len(results) != len(opts.backends):
        raise RuntimeError(f"runner {opts.runtime} returned {len(results)} results for {len(opts.backends)} backends")
    docs = sidecars.reload()
    for backend, result in zip(opts.backends, results):
        report.runs.append(run_report(opts.runtime, backend, result, docs, opts.atol, sidecars.gates))
    report.seconds = time.perf_counter() - t0
    return report
