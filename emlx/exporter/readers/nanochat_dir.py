"""nanochat checkpoint directories: ``<base>/base_checkpoints/<tag>/model_XXXXXX.pt`` + ``meta_XXXXXX.json``.

Point at the tag directory (``.../d20``), at a phase directory holding one tag (``.../base_checkpoints``),
or at the nanochat base directory holding exactly one ``*checkpoints/<tag>``. The highest step is read
unless a step is requested. Optimizer shards (``optim_XXXXXX_rankN.pt``) are ignored.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._common import RawCheckpoint, fail, input_errors
from .torch_zip import read_torch_zip

MODEL_RE = re.compile(r"model_(\d+)\.pt\Z")
HINT = "expected a nanochat checkpoint directory holding model_XXXXXX.pt and meta_XXXXXX.json"


@dataclass(frozen=True)
class NanochatFiles:
    model: Path
    meta: Path | None
    step: int
    steps: tuple[int, ...]  # every step available in the directory


def model_steps(directory: Path) -> dict[int, Path]:
    """step -> model file for every ``model_<step>.pt`` directly inside ``directory``. Every entry of that name
    counts, whatever it is (a directory, a dangling link, an unreadable file): ``resolve`` refuses such a step
    rather than silently reading another one."""
    out: dict[int, Path] = {}
    for p in directory.iterdir():
        m = MODEL_RE.match(p.name)
        if m:
            step = int(m.group(1))
            if step in out:
                first, second = sorted((out[step].name, p.name))
                raise fail(f"{directory}: {first} and {second} are both step {step}; keep one of them")
            out[step] = p
    return out


def meta_for(model: Path) -> Path | None:
    """The ``meta_<step>.json`` written next to ``model_<step>.pt``, if present."""
    m = MODEL_RE.match(model.name)
    if not m:
        return None
    for cand in (model.with_name(f"meta_{m.group(1)}.json"), model.with_name(f"meta_{int(m.group(1)):06d}.json")):
        if cand.is_file():
            return cand
    return None


def _tag_dirs(directory: Path) -> list[Path]:
    """Checkpoint tag directories below ``directory``: ``<tag>/`` or ``<phase>checkpoints/<tag>/``."""
    found: list[Path] = []
    children = sorted(p for p in directory.iterdir() if p.is_dir())
    for child in children:
        if model_steps(child):
            found.append(child)
    if not found:
        for child in children:
            if child.name.endswith("checkpoints"):
                found.extend(t for t in sorted(p for p in child.iterdir() if p.is_dir()) if model_steps(t))
    return found


def resolve(directory: Path, step: int | None = None) -> NanochatFiles:
    """Find the model/meta pair to read in a nanochat checkpoint (or base) directory."""
    directory = Path(directory)
    with input_errors(directory, "cannot list checkpoint directory", HINT):
        steps = model_steps(directory)
        if not steps:
            tags = _tag_dirs(directory)
            if len(tags) > 1:
                names = ", ".join(str(t.relative_to(directory)) for t in tags)
                raise fail(f"{directory}: several checkpoint tags ({names}); point at one of them")
            if not tags:
                raise fail(f"{directory}: no model_XXXXXX.pt here, nor in <tag>/ or *checkpoints/<tag>/ "
                           f"subdirectories; {HINT}")
            directory = tags[0]
            steps = model_steps(directory)
    available = tuple(sorted(steps))
    if step is None:
        chosen = available[-1]
    elif step in steps:
        chosen = step
    else:
        raise fail(f"{directory}: no checkpoint for step {step}; available steps: "
                   f"{', '.join(map(str, available))}")
    model = steps[chosen]
    if not model.is_file() or not os.access(model, os.R_OK):
        what = "a dangling link" if model.is_symlink() and not model.exists() else (
            "not a regular file" if model.exists() and not model.is_file() else "unreadable (permissions)")
        others = [s for s in available if s != chosen]
        hint = f"pass --step with one of {', '.join(map(str, others))}" if others else "fix or replace the file"
        raise fail(f"{model}: the checkpoint for {'the newest ' if step is None else ''}step {chosen} is {what}; "
                   f"emlx does not fall back to another step silently: {hint}")
    return NanochatFiles(model, meta_for(model), chosen, available)


def read_meta(meta: Path) -> dict[str, Any]:
    with input_errors(meta, "cannot read nanochat meta json", "expected the meta_XXXXXX.json nanochat writes "
                      "next to model_XXXXXX.pt"):
        data = json.loads(meta.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise fail(f"{meta}: is a JSON {type(data).__name__}, expected an object with model_config")
    cfg = data.get("model_config")
    if not isinstance(cfg, dict):
        raise fail(f"{meta}: no model_config object (keys: {', '.join(sorted(data)) or 'none'}); expected "
                   f"nanochat's meta json with model_config {{sequence_len, vocab_size, n_layer, ...}}")
    return data


def read_nanochat_model(model: Path, meta: Path, step: int | None, lazy: bool = False) -> RawCheckpoint:
    """Read one nanochat ``model_<step>.pt`` with its meta json (``lazy``: see read_torch_zip)."""
    ckpt = read_torch_zip(model, lazy=lazy)
    ckpt.format = "nanochat"
    ckpt.meta = read_meta(meta)
    ckpt.step = step
    return ckpt


def read_nanochat_dir(directory: Path, step: int | None = None, lazy: bool = False) -> RawCheckpoint:
    files = resolve(directory, step)
    if files.meta is None:
        raise fail(f"{files.model.parent}: no meta_{files.step:06d}.json next to {files.model.name}; nanochat "
                   f"writes it with every checkpoint (model_config is needed), or read the .pt file directly "
                   f"and give the config with --config/--set")
    return read_nanochat_model(files.model, files.meta, files.step, lazy=lazy)
