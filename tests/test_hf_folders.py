"""transformers / mlx-lm model folders (fixtures/hf, made by fixtures/make_hf_fixtures.py): export with no flag,
the spec config.json implies (values checked by hand against the config classes), both config dialects, every
weights layout, mlx-lm's affine quantisation against mlx itself, one-line refusals, and the float64 reference
against the frameworks' own logits stored beside each fixture."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pytest

from conftest import FIXTURES, ROOT, assert_clean_error, run_cli
from emlx.formats import load_bundle
from emlx.errors import EmlxInputError
from emlx.exporter.export import ExportOptions, build_bundle
from emlx.hashing import file_sha256

HF = FIXTURES / "hf"
NAMES = ["llama-gqa", "llama-tied-llama3", "llama-mqa-linear", "qwen2", "qwen2-window", "qwen3", "gpt2", "mlx-q4",
         "mlx-q8"]

_LLAMA = dict(family="llama", source_framework="transformers", vocab_size=288, padded_vocab_size=288, n_layer=2,
              n_head=4, n_kv_head=2, n_embd=64, head_dim=16, mlp_hidden=96, sequence_len=256, window=[None, None],
              norm_eps=1e-5, qk_scale=1.0, softcap=None, value_embed=None, smear=None, backout=None,
              activation={"kind": "silu", "params": {}}, residual="plain",
              embed={"norm": False, "positions": "none", "tied": False},
              norm={"kind": "rms", "weight": True, "bias": False}, qk_norm=None,
              attn={"qkv_bias": False, "out_bias": False, "scale": None}, mlp={"gated": True, "bias": False},
              rope={"style": "half", "sign": 1, "base": 10000.0, "table_dtype": "float32", "rotary_dim": None,
                    "scaling": {"kind": "none", "params": {}}})


def _rope(base: float, kind: str = "none", **params: Any) -> dict[str, Any]:
    return {**_LLAMA["rope"], "base": base, "scaling": {"kind": kind, "params": params}}


# What each fixture's config.json means, read off the config classes of transformers / mlx-lm by hand
# (fixtures/make_hf_fixtures.py says what each was made with); not produced by the code under test.
EXPECTED: dict[str, dict[str, Any]] = {
    "llama-gqa": {**_LLAMA, "rope": _rope(50000.0)},
    "llama-tied-llama3": {**_LLAMA, "embed": {**_LLAMA["embed"], "tied": True},
                          "rope": _rope(10000.0, "llama3", factor=8.0, low_freq_factor=1.0, high_freq_factor=4.0,
                                        original_max_position_embeddings=32)},
    "llama-mqa-linear": {**_LLAMA, "n_kv_head": 1, "rope": _rope(10000.0, "linear", factor=2.0),
                         "attn": {"qkv_bias": True, "out_bias": True, "scale": None}, "mlp": {"gated": True, "bias": True}},
    "qwen2": {**_LLAMA, "family": "qwen2", "norm_eps": 1e-6, "rope": _rope(1000000.0),
              "embed": {**_LLAMA["embed"], "tied": True}, "attn": {"qkv_bias": True, "out_bias": False, "scale": None}},
    "qwen2-window": {**_LLAMA, "family": "qwen2", "norm_eps": 1e-6, "rope": _rope(1000000.0), "window": [None, 8],
                     "attn": {"qkv_bias": True, "out_bias": False, "scale": None}},
    "qwen3": {**_LLAMA, "family": "qwen3", "norm_eps": 1e-6, "rope": _rope(1000000.0), "head_dim": 24,
              "qk_norm": {"order": "before_rope", "weight": True}},
    "gpt2": {**_LLAMA, "family": "gpt2", "n_kv_head": 4, "mlp_hidden": 256, "sequence_len": 128, "rope": None,
             "activation": {"kind": "gelu_tanh", "params": {}},
             "embed": {"norm": False, "positions": "learned", "tied": True},
             "norm": {"kind": "layer", "weight": True, "bias": True},
             "attn": {"qkv_bias": True, "out_bias": True, "scale": None}, "mlp": {"gated": False, "bias": True}},
    "mlx-q4": {**_LLAMA, "source_framework": "mlx-lm", "rope": _rope(20000.0)},
    "mlx-q8": {**_LLAMA, "source_framework": "mlx-lm", "rope": _rope(20000.0),
               "embed": {**_LLAMA["embed"], "tied": True}},
}
# stored dtype of the fixtures' weights (the mlx ones: float32 scales)
STORED = {"llama-gqa": "bfloat16", "llama-tied-llama3": "float32", "llama-mqa-linear": "float16", "qwen2": "bfloat16",
          "qwen2-window": "bfloat16", "qwen3": "bfloat16", "gpt2": "float16"}


@pytest.fixture(scope="module")
def bundles() -> dict[str, Any]:
    return {n: build_bundle(HF / n, ExportOptions()) for n in NAMES}


def _copy(name: str, tmp: Path) -> Path:
    dst = tmp / name
    shutil.copytree(HF / name, dst)
    return dst


def _edit_config(folder: Path, fn: Callable[[dict[str, Any]], Any]) -> None:
    """Change config.json in place (``fn`` edits the dict; what it returns is ignored)."""
    path = folder / "config.json"
    cfg = json.loads(path.read_text())
    fn(cfg)
    path.write_text(json.dumps(cfg))


def _spec_of(folder: Path) -> dict[str, Any]:
    return build_bundle(folder, ExportOptions()).bundle.spec.to_dict()


def _refused(folder: Path, *needles: str) -> str:
    with pytest.raises(EmlxInputError) as ei:
        build_bundle(folder, ExportOptions())
    msg = str(ei.value)
    assert "\n" not in msg and "Traceback" not in msg, msg
    for n in needles:
        assert n in msg, (n, msg)
    return msg


# --------------------------------------------------------------------------------------------------
# the spec config.json implies


@pytest.mark.parametrize("name", NAMES)
def test_spec_is_what_config_json_says(name: str, bundles: dict[str, Any]) -> None:
    spec = bundles[name].bundle.spec.to_dict()
    assert spec["version"] == 2
    for key, want in EXPECTED[name].items():
        assert spec[key] == want, (name, key, spec[key], want)
    src = bundles[name].bundle.source
    if name in STORED:
        assert set(src["dtypes"].values()) == {STORED[name]}, src["dtypes"]


def test_fixture_configs_are_what_the_frameworks_wrote() -> None:
    """The dialects the fixtures exercise (so the tests above cover both): rope_parameters from transformers 5,
    rope_theta + rope_scaling {"type": ...} in the hand-written transformers 4 one and the mlx-lm ones."""
    cfg = {n: json.loads((HF / n / "config.json").read_text()) for n in NAMES}
    assert "rope_parameters" in cfg["llama-tied-llama3"] and "rope_theta" not in cfg["llama-tied-llama3"]
    assert cfg["llama-mqa-linear"]["rope_scaling"] == {"type": "linear", "factor": 2.0}
    assert cfg["llama-mqa-linear"]["rope_theta"] == 10000.0 and "rope_parameters" not in cfg["llama-mqa-linear"]
    assert cfg["mlx-q4"]["quantization"] == {"group_size": 32, "bits": 4, "mode": "affine"}
    assert cfg["mlx-q8"]["quantization"] == {"group_size": 64, "bits": 8, "mode": "affine"}
    assert cfg["qwen2"]["sliding_window"] is None and cfg["qwen2-window"]["layer_types"] == ["full_attention", "sliding_attention"]
    assert (HF / "llama-gqa" / "model.safetensors.index.json").is_file()


def _to_v4(cfg: dict[str, Any], key: str = "type") -> None:
    rp = cfg.pop("rope_parameters")
    cfg["rope_theta"] = rp.pop("rope_theta")
    kind = rp.pop("rope_type")
    cfg["rope_scaling"] = None if kind == "default" else {key: kind, **rp}


def _to_v5(cfg: dict[str, Any]) -> None:
    rs = cfg.pop("rope_scaling") or {}
    kind = rs.pop("rope_type", rs.pop("type", "default"))
    cfg["rope_parameters"] = {"rope_type": kind, "rope_theta": cfg.pop("rope_theta"), **rs}


@pytest.mark.parametrize("name,convert", [("llama-tied-llama3", lambda c: _to_v4(c, "rope_type")),
                                          ("llama-tied-llama3", lambda c: _to_v4(c, "type")),
                                          ("llama-gqa", _to_v4), ("qwen2", _to_v4),
                                          ("llama-mqa-linear", _to_v5), ("mlx-q4", _to_v5)])
def test_both_config_dialects_give_the_same_spec(name: str, convert: Callable[[dict[str, Any]], None],
                                                 tmp_path: Path, bundles: dict[str, Any]) -> None:
    folder = _copy(name, tmp_path)
    _edit_config(folder, convert)
    assert _spec_of(folder) == bundles[name].bundle.spec.to_dict()


def test_rope_precedence_and_defaults(tmp_path: Path) -> None:
    """transformers' rules: a non-empty rope_scaling wins over rope_parameters; rope_theta inside them wins over
    the top-level one; absent theta is 10000; llama3 without original_max_position_embeddings takes
    max_position_embeddings, a top-level original_max_position_embeddings wins."""
    folder = _copy("llama-tied-llama3", tmp_path)

    def both(c: dict[str, Any]) -> None:
        c["rope_scaling"] = {"type": "linear", "factor": 3.0}
        c["rope_theta"] = 777.0
    _edit_config(folder, both)
    rope = _spec_of(folder)["rope"]
    assert rope["scaling"] == {"kind": "linear", "params": {"factor": 3.0}} and rope["base"] == 777.0
    _edit_config(folder, lambda c: [c.pop("rope_scaling"), c.pop("rope_theta"),
                                    c["rope_parameters"].pop("original_max_position_embeddings")])
    rope = _spec_of(folder)["rope"]
    assert rope["base"] == 10000.0 and rope["scaling"]["params"]["original_max_position_embeddings"] == 256
    _edit_config(folder, lambda c: c.update(original_max_position_embeddings=64))
    assert _spec_of(folder)["rope"]["scaling"]["params"]["original_max_position_embeddings"] == 64
    _edit_config(folder, lambda c: [c.pop("rope_parameters"), c.update(rope_theta=5e5, rope_traditional=True)])
    rope = _spec_of(folder)["rope"]
    assert (rope["base"], rope["style"], rope["scaling"]["kind"]) == (5e5, "interleaved", "none")  # mlx-lm's key


def test_sliding_windows_follow_transformers(tmp_path: Path) -> None:
    """Qwen2: the window only with use_sliding_window, from max_window_layers on (or as layer_types says);
    Mistral: every layer, sliding_window defaulting to 4096, null = none."""
    folder = _copy("qwen2-window", tmp_path)
    _edit_config(folder, lambda c: c.update(use_sliding_window=False))
    assert _spec_of(folder)["window"] == [None, None]  # layer_types says sliding, but the window is off
    _edit_config(folder, lambda c: [c.update(use_sliding_window=True, max_window_layers=0), c.pop("layer_types")])
    assert _spec_of(folder)["window"] == [8, 8]
    m = _copy("llama-gqa", tmp_path)
    _edit_config(m, lambda c: c.update(model_type="mistral", architectures=["MistralForCausalLM"], sliding_window=None))
    assert _spec_of(m)["window"] == [None, None]
    _edit_config(m, lambda c: c.pop("sliding_window"))
    assert _spec_of(m)["window"] == [4096, 4096]
    _edit_config(m, lambda c: c.update(sliding_window=32))
    spec = _spec_of(m)
    assert spec["window"] == [32, 32] and spec["family"] == "llama"


# --------------------------------------------------------------------------------------------------
# inputs: layouts, spellings, provenance


@pytest.mark.parametrize("suffix", [".json", ".safetensors", ".onnx"])
@pytest.mark.parametrize("name", NAMES)
def test_every_fixture_exports_with_no_flag(name: str, suffix: str, tmp_path: Path, bundles: dict[str, Any]) -> None:
    from emlx.exporter.export import export

    out = tmp_path / f"m{suffix}"
    export(HF / name, out, ExportOptions())
    b = load_bundle(out)
    assert b.weights_sha256 == bundles[name].bundle.weights_sha256
    assert b.spec.to_dict() == EXPECTED[name] | {"version": 2}
    # the folder's tokenizer.json is carried; its ids are transformers' (truth.json: BOS + encode(prompt) without
    # special tokens, by PreTrainedTokenizerFast)
    from emlx.tokcorpus import encode_text

    assert b.tokenizer is not None and b.tokenizer["kind"] == "hf-tokenizers"
    truth = json.loads((HF / name / "truth.json").read_text())
    assert encode_text(b.tokenizer, truth["prompt"], "all", False) == truth["prompt_ids"][1:]
    assert b.tokenizer["bos_id"] == truth["prompt_ids"][0] and b.tokenizer["adds_bos"] is False  # [$A] template


def test_cli_export_and_inspect_of_a_folder_without_torch_transformers_or_mlx(tmp_path: Path) -> None:
    out = tmp_path / "gpt2.json"
    # tokenizers (the reference of the folder's tokenizer.json) is a dependency of emlx, like tiktoken; the oracles
    # are not needed
    code = ("import sys\nfor m in ('torch', 'transformers', 'mlx', 'mlx.core', 'mlx_lm'):\n"
            "    sys.modules[m] = None\nfrom emlx.cli import main\nsys.exit(main())\n")
    proc = subprocess.run([sys.executable, "-c", code, "export", str(HF / "mlx-q4"), str(out)], capture_output=True,
                          text=True, timeout=300, env={**os.environ, "COLUMNS": "200"}, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert load_bundle(out).tokenizer["kind"] == "hf-tokenizers"  # type: ignore[index]
    shown = run_cli("inspect", out).stdout
    assert "family llama" in shown and "recipe: embed norm=False positions=none tied=False  norm rms (weight)" in shown
    gpt2 = tmp_path / "g.safetensors"
    assert run_cli("export", HF / "gpt2" / "model.safetensors", gpt2).returncode == 0  # the folder's weights file
    shown = run_cli("inspect", gpt2).stdout
    assert "rope none" in shown and "positions=learned tied=True  norm layer (weight+bias)" in shown


def test_a_path_to_the_weights_file_or_a_shard_means_the_folder(bundles: dict[str, Any]) -> None:
    want = bundles["llama-gqa"].bundle
    for p in (HF / "llama-gqa" / "model-00002-of-00002.safetensors", HF / "llama-gqa" / "model.safetensors.index.json"):
        got = build_bundle(p, ExportOptions()).bundle
        assert got.weights_sha256 == want.weights_sha256 and got.source == want.source


def test_provenance_hashes_every_file_and_keeps_the_source_quantisation(bundles: dict[str, Any]) -> None:
    src = bundles["llama-gqa"].bundle.source
    assert src["framework"] == "transformers" and src["format"] == "model-folder" and src["file"] == "llama-gqa"
    assert src["config_file"] == "config.json"
    assert src["files"] == {p.name: file_sha256(p) for p in (HF / "llama-gqa").iterdir()
                            if p.name.startswith("model") or p.name in ("config.json", "generation_config.json")}
    assert src["generation"] == {"bos_token_id": 0, "eos_token_id": 1}
    q4 = bundles["mlx-q4"].bundle.source
    assert q4["framework"] == "mlx-lm"
    assert q4["source_quantization"]["format"] == "mlx-lm affine"
    assert (q4["source_quantization"]["bits"], q4["source_quantization"]["group_size"]) == (4, 32)
    # every Linear and the embedding (mlx-lm quantises Embedding too); lm_head untied here
    mods = q4["source_quantization"]["modules"]
    assert "model.embed_tokens" in mods and "lm_head" in mods and len(mods) == 2 + 2 * 7
    assert set(mods.values()) == {"q4 g32"}
    assert q4["dtypes"]["wte.weight"] == "uint32 (q4 g32 affine, float32 scales)"
    assert "source_quantization" not in src


def _torch_state(folder: Path) -> dict[str, Any]:
    from safetensors.torch import load_file

    out: dict[str, Any] = {}
    for p in sorted(folder.glob("model*.safetensors")):
        out.update(load_file(str(p)))
    return out


def test_pytorch_model_bin_single_and_sharded(tmp_path: Path, bundles: dict[str, Any]) -> None:
    import torch

    sd = _torch_state(HF / "llama-gqa")
    one = tmp_path / "one"
    shutil.copytree(HF / "llama-gqa", one, ignore=shutil.ignore_patterns("model*"))
    torch.save(sd, one / "pytorch_model.bin")
    assert build_bundle(one, ExportOptions()).bundle.weights_sha256 == bundles["llama-gqa"].bundle.weights_sha256
    two = tmp_path / "two"
    shutil.copytree(HF / "llama-gqa", two, ignore=shutil.ignore_patterns("model*"))
    names = sorted(sd)
    wm = {}
    for k, part in enumerate((names[:10], names[10:])):
        f = f"pytorch_model-0000{k + 1}-of-00002.bin"
        torch.save({n: sd[n] for n in part}, two / f)
        wm |= {n: f for n in part}
    (two / "pytorch_model.bin.index.json").write_text(json.dumps({"metadata": {}, "weight_map": wm}))
    assert build_bundle(two, ExportOptions()).bundle.weights_sha256 == bundles["llama-gqa"].bundle.weights_sha256
    # an old checkpoint with the RoPE buffers transformers < 4.31 saved: left out
    torch.save({**sd, "model.layers.0.self_attn.rotary_emb.inv_freq": torch.ones(8)}, one / "pytorch_model.bin")
    res = build_bundle(one, ExportOptions())
    assert res.bundle.weights_sha256 == bundles["llama-gqa"].bundle.weights_sha256
    assert any("inv_freq" in n for n in res.notes)


def _write_st(path: Path, tensors: dict[str, Any], fmt: str = "pt") -> None:
    from safetensors.torch import save_file

    save_file({k: v.contiguous() for k, v in tensors.items()}, str(path), metadata={"format": fmt})


def test_gpt2_spellings_of_the_original_files_and_of_mlx_lm(tmp_path: Path, bundles: dict[str, Any]) -> None:
    """openai-community/gpt2's own files (no transformer. prefix, causal-mask buffers saved) and mlx-lm's
    (model. prefix, Conv1D weights already [out, in]) give the same canonical weights."""
    import torch

    sd = _torch_state(HF / "gpt2")
    want = bundles["gpt2"].bundle.weights_sha256
    orig = tmp_path / "orig"
    shutil.copytree(HF / "gpt2", orig, ignore=shutil.ignore_patterns("model*"))
    plain = {k.removeprefix("transformer."): v for k, v in sd.items()}
    plain |= {f"h.{i}.attn.bias": torch.ones(1, 1, 4, 4) for i in range(2)}
    _write_st(orig / "model.safetensors", plain)
    assert build_bundle(orig, ExportOptions()).bundle.weights_sha256 == want
    mlx = tmp_path / "mlx"
    shutil.copytree(HF / "gpt2", mlx, ignore=shutil.ignore_patterns("model*"))
    conv = ("attn.c_attn.weight", "attn.c_proj.weight", "mlp.c_fc.weight", "mlp.c_proj.weight")
    _write_st(mlx / "model.safetensors", {"model." + k.removeprefix("transformer."): (v.T if k.endswith(conv) else v)
                                          for k, v in sd.items()}, fmt="mlx")
    res = build_bundle(mlx, ExportOptions())
    assert res.bundle.weights_sha256 == want and res.bundle.spec.source_framework == "mlx-lm"


def test_gpt2_canonical_weights_are_the_conv1d_ones_transposed_and_split(bundles: dict[str, Any]) -> None:
    sd = {k: v.float().numpy() for k, v in _torch_state(HF / "gpt2").items()}
    w = bundles["gpt2"].bundle.weights
    c_attn = sd["transformer.h.1.attn.c_attn.weight"]  # [C, 3C]: x @ W
    for k, x in enumerate("qkv"):
        np.testing.assert_array_equal(w[f"blocks.1.attn.c_{x}.weight"].to_float32(), c_attn[:, 64 * k:64 * (k + 1)].T)
        np.testing.assert_array_equal(w[f"blocks.1.attn.c_{x}.bias"].to_float32(),
                                      sd["transformer.h.1.attn.c_attn.bias"][64 * k:64 * (k + 1)])
    np.testing.assert_array_equal(w["blocks.0.mlp.c_fc.weight"].to_float32(), sd["transformer.h.0.mlp.c_fc.weight"].T)


def test_a_tied_head_stored_as_a_copy_is_left_out_and_a_different_one_refused(tmp_path: Path,
                                                                               bundles: dict[str, Any]) -> None:
    sd = _torch_state(HF / "qwen2")
    folder = tmp_path / "q"
    shutil.copytree(HF / "qwen2", folder, ignore=shutil.ignore_patterns("model*"))
    _write_st(folder / "model.safetensors", {**sd, "lm_head.weight": sd["model.embed_tokens.weight"].clone()})
    res = build_bundle(folder, ExportOptions())
    assert res.bundle.weights_sha256 == bundles["qwen2"].bundle.weights_sha256
    assert any("copy of model.embed_tokens.weight" in n for n in res.notes)
    _write_st(folder / "model.safetensors", {**sd, "lm_head.weight": sd["model.embed_tokens.weight"] * 2})
    _refused(folder, "lm_head.weight differs from model.embed_tokens.weight", "tie_word_embeddings")
    _edit_config(folder, lambda c: c.update(tie_word_embeddings=False))
    assert build_bundle(folder, ExportOptions()).bundle.spec.embed.tied is False
    _write_st(folder / "model.safetensors", sd)
    _refused(folder, "tie_word_embeddings is false but the weights have no lm_head.weight")
    _edit_config(folder, lambda c: c.pop("tie_word_embeddings"))  # absent: the tensors decide
    assert build_bundle(folder, ExportOptions()).bundle.spec.embed.tied is True


# --------------------------------------------------------------------------------------------------
# mlx-lm affine quantisation, against mlx


@pytest.mark.parametrize("bits", [4, 8])
@pytest.mark.parametrize("group", [32, 64, 128])
@pytest.mark.parametrize("dtype", ["float32", "bfloat16", "float16"])
def test_dequantize_is_mx_dequantize_bit_for_bit(bits: int, group: int, dtype: str) -> None:
    mx = pytest.importorskip("mlx.core")
    from emlx.exporter.readers.mlx_affine import Affine, dequantize

    w = mx.random.normal((24, 256), key=mx.random.key(bits * 1000 + group)).astype(getattr(mx, dtype))
    q, s, b = mx.quantize(w, group_size=group, bits=bits)
    s32, b32 = s.astype(mx.float32), b.astype(mx.float32)  # widening is exact
    want = np.array(mx.dequantize(q, s32, b32, group_size=group, bits=bits))
    got = dequantize(np.array(q), np.array(s32), np.array(b32), Affine(bits, group))
    assert got.dtype == np.float32
    np.testing.assert_array_equal(got.view(np.uint32), want.view(np.uint32))


def test_fixture_weights_are_mx_dequantize_of_the_stored_triples(bundles: dict[str, Any]) -> None:
    mx = pytest.importorskip("mlx.core")
    for name, bits, group in (("mlx-q4", 4, 32), ("mlx-q8", 8, 64)):
        stored = mx.load(str(HF / name / "model.safetensors"))
        w = bundles[name].bundle.weights
        for src, canon in (("model.embed_tokens", "wte.weight"), ("model.layers.1.mlp.up_proj", "blocks.1.mlp.c_fc.weight")):
            want = np.array(mx.dequantize(stored[f"{src}.weight"], stored[f"{src}.scales"], stored[f"{src}.biases"],
                                          group_size=group, bits=bits))
            np.testing.assert_array_equal(w[canon].to_float32(), want)
        np.testing.assert_array_equal(w["final_norm.weight"].to_float32(), np.array(stored["model.norm.weight"]))
    # mlx-lm leaves a layer whose input width (96) is not a multiple of the group size (64) in float: mixed
    q8 = mx.load(str(HF / "mlx-q8" / "model.safetensors"))
    assert "model.layers.0.mlp.down_proj.scales" not in q8 and "model.layers.0.mlp.up_proj.scales" in q8
    np.testing.assert_array_equal(bundles["mlx-q8"].bundle.weights["blocks.0.mlp.c_proj.weight"].to_float32(),
                                  np.array(q8["model.layers.0.mlp.down_proj.weight"]))


def test_an_mlx_q4_folder_exports_int8_too(tmp_path: Path, bundles: dict[str, Any]) -> None:
    """int8 of the exact float32 dequantisation, both quantisations in the provenance."""
    from emlx.exporter.quantize import quantize_rows

    res = build_bundle(HF / "mlx-q4", ExportOptions(int8=True))
    b, f32 = res.bundle, bundles["mlx-q4"].bundle
    assert b.source["quantization"]["kind"] == "int8-per-row" and b.source["source_quantization"]["bits"] == 4
    w = f32.weights["blocks.0.attn.c_q.weight"].to_float32()
    assert b.weights["blocks.0.attn.c_q.weight"].dtype == "int8"
    np.testing.assert_array_equal(b.weights["blocks.0.attn.c_q.weight"].data, quantize_rows(w).q)


def test_per_module_quantisation_as_mlx_lm_mixed_recipes_write_it(tmp_path: Path) -> None:
    """config.json quantization may give a module its own bits / group size (mlx-lm's mixed recipes); a top-level
    default nobody uses may even be invalid."""
    mx = pytest.importorskip("mlx.core")
    folder = _copy("mlx-q4", tmp_path)
    w = dict(mx.load(str(folder / "model.safetensors")))
    m = "model.layers.0.mlp.up_proj"
    dense = mx.dequantize(w[f"{m}.weight"], w[f"{m}.scales"], w[f"{m}.biases"], group_size=32, bits=4)
    q, sc, bi = mx.quantize(dense, group_size=64, bits=8)
    w |= {f"{m}.weight": q, f"{m}.scales": sc, f"{m}.biases": bi}
    mx.save_safetensors(str(folder / "model.safetensors"), w, metadata={"format": "mlx"})
    _edit_config(folder, _mlx_config({"group_size": 32, "bits": 4, m: {"group_size": 64, "bits": 8}}))
    b = build_bundle(folder, ExportOptions()).bundle
    want = np.array(mx.dequantize(q, sc, bi, group_size=64, bits=8))
    np.testing.assert_array_equal(b.weights["blocks.0.mlp.c_fc.weight"].to_float32(), want)
    sq = b.source["source_quantization"]
    assert sq["modules"][m] == "q8 g64" and sq["modules"]["model.layers.1.mlp.up_proj"] == "q4 g32" and sq["bits"] == 4
    mods = sorted(k[: -len(".scales")] for k in w if k.endswith(".scales"))
    _edit_config(folder, _mlx_config({"bits": 3, **{k: {"group_size": 32, "bits": 4} for k in mods}, m: {"group_size": 64, "bits": 8}}))
    b2 = build_bundle(folder, ExportOptions()).bundle
    assert b2.weights_sha256 == b.weights_sha256 and b2.source["source_quantization"]["bits"] is None


def test_unpack_inverts_packing_for_any_values() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from emlx.exporter.readers.mlx_affine import unpack

    @settings(max_examples=60, deadline=None)
    @given(st.sampled_from([4, 8]), st.integers(1, 5), st.integers(1, 6), st.data())
    def check(bits: int, rows: int, words: int, data: st.DataObject) -> None:
        per = 32 // bits
        vals = np.array(data.draw(st.lists(st.integers(0, (1 << bits) - 1), min_size=rows * words * per,
                                           max_size=rows * words * per)), dtype=np.uint64).reshape(rows, words, per)
        packed = np.zeros((rows, words), dtype=np.uint64)
        for j in range(per):  # value j of a word in bits [j*bits, (j+1)*bits): mlx's layout, built independently
            packed |= vals[:, :, j] << np.uint64(j * bits)
        np.testing.assert_array_equal(unpack(packed.astype(np.uint32), bits), vals.reshape(rows, -1))

    check()


def test_quantised_layers_read_exactly_or_refused_whatever_the_config_claims(tmp_path: Path) -> None:
    """Property: a layer quantised with (bits, group) and a config.json claiming (bits', group') reads as
    mx.dequantize when the claim is right; a wrong claim is refused in one line, or (when bits' * group' equals
    bits * group, the one case the stored shapes cannot tell apart, as for mlx-lm itself) gives another width, which
    the export's shape check against config.json refuses."""
    mx = pytest.importorskip("mlx.core")
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from emlx.exporter.readers import read_model_folder

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from([4, 8]), st.sampled_from([32, 64, 128]), st.integers(1, 3), st.integers(1, 3),
           st.sampled_from([2, 3, 4, 8]), st.sampled_from([16, 32, 64, 128]), st.sampled_from(["float32", "bfloat16", "float16"]),
           st.integers(0, 2 ** 16))
    def check(bits: int, group: int, rows: int, groups: int, cbits: int, cgroup: int, dtype: str, seed: int) -> None:
        folder = tmp_path / f"q{seed}-{bits}-{group}-{cbits}-{cgroup}"
        folder.mkdir(exist_ok=True)
        w = mx.random.normal((rows, groups * group), key=mx.random.key(seed)).astype(getattr(mx, dtype))
        q, sc, bi = mx.quantize(w, group_size=group, bits=bits)
        mx.save_safetensors(str(folder / "model.safetensors"), {"layer.weight": q, "layer.scales": sc, "layer.biases": bi,
                                                                "norm.weight": mx.ones((4,))}, metadata={"format": "mlx"})
        (folder / "config.json").write_text(json.dumps({"model_type": "llama", "quantization": {"group_size": cgroup, "bits": cbits}}))
        try:
            raw = read_model_folder(folder)
        except EmlxInputError as e:
            assert (cbits, cgroup) != (bits, group) and "\n" not in str(e)
            return
        got = raw.tensors["layer.weight"]
        if (cbits, cgroup) == (bits, group):
            want = np.array(mx.dequantize(q, sc.astype(mx.float32), bi.astype(mx.float32), group_size=group, bits=bits))
            np.testing.assert_array_equal(got, want)
            assert raw.extras["source_quantization"]["modules"] == {"layer": f"q{bits} g{group}"}
        else:
            assert cbits * cgroup == bits * group and got.shape != (rows, groups * group)
        assert set(raw.tensors) == {"layer.weight", "norm.weight"}

    check()


