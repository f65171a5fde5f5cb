"""Validation of a bundle's tokenizer block (docs/FORMATS.md, "Tokenizer block") when a bundle is read.

A block edited by hand or by a buggy tool must be refused with one line naming the field, not crash the
reference or the sidecar writer later. Two kinds of block: a tiktoken block (no ``kind`` field; types, id ranges
against the model's vocabulary, BOS consistency, and it must rebuild into a working tiktoken Encoding) and an
``hf-tokenizers`` block (a Hugging Face tokenizer.json, checked by :func:`emlx.hftok.check_hf_block`).
"""

from __future__ import annotations

from typing import Any, Mapping

from emlx.errors import EmlxInputError


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def check_tokenizer_block(block: Any, vocab_size: int, where: str) -> None:
    """Raise EmlxInputError (one line) unless ``block`` is None or a usable tokenizer block for ``vocab_size``."""
    if block is None:
        return
    if isinstance(block, Mapping) and "kind" in block:
        from emlx.hftok import HF_KIND, check_hf_block

        if block["kind"] != HF_KIND:
            raise EmlxInputError(f"{where}: tokenizer block kind {block['kind']!r:.40}; this emlx reads tiktoken blocks "
                                 f"(no kind) and {HF_KIND!r} blocks; re-export the bundle with this emlx")
        check_hf_block(block, vocab_size, where)
        return
    fix = "re-export the bundle with its tokenizer.pkl (`emlx export CKPT OUT --tokenizer tokenizer.pkl`)"

    def bad(msg: str) -> EmlxInputError:
        return EmlxInputError(f"{where}: tokenizer block {msg}; {fix}")

    if not isinstance(block, Mapping):
        raise bad(f"is a JSON {type(block).__name__}, expected an object or null")
    for key, kind in (("pat_str", str), ("mergeable_ranks", str), ("special_tokens", Mapping)):
        if not isinstance(block.get(key), kind):
            raise bad(f"field {key!r} is {type(block.get(key)).__name__}, expected {'an object' if kind is Mapping else 'a string'}")
    if not block["pat_str"]:
        raise bad("field 'pat_str' is empty")
    for key in ("name", "pat_str_js", "pat_flags_js", "bos_token"):
        if block.get(key) is not None and not isinstance(block[key], str):
            raise bad(f"field {key!r} is {type(block[key]).__name__}, expected a string or null")
    specials: Mapping[str, Any] = block["special_tokens"]
    for tok, tid in specials.items():
        if not _is_int(tid) or not 0 <= tid < vocab_size:
            raise bad(f"special token {tok!r:.40} has id {tid!r:.20}, expected an integer in [0, {vocab_size})")
    bos_id, bos_token = block.get("bos_id"), block.get("bos_token")
    if bos_id is not None and (not _is_int(bos_id) or not 0 <= bos_id < vocab_size):
        raise bad(f"bos_id is {bos_id!r:.30}, expected null or an integer in [0, {vocab_size})")
    if bos_token is not None and specials.get(bos_token) != bos_id:
        raise bad(f"bos_token {bos_token!r:.40} has id {specials.get(bos_token)!r} among the special tokens, "
                  f"but bos_id is {bos_id!r}")
    n_vocab = block.get("n_vocab")
    if n_vocab is not None and (not _is_int(n_vocab) or not 0 < n_vocab <= vocab_size):
        raise bad(f"n_vocab is {n_vocab!r:.30}, expected an integer in [1, {vocab_size}] (the model's vocab_size)")

    from emlx.tokcorpus import encoding_from_block, parse_mergeable_ranks

    try:
        ranks = parse_mergeable_ranks(block["mergeable_ranks"])
        if not ranks:
            raise ValueError("mergeable_ranks holds no tokens")
        top = max(ranks.values())
        if top >= vocab_size or min(ranks.values()) < 0:
            raise ValueError(f"mergeable_ranks reach rank {top}, outside the model's vocabulary [0, {vocab_size})")
        encoding_from_block(block)
    except (ValueError, TypeError, OverflowError) as e:
        msg = str(e).removeprefix("tokenizer block: ").splitlines()[0] if str(e) else type(e).__name__
        raise bad(f"does not rebuild a tokenizer ({msg})") from None
