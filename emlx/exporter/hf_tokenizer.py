"""A Hugging Face model folder's tokenizer -> the bundle's ``hf-tokenizers`` block (docs/FORMATS.md "Tokenizer block").

Reads ``tokenizer.json`` (the tokenizer itself, carried whole), and beside it, when present,
``tokenizer_config.json`` (``bos_token``, ``eos_token``, ``add_bos_token``, ``chat_template``),
``generation_config.json`` (``bos_token_id``, ``eos_token_id``) and ``chat_template.jinja``. Nothing is executed and
transformers is not needed: the ``tokenizers`` library rebuilds the tokenizer to learn its template and check it.

    block = build_hf_tokenizer_block("path/to/model_folder")      # or ".../tokenizer.json"
"""

from __future__ import annotations

import hashlib
import json
import warnings
from pathlib import Path
from typing import Any, Mapping

from emlx.errors import EmlxInputError
from emlx.hftok import HF_KIND, HF_VERSION, check_tokenizer_json, HfTokenizers

__all__ = ["HfTokenizerWarning", "build_hf_tokenizer_block", "find_hf_tokenizer", "is_hf_tokenizer_path",
           "MAX_TOKENIZER_JSON_BYTES"]

MAX_TOKENIZER_JSON_BYTES = 256 * 2**20  # the largest real ones (Gemma: 34 MB) are far below
MAX_SIDE_FILE_BYTES = 16 * 2**20
NAME = "tokenizer.json"
SIDE_FILES = ("tokenizer_config.json", "generation_config.json", "chat_template.jinja")


class HfTokenizerWarning(UserWarning):
    """Something in the tokenizer files disagrees with tokenizer.json, which the block follows."""


def is_hf_tokenizer_path(path: Path) -> bool:
    """A ``.json`` tokenizer file (tokenizer.json), or a folder holding a tokenizer.json."""
    path = Path(path)
    return path.suffix.lower() == ".json" or (path.is_dir() and (path / NAME).is_file())


def find_hf_tokenizer(checkpoint: Path) -> Path | None:
    """The tokenizer.json of a checkpoint: inside it when it is a model folder, else beside it."""
    p = Path(checkpoint)
    for cand in ((p / NAME,) if p.is_dir() else ()) + (p.parent / NAME,):
        if cand.is_file():
            return cand
    return None