# --------------------------------------------------------------------------------------------------
# refusals: one line, exit 2


def _mlx_config(q: Any) -> Callable[[dict[str, Any]], None]:
    return lambda c: c.update(quantization=q, quantization_config=q)


@pytest.mark.parametrize("name,edit,needles", [
    ("llama-gqa", lambda c: c.update(model_type="gemma", architectures=["GemmaForCausalLM"]),
     ["no supported family recognises this model folder", "llama: config.json model_type \"gemma\" is not llama or mistral",
      "qwen2: config.json model_type \"gemma\" is not qwen2", "gpt2: config.json model_type \"gemma\" is not gpt2",
      "autoresearch-mlx: a transformers / mlx-lm model folder, not a checkpoint of this family"]),
    ("llama-gqa", lambda c: c.update(architectures=["LlamaForSequenceClassification"]), ["not LlamaForCausalLM"]),
    ("llama-tied-llama3", lambda c: c["rope_parameters"].update(rope_type="yarn"),
     ["RoPE type \"yarn\" is not supported", "default, linear, llama3"]),
    ("llama-mqa-linear", lambda c: c["rope_scaling"].update(type="dynamic"), ["RoPE type \"dynamic\""]),
    ("llama-gqa", lambda c: c["rope_parameters"].update(rope_type="longrope"), ["RoPE type \"longrope\""]),
    ("llama-gqa", lambda c: c["rope_parameters"].update(partial_rotary_factor=0.5), ["partial_rotary_factor 0.5"]),
    ("llama-gqa", lambda c: c.update(num_local_experts=8), ["num_local_experts 8", "mixture of experts"]),
    ("llama-gqa", lambda c: c.update(hidden_act="gelu_fast"), ["hidden_act \"gelu_fast\" is not supported"]),
    ("llama-gqa", lambda c: c.update(layer_types=["full_attention", "sliding_attention"]), ["no sliding window"]),
    ("llama-gqa", lambda c: c.update(num_hidden_layers=3), ["num_hidden_layers is 3 but the weights hold 2 layers"]),
    ("llama-gqa", lambda c: c.update(num_key_value_heads=4), ["blocks.0.attn.c_k.weight: shape [32, 64], expected [64, 64]"]),
    ("llama-gqa", lambda c: c.update(attention_bias=True), ["missing tensors: blocks.0.attn.c_k.bias"]),
    ("llama-gqa", lambda c: c.update(hidden_size="64"), ["hidden_size must be an integer", "got \"64\""]),
    ("llama-gqa", lambda c: c.update(hidden_size=10 ** 30), ["hidden_size must be an integer"]),
    ("llama-gqa", lambda c: c.update(rms_norm_eps=float("nan")), ["rms_norm_eps must be a finite number"]),
    ("llama-gqa", lambda c: c.pop("hidden_size"), ["config.json: no hidden_size"]),
    ("gpt2", lambda c: c.update(scale_attn_by_inverse_layer_idx=True), ["per-layer attention scale"]),
    ("gpt2", lambda c: c.update(activation_function="quick_gelu"), ["activation_function \"quick_gelu\""]),
    ("mlx-q4", _mlx_config({"group_size": 32, "bits": 3}), ["bits is 3", "bits 4 or 8"]),
    ("mlx-q4", _mlx_config({"group_size": 32, "bits": 4, "mode": "mxfp4"}), ["mode is 'mxfp4'"]),
    ("mlx-q4", _mlx_config({"group_size": 64, "bits": 4}), ["do not fit", "in groups of 64"]),
    # 4 bits in groups of 128 pack like 8 in groups of 64: the widths config.json gives tell them apart
    ("mlx-q8", _mlx_config({"group_size": 128, "bits": 4}), ["wte.weight: shape [288, 128], expected [288, 64]"]),
    ("mlx-q4", _mlx_config({"group_size": 32, "bits": 4, "model.layers.0.mlp.up_proj": False}),
     ["quantization['model.layers.0.mlp.up_proj'] is false"]),
    ("llama-gqa", lambda c: c.update(quantization_config={"quant_method": "gptq", "bits": 4}),
     ["quant_method 'gptq' is not supported"]),
])
def test_unsupported_configs_are_refused_in_one_line(name: str, edit: Callable[[dict[str, Any]], Any],
                                                     needles: list[str], tmp_path: Path) -> None:
    folder = _copy(name, tmp_path)
    _edit_config(folder, edit)
    _refused(folder, *needles)


