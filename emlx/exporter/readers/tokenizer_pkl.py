"""``tokenizer.pkl``: a pickled ``tiktoken.Encoding``, read without tiktoken and without running code.

tiktoken pickles an Encoding as ``STACK_GLOBAL tiktoken.core Encoding; NEWOBJ (); BUILD {name, pat_str,
mergeable_ranks, special_tokens}``. The restricted unpickler resolves exactly that one global, to a local
class that only records the BUILD state; any other global is refused before anything runs.
"""

from __future__ import annotations

import io
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from emlx.tokcorpus import MAX_RANK, MAX_RANKS, check_mergeable_ranks

from ._common import fail, input_errors, scan_pickle

HINT = ("expected a pickled tiktoken.Encoding (nanochat/autoresearch tokenizer.pkl); re-create it with "
        "pickle.dump(encoding, f)")
MAX_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class TiktokenState:
    name: str
    pat_str: str
    mergeable_ranks: dict[bytes, int]
    special_tokens: dict[str, int]
    explicit_n_vocab: int | None = None

    @property
    def n_vocab(self) -> int:
        """``explicit_n_vocab`` if given, else one past the largest token id."""
        if self.explicit_n_vocab is not None:
            return self.explicit_n_vocab
        return 1 + max([*self.mergeable_ranks.values(), *self.special_tokens.values()], default=-1)


def _capture_unpickler(data: bytes, source: str) -> tuple[pickle.Unpickler, type]:
    class Encoding:
        """Stand-in for tiktoken.core.Encoding: records the BUILD state, nothing else."""

        __slots__ = ("state",)
        state: Any

        def __new__(cls, *args: Any, **kwargs: Any) -> Any:
            if args or kwargs:
                raise pickle.UnpicklingError("tiktoken.Encoding is rebuilt with NEWOBJ and no arguments")
            obj = object.__new__(cls)
            obj.state = None
            return obj

        def __setstate__(self, state: Any) -> None:
            if self.state is not None:
                raise pickle.UnpicklingError("Encoding state set twice")
            self.state = state

    class Restricted(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            if (module, name) == ("tiktoken.core", "Encoding"):
                return Encoding
            raise fail(f"refusing to unpickle global '{module} {name}' from {source}: only "
                       f"'tiktoken.core Encoding' is allowed in a tokenizer pickle; {HINT}")

        def persistent_load(self, pid: Any) -> Any:
            raise pickle.UnpicklingError("persistent ids are not allowed in a tokenizer pickle")

    return Restricted(io.BytesIO(data)), Encoding


def _state_from_obj(obj: Any, encoding_cls: type, source: str) -> TiktokenState:
    if isinstance(obj, encoding_cls):
        state = obj.state  # type: ignore[attr-defined]
    elif isinstance(obj, dict):
        state = obj  # the bare state dict is accepted too
    else:
        raise fail(f"{source}: pickle holds a {type(obj).__name__}, not a tiktoken.Encoding; {HINT}")
    if isinstance(state, str):
        raise fail(f"{source}: pickles the registered tiktoken encoding {state!r} by name only; emlx needs the "
                   f"ranks themselves: export tiktoken.get_encoding({state!r}) to a file with its ranks")
    if not isinstance(state, dict):
        raise fail(f"{source}: Encoding state is a {type(state).__name__}, expected a dict with name, pat_str, "
                   f"mergeable_ranks, special_tokens; {HINT}")
    need = ("name", "pat_str", "mergeable_ranks", "special_tokens")
    missing = [k for k in need if k not in state]
    if missing:
        raise fail(f"{source}: Encoding state lacks {', '.join(missing)} (has {', '.join(map(str, state))}); {HINT}")
    name, pat, ranks, special = (state[k] for k in need)
    n_vocab = state.get("explicit_n_vocab")

    def bad(msg: str) -> Exception:
        return fail(f"{source}: {msg}; {HINT}")

    if not isinstance(name, str):
        raise bad(f"name is a {type(name).__name__}, expected a string")
    if not isinstance(pat, str) or not pat:
        raise bad("pat_str must be a non-empty string")
    if not isinstance(ranks, dict) or not ranks:
        raise bad("mergeable_ranks must be a non-empty dict of bytes -> int")
    try:  # size, types, unique ranks in tiktoken's range, all 256 single bytes: before tiktoken ever sees it
        check_mergeable_ranks(ranks)
    except ValueError as e:
        raise bad(str(e)) from None
    if not isinstance(special, dict) or len(special) > MAX_RANKS:
        raise bad(f"special_tokens must be a dict of at most {MAX_RANKS:,} str -> int entries")
    for k, v in special.items():
        if not isinstance(k, str) or not k or not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= MAX_RANK:
            raise bad(f"special_tokens entry {k!r:.40} -> {v!r:.20} is not a non-empty string -> id in [0, {MAX_RANK}]")
    clash = set(special.values()) & set(ranks.values())
    if clash or len(set(special.values())) != len(special):
        raise bad(f"special token ids collide with ordinary ranks or each other ({sorted(clash)[:5]})")
    if n_vocab is not None:
        top = max([*ranks.values(), *special.values()])
        if not isinstance(n_vocab, int) or isinstance(n_vocab, bool) or n_vocab <= top:
            raise bad(f"explicit_n_vocab {n_vocab!r} must be an integer above the largest id {top}")
    return TiktokenState(name=name, pat_str=pat, mergeable_ranks=dict(ranks), special_tokens=dict(special),
                         explicit_n_vocab=n_vocab)


def read_tokenizer_pkl(path: Path) -> TiktokenState:
    """The state of a pickled ``tiktoken.Encoding`` (name, pat_str, ranks, special tokens)."""
    path = Path(path)
    with input_errors(path, "cannot read tokenizer pickle", HINT):
        size = path.stat().st_size
        if size == 0:
            raise fail(f"{path}: empty file; {HINT}")
        if size > MAX_BYTES:
            raise fail(f"{path}: {size}-byte file is too large for a tokenizer pickle; {HINT}")
        data = path.read_bytes()
        scan_pickle(data)
        unpickler, encoding_cls = _capture_unpickler(data, str(path))
        obj = unpickler.load()
        return _state_from_obj(obj, encoding_cls, str(path))

