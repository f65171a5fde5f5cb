"""The acceptance checkpoints, f32 and int8, through `emlx parity --browser chromium --backend wasm,webgl,webgpu` (cpu
and wasm are bit-identical to Node, which tests/test_parity_node.py gates); WebGPU runs on SwiftShader here (a
correctness gate; a WebGPU-only parity run measured 25-32 s a bundle). The default suite runs the MLX case in float32
here; the other cases and the int8 bundles are the opt-in matrix tier (`python -m pytest -m matrix`), gated by
default on Node cpu and wasm (tests/test_parity_node.py) — the TF.js ops and the wasm engine are the same code in
Chromium."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ACCEPTANCE, ACCEPTANCE_CASES, needs_acceptance, run_cli, require_chromium


@needs_acceptance
@pytest.mark.parametrize("case", [c if c == "autoresearch-mlx" else pytest.param(c, marks=pytest.mark.matrix)
                                  for c in ACCEPTANCE_CASES])
@pytest.mark.parametrize("int8", [False, pytest.param(True, marks=pytest.mark.matrix)], ids=["f32", "int8"])
def test_acceptance_in_chromium_every_backend(case: str, int8: bool, tmp_path: Path) -> None:
    require_chromium()
    ckpt, tok = ACCEPTANCE_CASES[case]
    truth = json.loads((ACCEPTANCE / case / "truth.json").read_text())
    bundle = tmp_path / "m.json"
    proc = run_cli("export", ckpt, bundle, *(["--tokenizer", tok] if tok else []), *(["--int8"] if int8 else []))
    assert proc.returncode == 0, proc.stderr
    assert run_cli("sidecars", bundle, "--prompt", truth["prompt"], "--tokens", "40").returncode == 0
    rep_path, junit = tmp_path / "r.json", tmp_path / "r.xml"
    backends = ["wasm", "webgl", "webgpu"]
    proc = run_cli("parity", bundle, "--browser", "chromium", "--backend", ",".join(backends), "--json", rep_path, "--junit", junit)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr
    rep = json.loads(rep_path.read_text())
    assert [r["backend"] for r in rep["runs"]] == backends
    for run in rep["runs"]:
        assert run["passed"] and not run["errors"], run
        gates = {g["name"]: g for g in run["gates"]}
        assert gates["forward.logits"]["value"] <= 1e-4 and gates["kvcache.logits"]["value"] <= 1e-4
        assert gates["tokenizer"]["value"] == 0
        assert run["info"]["browser"]["name"] == "chromium"
    webgl = rep["runs"][1]["info"]
    assert webgl.get("renderer"), webgl  # the report names the WebGL renderer
    assert "webgl" in proc.stdout and "renderer" in proc.stdout