def test_broken_folders_are_refused_in_one_line(tmp_path: Path) -> None:
    folder = _copy("llama-gqa", tmp_path)
    (folder / "config.json").write_text("[1, 2]")
    _refused(folder, "config.json is a JSON list, expected an object")
    (folder / "config.json").write_text("{\"model_type\": " + "[" * 100000 + "]" * 100000 + "}")
    _refused(folder, "not valid JSON", "RecursionError")
    (folder / "config.json").unlink()
    _refused(folder, "model weights but no config.json")
    shutil.copy(HF / "llama-gqa" / "config.json", folder / "config.json")
    (folder / "model-00002-of-00002.safetensors").unlink()
    _refused(folder, "model-00002-of-00002.safetensors named by the index are not in")
    shutil.copy(HF / "llama-gqa" / "model-00002-of-00002.safetensors", folder)
    idx = json.loads((folder / "model.safetensors.index.json").read_text())
    idx["weight_map"]["lm_head.weight"] = "model-00001-of-00002.safetensors"
    (folder / "model.safetensors.index.json").write_text(json.dumps(idx))
    _refused(folder, "the weights index and the shards disagree: lm_head.weight is indexed in model-00001")
    idx["weight_map"]["lm_head.weight"] = "../../etc/passwd"
    (folder / "model.safetensors.index.json").write_text(json.dumps(idx))
    _refused(folder, "expected a shard file name in the same folder")
    for p in folder.glob("model*"):
        p.unlink()
    _refused(folder, "config.json but no model.safetensors")


