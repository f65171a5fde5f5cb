"""Shipping to the user's device, in headless Chromium: the parity certificate's probe run by `model.selfTest()` on
every backend (cpu, wasm, webgl, webgpu) passes and fails when one weight is moved (the harness's test-only
`applyPerturbation`); a site loading with `{cache: true}` fetches no weight bytes on its second visit and never uses
a corrupted cache entry; the example page (examples/web) shows "verified on this device" or the failure.

The certificate is written by `emlx parity` (node/cpu) from the float64 reference; the site is served by a plain
http.server (no Range support; Last-Modified and If-Modified-Since -> 304, like most static hosts).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from chromium_page import chromium, serve
from conftest import FIXTURES, ROOT, require_chromium

PERTURB = {"tensor": "blocks.1.mlp.c_fc.weight", "index": 7, "delta": 0.5}
BACKENDS = ("cpu", "wasm", "webgl", "webgpu")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A served folder: js/ (the library, its harness page with the import map, node_modules) and m/model.json with
    the parity certificate `emlx parity` wrote next to it."""
    import emlx

    require_chromium()
    root = tmp_path_factory.mktemp("device-site")
    (root / "js").symlink_to(ROOT / "js", target_is_directory=True)
    (root / "m").mkdir()
    bundle = root / "m" / "model.json"
    emlx.export(FIXTURES / "autoresearch-mlx" / "model.npz", bundle, tokenizer=FIXTURES / "autoresearch-mlx" / "tokenizer.pkl")
    rep = emlx.parity(bundle, runtime="node", backends="cpu")
    assert rep.passed and (root / "m" / "model.parity.json").is_file()
    return root


SELF_TEST = """async ({backend, perturb}) => {
    const m = await import('/js/src/index.js');
    await m.setBackend(backend, { wasmPaths: '/js/node_modules/@tensorflow/tfjs-backend-wasm/dist/' });
    let model;
    if (perturb) {
      const { applyPerturbation } = await import('/js/harness/run.js');   // test-only fault injection
      const bundle = await m.loadBundle('/m/model.json');
      applyPerturbation(bundle, perturb);
      model = await m.createModel(bundle);
    } else {
      model = await m.createModel('/m/model.json');
    }
    const r = await model.selfTest();
    model.dispose();
    return r;
}"""


def test_self_test_passes_on_every_backend_and_fails_perturbed(site: Path) -> None:
    cert = json.loads((site / "m" / "model.parity.json").read_text())
    results: dict[tuple[str, bool], dict[str, Any]] = {}
    with serve(site) as origin, chromium(BACKENDS) as context:
        for backend in BACKENDS:
            for perturbed in (False, True):
                page = context.new_page()
                page.goto(f"{origin}/js/harness/browser.html", wait_until="load")
                results[backend, perturbed] = page.evaluate(SELF_TEST, {"backend": backend,
                                                                        "perturb": PERTURB if perturbed else None})
                page.close()
    for backend in BACKENDS:
        ok, bad = results[backend, False], results[backend, True]
        assert ok["backend"] == backend and ok["passed"] is True, ok
        assert 0 <= ok["maxAbsDiff"] <= cert["atol"] and ok["reason"] is None, ok
        assert ok["ms"] > 0 and len(ok["rows"]) == len(cert["probe"]["rows"]), ok
        assert ok["certified"] is (backend == "cpu")  # the certificate lists node/cpu only
        if backend in ("webgl", "webgpu"):
            assert ok["adapter"], ok  # SwiftShader here: the GPU the page got, named
        assert bad["passed"] is False and bad["maxAbsDiff"] > cert["atol"], bad
        assert "max|Δlogit|" in bad["reason"] or "argmax" in bad["reason"], bad


LOAD = """async ({cache}) => {
    const m = await import('/js/src/index.js');
    const events = [];
    const src = await m.openBundle('/m/model.json', { cache, onProgress: (p) => events.push(p) });
    for (const n of src.names) await src.read(n);
    await src.verify();
    return { stats: src.stats(), events, sha: src.weights_sha256 };
}"""

CORRUPT = """async () => {
    const c = await caches.open('emlx-bundles');
    const url = new URL('/m/model.json', location.href).href;
    const r = await c.match(url);
    const b = new Uint8Array(await r.arrayBuffer());
    const i = b.length - 100;
    b[i] = b[i] === 65 ? 66 : 65;   // one base64 character of a weight: still a JSON bundle, other weights
    await c.put(url, new Response(b, { headers: r.headers }));
    return r.headers.get('x-emlx-sha256');
}"""


