"""onnxruntime in JavaScript (onnxruntime-node; onnxruntime-web in headless Chromium, wasm and webgpu) under the
shared gates: emlx.verify.parity.judge must read the results of js/harness/ort-run.js unchanged.

The toy ONNX models of js/test/fixtures/ort-toy follow the export's I/O contract; their sidecars are computed here
in NumPy from the toy's documented arithmetic (make_toy.py), so a plumbing error (cache, smear token, taps, row
selection) fails a gate; a deliberately wrong sidecar proves the gates can fail on this path.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from conftest import ROOT
from emlx.errors import EmlxInputError
from emlx.verify.gates import GateResult
from emlx.runners.ortjs import make_ort_job, read_onnx_header, run_ort_browser_jobs, run_ort_node_jobs
from emlx.verify.parity import judge

TOY = ROOT / "js" / "test" / "fixtures" / "ort-toy"
ATOL = 1e-4
KINDS = ("forward", "layers", "kvcache")
RUN_GATES = {"forward.logits", "forward.greedy", "layers", "kvcache.logits", "kvcache.cached_vs_stateless"}


def _b64(a: np.ndarray) -> dict[str, Any]:
    a = np.ascontiguousarray(a, dtype="<f4")
    return {"shape": list(a.shape), "data": base64.b64encode(a.tobytes()).decode()}


def _toy_logits(toy: dict[str, Any], ids: list[int], smear: bool) -> np.ndarray:
    """make_toy.py's arithmetic in float64: h[t] = cumsum(e - swap(e)) (+ S[ids[t-1]]), logits = W h."""
    E, W, S = (np.asarray(toy[k], dtype=np.float64) for k in ("E", "W", "S"))
    e = E[ids]
    h = np.cumsum(e - e[:, ::-1], axis=0)
    if smear:
        h[1:] += S[ids[:-1]]
    return h @ W.T


def _sidecars(d: Path, smear: bool) -> tuple[dict[str, dict[str, Any]], Path, Path]:
    name = "toy-smear" if smear else "toy"
    model, taps = TOY / f"{name}.onnx", TOY / f"{name}.taps.onnx"
    header = read_onnx_header(model)
    toy = header["toy"]
    head = lambda kind: {"kind": kind, "version": 1, "weights_sha256": header["weights_sha256"],  # noqa: E731
                         "emlx_version": "test", "tolerances": {"logits_atol": ATOL}}
    prompt = [3, 1]
    ids = list(prompt)
    steps = []
    for _ in range(5):
        row = _toy_logits(toy, ids, smear)[-1]
        steps.append(row)
        ids.append(int(np.argmax(row)))
    steps_a = np.array(steps)
    part = np.partition(steps_a, -2, axis=1)
    kv_ids, prefill = [0, 4, 2, 5, 1, 3, 3, 2], 3
    lay_ids = [1, 5, 0, 2, 4]
    docs = {
        "forward": {**head("forward"), "prompt_ids": prompt, "ids": ids, "steps": len(steps),
                    "step_logits": _b64(steps_a), "argmax": [int(x) for x in steps_a.argmax(1)],
                    "margins": [float(x) for x in part[:, -1] - part[:, -2]]},
        "layers": {**head("layers"), "ids": lay_ids, "order": ["embed", "logits"],
                   "taps": {"embed": _b64(np.asarray(toy["E"])[lay_ids]), "logits": _b64(_toy_logits(toy, lay_ids, smear))}},
        "kvcache": {**head("kvcache"), "ids": kv_ids, "prefill": prefill,
                    "cached_logits": _b64(_toy_logits(toy, kv_ids, smear)[prefill - 1:])},
    }
    d.mkdir(parents=True, exist_ok=True)
    for k, doc in docs.items():
        (d / f"{k}.json").write_text(json.dumps(doc))
    return docs, model, taps


def _gates(result: dict[str, Any], docs: dict[str, dict[str, Any]]) -> dict[str, GateResult]:
    return {g.name: g for g in judge(result, docs, ATOL)}


def _assert_all_pass(result: dict[str, Any], docs: dict[str, dict[str, Any]]) -> None:
    assert result["errors"] == [], result["errors"]
    gates = _gates(result, docs)
    assert set(gates) == RUN_GATES  # no memory gate: the harness does not measure one (it says so)
    for g in gates.values():
        assert g.passed, g.to_dict()
    assert gates["forward.logits"].value is not None and gates["forward.logits"].value < 1e-5


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, tuple[dict[str, Any], Path, Path, Path]]:
    out = {}
    for smear in (False, True):
        d = tmp_path_factory.mktemp("smear" if smear else "plain")
        docs, model, taps = _sidecars(d, smear)
        out[smear] = (docs, model, taps, d)
    return out


