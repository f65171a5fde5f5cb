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
(axis 0) turns into ``q * scale`` -- the same float32 numbers the reference computes with. The only other
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
from emlx.rope import rope_tables
from emlx.spec import ModelSpec

__all__ = ["OPSET", "MIN_ROPE_POSITIONS", "build_model", "max_positions", "rope_initializers", "tap_names",
           "with_tap_outputs"]

OPSET = 17
# RoPE tables cover positions 0 .. max_positions(spec) - 1 (a Gather past the end is a runtime error).
MIN_ROPE_POSITIONS = 8192
ROPE_COS, ROPE_SIN = "rope.cos", "rope.sin"
TAP_SRC = "tap_src."
# "dequantize": DequantizeLinear(q, per-row scale, axis 0) -> Gemm, the same float32 weights as the reference.
# "integer": DynamicQuantizeLinear(x) + MatMulInteger; faster but quantises activations too (benchmarks only).
INT8_MATMULS = ("dequantize", "integer")


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
        self.inits.append(numpy_helper.from_array(np.ascontiguousarray(arr), name))
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
    else:
        g.init(name, t.data.astype(np.float32))


class _Model:
    """Emits the forward of one spec into a _G. Residual stream is 2-D ``[batch*seq, n_embd]``."""

    def __init__(self, spec: ModelSpec, weights: dict[str, StoredTensor], int8_matmul: str = "dequantize") -> None:
        self.spec, self.w, self.g = spec, weights, _G()
        if int8_matmul not in INT8_MATMULS:
            raise ValueError(f"int8_matmul must be one of {INT8_MATMULS}, got {int8_matmul!r}")
        self.int8_matmul = int8_matmul

    # ---- weights -----------------------------------------------------------------------------------
    def dense(self, name: str) -> str:
        """The float32 value of a whole weight (DequantizeLinear for int8)."""
        t = self.w[name]
        if t.dtype == "int8":
            return self.g.op("DequantizeLinear", [name, f"{name}.scale"], hint=f"{name}.dq", axis=0)
        return name

    def linear(self, x2: str, name: str) -> str:
        """``x2 [M, in] @ W.T`` for a canonical ``W [out, in]``."""
        g, hint = self.g, name.rsplit(".weight", 1)[0]
        if self.w[name].dtype == "int8" and self.int8_matmul == "integer":
            # benchmark variant: activations quantised per tensor to uint8 at run time (not reference-exact)
            xq, xs, xzp = g.op_multi("DynamicQuantizeLinear", [x2], 3, f"{hint}.xq")
            acc = g.op("MatMulInteger", [xq, g.op("Transpose", [name], perm=[1, 0]), xzp], hint=f"{hint}.acc")
            return g.op("Mul", [g.op("Cast", [acc], to=TensorProto.FLOAT), g.op("Mul", [xs, f"{name}.scale"])], hint=hint)
        return g.op("Gemm", [x2, self.dense(name)], hint=hint, transB=1)

    def rows(self, name: str, ids: str) -> str:
        """``W[ids]`` (float32); for int8 the gathered rows times their gathered scales."""
        g, t = self.g, self.w[name]
        r = g.op("Gather", [name, ids], hint=f"{name}.rows", axis=0)
        if t.dtype != "int8":
            return r
        s = g.op("Gather", [f"{name}.scale", ids], hint=f"{name}.rows_scale", axis=0)
        return g.op("Mul", [g.op("Cast", [r], to=TensorProto.FLOAT), g.op("Unsqueeze", [s, g.const([-1])])])

    def scalar(self, name: str) -> str:
        return self.g.op("Reshape", [name, self.g.const([], np.int64)], hint=name)

    # ---- ops ---------------------------------------------------------------------------------------
    def norm(self, x: str) -> str:
        g = self.g
        ms = g.op("ReduceMean", [g.op("Mul", [x, x])], axes=[-1], keepdims=1)
        return g.op("Div", [x, g.op("Sqrt", [g.op("Add", [ms, g.f(self.spec.norm_eps)])])], hint="norm")

    def sigmoid(self, x: str) -> str:
        return self.g.op("Sigmoid", [x])

    def rope(self, x: str, cos: str, sin: str) -> str:
        """``x [B, T, heads, hd]``; ``cos``/``sin`` broadcastable pairs (see build)."""
        g, spec = self.g, self.spec
        hd = spec.head_dim
        if spec.rope.style == "interleaved":
            pairs = g.op("Reshape", [x, g.const([0, 0, 0, hd // 2, 2])])
            a, b = g.op_multi("Split", [pairs, g.const([1, 1])], 2, "rope.ab", axis=-1)
            c = g.op("Unsqueeze", [cos, g.const([-1])])
            s = g.op("Unsqueeze", [sin, g.const([-1])])
        else:
            a, b = g.op_multi("Split", [x, g.const([hd // 2, hd // 2])], 2, "rope.ab", axis=-1)
            c, s = cos, sin
        ac, bs, as_, bc = (g.op("Mul", [a, c]), g.op("Mul", [b, s]), g.op("Mul", [a, s]), g.op("Mul", [b, c]))
        if spec.rope.sign == 1:
            a2, b2 = g.op("Sub", [ac, bs]), g.op("Add", [as_, bc])
        else:  # a' = a c + b s, b' = -a s + b c
            a2, b2 = g.op("Add", [ac, bs]), g.op("Sub", [bc, as_])
        out = g.op("Concat", [a2, b2], axis=-1)
        if spec.rope.style == "interleaved":
            out = g.op("Reshape", [out, g.const([0, 0, 0, hd])])
        return out

    def activation(self, z: str, layer: int) -> str:
        g, act = self.g, self.spec.activation
        if act.kind == "relu2":
            r = g.op("Relu", [z])
            return g.op("Mul", [r, r], hint="relu2")
        if act.kind == "eml":
            ez = g.op("Exp", [g.op("Min", [z, g.f(act.param("exp_clamp"))])])
            ln_k = g.op("Log", [self.scalar(f"blocks.{layer}.mlp.eml_k")])
            inner = g.op("Max", [g.op("Sub", [ez, ln_k]), g.f(act.param("log_floor"))])
            return g.op("Sub", [ez, g.op("Log", [inner])], hint="eml")
        raise ValueError(f"unknown activation {act.kind!r}")

    # ---- graph -------------------------------------------------------------------------------------
    def build(self) -> tuple[list[onnx.ValueInfoProto], list[onnx.ValueInfoProto]]:
        spec, g = self.spec, self.g
        H, KV, hd, C = spec.n_head, spec.n_kv_head, spec.head_dim, spec.n_embd
        grp = spec.kv_group
        f32, i64 = TensorProto.FLOAT, TensorProto.INT64

        inputs = [helper.make_tensor_value_info("input_ids", i64, ["batch", "seq"])]
        outputs = [helper.make_tensor_value_info("logits", f32, ["batch", "seq", spec.vocab_size])]
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
        cos_t, sin_t = rope_initializers(spec)
        g.init(ROPE_COS, cos_t)
        g.init(ROPE_SIN, sin_t)

        # shapes: bt = [B, T]; P = past_len; positions P .. P+T-1
        bt = g.op("Shape", ["input_ids"], hint="bt")
        T = g.op("Gather", [bt, g.const(1)], hint="T", axis=0)
        P = g.op("Gather", [g.op("Shape", ["past_key_values.0.key"]), g.const(2)], hint="P", axis=0)
        S = g.op("Add", [P, T], hint="S")
        pos = g.op("Range", [P, S, g.const(1)], hint="pos")
        ids_flat = g.op("Reshape", ["input_ids", g.const([-1])], hint="ids_flat")
        shape_bt = {n: g.op("Concat", [bt, g.const(list(tail))], axis=0, hint="shape")
                    for n, tail in (("C", [C]), ("H", [H, hd]), ("KV", [KV, hd]))}

        # embedding (+ smear)
        x = self.norm(self.rows("wte.weight", ids_flat))  # [BT, C]
        if spec.smear is not None:
            ch = spec.smear.channels
            x3 = g.op("Reshape", [x, shape_bt["C"]])
            prev = self.norm(self.rows("wte.weight", "past_token_ids"))  # [B, 1, C]
            has_past = g.op("Cast", [g.op("Greater", [P, g.const(0)])], to=f32)
            prev = g.op("Mul", [prev, has_past])
            head = g.op("Slice", [x3, g.const([0]), g.const([-1]), g.const([1])])
            before = g.op("Concat", [prev, head], axis=1)  # [B, T, C]: row t holds the pre-smear x[t-1]
            xc = g.op("Slice", [x, g.const([0]), g.const([ch]), g.const([1])])
            gate = g.op("Mul", [self.sigmoid(self.linear(xc, "smear_gate.weight")),
                                self.scalar("smear_lambda")])  # [BT, 1]
            x = g.op("Add", [x, g.op("Mul", [gate, g.op("Reshape", [before, g.const([-1, C])])])], hint="smear")
            g.op("Slice", ["input_ids", g.const([-1]), g.const([np.iinfo(np.int64).max]), g.const([1])],
                 out="present_token_ids")
        x0 = g.op("Identity", [x], out=TAP_SRC + "embed")

        # rope tables for these positions, broadcast over [B, T, heads, hd/2]
        cos = g.op("Unsqueeze", [g.op("Gather", [ROPE_COS, pos], axis=0), g.const([0, 2])], hint="cos")
        sin = g.op("Unsqueeze", [g.op("Gather", [ROPE_SIN, pos], axis=0), g.const([0, 2])], hint="sin")

        # window masks [T, S] per distinct window: key j visible from query t = P + r iff 0 <= t - j < w
        diff = g.op("Sub", [g.op("Unsqueeze", [pos, g.const([1])]),
                            g.op("Unsqueeze", [g.op("Range", [g.const(0), S, g.const(1)]), g.const([0])])], hint="t_minus_j")
        causal = g.op("GreaterOrEqual", [diff, g.const(0)], hint="causal")
        masks: dict[int | None, str] = {}
        for w in spec.window:
            if w not in masks:
                masks[w] = causal if w is None else g.op("And", [causal, g.op("Less", [diff, g.const(w)])],
                                                         hint=f"window{w}")
        neg_inf = g.f(-np.inf)
        att_scale = g.f(1.0 / np.sqrt(hd))
        ve_layers = set(spec.value_embed.layers) if spec.value_embed is not None else set()
        x_backout = None

        for i in range(spec.n_layer):
            b = f"blocks.{i}"
            x = g.op("Add", [g.op("Mul", [g.op("Gather", ["resid_lambdas", g.const(i)], axis=0), x]),
                             g.op("Mul", [g.op("Gather", ["x0_lambdas", g.const(i)], axis=0), x0])], hint=f"{b}.in")
            h = self.norm(x)
            q = g.op("Reshape", [self.linear(h, f"{b}.attn.c_q.weight"), shape_bt["H"]])
            k = g.op("Reshape", [self.linear(h, f"{b}.attn.c_k.weight"), shape_bt["KV"]])
            v = self.linear(h, f"{b}.attn.c_v.weight")
            if i in ve_layers:
                assert spec.value_embed is not None
                hc = g.op("Slice", [h, g.const([0]), g.const([spec.value_embed.gate_channels]), g.const([1])])
                gate = g.op("Mul", [self.sigmoid(self.linear(hc, f"{b}.attn.ve_gate.weight")),
                                    g.f(spec.value_embed.gate_scale)])  # [BT, KV]
                ve = g.op("Reshape", [self.rows(f"value_embeds.{i}.weight", ids_flat), g.const([-1, KV, hd])])
                v3 = g.op("Reshape", [v, g.const([-1, KV, hd])])
                v = g.op("Add", [v3, g.op("Mul", [g.op("Unsqueeze", [gate, g.const([-1])]), ve])])
            v = g.op("Reshape", [v, shape_bt["KV"]], out=TAP_SRC + f"{b}.attn.v")
            q = self.norm(self.rope(q, cos, sin))
            k = self.norm(self.rope(k, cos, sin))
            if spec.qk_scale != 1.0:
                q = g.op("Mul", [q, g.f(spec.qk_scale)])
                k = g.op("Mul", [k, g.f(spec.qk_scale)])
            q = g.op("Identity", [q], out=TAP_SRC + f"{b}.attn.q")
            k = g.op("Identity", [k], out=TAP_SRC + f"{b}.attn.k")

            perm = [0, 2, 1, 3]  # [B, T, heads, hd] -> [B, heads, T, hd]
            k_all = g.op("Concat", [f"past_key_values.{i}.key", g.op("Transpose", [k], perm=perm)], axis=2,
                         out=f"present.{i}.key")
            v_all = g.op("Concat", [f"past_key_values.{i}.value", g.op("Transpose", [v], perm=perm)], axis=2,
                         out=f"present.{i}.value")
            # query head h = kv * grp + j reads kv head kv: q -> [B, KV, grp, T, hd], k/v -> [B, KV, 1, S, hd]
            qg = g.op("Reshape", [g.op("Transpose", [q], perm=perm), g.const([0, KV, grp, -1, hd])])
            kT = g.op("Unsqueeze", [g.op("Transpose", [k_all], perm=[0, 1, 3, 2]), g.const([2])])
            vg = g.op("Unsqueeze", [v_all, g.const([2])])
            scores = g.op("Mul", [g.op("MatMul", [qg, kT]), att_scale], hint=f"{b}.scores")  # [B, KV, grp, T, S]
            scores = g.op("Where", [masks[spec.window[i]], scores, neg_inf])
            p = g.op("Softmax", [scores], axis=-1)
            y = g.op("MatMul", [p, vg])  # [B, KV, grp, T, hd]
            y = g.op("Reshape", [g.op("Transpose", [g.op("Reshape", [y, g.const([0, H, -1, hd])])], perm=perm),
                                 g.const([-1, H * hd])])
            attn_out = g.op("Identity", [self.linear(y, f"{b}.attn.c_proj.weight")], out=TAP_SRC + f"{b}.attn_out")
            x = g.op("Add", [x, attn_out])
            z = self.linear(self.norm(x), f"{b}.mlp.c_fc.weight")
            mlp_out = g.op("Identity", [self.linear(self.activation(z, i), f"{b}.mlp.c_proj.weight")],
                           out=TAP_SRC + f"{b}.mlp_out")
            x = g.op("Add", [x, mlp_out], out=TAP_SRC + f"{b}.out")
            if spec.backout is not None and i == spec.backout.layer:
                x_backout = x

        if spec.backout is not None:
            assert x_backout is not None
            x = g.op("Sub", [x, g.op("Mul", [self.scalar("backout_lambda"), x_backout])], hint="backout")
        xf = g.op("Identity", [self.norm(x)], out=TAP_SRC + "final_norm")
        logits = self.linear(xf, "lm_head.weight")  # [BT, padded_vocab]
        if spec.padded_vocab_size != spec.vocab_size:
            logits = g.op("Slice", [logits, g.const([0]), g.const([spec.vocab_size]), g.const([1])], hint="vocab")
        if spec.softcap is not None:
            cap = g.f(spec.softcap)
            logits = g.op("Mul", [g.op("Tanh", [g.op("Div", [logits, cap])]), cap], hint="softcap")
        logits = g.op("Identity", [logits], out=TAP_SRC + "logits")
        g.op("Reshape", [logits, g.op("Concat", [bt, g.const([spec.vocab_size])], axis=0)], out="logits")
        return inputs, outputs


def build_model(bundle: Bundle, *, taps: bool = False, int8_matmul: str = "dequantize") -> onnx.ModelProto:
    """The ONNX model of ``bundle`` (see the module docstring for its I/O); ``taps`` adds ``tap.*`` outputs.

    ``int8_matmul`` (int8 bundles only) selects how int8 weights meet activations; exports always use
    ``"dequantize"`` (reference-exact); ``"integer"`` exists to measure the alternative (benchmarks/bench_onnx.py).
    """
    spec = bundle.spec
    m = _Model(spec, dict(bundle.weights), int8_matmul)
    inputs, outputs = m.build()
    graph = helper.make_graph(m.g.nodes, "emlx_decoder", inputs, outputs, initializer=m.g.inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="emlx",
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
