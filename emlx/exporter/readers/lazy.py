"""Checkpoint tensors known by name and shape before any of their data is read.

A reader in lazy mode validates the file's headers (zip members, safetensors header, the torch pickle) and
returns a ``LazyTensors``: a read-only mapping whose every lookup reads that one tensor from the file anew,
widened to float32 (C-contiguous, new memory), and keeps nothing. A caller that handles one tensor at a time
(the exporter's encode and write passes) so holds one tensor at a time, whatever the checkpoint's size.

The file must not change while the mapping is in use: each lookup compares the file's size, mtime and inode with
what they were when the headers were read, and refuses (EmlxInputError) when they differ.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterator, Mapping

import numpy as np

from ._common import fail, input_errors

Loader = Callable[[], np.ndarray]


def _identity(path: Path) -> tuple[int, int, int, int]:
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev


class LazyTensors(Mapping[str, np.ndarray]):
    """name -> float32 array, read from ``path`` on each lookup (see the module docstring)."""

    def __init__(self, path: Path, entries: Mapping[str, tuple[tuple[int, ...], Loader]], hint: str,
                 _ident: tuple[int, int, int, int] | None = None) -> None:
        self.path = Path(path)
        self._entries = dict(entries)
        self._hint = hint
        self._ident = _ident if _ident is not None else _identity(self.path)

    def __getitem__(self, name: str) -> np.ndarray:
        shape, load = self._entries[name]
        try:
            now = _identity(self.path)
        except OSError:
            now = None
        if now != self._ident:
            raise fail(f"{self.path}: the file changed (or went away) while it was being read; export again once "
                       "nothing is writing to it")
        with input_errors(self.path, f"cannot read tensor {name}", self._hint):
            arr = load()
        if arr.dtype != np.float32 or tuple(arr.shape) != shape:
            raise fail(f"{self.path}: tensor {name} read as {arr.dtype} {list(arr.shape)}, its header declares "
                       f"float32 {list(shape)}; {self._hint}")
        return arr if arr.flags.c_contiguous else np.ascontiguousarray(arr)

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def shape(self, name: str) -> tuple[int, ...]:
        return self._entries[name][0]

    def shapes(self) -> dict[str, tuple[int, ...]]:
        return {k: v[0] for k, v in self._entries.items()}

    def renamed(self, names: Mapping[str, str]) -> "LazyTensors":
        """The tensors ``names`` maps to (new name -> name here), under their new names; reads nothing."""
        return LazyTensors(self.path, {new: self._entries[old] for new, old in names.items()}, self._hint, self._ident)

    def materialize(self) -> dict[str, np.ndarray]:
        """Every tensor in memory (what an eager reader returns)."""
        return {k: self[k] for k in self._entries}


def tensor_shapes(tensors: Mapping[str, np.ndarray]) -> dict[str, tuple[int, ...]]:
    """Shapes of eager or lazy tensors, without reading lazy ones."""
    if isinstance(tensors, LazyTensors):
        return tensors.shapes()
    return {k: tuple(int(d) for d in v.shape) for k, v in tensors.items()}
