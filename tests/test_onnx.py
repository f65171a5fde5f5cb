"""ONNX export (emlx/onnx) and the onnxruntime (Python) runner against the float64 NumPy reference.

a. the graph: check_model(full_check), the I/O contract, deterministic bytes, lossless round trip of the
   canonical weights (weights_sha256), external data, clean errors for files that are not emlx ONNX exports;
b. onnxruntime vs the reference on every fixture family, f32 and int8 (against the int8 reference): stateless
   logits past the smallest window and past sequence_len, layer taps, prefill + decode through past/present
   (nanochat's smear through past_token_ids), batches;
c. acceptance: onnxruntime reproduces the upstream frameworks' full_logits; run_onnxruntime_job passes judge()
   for f32 and int8 exports, and an export with a wrong RoPE style fails it.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import onnx
import pytest

from conftest import ACCEPTANCE, ACCEPTANCE_CASES, FIXTURES, assert_clean_error, needs_acceptance, run_cli
from emlx.bundle import Bundle
from emlx.formats import load_bundle
from emlx.errors import EmlxInputError
from emlx.exporter.export import ExportOptions, build_bundle
from emlx.onnx.graph import build_model, max_positions, with_tap_outputs
from emlx.onnx.io import data_path, onnx_bytes, read_onnx, write_onnx
from emlx.runners.onnxruntime import Session, make_session, run_onnxruntime_job
from emlx.verify.reference import Reference
from emlx.spec_schema import tap_names
from emlx.verify.sidecars import DEFAULT_PROMPT, encode_prompt

ATOL = 1e-4
FAMILIES = {
    "autoresearch-mlx": "autoresearch-mlx/model.npz",
    "autoresearch-mlx-st": "autoresearch-mlx-st/model.safetensors",
    "autoresearch-torch": "autoresearch-torch/model.pt",
    "eml": "eml/model.npz",
    "nanochat": "nanochat/base_checkpoints/d4",
    # transformers / mlx-lm folders: GQA, MQA, llama3 and linear RoPE scaling, qkv bias, per-layer windows,
    # q/k norm, LayerNorm + learned positions, quantised groups (fixtures/hf, with the frameworks' truth)
    **{f"hf-{n}": f"hf/{n}" for n in ("llama-gqa", "llama-tied-llama3", "llama-mqa-linear", "qwen2-window", "qwen3",
                                      "gpt2", "mlx-q4")},
}

_BUNDLES: dict[tuple[str, bool, bool], Bundle] = {}


def fixture_bundle(name: str, int8: bool = False, q4: bool = False, **overrides: object) -> Bundle:
    key = (name, int8, q4)
    if overrides:
        return build_bundle(FIXTURES / FAMILIES[name], ExportOptions(int8=int8, q4=q4, overrides=overrides)).bundle
    if key not in _BUNDLES:
        _BUNDLES[key] = build_bundle(FIXTURES / FAMILIES[name], ExportOptions(int8=int8, q4=q4)).bundle
    return _BUNDLES[key]


def session(bundle: Bundle, taps: bool = False) -> Session:
    return Session(make_session(build_model(bundle, taps=taps)), bundle.spec)


def test_io_contract_and_full_check() -> None:
    b = fixture_bundle("nanochat", int8=True)
    spec = b.spec
    m = build_model(b)
    onnx.checker.check_model(m, full_check=True)
    assert m.opset_import[0].version >= 17
    ins = {i.name: i for i in m.graph.input}
    outs = {o.name: o for o in m.graph.output}
    want_in = {"input_ids", "num_logits_to_keep", "past_token_ids"} | {f"past_key_values.{i}.{kv}" for i in range(spec.n_layer)
                                                 for kv in ("key", "value")}
    want_out = {"logits", "present_token_ids"} | {f"present.{i}.{kv}" for i in range(spec.n_layer) for kv in ("key", "value")}
    assert set(ins) == want_in and set(outs) == want_out

    def dims(v: onnx.ValueInfoProto) -> list[object]:
        return [d.dim_param or d.dim_value for d in v.type.tensor_type.shape.dim]

    assert ins["input_ids"].type.tensor_type.elem_type == onnx.TensorProto.INT64
    assert dims(ins["past_key_values.0.key"]) == ["batch", spec.n_kv_head, "past_len", spec.head_dim]
    assert dims(outs["logits"]) == ["batch", "logits_seq", spec.vocab_size]  # padded vocab sliced off
    assert ins["num_logits_to_keep"].type.tensor_type.elem_type == onnx.TensorProto.INT64
    assert dims(ins["num_logits_to_keep"]) == []
    inits = {t.name: t for t in m.graph.initializer}
    # a graph input like the others (no initializer behind it: onnxruntime lists only those in a session's
    # inputNames, which is how a caller such as transformers.js finds out to feed it)
    assert "num_logits_to_keep" not in inits
    assert inits["blocks.0.attn.c_q.weight"].data_type == onnx.TensorProto.INT8
    assert inits["blocks.0.attn.c_q.weight.scale"].data_type == onnx.TensorProto.FLOAT
    assert inits["resid_lambdas"].data_type == onnx.TensorProto.FLOAT
    # no smear -> no token-id state
    plain = build_model(fixture_bundle("autoresearch-mlx"))
    assert "past_token_ids" not in {i.name for i in plain.graph.input}
    taps = build_model(b, taps=True)
    onnx.checker.check_model(taps, full_check=True)
    assert [o.name for o in taps.graph.output][len(want_out):] == [f"tap.{n}" for n in tap_names(spec.n_layer)]


def test_deterministic_bytes_and_round_trip(tmp_path: Path) -> None:
    for int8 in (False, True):
        b = fixture_bundle("nanochat", int8=int8)
        # an independent rebuild from the checkpoint gives the same bytes
        again = build_bundle(FIXTURES / FAMILIES["nanochat"], ExportOptions(int8=int8)).bundle
        assert onnx_bytes(b)[0] == onnx_bytes(again)[0]
        p = tmp_path / f"m{int(int8)}.onnx"
        size = write_onnx(b, p)
        assert size == p.stat().st_size
        first = p.read_bytes()
        write_onnx(b, p)
        assert p.read_bytes() == first
        back = load_bundle(p)  # the suffix dispatch of load_bundle
        assert back.weights_sha256 == b.weights_sha256
        assert back.spec == b.spec and back.tokenizer == b.tokenizer and back.source == b.source
        assert back.is_int8 == int8
        for name, t in b.weights.items():
            assert back.weights[name].dtype == t.dtype
            assert np.array_equal(back.weights[name].data, t.data)
        props = {p.key: p.value for p in onnx.load(str(p)).metadata_props}
        assert props["emlx.format"] == "emlx.onnx" and props["emlx.version"] == "1"
        header = json.loads(props["emlx.header"])
        assert header["weights_sha256"] == b.weights_sha256 and header["tokenizer"] == b.tokenizer
    assert not list(tmp_path.glob(".*tmp"))  # atomic writes leave no temp files


def test_external_data_with_tiny_threshold(tmp_path: Path) -> None:
    b = fixture_bundle("autoresearch-torch", int8=True)
    inside = tmp_path / "in.onnx"
    outside = tmp_path / "out.onnx"
    write_onnx(b, inside)
    total = write_onnx(b, outside, external_data_threshold=1024)
    ext = data_path(outside)
    assert ext.name == "out.onnx.data" and ext.is_file()
    assert outside.stat().st_size < inside.stat().st_size / 10
    assert total == outside.stat().st_size + ext.stat().st_size
    first = (outside.read_bytes(), ext.read_bytes())
    write_onnx(b, outside, external_data_threshold=1024)
    assert (outside.read_bytes(), ext.read_bytes()) == first
    assert read_onnx(outside).weights_sha256 == b.weights_sha256
    onnx.checker.check_model(str(outside), full_check=True)
    ids = list(range(1, 20))
    a = Session(make_session(inside), b.spec).run(ids)["logits"]
    c = Session(make_session(outside), b.spec).run(ids)["logits"]
    assert np.array_equal(a, c)
    moved = tmp_path / "elsewhere.data"
    ext.rename(moved)
    with pytest.raises(EmlxInputError, match="out.onnx.data"):
        read_onnx(outside)
    moved.rename(ext)
    write_onnx(b, outside)  # back to one file: the stale data sibling goes
    assert not ext.exists()


def test_bad_files_are_clean_errors(tmp_path: Path) -> None:
    junk = tmp_path / "junk.onnx"
    junk.write_bytes(b"\xff\xfe not protobuf at all" * 10)
    with pytest.raises(EmlxInputError, match="not an ONNX model"):
        read_onnx(junk)
    with pytest.raises(EmlxInputError, match="no such ONNX file"):
        read_onnx(tmp_path / "missing.onnx")
    b = fixture_bundle("autoresearch-mlx")
    m = build_model(b)  # a valid model without the emlx header
    foreign = tmp_path / "foreign.onnx"
    foreign.write_bytes(m.SerializeToString())
    with pytest.raises(EmlxInputError, match="emlx.format"):
        read_onnx(foreign)
    good = tmp_path / "good.onnx"
    write_onnx(b, good)
    model = onnx.load(str(good))
    w = next(t for t in model.graph.initializer if t.name == "blocks.1.mlp.c_fc.weight")
    arr = onnx.numpy_helper.to_array(w).copy()
    arr[0, 0] += 1.0
    w.CopyFrom(onnx.numpy_helper.from_array(arr, w.name))
    tampered = tmp_path / "tampered.onnx"
    tampered.write_bytes(model.SerializeToString())
    with pytest.raises(EmlxInputError, match="weights_sha256"):
        read_onnx(tampered)
    proc = run_cli("sidecars", tampered)
    assert_clean_error(proc, "weights_sha256")


def _greedy_ids(ref: Reference, prompt: list[int], n: int) -> list[int]:
    """The sidecars' default prompt continued greedily by the reference to ``n`` ids. Not random ids: those
    (and some single tokens) drive the random EML fixture's MLP inputs so high that exp() amplifies float32's
    own matmul rounding past 1e-4 -- a float32 limit that every float32 port (TF.js too) shares."""
    ids, cache = list(prompt), ref.new_cache()
    last = ref.step(cache, ids)[-1]
    while len(ids) < n:
        ids.append(int(np.argmax(last)))
        last = ref.step(cache, ids[-1:])[-1]
    return ids


@pytest.mark.parametrize("quant", ["f32", "int8", "q4"])
@pytest.mark.parametrize("family", list(FAMILIES))
def test_onnxruntime_matches_reference(family: str, quant: str) -> None:
    b = fixture_bundle(family, int8=quant == "int8", q4=quant == "q4")
    spec = b.spec
    ref = Reference(spec, b.float_weights())  # int8 / q4: their reference (dequantised exactly, in float32)
    if quant == "q4":  # the q4 matmuls are onnxruntime's MatMulNBits (embeddings: the nibbles unpacked in the graph)
        assert any(n.op_type == "MatMulNBits" for n in build_model(b).graph.node)
    sess = session(b, taps=True)
    finite = [w for w in spec.window if w is not None]
    L = max(spec.sequence_len, min(finite, default=0)) + 12  # past the smallest window and past sequence_len
    L = min(L, 140)
    if spec.embed.positions == "learned":  # a learned table has sequence_len rows: no position past it exists
        L = min(L, spec.sequence_len)
    ids = _greedy_ids(ref, encode_prompt(b, DEFAULT_PROMPT, bos=True), L)
    want = ref.forward(ids, taps=True)

    out = sess.run(ids)
    assert out["logits"].shape == (1, L, spec.vocab_size)
    assert np.max(np.abs(out["logits"][0] - want.logits)) <= ATOL
    for name in tap_names(spec.n_layer):
        got, r = out[f"tap.{name}"], want.taps[name]
        assert got.shape == (1, *r.shape), name
        assert np.max(np.abs(got[0] - r)) <= ATOL * max(1.0, float(np.max(np.abs(r)))), name

    # prefill, then single tokens, then a 3-token chunk, all through past/present
    prefill = 5
    o = sess.run(ids[:prefill])
    rows = [o["logits"][0]]
    j = prefill
    while j < L:
        n = 1 if j < L - 3 else L - j
        o = sess.run(ids[j:j + n], sess.next_past(o))
        rows.append(o["logits"][0])
        assert o["present.0.key"].shape == (1, spec.n_kv_head, j + n, spec.head_dim)  # never trimmed
        j += n
    cached = np.concatenate(rows, axis=0)
    assert np.max(np.abs(cached - want.logits)) <= ATOL
    # present keys are the attention's keys: after rope + norm + qk_scale, position-major like the taps
    k_tap = want.taps["blocks.0.attn.k"]  # [L, KV, hd]
    assert np.max(np.abs(o["present.0.key"][0].transpose(1, 0, 2) - k_tap)) <= ATOL
    if spec.smear is not None:
        assert o["present_token_ids"].tolist() == [[ids[-1]]]


def test_smear_state_is_used_and_batches_are_independent() -> None:
    b = fixture_bundle("nanochat")
    spec, sess = b.spec, session(b)
    ref = Reference(spec, b.float_weights())
    ids = [5, 17, 99, 3, 250, 8, 41]
    o = sess.run(ids[:4])
    past = sess.next_past(o)
    good = sess.run(ids[4:], past)["logits"][0]
    assert np.max(np.abs(good - ref.forward(ids).logits[4:])) <= ATOL
    wrong = dict(past, past_token_ids=np.array([[ids[3] + 1]], dtype=np.int64))
    bad = sess.run(ids[4:], wrong)["logits"][0]
    assert np.max(np.abs(bad - good)) > 1e-3  # the previous token really enters the smear
    # past_token_ids is ignored for a prefill
    zero = sess.empty_past()
    other = dict(zero, past_token_ids=np.array([[7]], dtype=np.int64))
    assert np.array_equal(sess.run(ids)["logits"], sess.run(ids, other)["logits"])
    # batch of two different sequences == each alone
    a, c = ids, [int(x) for x in (np.array(ids) * 3 + 1) % spec.vocab_size]
    feeds = {k: np.repeat(v, 2, axis=0) for k, v in zero.items()}
    feeds["input_ids"] = np.array([a, c], dtype=np.int64)
    feeds["num_logits_to_keep"] = np.array(0, dtype=np.int64)
    both = sess.sess.run(["logits"], feeds)[0]
    assert np.allclose(both[0], sess.run(a)["logits"][0], atol=1e-6)
    assert np.allclose(both[1], sess.run(c)["logits"][0], atol=1e-6)


def test_attention_is_standard_ops_and_rope_the_one_contrib_op() -> None:
    """FORMATS.md "ONNX bundle": the only com.microsoft op of a float32 export is RotaryEmbedding; attention is
    standard ops (Softmax per layer), not GroupQueryAttention, whose onnxruntime-web wasm kernel ran 4-6x slower at
    a prompt (README), even where its head_dim % 8 == 0 would allow it."""
    for name in ("nanochat", "autoresearch-mlx"):
        b = fixture_bundle(name)
        assert b.spec.head_dim % 8 == 0
        m = build_model(b)
        contrib = {n.op_type for n in m.graph.node if n.domain == "com.microsoft"}
        assert contrib == {"RotaryEmbedding"}, (name, contrib)
        assert sum(n.op_type == "Softmax" for n in m.graph.node) == b.spec.n_layer, name


def test_a_head_dim_fused_attention_cannot_take_uses_the_standard_ops(tmp_path: Path) -> None:
    """onnxruntime's GroupQueryAttention needs head_dim % 8 == 0: a GPT-2 shape with head_dim 12 (as
    save_pretrained writes it) gets the standard-op attention and still matches the reference, cached too."""
    transformers = pytest.importorskip("transformers")
    import torch

    torch.manual_seed(0)
    cfg = transformers.GPT2Config(n_embd=48, n_layer=2, n_head=4, n_positions=64, vocab_size=97)
    transformers.GPT2LMHeadModel(cfg).save_pretrained(str(tmp_path / "gpt2"))
    b = build_bundle(tmp_path / "gpt2", ExportOptions()).bundle
    assert b.spec.head_dim == 12
    m = build_model(b)
    assert not any(n.op_type == "GroupQueryAttention" for n in m.graph.node)
    sess = Session(make_session(m), b.spec)
    ids = [int(i) for i in (np.arange(40) * 7 + 3) % 97]
    want = Reference(b.spec, b.float_weights()).forward(ids).logits
    assert np.max(np.abs(sess.run(ids)["logits"][0] - want)) <= ATOL
    o = sess.run(ids[:30])
    o = sess.run(ids[30:], sess.next_past(o))
    assert np.max(np.abs(o["logits"][0] - want[30:])) <= ATOL


def test_num_logits_to_keep_returns_the_last_rows_only() -> None:
    """The num_logits_to_keep input: 0 every row; k the last k rows of every sequence, equal to the full run's;
    k past the sequence length every row. A batch of two sequences keeps each one's own last rows."""
    b = fixture_bundle("nanochat")
    sess = session(b)
    ids = [5, 17, 99, 3, 250, 8, 41]
    full = sess.run(ids)["logits"]
    empty = sess.empty_past()
    for k, want in ((0, full), (1, full[:, -1:]), (3, full[:, -3:]), (99, full)):
        got = sess.sess.run(["logits"], {**empty, "input_ids": np.array([ids], dtype=np.int64),
                                         "num_logits_to_keep": np.array(k, dtype=np.int64)})[0]
        assert got.shape == want.shape and np.array_equal(got, want), k
    c = [int(x) for x in (np.array(ids) * 3 + 1) % b.spec.vocab_size]
    feeds = {key: np.repeat(v, 2, axis=0) for key, v in empty.items()}
    both = sess.sess.run(["logits"], {**feeds, "input_ids": np.array([ids, c], dtype=np.int64),
                                      "num_logits_to_keep": np.array(1, dtype=np.int64)})[0]
    assert both.shape == (2, 1, b.spec.vocab_size)
    assert np.allclose(both[0], full[0, -1:], atol=1e-6) and np.allclose(both[1], sess.run(c)["logits"][0, -1:], atol=1e-6)


