"""The NumPy reference model (emlx/verify/reference.py).

a. acceptance: the reference, driven by a hand-written ModelSpec, reproduces the logits the upstream frameworks
   computed (within 2e-5) and their greedy ids; wrong semantics (RoPE sign, window off-by-one, table dtype)
   fail the same check by a wide margin, so each semantic is load-bearing.
b. the KV-cache path equals the stateless forward to 1e-9 (windows, smear, backout, EML, GQA).
c. oracles: each building block against MLX / torch on random inputs.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

from emlx.spec_schema import expected_shapes
from emlx.verify import reference as R
from emlx.verify.reference import ForwardOutput, Reference
from emlx.spec import ActivationSpec, BackoutSpec, ModelSpec, RopeSpec, SmearSpec, ValueEmbedSpec

try:
    from acceptance_utils import CASES, acceptance_weights, available, case_dir, truth_json, truth_npz
except ImportError:  # tests/ became a package
    from tests.acceptance_utils import CASES, acceptance_weights, available, case_dir, truth_json, truth_npz

TRUTH_ATOL = 2e-5
CACHE_ATOL = 1e-9
F32_EPS = float(np.finfo(np.float32).eps)


# ==================================================================================================
# hand-written specs (docs/DESIGN.md §2 table)


def hand_spec(case: str) -> ModelSpec:
    shared = dict(n_layer=4, n_head=2, n_embd=128, head_dim=64, mlp_hidden=512, softcap=15.0,
                  activation=ActivationSpec(kind="relu2"))
    if case == "autoresearch-mlx":
        return ModelSpec(family=case, source_framework="mlx", vocab_size=384, padded_vocab_size=384, n_kv_head=1,
                         sequence_len=64, window=(32, 32, 32, 64),  # MLX: W keys, S = seq//2, L = seq
                         rope=RopeSpec(style="interleaved", base=1e4, sign=1, table_dtype="float32"),
                         norm_eps=1e-5, qk_scale=1.0,
                         value_embed=ValueEmbedSpec(layers=(1, 3), gate_channels=32, gate_scale=2.0), **shared)
    if case == "autoresearch-torch":
        return ModelSpec(family=case, source_framework="torch", vocab_size=384, padded_vocab_size=384, n_kv_head=1,
                         sequence_len=64, window=(33, 33, 33, 65),  # FA3 (W, 0): W+1 keys
                         rope=RopeSpec(style="half", base=1e4, sign=-1, table_dtype="bfloat16"),
                         norm_eps=F32_EPS, qk_scale=1.0,
                         value_embed=ValueEmbedSpec(layers=(1, 3), gate_channels=32, gate_scale=2.0), **shared)
    if case == "nanochat":
        return ModelSpec(family=case, source_framework="torch", vocab_size=389, padded_vocab_size=448, n_kv_head=2,
                         sequence_len=512, window=(129, 129, 129, 513),  # S = 128, L = 512, FA3 W+1 keys
                         rope=RopeSpec(style="half", base=1e5, sign=-1, table_dtype="float32"),  # wte stored f32
                         norm_eps=F32_EPS, qk_scale=1.2,
                         value_embed=ValueEmbedSpec(layers=(1, 3), gate_channels=12, gate_scale=3.0),
                         smear=SmearSpec(channels=24), backout=BackoutSpec(layer=2), **shared)
    raise ValueError(case)


_MODELS: dict[str, tuple[ModelSpec, dict[str, np.ndarray]]] = {}


def model(case: str) -> tuple[ModelSpec, dict[str, np.ndarray]]:
    if not available(case):
        pytest.skip(f"acceptance data for {case} not found")
    if case not in _MODELS:
        weights = acceptance_weights(case)
        _MODELS[case] = (hand_spec(case), weights)
    return _MODELS[case]


def truth_files(case: str) -> list[str]:
    return ["truth.npz", "truth_short.npz", "truth_beyond_seqlen.npz"] if case == "nanochat" else ["truth.npz"]


ACCEPTANCE = [(c, f) for c in CASES for f in truth_files(c)]


def maxabs(a: np.ndarray, b: np.ndarray) -> float:
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    assert a.shape == b.shape, (a.shape, b.shape)
    return float(np.max(np.abs(a - b)))


# ==================================================================================================
# a. acceptance against upstream ground truth


@pytest.mark.parametrize("case", CASES)
def test_exporter_detection_matches_hand_spec(case):
    """The exporter's family detection fills exactly the docs/DESIGN.md §2 spec written by hand above."""
    if not available(case):
        pytest.skip(f"acceptance data for {case} not found")
    from emlx.exporter.export import ExportOptions, build_bundle

    path = {"autoresearch-mlx": "latest.npz", "autoresearch-torch": "model.pt", "nanochat": "checkpoints/d4"}[case]
    detected = build_bundle(case_dir(case) / path, ExportOptions()).bundle.spec
    assert detected == hand_spec(case)
    Reference(detected, acceptance_weights(case))  # every tensor present, shapes as the spec says


