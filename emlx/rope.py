"""RoPE cos/sin tables as a ModelSpec defines them (docs/FORMATS.md "ModelSpec"): one implementation, used by the
NumPy reference and by the ONNX builder (which stores the tables as initializers), so both round identically."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from emlx.spec import ModelSpec

__all__ = ["rope_tables", "round_to_table_dtype"]


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


def rope_tables(spec: ModelSpec, positions: Sequence[int] | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """cos/sin tables ``[len(positions), head_dim/2]`` for absolute ``positions``.

    ``inv_freq[i] = 1 / base ** (2i / head_dim)`` and ``angle = pos * inv_freq`` are computed in float32,
    cos/sin in float32 (each op correctly rounded to float32), then rounded to ``spec.rope.table_dtype``
    and widened to float64.
    """
    hd = spec.head_dim
    exponents = np.arange(0, hd, 2, dtype=np.float32) / np.float32(hd)
    # Each float32 step is rounded once from a float64 result (what Math.fround(Math.pow(..)) gives in JS):
    # this matches torch's float32 pow bit for bit; NumPy's own float32 pow/cos are off by an ulp at times,
    # which at position 500 moves an angle by ~3e-5.
    powers = (np.float64(spec.rope.base) ** exponents.astype(np.float64)).astype(np.float32)
    inv_freq = np.float32(1.0) / powers
    pos = np.asarray(positions, dtype=np.float32).reshape(-1)
    angles = np.outer(pos, inv_freq).astype(np.float32)
    cos32 = np.cos(angles.astype(np.float64)).astype(np.float32)
    sin32 = np.sin(angles.astype(np.float64)).astype(np.float32)
    td = spec.rope.table_dtype
    return round_to_table_dtype(cos32, td), round_to_table_dtype(sin32, td)
