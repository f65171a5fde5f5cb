"""`emlx sidecars` end to end: acceptance truth, KV-cache consistency, quantisation quality, schemas, bad input."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from conftest import ACCEPTANCE, ACCEPTANCE_CASES, FIXTURES, assert_clean_error, needs_acceptance, run_cli
from emlx.verify.sidecar_files import from_b64_array
from emlx.spec_schema import tap_names


@needs_acceptance
@pytest.mark.parametrize("case", list(ACCEPTANCE_CASES))
def test_acceptance_truth(case: str, tmp_path: Path) -> None:
    ckpt, tok = ACCEPTANCE_CASES[case]
    folder = ACCEPTANCE / case
    truth = json.loads((folder / "truth.json").read_text())
    bundle = tmp_path / "m.json"
    assert run_cli("export", ckpt, bundle, *(["--tokenizer", tok] if tok else [])).returncode == 0
    proc = run_cli("sidecars", bundle, "--prompt", truth["prompt"], "--tokens", "40", "--truth", folder / "truth.npz", "--json")
    assert proc.returncode == 0, proc.stderr
    rep = json.loads(proc.stdout)
    gates = {g["name"]: g for g in rep["truth"]}
    assert gates["truth.step_logits"]["value"] <= 2e-5
    assert gates["truth.full_logits"]["value"] <= 2e-5
    assert gates["truth.greedy"]["passed"]
    fwd = json.loads((tmp_path / "m.sidecars" / "forward.json").read_text())
    assert fwd["prompt_ids"] == truth["prompt_ids"]
    assert fwd["argmax"] == truth["generated"]


@needs_acceptance
def test_nanochat_beyond_sequence_len(tmp_path: Path) -> None:
    """534 tokens > sequence_len 512: the last layer's (seq+1)-key window slides too."""
    folder = ACCEPTANCE / "nanochat"
    bundle = tmp_path / "n.json"
    assert run_cli("export", folder / "checkpoints" / "d4", bundle).returncode == 0
    for npz in ("truth_short.npz", "truth_beyond_seqlen.npz"):
        proc = run_cli("sidecars", bundle, "--tokens", "2", "--truth", folder / npz, "--json", "--out", tmp_path / npz)
        assert proc.returncode == 0, proc.stderr
        vals = {g["name"]: g["value"] for g in json.loads(proc.stdout)["truth"]}
        assert max(vals["truth.step_logits"], vals["truth.full_logits"], vals["truth.kv_step_logits"]) <= 2e-5, vals


@needs_acceptance
def test_truth_gate_fails_on_wrong_semantics(tmp_path: Path) -> None:
    """--truth is a real gate: a bundle exported with the MLX window rule on the torch checkpoint fails (exit 1)."""
    ckpt, tok = ACCEPTANCE_CASES["autoresearch-torch"]
    bundle = tmp_path / "t.json"
    assert run_cli("export", ckpt, bundle, "--tokenizer", tok, "--set", "window=[32,32,32,64]").returncode == 0
    truth = json.loads((ACCEPTANCE / "autoresearch-torch" / "truth.json").read_text())
    proc = run_cli("sidecars", bundle, "--prompt", truth["prompt"], "--truth", ACCEPTANCE / "autoresearch-torch" / "truth.npz")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "FAIL" in proc.stdout


FAMILY_FIXTURES = ["autoresearch-mlx/model.npz", "autoresearch-torch/model.pt", "eml/model.npz",
                   "nanochat/base_checkpoints/d4"]
#: the files of a sidecar folder (docs/FORMATS.md "Sidecars"): the tokenizer kind's is not "tokenizer.json", the name
#: of Hugging Face's tokenizer file
FILES = {"tokenizer": "tokenizer_ids.json", "forward": "forward.json", "layers": "layers.json", "kvcache": "kvcache.json"}