@pytest.mark.parametrize("case,fname", ACCEPTANCE)
def test_greedy_matches_truth(case, fname):
    spec, weights = model(case)
    truth = truth_npz(case, fname)
    ids = [int(t) for t in truth["ids"]]
    P = int(truth["prompt_len"])
    ref = Reference(spec, weights)
    g = ref.greedy(ids[:P], len(ids) - P)
    assert g.ids == ids
    if fname == "truth.npz":
        assert g.ids[P:] == truth_json(case)["generated"]
    d = maxabs(g.step_logits, truth["step_logits"])
    print(f"{case}/{fname}: step max|Δ| = {d:.3g}")
    assert d <= TRUTH_ATOL
    assert np.all(g.margins >= 0)
    assert g.margins.shape == (len(ids) - P,)


@pytest.mark.parametrize("case,fname", ACCEPTANCE)
def test_full_logits_match_truth(case, fname):
    spec, weights = model(case)
    truth = truth_npz(case, fname)
    ids = [int(t) for t in truth["ids"]]
    out = Reference(spec, weights).forward(ids[:-1])
    assert isinstance(out, ForwardOutput) and out.taps == {}
    assert out.logits.shape == (len(ids) - 1, spec.vocab_size) and out.logits.dtype == np.float64
    d = maxabs(out.logits, truth["full_logits"])
    print(f"{case}/{fname}: full max|Δ| = {d:.3g}")
    assert d <= TRUTH_ATOL


def cached_step_logits(ref: Reference, ids: list[int], prompt_len: int) -> np.ndarray:
    """Prefill the prompt, then decode one token at a time teacher-forced: last-position logits per step."""
    cache = ref.new_cache()
    rows = [ref.step(cache, ids[:prompt_len])[-1]]
    for t in ids[prompt_len:-1]:
        out = ref.step(cache, [t])
        assert out.shape == (1, ref.spec.vocab_size)
        rows.append(out[-1])
    return np.stack(rows)


@pytest.mark.parametrize("fname", truth_files("nanochat"))
def test_kv_cache_matches_upstream_kv_truth(fname):
    spec, weights = model("nanochat")
    truth = truth_npz("nanochat", fname)
    ids = [int(t) for t in truth["ids"]]
    kv = cached_step_logits(Reference(spec, weights), ids, int(truth["prompt_len"]))
    d_kv = maxabs(kv, truth["kv_step_logits"])
    d_step = maxabs(kv, truth["step_logits"])
    print(f"nanochat/{fname}: kv max|Δ| = {d_kv:.3g} (vs stateless truth {d_step:.3g})")
    assert d_kv <= TRUTH_ATOL and d_step <= TRUTH_ATOL


def test_backout_uses_output_of_block_n_layer_over_2():
    """The nanochat truth pins backout to the residual *after* block n_layer//2 (= 2), not before it."""
    spec, weights = model("nanochat")
    truth = truth_npz("nanochat")
    ids = [int(t) for t in truth["ids"]][:-1]
    errs = {layer: maxabs(Reference(spec.replace(backout=BackoutSpec(layer=layer)), weights).forward(ids).logits,
                          truth["full_logits"]) for layer in (1, 2, 3)}
    assert errs[2] <= TRUTH_ATOL
    assert errs[1] > 1e-1 and errs[3] > 1e-1, errs


