"""emlx.reports: report.html / junit.xml / summary.md / report.json from real ParityReport objects whose gates
were computed by emlx.verify.gates on arrays with known differences."""

from __future__ import annotations

import json
import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest

from conftest import have_browser
from emlx.verify.gates import compare_greedy, compare_logits, compare_taps
from emlx.verify.parity import ParityReport, RunReport
from emlx.reports import Int8Thresholds, ModelResult, QualityThresholds, write_reports

ATOL = 1e-4
QUALITY_DOC = {"kind": "quality", "quantization": "int8 (8) + float32 (3)", "ids": [1, 2, 3], "positions": 40,
               "top1_agreement": 0.975, "kl": {"mean": 0.0123, "p99": 0.05, "max": 0.08}, "max_abs_logit_diff": 0.4,
               "flips": 1, "knife_edge_flips": 1, "max_flip_margin": 0.01, "median_flip_margin": 0.01,
               "per_sequence": {"prompt": {"positions": 40, "top1_agreement": 0.975, "kl": {"mean": 0.0123, "max": 0.08},
                                           "flips": 1, "knife_edge_flips": 1, "max_flip_margin": 0.01}},
               "disagreements": [{"sequence": "prompt", "pos": 7, "quant_top1": 3, "f32_top1": 4, "f32_margin": 0.01}]}
#: what an int8.json of emlx before q4 held (reports of that time still read)
INT8_DOC = {"format": "emlx.sidecar", "kind": "int8", "ids": [1, 2, 3], "positions": 40, "top1_agreement": 0.975,
            "kl": {"mean": 0.0123, "p99": 0.05, "max": 0.08}, "max_abs_logit_diff": 0.4,
            "disagreements": [{"pos": 7, "int8_top1": 3, "f32_top1": 4, "f32_margin": 0.01}]}


def _run(runtime: str, backend: str, step_errors: list[float], tap_errors: dict[str, float],
         errors: list[str] | None = None) -> RunReport:
    ref = np.zeros((len(step_errors), 5))
    got = ref.copy()
    got[:, 2] = step_errors  # row i differs by exactly step_errors[i]
    taps_ref = {n: np.ones(4) for n in tap_errors}
    taps_got = {n: np.ones(4) + np.array([0, e, 0, 0]) for n, e in tap_errors.items()}
    gates = [compare_logits("forward.logits", ref, got, ATOL),
             compare_greedy("forward.greedy", [1, 2], [1, 2], [0.5, 0.5], ATOL),
             compare_taps("layers", taps_ref, taps_got, list(tap_errors), ATOL),
             compare_logits("kvcache.logits", ref[:3], got[:3], ATOL)]
    info = {"runtime": {"name": runtime, "version": "20.0"}, "tfjs_version": "4.22.0", "load_ms": 500.0,
            "timings_ms": {"forward": 1200.0, "layers": 300.0, "kvcache": 100.0}}
    return RunReport(runtime, backend, gates, info, errors or [])


def _parity(bundle: str, runs: list[RunReport]) -> dict:
    return ParityReport(bundle=bundle, family="autoresearch-mlx", weights_sha256="ab" * 32, atol=ATOL, runs=runs,
                        seconds=4.5).to_dict()


def _models() -> list[ModelResult]:
    good = _parity("tiny.json", [_run("node", "wasm", [1e-6, 3e-6, 2e-7, 0.0], {"embed": 1e-7, "blocks.0.attn_out": 2e-6}),
                                 _run("chromium", "webgl", [2e-6, 5e-6, 1e-6, 4e-6], {"embed": 1e-7, "blocks.0.attn_out": 3e-6})])
    bad = _parity("tiny-int8.json", [_run("node", "cpu", [1e-6, 5e-4, 2e-6, 1e-6], {"embed": 1e-7, "blocks.0.attn_out": 2e-3})])
    return [ModelResult("tiny", good, timings={"export": 0.8, "sidecars": 1.5, "parity": 4.5}),
            ModelResult("tiny-int8", bad, quality=QUALITY_DOC, quality_thresholds=QualityThresholds(0.99, 0.05),
                        timings={"export": 0.9, "sidecars": 2.0, "parity": 3.0})]


