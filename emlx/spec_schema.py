"""The ModelSpec schema shared by Python and JavaScript: expected tensor shapes and tap names (docs/DESIGN.md)."""

from __future__ import annotations

from typing import Mapping

from emlx.spec import ModelSpec


def expected_shapes(spec: ModelSpec) -> dict[str, tuple[int, ...] | None]:
    """Every canonical tensor the spec needs, with its shape (None = scalar, shape () or (1,) accepted)."""
    C, V = spec.n_embd, spec.padded_vocab_size
    q_dim, kv_dim = spec.n_head * spec.head_dim, spec.n_kv_head * spec.head_dim
    out: dict[str, tuple[int, ...] | None] = {
        "wte.weight": (V, C),
        "lm_head.weight": (V, C),
        "resid_lambdas": (spec.n_layer,),
        "x0_lambdas": (spec.n_layer,),
    }
    ve_layers = set(spec.value_embed.layers) if spec.value_embed else set()
    for i in range(spec.n_layer):
        b = f"blocks.{i}"
        out[f"{b}.attn.c_q.weight"] = (q_dim, C)
        out[f"{b}.attn.c_k.weight"] = (kv_dim, C)
        out[f"{b}.attn.c_v.weight"] = (kv_dim, C)
        out[f"{b}.attn.c_proj.weight"] = (C, q_dim)
        out[f"{b}.mlp.c_fc.weight"] = (spec.mlp_hidden, C)
        out[f"{b}.mlp.c_proj.weight"] = (C, spec.mlp_hidden)
        if i in ve_layers:
            assert spec.value_embed is not None
            out[f"{b}.attn.ve_gate.weight"] = (spec.n_kv_head, spec.value_embed.gate_channels)
            out[f"value_embeds.{i}.weight"] = (V, kv_dim)
        if spec.activation.kind == "eml":
            out[f"{b}.mlp.eml_k"] = None
    if spec.smear is not None:
        out["smear_gate.weight"] = (1, spec.smear.channels)
        out["smear_lambda"] = None
    if spec.backout is not None:
        out["backout_lambda"] = None
    return out


def check_tensors(spec: ModelSpec, shapes: Mapping[str, tuple[int, ...]]) -> list[str]:
    """Problems (missing, unexpected, wrong shape) between canonical tensors and what the spec needs."""
    want = expected_shapes(spec)
    problems: list[str] = []
    missing = sorted(set(want) - set(shapes))
    extra = sorted(set(shapes) - set(want))
    if missing:
        problems.append(f"missing tensors: {', '.join(missing)}")
    if extra:
        problems.append(f"unexpected tensors: {', '.join(extra)}")
    for name in sorted(set(want) & set(shapes)):
        exp, got = want[name], tuple(shapes[name])
        if exp is None:
            if got not in ((), (1,)):
                problems.append(f"{name}: shape {list(got)}, expected a scalar ([] or [1])")
        elif got != exp:
            problems.append(f"{name}: shape {list(got)}, expected {list(exp)}")
    return problems