def _rope(spec: ModelSpec, **changes) -> ModelSpec:
    return spec.replace(rope=dataclasses.replace(spec.rope, **changes))


NEGATIVE = {
    "rope-sign": lambda s: _rope(s, sign=-s.rope.sign),
    "rope-style": lambda s: _rope(s, style="half" if s.rope.style == "interleaved" else "interleaved"),
    "rope-table-dtype": lambda s: _rope(s, table_dtype="float32" if s.rope.table_dtype == "bfloat16" else "bfloat16"),
    "window-minus-1": lambda s: s.replace(window=tuple(w - 1 for w in s.window)),
    "window-plus-1": lambda s: s.replace(window=tuple(w + 1 for w in s.window)),
}


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("wrong", sorted(NEGATIVE))
def test_wrong_semantics_fail_truth(case, wrong):
    """Negative controls: each semantic moves the logits far past the gate on real checkpoints."""
    spec, weights = model(case)
    truth = truth_npz(case)
    ids = [int(t) for t in truth["ids"]][:-1]
    d = maxabs(Reference(NEGATIVE[wrong](spec), weights).forward(ids).logits, truth["full_logits"])
    print(f"{case} with {wrong}: max|Δ| = {d:.3g}")
    assert d > 1e-3


def test_wrong_eps_and_last_window_fail_truth():
    """nanochat: finfo eps vs 1e-5 and the last layer's L window (513, visible only past sequence_len)."""
    spec, weights = model("nanochat")
    truth = truth_npz("nanochat")
    ids = [int(t) for t in truth["ids"]][:-1]
    assert maxabs(Reference(spec.replace(norm_eps=1e-5), weights).forward(ids).logits, truth["full_logits"]) > 1e-4
    beyond = truth_npz("nanochat", "truth_beyond_seqlen.npz")
    ids = [int(t) for t in beyond["ids"]][:-1]
    for last in (512, 514, None):
        wrong = spec.replace(window=spec.window[:-1] + (last,))
        d = maxabs(Reference(wrong, weights).forward(ids).logits, beyond["full_logits"])
        assert d > 1e-2, (last, d)


# ==================================================================================================
# b. KV cache == stateless


def random_weights(spec: ModelSpec, seed: int = 0, eml_k: tuple[float, ...] | None = None) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    out: dict[str, np.ndarray] = {}
    for name, shape in expected_shapes(spec).items():
        if name in ("resid_lambdas",):
            out[name] = (1.0 + 0.1 * rng.standard_normal(shape)).astype(np.float32)
        elif name in ("x0_lambdas",):
            out[name] = (0.1 + 0.05 * rng.standard_normal(shape)).astype(np.float32)
        elif shape is None:  # scalars: smear_lambda, backout_lambda, eml_k
            if name.endswith("eml_k"):
                layer = int(name.split(".")[1])
                out[name] = np.asarray(eml_k[layer] if eml_k else 1.5, dtype=np.float32).reshape(())
            else:
                out[name] = np.asarray([0.3 + 0.1 * rng.standard_normal()], dtype=np.float32)
        elif name in ("wte.weight",) or name.startswith("value_embeds."):
            out[name] = rng.standard_normal(shape).astype(np.float32)
        else:
            out[name] = (rng.standard_normal(shape) / math.sqrt(shape[1])).astype(np.float32)
    return out


def synthetic_spec(**changes) -> ModelSpec:
    base = dict(family="synthetic", source_framework="torch", vocab_size=61, padded_vocab_size=64, n_layer=4,
                n_head=6, n_kv_head=2, n_embd=48, head_dim=16, mlp_hidden=96, sequence_len=32,
                window=(5, None, 3, 9), rope=RopeSpec(style="interleaved", base=500.0, sign=-1, table_dtype="bfloat16"),
                norm_eps=1e-6, qk_scale=1.1, value_embed=ValueEmbedSpec(layers=(0, 3), gate_channels=8, gate_scale=2.5),
                softcap=None, smear=SmearSpec(channels=8), backout=BackoutSpec(layer=1))
    base.update(changes)
    return ModelSpec(**base)