def test_verdicts_and_quality_checks() -> None:
    good, bad = _models()
    assert good.verdict == "PASS" and bad.verdict == "FAIL"
    checks = {c.name: c for c in bad.quality_checks()}
    assert checks["quality.top1_agreement"].passed is False  # 0.975 < 0.99
    assert checks["quality.kl_mean"].passed is True  # 0.0123 <= 0.05
    assert checks["quality.kl_max"].passed is None and checks["quality.kl_max"].value == 0.08  # measured, no threshold
    assert checks["quality.max_flip_margin"].value == 0.01
    # Parity passing but quality below its threshold fails the model; thresholds without a measurement fail too.
    p = _parity("x.json", [_run("node", "cpu", [1e-6], {"embed": 0.0})])
    assert ModelResult("m", p, quality=QUALITY_DOC, quality_thresholds=QualityThresholds(0.99, None)).verdict == "FAIL"
    assert ModelResult("m", p, quality=QUALITY_DOC, quality_thresholds=QualityThresholds(0.97, 0.02)).verdict == "PASS"
    assert ModelResult("m", p, quality=None, quality_thresholds=QualityThresholds(0.9, None)).verdict == "FAIL"
    # the worst position's KL and the most confident flip have thresholds of their own
    assert ModelResult("m", p, quality=QUALITY_DOC, quality_thresholds=QualityThresholds(max_kl_max=0.05)).verdict == "FAIL"
    assert ModelResult("m", p, quality=QUALITY_DOC, quality_thresholds=QualityThresholds(max_kl_max=0.1)).verdict == "PASS"
    assert ModelResult("m", p, quality=QUALITY_DOC,
                       quality_thresholds=QualityThresholds(max_flip_margin=0.005)).verdict == "FAIL"
    # the names before q4: int8= / int8_thresholds= / Int8Thresholds, and an int8.json of that time
    old = ModelResult("m", p, int8=INT8_DOC, int8_thresholds=Int8Thresholds(0.97, 0.02))
    assert old.quality is INT8_DOC and old.verdict == "PASS"
    assert [c.name for c in old.int8_checks()] == ["quality.top1_agreement", "quality.kl_mean", "quality.kl_max"]
    assert ModelResult("m", _parity("x.json", [])).verdict == "FAIL"  # compared nothing
    crashed = _parity("x.json", [_run("node", "cpu", [1e-6], {"embed": 0.0}, errors=["harness crashed: OOM in forward"])])
    assert ModelResult("m", crashed).verdict == "ERROR"
    assert ModelResult("m", None, error="export: no such file").verdict == "ERROR"


def test_junit_has_times_and_failures(tmp_path: Path) -> None:
    files = write_reports(tmp_path / "reports", _models(), step_summary=False)
    root = ET.parse(files.junit).getroot()
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["tiny / node/wasm", "tiny / chromium/webgl", "tiny-int8 / node/cpu",
                                                "tiny-int8 / quality"]
    for el in [root, *suites, *root.iter("testcase")]:
        assert el.get("time") is not None and float(el.get("time")) >= 0, el.attrib
    # harness time of a run: load 0.5 s + sections 1.6 s; forward's 1.2 s shared by its two gates
    assert float(suites[0].get("time")) == pytest.approx(2.1)
    cases = {c.get("name"): c for c in suites[0].iter("testcase")}
    assert float(cases["forward.logits"].get("time")) == pytest.approx(0.6)
    assert float(cases["layers"].get("time")) == pytest.approx(0.3)
    failures = [(s.get("name"), c.get("name")) for s in suites for c in s.iter("testcase") if c.find("failure") is not None]
    assert failures == [("tiny-int8 / node/cpu", "forward.logits"), ("tiny-int8 / node/cpu", "layers"),
                        ("tiny-int8 / node/cpu", "kvcache.logits"),  # its 3 rows include the 5e-4 one
                        ("tiny-int8 / quality", "quality.top1_agreement")]
    assert root.get("failures") == "4" and root.get("errors") == "0"
    assert int(root.get("tests")) == 4 + 4 + 4 + 4
    assert "row 1" in suites[2].find("testcase/failure").get("message")  # 5e-4 > atol at row 1
    assert float(root.get("time")) == pytest.approx(2.1 * 3 + 2.0)


