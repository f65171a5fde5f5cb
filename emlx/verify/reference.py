"""The NumPy reference model: float64, the backend of ``emlx.forward`` that computes (the ground truth).

``emlx/forward.py`` writes the block recipe once; this module supplies its operations in float64 NumPy (an
:class:`~emlx.forward.Ops` backend), the KV cache, greedy decoding and taps. Nothing here looks at
``spec.family``. The small pure functions at the top are named like their counterparts in the JS port (``js/src``)
so that a parity failure points at one function:

``rms_norm``, ``layer_norm``, ``rope_tables``, ``apply_rope``, ``attention_mask``, ``attention``,
``value_embed_gate``, ``smear``, ``activation``, ``softcap``.

Two paths compute the same thing:

* :meth:`Reference.forward` — stateless, over a whole sequence, optionally with named taps.
* :meth:`Reference.step` with a :class:`KVCache` — feeds new tokens only; cached keys/values are kept per
  layer and old keys outside a layer's window are never attended (nor even sliced into the computation).

Weights are the canonical tensors (``emlx/spec_schema.py`` "tensors") in any float dtype, or a :class:`LazyWeights`
mapping that produces each one when it is used (an int8 bundle dequantised tensor by tensor). They are never all
converted to float64 at once: every product widens its weight into a reusable float64 buffer of that shape just
before the float64 matmul, so the arithmetic is exactly the all-float64 path's (the widening is exact) while the
resident memory stays at the stored weights plus one float64 buffer per distinct weight shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterator, Mapping, Sequence

import numpy as np

from emlx.forward import Ops, forward
from emlx.rope import rope_tables, round_to_table_dtype
from emlx.spec import ModelSpec
from emlx.spec_schema import check_tensors

__all__ = [
    "ForwardOutput",
    "GreedyOutput",
    "KVCache",
    "LazyWeights",
    "Reference",
    "activation",
    "apply_rope",
    "attention",
    "attention_mask",
    "layer_norm",
    "round_to_table_dtype",
    "rms_norm",
    "rope_tables",
    "sigmoid",
    "smear",
    "softcap",
    "value_embed_gate",
]


# ==================================================================================================
# pure building blocks (float64 in, float64 out unless stated)


def rms_norm(x: np.ndarray, eps: float) -> np.ndarray:
    """Parameter-free RMS norm over the last axis: ``x / sqrt(mean(x^2) + eps)``."""
    x = np.asarray(x, dtype=np.float64)
    return x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps)


def layer_norm(x: np.ndarray, eps: float) -> np.ndarray:
    """Parameter-free LayerNorm over the last axis: ``(x - mean) / sqrt(mean((x - mean)^2) + eps)``."""
    x = np.asarray(x, dtype=np.float64)
    c = x - np.mean(x, axis=-1, keepdims=True)
    return c / np.sqrt(np.mean(c * c, axis=-1, keepdims=True) + eps)


def sigmoid(x: np.ndarray) -> np.ndarray:
    """Numerically stable logistic function (no overflow warnings for large |x|)."""
    x = np.asarray(x, dtype=np.float64)
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _rope_pairs(x: np.ndarray, style: str) -> tuple[np.ndarray, np.ndarray]:
    half = x.shape[-1] // 2
    if style == "interleaved":
        return x[..., 0::2], x[..., 1::2]
    if style == "half":
        return x[..., :half], x[..., half:]
    raise ValueError(f"unknown rope style {style!r}; expected 'interleaved' or 'half'")


def apply_rope(x: np.ndarray, cos: np.ndarray, sin: np.ndarray, spec: ModelSpec) -> np.ndarray:
    """Rotate each channel pair ``(a, b)`` of the first ``rotary_dim`` channels of ``x [T, heads, head_dim]`` by
    ``sign * theta``; the other channels pass through.

    ``a' = a cos - sign * b sin``, ``b' = sign * a sin + b cos``; ``cos``/``sin`` are ``[T, rotary_dim/2]``.
    Pair ``i`` is ``(2i, 2i+1)`` for ``interleaved`` and ``(i, i + rotary_dim/2)`` for ``half``.
    """
    assert spec.rope is not None
    x = np.asarray(x, dtype=np.float64)
    rd = spec.rotary_dim
    s = float(spec.rope.sign)
    c = np.asarray(cos, dtype=np.float64)[:, None, :]
    sn = np.asarray(sin, dtype=np.float64)[:, None, :]
    rot = x[..., :rd]
    a, b = _rope_pairs(rot, spec.rope.style)
    a2 = a * c - s * b * sn
    b2 = s * a * sn + b * c
    out = np.empty_like(x)
    if spec.rope.style == "interleaved":
        out[..., 0:rd:2], out[..., 1:rd:2] = a2, b2
    else:
        out[..., :rd // 2], out[..., rd // 2:rd] = a2, b2
    out[..., rd:] = x[..., rd:]
    return out


def attention_mask(T_q: int, T_k: int, offset: int, window: int | None) -> np.ndarray:
    """Boolean visibility ``[T_q, T_k]``: query row ``r`` sits at key index ``t = r + offset``.

    Key ``j`` is visible iff ``j <= t`` and (``window`` is None or ``t - j < window``), i.e. a window is the
    number of visible keys including the query's own position.
    """
    t = np.arange(T_q)[:, None] + offset
    j = np.arange(T_k)[None, :]
    visible = j <= t
    if window is not None:
        visible &= (t - j) < window
    return visible


def attention(q: np.ndarray, k: np.ndarray, v: np.ndarray, window: int | None, offset: int = 0,
              scale: float | None = None) -> np.ndarray:
    """Windowed causal softmax attention with grouped kv heads.

    ``q [T_q, n_head, hd]``, ``k``/``v`` ``[T_k, n_kv_head, hd]``; query head ``h`` reads kv head
    ``h // (n_head / n_kv_head)``. ``offset`` is the key index of the first query (``T_k - T_q`` when the
    queries are the last rows of the keys). ``scale`` defaults to ``1/sqrt(hd)``. Returns ``[T_q, n_head, hd]``.
    """
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    v = np.asarray(v, dtype=np.float64)
    T_q, n_head, hd = q.shape
    T_k, n_kv, _ = k.shape
    if n_head % n_kv:
        raise ValueError(f"n_head {n_head} is not a multiple of n_kv_head {n_kv}")
    group = n_head // n_kv
    if scale is None:
        scale = 1.0 / np.sqrt(hd)
    kh = np.repeat(k, group, axis=1).transpose(1, 2, 0)  # [n_head, hd, T_k]: head h -> kv head h // group
    vh = np.repeat(v, group, axis=1).transpose(1, 0, 2)  # [n_head, T_k, hd]
    scores = (q.transpose(1, 0, 2) @ kh) * scale  # [n_head, T_q, T_k]
    visible = attention_mask(T_q, T_k, offset, window)
    scores = np.where(visible[None], scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    p = np.exp(scores)
    p = p / p.sum(axis=-1, keepdims=True)
    return (p @ vh).transpose(1, 0, 2)


def value_embed_gate(h: np.ndarray, gate_weight: np.ndarray, gate_scale: float) -> np.ndarray:
    """Per-kv-head value-embedding gate ``gate_scale * sigmoid(h[:, :ch] @ W.T)``, shape ``[T, n_kv_head]``.

    ``h`` is the normed block input ``[T, C]``; ``gate_weight`` is ``[n_kv_head, ch]``.
    """
    ch = gate_weight.shape[1]
    return gate_scale * sigmoid(h[:, :ch] @ gate_weight.T)


def smear(x: np.ndarray, gate_weight: np.ndarray, smear_lambda: float,
          prev: np.ndarray | None = None) -> np.ndarray:
    """Mix each position with the previous token's (pre-smear) normed embedding.

    ``x[t] += smear_lambda * sigmoid(x[t, :ch] @ gate_weight.T) * x[t-1]`` for ``t >= 1``; row 0 uses
    ``prev`` (the pre-smear embedding of the token before this chunk) when given and is unchanged otherwise.
    ``x`` is ``[T, C]``; ``gate_weight`` is ``[1, ch]``. Returns a new array.
    """
    x = np.asarray(x, dtype=np.float64)
    ch = gate_weight.shape[1]
    if prev is None:
        before = np.concatenate([np.zeros_like(x[:1]), x[:-1]], axis=0)
        has_prev = np.arange(x.shape[0]) >= 1
    else:
        before = np.concatenate([np.asarray(prev, dtype=np.float64).reshape(1, -1), x[:-1]], axis=0)
        has_prev = np.ones(x.shape[0], dtype=bool)
    gate = smear_lambda * sigmoid(x[:, :ch] @ gate_weight.T)  # [T, 1]
    return x + np.where(has_prev[:, None], gate * before, 0.0)


def _erf(z: np.ndarray) -> np.ndarray:
    from math import erf

    return np.vectorize(erf, otypes=[np.float64])(z) if z.size else np.zeros_like(z)


def activation(z: np.ndarray, spec: ModelSpec, layer_k: float | None = None) -> np.ndarray:
    """The MLP activation of ``spec.activation`` (docs/FORMATS.md "Forward").

    ``relu2``: ``max(z, 0)^2``; ``relu``: ``max(z, 0)``; ``silu``: ``z * sigmoid(z)``; ``gelu_tanh``:
    ``0.5 z (1 + tanh(sqrt(2/pi) (z + 0.044715 z^3)))``; ``gelu_erf``: ``0.5 z (1 + erf(z / sqrt(2)))``;
    ``eml``: ``exp(zc) - ln(max(exp(zc) - ln(k), log_floor))`` with ``zc = min(z, exp_clamp)`` and ``k = layer_k``
    (the layer's ``mlp.eml_k``).
    """
    z = np.asarray(z, dtype=np.float64)
    kind = spec.activation.kind
    if kind == "relu2":
        r = np.maximum(z, 0.0)
        return r * r
    if kind == "relu":
        return np.maximum(z, 0.0)
    if kind == "silu":
        return z * sigmoid(z)
    if kind == "gelu_tanh":
        return 0.5 * z * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (z + 0.044715 * z * z * z)))
    if kind == "gelu_erf":
        return 0.5 * z * (1.0 + _erf(z / np.sqrt(2.0)))
    if kind == "eml":
        if layer_k is None:
            raise ValueError("the eml activation needs the layer's eml_k")
        clamp = spec.activation.param("exp_clamp")
        floor = spec.activation.param("log_floor")
        ez = np.exp(np.minimum(z, clamp))
        return ez - np.log(np.maximum(ez - np.log(float(layer_k)), floor))
    raise ValueError(f"unknown activation {kind!r}")


def softcap(logits: np.ndarray, cap: float | None) -> np.ndarray:
    """``cap * tanh(logits / cap)``; identity when ``cap`` is None."""
    logits = np.asarray(logits, dtype=np.float64)
    if cap is None:
        return logits
    return cap * np.tanh(logits / cap)


# ==================================================================================================
# model


class LazyWeights(Mapping[str, np.ndarray]):
    """Weights produced on access: ``load(name)`` runs every time the tensor is read, and nothing is kept.

    ``shapes`` gives every tensor's shape without loading it. Used for int8 bundles, whose dequantised float32
    copy of every weight would otherwise be resident beside the int8 data for the whole sidecar build.
    """

    def __init__(self, shapes: Mapping[str, tuple[int, ...]], load: Callable[[str], np.ndarray]) -> None:
        self.shapes = {k: tuple(int(d) for d in v) for k, v in shapes.items()}
        self._load = load

    def __getitem__(self, name: str) -> np.ndarray:
        if name not in self.shapes:
            raise KeyError(name)
        return self._load(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self.shapes)

    def __len__(self) -> int:
        return len(self.shapes)


@dataclass
class ForwardOutput:
    logits: np.ndarray  # [T, vocab_size] float64
    taps: dict[str, np.ndarray] = field(default_factory=dict)


@dataclass
class GreedyOutput:
    step_logits: np.ndarray  # [n, vocab_size]: last-position logits of the stateless forward before each step
    ids: list[int]  # prompt + generated
    margins: np.ndarray  # [n]: top1 - top2 of each step's logits

    @property
    def generated(self) -> list[int]:
        return self.ids[len(self.ids) - len(self.margins):]


@dataclass
class KVCache:
    """Per-layer keys (after rope+norm+scale) and values (after value embedding) of every fed position.

    ``prev_embed`` is the pre-smear normed embedding of the last fed token (only used with smear).
    """
    k: list[np.ndarray]  # per layer [n, n_kv_head, head_dim]
    v: list[np.ndarray]
    prev_embed: np.ndarray | None = None
    length: int = 0

    @property
    def pos(self) -> int:
        return self.length


class Reference:
    """float64 forward of the GPT described by ``spec`` over canonical ``weights``."""

    def __init__(self, spec: ModelSpec, weights: Mapping[str, np.ndarray]) -> None:
        self.spec = spec
        if isinstance(weights, LazyWeights):
            shapes = dict(weights.shapes)
        else:
            shapes = {name: tuple(np.shape(w)) for name, w in weights.items()}
        problems = check_tensors(spec, shapes)
        if problems:
            raise ValueError("weights do not match the model spec: " + "; ".join(problems))
        if isinstance(weights, LazyWeights):
            self.w: Mapping[str, np.ndarray] = weights
        else:
            held: dict[str, np.ndarray] = {}
            for name, w in weights.items():
                arr = np.asarray(w)
                if arr.dtype.kind != "f":
                    raise ValueError(f"weight {name!r} has dtype {arr.dtype}, which is not a float type; "
                                     "widen raw bfloat16 bytes (e.g. MLX '<V2') to float32 first")
                held[name] = arr
            self.w = held
        self._buffers: dict[tuple[int, ...], np.ndarray] = {}
        self._eml_k = [
            float(np.asarray(self.w[f"blocks.{i}.mlp.eml_k"]).reshape(-1)[0]) if spec.activation.kind == "eml" else None
            for i in range(spec.n_layer)
        ]

    def _f64(self, name: str, rows: int | None = None) -> np.ndarray:
        """Weight ``name`` (its first ``rows`` rows) widened to float64 in the reusable buffer of its shape.

        The buffer is overwritten by the next weight of the same shape: use the result before asking for another.
        """
        w = self.w[name]
        if rows is not None:
            w = w[:rows]
        if w.dtype == np.float64:
            return w
        buf = self._buffers.get(w.shape)
        if buf is None:
            buf = self._buffers[w.shape] = np.empty(w.shape, dtype=np.float64)
        np.copyto(buf, w)
        return buf

    def _mm(self, x: np.ndarray, name: str, rows: int | None = None) -> np.ndarray:
        """``x @ W.T`` in float64 for a stored ``[out, in]`` weight."""
        return x @ self._f64(name, rows).T

    def _rows(self, name: str, ids: np.ndarray) -> np.ndarray:
        """Rows ``ids`` of a table (embeddings), float64."""
        return np.asarray(self.w[name][ids], dtype=np.float64)

    def _vec(self, name: str) -> np.ndarray:
        """A 1-D weight (a norm's weight or bias, a linear bias) in float64."""
        return np.asarray(self.w[name], dtype=np.float64)

    # ----------------------------------------------------------------------------------------------
    def _scalar(self, name: str) -> float:
        return float(np.asarray(self.w[name]).reshape(-1)[0])

    def _check_ids(self, ids: Sequence[int]) -> np.ndarray:
        arr = np.asarray(list(ids), dtype=np.int64).reshape(-1)
        if arr.size and (arr.min() < 0 or arr.max() >= self.spec.vocab_size):
            raise ValueError(f"token ids must be in [0, {self.spec.vocab_size}), got min {arr.min()} max {arr.max()}")
        return arr

    def _run(self, ids: np.ndarray, cache: KVCache | None, taps: dict[str, np.ndarray] | None,
             tap_rows: np.ndarray | None = None) -> np.ndarray:
        """Shared body of forward and step: process ``ids`` at positions ``cache.length ...`` (0 if no cache).

        With ``tap_rows``, taps keep only those rows (positions), so a long sequence's taps stay small."""
        ops: Ops[np.ndarray] = _Pass(self, ids, cache, taps, tap_rows)  # type: ignore[assignment]  # (scalars: floats)
        logits = forward(self.spec, ops)
        if cache is not None:
            cache.length += ids.shape[0]
        return logits

    # ----------------------------------------------------------------------------------------------
    def forward(self, ids: Sequence[int], taps: bool = False, tap_rows: Sequence[int] | None = None) -> ForwardOutput:
        """Stateless forward over ``ids``: logits ``[T, vocab_size]`` (+ taps when asked, only at ``tap_rows``
        when given)."""
        arr = self._check_ids(ids)
        if arr.size == 0:
            raise ValueError("forward needs at least one token id")
        tap_dict: dict[str, np.ndarray] | None = {} if taps else None
        rows = None if tap_rows is None else np.asarray(list(tap_rows), dtype=np.int64)
        logits = self._run(arr, None, tap_dict, rows)
        return ForwardOutput(logits=logits, taps=tap_dict or {})

    def new_cache(self) -> KVCache:
        spec = self.spec
        empty = np.zeros((0, spec.n_kv_head, spec.head_dim), dtype=np.float64)
        return KVCache(k=[empty] * spec.n_layer, v=[empty] * spec.n_layer)

    def step(self, cache: KVCache, ids: Sequence[int]) -> np.ndarray:
        """Feed 1..n new tokens through ``cache`` (prefill or decode); returns their logits ``[n, vocab_size]``."""
        arr = self._check_ids(ids)
        if arr.size == 0:
            raise ValueError("step needs at least one token id")
        return self._run(arr, cache, None)

    def greedy(self, prompt_ids: Sequence[int], n: int) -> GreedyOutput:
        """``n`` greedy steps; step ``s``'s logits are the last position of the stateless forward over the prompt
        and the ``s`` tokens chosen before it (the sidecar definition).

        The tokens are chosen through the KV cache (one token of work per step), then one stateless forward over
        the whole sequence gives every step's row at once (causal attention: row ``P-1+s`` of the forward over
        ``ids[:P+n-1]`` is the last row of the forward over ``ids[:P+s]``). Should the two paths ever pick
        different tokens (a top-1/top-2 tie within float64 rounding), the steps from there on are redone one
        stateless forward at a time, so the ids are always the stateless argmax."""
        ids = [int(t) for t in self._check_ids(prompt_ids)]
        if not ids:
            raise ValueError("greedy needs a non-empty prompt")
        P = len(ids)
        V = self.spec.vocab_size
        if n <= 0:
            return GreedyOutput(step_logits=np.zeros((0, V)), ids=ids, margins=np.zeros(0))
        cache = self.new_cache()
        last = self.step(cache, ids)[-1]
        for s in range(n):
            ids.append(int(np.argmax(last)))
            if s < n - 1:
                last = self.step(cache, [ids[-1]])[-1]
        del cache
        rows = list(self.forward(ids[:-1]).logits[P - 1:])
        agree = [int(np.argmax(r)) == t for r, t in zip(rows, ids[P:])]
        if not all(agree):
            k = agree.index(False)
            ids, rows = ids[:P + k], rows[:k]
            for _ in range(k, n):
                rows.append(self.forward(ids).logits[-1])
                ids.append(int(np.argmax(rows[-1])))
        step_logits = np.stack(rows)
        top2 = np.sort(np.partition(step_logits, -2, axis=1)[:, -2:], axis=1) if V > 1 else None
        margins = (top2[:, 1] - top2[:, 0]) if top2 is not None else np.full(n, np.inf)
        return GreedyOutput(step_logits=step_logits, ids=ids, margins=np.asarray(margins, dtype=np.float64))


class _Pass:
    """One pass of :class:`Reference` as an :class:`emlx.forward.Ops` backend: float64 NumPy over the reference's
    weights, the pass's ids at positions ``cache.length ..`` (0 without a cache), writing the cache and the taps."""

    def __init__(self, ref: Reference, ids: np.ndarray, cache: KVCache | None, taps: dict[str, np.ndarray] | None,
                 tap_rows: np.ndarray | None) -> None:
        self.ref, self.spec, self.ids, self.cache = ref, ref.spec, ids, cache
        self.taps, self.tap_rows = taps, tap_rows
        self.start = cache.length if cache is not None else 0
        self.positions = np.arange(self.start, self.start + ids.shape[0])
        self._tables: tuple[np.ndarray, np.ndarray] | None = None

    # ---- rows and weights ------------------------------------------------------------------------
    def embed(self, name: str) -> np.ndarray:
        return self.ref._rows(name, self.ids)

    def add_positions(self, x: np.ndarray, name: str) -> np.ndarray:
        last = int(self.positions[-1])
        if last >= self.spec.sequence_len:
            raise ValueError(f"position {last} is past the learned position table ({self.spec.sequence_len} rows, "
                             "sequence_len): this model cannot run sequences that long")
        return x + self.ref._rows(name, self.positions)

    def element(self, name: str, i: int) -> float:
        return float(self.ref.w[name][i])

    def scalar(self, name: str) -> float:
        return self.ref._scalar(name)

    def linear(self, x: np.ndarray, weight: str, bias: str | None = None, rows: int | None = None) -> np.ndarray:
        y = self.ref._mm(x, weight, rows)
        return y if bias is None else y + self.ref._vec(bias)

    # ---- element-wise ----------------------------------------------------------------------------
    def norm(self, x: np.ndarray, weight: str | None, bias: str | None) -> np.ndarray:
        eps = self.spec.norm_eps
        y = rms_norm(x, eps) if self.spec.norm.kind == "rms" else layer_norm(x, eps)
        if weight is not None:
            y = y * self.ref._vec(weight)
        if bias is not None:
            y = y + self.ref._vec(bias)
        return y

    def heads(self, x: np.ndarray, n: int) -> np.ndarray:
        return x.reshape(x.shape[0], n, self.spec.head_dim)

    def merge_heads(self, x: np.ndarray) -> np.ndarray:
        return x.reshape(x.shape[0], -1)

    def value_gate(self, h: np.ndarray, weight: str) -> np.ndarray:
        assert self.spec.value_embed is not None
        return value_embed_gate(h, self.ref.w[weight], self.spec.value_embed.gate_scale)

    def unsqueeze_last(self, x: np.ndarray) -> np.ndarray:
        return x[..., None]

    def add(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return a + b

    def sub(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return a - b

    def mul(self, a: np.ndarray | float, b: np.ndarray) -> np.ndarray:
        return a * b

    def scale(self, x: np.ndarray, c: float) -> np.ndarray:
        return x * c

    def sigmoid(self, x: np.ndarray) -> np.ndarray:
        return sigmoid(x)

    def activation(self, z: np.ndarray, layer: int) -> np.ndarray:
        return activation(z, self.spec, self.ref._eml_k[layer])

    def softcap(self, x: np.ndarray, cap: float) -> np.ndarray:
        return softcap(x, cap)

    # ---- position-dependent ----------------------------------------------------------------------
    def rope(self, x: np.ndarray) -> np.ndarray:
        if self._tables is None:
            self._tables = rope_tables(self.spec, self.positions)
        cos, sin = self._tables
        return apply_rope(x, cos, sin, self.spec)

    def smear(self, x: np.ndarray) -> np.ndarray:
        cache = self.cache
        prev = cache.prev_embed if cache is not None else None
        pre_smear_last = x[-1].copy()
        out = smear(x, self.ref.w["smear_gate.weight"], self.ref._scalar("smear_lambda"), prev)
        if cache is not None:
            cache.prev_embed = pre_smear_last
        return out

    def attention(self, q: np.ndarray, k: np.ndarray, v: np.ndarray, layer: int) -> np.ndarray:
        cache, start = self.cache, self.start
        window = self.spec.window[layer]
        if cache is None:
            k_all, v_all, k_first = k, v, 0
        else:
            cache.k[layer] = np.concatenate([cache.k[layer], k], axis=0)
            cache.v[layer] = np.concatenate([cache.v[layer], v], axis=0)
            # only keys the earliest new query can still see enter the computation
            k_first = 0 if window is None else max(0, start - window + 1)
            k_all, v_all = cache.k[layer][k_first:], cache.v[layer][k_first:]
        return attention(q, k_all, v_all, window, offset=start - k_first, scale=self.spec.attn_scale)

    def head_rows(self, x: np.ndarray) -> np.ndarray:
        return x

    def tap(self, name: str, x: np.ndarray) -> np.ndarray:
        if self.taps is not None:
            self.taps[name] = x[self.tap_rows].copy() if self.tap_rows is not None else x.copy()
        return x