def check_cache_equals_stateless(ref: Reference, ids: list[int], chunks: list[int]) -> float:
    full = ref.forward(ids).logits
    cache = ref.new_cache()
    rows, pos = [], 0
    for n in chunks:
        if pos >= len(ids):
            break
        part = ids[pos:pos + n]
        out = ref.step(cache, part)
        assert out.shape == (len(part), ref.spec.vocab_size)
        rows.append(out)
        pos += len(part)
    while pos < len(ids):
        rows.append(ref.step(cache, [ids[pos]]))
        pos += 1
    assert cache.length == len(ids)
    d = maxabs(np.concatenate(rows), full)
    assert d <= CACHE_ATOL, d
    return d


@pytest.mark.parametrize("case", CASES)
def test_cache_equals_stateless_acceptance(case):
    spec, weights = model(case)
    ref = Reference(spec, weights)
    ids = [int(t) for t in truth_npz(case)["ids"]]
    assert len(ids) > min(w for w in spec.window if w is not None)
    check_cache_equals_stateless(ref, ids, [7, 1, 1, 13, 2])  # prefill, decode, then a chunk mid-sequence


def test_cache_equals_stateless_past_sequence_len():
    spec, weights = model("nanochat")
    ids = [int(t) for t in truth_npz("nanochat", "truth_beyond_seqlen.npz")["ids"]]
    check_cache_equals_stateless(Reference(spec, weights), ids, [500, 1, 20])


def test_cache_equals_stateless_gqa():
    spec = synthetic_spec()
    assert spec.kv_group == 3
    ref = Reference(spec, random_weights(spec, seed=1))
    ids = [int(t) for t in np.random.default_rng(2).integers(0, spec.vocab_size, 40)]
    check_cache_equals_stateless(ref, ids, [1, 1, 4, 1, 9, 1])


def test_cache_equals_stateless_eml():
    eml = ActivationSpec(kind="eml", params=(("exp_clamp", 20.0), ("log_floor", 1e-30)))
    spec = synthetic_spec(activation=eml, rope=RopeSpec(style="half", base=1e4, sign=1, table_dtype="float32"),
                          n_head=4, n_kv_head=4, softcap=15.0, backout=None)
    w = random_weights(spec, seed=3, eml_k=(0.7, 1.0, 2.5, 6.0))  # 6.0 > e: the floor is reachable
    ref = Reference(spec, w)
    ids = [int(t) for t in np.random.default_rng(4).integers(0, spec.vocab_size, 30)]
    check_cache_equals_stateless(ref, ids, [3, 1, 8])
    # EML really is in use: relu2 on the same weights gives other logits
    relu = Reference(spec.replace(activation=ActivationSpec(kind="relu2")), {k: v for k, v in w.items() if "eml_k" not in k})
    assert maxabs(relu.forward(ids).logits, ref.forward(ids).logits) > 1e-2


def test_cache_equals_stateless_eml_on_real_weights():
    spec, weights = model("autoresearch-torch")
    eml = spec.replace(activation=ActivationSpec(kind="eml", params=(("exp_clamp", 20.0), ("log_floor", 1e-30))))
    w = dict(weights)
    for i, k in enumerate((1.0, 1.5, 2.0, 0.5)):
        w[f"blocks.{i}.mlp.eml_k"] = np.asarray([k], dtype=np.float32)
    ids = [int(t) for t in truth_npz("autoresearch-torch")["ids"]]
    check_cache_equals_stateless(Reference(eml, w), ids, [11, 1, 5])


def test_cache_never_reads_keys_outside_the_window():
    """Poison cached keys/values that no future query can see: decoding must not touch them."""
    spec = synthetic_spec(window=(4, 6, 3, 5))
    ref = Reference(spec, random_weights(spec, seed=5))
    ids = [int(t) for t in np.random.default_rng(6).integers(0, spec.vocab_size, 24)]
    want = ref.forward(ids).logits
    cache = ref.new_cache()
    ref.step(cache, ids[:16])
    for i, w in enumerate(spec.window):
        dead = cache.length + 1 - w  # keys with index < dead are invisible from position cache.length onwards
        cache.k[i][:dead] = np.nan
        cache.v[i][:dead] = np.nan
    got = np.concatenate([ref.step(cache, [t]) for t in ids[16:]])
    assert np.all(np.isfinite(got))
    assert maxabs(got, want[16:]) <= CACHE_ATOL


