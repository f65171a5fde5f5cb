"""Read-only memory maps of bundle files: arrays that cost page cache, not process memory, and giving their pages
back once a pass over them is done.

A page of a file mapping counts in a process's resident set (RssFile) from the moment it is touched until it is
unmapped, so one hashing pass over a memory-mapped 2 GB bundle would leave 2 GB resident (reclaimable, but
counted). ``release_pages`` drops an array's pages from this process with ``madvise(MADV_DONTNEED)``: the data
stays in the page cache, and a later access maps it in again.
"""

from __future__ import annotations

import mmap
import os
from pathlib import Path
from typing import Any

import numpy as np


def map_file(path: Path) -> mmap.mmap | None:
    """The whole file, mapped read-only (None for an empty file, which cannot be mapped)."""
    with open(path, "rb") as f:
        if os.fstat(f.fileno()).st_size == 0:
            return None
        return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)


def view(mm: mmap.mmap, offset: int, dtype: Any, shape: tuple[int, ...]) -> np.ndarray:
    """A read-only array of ``shape`` x ``dtype`` at byte ``offset`` of ``mm``; copied when it is misaligned for
    its item type (numpy computes with aligned data only at full speed)."""
    dt = np.dtype(dtype)
    count = 1
    for d in shape:
        count *= d
    arr = np.frombuffer(mm, dtype=dt, count=count, offset=offset).reshape(shape)
    return arr if arr.flags.aligned else arr.copy()


def _mapping_of(a: np.ndarray) -> mmap.mmap | None:
    base: Any = a
    while isinstance(base, np.ndarray):
        base = base.base
    if isinstance(base, memoryview):
        base = base.obj
    return base if isinstance(base, mmap.mmap) else None


def release_pages(a: np.ndarray | None) -> None:
    """Unmap the pages under ``a`` from this process when ``a`` views a memory map; a no-op otherwise."""
    if a is None or a.nbytes == 0 or not a.flags.c_contiguous or not hasattr(mmap, "MADV_DONTNEED"):
        return
    mm = _mapping_of(a)
    if mm is None or mm.closed:
        return
    try:
        start = a.ctypes.data - np.frombuffer(mm, dtype=np.uint8, count=1).ctypes.data
    except (ValueError, BufferError):
        return
    lo = start - start % mmap.PAGESIZE
    hi = min(len(mm), start + a.nbytes)
    if 0 <= lo < hi:
        try:
            mm.madvise(mmap.MADV_DONTNEED, lo, hi - lo)
        except (OSError, ValueError):
            pass
