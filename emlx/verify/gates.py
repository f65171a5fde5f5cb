"""Comparison rules shared by every runner (docs/DESIGN.md §6). The only place gate arithmetic lives.

Each function takes the reference's numbers and a runner's numbers and returns a GateResult: pass/fail,
the measured value against its limit, a one-line detail and structured data for JSON/JUnit reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

import numpy as np

DEFAULT_ATOL = 1e-4
NOTHING = "nothing compared"


def nothing_compared(name: str, why: str, limit: float | None = None) -> GateResult:
    """A gate that had nothing to compare: a FAIL, never a vacuous PASS."""
    return GateResult(name, False, None, limit, f"{NOTHING}: {why}")


@dataclass
class GateResult:
    name: str
    passed: bool
    value: float | None = None  # the measured number (max |Δ|, mismatch count…)
    limit: float | None = None
    detail: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "passed": self.passed, "value": self.value, "limit": self.limit,
                "detail": self.detail, "data": self.data}


def _as2d(a: np.ndarray) -> np.ndarray:
    a = np.asarray(a, dtype=np.float64)
    return a.reshape(a.shape[0], -1) if a.ndim != 2 else a


def compare_logits(name: str, ref: np.ndarray, got: np.ndarray, atol: float = DEFAULT_ATOL) -> GateResult:
    """Per-row max |Δ| of logits; fails when any row exceeds atol (or shapes differ / non-finite values)."""
    ref, got = _as2d(ref), _as2d(got)
    if ref.shape != got.shape:
        return GateResult(name, False, None, atol, f"shape {list(got.shape)} != reference {list(ref.shape)}")
    if ref.size == 0:
        return nothing_compared(name, f"0 rows of logits (shape {list(ref.shape)})", atol)
    if not np.all(np.isfinite(got)):
        bad = int(np.argwhere(~np.isfinite(got))[0][0])
        return GateResult(name, False, float("inf"), atol, f"non-finite logits from step {bad}")
    per_step = np.max(np.abs(ref - got), axis=1) if ref.size else np.zeros(0)
    worst = float(per_step.max()) if per_step.size else 0.0
    over = [int(i) for i in np.nonzero(per_step > atol)[0]]
    detail = f"max|Δ| {worst:.3g} over {len(per_step)} rows"
    if over:
        detail += f"; {len(over)} rows over {atol:g}, first at row {over[0]}"
    return GateResult(name, not over, worst, atol, detail,
                      {"per_step_max_abs": [float(x) for x in per_step], "rows_over": over})


def top2_margin(logits: np.ndarray) -> np.ndarray:
    """top1 - top2 per row."""
    lg = _as2d(logits)
    part = np.partition(lg, -2, axis=1)
    return part[:, -1] - part[:, -2]


def compare_greedy(name: str, ref_ids: Sequence[int], got_ids: Sequence[int], ref_margins: Sequence[float],
                   atol: float = DEFAULT_ATOL) -> GateResult:
    """Greedy ids must be identical; a flip where the reference's top1-top2 margin <= atol is a tie."""
    if len(ref_ids) != len(got_ids):
        return GateResult(name, False, None, 0, f"{len(got_ids)} greedy ids, expected {len(ref_ids)}")
    if not ref_ids:
        return nothing_compared(name, "0 greedy steps", 0)
    flips: list[dict[str, Any]] = []
    ties: list[dict[str, Any]] = []
    for i, (r, g) in enumerate(zip(ref_ids, got_ids)):
        if int(r) != int(g):
            entry = {"step": i, "reference": int(r), "got": int(g), "reference_margin": float(ref_margins[i])}
            (ties if ref_margins[i] <= atol else flips).append(entry)
    detail = f"{len(ref_ids)} steps identical" if not flips and not ties else f"{len(flips)} flips, {len(ties)} ties"
    if flips:
        f0 = flips[0]
        detail += f"; first flip at step {f0['step']}: {f0['got']} vs {f0['reference']} (reference margin {f0['reference_margin']:.3g})"
    return GateResult(name, not flips, float(len(flips)), 0, detail, {"flips": flips, "ties": ties})


def compare_tokenizer(name: str, cases: Sequence[Mapping[str, Any]], got: Sequence[Sequence[int]]) -> GateResult:
    if len(cases) != len(got):
        return GateResult(name, False, None, 0, f"{len(got)} results for {len(cases)} tokenizer cases")
    if not cases:
        return nothing_compared(name, "0 tokenizer cases", 0)
    mism = []
    for i, (case, ids) in enumerate(zip(cases, got)):
        want = list(case["ids"])
        ids = [int(x) for x in ids]
        if ids != want:
            pos = next((j for j, (a, b) in enumerate(zip(want, ids)) if a != b), min(len(want), len(ids)))
            mism.append({"case": i, "text": case["text"][:80], "special": case.get("special"),
                         "template": case.get("template") is True, "position": pos,
                         "expected": want[pos:pos + 5], "got": ids[pos:pos + 5]})
    detail = f"{len(cases)} cases identical" if not mism else (
        f"{len(mism)} of {len(cases)} cases differ; first: case {mism[0]['case']} {mism[0]['text']!r} at id {mism[0]['position']}")
    return GateResult(name, not mism, float(len(mism)), 0, detail, {"mismatches": mism})


