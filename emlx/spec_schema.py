"""The ModelSpec schema, defined once for Python and JavaScript (docs/DESIGN.md "One spec, two languages").

``SCHEMA`` holds every field of the spec (type, range, default, whether it may be null), the relations between
fields, the activations and their parameters, the expected tensor shapes and the tap names, as plain JSON data.
Python validates with ``check_config`` below; ``python -m emlx.spec_schema`` writes the same data into the
checked-in ``js/src/spec-table.js`` that ``js/src/spec.js`` interprets the same way (tests/test_spec_schema.py
fails when that file is stale). ``tests/spec_cases.json`` holds valid and invalid specs that pytest and
``node --test`` both run. This is the only place spec values are validated: every error is a one-line
``ValueError("invalid model spec: <field> must be <what>, got <value>")``.

Rules both languages follow:

* integers are integral JSON numbers, never booleans, within their bounds (a bound may name another field);
* numbers are finite (no NaN, no Infinity), never booleans;
* a field's ``message`` (with ``{value}``) replaces the generic "must be ..., got ..." text;
* a value shown in an error is rendered as JSON (``NaN`` / ``Infinity`` / ``-Infinity`` for the non-finite).
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path
from typing import Any, Mapping, Protocol


class Spec(Protocol):
    """A spec as the shape checks take it (emlx.spec.ModelSpec; emlx.spec builds on this module, not the reverse)."""

    def normalized(self) -> dict[str, Any]: ...

SPEC_VERSION = 2  # the newest; version 1 is the spec of emlx <= 0.1 (the legacy recipe, no recipe keys)
SPEC_VERSIONS = (1, 2)
MAX_VOCAB = 1 << 24
MAX_LAYERS = 1024
MAX_HEADS = 1024
MAX_WIDTH = 1 << 18
MAX_SEQUENCE = 1 << 24
MAX_STRING = 200


def _int(name: str, lo: int | str, hi: int | str, **kw: Any) -> dict[str, Any]:
    return {"name": name, "type": "int", "min": lo, "max": hi, **kw}


def _bool(name: str, default: bool, **kw: Any) -> dict[str, Any]:
    return {"name": name, "type": "bool", "default": default, **kw}


# The block recipe (docs/FORMATS.md "ModelSpec"). Every field marked "since": 2 is a recipe key: its default is
# what emlx's first three families do (the legacy recipe), so a version-1 spec, which has none of them, means
# exactly what it meant before. ``to_dict`` writes version 1, without these keys, when the whole recipe is the
# legacy one and version 2 with every key otherwise (canonical_config below).
SCHEMA: dict[str, Any] = {
    "version": SPEC_VERSION,
    "versions": list(SPEC_VERSIONS),
    # field lists in validation order; "required" fields have no default
    "objects": {
        "config": [
            {"name": "family", "type": "string", "required": True, "max_len": MAX_STRING},
            {"name": "source_framework", "type": "string", "required": True, "max_len": MAX_STRING},
            _int("vocab_size", 1, MAX_VOCAB, required=True),
            _int("padded_vocab_size", 1, MAX_VOCAB, required=True),
            _int("n_layer", 1, MAX_LAYERS, required=True),
            _int("n_head", 1, MAX_HEADS, required=True),
            _int("n_kv_head", 1, MAX_HEADS, required=True),
            _int("n_embd", 1, MAX_WIDTH, required=True),
            _int("head_dim", 1, MAX_WIDTH, required=True),
            _int("mlp_hidden", 1, MAX_WIDTH, required=True),
            _int("sequence_len", 1, MAX_SEQUENCE, required=True),
            {"name": "window", "type": "window", "required": True, "length": "n_layer", "max": 2 * MAX_SEQUENCE,
             "expect": "null (full causal) or an integer >= 1 of visible keys (at most {max})"},
            # null (version 2 only): no rotary embedding (learned positions, or none)
            {"name": "rope", "type": "object", "of": "rope", "default": {}, "nullable": True, "null_since": 2},
            {"name": "norm_eps", "type": "number", "gt": 0, "lt": 1, "default": 1e-5},
            {"name": "qk_scale", "type": "number", "gt": 0, "default": 1.0},
            {"name": "value_embed", "type": "object", "of": "value_embed", "nullable": True, "default": None},
            {"name": "softcap", "type": "number", "gt": 0, "nullable": True, "default": 15.0},
            {"name": "activation", "type": "object", "of": "activation", "default": {}},
            {"name": "smear", "type": "object", "of": "smear", "nullable": True, "default": None},
            {"name": "backout", "type": "object", "of": "backout", "nullable": True, "default": None},
            # the recipe keys (version 2)
            {"name": "embed", "type": "object", "of": "embed", "default": {}, "since": 2},
            {"name": "norm", "type": "object", "of": "norm", "default": {}, "since": 2},
            {"name": "qk_norm", "type": "object", "of": "qk_norm", "nullable": True, "default": {}, "since": 2},
            {"name": "attn", "type": "object", "of": "attn", "default": {}, "since": 2},
            {"name": "mlp", "type": "object", "of": "mlp", "default": {}, "since": 2},
            {"name": "residual", "type": "enum", "choices": ["lambdas", "plain"], "default": "lambdas", "since": 2},
            {"name": "version", "type": "int", "choices": list(SPEC_VERSIONS), "default": SPEC_VERSION,
             "message": "spec version {value} is not supported (expected one of " + json.dumps(list(SPEC_VERSIONS), separators=(",", ":")) + ")"},
        ],
        "rope": [
            {"name": "style", "type": "enum", "choices": ["interleaved", "half"], "default": "interleaved"},
            {"name": "base", "type": "number", "gt": 1, "default": 10000.0},
            {"name": "sign", "type": "int", "choices": [1, -1], "default": 1, "expect": "+1 or -1"},
            {"name": "table_dtype", "type": "enum", "choices": ["float32", "bfloat16", "float16"], "default": "float32"},
            # rotated channels per head (the first rotary_dim; null = all head_dim): partial rotary
            _int("rotary_dim", 2, "head_dim", nullable=True, default=None, since=2),
            {"name": "scaling", "type": "object", "of": "rope_scaling", "default": {}, "since": 2},
        ],
        "rope_scaling": [
            {"name": "kind", "type": "enum", "choices": ["none", "linear", "llama3"], "default": "none"},
            {"name": "params", "type": "params", "of": "rope_scalings", "nullable": True, "default": {}},
        ],
        "value_embed": [
            {"name": "layers", "type": "indices", "below": "n_layer", "default": [],
             "expect": "layer indices in [0, {n_layer}) without duplicates"},
            _int("gate_channels", 1, "n_embd", default=32),
            {"name": "gate_scale", "type": "number", "default": 2.0},
        ],
        "activation": [
            {"name": "kind", "type": "enum", "choices": ["relu2", "eml", "relu", "silu", "gelu_tanh", "gelu_erf"],
             "v1_choices": ["relu2", "eml"], "default": "relu2"},
            {"name": "params", "type": "params", "of": "activations", "nullable": True, "default": {}},
        ],
        "smear": [_int("channels", 1, "n_embd", default=24)],
        "backout": [_int("layer", 0, "n_layer", exclusive=True, default=0, expect="in [0, {n_layer})")],
        # token embedding: normed (legacy), learned absolute positions added before the norm, lm_head tied to wte
        "embed": [
            _bool("norm", True),
            {"name": "positions", "type": "enum", "choices": ["none", "learned"], "default": "none"},
            _bool("tied", False),
        ],
        # the norm before attention, before the MLP, after the embedding (embed.norm) and before lm_head
        "norm": [
            {"name": "kind", "type": "enum", "choices": ["rms", "layer"], "default": "rms"},
            _bool("weight", False),
            _bool("bias", False),
        ],
        # per-head norm of q and k (the same kind as "norm", eps norm_eps), after or before RoPE; null = none
        "qk_norm": [
            {"name": "order", "type": "enum", "choices": ["after_rope", "before_rope"], "default": "after_rope"},
            _bool("weight", False),
        ],
        "attn": [
            _bool("qkv_bias", False),
            _bool("out_bias", False),
            # softmax(q.k * scale); null = 1 / sqrt(head_dim)
            {"name": "scale", "type": "number", "gt": 0, "nullable": True, "default": None},
        ],
        # gated: c_proj(act(c_gate(h)) * c_fc(h)) (SwiGLU with silu); else c_proj(act(c_fc(h)))
        "mlp": [_bool("gated", False), _bool("bias", False)],
    },
    # parameters of each activation kind: name -> number rule with its default
    "activations": {
        "relu2": {},
        "eml": {"exp_clamp": {"type": "number", "gt": 0, "default": 20.0},
                "log_floor": {"type": "number", "gt": 0, "default": 1e-30}},
        "relu": {},
        "silu": {},
        "gelu_tanh": {},
        "gelu_erf": {},
    },
    # parameters of each RoPE scaling kind (transformers' rope_type); every one is required
    "rope_scalings": {
        "none": {},
        "linear": {"factor": {"type": "number", "gt": 0}},
        "llama3": {"factor": {"type": "number", "gt": 0}, "low_freq_factor": {"type": "number", "gt": 0},
                   "high_freq_factor": {"type": "number", "gt": 0},
                   "original_max_position_embeddings": {"type": "int", "min": 1, "max": MAX_SEQUENCE}},
    },
    # checked after every field: "a op b" (dotted fields) with the message shown when it fails; "when" as for tensors
    "relations": [
        {"op": ">=", "a": "padded_vocab_size", "b": "vocab_size",
         "message": "padded_vocab_size {padded_vocab_size} is smaller than vocab_size {vocab_size}"},
        {"op": "multiple", "a": "n_head", "b": "n_kv_head",
         "message": "n_head {n_head} is not a multiple of n_kv_head {n_kv_head}"},
        {"op": "even", "a": "head_dim", "when": {"all": [{"present": "rope"}, {"equals": ["rope.rotary_dim", None]}]},
         "message": "head_dim must be even for RoPE, got {head_dim}"},
        {"op": "even", "a": "rope.rotary_dim", "when": {"present": "rope.rotary_dim"},
         "message": "rope.rotary_dim must be even, got {rope.rotary_dim}"},
        {"op": ">", "a": "rope.scaling.params.high_freq_factor", "b": "rope.scaling.params.low_freq_factor",
         "when": {"equals": ["rope.scaling.kind", "llama3"]},
         "message": "rope.scaling.params.high_freq_factor {rope.scaling.params.high_freq_factor} must be above "
                    "low_freq_factor {rope.scaling.params.low_freq_factor}"},
    ],
    # tensor shapes: dimension symbols are products of spec fields (dotted for sub-objects)
    "dims": {
        "V": ["padded_vocab_size"], "C": ["n_embd"], "L": ["n_layer"], "H": ["mlp_hidden"], "P": ["sequence_len"],
        "Q": ["n_head", "head_dim"], "KV": ["n_kv_head", "head_dim"], "KVH": ["n_kv_head"], "D": ["head_dim"],
        "G": ["value_embed.gate_channels"], "S": ["smear.channels"], "VS": ["vocab_size"],
    },
    # in order; "layer" rows repeat per block ({i}); "when": present (a nullable field is set), layer_in (i is
    # listed in that field), equals [field, value], all [rules]; shape null = a scalar, stored as [] or [1]
    "tensors": [
        {"name": "wte.weight", "shape": ["V", "C"]},
        {"name": "wpe.weight", "when": {"equals": ["embed.positions", "learned"]}, "shape": ["P", "C"]},
        {"name": "embed_norm.weight", "when": {"all": [{"equals": ["embed.norm", True]}, {"equals": ["norm.weight", True]}]},
         "shape": ["C"]},
        {"name": "embed_norm.bias", "when": {"all": [{"equals": ["embed.norm", True]}, {"equals": ["norm.bias", True]}]},
         "shape": ["C"]},
        {"name": "lm_head.weight", "when": {"equals": ["embed.tied", False]}, "shape": ["V", "C"]},
        {"name": "resid_lambdas", "when": {"equals": ["residual", "lambdas"]}, "shape": ["L"]},
        {"name": "x0_lambdas", "when": {"equals": ["residual", "lambdas"]}, "shape": ["L"]},
        {"name": "blocks.{i}.attn_norm.weight", "layer": True, "when": {"equals": ["norm.weight", True]}, "shape": ["C"]},
        {"name": "blocks.{i}.attn_norm.bias", "layer": True, "when": {"equals": ["norm.bias", True]}, "shape": ["C"]},
        {"name": "blocks.{i}.attn.c_q.weight", "layer": True, "shape": ["Q", "C"]},
        {"name": "blocks.{i}.attn.c_q.bias", "layer": True, "when": {"equals": ["attn.qkv_bias", True]}, "shape": ["Q"]},
        {"name": "blocks.{i}.attn.c_k.weight", "layer": True, "shape": ["KV", "C"]},
        {"name": "blocks.{i}.attn.c_k.bias", "layer": True, "when": {"equals": ["attn.qkv_bias", True]}, "shape": ["KV"]},
        {"name": "blocks.{i}.attn.c_v.weight", "layer": True, "shape": ["KV", "C"]},
        {"name": "blocks.{i}.attn.c_v.bias", "layer": True, "when": {"equals": ["attn.qkv_bias", True]}, "shape": ["KV"]},
        {"name": "blocks.{i}.attn.q_norm.weight", "layer": True, "when": {"equals": ["qk_norm.weight", True]}, "shape": ["D"]},
        {"name": "blocks.{i}.attn.k_norm.weight", "layer": True, "when": {"equals": ["qk_norm.weight", True]}, "shape": ["D"]},
        {"name": "blocks.{i}.attn.c_proj.weight", "layer": True, "shape": ["C", "Q"]},
        {"name": "blocks.{i}.attn.c_proj.bias", "layer": True, "when": {"equals": ["attn.out_bias", True]}, "shape": ["C"]},
        {"name": "blocks.{i}.mlp_norm.weight", "layer": True, "when": {"equals": ["norm.weight", True]}, "shape": ["C"]},
        {"name": "blocks.{i}.mlp_norm.bias", "layer": True, "when": {"equals": ["norm.bias", True]}, "shape": ["C"]},
        {"name": "blocks.{i}.mlp.c_gate.weight", "layer": True, "when": {"equals": ["mlp.gated", True]}, "shape": ["H", "C"]},
        {"name": "blocks.{i}.mlp.c_gate.bias", "layer": True,
         "when": {"all": [{"equals": ["mlp.gated", True]}, {"equals": ["mlp.bias", True]}]}, "shape": ["H"]},
        {"name": "blocks.{i}.mlp.c_fc.weight", "layer": True, "shape": ["H", "C"]},
        {"name": "blocks.{i}.mlp.c_fc.bias", "layer": True, "when": {"equals": ["mlp.bias", True]}, "shape": ["H"]},
        {"name": "blocks.{i}.mlp.c_proj.weight", "layer": True, "shape": ["C", "H"]},
        {"name": "blocks.{i}.mlp.c_proj.bias", "layer": True, "when": {"equals": ["mlp.bias", True]}, "shape": ["C"]},
        {"name": "blocks.{i}.attn.ve_gate.weight", "layer": True, "when": {"layer_in": "value_embed.layers"}, "shape": ["KVH", "G"]},
        {"name": "value_embeds.{i}.weight", "layer": True, "when": {"layer_in": "value_embed.layers"}, "shape": ["V", "KV"]},
        {"name": "blocks.{i}.mlp.eml_k", "layer": True, "when": {"equals": ["activation.kind", "eml"]}, "shape": None},
        {"name": "final_norm.weight", "when": {"equals": ["norm.weight", True]}, "shape": ["C"]},
        {"name": "final_norm.bias", "when": {"equals": ["norm.bias", True]}, "shape": ["C"]},
        {"name": "smear_gate.weight", "when": {"present": "smear"}, "shape": [1, "S"]},
        {"name": "smear_lambda", "when": {"present": "smear"}, "shape": None},
        {"name": "backout_lambda", "when": {"present": "backout"}, "shape": None},
    ],
    # activation taps in forward order (the order "first divergent tap" is judged in)
    "taps": {
        "before": ["embed"],
        "layer": ["blocks.{i}.attn.q", "blocks.{i}.attn.k", "blocks.{i}.attn.v", "blocks.{i}.attn_out",
                  "blocks.{i}.mlp_out", "blocks.{i}.out"],
        "after": ["final_norm", "logits"],
    },
    # The wasm engine's heap (docs/DESIGN.md §6): js/src/wasm-executor.js lays its memory out from this table (via
    # js/src/recipe.js) and emlx/runners/memory.py estimates the same bytes before any runtime starts;
    # tests/test_heap_plan.py runs the engine and checks the two agree byte for byte. Every allocation starts on,
    # and is rounded up to, `align` bytes; the first `reserved` bytes are never handed out (offset 0 = no array).
    "heap": {
        "align": 64,
        "reserved": 64,
        "max_bytes": 4 * 2**30,  # a wasm32 memory: 65536 pages of 64 KiB
        # read into JS numbers or small host arrays (the gates are dotted in float64 on the host), never on the heap
        "host": ["resid_lambdas", "x0_lambdas", "blocks.{i}.mlp.eml_k", "blocks.{i}.attn.ve_gate.weight",
                 "smear_gate.weight", "smear_lambda", "backout_lambda"],
        # every other weight is one allocation of 4 bytes per element (float32, or int8 dequantised at load), or,
        # int8 kept resident, two: 1 byte per element and the float32 scale of each row.
        # The weights multiplied by several rows at once: a resident int8 one is dequantised into the pass's
        # "deq" region (its first `rows` rows when given), so "I8" is the largest of these that is int8.
        "linear": [
            {"name": "blocks.{i}.attn.c_q.weight"}, {"name": "blocks.{i}.attn.c_k.weight"},
            {"name": "blocks.{i}.attn.c_v.weight"}, {"name": "blocks.{i}.attn.c_proj.weight"},
            {"name": "blocks.{i}.mlp.c_gate.weight"}, {"name": "blocks.{i}.mlp.c_fc.weight"},
            {"name": "blocks.{i}.mlp.c_proj.weight"},
            {"name": "lm_head.weight", "rows": "vocab_size"},
            {"name": "wte.weight", "rows": "vocab_size", "when": {"equals": ["embed.tied", True]}},
        ],
        # RoPE multiplier tables C and S, [rows, RD] float32 each (RD = rope.rotary_dim or head_dim; none without
        # RoPE); rows = max(min(sequence_len, first_rows), the next power of two >= the positions used)
        "rope": {"first_rows": 256},
        # per layer a key and a value buffer of [n_kv_head, rows, head_dim] float32; on a pass of n new tokens
        # that do not fit: keep = min(held, window - 1); compact in place when rows >= 2 keep + n, else grow to
        # max(min_rows, 2 rows, keep + n), for a windowed layer at most 2 (window - 1) + n + slack_rows (and at
        # least keep + n) — js/src/recipe.js reserveCache
        "cache": {"min_rows": 16, "slack_rows": 16},
        # one scratch block per pass, these regions in order, each aligned; float32 counts are products of
        # dimensions ("dims" above) and pass symbols: T tokens of the pass, R logits rows it computes (T when all
        # rows, the logits or the final norm are wanted, else 1), K the most keys a layer attends over (T when
        # stateless), I8 (above), XQ the floats of one quant_x row (js/src/kernels: 4 + 16 ceil(W/16) + 4 ceil(W/128)
        # for W the most columns of a resident int8 linear; 0 when none).
        # The block is allocated at the size of the largest pass so far.
        "scratch": [
            {"name": "x", "floats": ["T", "C"]},
            {"name": "x0", "floats": ["T", "C"], "when": {"spec": {"equals": ["residual", "lambdas"]}}},
            {"name": "h", "floats": ["T", "C"]},
            {"name": "t", "floats": ["T", "Q"]},
            {"name": "q", "floats": ["T", "Q"]},
            {"name": "att", "floats": ["T", "Q"]},
            {"name": "y", "floats": ["T", "Q"]},
            {"name": "o", "floats": ["T", "C"]},
            {"name": "z", "floats": ["T", "H"]},
            {"name": "u", "floats": ["T", "H"], "when": {"spec": {"equals": ["mlp.gated", True]}}},
            {"name": "k", "floats": ["T", "KV"], "when": {"stateless": True}},
            {"name": "v", "floats": ["T", "KV"], "when": {"stateless": True}},
            {"name": "xb", "floats": ["T", "C"], "when": {"spec": {"present": "backout"}}},
            {"name": "e", "floats": ["T", "KV"], "when": {"spec": {"present": "value_embed"}}},
            {"name": "lg", "floats": ["R", "VS"]},
            {"name": "sc", "floats": ["K"]},
            {"name": "deq", "floats": ["I8"], "when": {"rows_at_least": 8}},
            # x rows in quant_x's fixed point for the int8 decode kernel (matmul_i8x), which every matmul of fewer
            # than 8 rows uses: a decode pass's, and a longer pass's few query rows and logits rows; so 7 rows
            {"name": "xq", "floats": [7, "XQ"]},
            # matmul_f32's packed-panel workspace (js/src/kernels/index.js MATMUL_F32_SCRATCH_BYTES), from 32 rows
            {"name": "pack", "bytes": 278544, "when": {"rows_at_least": 32}},
        ],
    },
}

FIELDS: dict[str, list[dict[str, Any]]] = SCHEMA["objects"]


def default(path: str) -> Any:
    """The default of ``rope.style``, ``norm_eps``, ``value_embed.gate_channels`` …"""
    obj, _, name = path.rpartition(".")
    kind = {"": "config", "rope.scaling": "rope_scaling"}.get(obj, obj)
    for f in FIELDS[kind]:
        if f["name"] == name:
            return f["default"]
    raise KeyError(path)


def activation_defaults(kind: str) -> dict[str, float]:
    return {k: rule["default"] for k, rule in SCHEMA["activations"][kind].items()}


# --------------------------------------------------------------------------------------------------
# validation (js/src/spec.js mirrors this function by function)


def show(v: Any) -> str:
    """A value as JSON, the way errors print it in both languages."""
    if isinstance(v, float) and not math.isfinite(v):
        return "NaN" if math.isnan(v) else ("Infinity" if v > 0 else "-Infinity")
    try:
        return json.dumps(v, separators=(",", ":"), ensure_ascii=False, allow_nan=True)
    except (TypeError, ValueError):
        return repr(v)


class _Invalid(ValueError):
    pass


def _fail(msg: str) -> _Invalid:
    return _Invalid(f"invalid model spec: {msg}")


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_num(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _is_obj(v: Any) -> bool:
    return isinstance(v, Mapping)


def _fill(text: str, values: Mapping[str, Any]) -> str:
    def one(m: re.Match[str]) -> str:
        v = _get(values, m.group(1))
        return m.group(0) if v is None and m.group(1) not in values else str(v)

    return re.sub(r"\{([\w.]+)\}", one, text)


def _bound(b: Any, top: Mapping[str, Any]) -> tuple[int, str]:
    """A bound's value and how it reads in a message (``n_embd=16`` for a field reference)."""
    return (int(top[b]), f"{b}={top[b]}") if isinstance(b, str) else (int(b), str(b))


