"""Checkpoint tensors known by name and shape before any of their data is read.

A reader in lazy mode validates the file's headers (zip members, safetensors header, the torch pickle) and
returns a ``LazyTensors``: a read-only mapping whose every lookup reads that one tensor from the file anew,
widened to float32 (C-contiguous, new memory), and keeps nothing. A caller that handles one tensor at a time
(the exporter's encode and write passes) so holds one tensor at a time, whatever the checkpoint's size.

A tensor may come from any of several files (a model folder's shards, ``LazyTensors.union``) or be derived from
other tensors (a transposed or split view, ``LazyTensors.derived``). The files must not change while the mapping
is in use: each lookup compares the size, mtime and inode of every file the tensor is read from with what they
were when the headers were read, and refuses (EmlxInputError) when they differ.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterator, Mapping, Sequence

import numpy as np

from emlx.errors import fail, input_errors

Loader = Callable[[], np.ndarray]
Identity = tuple[int, int, int, int]
Origin = tuple[Path, Identity]  # a file a tensor is read from, and what it was when its header was read


def _identity(path: Path) -> Identity:
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev


class LazyTensors(Mapping[str, np.ndarray]):
    """name -> float32 array, read from its file(s) on each lookup (see the module docstring). ``path`` names the
    checkpoint in messages (the file, or the folder of a multi-file checkpoint)."""

    def __init__(self, path: Path, entries: Mapping[str, tuple[tuple[int, ...], Loader]], hint: str,
                 _origins: Mapping[str, tuple[Origin, ...]] | None = None) -> None:
        self.path = Path(path)
        self._entries = dict(entries)
        self._hint = hint
        if _origins is None:
            own = ((self.path, _identity(self.path)),)
            _origins = {k: own for k in self._entries}
        self._origins = dict(_origins)

    def __getitem__(self, name: str) -> np.ndarray:
        shape, load = self._entries[name]
        for path, ident in self._origins[name]:
            try:
                now: Identity | None = _identity(path)
            except OSError:
                now = None
            if now != ident:
                raise fail(f"{path}: the file changed (or went away) while it was being read; export again once "
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

    def origins(self, name: str) -> tuple[Origin, ...]:
        return self._origins[name]

    def renamed(self, names: Mapping[str, str]) -> "LazyTensors":
        """The tensors ``names`` maps to (new name -> name here), under their new names; reads nothing."""
        return LazyTensors(self.path, {new: self._entries[old] for new, old in names.items()}, self._hint,
                           {new: self._origins[old] for new, old in names.items()})

    def derived(self, recipes: Mapping[str, tuple[Sequence[str], tuple[int, ...], Callable[..., np.ndarray]]]
                ) -> "LazyTensors":
        """New tensors computed from tensors here: ``new name -> (source names, shape, fn(*sources))``; each
        lookup reads the sources and applies ``fn`` (which must return float32 of ``shape``). Reads nothing now."""
        entries: dict[str, tuple[tuple[int, ...], Loader]] = {}
        origins: dict[str, tuple[Origin, ...]] = {}
        for new, (sources, shape, fn) in recipes.items():
            srcs = tuple(sources)
            entries[new] = (tuple(shape), self._apply(srcs, fn))
            origins[new] = tuple(dict.fromkeys(o for s in srcs for o in self._origins[s]))
        return LazyTensors(self.path, entries, self._hint, origins)

    def _apply(self, sources: tuple[str, ...], fn: Callable[..., np.ndarray]) -> Loader:
        return lambda: fn(*(self._entries[s][1]() for s in sources))

    @staticmethod
    def union(path: Path, parts: Sequence["LazyTensors"], hint: str) -> "LazyTensors":
        """One mapping over several files' tensors (a sharded checkpoint), named ``path`` (their folder). Names
        must be distinct across the parts."""
        entries: dict[str, tuple[tuple[int, ...], Loader]] = {}
        origins: dict[str, tuple[Origin, ...]] = {}
        for part in parts:
            for k in part._entries:
                if k in entries:
                    raise fail(f"{path}: tensor {k} is stored in {origins[k][0][0].name} and again in "
                               f"{part._origins[k][0][0].name}; {hint}")
                entries[k] = part._entries[k]
                origins[k] = part._origins[k]
        return LazyTensors(path, entries, hint, origins)

    def materialize(self) -> dict[str, np.ndarray]:
        """Every tensor in memory (what an eager reader returns)."""
        return {k: self[k] for k in self._entries}


def tensor_shapes(tensors: Mapping[str, np.ndarray]) -> dict[str, tuple[int, ...]]:
    """Shapes of eager or lazy tensors, without reading lazy ones."""
    if isinstance(tensors, LazyTensors):
        return tensors.shapes()
    return {k: tuple(int(d) for d in v.shape) for k, v in tensors.items()}
