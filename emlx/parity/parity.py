"""`emlx parity`: run the JS port (Node or a browser) against the sidecars and judge it with the shared gates."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

from emlx import runners
from emlx.bundle import Bundle, load_bundle
from emlx.errors import EmlxInputError
from emlx.formats import FALLBACK, for_input
from emlx.parity.gates import DEFAULT_ATOL, GateResult
from emlx.parity.kinds import KINDS, run_kinds
from emlx.parity.sidecars import SidecarOptions, build_sidecars, default_dir, load_sidecar


@dataclass
class RunReport:
    runtime: str  # "node" | "chromium"
    backend: str
    gates: list[GateResult] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)  # versions, renderer, timings
    errors: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.errors and all(g.passed for g in self.gates)

    @property
    def name(self) -> str:
        return f"{self.runtime}/{self.backend}"

    def to_dict(self) -> dict[str, Any]:
        return {"runtime": self.runtime, "backend": self.backend, "passed": self.passed, "info": self.info,
                "errors": self.errors, "gates": [g.to_dict() for g in self.gates]}


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


def ensure_sidecars(bundle_path: Path, bundle: Bundle, sidecar_dir: Path | None, sc_opts: SidecarOptions | None,
                    progress: Callable[[str], None] | None = None) -> tuple[Path, dict[str, dict[str, Any]], list[str]]:
    """Load the run sidecars, generating missing ones (only into the default folder, never over user files)."""
    warnings: list[str] = []
    d = Path(sidecar_dir) if sidecar_dir else default_dir(bundle_path)
    needed = run_kinds(bundle)
    missing = [k for k in needed if not (d / f"{k}.json").is_file()]
    if missing:
        if sidecar_dir is not None and any((d / f"{k}.json").is_file() for k in needed):
            raise EmlxInputError(f"{d}: sidecars {', '.join(missing)} missing; regenerate with `emlx sidecars {bundle_path} --out {d}`")
        if progress:
            progress(f"generating sidecars into {d}")
        res = build_sidecars(bundle, d, sc_opts or SidecarOptions(bundle_path=bundle_path), progress)
        warnings += res.warnings
    docs = {k: load_sidecar(d / f"{k}.json", k, bundle.weights_sha256) for k in needed}
    cfg = bundle.spec.to_dict()
    for k, doc in docs.items():
        if "config" in doc and doc["config"] != cfg:
            diff = sorted(key for key in cfg if cfg.get(key) != doc["config"].get(key))
            warnings.append(f"{k}.json was made for the same weights under another config (differs in {', '.join(diff)})")
            break
    return d, docs, warnings


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
               atol: float) -> RunReport:
    info = {k: result.get(k) for k in ("tfjs_version", "runtime", "load_ms", "backend", "renderer", "browser",
                                       "timings_ms") if result.get(k) is not None}
    errs = [str(e) for e in (result.get("errors") or [])]
    rep = RunReport(runtime=runtime, backend=backend, info=info, errors=errs)
    if result.get("backend") and result.get("backend") != backend:
        rep.errors.append(f"asked for backend {backend!r}, the harness ran on {result.get('backend')!r}")
    rep.gates = judge(result, docs, atol)
    return rep


def dump_json(path: Path, report: ParityReport) -> None:
    from emlx.atomic import write_bytes_atomic

    write_bytes_atomic(Path(path), json.dumps(report.to_dict(), indent=2, sort_keys=True).encode())



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
    sc_dir, docs, warnings = ensure_sidecars(bundle_path, bundle, opts.sidecars, opts.sidecar_options, say)
    report = ParityReport(bundle=str(bundle_path), family=bundle.spec.family, weights_sha256=bundle.weights_sha256,
                          atol=opts.atol, warnings=warnings)
    if runner.browser:  # one session runs every backend; the node runner reports each backend itself
        say(f"{opts.runtime}: {', '.join(opts.backends)}")
    results = runner.run(bundle_path, sc_dir, list(docs), opts.backends,
                         runners.RunOptions(timeout=opts.timeout, job_extra=opts.job_extra, progress=say))
    if len(results) != len(opts.backends):
        raise RuntimeError(f"runner {opts.runtime} returned {len(results)} results for {len(opts.backends)} backends")
    for backend, result in zip(opts.backends, results):
        report.runs.append(run_report(opts.runtime, backend, result, docs, opts.atol))
    report.seconds = time.perf_counter() - t0
    return report
