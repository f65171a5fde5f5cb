"""`emlx demo` (scripts/demo.sh): the main job on the embedded fixture writes the four reports into its output folder
(report.html first among them) and prints where, next to the bundle, its sidecars and its parity certificate."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli


def test_demo_writes_report_html_into_its_output_folder_and_prints_its_path(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    proc = run_cli("demo", "--out", out, "--no-browser")
    assert proc.returncode == 0, proc.stderr[-3000:]
    html = out / "report.html"
    assert proc.stdout.strip().splitlines()[-1] == f"report: {html}"
    text = html.read_text()
    assert 'data-verdict="PASS"' in text and "node/cpu" in text and "node/wasm" in text
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == [
        "junit.xml", "model.json", "model.parity.json", "report.html", "report.json", "summary.md"]
    doc = json.loads((out / "report.json").read_text())
    assert doc["passed"] is True and [r["backend"] for r in doc["models"][0]["parity"]["runs"]] == ["cpu", "wasm"]
    cert = json.loads((out / "model.parity.json").read_text())
    assert [(r["runtime"], r["backend"]) for r in cert["passed"]] == [("node", "cpu"), ("node", "wasm")]
