"""ModelSpec: the one declarative description of a GPT architecture (docs/DESIGN.md, docs/FORMATS.md "ModelSpec").

The exporter fills it from a checkpoint, the bundle stores it under ``config``, and both the NumPy reference
and the TF.js port read it. No family's semantics are hard-coded anywhere else: every difference between
autoresearch-mlx, autoresearch-torch and nanochat is a field here.

Conventions (shared with js/src/recipe.js and the executors):

* Linear weights are ``[out, in]``; ``y = x @ W.T``.
* ``window[i]`` is the number of keys query ``t`` may see in layer ``i``, *including itself*:
  key ``j`` is visible when ``t - window[i] < j <= t``. ``None`` means full causal attention.
* RoPE rotates each pair ``(a, b)`` by ``sign * theta``: ``a' = a cos - sign * b sin``,
  ``b' = sign * a sin + b cos``, with ``theta = pos * base ** (-2i / head_dim)``. ``style`` says which
  channels form pair ``i``: ``interleaved`` -> ``(2i, 2i+1)``, ``half`` -> ``(i, i + head_dim/2)``.
  ``table_dtype`` is the precision the cos/sin tables are rounded to before use.
* ``backout.layer`` is the block index whose *output* residual is subtracted (scaled by
  ``backout_lambda``) before the final norm.
"""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass, field
from typing import Any, Mapping

from emlx.spec_schema import SCHEMA, activation_defaults, canonical_config, check_config, is_legacy
from emlx.spec_schema import default as _d

# Fields, types, ranges and defaults live in emlx/spec_schema.py (shared with js/src/spec.js); these are views.
ROPE_STYLES = tuple(next(f["choices"] for f in SCHEMA["objects"]["rope"] if f["name"] == "style"))
TABLE_DTYPES = tuple(next(f["choices"] for f in SCHEMA["objects"]["rope"] if f["name"] == "table_dtype"))
ACTIVATIONS = tuple(SCHEMA["activations"])
ROPE_SCALINGS = tuple(SCHEMA["rope_scalings"])
EML_DEFAULTS = activation_defaults("eml")


def _param(kind: str, params: tuple[tuple[str, float], ...], table: str, name: str, what: str) -> float:
    for k, v in params:
        if k == name:
            return v
    rules = SCHEMA[table].get(kind, {})
    if name in rules and "default" in rules[name]:
        return rules[name]["default"]
    raise KeyError(f"{what} {kind!r} has no parameter {name!r}")


@dataclass(frozen=True)
class RopeScalingSpec:
    """transformers' ``rope_type`` with its parameters: none, linear (positions / factor), llama3."""

    kind: str = _d("rope.scaling.kind")
    params: tuple[tuple[str, float], ...] = ()

    def param(self, name: str) -> float:
        return _param(self.kind, self.params, "rope_scalings", name, "rope scaling")


@dataclass(frozen=True)
class RopeSpec:
    style: str = _d("rope.style")
    base: float = _d("rope.base")
    sign: int = _d("rope.sign")
    table_dtype: str = _d("rope.table_dtype")
    rotary_dim: int | None = _d("rope.rotary_dim")  # None = every channel of the head
    scaling: RopeScalingSpec = field(default_factory=RopeScalingSpec)


@dataclass(frozen=True)
class ValueEmbedSpec:
    layers: tuple[int, ...] = ()
    gate_channels: int = _d("value_embed.gate_channels")
    gate_scale: float = _d("value_embed.gate_scale")


@dataclass(frozen=True)
class ActivationSpec:
    kind: str = _d("activation.kind")
    params: tuple[tuple[str, float], ...] = ()

    def param(self, name: str) -> float:
        return _param(self.kind, self.params, "activations", name, "activation")


@dataclass(frozen=True)
class SmearSpec:
    channels: int = _d("smear.channels")


@dataclass(frozen=True)
class BackoutSpec:
    layer: int = _d("backout.layer")


@dataclass(frozen=True)
class EmbedSpec:
    norm: bool = _d("embed.norm")  # the embedding rows go through the norm (legacy) before block 0
    positions: str = _d("embed.positions")  # "learned": wpe[pos] added to the token rows (before the norm)
    tied: bool = _d("embed.tied")  # lm_head is wte (no lm_head.weight)


@dataclass(frozen=True)
class NormSpec:
    kind: str = _d("norm.kind")  # "rms" or "layer"
    weight: bool = _d("norm.weight")
    bias: bool = _d("norm.bias")


@dataclass(frozen=True)
class QKNormSpec:
    order: str = _d("qk_norm.order")  # "after_rope" (legacy) or "before_rope" (qwen3)
    weight: bool = _d("qk_norm.weight")