def test_cli_refusals_are_one_line_exit_2(tmp_path: Path) -> None:
    folder = _copy("qwen3", tmp_path)
    _edit_config(folder, lambda c: c.update(model_type="qwen3_moe", architectures=["Qwen3MoeForCausalLM"]))
    assert_clean_error(run_cli("export", folder, tmp_path / "o.json"), "no supported family recognises",
                       "qwen3: config.json model_type \"qwen3_moe\" is not qwen3")
    assert not (tmp_path / "o.json").exists()
    _edit_config(folder, lambda c: c.update(model_type="qwen3", architectures=["Qwen3ForCausalLM"],
                                            rope_parameters={"rope_type": "yarn", "factor": 4.0}))
    assert_clean_error(run_cli("export", folder / "model.safetensors", tmp_path / "o.onnx"), "RoPE type \"yarn\"")
    assert_clean_error(run_cli("export", folder, tmp_path / "o.json", "--step", "3"), "a model folder holds one model")


@pytest.mark.parametrize("name", ["qwen3", "gpt2", "mlx-q4"])
def test_hostile_config_json_is_one_line_never_a_traceback(name: str, tmp_path: Path) -> None:
    """Any JSON value in any key of config.json or of its RoPE object (nested, huge, wrong types, NaN): the export
    either works or raises EmlxInputError with one line; nothing else escapes."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    base = json.loads((HF / name / "config.json").read_text())
    folder = tmp_path / "f"
    shutil.copytree(HF / name, folder)
    leaves = st.one_of(st.none(), st.booleans(), st.integers(-10 ** 40, 10 ** 40), st.floats(allow_nan=True),
                       st.text(max_size=8), st.sampled_from([0, 1, 2, 16, 24, 64, -1, 1e-6, "silu", "default",
                                                             "linear", "llama3", "sliding_attention"]))
    values = st.recursive(leaves, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                          st.dictionaries(st.text(max_size=6), inner, max_size=3)),
                          max_leaves=8)
    top = st.sampled_from(sorted(base) + ["rope_scaling", "rope_theta", "layer_types", "quantization",
                                          "partial_rotary_factor", "original_max_position_embeddings",
                                          "rope_traditional", "num_local_experts", "n_inner", "scale_attn_weights"])
    rope = st.sampled_from(["rope_type", "type", "rope_theta", "factor", "low_freq_factor", "high_freq_factor",
                            "original_max_position_embeddings", "partial_rotary_factor"])

    @settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(["top", "rope_parameters", "rope_scaling", "quantization"]), st.data())
    def check(where: str, data: st.DataObject) -> None:
        cfg = json.loads(json.dumps(base))
        if where == "top":
            cfg.update(data.draw(st.dictionaries(top, values, min_size=1, max_size=3)))
        elif where == "quantization":
            cfg[where] = {**(cfg.get(where) or {}), **data.draw(st.dictionaries(
                st.sampled_from(["bits", "group_size", "mode", "model.layers.0.mlp.up_proj", "model.embed_tokens"]),
                values, min_size=1, max_size=3))}
        else:
            cfg[where] = {**(cfg.get("rope_parameters") or {}), **data.draw(st.dictionaries(rope, values, min_size=1, max_size=3))}
        (folder / "config.json").write_text(json.dumps(cfg, allow_nan=True))
        try:
            build_bundle(folder, ExportOptions())
        except EmlxInputError as e:
            assert "\n" not in str(e) and str(e)

    check()


def test_hostile_safetensors_index_is_one_line_never_a_traceback(tmp_path: Path) -> None:
    """model.safetensors.index.json with any JSON in its weight_map or metadata, another top level, or its bytes
    edited (invalid UTF-8 included): the export works or raises EmlxInputError with one line."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    folder = _copy("llama-gqa", tmp_path)
    (folder / "tokenizer.json").unlink()  # the index is under test, not the tokenizer
    good = (HF / "llama-gqa" / "model.safetensors.index.json").read_bytes()
    base = json.loads(good)
    names = sorted(base["weight_map"]) + ["", "x", "../w", "model.layers.99.mlp.up_proj.weight"]
    leaves = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=True),
                       st.text(max_size=12), st.sampled_from(sorted(set(base["weight_map"].values())) + [
                           "model.safetensors", "/etc/passwd", ".", "..", "model-00003-of-00002.safetensors",
                           "model-00001-of-00002.safetensors\x00"]))
    values = st.recursive(leaves, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                          st.dictionaries(st.text(max_size=6), inner, max_size=3)),
                          max_leaves=6)

    @settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(["weight_map", "metadata", "top", "bytes", "utf8"]), st.data())
    def check(where: str, data: st.DataObject) -> None:
        doc = json.loads(good)
        raw: bytes
        if where == "weight_map":
            doc["weight_map"].update(data.draw(st.dictionaries(st.sampled_from(names), values, min_size=1, max_size=3)))
            raw = json.dumps(doc, allow_nan=True).encode()
        elif where == "metadata":
            doc["metadata"] = data.draw(values | st.dictionaries(st.sampled_from(["total_size", "format", "x"]), values))
            raw = json.dumps(doc, allow_nan=True).encode()
        elif where == "top":
            raw = json.dumps(data.draw(values), allow_nan=True).encode()
        else:
            b = bytearray(good)
            bad = [b"\xff", b"\xc0\xaf", b"\xed\xa0\x80", b"\xe2\x82", b"\x80"] if where == "utf8" else [bytes([data.draw(st.integers(0, 255))])]
            at = data.draw(st.integers(0, len(b) - 1))
            b[at:at + 1] = data.draw(st.sampled_from(bad))
            raw = bytes(b)
        (folder / "model.safetensors.index.json").write_bytes(raw)
        try:
            build_bundle(folder, ExportOptions())
        except EmlxInputError as e:
            assert "\n" not in str(e) and str(e)

    check()


