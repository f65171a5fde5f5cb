"""What an output format module declares (docs/DESIGN.md "Formats")."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping

if TYPE_CHECKING:
    from emlx.bundle import Bundle, StoredTensor


@dataclass(frozen=True)
class WriteOptions:
    shard_bytes: int | None = None  # only for formats with shardable=True


@dataclass(frozen=True)
class BundleFormat:
    name: str
    description: str
    suffixes: tuple[str, ...]  # what an output file is named
    write: Callable[["Bundle", Path, WriteOptions], tuple[Path, int]]  # -> (path written, bytes)
    read: Callable[[Path], tuple[dict[str, Any], dict[str, "StoredTensor"]]]  # -> (header, stored weights)
    is_bundle: Callable[[Path], bool]  # cheap: is this file a bundle of this format (rather than a checkpoint)?
    files: Callable[[Path], list[Path]]  # every file the bundle consists of
    read_suffixes: tuple[str, ...] = ()  # names it reads, when more than ``suffixes``
    shardable: bool = False
    #: ``precheck(out, header_bytes, {tensor: (stored dtype, shape)})``: refuse (EmlxInputError) an output this
    #: format cannot hold, from the planned header size and the shapes alone. The exporter calls it before it reads
    #: any tensor; ``header_bytes`` may be 0 (weights only) on a first, earlier call.
    precheck: Callable[[Path, int, Mapping[str, tuple[str, tuple[int, ...]]]], None] | None = None

    @property
    def reads(self) -> tuple[str, ...]:
        return self.read_suffixes or self.suffixes