def _number_expect(f: Mapping[str, Any]) -> str:
    gt, lt = f.get("gt"), f.get("lt")
    if gt is not None and lt is not None:
        return f"a finite number in ({show(gt)}, {show(lt)})"
    if gt is not None:
        return f"a finite number > {show(gt)}"
    return "a finite number"


def _expect(f: Mapping[str, Any], top: Mapping[str, Any]) -> str:
    if "expect" in f:
        return _fill(f["expect"], {**top, "max": f.get("max")})
    t = f["type"]
    if t == "int":
        if "choices" in f:
            return f"one of {show(f['choices'])}"
        lo, lo_s = _bound(f["min"], top)
        _, hi_s = _bound(f["max"], top)
        return f"an integer in [{lo_s}, {hi_s}{')' if f.get('exclusive') else ']'}"
    if t == "number":
        return _number_expect(f)
    if t == "enum":
        return f"one of {show(f['choices'])}"
    if t == "string":
        return f"a non-empty string of at most {f['max_len']} characters"
    if t == "bool":
        return "true or false"
    return t


def _check_value(path: str, f: Mapping[str, Any], v: Any, top: Mapping[str, Any]) -> Any:
    """The value (sub-objects normalised), or _Invalid naming ``path``."""
    if v is None and f.get("nullable"):
        return None
    t = f["type"]

    def bad() -> _Invalid:
        if "message" in f:
            return _fail(_fill(f["message"], {**top, "value": show(v)}))
        return _fail(f"{path} must be {_expect(f, top)}{' or null' if f.get('nullable') else ''}, got {show(v)}")

    if t == "string":
        if not isinstance(v, str) or not v or len(v) > f["max_len"]:
            raise bad()
    elif t == "enum":
        if not isinstance(v, str) or v not in f["choices"]:
            raise bad()
    elif t == "bool":
        if not isinstance(v, bool):
            raise bad()
    elif t == "int":
        if not _is_int(v):
            raise bad()
        if "choices" in f:
            if v not in f["choices"]:
                raise bad()
        else:
            lo, hi = _bound(f["min"], top)[0], _bound(f["max"], top)[0]
            if v < lo or v > hi or (f.get("exclusive") and v >= hi):
                raise bad()
    elif t == "number":
        if not _is_num(v) or ("gt" in f and not v > f["gt"]) or ("lt" in f and not v < f["lt"]):
            raise bad()
    elif t == "window":
        if not isinstance(v, (list, tuple)):
            raise _fail(f"{path} must be a list (one entry per layer), got {show(v)}")
        n = int(top[f["length"]])
        if len(v) != n:
            raise _fail(f"{path} has {len(v)} entries, expected one per layer ({n})")
        for i, w in enumerate(v):
            if not (w is None or (_is_int(w) and 1 <= w <= f["max"])):
                raise _fail(f"{path}[{i}] must be {_expect(f, top)}, got {show(w)}")
        return list(v)
    elif t == "indices":
        n = int(top[f["below"]])
        if not isinstance(v, (list, tuple)) or not all(_is_int(i) and 0 <= i < n for i in v) or len(set(v)) != len(v):
            raise bad()
        return list(v)
    elif t == "object":
        return _check_object(f["of"], v, path, top)
    elif t == "params":
        if not _is_obj(v):
            raise _fail(f"{path} must be an object of numbers, got {show(v)}")
        return dict(v)
    else:  # pragma: no cover - a schema typo
        raise AssertionError(f"unknown field type {t!r}")
    return v