# ==================================================================================================
# taps, validation and the small functions


def test_taps_are_consistent():
    spec, weights = model("nanochat")
    ids = [int(t) for t in truth_npz("nanochat", "truth_short.npz")["ids"]][:20]
    ref = Reference(spec, weights)
    out = ref.forward(ids, taps=True)
    T, L = len(ids), spec.n_layer
    names = {"embed", "final_norm", "logits"} | {
        f"blocks.{i}.{t}" for i in range(L) for t in ("attn.q", "attn.k", "attn.v", "attn_out", "mlp_out", "out")}
    assert set(out.taps) == names
    assert out.taps["embed"].shape == (T, spec.n_embd)
    assert out.taps["blocks.0.attn.q"].shape == (T, spec.n_head, spec.head_dim)
    assert out.taps["blocks.0.attn.k"].shape == (T, spec.n_kv_head, spec.head_dim)
    # q/k are normed then scaled: rms over head_dim == qk_scale
    rms = np.sqrt(np.mean(out.taps["blocks.1.attn.k"] ** 2, axis=-1))
    np.testing.assert_allclose(rms, spec.qk_scale, rtol=1e-6)
    np.testing.assert_array_equal(out.taps["logits"], out.logits)
    np.testing.assert_array_equal(ref.forward(ids).logits, out.logits)
    # block out = mixed residual + attn_out + mlp_out; final norm sees out[L-1] - backout * out[backout.layer]
    lam = float(weights["backout_lambda"].reshape(-1)[0])
    xb = out.taps[f"blocks.{L - 1}.out"] - lam * out.taps["blocks.2.out"]
    np.testing.assert_allclose(out.taps["final_norm"], R.rms_norm(xb, spec.norm_eps), atol=1e-12)
    x = out.taps["blocks.0.out"]
    mixed = weights["resid_lambdas"][1] * x + weights["x0_lambdas"][1] * out.taps["embed"]
    np.testing.assert_allclose(out.taps["blocks.1.out"],
                               mixed + out.taps["blocks.1.attn_out"] + out.taps["blocks.1.mlp_out"], atol=1e-12)


def test_missing_or_misshapen_weights_are_refused():
    spec = synthetic_spec()
    w = random_weights(spec)
    del w["blocks.2.attn.c_k.weight"]
    with pytest.raises(ValueError, match="blocks.2.attn.c_k.weight"):
        Reference(spec, w)
    w = random_weights(spec)
    w["lm_head.weight"] = w["lm_head.weight"][:-1]
    with pytest.raises(ValueError, match="lm_head"):
        Reference(spec, w)
    w = random_weights(spec)
    w["wte.weight"] = np.zeros(w["wte.weight"].shape, dtype="V2")  # raw MLX bf16 bytes, not widened
    with pytest.raises(ValueError, match="wte.weight"):
        Reference(spec, w)
    ref = Reference(spec, random_weights(spec))
    with pytest.raises(ValueError):
        ref.forward([spec.vocab_size])  # a padding row is not a token


def test_attention_mask_counts_visible_keys_including_self():
    m = R.attention_mask(6, 6, 0, 3)
    assert m.sum(axis=1).tolist() == [1, 2, 3, 3, 3, 3]
    assert m[5].tolist() == [False, False, False, True, True, True]
    np.testing.assert_array_equal(R.attention_mask(5, 5, 0, None), np.tri(5, dtype=bool))
    # queries that are the last rows of a longer key list
    np.testing.assert_array_equal(R.attention_mask(2, 6, 4, 3), m[4:])


def test_bfloat16_rounding_is_round_to_nearest_even():
    ml_dtypes = pytest.importorskip("ml_dtypes", reason="ml_dtypes provides an independent bfloat16 cast")
    rng = np.random.default_rng(0)
    x = np.concatenate([rng.standard_normal(20000).astype(np.float32),
                        # exact ties: lower 16 bits 0x8000 with even and odd upper halves
                        (np.array([0x3F808000, 0x3F818000, 0xBF808000, 0x3F80FFFF, 0x00000000], dtype=np.uint32)
                         .view(np.float32))])
    want = x.astype(ml_dtypes.bfloat16).astype(np.float64)
    np.testing.assert_array_equal(R.round_to_table_dtype(x, "bfloat16"), want)