# --------------------------------------------------------------------------------------------------
# the reference against the frameworks' logits


def _truth(name: str) -> dict[str, np.ndarray]:
    with np.load(HF / name / "truth.npz") as z:
        return {k: z[k] for k in z.files}


# Residuals (measured): transformers' RMSNorm normalises in float32 even under model.double() (Llama-style
# fixtures ~2.5e-6..4.7e-6 against the float64 logits; GPT-2's LayerNorm is float64 there: ~1e-14); against the
# float32 logits the frameworks' own float32 rounding, 6e-6..1.2e-5.
F64_ATOL, F32_ATOL = 1e-5, 2e-5


@pytest.mark.parametrize("name", NAMES)
def test_reference_matches_the_frameworks_logits(name: str, bundles: dict[str, Any]) -> None:
    from emlx.verify.reference import Reference
    from emlx.verify.sources import reference_weights

    b = bundles[name].bundle
    ref = Reference(b.spec, reference_weights(b))
    t = _truth(name)
    ids = [int(i) for i in t["ids"]]
    full = ref.forward(ids[:-1]).logits
    assert np.abs(full - t["full_logits"]).max() <= F32_ATOL
    P, n = int(t["prompt_len"]), len(t["step_logits"])
    assert n == 24 and np.abs(full[P - 1:P - 1 + n] - t["step_logits"]).max() <= F32_ATOL
    assert [int(i) for i in full[P - 1:P - 1 + n].argmax(axis=1)] == ids[P:P + n]  # the framework's greedy tokens
    if "full_logits_f64" in t:
        assert np.abs(full - t["full_logits_f64"]).max() <= F64_ATOL
    if name == "gpt2":  # no RMSNorm: transformers under model.double() is float64 throughout
        assert np.abs(full - t["full_logits_f64"]).max() <= 1e-12


