"""The parity certificate, ``<bundle stem>.parity.json`` next to a bundle (docs/FORMATS.md "Parity certificate").

`emlx parity` and `emlx gate` write it after gating a bundle: which runtimes and backends passed, with their
max|Δlogit|, greedy result and environment, bound to the bundle's identity (weights, config and tokenizer sha256,
as the sidecars' ``bundle_identity``), plus a *probe*: a short id sequence with the float64 reference's logits at a
few rows (the top-k and a slice of each), small enough to ship with the site, so that a page can check the backend
it actually got (``model.selfTest()`` in js/src/selftest.js).

This module reads, validates, merges and writes certificates; it knows nothing of how runs are judged
(emlx.verify.certify builds the entries and the probe). Layer: data (it imports only emlx.bundle / emlx.formats).

Merging: a certificate accumulates. Gating the same bundle again (same identity, atol and probe) replaces the
entries of the runtime/backend pairs that ran and keeps the others; a pair that failed now is removed; another
identity, atol or probe starts a new certificate. ``emlx report merge`` merges the certificates of a gate's shards
the same way.
"""

from __future__ import annotations

import json
import math
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from emlx.atomic import write_bytes_atomic
from emlx.errors import EmlxInputError

FORMAT = "emlx.parity-certificate"
VERSION = 1
SUFFIX = ".parity.json"
#: A certificate ships with the site; it must stay small (the probe is a few rows of top-k and a slice).
MAX_BYTES = 64 * 1024


def certificate_path(bundle_path: Path) -> Path:
    """``model.json`` / ``model.safetensors`` / ``model.safetensors.index.json`` / ``model.onnx`` -> ``model.parity.json``."""
    from emlx.formats import bundle_stem

    return Path(bundle_path).with_name(bundle_stem(Path(bundle_path)) + SUFFIX)


def identity(bundle: Any) -> dict[str, str | None]:
    """The bundle identity of FORMATS.md "Sidecars" (``bundle_identity``): weights_sha256, and the sha256 of the
    canonical JSON of the config and of the tokenizer block (None without one); ``Bundle.identity``."""
    return dict(bundle.identity())