def _check_object(kind: str, data: Any, where: str, top: Mapping[str, Any]) -> dict[str, Any]:
    if not _is_obj(data):
        raise _fail(f"{where} must be an object, got {show(data)}")
    fields = FIELDS[kind]
    known = [f["name"] for f in fields]
    unknown = sorted(str(k) for k in data if k not in known)
    if unknown:
        raise _fail(f"unknown key(s) {show(unknown)} in {where}; known: {show(sorted(known))}")
    missing = [f["name"] for f in fields if f.get("required") and f["name"] not in data]
    if missing:
        raise _fail(f"missing required key(s) {show(missing)} in {where}")
    out: dict[str, Any] = {}
    scope = out if kind == "config" else top  # bounds refer to top-level fields
    for f in fields:
        name = f["name"]
        path = name if kind == "config" else f"{where}.{name}"
        if name in data:
            out[name] = _check_value(path, f, data[name], scope)
        else:
            d = f["default"]
            out[name] = _check_value(path, f, dict(d), scope) if f["type"] == "object" and d is not None else d
    for f in fields:  # kind-specific parameters (activation, rope scaling): after the kind itself is known
        if f["type"] == "params":
            out[f["name"]] = _check_params(f["of"], out["kind"], out[f["name"]] or {}, f"{where}.{f['name']}")
    return out


