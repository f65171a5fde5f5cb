"""What the families of transformers / mlx-lm model folders share: reading ``config.json`` and turning its keys
into the parts of the block recipe they decide (docs/DESIGN.md §2, docs/FORMATS.md "ModelSpec").

A model folder states its architecture in ``config.json``, so these families never guess: each key is read with
the default its framework's config class gives it when the file leaves it out (transformers'
``models/<type>/configuration_<type>.py``), every value is type-checked before any arithmetic, and a key whose
meaning the recipe cannot express is refused with one line naming it and what is supported. Both dialects are
read: transformers 4 writes ``rope_theta`` + ``rope_scaling`` (``type`` or ``rope_type``), transformers 5 writes
``rope_parameters``; where both appear, transformers' own precedence applies (a non-empty ``rope_scaling`` first,
then ``rope_parameters``; ``rope_theta`` inside them before the top-level one).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from emlx.families._base import View, count_layers
from emlx.spec import (
    ActivationSpec,
    AttnSpec,
    EmbedSpec,
    MlpSpec,
    ModelSpec,
    NormSpec,
    QKNormSpec,
    RopeScalingSpec,
    RopeSpec,
)
from emlx.spec_schema import MAX_HEADS, MAX_LAYERS, MAX_SEQUENCE, MAX_VOCAB, MAX_WIDTH

_MISSING: Any = object()
FIX = "fix config.json (or re-save the model with its framework)"

#: transformers' activation names (``ACT2FN``) the recipe computes exactly
ACTIVATIONS = {"silu": "silu", "swish": "silu", "gelu_new": "gelu_tanh", "gelu_pytorch_tanh": "gelu_tanh",
               "gelu": "gelu_erf", "relu": "relu"}
#: transformers' ``rope_type`` -> the recipe's rope.scaling.kind
ROPE_TYPES = {"default": "none", "linear": "linear", "llama3": "llama3"}
#: config keys that switch on a mixture of experts (positive counts); no family here has one
MOE_KEYS = ("num_local_experts", "num_experts", "n_routed_experts", "num_experts_per_tok")


def _show(v: Any) -> str:
    try:
        text = json.dumps(v, allow_nan=True)
    except (TypeError, ValueError):
        text = repr(v)
    return text if len(text) <= 60 else text[:57] + "..."


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


class Config:
    """A config.json object (or one of its sub-objects) with typed reads: every bad value is one ValueError line
    ``config.json: <key> must be <what>, got <value>; fix ...``."""

    def __init__(self, doc: Mapping[str, Any], label: str = "config.json") -> None:
        self.doc = doc
        self.label = label
        self.defaulted: list[str] = []  # keys read at their default (absent from the file)

    def _bad(self, key: str, what: str, v: Any) -> ValueError:
        return ValueError(f"{self.label}: {key} must be {what}, got {_show(v)}; {FIX}")

    def has(self, key: str) -> bool:
        return self.doc.get(key) is not None

    def raw(self, key: str, default: Any = None) -> Any:
        v = self.doc.get(key)
        return default if v is None else v

    def _get(self, key: str, default: Any) -> Any:
        v = self.doc.get(key)
        if v is None:
            if default is _MISSING:
                raise ValueError(f"{self.label}: no {key}; a {self.label} written by transformers or mlx-lm has it; {FIX}")
            self.defaulted.append(key)
            return default
        return v

    def int(self, key: str, default: Any = _MISSING, lo: int = 1, hi: int = MAX_WIDTH) -> int:
        v = self._get(key, default)
        if not _is_int(v) or not lo <= v <= hi:
            raise self._bad(key, f"an integer in [{lo}, {hi}]", v)
        return int(v)

    def number(self, key: str, default: Any = _MISSING, gt: float | None = None, lt: float | None = None) -> float:
        v = self._get(key, default)
        if (isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v)
                or (gt is not None and not v > gt) or (lt is not None and not v < lt)):
            rng = f" in ({gt}, {lt})" if gt is not None and lt is not None else (f" > {gt}" if gt is not None else "")
            raise self._bad(key, f"a finite number{rng}", v)
        return float(v)

    def flag(self, key: str, default: Any = _MISSING) -> bool:
        v = self._get(key, default)
        if not isinstance(v, bool):
            raise self._bad(key, "true or false", v)
        return v

    def text(self, key: str, default: Any = _MISSING) -> str:
        v = self._get(key, default)
        if not isinstance(v, str) or not v or len(v) > 200:
            raise self._bad(key, "a non-empty string", v)
        return v

    def obj(self, key: str) -> Mapping[str, Any] | None:
        v = self.doc.get(key)
        if v is None:
            return None
        if not isinstance(v, Mapping):
            raise self._bad(key, "an object or null", v)
        return v


# --------------------------------------------------------------------------------------------------
# recognition


def reads_config(cfg: Mapping[str, Any], model_types: Sequence[str], architectures: Sequence[str]) -> str | None:
    """None when config.json is of one of ``model_types`` (and, if it lists architectures, one of
    ``architectures``), else why not."""
    mt = cfg.get("model_type")
    if mt not in model_types:
        return f"config.json model_type {_show(mt)} is not {' or '.join(model_types)}"
    archs = cfg.get("architectures")
    if isinstance(archs, list) and archs and not any(a in architectures for a in archs):
        return f"config.json architectures {_show(archs)} are not {' or '.join(architectures)} (a causal LM)"
    return None


def tensor_set(view: View) -> str | None:
    """A model-folder family's recognition of the tensors: its name rows knew every stored name and found the
    embedding and attention (emlx.families.view_of); their shapes are checked against the spec on export."""
    return None


# --------------------------------------------------------------------------------------------------
# parts of the recipe


def refuse_moe(c: Config) -> None:
    for k in MOE_KEYS:
        v = c.raw(k)
        if v is not None and (not _is_int(v) or v > 0):
            raise ValueError(f"{c.label}: {k} {_show(v)}: a mixture of experts is not supported (supported: dense "
                             "models whose blocks have one MLP)")


def activation(c: Config, key: str, default: str) -> ActivationSpec:
    name = c.text(key, default)
    if name not in ACTIVATIONS:
        raise ValueError(f"{c.label}: {key} {_show(name)} is not supported (supported: {', '.join(sorted(ACTIVATIONS))})")
    return ActivationSpec(ACTIVATIONS[name])


def tied_head(c: Config, view: View, notes: list[str]) -> bool:
    """``tie_word_embeddings``; when absent, the tensors decide (an lm_head.weight means untied). A stored
    lm_head under a tied config must equal wte (checked on export); an untied config without one is refused."""
    has_head = "lm_head.weight" in view.shapes
    if c.has("tie_word_embeddings"):
        tied = c.flag("tie_word_embeddings")
    else:
        tied = not has_head
        notes.append(f"tie_word_embeddings absent: {'an' if has_head else 'no'} lm_head.weight, so "
                     f"{'untied' if has_head else 'tied'}")
    if not tied and not has_head:
        raise ValueError(f"{c.label}: tie_word_embeddings is false but the weights have no lm_head.weight (the "
                         "framework would initialise it at random); set tie_word_embeddings to true if the head "
                         "is the embedding, or add the missing tensor")
    return tied


def rope(c: Config, default_theta: float, max_positions: int, notes: list[str]) -> RopeSpec:
    """The RoPE of either dialect (module docstring): base, scaling (default / linear / llama3), pair layout
    (mlx-lm's ``rope_traditional``: interleaved pairs). transformers computes inv_freq, the angles and cos/sin
    in float32 (also under ``model.double()``), hence ``table_dtype`` float32."""
    scaling, params = c.obj("rope_scaling"), c.obj("rope_parameters")
    if scaling:
        p, where = scaling, "rope_scaling"
    elif params:
        p, where = params, "rope_parameters"
    else:
        p, where = {}, "rope_theta"
    notes.append("RoPE from " + ("rope_parameters (transformers 5)" if where == "rope_parameters" else
                                 "rope_theta / rope_scaling (transformers 4)"))
    if any(isinstance(v, Mapping) for v in p.values()):
        raise ValueError(f"{c.label}: {where} holds per-layer-type RoPE parameters ({', '.join(sorted(map(str, p)))}); "
                         "supported: one RoPE for every layer")
    sub = Config(p, f"{c.label} {where}")
    theta = sub.number("rope_theta", gt=1.0) if sub.has("rope_theta") else c.number("rope_theta", default_theta, gt=1.0)
    kind = p.get("rope_type", p.get("type", "default"))
    if not isinstance(kind, str) or kind not in ROPE_TYPES:
        raise ValueError(f"{sub.label}: RoPE type {_show(kind)} is not supported (supported: "
                         f"{', '.join(ROPE_TYPES)}); yarn, dynamic and longrope change the frequencies in ways the "
                         "recipe does not express")
    partial = p.get("partial_rotary_factor", c.raw("partial_rotary_factor"))
    if partial is not None and (isinstance(partial, bool) or not isinstance(partial, (int, float)) or partial != 1):
        raise ValueError(f"{c.label}: partial_rotary_factor {_show(partial)}: these models rotate every channel of "
                         "a head (transformers' apply_rotary_pos_emb); supported: 1.0 or absent")
    if ROPE_TYPES[kind] == "linear":
        sc = RopeScalingSpec("linear", (("factor", sub.number("factor", gt=0.0)),))
    elif ROPE_TYPES[kind] == "llama3":
        omax = (c.int("original_max_position_embeddings", hi=MAX_SEQUENCE) if c.has("original_max_position_embeddings")
                else sub.int("original_max_position_embeddings", max_positions, hi=MAX_SEQUENCE))
        low, high = sub.number("low_freq_factor", gt=0.0), sub.number("high_freq_factor", gt=0.0)
        if not high > low:
            raise ValueError(f"{sub.label}: high_freq_factor {high} must be above low_freq_factor {low}; {FIX}")
        sc = RopeScalingSpec("llama3", (("factor", sub.number("factor", gt=0.0)), ("high_freq_factor", high),
                                        ("low_freq_factor", low), ("original_max_position_embeddings", omax)))
    else:
        sc = RopeScalingSpec()
    style = "interleaved" if c.flag("rope_traditional", False) else "half"
    return RopeSpec(style=style, base=theta, sign=1, table_dtype="float32", rotary_dim=None, scaling=sc)


def windows(c: Config, n_layer: int, rule: str) -> tuple[int | None, ...]:
    """Visible keys per layer (None: full causal). ``rule`` says how the family's transformers code decides which
    layers slide: "none" (no sliding window at all), "all" (every layer slides when ``sliding_window`` is set:
    Mistral), "qwen" (``use_sliding_window`` and layers from ``max_window_layers`` on, or ``layer_types``).
    transformers' sliding mask keeps key j for query t when t - sliding_window < j <= t: the recipe's window."""
    types = c.raw("layer_types")
    if types is not None:
        if (not isinstance(types, list) or len(types) != n_layer
                or any(t not in ("full_attention", "sliding_attention") for t in types)):
            raise ValueError(f"{c.label}: layer_types must list full_attention / sliding_attention once per layer "
                             f"({n_layer}), got {_show(types)}")
    if rule == "none":
        if types is not None and "sliding_attention" in types:
            raise ValueError(f"{c.label}: layer_types has sliding_attention, but this model_type's transformers "
                             "code has no sliding window (mlx-lm would apply it): remove it, or save the model "
                             "as a type that slides (mistral, qwen2)")
        return (None,) * n_layer
    if rule == "all":  # MistralConfig: sliding_window defaults to 4096; an explicit null turns it off
        if "sliding_window" in c.doc and c.doc["sliding_window"] is None:
            return (None,) * n_layer
        return (c.int("sliding_window", 4096, hi=2 * MAX_SEQUENCE),) * n_layer
    use = c.flag("use_sliding_window", False)
    sw = c.int("sliding_window", 4096, hi=2 * MAX_SEQUENCE) if use else None
    if types is None:
        first = c.int("max_window_layers", 28, lo=0, hi=MAX_LAYERS)
        types = ["sliding_attention" if sw is not None and i >= first else "full_attention" for i in range(n_layer)]
    return tuple(sw if t == "sliding_attention" else None for t in types)


# --------------------------------------------------------------------------------------------------
# the llama-style decoder (llama, mistral, qwen2, qwen3)


@dataclass(frozen=True)
class Decoder:
    """What one model_type's config.json keys mean for a Llama-style decoder (RMSNorm with weight, SwiGLU, RoPE,
    no embedding norm, plain residual), with the defaults of its transformers config class."""

    qkv_bias: bool | str  # a constant, or the config key that decides it
    out_bias: bool | str
    mlp_bias: bool | str
    qk_norm: QKNormSpec | None
    head_dim: int | None  # default when absent; None = hidden_size // num_attention_heads
    kv_heads: int | None  # default when absent; None = num_attention_heads
    max_positions: int
    sliding: str  # windows() rule
    eps: float = 1e-6
    theta: float = 10000.0


def _bias(c: Config, how: bool | str) -> bool:
    return how if isinstance(how, bool) else c.flag(how, False)


def decoder_spec(view: View, family: str, d: Decoder) -> tuple[ModelSpec, list[str], list[str]]:
    """The ModelSpec of a Llama-style model folder from its config.json (raises ValueError, one line)."""
    assert view.hf_config is not None
    c = Config(view.hf_config)
    notes: list[str] = [f"family {family} from config.json model_type {_show(c.raw('model_type'))} "
                        f"({view.framework})"]
    refuse_moe(c)
    hidden = c.int("hidden_size")
    heads = c.int("num_attention_heads", hi=MAX_HEADS)
    kv = c.int("num_key_value_heads", d.kv_heads if d.kv_heads is not None else heads, hi=MAX_HEADS)
    head_dim = c.int("head_dim", d.head_dim if d.head_dim is not None else max(1, hidden // heads))
    n_layer = c.int("num_hidden_layers", hi=MAX_LAYERS)
    if count_layers(view.shapes) != n_layer:
        raise ValueError(f"config.json: num_hidden_layers is {n_layer} but the weights hold "
                         f"{count_layers(view.shapes)} layers; {FIX}")
    max_pos = c.int("max_position_embeddings", d.max_positions, hi=MAX_SEQUENCE)
    vocab = c.int("vocab_size", hi=MAX_VOCAB)
    spec = ModelSpec(
        family=family, source_framework=view.framework, vocab_size=vocab, padded_vocab_size=vocab,
        n_layer=n_layer, n_head=heads, n_kv_head=kv, n_embd=hidden, head_dim=head_dim,
        mlp_hidden=c.int("intermediate_size"), sequence_len=max_pos, window=windows(c, n_layer, d.sliding),
        rope=rope(c, d.theta, max_pos, notes), norm_eps=c.number("rms_norm_eps", d.eps, gt=0.0, lt=1.0),
        qk_scale=1.0, value_embed=None, softcap=None, activation=activation(c, "hidden_act", "silu"),
        smear=None, backout=None,
        embed=EmbedSpec(norm=False, positions="none", tied=tied_head(c, view, notes)),
        norm=NormSpec(kind="rms", weight=True, bias=False), qk_norm=d.qk_norm,
        attn=AttnSpec(qkv_bias=_bias(c, d.qkv_bias), out_bias=_bias(c, d.out_bias), scale=None),
        mlp=MlpSpec(gated=True, bias=_bias(c, d.mlp_bias)), residual="plain")
    if c.defaulted:
        notes.append(f"absent from config.json, at transformers' defaults: {', '.join(sorted(set(c.defaulted)))}")
    return spec, notes, []