def test_junit_errors_for_crashes(tmp_path: Path) -> None:
    crashed = _parity("x.json", [_run("chromium", "wasm", [1e-6], {"embed": 0.0}, errors=["out of memory in forward"])])
    files = write_reports(tmp_path, [ModelResult("a", crashed), ModelResult("b", None, error="export failed: bad key",
                                                                             timings={"export": 0.2})], step_summary=False)
    root = ET.parse(files.junit).getroot()
    errs = [(c.get("name"), c.find("error").get("message")) for c in root.iter("testcase") if c.find("error") is not None]
    assert errs == [("harness", "out of memory in forward"), ("pipeline", "export failed: bad key")]
    assert root.get("errors") == "2"


def test_browser_runs_take_the_page_wall_time(tmp_path: Path) -> None:
    run = _run("chromium", "webgl", [1e-6], {"embed": 0.0})
    run.info["timings_ms"]["page_wall"] = 3000.0  # the page's wall time holds load and every section
    files = write_reports(tmp_path, [ModelResult("m", _parity("x.json", [run]))], step_summary=False)
    suite = ET.parse(files.junit).getroot().find("testsuite")
    assert float(suite.get("time")) == pytest.approx(3.0)
    assert float(suite.find("testcase[@name='forward.logits']").get("time")) == pytest.approx(0.6)


def test_report_json_and_summary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    step = tmp_path / "step.md"
    step.write_text("earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(step))
    files = write_reports(tmp_path / "r", _models())
    doc = json.loads(files.json.read_text())
    assert doc["format"] == "emlx.report" and doc["passed"] is False
    assert [(m["name"], m["verdict"]) for m in doc["models"]] == [("tiny", "PASS"), ("tiny-int8", "FAIL")]
    m = doc["models"][1]
    assert m["quality"]["top1_agreement"] == 0.975 and m["quality"]["kl"]["mean"] == 0.0123
    assert m["quality"]["quantization"] == "int8 (8) + float32 (3)" and m["quality"]["max_flip_margin"] == 0.01
    assert m["quality_thresholds"] == {"min_top1_agreement": 0.99, "max_kl_mean": 0.05, "max_kl_max": None,
                                       "max_flip_margin": None}
    assert [c["passed"] for c in m["quality_checks"]] == [False, True, None, None]
    # read back (emlx report merge): the same verdict, and a report of emlx before q4 ("int8" keys) reads too
    assert ModelResult.from_dict(m).verdict == "FAIL" and ModelResult.from_dict(m).quality["flips"] == 1
    legacy = {**{k: v for k, v in m.items() if not k.startswith("quality")}, "int8": INT8_DOC,
              "int8_thresholds": {"min_top1_agreement": 0.99, "max_kl_mean": 0.05}}
    assert ModelResult.from_dict(legacy).quality_thresholds == QualityThresholds(0.99, 0.05)
    assert m["parity"]["runs"][0]["gates"][0]["data"]["per_step_max_abs"] == pytest.approx([1e-6, 5e-4, 2e-6, 1e-6])
    assert m["timings"] == {"export": 0.9, "sidecars": 2.0, "parity": 3.0}

    md = files.summary.read_text()
    assert md.startswith("## emlx release gate: ❌ FAIL")
    assert "| tiny | chromium/webgl | ✅ PASS | 5e-06 |" in md
    assert "| tiny-int8 | node/cpu | ❌ FAIL | 0.0005 |" in md
    assert "| tiny-int8 | quality.top1_agreement | 0.975 | >= 0.99 | ❌ |" in md
    assert "`layers`: first divergent tap: blocks.0.attn_out" in md
    assert files.step_summary == step and step.read_text() == "earlier step\n" + md


def test_bad_destinations_are_one_line_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from emlx.errors import EmlxInputError

    (tmp_path / "afile").write_text("x")
    with pytest.raises(EmlxInputError, match="report_dir .*afile is a file"):
        write_reports(tmp_path / "afile", _models())
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "no" / "such" / "dir" / "summary.md"))
    with pytest.raises(EmlxInputError, match="GITHUB_STEP_SUMMARY=.*cannot append"):
        write_reports(tmp_path / "r", _models())
    assert sorted(p.name for p in (tmp_path / "r").iterdir()) == ["junit.xml", "report.html", "report.json", "summary.md"]


