"""Evidence for family detection (emlx.families): the GPT config beside a checkpoint or in its meta json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping

from emlx.families._base import count_layers

CONFIG_KEYS = ("sequence_len", "vocab_size", "n_layer", "n_head", "n_kv_head", "n_embd", "window_pattern")


def model_config(doc: Any) -> dict[str, Any] | None:
    """The GPT config inside a json document (top level, or under config / model_config / model_args)."""
    if not isinstance(doc, Mapping):
        return None
    for key in ("model_config", "config", "model_args"):
        sub = doc.get(key)
        if isinstance(sub, Mapping) and ("n_layer" in sub or "sequence_len" in sub):
            return {k: sub[k] for k in CONFIG_KEYS if k in sub}
    if "n_layer" in doc or "sequence_len" in doc:
        return {k: doc[k] for k in CONFIG_KEYS if k in doc}
    return None


def find_sibling_config(ckpt: Path, shapes: Mapping[str, tuple[int, ...]]) -> tuple[dict[str, Any], Path] | None:
    """A json next to the checkpoint whose GPT config agrees with the tensors (e.g. autoresearch run configs).

    ``shapes`` are by canonical name. Checked in order: ``<stem>.json``, ``config.json``, then the other
    ``*.json`` files of the folder. A config that contradicts the tensor shapes (other n_layer / n_embd) is skipped.
    """
    folder = ckpt.parent
    candidates = [folder / f"{ckpt.stem}.json", folder / "config.json"]
    candidates += sorted(p for p in folder.glob("*.json") if p not in candidates)
    n_layer = count_layers(shapes)
    n_embd = shapes["wte.weight"][1] if "wte.weight" in shapes else None
    for p in candidates:
        if not p.is_file() or p.stat().st_size > 50_000_000:
            continue
        try:
            cfg = model_config(json.loads(p.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue
        if not cfg:
            continue
        if cfg.get("n_layer", n_layer) != n_layer or cfg.get("n_embd", n_embd) != n_embd:
            continue
        return cfg, p
    return None
