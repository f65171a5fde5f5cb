"""Ground-truth sidecars (docs/DESIGN.md §5, docs/FORMATS.md "Sidecars"): what the float64 reference says the
bundle computes. ``build_sidecars`` runs the reference once (greedy decoding, one stateless forward with taps over
the long sequence, the KV-cache path) and writes one file per kind of ``emlx.verify.kinds.KINDS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

import numpy as np

from emlx.bundle import Bundle
from emlx.errors import EmlxInputError
from emlx.formats import bundle_stem
from emlx.verify.gates import GateResult, compare_greedy, compare_logits, top2_margin
from emlx.verify.kinds import KINDS, BuildContext
from emlx.verify.plan import (DEFAULT_PROMPT, DEFAULT_TOKENS, SidecarOptions, check_sidecar_sizes, kvcache_prefill,
                              long_sequence, tap_positions)
from emlx.verify.reference import Reference
from emlx.verify.sidecar_files import sidecar_bytes, sidecar_path
from emlx.verify.sources import reference_weights

if TYPE_CHECKING:
    from emlx.atomic import FileSet

__all__ = ["DEFAULT_PROMPT", "DEFAULT_TOKENS", "SidecarOptions", "SidecarResult", "build_sidecars", "cached_rows",
           "compare_truth", "default_dir", "encode_prompt"]


def default_dir(bundle_path: Path) -> Path:
    """``model.json`` / ``model.safetensors`` / ``model.safetensors.index.json`` -> ``model.sidecars``."""
    return bundle_path.with_name(bundle_stem(bundle_path) + ".sidecars")


def encode_prompt(bundle: Bundle, prompt: str, bos: bool, warnings: list[str] | None = None) -> list[int]:
    """The prompt's ids as the model's own template gives them (``bos``: apply it; ``--no-bos``: not).

    A tiktoken block: the text as ordinary text, ``bos_id`` first. A tokenizer.json: special-token strings in the
    text are recognised (as the tokenizers library does by default) and the post-processor adds what it adds (a BOS
    or nothing); a prompt that itself starts with the template's prefix does not get it twice (said in ``warnings``).
    """
    if not bundle.tokenizer:
        raise EmlxInputError("the bundle has no tokenizer, so a text prompt cannot be encoded; "
                             "re-export with --tokenizer tokenizer.pkl (or tokenizer.json)")
    from emlx.hftok import is_hf_block
    from emlx.tokcorpus import encode_text

    block = bundle.tokenizer
    if not is_hf_block(block):
        ids = encode_text(block, prompt, "none", bos)
    else:
        ids = encode_text(block, prompt, "all", False)
        prefix = list(block["template"]["prefix"])
        if bos and prefix and ids[:len(prefix)] == prefix:
            if warnings is not None:
                warnings.append(f"the prompt already starts with the template's {prefix} "
                                f"({block.get('bos_token') or 'prefix'}): not added twice")
        elif bos:
            ids = encode_text(block, prompt, "all", True)
    if not ids:
        raise EmlxInputError("the prompt encodes to no tokens; pass a non-empty --prompt")
    return ids


def cached_rows(ref: Reference, ids: list[int], prefill: int) -> np.ndarray:
    """The reference's KV-cache path over ``ids``: the last logits of the prefill, then of each single step."""
    cache = ref.new_cache()
    rows = [ref.step(cache, ids[:prefill])[-1]]
    for t in ids[prefill:]:
        rows.append(ref.step(cache, [t])[-1])
    return np.stack(rows)


def compare_truth(ref: Reference, truth_path: Path, atol: float) -> list[GateResult]:
    """Compare the reference with logits dumped from the training framework (docs/DESIGN.md §5 --truth)."""
    try:
        z = np.load(truth_path, allow_pickle=False)
    except (OSError, ValueError) as e:
        raise EmlxInputError(f"--truth {truth_path}: not a readable .npz ({e}); expected arrays step_logits [N,V] "
                             "and/or full_logits [T,V] plus ids") from None
    files = set(z.files)
    if "ids" not in files or not ({"step_logits", "full_logits"} & files):
        raise EmlxInputError(f"--truth {truth_path}: has {sorted(files)}; expected 'ids' and step_logits and/or full_logits")
    ids = [int(i) for i in z["ids"].reshape(-1)]
    V = ref.spec.vocab_size
    results: list[GateResult] = []
    if "step_logits" in files:
        sl = np.asarray(z["step_logits"], dtype=np.float64)
        n = sl.shape[0]
        if sl.ndim != 2 or sl.shape[1] != V:
            raise EmlxInputError(f"--truth: step_logits has shape {list(sl.shape)}, expected [N, {V}]")
        P = int(z["prompt_len"]) if "prompt_len" in files else len(ids) - n
        if P < 1 or P + n > len(ids) + 1:
            raise EmlxInputError(f"--truth: {n} step rows do not fit ids of length {len(ids)} with prompt_len {P}")
        full = ref.forward(ids[:P + n - 1]).logits
        mine = full[P - 1:P - 1 + n]
        results.append(compare_logits("truth.step_logits", mine, sl, atol))
        if "kv_step_logits" in files:
            results.append(compare_logits("truth.kv_step_logits", mine, np.asarray(z["kv_step_logits"], np.float64), atol))
        gen_truth = ids[P:P + n]
        if len(gen_truth) == n:
            ref_argmax = [int(i) for i in mine.argmax(axis=1)]
            results.append(compare_greedy("truth.greedy", ref_argmax, gen_truth, list(top2_margin(mine)), atol))
    if "full_logits" in files:
        fl = np.asarray(z["full_logits"], dtype=np.float64)
        T = fl.shape[0]
        if fl.ndim != 2 or fl.shape[1] != V or T > len(ids):
            raise EmlxInputError(f"--truth: full_logits has shape {list(fl.shape)}, expected [T <= {len(ids)}, {V}]")
        results.append(compare_logits("truth.full_logits", ref.forward(ids[:T]).logits, fl, atol))
    return results


