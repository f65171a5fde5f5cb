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
