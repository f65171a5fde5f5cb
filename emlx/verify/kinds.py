"""The sidecar kinds (docs/FORMATS.md "Sidecars"): for each, how the reference builds its document, what a
document must cover for the bundle's spec, and how a harness result is judged against it. ``KINDS`` is the one
table: ``emlx.verify.sidecars.build_sidecars`` builds from it, ``emlx.verify.sidecar_folder`` checks coverage with
it, ``emlx.verify.parity.judge`` judges with it; every harness runs the same kinds (js/harness/kinds.js
``KIND_RUNS``, emlx/runners/onnxruntime.py ``KIND_RUNS``; tests/test_registries.py holds them equal). A new
gate = a row here + a run in each harness.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

import numpy as np

from emlx.bundle import Bundle
from emlx.errors import EmlxInputError
from emlx.spec_schema import tap_names
from emlx.verify.gates import (GateResult, compare_decode, compare_greedy, compare_logits, compare_stream, compare_taps,
                               compare_tokenizer, nothing_compared)
from emlx.verify.plan import SidecarOptions, min_finite_window, tap_widths
from emlx.verify.quality import QUALITY_TEXT, quality_sidecar, text_windows
from emlx.verify.reference import ForwardOutput, GreedyOutput, Reference
from emlx.verify.sidecar_files import b64_array, file_name, from_b64_array, sidecar_header
from emlx.verify.sources import f32_reference, find_source_checkpoint


@dataclass
class BuildContext:
    """What every builder may use: the reference, the prompt, and the long continuation computed once."""

    bundle: Bundle
    ref: Reference
    opts: SidecarOptions
    prompt_ids: list[int]
    greedy: GreedyOutput  # the forward sidecar's greedy steps
    long_ids: list[int]  # the greedy ids repeated past the smallest window (plan.long_sequence)
    positions: list[int]  # positions of long_ids whose taps the layers sidecar keeps (plan.tap_positions)
    prefill: int  # kvcache prefill (plan.kvcache_prefill)
    cached: np.ndarray  # the reference's cached logits over long_ids (after the prefill, then per step)
    long_fwd: ForwardOutput  # one stateless forward over long_ids, taps at `positions`
    built: dict[str, dict[str, Any]] = field(default_factory=dict)  # sidecars built so far, by kind
    warnings: list[str] = field(default_factory=list)


#: ``judge(harness_result, sidecar_doc, atol) -> gates``; a KeyError/TypeError/ValueError becomes a failed gate.
Judge = Callable[[Mapping[str, Any], Mapping[str, Any], float], list[GateResult]]
#: ``requires(bundle, sidecar_doc) -> what is missing`` (empty = the sidecar covers what the bundle's spec needs).
Requires = Callable[[Bundle, Mapping[str, Any]], list[str]]


def _no_requirement(_b: Bundle, _d: Mapping[str, Any]) -> list[str]:
    return []


@dataclass(frozen=True)
class Kind:
    name: str
    build: Callable[[BuildContext], dict[str, Any] | None]  # None = not written (a warning may say why)
    judge: Judge | None  # None = not run by any harness (judged in Python only)
    applies: Callable[[Bundle], bool] = lambda _b: True  # whether a bundle can have this sidecar at all
    requires: Requires = _no_requirement  # coverage the bundle's spec needs, checked before any runtime starts
    gates: tuple[str, ...] = ()  # the gates judge() returns (named when the harness produced no result)


def _length(doc: Mapping[str, Any], key: str) -> int | None:
    v = doc.get(key)
    return len(v) if isinstance(v, list) else None


def _rows(obj: Any) -> int | None:
    shape = obj.get("shape") if isinstance(obj, Mapping) else None
    return int(shape[0]) if isinstance(shape, list) and shape and isinstance(shape[0], int) else None


# --------------------------------------------------------------------------------------------------
# tokenizer


def tokenizer_sidecar(bundle: Bundle, texts: Sequence[str]) -> dict[str, Any]:
    from emlx.tokcorpus import corpus_case_count, decode_cases, tokenizer_cases

    if not bundle.tokenizer:
        raise EmlxInputError("the bundle has no tokenizer; re-export with --tokenizer tokenizer.pkl")
    cases = tokenizer_cases(bundle.tokenizer, list(texts))
    coverage: dict[str, Any] = {"cases": len(cases), "corpus_cases": corpus_case_count(bundle.tokenizer)}
    decodes = decode_cases(bundle.tokenizer, cases)
    if not decodes:
        return {**sidecar_header("tokenizer", bundle, {}, coverage), "cases": cases}
    coverage["decodes"] = len(decodes)
    return {**sidecar_header("tokenizer", bundle, {}, coverage), "cases": cases, "decodes": decodes}


def _build_tokenizer(ctx: BuildContext) -> dict[str, Any] | None:
    if not ctx.bundle.tokenizer:
        ctx.warnings.append(f"bundle has no tokenizer: {file_name('tokenizer')} not written")
        return None
    return tokenizer_sidecar(ctx.bundle, ctx.opts.texts)


def _requires_tokenizer(bundle: Bundle, doc: Mapping[str, Any]) -> list[str]:
    from emlx.tokcorpus import corpus_case_count, corpus_case_keys, decode_case_count

    if not bundle.tokenizer:
        return []  # judged as a failing tokenizer/identity gate, not refused
    need = corpus_case_count(bundle.tokenizer)
    have = _length(doc, "cases")
    if have is None or have < need:
        return [f"{have or 0} tokenizer cases, the built-in corpus for this tokenizer has {need}"]
    seen = {(c.get("text"), c.get("special"), c.get("template") is True) for c in doc["cases"] if isinstance(c, Mapping)}
    lost = [k for k in corpus_case_keys(bundle.tokenizer) if k not in seen]
    if lost:
        texts = len({t for t, _, _ in lost})
        return [f"{texts} texts of the built-in corpus for this tokenizer missing (first {lost[0][0][:40]!r}, "
                f"special {lost[0][1]!r}{', template' if lost[0][2] else ''})"]
    need_dec = decode_case_count(bundle.tokenizer)
    have_dec = _length(doc, "decodes") or 0
    if have_dec < need_dec:
        return [f"{have_dec} decode cases, the built-in corpus for this tokenizer has {need_dec}"]
    return []


def _judge_tokenizer(result: Mapping[str, Any], doc: Mapping[str, Any], atol: float) -> list[GateResult]:
    gates = [compare_tokenizer("tokenizer", doc["cases"], [c["ids"] for c in result["tokenizer"]])]
    if doc.get("decodes"):
        decoded = result.get("tokenizer_decode")
        if decoded is None:
            gates.append(nothing_compared("tokenizer.decode", "the run returned no tokenizer_decode"))
        else:
            gates.append(compare_decode("tokenizer.decode", doc["decodes"], decoded))
        if "tokenizer_stream" in result:  # the JS harnesses stream; onnxruntime's Python runner has no streaming
            gates.append(compare_stream("tokenizer.stream", doc["decodes"], result["tokenizer_stream"] or []))
    return gates


# --------------------------------------------------------------------------------------------------
# forward: greedy decoding, one stateless forward per step


def forward_sidecar(bundle: Bundle, g: GreedyOutput, prompt: str, prompt_ids: list[int], bos: bool, steps: int,
                    atol: float) -> dict[str, Any]:
    coverage = {"steps": steps, "rows": int(g.step_logits.shape[0])}
    return {**sidecar_header("forward", bundle, {"logits_atol": atol}, coverage), "prompt": prompt, "bos": bos,
            "prompt_ids": prompt_ids, "ids": g.ids, "steps": steps, "step_logits": b64_array(g.step_logits),
            "argmax": [int(i) for i in g.generated], "margins": [float(m) for m in g.margins]}


def _build_forward(ctx: BuildContext) -> dict[str, Any]:
    o = ctx.opts
    return forward_sidecar(ctx.bundle, ctx.greedy, o.prompt, ctx.prompt_ids, o.bos, o.tokens, o.atol)


def _requires_forward(bundle: Bundle, doc: Mapping[str, Any]) -> list[str]:
    steps, argmax, rows = doc.get("steps"), _length(doc, "argmax"), _rows(doc.get("step_logits"))
    if not isinstance(steps, int) or steps < 1:
        return [f"{steps} greedy steps, at least 1 needed"]
    if not (rows == steps == argmax):
        return [f"{steps} steps but {rows} logit rows and {argmax} argmax ids (they must be equal)"]
    return []


def _judge_forward(result: Mapping[str, Any], doc: Mapping[str, Any], atol: float) -> list[GateResult]:
    ref = from_b64_array(doc["step_logits"], f"{file_name('forward')} step_logits")
    got = from_b64_array(result["forward"]["step_logits"], "harness forward.step_logits")
    return [compare_logits("forward.logits", ref, got, atol),
            compare_greedy("forward.greedy", doc["argmax"], result["forward"]["argmax"], doc["margins"], atol)]


# --------------------------------------------------------------------------------------------------
# layers: per-layer activation taps over the long sequence, so a window bug is localised to its first tap


def layers_sidecar(bundle: Bundle, out: ForwardOutput, ids: list[int], positions: list[int], atol: float) -> dict[str, Any]:
    """Every tap of the spec over ``ids``, at ``positions`` (the rows ``out.taps`` holds)."""
    names = tap_names(bundle.spec.n_layer)
    missing = [n for n in names if n not in out.taps]
    if missing:
        raise RuntimeError(f"reference did not produce taps {missing}")
    coverage = {"taps": names, "positions": len(positions), "ids": len(ids)}
    return {**sidecar_header("layers", bundle, {"atol": atol}, coverage), "ids": ids, "positions": positions,
            "order": names, "taps": {n: b64_array(out.taps[n]) for n in names}}


def _build_layers(ctx: BuildContext) -> dict[str, Any]:
    return layers_sidecar(ctx.bundle, ctx.long_fwd, ctx.long_ids, ctx.positions, ctx.opts.atol)


def _positions(doc: Mapping[str, Any]) -> list[int] | None:
    """The layers sidecar's ``positions``: sorted distinct ints inside ``ids``, else None."""
    T = _length(doc, "ids") or 0
    pos = doc.get("positions")
    if not isinstance(pos, list) or not pos or not all(isinstance(p, int) and not isinstance(p, bool) for p in pos):
        return None
    if pos != sorted(set(pos)) or pos[0] < 0 or pos[-1] >= T:
        return None
    return pos