def _check(doc: Any, where: str) -> dict[str, Any]:
    """The certificate's structure (one EmlxInputError line naming what is wrong)."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise EmlxInputError(f"{where}: not a parity certificate (format {FORMAT!r} expected)")
    if doc.get("version") != VERSION:
        raise EmlxInputError(f"{where}: parity certificate version {doc.get('version')!r}; this emlx reads version {VERSION}")
    ident = doc.get("bundle_identity")
    if not isinstance(ident, dict) or not isinstance(ident.get("weights_sha256"), str):
        raise EmlxInputError(f"{where}: bundle_identity: expected {{weights_sha256, config_sha256, tokenizer_sha256}}")
    atol = doc.get("atol")
    if isinstance(atol, bool) or not isinstance(atol, (int, float)) or not math.isfinite(atol) or atol <= 0:
        raise EmlxInputError(f"{where}: atol: expected a positive number, got {atol!r}")
    runs = doc.get("passed")
    if not isinstance(runs, list) or not all(isinstance(r, dict) and isinstance(r.get("runtime"), str)
                                             and isinstance(r.get("backend"), str) for r in runs):
        raise EmlxInputError(f"{where}: passed: expected a list of {{runtime, backend, ...}}")
    probe = doc.get("probe")
    if not isinstance(probe, dict) or not isinstance(probe.get("ids"), list) or not isinstance(probe.get("rows"), list):
        raise EmlxInputError(f"{where}: probe: expected {{ids, rows, ...}}")
    return doc


def read_certificate(path: Path) -> dict[str, Any]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise EmlxInputError(f"{path}: cannot read the parity certificate ({e.strerror})") from None
    try:
        doc = json.loads(text)
    except ValueError as e:
        raise EmlxInputError(f"{path}: the parity certificate is not JSON ({e})") from None
    return _check(doc, str(path))


def status(doc: Mapping[str, Any], bundle: Any) -> str | None:
    """None when the certificate is for this bundle, else why not (one phrase)."""
    mine, theirs = identity(bundle), doc.get("bundle_identity") or {}
    diff = [k.removesuffix("_sha256") for k in ("weights_sha256", "config_sha256", "tokenizer_sha256")
            if mine.get(k) != theirs.get(k)]
    return None if not diff else f"made for another bundle (its {', '.join(diff)} differ)"


def _key(run: Mapping[str, Any]) -> tuple[str, str]:
    return str(run["runtime"]), str(run["backend"])


def merge(old: Mapping[str, Any] | None, new: Mapping[str, Any], ran: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """``new`` (whose ``passed`` lists what passed of the pairs in ``ran``) over ``old``: old entries of other pairs are
    kept when the identity, atol and probe are the same; the pairs that ran are replaced by what passed now."""
    ran_set = set(ran)
    compatible = (old is not None and old.get("bundle_identity") == new["bundle_identity"]
                  and old.get("atol") == new["atol"] and old.get("probe") == new["probe"])
    kept = [r for r in (old or {}).get("passed", []) if compatible and _key(r) not in ran_set]
    entries = {_key(r): r for r in [*kept, *new["passed"]]}
    return {**new, "passed": [entries[k] for k in sorted(entries)]}


def render(doc: Mapping[str, Any]) -> bytes:
    out = json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False, allow_nan=False).encode("utf-8") + b"\n"
    if len(out) > MAX_BYTES:
        raise EmlxInputError(f"parity certificate would be {len(out)} bytes, over {MAX_BYTES}: the probe is too large "
                             "(fewer rows or a smaller top-k)")
    return out


def write(bundle_path: Path, new: Mapping[str, Any], ran: Sequence[tuple[str, str]]) -> Path:
    """Merge ``new`` into the certificate next to the bundle (see `merge`) and write it atomically. A certificate
    there that cannot be read is replaced (it certified nothing usable)."""
    path = certificate_path(bundle_path)
    old = None
    if path.is_file():
        try:
            old = read_certificate(path)
        except EmlxInputError:
            old = None
    doc = merge(old, {**new, "generated_at": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")}, ran)
    write_bytes_atomic(path, render(_check(doc, str(path))))
    return path


def merge_certificate_folders(folders: Sequence[Path], out_dir: Path) -> list[Path]:
    """The certificates the shards of a gate wrote (``<report dir>/work/<model>/*.parity.json``), merged per model
    into ``out_dir/work/<model>/``: entries of certificates of the same identity, atol and probe are united."""
    by_target: dict[Path, list[dict[str, Any]]] = {}
    for folder in folders:
        for f in sorted(Path(folder).glob(f"work/*/*{SUFFIX}")):
            try:
                doc = read_certificate(f)
            except EmlxInputError:
                continue
            by_target.setdefault(Path(out_dir) / f.relative_to(folder), []).append(doc)
    written = []
    for target, docs in sorted(by_target.items()):
        merged: dict[str, Any] | None = None
        for d in docs:
            merged = merge(merged, d, [_key(r) for r in d["passed"]]) if merged is not None else dict(d)
        assert merged is not None
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(target, render(merged))
        written.append(target)
    return written


def describe(doc: Mapping[str, Any], problem: str | None) -> dict[str, Any]:
    """What `emlx inspect` shows of a certificate."""
    probe = doc.get("probe") or {}
    return {"valid": problem is None, "problem": problem, "generated_by": doc.get("generated_by"),
            "generated_at": doc.get("generated_at"), "atol": doc.get("atol"),
            "passed": [{"runtime": r.get("runtime"), "backend": r.get("backend"), "max_abs_logit": r.get("max_abs_logit"),
                        "greedy": r.get("greedy"), "environment": r.get("environment")} for r in doc.get("passed") or []],
            "probe": {"ids": len(probe.get("ids") or []), "rows": [r.get("row") for r in probe.get("rows") or []],
                      "top_k": probe.get("top_k"), "slice": probe.get("slice")}}

