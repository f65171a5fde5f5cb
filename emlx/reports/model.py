"""What a report is made of: per model, the parity report (ParityReport.to_dict()), the int8 quality measured
by the int8 sidecar with its thresholds, and the time each phase took. Verdicts are decided here, once, for all
four report files."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

PASS, FAIL, ERROR = "PASS", "FAIL", "ERROR"


@dataclass(frozen=True)
class Int8Thresholds:
    """Quality an int8 bundle must keep against its float32 source (None: not gated)."""

    min_top1_agreement: float | None = None
    max_kl_mean: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"min_top1_agreement": self.min_top1_agreement, "max_kl_mean": self.max_kl_mean}


@dataclass(frozen=True)
class Int8Check:
    name: str  # "int8.top1_agreement" | "int8.kl_mean"
    value: float | None
    limit: float | None
    op: str  # ">=" | "<="
    passed: bool | None  # None: measured, no threshold
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value, "limit": self.limit, "op": self.op, "passed": self.passed,
                "detail": self.detail}


@dataclass
class ModelResult:
    """One model of a release gate.

    parity: ParityReport.to_dict() (None when an earlier phase failed: then `error` says which and why).
    int8: the int8 sidecar (int8.json: top1_agreement, kl.mean, ...) for an int8 bundle, else None.
    int8_thresholds: the gate on it; thresholds without an int8 measurement fail (nothing was compared).
    timings: seconds per phase, e.g. {"export": 0.8, "sidecars": 1.2, "parity": 30.5}.
    """

    name: str
    parity: Mapping[str, Any] | None
    int8: Mapping[str, Any] | None = None
    int8_thresholds: Int8Thresholds | None = None
    timings: Mapping[str, float] = field(default_factory=dict)
    error: str | None = None

    @property
    def runs(self) -> list[Mapping[str, Any]]:
        return list((self.parity or {}).get("runs") or [])

    def int8_checks(self) -> list[Int8Check]:
        th = self.int8_thresholds or Int8Thresholds()
        wanted = [("int8.top1_agreement", "top-1 agreement", ">=", th.min_top1_agreement, _top1(self.int8)),
                  ("int8.kl_mean", "mean KL(f32 || int8)", "<=", th.max_kl_mean, _kl_mean(self.int8))]
        out: list[Int8Check] = []
        for name, label, op, limit, value in wanted:
            if value is None and limit is None:
                continue
            if value is None:
                out.append(Int8Check(name, None, limit, op, False,
                                     f"{label} not measured: no int8.json (an int8 bundle needs its float32 source)"))
                continue
            if limit is None:
                out.append(Int8Check(name, value, None, op, None, f"{label} {value:.4g} (no threshold)"))
                continue
            ok = value >= limit if op == ">=" else value <= limit
            out.append(Int8Check(name, value, limit, op, ok, f"{label} {value:.4g} {'meets' if ok else 'misses'} {op} {limit:g}"))
        return out

    @property
    def verdict(self) -> str:
        if self.error or self.parity is None:
            return ERROR
        if any(r.get("errors") for r in self.runs):
            return ERROR
        if not self.runs or not self.parity.get("passed"):
            return FAIL
        if any(c.passed is False for c in self.int8_checks()):
            return FAIL
        return PASS

    @property
    def passed(self) -> bool:
        return self.verdict == PASS

    @classmethod
    def from_dict(cls, doc: Mapping[str, Any]) -> "ModelResult":
        """A model of report.json read back (verdicts are recomputed from what it holds, never taken from it)."""
        th = doc.get("int8_thresholds")
        return cls(str(doc["name"]), doc.get("parity"), int8=doc.get("int8"),
                   int8_thresholds=Int8Thresholds(th.get("min_top1_agreement"), th.get("max_kl_mean")) if th else None,
                   timings={str(k): float(v) for k, v in (doc.get("timings") or {}).items()}, error=doc.get("error"))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "verdict": self.verdict, "passed": self.passed, "error": self.error,
                "timings": dict(self.timings), "parity": self.parity, "int8": _int8_summary(self.int8),
                "int8_thresholds": self.int8_thresholds.to_dict() if self.int8_thresholds else None,
                "int8_checks": [c.to_dict() for c in self.int8_checks()]}


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


def _top1(doc: Mapping[str, Any] | None) -> float | None:
    v = (doc or {}).get("top1_agreement")
    return float(v) if v is not None else None


def _kl_mean(doc: Mapping[str, Any] | None) -> float | None:
    kl = (doc or {}).get("kl")
    v = kl.get("mean") if isinstance(kl, Mapping) else None
    return float(v) if v is not None else None


def _int8_summary(doc: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The numbers of int8.json a report carries (not its ids or header)."""
    if doc is None:
        return None
    keys = ("top1_agreement", "kl", "max_abs_logit_diff", "positions", "disagreements")
    return {k: doc[k] for k in keys if k in doc}
