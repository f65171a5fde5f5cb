"""The family registry: every upstream GPT family emlx can export, one module each (docs/DESIGN.md "Families").

``FAMILIES`` is ordered; ``detect`` reads the evidence through each family's name rows and takes the first that
recognises it. When none does, the error names each family and why it was rejected. Adding a family = one module
here (name rows, ``recognise``, and ``build`` from a config.json or ``conventions`` for a bare checkpoint) + one
line in ``FAMILIES`` + a fixture and tests.
"""

from __future__ import annotations

from emlx.families import autoresearch_mlx, autoresearch_torch, gpt2, llama, nanochat, nanochat_legacy, qwen2, qwen3
from emlx.families._base import AS_STORED, Detected, Evidence, Family, NameRow, Renamed, Take, View, build_spec

FAMILIES: tuple[Family, ...] = (
    autoresearch_mlx.FAMILY,
    nanochat.FAMILY,
    nanochat_legacy.FAMILY,
    autoresearch_torch.FAMILY,
    # model folders (config.json): the recipe comes from the config, not from conventions
    llama.FAMILY,
    qwen2.FAMILY,
    qwen3.FAMILY,
    gpt2.FAMILY,
)

REQUIRED = ("wte.weight", "blocks.0.attn.c_q.weight")

__all__ = ["FAMILIES", "Detected", "Evidence", "Family", "NameRow", "Renamed", "Take", "View", "by_name",
           "canonical_name", "detect", "view_of"]


def by_name(name: str) -> Family:
    for f in FAMILIES:
        if f.name == name:
            return f
    raise KeyError(f"no family {name!r}; known: {[f.name for f in FAMILIES]}")


def canonical_name(source: str) -> str | None:
    """The canonical name of a source tensor name under the first family whose rows know it."""
    for f in FAMILIES:
        c = f.names.canonical_name(source)
        if c is not None:
            return c
    return None


def view_of(family: Family, ev: Evidence) -> tuple[View | None, Renamed, str | None]:
    """The evidence through ``family``'s name rows, or the reason it cannot be read that way."""
    renamed = family.names.rename(ev.shapes)
    if renamed.unmapped:
        more = f" (+{len(renamed.unmapped) - 3} more)" if len(renamed.unmapped) > 3 else ""
        return None, renamed, f"tensor names it does not know: {', '.join(renamed.unmapped[:3])}{more}"
    shapes: dict[str, tuple[int, ...]] = {}
    for c, s in renamed.mapping.items():
        take = renamed.takes.get(c, AS_STORED)
        shape = take.shape(tuple(ev.shapes[s]))
        if shape is None:
            return None, renamed, f"{s} of shape {list(ev.shapes[s])} cannot be read as {c} ({take.describe()})"
        shapes[c] = shape
    missing = [n for n in REQUIRED if n not in shapes]
    if missing:
        return None, renamed, f"no {' / '.join(missing)}: not a GPT"
    view = View(shapes=shapes, dtypes={c: ev.dtypes[s] for c, s in renamed.mapping.items() if s in ev.dtypes},
                framework=ev.framework, meta=ev.meta, config=ev.config, hf_config=ev.hf_config)
    return view, renamed, None


def detect(ev: Evidence) -> Detected:
    """The first family of ``FAMILIES`` that recognises ``ev``, with the ModelSpec it implies.

    Raises ValueError (one line) when no family does, naming each and why, or when the tensors contradict
    themselves (several sources for one canonical name, heads that do not split).
    """
    reasons: list[str] = []
    for family in FAMILIES:
        view, renamed, why = None, None, config_reason(family, ev)
        if why is None:
            view, renamed, why = view_of(family, ev)
            if view is not None:
                why = family.recognise(view)
        if why is not None:
            reasons.append(f"{family.name}: {why}")
            continue
        assert view is not None and renamed is not None
        if renamed.collisions:
            c = "; ".join(f"{k} <- {', '.join(v)}" for k, v in renamed.collisions)
            raise ValueError(f"several source tensors map to one name: {c}")
        spec, notes, warnings = family.build(view) if family.build is not None else build_spec(family, view)
        # a stored lm_head under a tied recipe is only a copy of wte (torch.save keeps both names): checked on export
        dup = (("lm_head.weight", "wte.weight"),) if spec.embed.tied and "lm_head.weight" in view.shapes else ()
        return Detected(spec=spec, family=family, mapping=renamed.mapping, notes=notes, warnings=warnings,
                        takes=dict(renamed.takes), ignored=renamed.ignored, duplicates=dup)
    what = "this model folder" if ev.hf_config is not None else "these tensors"
    raise ValueError(f"no supported family recognises {what} (" + "; ".join(reasons) + ")")


def config_reason(family: Family, ev: Evidence) -> str | None:
    """Why ``family`` cannot read ``ev`` from the kind of input alone, before any tensor name: a model-folder
    family reads its config.json (model_type, architectures); a checkpoint family never reads a model folder."""
    if family.reads_config is None:
        return None if ev.hf_config is None else "a transformers / mlx-lm model folder, not a checkpoint of this family"
    if ev.hf_config is None:
        return "no config.json with model_type (not a transformers / mlx-lm model folder)"
    return family.reads_config(ev.hf_config)
