"""Calls into the Rust libraries emlx uses as references (tiktoken, tokenizers): a Rust panic becomes one line.

pyo3 turns a panic into ``PanicException``, which derives from ``BaseException`` (so ``except Exception`` misses it),
and Rust's panic hook writes the message and a backtrace straight to file descriptor 2 first. ``rust_calls`` runs
such calls with that descriptor pointed at a scratch file and turns the panic into an ``EmlxInputError`` naming
what was being done (tiktoken's regex engine giving up on a pattern, Oniguruma's retry limit, a malformed model),
never a traceback or a backtrace on the terminal. Imports nothing of emlx but the error type (layer 0).
"""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
from typing import Any, Iterator

from emlx.errors import EmlxInputError, one_line


class _RustPanic(Exception):
    pass


_PANIC_SINK: Any = None  # one temporary file for the Rust panic hook's lines, opened once


def is_rust_panic(e: BaseException) -> bool:
    """Whether ``e`` is pyo3's ``PanicException`` (a panic inside a Rust extension)."""
    return type(e).__name__ == "PanicException"


@contextmanager
def rust_calls(what: str, library: str = "the tokenizers library") -> Iterator[None]:
    """Run calls into a Rust extension with the panic hook's stderr lines captured: a panic becomes one
    EmlxInputError line ``<what>: <library> gave up (<panic message>)``."""
    global _PANIC_SINK
    if _PANIC_SINK is None:
        import atexit

        _PANIC_SINK = tempfile.TemporaryFile()
        atexit.register(_PANIC_SINK.close)
    sys.stderr.flush()
    saved = os.dup(2)
    os.dup2(_PANIC_SINK.fileno(), 2)
    try:
        try:
            yield
        except BaseException as e:  # noqa: BLE001 - pyo3's PanicException derives from BaseException
            if not is_rust_panic(e):
                raise
            raise _RustPanic(one_line(str(e) or "panic")) from None
    except _RustPanic as e:
        raise EmlxInputError(f"{what}: {library} gave up ({e})") from None
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        _PANIC_SINK.seek(0)
        _PANIC_SINK.truncate()
