"""The parity certificate, `<bundle stem>.parity.json` (emlx/certificate.py, emlx/verify/certify.py; docs/FORMATS.md
"Parity certificate"): written by `emlx parity`, bound to the bundle identity, accumulated over runs, shown by
`emlx inspect`. Its probe is checked against the upstream framework's own logits (the acceptance truth), not against
the reference that computed it.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from conftest import ACCEPTANCE_CASES, FIXTURES, needs_acceptance, run_cli
from emlx import certificate
from emlx.errors import EmlxInputError


@needs_acceptance
def test_parity_writes_a_certificate_whose_probe_is_the_frameworks_logits(tmp_path: Path) -> None:
    from acceptance_utils import truth_json, truth_npz
    from emlx.formats import load_bundle
    from emlx.verify.sidecar_files import bundle_identity

    ckpt, tok = ACCEPTANCE_CASES["autoresearch-mlx"]
    bundle = tmp_path / "model.json"
    assert run_cli("export", ckpt, bundle, "--tokenizer", tok).returncode == 0
    proc = run_cli("parity", bundle, "--backend", "cpu")
    assert proc.returncode == 0, proc.stderr[-2000:]
    path = tmp_path / "model.parity.json"
    assert f"parity certificate: {path}" in proc.stderr
    raw = path.read_bytes()
    assert len(raw) < certificate.MAX_BYTES
    doc = json.loads(raw)
    b = load_bundle(bundle)
    assert doc["format"] == "emlx.parity-certificate" and doc["version"] == 1 and doc["atol"] == 1e-4
    assert doc["bundle_identity"] == bundle_identity(b) == certificate.identity(b)  # the sidecars' identity
    [run] = doc["passed"]
    assert (run["runtime"], run["backend"]) == ("node", "cpu") and 0 < run["max_abs_logit"] <= 1e-4
    assert run["greedy"] == {"identical": True, "steps": 40, "ties": 0} and run["environment"]["runtime"]["name"] == "node"

    # the probe: the start of the greedy sequence, at a few rows the top-8 and the first 32 logits of the float64
    # reference; the upstream MLX model's float32 logits over the same sequence (truth.npz full_logits) agree
    truth, t = truth_json("autoresearch-mlx"), truth_npz("autoresearch-mlx")
    probe = doc["probe"]
    assert probe["ids"] == [int(i) for i in t["ids"][:len(probe["ids"])]] and probe["ids"][:11] == truth["prompt_ids"]
    assert probe["top_k"] == 8 and probe["slice"] == [0, 32] and [r["row"] for r in probe["rows"]] == [0, 4, 7, 11]
    for r in probe["rows"]:
        up = t["full_logits"][r["row"]].astype(np.float64)
        assert [i for i, _ in r["top"]] == list(np.argsort(-up, kind="stable")[:8])
        assert max(abs(v - up[i]) for i, v in r["top"]) < 1e-4
        assert np.max(np.abs(np.array(r["slice"]) - up[:32])) < 1e-4
        assert r["argmax"] == int(np.argmax(up)) and r["margin"] == pytest.approx(np.sort(up)[-1] - np.sort(up)[-2], abs=1e-4)

    # another run adds its backend; a fault-injected run certifies nothing; a failing run removes its backend
    assert run_cli("parity", bundle, "--backend", "wasm").returncode == 0
    assert [(r["runtime"], r["backend"]) for r in json.loads(path.read_text())["passed"]] == [("node", "cpu"), ("node", "wasm")]
    assert run_cli("parity", bundle, "--self-test-perturb", "blocks.2.attn.c_v.weight:5:0.25").returncode == 1
    assert len(json.loads(path.read_text())["passed"]) == 2
    shown = run_cli("inspect", bundle)
    assert f"parity certificate {path}: this bundle's" in shown.stdout and "node/wasm" in shown.stdout, shown.stdout
    info = json.loads(run_cli("inspect", bundle, "--json").stdout)["certificate"]
    assert info["valid"] is True and [p["backend"] for p in info["passed"]] == ["cpu", "wasm"]
    sidecars = tmp_path / "model.sidecars"  # the same sidecars and probe, gated at an atol wasm cannot meet
    assert run_cli("parity", bundle, "--backend", "wasm", "--sidecars", sidecars, "--atol", "1e-9").returncode == 1
    assert json.loads(path.read_text())["passed"] == []  # another atol: a new certificate, and wasm failed it

    # the same path re-exported from other weights: the certificate no longer holds
    assert run_cli("export", FIXTURES / "autoresearch-mlx" / "model.npz", bundle).returncode == 0
    shown = run_cli("inspect", bundle)
    assert "not valid for this bundle" in shown.stdout and "weights, config, tokenizer differ" in shown.stdout, shown.stdout


def _doc(passed: list[tuple[str, str]], ident: str = "w", atol: float = 1e-4, probe_id: int = 1) -> dict:
    return {"format": certificate.FORMAT, "version": 1, "atol": atol,
            "bundle_identity": {"weights_sha256": ident, "config_sha256": "c", "tokenizer_sha256": None},
            "passed": [{"runtime": r, "backend": b, "max_abs_logit": 1e-6} for r, b in passed],
            "probe": {"ids": [probe_id], "rows": [{"row": 0, "top": [[1, 2.0]], "slice": [], "argmax": 1, "margin": None}],
                      "top_k": 1, "slice": [0, 0]}}


def test_merge_keeps_other_backends_replaces_the_ones_that_ran_and_restarts_for_another_bundle() -> None:
    old = _doc([("node", "cpu"), ("chromium", "webgl")])
    now = certificate.merge(old, _doc([("chromium", "wasm")]), [("chromium", "wasm"), ("chromium", "webgl")])
    assert [(r["runtime"], r["backend"]) for r in now["passed"]] == [("chromium", "wasm"), ("node", "cpu")]
    for other in (_doc([], ident="x"), _doc([], atol=1e-3), _doc([], probe_id=2)):  # another bundle, atol or probe
        assert certificate.merge(old, other, [])["passed"] == []


def test_write_replaces_an_unreadable_certificate_and_refuses_an_oversized_one(tmp_path: Path) -> None:
    bundle = tmp_path / "m.safetensors.index.json"
    assert certificate.certificate_path(bundle) == tmp_path / "m.parity.json"
    (tmp_path / "m.parity.json").write_text("{not json")
    path = certificate.write(bundle, _doc([("node", "cpu")]), [("node", "cpu")])
    assert json.loads(path.read_text())["passed"][0]["backend"] == "cpu"
    big = _doc([("node", "cpu")])
    big["probe"]["rows"][0]["slice"] = [1.0] * 20000
    with pytest.raises(EmlxInputError, match="over 65536"):
        certificate.write(bundle, big, [("node", "cpu")])
    for bad, msg in (({**_doc([]), "format": "x"}, "not a parity certificate"), ({**_doc([]), "version": 2}, "version 2"),
                     ({**_doc([]), "atol": -1}, "atol"), ({**_doc([]), "passed": [{}]}, "passed")):
        (tmp_path / "bad.parity.json").write_text(json.dumps(bad))
        with pytest.raises(EmlxInputError, match=msg):
            certificate.read_certificate(tmp_path / "bad.parity.json")