_PARAM_OWNER = {"activations": "activation", "rope_scalings": "rope scaling"}


def _check_params(table: str, kind: str, params: Mapping[str, Any], where: str) -> dict[str, Any]:
    """Parameters of ``kind`` in ``SCHEMA[table]``: known names, numbers (integers where the rule says int), in
    range; a rule without a default is required. Defaults filled in."""
    rules = SCHEMA[table][kind]
    unknown = sorted(str(k) for k in params if k not in rules)
    if unknown:
        raise _fail(f"unknown key(s) {show(unknown)} in {where} for {_PARAM_OWNER[table]} {show(kind)}; "
                    f"known: {show(sorted(rules))}")
    missing = sorted(k for k, r in rules.items() if "default" not in r and k not in params)
    if missing:
        raise _fail(f"missing key(s) {show(missing)} in {where} for {_PARAM_OWNER[table]} {show(kind)}")
    for k, v in params.items():
        r = rules[k]
        if r["type"] == "int":
            if not _is_int(v) or not r["min"] <= v <= r["max"]:
                raise _fail(f"{where}.{k} must be an integer in [{r['min']}, {r['max']}], got {show(v)}")
        elif not _is_num(v) or ("gt" in r and not v > r["gt"]):
            raise _fail(f"{where}.{k} must be {_number_expect(r)}, got {show(v)}")
    return {**{k: r["default"] for k, r in rules.items() if "default" in r}, **params}


