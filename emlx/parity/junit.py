"""JUnit XML for CI systems: one testsuite per runtime/backend, one testcase per gate."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from emlx.atomic import write_bytes_atomic
from emlx.parity.parity import ParityReport


def to_junit(report: ParityReport) -> bytes:
    suites = ET.Element("testsuites", name=f"emlx parity {Path(report.bundle).name}")
    total = fails = 0
    for run in report.runs:
        cases = list(run.gates)
        n_fail = sum(not g.passed for g in cases) + (1 if run.errors else 0)
        suite = ET.SubElement(suites, "testsuite", name=f"{run.name}", tests=str(len(cases) + (1 if run.errors else 0)),
                              failures=str(n_fail), errors="0")
        for g in cases:
            tc = ET.SubElement(suite, "testcase", classname=f"emlx.{run.runtime}.{run.backend}", name=g.name)
            if not g.passed:
                f = ET.SubElement(tc, "failure", message=g.detail[:500])
                f.text = f"value={g.value} limit={g.limit}\n{g.detail}"
            else:
                ET.SubElement(tc, "system-out").text = g.detail
        if run.errors:
            tc = ET.SubElement(suite, "testcase", classname=f"emlx.{run.runtime}.{run.backend}", name="harness")
            ET.SubElement(tc, "failure", message=run.errors[0][:500]).text = "\n".join(run.errors)
        total += len(cases)
        fails += n_fail
    suites.set("tests", str(total))
    suites.set("failures", str(fails))
    return ET.tostring(suites, encoding="utf-8", xml_declaration=True)


def write_junit(path: Path, report: ParityReport) -> None:
    write_bytes_atomic(Path(path), to_junit(report))