def test_activation_values():
    eml = synthetic_spec(activation=ActivationSpec(kind="eml", params=(("exp_clamp", 2.0), ("log_floor", 1e-3))))
    z = np.array([-1.0, 0.0, 0.5, 3.0])
    k = 1.7
    zc = np.minimum(z, 2.0)
    want = np.exp(zc) - np.log(np.maximum(np.exp(zc) - np.log(k), 1e-3))
    np.testing.assert_allclose(R.activation(z, eml, k), want, rtol=0, atol=0)
    assert R.activation(np.array([0.0]), eml, 10.0)[0] == pytest.approx(1.0 - math.log(1e-3))  # floor hit
    relu = synthetic_spec()
    np.testing.assert_array_equal(R.activation(np.array([-2.0, 0.0, 3.0]), relu), [0.0, 0.0, 9.0])
    assert R.softcap(np.array([100.0]), 15.0)[0] == pytest.approx(15.0 * math.tanh(100 / 15))
    np.testing.assert_array_equal(R.softcap(np.array([100.0]), None), [100.0])


def test_smear_with_prev_continues_a_chunk():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((7, 10))
    g = rng.standard_normal((1, 4))
    whole = R.smear(x, g, 0.4)
    np.testing.assert_array_equal(whole[0], x[0])
    np.testing.assert_allclose(whole[3], x[3] + 0.4 * R.sigmoid(x[3, :4] @ g[0]) * x[2])
    np.testing.assert_allclose(R.smear(x[4:], g, 0.4, prev=x[3]), whole[4:], atol=1e-15)


# ==================================================================================================
# c. oracles: MLX and torch building blocks on random inputs (float32 precision)


def test_rope_interleaved_matches_mlx():
    mx = pytest.importorskip("mlx.core", reason="MLX is the upstream of the interleaved +theta convention")
    nn = pytest.importorskip("mlx.nn", reason="MLX is the upstream of the interleaved +theta convention")
    T, H, D, offset = 64, 3, 32, 5
    spec = synthetic_spec(head_dim=D, n_head=H, n_kv_head=H, n_embd=96,
                          rope=RopeSpec(style="interleaved", base=1e4, sign=1, table_dtype="float32"))
    x = np.random.default_rng(0).standard_normal((T, H, D)).astype(np.float32)
    rope = nn.RoPE(D, traditional=True, base=1e4)
    got_mx = np.array(rope(mx.array(x.transpose(1, 0, 2)), offset=offset)).transpose(1, 0, 2)
    cos, sin = R.rope_tables(spec, np.arange(offset, offset + T))
    ours = R.apply_rope(x, cos, sin, spec)
    np.testing.assert_allclose(ours, got_mx, atol=2e-5, rtol=1e-5)
    wrong = R.apply_rope(x, cos, sin, _rope(spec, sign=-1))
    assert maxabs(wrong, got_mx) > 0.1


def test_attention_matches_mlx_sdpa_with_window_mask():
    mx = pytest.importorskip("mlx.core", reason="MLX attention with an explicit window mask is the oracle")
    rng = np.random.default_rng(1)
    T, H, KV, D, W = 40, 4, 2, 16, 7
    q, k, v = (rng.standard_normal((T, n, D)).astype(np.float32) for n in (H, KV, KV))
    i, j = np.arange(T)[:, None], np.arange(T)[None, :]
    visible = (j <= i) & (j > i - W)  # MLX sliding window: W keys, i-W < j <= i
    additive = np.where(visible, 0.0, -np.inf).astype(np.float32)
    to = lambda a: mx.array(a.transpose(1, 0, 2)[None])  # noqa: E731  [1, heads, T, D]
    got = mx.fast.scaled_dot_product_attention(to(q), to(k), to(v), scale=1 / math.sqrt(D), mask=mx.array(additive))
    got = np.array(got)[0].transpose(1, 0, 2)
    np.testing.assert_allclose(R.attention(q, k, v, W), got, atol=1e-5, rtol=1e-5)
    assert maxabs(R.attention(q, k, v, W + 1), got) > 1e-2


