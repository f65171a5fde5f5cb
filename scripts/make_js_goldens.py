"""Golden files for the JS unit tests: tiny bundles and what the Python float64 reference computes for them.

    PYTHONPATH=. python scripts/make_js_goldens.py          (writes js/test/goldens/*.json)

The JS tests (js/test/model.test.js, js/test/engine.test.js) load each golden's bundle into both executors (the
TF.js op path and the wasm engine) and compare logits and every tap with the reference's, so the port is judged
by an implementation in another language (emlx.verify.reference) rather than by a second JS forward. One golden
per spec below and per weight format (float32, int8; q4 for two of them, Q4_FORMATS), each a JSON object:

    {"name", "spec_note", "bundle": <the JSON bundle emlx writes>, "ids": [int],
     "logits": b64 [T, vocab_size], "taps": {tap name: b64 array}}    (b64 arrays as in sidecars, float32)

Weights come from an integer generator with exact float arithmetic (no libm, no NumPy stream), so the bundles
are the same bytes on every machine; tests/test_js_goldens.py fails when the committed files are stale (bundles
byte for byte, reference numbers within 1e-6: a BLAS may sum in another order).
"""

from __future__ import annotations

import base64
import json
import math
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "js" / "test" / "goldens"

#: the token ids every golden runs: 20 positions, past every finite window below and within sequence_len (32, the
#: rows of a learned position table)
IDS = [3, 17, 42, 8, 8, 0, 49, 23, 11, 5, 30, 2, 7, 7, 19, 33, 1, 44, 20, 21]

_BASE: dict[str, Any] = {
    "family": "golden", "source_framework": "test", "vocab_size": 50, "padded_vocab_size": 64, "n_layer": 2,
    "n_head": 4, "n_kv_head": 2, "n_embd": 32, "head_dim": 8, "mlp_hidden": 48, "sequence_len": 32,
    "window": [None, None], "norm_eps": 1e-5, "qk_scale": 1.0, "value_embed": None, "softcap": None, "smear": None,
    "backout": None,
}
_ROPE = {"style": "half", "base": 10000.0, "sign": 1, "table_dtype": "float32"}

