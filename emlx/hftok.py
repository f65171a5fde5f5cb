"""Hugging Face ``tokenizer.json`` tokenizer blocks (docs/FORMATS.md "Tokenizer block", kind ``hf-tokenizers``).

A block carries the whole ``tokenizer.json`` object plus what a site needs beside it (BOS/EOS ids, the template the
post-processor applies, the chat template). The reference encoder is the Rust ``tokenizers`` library (rebuilt from
the block, never from a file); js/src/tokenizer-hf.js must give the same ids.

:func:`check_hf_block` validates a block when a bundle is read, before ``tokenizers`` sees it: structure, sizes and
nesting, id ranges, the component types emlx gates (``HF_SUPPORTED``, the same table as the JS one), and every
regular expression against catastrophic backtracking; then the block must rebuild and its recorded template, BOS
and vocabulary size must be what the library computes. Every refusal is one line.

Layer 2 (data): imports only ``emlx.errors``.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from typing import Any, Mapping, Sequence

from emlx.errors import EmlxInputError, one_line
from emlx.native import rust_calls

HF_KIND = "hf-tokenizers"
HF_VERSION = 1

#: Component types emlx accepts per tokenizer.json section: those the corpus gate covers (fixtures/tokenizers/).
#: js/src/tokenizer-hf.js HF_SUPPORTED is the same table (tests/test_hf_tokenizer.py compares them).
HF_SUPPORTED: dict[str, tuple[str, ...]] = {
    "normalizer": ("NFC", "NFD", "NFKC", "NFKD", "Prepend", "Replace", "Sequence"),
    "pre_tokenizer": ("ByteLevel", "Digits", "Metaspace", "Sequence", "Split"),
    "model": ("BPE",),
    "post_processor": ("ByteLevel", "Sequence", "TemplateProcessing"),
    "decoder": ("ByteFallback", "ByteLevel", "Fuse", "Replace", "Sequence", "Strip"),
}
_SEQUENCE_ITEMS = {"normalizer": "normalizers", "pre_tokenizer": "pretokenizers", "post_processor": "processors",
                   "decoder": "decoders"}

MAX_DEPTH = 32  # JSON nesting of a tokenizer.json (real ones: about 6)
MAX_MERGES_PER_TOKEN = 16  # merges may exceed the vocabulary (Llama 3: 2.2 per token), not without bound
MAX_ADDED_TOKENS = 1 << 20
MAX_PATTERN_CHARS = 10_000
#: a probe of one regular expression on a 64-character text taking longer than this is catastrophic backtracking
#: (a sound pattern takes microseconds; Oniguruma gives up on a catastrophic one after ~0.2 s)
PROBE_LIMIT_SECONDS = 0.1
PROBE_UNITS = ("a", "1", " ", "\n", "!", "\u4e00", "e\u0301", "'", "a ", "\r\n")
PROBE_ENDS = ("!", "a", " ", "\n", "\x00", "")
PROBE_LENGTH = 64

FIX = "re-export the bundle from the model's tokenizer.json (`emlx export CKPT OUT --tokenizer tokenizer.json`)"


def is_hf_block(block: Any) -> bool:
    return isinstance(block, Mapping) and block.get("kind") == HF_KIND


def _tokenizers() -> Any:
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # no fork warning when Node is started afterwards
    try:
        import tokenizers
    except ImportError as e:
        raise EmlxInputError(f"a tokenizer.json needs the Python package tokenizers ({e}); `pip install tokenizers` "
                             "(emlx-gpt lists it as a dependency)") from None
    return tokenizers


def _kind(v: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(v), "a number" if isinstance(v, (int, float)) else type(v).__name__)


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _walk(tj: Any, bad: Any) -> None:
    """Nesting depth and object keys, without recursion (lone surrogates are found when the object is hashed)."""
    stack: list[tuple[Any, int, Any]] = [(tj, 1, None)]  # (value, depth, (parent entry, key)) - paths built on error

    def where(entry: Any) -> str:
        keys = []
        while entry is not None:
            entry, key = entry
            keys.append(f"[{key}]" if isinstance(key, int) else f".{key}")
        return ("tokenizer.json" + "".join(reversed(keys)))[:200]

    while stack:
        v, depth, at = stack.pop()
        if depth > MAX_DEPTH:
            raise bad(f"is nested more than {MAX_DEPTH} levels deep (at {where(at)}); expected a tokenizer.json as the "
                      "tokenizers library writes it")
        if isinstance(v, dict):
            for k, c in v.items():
                if not isinstance(k, str):
                    raise bad(f"{where(at)} has a non-string key {k!r:.30}")
                if isinstance(c, (dict, list)):
                    stack.append((c, depth + 1, (at, k)))
        else:
            stack.extend((c, depth + 1, (at, i)) for i, c in enumerate(v) if isinstance(c, (dict, list)))


def _components(tj: Mapping[str, Any], bad: Any) -> list[tuple[str, str]]:
    """Check every component type against HF_SUPPORTED; returns the regular expressions ``[(pattern, where)]``."""
    patterns: list[tuple[str, str]] = []
    for section, types in HF_SUPPORTED.items():
        stack: list[tuple[Any, str]] = [(tj.get(section), section)]
        while stack:
            node, where = stack.pop()
            if node is None:
                if section == "model":
                    raise bad("has no model")
                continue
            if not isinstance(node, Mapping) or not isinstance(node.get("type"), str):
                raise bad(f"{where} is {_kind(node)} without a \"type\"")
            typ = node["type"]
            if typ not in types:
                raise bad(f"{where} is {typ!r:.40}, which emlx does not gate (supported: {', '.join(types)})")
            if typ == "Split" and not (str(node.get("behavior")).lower() == "isolated" and not node.get("invert")):
                raise bad(f"{where}: Split with behavior {node.get('behavior')!r:.30}{', invert' if node.get('invert') else ''} "
                          "is not gated (only \"Isolated\", not inverted)")
            if typ == "Digits" and node.get("individual_digits") is not True:
                raise bad(f"{where}: Digits without individual_digits is not gated (only individual digits)")
            pat = node.get("pattern")
            if isinstance(pat, Mapping) and "Regex" in pat:
                if not isinstance(pat["Regex"], str) or len(pat["Regex"]) > MAX_PATTERN_CHARS:
                    raise bad(f"{where}.pattern.Regex is not a string of at most {MAX_PATTERN_CHARS} characters")
                patterns.append((pat["Regex"], f"{where}.pattern"))
            if typ == "Sequence":
                items = node.get(_SEQUENCE_ITEMS[section])
                if not isinstance(items, list):
                    raise bad(f"{where}.{_SEQUENCE_ITEMS[section]} is {_kind(items)}, expected an array")
                stack.extend((x, f"{where}.{_SEQUENCE_ITEMS[section]}[{i}]") for i, x in enumerate(items))
    m = tj["model"]
    if m.get("dropout") not in (None, 0, 0.0):
        raise bad(f"model.dropout is {m.get('dropout')!r:.20}: a random encoder cannot be gated; expected null")
    for k in ("continuing_subword_prefix", "end_of_word_suffix"):
        if m.get(k) not in (None, ""):
            raise bad(f"model.{k} is {m.get(k)!r:.30}, which emlx does not gate; expected null")
    return patterns


def _vocab(tj: Mapping[str, Any], vocab_size: int, bad: Any) -> int:
    """Ids in range and unique, merges well-formed and bounded, added tokens well-formed; returns n_vocab."""
    m = tj["model"]
    vocab, merges = m.get("vocab"), m.get("merges")
    if not isinstance(vocab, Mapping) or not vocab:
        raise bad(f"model.vocab is {_kind(vocab)}, expected a non-empty object {{token: id}}")
    ids = list(vocab.values())
    if not all(type(i) is int for i in ids) or min(ids) < 0 or max(ids) >= vocab_size:
        tok, i = next((t, i) for t, i in vocab.items() if not _is_int(i) or not 0 <= i < vocab_size)
        raise bad(f"model.vocab gives {tok!r:.40} the id {i!r:.20}, expected an integer in [0, {vocab_size}) "
                  "(the model's vocab_size)")
    seen: dict[int, str] = {i: t for t, i in vocab.items()}
    if len(seen) != len(vocab):
        tok, i = next((t, i) for t, i in vocab.items() if seen[i] != t)
        raise bad(f"model.vocab gives the id {i} to both {seen[i]!r:.30} and {tok!r:.30}")
    if not isinstance(merges, list):
        raise bad(f"model.merges is {_kind(merges)}, expected an array")
    limit = MAX_MERGES_PER_TOKEN * max(len(vocab), 1024)
    if len(merges) > limit:
        raise bad(f"model.merges has {len(merges)} entries for {len(vocab)} tokens, over the {limit} emlx accepts")
    for j, mg in enumerate(merges):
        ok = (isinstance(mg, str) and mg.count(" ") >= 1) or (
            isinstance(mg, list) and len(mg) == 2 and all(isinstance(x, str) for x in mg))
        if not ok:
            raise bad(f"model.merges[{j}] is {mg!r:.40}, expected \"left right\" or [left, right]")
    added = tj.get("added_tokens")
    if not isinstance(added, list) or len(added) > MAX_ADDED_TOKENS:
        raise bad(f"added_tokens is {_kind(added)}, expected an array (of at most {MAX_ADDED_TOKENS})")
    contents: set[str] = set()
    top = max(seen)
    for j, t in enumerate(added):
        if not isinstance(t, Mapping):
            raise bad(f"added_tokens[{j}] is {_kind(t)}, expected an object")
        i, content = t.get("id"), t.get("content")
        if not isinstance(i, int) or isinstance(i, bool) or not 0 <= i < vocab_size:
            raise bad(f"added_tokens[{j}] has the id {i!r:.20}, expected an integer in [0, {vocab_size}) (the model's "
                      "vocab_size)")
        if not isinstance(content, str) or not content:
            raise bad(f"added_tokens[{j}] content is {content!r:.30}, expected a non-empty string")
        if content in contents:
            raise bad(f"added_tokens has {content!r:.40} twice")
        if i in seen and seen[i] != content:
            raise bad(f"added token {content!r:.30} has the id {i}, which model.vocab gives to {seen[i]!r:.30}")
        for flag in ("special", "single_word", "lstrip", "rstrip", "normalized"):
            if flag in t and not isinstance(t[flag], bool):
                raise bad(f"added token {content!r:.30}: {flag} is {_kind(t[flag])}, expected a boolean")
        if t.get("single_word"):
            raise bad(f"added token {content!r:.30} is single_word, which emlx does not gate")
        contents.add(content)
        top = max(top, i)
    return top + 1


def probe_patterns(patterns: Sequence[tuple[str, str]], bad: Any) -> None:
    """Refuse a regular expression that backtracks catastrophically, run by the library's own engine (Oniguruma)
    on runs of one character class followed by a character that fails the match late."""
    tk = _tokenizers()
    for pat, where in patterns:
        with rust_calls(f"{where} {pat[:60]!r}"):
            try:
                split = tk.pre_tokenizers.Split(tk.Regex(pat), behavior="isolated")
            except Exception as e:  # noqa: BLE001 - Oniguruma's compile error
                raise bad(f"{where} {pat[:60]!r} does not compile ({one_line(str(e))[:200]})") from None
        for unit in PROBE_UNITS:
            for end in PROBE_ENDS:
                text = (unit * PROBE_LENGTH)[:PROBE_LENGTH] + end
                slow = True
                for _ in range(3):  # CPU time, the fastest of up to three runs: load never fails a sound pattern
                    t0 = time.process_time()
                    try:
                        with rust_calls(where):
                            split.pre_tokenize_str(text)
                    except EmlxInputError:
                        break  # Oniguruma's retry limit: catastrophic whatever the load
                    if time.process_time() - t0 <= PROBE_LIMIT_SECONDS:
                        slow = False
                        break
                if slow:
                    raise bad(f"{where} {pat[:60]!r} backtracks catastrophically (on {text[:8]!r}... of {len(text)} "
                              "characters): it would stall a browser; rewrite it without nested quantifiers over the "
                              "same characters")


class HfTokenizers:
    """The reference encoders of a block: special-token strings recognised (``all``), and treated as text (``none``,
    built on first use)."""

    def __init__(self, text: str, all_: Any, n_vocab: int, prefix: tuple[int, ...], suffix: tuple[int, ...]) -> None:
        self._text = text
        self.all = all_
        self._none: Any = None
        self.n_vocab = n_vocab
        self.prefix = prefix
        self.suffix = suffix

    @property
    def none(self) -> Any:
        if self._none is None:
            with rust_calls("tokenizer"):
                tok = _tokenizers().Tokenizer.from_str(self._text)
                tok.no_truncation()
                tok.no_padding()
                tok.encode_special_tokens = True
            self._none = tok
        return self._none

    def encode(self, text: str, special: str = "none", template: bool = False) -> list[int]:
        if special not in ("all", "none"):
            raise ValueError(f"special must be 'all' or 'none', got {special!r}")
        tok = self.all if special == "all" else self.none
        with rust_calls("tokenizer"):
            return list(tok.encode(text, add_special_tokens=template).ids)

    def decode(self, ids: Sequence[int], skip_special: bool = False) -> str:
        for i in ids:
            if not _is_int(i) or not 0 <= i < self.n_vocab or self.all.id_to_token(i) is None:
                raise EmlxInputError(f"tokenizer: id {i!r:.20} is not in the vocabulary")
        with rust_calls("tokenizer"):
            return str(self.all.decode(list(ids), skip_special_tokens=skip_special))

    def token(self, i: int) -> str | None:
        return self.all.id_to_token(i)


def template_ids(tok: Any) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(prefix, suffix): the ids the post-processor puts around one text (its BOS, if any)."""
    for probe in ("a", "hello", "0"):
        plain = list(tok.encode(probe, add_special_tokens=False).ids)
        full = list(tok.encode(probe, add_special_tokens=True).ids)
        if not plain:
            continue
        for i in range(len(full) - len(plain) + 1):
            if full[i:i + len(plain)] == plain:
                return tuple(full[:i]), tuple(full[i + len(plain):])
    raise ValueError("the post-processor does not keep a text as one piece (cannot tell its template)")


