"""Whether a model fits a JS backend's memory, decided before any runtime starts (the arithmetic, not a crash).

The wasm backend (Node and Chromium alike) computes inside one WebAssembly memory that cannot exceed 4 GiB
(wasm32: 65536 pages of 64 KiB). The TF.js port's wasm engine (js/src/engine.js) holds there: every weight as the
bundle stores it (float32: 4 bytes; int8: 1 byte plus a float32 scale per row), the scratch of the longest pass
(its activations, grown by doubling), and per-layer KV caches of at most about twice the tokens they serve. A model
whose sum exceeds the heap is refused with that sum, so it is never reported as a numeric divergence or a crash
half-way through. Other backends keep their own limits (GPU memory, the process's RAM), which emlx cannot read
up front; they are not checked here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

import numpy as np

from emlx.errors import EmlxInputError

WASM_HEAP_LIMIT = 4 * 2**30
#: what the heap holds besides the model: TF.js's own state, the tokenizer, small tensors (measured ~40 MB)
WASM_OVERHEAD = 64 * 2**20


@dataclass(frozen=True)
class MemoryEstimate:
    weights: int
    activations: int
    caches: int
    tokens: int  # the longest pass

    @property
    def total(self) -> int:
        return self.weights + self.activations + self.caches + WASM_OVERHEAD


def weight_bytes(shapes: Mapping[str, tuple[int, ...]], dtypes: Mapping[str, str], int8_resident: bool = True) -> int:
    """Bytes of the weights on the wasm engine: float32 4/element; int8 1/element + 4 per row when resident."""
    total = 0
    for name, shape in shapes.items():
        n = int(np.prod(shape)) if shape else 1
        if dtypes.get(name) == "int8" and int8_resident:
            total += 4 * ((n + 3) // 4) + 4 * (shape[0] if shape else 1)
        else:
            total += 4 * n
    return total


def estimate(spec: Any, shapes: Mapping[str, tuple[int, ...]], dtypes: Mapping[str, str], tokens: int,
             int8_resident: bool = True) -> MemoryEstimate:
    """The wasm engine's heap for a pass of `tokens` tokens (the same plan as engine.js's scratch, doubled for its
    growth) and KV caches of 2 x min(window, tokens) + tokens rows per layer."""
    C, H, KV, D, hidden, V = spec.n_embd, spec.n_head, spec.n_kv_head, spec.head_dim, spec.mlp_hidden, spec.vocab_size
    per_token = 6 * C + 3 * H * D + hidden + 3 * KV * D
    scratch = 4 * (tokens * per_token + tokens * V)
    rows = 0
    for w in spec.window:
        keep = tokens if w is None else min(int(w), tokens)
        rows += min(2 * keep + tokens, 2 * tokens + 16)
    caches = 4 * 2 * KV * D * rows
    return MemoryEstimate(weights=weight_bytes(shapes, dtypes, int8_resident), activations=2 * scratch, caches=caches,
                          tokens=tokens)


def _gb(b: int) -> str:
    return f"{b / 1e9:.2f} GB"


def check_wasm_fits(where: str, spec: Any, shapes: Mapping[str, tuple[int, ...]], dtypes: Mapping[str, str],
                    tokens: int, int8_resident: bool = True) -> MemoryEstimate:
    """Refuse (EmlxInputError, exit 2) a model whose weights, activations and caches exceed the wasm heap."""
    est = estimate(spec, shapes, dtypes, tokens, int8_resident)
    if est.total <= WASM_HEAP_LIMIT:  # (read at call time: tests lower it)
        return est
    has_int8 = any(d == "int8" for d in dtypes.values())
    if has_int8:
        fix = "use a smaller model or gate a shorter sequence"
    else:
        int8 = weight_bytes(shapes, {k: ("int8" if len(s) == 2 else "float32") for k, s in shapes.items()})
        fix = f"export with --int8 (its weights stay int8 on wasm: {_gb(int8)})"
    raise EmlxInputError(
        f"{where} cannot hold this model: weights {_gb(est.weights)} ({'int8' if has_int8 else 'float32'}) + "
        f"activations ~{_gb(est.activations)} for the {tokens}-token pass + KV caches ~{_gb(est.caches)} + "
        f"{WASM_OVERHEAD >> 20} MB = {_gb(est.total)}, over the {WASM_HEAP_LIMIT / 2**30:.3g} GiB a wasm heap can "
        f"have; {fix}")
