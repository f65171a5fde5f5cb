"""Gate arithmetic on hand-made numbers (docs/DESIGN.md §6), and the JUnit/JSON report shapes."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np

from emlx.parity.gates import compare_greedy, compare_logits, compare_taps, compare_tokenizer, top2_margin
from emlx.parity.junit import to_junit
from emlx.parity.parity import ParityReport, RunReport


def test_logits_gate_boundary() -> None:
    ref = np.zeros((3, 4))
    got = ref.copy()
    got[1, 2] = 1e-4  # exactly at the tolerance passes
    r = compare_logits("x", ref, got, 1e-4)
    assert r.passed and r.value == 1e-4 and r.data["per_step_max_abs"] == [0.0, 1e-4, 0.0]
    got[2, 0] = -2.5e-4
    r = compare_logits("x", ref, got, 1e-4)
    assert not r.passed and r.value == 2.5e-4 and r.data["rows_over"] == [2]
    got[0, 0] = np.nan
    assert not compare_logits("x", ref, got, 1e-4).passed
    assert not compare_logits("x", ref, got[:2], 1e-4).passed  # shape mismatch


def test_greedy_ties_are_not_failures() -> None:
    logits = np.array([[0.0, 5.0, 4.99995], [1.0, 0.0, 3.0]])
    margins = top2_margin(logits)
    assert np.allclose(margins, [5e-5, 2.0])
    r = compare_greedy("g", [1, 2], [2, 2], list(margins), 1e-4)  # flip on a 5e-5 knife edge: tie
    assert r.passed and len(r.data["ties"]) == 1 and not r.data["flips"]
    r = compare_greedy("g", [1, 2], [1, 0], list(margins), 1e-4)  # flip with a 2-logit margin: failure
    assert not r.passed and r.data["flips"][0] == {"step": 1, "reference": 2, "got": 0, "reference_margin": 2.0}


def test_tokenizer_first_difference() -> None:
    cases = [{"text": "ab", "ids": [1, 2, 3], "special": "none"}, {"text": "cd", "ids": [4], "special": "all"}]
    r = compare_tokenizer("t", cases, [[1, 2, 3], [4]])
    assert r.passed
    r = compare_tokenizer("t", cases, [[1, 9, 3], [4]])
    assert not r.passed and r.data["mismatches"][0]["position"] == 1
    r = compare_tokenizer("t", cases, [[1, 2], [4]])  # shorter: first difference at the end
    assert r.data["mismatches"][0]["position"] == 2


def test_taps_first_divergent_in_forward_order() -> None:
    order = ["embed", "blocks.0.attn.q", "blocks.0.out", "logits"]
    ref = {n: np.ones((2, 3)) * 10 for n in order}  # magnitude 10 -> tap tolerance 1e-3
    got = {n: v.copy() for n, v in ref.items()}
    got["blocks.0.attn.q"][0, 0] += 9e-4
    assert compare_taps("l", ref, got, order, 1e-4).passed
    got["blocks.0.out"][0, 0] += 2e-3
    got["logits"][0, 0] += 1.0
    r = compare_taps("l", ref, got, order, 1e-4)
    assert not r.passed and r.data["first_divergent"] == "blocks.0.out"
    del got["embed"]
    assert compare_taps("l", ref, got, order, 1e-4).data["first_divergent"] == "embed"


def test_junit_counts_failures() -> None:
    ok = compare_logits("forward.logits", np.zeros((1, 2)), np.zeros((1, 2)))
    bad = compare_greedy("forward.greedy", [1], [0], [3.0])
    rep = ParityReport(bundle="b.json", family="f", weights_sha256="0" * 64, atol=1e-4,
                       runs=[RunReport("node", "cpu", [ok, bad]), RunReport("chromium", "webgl", [ok], errors=["boom"])])
    root = ET.fromstring(to_junit(rep))
    assert root.get("failures") == "2"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["node/cpu", "chromium/webgl"]
    assert suites[0].find("testcase[@name='forward.greedy']/failure") is not None
    assert not rep.passed and rep.to_dict()["runs"][0]["passed"] is False
