"""The JS package as a site uses it: js/dist/emlx.js (prebuilt by `npm run build`) imported by relative path from
examples/web/index.html, which loads ./model.json and generates text with the KV cache in headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from chromium_page import chromium, serve
from conftest import FIXTURES, ROOT, have_browser

pytestmark = pytest.mark.skipif(not have_browser(), reason="no Chromium on this machine")


def _site(tmp_path: Path) -> Path:
    """The repository layout a user serves (examples/web + js/dist) with an exported fixture as model.json."""
    site = tmp_path / "site"
    shutil.copytree(ROOT / "examples" / "web", site / "examples" / "web")
    shutil.copytree(ROOT / "js" / "dist", site / "js" / "dist")
    proc = subprocess.run([sys.executable, "-m", "emlx", "export", str(FIXTURES / "autoresearch-mlx" / "model.npz"),
                           str(site / "examples" / "web" / "model.json")],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return site


def _expected_text(bundle_path: Path, n: int) -> str:
    from emlx.formats import load_bundle
    from emlx.verify.reference import Reference
    from emlx.verify.sidecars import encode_prompt
    from emlx.tokcorpus import encoding_from_block

    bundle = load_bundle(bundle_path)
    ids = Reference(bundle.spec, bundle.float_weights()).greedy(encode_prompt(bundle, "The EML operator", True), n).generated
    text: str = encoding_from_block(bundle.tokenizer).decode_bytes(ids).decode("utf-8", errors="replace")
    assert text.strip(), "the fixture model generated only blanks: the check below would be weak"
    return text


def test_example_page_generates_text_from_the_prebuilt_module(tmp_path: Path) -> None:
    site = _site(tmp_path)
    html = (site / "examples" / "web" / "index.html").read_text()
    # Nothing but the relative import of the prebuilt file: no import map, no bare specifier, no node_modules.
    assert "importmap" not in html and "node_modules" not in html
    assert re.findall(r"""from\s+['"]([^'"]+)['"]""", html) == ["../../js/dist/emlx.js"]

    bundle = json.loads((site / "examples" / "web" / "model.json").read_text())
    requests: list[str] = []
    with serve(site) as origin, chromium() as context:
        page = context.new_page()
        page.on("request", lambda r: requests.append(r.url))
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{origin}/examples/web/index.html?tokens=12", wait_until="load")
        page.wait_for_function("document.body.dataset.done === '1' || document.body.dataset.error !== undefined",
                               timeout=120_000)
        state = page.evaluate("({done: document.body.dataset.done, error: document.body.dataset.error,"
                              " out: document.getElementById('out').textContent,"
                              " status: document.getElementById('status').textContent})")
    assert state["error"] is None and state["done"] == "1", (state, errors)
    # Independent truth: the float64 reference's greedy ids, decoded by tiktoken as one piece of bytes; the page
    # decoded them one token at a time as they streamed.
    assert state["out"] == "The EML operator" + _expected_text(site / "examples" / "web" / "model.json", 12), state
    assert "on wasm" in state["status"] and "12 tokens" in state["status"], state
    assert bundle["config"]["family"] in state["status"]
    # Everything came from our origin: the page, the prebuilt module, one .wasm next to it, and the model.
    assert all(u.startswith(origin) for u in requests), requests
    assert any(re.search(r"/js/dist/tfjs-backend-wasm[-a-z]*\.wasm$", u) for u in requests), requests


def test_prebuilt_module_streams_characters_split_across_tokens(tmp_path: Path) -> None:
    """The fixture model's greedy text happens to hold no valid multi-byte character, so feed the prebuilt
    module's decodeStream the single-byte tokens of 'é€😀' (ids from tiktoken) in the browser."""
    from emlx.formats import load_bundle
    from emlx.tokcorpus import encoding_from_block

    site = _site(tmp_path)
    enc = encoding_from_block(load_bundle(site / "examples" / "web" / "model.json").tokenizer)
    text = "é€😀"
    ids = [enc.encode_single_token(bytes([b])) for b in text.encode("utf-8")]
    assert enc.decode(ids) == text
    with serve(site) as origin, chromium() as context:
        page = context.new_page()
        page.goto(f"{origin}/examples/web/index.html?tokens=1", wait_until="load")
        pieces = page.evaluate("""async (ids) => {
            const m = await import('../../js/dist/emlx.js');
            const tok = await m.Tokenizer.fromBundle(await m.loadBundle('./model.json'));
            const s = tok.decodeStream();
            return [...ids.map((id) => s.write(id)), s.flush(), ids.map((id) => tok.decode([id])).join('')];
        }""", ids)
    *streamed, naive = pieces
    assert streamed == ["", "é", "", "", "€", "", "", "", "😀", ""]
    assert naive.count("\ufffd") == len(ids)  # token by token, every byte alone is invalid UTF-8


def test_prebuilt_module_runs_a_tokenizer_json_block(tmp_path: Path) -> None:
    """dist/emlx.js carries @huggingface/tokenizers and emlx's corrections to it: a bundle with a SentencePiece
    tokenizer.json (byte fallback, a <s> template) encodes, decodes and streams in the page as the Rust tokenizers
    library does."""
    from tokenizers import Tokenizer as RustTokenizer

    site = tmp_path / "site"
    shutil.copytree(ROOT / "examples" / "web", site / "examples" / "web")
    shutil.copytree(ROOT / "js" / "dist", site / "js" / "dist")
    tok_dir = FIXTURES / "tokenizers" / "sentencepiece"
    proc = subprocess.run([sys.executable, "-m", "emlx", "export", str(FIXTURES / "autoresearch-mlx" / "model.npz"),
                           str(site / "examples" / "web" / "model.json"), "--tokenizer", str(tok_dir)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    rust = RustTokenizer.from_file(str(tok_dir / "tokenizer.json"))
    texts = ["The EML operator", " \ufeffBOM, caf\u00e9 \u4e2d\u6587 \U0001f600", "<s>hi</s> x"]
    emoji = [rust.token_to_id(f"<0x{b:02X}>") for b in "\U0001f600".encode("utf-8")] + [rust.token_to_id("a")]
    with serve(site) as origin, chromium() as context:
        page = context.new_page()
        page.goto(f"{origin}/examples/web/index.html?tokens=1", wait_until="load")
        got = page.evaluate("""async ([texts, emoji]) => {
            const m = await import('../../js/dist/emlx.js');
            const tok = await m.Tokenizer.fromBundle(await m.loadBundle('./model.json'));
            const s = tok.decodeStream();
            return {kind: tok.kind, addsBos: tok.addsBos,
                    ids: texts.map((t) => [tok.encode(t, {template: true}), tok.encode(t, {special: 'all'})]),
                    decoded: texts.map((t) => tok.decode(tok.encode(t, {special: 'all'}))),
                    stream: [...emoji.map((id) => s.write(id)), s.flush()]};
        }""", [texts, emoji])
    assert got["kind"] == "hf-tokenizers" and got["addsBos"] is True
    rust_none = RustTokenizer.from_file(str(tok_dir / "tokenizer.json"))
    rust_none.encode_special_tokens = True
    for t, (with_template, all_special) in zip(texts, got["ids"]):
        assert with_template == rust_none.encode(t, add_special_tokens=True).ids, t
        assert all_special == rust.encode(t, add_special_tokens=False).ids, t
    assert got["decoded"] == [rust.decode(rust.encode(t, add_special_tokens=False).ids, skip_special_tokens=False)
                              for t in texts]
    assert got["stream"] == ["", "", "", "", "\U0001f600a", ""]
