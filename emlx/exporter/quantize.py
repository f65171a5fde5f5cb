"""Symmetric per-row int8 quantisation (docs/DESIGN.md §4)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Int8Tensor:
    q: np.ndarray  # int8, same shape as the source
    scale: np.ndarray  # float32, one per row

    def dequantize(self) -> np.ndarray:
        return (self.q.astype(np.float32) * self.scale[:, None]).astype(np.float32)


def quantize_rows(w: np.ndarray) -> Int8Tensor:
    """``scale = max|row| / 127`` (1.0 for an all-zero row), ``q = clip(round(w / scale), -127, 127)``.

    Rounding is NumPy's round-half-to-even, done in float32 so that JS can reproduce it if it ever needs to.
    """
    if w.ndim != 2:
        raise ValueError(f"int8 quantisation is per row of a 2-D tensor, got shape {list(w.shape)}")
    w32 = np.asarray(w, dtype=np.float32)
    amax = np.max(np.abs(w32), axis=1)
    scale = (amax / np.float32(127.0)).astype(np.float32)
    scale[scale == 0] = np.float32(1.0)
    t = w32 / scale[:, None]
    np.rint(t, out=t)  # in place: one tensor-sized temporary instead of three
    np.clip(t, -127, 127, out=t)
    return Int8Tensor(q=t.astype(np.int8), scale=scale)


def relative_l2_error(w: np.ndarray, deq: np.ndarray) -> float:
    """||w - deq|| / ||w|| (0 for an all-zero tensor), in float64 so that weights near the float32 maximum
    cannot overflow the squares into inf/NaN (the value goes into bundle JSON, which has no NaN)."""
    w64 = np.asarray(w, dtype=np.float64).ravel()
    denom = float(np.linalg.norm(w64))
    if not np.isfinite(denom):
        raise ValueError("relative_l2_error of a tensor holding NaN/Infinity (refused at export)")
    if denom == 0.0:
        return 0.0
    diff = np.array(deq, dtype=np.float64).ravel()  # a new array, turned into w - deq in place
    np.subtract(w64, diff, out=diff)
    return float(np.linalg.norm(diff) / denom)
