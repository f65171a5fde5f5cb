"""gpt2: GPT-2 model folders (transformers ``GPT2LMHeadModel``, the original ``GPT2Model`` files, mlx-lm).

LayerNorm with weight and bias (``layer_norm_epsilon``), learned absolute positions added to the token rows
(``wpe``, ``n_positions`` rows), no RoPE, every projection with a bias, the MLP ``c_fc`` -> ``gelu_new`` ->
``c_proj`` (``n_inner``, default 4 * n_embd), a head tied to the embedding. transformers stores its ``Conv1D``
weights as ``[in, out]`` (transposed here to ``[out, in]``) and q | k | v fused in ``attn.c_attn``, split here into
three equal parts; mlx-lm's sanitize already transposed them (``[3C, C]``). ``scale_attn_weights`` false means
no 1/sqrt(head_dim) (attn.scale 1); ``scale_attn_by_inverse_layer_idx`` (a per-layer scale) is not expressible.
"""

from __future__ import annotations

from typing import Any, Mapping

from emlx.families._base import Family, NameMap, NameRow, Take, View, count_layers
from emlx.families._hf import FIX, Config, activation, reads_config as hf_reads_config, tensor_set, refuse_moe, tied_head
from emlx.spec import AttnSpec, EmbedSpec, MlpSpec, ModelSpec, NormSpec
from emlx.spec_schema import MAX_HEADS, MAX_LAYERS, MAX_SEQUENCE, MAX_VOCAB

_T = "transformers GPT2LMHeadModel"
_O = "openai-community/gpt2's own files (saved from GPT2Model: no transformer. prefix)"
_M = "mlx-lm models/gpt2.py (sanitize moved it under model. and transposed the Conv1D weights)"
_CONV = Take(transpose=True)
_QKV = tuple(Take(transpose=True, part=k, parts=3) for k in range(3))
_QKV_LINEAR = tuple(Take(part=k, parts=3) for k in range(3))
_QKV_BIAS = _QKV_LINEAR


def _spell(suffix: str, note: str, hf: Take | None = None, mlx: Take | None = None
           ) -> tuple[dict[str, str], dict[str, Take]]:
    """One tensor's three spellings (transformers, the original files, mlx-lm) and how each is cut."""
    names = {f"transformer.{suffix}": f"{_T}: transformer.{note}", suffix: f"{_O}: {note}",
             f"model.{suffix}": f"{_M}: model.{note}"}
    takes = {k: t for k, t in ((f"transformer.{suffix}", hf), (suffix, hf), (f"model.{suffix}", mlx)) if t is not None}
    return names, takes


def _row(canonical: str, suffix: str, note: str, hf: Take | None = None, mlx: Take | None = None) -> NameRow:
    names, takes = _spell(suffix, note, hf, mlx)
    return NameRow(canonical, names, takes)


_H = "h.{i}"
ROWS: tuple[NameRow, ...] = (
    _row("wte.weight", "wte.weight", "wte (token embedding)"),
    _row("wpe.weight", "wpe.weight", "wpe (learned positions, n_positions rows)"),
    NameRow("lm_head.weight", {"lm_head.weight": f"{_T}: lm_head (absent when tied, the default)"}),
    _row("blocks.{i}.attn_norm.weight", f"{_H}.ln_1.weight", "h.N.ln_1 (LayerNorm before attention)"),
    _row("blocks.{i}.attn_norm.bias", f"{_H}.ln_1.bias", "h.N.ln_1 bias"),
    *(_row(f"blocks.{{i}}.attn.c_{x}.weight", f"{_H}.attn.c_attn.weight",
           f"h.N.attn.c_attn (Conv1D [C, 3C], q | k | v fused): part {k + 1} of 3", _QKV[k], _QKV_LINEAR[k])
      for k, x in enumerate("qkv")),
    *(_row(f"blocks.{{i}}.attn.c_{x}.bias", f"{_H}.attn.c_attn.bias", f"h.N.attn.c_attn bias: part {k + 1} of 3",
           _QKV_BIAS[k], _QKV_BIAS[k]) for k, x in enumerate("qkv")),
    _row("blocks.{i}.attn.c_proj.weight", f"{_H}.attn.c_proj.weight", "h.N.attn.c_proj (Conv1D [in, out])", _CONV),
    _row("blocks.{i}.attn.c_proj.bias", f"{_H}.attn.c_proj.bias", "h.N.attn.c_proj bias"),
    _row("blocks.{i}.mlp_norm.weight", f"{_H}.ln_2.weight", "h.N.ln_2 (LayerNorm before the MLP)"),
    _row("blocks.{i}.mlp_norm.bias", f"{_H}.ln_2.bias", "h.N.ln_2 bias"),
    _row("blocks.{i}.mlp.c_fc.weight", f"{_H}.mlp.c_fc.weight", "h.N.mlp.c_fc (Conv1D [in, out])", _CONV),
    _row("blocks.{i}.mlp.c_fc.bias", f"{_H}.mlp.c_fc.bias", "h.N.mlp.c_fc bias"),
    _row("blocks.{i}.mlp.c_proj.weight", f"{_H}.mlp.c_proj.weight", "h.N.mlp.c_proj (Conv1D [in, out])", _CONV),
    _row("blocks.{i}.mlp.c_proj.bias", f"{_H}.mlp.c_proj.bias", "h.N.mlp.c_proj bias"),
    _row("final_norm.weight", "ln_f.weight", "ln_f (LayerNorm before the head)"),
    _row("final_norm.bias", "ln_f.bias", "ln_f bias"),
    NameRow(None, {f"transformer.{_H}.attn.bias": f"{_T}: the causal-mask buffer older transformers saved",
                   f"transformer.{_H}.attn.masked_bias": f"{_T}: the masked-score constant older transformers saved",
                   f"{_H}.attn.bias": f"{_O}: the causal-mask buffer", f"{_H}.attn.masked_bias": f"{_O}: the masked-score constant"}),
)