def test_the_window_fixture_needs_its_window(bundles: dict[str, Any]) -> None:
    """qwen2-window's logits move by far more than the gate without the sliding window: the fixture tests it."""
    from emlx.verify.reference import Reference
    from emlx.verify.sources import reference_weights

    b = bundles["qwen2-window"].bundle
    ids = [int(i) for i in _truth("qwen2-window")["ids"]]
    full = Reference(b.spec.replace(window=(None, None)), reference_weights(b)).forward(ids[:-1]).logits
    assert np.abs(full - _truth("qwen2-window")["full_logits"]).max() > 1e-2


def test_sidecars_truth_and_onnxruntime_parity_on_a_folder_bundle(tmp_path: Path) -> None:
    """The CLI path a user takes: export the folder to ONNX, sidecars from the prompt ids with --truth (the
    framework's logits), parity on onnxruntime."""
    t = _truth("qwen3")
    out = tmp_path / "q.onnx"
    assert run_cli("export", HF / "qwen3", out).returncode == 0
    ids = ",".join(str(int(i)) for i in t["ids"][:int(t["prompt_len"])])
    proc = run_cli("sidecars", out, "--ids", ids, "--tokens", "24", "--truth", HF / "qwen3" / "truth.npz", "--json")
    assert proc.returncode == 0, proc.stderr
    truth = {g["name"]: g for g in json.loads(proc.stdout)["truth"]}
    assert truth["truth.greedy"]["passed"] and truth["truth.full_logits"]["value"] <= F32_ATOL
    proc = run_cli("parity", out, "--runtime", "onnxruntime", "--json")
    assert proc.returncode == 0, proc.stderr[-2000:]
    rep = json.loads(proc.stdout)["models"][0]["parity"]
    assert rep["passed"] and {g["name"] for g in rep["runs"][0]["gates"]} >= {"forward.logits", "layers", "kvcache.logits"}


