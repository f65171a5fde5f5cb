"""Hugging Face tokenizer.json blocks ("hf-tokenizers"): building them from model folders, refusing bad ones (one line,
never a traceback or a hang), prompts through the model's template, the exporter hook, and the tokenizer gate end to
end on Node and Chromium. The ids' truth is the tokenizers library itself, called directly here; JS against it on the
whole corpus is js/test/tokenizer-hf.test.js (run by test_parity_node.py's test_js_unit_tests)."""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, assert_clean_error, require_chromium, run_cli
from emlx.errors import EmlxInputError
from emlx.exporter.hf_tokenizer import build_hf_tokenizer_block
from emlx.hftok import HF_KIND, MAX_DEPTH, check_hf_block

TOK = FIXTURES / "tokenizers"
NAMES = ("gpt2", "llama3", "qwen2", "smollm", "sentencepiece", "metaspace")
VOCAB = 384  # the fixture checkpoints' vocab_size
SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _lib(name: str) -> Any:
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(TOK / name / "tokenizer.json"))


def _block(name: str) -> dict[str, Any]:
    return build_hf_tokenizer_block(TOK / name)


def _one_line(e: EmlxInputError) -> str:
    msg = str(e)
    assert "\n" not in msg and "Traceback" not in msg, msg
    return msg


# --------------------------------------------------------------------------------------------------------------
# building blocks


@pytest.mark.parametrize("name", NAMES)
def test_block_carries_the_files_and_what_the_post_processor_adds(name: str) -> None:
    b = _block(name)
    tj = json.loads((TOK / name / "tokenizer.json").read_text(encoding="utf-8"))
    config = json.loads((TOK / name / "tokenizer_config.json").read_text(encoding="utf-8"))
    gen = json.loads((TOK / name / "generation_config.json").read_text(encoding="utf-8"))
    lib = _lib(name)
    assert b["kind"] == HF_KIND and b["version"] == 1
    assert b["tokenizer"] == tj  # carried whole
    assert b["n_vocab"] == lib.get_vocab_size() <= VOCAB
    # the template, from the library's own encode with and without special tokens
    with_t, without = lib.encode("hello", add_special_tokens=True).ids, lib.encode("hello", add_special_tokens=False).ids
    assert b["template"]["prefix"] + without + b["template"]["suffix"] == with_t
    assert b["adds_bos"] == (name in ("llama3", "sentencepiece", "metaspace"))
    if b["adds_bos"]:
        assert with_t[0] == b["bos_id"] == lib.token_to_id(b["bos_token"])
    assert b["bos_token"] == config.get("bos_token")
    eos = gen["eos_token_id"] if isinstance(gen["eos_token_id"], list) else [gen["eos_token_id"]]
    assert b["eos_ids"][:len(eos)] == eos and lib.token_to_id(config["eos_token"]) in b["eos_ids"]
    assert b["chat_template"] == config.get("chat_template")
    assert b["add_bos_token"] == config.get("add_bos_token")
    for f, digest in b["files"].items():
        assert digest == hashlib.sha256((TOK / name / f).read_bytes()).hexdigest()
    check_hf_block(b, VOCAB, "x")  # what load_bundle runs


def test_config_disagreeing_with_tokenizer_json_is_a_warning_and_tokenizer_json_wins(tmp_path: Path) -> None:
    folder = tmp_path / "m"
    shutil.copytree(TOK / "sentencepiece", folder)
    cfg = json.loads((folder / "tokenizer_config.json").read_text())
    cfg.update(add_bos_token=False, eos_token={"content": "</s>", "lstrip": False}, bos_token="<nope>")
    (folder / "tokenizer_config.json").write_text(json.dumps(cfg))
    (folder / "chat_template.jinja").write_text("{{ messages }}", encoding="utf-8")
    with pytest.warns(UserWarning) as rec:
        b = build_hf_tokenizer_block(folder / "tokenizer.json")
    msgs = " | ".join(str(w.message) for w in rec)
    assert "add_bos_token=False" in msgs and "emlx follows tokenizer.json" in msgs and "'<nope>'" in msgs
    assert b["adds_bos"] is True and b["bos_id"] == 1  # from generation_config.json, and the template agrees
    assert b["eos_ids"] == [2] and b["chat_template"] == "{{ messages }}"


