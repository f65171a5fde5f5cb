"""The full matrix, an opt-in tier (`python -m pytest -m matrix`; the README's test command deselects it): every
fixture family — the seed families and the transformers / mlx-lm folders — in float32 and int8, on every runtime
and backend: the JS port in Node (cpu, wasm) and headless Chromium (cpu, wasm, webgl, webgpu), and the ONNX export
on onnxruntime in Python, Node and Chromium (wasm). One set of sidecars per bundle identity serves both formats.

The default suite gates each family and format on its fastest runtime (tests/test_parity_node.py, test_onnx.py,
test_browser.py, test_ort_js.py); this tier is what a release of emlx itself is checked with. The acceptance
checkpoints on every runtime are tests/test_browser_acceptance.py and test_onnx.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES, require_chromium

pytestmark = pytest.mark.matrix

# name -> (source, tokenizer for the checkpoints that do not carry one)
SOURCES: dict[str, tuple[str, str | None]] = {
    "autoresearch-mlx": ("autoresearch-mlx/model.npz", "autoresearch-mlx/tokenizer.pkl"),
    "autoresearch-mlx-st": ("autoresearch-mlx-st/model.safetensors", "autoresearch-mlx-st/tokenizer.pkl"),
    "autoresearch-torch": ("autoresearch-torch/model.pt", "autoresearch-torch/tokenizer.pkl"),
    "eml": ("eml/model.npz", "eml/tokenizer.pkl"),
    "nanochat": ("nanochat/base_checkpoints/d4", None),
    **{f"hf-{n}": (f"hf/{n}", None) for n in ("llama-gqa", "llama-tied-llama3", "llama-mqa-linear", "qwen2",
                                               "qwen2-window", "qwen3", "gpt2", "mlx-q4", "mlx-q8")},
}
# (runtime, backends, bundle suffix): what each runtime offers for that format
RUNS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("node", ("cpu", "wasm"), ".safetensors"),
    ("chromium", ("cpu", "wasm", "webgl", "webgpu"), ".safetensors"),
    ("onnxruntime", ("cpu",), ".onnx"),
    ("node", ("cpu",), ".onnx"),
    ("chromium", ("wasm",), ".onnx"),
)


@pytest.mark.parametrize("quant", ["f32", "int8"])
@pytest.mark.parametrize("name", list(SOURCES))
def test_every_runtime_and_backend(name: str, quant: str, tmp_path: Path) -> None:
    import emlx

    require_chromium()
    src, tok = SOURCES[name]
    bundles = {}
    for suffix in (".safetensors", ".onnx"):
        bundles[suffix] = tmp_path / f"m{suffix}"
        emlx.export(FIXTURES / src, bundles[suffix], int8=quant == "int8",
                    tokenizer=FIXTURES / tok if tok is not None else None)
    sidecars = tmp_path / "sidecars"
    emlx.sidecars(bundles[".safetensors"], sidecars, tokens=12)
    verdicts: dict[str, str] = {}
    for runtime, backends, suffix in RUNS:
        res = emlx.parity(bundles[suffix], runtime=runtime, backends=list(backends), sidecars=sidecars,
                          certificate=False)
        runs = res.runs
        for be in backends:
            r = runs.get(f"{runtime}/{be}")
            key = f"{suffix[1:]} {runtime}/{be}"
            if r is None:
                verdicts[key] = "missing"
            elif not r["passed"] or r["errors"]:
                verdicts[key] = f"FAIL max|dlogit| {r['max_abs_logit']} errors {r['errors']} failed {res.failed_gates}"
            else:
                assert r["max_abs_logit"] is not None and r["max_abs_logit"] <= 1e-4, (key, r)
                verdicts[key] = "PASS"
    bad = {k: v for k, v in verdicts.items() if v != "PASS"}
    assert not bad and len(verdicts) == sum(len(b) for _, b, _ in RUNS), bad
