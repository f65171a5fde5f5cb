"""Whether a model fits a JS backend's memory, decided before any runtime starts (the arithmetic, not a crash).

The wasm backend (Node and Chromium alike) runs the TF.js port's wasm engine (js/src/wasm-executor.js), which
computes inside one WebAssembly memory of its own that cannot exceed 4 GiB (wasm32: 65536 pages of 64 KiB). Its
layout is one definition shared by both languages, the heap plan ``SCHEMA["heap"]`` (emlx/spec_schema.py, emitted
to js/src/spec-table.js and read by js/src/recipe.js): every weight as the bundle stores it (float32: 4 bytes;
int8: 1 byte plus a float32 scale per row), the RoPE tables, the scratch block of the largest pass (its
activations, the int8 dequantisation buffer, the GEMM's panels), and per-layer KV caches grown by the engine's
policy (``reserve_cache``, the same rule as recipe.js ``reserveCache``). This module computes those bytes exactly
as the engine allocates them (tests/test_heap_plan.py runs the engine and compares), and a model whose sum exceeds
the memory is refused with that sum, so it is never reported as a numeric divergence or a crash half-way through.
Other backends keep their own limits (GPU memory, the process's RAM), which emlx cannot read up front; they are not
checked here.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Iterator, Mapping, Sequence

from emlx.bundle import parse_q4_tag, q4_tag
from emlx.q4 import Q4Layout
from emlx.errors import EmlxInputError
from emlx.spec_schema import SCHEMA, applies

HEAP: Mapping[str, Any] = SCHEMA["heap"]
WASM_HEAP_LIMIT = int(HEAP["max_bytes"])
#: besides the live blocks: the heap's reserved first bytes and room for fragmentation (freed scratch blocks of
#: earlier, shorter passes) — the cache buffers a growing cache left behind are counted separately (half the caches)
WASM_OVERHEAD = 16 * 2**20

_HOST = [re.compile("^" + re.escape(p).replace(re.escape("{i}"), r"\d+") + "$") for p in HEAP["host"]]


def is_host_tensor(name: str) -> bool:
    """Tensors the engine reads into JS numbers or small host arrays (never on its heap)."""
    return any(p.match(name) for p in _HOST)


def align_up(n: int) -> int:
    a = int(HEAP["align"])
    return -(-int(n) // a) * a


def _block(n: int) -> int:
    """Bytes of one allocation of n bytes (js/src/heap.js alloc: at least one aligned unit)."""
    return max(int(HEAP["align"]), align_up(n))


def pow2ceil(n: int) -> int:
    p = 1
    while p < n:
        p *= 2
    return p


@dataclass(frozen=True)
class MemoryEstimate:
    weights: int
    activations: int  # the scratch block of the largest pass
    caches: int
    rope: int
    tokens: int  # the longest pass

    @property
    def live(self) -> int:
        """What the engine has allocated at the end of the run (compared with it by tests/test_heap_plan.py)."""
        return self.weights + self.activations + self.caches + self.rope

    @property
    def total(self) -> int:
        """The memory the engine may need: the live blocks, the cache buffers left behind as they grew, overhead."""
        return self.live + self.caches // 2 + WASM_OVERHEAD


def heap_dtypes(weights: Mapping[str, Any]) -> dict[str, str]:
    """The dtypes the estimate reads from a bundle's tensors: ``float32``, ``int8``, or a q4 tensor's ``q4_tag``
    (``q4/32/float16/symmetric``: its group size sets its resident bytes)."""
    return {k: (q4_tag(t.q4_layout) if t.dtype == "q4" and t.q4_layout is not None else t.dtype)
            for k, t in weights.items()}


def _is_quant(dtype: str | None) -> bool:
    return dtype is not None and (dtype == "int8" or dtype.startswith("q4"))


def weight_bytes(shapes: Mapping[str, tuple[int, ...]], dtypes: Mapping[str, str], int8_resident: bool = True) -> int:
    """Heap bytes of the weights on the wasm engine: float32 4/element; when resident, int8 1/element + 4 per row
    and q4 (dtype a ``q4_tag``) 1/2 per element + 8 per group (a float32 scale and offset), two allocations each;
    each allocation aligned; host tensors (lambdas, gates, scalars) take none."""
    total = 0
    for name, shape in shapes.items():
        if is_host_tensor(name):
            continue
        n = math.prod(shape) if shape else 1
        dtype = dtypes.get(name) or ""
        layout = parse_q4_tag(dtype)
        if dtype.startswith("q4") and layout is None:
            raise ValueError(f"weight {name!r}: dtype 'q4' without its layout; pass heap_dtypes(bundle.weights)")
        if dtype == "int8" and int8_resident:
            total += _block(n) + _block(4 * (shape[0] if shape else 1))
        elif layout is not None and int8_resident:
            total += _block(n // 2) + _block(8 * (n // layout.group_size))
        else:
            total += _block(4 * n)
    return total


def _quant_linears(spec: Mapping[str, Any], shapes: Mapping[str, tuple[int, ...]],
                   dtypes: Mapping[str, str]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(tensor name, its HEAP["linear"] row) of every int8 or q4 linear the spec's passes multiply by."""
    for row in HEAP["linear"]:
        if "when" in row and not applies(row["when"], spec, None):
            continue
        names = [row["name"].replace("{i}", str(i)) for i in range(int(spec["n_layer"]))] if "{i}" in row["name"] \
            else [row["name"]]
        for name in names:
            if name in shapes and _is_quant(dtypes.get(name)):
                yield name, row


