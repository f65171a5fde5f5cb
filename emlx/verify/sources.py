"""The weights the reference computes with: a bundle's own (int8 / q4 dequantised on use), or, for the quality
sidecar, the float32 source a quantised bundle was exported from (a float32 bundle, or the checkpoint again: a
file or a model folder)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Mapping

from emlx.bundle import Bundle
from emlx.errors import EmlxInputError
from emlx.hashing import file_sha256
from emlx.verify.reference import LazyWeights, Reference


def reference_weights(bundle: Bundle) -> Any:
    """The bundle's weights for the reference: float32 tensors as stored (no copy), int8 and q4 ones dequantised
    each time they are used (LazyWeights), so a quantised bundle never holds a float32 copy of every weight."""
    if not bundle.is_quantized:
        return bundle.float_weights()
    return LazyWeights({k: t.shape for k, t in bundle.weights.items()}, lambda k: bundle.weights[k].to_float32())


def folder_sha256(folder: Path, files: Mapping[str, Any]) -> str | None:
    """The sha256 a model folder's export recorded (docs/FORMATS.md ``source.sha256``: over its files' lines
    ``"<name> <sha256>"`` sorted by name), recomputed from the files ``files`` names in ``folder``; None when one
    of them is missing."""
    lines = []
    for name in sorted(files):
        p = folder / str(name)
        if Path(str(name)).name != str(name) or not p.is_file():
            return None
        lines.append(f"{name} {file_sha256(p)}\n")
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


def find_source_checkpoint(bundle: Bundle, bundle_path: Path | None) -> Path | None:
    """The checkpoint a quantised bundle was exported from, beside the bundle or in the working folder, verified
    by the sha256 the bundle recorded (a file or folder that merely has the same name is not used). A model folder
    is verified file by file against ``source.files``, as the export hashed it."""
    name, digest = bundle.source.get("file"), bundle.source.get("sha256")
    if not name or not digest:
        return None
    files = bundle.source.get("files")
    folders = [Path(bundle_path).parent] if bundle_path else []
    for folder in folders + [Path.cwd()]:
        cand = folder / str(name)
        if cand.is_file() and file_sha256(cand) == digest:
            return cand
        if cand.is_dir() and isinstance(files, Mapping) and files and folder_sha256(cand, files) == digest:
            return cand
    return None


def f32_reference(path: Path, bundle: Bundle) -> Reference:
    """The reference over the float32 source of quantised ``bundle``: ``path`` is a float32 bundle or the
    checkpoint (exported again in memory, under the bundle's sequence_len)."""
    from emlx.exporter.export import ExportOptions, build_bundle
    from emlx.formats import is_bundle_file, load_bundle

    if path.is_file() and (path.suffix == ".json" or (path.suffix == ".safetensors" and is_bundle_file(path))):
        other = load_bundle(path)
    else:
        # the weights alone: the tokenizer block (and its JS-regex check, seconds) is not what is compared
        other = build_bundle(path, ExportOptions(overrides={"sequence_len": bundle.spec.sequence_len},
                                                 weights_only=True)).bundle
    if other.is_quantized:
        raise EmlxInputError(f"--f32 {path}: is a quantised bundle too ({other.quantization_label()}); give the "
                             "float32 bundle or the source checkpoint")
    mine = {k: v.shape for k, v in bundle.weights.items()}
    theirs = {k: v.shape for k, v in other.weights.items()}
    if mine != theirs:
        raise EmlxInputError(f"--f32 {path}: its tensors differ from the quantised bundle's; give the checkpoint it "
                             "was exported from")
    return Reference(bundle.spec, reference_weights(other))