def test_rms_norm_matches_mlx():
    mx = pytest.importorskip("mlx.core", reason="mx.fast.rms_norm is the MLX norm")
    x = (np.random.default_rng(2).standard_normal((9, 128)) * 3).astype(np.float32)
    got = np.array(mx.fast.rms_norm(mx.array(x), mx.ones((128,)), 1e-5))
    np.testing.assert_allclose(R.rms_norm(x, 1e-5), got, atol=1e-5, rtol=1e-5)


def test_rms_norm_matches_torch_default_eps():
    torch = pytest.importorskip("torch", reason="torch F.rms_norm(eps=None) defines the finfo eps convention")
    x = np.random.default_rng(3).standard_normal((9, 64)).astype(np.float32)
    x[0] *= 1e-4  # small rows make eps visible
    got = torch.nn.functional.rms_norm(torch.from_numpy(x), (64,), eps=None).numpy()
    np.testing.assert_allclose(R.rms_norm(x, F32_EPS), got, atol=1e-5, rtol=1e-5)


def test_attention_matches_torch_sdpa_fa3_window():
    torch = pytest.importorskip("torch", reason="torch SDPA with an FA3 (W, 0) window mask is the oracle")
    rng = np.random.default_rng(4)
    T, H, KV, D, W = 50, 4, 1, 32, 9
    q, k, v = (rng.standard_normal((T, n, D)).astype(np.float32) for n in (H, KV, KV))
    i, j = torch.arange(T)[:, None], torch.arange(T)[None, :]
    mask = (i - j >= 0) & (i - j <= W)  # FA3 window_size=(W, 0): W+1 keys
    to = lambda a: torch.from_numpy(a).transpose(0, 1)[None]  # noqa: E731  [1, heads, T, D]
    got = torch.nn.functional.scaled_dot_product_attention(to(q), to(k), to(v), attn_mask=mask, enable_gqa=True)
    got = got[0].transpose(0, 1).numpy()
    np.testing.assert_allclose(R.attention(q, k, v, W + 1), got, atol=1e-5, rtol=1e-5)
    assert maxabs(R.attention(q, k, v, W), got) > 1e-2


