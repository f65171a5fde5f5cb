"""qwen2: Qwen2 / Qwen2.5 model folders (transformers or mlx-lm).

A Llama-style decoder (emlx/families/llama.py) whose q, k and v projections always carry a bias (o_proj none),
``head_dim`` = hidden_size / heads. Qwen2 configs always carry ``sliding_window`` / ``max_window_layers``, but the
window applies only with ``use_sliding_window`` (then to layers from ``max_window_layers`` on, or as
``layer_types`` says): then it is those layers' window, else every layer attends to all keys.
"""

from __future__ import annotations

from typing import Any, Mapping

from emlx.families._base import Family, NameMap, View
from emlx.families._hf import Decoder, decoder_spec, reads_config as hf_reads_config, tensor_set
from emlx.families.llama import DECODER_ROWS
from emlx.spec import ModelSpec

DECODER = Decoder(qkv_bias=True, out_bias=False, mlp_bias=False, qk_norm=None, head_dim=None, kv_heads=32,
                  max_positions=32768, sliding="qwen")


def reads_config(cfg: Mapping[str, Any]) -> str | None:
    return hf_reads_config(cfg, ("qwen2",), ("Qwen2ForCausalLM",))


def build(view: View) -> tuple[ModelSpec, list[str], list[str]]:
    return decoder_spec(view, "qwen2", DECODER)


FAMILY = Family(name="qwen2", looks_for="a model folder whose config.json has model_type qwen2",
                names=NameMap(DECODER_ROWS), recognise=tensor_set, build=build,
                reads_config=reads_config)
