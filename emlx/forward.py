"""The forward pass of the block recipe, written once (docs/FORMATS.md "Forward").

``forward(spec, ops)`` is the only description of the model in Python: it reads the ModelSpec and calls the
operations of an :class:`Ops` backend, which either computes them (``emlx.verify.reference``: float64 NumPy, the
ground truth) or emits them (``emlx.onnx.graph``: an ONNX graph in float32). A value is whatever the backend uses
(an array, an ONNX value name); the forward never looks inside one, never branches on ``spec.family``, and names
every tensor by its canonical name (``emlx/spec_schema.py`` "tensors").

Adding an architecture feature = a recipe key in the schema, a branch here, and the op in each backend.

May import: emlx.spec (layer 1). Imported by emlx.verify.reference and emlx.onnx.graph.
"""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar

from emlx.spec import ModelSpec

__all__ = ["Ops", "forward", "head_name"]

T = TypeVar("T")


class Ops(Protocol[T]):
    """What the forward asks of a backend. Shapes are the reference's (a backend may add a batch dimension):
    rows ``[T, C]``, heads ``[T, n, head_dim]``; ``T`` is the number of new positions of the pass."""

    def embed(self, name: str) -> T:
        """Rows of table ``name`` for the pass's token ids (``wte``, a value-embedding table)."""
        ...

    def add_positions(self, x: T, name: str) -> T:
        """``x + name[pos]`` for the pass's absolute positions (learned position embeddings)."""
        ...

    def norm(self, x: T, weight: str | None, bias: str | None) -> T:
        """The recipe's norm (spec.norm.kind, spec.norm_eps) over the last axis, ``* weight`` and ``+ bias`` when
        named."""
        ...

    def linear(self, x: T, weight: str, bias: str | None = None, rows: int | None = None) -> T:
        """``x @ weight.T (+ bias)`` for a stored ``[out, in]`` weight (only its first ``rows`` rows when given)."""
        ...

    def heads(self, x: T, n: int) -> T:
        """``[T, n * head_dim]`` -> ``[T, n, head_dim]``."""
        ...

    def merge_heads(self, x: T) -> T:
        """``[T, n, head_dim]`` -> ``[T, n * head_dim]``."""
        ...

    def value_gate(self, h: T, weight: str) -> T:
        """The value-embedding gate ``gate_scale * sigmoid(h[:, :gate_channels] @ weight.T)`` (spec.value_embed),
        ``[T, n_kv_head]``."""
        ...

    def unsqueeze_last(self, x: T) -> T:
        """``x[..., None]``."""
        ...

    def element(self, name: str, i: int) -> T:
        """Element ``i`` of vector weight ``name`` (a per-layer scalar)."""
        ...

    def scalar(self, name: str) -> T:
        """A scalar weight (shape ``[]`` or ``[1]``)."""
        ...

    def add(self, a: T, b: T) -> T: ...

    def sub(self, a: T, b: T) -> T: ...

    def mul(self, a: T, b: T) -> T: ...

    def scale(self, x: T, c: float) -> T:
        """``x * c`` for a constant ``c`` (exact when ``c`` is 1)."""
        ...

    def sigmoid(self, x: T) -> T: ...

    def activation(self, z: T, layer: int) -> T:
        """The MLP activation of spec.activation (eml reads ``blocks.{layer}.mlp.eml_k``)."""
        ...

    def rope(self, x: T) -> T:
        """RoPE of spec.rope at the pass's positions on ``[T, n, head_dim]``."""
        ...

    def attention(self, q: T, k: T, v: T, layer: int) -> T:
        """Softmax attention of the pass's queries over the keys visible to each (the cache's and the pass's own,
        within ``spec.window[layer]``), GQA, scale ``spec.attn_scale``; keeps ``k``/``v`` for later passes.
        Returns ``[T, n_head, head_dim]``."""
        ...

    def smear(self, x: T) -> T:
        """nanochat's smear (spec.smear) of the normed embedding rows, using the previous token's row."""
        ...

    def softcap(self, x: T, cap: float) -> T:
        """``cap * tanh(x / cap)``."""
        ...

    def head_rows(self, x: T) -> T:
        """The rows of the final residual whose logits the caller wants (all of them, unless the backend was asked for
        the last few only: onnx ``num_logits_to_keep``)."""
        ...

    def tap(self, name: str, x: T) -> T:
        """Record tap ``name`` (docs/FORMATS.md "Taps"); returns ``x``."""
        ...


def head_name(spec: ModelSpec) -> str:
    """The weight the logits come from: ``wte.weight`` when the head is tied, else ``lm_head.weight``."""
    return "wte.weight" if spec.embed.tied else "lm_head.weight"