_RELATIONS = {">=": lambda a, b: a >= b, ">": lambda a, b: a > b, "multiple": lambda a, b: a % b == 0,
              "even": lambda a, b: a % 2 == 0}


def _v2_only(data: Mapping[str, Any]) -> list[str]:
    """The recipe keys (and values) a version-1 spec may not carry, as dotted paths."""
    found: list[str] = []

    def walk(kind: str, obj: Any, prefix: str) -> None:
        if not _is_obj(obj):
            return
        for f in FIELDS[kind]:
            if f["name"] not in obj:
                continue
            v, path = obj[f["name"]], prefix + f["name"]
            if f.get("since", 1) > 1:
                found.append(path)
            elif v is None and f.get("null_since", 1) > 1:
                found.append(f"{path}=null")
            elif "v1_choices" in f and v not in f["v1_choices"]:
                found.append(f"{path}={show(v)}")
            elif f["type"] == "object":
                walk(f["of"], v, path + ".")

    walk("config", data, "")
    return found


def check_config(data: Any) -> dict[str, Any]:
    """Validate a spec given as JSON data; the normalised data (defaults filled, version 2: every key present) or a
    one-line ValueError. ``canonical_config`` turns it back into the form a bundle stores."""
    if not _is_obj(data):
        raise _fail(f"expected a JSON object, got {'null' if data is None else type(data).__name__}")
    out = _check_object("config", data, "config", {})
    if out["version"] == 1:
        newer = _v2_only(data)
        if newer:
            raise _fail(f"{', '.join(newer)}: recipe keys of spec version 2, but the spec says version 1; "
                        "set version to 2")
    for r in SCHEMA["relations"]:
        if not _when(r.get("when"), out, None):
            continue
        a, b = _get(out, r["a"]), _get(out, r.get("b", "")) if "b" in r else None
        if not _RELATIONS[r["op"]](a, b):
            raise _fail(_fill(r["message"], out))
    out["version"] = SPEC_VERSION  # the normalised form has every key: it is a spec of the newest version
    return out


