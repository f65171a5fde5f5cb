"""The weights the reference computes with: a bundle's own (int8 dequantised on use), or, for the int8 quality
sidecar, the float32 source an int8 bundle was exported from (a float32 bundle, or the checkpoint again)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from emlx.bundle import Bundle
from emlx.errors import EmlxInputError
from emlx.hashing import file_sha256
from emlx.verify.reference import LazyWeights, Reference


def reference_weights(bundle: Bundle) -> Any:
    """The bundle's weights for the reference: float32 tensors as stored (no copy), int8 ones dequantised each time
    they are used (LazyWeights), so an int8 bundle never holds a float32 copy of every weight."""
    if not bundle.is_int8:
        return bundle.float_weights()
    return LazyWeights({k: t.shape for k, t in bundle.weights.items()}, lambda k: bundle.weights[k].to_float32())


def find_source_checkpoint(bundle: Bundle, bundle_path: Path | None) -> Path | None:
    """The checkpoint an int8 bundle was exported from, beside the bundle or in the working folder, verified
    by the sha256 the bundle recorded (a file that merely has the same name is not used)."""
    name, digest = bundle.source.get("file"), bundle.source.get("sha256")
    if not name or not digest:
        return None
    folders = [Path(bundle_path).parent] if bundle_path else []
    for folder in folders + [Path.cwd()]:
        cand = folder / str(name)
        if cand.is_file() and file_sha256(cand) == digest:
            return cand
    return None


def f32_reference(path: Path, bundle: Bundle) -> Reference:
    """The reference over the float32 source of int8 ``bundle``: ``path`` is a float32 bundle or the checkpoint
    (exported again in memory, under the bundle's sequence_len)."""
    from emlx.exporter.export import ExportOptions, build_bundle
    from emlx.formats import is_bundle_file, load_bundle

    if path.is_file() and (path.suffix == ".json" or (path.suffix == ".safetensors" and is_bundle_file(path))):
        other = load_bundle(path)
    else:
        other = build_bundle(path, ExportOptions(overrides={"sequence_len": bundle.spec.sequence_len})).bundle
    if other.is_int8:
        raise EmlxInputError(f"--f32 {path}: is an int8 bundle too; give the float32 bundle or the source checkpoint")
    mine = {k: v.shape for k, v in bundle.weights.items()}
    theirs = {k: v.shape for k, v in other.weights.items()}
    if mine != theirs:
        raise EmlxInputError(f"--f32 {path}: its tensors differ from the int8 bundle's; give the checkpoint it was exported from")
    return Reference(bundle.spec, reference_weights(other))