_CACHE: dict[str, HfTokenizers] = {}


def tokenizer_json_sha256(tj: Mapping[str, Any]) -> str:
    """sha256 of the canonical JSON; ValueError when a string holds a lone surrogate (not Unicode text)."""
    text = json.dumps(tj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    try:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()
    except UnicodeEncodeError as e:
        raise ValueError(f"holds a lone surrogate (U+{ord(text[e.start]):04X}, not Unicode text) near "
                         f"{text[max(0, e.start - 30):e.start]!r}") from None


def build_tokenizers(tj: Mapping[str, Any], where: str = "tokenizer.json", key: str | None = None) -> HfTokenizers:
    """The reference encoders of a checked tokenizer.json object (cached by content, ``key`` = its
    tokenizer_json_sha256 when known); raises EmlxInputError."""
    key = key or tokenizer_json_sha256(tj)
    if key in _CACHE:
        return _CACHE[key]
    tk = _tokenizers()
    text = json.dumps(tj, ensure_ascii=False)
    with rust_calls(where):
        try:
            a = tk.Tokenizer.from_str(text)
        except Exception as e:  # noqa: BLE001 - the library's deserialisation error
            raise EmlxInputError(f"{where} does not build a tokenizer ({one_line(str(e))[:300]}); {FIX}") from None
        a.no_truncation()
        a.no_padding()
        try:
            prefix, suffix = template_ids(a)
        except ValueError as e:
            raise EmlxInputError(f"{where}: {e}") from None
    n_vocab = 1 + max([*tj["model"]["vocab"].values(), *(t["id"] for t in tj.get("added_tokens") or [])])
    out = HfTokenizers(text, a, n_vocab, prefix, suffix)
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[key] = out
    return out


def check_tokenizer_json(tj: Any, vocab_size: int, where: str) -> HfTokenizers:
    """Validate a tokenizer.json object for a model of ``vocab_size`` ids and build its reference encoders."""

    def bad(msg: str) -> EmlxInputError:
        return EmlxInputError(f"{where}: tokenizer.json {msg}; {FIX}")

    if not isinstance(tj, Mapping):
        raise bad(f"is {_kind(tj)}, expected an object")
    model = tj.get("model")
    sizes = {k: len(model[k]) if isinstance(model, Mapping) and isinstance(model.get(k), (list, Mapping)) else 0
             for k in ("vocab", "merges")}
    if sizes["vocab"] > vocab_size:  # before anything walks them
        raise bad(f"model.vocab has {sizes['vocab']} tokens, more than the model's {vocab_size} ids")
    if sizes["merges"] > MAX_MERGES_PER_TOKEN * max(sizes["vocab"], 1024):
        raise bad(f"model.merges has {sizes['merges']} entries for {sizes['vocab']} tokens, over the "
                  f"{MAX_MERGES_PER_TOKEN * max(sizes['vocab'], 1024)} emlx accepts")
    _walk(tj, bad)
    patterns = _components(tj, bad)
    n_vocab = _vocab(tj, vocab_size, bad)
    try:
        key = tokenizer_json_sha256(tj)
    except ValueError as e:
        raise bad(str(e)) from None
    if key not in _CACHE:
        probe_patterns(patterns, bad)
    toks = build_tokenizers(tj, f"{where}: tokenizer.json", key)
    assert toks.n_vocab == n_vocab
    return toks


def check_hf_block(block: Any, vocab_size: int, where: str) -> None:
    """Raise EmlxInputError (one line) unless ``block`` is a usable ``hf-tokenizers`` block for ``vocab_size``."""

    def bad(msg: str) -> EmlxInputError:
        return EmlxInputError(f"{where}: tokenizer block {msg}; {FIX}")

    if block.get("version") != HF_VERSION:
        raise bad(f"version is {block.get('version')!r:.20}; this emlx reads version {HF_VERSION} of {HF_KIND!r} blocks")
    fields: tuple[tuple[str, tuple[type, ...], str], ...] = (
        ("bos_token", (str, type(None)), "a string or null"), ("eos_token", (str, type(None)), "a string or null"),
        ("adds_bos", (bool,), "a boolean"), ("add_bos_token", (bool, type(None)), "a boolean or null"),
        ("chat_template", (str, list, type(None)), "a string, an array or null"), ("files", (dict,), "an object"))
    for key, kinds, expected in fields:
        if not isinstance(block.get(key), kinds):
            raise bad(f"field {key!r} is {_kind(block.get(key))}, expected {expected}")
    toks = check_tokenizer_json(block.get("tokenizer"), vocab_size, where)
    if block.get("n_vocab") != toks.n_vocab:
        raise bad(f"n_vocab is {block.get('n_vocab')!r:.20} but tokenizer.json has {toks.n_vocab} ids")
    ids: list[tuple[str, Any]] = [("bos_id", block.get("bos_id"))]
    eos = block.get("eos_ids")
    if not isinstance(eos, list):
        raise bad(f"field 'eos_ids' is {_kind(eos)}, expected an array of ids")
    ids += [("eos_ids", i) for i in eos]
    for name, i in ids:
        if i is None and name == "bos_id":
            continue
        if not _is_int(i) or not 0 <= i < toks.n_vocab or toks.token(i) is None:
            raise bad(f"{name} {i!r:.20} is not an id of its tokenizer.json")
    bos_id, bos_token = block.get("bos_id"), block.get("bos_token")
    if (bos_id is None) != (bos_token is None) or (bos_id is not None and toks.token(bos_id) != bos_token):
        raise bad(f"bos_token {bos_token!r:.40} and bos_id {bos_id!r:.20} disagree (tokenizer.json has "
                  f"{toks.token(bos_id) if _is_int(bos_id) else None!r:.40} at that id)")
    tmpl = block.get("template")
    want = {"prefix": list(toks.prefix), "suffix": list(toks.suffix)}
    if tmpl != want:
        raise bad(f"template is {tmpl!r:.80} but tokenizer.json's post-processor adds {want}")
    if block["adds_bos"] != (bos_id is not None and toks.prefix[:1] == (bos_id,)):
        raise bad(f"adds_bos is {block['adds_bos']} but the template's prefix is {list(toks.prefix)} (bos_id {bos_id})")


_BY_OBJECT: dict[int, tuple[Any, HfTokenizers]] = {}  # id(tokenizer.json object) -> (that object, its encoders)


def hf_tokenizers(block: Mapping[str, Any]) -> HfTokenizers:
    """The reference encoders of a block (rebuilt from the block and cached by content; the same block object is
    found without hashing its tokenizer.json again). The block is checked when its bundle is loaded."""
    tj = block["tokenizer"]
    hit = _BY_OBJECT.get(id(tj))
    if hit is not None and hit[0] is tj:
        return hit[1]
    toks = build_tokenizers(tj)
    if len(_BY_OBJECT) > 8:
        _BY_OBJECT.clear()
    _BY_OBJECT[id(tj)] = (tj, toks)
    return toks
