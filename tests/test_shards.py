"""A release gate split over machines (`emlx gate --shard I/N`, `--list`, `--cache DIR`) and put back together
(`emlx report merge`), docs: README "Release gate" and docs/ci/release-gate.yml.

End to end: a three-model config gated as 3 shards + merge gives the same verdicts, gate tables, junit test count
and parity certificates as one `emlx gate`. Then on hand-made shard reports: a missing or duplicated shard is an
ERROR (never a pass), shards of another gate are refused, and the slices are stable, contiguous and balanced.
"""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES, assert_clean_error
from test_gate import gate_cli

MODELS = (("mlx", FIXTURES / "autoresearch-mlx" / "model.npz", False),
          ("torch-int8", FIXTURES / "autoresearch-torch" / "model.pt", True),
          ("eml", FIXTURES / "eml" / "model.npz", False))


def _config(runtimes: str = '["node:cpu"]') -> str:
    out = []
    for name, ckpt, int8 in MODELS:
        out.append(f'[[models]]\nname = "{name}"\ncheckpoint = "{ckpt}"\ntokenizer = "{ckpt.parent / "tokenizer.pkl"}"\n'
                   f'tokens = 4\nruntimes = {runtimes}\n' + ('int8 = true\nmin_top1_agreement = 0.5\n' if int8 else ""))
    return "\n".join(out)


