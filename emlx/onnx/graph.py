"""Build an ONNX decoder graph directly from a bundle's ModelSpec and stored weights (no torch, no tracing).

The graph computes exactly the forward of docs/FORMATS.md ("Forward") that ``emlx/verify/reference.py``
computes, in float32, and never looks at ``spec.family``. I/O (docs/FORMATS.md "ONNX bundle"):

inputs
    ``input_ids`` int64 ``[batch, seq]``; ``past_key_values.{i}.key`` / ``.value`` float32
    ``[batch, n_kv_head, past_len, head_dim]`` for every layer (``past_len`` 0 for a prefill); for specs with
    smear only, ``past_token_ids`` int64 ``[batch, 1]`` (the token before ``input_ids[:, 0]``; any valid id
    when ``past_len`` is 0, it is then ignored).
outputs
    ``logits`` float32 ``[batch, seq, vocab_size]``; ``present.{i}.key`` / ``.value`` = past concatenated with
    the new keys (after rope + norm + qk_scale) / values (after the value embedding), ``[batch, n_kv_head,
    past_len + seq, head_dim]``; for smear specs ``present_token_ids`` = ``input_ids[:, -1:]``.

Weights are initializers under their canonical names (``emlx/families/``) with the stored bytes:
float32 as float32, int8 as int8 plus a float32 ``<name>.scale`` (one per row) that a ``DequantizeLinear``
(axis 0) turns into ``q * scale`` -- the same float32 numbers the reference computes with. q4 (emlx/q4.py) as
uint8 nibbles ``[rows, groups, group_size/2]`` plus ``<name>.scale`` (and ``<name>.offset`` for affine groups) in
their stored float16 / float32, multiplied by onnxruntime's ``com.microsoft.MatMulNBits`` (symmetric groups: its
default zero point 8, exactly the q4 formula; affine: float zero points ``-offset / scale``) and gathered for
embeddings by unpacking the nibbles in float32 (exactly). The only other
initializers are the RoPE tables (``rope.cos`` / ``rope.sin``, float32 ``[max_positions, head_dim/2]``, the
reference's float32 values rounded to ``table_dtype``) and small constants (``const.*``).

Intermediate values that are layer taps are named ``tap_src.<tap name>``; :func:`with_tap_outputs` turns them
into ``tap.<tap name>`` graph outputs laid out like the reference's taps with a leading batch dim.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from emlx.bundle import Bundle, StoredTensor
from emlx.onnx import KEEP_INPUT
from emlx.forward import forward
from emlx.rope import rope_tables
from emlx.spec import ModelSpec

__all__ = ["OPSET", "MIN_ROPE_POSITIONS", "build_model", "max_positions", "rope_initializers", "tap_names",
           "with_tap_outputs"]

OPSET = 17
# RoPE tables cover positions 0 .. max_positions(spec) - 1 (a Gather past the end is a runtime error).
MIN_ROPE_POSITIONS = 8192
ROPE_COS, ROPE_SIN = "rope.cos", "rope.sin"
ROPE_SIN_SIGNED = "rope.sin_signed"  # sign * sin: com.microsoft RotaryEmbedding rotates by +theta
MS = "com.microsoft"  # onnxruntime contrib ops (version 1): RotaryEmbedding, MatMulNBits (q4); GroupQueryAttention (off)
FUSED_ROPE = True
# GroupQueryAttention is off: onnxruntime-web's wasm kernel of it (1.30, one thread) takes 4-6x the time of the
# standard-op attention below at a prompt (q/k/v [1, 64, 256], 2 heads of 128: 2.6-3.1 ms vs 0.5-0.8 ms; 95
# positions: 5.5 vs 0.9 ms), which made the whole graph 0.7x a plain export's prefill there; onnxruntime-node's kernel
# is no faster than the standard ops at any shape measured (prompt and single-token steps within 5%), so one graph
# of standard ops serves both (README "The ONNX graph against a plain export"). True builds the fused variant.
FUSED_ATTN = False
FUSED_NORM = False  # SimplifiedLayerNormalization rounds differently: 1.0e-4 vs 6e-5 on the EML fixture (measured)
MATMUL_T = True
FUSED = True  # onnxruntime's fused ops: RotaryEmbedding (GroupQueryAttention: FUSED_ATTN); norms in the pattern it fuses
KEEP = KEEP_INPUT
TAP_SRC = "tap_src."
# "dequantize": DequantizeLinear(q, per-row scale, axis 0) -> Gemm, the same float32 weights as the reference.
# "integer": DynamicQuantizeLinear(x) + MatMulInteger; faster but quantises activations too (benchmarks only).
INT8_MATMULS = ("dequantize", "integer")


def fused_attention(spec: ModelSpec) -> bool:
    """Whether the graph uses com.microsoft GroupQueryAttention (only with FUSED_ATTN, off in exports): onnxruntime's
    kernels need head_dim % 8 == 0
    (measured: "head_size must be a multiple of 8" on a GPT-2 shape with head_dim 12); other shapes get the
    standard-op attention, which computes the same."""
    return FUSED_ATTN and spec.head_dim % 8 == 0


def max_positions(spec: ModelSpec) -> int:
    """Positions the RoPE tables cover: ``max(4 * sequence_len, 8192)``."""
    return max(4 * spec.sequence_len, MIN_ROPE_POSITIONS)


def tap_names(n_layer: int) -> list[str]:
    from emlx.spec_schema import tap_names as names

    return names(n_layer)


def rope_initializers(spec: ModelSpec) -> tuple[np.ndarray, np.ndarray]:
    """The reference's cos/sin tables (float32 math, rounded to ``table_dtype``) as float32 arrays.

    Every bfloat16 / float16 value is exactly representable in float32, so the narrowing back is exact.
    """
    cos, sin = rope_tables(spec, np.arange(max_positions(spec)))
    return cos.astype(np.float32), sin.astype(np.float32)


class _G:
    """A tiny graph builder: unique value names, nodes in creation order, constants as initializers."""

    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.inits: list[onnx.TensorProto] = []
        self._n = 0
        self._consts: dict[tuple[str, bytes, tuple[int, ...]], str] = {}

    def name(self, hint: str) -> str:
        self._n += 1
        return f"{hint}/{self._n}"

    def op(self, op_type: str, inputs: Sequence[str], hint: str | None = None, out: str | None = None,
           **attrs: Any) -> str:
        """Append one node; its single output is ``out`` or a fresh name from ``hint``."""
        res = out if out is not None else self.name(hint or op_type)
        self.nodes.append(helper.make_node(op_type, list(inputs), [res], name=f"n{len(self.nodes)}:{op_type}", **attrs))
        return res

    def op_multi(self, op_type: str, inputs: Sequence[str], n_out: int, hint: str, **attrs: Any) -> list[str]:
        outs = [self.name(hint) for _ in range(n_out)]
        self.nodes.append(helper.make_node(op_type, list(inputs), outs, name=f"n{len(self.nodes)}:{op_type}", **attrs))
        return outs

    def init(self, name: str, arr: np.ndarray) -> str:
        self.inits.append(numpy_helper.from_array(np.require(arr, requirements="C"), name))  # (keeps 0-d arrays 0-d)
        return name

    def const(self, value: object, dtype: type = np.int64) -> str:
        arr: np.ndarray = np.asarray(value, dtype=dtype)
        key = (arr.dtype.str, arr.tobytes(), tuple(arr.shape))
        if key not in self._consts:
            self._consts[key] = self.init(f"const.{len(self._consts)}", arr)
        return self._consts[key]

    def f(self, value: float) -> str:
        return self.const(value, np.float32)


def _weight_init(g: _G, name: str, t: StoredTensor) -> None:
    if t.dtype == "int8":
        assert t.scale is not None
        g.init(name, t.data.astype(np.int8))
        g.init(f"{name}.scale", t.scale.astype(np.float32))
    elif t.dtype == "q4":
        layout = t.q4_layout
        assert layout is not None and t.scale is not None
        rows, cols = t.shape
        g.init(name, t.data.reshape(rows, cols // layout.group_size, layout.group_size // 2))  # MatMulNBits' B
        g.init(f"{name}.scale", t.scale)
        if t.offset is not None:
            g.init(f"{name}.offset", t.offset)
    else:
        g.init(name, t.data.astype(np.float32))


class _OnnxPass:
    """The :class:`emlx.forward.Ops` backend that emits ONNX nodes (float32) into a :class:`_G`.

    Values are ONNX value names. The residual stream is 2-D ``[batch*seq, n_embd]``; heads are ``[batch*seq, n,
    head_dim]`` (a row per position of every sequence); attention reshapes to ``[batch, n, seq, head_dim]`` and
    concatenates the past keys/values (graph inputs) into ``present.*`` (graph outputs).
    """

    def __init__(self, spec: ModelSpec, weights: dict[str, StoredTensor], int8_matmul: str = "dequantize") -> None:
        self.spec, self.w, self.g = spec, weights, _G()
        if int8_matmul not in INT8_MATMULS:
            raise ValueError(f"int8_matmul must be one of {INT8_MATMULS}, got {int8_matmul!r}")
        self.int8_matmul = int8_matmul
        self._masks: dict[int | None, str] = {}
        self._diff: str | None = None
        self._rope: tuple[str, str] | None = None
        self._f32: dict[str, str] = {}
        self._heads: dict[str, int] = {}  # value -> its number of heads, for the values laid out [BT, n, head_dim]

    # ---- weights -----------------------------------------------------------------------------------
    def dense(self, name: str) -> str:
        """The float32 value of a whole weight (DequantizeLinear for int8, the nibbles unpacked for q4)."""
        t = self.w[name]
        if t.dtype == "int8":
            return self.g.op("DequantizeLinear", [name, f"{name}.scale"], hint=f"{name}.dq", axis=0)
        if t.dtype == "q4":
            rows, cols = t.shape
            return self._q4_rows(name, name, self._as_f32(f"{name}.scale"),
                                 self._as_f32(f"{name}.offset") if t.offset is not None else None, [rows, cols])
        return name

    def _as_f32(self, name: str) -> str:
        """A float16 / float32 initializer as float32 (a Cast of float16 ones, folded by runtimes at load)."""
        if name not in self._f32:
            arr = self.w[name.rsplit(".", 1)[0]].scale
            self._f32[name] = name if arr is not None and arr.dtype == np.float32 else \
                self.g.op("Cast", [name], hint=f"{name}.f32", to=TensorProto.FLOAT)
        return self._f32[name]

    def _q4_rows(self, hint: str, nibbles: str, scale: str, offset: str | None, shape: list[int] | str) -> str:
        """float32 values of q4 rows: ``nibbles`` uint8 ``[..., groups, group/2]``, ``scale`` / ``offset`` float32
        ``[..., groups]`` -> ``[..., groups * group]`` reshaped to ``shape`` (a list, or the name of a shape
        value): ``scale * (q - 8)`` or ``scale * q + offset`` (emlx/q4.py), every step exact as the formula
        rounds."""
        g = self.g
        b = g.op("Cast", [nibbles], hint=f"{hint}.nibbles", to=TensorProto.FLOAT)  # bytes 0..255, exact
        hi = g.op("Floor", [g.op("Mul", [b, g.f(1.0 / 16.0)])])
        lo = g.op("Sub", [b, g.op("Mul", [hi, g.f(16.0)])])
        q = g.op("Concat", [g.op("Unsqueeze", [lo, g.const([-1])]), g.op("Unsqueeze", [hi, g.const([-1])])], axis=-1)
        # [..., groups, group/2, 2] -> [..., groups, group]: value 2j (low nibble) before 2j + 1
        lead = g.op("Slice", [g.op("Shape", [b]), g.const([0]), g.const([-1]), g.const([0])])  # all but the last dim
        q = g.op("Reshape", [q, g.op("Concat", [lead, g.const([-1])], axis=0)])
        s = g.op("Unsqueeze", [scale, g.const([-1])])
        if offset is None:
            w = g.op("Mul", [g.op("Sub", [q, g.f(8.0)]), s], hint=f"{hint}.q4")
        else:
            w = g.op("Add", [g.op("Mul", [q, s]), g.op("Unsqueeze", [offset, g.const([-1])])], hint=f"{hint}.q4")
        target = g.const(shape) if isinstance(shape, list) else shape
        return g.op("Reshape", [w, target])

    def _matmul_nbits(self, x: str, weight: str, hint: str) -> str:
        """``x [M, K] @ W.T`` for a q4 ``W [N, K]``: onnxruntime's MatMulNBits (4 bits, the tensor's group size,
        accuracy_level 0: activations stay float32). Symmetric groups use its default zero point 8; affine ones
        float zero points ``-offset / scale``."""
        g, t = self.g, self.w[weight]
        layout = t.q4_layout
        assert layout is not None
        n, k = t.shape
        inputs = [x, weight, self._as_f32(f"{weight}.scale")]
        if layout.affine:
            zp = g.op("Div", [g.op("Neg", [self._as_f32(f"{weight}.offset")]), self._as_f32(f"{weight}.scale")],
                      hint=f"{weight}.zero_point")
            inputs.append(zp)
        return g.op("MatMulNBits", inputs, hint=hint, domain=MS, K=k, N=n, bits=4,
                    block_size=layout.group_size, accuracy_level=0)

    def linear(self, x: str, weight: str, bias: str | None = None, rows: int | None = None) -> str:
        """``x [M, in] @ W.T (+ bias)`` for a canonical ``W [out, in]``; only the first ``rows`` outputs when given."""
        g, hint = self.g, weight.rsplit(".weight", 1)[0]
        if self.w[weight].dtype == "q4" and not self._affine_zero_scale(weight):
            y = self._matmul_nbits(x, weight, hint)
            if bias is not None:
                y = g.op("Add", [y, bias])
        elif self.w[weight].dtype == "int8" and self.int8_matmul == "integer":
            # benchmark variant: activations quantised per tensor to uint8 at run time (not reference-exact)
            xq, xs, xzp = g.op_multi("DynamicQuantizeLinear", [x], 3, f"{hint}.xq")
            acc = g.op("MatMulInteger", [xq, g.op("Transpose", [weight], perm=[1, 0]), xzp], hint=f"{hint}.acc")
            y = g.op("Mul", [g.op("Cast", [acc], to=TensorProto.FLOAT), g.op("Mul", [xs, f"{weight}.scale"])], hint=hint)
            if bias is not None:
                y = g.op("Add", [y, bias])
        elif MATMUL_T:
            # x @ Transpose(W): onnxruntime folds the Transpose of the initializer at load and prepacks the [in, out]
            # constant for MatMul (measured 1.5x faster than Gemm(transB=1) at prefill); the file keeps W as stored
            y = g.op("MatMul", [x, g.op("Transpose", [self.dense(weight)], perm=[1, 0], hint=f"{hint}.T")], hint=hint)
            if bias is not None:
                y = g.op("Add", [y, bias])
        else:
            y = g.op("Gemm", [x, self.dense(weight)] + ([bias] if bias is not None else []), hint=hint, transB=1)
        if rows is not None and rows != self.w[weight].shape[0]:
            y = g.op("Slice", [y, g.const([0]), g.const([rows]), g.const([1])], hint=f"{hint}.rows")
        return y

    def _affine_zero_scale(self, weight: str) -> bool:
        """An affine q4 weight with a group of scale 0 (all its values the offset): MatMulNBits' zero point
        ``-offset / scale`` cannot say that, so it is dequantised in the graph instead."""
        t = self.w[weight]
        return t.offset is not None and t.scale is not None and bool((t.scale == 0).any())

    def _gather_rows(self, name: str, idx: str) -> str:
        """``W[idx]`` (float32); for int8 the gathered rows times their gathered scales; for q4 the gathered
        nibbles, scales (and offsets) through the q4 formula."""
        g, t = self.g, self.w[name]
        r = g.op("Gather", [name, idx], hint=f"{name}.rows", axis=0)
        if t.dtype == "q4":
            s = g.op("Gather", [self._as_f32(f"{name}.scale"), idx], hint=f"{name}.rows_scale", axis=0)
            o = (g.op("Gather", [self._as_f32(f"{name}.offset"), idx], hint=f"{name}.rows_offset", axis=0)
                 if t.offset is not None else None)
            shape = g.op("Concat", [g.op("Shape", [idx]), g.const([t.shape[1]])], axis=0)
            return self._q4_rows(name, r, s, o, shape)
        if t.dtype != "int8":
            return r
        s = g.op("Gather", [f"{name}.scale", idx], hint=f"{name}.rows_scale", axis=0)
        return g.op("Mul", [g.op("Cast", [r], to=TensorProto.FLOAT), g.op("Unsqueeze", [s, g.const([-1])])])

    def embed(self, name: str) -> str:
        return self._gather_rows(name, self.ids_flat)

    def add_positions(self, x: str, name: str) -> str:
        return self.g.op("Add", [x, self._gather_rows(name, self.pos_bt)], hint="positions")

    def element(self, name: str, i: int) -> str:
        return self.g.op("Gather", [name, self.g.const(i)], axis=0, hint=f"{name}[{i}]")

    def scalar(self, name: str) -> str:
        return self.g.op("Reshape", [name, self.g.const([], np.int64)], hint=name)

    # ---- element-wise ------------------------------------------------------------------------------
    def norm(self, x: str, weight: str | None, bias: str | None) -> str:
        g, eps = self.g, self.g.f(self.spec.norm_eps)
        if FUSED_NORM and self.spec.norm.kind == "rms":
            # Pow -> ReduceMean -> Add -> Sqrt -> Div -> Mul(scale): the pattern onnxruntime fuses into one
            # SimplifiedLayerNormalization at load (a weightless norm multiplies by ones for that)
            ms = g.op("ReduceMean", [g.op("Pow", [x, g.f(2.0)])], axes=[-1], keepdims=1)
            y = g.op("Div", [x, g.op("Sqrt", [g.op("Add", [ms, eps])])], hint="norm")
            scale = self.dense(weight) if weight is not None else g.const(np.ones(self._width(x), np.float32), np.float32)
            y = g.op("Mul", [y, scale])
            return self._like(x, y if bias is None else g.op("Add", [y, bias]))
        if FUSED_NORM and self.spec.norm.kind == "layer":
            ones = g.const(np.ones(self._width(x), np.float32), np.float32)
            return self._like(x, g.op("LayerNormalization", [x, self.dense(weight) if weight else ones]
                                      + ([bias] if bias else []), axis=-1, epsilon=float(self.spec.norm_eps), hint="layernorm"))
        src = x
        if self.spec.norm.kind == "layer":
            x = g.op("Sub", [x, g.op("ReduceMean", [x], axes=[-1], keepdims=1)])
        ms = g.op("ReduceMean", [g.op("Mul", [x, x])], axes=[-1], keepdims=1)
        y = g.op("Div", [x, g.op("Sqrt", [g.op("Add", [ms, eps])])], hint="norm")
        if weight is not None:
            y = g.op("Mul", [y, self.dense(weight)])
        if bias is not None:
            y = g.op("Add", [y, bias])
        return self._like(src, y)

    def _width(self, x: str) -> int:
        """The last dimension of a value this pass made: head_dim for heads, n_embd for rows."""
        return self.spec.head_dim if x in self._heads else self.spec.n_embd

    def heads(self, x: str, n: int) -> str:
        y = self.g.op("Reshape", [x, self.g.const([-1, n, self.spec.head_dim])])
        self._heads[y] = n
        return y

    def _like(self, src: str, dst: str) -> str:
        """``dst`` has ``src``'s layout (heads or rows); returns ``dst``."""
        if src in self._heads:
            self._heads[dst] = self._heads[src]
        return dst

    def merge_heads(self, x: str) -> str:
        return self.g.op("Reshape", [x, self.g.const([0, -1])])

    def value_gate(self, h: str, weight: str) -> str:
        g, ve = self.g, self.spec.value_embed
        assert ve is not None
        hc = g.op("Slice", [h, g.const([0]), g.const([ve.gate_channels]), g.const([1])])
        return g.op("Mul", [self.sigmoid(self.linear(hc, weight)), g.f(ve.gate_scale)])

    def unsqueeze_last(self, x: str) -> str:
        return self.g.op("Unsqueeze", [x, self.g.const([-1])])

    def add(self, a: str, b: str) -> str:
        return self.g.op("Add", [a, b])

    def sub(self, a: str, b: str) -> str:
        return self.g.op("Sub", [a, b])

    def mul(self, a: str, b: str) -> str:
        return self.g.op("Mul", [a, b])

    def scale(self, x: str, c: float) -> str:
        return x if c == 1.0 else self._like(x, self.g.op("Mul", [x, self.g.f(c)]))

    def sigmoid(self, x: str) -> str:
        return self.g.op("Sigmoid", [x])

    def softcap(self, x: str, cap: float) -> str:
        g, c = self.g, self.g.f(cap)
        return g.op("Mul", [g.op("Tanh", [g.op("Div", [x, c])]), c], hint="softcap")

    def activation(self, z: str, layer: int) -> str:
        g, act = self.g, self.spec.activation
        if act.kind == "relu2":
            r = g.op("Relu", [z])
            return g.op("Mul", [r, r], hint="relu2")
        if act.kind == "relu":
            return g.op("Relu", [z], hint="relu")
        if act.kind == "silu":
            return g.op("Mul", [z, g.op("Sigmoid", [z])], hint="silu")
        if act.kind == "gelu_tanh":
            inner = g.op("Add", [z, g.op("Mul", [g.f(0.044715), g.op("Mul", [z, g.op("Mul", [z, z])])])])
            t = g.op("Tanh", [g.op("Mul", [inner, g.f(float(np.sqrt(2.0 / np.pi)))])])
            return g.op("Mul", [g.op("Mul", [z, g.f(0.5)]), g.op("Add", [t, g.f(1.0)])], hint="gelu_tanh")
        if act.kind == "gelu_erf":
            e = g.op("Erf", [g.op("Div", [z, g.f(float(np.sqrt(2.0)))])])
            return g.op("Mul", [g.op("Mul", [z, g.f(0.5)]), g.op("Add", [e, g.f(1.0)])], hint="gelu_erf")
        if act.kind == "eml":
            ez = g.op("Exp", [g.op("Min", [z, g.f(act.param("exp_clamp"))])])
            ln_k = g.op("Log", [self.scalar(f"blocks.{layer}.mlp.eml_k")])
            inner = g.op("Max", [g.op("Sub", [ez, ln_k]), g.f(act.param("log_floor"))])
            return g.op("Sub", [ez, g.op("Log", [inner])], hint="eml")
        raise ValueError(f"unknown activation {act.kind!r}")

    # ---- position-dependent ------------------------------------------------------------------------
    def rope(self, x: str) -> str:
        """``x [BT, heads, hd]``: the first rotary_dim channels rotated by the tables' rows at each row's position."""
        g, spec = self.g, self.spec
        assert spec.rope is not None
        if FUSED_ROPE:
            n = self._heads[x]
            x3 = g.op("Reshape", [x, g.op("Concat", [self.bt, g.const([n * spec.head_dim])], axis=0)])
            attrs: dict[str, Any] = {"interleaved": int(spec.rope.style == "interleaved"), "num_heads": n}
            if spec.rotary_dim != spec.head_dim:
                attrs["rotary_embedding_dim"] = spec.rotary_dim
            y = g.op("RotaryEmbedding", [x3, self.pos_2d, ROPE_COS, ROPE_SIN_SIGNED], hint="rope", domain=MS, **attrs)
            return self._like(x, g.op("Reshape", [y, g.const([-1, n, spec.head_dim])]))
        hd, rd = spec.head_dim, spec.rotary_dim
        if self._rope is None:  # [BT, 1, rd/2], gathered once per graph
            rows = [g.op("Unsqueeze", [g.op("Gather", [t, self.pos_bt], axis=0), g.const([1])], hint=h)
                    for t, h in ((ROPE_COS, "cos"), (ROPE_SIN, "sin"))]
            self._rope = (rows[0], rows[1])
        cos, sin = self._rope
        rest = None
        if rd != hd:
            x, rest = g.op_multi("Split", [x, g.const([rd, hd - rd])], 2, "rope.part", axis=-1)
        if spec.rope.style == "interleaved":
            pairs = g.op("Reshape", [x, g.const([0, 0, rd // 2, 2])])
            a, b = g.op_multi("Split", [pairs, g.const([1, 1])], 2, "rope.ab", axis=-1)
            c = g.op("Unsqueeze", [cos, g.const([-1])])
            s = g.op("Unsqueeze", [sin, g.const([-1])])
        else:
            a, b = g.op_multi("Split", [x, g.const([rd // 2, rd // 2])], 2, "rope.ab", axis=-1)
            c, s = cos, sin
        ac, bs, as_, bc = (g.op("Mul", [a, c]), g.op("Mul", [b, s]), g.op("Mul", [a, s]), g.op("Mul", [b, c]))
        if spec.rope.sign == 1:
            a2, b2 = g.op("Sub", [ac, bs]), g.op("Add", [as_, bc])
        else:  # a' = a c + b s, b' = -a s + b c
            a2, b2 = g.op("Add", [ac, bs]), g.op("Sub", [bc, as_])
        out = g.op("Concat", [a2, b2], axis=-1)
        if spec.rope.style == "interleaved":
            out = g.op("Reshape", [out, g.const([0, 0, rd])])
        if rest is not None:
            out = g.op("Concat", [out, rest], axis=-1)
        return self._like(x, out)

    def smear(self, x: str) -> str:
        g, spec = self.g, self.spec
        assert spec.smear is not None
        C, ch = spec.n_embd, spec.smear.channels
        x3 = g.op("Reshape", [x, self.shape_btc])
        prev = self._gather_rows("wte.weight", "past_token_ids")  # [B, 1, C]: the embedding pipeline of that token
        if spec.embed.positions == "learned":
            prev = g.op("Add", [prev, self._gather_rows("wpe.weight", g.op("Max", [g.op("Sub", [self.P, g.const(1)]),
                                                                                   g.const(0)]))])
        if spec.embed.norm:
            n = spec.norm
            prev = self.norm(prev, "embed_norm.weight" if n.weight else None, "embed_norm.bias" if n.bias else None)
        has_past = g.op("Cast", [g.op("Greater", [self.P, g.const(0)])], to=TensorProto.FLOAT)
        prev = g.op("Mul", [prev, has_past])
        head = g.op("Slice", [x3, g.const([0]), g.const([-1]), g.const([1])])
        before = g.op("Concat", [prev, head], axis=1)  # [B, T, C]: row t holds the pre-smear x[t-1]
        xc = g.op("Slice", [x, g.const([0]), g.const([ch]), g.const([1])])
        gate = g.op("Mul", [self.sigmoid(self.linear(xc, "smear_gate.weight")), self.scalar("smear_lambda")])  # [BT, 1]
        out = g.op("Add", [x, g.op("Mul", [gate, g.op("Reshape", [before, g.const([-1, C])])])], hint="smear")
        g.op("Slice", ["input_ids", g.const([-1]), g.const([np.iinfo(np.int64).max]), g.const([1])],
             out="present_token_ids")
        return out

    def _mask(self, w: int | None) -> str:
        """``[T, S]`` visibility of key j from query t = P + r: ``0 <= t - j`` (and ``< w``), one per window."""
        g = self.g
        if self._diff is None:
            self._diff = g.op("Sub", [g.op("Unsqueeze", [self.pos, g.const([1])]),
                                      g.op("Unsqueeze", [g.op("Range", [g.const(0), self.S, g.const(1)]), g.const([0])])],
                              hint="t_minus_j")
            self._masks[None] = g.op("GreaterOrEqual", [self._diff, g.const(0)], hint="causal")
        if w not in self._masks:
            self._masks[w] = g.op("And", [self._masks[None], g.op("Less", [self._diff, g.const(w)])], hint=f"window{w}")
        return self._masks[w]

    def attention(self, q: str, k: str, v: str, layer: int) -> str:
        g, spec = self.g, self.spec
        if fused_attention(spec):
            H, KV, hd = spec.n_head, spec.n_kv_head, spec.head_dim
            flat = [g.op("Reshape", [t, g.op("Concat", [self.bt, g.const([n * hd])], axis=0)])
                    for t, n in ((q, H), (k, KV), (v, KV))]
            w = spec.window[layer]
            outs = [g.name("gqa"), f"present.{layer}.key", f"present.{layer}.value"]
            g.nodes.append(helper.make_node(
                "GroupQueryAttention", [*flat, f"past_key_values.{layer}.key", f"past_key_values.{layer}.value",
                                        self.seqlens_k, self.total_len],
                outs, name=f"n{len(g.nodes)}:GroupQueryAttention", domain=MS, num_heads=H, kv_num_heads=KV,
                scale=float(spec.attn_scale), local_window_size=-1 if w is None else int(w)))
            return g.op("Reshape", [outs[0], g.const([-1, H, hd])])
        H, KV, hd, grp = spec.n_head, spec.n_kv_head, spec.head_dim, spec.kv_group
        perm = [0, 2, 1, 3]  # [B, T, heads, hd] -> [B, heads, T, hd]
        q4, k4, v4 = (g.op("Reshape", [t, self.shape_bt[n]]) for t, n in ((q, "H"), (k, "KV"), (v, "KV")))
        k_all = g.op("Concat", [f"past_key_values.{layer}.key", g.op("Transpose", [k4], perm=perm)], axis=2,
                     out=f"present.{layer}.key")
        v_all = g.op("Concat", [f"past_key_values.{layer}.value", g.op("Transpose", [v4], perm=perm)], axis=2,
                     out=f"present.{layer}.value")
        qh = g.op("Transpose", [q4], perm=perm)  # [B, H, T, hd]
        kT = g.op("Transpose", [k_all], perm=[0, 1, 3, 2])  # [B, KV, hd, S]
        if grp == 1:  # one query head per kv head: 4-D throughout (four nodes a layer fewer per step)
            qg, vg = qh, v_all
        else:  # query head h = kv * grp + j reads kv head kv: q -> [B, KV, grp, T, hd], k/v -> [B, KV, 1, S, hd]
            qg = g.op("Reshape", [qh, g.const([0, KV, grp, -1, hd])])
            kT = g.op("Unsqueeze", [kT, g.const([2])])
            vg = g.op("Unsqueeze", [v_all, g.const([2])])
        scores = g.op("Mul", [g.op("MatMul", [qg, kT]), g.f(spec.attn_scale)], hint=f"blocks.{layer}.scores")
        scores = g.op("Where", [self._mask(spec.window[layer]), scores, g.f(-np.inf)])
        p = g.op("Softmax", [scores], axis=-1)
        y = g.op("MatMul", [p, vg])  # [B, KV, grp, T, hd] ([B, H, T, hd] when grp == 1)
        if grp != 1:
            y = g.op("Reshape", [y, g.const([0, H, -1, hd])])
        y = g.op("Transpose", [y], perm=perm)  # [B, T, H, hd]
        return g.op("Reshape", [y, g.const([-1, H, hd])])

    def head_rows(self, x: str) -> str:
        """The last ``num_logits_to_keep`` rows of every sequence (all rows when it is 0, the default)."""
        g = self.g
        k = g.op("Reshape", [KEEP, g.const([1])], hint="keep")
        last_k = g.op("Max", [g.op("Sub", [self.T1, k]), g.const([0])])  # keep >= seq: every row
        start = g.op("Where", [g.op("Greater", [k, g.const([0])]), last_k, g.const([0])], hint="first")
        rows = g.op("Slice", [g.op("Reshape", [x, self.shape_btc]), start, self.T1, g.const([1])], hint="head_rows")
        return g.op("Reshape", [rows, g.const([-1, self.spec.n_embd])])

    def tap(self, name: str, x: str) -> str:
        return self.g.op("Identity", [x], out=TAP_SRC + name)

    # ---- graph -------------------------------------------------------------------------------------
    def build(self) -> tuple[list[onnx.ValueInfoProto], list[onnx.ValueInfoProto]]:
        spec, g = self.spec, self.g
        KV, hd, C = spec.n_kv_head, spec.head_dim, spec.n_embd
        f32, i64 = TensorProto.FLOAT, TensorProto.INT64

        inputs = [helper.make_tensor_value_info("input_ids", i64, ["batch", "seq"]),
                  helper.make_tensor_value_info(KEEP, i64, [])]
        outputs = [helper.make_tensor_value_info("logits", f32, ["batch", "logits_seq", spec.vocab_size])]
        for i in range(spec.n_layer):
            for kv in ("key", "value"):
                inputs.append(helper.make_tensor_value_info(f"past_key_values.{i}.{kv}", f32,
                                                            ["batch", KV, "past_len", hd]))
                outputs.append(helper.make_tensor_value_info(f"present.{i}.{kv}", f32,
                                                             ["batch", KV, "total_len", hd]))
        if spec.smear is not None:
            inputs.append(helper.make_tensor_value_info("past_token_ids", i64, ["batch", 1]))
            outputs.append(helper.make_tensor_value_info("present_token_ids", i64, ["batch", 1]))

        for name in sorted(self.w):
            _weight_init(g, name, self.w[name])
        if spec.rope is not None:
            cos_t, sin_t = rope_initializers(spec)
            g.init(ROPE_COS, cos_t)
            if FUSED_ROPE:
                g.init(ROPE_SIN_SIGNED, (sin_t * np.float32(spec.rope.sign)).astype(np.float32))
            else:
                g.init(ROPE_SIN, sin_t)

        # shapes: bt = [B, T]; P = past_len; positions P .. P+T-1, and per row of the [B*T] stream
        bt = g.op("Shape", ["input_ids"], hint="bt")
        T = g.op("Gather", [bt, g.const(1)], hint="T", axis=0)
        self.T1 = g.op("Gather", [bt, g.const([1])], hint="T1", axis=0)
        B = g.op("Gather", [bt, g.const([0])], hint="B", axis=0)
        self.P = g.op("Gather", [g.op("Shape", ["past_key_values.0.key"]), g.const(2)], hint="P", axis=0)
        self.S = g.op("Add", [self.P, T], hint="S")
        self.pos = g.op("Range", [self.P, self.S, g.const(1)], hint="pos")
        self.pos_bt = g.op("Tile", [self.pos, B], hint="pos_bt")
        self.bt = bt
        self.pos_2d = g.op("Reshape", [self.pos_bt, bt], hint="pos_2d")
        self.total_len = g.op("Cast", [self.S], to=TensorProto.INT32, hint="total_len")
        self.seqlens_k = g.op("Cast", [g.op("Expand", [g.op("Sub", [self.S, g.const(1)]), B])], to=TensorProto.INT32,
                              hint="seqlens_k")
        self.ids_flat = g.op("Reshape", ["input_ids", g.const([-1])], hint="ids_flat")
        self.shape_btc = g.op("Concat", [bt, g.const([C])], axis=0, hint="shape")
        self.shape_bt = {n: g.op("Concat", [bt, g.const(list(tail))], axis=0, hint="shape")
                         for n, tail in (("H", [spec.n_head, hd]), ("KV", [KV, hd]))}

        logits = forward(spec, self)
        g.op("Reshape", [logits, g.op("Concat", [g.op("Gather", [bt, g.const([0])], axis=0), g.const([-1, spec.vocab_size])],
                                      axis=0)], out="logits")
        return inputs, outputs


def build_model(bundle: Bundle, *, taps: bool = False, int8_matmul: str = "dequantize") -> onnx.ModelProto:
    """The ONNX model of ``bundle`` (see the module docstring for its I/O); ``taps`` adds ``tap.*`` outputs.

    ``int8_matmul`` (int8 bundles only) selects how int8 weights meet activations; exports always use
    ``"dequantize"`` (reference-exact); ``"integer"`` exists to measure the alternative (benchmarks/bench_onnx.py).
    """
    spec = bundle.spec
    m = _OnnxPass(spec, dict(bundle.weights), int8_matmul)
    inputs, outputs = m.build()
    graph = helper.make_graph(m.g.nodes, "emlx_decoder", inputs, outputs, initializer=m.g.inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET), helper.make_opsetid(MS, 1)], producer_name="emlx",
                              producer_version=bundle.generated_by.rsplit(" ", 1)[-1] or "0")
    model.ir_version = 8  # opset 17 with IR 8: readable by onnxruntime >= 1.13 (and -web / -node)
    if taps:
        model = with_tap_outputs(model, spec)
    return model


def with_tap_outputs(model: onnx.ModelProto, spec: ModelSpec) -> onnx.ModelProto:
    """A copy of ``model`` with an output ``tap.<name>`` for every tap of FORMATS.md, shaped like the
    reference's tap with a leading batch dim (``tap.embed`` ``[batch, seq, n_embd]``, ``tap.blocks.0.attn.q``
    ``[batch, seq, n_head, head_dim]``)."""
    out = onnx.ModelProto()
    out.CopyFrom(model)
    known = {o for n in out.graph.node for o in n.output}
    tails = {"attn.q": [spec.n_head, spec.head_dim], "attn.k": [spec.n_kv_head, spec.head_dim],
             "attn.v": [spec.n_kv_head, spec.head_dim]}
    bt = "tap/bt"
    out.graph.node.append(helper.make_node("Shape", ["input_ids"], [bt], name="tap:Shape"))
    for name in tap_names(spec.n_layer):
        src = TAP_SRC + name
        if src not in known:
            raise ValueError(f"model has no value {src!r}; was it built by emlx.onnx.graph?")
        kind = name.split(".", 2)[-1] if name.startswith("blocks.") else name
        tail = tails.get(kind, [spec.vocab_size if name == "logits" else spec.n_embd])
        tail_name = f"tap/{name}.tail"
        out.graph.initializer.append(numpy_helper.from_array(np.asarray(tail, dtype=np.int64), tail_name))
        shape = f"tap/{name}.shape"
        out.graph.node.append(helper.make_node("Concat", [bt, tail_name], [shape], name=f"tap:{name}:shape", axis=0))
        out.graph.node.append(helper.make_node("Reshape", [src, shape], [f"tap.{name}"], name=f"tap:{name}"))
        out.graph.output.append(helper.make_tensor_value_info(f"tap.{name}", TensorProto.FLOAT,
                                                              ["batch", "seq", *tail]))
    return out