#: name -> (what it covers, spec)
SPECS: dict[str, tuple[str, dict[str, Any]]] = {
    # --- the legacy recipe (version 1): the three first families' semantics
    "legacy_gqa_interleaved": ("interleaved RoPE, +theta, GQA 4/2, a 3-key window, value embeds on layer 1, relu^2, "
                               "softcap, padded vocab", {
        **_BASE, "window": [3, None], "rope": {**_ROPE, "style": "interleaved"},
        "value_embed": {"layers": [1], "gate_channels": 8, "gate_scale": 2.0}, "softcap": 15.0,
        "activation": {"kind": "relu2", "params": {}}, "version": 1}),
    "legacy_half_bf16_smear": ("half RoPE, -theta, bfloat16 tables, MHA, smear, backout, q/k scale, EML, value "
                               "embeds on both layers, float32-epsilon norms", {
        **_BASE, "n_kv_head": 4, "window": [None, 2],
        "rope": {"style": "half", "base": 100000.0, "sign": -1, "table_dtype": "bfloat16"},
        "norm_eps": 1.1920928955078125e-07, "qk_scale": 1.2,
        "value_embed": {"layers": [0, 1], "gate_channels": 12, "gate_scale": 3.0}, "smear": {"channels": 8},
        "backout": {"layer": 0}, "activation": {"kind": "eml", "params": {"exp_clamp": 20.0, "log_floor": 1e-30}},
        "version": 1}),
    "legacy_mqa_window1": ("MQA (1 kv head), a 1-key window, three layers, float16 tables, unpadded vocab", {
        **_BASE, "n_layer": 3, "n_kv_head": 1, "window": [1, 4, None], "padded_vocab_size": 50,
        "rope": {**_ROPE, "table_dtype": "float16"}, "softcap": 15.0, "activation": {"kind": "relu2", "params": {}},
        "version": 1}),
    # --- version-2 recipes
    "llama": ("llama-like: weighted RMS norms, SwiGLU, half RoPE with llama3 scaling, GQA, untied head, plain "
              "residual, no embedding norm", {
        **_BASE, "rope": {**_ROPE, "base": 500000.0, "scaling": {"kind": "llama3", "params": {
            "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0, "original_max_position_embeddings": 16}}},
        "activation": {"kind": "silu", "params": {}}, "embed": {"norm": False, "positions": "none", "tied": False},
        "norm": {"kind": "rms", "weight": True, "bias": False}, "qk_norm": None, "mlp": {"gated": True, "bias": False},
        "residual": "plain", "version": 2}),
    "qwen3": ("qwen3-like: weighted q/k RMS norms before RoPE, SwiGLU, tied head, GQA", {
        **_BASE, "rope": {**_ROPE, "base": 1000000.0}, "activation": {"kind": "silu", "params": {}},
        "embed": {"norm": False, "positions": "none", "tied": True}, "norm": {"kind": "rms", "weight": True, "bias": False},
        "qk_norm": {"order": "before_rope", "weight": True}, "mlp": {"gated": True, "bias": False},
        "residual": "plain", "version": 2}),
    "gpt2": ("gpt2-like: LayerNorm with weight and bias, learned positions, no RoPE, tied head, GELU tanh, biases "
             "on every linear, MHA", {
        **_BASE, "n_kv_head": 4, "rope": None, "activation": {"kind": "gelu_tanh", "params": {}},
        "embed": {"norm": False, "positions": "learned", "tied": True}, "norm": {"kind": "layer", "weight": True, "bias": True},
        "qk_norm": None, "attn": {"qkv_bias": True, "out_bias": True, "scale": None}, "mlp": {"gated": False, "bias": True},
        "residual": "plain", "version": 2}),
    "mix_partial_rotary": ("partial rotary (4 of 8 channels) with linear scaling, GELU erf, weighted q/k LayerNorm "
                           "after RoPE, an explicit attention scale, a normed embedding with weight and bias, qkv "
                           "bias only, a window, the legacy lambdas, smear, backout and softcap in a version-2 spec", {
        **_BASE, "window": [5, None],
        "rope": {**_ROPE, "rotary_dim": 4, "scaling": {"kind": "linear", "params": {"factor": 2.0}}},
        "activation": {"kind": "gelu_erf", "params": {}}, "embed": {"norm": True, "positions": "none", "tied": False},
        "norm": {"kind": "layer", "weight": True, "bias": True}, "qk_norm": {"order": "after_rope", "weight": True},
        "attn": {"qkv_bias": True, "out_bias": False, "scale": 0.3}, "mlp": {"gated": False, "bias": True},
        "residual": "lambdas", "smear": {"channels": 8}, "backout": {"layer": 0}, "softcap": 10.0, "qk_scale": 1.1,
        "version": 2}),
    "mix_relu_gated": ("interleaved partial rotary in bfloat16, gated relu with biases, an RMS norm with bias only, "
                       "learned positions plus a normed embedding, unweighted q/k norm, output bias only, value "
                       "embeds, lambdas", {
        **_BASE, "rope": {"style": "interleaved", "base": 10000.0, "sign": 1, "table_dtype": "bfloat16", "rotary_dim": 6},
        "activation": {"kind": "relu", "params": {}}, "embed": {"norm": True, "positions": "learned", "tied": False},
        "norm": {"kind": "rms", "weight": False, "bias": True}, "qk_norm": {"order": "after_rope", "weight": False},
        "attn": {"qkv_bias": False, "out_bias": True, "scale": None}, "mlp": {"gated": True, "bias": True},
        "residual": "lambdas", "value_embed": {"layers": [1], "gate_channels": 8, "gate_scale": 2.0}, "version": 2}),
}


class _Exact:
    """A deterministic source of weights with exact arithmetic only: a 64-bit LCG (Knuth's MMIX constants); each
    value is a sum of four 24-bit uniforms, centred (Irwin-Hall: roughly normal, unit variance after * sqrt(3))."""

    def __init__(self, seed: int) -> None:
        self.s = (seed * 0x9E3779B97F4A7C15 + 1) % 2**64

    def uniform24(self) -> int:
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.s >> 40

    def normal(self, n: int) -> np.ndarray:
        u = np.array([[self.uniform24() for _ in range(4)] for _ in range(n)], dtype=np.float64)
        return (u.sum(axis=1) / 2**24 - 2.0) * math.sqrt(3.0)


def make_weights(spec: Any, seed: int) -> dict[str, np.ndarray]:
    """Canonical float32 weights for every tensor the spec needs, scaled like trained ones."""
    from emlx.spec_schema import expected_shapes

    g = _Exact(seed)
    out: dict[str, np.ndarray] = {}
    for name, shape in sorted(expected_shapes(spec).items()):
        dims = () if shape is None else shape
        n = int(np.prod(dims)) if dims else 1
        z = g.normal(n)
        if name.endswith("norm.weight"):
            v = 1.0 + 0.2 * z
        elif name.endswith(".bias"):
            v = 0.1 * z
        elif name == "resid_lambdas":
            v = 1.0 + 0.1 * z
        elif name == "x0_lambdas":
            v = 0.15 + 0.05 * z
        elif name.endswith("eml_k"):
            v = 2.0 + 0.2 * z
        elif name in ("smear_lambda", "backout_lambda"):
            v = 0.5 + 0.1 * z
        elif name.startswith(("wte", "wpe", "value_embeds")) or "gate.weight" in name and "mlp" not in name:
            v = z
        else:
            v = z / math.sqrt(dims[1])
        out[name] = v.astype(np.float32).reshape(dims)
    return out


def b64(a: np.ndarray) -> dict[str, Any]:
    a32 = np.ascontiguousarray(a, dtype="<f4")
    return {"shape": list(a32.shape), "data": base64.b64encode(a32.tobytes()).decode("ascii")}


#: the quantised formats each golden spec also gets besides float32 and int8: q4 symmetric groups of 32 as the export
#: writes them (float16 scales), and affine groups of 32 with float32 scales and offsets (the layout mlx-lm 4-bit
#: weights keep), the latter on a tied head so that the embedding gather reads q4 rows too
Q4_FORMATS: dict[str, tuple[str, ...]] = {"llama": ("q4",), "qwen3": ("q4affine",)}


def _stored(w: np.ndarray, fmt: str) -> Any:
    """One weight in a golden's format (2-D tensors quantised; q4 only where the columns fill groups of 32)."""
    from emlx.bundle import StoredTensor
    from emlx.exporter.quantize import quantize_q4, quantize_q4_affine, quantize_rows

    if fmt == "int8" and w.ndim == 2:
        q = quantize_rows(w)
        return StoredTensor("int8", q.q, q.scale)
    if fmt.startswith("q4") and w.ndim == 2 and w.shape[1] % 32 == 0:
        t = quantize_q4_affine(w, 32, "float32") if fmt == "q4affine" else quantize_q4(w, 32)
        return StoredTensor("q4", t.data, t.scale, t.offset)
    return StoredTensor("float32", w)


def golden(name: str, fmt: str) -> dict[str, Any]:
    """One golden document: the bundle emlx writes for these weights in `fmt` (float32, int8, q4, q4affine), and
    the reference's outputs."""
    from emlx.bundle import Bundle
    from emlx.formats.json import write_json_bundle
    from emlx.spec import ModelSpec
    from emlx.verify.reference import Reference

    note, cfg = SPECS[name]
    spec = ModelSpec.from_dict(cfg)
    weights = make_weights(spec, seed=sum(map(ord, name)))
    stored = {k: _stored(w, fmt) for k, w in weights.items()}
    bundle = Bundle(spec=spec, weights=stored, tokenizer=None, training={}, source={"golden": name},
                    generated_by="scripts/make_js_goldens.py")
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "b.json"
        write_json_bundle(bundle, path)
        bundle_doc = json.loads(path.read_text(encoding="utf-8"))
    out = Reference(spec, bundle.float_weights()).forward(IDS, taps=True)
    return {
        "name": name if fmt == "float32" else f"{name}.{fmt}", "spec_note": note, "bundle": bundle_doc, "ids": IDS,
        "logits": b64(out.logits), "taps": {k: b64(v) for k, v in out.taps.items()},
    }


def render(doc: dict[str, Any]) -> str:
    return json.dumps(doc, sort_keys=True, separators=(",", ":")) + "\n"


def all_goldens() -> dict[str, str]:
    """file name -> text, for every spec in float32 and int8 (and the Q4_FORMATS)."""
    files = {}
    for name in SPECS:
        for fmt in ("float32", "int8", *Q4_FORMATS.get(name, ())):
            doc = golden(name, fmt)
            files[f"{doc['name']}.json"] = render(doc)
    return files


def main() -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    files = all_goldens()
    for old in OUT_DIR.glob("*.json"):
        if old.name not in files:
            old.unlink()
    for fname, text in files.items():
        (OUT_DIR / fname).write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} goldens to {OUT_DIR.relative_to(ROOT)} ({sum(len(t) for t in files.values()) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
