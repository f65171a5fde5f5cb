"""Giving memory back to the operating system once large arrays are gone (docs/DESIGN.md "Memory at scale").

Dropping the last reference to a numpy array frees it, but glibc keeps freed blocks below its mmap threshold (which
grows up to 32 MB as large blocks come and go) in the heap for reuse, so a process that held a model's tensors can
stay that large while it then waits for a child process. ``release_memory`` collects reference cycles and asks
glibc to return free heap pages (``malloc_trim``); elsewhere it only collects.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import sys
from typing import Any


@functools.lru_cache(maxsize=1)
def _libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:
        return None


def release_memory() -> None:
    gc.collect()
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