def _read_json(path: Path, limit: int) -> Any:
    """Strict JSON: UTF-8, no duplicate keys (a second value would silently win), no NaN; one-line errors."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise EmlxInputError(f"{path}: {size} bytes, over the {limit >> 20} MiB emlx reads for this file")
        data = path.read_bytes()
    except OSError as e:
        raise EmlxInputError(f"{path}: cannot be read ({e.strerror or e})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise EmlxInputError(f"{path}: not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); save it as UTF-8 "
                             "JSON") from None

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in items:
            if k in out:
                raise ValueError(f"the key {k!r:.40} appears twice in one object")
            out[k] = v
        return out

    def constant(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    try:
        return json.loads(text.removeprefix("\ufeff"), object_pairs_hook=pairs, parse_constant=constant)
    except (ValueError, RecursionError) as e:
        raise EmlxInputError(f"{path}: not valid JSON ({type(e).__name__}: {str(e)[:200]}); fix or re-save the file") from None


def _sha256(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def _token_content(v: Any) -> str | None:
    """tokenizer_config.json spells a token as a string or as an AddedToken object {"content": ...}."""
    if isinstance(v, Mapping):
        v = v.get("content")
    return v if isinstance(v, str) and v else None


def _ids(v: Any) -> list[int]:
    vals = v if isinstance(v, list) else [v]
    return [int(x) for x in vals if isinstance(x, int) and not isinstance(x, bool)]


def _pick_bos(toks: HfTokenizers, config: Mapping[str, Any], gen: Mapping[str, Any], say: Any) -> int | None:
    name = _token_content(config.get("bos_token"))
    if name is not None:
        i = toks.all.token_to_id(name)
        if i is not None:
            return int(i)
        say(f"tokenizer_config.json bos_token {name!r} is not a token of tokenizer.json; ignored")
    for i in _ids(gen.get("bos_token_id")):
        if toks.token(i) is not None:
            return i
    return toks.prefix[0] if toks.prefix else None


def _eos_ids(toks: HfTokenizers, config: Mapping[str, Any], gen: Mapping[str, Any], say: Any) -> list[int]:
    """generation_config.json's eos_token_id (what generation stops on) first, then tokenizer_config's eos_token."""
    out: list[int] = []
    for i in _ids(gen.get("eos_token_id")):
        if toks.token(i) is None:
            say(f"generation_config.json eos_token_id {i} is not an id of tokenizer.json; ignored")
        elif i not in out:
            out.append(i)
    name = _token_content(config.get("eos_token"))
    if name is not None:
        i = toks.all.token_to_id(name)
        if i is None:
            say(f"tokenizer_config.json eos_token {name!r} is not a token of tokenizer.json; ignored")
        elif int(i) not in out:
            out.append(int(i))
    return out


def build_hf_tokenizer_block(folder_or_file: str | Path, vocab_size: int | None = None) -> dict[str, Any]:
    """The ``hf-tokenizers`` block of a model folder (or of a tokenizer.json and the files beside it).

    ``vocab_size``: the model's; ids must lie below it (default: whatever tokenizer.json holds). Disagreements
    between the files are :class:`HfTokenizerWarning` warnings (tokenizer.json wins); bad input is one
    EmlxInputError line."""
    p = Path(folder_or_file)
    path = p / NAME if p.is_dir() else p
    if not path.is_file():
        raise EmlxInputError(f"{path}: no such file; pass a model folder holding tokenizer.json, or the file itself")
    folder = path.parent
    tj = _read_json(path, MAX_TOKENIZER_JSON_BYTES)
    if isinstance(tj, Mapping) and tj.get("kind") == "tokenizer" and "cases" in tj:
        raise EmlxInputError(f"{path}: is an emlx tokenizer sidecar, not a Hugging Face tokenizer.json")
    toks = check_tokenizer_json(tj, vocab_size if vocab_size is not None else 2**31 - 1, str(path))
    side = {name: _read_json(folder / name, MAX_SIDE_FILE_BYTES) if (folder / name).is_file() and name.endswith(".json")
            else None for name in SIDE_FILES}
    config = side["tokenizer_config.json"] if isinstance(side["tokenizer_config.json"], Mapping) else {}
    gen = side["generation_config.json"] if isinstance(side["generation_config.json"], Mapping) else {}

    def say(msg: str) -> None:
        warnings.warn(msg, HfTokenizerWarning, stacklevel=3)

    bos_id = _pick_bos(toks, config, gen, say)
    adds_bos = bos_id is not None and toks.prefix[:1] == (bos_id,)
    add_bos_token = config.get("add_bos_token")
    if not isinstance(add_bos_token, bool):
        add_bos_token = None
    if add_bos_token is not None and add_bos_token != adds_bos:
        say(f"tokenizer_config.json says add_bos_token={add_bos_token}, but tokenizer.json's post-processor "
            f"{'adds' if adds_bos else 'does not add'} BOS; emlx follows tokenizer.json (the tokenizers library does)")
    eos = _eos_ids(toks, config, gen, say)
    chat = config.get("chat_template")
    jinja = folder / "chat_template.jinja"
    if jinja.is_file():
        try:
            chat = jinja.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise EmlxInputError(f"{jinja}: cannot be read as UTF-8 text ({e})") from None
    if not isinstance(chat, (str, list)):
        chat = None
    files = {NAME: _sha256(path), **{name: _sha256(folder / name) for name in SIDE_FILES if (folder / name).is_file()}}
    return {
        "kind": HF_KIND,
        "version": HF_VERSION,
        "tokenizer": tj,
        "n_vocab": toks.n_vocab,
        "bos_token": toks.token(bos_id) if bos_id is not None else None,
        "bos_id": bos_id,
        "eos_token": toks.token(eos[0]) if eos else None,
        "eos_ids": eos,
        "template": {"prefix": list(toks.prefix), "suffix": list(toks.suffix)},
        "adds_bos": adds_bos,
        "add_bos_token": add_bos_token,
        "chat_template": chat,
        "files": files,
    }