@dataclass(frozen=True)
class AttnSpec:
    qkv_bias: bool = _d("attn.qkv_bias")
    out_bias: bool = _d("attn.out_bias")
    scale: float | None = _d("attn.scale")  # None = 1 / sqrt(head_dim)


@dataclass(frozen=True)
class MlpSpec:
    gated: bool = _d("mlp.gated")
    bias: bool = _d("mlp.bias")


@dataclass(frozen=True)
class ModelSpec:
    family: str
    source_framework: str
    vocab_size: int
    padded_vocab_size: int
    n_layer: int
    n_head: int
    n_kv_head: int
    n_embd: int
    head_dim: int
    mlp_hidden: int
    sequence_len: int
    window: tuple[int | None, ...]
    rope: RopeSpec | None = field(default_factory=RopeSpec)
    norm_eps: float = _d("norm_eps")
    qk_scale: float = _d("qk_scale")
    value_embed: ValueEmbedSpec | None = None
    softcap: float | None = _d("softcap")
    activation: ActivationSpec = field(default_factory=ActivationSpec)
    smear: SmearSpec | None = None
    backout: BackoutSpec | None = None
    embed: EmbedSpec = field(default_factory=EmbedSpec)
    norm: NormSpec = field(default_factory=NormSpec)
    qk_norm: QKNormSpec | None = field(default_factory=QKNormSpec)
    attn: AttnSpec = field(default_factory=AttnSpec)
    mlp: MlpSpec = field(default_factory=MlpSpec)
    residual: str = _d("residual")

    def __post_init__(self) -> None:
        validate(self)

    # ----------------------------------------------------------------------------------------------
    @property
    def kv_group(self) -> int:
        """Query heads per kv head: query head h reads kv head h // kv_group."""
        return self.n_head // self.n_kv_head

    @property
    def version(self) -> int:
        """1 when the recipe is the legacy one (what emlx 0.1 could describe), else 2: what ``to_dict`` writes."""
        return 1 if is_legacy(check_config(_plain(self))) else 2

    @property
    def rotary_dim(self) -> int:
        """Channels of each head RoPE rotates (0 without RoPE)."""
        if self.rope is None:
            return 0
        return self.rope.rotary_dim if self.rope.rotary_dim is not None else self.head_dim

    @property
    def attn_scale(self) -> float:
        """The factor on q . k before the softmax."""
        return self.attn.scale if self.attn.scale is not None else 1.0 / math.sqrt(self.head_dim)

    def normalized(self) -> dict[str, Any]:
        """Every field, defaults filled (the form the validator returns; version 2): what code reads by dotted key."""
        return check_config(_to_jsonable(self))

    def to_dict(self) -> dict[str, Any]:
        """The canonical JSON data of the spec (emlx.spec_schema.canonical_config): version 1 without recipe keys
        for the legacy recipe, version 2 with every key otherwise."""
        return canonical_config(check_config(_to_jsonable(self)))

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, indent=2)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "ModelSpec":
        return _spec_from_dict(data)

    def replace(self, **changes: Any) -> "ModelSpec":
        return dataclasses.replace(self, **changes)

    def with_overrides(self, overrides: Mapping[str, Any]) -> "ModelSpec":
        """Apply dotted-key overrides (``rope.style``, ``window``, ``value_embed.gate_scale`` …).

        Values go through the same validation as a freshly built spec; unknown keys are a ValueError.
        """
        data = self.normalized()
        for dotted, value in overrides.items():
            _set_dotted(data, dotted, value)
        return ModelSpec.from_dict(data)


# --------------------------------------------------------------------------------------------------
# validation


def validate(spec: ModelSpec) -> None:
    """Raise a one-line ValueError (never assert) when the spec is invalid: emlx.spec_schema.check_config on the
    spec's plain data, so a spec built in code is held to exactly the rules a spec read from JSON is."""
    check_config(_plain(spec))


_KINDED = (ActivationSpec, RopeScalingSpec)  # a kind plus its parameters, stored as sorted (name, value) pairs


def _plain(obj: Any) -> Any:
    """The spec as JSON-like data, without judging any value (validation does that)."""
    if isinstance(obj, _KINDED):
        try:
            params: Any = dict(obj.params)
        except (TypeError, ValueError):
            params = obj.params
        return {"kind": obj.kind, "params": params}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, tuple):
        return [_plain(v) for v in obj]
    return obj


# --------------------------------------------------------------------------------------------------
# (de)serialisation