def largest_quant_linear(spec: Mapping[str, Any], shapes: Mapping[str, tuple[int, ...]], dtypes: Mapping[str, str],
                         int8_resident: bool) -> int:
    """Elements of the largest resident int8 or q4 weight a pass multiplies by several rows (the scratch's "deq"
    region, where it is dequantised for the float32 GEMM)."""
    if not int8_resident:
        return 0
    return max(((int(spec[row["rows"]]) if "rows" in row else int(shapes[name][0])) * int(shapes[name][1])
                for name, row in _quant_linears(spec, shapes, dtypes)), default=0)


def widest_quant_input(spec: Mapping[str, Any], shapes: Mapping[str, tuple[int, ...]], dtypes: Mapping[str, str],
                       int8_resident: bool) -> int:
    """The most columns of a resident int8 or q4 linear (its decode passes quantise x rows that wide: "XQ")."""
    if not int8_resident:
        return 0
    return max((int(shapes[name][1]) for name, _ in _quant_linears(spec, shapes, dtypes)), default=0)


def quant_x_floats(width: int) -> int:
    """Floats of one quant_x row of `width` values (js/src/kernels quant_x_row_bytes / 4); 0 for width 0."""
    return 4 + 16 * -(-width // 16) + 4 * -(-width // 128) if width else 0


def _dim(sym: str | int, spec: Mapping[str, Any], pass_: Mapping[str, int]) -> int:
    if isinstance(sym, int):
        return sym
    if sym in pass_:
        return pass_[sym]
    out = 1
    for field in SCHEMA["dims"][sym]:
        cur: Any = spec
        for part in field.split("."):
            cur = cur[part]
        out *= int(cur)
    return out


def scratch_bytes(spec: Mapping[str, Any], T: int, R: int, K: int, I8: int, stateless: bool, XQ: int = 0) -> int:
    """The scratch block of one pass (js/src/recipe.js scratchPlan): the heap plan's regions, each aligned."""
    pass_ = {"T": T, "R": R, "K": K, "I8": I8, "XQ": XQ}
    total = 0
    for r in HEAP["scratch"]:
        when = r.get("when", {})
        if "stateless" in when and when["stateless"] != stateless:
            continue
        if "rows_at_least" in when and T < when["rows_at_least"]:
            continue
        if "spec" in when and not applies(when["spec"], spec, None):
            continue
        size = r["bytes"] if "bytes" in r else 4 * math.prod(_dim(s, spec, pass_) for s in r["floats"])
        total += align_up(size)
    return total


def rope_rows(spec: Mapping[str, Any], needed: int) -> int:
    """Rows of the RoPE tables holding positions 0..needed-1 (js/src/recipe.js ropeRows)."""
    return max(min(int(spec["sequence_len"]), int(HEAP["rope"]["first_rows"])), pow2ceil(max(1, needed)))


def reserve_cache(cap: int, start: int, length: int, n: int, max_keep: float) -> tuple[int, int, int]:
    """One layer's cache state (rows per kv head) after making room for n new rows (js/src/recipe.js
    reserveCache): unchanged when they fit; compacted when that leaves the buffer half free; else a new buffer."""
    if start + length + n <= cap:
        return cap, start, length
    keep = int(min(length, max_keep))
    if cap > 0 and cap >= 2 * keep + n:
        return cap, 0, keep
    nxt = max(int(HEAP["cache"]["min_rows"]), 2 * cap, keep + n)
    if max_keep != math.inf:
        nxt = max(keep + n, min(nxt, int(2 * max_keep) + n + int(HEAP["cache"]["slack_rows"])))
    return nxt, 0, keep


def kvcache_steps(tokens: int) -> list[int]:
    """The cached passes of the harness's kvcache run over `tokens` ids: a prefill of all but the last 16 (at least
    one token), then single tokens (docs/FORMATS.md "Sidecars", kvcache.json)."""
    prefill = max(1, tokens - 16)
    return [prefill] + [1] * (tokens - prefill)


def estimate(spec: Any, shapes: Mapping[str, tuple[int, ...]], dtypes: Mapping[str, str], tokens: int,
             int8_resident: bool = True, steps: Sequence[int] | None = None) -> MemoryEstimate:
    """The wasm engine's heap after a stateless pass of `tokens` tokens with every tap and a cached run fed `steps`
    tokens at a time (default: the harness's kvcache run, ``kvcache_steps``)."""
    s: Mapping[str, Any] = spec.normalized() if hasattr(spec, "normalized") else spec
    steps = list(kvcache_steps(tokens) if steps is None else steps)
    i8 = largest_quant_linear(s, shapes, dtypes, int8_resident)
    xq = quant_x_floats(widest_quant_input(s, shapes, dtypes, int8_resident))
    scratch = scratch_bytes(s, tokens, tokens, tokens, i8, True, xq)
    max_keep = [math.inf if w is None else int(w) - 1 for w in s["window"]]
    state = [(0, 0, 0)] * len(max_keep)
    for n in steps:
        keys = max(int(min(length, mk)) for (_, _, length), mk in zip(state, max_keep)) + n
        scratch = max(scratch, scratch_bytes(s, n, 1, keys, i8, False, xq))
        nxt = []
        for (cap, start, length), mk in zip(state, max_keep):
            cap, start, length = reserve_cache(cap, start, length, n, mk)
            length += n
            keep = int(min(length, mk))
            nxt.append((cap, start + length - keep, keep))
        state = nxt
    kvd = int(s["n_kv_head"]) * int(s["head_dim"])
    caches = sum(2 * _block(4 * kvd * cap) for cap, _, _ in state if cap)
    rope = 0
    if s["rope"] is not None:
        rd = s["rope"]["rotary_dim"] or int(s["head_dim"])
        rope = 2 * _block(4 * rope_rows(s, max(tokens, sum(steps))) * rd)
    return MemoryEstimate(weights=weight_bytes(shapes, dtypes, int8_resident), activations=scratch, caches=caches,
                          rope=rope, tokens=tokens)


def _gb(b: int) -> str:
    return f"{b / 1e9:.2f} GB"


def check_wasm_fits(where: str, spec: Any, shapes: Mapping[str, tuple[int, ...]], dtypes: Mapping[str, str],
                    tokens: int, int8_resident: bool = True) -> MemoryEstimate:
    """Refuse (EmlxInputError, exit 2) a model whose weights, activations and caches exceed the wasm heap."""
    est = estimate(spec, shapes, dtypes, tokens, int8_resident)
    if est.total <= WASM_HEAP_LIMIT:  # (read at call time: tests lower it)
        return est
    kinds = sorted({"q4" if d.startswith("q4") else d for d in dtypes.values() if _is_quant(d)}) or ["float32"]
    two_d = {k: len(s) == 2 for k, s in shapes.items()}
    g32 = q4_tag(Q4Layout(32, "float16", False))  # what `emlx export --q4` writes
    q4 = weight_bytes(shapes, {k: (g32 if two_d[k] and shapes[k][1] % 32 == 0 else "float32") for k in shapes})
    if "q4" in kinds:
        fix = "use a smaller model or gate a shorter sequence"
    elif "int8" in kinds:
        fix = f"export with --q4 (its weights stay q4 on wasm: {_gb(q4)}), use a smaller model or gate a shorter sequence"
    else:
        int8 = weight_bytes(shapes, {k: ("int8" if two_d[k] else "float32") for k in shapes})
        fix = f"export with --int8 or --q4 (their weights stay quantised on wasm: {_gb(int8)} / {_gb(q4)})"
    raise EmlxInputError(
        f"{where} cannot hold this model: weights {_gb(est.weights)} ({' + '.join(kinds)}) + "
        f"activations ~{_gb(est.activations)} for the {tokens}-token pass + KV caches ~{_gb(est.caches + est.caches // 2)} + "
        f"RoPE tables {_gb(est.rope)} + {WASM_OVERHEAD >> 20} MB = {_gb(est.total)}, over the "
        f"{WASM_HEAP_LIMIT / 2**30:.3g} GiB a wasm heap can have; {fix}")
