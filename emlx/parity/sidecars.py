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
from emlx.parity.gates import DEFAULT_ATOL, GateResult, compare_greedy, compare_logits, top2_margin
from emlx.parity.reference import ForwardOutput, Reference
from emlx.spec_schema import tap_names

SIDECAR_VERSION = 2  # 2: every sidecar records ``coverage`` and ``bundle_identity``
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


def encode_prompt(bundle: Bundle, prompt: str, bos: bool) -> list[int]:
    if not bundle.tokenizer:
        raise EmlxInputError("the bundle has no tokenizer, so a text prompt cannot be encoded; "
                             "re-export with --tokenizer tokenizer.pkl")
    from emlx.tokcorpus import encoding_from_block

    enc = encoding_from_block(bundle.tokenizer)
    ids = list(enc.encode_ordinary(prompt))
    bos_id = bundle.tokenizer.get("bos_id")
    if bos and bos_id is not None:
        ids = [int(bos_id)] + ids
    if not ids:
        raise EmlxInputError("the prompt encodes to no tokens; pass a non-empty --prompt")
    return ids


# --------------------------------------------------------------------------------------------------
# builders


def tokenizer_sidecar(bundle: Bundle, texts: Sequence[str]) -> dict[str, Any]:
    from emlx.tokcorpus import tokenizer_cases

    if not bundle.tokenizer:
        raise EmlxInputError("the bundle has no tokenizer; re-export with --tokenizer tokenizer.pkl")
    from emlx.tokcorpus import corpus_case_count

    cases = tokenizer_cases(bundle.tokenizer, list(texts))
    coverage = {"cases": len(cases), "corpus_cases": corpus_case_count(bundle.tokenizer)}
    return {**_header("tokenizer", bundle, {}, coverage), "cases": cases}


def forward_sidecar(bundle: Bundle, ref: Reference, prompt: str, prompt_ids: list[int], bos: bool, steps: int,
                    atol: float) -> dict[str, Any]:
    g = ref.greedy(prompt_ids, steps)
    coverage = {"steps": steps, "rows": int(g.step_logits.shape[0])}
    return {**_header("forward", bundle, {"logits_atol": atol}, coverage), "prompt": prompt, "bos": bos,
            "prompt_ids": prompt_ids, "ids": g.ids, "steps": steps, "step_logits": b64_array(g.step_logits),
            "argmax": [int(i) for i in g.generated], "margins": [float(m) for m in g.margins]}


def layers_sidecar(bundle: Bundle, out: ForwardOutput, ids: list[int], atol: float) -> dict[str, Any]:
    names = tap_names(bundle.spec.n_layer)
    missing = [n for n in names if n not in out.taps]
    if missing:
        raise RuntimeError(f"reference did not produce taps {missing}")
    coverage = {"taps": names, "positions": len(ids)}
    return {**_header("layers", bundle, {"atol": atol}, coverage), "ids": ids, "order": names,
            "taps": {n: b64_array(out.taps[n]) for n in names}}


def continue_cached(bundle: Bundle, ref: Reference, prompt_ids: list[int]) -> tuple[list[int], np.ndarray]:
    """The prompt continued greedily through the KV cache until it is longer than the smallest window by 8
    tokens: the ids, and the cached logits after the prefill and after each single-token step."""
    spec = bundle.spec
    finite = [w for w in spec.window if w is not None]
    target = max(len(prompt_ids) + 8, (min(finite) + 8) if finite else 48)
    ids = list(prompt_ids)
    cache = ref.new_cache()
    rows = [ref.step(cache, ids)[-1]]
    while len(ids) < target:
        nxt = int(np.argmax(rows[-1]))
        ids.append(nxt)
        rows.append(ref.step(cache, [nxt])[-1])
    return ids, np.stack(rows)


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
    return Reference(bundle.spec, other.float_weights())


def write_sidecar(path: Path, doc: Mapping[str, Any]) -> None:
    from emlx.jsonsafe import dumps

    write_bytes_atomic(path, dumps(doc, f"sidecar {Path(path).name}", separators=(",", ":"), sort_keys=True).encode("utf-8"))


def build_sidecars(bundle: Bundle, out_dir: Path, opts: SidecarOptions,
                   progress: Callable[[str], None] | None = None) -> SidecarResult:
    say = progress or (lambda _m: None)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    ref = Reference(bundle.spec, bundle.float_weights())
    warnings: list[str] = []
    prompt_ids = list(opts.prompt_ids) if opts.prompt_ids is not None else encode_prompt(bundle, opts.prompt, opts.bos)
    if opts.tokens < 1:
        raise EmlxInputError(f"--tokens must be >= 1, got {opts.tokens}")
    files: dict[str, Path] = {}
    say("continuing the prompt past the smallest window")
    long_ids, cached = continue_cached(bundle, ref, prompt_ids)
    long_fwd = ref.forward(long_ids, taps=True)  # serves both the layer taps and the stateless KV check

    from emlx.parity.kinds import KINDS, BuildContext

    ctx = BuildContext(bundle=bundle, ref=ref, opts=opts, prompt_ids=prompt_ids, long_ids=long_ids, cached=cached,
                       long_fwd=long_fwd, warnings=warnings)
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
                             f"(which records coverage and bundle identity); {REGENERATE}")
    if doc.get("weights_sha256") != weights_sha256:
        raise EmlxInputError(f"{path}: stale sidecar: made for weights {str(doc.get('weights_sha256'))[:12]}…, the bundle has "
                             f"{weights_sha256[:12]}…; {REGENERATE}")
    return doc