#: field types a partial check can judge on their own (objects, windows and index lists need the whole spec)
_SCALAR_TYPES = ("int", "number", "string", "enum", "bool")


def check_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    """Validate the top-level spec fields among ``values`` by the rules ``check_config`` applies to them, before a
    whole spec exists: what a family reads from a checkpoint's config json or a nanochat meta, and the ``--set`` /
    ``--config`` values that feed detection, go through here before any arithmetic (no 0, null, 1.7 or list of
    heads). A bound naming another field is checked when that field is among ``values`` too; objects, windows and
    other keys are left to ``check_config``. Returns ``values`` as a dict; raises the same one-line ValueError.
    (Python only: the JS library reads whole specs, never partial ones.)"""
    out = dict(values)
    for f in FIELDS["config"]:
        name = f["name"]
        if name not in out or f["type"] not in _SCALAR_TYPES:
            continue
        if any(isinstance(f.get(b), str) and f[b] not in out for b in ("min", "max")):
            continue
        _check_value(name, f, out[name], out)
    return out


def is_legacy(config: Mapping[str, Any]) -> bool:
    """True when a normalised spec is the legacy recipe: every recipe key at its default (version 1 can say it)."""
    def same(kind: str, obj: Mapping[str, Any]) -> bool:
        for f in FIELDS[kind]:
            v = obj.get(f["name"])
            if f.get("since", 1) > 1:
                d = f["default"]
                want = check_default(f["of"]) if f["type"] == "object" and d is not None else d
                if v != want:
                    return False
            elif v is None and f.get("null_since", 1) > 1:
                return False
            elif "v1_choices" in f and v not in f["v1_choices"]:
                return False
            elif f["type"] == "object" and v is not None and not same(f["of"], v):
                return False
        return True

    return same("config", config)


