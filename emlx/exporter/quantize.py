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


# ---------------------------------------------------------------------------------------------------------------
# q4: symmetric groups along each row (docs/DESIGN.md §4, the encoding in emlx/q4.py)

#: The scale candidates tried per group: ``m / (-8 + f)`` (m = the group's value of largest magnitude), f from
#: -0.9 to 0.9 in steps of 0.1 (f = 0 is Q4_0's ``m / -8``, which maps m to -8 exactly); the one with the least
#: squared error of the group wins (ties: the first). Measured (benchmarks/bench_quant.py, README "Quantisation:
#: size and quality"): 5, 17 and 19 % less mean KL against float32 than ``m / -8`` alone on the three acceptance
#: checkpoints, 10-13 % on the synthetic ones.
Q4_SCALE_SHIFTS = tuple(round(-0.9 + 0.1 * i, 1) for i in range(19))


@dataclass(frozen=True)
class Q4Tensor:
    data: np.ndarray  # uint8 [rows, cols / 2], nibbles (emlx/q4.py)
    scale: np.ndarray  # float16 [rows, cols / group_size] (float32 where float16 cannot hold a group's scale)
    offset: np.ndarray | None = None  # None: symmetric

    def dequantize(self) -> np.ndarray:
        from emlx.q4 import dequantize

        return dequantize(self.data, self.scale, self.offset)


def _q4_values(g: np.ndarray, d: np.ndarray) -> np.ndarray:
    """Values 0..15 of groups ``g [rows, n, group]`` under scales ``d [rows, n]`` (float32; 0 = an all-zero group)."""
    inv = np.zeros_like(d)
    np.divide(np.float32(1.0), d, out=inv, where=d != 0)
    t = g * inv[:, :, None]
    np.rint(t, out=t)
    t += np.float32(8.0)
    np.clip(t, 0, 15, out=t)
    return t


def quantize_q4(w: np.ndarray, group_size: int, *, shifts: tuple[float, ...] = Q4_SCALE_SHIFTS,
                scale_dtype: str = "float16") -> Q4Tensor:
    """Symmetric 4-bit groups of ``group_size`` along each row: ``w ~ scale * (q - 8)``, q in 0..15, one float16
    scale per group chosen from Q4_SCALE_SHIFTS by least squared error (computed in float32, errors summed in
    float64; every candidate is rounded to float16 before its values are chosen, so the stored scale is the one
    the values were fitted to). A tensor with a scale float16 cannot represent (|scale| > 65504, i.e. weights
    beyond ~5e5) keeps float32 scales; a group whose largest magnitude is below ~2.4e-7 gets scale 0 (its values
    become 0, an absolute error under 2.4e-7). Deterministic: the same weights give the same bytes.

    ``shifts`` and ``scale_dtype="float32"`` (no float16 rounding of the candidates) exist for
    benchmarks/bench_quant.py, which measures what the search and float16 scales cost in quality; the export uses
    the defaults."""
    from emlx.q4 import pack

    if w.ndim != 2 or w.shape[1] % group_size:
        raise ValueError(f"q4 quantises 2-D tensors whose columns are a multiple of {group_size}, got {list(w.shape)}")
    rows, cols = w.shape
    g = np.asarray(w, dtype=np.float32).reshape(rows, cols // group_size, group_size)
    idx = np.abs(g).argmax(axis=2)
    m = np.take_along_axis(g, idx[:, :, None], axis=2)[:, :, 0]  # signed value of largest magnitude
    if scale_dtype not in ("float16", "float32") or not shifts:
        raise ValueError(f"quantize_q4: scale_dtype float16 | float32 and at least one shift, got {scale_dtype!r}, {shifts!r}")
    cands = [(m / np.float32(-8.0 + f)).astype(np.float32) for f in shifts]
    with np.errstate(over="ignore"):  # a scale float16 cannot hold becomes inf here: then float32 scales
        f16 = scale_dtype == "float16" and all(np.isfinite(c.astype(np.float16)).all() for c in cands)
    best_err = np.full(m.shape, np.inf)
    best_d = np.zeros_like(m)
    best_q = np.zeros(g.shape, dtype=np.float32)
    for c in cands:
        d = c.astype(np.float16).astype(np.float32) if f16 else c
        q = _q4_values(g, d)
        r = (q - np.float32(8.0)) * d[:, :, None]
        r -= g
        err = np.einsum("rng,rng->rn", r, r, dtype=np.float64)
        better = err < best_err
        np.copyto(best_err, err, where=better)
        np.copyto(best_d, d, where=better)
        np.copyto(best_q, q, where=better[:, :, None])
    scale = best_d.astype(np.float16 if f16 else np.float32)
    return Q4Tensor(data=pack(best_q.reshape(rows, cols).astype(np.uint8)), scale=scale)


def quantize_q4_affine(w: np.ndarray, group_size: int, scale_dtype: str = "float16") -> Q4Tensor:
    """Min/max affine 4-bit groups, mlx-lm's scheme: ``offset`` = the group's minimum and ``scale`` = its range / 15,
    both stored in ``scale_dtype``; ``q = clip(round((w - offset) / scale), 0, 15)`` from the stored (rounded) values
    (0 where a group's range is 0). Not what ``emlx export --q4`` writes (symmetric, quantize_q4): the comparison of
    benchmarks/bench_quant.py and the affine golden of scripts/make_js_goldens.py."""
    from emlx.q4 import pack

    if w.ndim != 2 or w.shape[1] % group_size:
        raise ValueError(f"q4 quantises 2-D tensors whose columns are a multiple of {group_size}, got {list(w.shape)}")
    rows, cols = w.shape
    g = np.asarray(w, dtype=np.float32).reshape(rows, cols // group_size, group_size)
    lo, hi = g.min(axis=2), g.max(axis=2)
    scale = ((hi - lo) / np.float32(15.0)).astype(scale_dtype)
    offset = lo.astype(scale_dtype)
    s = scale.astype(np.float32)[:, :, None]
    q = np.zeros_like(g)
    np.divide(g - offset.astype(np.float32)[:, :, None], s, out=q, where=s != 0)
    values = np.clip(np.rint(q), 0, 15).astype(np.uint8).reshape(rows, cols)
    return Q4Tensor(data=pack(values), scale=scale, offset=offset)