def _requires_layers(bundle: Bundle, doc: Mapping[str, Any]) -> list[str]:
    raw_taps, raw_order = doc.get("taps"), doc.get("order")
    taps: Mapping[str, Any] = raw_taps if isinstance(raw_taps, Mapping) else {}
    order: list[Any] = raw_order if isinstance(raw_order, list) else []
    T = _length(doc, "ids") or 0
    pos = _positions(doc)
    if pos is None:
        return [f"positions {str(doc.get('positions'))[:60]} are not sorted distinct positions of the {T} ids"]
    out: list[str] = []
    w = min_finite_window(bundle.spec)
    edge = [p for p in (w - 1, w, w + 1) if p < T] if w is not None else []
    lost = [p for p in [0, T - 1, *edge] if p not in pos]
    if lost:
        out.append(f"positions miss {lost} (the first and last position and the smallest window's edge are needed)")
    missing: list[str] = []
    wrong: list[str] = []
    for name, width in tap_widths(bundle.spec).items():
        if name not in taps or name not in order:
            missing.append(name)
            continue
        tap = taps[name]
        shape = tap.get("shape") if isinstance(tap, Mapping) else None
        n = int(np.prod(shape)) if isinstance(shape, list) and all(isinstance(d, int) for d in shape) else None
        if T < 1 or n != len(pos) * width:
            wrong.append(f"{name} has {n} elements, expected {len(pos)} positions x {width}")
    if missing:
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        out.append(f"{len(missing)} taps of the spec missing ({shown})")
    if wrong:
        out.append(wrong[0] + (f" (and {len(wrong) - 1} more taps)" if len(wrong) > 1 else ""))
    return out


