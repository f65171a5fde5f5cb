"""mlx-lm's affine quantisation (``mlx.nn.quantize``, mode "affine"), read exactly.

A quantised ``Linear`` or ``Embedding`` at module path ``P`` is stored as three tensors: ``P.weight`` (uint32,
``[rows, cols * bits / 32]``: each word packs ``32 / bits`` consecutive values, value ``j`` of a word in bits
``[j * bits, (j + 1) * bits)``), ``P.scales`` and ``P.biases`` (``[rows, cols / group_size]``, the model's float
dtype). Value ``q`` of column ``c`` means ``w = scales[r, c // group_size] * q + biases[r, c // group_size]``.
``dequantize`` computes exactly that in float32 (a product rounded to float32, then the sum rounded), which is what
``mx.dequantize`` does on float32 scales bit for bit (tests/test_hf_folders.py); bfloat16 / float16 scales and
biases widen to float32 exactly first. So the float32 weights carry no error beyond the format's own.

``config.json`` says how: ``quantization: {"group_size": 64, "bits": 4, "mode": "affine"}``, plus an entry per
module path for layers quantised otherwise (a dict of their own group_size/bits, or ``false``: not quantised).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

import numpy as np

BITS = (4, 8)
GROUP_SIZES = (32, 64, 128)
SUPPORTED = "mlx-lm affine quantisation with bits 4 or 8 and group_size 32, 64 or 128"


@dataclass(frozen=True)
class Affine:
    bits: int
    group_size: int

    def label(self) -> str:
        return f"q{self.bits} g{self.group_size}"


@dataclass(frozen=True)
class StoredGroups:
    """One mlx-lm quantised layer as the folder stores it, for an export that keeps its groups (``emlx export
    --q4`` of a 4-bit layer: the same values, scales and biases, no second rounding). The loaders read the file
    anew on each call; scales and biases come widened to float32 (exact from bfloat16 / float16)."""

    params: Affine
    shape: tuple[int, int]  # the float weight's [rows, cols]
    packed: Callable[[], np.ndarray]  # uint32 [rows, cols * bits / 32]
    scales: Callable[[], np.ndarray]  # float32 [rows, cols / group_size]
    biases: Callable[[], np.ndarray]


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def params_of(doc: Any, where: str) -> Affine:
    """``{"group_size", "bits"[, "mode"]}`` -> Affine, or a one-line ValueError naming ``where``."""
    if not isinstance(doc, Mapping):
        raise ValueError(f"{where} must be an object with group_size and bits, got {type(doc).__name__}")
    mode = doc.get("mode", "affine")
    if mode != "affine":
        raise ValueError(f"{where}.mode is {mode!r}; supported: {SUPPORTED} (re-convert with mlx_lm.convert "
                         "--q-mode affine, or from the float model)")
    bits, gs = doc.get("bits"), doc.get("group_size")
    if not _is_int(bits) or bits not in BITS:
        raise ValueError(f"{where}.bits is {bits!r}; supported: {SUPPORTED}")
    if not _is_int(gs) or gs not in GROUP_SIZES:
        raise ValueError(f"{where}.group_size is {gs!r}; supported: {SUPPORTED}")
    return Affine(bits=bits, group_size=gs)


def module_params(quantization: Mapping[str, Any], module: str) -> Affine | None:
    """The quantisation of the module at path ``module``: its own entry (None when that is ``false``), else the
    top-level group_size/bits. Raises ValueError (one line) for a malformed entry."""
    own = quantization.get(module)
    if own is False:
        return None
    if own is not None:
        return params_of(own, f"config.json quantization[{module!r}]")
    return params_of(quantization, "config.json quantization")


def logical_shape(packed: tuple[int, ...], scales: tuple[int, ...], biases: tuple[int, ...], q: Affine
                  ) -> tuple[int, int]:
    """The float weight's ``[rows, cols]`` from the stored shapes, or a ValueError saying what does not fit."""
    if len(packed) != 2 or len(scales) != 2:
        raise ValueError(f"packed weight {list(packed)} / scales {list(scales)} are not 2-D")
    rows, words = packed
    cols = words * 32 // q.bits
    if scales != (rows, cols // q.group_size) or cols % q.group_size:
        raise ValueError(f"scales {list(scales)} do not fit {rows} rows of {cols} values ({words} uint32 words of "
                         f"{q.bits}-bit values) in groups of {q.group_size}")
    if biases != scales:
        raise ValueError(f"biases {list(biases)} differ in shape from scales {list(scales)}")
    return rows, cols


def unpack(packed: np.ndarray, bits: int) -> np.ndarray:
    """uint32 words ``[rows, words]`` -> their values ``[rows, words * 32 / bits]`` as uint8, in order."""
    words = np.ascontiguousarray(packed, dtype="<u4")
    per = 32 // bits
    mask = np.uint32((1 << bits) - 1)
    out = np.empty(words.shape + (per,), dtype=np.uint8)
    for j in range(per):
        out[..., j] = (words >> np.uint32(j * bits)) & mask
    return out.reshape(words.shape[0], -1)


def dequantize(packed: np.ndarray, scales: np.ndarray, biases: np.ndarray, q: Affine) -> np.ndarray:
    """``scales * q + biases`` per group, float32 ``[rows, cols]`` (scales and biases given as float32)."""
    values = unpack(packed, q.bits)
    rows, cols = values.shape
    grouped = values.reshape(rows, cols // q.group_size, q.group_size).astype(np.float32)
    s = np.asarray(scales, dtype=np.float32)[:, :, None]
    b = np.asarray(biases, dtype=np.float32)[:, :, None]
    grouped *= s  # float32 product, rounded once
    grouped += b  # then the float32 sum: mx.dequantize's order of rounding
    return grouped.reshape(rows, cols)