def check_default(kind: str) -> dict[str, Any]:
    """The normalised default of sub-object ``kind`` (every field at its default)."""
    out: dict[str, Any] = {}
    for f in FIELDS[kind]:
        d = f["default"]
        out[f["name"]] = check_default(f["of"]) if f["type"] == "object" and d is not None else d
        if f["type"] == "params":
            out[f["name"]] = {}
    if "kind" in out:
        for f in FIELDS[kind]:
            if f["type"] == "params":
                out[f["name"]] = {k: r["default"] for k, r in SCHEMA[f["of"]][out["kind"]].items() if "default" in r}
    return out


def canonical_config(config: Mapping[str, Any]) -> dict[str, Any]:
    """The spec as a bundle stores it: version 1 without the recipe keys when the recipe is the legacy one (so a
    bundle of a first-generation family is byte-identical to what emlx 0.1 wrote), else version 2 with every key."""
    if not is_legacy(config):
        return {**config, "version": 2}

    def strip(kind: str, obj: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in FIELDS[kind]:
            if f.get("since", 1) > 1 or f["name"] not in obj:
                continue
            v = obj[f["name"]]
            out[f["name"]] = strip(f["of"], v) if f["type"] == "object" and v is not None else v
        return out

    return {**strip("config", config), "version": 1}


# --------------------------------------------------------------------------------------------------
# tensors and taps


def _get(spec: Mapping[str, Any], dotted: str) -> Any:
    cur: Any = spec
    for p in dotted.split("."):
        cur = cur.get(p) if isinstance(cur, Mapping) else None
    return cur


def _when(rule: Mapping[str, Any] | None, spec: Mapping[str, Any], i: int | None) -> bool:
    if rule is None:
        return True
    if "all" in rule:
        return all(_when(r, spec, i) for r in rule["all"])
    if "present" in rule:
        return _get(spec, rule["present"]) is not None
    if "layer_in" in rule:
        return i in (_get(spec, rule["layer_in"]) or [])
    field, value = rule["equals"]
    got = _get(spec, field)
    return type(got) is type(value) and got == value  # True is not 1


def applies(rule: Mapping[str, Any] | None, spec: Mapping[str, Any], i: int | None = None) -> bool:
    """Whether a table row's "when" rule (present, layer_in, equals, all) holds for a normalised spec (and layer i)."""
    return _when(rule, spec, i)


def expected_shapes_of(spec: Mapping[str, Any]) -> dict[str, tuple[int, ...] | None]:
    """Every canonical tensor a (validated, dict) spec needs with its shape; None = scalar ([] or [1])."""
    dims: dict[str, int] = {}
    for sym, fields in SCHEMA["dims"].items():
        vals = [_get(spec, f) for f in fields]
        if all(v is not None for v in vals):
            dims[sym] = math.prod(int(v) for v in vals)

    def shape(row: Mapping[str, Any]) -> tuple[int, ...] | None:
        return None if row["shape"] is None else tuple(d if isinstance(d, int) else dims[d] for d in row["shape"])

    rows = SCHEMA["tensors"]
    first = next(k for k, r in enumerate(rows) if r.get("layer"))
    last = max(k for k, r in enumerate(rows) if r.get("layer"))
    out: dict[str, tuple[int, ...] | None] = {}
    for r in rows[:first]:
        if _when(r.get("when"), spec, None):
            out[r["name"]] = shape(r)
    for i in range(int(spec["n_layer"])):
        for r in rows[first:last + 1]:
            if _when(r.get("when"), spec, i):
                out[r["name"].replace("{i}", str(i))] = shape(r)
    for r in rows[last + 1:]:
        if _when(r.get("when"), spec, None):
            out[r["name"]] = shape(r)
    return out


def expected_shapes(spec: Spec) -> dict[str, tuple[int, ...] | None]:
    """Every canonical tensor the spec needs, with its shape (None = scalar, shape () or (1,) accepted)."""
    return expected_shapes_of(spec.normalized())


def tap_names(n_layer: int) -> list[str]:
    """Tap names in forward order (the order 'first divergent tap' is judged in)."""
    t = SCHEMA["taps"]
    return [*t["before"], *(n.replace("{i}", str(i)) for i in range(n_layer) for n in t["layer"]), *t["after"]]


def check_tensors(spec: Spec, shapes: Mapping[str, tuple[int, ...]]) -> list[str]:
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


# --------------------------------------------------------------------------------------------------
# the JavaScript table

JS_TABLE = Path(__file__).resolve().parent.parent / "js" / "src" / "spec-table.js"


def render_js() -> str:
    body = json.dumps(SCHEMA, indent=2, allow_nan=False)
    return ("// GENERATED from emlx/spec_schema.py by `python -m emlx.spec_schema`; do not edit by hand.\n"
            "// The ModelSpec fields, ranges, defaults, tensor shapes and tap names that js/src/spec.js interprets.\n\n"
            f"export const SPEC_TABLE = {body};\n")


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else JS_TABLE
    target.write_text(render_js(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
