"""One sidecar file (docs/FORMATS.md "Sidecars"): the name it has in a sidecar folder, the header every sidecar
carries, float arrays as base64, and reading and writing it.

File names are decided here and nowhere else (``file_name``); everything else asks for the file of a kind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

import numpy as np

from emlx._version import __version__
from emlx.atomic import write_bytes_atomic
from emlx.bundle import Bundle
from emlx.codec import b64, unb64
from emlx.errors import EmlxInputError, read_json
from emlx.jsonsafe import dumps

SIDECAR_VERSION = 3  # 2: every sidecar records ``coverage`` and ``bundle_identity``; 3: layer taps at ``positions``,
#                       the kvcache prefill reaches close to the smallest window
REGENERATE = "regenerate with `emlx sidecars BUNDLE`"

#: Kinds whose file is not ``<kind>.json``. The tokenizer kind's ids are not called tokenizer.json: that is the
#: name of Hugging Face's tokenizer file, which model folders (and bundles exported from them) carry.
_OTHER_NAMES = {"tokenizer": "tokenizer_ids.json"}


def file_name(kind: str) -> str:
    """The file of sidecar ``kind`` in a sidecar folder (``forward.json``, ``tokenizer_ids.json`` …)."""
    return _OTHER_NAMES.get(kind, f"{kind}.json")


def sidecar_path(folder: Path, kind: str) -> Path:
    return Path(folder) / file_name(kind)


def b64_array(a: np.ndarray) -> dict[str, Any]:
    a32 = np.asarray(a, dtype=np.float32)
    return {"shape": list(a32.shape), "data": b64(a32)}


def from_b64_array(obj: Any, what: str) -> np.ndarray:
    if not isinstance(obj, Mapping) or "shape" not in obj or "data" not in obj:
        raise EmlxInputError(f"{what}: expected {{shape, data}} (base64 float32)")
    shape = [int(d) for d in obj["shape"]]
    n = int(np.prod(shape)) if shape else 1
    return unb64(obj["data"], np.float32, n, f"{what} (shape {shape})", fix="regenerate it").reshape(shape)


def bundle_identity(bundle: Bundle) -> dict[str, str | None]:
    """What a sidecar was made for: the weights, the config (the spec) and the tokenizer block (or null), each as
    sha256 (``Bundle.identity``)."""
    return bundle.identity()


def sidecar_header(kind: str, bundle: Bundle, tolerances: dict[str, float], coverage: dict[str, Any]) -> dict[str, Any]:
    """The fields every sidecar starts with."""
    return {"kind": kind, "version": SIDECAR_VERSION, "weights_sha256": bundle.weights_sha256,
            "bundle_identity": bundle_identity(bundle), "coverage": coverage,
            "emlx_version": __version__, "tolerances": tolerances, "family": bundle.spec.family,
            "config": bundle.spec.to_dict()}


def sidecar_bytes(path: Path, doc: Mapping[str, Any]) -> bytes:
    """A sidecar's bytes: sorted keys, no whitespace, no NaN/Infinity."""
    return dumps(doc, f"sidecar {Path(path).name}", separators=(",", ":"), sort_keys=True).encode("utf-8")


def write_sidecar(path: Path, doc: Mapping[str, Any]) -> None:
    """One sidecar, written atomically (a whole folder is written as a set: ``build_sidecars``)."""
    write_bytes_atomic(path, sidecar_bytes(path, doc))


def load_sidecar(path: Path, kind: str, weights_sha256: str) -> dict[str, Any]:
    """Read one sidecar and refuse it when it belongs to other weights (stale) or is of another kind."""
    doc = read_json(path, "a JSON sidecar", "regenerate with `emlx sidecars`",
                    missing="sidecar missing; run `emlx sidecars BUNDLE` first")
    if not isinstance(doc, dict) or doc.get("kind") != kind:
        raise EmlxInputError(f"{path}: kind {doc.get('kind') if isinstance(doc, dict) else None!r}, expected {kind!r}")
    if doc.get("version") != SIDECAR_VERSION:
        raise EmlxInputError(f"{path}: stale sidecar: format version {doc.get('version')!r}, expected {SIDECAR_VERSION} "
                             f"(which records coverage, bundle identity and the layer positions); {REGENERATE}")
    if doc.get("weights_sha256") != weights_sha256:
        raise EmlxInputError(f"{path}: stale sidecar: made for weights {str(doc.get('weights_sha256'))[:12]}…, the bundle has "
                             f"{weights_sha256[:12]}…; {REGENERATE}")
    return doc
