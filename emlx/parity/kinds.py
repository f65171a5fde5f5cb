"""The sidecar kinds (docs/FORMATS.md "Sidecars"): for each, how the reference builds it and how a harness result
is judged against it. ``KINDS`` is the one table; ``build_sidecars`` and ``judge`` loop over it, and
js/harness/run.js has the matching ``{kind: run}`` table. A new gate = a build and a judge here + a run there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

import numpy as np

from emlx.bundle import Bundle
from emlx.parity.gates import GateResult, compare_greedy, compare_logits, compare_taps, compare_tokenizer
from emlx.parity.reference import ForwardOutput, Reference
from emlx.parity.sidecars import (
    SidecarOptions,
    _f32_reference,
    find_source_checkpoint,
    forward_sidecar,
    from_b64_array,
    int8_sidecar,
    kvcache_sidecar,
    layers_sidecar,
    tokenizer_sidecar,
)


@dataclass
class BuildContext:
    """What every builder may use: the reference, the prompt, and the long continuation computed once."""

    bundle: Bundle
    ref: Reference
    opts: SidecarOptions
    prompt_ids: list[int]
    long_ids: list[int]  # the prompt continued through the KV cache past the smallest window
    cached: np.ndarray  # cached logits over long_ids (after the prefill, then per step)
    long_fwd: ForwardOutput  # one stateless forward with taps over long_ids
    built: dict[str, dict[str, Any]] = field(default_factory=dict)  # sidecars built so far, by kind
    warnings: list[str] = field(default_factory=list)


#: ``judge(harness_result, sidecar_doc, atol) -> gates``; a KeyError/TypeError/ValueError becomes a failed gate.
Judge = Callable[[Mapping[str, Any], Mapping[str, Any], float], list[GateResult]]


@dataclass(frozen=True)
class Kind:
    name: str
    build: Callable[[BuildContext], dict[str, Any] | None]  # None = not written (a warning may say why)
    judge: Judge | None  # None = not run by the harness (judged in Python only)
    applies: Callable[[Bundle], bool] = lambda _b: True  # whether a bundle can have this sidecar at all


# --------------------------------------------------------------------------------------------------
# tokenizer


def _build_tokenizer(ctx: BuildContext) -> dict[str, Any] | None:
    if not ctx.bundle.tokenizer:
        ctx.warnings.append("bundle has no tokenizer: tokenizer.json not written")
        return None
    return tokenizer_sidecar(ctx.bundle, ctx.opts.texts)


def _judge_tokenizer(result: Mapping[str, Any], doc: Mapping[str, Any], atol: float) -> list[GateResult]:
    return [compare_tokenizer("tokenizer", doc["cases"], [c["ids"] for c in result["tokenizer"]])]


# --------------------------------------------------------------------------------------------------
# forward: greedy decoding, one stateless forward per step


def _build_forward(ctx: BuildContext) -> dict[str, Any]:
    o = ctx.opts
    return forward_sidecar(ctx.bundle, ctx.ref, o.prompt, ctx.prompt_ids, o.bos, o.tokens, o.atol)


def _judge_forward(result: Mapping[str, Any], doc: Mapping[str, Any], atol: float) -> list[GateResult]:
    ref = from_b64_array(doc["step_logits"], "forward.json step_logits")
    got = from_b64_array(result["forward"]["step_logits"], "harness forward.step_logits")
    return [compare_logits("forward.logits", ref, got, atol),
            compare_greedy("forward.greedy", doc["argmax"], result["forward"]["argmax"], doc["margins"], atol)]


# --------------------------------------------------------------------------------------------------
# layers: per-layer activation taps over the long sequence, so a window bug is localised to its first tap


def _build_layers(ctx: BuildContext) -> dict[str, Any]:
    return layers_sidecar(ctx.bundle, ctx.long_fwd, ctx.long_ids, ctx.opts.atol)


def _judge_layers(result: Mapping[str, Any], doc: Mapping[str, Any], atol: float) -> list[GateResult]:
    ref = {n: from_b64_array(a, f"layers.json {n}") for n, a in doc["taps"].items()}
    got = {n: from_b64_array(a, f"harness tap {n}") for n, a in (result.get("layers") or {}).items()}
    return [compare_taps("layers", ref, got, doc["order"], atol)]


# --------------------------------------------------------------------------------------------------
# kvcache: cached decoding vs the reference and vs the port's own stateless forward


def _build_kvcache(ctx: BuildContext) -> dict[str, Any]:
    return kvcache_sidecar(ctx.bundle, ctx.long_ids, len(ctx.prompt_ids), ctx.cached, ctx.long_fwd.logits, ctx.opts.atol)


def _judge_kvcache(result: Mapping[str, Any], doc: Mapping[str, Any], atol: float) -> list[GateResult]:
    ref = from_b64_array(doc["cached_logits"], "kvcache.json cached_logits")
    cached = from_b64_array(result["kvcache"]["cached_logits"], "harness kvcache.cached_logits")
    stateless = from_b64_array(result["kvcache"]["stateless_logits"], "harness kvcache.stateless_logits")
    return [compare_logits("kvcache.logits", ref, cached, atol),
            compare_logits("kvcache.cached_vs_stateless", stateless, cached, atol)]


# --------------------------------------------------------------------------------------------------
# int8: quality of an int8 bundle against its float32 source (reported, not run by the harness)


def _build_int8(ctx: BuildContext) -> dict[str, Any] | None:
    b, o = ctx.bundle, ctx.opts
    f32 = o.f32 if o.f32 is not None else find_source_checkpoint(b, o.bundle_path)
    if f32 is None:
        ctx.warnings.append(f"int8 bundle: its source checkpoint {b.source.get('file')!r} is not beside the bundle; "
                            "pass --f32 F32_BUNDLE_OR_CHECKPOINT to also write int8.json (quality vs float32)")
        return None
    return int8_sidecar(b, ctx.ref, _f32_reference(Path(f32), b), ctx.built["forward"]["ids"])


KINDS: dict[str, Kind] = {
    "tokenizer": Kind("tokenizer", _build_tokenizer, _judge_tokenizer),
    "forward": Kind("forward", _build_forward, _judge_forward),
    "layers": Kind("layers", _build_layers, _judge_layers),
    "kvcache": Kind("kvcache", _build_kvcache, _judge_kvcache),
    "int8": Kind("int8", _build_int8, None, applies=lambda b: b.is_int8),
}


def run_kinds(bundle: Bundle) -> list[str]:
    """The kinds a harness runs for this bundle, in table order."""
    return [k for k, kind in KINDS.items() if kind.judge is not None and kind.applies(bundle)
            and not (k == "tokenizer" and not bundle.tokenizer)]
