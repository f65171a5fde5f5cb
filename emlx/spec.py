"""ModelSpec: the one declarative description of a GPT architecture (DESIGN.md §2).

The exporter fills it from a checkpoint, the bundle stores it under ``config``, and both the NumPy reference
and the TF.js port read it. No family's semantics are hard-coded anywhere else: every difference between
autoresearch-mlx, autoresearch-torch and nanochat is a field here.

Conventions (shared with js/src/model.js):

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

SPEC_VERSION = 1

ROPE_STYLES = ("interleaved", "half")
TABLE_DTYPES = ("float32", "bfloat16", "float16")
ACTIVATIONS = ("relu2", "eml")
EML_DEFAULTS = {"exp_clamp": 20.0, "log_floor": 1e-30}


@dataclass(frozen=True)
class RopeSpec:
    style: str = "interleaved"
    base: float = 10000.0
    sign: int = 1
    table_dtype: str = "float32"


@dataclass(frozen=True)
class ValueEmbedSpec:
    layers: tuple[int, ...] = ()
    gate_channels: int = 32
    gate_scale: float = 2.0


@dataclass(frozen=True)
class ActivationSpec:
    kind: str = "relu2"
    params: tuple[tuple[str, float], ...] = ()

    def param(self, name: str) -> float:
        for k, v in self.params:
            if k == name:
                return v
        if self.kind == "eml" and name in EML_DEFAULTS:
            return EML_DEFAULTS[name]
        raise KeyError(f"activation {self.kind!r} has no parameter {name!r}")


@dataclass(frozen=True)
class SmearSpec:
    channels: int = 24


@dataclass(frozen=True)
class BackoutSpec:
    layer: int = 0


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
    rope: RopeSpec = field(default_factory=RopeSpec)
    norm_eps: float = 1e-5
    qk_scale: float = 1.0
    value_embed: ValueEmbedSpec | None = None
    softcap: float | None = 15.0
    activation: ActivationSpec = field(default_factory=ActivationSpec)
    smear: SmearSpec | None = None
    backout: BackoutSpec | None = None
    version: int = SPEC_VERSION

    def __post_init__(self) -> None:
        validate(self)

    # ----------------------------------------------------------------------------------------------
    @property
    def kv_group(self) -> int:
        """Query heads per kv head: query head h reads kv head h // kv_group."""
        return self.n_head // self.n_kv_head

    def to_dict(self) -> dict[str, Any]:
        return _to_jsonable(self)

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
        data = self.to_dict()
        for dotted, value in overrides.items():
            _set_dotted(data, dotted, value)
        return ModelSpec.from_dict(data)


# --------------------------------------------------------------------------------------------------
# validation


def validate(spec: ModelSpec) -> None:
    """Raise ValueError (never assert) when the spec is inconsistent."""

    def need(cond: bool, msg: str) -> None:
        if not cond:
            raise ValueError(f"invalid model spec: {msg}")

    for name in ("vocab_size", "padded_vocab_size", "n_layer", "n_head", "n_kv_head", "n_embd", "head_dim",
                 "mlp_hidden", "sequence_len"):
        v = getattr(spec, name)
        need(isinstance(v, int) and not isinstance(v, bool) and v > 0, f"{name} must be a positive integer, got {v!r}")
    need(spec.padded_vocab_size >= spec.vocab_size,
         f"padded_vocab_size {spec.padded_vocab_size} is smaller than vocab_size {spec.vocab_size}")
    need(spec.n_head % spec.n_kv_head == 0,
         f"n_head {spec.n_head} is not a multiple of n_kv_head {spec.n_kv_head}")
    need(len(spec.window) == spec.n_layer,
         f"window has {len(spec.window)} entries, expected one per layer ({spec.n_layer})")
    for i, w in enumerate(spec.window):
        need(w is None or (isinstance(w, int) and not isinstance(w, bool) and w >= 1),
             f"window[{i}] must be null (full causal) or an integer >= 1 of visible keys, got {w!r}")
    r = spec.rope
    need(r.style in ROPE_STYLES, f"rope.style must be one of {ROPE_STYLES}, got {r.style!r}")
    need(r.sign in (1, -1), f"rope.sign must be +1 or -1, got {r.sign!r}")
    need(isinstance(r.base, (int, float)) and r.base > 1, f"rope.base must be > 1, got {r.base!r}")
    need(r.table_dtype in TABLE_DTYPES, f"rope.table_dtype must be one of {TABLE_DTYPES}, got {r.table_dtype!r}")
    need(spec.head_dim % 2 == 0, f"head_dim must be even for RoPE, got {spec.head_dim}")
    need(isinstance(spec.norm_eps, (int, float)) and 0 < spec.norm_eps < 1, f"norm_eps must be in (0, 1), got {spec.norm_eps!r}")
    need(isinstance(spec.qk_scale, (int, float)) and spec.qk_scale > 0, f"qk_scale must be > 0, got {spec.qk_scale!r}")
    need(spec.softcap is None or (isinstance(spec.softcap, (int, float)) and spec.softcap > 0),
         f"softcap must be null or > 0, got {spec.softcap!r}")
    if spec.value_embed is not None:
        ve = spec.value_embed
        need(all(isinstance(i, int) and 0 <= i < spec.n_layer for i in ve.layers),
             f"value_embed.layers must be layer indices in [0, {spec.n_layer}), got {list(ve.layers)}")
        need(len(set(ve.layers)) == len(ve.layers), f"value_embed.layers has duplicates: {list(ve.layers)}")
        need(0 < ve.gate_channels <= spec.n_embd,
             f"value_embed.gate_channels must be in [1, n_embd={spec.n_embd}], got {ve.gate_channels}")
    a = spec.activation
    need(a.kind in ACTIVATIONS, f"activation.kind must be one of {ACTIVATIONS}, got {a.kind!r}")
    if spec.smear is not None:
        need(0 < spec.smear.channels <= spec.n_embd,
             f"smear.channels must be in [1, n_embd={spec.n_embd}], got {spec.smear.channels}")
    if spec.backout is not None:
        need(0 <= spec.backout.layer < spec.n_layer,
             f"backout.layer must be in [0, {spec.n_layer}), got {spec.backout.layer}")
    need(spec.version == SPEC_VERSION, f"spec version {spec.version} is not supported (expected {SPEC_VERSION})")


