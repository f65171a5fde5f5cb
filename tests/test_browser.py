"""The browser runner: headless Chromium runs the TF.js port on cpu, wasm, webgl and webgpu and the shared gates judge it.

The gate must be able to fail AND pass: the fixture passes on every backend, and the same run with one weight
perturbed (the harness job's test-only `perturb` option) fails the logits gate and names the first divergent tap.

Without a Chromium the end-to-end tests skip — unless EMLX_REQUIRE_BROWSER is set (CI), then they fail.
The allow-list server and Chromium discovery are tested without a browser.
"""

from __future__ import annotations

import http.client
import json
import os
import time
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES, ROOT, require_chromium
from emlx.errors import EmlxInputError
from emlx.runners import chromium as br

BACKENDS = ("cpu", "wasm", "webgl", "webgpu")
KINDS = ("tokenizer", "forward", "layers", "kvcache")
ATOL = 1e-4
# Test-only fault injection (applied by js/harness/run.js after the bundle is loaded): one element of c_v in
# block 2. q/k of block 2 and everything before it are untouched, so the first divergent tap must be its v.
PERTURB = {"tensor": "blocks.2.attn.c_v.weight", "index": 5, "delta": 0.25}
PERTURB_FIRST_TAP = "blocks.2.attn.v"


