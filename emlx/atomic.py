"""Atomic output: write to a temp file in the destination folder, fsync, rename. Nothing half-written survives.

Temp files are named ``.<target>.<n>.emlx-<pid>-<start>.tmp`` where ``<start>`` is the writing process's start time
(clock ticks since boot on Linux), so a pid reused by another process is not mistaken for the writer. A process
killed mid-write (SIGKILL, OOM) cannot clean up after itself; the next write into the same folder removes every
such temp file whose writer is no longer running.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import time
from pathlib import Path
from typing import BinaryIO, Iterator

from emlx.errors import EmlxInputError

TEMP_RE = re.compile(r"\A\..+\.emlx-(\d+)-(\d+)\.tmp\Z")
_FALLBACK_START = str(int(time.time()))


def process_start(pid: int) -> str | None:
    """The start time of process ``pid`` as a string token, or None if no such process is running."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read().decode("ascii", "replace")
        return stat[stat.rindex(")") + 2:].split()[19]  # field 22, after the parenthesised command name
    except FileNotFoundError:
        return None
    except (OSError, ValueError, IndexError):
        pass
    try:  # no /proc (macOS, ...): liveness only
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except OSError:
        pass
    return _FALLBACK_START if pid == os.getpid() else "?"


_counter = itertools.count()


def temp_name(target: str) -> str:
    pid = os.getpid()
    return f".{target}.{next(_counter)}.emlx-{pid}-{process_start(pid) or _FALLBACK_START}.tmp"


def remove_stale_temps(folder: Path) -> list[Path]:
    """Delete temp files of dead writers in ``folder``; returns what was removed. Never raises."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        m = TEMP_RE.match(entry.name)
        if not m:
            continue
        start = process_start(int(m.group(1)))
        if start is not None and start in (m.group(2), "?"):
            continue  # its writer is still running
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it replaces ``path``, on any exception it is removed."""
    path = Path(path)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise EmlxInputError(f"{path}: output folder {parent} does not exist; create it first")
    remove_stale_temps(parent)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    while True:
        tmp = parent / temp_name(path.name)
        try:
            fd = os.open(tmp, flags, 0o666)  # the umask applies, as for any ordinary output file
            break
        except FileExistsError:
            continue
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_bytes_atomic(path: Path, data: bytes) -> None:
    with atomic_output(path) as f:
        f.write(data)


class FileSet:
    """Several outputs that belong together (a sidecar folder, shards and their index, a model and its external
    data), committed as a set: each is written to a temp file beside its target first; ``commit`` checks every
    target (its folder exists and is writable, the target is not a directory) before the first rename, keeps each
    file it replaces as a hard link (or renamed aside), renames the new files in the order they were added (the
    one that names the others last: an index, a model), and on any failure puts the previous files back, so a
    failure leaves the previous set whole. ``remove`` adds a file the set no longer has (deleted on commit, put
    back on failure). A crash (SIGKILL) in the middle of the renames can still leave a mixed set; every reader
    then refuses it (shards and sidecars carry the hashes of what they belong to).

        with FileSet() as files:
            with files.output(folder / "a.json") as f:
                f.write(data)
            files.remove(folder / "old.json")
            files.commit()
    """

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path]] = []  # (target, temp)
        self._removed: list[Path] = []
        self._done = False

    def __enter__(self) -> "FileSet":
        return self

    def __exit__(self, *exc: object) -> None:
        self.abort()

    def check_target(self, path: Path) -> None:
        """EmlxInputError unless ``path`` can be (re)written: its folder exists, it is not a directory."""
        path = Path(path)
        parent = path.parent if str(path.parent) else Path(".")
        if not parent.is_dir():
            raise EmlxInputError(f"{path}: output folder {parent} does not exist; create it first")
        if path.is_dir():
            raise EmlxInputError(f"{path} is a directory, where emlx writes a file; remove or rename it (nothing was "
                                 "written)")
        if not os.access(parent, os.W_OK | os.X_OK):
            raise EmlxInputError(f"{path}: output folder {parent} is not writable (nothing was written)")

    @contextlib.contextmanager
    def output(self, path: Path) -> Iterator[BinaryIO]:
        """A binary file staged for ``path`` (written and fsynced; renamed only by ``commit``)."""
        path = Path(path)
        self.check_target(path)
        parent = path.parent if str(path.parent) else Path(".")
        remove_stale_temps(parent)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
        while True:
            tmp = parent / temp_name(path.name)
            try:
                fd = os.open(tmp, flags, 0o666)
                break
            except FileExistsError:
                continue
        self._staged.append((path, tmp))
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())

    def write_bytes(self, path: Path, data: bytes) -> None:
        with self.output(path) as f:
            f.write(data)

    def remove(self, path: Path) -> None:
        """``path`` is no longer part of the set: deleted on commit (if it exists), restored on failure."""
        self._removed.append(Path(path))

    def commit(self) -> None:
        targets = [t for t, _ in self._staged] + self._removed
        for t in targets:  # all of them, before the first rename
            self.check_target(t)
        kept: list[tuple[Path, Path | None]] = []  # (target, its previous file kept aside or None: it was new)
        try:
            for target in [t for t, _ in self._staged] + [r for r in self._removed if r.exists() or r.is_symlink()]:
                kept.append((target, self._keep(target)))
            for target, tmp in self._staged:
                os.replace(tmp, target)
            for target in self._removed:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(target)
        except BaseException:
            for target, old in reversed(kept):  # the previous set, whole again
                with contextlib.suppress(OSError):
                    if old is None:
                        if target.exists():
                            os.unlink(target)
                    elif target.exists() and os.path.samefile(old, target):
                        os.unlink(old)  # not replaced yet: renaming a hard link onto its own file does nothing
                    else:
                        os.replace(old, target)
            raise
        finally:
            self._cleanup()
        for _target, old in kept:
            if old is not None:
                with contextlib.suppress(OSError):
                    os.unlink(old)
        self._done = True

    @staticmethod
    def _keep(target: Path) -> Path | None:
        """The previous file at ``target`` kept under a temp name (a hard link; renamed aside where links fail)."""
        if not (target.exists() or target.is_symlink()):
            return None
        parent = target.parent if str(target.parent) else Path(".")
        aside = parent / temp_name(target.name)
        try:
            os.link(target, aside, follow_symlinks=False)
        except OSError:
            os.replace(target, aside)
        return aside

    def _cleanup(self) -> None:
        for _target, tmp in self._staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        self._staged = []

    def abort(self) -> None:
        """Drop what was staged (nothing was renamed unless commit ran)."""
        if not self._done:
            self._cleanup()