def _to_jsonable(obj: Any) -> Any:
    if isinstance(obj, _KINDED):
        return {"kind": obj.kind, "params": {k: v for k, v in obj.params}}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, tuple):
        return [_to_jsonable(v) for v in obj]
    if isinstance(obj, float) and (math.isnan(obj) or math.isinf(obj)):
        raise ValueError(f"spec value {obj!r} is not representable in JSON")
    return obj


def _pairs(params: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted((str(k), v if isinstance(v, int) and not isinstance(v, bool) else float(v))
                        for k, v in params.items()))


def _spec_from_dict(data: Mapping[str, Any]) -> ModelSpec:
    d = check_config(data)  # the one validator: everything below only converts checked values
    ve, sm, bo, act, rope, qk = d["value_embed"], d["smear"], d["backout"], d["activation"], d["rope"], d["qk_norm"]
    return ModelSpec(
        **{k: d[k] for k in ("family", "source_framework", "vocab_size", "padded_vocab_size", "n_layer", "n_head",
                             "n_kv_head", "n_embd", "head_dim", "mlp_hidden", "sequence_len", "norm_eps", "qk_scale",
                             "softcap", "residual")},
        window=tuple(d["window"]),
        rope=None if rope is None else RopeSpec(
            style=rope["style"], base=rope["base"], sign=rope["sign"], table_dtype=rope["table_dtype"],
            rotary_dim=rope["rotary_dim"],
            scaling=RopeScalingSpec(kind=rope["scaling"]["kind"], params=_pairs(rope["scaling"]["params"]))),
        value_embed=None if ve is None else ValueEmbedSpec(layers=tuple(ve["layers"]), gate_channels=ve["gate_channels"],
                                                           gate_scale=ve["gate_scale"]),
        activation=ActivationSpec(kind=act["kind"], params=_pairs(act["params"])),
        smear=None if sm is None else SmearSpec(**sm),
        backout=None if bo is None else BackoutSpec(**bo),
        embed=EmbedSpec(**d["embed"]),
        norm=NormSpec(**d["norm"]),
        qk_norm=None if qk is None else QKNormSpec(**qk),
        attn=AttnSpec(**d["attn"]),
        mlp=MlpSpec(**d["mlp"]),
    )


def _object_kinds() -> dict[str, str]:
    """Field name -> the schema object it holds (``scaling`` -> ``rope_scaling``)."""
    return {f["name"]: f["of"] for fields in SCHEMA["objects"].values() for f in fields if f["type"] == "object"}


def _set_dotted(data: dict[str, Any], dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    cur: Any = data
    for i, p in enumerate(parts[:-1]):
        if not isinstance(cur, dict) or p not in cur:
            raise ValueError(f"unknown spec key {dotted!r} (no {'.'.join(parts[:i + 1])!r})")
        if cur[p] is None:
            cur[p] = {}
        cur = cur[p]
    leaf = parts[-1]
    if not isinstance(cur, dict):
        raise ValueError(f"unknown spec key {dotted!r}")
    if leaf not in cur and not (len(parts) > 1 and parts[-2] == "params"):
        # allow filling a sub-object that was null (e.g. --set smear.channels=24)
        kind = _object_kinds().get(parts[-2]) if len(parts) > 1 else None
        known = {f["name"] for f in SCHEMA["objects"][kind]} if kind else set()
        if leaf not in known:
            raise ValueError(f"unknown spec key {dotted!r}; top-level keys: {sorted(data)}")
    cur[leaf] = value


def parse_override(text: str) -> tuple[str, Any]:
    """Parse one ``--set key=value``; the value is JSON when it parses as JSON, else a plain string."""
    if "=" not in text:
        raise ValueError(f"--set expects KEY=VALUE (e.g. rope.style=half), got {text!r}")
    key, raw = text.split("=", 1)
    key = key.strip()
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    return key, value


# --------------------------------------------------------------------------------------------------
# family helpers shared by detection and tests


def window_sizes(pattern: str, n_layer: int, short: int, long: int, extra_key: bool) -> tuple[int, ...]:
    """Visible-key windows from an ``SSSL`` pattern; the last layer is always long.

    ``extra_key`` is the FA3 ``(W, 0)`` rule (W+1 keys); MLX's mask sees exactly W keys.
    """
    if not pattern or any(c not in "SL" for c in pattern.upper()):
        raise ValueError(f"window pattern must be made of S and L, got {pattern!r}")
    pat = pattern.upper()
    out = []
    for i in range(n_layer):
        w = long if (pat[i % len(pat)] == "L" or i == n_layer - 1) else short
        out.append(w + (1 if extra_key else 0))
    return tuple(out)
