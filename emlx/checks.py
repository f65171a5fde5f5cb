"""Checks on canonical tensors before detection and export, each one EmlxInputError line naming the tensor.

* ranks: every canonical tensor has the rank its name implies (a 1-D ``wte.weight`` must not reach detection).
* finiteness: a NaN or Infinity in a checkpoint is corruption or a diverged run, and a bundle carrying one can
  pass parity whenever the prompt never reads that row, so it is refused.
"""

from __future__ import annotations

from typing import Mapping

import numpy as np

from emlx.errors import EmlxInputError


def all_finite(a: np.ndarray, chunk: int = 1 << 22) -> bool:
    """Whether every value of ``a`` is finite, checked a chunk at a time (no tensor-sized temporary)."""
    flat = a.reshape(-1)
    return all(bool(np.isfinite(flat[i:i + chunk]).all()) for i in range(0, flat.size, chunk))


def expected_rank(name: str) -> tuple[str, tuple[int, ...]]:
    """``(description, allowed ranks)`` for a canonical tensor name."""
    if name.endswith(".bias") or name.endswith("norm.weight"):  # biases; norm gains (attn_norm, final_norm, q_norm ...)
        return "a 1-D vector", (1,)
    if name.endswith(".weight"):
        return "a 2-D matrix", (2,)
    if name in ("resid_lambdas", "x0_lambdas"):
        return "a 1-D vector (one value per layer)", (1,)
    return "a scalar (shape [] or [1])", (0, 1)


def check_ranks(shapes: Mapping[str, tuple[int, ...]], source: str, source_names: Mapping[str, str] | None = None) -> None:
    """Raise EmlxInputError for the first canonical tensor whose rank (or emptiness) its role cannot have
    (from the shapes alone: a lazily read checkpoint is checked before any tensor is read)."""
    for name in sorted(shapes):
        shape = tuple(shapes[name])
        what, ranks = expected_rank(name)
        src = (source_names or {}).get(name, name)
        label = name if src == name else f"{name} (stored as {src})"
        problem = None
        if len(shape) not in ranks:
            problem = f"is {len(shape)}-D with shape {list(shape)}"
        elif 0 in shape:
            problem = f"is empty (shape {list(shape)})"
        elif ranks == (0, 1) and len(shape) == 1 and shape[0] != 1:
            problem = f"has shape {list(shape)}"
        if problem:
            raise EmlxInputError(f"{source}: tensor {label} {problem}, expected {what}; the checkpoint does not hold "
                                 "a GPT of a supported family (re-save it from the model's state_dict)")


def first_nonfinite(w: np.ndarray) -> tuple[int, tuple[int, ...], float] | None:
    """``(count, first index, value)`` of the non-finite entries of ``w`` (C order), or None if all are finite."""
    bad = ~np.isfinite(w)
    if not bad.any():
        return None
    flat = int(np.argmax(bad.ravel()))
    index = tuple(int(i) for i in np.unravel_index(flat, w.shape)) if w.ndim else ()
    return int(bad.sum()), index, float(w.ravel()[flat])


def check_finite(tensors: Mapping[str, np.ndarray], source: str, source_names: Mapping[str, str] | None = None) -> None:
    """Raise EmlxInputError naming the first tensor (sorted by name) holding a NaN or +-Infinity."""
    for name in sorted(tensors):
        found = first_nonfinite(tensors[name])
        if found is None:
            continue
        count, index, value = found
        src = (source_names or {}).get(name, name)
        label = name if src == name else f"{name} (stored as {src})"
        others = [n for n in sorted(tensors) if n != name and first_nonfinite(tensors[n]) is not None]
        more = f"; {len(others)} other tensor(s) too: {', '.join(others[:4])}" if others else ""
        raise EmlxInputError(
            f"{source}: tensor {label} has {count} non-finite value(s) of {tensors[name].size}, the first {value} at "
            f"index {list(index)}{more}; expected finite weights (the run diverged or the file is corrupt): export "
            "an earlier checkpoint or repair the tensor")
