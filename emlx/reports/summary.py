"""summary.md: the verdicts in a few lines of GitHub-flavoured Markdown (for $GITHUB_STEP_SUMMARY and PRs)."""

from __future__ import annotations

from typing import Sequence

from emlx.reports.model import (PASS, ModelResult, overall_passed, run_seconds, run_verdict, sidecars_line,
                                worst_logit_diff)

ICON = {"PASS": "✅", "FAIL": "❌", "ERROR": "⚠️"}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_summary(models: Sequence[ModelResult]) -> str:
    overall = PASS if overall_passed(list(models)) else "FAIL"
    out = [f"## emlx release gate: {ICON[overall]} {overall}", "",
           "| model | runtime | verdict | max\\|Δlogit\\| | time |", "|---|---|---|---:|---:|"]
    for m in models:
        if not m.runs:
            out.append(f"| {_cell(m.name)} | – | {ICON[m.verdict]} {m.verdict} | – | – |")
        for r in m.runs:
            v = run_verdict(r)
            worst = worst_logit_diff(r)
            out.append(f"| {_cell(m.name)} | {r.get('runtime')}/{r.get('backend')} | {ICON[v]} {v} | "
                       f"{'–' if worst is None else f'{worst:.3g}'} | {run_seconds(r):.2f} s |")
    int8 = [(m, c) for m in models for c in m.int8_checks()]
    if int8:
        out += ["", "| model | int8 quality | value | threshold | |", "|---|---|---:|---|---|"]
        for m, c in int8:
            mark = "no threshold" if c.passed is None else ("✅" if c.passed else "❌")
            val = "–" if c.value is None else f"{c.value:.4g}"
            thr = "–" if c.limit is None else f"{c.op} {c.limit:g}"
            out.append(f"| {_cell(m.name)} | {c.name} | {val} | {thr} | {mark} |")
    provenance = [(m, line) for m in models if (line := sidecars_line(m))]
    if provenance:
        out += ["", "Sidecars: " + "; ".join(f"{_cell(m.name)}: {_cell(line)}" for m, line in provenance)]
    problems = []
    for m in models:
        if m.error:
            problems.append(f"- **{_cell(m.name)}**: error: {_cell(m.error)}")
        for r in m.runs:
            for e in r.get("errors") or []:
                problems.append(f"- **{_cell(m.name)}** {r.get('runtime')}/{r.get('backend')}: error: {_cell(str(e))}")
            for g in r.get("gates") or []:
                if not g.get("passed"):
                    problems.append(f"- **{_cell(m.name)}** {r.get('runtime')}/{r.get('backend')} `{g.get('name')}`: "
                                    f"{_cell(str(g.get('detail', '')))}")
        for c in m.int8_checks():
            if c.passed is False:
                problems.append(f"- **{_cell(m.name)}** `{c.name}`: {_cell(c.detail)}")
    if problems:
        out += ["", "### What failed", "", *problems]
    timings = [m for m in models if m.timings]
    if timings:
        out += ["", "Phases: " + "; ".join(
            f"{_cell(m.name)} " + ", ".join(f"{k} {float(v):.1f} s" for k, v in m.timings.items()) for m in timings)]
    return "\n".join(out) + "\n"