# --------------------------------------------------------------------------------------------------
# orchestration


@dataclass
class SidecarResult:
    out_dir: Path
    files: dict[str, Path]
    truth: list[GateResult]
    warnings: list[str]
    int8: dict[str, Any] | None = None


def build_sidecars(bundle: Bundle, out_dir: Path, opts: SidecarOptions,
                   progress: Callable[[str], None] | None = None, prune: bool = False) -> SidecarResult:
    """Run the reference once and write every sidecar kind that applies to ``bundle`` into ``out_dir``, as one set
    (emlx.atomic.FileSet): every file is checked writable before anything is computed, staged as it is built and
    renamed only when all are, so a failure leaves the folder's previous sidecars whole. ``prune``: sidecars of
    kinds not written this time are removed in the same commit (the default folder follows its bundle)."""
    from emlx.atomic import FileSet

    say = progress or (lambda _m: None)
    out_dir = Path(out_dir)
    warnings: list[str] = []
    if out_dir.exists() and not out_dir.is_dir():
        raise EmlxInputError(f"{out_dir} is a file, where the sidecar folder goes; remove it or pass --out DIR")
    prompt_ids = (list(opts.prompt_ids) if opts.prompt_ids is not None
                  else encode_prompt(bundle, opts.prompt, opts.bos, warnings))
    if opts.tokens < 1:
        raise EmlxInputError(f"--tokens must be >= 1, got {opts.tokens}")
    check_sidecar_sizes(bundle.spec, len(prompt_ids), opts.tokens)
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs = FileSet()
    for name, kind in KINDS.items():  # a target that cannot be written is refused before minutes of reference
        if kind.applies(bundle) or prune:
            outputs.check_target(sidecar_path(out_dir, name))
    with outputs:
        res = _build_into(bundle, out_dir, opts, say, prompt_ids, warnings, outputs)
        if prune:
            for name in KINDS:
                if name not in res.files:
                    outputs.remove(sidecar_path(out_dir, name))
        outputs.commit()
    return res


def _build_into(bundle: Bundle, out_dir: Path, opts: SidecarOptions, say: Callable[[str], None],
                prompt_ids: list[int], warnings: list[str], outputs: "FileSet") -> SidecarResult:
    ref = Reference(bundle.spec, reference_weights(bundle))
    files: dict[str, Path] = {}
    say(f"greedy decoding {opts.tokens} tokens")
    greedy = ref.greedy(prompt_ids, opts.tokens)
    bos_id = bundle.tokenizer.get("bos_id") if bundle.tokenizer else None
    repeat_from = 1 if len(greedy.ids) > 1 and bos_id is not None and greedy.ids[0] == bos_id else 0
    long_ids = long_sequence(bundle.spec, greedy.ids, len(prompt_ids), repeat_from)
    positions = tap_positions(bundle.spec, len(long_ids))
    say(f"stateless forward with taps over {len(long_ids)} tokens")
    long_fwd = ref.forward(long_ids, taps=True, tap_rows=positions)  # the layer taps and the stateless KV check
    prefill = kvcache_prefill(len(prompt_ids), len(long_ids))
    say(f"KV-cache run: prefill {prefill}, then {len(long_ids) - prefill} single tokens")
    cached = cached_rows(ref, long_ids, prefill)

    ctx = BuildContext(bundle=bundle, ref=ref, opts=opts, prompt_ids=prompt_ids, greedy=greedy, long_ids=long_ids,
                       positions=positions, prefill=prefill, cached=cached, long_fwd=long_fwd, warnings=warnings)
    for name, kind in KINDS.items():
        if not kind.applies(bundle):
            continue
        doc = kind.build(ctx)
        if doc is None:
            continue
        path = sidecar_path(out_dir, name)
        say(path.name)
        outputs.write_bytes(path, sidecar_bytes(path, doc))
        ctx.built[name] = doc
        files[name] = path
    int8_doc = ctx.built.get("int8")
    truth: list[GateResult] = []
    if opts.truth is not None:
        say("comparing with --truth")
        truth = compare_truth(ref, Path(opts.truth), opts.atol)
    return SidecarResult(out_dir=out_dir, files=files, truth=truth, warnings=warnings, int8=int8_doc)
