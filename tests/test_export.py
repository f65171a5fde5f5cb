"""Exporter end to end through the CLI: family semantics, exact weights, int8, determinism, bad input."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pytest

from conftest import ACCEPTANCE, ACCEPTANCE_CASES, FIXTURES, assert_clean_error, needs_acceptance, run_cli
from emlx.formats import load_bundle

# docs/DESIGN.md §2, per family, as the acceptance checkpoints' configs imply (independent of the detection code)
EXPECTED = {
    "autoresearch-mlx": dict(window=[32, 32, 32, 64], rope={"style": "interleaved", "sign": 1, "base": 10000.0, "table_dtype": "float32"},
                             norm_eps=1e-5, qk_scale=1.0, padded_vocab_size=384, vocab_size=384, smear=None, backout=None,
                             value_embed={"layers": [1, 3], "gate_channels": 32, "gate_scale": 2.0}, n_head=2, n_kv_head=1),
    "autoresearch-torch": dict(window=[33, 33, 33, 65], rope={"style": "half", "sign": -1, "base": 10000.0, "table_dtype": "bfloat16"},
                               norm_eps=float(np.finfo(np.float32).eps), qk_scale=1.0, padded_vocab_size=384, vocab_size=384,
                               smear=None, backout=None, value_embed={"layers": [1, 3], "gate_channels": 32, "gate_scale": 2.0},
                               n_head=2, n_kv_head=1),
    "nanochat": dict(window=[129, 129, 129, 513], rope={"style": "half", "sign": -1, "base": 100000.0, "table_dtype": "float32"},
                     norm_eps=float(np.finfo(np.float32).eps), qk_scale=1.2, padded_vocab_size=448, vocab_size=389,
                     smear={"channels": 24}, backout={"layer": 2},
                     value_embed={"layers": [1, 3], "gate_channels": 12, "gate_scale": 3.0}, n_head=2, n_kv_head=2),
}


def _bf16_npz_truth(path: Path) -> dict[str, np.ndarray]:
    """Decode an mx.savez file independently: '<V2' -> uint16 bits -> float32."""
    out = {}
    with np.load(path, allow_pickle=False) as z:
        for k in z.files:
            a = z[k]
            if a.dtype.kind == "V":
                a = (a.view(np.uint16).astype(np.uint32) << 16).view(np.float32)
            out[k] = np.asarray(a, dtype=np.float32)
    return out


@needs_acceptance
@pytest.mark.parametrize("case", list(ACCEPTANCE_CASES))
def test_acceptance_export_without_torch(case: str, tmp_path: Path) -> None:
    ckpt, tok = ACCEPTANCE_CASES[case]
    out = tmp_path / "m.json"
    args = ["export", ckpt, out] + (["--tokenizer", tok] if tok else [])
    proc = run_cli(*args, block_torch=True)
    assert proc.returncode == 0, proc.stderr
    rep = json.loads(run_cli("inspect", out, "--json").stdout)
    spec = rep["spec"]
    for key, want in EXPECTED[case].items():
        got = spec[key]
        if key == "rope":
            got = {k: got[k] for k in want}
        assert got == want, (key, got, want)
    assert rep["family"] == case
    assert rep["tokenizer"]["bos_id"] == json.loads((ckpt.parent if ckpt.is_file() else ACCEPTANCE / case).joinpath("truth.json").read_text())["prompt_ids"][0]


@needs_acceptance
def test_mlx_weights_exact(tmp_path: Path) -> None:
    ckpt, tok = ACCEPTANCE_CASES["autoresearch-mlx"]
    out = tmp_path / "m.json"
    assert run_cli("export", ckpt, out, "--tokenizer", tok).returncode == 0
    w = load_bundle(out).float_weights()
    src = _bf16_npz_truth(ckpt)
    assert set(w) == set(src)
    for k in src:
        assert np.array_equal(w[k], src[k]), k


@needs_acceptance
@pytest.mark.parametrize("case", ["autoresearch-torch", "nanochat"])
def test_torch_weights_exact(case: str, tmp_path: Path) -> None:
    torch = pytest.importorskip("torch", reason="torch oracle (pip install torch==2.13.0) not installed")
    ckpt, tok = ACCEPTANCE_CASES[case]
    out = tmp_path / "m.safetensors"
    assert run_cli("export", ckpt, out, *(["--tokenizer", tok] if tok else [])).returncode == 0
    w = load_bundle(out).float_weights()
    pt = ckpt if ckpt.is_file() else sorted(ckpt.glob("model_*.pt"))[-1]
    sd = torch.load(pt, map_location="cpu", weights_only=True)
    from emlx.families import canonical_name

    src = {canonical_name(k): v.float().numpy() for k, v in sd.items()}
    assert set(w) == set(src)
    for k in src:
        assert np.array_equal(w[k], src[k]), k


def test_fixtures_every_family(tmp_path: Path) -> None:
    cases = {
        "autoresearch-mlx/model.npz": ("autoresearch-mlx", [16, 16, 16, 32]),
        "autoresearch-mlx-st/model.safetensors": ("autoresearch-mlx", [16, 16, 16, 32]),
        "autoresearch-torch/model.pt": ("autoresearch-torch", [17, 17, 17, 33]),
        "eml/model.npz": ("autoresearch-mlx", [16, 16, 16, 32]),
        "nanochat/base_checkpoints/d4": ("nanochat", [129, 129, 129, 257]),
    }
    for rel, (family, window) in cases.items():
        out = tmp_path / (rel.replace("/", "_") + ".json")
        proc = run_cli("export", FIXTURES / rel, out)
        assert proc.returncode == 0, (rel, proc.stderr)
        b = load_bundle(out)
        assert b.spec.family == family and list(b.spec.window) == window, rel
        assert b.tokenizer is not None and b.tokenizer["bos_id"] is not None, rel
    b = load_bundle(tmp_path / "nanochat_base_checkpoints_d4.json")
    assert b.source["step"] == 20 and b.training["step"] == 20
    assert b.spec.activation.kind == "relu2"
    assert load_bundle(tmp_path / "eml_model.npz.json").spec.activation.kind == "eml"


def test_nanochat_step_selection(tmp_path: Path) -> None:
    d = FIXTURES / "nanochat" / "base_checkpoints" / "d4"
    out = tmp_path / "n.json"
    assert run_cli("export", d, out, "--step", "10").returncode == 0
    assert load_bundle(out).source["step"] == 10
    proc = run_cli("export", d, tmp_path / "x.json", "--step", "99")
    assert_clean_error(proc, "99")
    assert "10" in proc.stderr and "20" in proc.stderr
    assert not (tmp_path / "x.json").exists()


def test_deterministic_bytes(tmp_path: Path) -> None:
    src = FIXTURES / "autoresearch-torch" / "model.pt"
    for suffix, extra in ((".json", []), (".safetensors", []), (".json", ["--int8"])):
        a, b = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
        assert run_cli("export", src, a, *extra).returncode == 0
        assert run_cli("export", src, b, *extra).returncode == 0
        assert a.read_bytes() == b.read_bytes(), suffix


def test_int8_dequant_and_keep_f32(tmp_path: Path) -> None:
    src = FIXTURES / "autoresearch-mlx" / "model.npz"
    f32, i8 = tmp_path / "f.json", tmp_path / "q.json"
    assert run_cli("export", src, f32).returncode == 0
    assert run_cli("export", src, i8, "--int8", "--keep-f32", "lm_head.*").returncode == 0
    bf, bq = load_bundle(f32), load_bundle(i8)
    assert bq.weights["lm_head.weight"].dtype == "float32"
    assert bq.weights["resid_lambdas"].dtype == "float32"  # 1-D stays f32
    for name, t in bq.weights.items():
        w = bf.weights[name].data.astype(np.float64)
        if t.dtype == "int8":
            # hand-computed: per-row scale = max|row|/127, every element within half a step of the original
            scale = np.abs(w).max(axis=1) / 127
            assert np.allclose(t.scale, scale, rtol=1e-6)
            assert np.all(np.abs(t.to_float32() - w) <= scale[:, None] / 2 * (1 + 1e-5))
            assert np.abs(t.data).max() == 127
    rep = json.loads(run_cli("inspect", i8, "--json").stdout)
    errs = {r["name"]: r["rel_l2_error"] for r in rep["tensors"] if "rel_l2_error" in r}
    assert errs and all(0 < e < 0.02 for e in errs.values())


def test_seed_scale_int8_size(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(FIXTURES))
    from make_fixtures import make_seed_scale

    ckpt = make_seed_scale(tmp_path / "seed.npz")
    f32, i8 = tmp_path / "f.json", tmp_path / "q.json"
    assert run_cli("export", ckpt, f32).returncode == 0
    assert run_cli("export", ckpt, i8, "--int8").returncode == 0
    b = load_bundle(f32)
    assert sum(int(np.prod(t.shape)) for t in b.weights.values()) == 11_534_472
    ratio = i8.stat().st_size / f32.stat().st_size
    assert ratio <= 0.30, ratio


def test_overrides_and_config(tmp_path: Path) -> None:
    src = FIXTURES / "autoresearch-mlx" / "model.npz"
    out = tmp_path / "o.json"
    assert run_cli("export", src, out, "--set", "rope.style=half", "--set", "sequence_len=64").returncode == 0
    s = load_bundle(out).spec
    assert s.rope.style == "half" and s.sequence_len == 64 and list(s.window) == [32, 32, 32, 64]
    cfg = tmp_path / "c.json"
    cfg.write_text(json.dumps({"rope": {"sign": -1}, "window": [5, 5, 5, None]}))
    assert run_cli("export", src, out, "--config", cfg).returncode == 0
    s = load_bundle(out).spec
    assert s.rope.sign == -1 and list(s.window) == [5, 5, 5, None] and s.rope.style == "interleaved"
    assert_clean_error(run_cli("export", src, tmp_path / "bad.json", "--set", "rope.flavour=x"), "rope.flavour")
    assert_clean_error(run_cli("export", src, tmp_path / "bad.json", "--set", "window=[1,2]"), "window")
    assert not (tmp_path / "bad.json").exists()


def _drop_npz_member(src: Path, dst: Path, member: str) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            if info.filename != member:
                zout.writestr(info, zin.read(info.filename))


def test_partial_checkpoint_refused(tmp_path: Path) -> None:
    src = tmp_path / "model.npz"
    _drop_npz_member(FIXTURES / "autoresearch-mlx" / "model.npz", src, "blocks.2.mlp.c_fc.weight.npy")
    shutil.copy(FIXTURES / "autoresearch-mlx" / "model.json", tmp_path / "model.json")
    out = tmp_path / "o.json"
    proc = run_cli("export", src, out)
    assert_clean_error(proc, "missing tensors: blocks.2.mlp.c_fc.weight")
    assert not out.exists() and not list(tmp_path.glob(".o.json*"))


def _corrupt_variants(src: Path, tmp: Path) -> dict[str, Path]:
    data = src.read_bytes()
    out = {}
    for kind, payload in (("empty", b""), ("truncated", data[: len(data) // 2]),
                          ("garbage", bytes(range(256)) * 4), ("flipped", data[:8] + b"\xff" * 64 + data[72:])):
        p = tmp / f"{kind}{src.suffix}"
        p.write_bytes(payload)
        out[kind] = p
    return out


@pytest.mark.parametrize("rel", ["autoresearch-mlx/model.npz", "autoresearch-mlx-st/model.safetensors",
                                 "autoresearch-torch/model.pt", "autoresearch-mlx/tokenizer.pkl"])
def test_bad_files_clean_errors(rel: str, tmp_path: Path) -> None:
    src = FIXTURES / rel
    for kind, p in _corrupt_variants(src, tmp_path).items():
        out = tmp_path / f"out-{kind}.json"
        if rel.endswith(".pkl"):
            proc = run_cli("export", FIXTURES / "autoresearch-mlx" / "model.npz", out, "--tokenizer", p)
        else:
            proc = run_cli("export", p, out)
        assert_clean_error(proc)
        assert not out.exists(), kind
        assert not list(tmp_path.glob(".out-*")), kind


class _Evil:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        import os

        return (os.system, (f"touch {self.marker}",))


def test_malicious_pickles_execute_nothing(tmp_path: Path) -> None:
    import pickle

    marker = tmp_path / "pwned"
    evil = pickle.dumps(_Evil(marker), protocol=2)
    # a torch-style zip whose data.pkl would run a shell command
    pt = tmp_path / "evil.pt"
    with zipfile.ZipFile(pt, "w") as z:
        z.writestr("evil/data.pkl", evil)
        z.writestr("evil/byteorder", "little")
        z.writestr("evil/version", "3\n")
    proc = run_cli("export", pt, tmp_path / "o.json")
    assert_clean_error(proc, "system")
    pkl = tmp_path / "tokenizer.pkl"
    pkl.write_bytes(pickle.dumps(_Evil(marker), protocol=4))
    proc = run_cli("export", FIXTURES / "autoresearch-mlx" / "model.npz", tmp_path / "o.json", "--tokenizer", pkl)
    assert_clean_error(proc, "system")
    assert not marker.exists()
    assert not (tmp_path / "o.json").exists()


def test_unknown_output_suffix_and_missing_input(tmp_path: Path) -> None:
    assert_clean_error(run_cli("export", FIXTURES / "autoresearch-mlx" / "model.npz", tmp_path / "o.bin"), ".bin")
    assert_clean_error(run_cli("export", tmp_path / "nope.npz", tmp_path / "o.json"), "nope.npz")
    assert_clean_error(run_cli("inspect", tmp_path / "nope.json"), "nope.json")


def test_json_too_large_refused(tmp_path: Path) -> None:
    from emlx.errors import EmlxInputError
    from emlx.formats.json import write_json_bundle

    b = load_bundle_from_fixture(tmp_path)
    with pytest.raises(EmlxInputError, match="safetensors"):
        write_json_bundle(b, tmp_path / "big.json", max_chars=10_000)
    assert not (tmp_path / "big.json").exists()


def load_bundle_from_fixture(tmp_path: Path):  # type: ignore[no-untyped-def]
    out = tmp_path / "f.json"
    assert run_cli("export", FIXTURES / "autoresearch-mlx" / "model.npz", out).returncode == 0
    return load_bundle(out)


def test_safetensors_bundle_equals_json(tmp_path: Path) -> None:
    src = FIXTURES / "autoresearch-mlx" / "model.npz"
    for extra in ([], ["--int8"]):
        j, s = tmp_path / "b.json", tmp_path / "b.safetensors"
        assert run_cli("export", src, j, *extra).returncode == 0
        assert run_cli("export", src, s, *extra).returncode == 0
        bj, bs = load_bundle(j), load_bundle(s)
        assert bj.weights_sha256 == bs.weights_sha256
        assert bj.spec == bs.spec and bj.tokenizer == bs.tokenizer


def test_tampered_bundle_refused(tmp_path: Path) -> None:
    b = tmp_path / "b.json"
    assert run_cli("export", FIXTURES / "autoresearch-mlx" / "model.npz", b).returncode == 0
    doc = json.loads(b.read_text())
    doc["weights"]["resid_lambdas"]["data"] = doc["weights"]["x0_lambdas"]["data"]
    b.write_text(json.dumps(doc))
    assert_clean_error(run_cli("inspect", b), "weights_sha256")


def test_json_writer_equals_plain_json_dumps(tmp_path: Path) -> None:
    """The hand-spliced writer must produce exactly json.dumps(sort_keys, compact) of the documented structure."""
    from emlx.codec import header_json
    from emlx.formats.json import tensor_to_json

    for extra in ([], ["--int8"]):
        out = tmp_path / "b.json"
        assert run_cli("export", FIXTURES / "nanochat" / "base_checkpoints" / "d4", out, *extra).returncode == 0
        b = load_bundle(out)
        doc = b.header()
        doc["weights"] = {n: tensor_to_json(b.weights[n]) for n in sorted(b.weights)}
        assert header_json(doc).encode("utf-8") == out.read_bytes()


def test_sharded_safetensors(tmp_path: Path) -> None:
    src = FIXTURES / "nanochat" / "base_checkpoints" / "d4"
    single = tmp_path / "one.safetensors"
    assert run_cli("export", src, single, "--int8").returncode == 0
    proc = run_cli("export", src, tmp_path / "m.safetensors", "--int8", "--shard-size", "100KB", "--json")
    assert proc.returncode == 0, proc.stderr
    index = tmp_path / "m.safetensors.index.json"
    assert json.loads(proc.stdout)["out"] == str(index)
    doc = json.loads(index.read_text())
    shards = sorted(set(doc["weight_map"].values()))
    assert len(shards) > 2 and all((tmp_path / s).stat().st_size <= 100_000 + 20_000 for s in shards)
    # every int8 tensor's scale sits in the same shard as the tensor
    for name, f in doc["weight_map"].items():
        if name.endswith(".scale"):
            assert doc["weight_map"][name[:-6]] == f
    a, b = load_bundle(single), load_bundle(index)
    assert a.weights_sha256 == b.weights_sha256 and a.spec == b.spec
    assert all(np.array_equal(a.weights[k].data, b.weights[k].data) for k in a.weights)
    # a missing shard is a clean error
    (tmp_path / shards[1]).unlink()
    assert_clean_error(run_cli("inspect", index), shards[1])
    assert_clean_error(run_cli("export", src, tmp_path / "x.json", "--shard-size", "1MB"), "safetensors")
    assert_clean_error(run_cli("export", src, tmp_path / "x.safetensors", "--shard-size", "lots"), "--shard-size")