def _job(case: tuple[dict[str, Any], Path, Path, Path], backend: str) -> dict[str, Any]:
    docs, model, taps, d = case
    return make_ort_job(model, {k: d / f"{k}.json" for k in docs}, backend, taps_model=taps)


def test_onnxruntime_node_toys_pass_every_gate(cases: dict) -> None:
    results = run_ort_node_jobs([_job(cases[False], "cpu"), _job(cases[True], "cpu")], timeout=120)
    for smear, res in zip((False, True), results):
        assert res["runtime"]["name"] == "node" and res["ort_version"].startswith("1.")
        _assert_all_pass(res, cases[smear][0])


def test_gates_fail_on_this_path(cases: dict, tmp_path: Path) -> None:
    """A reference off by 1e-3 in one cached row fails kvcache.logits (and only it): the gates compare real numbers."""
    docs, model, taps, d = cases[True]
    bad = json.loads(json.dumps(docs["kvcache"]))
    arr = np.frombuffer(base64.b64decode(bad["cached_logits"]["data"]), dtype="<f4").copy()
    arr[7] += 1e-3
    bad["cached_logits"]["data"] = base64.b64encode(arr.tobytes()).decode()
    (tmp_path / "kvcache.json").write_text(json.dumps(bad))
    job = make_ort_job(model, {"forward": d / "forward.json", "kvcache": tmp_path / "kvcache.json"}, "cpu", taps_model=None)
    [res] = run_ort_node_jobs([job], timeout=120)
    gates = _gates(res, {"forward": docs["forward"], "kvcache": bad})
    assert not gates["kvcache.logits"].passed and abs(gates["kvcache.logits"].value - 1e-3) < 1e-5
    assert gates["kvcache.cached_vs_stateless"].passed and gates["forward.logits"].passed


def test_onnxruntime_web_wasm_and_webgpu_in_chromium(cases: dict) -> None:
    """The smear toy (the more plumbing: cache and carried token) on both execution providers, one session."""
    results = run_ort_browser_jobs([_job(cases[True], "wasm"), _job(cases[True], "webgpu")], timeout=120)
    for backend, res in zip(("wasm", "webgpu"), results):
        assert res["backend"] == backend and res["runtime"]["name"] == "chromium"
        assert res["cross_origin_isolated"] is True and res["wasm"]["num_threads"] == 1
        _assert_all_pass(res, cases[True][0])
    assert results[1]["webgpu"]["architecture"]  # the adapter the page got (SwiftShader without a GPU)


def test_refused_jobs_are_input_errors(cases: dict, tmp_path: Path) -> None:
    job = _job(cases[False], "cpu")
    with pytest.raises(EmlxInputError, match="does not follow the emlx ONNX I/O contract"):
        run_ort_node_jobs([{**job, "header": read_onnx_header(TOY / "toy-smear.onnx")}], timeout=60)
    with pytest.raises(EmlxInputError, match="not available in onnxruntime-node"):
        run_ort_node_jobs([{**job, "backend": "wasm"}])
    with pytest.raises(EmlxInputError, match="not available in onnxruntime-web"):
        run_ort_browser_jobs([job])


def test_read_onnx_header(tmp_path: Path) -> None:
    import onnx

    h = read_onnx_header(TOY / "toy.onnx")
    assert h["config"]["n_layer"] == 2 and len(h["weights_sha256"]) == 64
    m = onnx.load(str(TOY / "toy.onnx"))
    del m.metadata_props[:]
    onnx.save(m, str(tmp_path / "plain.onnx"))
    with pytest.raises(EmlxInputError, match="no metadata_props\\['emlx.header'\\].*not an emlx ONNX export"):
        read_onnx_header(tmp_path / "plain.onnx")
    (tmp_path / "junk.onnx").write_bytes(os.urandom(64))
    with pytest.raises(EmlxInputError, match="not a readable ONNX model|no metadata_props"):
        read_onnx_header(tmp_path / "junk.onnx")
    with pytest.raises(EmlxInputError, match="not found"):
        read_onnx_header(tmp_path / "missing.onnx")


def test_ort_page_routes_cover_its_import_map() -> None:
    """Every relative URL in ort-browser.html's import map (and the scripts it loads) is on the allow-list, with the
    wasm glue onnxruntime-web imports at run time; none of the TF.js files is needed."""
    import re

    from emlx.runners import chromium as br
    from emlx.runtime import ensure_js, find_node

    js = ensure_js(find_node(), br.page_extras(br.ORT_PAGE, ()))
    routes = br._Routes()
    br._library_routes(routes, js, br.ORT_PAGE, br.page_extras(br.ORT_PAGE, ()))
    html = (js / "harness" / "ort-browser.html").read_text()
    rel = re.findall(r'"(\.\./[^"]+|\./[^"]+)"', html) + re.findall(r'src="(\.{1,2}/[^"]+)"', html)
    assert len(rel) >= 4
    for r in rel:
        assert routes.get(os.path.normpath("/js/harness/" + r)) is not None, r
    for f in ("ort-wasm-simd-threaded.jsep.mjs", "ort-wasm-simd-threaded.jsep.wasm",  # webgpu jobs' build
              "ort-wasm-simd-threaded.mjs", "ort-wasm-simd-threaded.wasm"):  # wasm jobs' build
        assert routes.get(f"/js/node_modules/onnxruntime-web/dist/{f}") is not None
    assert routes.get("/js/node_modules/@tensorflow/tfjs/dist/tf.fesm.js") is None


