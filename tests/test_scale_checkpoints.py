"""benchmarks/make_scale_checkpoints.py's transformers folders: transformers itself loads them (config.json and the
bfloat16 safetensors as it reads them) and its float32 logits equal emlx's float64 reference of the exported folder,
on the released shapes made small (same model types, tied heads, GQA ratio, biases, RoPE bases and epsilons)."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from make_scale_checkpoints import HF_SIZES, HFShape, hf_parameters, write_hf_folder  # noqa: E402

IDS = [3, 17, 250, 1, 99, 42, 7, 200]
# float32 transformers against the float64 reference: its float32 rounding (test_hf_folders.py measures 6e-6..1.2e-5
# on fixtures of this size)
F32_ATOL = 2e-5


def small(shape: HFShape) -> HFShape:
    """``shape`` at fixture size: the same heads and kv heads at head_dim 16, 2 layers, vocab 288."""
    return dataclasses.replace(shape, hidden=16 * shape.heads, intermediate=96, layers=2, vocab=288,
                               max_positions=256, bos=0, eos=1)


def test_the_released_shapes_have_the_released_parameter_counts() -> None:
    # SmolLM-135M: 134,515,008 (tied); Qwen2.5-0.5B: 494,032,768 (tied; its model card says 0.49B)
    assert hf_parameters(HF_SIZES["smollm-135m"]) == 134_515_008
    assert hf_parameters(HF_SIZES["qwen2.5-0.5b"]) == 494_032_768


# opt-in tier: importing torch + transformers alone takes 17-26 s wall on the shared 2-core machine (4.6 s CPU)
@pytest.mark.matrix
@pytest.mark.parametrize("name", sorted(HF_SIZES))
def test_transformers_loads_the_folder_and_matches_the_reference(name: str, tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    from emlx.exporter.export import ExportOptions, build_bundle
    from emlx.verify.reference import Reference
    from emlx.verify.sources import reference_weights

    shape = small(HF_SIZES[name])
    folder = write_hf_folder(tmp_path / name, shape, seed=5)
    cfg = json.loads((folder / "config.json").read_text())
    assert cfg["model_type"] == shape.model_type and cfg["torch_dtype"] == "bfloat16"

    model = transformers.AutoModelForCausalLM.from_pretrained(str(folder), dtype=torch.float32,
                                                              attn_implementation="eager")
    model.eval()
    assert type(model).__name__ == shape.architecture
    assert model.config.tie_word_embeddings and model.lm_head.weight.data_ptr() == \
        model.model.embed_tokens.weight.data_ptr()
    with torch.no_grad():
        theirs = model(torch.tensor([IDS])).logits[0].numpy().astype(np.float64)

    b = build_bundle(folder, ExportOptions()).bundle
    ours = Reference(b.spec, reference_weights(b)).forward(IDS).logits
    assert 1.0 < np.abs(ours).max() < 30.0  # "logits of a few units"
    assert np.abs(ours - theirs).max() <= F32_ATOL
    assert list(ours.argmax(axis=1)) == list(theirs.argmax(axis=1))
