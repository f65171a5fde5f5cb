"""llama: Llama 2 / 3 / 3.2, SmolLM / SmolLM2, TinyLlama and Mistral, from transformers or mlx-lm model folders.

``model_type`` llama or mistral. The block: RMSNorm with weight (``rms_norm_eps``), q/k/v/o projections (grouped
kv heads, ``head_dim`` explicit or hidden_size / heads; biases when ``attention_bias``), RoPE over the whole head
with pairs (i, i + head_dim/2) (``rotate_half``; mlx-lm's ``rope_traditional`` pairs adjacent channels), RoPE
scaling none / linear / llama3, SwiGLU MLP (``mlp_bias``), no embedding norm, a tied or untied head. Mistral's
``sliding_window`` becomes every layer's window; Llama has none. Everything comes from config.json (emlx/families/_hf.py).
"""

from __future__ import annotations

from typing import Any, Mapping

from emlx.families._base import Family, NameMap, NameRow, View
from emlx.families._hf import Decoder, decoder_spec, reads_config as hf_reads_config, tensor_set
from emlx.spec import ModelSpec

_HF = "transformers LlamaForCausalLM (and Mistral/Qwen2/Qwen3ForCausalLM); mlx-lm models/llama.py keeps the names"
_L = "model.layers.{i}"
#: The transformers spellings of a Llama-style decoder, shared by qwen2 and qwen3 (mlx-lm saves the same names;
#: its quantised layers are dequantised by the reader, emlx/exporter/readers/mlx_affine.py).
DECODER_ROWS: tuple[NameRow, ...] = (
    NameRow("wte.weight", {"model.embed_tokens.weight": f"{_HF}: model.embed_tokens"}),
    NameRow("lm_head.weight", {"lm_head.weight": f"{_HF}: lm_head (absent when tie_word_embeddings)"}),
    NameRow("blocks.{i}.attn_norm.weight", {f"{_L}.input_layernorm.weight": "DecoderLayer.input_layernorm (RMSNorm)"}),
    NameRow("blocks.{i}.attn.c_q.weight", {f"{_L}.self_attn.q_proj.weight": "Attention.q_proj"}),
    NameRow("blocks.{i}.attn.c_q.bias", {f"{_L}.self_attn.q_proj.bias": "Attention.q_proj bias (attention_bias, Qwen2)"}),
    NameRow("blocks.{i}.attn.c_k.weight", {f"{_L}.self_attn.k_proj.weight": "Attention.k_proj"}),
    NameRow("blocks.{i}.attn.c_k.bias", {f"{_L}.self_attn.k_proj.bias": "Attention.k_proj bias (attention_bias, Qwen2)"}),
    NameRow("blocks.{i}.attn.c_v.weight", {f"{_L}.self_attn.v_proj.weight": "Attention.v_proj"}),
    NameRow("blocks.{i}.attn.c_v.bias", {f"{_L}.self_attn.v_proj.bias": "Attention.v_proj bias (attention_bias, Qwen2)"}),
    NameRow("blocks.{i}.attn.c_proj.weight", {f"{_L}.self_attn.o_proj.weight": "Attention.o_proj"}),
    NameRow("blocks.{i}.attn.c_proj.bias", {f"{_L}.self_attn.o_proj.bias": "Attention.o_proj bias (attention_bias)"}),
    NameRow("blocks.{i}.mlp_norm.weight", {f"{_L}.post_attention_layernorm.weight":
                                           "DecoderLayer.post_attention_layernorm (RMSNorm before the MLP)"}),
    NameRow("blocks.{i}.mlp.c_gate.weight", {f"{_L}.mlp.gate_proj.weight": "MLP.gate_proj (through the activation)"}),
    NameRow("blocks.{i}.mlp.c_gate.bias", {f"{_L}.mlp.gate_proj.bias": "MLP.gate_proj bias (mlp_bias)"}),
    NameRow("blocks.{i}.mlp.c_fc.weight", {f"{_L}.mlp.up_proj.weight": "MLP.up_proj (multiplies the gate)"}),
    NameRow("blocks.{i}.mlp.c_fc.bias", {f"{_L}.mlp.up_proj.bias": "MLP.up_proj bias (mlp_bias)"}),
    NameRow("blocks.{i}.mlp.c_proj.weight", {f"{_L}.mlp.down_proj.weight": "MLP.down_proj"}),
    NameRow("blocks.{i}.mlp.c_proj.bias", {f"{_L}.mlp.down_proj.bias": "MLP.down_proj bias (mlp_bias)"}),
    NameRow("final_norm.weight", {"model.norm.weight": f"{_HF}: model.norm (RMSNorm before the head)"}),
    NameRow(None, {f"{_L}.self_attn.rotary_emb.inv_freq": "RoPE frequencies saved by transformers < 4.31 "
                                                          "(recomputed from config.json; mlx-lm drops them too)",
                   "model.rotary_emb.inv_freq": "the same buffer at model level, when saved"}),
)

MODEL_TYPES = ("llama", "mistral")
ARCHITECTURES = ("LlamaForCausalLM", "MistralForCausalLM")
#: config.json meaning per model_type (transformers' LlamaConfig / MistralConfig defaults)
DECODERS = {
    "llama": Decoder(qkv_bias="attention_bias", out_bias="attention_bias", mlp_bias="mlp_bias", qk_norm=None,
                     head_dim=None, kv_heads=None, max_positions=2048, sliding="none"),
    "mistral": Decoder(qkv_bias=False, out_bias=False, mlp_bias=False, qk_norm=None, head_dim=None, kv_heads=8,
                       max_positions=4096 * 32, sliding="all"),
}


def reads_config(cfg: Mapping[str, Any]) -> str | None:
    return hf_reads_config(cfg, MODEL_TYPES, ARCHITECTURES)


def build(view: View) -> tuple[ModelSpec, list[str], list[str]]:
    assert view.hf_config is not None
    return decoder_spec(view, "llama", DECODERS[view.hf_config["model_type"]])


FAMILY = Family(name="llama", looks_for="a model folder whose config.json has model_type llama or mistral",
                names=NameMap(DECODER_ROWS), recognise=tensor_set, build=build,
                reads_config=reads_config)
