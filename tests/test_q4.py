"""q4 (docs/FORMATS.md "q4 tensors", docs/DESIGN.md §4): the encoding against hand-computed values, the quantiser
(property tests), the three bundle formats and weights_sha256 as the spec words it, mlx-lm 4-bit groups carried bit
for bit from the folder's own bytes, the JS loader decoding exactly what Python dequantises, the size on the
seed-scale checkpoint, and bad input."""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import subprocess
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from conftest import ACCEPTANCE, ACCEPTANCE_CASES, FIXTURES, ROOT, assert_clean_error, needs_acceptance, run_cli
from emlx.bundle import StoredTensor
from emlx.exporter.export import ExportOptions, build_bundle
from emlx.exporter.quantize import Q4_SCALE_SHIFTS, quantize_q4
from emlx.formats import load_bundle
from emlx.hashing import weights_sha256
from emlx.q4 import Q4Layout, dequantize, layout_of, pack, unpack
from emlx.verify.quality import QUALITY_TEXT

MLX_Q4 = FIXTURES / "hf" / "mlx-q4"


# --------------------------------------------------------------------------------------------------
# the encoding


def test_nibble_order_and_formula_by_hand() -> None:
    """Byte 0x2F holds value 15 (low nibble, even column) then 2; symmetric w = s (q - 8), affine w = s q + o."""
    data = np.array([[0x2F, 0x80] * 8], dtype=np.uint8)  # 16 bytes = 32 values: 15, 2, 0, 8, 15, 2, ...
    assert unpack(data)[0, :4].tolist() == [15, 2, 0, 8]
    scale = np.array([[0.5]], dtype=np.float16)
    assert dequantize(data, scale, None)[0, :4].tolist() == [3.5, -3.0, -4.0, 0.0]
    s32, o32 = np.array([[0.25]], dtype=np.float32), np.array([[-1.0]], dtype=np.float32)
    assert dequantize(data, s32, o32)[0, :4].tolist() == [2.75, -0.5, -1.0, 1.0]
    assert layout_of(data, scale, None) == Q4Layout(32, "float16", False)
    assert layout_of(data, s32, o32).hash_line() == "32,float32,affine"


def test_affine_rounds_the_product_then_the_sum() -> None:
    """fl(fl(s q) + o), mlx-lm's order: with s = 1 + 2^-23 and q = 3 the exact product needs rounding first."""
    s = np.float32(1 + 2.0 ** -23)
    o = np.float32(2.0 ** -22)
    data = pack(np.full((1, 32), 3, dtype=np.uint8))
    got = dequantize(data, np.array([[s]], np.float32), np.array([[o]], np.float32))[0, 0]
    assert got == np.float32(np.float32(s * np.float32(3)) + o)


@settings(max_examples=60, deadline=None)
@given(arrays(np.float32, st.tuples(st.integers(1, 4), st.sampled_from([64, 128])),
              elements=st.floats(-4, 4, width=32)), st.sampled_from([32, 64]))
def test_affine_groups_keep_every_weight_within_half_a_step(w: np.ndarray, group: int) -> None:
    """quantize_q4_affine (bench_quant's and the affine golden's groups), float32 scales: offset = the group's
    minimum, scale = its range / 15, so every weight comes back within half a step of itself (hand bound: scale / 2
    plus float32 rounding of the divide and the multiply-add)."""
    from emlx.exporter.quantize import quantize_q4_affine

    t = quantize_q4_affine(w, group, "float32")
    g = w.reshape(w.shape[0], -1, group)
    assert np.array_equal(t.offset, g.min(axis=2))
    back = t.dequantize().reshape(g.shape).astype(np.float64)
    step = t.scale.astype(np.float64)[:, :, None]
    assert np.all(np.abs(back - g) <= step / 2 + 4e-7 * (np.abs(g) + step * 15)), (w, t)