def test_python_api_and_config_gate_take_a_folder(tmp_path: Path) -> None:
    """emlx.export(DIR, ...) and a release gate with checkpoint = "DIR": the gate exports the folder and builds its
    sidecars from the configured ids (whether the TF.js port then runs the recipe is the JS side's gate)."""
    import emlx
    from emlx.configgate import parse_config

    exp = emlx.export(HF / "gpt2", tmp_path / "g.safetensors")
    assert exp.family == "gpt2" and load_bundle(exp.out).spec.embed.positions == "learned"
    cfg = parse_config("emlx.toml", {"models": [{"checkpoint": "hf/llama-gqa", "ids": [0, 5, 9],
                                                 "runtimes": ["node:cpu"]}]}, FIXTURES)
    assert cfg.models[0].checkpoint == HF / "llama-gqa" and cfg.models[0].name == "llama-gqa"
    (tmp_path / "emlx.toml").write_text(f'[[models]]\ncheckpoint = "{HF / "qwen3"}"\nids = [0, 53, 258]\ntokens = 3\n'
                                        'runtimes = ["node:cpu"]\n')
    rep = emlx.gate(tmp_path, write=False)
    m = rep.models[0]
    assert m.name == "qwen3" and {"export", "sidecars"} <= set(m.timings), (m.error, m.timings)
    work = tmp_path / "emlx-reports" / "work" / "qwen3"
    assert load_bundle(work / "model.json").spec.family == "qwen3"
    fwd = json.loads((work / "sidecars" / "forward.json").read_text())
    assert fwd["prompt_ids"] == [0, 53, 258] and fwd["steps"] == 3
