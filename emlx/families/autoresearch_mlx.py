"""autoresearch-mlx: ``mx.savez`` (.npz) or ``mx.save_safetensors`` of autoresearch's MLX train.py.

Its names are the canonical ones. RoPE: interleaved pairs (2i, 2i+1), rotate +theta, base 1e4, float32 tables.
RMS eps 1e-5. Windows: S = seq//2, and MLX's mask sees exactly W keys. 32-channel 2*sigmoid gates, no q/k scale.
"""

from __future__ import annotations

from emlx.families._base import MLX_EPS, Conventions, Family, NameMap, NameRow, View, half_of
from emlx.spec import RopeSpec

_M = "autoresearch-mlx train.py GPT"
ROWS: tuple[NameRow, ...] = (
    NameRow("wte.weight", {"wte.weight": f"{_M}.wte (nn.Embedding)"}),
    NameRow("lm_head.weight", {"lm_head.weight": f"{_M}.lm_head"}),
    NameRow("resid_lambdas", {"resid_lambdas": f"{_M}.resid_lambdas [n_layer]"}),
    NameRow("x0_lambdas", {"x0_lambdas": f"{_M}.x0_lambdas [n_layer]"}),
    NameRow("value_embeds.{i}.weight", {"value_embeds.{i}.weight": "value embeddings, a list indexed by layer"}),
    NameRow("blocks.{i}.attn.c_q.weight", {"blocks.{i}.attn.c_q.weight": "Block.attn.c_q"}),
    NameRow("blocks.{i}.attn.c_k.weight", {"blocks.{i}.attn.c_k.weight": "Block.attn.c_k"}),
    NameRow("blocks.{i}.attn.c_v.weight", {"blocks.{i}.attn.c_v.weight": "Block.attn.c_v"}),
    NameRow("blocks.{i}.attn.c_proj.weight", {"blocks.{i}.attn.c_proj.weight": "Block.attn.c_proj"}),
    NameRow("blocks.{i}.attn.ve_gate.weight", {"blocks.{i}.attn.ve_gate.weight": "value-embedding gate (ve layers only)"}),
    NameRow("blocks.{i}.mlp.c_fc.weight", {"blocks.{i}.mlp.c_fc.weight": "Block.mlp.c_fc"}),
    NameRow("blocks.{i}.mlp.c_proj.weight", {"blocks.{i}.mlp.c_proj.weight": "Block.mlp.c_proj"}),
    NameRow("blocks.{i}.mlp.eml_k", {"blocks.{i}.mlp.eml_k": "EML activation's per-layer k (any family may carry it)"}),
)


def recognise(view: View) -> str | None:
    return None if view.framework == "mlx" else f"not an MLX checkpoint (the reader saw {view.framework} names)"


def conventions(view: View) -> Conventions:
    return Conventions(
        rope=RopeSpec(style="interleaved", base=10000.0, sign=1, table_dtype="float32"),
        norm_eps=MLX_EPS,
        short_window=half_of,
        extra_key=False,
        gate_scale=2.0,
        qk_scale=1.0,
    )


FAMILY = Family(name="autoresearch-mlx", looks_for="MLX names (wte.weight, blocks.N...) from .npz or .safetensors",
                names=NameMap(ROWS), recognise=recognise, conventions=conventions)
