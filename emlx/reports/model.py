"""What a report is made of: per model, the parity report (ParityReport.to_dict()), the quality of a quantised
bundle (int8 or q4) measured by its quality sidecar against float32, with its thresholds, and the time each phase
took. Verdicts are decided here, once, for all four report files."""

from __future__ import annotations

from dataclasses import InitVar, dataclass, field
from typing import Any, Mapping

PASS, FAIL, ERROR = "PASS", "FAIL", "ERROR"


@dataclass(frozen=True)
class QualityThresholds:
    """Quality a quantised bundle must keep against its float32 source (None: not gated). ``emlx.toml`` keys of
    the same names; the first two are those of the int8 gate before q4 and mean the same."""

    min_top1_agreement: float | None = None
    max_kl_mean: float | None = None
    max_kl_max: float | None = None  # the worst position's KL(f32 || quantised)
    max_flip_margin: float | None = None  # the largest float32 top-1 minus top-2 margin at a flipped top-1

    def to_dict(self) -> dict[str, Any]:
        return {"min_top1_agreement": self.min_top1_agreement, "max_kl_mean": self.max_kl_mean,
                "max_kl_max": self.max_kl_max, "max_flip_margin": self.max_flip_margin}

    @classmethod
    def from_dict(cls, doc: Mapping[str, Any]) -> "QualityThresholds":
        return cls(*(doc.get(k) for k in ("min_top1_agreement", "max_kl_mean", "max_kl_max", "max_flip_margin")))


@dataclass(frozen=True)
class QualityCheck:
    name: str  # "quality.top1_agreement" | "quality.kl_mean" | "quality.kl_max" | "quality.max_flip_margin"
    value: float | None
    limit: float | None
    op: str  # ">=" | "<="
    passed: bool | None  # None: measured, no threshold
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value, "limit": self.limit, "op": self.op, "passed": self.passed,
                "detail": self.detail}


#: The names before q4 (the int8 gate); same classes.
Int8Thresholds = QualityThresholds
Int8Check = QualityCheck


@dataclass
class ModelResult:
    """One model of a release gate.

    parity: ParityReport.to_dict() (None when an earlier phase failed: then `error` says which and why).
    quality: the quality sidecar (quality.json: top1_agreement, kl, flip margins, ...) of a quantised bundle, else
    None. quality_thresholds: the gate on it; thresholds without a measurement fail (nothing was compared).
    ``int8=`` / ``int8_thresholds=`` are accepted for both (their names before q4).
    timings: seconds per phase, e.g. {"export": 0.8, "sidecars": 1.2, "parity": 30.5}.
    """

    name: str
    parity: Mapping[str, Any] | None
    quality: Mapping[str, Any] | None = None
    quality_thresholds: QualityThresholds | None = None
    timings: Mapping[str, float] = field(default_factory=dict)
    error: str | None = None
    int8: InitVar[Mapping[str, Any] | None] = None
    int8_thresholds: InitVar[QualityThresholds | None] = None

    def __post_init__(self, int8: Mapping[str, Any] | None, int8_thresholds: QualityThresholds | None) -> None:
        if self.quality is None:
            self.quality = int8
        if self.quality_thresholds is None:
            self.quality_thresholds = int8_thresholds

    @property
    def runs(self) -> list[Mapping[str, Any]]:
        return list((self.parity or {}).get("runs") or [])

    def quality_checks(self) -> list[QualityCheck]:
        th = self.quality_thresholds or QualityThresholds()
        q = self.quality or {}
        what = str(q.get("quantization") or "quantised")
        wanted = [("quality.top1_agreement", "top-1 agreement", ">=", th.min_top1_agreement, _num(q, "top1_agreement")),
                  ("quality.kl_mean", "mean KL(f32 || quantised)", "<=", th.max_kl_mean, _num(q, "kl", "mean")),
                  ("quality.kl_max", "max KL(f32 || quantised)", "<=", th.max_kl_max, _num(q, "kl", "max")),
                  ("quality.max_flip_margin", "largest f32 margin at a flipped top-1", "<=", th.max_flip_margin,
                   _num(q, "max_flip_margin"))]
        out: list[QualityCheck] = []
        for name, label, op, limit, value in wanted:
            if value is None and limit is None:
                continue
            if value is None:
                out.append(QualityCheck(name, None, limit, op, False,
                                        f"{label} not measured: no quality.json (a quantised bundle needs its float32 "
                                        "source: --f32, or the checkpoint beside it)"))
                continue
            if limit is None:
                out.append(QualityCheck(name, value, None, op, None, f"{label} {value:.4g} ({what}; no threshold)"))
                continue
            ok = value >= limit if op == ">=" else value <= limit
            out.append(QualityCheck(name, value, limit, op, ok,
                                    f"{label} {value:.4g} {'meets' if ok else 'misses'} {op} {limit:g} ({what})"))
        return out

    def int8_checks(self) -> list[QualityCheck]:
        """``quality_checks()`` under its name before q4."""
        return self.quality_checks()

    @property
    def verdict(self) -> str:
        if self.error or self.parity is None:
            return ERROR
        if any(r.get("errors") for r in self.runs):
            return ERROR
        if not self.runs or not self.parity.get("passed"):
            return FAIL
        if any(c.passed is False for c in self.quality_checks()):
            return FAIL
        return PASS

    @property
    def passed(self) -> bool:
        return self.verdict == PASS

    @classmethod
    def from_dict(cls, doc: Mapping[str, Any]) -> "ModelResult":
        """A model of report.json read back (verdicts are recomputed from what it holds, never taken from it); a
        report written before q4 (``int8``, ``int8_thresholds``) reads the same."""
        th = doc.get("quality_thresholds", doc.get("int8_thresholds"))
        return cls(str(doc["name"]), doc.get("parity"), quality=doc.get("quality", doc.get("int8")),
                   quality_thresholds=QualityThresholds.from_dict(th) if th else None,
                   timings={str(k): float(v) for k, v in (doc.get("timings") or {}).items()}, error=doc.get("error"))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "verdict": self.verdict, "passed": self.passed, "error": self.error,
                "timings": dict(self.timings), "parity": self.parity, "quality": quality_summary(self.quality),
                "quality_thresholds": self.quality_thresholds.to_dict() if self.quality_thresholds else None,
                "quality_checks": [c.to_dict() for c in self.quality_checks()]}