def _judge_layers(result: Mapping[str, Any], doc: Mapping[str, Any], atol: float) -> list[GateResult]:
    """Every harness returns each tap at the sidecar's ``positions``: the rows the sidecar holds."""
    ref = {n: from_b64_array(a, f"{file_name('layers')} {n}") for n, a in doc["taps"].items()}
    got = {n: from_b64_array(a, f"harness tap {n}") for n, a in (result.get("layers") or {}).items()}
    return [compare_taps("layers", ref, got, doc["order"], atol)]


# --------------------------------------------------------------------------------------------------
# kvcache: cached decoding vs the reference and vs the port's own stateless forward


def kvcache_sidecar(bundle: Bundle, ids: list[int], prefill: int, cached: np.ndarray, stateless_logits: np.ndarray,
                    atol: float) -> dict[str, Any]:
    """``stateless_logits``: one stateless forward over all ``ids`` (rows from ``prefill - 1`` are compared)."""
    diff = float(np.max(np.abs(cached - stateless_logits[prefill - 1:])))
    # the reference's own stateless rows equal these to ~1e-14, so only the cached rows are stored
    coverage = {"ids": len(ids), "prefill": prefill, "cached_rows": int(cached.shape[0]),
                "min_window": min_finite_window(bundle.spec)}
    return {**sidecar_header("kvcache", bundle, {"logits_atol": atol}, coverage), "ids": ids, "prefill": prefill,
            "cached_logits": b64_array(cached),
            "max_abs_cached_vs_stateless": diff}


