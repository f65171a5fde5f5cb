"""Inline SVG plots for report.html (no script, no network): per-step max|Δ| lines and per-tap error bars, both
on a log10 axis with the tolerance drawn as a dashed line."""

from __future__ import annotations

import math
from html import escape
from typing import Sequence

W, H = 640, 220
L, R, T, B = 64, 16, 14, 36  # margins
TAPS_H, TAPS_B = 300, 116  # the tap plot is taller: tap names run below its axis
FLOOR = 1e-12  # exact zeros are drawn at the floor of the axis
COLORS = ("#0969da", "#8250df", "#bf8700", "#1b7c83", "#cf222e")


def _log_range(values: Sequence[float], limit: float | None) -> tuple[float, float]:
    pos = [v for v in values if v is not None and math.isfinite(v) and v > 0]
    if limit and limit > 0:
        pos.append(limit)
    lo = math.floor(math.log10(min(pos))) if pos else -8
    hi = math.ceil(math.log10(max(pos))) if pos else 0
    lo = max(lo, int(math.log10(FLOOR)))
    return (lo, hi if hi > lo else lo + 1)


def _y(v: float | None, lo: float, hi: float, h: int = H, b: int = B) -> float:
    if v is None or not math.isfinite(v):
        v = 10.0 ** hi
    lv = math.log10(max(v, 10.0 ** lo))
    return T + (h - T - b) * (1 - (lv - lo) / (hi - lo))


def _frame(lo: float, hi: float, title: str, xlabel: str, h: int = H, b: int = B) -> list[str]:
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {h}" width="{W}" height="{h}" role="img" '
           f'aria-label="{escape(title)}" class="plot">',
           f'<title>{escape(title)}</title>',
           f'<rect x="{L}" y="{T}" width="{W - L - R}" height="{h - T - b}" fill="#fff" stroke="#d0d7de"/>']
    for e in range(int(lo), int(hi) + 1):
        y = _y(10.0 ** e, lo, hi, h, b)
        out.append(f'<line x1="{L}" x2="{W - R}" y1="{y:.1f}" y2="{y:.1f}" stroke="#eaeef2"/>')
        out.append(f'<text x="{L - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11" fill="#57606a">1e{e}</text>')
    out.append(f'<text x="{(L + W - R) / 2:.0f}" y="{h - 6}" text-anchor="middle" font-size="11" fill="#57606a">{escape(xlabel)}</text>')
    return out


def _limit_line(limit: float | None, lo: float, hi: float, label: str = "atol") -> list[str]:
    if not limit or limit <= 0:
        return []
    y = _y(limit, lo, hi)
    return [f'<line x1="{L}" x2="{W - R}" y1="{y:.1f}" y2="{y:.1f}" stroke="#cf222e" stroke-dasharray="6 4" class="limit"/>',
            f'<text x="{W - R - 4}" y="{y - 4:.1f}" text-anchor="end" font-size="11" fill="#cf222e">{escape(label)} {limit:g}</text>']


def steps_plot(series: Sequence[tuple[str, Sequence[float]]], limit: float | None, title: str) -> str:
    """One polyline per logits gate: max|Δ| at each step (row)."""
    allv = [v for _, vals in series for v in vals]
    lo, hi = _log_range(allv, limit)
    n = max((len(v) for _, v in series), default=1)
    out = _frame(lo, hi, title, "step")
    x_of = (lambda i: L + (W - L - R) * (i / (n - 1))) if n > 1 else (lambda i: (L + W - R) / 2)
    for k in range(0, n, max(1, n // 8)):
        out.append(f'<text x="{x_of(k):.1f}" y="{H - B + 14}" text-anchor="middle" font-size="11" fill="#57606a">{k}</text>')
    out += _limit_line(limit, lo, hi)
    for j, (name, vals) in enumerate(series):
        color = COLORS[j % len(COLORS)]
        pts = " ".join(f"{x_of(i):.1f},{_y(v, lo, hi):.1f}" for i, v in enumerate(vals))
        if len(vals) > 1:
            out.append(f'<polyline points="{pts}" fill="none" stroke="{color}" stroke-width="1.5" class="series" data-name="{escape(name)}"/>')
        for i, v in enumerate(vals):
            over = limit is not None and (not math.isfinite(v) or v > limit)
            out.append(f'<circle cx="{x_of(i):.1f}" cy="{_y(v, lo, hi):.1f}" r="{3 if over else 2}" '
                       f'fill="{"#cf222e" if over else color}"><title>{escape(name)} step {i}: {v:.3g}</title></circle>')
        out.append(f'<text x="{L + 8 + 190 * j}" y="{T + 14}" font-size="11" fill="{color}">■ {escape(name)}</text>')
    out.append("</svg>")
    return "\n".join(out)


def taps_plot(taps: Sequence[dict], title: str) -> str:
    """A bar per tap (forward order): max|Δ|, with each tap's own limit as a tick; bars over it are red; tap names
    written below the axis."""
    h, b = TAPS_H, TAPS_B
    vals = [t.get("max_abs") for t in taps]
    lims = [t.get("limit") for t in taps if t.get("limit")]
    lo, hi = _log_range([v for v in vals if v is not None] + lims, None)
    out = _frame(lo, hi, title, "tap (forward order)", h, b)
    n = max(len(taps), 1)
    bw = (W - L - R) / n
    base = _y(10.0 ** lo, lo, hi, h, b)
    for i, t in enumerate(taps):
        v, lim = t.get("max_abs"), t.get("limit")
        x = L + i * bw
        y = _y(v, lo, hi, h, b)
        color = "#1a7f37" if t.get("ok") else "#cf222e"
        tip = f"{t.get('tap')}: " + (f"max|Δ| {v:.3g}" if v is not None else str(t.get("why", "missing"))) + (
            f" (limit {lim:.3g})" if lim else "")
        out.append(f'<rect x="{x + bw * 0.15:.1f}" y="{y:.1f}" width="{max(bw * 0.7, 1):.1f}" height="{max(base - y, 1):.1f}" '
                   f'fill="{color}" class="bar"><title>{escape(tip)}</title></rect>')
        if lim:
            ly = _y(lim, lo, hi, h, b)
            out.append(f'<line x1="{x + bw * 0.05:.1f}" x2="{x + bw * 0.95:.1f}" y1="{ly:.1f}" y2="{ly:.1f}" stroke="#cf222e" stroke-width="1.5"/>')
        cx, ty = x + bw / 2, h - b + 8
        out.append(f'<text x="{cx:.1f}" y="{ty:.1f}" transform="rotate(-50 {cx:.1f} {ty:.1f})" text-anchor="end" '
                   f'font-size="9" fill="{"#57606a" if t.get("ok") else "#cf222e"}" class="tap-label">{escape(str(t.get("tap")))}</text>')
    out.append("</svg>")
    return "\n".join(out)