def merge_parity(reports: list[Mapping[str, Any]]) -> dict[str, Any] | None:
    """One parity dict from several ParityReport.to_dict() of the same bundle (e.g. one per runtime): runs
    concatenated, warnings de-duplicated, seconds summed, passed only if every report passed and something ran."""
    if not reports:
        return None
    sha = {r.get("weights_sha256") for r in reports}
    if len(sha) != 1:
        raise ValueError(f"merge_parity: reports of different weights ({', '.join(sorted(map(str, sha)))})")
    runs = [run for r in reports for run in r.get("runs") or []]
    warnings = list(dict.fromkeys(w for r in reports for w in r.get("warnings") or []))
    return {**reports[0], "runs": runs, "warnings": warnings,
            "seconds": round(sum(float(r.get("seconds") or 0.0) for r in reports), 3),
            "passed": bool(runs) and all(bool(r.get("passed")) for r in reports)}


def provenance_line(prov: Any) -> str | None:
    """Where gated sidecars came from (a parity report's ``sidecars`` provenance), in one line: "gated against
    committed sidecars in DIR", or "sidecars rebuilt in DIR (reason)" / "sidecars built in DIR (reason)"; None for
    a report without it."""
    if not isinstance(prov, Mapping):
        return None
    folder, status, reason = prov.get("folder"), prov.get("status"), prov.get("reason")
    if status == "committed":
        return f"gated against committed sidecars in {folder}"
    return f"sidecars {status} in {folder}" + (f" ({reason})" if reason else "")


def sidecars_line(m: "ModelResult") -> str | None:
    """The model's sidecar provenance line (``provenance_line``), None for a report without it."""
    return provenance_line((m.parity or {}).get("sidecars"))


def run_verdict(run: Mapping[str, Any]) -> str:
    if run.get("errors"):
        return ERROR
    return PASS if run.get("passed") and run.get("gates") else FAIL


def overall_passed(models: list[ModelResult]) -> bool:
    """A gate over no model compared nothing: it does not pass."""
    return bool(models) and all(m.passed for m in models)


def run_seconds(run: Mapping[str, Any]) -> float:
    """Harness time of one run (seconds): the browser page's wall time when the runner measured it (`*_wall`,
    which already holds the sections), else the bundle load plus every timed section."""
    info = run.get("info") or {}
    timings = {k: float(v) for k, v in (info.get("timings_ms") or {}).items() if v is not None}
    walls = [v for k, v in timings.items() if k.endswith("wall")]
    if walls:
        return max(walls) / 1000.0
    return (float(info.get("load_ms") or 0.0) + sum(timings.values())) / 1000.0


def gate_seconds(run: Mapping[str, Any]) -> dict[str, float]:
    """Per gate: the time of the harness section that produced it (tokenizer, forward, layers, kvcache), shared
    evenly among that section's gates; gates of no timed section (memory) get 0."""
    sections = (run.get("info") or {}).get("timings_ms") or {}
    gates = [g["name"] for g in run.get("gates") or []]
    by_section: dict[str, list[str]] = {}
    for name in gates:
        by_section.setdefault(name.split(".")[0], []).append(name)
    out = {name: 0.0 for name in gates}
    for section, names in by_section.items():
        if section in sections:
            for name in names:
                out[name] = float(sections[section]) / 1000.0 / len(names)
    return out


def worst_logit_diff(run: Mapping[str, Any]) -> float | None:
    vals = [g.get("value") for g in run.get("gates") or [] if "per_step_max_abs" in (g.get("data") or {})]
    vals = [float(v) for v in vals if v is not None]
    return max(vals) if vals else None


def _num(doc: Mapping[str, Any], *path: str) -> float | None:
    v: Any = doc
    for k in path:
        v = v.get(k) if isinstance(v, Mapping) else None
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


#: what a report carries of quality.json (not its ids, texts or header)
SUMMARY_KEYS = ("quantization", "f32_source", "top1_agreement", "kl", "max_abs_logit_diff", "positions", "flips",
                "knife_edge_flips", "max_flip_margin", "median_flip_margin", "per_sequence", "disagreements")


def quality_summary(doc: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The numbers of quality.json a report carries (not its ids or header)."""
    if doc is None:
        return None
    return {k: doc[k] for k in SUMMARY_KEYS if k in doc}


def quality_headline(doc: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The headline numbers of quality.json (the --json summaries of ``emlx sidecars`` and ``emlx.sidecars()``)."""
    keys = ("quantization", "positions", "top1_agreement", "kl", "max_abs_logit_diff", "flips", "knife_edge_flips",
            "max_flip_margin")
    return None if doc is None else {k: doc[k] for k in keys if k in doc}