def compare_decode(name: str, decodes: Sequence[Mapping[str, Any]], got: Sequence[Any]) -> GateResult:
    """decode(ids) must give the reference's text exactly, for every decode case."""
    if len(decodes) != len(got):
        return GateResult(name, False, None, 0, f"{len(got)} results for {len(decodes)} decode cases")
    if not decodes:
        return nothing_compared(name, "0 decode cases", 0)
    mism = []
    for i, (case, text) in enumerate(zip(decodes, got)):
        if text != case["text"]:
            want = str(case["text"])
            text = "" if text is None else str(text)
            pos = next((j for j, (a, b) in enumerate(zip(want, text)) if a != b), min(len(want), len(text)))
            mism.append({"case": i, "ids": list(case["ids"])[:40], "position": pos, "expected": want[pos:pos + 20],
                         "got": text[pos:pos + 20]})
    detail = f"{len(decodes)} decodes identical" if not mism else (
        f"{len(mism)} of {len(decodes)} decodes differ; first: case {mism[0]['case']} at character {mism[0]['position']}: "
        f"{mism[0]['got']!r} for {mism[0]['expected']!r}")
    return GateResult(name, not mism, float(len(mism)), 0, detail, {"mismatches": mism})


def compare_stream(name: str, decodes: Sequence[Mapping[str, Any]], got: Sequence[Any]) -> GateResult:
    """Streaming decode, one id at a time: the pieces written (one per id) plus the final flush must add up to the
    reference's whole decode, so a piece never shows a U+FFFD (or anything else) the whole text does not have."""
    if len(decodes) != len(got):
        return GateResult(name, False, None, 0, f"{len(got)} streams for {len(decodes)} decode cases")
    if not decodes:
        return nothing_compared(name, "0 decode cases", 0)
    mism = []
    for i, (case, pieces) in enumerate(zip(decodes, got)):
        want = str(case["text"])
        ok = isinstance(pieces, list) and len(pieces) == len(case["ids"]) + 1 and all(isinstance(p, str) for p in pieces)
        text = "".join(pieces) if ok else None
        if text != want:
            bad_piece = None
            if ok:
                done = 0
                for k, p in enumerate(pieces):
                    if want[done:done + len(p)] != p:
                        bad_piece = k
                        break
                    done += len(p)
            mism.append({"case": i, "ids": list(case["ids"])[:40], "expected": want[:80],
                         "pieces": pieces[:40] if ok else None, "first_wrong_piece": bad_piece,
                         "why": "not one string per id plus the flush" if not ok else "pieces do not add up"})
    detail = f"{len(decodes)} streams add up to the decode" if not mism else (
        f"{len(mism)} of {len(decodes)} streams differ from the whole decode; first: case {mism[0]['case']} "
        f"({mism[0]['why']}, piece {mism[0]['first_wrong_piece']})")
    return GateResult(name, not mism, float(len(mism)), 0, detail, {"mismatches": mism})


def tap_tolerance(ref: np.ndarray, atol: float) -> float:
    """Taps carry activations larger than logits; scale the tolerance by the tap's magnitude when above 1."""
    m = float(np.max(np.abs(ref))) if np.size(ref) else 0.0
    return atol * max(1.0, m)


def compare_taps(name: str, ref: Mapping[str, np.ndarray], got: Mapping[str, np.ndarray], order: Sequence[str],
                 atol: float = DEFAULT_ATOL) -> GateResult:
    """Every tap in forward order; the report names the first tap over tolerance (where a port diverges)."""
    if not order:
        return nothing_compared(name, "no taps", atol)
    rows: list[dict[str, Any]] = []
    first: str | None = None
    for tap in order:
        r = np.asarray(ref[tap], dtype=np.float64)
        if tap not in got:
            rows.append({"tap": tap, "max_abs": None, "limit": None, "ok": False, "why": "missing"})
            first = first or tap
            continue
        g = np.asarray(got[tap], dtype=np.float64)
        if g.size != r.size:
            rows.append({"tap": tap, "max_abs": None, "limit": None, "ok": False, "why": f"size {g.size} != {r.size}"})
            first = first or tap
            continue
        d = float(np.max(np.abs(r.ravel() - g.ravel()))) if r.size else 0.0
        if not np.isfinite(d):
            d = float("inf")
        lim = tap_tolerance(r, atol)
        ok = d <= lim
        rows.append({"tap": tap, "max_abs": d, "limit": lim, "ok": ok})
        if not ok and first is None:
            first = tap
    # value: the worst error in units of the logits tolerance (|Δ| / max(1, max|ref|)), comparable to atol
    scaled = [(r["max_abs"] / r["limit"] * atol, r["tap"]) for r in rows if r["max_abs"] is not None and r["limit"]]
    worst, worst_tap = max(scaled, default=(0.0, None))
    if first is None:
        detail = f"{len(rows)} taps within tolerance (worst {worst_tap})"
    else:
        detail = f"first divergent tap: {first}"
    return GateResult(name, first is None, worst, atol, detail, {"taps": rows, "first_divergent": first})