def _build_kvcache(ctx: BuildContext) -> dict[str, Any]:
    return kvcache_sidecar(ctx.bundle, ctx.long_ids, ctx.prefill, ctx.cached, ctx.long_fwd.logits, ctx.opts.atol)


def _requires_kvcache(bundle: Bundle, doc: Mapping[str, Any]) -> list[str]:
    L, prefill, rows = _length(doc, "ids"), doc.get("prefill"), _rows(doc.get("cached_logits"))
    w = min_finite_window(bundle.spec)
    if L is None or not isinstance(prefill, int) or not 1 <= prefill <= L:
        return [f"{L} ids with prefill {prefill} (need 1 <= prefill <= ids)"]
    if w is not None and L <= w:
        return [f"{L} ids do not reach past the smallest window {w} (need more than {w})"]
    if rows != L - prefill + 1:
        return [f"{rows} cached rows, expected {L - prefill + 1} (ids {L} - prefill {prefill} + 1)"]
    return []


def _judge_kvcache(result: Mapping[str, Any], doc: Mapping[str, Any], atol: float) -> list[GateResult]:
    ref = from_b64_array(doc["cached_logits"], f"{file_name('kvcache')} cached_logits")
    cached = from_b64_array(result["kvcache"]["cached_logits"], "harness kvcache.cached_logits")
    stateless = from_b64_array(result["kvcache"]["stateless_logits"], "harness kvcache.stateless_logits")
    return [compare_logits("kvcache.logits", ref, cached, atol),
            compare_logits("kvcache.cached_vs_stateless", stateless, cached, atol)]


# --------------------------------------------------------------------------------------------------
# quality: a quantised (int8 / q4) bundle against its float32 source (reported and thresholded, not run by a harness)


def _build_quality(ctx: BuildContext) -> dict[str, Any] | None:
    b, o = ctx.bundle, ctx.opts
    f32 = o.f32 if o.f32 is not None else find_source_checkpoint(b, o.bundle_path)
    if f32 is None:
        ctx.warnings.append(f"quantised bundle: its source checkpoint {b.source.get('file')!r} is not beside the bundle; "
                            f"pass --f32 F32_BUNDLE_OR_CHECKPOINT to also write {file_name('quality')} (quality vs "
                            "float32)")
        return None
    sequences: list[tuple[str, list[int]]] = [("prompt", list(ctx.built["forward"]["ids"]))]
    if b.tokenizer:
        sequences += [("text", w) for w in text_windows(b, o.quality_text or QUALITY_TEXT)]
    else:
        ctx.warnings.append(f"bundle has no tokenizer: {file_name('quality')} compares the prompt only, not the text")
    return quality_sidecar(b, ctx.ref, f32_reference(Path(f32), b), sequences, Path(f32).name)


KINDS: dict[str, Kind] = {
    "tokenizer": Kind("tokenizer", _build_tokenizer, _judge_tokenizer, requires=_requires_tokenizer,
                      gates=("tokenizer",)),
    "forward": Kind("forward", _build_forward, _judge_forward, requires=_requires_forward,
                    gates=("forward.logits", "forward.greedy")),
    "layers": Kind("layers", _build_layers, _judge_layers, requires=_requires_layers, gates=("layers",)),
    "kvcache": Kind("kvcache", _build_kvcache, _judge_kvcache, requires=_requires_kvcache,
                    gates=("kvcache.logits", "kvcache.cached_vs_stateless")),
    "quality": Kind("quality", _build_quality, None, applies=lambda b: b.is_quantized),
}


def run_kinds(bundle: Bundle) -> list[str]:
    """The kinds a harness runs for this bundle, in table order."""
    return [k for k, kind in KINDS.items() if kind.judge is not None and kind.applies(bundle)
            and not (k == "tokenizer" and not bundle.tokenizer)]