def test_wrong_semantics_diverge_from_reference() -> None:
    """Each semantic is load-bearing in the graph: a flipped RoPE style or sign moves the logits far."""
    good = fixture_bundle("autoresearch-torch")
    ref = Reference(good.spec, good.float_weights())
    ids = list(range(3, 40))
    want = ref.forward(ids).logits
    assert np.max(np.abs(session(good).run(ids)["logits"][0] - want)) <= ATOL
    for override in ({"rope.style": "interleaved"}, {"rope.sign": 1}, {"rope.table_dtype": "float32"}):
        bad = fixture_bundle("autoresearch-torch", **override)
        assert np.max(np.abs(session(bad).run(ids)["logits"][0] - want)) > 1e-3, override


def test_rope_tables_cover_documented_positions() -> None:
    b = fixture_bundle("autoresearch-mlx")
    m = build_model(b)
    cos = next(t for t in m.graph.initializer if t.name == "rope.cos")
    assert list(cos.dims) == [max_positions(b.spec), b.spec.head_dim // 2]
    assert max_positions(b.spec) == max(4 * b.spec.sequence_len, 8192)


def test_with_tap_outputs_on_loaded_file(tmp_path: Path) -> None:
    b = fixture_bundle("eml")
    p = tmp_path / "m.onnx"
    write_onnx(b, p)
    model = with_tap_outputs(onnx.load(str(p)), b.spec)
    onnx.checker.check_model(model, full_check=True)
    with pytest.raises(ValueError, match="tap_src"):
        with_tap_outputs(model, b.spec.replace(n_layer=b.spec.n_layer + 1, window=(*b.spec.window, None)))


def test_cli_export_onnx_int8_keep_f32(tmp_path: Path) -> None:
    out = tmp_path / "m.onnx"
    proc = run_cli("export", FIXTURES / FAMILIES["autoresearch-mlx"], out, "--int8", "--keep-f32", "lm_head*")
    assert proc.returncode == 0, proc.stderr
    again = tmp_path / "again.onnx"  # another process: no hash-seed or dict-order dependence in the bytes
    assert run_cli("export", FIXTURES / FAMILIES["autoresearch-mlx"], again, "--int8", "--keep-f32", "lm_head*").returncode == 0
    assert again.read_bytes() == out.read_bytes()
    b = load_bundle(out)
    assert b.weights["lm_head.weight"].dtype == "float32"
    assert b.weights["blocks.0.mlp.c_fc.weight"].dtype == "int8"
    bad = run_cli("export", FIXTURES / FAMILIES["autoresearch-mlx"], tmp_path / "m.onnnx")
    assert_clean_error(bad, ".onnx")
    missing = run_cli("export", FIXTURES / FAMILIES["autoresearch-mlx"], tmp_path / "no" / "m.onnx")
    assert_clean_error(missing, "does not exist")
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("int8", [False, True], ids=["f32", "int8"])
def test_runner_on_fixture_passes_judge_and_never_passes_a_crash(int8: bool, tmp_path: Path) -> None:
    from emlx.runners import make_job
    from emlx.verify.parity import judge
    from emlx.verify.sidecar_folder import open_sidecars
    from emlx.verify.sidecars import SidecarOptions

    path = tmp_path / "m.onnx"
    write_onnx(fixture_bundle("nanochat", int8), path)
    bundle = load_bundle(path)
    sc = open_sidecars(path, bundle, tmp_path / "sc", SidecarOptions(tokens=8))
    docs = sc.docs
    job = make_job(path, sc.files, "cpu")
    result = run_onnxruntime_job(job)
    assert result["errors"] == []
    assert result["runtime"]["name"] == "onnxruntime" and result["load_ms"] > 0
    assert set(result["timings_ms"]) == {"tokenizer", "forward", "layers", "kvcache"}
    gates = judge(result, docs, ATOL)
    assert {g.name for g in gates} == {"tokenizer", "forward.logits", "forward.greedy", "layers", "kvcache.logits",
                                       "kvcache.cached_vs_stateless"}
    assert all(g.passed for g in gates), [g.detail for g in gates if not g.passed]
    # a phase that fails (here: a sidecar id outside the vocabulary) is an error and a failed gate, never a pass
    kv = json.loads(sc.files["kvcache"].read_text())
    kv["ids"][-1] = bundle.spec.padded_vocab_size + 5
    broken = tmp_path / "kv_broken.json"
    broken.write_text(json.dumps(kv))
    bad = run_onnxruntime_job({**job, "sidecars": {**job["sidecars"], "kvcache": str(broken)}})
    assert any(e.startswith("kvcache:") for e in bad["errors"])
    bad_gates = {g.name: g for g in judge(bad, {**docs, "kvcache": kv}, ATOL)}
    for name in ("kvcache.logits", "kvcache.cached_vs_stateless"):  # the gates the sidecar asked for fail
        assert not bad_gates[name].passed and bad_gates[name].detail.startswith("nothing compared"), bad_gates[name]
    with pytest.raises(EmlxInputError, match="CPU execution provider"):
        run_onnxruntime_job({**job, "backend": "wasm"})


# ==================================================================================================
# acceptance (../shared/acceptance)


def _acceptance_bundle(case: str, tmp: Path, *extra: str) -> Path:
    ckpt, tok = ACCEPTANCE_CASES[case]
    out = tmp / f"{case}.onnx"
    proc = run_cli("export", ckpt, out, *(["--tokenizer", tok] if tok else []), *extra)
    assert proc.returncode == 0, proc.stderr
    return out


TRUTHS = [("autoresearch-mlx", "truth.npz"), ("autoresearch-torch", "truth.npz"), ("nanochat", "truth.npz"),
          ("nanochat", "truth_beyond_seqlen.npz")]  # 534 tokens: past sequence_len the full layer slides too


@needs_acceptance
@pytest.mark.parametrize("case,npz", TRUTHS)
def test_acceptance_truth_logits(case: str, npz: str) -> None:
    """One stateless run over the truth sequence reproduces full_logits; prefill + single-token decode through
    past/present reproduces the upstream greedy step_logits."""
    ckpt, tok = ACCEPTANCE_CASES[case]
    b = build_bundle(ckpt, ExportOptions(tokenizer=tok)).bundle
    with np.load(ACCEPTANCE / case / npz, allow_pickle=False) as z:
        ids, full, steps = [int(i) for i in z["ids"]], np.asarray(z["full_logits"], np.float64), z["step_logits"]
        P = int(z["prompt_len"])
    sess = session(b)
    got = sess.run(ids[:full.shape[0]])["logits"][0]
    assert got.shape == full.shape
    assert np.max(np.abs(got - full)) <= ATOL
    out = sess.run(ids[:P])
    rows = [out["logits"][0, -1]]
    for s in range(1, steps.shape[0]):
        out = sess.run([ids[P + s - 1]], sess.next_past(out))
        rows.append(out["logits"][0, -1])
    assert np.max(np.abs(np.stack(rows) - steps)) <= ATOL


@needs_acceptance
@pytest.mark.parametrize("case", list(ACCEPTANCE_CASES))
@pytest.mark.parametrize("int8", [False, True], ids=["f32", "int8"])
def test_acceptance_runner_passes_judge(case: str, int8: bool, tmp_path: Path) -> None:
    from emlx.runners import make_job
    from emlx.verify.parity import judge
    from emlx.verify.sidecar_folder import open_sidecars
    from emlx.verify.sidecars import SidecarOptions

    truth = json.loads((ACCEPTANCE / case / "truth.json").read_text())
    path = _acceptance_bundle(case, tmp_path, *(["--int8"] if int8 else []))
    bundle = load_bundle(path)
    sc = open_sidecars(path, bundle, tmp_path / "sc", SidecarOptions(prompt=truth["prompt"], tokens=12))
    docs = sc.docs
    result = run_onnxruntime_job(make_job(path, sc.files, "cpu"))
    assert result["errors"] == [] and result["runtime"]["name"] == "onnxruntime"
    gates = {g.name: g for g in judge(result, docs, ATOL)}
    assert set(gates) >= {"tokenizer", "forward.logits", "forward.greedy", "layers", "kvcache.logits",
                          "kvcache.cached_vs_stateless"}
    assert all(g.passed for g in gates.values()), {n: g.detail for n, g in gates.items() if not g.passed}

    if case == "autoresearch-mlx" and not int8:  # negative control: the wrong RoPE convention fails the gates
        (tmp_path / "bad").mkdir()
        bad = _acceptance_bundle(case, tmp_path / "bad", "--set", "rope.style=half")
        bad_result = run_onnxruntime_job(make_job(bad, sc.files, "cpu"))
        bad_gates = {g.name: g for g in judge(bad_result, docs, ATOL)}
        assert not bad_gates["forward.logits"].passed and not bad_gates["kvcache.logits"].passed
        assert bad_gates["layers"].data["first_divergent"] == "blocks.0.attn.q"