@pytest.fixture(scope="module")
def browser_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Export the MLX fixture, build its sidecars, run cpu/wasm/webgl/webgpu + one perturbed run in ONE Chromium session."""
    require_chromium()
    from emlx.formats import load_bundle
    from emlx.exporter.export import ExportOptions, export
    from emlx.runners import make_job
    from emlx.verify.sidecar_files import load_sidecar, sidecar_path
    from emlx.verify.sidecars import SidecarOptions, build_sidecars

    out = tmp_path_factory.mktemp("browser")
    bundle_path = out / "model.json"
    export(FIXTURES / "autoresearch-mlx" / "model.npz", bundle_path, ExportOptions())
    bundle = load_bundle(bundle_path)
    sc_dir = out / "model.sidecars"
    build_sidecars(bundle, sc_dir, SidecarOptions())
    files = {k: sidecar_path(sc_dir, k) for k in KINDS}
    docs = {k: load_sidecar(p, k, bundle.weights_sha256) for k, p in files.items()}
    jobs = [make_job(bundle_path, files, b) for b in BACKENDS]
    jobs.append(make_job(bundle_path, files, "wasm", {"perturb": dict(PERTURB)}))
    jobs.append(make_job(bundle_path, files, "wasm", {"threads": 2, "threads_min_work": 0}))  # Web Workers, every matmul
    t0 = time.perf_counter()
    results = br.run_browser_jobs(jobs, timeout=600)
    wall = time.perf_counter() - t0
    return {"results": results, "docs": docs, "wall": wall, "jobs": jobs}


def _report(run: dict[str, Any], i: int) -> Any:
    from emlx.verify.parity import run_report

    res = run["results"][i]
    return run_report("chromium", run["jobs"][i]["backend"], res, run["docs"], ATOL)


def _describe(rep: Any) -> str:
    return json.dumps({"errors": rep.errors, "gates": [(g.name, g.passed, g.value, g.detail) for g in rep.gates],
                       "info": rep.info}, default=str)[:4000]


@pytest.mark.parametrize("i,backend", list(enumerate(BACKENDS)))
def test_fixture_passes_every_gate_in_chromium(browser_run: dict[str, Any], i: int, backend: str) -> None:
    res = browser_run["results"][i]
    rep = _report(browser_run, i)
    assert rep.passed, _describe(rep)
    names = {g.name for g in rep.gates}
    assert {"tokenizer", "forward.logits", "forward.greedy", "layers", "kvcache.logits",
            "kvcache.cached_vs_stateless"} <= names, names
    assert res["backend"] == backend
    assert res["browser"]["name"] == "chromium" and res["browser"]["version"], res["browser"]
    assert "HeadlessChrome" in res["browser"]["user_agent"]
    assert res["cross_origin_isolated"] is True  # COOP/COEP reached the page
    if backend == "webgl":
        assert res["renderer"], res.get("webgl")
        flags = res["webgl"]["flags"]
        assert flags["WEBGL_FORCE_F16_TEXTURES"] is False
        assert flags["WEBGL_RENDER_FLOAT32_ENABLED"] is True, flags
    if backend == "wasm":
        assert res["wasm"]["WASM_HAS_SIMD_SUPPORT"] is True
    if backend == "webgpu":
        # a real WebGPU adapter answered (SwiftShader without a GPU), and the run used it
        assert res["webgpu"]["available"] is True, res.get("webgpu")
        assert res["renderer"], res.get("webgpu")
        assert res["backend_info"]["backend"] == "webgpu"


def test_perturbed_weight_fails_the_logits_gate_and_names_the_tap(browser_run: dict[str, Any]) -> None:
    rep = _report(browser_run, len(BACKENDS))
    assert not rep.passed
    gates = {g.name: g for g in rep.gates}
    assert not gates["forward.logits"].passed, _describe(rep)
    assert gates["forward.logits"].value > ATOL
    assert gates["layers"].data["first_divergent"] == PERTURB_FIRST_TAP, _describe(rep)
    # nothing before the perturbed tensor moved
    taps = gates["layers"].data["taps"]
    before = taps[: [t["tap"] for t in taps].index(PERTURB_FIRST_TAP)]
    assert before and all(t["ok"] for t in before), before
    # the tokenizer does not depend on weights: still exact
    assert gates["tokenizer"].passed


def test_wasm_engine_on_two_web_workers_passes_every_gate(browser_run: dict[str, Any]) -> None:
    """The runner's page is cross-origin isolated (COOP/COEP), so the engine's matmuls run on 2 threads (the page
    and one Web Worker on the SharedArrayBuffer memory), gated like one thread."""
    i = len(BACKENDS) + 1
    res = browser_run["results"][i]
    rep = _report(browser_run, i)
    assert rep.passed, _describe(rep)
    assert res["cross_origin_isolated"] is True
    assert res["port"]["shared_memory"] is True
    th = res["port"]["threads"]
    assert (th["requested"], th["used"], th["note"]) == (2, 2, None), th
    assert th["shared_matmuls"] > 0, th


def test_one_session_and_wall_time(browser_run: dict[str, Any]) -> None:
    versions = {r["browser"]["version"] for r in browser_run["results"]}
    assert len(versions) == 1
    assert browser_run["wall"] < 600
    for r in browser_run["results"]:
        assert r.get("timings_ms", {}).get("page_wall", 0) > 0


# --------------------------------------------------------------------------------------------------
# no browser needed


@pytest.mark.parametrize("name", [pytest.param("gpt2", marks=pytest.mark.matrix), "qwen3"])
def test_recipe_folder_passes_on_every_backend(name: str, tmp_path: Path) -> None:
    """The block recipe in the browser: a transformers folder export (GPT-2: LayerNorm with bias, learned positions,
    GELU tanh, biases, tied head; Qwen3: q/k norms before RoPE, SwiGLU, GQA) gated on cpu, wasm (the emlx engine),
    webgl and webgpu (TF.js ops) in one Chromium session."""
    require_chromium()
    from conftest import run_cli

    bundle = tmp_path / "b.safetensors"
    assert run_cli("export", FIXTURES / "hf" / name, bundle).returncode == 0
    rep = tmp_path / "r.json"
    proc = run_cli("parity", bundle, "--browser", "chromium", "--backend", "all", "--json", rep)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    runs = json.loads(rep.read_text())["runs"]
    assert [r["backend"] for r in runs] == list(BACKENDS)
    for run in runs:
        gates = {g["name"]: g for g in run["gates"]}
        assert run["passed"] and not run["errors"], run["backend"]
        assert gates["forward.logits"]["value"] <= ATOL and gates["layers"]["passed"], (run["backend"], gates["forward.logits"])


@pytest.fixture()
def server(tmp_path: Path):
    f = tmp_path / "a b.json"
    f.write_text('{"x": 1}')
    routes = br._Routes()
    routes.add_file("/js/harness/browser.html", ROOT / "js" / "harness" / "browser.html")
    routes.add_file("/js/harness/browser.mjs", ROOT / "js" / "harness" / "browser.mjs")
    data = br._DataFiles(routes)
    url = data.url(f, "bundle")
    srv = br._AllowListServer(routes).start()
    try:
        yield srv, url
    finally:
        srv.stop()


def _get(srv: br._AllowListServer, path: str, method: str = "GET",
         headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", srv.server_address[1], timeout=10)
    try:
        conn.request(method, path, headers=headers or {})
        r = conn.getresponse()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
    finally:
        conn.close()


def test_server_serves_only_the_allow_list_with_isolation_headers(server) -> None:
    srv, url = server
    assert srv.server_address[0] == "127.0.0.1"
    st, h, body = _get(srv, "/js/harness/browser.mjs")
    assert st == 200 and h["content-type"].startswith("text/javascript") and b"emlxRun" in body
    assert h["cross-origin-opener-policy"] == "same-origin"
    assert h["cross-origin-embedder-policy"] == "require-corp"
    st, h, body = _get(srv, "/js/harness/browser.html")
    assert st == 200 and h["content-type"].startswith("text/html") and b"importmap" in body
    st, h, body = _get(srv, url)
    assert st == 200 and h["content-type"] == "application/json" and json.loads(body) == {"x": 1}
    assert "%20" in url  # names are URL-encoded and decoded by the server
    st, h, body = _get(srv, url, "HEAD")
    assert st == 200 and body == b"" and h["content-length"] == "8"
    for bad in ("/", "/js/", "/js/harness/", "/js/harness/../../pyproject.toml", "/etc/passwd",
                "/js/node_modules/", "/js/src/index.js"):
        assert _get(srv, bad)[0] == 404, bad
    assert "/etc/passwd" in srv.not_found


ISOLATION = {"cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp",
             "cross-origin-resource-policy": "same-origin", "x-content-type-options": "nosniff",
             "cache-control": "no-store"}


@pytest.fixture()
def range_server(tmp_path: Path):
    """The allow-list server with one 3 MB binary file of known bytes (byte i = (i * 7 + i // 251) % 256)."""
    import numpy as np

    size = 3 * 1024 * 1024 + 17
    i = np.arange(size, dtype=np.int64)
    data = ((i * 7 + i // 251) % 256).astype(np.uint8).tobytes()
    f = tmp_path / "w.safetensors"
    f.write_bytes(data)
    routes = br._Routes()
    url = br._DataFiles(routes).url(f, "bundle")
    srv = br._AllowListServer(routes).start()
    try:
        yield srv, url, data
    finally:
        srv.stop()


def test_server_answers_single_range_requests_with_206_and_the_exact_bytes(range_server) -> None:
    srv, url, data = range_server
    size = len(data)
    st, h, body = _get(srv, url)
    assert st == 200 and body == data and h["accept-ranges"] == "bytes" and h["content-length"] == str(size)
    for rng, (a, b) in {"bytes=0-7": (0, 7), "bytes=1000-1999999": (1000, 1999999), f"bytes={size - 5}-": (size - 5, size - 1),
                        "bytes=-4096": (size - 4096, size - 1), f"bytes=10-{size + 100}": (10, size - 1),
                        "bytes=-99999999": (0, size - 1), "bytes=2097151-2097152": (2097151, 2097152)}.items():
        st, h, body = _get(srv, url, headers={"Range": rng})
        assert st == 206, rng
        assert h["content-range"] == f"bytes {a}-{b}/{size}", (rng, h)
        assert h["content-length"] == str(b - a + 1) and body == data[a:b + 1], rng
        assert h["accept-ranges"] == "bytes" and h["content-type"] == "application/octet-stream"
        for k, v in ISOLATION.items():
            assert h[k] == v, (rng, k)
    st, h, body = _get(srv, url, "HEAD", headers={"Range": "bytes=5-9"})
    assert st == 206 and body == b"" and h["content-range"] == f"bytes 5-9/{size}" and h["content-length"] == "5"


def test_server_refuses_unsatisfiable_ranges_and_serves_the_rest_whole(range_server) -> None:
    srv, url, data = range_server
    size = len(data)
    for rng in (f"bytes={size}-", f"bytes={size + 10}-{size + 20}", "bytes=-0"):
        st, h, body = _get(srv, url, headers={"Range": rng})
        assert st == 416 and h["content-range"] == f"bytes */{size}" and body == b"", rng
        for k, v in ISOLATION.items():
            assert h[k] == v, (rng, k)
    # multi-range, another unit, malformed or reversed: the whole file (RFC 9110 allows ignoring the header)
    for rng in ("bytes=0-1,5-6", "items=0-5", "bytes=abc", "bytes=9-3", "bytes=-"):
        st, h, body = _get(srv, url, headers={"Range": rng})
        assert st == 200 and body == data and "content-range" not in h, rng
    # the allow-list still decides first
    assert _get(srv, "/etc/passwd", headers={"Range": "bytes=0-3"})[0] == 404
    # the connection stays usable across ranged answers (HTTP/1.1 keep-alive with exact Content-Length)
    conn = http.client.HTTPConnection("127.0.0.1", srv.server_address[1], timeout=10)
    try:
        for a in (0, 4096, size - 1):
            conn.request("GET", url, headers={"Range": f"bytes={a}-{a}"})
            r = conn.getresponse()
            assert r.status == 206 and r.read() == data[a:a + 1]
    finally:
        conn.close()


def test_parse_range_follows_rfc_9110() -> None:
    p = br.parse_range
    assert p(None, 10) is None and p("", 10) is None
    assert p("bytes=0-0", 10) == (0, 0) and p("bytes=3-", 10) == (3, 9) and p("bytes=-3", 10) == (7, 9)
    assert p("BYTES = 2-4", 10) == (2, 4)
    assert p("bytes=-20", 10) == (0, 9) and p("bytes=5-100", 10) == (5, 9)
    assert p("bytes=10-", 10) == "unsatisfiable" and p("bytes=-1", 0) == "unsatisfiable" and p("bytes=0-", 0) == "unsatisfiable"
    for whole in ("bytes=1-0", "bytes=0-1,2-3", "pages=1-2", "bytes=x-1", "bytes=1", "bytes=-"):
        assert p(whole, 10) is None, whole


def test_library_routes_cover_the_import_map() -> None:
    """Every relative URL in browser.html's import map (and the scripts it loads) is on the allow-list."""
    import re

    from emlx.runtime import ensure_js, find_node

    extras = br.page_extras(br.PAGE, ["webgpu"])  # the import map names the WebGPU backend, served with its extra
    js = ensure_js(find_node(), extras)
    routes = br._Routes()
    br._library_routes(routes, js, br.PAGE, extras)
    html = (js / "harness" / "browser.html").read_text()
    rel = re.findall(r'"(\.\./[^"]+|\./[^"]+)"', html) + re.findall(r'src="(\.{1,2}/[^"]+)"', html)
    assert rel
    for r in rel:
        path = os.path.normpath("/js/harness/" + r)
        assert routes.get(path) is not None, path
    assert routes.get("/js/node_modules/@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm")
    assert routes.get("/js/harness/node.mjs") is not None or not (js / "harness" / "node.mjs").exists()


def test_missing_chromium_is_a_one_line_input_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("EMLX_CHROMIUM", raising=False)
    monkeypatch.setattr(br, "_playwright_chromium", lambda pw=None: None)
    monkeypatch.setattr(br, "SYSTEM_CHROMIUM", (str(tmp_path / "no-such-chromium"),))
    with pytest.raises(EmlxInputError) as e:
        br.find_chromium()
    msg = str(e.value)
    assert "\n" not in msg and msg.startswith("no Chromium found")
    assert "apt-get install chromium" in msg and "playwright install chromium" in msg
    monkeypatch.setenv("EMLX_CHROMIUM", str(tmp_path / "nope"))
    with pytest.raises(EmlxInputError, match="EMLX_CHROMIUM"):
        br.find_chromium()
    with pytest.raises(EmlxInputError):
        br.run_browser_jobs([{"bundle": "x.json", "sidecars": {}, "backend": "cpu"}])


def test_launcher_scripts_resolve_to_the_real_binary(tmp_path: Path) -> None:
    exe = tmp_path / "chrome"
    exe.write_bytes(b"\x7fELF fake")
    exe.chmod(0o755)
    wrapper = tmp_path / "google-chrome"
    wrapper.write_text("#!/bin/sh\nexec chrome --some-flag \"$@\"\n")
    wrapper.chmod(0o755)
    assert br._real_binary(wrapper) == exe.resolve()
    assert br._real_binary(exe) == exe.resolve()
