"""`emlx inspect`: what a checkpoint or bundle holds (family, spec, tensors, sizes), as a plain dict."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import numpy as np

from emlx.formats import is_bundle_file, load_bundle
from emlx.errors import EmlxInputError
from emlx.formats import FALLBACK, for_input


def inspect_path(path: Path, step: int | None = None) -> dict[str, Any]:
    path = Path(path)
    if not path.exists():
        raise EmlxInputError(f"{path}: no such file or directory")
    if path.is_file() and is_bundle_file(path):
        return inspect_bundle(path)
    return inspect_checkpoint(path, step)


def inspect_bundle(path: Path) -> dict[str, Any]:
    b = load_bundle(path)
    fmt = for_input(path) or FALLBACK
    files = fmt.files(path)
    sizes = [(f.stat().st_size, len(gzip.compress(f.read_bytes(), compresslevel=6, mtime=0))) for f in files]
    q = (b.source.get("quantization") or {}).get("rel_l2_error", {})
    tensors = [
        {"name": n, "shape": list(t.shape), "dtype": t.dtype, "bytes": t.nbytes,
         **({"layout": layout.label()} if (layout := t.q4_layout) is not None else {}),
         **({"rel_l2_error": q[n]} if n in q else {})}
        for n, t in sorted(b.weights.items())
    ]
    return {
        "kind": "bundle",
        "path": str(path),
        "format": fmt.name,
        "family": b.spec.family,
        "spec": b.spec.to_dict(),
        "parameters": int(sum(int(np.prod(t.shape)) for t in b.weights.values())),
        "tensors": tensors,
        "size_bytes": sum(s for s, _ in sizes),
        "gzip_bytes": sum(g for _, g in sizes),
        "files": [f.name for f in files],
        "int8": b.is_int8,
        "q4": b.is_q4,
        "quantization": b.quantization_label(),
        "weights_sha256": b.weights_sha256,
        "tokenizer": _tokenizer_summary(b.tokenizer, full=True),
        "source": {k: v for k, v in b.source.items() if k not in ("dtypes",)},
        "training": b.training,
        "generated_by": b.generated_by,
        "certificate": _certificate(path, b),
    }


def _certificate(path: Path, bundle: Any) -> dict[str, Any] | None:
    """The parity certificate next to the bundle (<stem>.parity.json), whether it is this bundle's, and what it says."""
    from emlx import certificate

    cert = certificate.certificate_path(path)
    if not cert.is_file():
        return None
    try:
        doc = certificate.read_certificate(cert)
    except EmlxInputError as e:
        return {"path": str(cert), "valid": False, "problem": str(e)}
    return {"path": str(cert), **certificate.describe(doc, certificate.status(doc, bundle))}


def inspect_checkpoint(path: Path, step: int | None = None) -> dict[str, Any]:
    from emlx.exporter.export import ExportOptions, build_bundle

    res = build_bundle(path, ExportOptions(step=step))
    b = res.bundle
    dtypes = b.source.get("dtypes", {})
    tensors = [{"name": n, "shape": list(t.shape), "dtype": dtypes.get(n, "float32")} for n, t in sorted(b.weights.items())]
    return {
        "kind": "checkpoint",
        "path": str(path),
        "format": b.source.get("format"),
        "framework": b.source.get("framework"),
        "family": b.spec.family,
        "spec": b.spec.to_dict(),
        "parameters": int(sum(int(np.prod(t.shape)) for t in b.weights.values())),
        "tensors": tensors,
        "size_bytes": _size(path),
        "notes": res.notes,
        "warnings": res.warnings,
        "training": b.training,
        "tokenizer": _tokenizer_summary(b.tokenizer, full=False),
    }


def _tokenizer_summary(block: dict[str, Any] | None, full: bool) -> dict[str, Any] | None:
    """The tokenizer block's identity (not its vocabulary): tiktoken blocks their pattern and its JS check,
    tokenizer.json blocks their pipeline's component types, BOS/EOS, template and whether a chat template is carried."""
    if not block:
        return None
    if block.get("kind") is None:
        keys = ("name", "n_vocab", "bos_token", "bos_id") + (("pat_str", "pat_str_js", "pat_js_check") if full else ())
        return {k: block.get(k) for k in keys}
    tj = block.get("tokenizer") or {}

    def types(node: Any) -> Any:
        if not isinstance(node, dict):
            return None
        items = next((node[k] for k in ("normalizers", "pretokenizers", "processors", "decoders") if k in node), None)
        return [types(x) for x in items] if isinstance(items, list) else node.get("type")

    out = {k: block.get(k) for k in ("kind", "version", "n_vocab", "bos_token", "bos_id", "eos_token", "eos_ids",
                                     "adds_bos", "template")}
    out["chat_template"] = block.get("chat_template") is not None
    if full:
        out["pipeline"] = {k: types(tj.get(k)) for k in ("normalizer", "pre_tokenizer", "model", "post_processor",
                                                         "decoder")}
        out["added_tokens"] = len(tj.get("added_tokens") or [])
        out["files"] = block.get("files")
    return out


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def to_json(report: dict[str, Any]) -> str:
    return json.dumps(report, indent=2, sort_keys=True)
