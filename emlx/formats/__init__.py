"""Bundle file formats, one module each (docs/DESIGN.md "Formats"): suffixes, write, read; and opening a bundle
file of any of them (``load_bundle``).

Adding a format (e.g. ONNX) = one module declaring a ``BundleFormat`` + one line in ``FORMATS``.
"""

from __future__ import annotations

from pathlib import Path

from emlx.bundle import Bundle, bundle_from_parts
from emlx.errors import EmlxInputError
from emlx.formats import json as json_format
from emlx.formats import onnx as onnx_format
from emlx.formats import safetensors as safetensors_format
from emlx.formats._base import BundleFormat, WriteOptions

FORMATS: tuple[BundleFormat, ...] = (json_format.FORMAT, safetensors_format.FORMAT, onnx_format.FORMAT)
#: A file no format's suffix claims is read as JSON, whose reader says what it expected.
FALLBACK = json_format.FORMAT

__all__ = ["FALLBACK", "FORMATS", "BundleFormat", "WriteOptions", "bundle_stem", "for_input", "for_output",
           "is_bundle_file", "load_bundle", "output_suffixes"]


def output_suffixes() -> tuple[str, ...]:
    return tuple(s for f in FORMATS for s in f.suffixes)


def for_output(path: Path, shard_bytes: int | None = None) -> BundleFormat:
    """The format an output path asks for; EmlxInputError for an unknown suffix or sharding a format that cannot."""
    for f in FORMATS:
        if path.suffix in f.suffixes:
            if shard_bytes is not None and not f.shardable:
                shardable = " or ".join(f"*{s}" for g in FORMATS if g.shardable for s in g.suffixes)
                raise EmlxInputError(f"{path}: --shard-size writes sharded safetensors; name the output {shardable}")
            return f
    names = " or ".join(f"*{s} ({f.description.split(' (')[0]})" for f in FORMATS for s in f.suffixes)
    raise EmlxInputError(f"{path}: unknown output format {path.suffix or '(no suffix)'!r}; name the output {names}")


def _matches(path: Path) -> list[tuple[str, BundleFormat]]:
    return sorted(((s, f) for f in FORMATS for s in f.reads if path.name.endswith(s)), key=lambda sf: -len(sf[0]))


def for_input(path: Path) -> BundleFormat | None:
    """The format of a bundle file by its name (longest matching suffix), None when no format reads it."""
    m = _matches(path)
    return m[0][1] if m else None


def bundle_stem(path: Path) -> str:
    """``model.json`` / ``model.safetensors`` / ``model.safetensors.index.json`` -> ``model``."""
    m = _matches(path)
    return path.name[: -len(m[0][0])] if m else path.name


def load_bundle(path: Path) -> Bundle:
    """Read a JSON, safetensors or ONNX bundle written by ``emlx export``; validates format, spec and hash."""
    path = Path(path)
    if not path.is_file():
        raise EmlxInputError(f"{path}: no such bundle file; run `emlx export CKPT {path.name}` first")
    header, weights = (for_input(path) or FALLBACK).read(path)
    return bundle_from_parts(path, header, weights)


def is_bundle_file(path: Path) -> bool:
    """Whether ``path`` is a bundle (of any format here) rather than a checkpoint."""
    fmt = for_input(Path(path))
    return fmt is not None and fmt.is_bundle(Path(path))