def reads_config(cfg: Mapping[str, Any]) -> str | None:
    return hf_reads_config(cfg, ("gpt2",), ("GPT2LMHeadModel",))


def build(view: View) -> tuple[ModelSpec, list[str], list[str]]:
    """The ModelSpec of a GPT-2 folder from config.json (GPT2Config's defaults for absent keys)."""
    assert view.hf_config is not None
    c = Config(view.hf_config)
    notes = [f"family gpt2 from config.json model_type \"gpt2\" ({view.framework})"]
    refuse_moe(c)
    for key, what in (("scale_attn_by_inverse_layer_idx", "a per-layer attention scale 1/(layer+1)"),
                      ("add_cross_attention", "cross-attention (an encoder-decoder)")):
        if c.flag(key, False):
            raise ValueError(f"config.json: {key} is true: {what} is not supported (supported: false); {FIX}")
    n_embd, n_layer = c.int("n_embd"), c.int("n_layer", hi=MAX_LAYERS)
    if count_layers(view.shapes) != n_layer:
        raise ValueError(f"config.json: n_layer is {n_layer} but the weights hold {count_layers(view.shapes)} "
                         f"layers; {FIX}")
    n_head = c.int("n_head", hi=MAX_HEADS)
    if n_embd % n_head:
        raise ValueError(f"config.json: n_embd {n_embd} is not a multiple of n_head {n_head}; {FIX}")
    vocab = c.int("vocab_size", hi=MAX_VOCAB)
    spec = ModelSpec(
        family="gpt2", source_framework=view.framework, vocab_size=vocab, padded_vocab_size=vocab,
        n_layer=n_layer, n_head=n_head, n_kv_head=n_head, n_embd=n_embd, head_dim=n_embd // n_head,
        mlp_hidden=c.int("n_inner", 4 * n_embd), sequence_len=c.int("n_positions", 1024, hi=MAX_SEQUENCE),
        window=(None,) * n_layer, rope=None, norm_eps=c.number("layer_norm_epsilon", 1e-5, gt=0.0, lt=1.0),
        qk_scale=1.0, value_embed=None, softcap=None, activation=activation(c, "activation_function", "gelu_new"),
        smear=None, backout=None,
        embed=EmbedSpec(norm=False, positions="learned", tied=tied_head(c, view, notes)),
        norm=NormSpec(kind="layer", weight=True, bias=True), qk_norm=None,
        attn=AttnSpec(qkv_bias=True, out_bias=True, scale=None if c.flag("scale_attn_weights", True) else 1.0),
        mlp=MlpSpec(gated=False, bias=True), residual="plain")
    return spec, notes, []


FAMILY = Family(name="gpt2", looks_for="a model folder whose config.json has model_type gpt2",
                names=NameMap(ROWS), recognise=tensor_set, build=build,
                reads_config=reads_config)
