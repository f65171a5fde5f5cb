"""Write and read the ONNX bundle (docs/FORMATS.md "ONNX bundle").

``write_onnx`` serialises :func:`emlx.onnx.graph.build_model` deterministically (same bundle -> same bytes),
atomically (``emlx/atomic.py``), with the bundle header in ``metadata_props``; when the initializers are larger
than ``external_data_threshold`` they go to a sibling ``<name>.onnx.data`` (ONNX external data, offsets in
initializer order). ``read_onnx`` recovers the header and the canonical StoredTensors and checks them against
``weights_sha256``, so ``load_bundle`` can read an .onnx file like any other bundle.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from emlx.atomic import FileSet
from emlx.bundle import Bundle, StoredTensor, bundle_from_parts
from emlx.codec import header_json
from emlx.errors import EmlxInputError

__all__ = ["ONNX_FORMAT", "ONNX_VERSION", "DEFAULT_EXTERNAL_THRESHOLD", "data_path", "header_from_model",
           "onnx_bytes", "read_onnx", "read_onnx_model", "write_onnx"]

ONNX_FORMAT = "emlx.onnx"
ONNX_VERSION = "1"
DEFAULT_EXTERNAL_THRESHOLD = 2 * 1024 ** 3
FIX = "re-export it with `emlx export CKPT model.onnx`"


def data_path(path: Path) -> Path:
    """The external-data sibling of ``path``: ``model.onnx`` -> ``model.onnx.data``."""
    path = Path(path)
    return path.with_name(path.name + ".data")


def _model(bundle: Bundle, taps: bool = False) -> Any:
    from emlx.onnx.graph import build_model

    model = build_model(bundle, taps=taps)
    for key, value in (("emlx.format", ONNX_FORMAT), ("emlx.version", ONNX_VERSION),
                       ("emlx.header", header_json(bundle.header()))):
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value
    return model


def _serialize(model: Any, external_location: str | None) -> tuple[bytes, bytes]:
    """(model bytes, external data bytes). With ``external_location`` every initializer above 1 KiB moves to
    the data (offsets aligned to 64 bytes, in initializer order); otherwise the data is empty."""
    import onnx

    data = bytearray()
    if external_location is not None:
        for t in model.graph.initializer:
            if len(t.raw_data) <= 1024:
                continue
            data += b"\0" * ((-len(data)) % 64)
            offset, length = len(data), len(t.raw_data)
            data += t.raw_data
            t.ClearField("raw_data")
            t.data_location = onnx.TensorProto.EXTERNAL
            for k, v in (("location", external_location), ("offset", str(offset)), ("length", str(length))):
                e = t.external_data.add()
                e.key, e.value = k, v
    return model.SerializeToString(deterministic=True), bytes(data)


def onnx_bytes(bundle: Bundle, *, taps: bool = False, external_location: str | None = None) -> tuple[bytes, bytes]:
    """The bytes ``write_onnx`` writes: (model, external data); the data is empty without ``external_location``."""
    return _serialize(_model(bundle, taps), external_location)


def write_onnx(bundle: Bundle, path: Path, *, external_data_threshold: int = DEFAULT_EXTERNAL_THRESHOLD) -> int:
    """Write ``bundle`` as an ONNX model to ``path``; returns the bytes written (model + external data).

    When the initializers (weights, RoPE tables, constants) exceed ``external_data_threshold`` bytes they go to
    ``<name>.onnx.data`` beside ``path`` (a protobuf message cannot exceed 2 GB). Both files are one set
    (emlx.atomic.FileSet): checked writable, staged, renamed data-then-model, and a failure leaves the previous
    model and its data whole; a stale ``.onnx.data`` from an earlier export is removed in the same commit when the
    new model keeps its weights inside.
    """
    path = Path(path)
    model = _model(bundle)
    ext = data_path(path)
    total = sum(len(t.raw_data) for t in model.graph.initializer)
    external = total > external_data_threshold
    with FileSet() as out:
        out.check_target(path)
        out.check_target(ext)
        model_bytes, data = _serialize(model, ext.name if external else None)
        if external:
            out.write_bytes(ext, data)
        else:
            out.remove(ext)
        out.write_bytes(path, model_bytes)
        out.commit()
    return len(model_bytes) + len(data)


def read_onnx_model(path: Path, *, load_external: bool = True) -> Any:
    """The ModelProto of an .onnx file (external data loaded from beside it); one-line EmlxInputError otherwise."""
    import onnx

    path = Path(path)
    if not path.is_file():
        raise EmlxInputError(f"{path}: no such ONNX file; {FIX}")
    try:
        model = onnx.load_model(str(path), load_external_data=False)
    except Exception as e:  # protobuf raises DecodeError / RuntimeWarning subclasses, not one type
        raise EmlxInputError(f"{path}: not an ONNX model ({type(e).__name__}: {str(e)[:120]}); {FIX}") from None
    if load_external and any(t.data_location == onnx.TensorProto.EXTERNAL for t in model.graph.initializer):
        from onnx.external_data_helper import load_external_data_for_model

        try:
            load_external_data_for_model(model, str(path.parent))
        except Exception as e:
            raise EmlxInputError(f"{path}: its external weight data could not be read ({type(e).__name__}: "
                                 f"{str(e)[:120]}); keep {data_path(path).name} beside it or {FIX}") from None
    return model


def header_from_model(model: Any, path: Path) -> dict[str, Any]:
    props = {p.key: p.value for p in model.metadata_props}
    if props.get("emlx.format") != ONNX_FORMAT:
        raise EmlxInputError(f"{path}: ONNX metadata emlx.format is {props.get('emlx.format')!r}, expected {ONNX_FORMAT!r}; "
                             f"only models written by `emlx export` carry the emlx header; {FIX}")
    if props.get("emlx.version") != ONNX_VERSION:
        raise EmlxInputError(f"{path}: emlx.version {props.get('emlx.version')!r} is not supported (expected {ONNX_VERSION}); {FIX}")
    try:
        header = json.loads(props.get("emlx.header", ""))
    except json.JSONDecodeError as e:
        raise EmlxInputError(f"{path}: metadata emlx.header is not JSON ({e}); {FIX}") from None
    if not isinstance(header, dict):
        raise EmlxInputError(f"{path}: metadata emlx.header is {type(header).__name__}, expected a JSON object; {FIX}")
    return header


def read_onnx(path: Path) -> Bundle:
    """The bundle an .onnx file was written from: header + canonical StoredTensors, verified by weights_sha256."""
    header, weights = read_onnx_parts(path)
    return bundle_from_parts(Path(path), header, weights)


def read_onnx_parts(path: Path) -> tuple[dict[str, Any], dict[str, StoredTensor]]:
    """The header and the canonical stored tensors of an emlx .onnx file (the formats registry's ``read``)."""
    from onnx import numpy_helper

    from emlx.spec_schema import expected_shapes
    from emlx.spec import ModelSpec

    path = Path(path)
    model = read_onnx_model(path)
    header = header_from_model(model, path)
    try:
        spec = ModelSpec.from_dict(header.get("config") or {})
    except ValueError as e:
        raise EmlxInputError(f"{path}: {e}") from None
    inits = {t.name: t for t in model.graph.initializer}
    weights: dict[str, StoredTensor] = {}
    for name in sorted(expected_shapes(spec)):
        if name not in inits:
            raise EmlxInputError(f"{path}: initializer {name!r} is missing; the file is not a complete emlx export; {FIX}")
        try:
            arr = numpy_helper.to_array(inits[name])
        except Exception as e:
            raise EmlxInputError(f"{path}: initializer {name!r} is unreadable ({type(e).__name__}: {e}); {FIX}") from None
        if arr.dtype == np.int8:
            sname = f"{name}.scale"
            if sname not in inits:
                raise EmlxInputError(f"{path}: int8 initializer {name!r} has no {sname!r}; {FIX}")
            scale = numpy_helper.to_array(inits[sname])
            if arr.ndim != 2 or scale.dtype != np.float32 or scale.shape != (arr.shape[0],):
                raise EmlxInputError(f"{path}: int8 {name!r} {list(arr.shape)} with scale {scale.dtype} {list(scale.shape)}; "
                                     f"expected a 2-D int8 tensor with one float32 scale per row; {FIX}")
            weights[name] = StoredTensor("int8", np.ascontiguousarray(arr), np.ascontiguousarray(scale))
        elif arr.dtype == np.float32:
            weights[name] = StoredTensor("float32", np.ascontiguousarray(arr))
        else:
            raise EmlxInputError(f"{path}: initializer {name!r} has dtype {arr.dtype}, expected float32 or int8; {FIX}")
    return header, weights
