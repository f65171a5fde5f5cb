"""The family registry: every upstream GPT family emlx can export, one module each (docs/DESIGN.md "Families").

``FAMILIES`` is ordered; ``detect`` reads the evidence through each family's name rows and takes the first that
recognises it. When none does, the error names each family and why it was rejected. Adding a family = one module
here (name rows, ``recognise``, ``conventions``) + one line in ``FAMILIES`` + a fixture and tests.
"""

from __future__ import annotations

from emlx.families import autoresearch_mlx, autoresearch_torch, nanochat, nanochat_legacy
from emlx.families._base import Detected, Evidence, Family, NameRow, Renamed, View, build_spec

FAMILIES: tuple[Family, ...] = (
    autoresearch_mlx.FAMILY,
    nanochat.FAMILY,
    nanochat_legacy.FAMILY,
    autoresearch_torch.FAMILY,
)

REQUIRED = ("wte.weight", "blocks.0.attn.c_q.weight")

__all__ = ["FAMILIES", "Detected", "Evidence", "Family", "NameRow", "Renamed", "View", "by_name", "canonical_name",
           "detect", "view_of"]


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
    shapes = {c: tuple(ev.shapes[s]) for c, s in renamed.mapping.items()}
    missing = [n for n in REQUIRED if n not in shapes]
    if missing:
        return None, renamed, f"no {' / '.join(missing)}: not a GPT"
    view = View(shapes=shapes, dtypes={c: ev.dtypes[s] for c, s in renamed.mapping.items() if s in ev.dtypes},
                framework=ev.framework, meta=ev.meta, config=ev.config)
    return view, renamed, None


def detect(ev: Evidence) -> Detected:
    """The first family of ``FAMILIES`` that recognises ``ev``, with the ModelSpec it implies.

    Raises ValueError (one line) when no family does, naming each and why, or when the tensors contradict
    themselves (several sources for one canonical name, heads that do not split).
    """
    reasons: list[str] = []
    for family in FAMILIES:
        view, renamed, why = view_of(family, ev)
        if view is not None:
            why = family.recognise(view)
        if why is not None:
            reasons.append(f"{family.name}: {why}")
            continue
        assert view is not None
        if renamed.collisions:
            c = "; ".join(f"{k} <- {', '.join(v)}" for k, v in renamed.collisions)
            raise ValueError(f"several source tensors map to one name: {c}")
        spec, notes, warnings = build_spec(family, view)
        return Detected(spec=spec, family=family, mapping=renamed.mapping, notes=notes, warnings=warnings)
    raise ValueError("no supported family recognises these tensors (" + "; ".join(reasons) + ")")
