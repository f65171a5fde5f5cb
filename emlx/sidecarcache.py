"""A folder of sidecars shared by the shards of a gate (`emlx gate --cache DIR`), keyed by bundle identity.

Building sidecars runs the float64 reference, the slowest step of a gate before any runtime starts. Every shard that
gates a model exports the same bundle (exports are deterministic), so its sidecars are the same too: the first
shard to build them stores a copy under ``DIR/<key>/``, the others copy it into their own work folder instead of
building. The key is the sha256 of the bundle identity (weights, config and tokenizer sha256, FORMATS.md
"Sidecars") plus everything else the sidecars depend on: prompt or ids, BOS, step count, atol, the float32 source
of an int8 bundle's quality check (by the sha256 the bundle records), the sidecar format version and the emlx
version. An entry is used only when its ``entry.json`` names the same key and identity and every sidecar in it
carries that identity; anything else is rebuilt (and the entry replaced). Entries are written to a temporary
folder and renamed, so a shard killed half-way never leaves a partial entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

from emlx._version import __version__
from emlx.atomic import FileSet
from emlx.bundle import Bundle
from emlx.verify.plan import SidecarOptions
from emlx.verify.sidecar_files import SIDECAR_VERSION, bundle_identity, sidecar_path

ENTRY = "entry.json"


@dataclass(frozen=True)
class Restored:
    """What the gate needs of sidecars it did not build: their int8 quality document and build warnings."""

    int8: dict[str, Any] | None
    warnings: list[str]
    from_cache: bool = False  # restored from an entry (else built by ``build`` and stored)


def cache_key(bundle: Bundle, opts: SidecarOptions) -> tuple[str, dict[str, Any]]:
    """(hex key, the document it hashes) for these sidecars of this bundle."""
    doc = {"bundle_identity": bundle_identity(bundle), "prompt": opts.prompt, "prompt_ids": opts.prompt_ids,
           "bos": opts.bos, "tokens": opts.tokens, "atol": opts.atol, "texts": list(opts.texts),
           "f32_source_sha256": (bundle.source or {}).get("sha256") if opts.f32 is not None else None,
           "sidecar_version": SIDECAR_VERSION, "emlx_version": __version__}
    text = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest(), doc


def _entry_ok(entry: Path, key: str, doc: Mapping[str, Any]) -> bool:
    try:
        meta = json.loads((entry / ENTRY).read_text(encoding="utf-8"))
        if not isinstance(meta, dict) or meta.get("key") != key or meta.get("inputs") != doc:
            return False
        files = meta.get("files")
        if not isinstance(files, list) or not files:
            return False
        for name in files:
            sc = json.loads((entry / name).read_text(encoding="utf-8"))
            if not isinstance(sc, dict) or sc.get("bundle_identity") != doc["bundle_identity"]:
                return False
    except (OSError, ValueError):
        return False
    return True


def restore_or_build(cache_dir: Path, bundle: Bundle, sc_dir: Path, opts: SidecarOptions,
                     build: Callable[[], tuple[dict[str, Any] | None, list[str]]],
                     say: Callable[[str], None]) -> Restored:
    """Fill ``sc_dir`` from the cache entry of (bundle, opts), or run ``build`` (which writes ``sc_dir`` and returns
    (int8 doc, warnings)) and store its files as the entry."""
    key, doc = cache_key(bundle, opts)
    entry = Path(cache_dir) / key[:32]
    if _entry_ok(entry, key, doc):
        meta = json.loads((entry / ENTRY).read_text(encoding="utf-8"))
        sc_dir.mkdir(parents=True, exist_ok=True)
        with FileSet() as out:  # one set: the folder's previous sidecars stay whole if a copy fails
            for name in meta["files"]:
                out.write_bytes(sc_dir / name, (entry / name).read_bytes())
            for old in sc_dir.glob("*.json"):
                if old.name not in meta["files"]:
                    out.remove(old)
            out.commit()
        say(f"sidecars restored from {entry}")
        int8_path = sidecar_path(sc_dir, "int8")
        int8 = json.loads(int8_path.read_text(encoding="utf-8")) if int8_path.is_file() else None
        return Restored(int8, [str(w) for w in meta.get("warnings") or []], from_cache=True)
    int8, warnings = build()
    files = sorted(p.name for p in sc_dir.glob("*.json") if p.is_file())
    tmp = entry.with_name(f".{entry.name}.tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for name in files:
        shutil.copy2(sc_dir / name, tmp / name)
    (tmp / ENTRY).write_text(json.dumps({"key": key, "inputs": doc, "files": files, "warnings": warnings},
                                        sort_keys=True, indent=1, ensure_ascii=False), encoding="utf-8")
    if entry.exists():
        shutil.rmtree(entry, ignore_errors=True)
    try:
        os.replace(tmp, entry)
    except OSError:  # another shard stored the same entry meanwhile: theirs is as good as ours
        shutil.rmtree(tmp, ignore_errors=True)
    else:
        say(f"sidecars stored in {entry}")
    return Restored(int8, warnings)
