"""The ONNX bundle: a decoder graph built from the ModelSpec, weights as initializers under their canonical names,
the bundle header in metadata_props (docs/FORMATS.md "ONNX bundle"; the graph lives in emlx/onnx/)."""

from __future__ import annotations

from pathlib import Path

from emlx.bundle import Bundle
from emlx.formats._base import BundleFormat, WriteOptions


def _write(bundle: Bundle, path: Path, opts: WriteOptions) -> tuple[Path, int]:
    from emlx.onnx.io import write_onnx

    return path, write_onnx(bundle, path)


def _read(path: Path):  # type: ignore[no-untyped-def]
    from emlx.onnx.io import read_onnx_parts

    return read_onnx_parts(path)


def _files(path: Path) -> list[Path]:
    from emlx.onnx.io import data_path

    data = data_path(path)
    return [path, data] if data.is_file() else [path]


FORMAT = BundleFormat(
    name="onnx",
    description="ONNX decoder graph (onnxruntime in Python, Node and the browser)",
    suffixes=(".onnx",),
    write=_write,
    read=_read,
    is_bundle=lambda path: path.suffix == ".onnx",
    files=_files,
)