@settings(max_examples=60, deadline=None)
@given(arrays(np.uint8, st.tuples(st.integers(1, 5), st.sampled_from([2, 16, 64])), elements=st.integers(0, 15)))
def test_pack_unpack_round_trip(values: np.ndarray) -> None:
    packed = pack(values)
    assert packed.shape == (values.shape[0], values.shape[1] // 2)
    assert np.array_equal(unpack(packed), values)
    # the bytes are what MatMulNBits and mlx-lm's little-endian words hold: value 2j low, 2j + 1 high
    assert np.array_equal(packed & 15, values[:, 0::2]) and np.array_equal(packed >> 4, values[:, 1::2])


# --------------------------------------------------------------------------------------------------
# the quantiser


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 4), st.sampled_from([32, 64, 128]), st.integers(1, 3), st.integers(0, 2**31 - 1))
def test_groups_on_the_grid_are_kept_exactly(rows: int, group: int, groups: int, seed: int) -> None:
    """w = d (q - 8) with a float16 d and some q = 0 (so d = m / -8) is reproduced exactly: error 0."""
    rng = np.random.default_rng(seed)
    q = rng.integers(0, 16, size=(rows, groups, group))
    q[:, :, 0] = 0  # the largest magnitude is -8 d
    d = rng.uniform(0.01, 2.0, size=(rows, groups)).astype(np.float16).astype(np.float32)
    w = ((q - 8) * d[:, :, None]).astype(np.float32).reshape(rows, groups * group)
    t = quantize_q4(w, group)
    assert t.scale.dtype == np.float16 and t.offset is None
    assert np.array_equal(t.dequantize(), w)


@settings(max_examples=40, deadline=None)
@given(arrays(np.float32, st.tuples(st.integers(1, 6), st.sampled_from([32, 64, 96, 128])),
              elements=st.floats(-1e4, 1e4, width=32)), st.sampled_from([32]))