# --------------------------------------------------------------------------------------------------
# (de)serialisation


def _to_jsonable(obj: Any) -> Any:
    if isinstance(obj, ActivationSpec):
        return {"kind": obj.kind, "params": {k: v for k, v in obj.params}}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, tuple):
        return [_to_jsonable(v) for v in obj]
    if isinstance(obj, float) and (math.isnan(obj) or math.isinf(obj)):
        raise ValueError(f"spec value {obj!r} is not representable in JSON")
    return obj


_SUB = {"rope": RopeSpec, "value_embed": ValueEmbedSpec, "smear": SmearSpec, "backout": BackoutSpec}


def _build(cls: type, data: Any, where: str) -> Any:
    if not isinstance(data, Mapping):
        raise ValueError(f"invalid model spec: {where} must be an object, got {data!r}")
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise ValueError(f"invalid model spec: unknown key(s) {unknown} in {where}; known: {sorted(names)}")
    kwargs = dict(data)
    if cls is ValueEmbedSpec and "layers" in kwargs:
        kwargs["layers"] = tuple(int(i) for i in kwargs["layers"])
    try:
        return cls(**kwargs)
    except TypeError as e:  # missing required field
        raise ValueError(f"invalid model spec: {where}: {e}") from None


def _spec_from_dict(data: Mapping[str, Any]) -> ModelSpec:
    if not isinstance(data, Mapping):
        raise ValueError(f"invalid model spec: expected a JSON object, got {type(data).__name__}")
    d = dict(data)
    for key, cls in _SUB.items():
        if d.get(key) is not None:
            d[key] = _build(cls, d[key], key)
    if "activation" in d:
        act = d["activation"]
        if not isinstance(act, Mapping) or "kind" not in act:
            raise ValueError(f"invalid model spec: activation must be {{kind, params}}, got {act!r}")
        params = act.get("params") or {}
        if not isinstance(params, Mapping):
            raise ValueError(f"invalid model spec: activation.params must be an object, got {params!r}")
        d["activation"] = ActivationSpec(kind=act["kind"], params=tuple(sorted((str(k), float(v)) for k, v in params.items())))
    if "window" in d:
        if not isinstance(d["window"], (list, tuple)):
            raise ValueError(f"invalid model spec: window must be a list (one entry per layer), got {d['window']!r}")
        d["window"] = tuple(d["window"])
    return _build(ModelSpec, d, "config")


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
        parent_key = parts[-2] if len(parts) > 1 else None
        known = {f.name for f in dataclasses.fields(_SUB[parent_key])} if parent_key in _SUB else set()
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


def value_embed_layers(n_layer: int) -> tuple[int, ...]:
    """Layers that carry a value embedding upstream: ``i % 2 == (n_layer - 1) % 2``."""
    return tuple(i for i in range(n_layer) if i % 2 == (n_layer - 1) % 2)


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