def test_non_finite_values_stay_strict_json(tmp_path: Path) -> None:
    run = RunReport("node", "cpu", [compare_logits("forward.logits", np.zeros((2, 3)), np.array([[0, 0, 0], [np.inf, 0, 0]]))])
    files = write_reports(tmp_path, [ModelResult("m", _parity("x.json", [run]))], step_summary=False)
    doc = json.loads(files.json.read_text())  # strict: no Infinity literal
    assert doc["models"][0]["parity"]["runs"][0]["gates"][0]["value"] == "inf"
    assert "Infinity" not in files.json.read_text()
    assert not math.isfinite(float(doc["models"][0]["parity"]["runs"][0]["gates"][0]["value"]))


def test_html_is_self_contained_with_plots(tmp_path: Path) -> None:
    files = write_reports(tmp_path, _models(), step_summary=False)
    html = files.html.read_text()
    assert "<script" not in html and "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html and "<link" not in html and "@import" not in html
    # per run: a per-step plot with one polyline per logits gate, and a tap plot with a bar per tap
    assert html.count("per-step max|Δlogit|") >= 3 and html.count('class="series"') == 3 * 2
    assert html.count('class="bar"') == 3 * 2
    assert html.count('class="limit"') == 3  # the dashed atol line, once per step plot
    assert 'data-name="forward.logits"' in html and "tiny-int8 / quality" not in html
    assert "quantisation quality: int8 (8) + float32 (3) vs float32" in html  # the quality section, per sequence
    assert "<td>prompt</td><td class=\"num\">40</td><td class=\"num\">0.9750</td>" in html
    assert '<body data-verdict="FAIL">' in html
    # every link of the overview lands on a section, also for a model name with spaces
    named = write_reports(tmp_path / "named", [ModelResult("my model v2", _models()[0].parity)], step_summary=False)
    for page in (html, named.html.read_text()):
        hrefs = set(re.findall(r'href="#([^"]+)"', page))
        ids = set(re.findall(r' id="([^"]+)"', page))
        assert hrefs and hrefs <= ids and not any(" " in i for i in ids), (hrefs, ids)


@pytest.mark.skipif(not have_browser(), reason="no Chromium on this machine")
def test_html_renders_in_chromium(tmp_path: Path) -> None:
    from chromium_page import chromium, serve

    files = write_reports(tmp_path / "reports", _models(), step_summary=False)
    with serve(files.html.parent) as origin, chromium() as context:
        page = context.new_page()
        page.set_viewport_size({"width": 1200, "height": 900})
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(f"{origin}/report.html", wait_until="load")
        verdicts = page.eval_on_selector_all(".overview [data-verdict]", "els => els.map(e => e.textContent)")
        sections = page.eval_on_selector_all("section.model h2 [data-verdict]", "els => els.map(e => e.textContent)")
        boxes = page.eval_on_selector_all("svg.plot", "els => els.map(e => { const r = e.getBoundingClientRect();"
                                          " return [r.width, r.height, e.querySelectorAll('circle, rect.bar').length]; })")
        fail_color = page.eval_on_selector(".overview .FAIL", "e => getComputedStyle(e).backgroundColor")
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert requests == [f"{origin}/report.html"]  # nothing else fetched
    assert verdicts == ["PASS", "PASS", "FAIL"] and sections == ["PASS", "FAIL"]
    assert len(boxes) == 6 and all(w == 640 and h in (220, 300) and n > 0 for w, h, n in boxes), boxes
    assert fail_color == "rgb(207, 34, 46)"
    assert (tmp_path / "report.png").stat().st_size > 10_000


def test_merge_parity_of_one_model_across_runtimes() -> None:
    from emlx.reports import merge_parity

    node = _parity("m.json", [_run("node", "cpu", [1e-6], {"embed": 0.0})])
    chromium = _parity("m.json", [_run("chromium", "webgl", [5e-4], {"embed": 0.0})])  # fails: 5e-4 > atol
    merged = merge_parity([node, chromium])
    assert merged is not None
    assert [(r["runtime"], r["passed"]) for r in merged["runs"]] == [("node", True), ("chromium", False)]
    assert merged["passed"] is False and merged["seconds"] == pytest.approx(9.0)
    assert merge_parity([node])["passed"] is True and merge_parity([]) is None
    assert ModelResult("m", merged).verdict == "FAIL"
    other = {**node, "weights_sha256": "cd" * 32}
    with pytest.raises(ValueError, match="different weights"):
        merge_parity([node, other])