# --------------------------------------------------------------------------------------------------
# a real export: a fixture checkpoint -> JSON bundle + sidecars (float64 reference) -> ONNX via emlx.onnx


@pytest.fixture(scope="module")
def nanochat_onnx(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, dict[str, dict[str, Any]]]:
    """nanochat d4 (smear, backout, value embeddings, sliding windows) as .onnx + taps .onnx, with real sidecars."""
    import importlib.util

    if importlib.util.find_spec("emlx.onnx") is None:  # only on the ortjs branch before the integrator's merge
        pytest.skip("needs the ONNX builder emlx/onnx (branch onnx), which this tree does not have yet")
    from conftest import FIXTURES, run_cli
    from emlx.formats import load_bundle
    from emlx.onnx.io import write_onnx
    from emlx.runners.ortjs import ensure_taps_model
    from emlx.verify.sidecar_files import load_sidecar, sidecar_path

    d = tmp_path_factory.mktemp("nanochat-onnx")
    bundle_path = d / "m.json"
    assert run_cli("export", FIXTURES / "nanochat" / "base_checkpoints" / "d4", bundle_path).returncode == 0
    assert run_cli("sidecars", bundle_path, "--tokens", "8").returncode == 0
    bundle = load_bundle(bundle_path)
    write_onnx(bundle, d / "m.onnx")
    sc = d / "m.sidecars"
    taps = ensure_taps_model(d / "m.onnx", sc)  # the runner's own taps variant, next to the sidecars
    assert taps == sc / "m.taps.onnx" and ensure_taps_model(d / "m.onnx", sc, build=None) == taps  # reused
    docs = {k: load_sidecar(sidecar_path(sc, k), k, bundle.weights_sha256) for k in ("tokenizer", *KINDS)}
    return d / "m.onnx", taps, sc, docs


def _fixture_job(case: tuple[Path, Path, Path, dict[str, dict[str, Any]]], backend: str) -> dict[str, Any]:
    from emlx.verify.sidecar_files import sidecar_path

    model, taps, sc, docs = case
    return make_ort_job(model, {k: sidecar_path(sc, k) for k in docs}, backend, taps_model=taps)


def _assert_fixture_passes(res: dict[str, Any], docs: dict[str, dict[str, Any]]) -> None:
    assert res["errors"] == [], res["errors"]
    gates = _gates(res, docs)
    assert set(gates) == RUN_GATES | {"tokenizer"}
    for g in gates.values():
        assert g.passed, g.to_dict()
    assert gates["forward.logits"].value <= ATOL and gates["kvcache.logits"].value <= ATOL
    assert not gates["forward.greedy"].data["ties"]


def test_nanochat_onnx_on_onnxruntime_node(nanochat_onnx: tuple) -> None:
    [res] = run_ort_node_jobs([_fixture_job(nanochat_onnx, "cpu")], timeout=300)
    _assert_fixture_passes(res, nanochat_onnx[3])


def test_nanochat_onnx_on_onnxruntime_web_wasm(nanochat_onnx: tuple) -> None:
    from emlx.runners.ortjs import make_ort_jobs
    from emlx.verify.sidecar_files import sidecar_path

    model, taps, sc, docs = nanochat_onnx
    [job] = make_ort_jobs(model, {k: sidecar_path(sc, k) for k in docs}, ["wasm"])  # the parity-run helper: same taps model, reused
    assert job["taps_model"] == str(taps.resolve()) and job["taps"] and job["threads"] == 1
    [res] = run_ort_browser_jobs([job], timeout=300)
    _assert_fixture_passes(res, docs)


