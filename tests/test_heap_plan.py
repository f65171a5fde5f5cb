"""One heap plan for both languages: emlx/runners/memory.py's estimate equals, byte for byte, what the wasm engine
(js/src/wasm-executor.js) allocates on its heap, for legacy and recipe specs, float32 and int8, int8 kept resident
or dequantised, with and without the int8 dequantisation and GEMM panel regions, windows compacting their caches.

The engine is driven by js/testlib/heap-probe.mjs (a stateless pass with every tap, then a cached run)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES, ROOT, run_cli
from emlx.formats import load_bundle
from emlx.runners.memory import estimate, heap_dtypes, kvcache_steps
from emlx.spec import ModelSpec

JS = ROOT / "js"
GOLDENS = JS / "test" / "goldens"


def probe(job: dict[str, Any]) -> dict[str, Any]:
    p = subprocess.run(["node", "testlib/heap-probe.mjs", json.dumps(job)], cwd=JS, capture_output=True, text=True,
                       timeout=300)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def golden_parts(path: Path) -> tuple[ModelSpec, dict[str, tuple[int, ...]], dict[str, str]]:
    b = json.loads(path.read_text(encoding="utf-8"))["bundle"]
    shapes = {k: tuple(w["shape"]) for k, w in b["weights"].items()}
    dtypes = {k: (f"q4/{w['group_size']}/{w['scale_dtype']}/{'affine' if 'offset' in w else 'symmetric'}"
                  if w["dtype"] == "q4" else w["dtype"]) for k, w in b["weights"].items()}
    return ModelSpec.from_dict(b["config"]), shapes, dtypes


def check(job: dict[str, Any], spec: ModelSpec, shapes: dict[str, tuple[int, ...]], dtypes: dict[str, str]) -> None:
    got = probe(job)
    est = estimate(spec, shapes, dtypes, job["tokens"], int8_resident=job.get("int8") != "float32", steps=job["steps"])
    tags = got["byTag"]
    assert tags.get("weights", 0) == est.weights, (tags, est)
    assert tags.get("rope", 0) == est.rope, (tags, est)
    assert tags.get("scratch", 0) == est.activations, (tags, est)
    assert tags.get("cache", 0) == est.caches, (tags, est)
    assert got["live"] == est.live
    assert got["memoryBytes"] <= est.total + 2**16, "the memory grew past the estimate's total"


GOLDEN_FILES = sorted(GOLDENS.glob("*.json"))


@pytest.mark.parametrize("path", GOLDEN_FILES, ids=[p.stem for p in GOLDEN_FILES])
def test_goldens_estimate_equals_allocation(path: Path) -> None:
    """Every golden spec (legacy and, once the recipe reference made them, version-2 recipes), float32 and int8:
    20 tokens (the int8 dequantisation region) with the harness's kvcache run past the windows, and a few short passes."""
    spec, shapes, dtypes = golden_parts(path)
    check({"golden": str(path), "tokens": 20, "steps": kvcache_steps(20)}, spec, shapes, dtypes)
    check({"golden": str(path), "tokens": 5, "steps": [5, 1, 1, 3]}, spec, shapes, dtypes)


def test_goldens_are_present() -> None:
    for stem in ("legacy_gqa_interleaved.int8", "llama", "qwen3.int8", "gpt2", "llama.q4", "qwen3.q4affine"):
        assert any(p.stem == stem for p in GOLDEN_FILES), f"{stem}: run scripts/make_js_goldens.py"


@pytest.mark.parametrize("quant", ["", "--int8", "--q4"])
def test_exported_fixture_estimate_equals_allocation(tmp_path: Path, quant: str) -> None:
    """A real export (the autoresearch-mlx fixture), 40-token passes: float32, and int8 / q4 (group 32) both
    resident and dequantised at load."""
    out = tmp_path / "b.safetensors"
    assert run_cli("export", FIXTURES / "autoresearch-mlx" / "model.npz", out, *([quant] if quant else [])).returncode == 0
    b = load_bundle(out)
    shapes = {k: t.shape for k, t in b.weights.items()}
    dtypes = heap_dtypes(b.weights)
    assert any(d.startswith("q4/32/") for d in dtypes.values()) == (quant == "--q4")
    for mode in (["auto", "float32"] if quant else ["auto"]):
        check({"bundle": str(out), "int8": mode, "tokens": 40, "steps": kvcache_steps(40)}, b.spec, shapes, dtypes)
        check({"bundle": str(out), "int8": mode, "tokens": 33, "steps": [33]}, b.spec, shapes, dtypes)
