"""junit.xml: one testsuite per model x runtime/backend (a testcase per gate) plus one per model for its
quantisation quality; a failed gate is a <failure>, a runtime that crashed or a phase that never ran is an <error>. Every
testcase, suite and the root carry `time` in seconds."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Sequence

from emlx.reports.model import ModelResult, gate_seconds, run_seconds


def _t(seconds: float) -> str:
    return f"{max(seconds, 0.0):.3f}"


def render_junit(models: Sequence[ModelResult]) -> bytes:
    root = ET.Element("testsuites", name="emlx release gate")
    totals = {"tests": 0, "failures": 0, "errors": 0, "time": 0.0}

    def suite(name: str) -> ET.Element:
        return ET.SubElement(root, "testsuite", name=name)

    def close(s: ET.Element, tests: int, failures: int, errors: int, seconds: float) -> None:
        s.set("tests", str(tests))
        s.set("failures", str(failures))
        s.set("errors", str(errors))
        s.set("time", _t(seconds))
        totals["tests"] += tests
        totals["failures"] += failures
        totals["errors"] += errors
        totals["time"] += seconds

    for m in models:
        if m.error or m.parity is None:
            s = suite(f"{m.name}")
            tc = ET.SubElement(s, "testcase", classname=f"emlx.{m.name}", name="pipeline",
                               time=_t(sum(float(v) for v in m.timings.values())))
            msg = m.error or "no parity report"
            ET.SubElement(tc, "error", message=msg[:500]).text = msg
            close(s, 1, 0, 1, sum(float(v) for v in m.timings.values()))
        elif not m.runs:
            s = suite(f"{m.name}")
            tc = ET.SubElement(s, "testcase", classname=f"emlx.{m.name}", name="runs", time="0.000")
            ET.SubElement(tc, "failure", message="no runtime ran: nothing was compared").text = "no runs"
            close(s, 1, 1, 0, 0.0)
        for run in m.runs:
            rt, be = run.get("runtime"), run.get("backend")
            s = suite(f"{m.name} / {rt}/{be}")
            times = gate_seconds(run)
            fails = errs = 0
            gates = run.get("gates") or []
            for g in gates:
                tc = ET.SubElement(s, "testcase", classname=f"emlx.{m.name}.{rt}.{be}", name=str(g["name"]),
                                   time=_t(times.get(g["name"], 0.0)))
                detail = str(g.get("detail", ""))
                if g.get("passed"):
                    ET.SubElement(tc, "system-out").text = detail
                else:
                    fails += 1
                    f = ET.SubElement(tc, "failure", message=detail[:500] or "gate failed")
                    f.text = f"value={g.get('value')} limit={g.get('limit')}\n{detail}"
            n = len(gates)
            if run.get("errors"):
                errs += 1
                n += 1
                tc = ET.SubElement(s, "testcase", classname=f"emlx.{m.name}.{rt}.{be}", name="harness", time="0.000")
                e = ET.SubElement(tc, "error", message=str(run["errors"][0])[:500])
                e.text = "\n".join(str(x) for x in run["errors"])
            close(s, n, fails, errs, run_seconds(run))
        checks = m.quality_checks()
        if checks:
            s = suite(f"{m.name} / quality")
            fails = 0
            for c in checks:
                tc = ET.SubElement(s, "testcase", classname=f"emlx.{m.name}.quality", name=c.name,
                                   time=_t(float(m.timings.get("sidecars", 0.0)) / len(checks)))
                if c.passed is False:
                    fails += 1
                    ET.SubElement(tc, "failure", message=c.detail[:500]).text = f"value={c.value} limit={c.op} {c.limit}\n{c.detail}"
                else:
                    ET.SubElement(tc, "system-out").text = c.detail
            close(s, len(checks), fails, 0, float(m.timings.get("sidecars", 0.0)))
    for k in ("tests", "failures", "errors"):
        root.set(k, str(totals[k]))
    root.set("time", _t(float(totals["time"])))
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