def test_parity_of_an_onnx_bundle_under_chromium_defaults_to_a_backend_chromium_offers(nanochat_onnx: tuple,
                                                                                       tmp_path: Path) -> None:
    """`emlx parity x.onnx --runtime chromium` with no --backend runs the first backend chromium offers for .onnx
    bundles (onnxruntime-web wasm; it has no cpu backend) and passes, rather than refusing the default cpu."""
    from conftest import require_chromium, run_cli

    require_chromium()
    model, _, sc, _ = nanochat_onnx
    proc = run_cli("parity", model, "--runtime", "chromium", "--sidecars", sc, "--report-json", tmp_path / "r.json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    runs = json.loads((tmp_path / "r.json").read_text())["models"][0]["parity"]["runs"]
    assert [(r["runtime"], r["backend"], r["passed"]) for r in runs] == [("chromium", "wasm", True)]
    assert runs[0]["info"]["format"] == "onnx" and {g["name"] for g in runs[0]["gates"]} >= RUN_GATES


def test_wrong_header_for_the_weights_is_refused_by_every_sidecar(nanochat_onnx: tuple, tmp_path: Path) -> None:
    """The sidecars were made for these weights; a header claiming other weights gets nothing compared."""
    from emlx.hashing import bundle_sha256

    job = _fixture_job(nanochat_onnx, "cpu")
    h = job["header"]
    # a consistent header for other weights (its bundle_sha256 recomputed, so the identity check passes it on)
    job["header"] = {**h, "weights_sha256": "0" * 64,
                     "bundle_sha256": bundle_sha256(h["config"], h.get("tokenizer"), "0" * 64)}
    [res] = run_ort_node_jobs([job], timeout=300)
    assert len(res["errors"]) == 4 and all("refusing it" in e for e in res["errors"])
    gates = _gates(res, nanochat_onnx[3])
    assert gates and not any(g.passed for g in gates.values())


def test_wrong_semantic_in_the_onnx_export_fails_and_names_the_first_tap(tmp_path: Path) -> None:
    """Same weights, another config (the other RoPE convention on an MLX checkpoint): the sidecars of the right
    config are accepted and the gates fail where the graph first diverges, on onnxruntime-node as on TF.js."""
    override, first_tap = "rope.style=half", "blocks.0.attn.q"
    import importlib.util

    if importlib.util.find_spec("emlx.onnx") is None:  # only on the ortjs branch before the integrator's merge
        pytest.skip("needs the ONNX builder emlx/onnx (branch onnx), which this tree does not have yet")
    from conftest import FIXTURES, run_cli
    from emlx.formats import load_bundle
    from emlx.onnx.io import write_onnx
    from emlx.runners.ortjs import write_taps_model
    from emlx.verify.sidecar_files import load_sidecar

    src = FIXTURES / "autoresearch-mlx" / "model.npz"
    assert run_cli("export", src, tmp_path / "good.json").returncode == 0
    assert run_cli("sidecars", tmp_path / "good.json", "--tokens", "8").returncode == 0
    assert run_cli("export", src, tmp_path / "bad.json", "--set", override).returncode == 0
    bad = load_bundle(tmp_path / "bad.json")
    write_onnx(bad, tmp_path / "bad.onnx")
    write_taps_model(tmp_path / "bad.onnx", tmp_path / "bad.taps.onnx")
    sc = tmp_path / "good.sidecars"
    docs = {k: load_sidecar(sc / f"{k}.json", k, bad.weights_sha256) for k in KINDS}
    job = make_ort_job(tmp_path / "bad.onnx", {k: sc / f"{k}.json" for k in KINDS}, "cpu", taps_model=tmp_path / "bad.taps.onnx")
    [res] = run_ort_node_jobs([job], timeout=300)
    assert res["errors"] == []
    gates = _gates(res, docs)
    assert gates["layers"].data["first_divergent"] == first_tap
    assert not (gates["forward.logits"].passed and gates["kvcache.logits"].passed)


def test_external_data_runs_under_node_and_is_refused_by_the_browser_runner(nanochat_onnx: tuple, tmp_path: Path) -> None:
    """Weights in <name>.onnx.data (what the builder writes above 2 GB; forced here with a 0-byte threshold):
    onnxruntime-node reads them beside the model and passes; the browser runner refuses the job up front."""
    from emlx.formats import load_bundle
    from emlx.onnx.io import data_path, write_onnx
    from emlx.runners.ortjs import has_external_data, write_taps_model

    model, _, sc, docs = nanochat_onnx
    ext = tmp_path / "ext.onnx"
    write_onnx(load_bundle(model.parent / "m.json"), ext, external_data_threshold=0)
    assert data_path(ext).is_file() and has_external_data(ext) and not has_external_data(model)
    taps = write_taps_model(ext, tmp_path / "t" / "ext.taps.onnx")  # another folder: the data is linked there
    assert has_external_data(taps) and os.path.samefile(tmp_path / "t" / data_path(ext).name, data_path(ext))
    job = make_ort_job(ext, {k: sc / f"{k}.json" for k in KINDS}, "cpu", taps_model=taps)
    [res] = run_ort_node_jobs([job], timeout=300)
    assert res["errors"] == [] and all(g.passed for g in judge(res, {k: docs[k] for k in KINDS}, ATOL))
    with pytest.raises(EmlxInputError, match="external data"):
        run_ort_browser_jobs([{**job, "backend": "wasm"}])