class _Recipe(Generic[T]):
    """The recipe's parts as small functions over ``ops``."""

    def __init__(self, spec: ModelSpec, ops: Ops[T]) -> None:
        self.spec, self.ops = spec, ops

    def norm(self, x: T, name: str) -> T:
        n = self.spec.norm
        return self.ops.norm(x, f"{name}.weight" if n.weight else None, f"{name}.bias" if n.bias else None)

    def linear(self, x: T, name: str, bias: bool) -> T:
        return self.ops.linear(x, f"{name}.weight", f"{name}.bias" if bias else None)

    def qk(self, x: T, norm_name: str) -> T:
        """q or k as attention uses them: per-head norm before or after RoPE, then qk_scale."""
        spec, ops = self.spec, self.ops
        qn = spec.qk_norm
        weight = f"{norm_name}.weight" if qn is not None and qn.weight else None
        if qn is not None and qn.order == "before_rope":
            x = ops.norm(x, weight, None)
        if spec.rope is not None:
            x = ops.rope(x)
        if qn is not None and qn.order == "after_rope":
            x = ops.norm(x, weight, None)
        return ops.scale(x, spec.qk_scale)


def forward(spec: ModelSpec, ops: Ops[T]) -> T:
    """The logits ``[T, vocab_size]`` of one pass over the backend's ids, taps recorded through ``ops.tap``."""
    r: _Recipe[T] = _Recipe(spec, ops)
    H, KV = spec.n_head, spec.n_kv_head
    ve_layers = set(spec.value_embed.layers) if spec.value_embed is not None else set()

    x = ops.embed("wte.weight")
    if spec.embed.positions == "learned":
        x = ops.add_positions(x, "wpe.weight")
    if spec.embed.norm:
        x = r.norm(x, "embed_norm")
    if spec.smear is not None:
        x = ops.smear(x)
    x0 = ops.tap("embed", x)

    x_backout = None
    for i in range(spec.n_layer):
        b = f"blocks.{i}"
        if spec.residual == "lambdas":
            x = ops.add(ops.mul(ops.element("resid_lambdas", i), x), ops.mul(ops.element("x0_lambdas", i), x0))
        h = r.norm(x, f"{b}.attn_norm")
        q = ops.heads(r.linear(h, f"{b}.attn.c_q", spec.attn.qkv_bias), H)
        k = ops.heads(r.linear(h, f"{b}.attn.c_k", spec.attn.qkv_bias), KV)
        v = ops.heads(r.linear(h, f"{b}.attn.c_v", spec.attn.qkv_bias), KV)
        if i in ve_layers:
            assert spec.value_embed is not None
            gate = ops.value_gate(h, f"{b}.attn.ve_gate.weight")  # [T, n_kv_head]: one gate per kv head
            v = ops.add(v, ops.mul(ops.unsqueeze_last(gate), ops.heads(ops.embed(f"value_embeds.{i}.weight"), KV)))
        q = ops.tap(f"{b}.attn.q", r.qk(q, f"{b}.attn.q_norm"))
        k = ops.tap(f"{b}.attn.k", r.qk(k, f"{b}.attn.k_norm"))
        v = ops.tap(f"{b}.attn.v", v)
        y = ops.attention(q, k, v, i)
        x = ops.add(x, ops.tap(f"{b}.attn_out", r.linear(ops.merge_heads(y), f"{b}.attn.c_proj", spec.attn.out_bias)))
        m = r.norm(x, f"{b}.mlp_norm")
        if spec.mlp.gated:
            u = ops.mul(ops.activation(r.linear(m, f"{b}.mlp.c_gate", spec.mlp.bias), i),
                        r.linear(m, f"{b}.mlp.c_fc", spec.mlp.bias))
        else:
            u = ops.activation(r.linear(m, f"{b}.mlp.c_fc", spec.mlp.bias), i)
        x = ops.add(x, ops.tap(f"{b}.mlp_out", r.linear(u, f"{b}.mlp.c_proj", spec.mlp.bias)))
        x = ops.tap(f"{b}.out", x)
        if spec.backout is not None and i == spec.backout.layer:
            x_backout = x

    if spec.backout is not None:
        assert x_backout is not None
        x = ops.sub(x, ops.mul(ops.scalar("backout_lambda"), x_backout))
    xf = ops.tap("final_norm", r.norm(ops.head_rows(x), "final_norm"))
    logits = ops.linear(xf, head_name(spec), rows=spec.vocab_size)
    if spec.softcap is not None:
        logits = ops.softcap(logits, spec.softcap)
    return ops.tap("logits", logits)
