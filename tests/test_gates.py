"""Gate arithmetic on hand-made numbers (docs/DESIGN.md §6), and the JUnit/JSON report shapes."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np

from emlx.verify.gates import compare_greedy, compare_logits, compare_taps, compare_tokenizer, top2_margin
from emlx.reports.junit import render_junit
from emlx.reports.model import ModelResult
from emlx.verify.parity import ParityReport, RunReport


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
    root = ET.fromstring(render_junit([ModelResult("m", rep.to_dict())]))
    assert root.get("failures") == "1" and root.get("errors") == "1"  # the failed greedy gate; the crashed run
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["m / node/cpu", "m / chromium/webgl"]
    assert suites[0].find("testcase[@name='forward.greedy']/failure") is not None
    assert not rep.passed and rep.to_dict()["runs"][0]["passed"] is False


# --------------------------------------------------------------------------------------------------
# a gate that compared nothing is a FAIL, never a vacuous PASS


def test_empty_comparisons_fail_as_nothing_compared() -> None:
    for r in (compare_logits("forward.logits", np.zeros((0, 5)), np.zeros((0, 5))),
              compare_tokenizer("tokenizer", [], []),
              compare_greedy("forward.greedy", [], [], []),
              compare_taps("layers", {}, {}, [])):
        assert not r.passed and r.detail.startswith("nothing compared"), (r.name, r.detail)
    # one row, one case, one step, one tap: a real comparison that passes
    assert compare_logits("x", np.zeros((1, 5)), np.zeros((1, 5))).passed
    assert compare_tokenizer("t", [{"text": "a", "ids": [1]}], [[1]]).passed
    assert compare_greedy("g", [3], [3], [1.0]).passed
    assert compare_taps("l", {"embed": np.ones(2)}, {"embed": np.ones(2)}, ["embed"]).passed


def _docs() -> dict:
    from emlx.verify.sidecar_files import b64_array

    logits = np.array([[0.0, 2.0, 1.0]])
    return {"tokenizer": {"cases": [{"text": "a", "ids": [1], "special": "none"}]},
            "forward": {"step_logits": b64_array(logits), "argmax": [1], "margins": [1.0]},
            "layers": {"taps": {"embed": b64_array(np.ones((1, 2)))}, "order": ["embed"]},
            "kvcache": {"cached_logits": b64_array(logits)}}


def _result() -> dict:
    from emlx.verify.sidecar_files import b64_array

    logits = np.array([[0.0, 2.0, 1.0]])
    return {"tokenizer": [{"ids": [1]}], "forward": {"step_logits": b64_array(logits), "argmax": [1]},
            "layers": {"embed": b64_array(np.ones((1, 2)))},
            "kvcache": {"cached_logits": b64_array(logits), "stateless_logits": b64_array(logits)}}


def test_judge_fails_every_section_the_run_did_not_produce() -> None:
    from emlx.verify.parity import judge

    gates = {g.name: g for g in judge(_result(), _docs(), 1e-4)}
    assert set(gates) == {"tokenizer", "forward.logits", "forward.greedy", "layers", "kvcache.logits",
                          "kvcache.cached_vs_stateless"}
    assert all(g.passed for g in gates.values())
    assert "memory" not in gates  # the memory gate appears only when measured
    for section, names in (("tokenizer", ["tokenizer"]), ("forward", ["forward.logits", "forward.greedy"]),
                           ("layers", ["layers"]), ("kvcache", ["kvcache.logits", "kvcache.cached_vs_stateless"])):
        res = {**_result(), section: None}  # the harness errored in this section
        gates = {g.name: g for g in judge(res, _docs(), 1e-4)}
        for n in names:
            assert not gates[n].passed and gates[n].detail.startswith("nothing compared"), (n, gates[n].detail)
    # what the harness returns for `cases: []` / `steps: 0` sidecars: empty lists, still a FAIL
    docs = {**_docs(), "tokenizer": {"cases": []}}
    assert not {g.name: g for g in judge({**_result(), "tokenizer": []}, docs, 1e-4)}["tokenizer"].passed
    from emlx.verify.sidecar_files import b64_array

    docs = {**_docs(), "forward": {"step_logits": b64_array(np.zeros((0, 3))), "argmax": [], "margins": []}}
    res = {**_result(), "forward": {"step_logits": b64_array(np.zeros((0, 3))), "argmax": []}}
    gates = {g.name: g for g in judge(res, docs, 1e-4)}
    assert not gates["forward.logits"].passed and not gates["forward.greedy"].passed
    # memory measured: the gate appears, and fails on growth
    gates = {g.name: g for g in judge({**_result(), "memory": {"num_tensors": [10, 11, 11]}}, _docs(), 1e-4)}
    assert gates["memory"].passed
    gates = {g.name: g for g in judge({**_result(), "memory": {"num_tensors": [10, 11, 12]}}, _docs(), 1e-4)}
    assert not gates["memory"].passed


def test_a_run_without_gates_is_not_a_pass() -> None:
    empty = RunReport("node", "cpu", [])
    assert not empty.passed
    assert not ParityReport(bundle="b", family="f", weights_sha256="0", atol=1e-4, runs=[empty]).passed
    assert not ParityReport(bundle="b", family="f", weights_sha256="0", atol=1e-4, runs=[]).passed
    ok = compare_logits("x", np.zeros((1, 2)), np.zeros((1, 2)))
    assert RunReport("node", "cpu", [ok]).passed