def test_cached_site_fetches_no_weight_bytes_twice_and_refetches_a_corrupted_entry(site: Path) -> None:
    size = (site / "m" / "model.json").stat().st_size
    responses: list[tuple[int, int]] = []

    def load(context: Any, origin: str, cache: Any) -> dict[str, Any]:
        page = context.new_page()
        page.on("response", lambda r: responses.append((r.status, len(r.body()) if r.status == 200 else 0))
                if r.url.endswith("/m/model.json") else None)
        page.goto(f"{origin}/js/harness/browser.html", wait_until="load")
        out: dict[str, Any] = page.evaluate(LOAD, {"cache": cache})
        page.close()
        return out

    with serve(site) as origin, chromium() as context:
        first = load(context, origin, True)
        assert responses == [(200, size)] and first["stats"]["cache"]["stored"] == 1, (responses, first["stats"])
        ev = first["events"]
        assert ev[-1] == {"loaded": size, "total": size} and all(a["loaded"] <= b["loaded"] for a, b in zip(ev, ev[1:]))

        responses.clear()
        second = load(context, origin, True)  # a second visit: one conditional request, answered 304, no body
        assert responses == [(304, 0)], responses
        assert second["stats"]["cache"] | {} == {**second["stats"]["cache"], "hits": 1, "revalidated": 1, "misses": 0}
        assert second["sha"] == first["sha"] and second["events"][-1] == {"loaded": size, "total": size}

        responses.clear()
        third = load(context, origin, {"revalidate": False})  # no request at all
        assert responses == [] and third["stats"]["cache"]["hits"] == 1

        page = context.new_page()
        page.goto(f"{origin}/js/harness/browser.html", wait_until="load")
        page.evaluate(CORRUPT)
        page.close()
        responses.clear()
        fourth = load(context, origin, True)  # the corrupted entry is dropped and the file fetched whole again
        assert responses == [(200, size)], responses
        assert fourth["stats"]["cache"]["corrupt"] == 1 and fourth["sha"] == first["sha"], fourth["stats"]


def _example_site(site: Path, tmp_path: Path, certificate: dict[str, Any] | None) -> Path:
    web = tmp_path / "web"
    shutil.copytree(ROOT / "examples" / "web", web / "examples" / "web")
    shutil.copytree(ROOT / "js" / "dist", web / "js" / "dist")
    shutil.copy(site / "m" / "model.json", web / "examples" / "web" / "model.json")
    if certificate is not None:
        (web / "examples" / "web" / "model.parity.json").write_text(json.dumps(certificate))
    return web


def _open_example(web: Path, *backends: str) -> dict[str, dict[str, Any]]:
    """The example page's state once it is done, per backend (one browser, with WebGPU enabled as the runner does)."""
    out: dict[str, dict[str, Any]] = {}
    with serve(web) as origin, chromium(backends) as context:
        for backend in backends:
            page = context.new_page()
            page.goto(f"{origin}/examples/web/index.html?tokens=4&backend={backend}", wait_until="load")
            page.wait_for_function("document.body.dataset.done === '1' || document.body.dataset.error !== undefined",
                                   timeout=120_000)
            out[backend] = page.evaluate(
                "({verified: document.getElementById('verified').textContent, passed: document.getElementById('verified')"
                ".dataset.passed, error: document.body.dataset.error, progress: document.getElementById('progress').value})")
            page.close()
    return out


def test_example_page_shows_verified_on_this_device(site: Path, tmp_path: Path) -> None:
    """The prebuilt dist/emlx.js (what the example imports) on wasm, webgl and webgpu: the WebGPU backend is a chunk
    of dist/ loaded on demand."""
    cert = json.loads((site / "m" / "model.parity.json").read_text())
    states = _open_example(_example_site(site, tmp_path, cert), "wasm", "webgl", "webgpu")
    for backend, state in states.items():
        assert state["error"] is None and state["passed"] == "true", (backend, state)
        assert state["verified"].startswith(f"✓ verified on this device: {backend}"), state
        assert state["progress"] == 1, state


def test_example_page_shows_the_failure(site: Path, tmp_path: Path) -> None:
    cert = json.loads((site / "m" / "model.parity.json").read_text())
    cert["probe"]["rows"][0]["top"][0][1] += 0.01  # a reference value off by 1e-2: this device "disagrees"
    state = _open_example(_example_site(site, tmp_path, cert), "wasm")["wasm"]
    assert state["passed"] == "false" and state["verified"].startswith("✗ not verified on this device: wasm"), state
    assert "max|Δlogit|" in state["verified"], state
    missing = _open_example(_example_site(site, tmp_path / "none", None), "wasm")["wasm"]
    assert missing["passed"] == "false" and "cannot read the parity certificate" in missing["verified"], missing