def _tables(doc: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Verdicts and gate tables of a report.json, without times."""
    rows: list[tuple[Any, ...]] = []
    for m in doc["models"]:
        rows.append((m["name"], m["verdict"], json.dumps(m["quality_checks"], sort_keys=True)))
        for r in (m["parity"] or {}).get("runs", []):
            rows.append((m["name"], r["runtime"], r["backend"], r["passed"], tuple(r["errors"]),
                         tuple((g["name"], g["passed"], g["value"], g["limit"]) for g in r["gates"])))
    return rows


def test_three_shards_and_a_merge_give_the_one_gate(tmp_path: Path) -> None:
    (tmp_path / "emlx.toml").write_text(_config())
    listed = gate_cli(tmp_path, "gate", "--list")
    assert listed.returncode == 0 and listed.stdout.splitlines() == [f"{n} node:cpu" for n, _, _ in MODELS], listed
    whole = gate_cli(tmp_path, "gate", "--report-dir", "whole")
    assert whole.returncode == 0, whole.stderr[-3000:]
    for i in (1, 2, 3):
        one = gate_cli(tmp_path, "gate", "--shard", f"{i}/3", "--report-dir", f"s{i}", "--cache", "cache")
        assert one.returncode == 0, one.stderr[-3000:]
        assert one.stderr.count(": exported (") == 1  # one model per shard: exported and its sidecars built once
    merged = gate_cli(tmp_path, "report", "merge", "s1", "s2", "s3", "--out", "merged")
    assert merged.returncode == 0, merged.stderr[-3000:]

    a = json.loads((tmp_path / "whole" / "report.json").read_text())
    b = json.loads((tmp_path / "merged" / "report.json").read_text())
    assert a["passed"] is b["passed"] is True
    assert _tables(a) == _tables(b)
    assert b["shard"]["plan"] == a["shard"]["plan"] and (b["shard"]["index"], b["shard"]["count"]) == (1, 1)
    ja, jb = ET.parse(tmp_path / "whole" / "junit.xml").getroot(), ET.parse(tmp_path / "merged" / "junit.xml").getroot()
    assert int(ja.get("tests", "0")) == int(jb.get("tests", "0")) > 10
    assert [s.get("name") for s in ja] == [s.get("name") for s in jb]
    assert [ln for ln in (tmp_path / "merged" / "summary.md").read_text().splitlines() if "PASS" in ln]
    for name, _, int8 in MODELS:  # the certificates of the shards, merged, certify what the one gate certified
        stem = "model.int8" if int8 else "model"
        ca = json.loads((tmp_path / "whole" / "work" / name / f"{stem}.parity.json").read_text())
        cb = json.loads((tmp_path / "merged" / "work" / name / f"{stem}.parity.json").read_text())
        assert (ca["bundle_identity"], ca["probe"]) == (cb["bundle_identity"], cb["probe"])
        assert [(r["runtime"], r["backend"]) for r in ca["passed"]] == [(r["runtime"], r["backend"]) for r in cb["passed"]]

    import emlx

    api = emlx.gate(tmp_path, shard="3/3", cache=tmp_path / "cache", report_dir=tmp_path / "api", write=False)
    assert [(m.name, m.verdict) for m in api.models] == [("eml", "PASS")] and api.files is None

    again = gate_cli(tmp_path, "gate", "--shard", "2/3", "--report-dir", "s2b", "--cache", "cache")
    assert again.returncode == 0 and "sidecars restored from" in again.stderr, again.stderr[-2000:]
    assert _tables(json.loads((tmp_path / "s2b" / "report.json").read_text())) == \
        _tables(json.loads((tmp_path / "s2" / "report.json").read_text()))


# --------------------------------------------------------------------------------------------------
# merging hand-made shard reports


def _run(rt: str, be: str, ok: bool = True) -> dict[str, Any]:
    return {"runtime": rt, "backend": be, "passed": ok, "info": {}, "errors": [],
            "gates": [{"name": "forward.logits", "passed": ok, "value": 1e-6 if ok else 1.0, "limit": 1e-4, "detail": ""}]}


def _write_shards(root: Path, runs: list[tuple[str, str, str]], count: int, sha: dict[str, str] | None = None) -> list[Path]:
    """report.json of each shard of `runs` (every run passing), as `emlx gate --shard I/count` writes them."""
    from emlx.reports import ModelResult, write_reports
    from emlx.shards import PlannedRun, Shard

    plan = tuple(PlannedRun(*r) for r in runs)
    out = []
    for i in range(1, count + 1):
        shard = Shard(i, count, plan)
        models: dict[str, list[dict[str, Any]]] = {}
        for r in shard.runs:
            models.setdefault(r.model, []).append(_run(r.runtime, r.backend))
        results = [ModelResult(name, {"bundle": "b.json", "family": "f", "weights_sha256": (sha or {}).get(f"{name}{i}", "w"),
                                      "atol": 1e-4, "passed": True, "seconds": 1.0, "warnings": [], "runs": rs})
                   for name, rs in models.items()]
        d = root / f"s{i}"
        write_reports(d, results, step_summary=False, shard=shard.to_dict())
        out.append(d)
    return out


RUNS = [("a", "node", "cpu"), ("a", "node", "wasm"), ("b", "node", "cpu"), ("b", "chromium", "wasm"), ("c", "node", "cpu")]


def test_merge_of_all_shards_passes_and_keeps_the_plan_order(tmp_path: Path) -> None:
    from emlx.reports.merge import merge_folders

    dirs = _write_shards(tmp_path, RUNS, 3)
    models, whole, notes, _ = merge_folders(list(reversed(dirs)))  # the order the folders are given does not matter
    assert notes == [] and [m.verdict for m in models] == ["PASS"] * 3
    assert [(m.name, r["runtime"], r["backend"]) for m in models for r in m.runs] == RUNS
    assert whole.count == 1 and [r.to_list() for r in whole.plan] == [list(r) for r in RUNS]
    assert models[0].parity is not None and models[0].parity["seconds"] == 2.0  # a's two runs came from two shards


def test_a_missing_or_duplicated_shard_is_an_error_not_a_pass(tmp_path: Path) -> None:
    dirs = _write_shards(tmp_path, RUNS, 3)
    missing = gate_cli(tmp_path, "report", "merge", str(dirs[0]), str(dirs[2]), "--out", "m1", "--json")
    assert missing.returncode == 1, missing.stderr
    doc = json.loads(missing.stdout)
    assert doc["passed"] is False
    by_run = {(m["name"], r["runtime"], r["backend"]): r for m in doc["models"] for r in m["parity"]["runs"]}
    assert list(by_run) == RUNS  # every planned run is there, in order
    lost = [k for k, r in by_run.items() if r["errors"]]
    assert lost == [("a", "node", "wasm"), ("b", "node", "cpu")]  # shard 2/3's slice: runs [1, 3) of 5
    assert "shard 2/3 missing" in by_run[lost[0]]["errors"][0]
    assert [m["verdict"] for m in doc["models"]] == ["ERROR", "ERROR", "PASS"]
    junit = ET.parse(tmp_path / "m1" / "junit.xml").getroot()
    assert junit.get("errors") == "2"

    twice = gate_cli(tmp_path, "report", "merge", *map(str, dirs), str(dirs[1]), "--out", "m2", "--json")
    assert twice.returncode == 1
    doc = json.loads(twice.stdout)
    errs = [r["errors"][0] for m in doc["models"] for r in m["parity"]["runs"] if r["errors"]]
    assert len(errs) == 2 and all("shard 2/3 given 2 times" in e for e in errs), errs


def test_shards_of_another_gate_and_reports_that_are_not_shards_are_refused(tmp_path: Path) -> None:
    a = _write_shards(tmp_path / "a", RUNS, 2)
    b = _write_shards(tmp_path / "b", RUNS[:-1], 2)
    assert_clean_error(gate_cli(tmp_path, "report", "merge", str(a[0]), str(b[1]), "--out", "m"), "of another gate")
    plain = tmp_path / "plain"
    plain.mkdir()
    doc = json.loads((a[0] / "report.json").read_text())
    del doc["shard"]
    (plain / "report.json").write_text(json.dumps(doc))
    assert_clean_error(gate_cli(tmp_path, "report", "merge", str(plain), "--out", "m"), "not the report of a gate")
    assert_clean_error(gate_cli(tmp_path, "report", "merge", str(tmp_path / "nope"), "--out", "m"), "no such file")
    edited = json.loads((a[1] / "report.json").read_text())
    edited["shard"]["runs"] = edited["shard"]["runs"][:1]
    (a[1] / "report.json").write_text(json.dumps(edited))
    assert_clean_error(gate_cli(tmp_path, "report", "merge", str(a[0]), str(a[1]), "--out", "m"), "not that slice of its plan")
    assert not (tmp_path / "m").exists()


def test_shards_that_exported_different_weights_make_the_model_an_error(tmp_path: Path) -> None:
    from emlx.reports.merge import merge_folders

    dirs = _write_shards(tmp_path, RUNS, 3, sha={"b2": "one", "b3": "two"})  # b straddles shards 2 and 3
    models, _, _, _ = merge_folders(dirs)
    b = next(m for m in models if m.name == "b")
    assert b.verdict == "ERROR" and "exported different weights" in (b.error or "")


# --------------------------------------------------------------------------------------------------
# the plan and its slices


def test_slices_are_contiguous_balanced_and_cover_the_plan_once() -> None:
    from emlx.shards import PlannedRun, shard_runs

    for total in range(1, 25):
        plan = [PlannedRun(f"m{k // 3}", "node", str(k)) for k in range(total)]
        for count in range(1, total + 1):
            parts = [shard_runs(plan, i, count) for i in range(1, count + 1)]
            assert [r for p in parts for r in p] == plan  # contiguous, in order, each run once
            sizes = [len(p) for p in parts]
            assert max(sizes) - min(sizes) <= 1 and min(sizes) >= 1, (total, count, sizes)


def test_the_plan_is_the_order_one_gate_runs_and_shard_options_are_checked(tmp_path: Path) -> None:
    from emlx import configgate, shards

    (tmp_path / "emlx.toml").write_text(
        f'[[models]]\nname = "x"\ncheckpoint = "{MODELS[0][1]}"\nruntimes = ["node:cpu", "chromium:wasm", "node:wasm"]\n'
        f'[[models]]\nname = "y"\ncheckpoint = "{MODELS[0][1]}"\nruntimes = ["chromium:cpu"]\n')
    cfg = configgate.load_config(tmp_path)
    # a runtime runs all its backends in one session, so node:wasm comes before chromium:wasm
    assert [r.label() for r in shards.plan(cfg)] == ["x node:cpu", "x node:wasm", "x chromium:wasm", "y chromium:cpu"]
    sub, mine = shards.select(cfg, "2/2")
    assert [(m.name, m.runtimes) for m in sub.models] == [("x", (("chromium", "wasm"),)), ("y", (("chromium", "cpu"),))]
    assert [r.label() for r in mine.runs] == ["x chromium:wasm", "y chromium:cpu"]
    listed = gate_cli(tmp_path, "gate", "--list", "--shard", "1/2", "--json")
    assert json.loads(listed.stdout)["runs"] == [{"model": "x", "runtime": "node", "backend": b} for b in ("cpu", "wasm")]
    for bad in ("0/2", "3/2", "a/b", "2"):
        assert_clean_error(gate_cli(tmp_path, "gate", "--shard", bad), "--shard expects I/N")
    assert_clean_error(gate_cli(tmp_path, "gate", "--shard", "5/5"), "the gate has 4 run(s)")


def test_sidecar_cache_restores_only_an_entry_of_this_identity(tmp_path: Path) -> None:
    from emlx.exporter.export import ExportOptions, export
    from emlx.sidecarcache import restore_or_build
    from emlx.verify.sidecars import SidecarOptions, build_sidecars

    res = export(MODELS[0][1], tmp_path / "m.json", ExportOptions(tokenizer=MODELS[0][1].parent / "tokenizer.pkl"))
    opts = SidecarOptions(tokens=2, bundle_path=tmp_path / "m.json")
    built: list[Path] = []

    def build_into(d: Path, o: SidecarOptions = opts) -> Any:
        def build() -> tuple[dict[str, Any] | None, list[str]]:
            built.append(d)
            return build_sidecars(res.bundle, d, o).quality, ["a warning"]
        return build

    first = restore_or_build(tmp_path / "cache", res.bundle, tmp_path / "a", opts, build_into(tmp_path / "a"), lambda _m: None)
    second = restore_or_build(tmp_path / "cache", res.bundle, tmp_path / "b", opts, build_into(tmp_path / "b"), lambda _m: None)
    assert built == [tmp_path / "a"] and second.warnings == first.warnings == ["a warning"]
    names = sorted(p.name for p in (tmp_path / "a").glob("*.json"))
    assert names == sorted(p.name for p in (tmp_path / "b").glob("*.json")) and "forward.json" in names
    for n in names:
        assert (tmp_path / "a" / n).read_bytes() == (tmp_path / "b" / n).read_bytes()
    # an entry whose sidecars were made for another bundle identity is rebuilt, not used
    [entry] = [p for p in (tmp_path / "cache").iterdir() if p.is_dir()]
    fwd = json.loads((entry / "forward.json").read_text())
    fwd["bundle_identity"]["config_sha256"] = "0" * 64
    (entry / "forward.json").write_text(json.dumps(fwd))
    restore_or_build(tmp_path / "cache", res.bundle, tmp_path / "c", opts, build_into(tmp_path / "c"), lambda _m: None)
    assert built == [tmp_path / "a", tmp_path / "c"]
    # other sidecar options are another entry
    other = SidecarOptions(tokens=3, bundle_path=tmp_path / "m.json")
    restore_or_build(tmp_path / "cache", res.bundle, tmp_path / "d", other, build_into(tmp_path / "d", other), lambda _m: None)
    assert built[-1] == tmp_path / "d" and len([p for p in (tmp_path / "cache").iterdir() if p.is_dir()]) == 2
    shutil.rmtree(tmp_path / "cache")
