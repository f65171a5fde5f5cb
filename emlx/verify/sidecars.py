"""Ground-truth sidecars (docs/DESIGN.md §5, docs/FORMATS.md): what the float64 reference says the bundle computes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

import numpy as np

from emlx import __version__
from emlx.atomic import write_bytes_atomic
from emlx.bundle import Bundle, b64, unb64
from emlx.errors import EmlxInputError, read_json
from emlx.verify.gates import DEFAULT_ATOL, GateResult, compare_greedy, compare_logits, top2_margin
from emlx.verify.reference import ForwardOutput, GreedyOutput, LazyWeights, Reference
from emlx.spec_schema import tap_names

SIDECAR_VERSION = 3  # 2: every sidecar records ``coverage`` and ``bundle_identity``; 3: layer taps at ``positions``,
#                       the kvcache prefill reaches close to the smallest window
#: layers.json keeps every position while positions x tap widths stay within this many values (64 MB of float32)
LAYERS_ALL_POSITIONS_VALUES = 16 * 2**20
#: cached single-token steps after the kvcache prefill (they cross the smallest window)
KV_DECODE_STEPS = 16
#: the largest sidecar JSON a browser can parse: V8 strings hold at most 2**29 - 24 characters
MAX_SIDECAR_JSON_BYTES = 2**29 - 24
REGENERATE = "regenerate with `emlx sidecars BUNDLE`"
DEFAULT_PROMPT = "The EML operator"
DEFAULT_TOKENS = 40


# --------------------------------------------------------------------------------------------------
# small helpers


def b64_array(a: np.ndarray) -> dict[str, Any]:
    a32 = np.asarray(a, dtype=np.float32)
    return {"shape": list(a32.shape), "data": b64(a32)}


def from_b64_array(obj: Any, what: str) -> np.ndarray:
    if not isinstance(obj, Mapping) or "shape" not in obj or "data" not in obj:
        raise EmlxInputError(f"{what}: expected {{shape, data}} (base64 float32)")
    shape = [int(d) for d in obj["shape"]]
    n = int(np.prod(shape)) if shape else 1
    return unb64(obj["data"], np.float32, n, f"{what} (shape {shape})", fix="regenerate it").reshape(shape)


def _json_sha256(obj: Any) -> str:
    from emlx.bundle import header_json

    return hashlib.sha256(header_json(obj).encode("utf-8")).hexdigest()


def bundle_identity(bundle: Bundle) -> dict[str, str | None]:
    """What a sidecar was made for: the weights, the config (the spec) and the tokenizer block (or null), each as
    sha256 (the config and tokenizer over their canonical JSON, emlx.bundle.header_json)."""
    return {"weights_sha256": bundle.weights_sha256, "config_sha256": _json_sha256(bundle.spec.to_dict()),
            "tokenizer_sha256": _json_sha256(bundle.tokenizer) if bundle.tokenizer else None}


def _header(kind: str, bundle: Bundle, tolerances: dict[str, float], coverage: dict[str, Any]) -> dict[str, Any]:
    return {"kind": kind, "version": SIDECAR_VERSION, "weights_sha256": bundle.weights_sha256,
            "bundle_identity": bundle_identity(bundle), "coverage": coverage,
            "emlx_version": __version__, "tolerances": tolerances, "family": bundle.spec.family,
            "config": bundle.spec.to_dict()}


def tap_widths(spec: Any) -> dict[str, int]:
    """Elements per position of every tap of the spec (q: heads x head_dim, k/v: kv heads x head_dim, logits:
    vocab_size, the rest n_embd), in forward order."""
    out: dict[str, int] = {}
    for name in tap_names(spec.n_layer):
        if name.endswith(".attn.q"):
            out[name] = spec.n_head * spec.head_dim
        elif name.endswith((".attn.k", ".attn.v")):
            out[name] = spec.n_kv_head * spec.head_dim
        elif name == "logits":
            out[name] = spec.vocab_size
        else:
            out[name] = spec.n_embd
    return out


def min_finite_window(spec: Any) -> int | None:
    finite = [int(w) for w in spec.window if w is not None]
    return min(finite) if finite else None


def default_dir(bundle_path: Path) -> Path:
    """``model.json`` / ``model.safetensors`` / ``model.safetensors.index.json`` -> ``model.sidecars``."""
    from emlx.formats import bundle_stem

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


# --------------------------------------------------------------------------------------------------
# builders


def tokenizer_sidecar(bundle: Bundle, texts: Sequence[str]) -> dict[str, Any]:
    from emlx.tokcorpus import tokenizer_cases

    if not bundle.tokenizer:
        raise EmlxInputError("the bundle has no tokenizer; re-export with --tokenizer tokenizer.pkl")
    from emlx.tokcorpus import corpus_case_count, decode_cases

    cases = tokenizer_cases(bundle.tokenizer, list(texts))
    coverage: dict[str, Any] = {"cases": len(cases), "corpus_cases": corpus_case_count(bundle.tokenizer)}
    decodes = decode_cases(bundle.tokenizer, cases)
    if not decodes:
        return {**_header("tokenizer", bundle, {}, coverage), "cases": cases}
    coverage["decodes"] = len(decodes)
    return {**_header("tokenizer", bundle, {}, coverage), "cases": cases, "decodes": decodes}


def forward_sidecar(bundle: Bundle, g: GreedyOutput, prompt: str, prompt_ids: list[int], bos: bool, steps: int,
                    atol: float) -> dict[str, Any]:
    coverage = {"steps": steps, "rows": int(g.step_logits.shape[0])}
    return {**_header("forward", bundle, {"logits_atol": atol}, coverage), "prompt": prompt, "bos": bos,
            "prompt_ids": prompt_ids, "ids": g.ids, "steps": steps, "step_logits": b64_array(g.step_logits),
            "argmax": [int(i) for i in g.generated], "margins": [float(m) for m in g.margins]}


def layers_sidecar(bundle: Bundle, out: ForwardOutput, ids: list[int], positions: list[int], atol: float) -> dict[str, Any]:
    """Every tap of the spec over ``ids``, at ``positions`` (the rows ``out.taps`` holds)."""
    names = tap_names(bundle.spec.n_layer)
    missing = [n for n in names if n not in out.taps]
    if missing:
        raise RuntimeError(f"reference did not produce taps {missing}")
    coverage = {"taps": names, "positions": len(positions), "ids": len(ids)}
    return {**_header("layers", bundle, {"atol": atol}, coverage), "ids": ids, "positions": positions, "order": names,
            "taps": {n: b64_array(out.taps[n]) for n in names}}


def long_sequence(spec: Any, ids: list[int], prompt_len: int, repeat_from: int = 0) -> list[int]:
    """The sequence the layers and kvcache sidecars run over: ``ids`` (the forward sidecar's prompt and greedy
    tokens) repeated from ``repeat_from`` until it is longer than the smallest window by 8 tokens (at least the
    prompt + 8, and 48 tokens when no window is finite). Real text rather than random ids: random ids drive some
    activations (EML's exp) far past what a float32 port reproduces within the gate."""
    w = min_finite_window(spec)
    target = max(prompt_len + 8, (w + 8) if w is not None else 48)
    body = ids[repeat_from:] or ids
    out = list(ids[:target])
    while len(out) < target:
        out.extend(body[:target - len(out)])
    return out


def tap_positions(spec: Any, length: int) -> list[int]:
    """Positions of the long sequence whose taps layers.json keeps: all of them while that stays within
    LAYERS_ALL_POSITIONS_VALUES values; otherwise the first 8, every 64th, the smallest window's edge (w-3 .. w+3:
    the first query that loses a key is at w, or w+1 with FA3's w+1 keys, so a window off-by-one still shows at
    its first tap, blocks.0.attn_out) and the last 4."""
    if length * sum(tap_widths(spec).values()) <= LAYERS_ALL_POSITIONS_VALUES:
        return list(range(length))
    pos = set(range(min(8, length))) | set(range(0, length, 64)) | set(range(max(0, length - 4), length))
    w = min_finite_window(spec)
    if w is not None:
        pos |= {p for p in range(w - 3, w + 4) if 0 <= p < length}
    return sorted(pos)


def kvcache_prefill(prompt_len: int, length: int) -> int:
    """Tokens fed at once before the single-token steps: all but the last KV_DECODE_STEPS (at least the prompt,
    and at least one single step)."""
    return max(1, min(length - 1, max(prompt_len, length - KV_DECODE_STEPS)))


def cached_rows(ref: Reference, ids: list[int], prefill: int) -> np.ndarray:
    """The reference's KV-cache path over ``ids``: the last logits of the prefill, then of each single step."""
    cache = ref.new_cache()
    rows = [ref.step(cache, ids[:prefill])[-1]]
    for t in ids[prefill:]:
        rows.append(ref.step(cache, [t])[-1])
    return np.stack(rows)


def kvcache_sidecar(bundle: Bundle, ids: list[int], prefill: int, cached: np.ndarray, stateless_logits: np.ndarray,
                    atol: float) -> dict[str, Any]:
    """``stateless_logits``: one stateless forward over all ``ids`` (rows from ``prefill - 1`` are compared)."""
    diff = float(np.max(np.abs(cached - stateless_logits[prefill - 1:])))
    # the reference's own stateless rows equal these to ~1e-14, so only the cached rows are stored
    coverage = {"ids": len(ids), "prefill": prefill, "cached_rows": int(cached.shape[0]),
                "min_window": min_finite_window(bundle.spec)}
    return {**_header("kvcache", bundle, {"logits_atol": atol}, coverage), "ids": ids, "prefill": prefill,
            "cached_logits": b64_array(cached),
            "max_abs_cached_vs_stateless": diff}


def _b64_json_bytes(values: int) -> int:
    return 4 * ((4 * values + 2) // 3)


def check_sidecar_sizes(spec: Any, prompt_len: int, steps: int) -> None:
    """Refuse, before any reference work, sidecars a browser could not parse (one JSON string over V8's limit)."""
    V = spec.vocab_size
    L = len(long_sequence(spec, [0] * (prompt_len + steps), prompt_len))
    n_pos, width = len(tap_positions(spec, L)), sum(tap_widths(spec).values())
    sizes = {
        "forward.json": (_b64_json_bytes(steps * V), f"{steps} steps x {V} logits"),
        "layers.json": (_b64_json_bytes(n_pos * width), f"{n_pos} positions x {width} tap values"),
        "kvcache.json": (_b64_json_bytes((L - kvcache_prefill(prompt_len, L) + 1) * V), f"cached rows x {V} logits"),
    }
    for name, (size, what) in sizes.items():
        if size > MAX_SIDECAR_JSON_BYTES:
            fix = "pass fewer --tokens" if name == "forward.json" else "the model is too wide for a JSON sidecar"
            raise EmlxInputError(f"{name} would be {size / 2**20:.0f} MiB ({what}, float32 as base64), over the "
                                 f"{MAX_SIDECAR_JSON_BYTES / 2**20:.0f} MiB a browser can parse as one string; {fix}")


def int8_sidecar(bundle: Bundle, ref: Reference, f32_ref: Reference, ids: list[int]) -> dict[str, Any]:
    """int8 vs f32 over one teacher-forced sequence: top-1 agreement, KL(f32 || int8), disagreement margins."""
    a = f32_ref.forward(ids).logits
    b = ref.forward(ids).logits

    def logsoftmax(x: np.ndarray) -> np.ndarray:
        m = x.max(axis=1, keepdims=True)
        return x - m - np.log(np.exp(x - m).sum(axis=1, keepdims=True))

    la, lb = logsoftmax(a), logsoftmax(b)
    kl = np.sum(np.exp(la) * (la - lb), axis=1)
    ta, tb = a.argmax(axis=1), b.argmax(axis=1)
    margins = top2_margin(a)
    dis = [{"pos": int(p), "int8_top1": int(tb[p]), "f32_top1": int(ta[p]), "f32_margin": float(margins[p])}
           for p in np.nonzero(ta != tb)[0]]
    return {**_header("int8", bundle, {}, {"positions": len(ids)}), "ids": ids, "positions": int(len(ids)),
            "top1_agreement": float(np.mean(ta == tb)),
            "kl": {"mean": float(kl.mean()), "p99": float(np.percentile(kl, 99)), "max": float(kl.max())},
            "max_abs_logit_diff": float(np.max(np.abs(a - b))), "disagreements": dis}


# --------------------------------------------------------------------------------------------------
# truth import


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
class SidecarOptions:
    prompt: str = DEFAULT_PROMPT
    tokens: int = DEFAULT_TOKENS
    bos: bool = True
    texts: list[str] = field(default_factory=list)
    truth: Path | None = None
    f32: Path | None = None  # f32 bundle or checkpoint, for int8 quality of an int8 bundle
    atol: float = DEFAULT_ATOL
    prompt_ids: list[int] | None = None  # explicit ids instead of encoding the prompt
    bundle_path: Path | None = None  # where the bundle lives: the int8 source checkpoint is looked for beside it


@dataclass
class SidecarResult:
    out_dir: Path
    files: dict[str, Path]
    truth: list[GateResult]
    warnings: list[str]
    int8: dict[str, Any] | None = None


def find_source_checkpoint(bundle: Bundle, bundle_path: Path | None) -> Path | None:
    """The checkpoint an int8 bundle was exported from, beside the bundle or in the working folder, verified
    by the sha256 the bundle recorded (a file that merely has the same name is not used)."""
    from emlx.hashing import file_sha256

    name, digest = bundle.source.get("file"), bundle.source.get("sha256")
    if not name or not digest:
        return None
    folders = [Path(bundle_path).parent] if bundle_path else []
    for folder in folders + [Path.cwd()]:
        cand = folder / str(name)
        if cand.is_file() and file_sha256(cand) == digest:
            return cand
    return None


def _f32_reference(path: Path, bundle: Bundle) -> Reference:
    from emlx.bundle import is_bundle_file, load_bundle
    from emlx.exporter.export import ExportOptions, build_bundle

    if path.is_file() and (path.suffix == ".json" or (path.suffix == ".safetensors" and is_bundle_file(path))):
        other = load_bundle(path)
    else:
        other = build_bundle(path, ExportOptions(overrides={"sequence_len": bundle.spec.sequence_len})).bundle
    if other.is_int8:
        raise EmlxInputError(f"--f32 {path}: is an int8 bundle too; give the float32 bundle or the source checkpoint")
    mine = {k: v.shape for k, v in bundle.weights.items()}
    theirs = {k: v.shape for k, v in other.weights.items()}
    if mine != theirs:
        raise EmlxInputError(f"--f32 {path}: its tensors differ from the int8 bundle's; give the checkpoint it was exported from")
    return Reference(bundle.spec, reference_weights(other))


def reference_weights(bundle: Bundle) -> Any:
    """The bundle's weights for the reference: float32 tensors as stored (no copy), int8 ones dequantised each time
    they are used (LazyWeights), so an int8 bundle never holds a float32 copy of every weight."""
    if not bundle.is_int8:
        return bundle.float_weights()
    return LazyWeights({k: t.shape for k, t in bundle.weights.items()}, lambda k: bundle.weights[k].to_float32())


def write_sidecar(path: Path, doc: Mapping[str, Any]) -> None:
    from emlx.jsonsafe import dumps

    write_bytes_atomic(path, dumps(doc, f"sidecar {Path(path).name}", separators=(",", ":"), sort_keys=True).encode("utf-8"))


def build_sidecars(bundle: Bundle, out_dir: Path, opts: SidecarOptions,
                   progress: Callable[[str], None] | None = None) -> SidecarResult:
    say = progress or (lambda _m: None)
    out_dir = Path(out_dir)
    warnings: list[str] = []
    prompt_ids = (list(opts.prompt_ids) if opts.prompt_ids is not None
                  else encode_prompt(bundle, opts.prompt, opts.bos, warnings))
    if opts.tokens < 1:
        raise EmlxInputError(f"--tokens must be >= 1, got {opts.tokens}")
    check_sidecar_sizes(bundle.spec, len(prompt_ids), opts.tokens)
    out_dir.mkdir(parents=True, exist_ok=True)
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

    from emlx.verify.kinds import KINDS, BuildContext

    ctx = BuildContext(bundle=bundle, ref=ref, opts=opts, prompt_ids=prompt_ids, greedy=greedy, long_ids=long_ids,
                       positions=positions, prefill=prefill, cached=cached, long_fwd=long_fwd, warnings=warnings)
    for name, kind in KINDS.items():
        if not kind.applies(bundle):
            continue
        doc = kind.build(ctx)
        if doc is None:
            continue
        say(f"{name}.json")
        write_sidecar(out_dir / f"{name}.json", doc)
        ctx.built[name] = doc
        files[name] = out_dir / f"{name}.json"
    int8_doc = ctx.built.get("int8")
    truth: list[GateResult] = []
    if opts.truth is not None:
        say("comparing with --truth")
        truth = compare_truth(ref, Path(opts.truth), opts.atol)
    return SidecarResult(out_dir=out_dir, files=files, truth=truth, warnings=warnings, int8=int8_doc)


def load_sidecar(path: Path, kind: str, weights_sha256: str) -> dict[str, Any]:
    """Read one sidecar and refuse it when it belongs to other weights (stale) or is of another kind."""
    doc = read_json(path, "a JSON sidecar", "regenerate with `emlx sidecars`",
                    missing="sidecar missing; run `emlx sidecars BUNDLE` first")
    if not isinstance(doc, dict) or doc.get("kind") != kind:
        raise EmlxInputError(f"{path}: kind {doc.get('kind') if isinstance(doc, dict) else None!r}, expected {kind!r}")
    if doc.get("version") != SIDECAR_VERSION:
        raise EmlxInputError(f"{path}: stale sidecar: format version {doc.get('version')!r}, expected {SIDECAR_VERSION} "
                             f"(which records coverage, bundle identity and the layer positions); {REGENERATE}")
    if doc.get("weights_sha256") != weights_sha256:
        raise EmlxInputError(f"{path}: stale sidecar: made for weights {str(doc.get('weights_sha256'))[:12]}…, the bundle has "
                             f"{weights_sha256[:12]}…; {REGENERATE}")
    return doc
