"""JSON that every JavaScript ``JSON.parse`` accepts: no NaN or Infinity, ever, in a file emlx writes.

Python's ``json`` writes ``NaN``/``Infinity`` tokens by default; no other JSON parser reads them. Metadata that
emlx copies from elsewhere (a nanochat ``meta_*.json``, overrides) goes through :func:`sanitize` (non-finite
numbers become ``null``, with a warning naming where); everything that writes a file goes through
:func:`dumps` (``allow_nan=False``; a non-finite number left over is an EmlxInputError naming its path).
"""

from __future__ import annotations

import json
import math
from typing import Any

from emlx.errors import EmlxInputError


def _is_bad(v: Any) -> bool:
    return isinstance(v, float) and not math.isfinite(v)


def nonfinite_paths(obj: Any, prefix: str = "$", limit: int = 10) -> list[str]:
    """JSONPath-like locations of NaN/Infinity floats inside ``obj`` (at most ``limit``)."""
    out: list[str] = []
    stack: list[tuple[str, Any]] = [(prefix, obj)]
    seen = 0
    while stack and len(out) < limit and seen < 1_000_000:
        seen += 1
        where, v = stack.pop()
        if _is_bad(v):
            out.append(f"{where} = {v}")
        elif isinstance(v, dict):
            stack.extend((f"{where}.{k}", x) for k, x in reversed(list(v.items())))
        elif isinstance(v, (list, tuple)):
            stack.extend((f"{where}[{i}]", x) for i, x in reversed(list(enumerate(v))))
    return out


def sanitize(obj: Any, where: str, warnings: list[str] | None = None, _depth: int = 0) -> Any:
    """A copy of ``obj`` with NaN/Infinity floats replaced by None; one warning per replaced value."""
    if _depth > 200:
        raise EmlxInputError(f"{where}: nested more than 200 levels deep; expected plain metadata")
    if _is_bad(obj):
        if warnings is not None:
            warnings.append(f"{where} is {obj}, which JSON cannot hold; written as null")
        return None
    if isinstance(obj, dict):
        return {k: sanitize(v, f"{where}.{k}", warnings, _depth + 1) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [sanitize(v, f"{where}[{i}]", warnings, _depth + 1) for i, v in enumerate(obj)]
    return obj


def dumps(obj: Any, what: str = "output", **kwargs: Any) -> str:
    """``json.dumps(obj, allow_nan=False, **kwargs)``; a NaN/Infinity is an EmlxInputError naming where it is."""
    try:
        return json.dumps(obj, allow_nan=False, **kwargs)
    except ValueError as e:
        bad = nonfinite_paths(obj)
        if not bad:
            raise
        raise EmlxInputError(f"{what}: cannot be written as JSON, it holds non-finite numbers ({', '.join(bad)}); "
                             "JSON has no NaN/Infinity: fix the value that produced it") from e
