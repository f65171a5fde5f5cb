"""report.html: one self-contained page (inline CSS and SVG, no script, nothing fetched) a person reads at a
glance: the overall verdict, a table of every model x runtime, then per model its int8 quality, timings and, per
runtime, the gate table with plots of per-step max|Δ| and per-tap error."""

from __future__ import annotations

import re
from html import escape
from typing import Any, Mapping, Sequence

from emlx.reports.model import (ERROR, FAIL, PASS, ModelResult, overall_passed, run_seconds, run_verdict, sidecars_line,
                                worst_logit_diff)
from emlx.reports.svg import steps_plot, taps_plot

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;max-width:1100px;margin:24px auto;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 6px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
h3{font-size:15px;margin:18px 0 6px}table{border-collapse:collapse;margin:6px 0 10px}
th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top}th{background:#f6f8fa}
td.num{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#57606a}
.verdict{display:inline-block;font-weight:700;padding:1px 8px;border-radius:10px;color:#fff}
.PASS{background:#1a7f37}.FAIL{background:#cf222e}.ERROR{background:#9a6700}.NONE{background:#6e7781}
.plots{display:flex;flex-wrap:wrap;gap:12px}.plots figure{margin:0}.plots figcaption{font-size:12px;color:#57606a}
.errors{color:#9a6700}code{font-size:12px}
"""


def _anchor(name: str) -> str:
    """An id for a model's section: letters, digits, '-', '_' and '.' only (ids cannot hold spaces)."""
    return "model-" + re.sub(r"[^A-Za-z0-9_.-]+", "-", name)


def _badge(verdict: str) -> str:
    return f'<span class="verdict {escape(verdict)}" data-verdict="{escape(verdict)}">{escape(verdict)}</span>'


def _num(v: Any, fmt: str = ".3g") -> str:
    return "–" if v is None else format(float(v), fmt)


def _gate_table(gates: Sequence[Mapping[str, Any]]) -> str:
    rows = ["<table class=\"gates\"><tr><th>gate</th><th>value</th><th>limit</th><th></th><th>detail</th></tr>"]
    for g in gates:
        rows.append(f"<tr><td>{escape(str(g.get('name')))}</td><td class=\"num\">{_num(g.get('value'))}</td>"
                    f"<td class=\"num\">{_num(g.get('limit'), 'g')}</td><td>{_badge(PASS if g.get('passed') else FAIL)}</td>"
                    f"<td>{escape(str(g.get('detail', '')))}</td></tr>")
    rows.append("</table>")
    return "\n".join(rows)


def _plots(model: str, run: Mapping[str, Any], atol: float | None) -> str:
    gates = run.get("gates") or []
    series = [(g["name"], [float(x) for x in g["data"]["per_step_max_abs"]]) for g in gates
              if (g.get("data") or {}).get("per_step_max_abs")]
    figs = []
    label = f"{model} {run.get('runtime')}/{run.get('backend')}"
    if series:
        figs.append(f"<figure>{steps_plot(series, atol, f'per-step max|Δlogit| {label}')}"
                    "<figcaption>per-step max|Δlogit| against the reference (log scale; dashed: atol; exact zeros on the "
                    "bottom edge)</figcaption></figure>")
    taps = next(((g.get("data") or {}).get("taps") for g in gates if (g.get("data") or {}).get("taps")), None)
    if taps:
        figs.append(f"<figure>{taps_plot(taps, f'per-tap max|Δ| {label}')}"
                    "<figcaption>per-tap max|Δ| in forward order (log scale; tick: that tap's limit)</figcaption></figure>")
    return f'<div class="plots">{"".join(figs)}</div>' if figs else ""


def _int8_section(m: ModelResult) -> str:
    checks = m.int8_checks()
    if not checks:
        return ""
    rows = ["<h3>int8 quality (vs float32)</h3><table class=\"int8\"><tr><th>measure</th><th>value</th>"
            "<th>threshold</th><th></th></tr>"]
    for c in checks:
        verdict = "NONE" if c.passed is None else (PASS if c.passed else FAIL)
        label = "no threshold" if c.passed is None else verdict
        thr = "–" if c.limit is None else f"{c.op} {c.limit:g}"
        badge = f'<span class="verdict {verdict}" data-verdict="{verdict}">{label}</span>'
        rows.append(f"<tr><td>{escape(c.name)}</td><td class=\"num\">{_num(c.value, '.4g')}</td><td>{escape(thr)}</td>"
                    f"<td>{badge}</td></tr>")
    rows.append("</table>")
    return "\n".join(rows)


def _timings(m: ModelResult) -> str:
    items = [(k, float(v)) for k, v in m.timings.items()]
    items += [(f"harness {r.get('runtime')}/{r.get('backend')}", run_seconds(r)) for r in m.runs]
    if not items:
        return ""
    cells = "".join(f"<tr><td>{escape(k)}</td><td class=\"num\">{v:.2f} s</td></tr>" for k, v in items)
    return f"<h3>timings</h3><table class=\"timings\"><tr><th>phase</th><th>time</th></tr>{cells}</table>"


def _model_section(m: ModelResult) -> str:
    p = m.parity or {}
    out = [f'<section class="model" id="{_anchor(m.name)}"><h2>{escape(m.name)} {_badge(m.verdict)}</h2>']
    if p:
        out.append(f"<p class=\"muted\">bundle <code>{escape(str(p.get('bundle')))}</code> · family "
                   f"{escape(str(p.get('family')))} · weights_sha256 <code>{escape(str(p.get('weights_sha256', ''))[:16])}…</code>"
                   f" · atol {_num(p.get('atol'), 'g')}</p>")
    if m.error:
        out.append(f'<p class="errors">error: {escape(m.error)}</p>')
    line = sidecars_line(m)
    if line:
        out.append(f'<p class="muted">{escape(line)}</p>')
    for w in p.get("warnings") or []:
        out.append(f'<p class="muted">warning: {escape(str(w))}</p>')
    out.append(_int8_section(m))
    out.append(_timings(m))
    for run in m.runs:
        info = run.get("info") or {}
        rt = info.get("runtime") or {}
        desc = " · ".join(x for x in (f"{rt.get('name', '')} {rt.get('version', '')}".strip(),
                                      f"tfjs {info['tfjs_version']}" if info.get("tfjs_version") else "") if x)
        out.append(f'<h3 class="run">{escape(str(run.get("runtime")))}/{escape(str(run.get("backend")))} '
                   f'{_badge(run_verdict(run))} <span class="muted">{escape(desc)}</span></h3>')
        for e in run.get("errors") or []:
            out.append(f'<p class="errors">error: {escape(str(e))}</p>')
        out.append(_gate_table(run.get("gates") or []))
        out.append(_plots(m.name, run, p.get("atol")))
    out.append("</section>")
    return "\n".join(x for x in out if x)


def render_html(models: Sequence[ModelResult], generated: str = "") -> str:
    overall = PASS if overall_passed(list(models)) else (ERROR if any(m.verdict == ERROR for m in models) else FAIL)
    rows = []
    for m in models:
        if not m.runs:
            rows.append(f"<tr><td>{escape(m.name)}</td><td>–</td><td>{_badge(m.verdict)}</td><td>–</td><td>–</td></tr>")
        for r in m.runs:
            rows.append(f"<tr><td><a href=\"#{_anchor(m.name)}\">{escape(m.name)}</a></td>"
                        f"<td>{escape(str(r.get('runtime')))}/{escape(str(r.get('backend')))}</td>"
                        f"<td>{_badge(run_verdict(r))}</td><td class=\"num\">{_num(worst_logit_diff(r))}</td>"
                        f"<td class=\"num\">{run_seconds(r):.2f} s</td></tr>")
    head = (f"<h1>emlx release gate {_badge(overall)}</h1>"
            f"<p class=\"muted\">{len(models)} model(s){' · ' + escape(generated) if generated else ''}</p>"
            "<table class=\"overview\"><tr><th>model</th><th>runtime/backend</th><th>verdict</th>"
            f"<th>max|Δlogit|</th><th>harness time</th></tr>{''.join(rows)}</table>")
    body = "\n".join(_model_section(m) for m in models)
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>emlx release gate: {overall}</title><style>{CSS}</style></head>\n"
            f"<body data-verdict=\"{overall}\">\n{head}\n{body}\n</body></html>\n")