@pytest.mark.parametrize("rel", FAMILY_FIXTURES)
def test_fixture_sidecars_schema_and_kv(rel: str, tmp_path: Path) -> None:
    bundle = tmp_path / "b.json"
    assert run_cli("export", FIXTURES / rel, bundle).returncode == 0
    assert run_cli("sidecars", bundle, "--tokens", "6").returncode == 0
    d = tmp_path / "b.sidecars"
    from emlx.formats import load_bundle

    b = load_bundle(bundle)
    assert sorted(p.name for p in d.iterdir()) == sorted(FILES.values())
    docs = {k: json.loads((d / name).read_text()) for k, name in FILES.items()}
    header = json.loads(bundle.read_text())

    def sha(obj: object) -> str | None:  # canonical JSON, recomputed here from the bundle file's own header
        if obj is None:
            return None
        text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    identity = {"weights_sha256": header["weights_sha256"], "config_sha256": sha(header["config"]),
                "tokenizer_sha256": sha(header.get("tokenizer"))}
    for kind, doc in docs.items():
        assert doc["kind"] == kind and doc["version"] == 3 and doc["weights_sha256"] == b.weights_sha256
        assert "tolerances" in doc and doc["emlx_version"]
        assert doc["bundle_identity"] == identity
    # coverage says what each sidecar holds, and it matches the payload
    assert docs["forward"]["coverage"] == {"steps": 6, "rows": 6}
    T = len(docs["layers"]["ids"])
    assert docs["layers"]["coverage"] == {"taps": tap_names(b.spec.n_layer), "positions": T, "ids": T}
    assert docs["layers"]["positions"] == list(range(T))  # a fixture is small enough for every position
    kvc = docs["kvcache"]["coverage"]
    assert kvc == {"ids": len(docs["kvcache"]["ids"]), "prefill": docs["kvcache"]["prefill"],
                   "cached_rows": len(docs["kvcache"]["ids"]) - docs["kvcache"]["prefill"] + 1,
                   "min_window": min(w for w in b.spec.window if w is not None)}
    tc = docs["tokenizer"]["coverage"]
    assert tc["cases"] == len(docs["tokenizer"]["cases"]) == tc["corpus_cases"] > 100  # no --texts: corpus only
    kv = docs["kvcache"]
    assert len(kv["ids"]) > min(w for w in b.spec.window if w is not None)
    assert kv["max_abs_cached_vs_stateless"] <= 1e-9
    cached = from_b64_array(kv["cached_logits"], "c")
    assert cached.shape == (len(kv["ids"]) - kv["prefill"] + 1, b.spec.vocab_size)
    # independent recomputation: the stored cached rows equal a stateless reference forward over the ids
    from emlx.verify.reference import Reference

    stateless = Reference(b.spec, b.float_weights()).forward(kv["ids"]).logits[kv["prefill"] - 1:]
    assert np.max(np.abs(cached - stateless)) <= 1e-6
    assert docs["layers"]["order"] == tap_names(b.spec.n_layer)
    fwd = docs["forward"]
    assert fwd["prompt_ids"][0] == b.tokenizer["bos_id"] and len(fwd["argmax"]) == 6
    logits = from_b64_array(fwd["step_logits"], "f")
    assert list(logits.argmax(axis=1)) == fwd["argmax"]
    cases = docs["tokenizer"]["cases"]
    assert any("\ufeff" in c["text"] for c in cases) and any("\u017f" in c["text"] for c in cases)
    assert {c["special"] for c in cases} == {"all", "none"}


def test_no_bos_and_texts(tmp_path: Path) -> None:
    bundle = tmp_path / "b.json"
    assert run_cli("export", FIXTURES / "autoresearch-mlx" / "model.npz", bundle).returncode == 0
    texts = tmp_path / "texts.txt"
    texts.write_text("hello world\nDON'T STOP\n", encoding="utf-8")
    assert run_cli("sidecars", bundle, "--no-bos", "--tokens", "2", "--texts", texts, "--out", tmp_path / "sc").returncode == 0
    fwd = json.loads((tmp_path / "sc" / "forward.json").read_text())
    assert fwd["prompt_ids"][0] != json.loads(bundle.read_text())["tokenizer"]["bos_id"]
    tok = json.loads((tmp_path / "sc" / FILES["tokenizer"]).read_text())
    assert any(c["text"] == "DON'T STOP" for c in tok["cases"])
    assert tok["coverage"]["cases"] == len(tok["cases"]) > tok["coverage"]["corpus_cases"]  # user texts add cases


