"""RoPE cos/sin tables as a ModelSpec defines them (docs/FORMATS.md "ModelSpec", "RoPE"): one implementation, used by
the NumPy reference and by the ONNX builder (which stores the tables as initializers), so both round identically.
js/src's RoPE follows the same float32 steps; tests/rope_cases.json (values from transformers itself) holds both."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from emlx.spec import ModelSpec

__all__ = ["inv_freq", "rope_tables", "round_to_table_dtype"]


def round_to_table_dtype(t32: np.ndarray, table_dtype: str) -> np.ndarray:
    """Round a float32 array to ``table_dtype`` and widen the result to float64.

    bfloat16 is round-to-nearest-even on the float32 bit pattern (what ``tensor.bfloat16()`` does);
    float16 uses NumPy's IEEE half conversion (also round-to-nearest-even).
    """
    t32 = np.asarray(t32, dtype=np.float32)
    if table_dtype == "float32":
        return t32.astype(np.float64)
    if table_dtype == "float16":
        return t32.astype(np.float16).astype(np.float64)
    if table_dtype == "bfloat16":
        bits = np.ascontiguousarray(t32).view(np.uint32).astype(np.uint64)
        bias = ((bits >> np.uint64(16)) & np.uint64(1)) + np.uint64(0x7FFF)
        rounded = ((bits + bias) & np.uint64(0xFFFF0000)).astype(np.uint32)
        return rounded.view(np.float32).astype(np.float64)
    raise ValueError(f"unknown rope table dtype {table_dtype!r}; expected float32, bfloat16 or float16")


F32 = np.float32


def _f32(x: object) -> np.ndarray:
    return np.asarray(x, dtype=np.float32)


def inv_freq(spec: ModelSpec) -> np.ndarray:
    """The float32 inverse frequencies ``[rotary_dim / 2]``, scaled as ``spec.rope.scaling`` says.

    Every step is one float32 operation rounded once, in the order transformers computes it (its
    ``_compute_default_rope_parameters`` / ``_compute_linear_scaling_rope_parameters`` /
    ``_compute_llama3_parameters``, whose Python scalars meet float32 tensors as float32):
    ``inv = 1 / base ** (2i / rd)``; linear: ``inv / factor``; llama3: see docs/FORMATS.md "RoPE".
    """
    rope = spec.rope
    if rope is None:
        raise ValueError("the spec has no RoPE (rope is null)")
    rd = spec.rotary_dim
    exponents = np.arange(0, rd, 2, dtype=np.float32) / np.float32(rd)
    # Each float32 step is rounded once from a float64 result (what Math.fround(Math.pow(..)) gives in JS):
    # this matches torch's float32 pow bit for bit; NumPy's own float32 pow is off by an ulp at times.
    powers = (np.float64(rope.base) ** exponents.astype(np.float64)).astype(np.float32)
    inv = np.float32(1.0) / powers
    kind = rope.scaling.kind
    if kind == "none":
        return inv
    factor = F32(rope.scaling.param("factor"))
    if kind == "linear":
        return _f32(inv / factor)
    if kind == "llama3":
        low_f = float(rope.scaling.param("low_freq_factor"))
        high_f = float(rope.scaling.param("high_freq_factor"))
        omax = float(rope.scaling.param("original_max_position_embeddings"))
        low_wavelen, high_wavelen = F32(omax / low_f), F32(omax / high_f)  # Python doubles, compared as float32
        wavelen = _f32((np.float32(1.0) / inv) * F32(2 * np.pi))  # torch: 2π / t is t.reciprocal() * 2π
        scaled = np.where(wavelen > low_wavelen, _f32(inv / factor), inv)
        smooth = _f32(_f32(_f32((np.float32(1.0) / wavelen) * F32(omax)) - F32(low_f)) / F32(high_f - low_f))
        smoothed = _f32(_f32(_f32(_f32(F32(1.0) - smooth) * scaled) / factor) + _f32(smooth * scaled))
        medium = ~(wavelen < high_wavelen) & ~(wavelen > low_wavelen)
        return _f32(np.where(medium, smoothed, scaled))
    raise ValueError(f"unknown rope scaling {kind!r}; expected none, linear or llama3")


def rope_tables(spec: ModelSpec, positions: Sequence[int] | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """cos/sin tables ``[len(positions), rotary_dim/2]`` for absolute ``positions``.

    ``angle = pos * inv_freq`` (:func:`inv_freq`) in float32, cos/sin in float32 (each correctly rounded to
    float32), then rounded to ``spec.rope.table_dtype`` and widened to float64.
    """
    assert spec.rope is not None
    inv = inv_freq(spec)
    pos = np.asarray(positions, dtype=np.float32).reshape(-1)
    angles = np.outer(pos, inv).astype(np.float32)
    # NumPy's own float32 cos/sin are off by an ulp at times, which at position 500 moves an angle by ~3e-5:
    # correctly rounded from float64 instead
    cos32 = np.cos(angles.astype(np.float64)).astype(np.float32)
    sin32 = np.sin(angles.astype(np.float64)).astype(np.float32)
    td = spec.rope.table_dtype
    return round_to_table_dtype(cos32, td), round_to_table_dtype(sin32, td)
