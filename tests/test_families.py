"""The family registry: detection loops over FAMILIES, rejections name each family, EML is an activation."""

from __future__ import annotations

import pytest

from emlx.families import FAMILIES, Evidence, canonical_name, detect


def _torch_gpt(n_layer: int = 2, C: int = 64, V: int = 32, gate: int = 32, extra: dict | None = None) -> dict:
    s: dict[str, tuple[int, ...]] = {"transformer.wte.weight": (V, C), "lm_head.weight": (V, C),
                                     "resid_lambdas": (n_layer,), "x0_lambdas": (n_layer,)}
    for i in range(n_layer):
        p = f"transformer.h.{i}."
        s |= {p + "attn.c_q.weight": (C, C), p + "attn.c_k.weight": (C, C), p + "attn.c_v.weight": (C, C),
              p + "attn.c_proj.weight": (C, C), p + "mlp.c_fc.weight": (4 * C, C), p + "mlp.c_proj.weight": (C, 4 * C)}
    s[f"transformer.value_embeds.{n_layer - 1}.weight"] = (V, C)
    s[f"transformer.h.{n_layer - 1}.attn.ve_gate.weight"] = (2, gate)
    return s | (extra or {})


def _ev(shapes: dict, framework: str = "torch", meta: dict | None = None) -> Evidence:
    return Evidence(shapes=shapes, dtypes={k: "float32" for k in shapes}, framework=framework, meta=meta,
                    config={"sequence_len": 64})


def test_each_family_is_recognised_by_what_it_looks_for() -> None:
    assert detect(_ev(_torch_gpt())).spec.family == "autoresearch-torch"
    assert detect(_ev(_torch_gpt(), meta={"step": 1})).spec.family == "nanochat-legacy"
    smear = {"smear_gate.weight": (1, 24), "smear_lambda": (1,), "backout_lambda": (1,)}
    d = detect(_ev(_torch_gpt(extra=smear), meta={"step": 1}))
    assert (d.spec.family, d.spec.qk_scale, d.spec.rope.base, d.spec.backout.layer) == ("nanochat", 1.2, 100000.0, 1)
    # nanochat's 12-channel gates are enough without a smear gate
    assert detect(_ev(_torch_gpt(gate=12))).spec.family == "nanochat"


def test_eml_is_an_activation_not_a_family() -> None:
    d = detect(_ev(_torch_gpt(extra={"transformer.h.0.mlp.eml_k": (), "transformer.h.1.mlp.eml_k": (1,)})))
    assert d.spec.family == "autoresearch-torch"
    assert d.spec.activation.kind == "eml" and dict(d.spec.activation.params) == {"exp_clamp": 20.0, "log_floor": 1e-30}
    assert d.mapping["blocks.1.mlp.eml_k"] == "transformer.h.1.mlp.eml_k"


def test_no_family_lists_every_rejection() -> None:
    with pytest.raises(ValueError) as ei:
        detect(_ev(_torch_gpt(extra={"transformer.h.0.attn.rotary.inv_freq": (8,)})))
    msg = str(ei.value)
    assert "\n" not in msg
    for fam in FAMILIES:
        assert f"{fam.name}: " in msg, (fam.name, msg)
    assert "transformer.h.0.attn.rotary.inv_freq" in msg and "autoresearch-mlx: tensor names it does not know" in msg
    with pytest.raises(ValueError, match="not a GPT"):
        detect(_ev({"wte.weight": (4, 4)}, framework="mlx"))


def test_wrappers_and_collisions() -> None:
    shapes = {"_orig_mod." + k: v for k, v in _torch_gpt().items()}
    assert detect(_ev(shapes)).mapping["wte.weight"] == "_orig_mod.transformer.wte.weight"
    with pytest.raises(ValueError, match="several source tensors map to one name: lm_head.weight"):
        detect(_ev(_torch_gpt(extra={"transformer.lm_head.weight": (32, 64)})))


def test_every_spelling_has_a_note_and_names_are_canonical() -> None:
    for fam in FAMILIES:
        for row in fam.names.rows:
            assert row.spellings and all(note.strip() for note in row.spellings.values()), (fam.name, row)
    assert canonical_name("module._orig_mod.transformer.h.3.mlp.c_fc.weight") == "blocks.3.mlp.c_fc.weight"
    assert canonical_name("blocks.3.mlp.eml_k") == "blocks.3.mlp.eml_k"
    assert canonical_name("transformer.h.x.mlp.c_fc.weight") is None
    assert [f.name for f in FAMILIES] == ["autoresearch-mlx", "nanochat", "nanochat-legacy", "autoresearch-torch",
                                          "llama", "qwen2", "qwen3", "gpt2"]