def test_int8_quality_sidecar(tmp_path: Path) -> None:
    src = FIXTURES / "autoresearch-mlx" / "model.npz"
    bundle = tmp_path / "q.json"
    assert run_cli("export", src, bundle, "--int8").returncode == 0
    proc = run_cli("sidecars", bundle, "--tokens", "8", "--f32", src, "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads((tmp_path / "q.sidecars" / "quality.json").read_text())
    assert json.loads(proc.stdout)["quality"]["top1_agreement"] == doc["top1_agreement"]
    assert doc["quantization"].startswith("int8 (") and doc["f32_source"] == src.name
    assert 0.0 <= doc["top1_agreement"] <= 1.0
    assert 0.0 <= doc["kl"]["mean"] <= doc["kl"]["p99"] <= doc["kl"]["max"]
    assert doc["max_abs_logit_diff"] > 0  # int8 really changes the numbers
    for d in doc["disagreements"]:
        assert d["quant_top1"] != d["f32_top1"] and d["f32_margin"] >= 0
    # without --f32 the quality sidecar is skipped with advice, not silently
    proc = run_cli("sidecars", bundle, "--tokens", "2", "--out", tmp_path / "x")
    assert proc.returncode == 0 and "--f32" in proc.stderr and not (tmp_path / "x" / "quality.json").exists()
    # ... unless the source checkpoint (same sha256) sits beside the bundle
    import shutil

    shutil.copy(src, tmp_path / src.name)
    proc = run_cli("sidecars", bundle, "--tokens", "2", "--out", tmp_path / "y")
    assert proc.returncode == 0 and (tmp_path / "y" / "quality.json").is_file(), proc.stderr


def test_bad_inputs(tmp_path: Path) -> None:
    bundle = tmp_path / "b.json"
    assert run_cli("export", FIXTURES / "autoresearch-mlx" / "model.npz", bundle).returncode == 0
    assert_clean_error(run_cli("sidecars", tmp_path / "missing.json"), "missing.json")
    bad = tmp_path / "t.npz"
    np.savez(bad, foo=np.zeros(3))
    assert_clean_error(run_cli("sidecars", bundle, "--truth", bad, "--out", tmp_path / "s"), "ids")
    assert_clean_error(run_cli("sidecars", bundle, "--tokens", "0", "--out", tmp_path / "s2"), "--tokens")


def test_identity_gate_and_coverage_requirements(tmp_path: Path) -> None:
    """The identity gate names what differs; coverage requirements are judged on the payload, per kind."""
    import copy
    import dataclasses

    from emlx.formats import load_bundle
    from emlx.verify.sidecar_folder import coverage_problems, identity_gate

    bundle = tmp_path / "b.json"
    assert run_cli("export", FIXTURES / "autoresearch-mlx" / "model.npz", bundle).returncode == 0
    assert run_cli("sidecars", bundle, "--tokens", "3").returncode == 0
    b = load_bundle(bundle)
    docs = {k: json.loads((tmp_path / "b.sidecars" / name).read_text()) for k, name in FILES.items()}
    assert coverage_problems(b, docs) == [] and identity_gate(b, docs).passed

    other_tok = dict(b.tokenizer, special_tokens={**b.tokenizer["special_tokens"], "<|extra|>": 10**6})
    g = identity_gate(dataclasses.replace(b, tokenizer=other_tok), docs)
    assert not g.passed and g.detail.startswith("the tokenizer block differs")
    g = identity_gate(dataclasses.replace(b, tokenizer=None), docs)
    assert not g.passed and "the bundle has no tokenizer (its block is null)" in g.detail

    fwd = copy.deepcopy(docs["forward"])
    fwd["argmax"] = fwd["argmax"][:2]  # 3 steps and 3 rows, 2 argmax ids
    assert coverage_problems(b, {"forward": fwd}) == [
        "forward.json: 3 steps but 3 logit rows and 2 argmax ids (they must be equal)"]
    lay = copy.deepcopy(docs["layers"])
    lay["taps"]["logits"]["shape"] = [1, b.spec.vocab_size]  # one position where the sequence has more
    [msg] = coverage_problems(b, {"layers": lay})
    assert msg.startswith(f"layers.json: logits has {b.spec.vocab_size} elements, expected {len(lay['ids'])} positions")
    kv = copy.deepcopy(docs["kvcache"])
    kv["cached_logits"]["shape"][0] -= 1
    assert coverage_problems(b, {"kvcache": kv})[0].startswith("kvcache.json: ")
    tok = copy.deepcopy(docs["tokenizer"])
    tok["cases"] = tok["cases"][2:] + [{"text": "x", "ids": [1], "special": "all"}] * 2  # same count, a text lost
    assert "texts of the built-in corpus for this tokenizer missing" in coverage_problems(b, {"tokenizer": tok})[0]