def test_only_a_tokenizer_json(tmp_path: Path) -> None:
    shutil.copy(TOK / "llama3" / "tokenizer.json", tmp_path / "tokenizer.json")
    b = build_hf_tokenizer_block(tmp_path)
    assert b["bos_token"] == "<|begin_of_text|>" and b["adds_bos"]  # the template's first token
    assert b["eos_ids"] == [] and b["chat_template"] is None and list(b["files"]) == ["tokenizer.json"]


@pytest.mark.parametrize("content, needle", [
    (b'{"model": {"type": "BPE", "vocab": {"a": 0}, "merges": []}, "added_tokens": [], "x": "\xff"}', "not UTF-8 (byte 0xff"),
    (b'{"model": {}, "model": {}}', "the key 'model' appears twice"),
    (b'{"a": NaN}', "NaN is not JSON"),
    (b'[1, 2', "not valid JSON"),
    (b'{"kind": "tokenizer", "cases": []}', "is an emlx tokenizer sidecar"),
    (b'{"model": {"type": "WordPiece"}}', "model is 'WordPiece', which emlx does not gate"),
])
def test_bad_files_are_one_line_errors(tmp_path: Path, content: bytes, needle: str) -> None:
    (tmp_path / "tokenizer.json").write_bytes(content)
    with pytest.raises(EmlxInputError) as e:
        build_hf_tokenizer_block(tmp_path)
    assert needle in _one_line(e.value)


# --------------------------------------------------------------------------------------------------------------
# the block reader: hostile blocks are refused in one line, quickly


def _good() -> dict[str, Any]:
    return copy.deepcopy(_GOOD)


_GOOD = build_hf_tokenizer_block(TOK / "llama3")


def _refused(block: Any, needle: str | None = None, vocab: int = VOCAB) -> str:
    t0 = time.monotonic()
    with pytest.raises(EmlxInputError) as e:
        check_hf_block(block, vocab, "b.json")
    assert time.monotonic() - t0 < 20
    msg = _one_line(e.value)
    assert msg.startswith("b.json: tokenizer") and "re-export" in msg, msg
    if needle:
        assert needle in msg, msg
    return msg


CATASTROPHIC = [r"(\p{L}+)+$|\s+|.", r"(a|a)+$|.", r"(\d+\s?)+$|.", r"(?:\p{L}|[a-z])+$|."]


@pytest.mark.parametrize("pattern", CATASTROPHIC)
def test_catastrophic_patterns_are_refused_not_run(pattern: str) -> None:
    b = _good()
    b["tokenizer"]["pre_tokenizer"]["pretokenizers"][0]["pattern"]["Regex"] = pattern
    _refused(b, "backtracks catastrophically")


def test_named_refusals() -> None:
    def edit(path: str, value: Any) -> dict[str, Any]:
        b = _good()
        *parents, last = path.split(".")
        node: Any = b
        for p in parents:
            node = node[int(p)] if isinstance(node, list) else node[p]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value
        return b

    _refused(edit("version", 2), "version is 2")
    _refused(edit("tokenizer.model.vocab.!", 999), "the id 999, expected an integer in [0, 384)")
    _refused(edit("tokenizer.model.vocab.!", -1), "the id -1")
    _refused(edit("tokenizer.model.vocab.!", True), "the id True")
    _refused(edit("tokenizer.model.vocab.!", 5), "gives the id 5 to both")
    _refused(edit("tokenizer.added_tokens.0.id", 10_000), "added_tokens[0] has the id 10000")
    _refused(edit("tokenizer.added_tokens.0.single_word", True), "single_word")
    _refused(edit("tokenizer.model.merges", ["a b"] * (16 * 1024 + 1)), "over the 16384 emlx accepts")
    _refused(edit("tokenizer.model.merges.0", 7), "model.merges[0] is 7")
    _refused(edit("tokenizer.model.dropout", 0.5), "dropout")
    _refused(edit("tokenizer.decoder", {"type": "WordPiece"}), "decoder is 'WordPiece'")
    _refused(edit("tokenizer.added_tokens.0.content", "<\ud800>"), "lone surrogate (U+D800")
    _refused(edit("bos_id", 371), "bos_token '<|begin_of_text|>' and bos_id 371 disagree")
    _refused(edit("eos_ids", [5000]), "eos_ids 5000 is not an id")
    _refused(edit("template", {"prefix": [], "suffix": []}), "post-processor adds {'prefix': [370]")
    _refused(edit("adds_bos", False), "adds_bos is False")
    _refused(edit("n_vocab", 384), "n_vocab is 384 but tokenizer.json has 376 ids")
    _refused(edit("chat_template", 5), "field 'chat_template' is a number")
    _refused(_good(), "model.vocab has 370 tokens, more than the model's 300 ids", vocab=300)
    _refused(_good(), "expected an integer in [0, 372)", vocab=372)  # the added tokens reach past the model's ids