def test_rope_half_split_bf16_tables_match_torch():
    torch = pytest.importorskip("torch", reason="the autoresearch/nanochat rotary is written in torch")
    T, H, D, base = 64, 2, 64, 1e4
    spec = synthetic_spec(head_dim=D, n_head=H, n_kv_head=H, n_embd=128,
                          rope=RopeSpec(style="half", base=base, sign=-1, table_dtype="bfloat16"))
    x = np.random.default_rng(5).standard_normal((T, H, D)).astype(np.float32)
    # the upstream rotary: f32 inv_freq and angles, cos/sin cast to bf16, half split, rotate by -theta
    inv_freq = 1.0 / (base ** (torch.arange(0, D, 2, dtype=torch.float32) / D))
    freqs = torch.outer(torch.arange(T, dtype=torch.float32), inv_freq)
    cos, sin = freqs.cos().bfloat16()[:, None, :], freqs.sin().bfloat16()[:, None, :]
    xt = torch.from_numpy(x)
    x1, x2 = xt[..., : D // 2], xt[..., D // 2:]
    got = torch.cat([x1 * cos + x2 * sin, -x1 * sin + x2 * cos], dim=-1).float().numpy()
    c, s = R.rope_tables(spec, np.arange(T))
    np.testing.assert_array_equal(c, cos[:, 0].double().numpy())  # same bf16 table, bit for bit
    np.testing.assert_array_equal(s, sin[:, 0].double().numpy())
    np.testing.assert_allclose(R.apply_rope(x, c, s, spec), got, atol=1e-5, rtol=1e-5)
    c32, s32 = R.rope_tables(_rope(spec, table_dtype="float32"), np.arange(T))
    assert maxabs(R.apply_rope(x, c32, s32, spec), got) > 1e-3  # the table dtype is visible


# ==================================================================================================
# the reference at scale: no float64 copy of every weight, greedy through the cache, bounded taps


def _full_float64_forward(spec: ModelSpec, weights: dict[str, np.ndarray], ids: list[int]) -> np.ndarray:
    """The all-float64 path the reference used to take: every weight widened once, up front."""
    return Reference(spec, {k: np.asarray(v, dtype=np.float64) for k, v in weights.items()}).forward(ids).logits


@pytest.mark.parametrize("case", CASES)
def test_stored_weights_path_equals_full_float64_path(case):
    """Widening each weight into a reusable buffer just before its product computes the same numbers as holding
    every weight in float64 (the widening is exact, the float64 products are the same): measured 0 here."""
    spec, weights = model(case)
    truth = truth_npz(case)
    ids = [int(t) for t in truth["ids"]]
    ref = Reference(spec, weights)
    assert all(w.dtype == np.float32 for w in ref.w.values())  # nothing was widened and kept
    d = maxabs(ref.forward(ids).logits, _full_float64_forward(spec, weights, ids))
    print(f"{case}: stored-f32 vs all-float64 reference max|Δ| = {d:.3g}")
    assert d <= 1e-12
    assert all(b.dtype == np.float64 for b in ref._buffers.values())
    assert len(ref._buffers) <= 8  # one buffer per distinct weight shape, not one per weight


def test_lazy_int8_weights_equal_dequantised_weights():
    """An int8 bundle's weights dequantised on every use (LazyWeights) give exactly the eager dequantised result."""
    spec = synthetic_spec()
    w = random_weights(spec, seed=3)
    q = {k: np.clip(np.round(v / (np.abs(v).max(axis=1, keepdims=True) / 127 + 1e-30)), -127, 127).astype(np.int8)
         if v.ndim == 2 else v for k, v in w.items()}
    scale = {k: (np.abs(w[k]).max(axis=1) / 127).astype(np.float32) for k, v in q.items() if v.dtype == np.int8}

    def deq(k: str) -> np.ndarray:
        return (q[k].astype(np.float32) * scale[k][:, None]).astype(np.float32) if k in scale else q[k]

    calls: list[str] = []

    def load(k: str) -> np.ndarray:
        calls.append(k)
        return deq(k)

    lazy = R.LazyWeights({k: v.shape for k, v in q.items()}, load)
    ids = [1, 5, 9, 2, 7, 3, 3, 8]
    ref = Reference(spec, lazy)
    assert calls == []  # the shapes alone validated the weights: nothing was dequantised up front
    a = ref.forward(ids).logits
    b = Reference(spec, {k: deq(k) for k in q}).forward(ids).logits
    assert maxabs(a, b) == 0.0
    assert len(calls) >= spec.n_layer * 4  # every matmul weight was produced on use


@pytest.mark.parametrize("case", CASES)
def test_greedy_through_the_cache_equals_one_stateless_forward_per_step(case):
    spec, weights = model(case)
    truth = truth_npz(case)
    P = int(truth["prompt_len"])
    ids = [int(t) for t in truth["ids"]]
    ref = Reference(spec, weights)
    g = ref.greedy(ids[:P], 12)
    seq = ids[:P]
    rows = []
    for _ in range(12):
        rows.append(ref.forward(seq).logits[-1])
        seq.append(int(np.argmax(rows[-1])))
    assert g.ids == seq
    assert maxabs(g.step_logits, np.stack(rows)) <= 1e-12
    top2 = np.sort(np.stack(rows), axis=1)[:, -2:]
    assert np.allclose(g.margins, top2[:, 1] - top2[:, 0], atol=1e-12)


def test_tap_rows_keep_exactly_those_rows():
    spec = synthetic_spec()
    ref = Reference(spec, random_weights(spec, seed=1))
    ids = list(range(1, 40))
    full = ref.forward(ids, taps=True).taps
    rows = [0, 3, 17, 38]
    part = ref.forward(ids, taps=True, tap_rows=rows).taps
    assert set(part) == set(full)
    for name, t in full.items():
        assert np.array_equal(part[name], t[rows]), name