def test_quantiser_properties(w: np.ndarray, group: int) -> None:
    """Values 0..15, float16 scales, deterministic, and the chosen scale is never worse (per group, in squared
    error) than Q4_0's plain ``m / -8``; every element within one scale step plus the clipped excess."""
    t = quantize_q4(w, group)
    again = quantize_q4(w.copy(), group)
    assert np.array_equal(t.data, again.data) and np.array_equal(t.scale, again.scale)
    deq = t.dequantize()
    rows, cols = w.shape
    g = w.reshape(rows, cols // group, group).astype(np.float64)
    m = np.take_along_axis(g, np.abs(g).argmax(axis=2)[:, :, None], axis=2)[:, :, 0]
    d0 = (m / -8).astype(np.float32).astype(np.float16).astype(np.float64)
    inv = np.divide(1.0, d0, out=np.zeros_like(d0), where=d0 != 0)
    q0 = np.clip(np.rint((g * inv[:, :, None]).astype(np.float32)) + 8, 0, 15)
    err0 = (((q0 - 8) * d0[:, :, None] - g) ** 2).sum(axis=2)
    err = ((deq.reshape(g.shape).astype(np.float64) - g) ** 2).sum(axis=2)
    assert np.all(err <= err0 * (1 + 1e-6) + 1e-30)
    step = np.abs(t.scale.astype(np.float64))
    # half a step, or the clip; a group whose scale underflows float16 (largest magnitude below 2.4e-7) is zero
    assert np.all(np.abs(deq.reshape(g.shape) - g) <= 2 * step[:, :, None] + 2.4e-7)


def test_the_scale_search_is_recorded_in_one_place() -> None:
    assert Q4_SCALE_SHIFTS[9] == 0.0 and len(Q4_SCALE_SHIFTS) == 19  # f = 0 is Q4_0's m / -8


def test_scales_beyond_float16_stay_float32() -> None:
    w = np.full((1, 32), 1e6, dtype=np.float32)
    w[0, 0] = -1e6
    t = quantize_q4(w, 32)
    assert t.scale.dtype == np.float32 and np.allclose(t.dequantize(), w, rtol=0.2)


# --------------------------------------------------------------------------------------------------
# weights_sha256 as docs/FORMATS.md words it, and the three formats


def _by_hand_sha256(weights: dict[str, StoredTensor]) -> str:
    h = hashlib.sha256()
    for name in sorted(weights):
        t = weights[name]
        h.update(f"{name}\n{t.dtype}\n{','.join(map(str, t.shape))}\n".encode())
        if t.dtype == "q4":
            lay = t.q4_layout
            h.update(f"{lay.group_size},{lay.scale_dtype},{'affine' if lay.affine else 'symmetric'}\n".encode())
            h.update(t.scale.astype(t.scale.dtype.newbyteorder("<")).tobytes())
            if t.offset is not None:
                h.update(t.offset.astype(t.offset.dtype.newbyteorder("<")).tobytes())
        elif t.scale is not None:
            h.update(t.scale.astype("<f4").tobytes())
        h.update(t.data.tobytes())
    return h.hexdigest()


def test_weights_sha256_covers_the_layout() -> None:
    """The same bytes read as g32/float16 or g64/float32 (equal byte counts) are different tensors: the hash says so."""
    data = np.arange(64, dtype=np.uint8).reshape(2, 32)  # [2 rows, 64 values]
    raw = np.arange(8, dtype=np.uint8)  # 8 bytes of scales
    a = StoredTensor("q4", data, raw.view("<f2").reshape(2, 2))  # g32, float16
    b = StoredTensor("q4", data, raw.view("<f4").reshape(2, 1))  # g64, float32
    assert a.q4_layout.group_size == 32 and b.q4_layout.group_size == 64
    assert weights_sha256({"w": a}) != weights_sha256({"w": b})
    for t in (a, b):
        assert weights_sha256({"w": t}) == _by_hand_sha256({"w": t})


@pytest.fixture(scope="module")
def q4_bundles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The autoresearch-mlx fixture (own symmetric groups) and the mlx-lm q4 folder (its affine groups) in every
    format."""
    from emlx.exporter.export import export

    d = tmp_path_factory.mktemp("q4")
    out: dict[str, Path] = {}
    for label, src in (("own", FIXTURES / "autoresearch-mlx" / "model.npz"), ("mlx", MLX_Q4)):
        for suffix in (".json", ".safetensors", ".onnx"):  # in process (the CLI's path: test_bad_options, the gate)
            p = d / f"{label}{suffix}"
            export(src, p, ExportOptions(q4=True))
            out[label + suffix] = p
    return out


def test_every_format_reads_back_the_same_tensors(q4_bundles: dict[str, Path]) -> None:
    for label in ("own", "mlx"):
        ref = load_bundle(q4_bundles[label + ".json"])
        assert ref.is_q4 and ref.weights_sha256 == _by_hand_sha256({k: t.loaded() for k, t in ref.weights.items()})
        for suffix in (".safetensors", ".onnx"):
            b = load_bundle(q4_bundles[label + suffix])
            assert b.weights_sha256 == ref.weights_sha256, (label, suffix)
            for name, t in ref.weights.items():
                u = b.weights[name]
                assert u.dtype == t.dtype and u.shape == t.shape
                for x, y in ((t.data, u.data), (t.scale, u.scale), (t.offset, u.offset)):
                    assert (x is None) == (y is None) and (x is None or (x.dtype == y.dtype and np.array_equal(x, y)))


def test_own_groups_are_symmetric_float16(q4_bundles: dict[str, Path]) -> None:
    b = load_bundle(q4_bundles["own.safetensors"])
    f32 = build_bundle(FIXTURES / "autoresearch-mlx" / "model.npz", ExportOptions()).bundle
    for name, t in b.weights.items():
        if len(t.shape) == 2:
            assert t.dtype == "q4" and t.q4_layout == Q4Layout(32, "float16", False), name
            assert np.array_equal(t.to_float32(), quantize_q4(f32.weights[name].to_float32(), 32).dequantize())
        else:
            assert t.dtype == "float32"
    q = b.source["quantization"]
    assert (q["kind"], q["scheme"], q["group_size"], q["scale_dtype"]) == ("q4", "symmetric", 32, "float16")
    assert all(0.0 < e < 0.2 for e in q["rel_l2_error"].values())


def test_onnx_multiplies_with_matmulnbits(q4_bundles: dict[str, Path]) -> None:
    import onnx

    for label, affine in (("own", False), ("mlx", True)):
        m = onnx.load(str(q4_bundles[label + ".onnx"]))
        ops = [n for n in m.graph.node if n.op_type == "MatMulNBits"]
        assert ops and all(n.domain == "com.microsoft" for n in ops)
        assert {o.domain: o.version for o in m.opset_import}.get("com.microsoft") == 1
        attrs = {a.name: onnx.helper.get_attribute_value(a) for a in ops[0].attribute}
        assert attrs["bits"] == 4 and attrs["block_size"] == 32 and attrs["accuracy_level"] == 0
        # symmetric groups use MatMulNBits' default zero point (8); affine ones pass float zero points
        assert all(len(n.input) == (4 if affine else 3) for n in ops), label
        onnx.checker.check_model(m, full_check=True)


def test_affine_groups_pass_onnxruntime_with_float_zero_points(q4_bundles: dict[str, Path]) -> None:
    """MatMulNBits computes (q - zp) s with zp = -offset / s: not the formula's s q + offset bit for bit, but
    within the gate of the exact reference."""
    proc = run_cli("parity", q4_bundles["mlx.onnx"], "--runtime", "onnxruntime")
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr


# --------------------------------------------------------------------------------------------------
# mlx-lm 4-bit groups: carried as stored


def _safetensors_raw(path: Path) -> dict[str, tuple[str, bytes]]:
    """name -> (dtype, bytes) read straight from the file (no emlx code)."""
    raw = path.read_bytes()
    n = struct.unpack("<Q", raw[:8])[0]
    head = json.loads(raw[8:8 + n])
    return {k: (v["dtype"], raw[8 + n + v["data_offsets"][0]:8 + n + v["data_offsets"][1]])
            for k, v in head.items() if k != "__metadata__"}


def test_mlx_q4_folder_keeps_its_values_scales_and_biases_bit_for_bit(q4_bundles: dict[str, Path]) -> None:
    src = _safetensors_raw(MLX_Q4 / "model.safetensors")
    b = load_bundle(q4_bundles["mlx.safetensors"])
    names = {"blocks.0.attn.c_q.weight": "model.layers.0.self_attn.q_proj",
             "blocks.1.mlp.c_proj.weight": "model.layers.1.mlp.down_proj",
             "wte.weight": "model.embed_tokens", "lm_head.weight": "lm_head"}
    for canon, module in names.items():
        t = b.weights[canon]
        assert t.dtype == "q4" and t.q4_layout == Q4Layout(32, "float32", True)  # the fixture's scales are F32
        assert t.data.tobytes() == src[f"{module}.weight"][1]  # uint32 words, little-endian = the nibbles
        assert t.scale.tobytes() == src[f"{module}.scales"][1] and t.offset.tobytes() == src[f"{module}.biases"][1]
    # and they mean what the float export (the exact dequantisation) means, bit for bit
    f32 = build_bundle(MLX_Q4, ExportOptions()).bundle
    for name, t in b.weights.items():
        assert np.array_equal(t.to_float32(), f32.weights[name].to_float32()), name
    assert set(b.source["quantization"]["source_groups"]) == {n for n, t in b.weights.items() if t.dtype == "q4"}
    # --group does not regroup them: mlx-lm's own groups stay
    again = build_bundle(MLX_Q4, ExportOptions(q4=True, group_size=64)).bundle
    assert again.weights_sha256 == b.weights_sha256


def test_mlx_q8_folder_under_q4_is_quantised_anew_and_says_so(tmp_path: Path) -> None:
    proc = run_cli("export", FIXTURES / "hf" / "mlx-q8", tmp_path / "m.json", "--q4")
    assert proc.returncode == 0, proc.stderr
    assert "quantised anew to q4 from their exact float values" in proc.stderr and "q8 g" in proc.stderr
    b = load_bundle(tmp_path / "m.json")
    assert b.weights["blocks.0.attn.c_q.weight"].q4_layout == Q4Layout(32, "float16", False)


# --------------------------------------------------------------------------------------------------
# JS decodes exactly what Python dequantises


def test_js_loader_decodes_q4_bit_for_bit(q4_bundles: dict[str, Path], tmp_path: Path) -> None:
    from emlx.runtime import ensure_js, find_node

    node = find_node()
    js = ensure_js(node)
    script = tmp_path / "dump.mjs"
    script.write_text(
        f"import {{ loadBundle }} from {json.dumps((js / 'src' / 'loader.js').as_uri())};\n"
        "const out = {};\n"
        "for (const f of process.argv.slice(2)) {\n"
        "  const b = await loadBundle(f);\n"
        "  const t = {};\n"
        "  for (const [k, w] of Object.entries(b.weights)) if (w.dtype === 'q4') t[k] = Buffer.from(w.data.buffer, w.data.byteOffset, w.data.byteLength).toString('base64');\n"
        "  out[f] = { verified: b.verified === true, tensors: t };\n"
        "}\n"
        "console.log(JSON.stringify(out));\n")
    files = [q4_bundles[k] for k in ("own.json", "own.safetensors", "mlx.json", "mlx.safetensors")]
    proc = subprocess.run([str(node.executable), str(script), *map(str, files)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)
    for f in files:
        b = load_bundle(f)
        assert got[str(f)]["verified"]  # weights_sha256 recomputed by the JS loader (the q4 layout line included)
        assert set(got[str(f)]["tensors"]) == {n for n, t in b.weights.items() if t.dtype == "q4"}
        for name, data in got[str(f)]["tensors"].items():
            js_values = np.frombuffer(base64.b64decode(data), dtype="<f4").reshape(b.weights[name].shape)
            assert np.array_equal(js_values.view(np.uint32), b.weights[name].to_float32().view(np.uint32)), (f, name)


# --------------------------------------------------------------------------------------------------
# size, choices of what stays float32, bad input


def test_seed_scale_q4_size(tmp_path: Path) -> None:
    """<= 0.16x the float32 JSON bundle's bytes at group 32 (measured 0.141x: 18 bytes per 32 weights; the
    safetensors ratio is the same, benchmarks/bench_quant.py). In process: the CLI's own path, without four
    interpreter starts."""
    import sys

    from emlx.exporter.export import export

    sys.path.insert(0, str(FIXTURES))
    from make_fixtures import make_seed_scale

    ckpt = make_seed_scale(tmp_path / "seed.npz")
    f32 = export(ckpt, tmp_path / "f.json", ExportOptions())
    q4 = export(ckpt, tmp_path / "q.json", ExportOptions(q4=True))
    ratio = (tmp_path / "q.json").stat().st_size / (tmp_path / "f.json").stat().st_size
    assert q4.size == (tmp_path / "q.json").stat().st_size and f32.size == (tmp_path / "f.json").stat().st_size
    assert 0.13 < ratio <= 0.16, ratio
    b = load_bundle(tmp_path / "q.json")
    assert all(t.dtype == "q4" for t in b.weights.values() if len(t.shape) == 2)


def test_keep_f32_and_columns_the_group_does_not_divide(tmp_path: Path) -> None:
    src = FIXTURES / "nanochat" / "base_checkpoints" / "d4"
    proc = run_cli("export", src, tmp_path / "m.json", "--q4", "--keep-f32", "wte.weight")
    assert proc.returncode == 0, proc.stderr
    assert "left float32 under --q4 (columns not a multiple of --group 32)" in proc.stderr
    b = load_bundle(tmp_path / "m.json")
    assert b.weights["wte.weight"].dtype == "float32" and b.weights["lm_head.weight"].dtype == "q4"
    assert b.weights["smear_gate.weight"].dtype == "float32"  # [1, 24]: 24 columns, not groups of 32
    assert "smear_gate.weight" in b.source["quantization"]["float32_unfit"]


@pytest.mark.parametrize("args,needles", [
    (["--q4", "--int8"], ["--int8 and --q4 both given"]),
    (["--q4", "--group", "48"], ["--group 48", "32, 64, 128"]),
    (["--group", "64"], ["--group 64 sets the q4 group size; add --q4"]),
])
def test_bad_options_are_one_line_errors(tmp_path: Path, args: list[str], needles: list[str]) -> None:
    out = tmp_path / "m.json"
    assert_clean_error(run_cli("export", FIXTURES / "autoresearch-mlx" / "model.npz", out, *args), *needles)
    assert not out.exists()


def test_corrupt_q4_entries_are_refused(q4_bundles: dict[str, Path], tmp_path: Path) -> None:
    doc = json.loads(q4_bundles["own.json"].read_text())
    name = "blocks.0.attn.c_q.weight"
    cases = {"group": ("group_size", 48, "q4 group_size 48"), "dtype": ("scale_dtype", "bfloat16", "q4 scale_dtype"),
             "scale": ("scale", doc["weights"][name]["scale"][:-8], "scale")}
    for label, (key, value, needle) in cases.items():
        bad = json.loads(json.dumps(doc))
        bad["weights"][name][key] = value
        p = tmp_path / f"{label}.json"
        p.write_text(json.dumps(bad))
        assert_clean_error(run_cli("inspect", p), needle)


def test_inspect_names_the_layout(q4_bundles: dict[str, Path]) -> None:
    rep = json.loads(run_cli("inspect", q4_bundles["own.safetensors"], "--json").stdout)
    assert rep["q4"] is True and rep["quantization"].startswith("q4 g32 f16 symmetric (")
    row = next(r for r in rep["tensors"] if r["name"] == "blocks.0.attn.c_q.weight")
    assert row["layout"] == "q4 g32 f16 symmetric" and 0 < row["rel_l2_error"] < 0.2
    assert row["bytes"] == 64 * 64 // 2 + 64 * 2 * 2  # nibbles + one float16 scale per 32 values (64 x 64 tensor)


def test_docs_name_the_format() -> None:
    fm = (ROOT / "docs" / "FORMATS.md").read_text()
    assert "## q4 tensors" in fm and "32,float16,symmetric" in fm


# --------------------------------------------------------------------------------------------------
# the gate: q4 bundles of the acceptance checkpoints on the fastest runtime per format, with their quality


#: (case, bundle suffix, runtime, backend): every acceptance case as q4 on the fastest runtime of each format. The
#: default suite runs each case once (a format each, both formats covered); the rest is the matrix tier.
_ACCEPTANCE_RUNS = [(case, suffix, runtime, backend)
                    for case in ACCEPTANCE_CASES
                    for suffix, runtime, backend in ((".json", "node", "wasm"), (".onnx", "onnxruntime", "cpu"))]
_DEFAULT_RUNS = {("autoresearch-mlx", ".json"), ("autoresearch-torch", ".onnx"), ("nanochat", ".json")}


@needs_acceptance
@pytest.mark.parametrize("case,suffix,runtime,backend", [
    pytest.param(*r, marks=() if r[:2] in _DEFAULT_RUNS else pytest.mark.matrix, id=f"{r[0]}-{r[2]}")
    for r in _ACCEPTANCE_RUNS])
def test_acceptance_q4_passes_the_gate(case: str, suffix: str, runtime: str, backend: str,
                                                        tmp_path: Path) -> None:
    """The numeric gate holds a q4 bundle to the reference of that same q4 bundle (dequantised exactly); its
    quality against float32 is measured (quality.json) and lands in the reports. Every other runtime (Chromium
    wasm, onnxruntime-node and -web): the full matrix of scripts/gate_q4.py."""
    ckpt, tok = ACCEPTANCE_CASES[case]
    truth = json.loads((ACCEPTANCE / case / "truth.json").read_text())
    tok_args = ["--tokenizer", tok] if tok else []
    bundle = tmp_path / f"m{suffix}"
    assert run_cli("export", ckpt, bundle, "--q4", *tok_args).returncode == 0
    # the quality text cut to its first paragraph (~270 tokens here): the whole text is 4x the reference's work
    text = tmp_path / "quality.txt"
    text.write_text(QUALITY_TEXT.split("\n\n")[0], encoding="utf-8")
    proc = run_cli("sidecars", bundle, "--prompt", truth["prompt"], "--tokens", "40", "--f32", ckpt,
                   "--quality-text", text)
    assert proc.returncode == 0, proc.stderr
    rd = tmp_path / f"reports{suffix}"
    proc = run_cli("parity", bundle, "--runtime", runtime, "--backend", backend, "--report-dir", rd)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr
    doc = json.loads((rd / "report.json").read_text())
    (run,) = doc["models"][0]["parity"]["runs"]
    gates = {g["name"]: g for g in run["gates"]}
    for name in ("tokenizer", "forward.logits", "forward.greedy", "layers", "kvcache.logits",
                 "kvcache.cached_vs_stateless"):
        assert gates[name]["passed"], (suffix, name, gates[name])
    assert gates["forward.logits"]["value"] <= 1e-4
    if suffix == ".json":  # the wasm engine ran the nibbles resident (not a float32 copy)
        port = run["info"]["port"]
        assert port["int8"] == "q4", port
        assert port["resident_weight_bytes"] < 0.2 * 4 * sum(
            int(np.prod(t.shape)) for t in load_bundle(bundle).weights.values()), port
    q = doc["models"][0]["quality"]
    assert q["quantization"].startswith("q4 g32 f16 symmetric") and q["positions"] > 150
    assert q["per_sequence"]["text"]["positions"] > 100
    # measured over the whole quality text (benchmarks/bench_quant.py): top-1 agreement 0.84-0.94, mean KL
    # 3.9e-3..5.0e-2 on these tiny models
    assert 0.7 < q["top1_agreement"] < 1.0 and 0 < q["kl"]["mean"] < 0.15, q
    assert "quality.top1_agreement" in (rd / "summary.md").read_text()
    assert "quantisation quality: q4 g32" in (rd / "report.html").read_text()


def test_config_gate_exports_q4_and_gates_its_quality(tmp_path: Path) -> None:
    """One gate run: the checkpoint exported as q4 g64, its parity passing on Node wasm, its quality in the reports
    with one threshold met and one missed, which fails the gate (exit 1) naming the check in junit.xml."""
    src = FIXTURES / "autoresearch-mlx"
    (tmp_path / "emlx.toml").write_text(
        f'[[models]]\nname = "q4"\ncheckpoint = "{src / "model.npz"}"\ntokenizer = "{src / "tokenizer.pkl"}"\n'
        'q4 = true\ngroup = 64\ntokens = 4\nruntimes = ["node:wasm"]\nmin_top1_agreement = 0.5\nmax_kl_max = 1e-9\n')
    from test_gate import gate_cli

    proc = gate_cli(tmp_path, "gate")
    assert proc.returncode == 1, proc.stdout[-3000:] + proc.stderr[-3000:]
    doc = json.loads((tmp_path / "emlx-reports" / "report.json").read_text())
    m = doc["models"][0]
    assert m["parity"]["passed"] and m["verdict"] == "FAIL", m["verdict"]
    assert m["quality"]["quantization"].startswith("q4 g64 f16 symmetric")
    assert {c["name"]: c["passed"] for c in m["quality_checks"]} == {
        "quality.top1_agreement": True, "quality.kl_mean": None, "quality.kl_max": False,
        "quality.max_flip_margin": None}
    assert load_bundle(tmp_path / "emlx-reports" / "work" / "q4" / "model.q4.json").is_q4
    junit = (tmp_path / "emlx-reports" / "junit.xml").read_text()
    assert 'name="quality.kl_max"' in junit and "<failure" in junit
