"""qwen3: Qwen3 model folders (transformers or mlx-lm).

A Llama-style decoder (emlx/families/llama.py) with an RMSNorm with weight over each head's ``head_dim`` channels
of q and k, applied before RoPE (``q_norm`` / ``k_norm``); ``head_dim`` is explicit (Qwen3Config's default 128,
not hidden_size / heads); biases on q/k/v/o only with ``attention_bias``. Sliding windows as in qwen2.
"""

from __future__ import annotations

from typing import Any, Mapping

from emlx.families._base import Family, NameMap, NameRow, View
from emlx.families._hf import Decoder, decoder_spec, reads_config as hf_reads_config, tensor_set
from emlx.families.llama import DECODER_ROWS
from emlx.spec import ModelSpec, QKNormSpec

_L = "model.layers.{i}"
ROWS: tuple[NameRow, ...] = DECODER_ROWS + (
    NameRow("blocks.{i}.attn.q_norm.weight", {f"{_L}.self_attn.q_norm.weight": "Qwen3Attention.q_norm (RMSNorm over head_dim)"}),
    NameRow("blocks.{i}.attn.k_norm.weight", {f"{_L}.self_attn.k_norm.weight": "Qwen3Attention.k_norm (RMSNorm over head_dim)"}),
)

DECODER = Decoder(qkv_bias="attention_bias", out_bias="attention_bias", mlp_bias=False,
                  qk_norm=QKNormSpec(order="before_rope", weight=True), head_dim=128, kv_heads=32,
                  max_positions=32768, sliding="qwen")


def reads_config(cfg: Mapping[str, Any]) -> str | None:
    return hf_reads_config(cfg, ("qwen3",), ("Qwen3ForCausalLM",))


def build(view: View) -> tuple[ModelSpec, list[str], list[str]]:
    return decoder_spec(view, "qwen3", DECODER)


FAMILY = Family(name="qwen3", looks_for="a model folder whose config.json has model_type qwen3",
                names=NameMap(ROWS), recognise=tensor_set, build=build,
                reads_config=reads_config)
