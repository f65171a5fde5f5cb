"""The q4 tensor encoding (docs/FORMATS.md "q4 tensors"): 4-bit values in groups along each row, nibble-packed,
with a scale (and optionally an offset) per group, and the one formula that turns them into float32.

A q4 tensor of logical shape ``[rows, cols]`` stores

* ``data``: uint8 ``[rows, cols / 2]``; byte ``j`` of a row holds value ``2j`` in its low nibble and ``2j + 1`` in
  its high nibble (onnxruntime's ``MatMulNBits`` layout, and the byte order of mlx-lm's little-endian uint32 words);
* ``scale``: float16 or float32 ``[rows, cols / group_size]``;
* ``offset`` (optional, the dtype and shape of ``scale``): absent for **symmetric** groups.

Value ``q`` (0..15) of column ``c`` in group ``k = c // group_size`` means, in float32 arithmetic:

* symmetric (no offset): ``w = scale[k] * (q - 8)`` (one rounding: MatMulNBits' default zero point of 8);
* affine: ``w = scale[k] * q + offset[k]`` (the product rounded to float32, then the sum: mlx-lm's
  ``mx.dequantize`` order, so an mlx-lm affine layer is carried with its own values, bit for bit).

Pure NumPy, no emlx import above the error type: the bundle type, the formats, the ONNX graph, the reference and
the exporter's quantiser all use it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

GROUP_SIZES = (32, 64, 128)
SCALE_DTYPES = ("float16", "float32")
ZERO_POINT = 8  # the symmetric encoding's implicit zero point (MatMulNBits' default for 4 bits)


@dataclass(frozen=True)
class Q4Layout:
    """How a q4 tensor is laid out, apart from its shape: what docs/FORMATS.md's tensor entries and the
    ``weights_sha256`` line of a q4 tensor record."""

    group_size: int
    scale_dtype: str  # "float16" | "float32"
    affine: bool  # an offset per group (else symmetric)

    def __post_init__(self) -> None:
        if self.group_size not in GROUP_SIZES:
            raise ValueError(f"q4 group_size must be one of {GROUP_SIZES}, got {self.group_size!r}")
        if self.scale_dtype not in SCALE_DTYPES:
            raise ValueError(f"q4 scale_dtype must be one of {SCALE_DTYPES}, got {self.scale_dtype!r}")

    def hash_line(self) -> str:
        """The line ``weights_sha256`` adds after a q4 tensor's shape line: ``32,float16,symmetric``."""
        return f"{self.group_size},{self.scale_dtype},{'affine' if self.affine else 'symmetric'}"

    def label(self) -> str:
        """``q4 g32 f16 symmetric``: how reports and ``source.quantization`` name it."""
        return f"q4 g{self.group_size} {'f16' if self.scale_dtype == 'float16' else 'f32'} " \
               f"{'affine' if self.affine else 'symmetric'}"

    def nbytes(self, shape: tuple[int, ...]) -> tuple[int, int]:
        """``(data bytes, scale + offset bytes)`` of a tensor of logical ``shape``."""
        rows, cols = shape
        groups = rows * (cols // self.group_size)
        return rows * cols // 2, groups * np.dtype(self.scale_dtype).itemsize * (2 if self.affine else 1)


def layout_of(data: np.ndarray, scale: np.ndarray, offset: np.ndarray | None) -> Q4Layout:
    """The layout the arrays of a q4 tensor have (ValueError, one line, when they do not fit together)."""
    if data.ndim != 2 or data.dtype != np.uint8:
        raise ValueError(f"q4 data must be 2-D uint8 [rows, cols/2], got {data.dtype} {list(data.shape)}")
    if scale.ndim != 2 or scale.dtype.name not in SCALE_DTYPES:
        raise ValueError(f"q4 scale must be 2-D float16 or float32 [rows, groups], got {scale.dtype} {list(scale.shape)}")
    rows, cols = data.shape[0], 2 * data.shape[1]
    if scale.shape[0] != rows or scale.shape[1] == 0 or cols % scale.shape[1]:
        raise ValueError(f"q4 scale {list(scale.shape)} does not divide {rows} rows of {cols} values into groups")
    if offset is not None and (offset.shape != scale.shape or offset.dtype != scale.dtype):
        raise ValueError(f"q4 offset {offset.dtype} {list(offset.shape)} differs from its scale "
                         f"{scale.dtype} {list(scale.shape)}")
    return Q4Layout(cols // scale.shape[1], scale.dtype.name, offset is not None)


def pack(values: np.ndarray) -> np.ndarray:
    """uint8 values 0..15 ``[rows, cols]`` (cols even) -> nibble bytes ``[rows, cols / 2]``, low nibble first."""
    v = np.asarray(values, dtype=np.uint8)
    if v.ndim != 2 or v.shape[1] % 2:
        raise ValueError(f"q4 packs 2-D arrays of an even number of columns, got {list(v.shape)}")
    return np.ascontiguousarray(v[:, 0::2] | (v[:, 1::2] << np.uint8(4)))


def unpack(data: np.ndarray) -> np.ndarray:
    """Nibble bytes ``[rows, n]`` -> their values ``[rows, 2n]`` as uint8 0..15, in column order."""
    d = np.asarray(data, dtype=np.uint8)
    out = np.empty((d.shape[0], d.shape[1], 2), dtype=np.uint8)
    np.bitwise_and(d, np.uint8(15), out=out[..., 0])
    np.right_shift(d, np.uint8(4), out=out[..., 1])
    return out.reshape(d.shape[0], 2 * d.shape[1])


def dequantize(data: np.ndarray, scale: np.ndarray, offset: np.ndarray | None) -> np.ndarray:
    """The float32 ``[rows, cols]`` a q4 tensor means (the module docstring's formula, exactly)."""
    layout = layout_of(data, scale, offset)
    q = unpack(data).astype(np.float32)
    rows, cols = q.shape
    grouped = q.reshape(rows, cols // layout.group_size, layout.group_size)
    s = scale.astype(np.float32)[:, :, None]
    if offset is None:
        grouped -= np.float32(ZERO_POINT)  # exact: small integers
        grouped *= s  # one float32 rounding
    else:
        grouped *= s  # the product rounded to float32 ...
        grouped += offset.astype(np.float32)[:, :, None]  # ... then the sum
    return grouped.reshape(rows, cols)
