"""openBundle (js/src/source.js) in headless Chromium: a sharded safetensors bundle exported by emlx, streamed tensor
by tensor with HTTP Range requests from the browser runner's own allow-list server, through the harness page's
import map (the one a parity run uses). Truth: the exporter's stored bytes, hashed here in Python."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES, require_chromium
from emlx.runners import chromium as br

_STREAM_JS = """async ({ url, engine }) => {
  const { openBundle } = await import('/js/src/source.js');
  const seen = [];
  const fetchLogged = async (u, init) => {
    const r = await fetch(u, init);
    seen.push([u, (init && init.headers && init.headers.Range) || null, r.status]);
    return r;
  };
  const hex = async (b) => Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', b)),
                                      (x) => x.toString(16).padStart(2, '0')).join('');
  const src = await openBundle(url, { fetch: fetchLogged, hashEngine: engine });
  const tensors = {};
  for (const name of src.names) {
    const t = await src.read(name);
    tensors[name] = { dtype: t.dtype, shape: t.shape, sha256: await hex(t.bytes),
                      scale_sha256: t.scaleBytes ? await hex(t.scaleBytes) : null };
  }
  await src.verify();
  // the same shards with one tensor read out of order and one skipped: verify() re-reads what it needs
  const again = await openBundle(url, { fetch, hashEngine: engine });
  await again.read(again.names[3]);
  await again.verify();
  return { tensors, seen, engine: src.hashEngine, verified: src.verified, files: src.files,
           stats: src.stats(), rereads: again.stats().verifyRereads, weights_sha256: src.weights_sha256 };
}"""


def _sha(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


def test_sharded_bundle_streams_over_range_requests_in_chromium(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    require_chromium()
    from chromium_page import chromium
    from emlx.codec import le_bytes
    from emlx.exporter.export import ExportOptions, build_bundle
    from emlx.formats import WriteOptions, for_output
    from emlx.runtime import ensure_js, find_node

    bundle = build_bundle(FIXTURES / "autoresearch-mlx" / "model.npz", ExportOptions(int8=True), None).bundle
    index, _ = for_output(tmp_path / "m.safetensors", 100_000).write(bundle, tmp_path / "m.safetensors",
                                                                    WriteOptions(shard_bytes=100_000))
    shards = sorted(p.name for p in tmp_path.glob("m-*-of-*.safetensors"))
    assert len(shards) >= 3, shards
    truth: dict[str, Any] = {}
    for name, t in bundle.weights.items():
        truth[name] = {"dtype": t.dtype, "shape": list(t.data.shape), "sha256": _sha(le_bytes(t.data)),
                       "scale_sha256": _sha(le_bytes(t.scale.astype("float32"))) if t.scale is not None else None}

    # what the server was asked for, seen from the server
    asked: list[tuple[str, str | None]] = []
    serve = br._Handler._serve

    def logged(self: br._Handler, body: bool) -> None:
        asked.append((self.path, self.headers.get("Range")))
        serve(self, body)

    monkeypatch.setattr(br._Handler, "_serve", logged)
    routes = br._Routes()
    br._library_routes(routes, ensure_js(find_node()))
    url = br._DataFiles(routes).url(index, "bundle")
    server = br._AllowListServer(routes).start()
    try:
        with chromium() as context:
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(f"{server.origin}/js/harness/browser.html", wait_until="load")
            page.wait_for_function(br._READY_JS, timeout=60_000, polling=100)
            runs = {engine: page.evaluate(_STREAM_JS, {"url": url, "engine": engine}) for engine in (None, "@noble/hashes")}
    finally:
        server.stop()
    assert not errors, errors
    assert server.not_found == [], server.not_found  # @noble/hashes and everything else came from the allow-list

    for engine, res in runs.items():
        assert res["engine"] == (engine or "subtle"), res["engine"]  # a secure page, a small bundle: crypto.subtle
        assert res["tensors"] == truth, engine
        assert res["verified"] is True and res["weights_sha256"] == bundle.weights_sha256
        assert res["rereads"] == len(truth), res["rereads"]  # nothing was hashed in order: all re-read by verify()
        assert [f.rsplit("/", 1)[-1] for f in res["files"]] == [index.name, *shards]
        # the index whole, then every shard by ranges: each answered 206, none asked for twice
        seen = res["seen"]
        assert seen[0][0].endswith(index.name) and seen[0][2] in (200, 206)
        ranged = seen[1:]
        assert ranged and all(r is not None and re.fullmatch(r"bytes=\d+-\d+", r) and s == 206 for _, r, s in ranged), ranged
        assert len({(u, r) for u, r, _ in ranged}) == len(ranged)
        assert {u.rsplit("/", 1)[-1] for u, _, _ in ranged} == set(shards)
        # few requests: the header probe and one coalesced read per shard (tensors far outnumber them)
        assert len(ranged) <= 2 * len(shards) < len(truth), (len(ranged), len(shards), len(truth))
        assert res["stats"]["requests"] == len(seen)
    shard_asks = [r for p, r in asked if p.rsplit("/", 1)[-1] in shards]
    assert shard_asks and all(r and r.startswith("bytes=") for r in shard_asks), shard_asks