@SETTINGS
@given(depth=st.integers(MAX_DEPTH, 400), where=st.sampled_from(["normalizer", "extra", "model.vocab_extra"]))
def test_deep_nesting_is_refused(depth: int, where: str) -> None:
    b = _good()
    nest: Any = "x"
    for _ in range(depth):
        nest = [nest]
    node = b["tokenizer"]
    *parents, last = where.split(".")
    for p in parents:
        node = node[p]
    node[last] = nest
    try:
        check_hf_block(b, VOCAB, "b.json")
    except EmlxInputError as e:
        _one_line(e)
    else:
        raise AssertionError(f"depth {depth} at {where} accepted")


@SETTINGS
@given(n=st.integers(16 * 1024 + 1, 300_000))
def test_huge_merge_lists_are_refused_before_the_library_sees_them(n: int) -> None:
    b = _good()
    b["tokenizer"]["model"]["merges"] = ["\u0120 t"] * n
    msg = _refused(b)
    assert "merges" in msg


# mutations of a valid block: a random leaf (or key) replaced by a hostile value
HOSTILE = st.one_of(st.integers(-2**70, 2**70), st.floats(allow_nan=True), st.booleans(), st.none(),
                    st.text(max_size=20), st.sampled_from(["\ud800", "\udfff x", *CATASTROPHIC, "(", "[", "\\p{Nope}"]),
                    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


def _paths(obj: Any, prefix: tuple = (), out: list | None = None, limit: int = 600) -> list[tuple]:
    out = [] if out is None else out
    if len(out) > limit:
        return out
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "vocab" and len(out) > 50:
                out.append(prefix + (k, next(iter(v))))
                continue
            out.append(prefix + (k,))
            _paths(v, prefix + (k,), out, limit)
    elif isinstance(obj, list):
        for i, v in enumerate(obj[:4]):
            out.append(prefix + (i,))
            _paths(v, prefix + (i,), out, limit)
    return out


PATHS = _paths(_GOOD)


@SETTINGS
@given(picks=st.lists(st.tuples(st.sampled_from(PATHS), HOSTILE), min_size=1, max_size=3))
def test_mutated_blocks_are_accepted_or_refused_in_one_line(picks: list[tuple[tuple, Any]]) -> None:
    b = _good()
    for path, value in picks:
        node: Any = b
        try:
            for p in path[:-1]:
                node = node[p]
            node[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    t0 = time.monotonic()
    try:
        check_hf_block(b, VOCAB, "b.json")
    except EmlxInputError as e:
        _one_line(e)
    assert time.monotonic() - t0 < 20


@SETTINGS
@given(edits=st.lists(st.tuples(st.integers(0, 30_000), st.integers(0, 255)), min_size=1, max_size=4),
       cut=st.none() | st.integers(0, 30_000))
def test_corrupted_files_are_refused_in_one_line(tmp_path_factory: pytest.TempPathFactory,
                                                 edits: list[tuple[int, int]], cut: int | None) -> None:
    folder = tmp_path_factory.mktemp("tok")
    data = bytearray((TOK / "gpt2" / "tokenizer.json").read_bytes())
    for at, byte in edits:
        data[at % len(data)] = byte
    if cut is not None:
        data = data[:cut]
    (folder / "tokenizer.json").write_bytes(bytes(data))
    try:
        b = build_hf_tokenizer_block(folder)
    except EmlxInputError as e:
        _one_line(e)
    else:
        check_hf_block(b, 2**31 - 1, "b.json")  # what it accepted, it accepts again on load


# --------------------------------------------------------------------------------------------------------------
# prompts through the model's own template


def _bundle(name: str) -> Any:
    """What encode_prompt reads of a bundle: its tokenizer block."""
    from types import SimpleNamespace

    return SimpleNamespace(tokenizer=_block(name))


@pytest.mark.parametrize("name", NAMES)
def test_prompt_takes_the_template_once(name: str) -> None:
    from emlx.verify.sidecars import encode_prompt

    lib, b = _lib(name), _block(name)
    text = "The EML operator"
    assert encode_prompt(_bundle(name), text, True) == lib.encode(text, add_special_tokens=True).ids
    assert encode_prompt(_bundle(name), text, False) == lib.encode(text, add_special_tokens=False).ids
    if b["adds_bos"]:
        warnings: list[str] = []
        ids = encode_prompt(_bundle(name), b["bos_token"] + text, True, warnings)
        assert ids == lib.encode(b["bos_token"] + text, add_special_tokens=False).ids
        assert ids[:2] != [b["bos_id"]] * 2 and ids[0] == b["bos_id"] and "not added twice" in warnings[0]


# --------------------------------------------------------------------------------------------------------------
# the exporter, the sidecars and the gate


def test_tokenizer_json_beside_the_checkpoint_is_picked_up(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "autoresearch-mlx" / "model.npz", tmp_path / "model.npz")
    shutil.copy(FIXTURES / "autoresearch-mlx" / "model.json", tmp_path / "model.json")
    for f in (TOK / "qwen2").iterdir():
        shutil.copy(f, tmp_path / f.name)
    proc = run_cli("export", tmp_path / "model.npz", tmp_path / "out.safetensors")
    assert proc.returncode == 0, proc.stderr
    from emlx.formats import load_bundle

    b = load_bundle(tmp_path / "out.safetensors")
    assert b.tokenizer is not None and b.tokenizer["kind"] == HF_KIND and b.tokenizer["eos_token"] == "<|im_end|>"
    assert b.source["tokenizer_file"] == "tokenizer.json"


def test_export_refuses_a_tokenizer_larger_than_the_model(tmp_path: Path) -> None:
    folder = tmp_path / "tok"
    shutil.copytree(TOK / "llama3", folder)
    tj = json.loads((folder / "tokenizer.json").read_text())
    tj["added_tokens"].append({"id": 400, "content": "<|big|>", "special": True, "single_word": False,
                               "lstrip": False, "rstrip": False, "normalized": False})
    (folder / "tokenizer.json").write_text(json.dumps(tj))
    proc = run_cli("export", FIXTURES / "autoresearch-mlx" / "model.npz", tmp_path / "o.json", "--tokenizer", folder)
    assert_clean_error(proc, "added_tokens[", "the id 400, expected an integer in [0, 384)")
    assert not (tmp_path / "o.json").exists()


def _sidecars_and_parity(tmp_path: Path, name: str, *parity: str) -> dict[str, Any]:
    out = tmp_path / f"{name}.json"
    proc = run_cli("export", FIXTURES / "autoresearch-mlx" / "model.npz", out, "--tokenizer", TOK / name / "tokenizer.json")
    assert proc.returncode == 0, proc.stderr
    proc = run_cli("sidecars", out, "--tokens", "8")
    assert proc.returncode == 0, proc.stderr
    rep = tmp_path / "rep.json"
    proc = run_cli("parity", out, *parity, "--report-json", rep)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    return json.loads(rep.read_text())


def _tokenizer_gates(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    runs = report["models"][0]["parity"]["runs"]
    assert runs
    out = {}
    for r in runs:
        gates = {g["name"]: g for g in r["gates"]}
        for name in ("tokenizer", "tokenizer.decode", "tokenizer.stream"):
            assert gates[name]["passed"], (r["runtime"], r["backend"], gates[name])
            assert gates[name]["value"] == 0
        out[f"{r['runtime']}/{r['backend']}"] = gates
    return out


@pytest.mark.parametrize("name", ["llama3", "sentencepiece"])
def test_parity_gates_the_tokenizer_on_node(name: str, tmp_path: Path) -> None:
    gates = _tokenizer_gates(_sidecars_and_parity(tmp_path, name, "--runtime", "node", "--backend", "cpu"))
    g = gates["node/cpu"]
    assert "cases identical" in g["tokenizer"]["detail"]
    assert all(x["passed"] for x in g.values())
    doc = json.loads((tmp_path / f"{name}.sidecars" / "forward.json").read_text())
    lib = _lib(name)
    assert doc["prompt_ids"] == lib.encode("The EML operator", add_special_tokens=True).ids
    assert doc["prompt_ids"][0] == lib.token_to_id("<|begin_of_text|>" if name == "llama3" else "<s>")


def test_parity_gates_the_tokenizer_in_chromium(tmp_path: Path) -> None:
    require_chromium()
    gates = _tokenizer_gates(_sidecars_and_parity(tmp_path, "qwen2", "--runtime", "chromium", "--backend", "wasm"))
    assert all(x["passed"] for x in gates["chromium/wasm"].values())


def test_wrong_ids_fail_the_gate(tmp_path: Path) -> None:
    """The gate can fail: one case's expected ids changed in the sidecar (the bundle is untouched)."""
    out = tmp_path / "m.json"
    assert run_cli("export", FIXTURES / "autoresearch-mlx" / "model.npz", out, "--tokenizer", TOK / "gpt2").returncode == 0
    assert run_cli("sidecars", out, "--tokens", "2").returncode == 0
    sc = out.with_name("m.sidecars") / "tokenizer_ids.json"  # the tokenizer sidecar (not Hugging Face's file)
    doc = json.loads(sc.read_text())
    doc["cases"][5]["ids"] = doc["cases"][5]["ids"][:-1] + [7]
    doc["decodes"][3]["text"] += "!"
    sc.write_text(json.dumps(doc))
    rep = tmp_path / "rep.json"
    proc = run_cli("parity", out, "--runtime", "node", "--backend", "cpu", "--sidecars", out.with_name("m.sidecars"),
                   "--report-json", rep)
    assert proc.returncode == 1, proc.stderr
    gates = {g["name"]: g for g in json.loads(rep.read_text())["models"][0]["parity"]["runs"][0]["gates"]}
    assert not gates["tokenizer"]["passed"] and gates["tokenizer"]["value"] == 1
    assert not gates["tokenizer.decode"]["passed"] and not gates["tokenizer.stream"]["passed"]


def test_stream_gate_fails_on_a_replacement_char_mid_stream() -> None:
    from emlx.verify.gates import compare_decode, compare_stream

    decodes = [{"ids": [1, 2], "text": "é"}, {"ids": [3], "text": "a"}]
    assert compare_stream("s", decodes, [["", "é", ""], ["a", ""]]).passed
    bad = compare_stream("s", decodes, [["\ufffd", "é", ""], ["a", ""]])  # the naive per-token decode
    assert not bad.passed and bad.value == 1 and bad.data["mismatches"][0]["first_wrong_piece"] == 0
    assert not compare_stream("s", decodes, [["é", ""], ["a", ""]]).passed  # not one piece per id + flush
    assert not compare_stream("s", [], []).passed  # nothing compared
    assert not compare_decode("d", decodes, ["é", None]).passed
    assert compare_decode("d", decodes, ["é", "a"]).passed


def test_sidecar_without_template_cases_is_incomplete() -> None:
    from emlx.verify.kinds import _requires_tokenizer
    from emlx.tokcorpus import decode_cases, tokenizer_cases

    b = _block("sentencepiece")

    class Fake:
        tokenizer = b

    cases = tokenizer_cases(b)
    doc = {"cases": cases, "decodes": decode_cases(b, cases)}
    assert _requires_tokenizer(Fake(), doc) == []  # type: ignore[arg-type]
    edited = copy.deepcopy(cases)
    first = next(c for c in edited if c.get("template"))
    del first["template"]  # as many cases, but one of the template's is gone
    assert "special 'all', template" in _requires_tokenizer(Fake(), {**doc, "cases": edited})[0]  # type: ignore[arg-type]
    assert "decode cases" in _requires_tokenizer(Fake(), {**doc, "decodes": doc["decodes"][:10]})[0]  # type: ignore[arg-type]


def test_onnx_bundle_gates_the_tokenizer_in_python_and_node(tmp_path: Path) -> None:
    """An ONNX export carries the block in its header; onnxruntime's Python runner decodes with the reference (no
    streaming decoder there, so no stream gate), onnxruntime-node runs the JS tokenizer like the TF.js harness."""
    out = tmp_path / "m.onnx"
    proc = run_cli("export", FIXTURES / "autoresearch-mlx" / "model.npz", out, "--tokenizer", TOK / "metaspace")
    assert proc.returncode == 0, proc.stderr
    assert run_cli("sidecars", out, "--tokens", "2").returncode == 0
    for runtime, stream in (("onnxruntime", False), ("node", True)):
        rep = tmp_path / f"{runtime}.json"
        proc = run_cli("parity", out, "--runtime", runtime, "--report-json", rep)
        assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
        gates = {g["name"]: g for g in json.loads(rep.read_text())["models"][0]["parity"]["runs"][0]["gates"]}
        assert gates["tokenizer"]["passed"] and gates["tokenizer.decode"]["passed"]
        assert ("tokenizer.stream" in gates) == stream and gates.get("tokenizer.stream", {"passed": True})["passed"]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(text=st.text(st.characters(blacklist_categories=("Cs",)), max_size=60), name=st.sampled_from(NAMES))
def test_reference_encoder_round_trips_and_applies_the_template_around_the_text(text: str, name: str) -> None:
    """Properties of the reference path (emlx.tokcorpus.encode_text over the tokenizers library): decoding the ids of a
    text gives the text back (NFC-normalised for Qwen2's NFC normalizer), special tokens in it or not, and the
    template only adds the block's prefix and suffix around the text's own ids."""
    import unicodedata

    from emlx.hftok import hf_tokenizers
    from emlx.tokcorpus import encode_text

    b = _BLOCKS[name]
    want = unicodedata.normalize("NFC", text) if name == "qwen2" else text
    for special in ("all", "none"):
        ids = encode_text(b, text, special, False)
        assert hf_tokenizers(b).decode(ids) == want
        assert encode_text(b, text, special, True) == b["template"]["prefix"] + ids + b["template"]["suffix"]


_BLOCKS = {n: build_hf_tokenizer_block(TOK / n) for n in NAMES}


@SETTINGS
@given(at=st.integers(0, 30_000), bad=st.sampled_from([b"\xff", b"\xc0\xaf", b"\xed\xa0\x80", b"\xe2\x82", b"\x80",
                                                        b"\xf8\x88\x80\x80\x80", b"\xf4\x90\x80\x80"]))
def test_invalid_utf8_in_tokenizer_json_is_refused_in_one_line(tmp_path_factory: pytest.TempPathFactory, at: int,
                                                               bad: bytes) -> None:
    """Invalid UTF-8 anywhere (overlong, a surrogate, truncated, past U+10FFFF) is refused, never decoded with
    replacement characters into another vocabulary."""
    folder = tmp_path_factory.mktemp("utf8")
    data = bytearray((TOK / "gpt2" / "tokenizer.json").read_bytes())
    at %= len(data)
    data[at:at] = bad
    (folder / "tokenizer.json").write_bytes(bytes(data))
    with pytest.raises(EmlxInputError) as e:
        build_hf_tokenizer_block(folder)
    _one_line(e.value)
