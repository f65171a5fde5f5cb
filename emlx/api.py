"""The Python API: `emlx.export`, `emlx.sidecars`, `emlx.parity` — the three CLI steps as functions returning
report objects (`.passed`, the numbers, `.to_dict()`). Thin wrappers over emlx.exporter.export.export,
emlx.verify.sidecars.build_sidecars and emlx.verify.parity.run_parity; bad input raises
emlx.errors.EmlxInputError (what the CLI prints as its one-line error).

    import emlx
    exp = emlx.export("ckpt.npz", "site/model.json", int8=True, tokenizer="tokenizer.pkl")
    sc = emlx.sidecars(exp.out, f32="ckpt.npz")
    rep = emlx.parity(exp.out, runtime="chromium", backends="all")
    print(rep.passed, rep.max_abs_logit, sc.int8_top1_agreement)
    rep.write_reports("reports", int8=sc.int8)

    gate = emlx.gate()            # the release gate of ./emlx.toml or [tool.emlx]: every model, four reports
    print(gate.passed, [(m.name, m.verdict) for m in gate.models], gate.files.html)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Sequence

if TYPE_CHECKING:
    from emlx.verify.gates import GateResult
    from emlx.reports import ModelResult
    from emlx.verify.parity import ParityReport
    from emlx.reports import Int8Thresholds, ReportFiles

PathLike = str | os.PathLike[str]
Progress = Callable[[str], None] | None



@dataclass
class ExportReport:
    """What `emlx.export` wrote. passed: the bundle was written (failures raise EmlxInputError instead)."""

    out: Path
    family: str
    bytes: int
    seconds: float
    int8: bool
    weights_sha256: str
    warnings: list[str] = field(default_factory=list)
    passed: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"out": str(self.out), "family": self.family, "bytes": self.bytes, "seconds": round(self.seconds, 3),
                "int8": self.int8, "weights_sha256": self.weights_sha256, "warnings": self.warnings,
                "passed": self.passed}


@dataclass
class SidecarsReport:
    """What `emlx.sidecars` wrote; passed: every --truth comparison passed (True when no truth was given)."""

    out_dir: Path
    files: dict[str, Path]
    truth: list[GateResult]
    int8: dict[str, Any] | None
    warnings: list[str]
    seconds: float

    @property
    def passed(self) -> bool:
        return all(g.passed for g in self.truth)

    @property
    def int8_top1_agreement(self) -> float | None:
        return None if self.int8 is None else float(self.int8["top1_agreement"])

    @property
    def int8_kl_mean(self) -> float | None:
        return None if self.int8 is None else float(self.int8["kl"]["mean"])

    def to_dict(self) -> dict[str, Any]:
        i8 = None if self.int8 is None else {k: self.int8[k] for k in ("top1_agreement", "kl", "max_abs_logit_diff")}
        return {"out_dir": str(self.out_dir), "files": {k: str(v) for k, v in self.files.items()},
                "truth": [g.to_dict() for g in self.truth], "int8": i8, "warnings": self.warnings,
                "seconds": round(self.seconds, 3), "passed": self.passed}


@dataclass
class ParityResult:
    """What `emlx.parity` measured: the ParityReport plus the headline numbers."""

    report: ParityReport

    @property
    def passed(self) -> bool:
        return self.report.passed

    @property
    def runs(self) -> dict[str, dict[str, Any]]:
        """Per "runtime/backend": passed, worst max|Δlogit| over the logits gates, greedy flips, errors."""
        out: dict[str, dict[str, Any]] = {}
        for r in self.report.runs:
            logits = [g.value for g in r.gates if "per_step_max_abs" in g.data and g.value is not None]
            flips = [g.value for g in r.gates if g.name.endswith(".greedy") and g.value is not None]
            out[r.name] = {"passed": r.passed, "max_abs_logit": max(logits) if logits else None,
                           "greedy_flips": int(sum(flips)), "errors": list(r.errors)}
        return out

    @property
    def max_abs_logit(self) -> float | None:
        vals = [v["max_abs_logit"] for v in self.runs.values() if v["max_abs_logit"] is not None]
        return max(vals) if vals else None

    @property
    def failed_gates(self) -> list[str]:
        return [f"{r.name}: {g.name}" for r in self.report.runs for g in r.gates if not g.passed]

    def to_dict(self) -> dict[str, Any]:
        return self.report.to_dict()

    def write_reports(self, report_dir: PathLike, name: str | None = None, int8: Mapping[str, Any] | None = None,
                      int8_thresholds: Int8Thresholds | None = None) -> ReportFiles:
        """report.html, junit.xml, summary.md and report.json for this one model (see emlx.reports)."""
        from emlx.reports import ModelResult, write_reports

        model = ModelResult(name or Path(self.report.bundle).stem, self.report.to_dict(), int8=int8,
                            int8_thresholds=int8_thresholds, timings={"parity": self.report.seconds})
        return write_reports(report_dir, [model])


def export(checkpoint: PathLike, out: PathLike, *, int8: bool = False, tokenizer: PathLike | None = None,
           keep_f32: Sequence[str] = (), overrides: Mapping[str, Any] | None = None, config: PathLike | None = None,
           step: int | None = None, shard_bytes: int | None = None, progress: Progress = None) -> ExportReport:
    """Convert a checkpoint (.npz, .safetensors, .pt, nanochat folder) into a bundle (`out`: .json or
    .safetensors), as `emlx export` does. overrides: dotted ModelSpec keys, e.g. {"sequence_len": 64}."""
    from emlx.exporter.export import ExportOptions
    from emlx.exporter.export import export as do_export

    opts = ExportOptions(int8=int8, keep_f32=tuple(keep_f32), overrides=dict(overrides or {}),
                         config_file=Path(config) if config is not None else None, step=step,
                         tokenizer=Path(tokenizer) if tokenizer is not None else None, shard_bytes=shard_bytes)
    res = do_export(Path(checkpoint), Path(out), opts, progress=progress)
    b = res.bundle
    return ExportReport(out=Path(res.out or out), family=b.spec.family, bytes=res.size, seconds=res.seconds,
                        int8=b.is_int8, weights_sha256=b.weights_sha256, warnings=list(res.warnings))


def sidecars(bundle: PathLike, out: PathLike | None = None, *, prompt: str | None = None,
             ids: Sequence[int] | None = None, tokens: int | None = None, bos: bool = True, texts: Sequence[str] = (),
             truth: PathLike | None = None, f32: PathLike | None = None, atol: float | None = None,
             progress: Progress = None) -> SidecarsReport:
    """Write the ground-truth sidecars for a bundle (default folder: <bundle stem>.sidecars/), as `emlx sidecars`
    does. f32: the float32 bundle or checkpoint an int8 bundle came from (for int8 quality)."""
    import time

    from emlx.formats import load_bundle
    from emlx.verify.gates import DEFAULT_ATOL
    from emlx.verify.sidecars import DEFAULT_PROMPT, DEFAULT_TOKENS, SidecarOptions, build_sidecars, default_dir

    t0 = time.perf_counter()
    path = Path(bundle)
    b = load_bundle(path)
    opts = SidecarOptions(prompt=DEFAULT_PROMPT if prompt is None else prompt,
                          tokens=DEFAULT_TOKENS if tokens is None else int(tokens), bos=bos, texts=list(texts),
                          truth=Path(truth) if truth is not None else None, f32=Path(f32) if f32 is not None else None,
                          atol=DEFAULT_ATOL if atol is None else float(atol),
                          prompt_ids=[int(i) for i in ids] if ids is not None else None, bundle_path=path)
    res = build_sidecars(b, Path(out) if out is not None else default_dir(path), opts, progress)
    return SidecarsReport(out_dir=res.out_dir, files=dict(res.files), truth=list(res.truth), int8=res.int8,
                          warnings=list(res.warnings), seconds=time.perf_counter() - t0)


def parity(bundle: PathLike, *, runtime: str = "node", backends: str | Sequence[str] | None = None,
           sidecars: PathLike | None = None, atol: float | None = None, timeout: float = 900.0,
           progress: Progress = None, certificate: bool = True, frozen: bool = False) -> ParityResult:
    """Run the bundle's harness (the TF.js port, or onnxruntime for an .onnx bundle) in Node, headless Chromium or
    (runtime "onnxruntime") this process and gate it against the sidecars (generated into the default folder when
    missing), as `emlx parity` does. backends: None (the first the runtime offers for the bundle's format) |
    "cpu" | "wasm" | "webgl" | "all" or a list. A failed gate is `passed == False`, not an exception.
    `certificate`: update ``<bundle stem>.parity.json`` next to the bundle (docs/FORMATS.md "Parity certificate"),
    as `emlx parity` does. `frozen`: gate the sidecars as found, never build or rebuild them (--frozen); the report's
    `sidecars` says whether it gated committed sidecars or rebuilt them (and why)."""
    from emlx import runners
    from emlx.errors import EmlxInputError
    from emlx.formats import for_input
    from emlx.verify.gates import DEFAULT_ATOL
    from emlx.verify.parity import ParityOptions, run_parity

    runners.get(runtime)  # an unknown runtime is an EmlxInputError listing the known ones
    fmt = for_input(Path(bundle))
    fmt_name = fmt.name if fmt else None
    if backends is None or isinstance(backends, str):
        chosen = runners.resolve_backends(runtime, backends, fmt_name)
    else:
        chosen = tuple(b for name in backends for b in runners.resolve_backends(runtime, name, fmt_name))
    if not chosen:
        raise EmlxInputError(f"no backends given for runtime {runtime}; expected some of {runners.backends_help()}")
    opts = ParityOptions(sidecars=Path(sidecars) if sidecars is not None else None, runtime=runtime,
                         backends=tuple(dict.fromkeys(chosen)), atol=DEFAULT_ATOL if atol is None else float(atol),
                         timeout=timeout, frozen=frozen)
    rep = run_parity(Path(bundle), opts, progress)
    if certificate:
        from emlx.verify.certify import certify
        from emlx.verify.sidecars import default_dir

        certify(Path(bundle), rep.to_dict(), opts.sidecars or default_dir(Path(bundle)), progress)
    return ParityResult(rep)


@dataclass
class GateReport:
    """What `emlx.gate` ran: one ModelResult per configured model (verdict, parity, int8 checks, timings) and
    the four report files (None when write=False). passed: every model passed (and there was one)."""

    models: list[ModelResult]
    files: ReportFiles | None
    report_dir: Path

    @property
    def passed(self) -> bool:
        from emlx.reports import overall_passed

        return overall_passed(self.models)

    def to_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, "report_dir": str(self.report_dir), "models": [m.to_dict() for m in self.models]}


def gate(folder: PathLike | None = None, *, runtime: str | None = None, backend: str | None = None,
         atol: float | None = None, report_dir: PathLike | None = None, write: bool = True,
         progress: Progress = None, shard: str | None = None, cache: PathLike | None = None,
         frozen: bool = False) -> GateReport:
    """The release gate of ``emlx.toml`` (or ``[tool.emlx]`` in ``pyproject.toml``) in ``folder`` (default: the
    working folder), as `emlx gate` runs it: export, sidecars, every configured runtime:backend (restricted to
    ``runtime`` / ``backend`` when given; to the slice ``shard`` = "I/N" when given, with sidecars shared through the
    folder ``cache``), the four reports in report_dir. ``frozen``: gate each model's committed ``sidecars`` only,
    never build or rebuild any. A bad config raises EmlxInputError naming the key; a failed gate is
    ``passed == False``."""
    from dataclasses import replace

    from emlx import configgate, shards
    from emlx.reports import write_reports

    cfg = configgate.restrict(configgate.load_config(Path(folder) if folder is not None else None), runtime, backend)
    cfg, mine = shards.select(cfg, shard)
    if atol is not None:
        cfg = replace(cfg, atol=float(atol))
    out = Path(report_dir) if report_dir is not None else cfg.report_dir
    cfg = replace(cfg, report_dir=out, cache_dir=Path(cache) if cache is not None else None, frozen=frozen)
    models = configgate.run_gate(cfg, progress)
    return GateReport(models=models, files=write_reports(out, models, shard=mine.to_dict()) if write else None,
                      report_dir=out)
