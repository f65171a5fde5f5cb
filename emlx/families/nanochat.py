"""nanochat (HEAD, a825e63 and later): torch names, smear + backout, 12-channel 3*sigmoid value-embedding gates.

Files: ``base_checkpoints/<tag>/model_<step>.pt`` + ``meta_<step>.json`` (``model_config``) and
``tokenizer/tokenizer.pkl``. RoPE: half split, rotate -theta, base 1e5, tables in the compute dtype (the dtype
``wte`` is stored in). RMS eps = finfo(float32).eps. Windows: S = ceil(seq/4/128)*128, FA3 ``(W, 0)`` = W+1 keys.
q and k are scaled by 1.2 after their RMS norm.
"""

from __future__ import annotations

from emlx.families._base import (
    FLOAT32_EPS,
    Conventions,
    Family,
    NameMap,
    NameRow,
    View,
    quarter_rounded_up_to_128,
    table_dtype,
)
from emlx.spec import RopeSpec

#: Value-embedding gate input channels of nanochat since 6ed7d1d (``ve_gate_channels = 12``); older nanochat and
#: autoresearch use 32.
GATE_CHANNELS = 12

_GPT = "nanochat/gpt.py GPT"
#: The torch spellings of nanochat's GPT, shared by the families derived from it (autoresearch-torch and older
#: nanochat), which save the same module tree.
TORCH_GPT_ROWS: tuple[NameRow, ...] = (
    NameRow("wte.weight", {"transformer.wte.weight": f"{_GPT}.transformer.wte (nn.Embedding)"}),
    NameRow("lm_head.weight", {"lm_head.weight": f"{_GPT}.lm_head, outside the transformer ModuleDict",
                               "transformer.lm_head.weight": "variants that keep lm_head inside transformer"}),
    NameRow("resid_lambdas", {"resid_lambdas": f"{_GPT}.resid_lambdas (nn.Parameter [n_layer])"}),
    NameRow("x0_lambdas", {"x0_lambdas": f"{_GPT}.x0_lambdas (nn.Parameter [n_layer])"}),
    NameRow("value_embeds.{i}.weight", {"transformer.value_embeds.{i}.weight": "ModuleDict keyed by layer index",
                                        "value_embeds.{i}.weight": "value_embeds kept outside transformer"}),
    NameRow("blocks.{i}.attn.c_q.weight", {"transformer.h.{i}.attn.c_q.weight": "CausalSelfAttention.c_q"}),
    NameRow("blocks.{i}.attn.c_k.weight", {"transformer.h.{i}.attn.c_k.weight": "CausalSelfAttention.c_k"}),
    NameRow("blocks.{i}.attn.c_v.weight", {"transformer.h.{i}.attn.c_v.weight": "CausalSelfAttention.c_v"}),
    NameRow("blocks.{i}.attn.c_proj.weight", {"transformer.h.{i}.attn.c_proj.weight": "CausalSelfAttention.c_proj"}),
    NameRow("blocks.{i}.attn.ve_gate.weight", {"transformer.h.{i}.attn.ve_gate.weight": "value-embedding gate (ve layers only)"}),
    NameRow("blocks.{i}.mlp.c_fc.weight", {"transformer.h.{i}.mlp.c_fc.weight": "MLP.c_fc"}),
    NameRow("blocks.{i}.mlp.c_proj.weight", {"transformer.h.{i}.mlp.c_proj.weight": "MLP.c_proj"}),
    NameRow("blocks.{i}.mlp.eml_k", {"transformer.h.{i}.mlp.eml_k": "EML activation's per-layer k (any family may carry it)"}),
)

ROWS: tuple[NameRow, ...] = TORCH_GPT_ROWS + (
    NameRow("smear_gate.weight", {"smear_gate.weight": f"{_GPT}.smear_gate (nn.Linear 24 -> 1)"}),
    NameRow("smear_lambda", {"smear_lambda": f"{_GPT}.smear_lambda (scalar parameter)"}),
    NameRow("backout_lambda", {"backout_lambda": f"{_GPT}.backout_lambda (scalar parameter)"}),
)


def recognise(view: View) -> str | None:
    if view.framework != "torch":
        return f"not a torch checkpoint (the reader saw {view.framework})"
    if view.has_smear:
        return None
    if view.gate_channels == GATE_CHANNELS:
        return None  # a nanochat run with smear disabled still has its 12-channel gates
    return (f"no smear_gate and value-embedding gates of {view.gate_channels or 'no'} channels "
            f"(nanochat has a smear gate or {GATE_CHANNELS}-channel gates)")


def conventions(view: View) -> Conventions:
    return Conventions(
        rope=RopeSpec(style="half", base=100000.0, sign=-1, table_dtype=table_dtype(view.dtypes.get("wte.weight", "float32"))),
        norm_eps=FLOAT32_EPS,
        short_window=quarter_rounded_up_to_128,
        extra_key=True,
        gate_scale=3.0,
        qk_scale=1.2,
    )


FAMILY = Family(name="nanochat", looks_for=f"torch names with a smear gate or {GATE_CHANNELS}-channel value-embedding gates",
                names=NameMap(ROWS), recognise=recognise, conventions=conventions)
