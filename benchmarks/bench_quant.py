"""What a quantised bundle costs in quality and saves in bytes: f32 vs int8 vs q4 (groups of 32, 64, 128).

    python benchmarks/bench_quant.py [--sizes seed-11m,d6-26m[,135m]] [--acceptance DIR] [--positions 1024]
                                     [--speed-rounds 3] [--no-speed] [--no-quality] [--json]

Models: the synthetic autoresearch-MLX checkpoints of benchmarks/make_bench_checkpoints.py (``seed-11m``: 11.5M
parameters, ``d6-26m``: 26M) and of benchmarks/make_scale_checkpoints.py (``135m``), generated into a temp folder,
plus the real acceptance checkpoints when ``--acceptance DIR`` names a
folder. Per model and variant, in one process:

* the stored bytes of the weights (every variant: what the safetensors bundle holds, header aside);
* bytes on disk of the JSON bundle, its gzip (level 6: what a web server sends), the safetensors bundle and the
  ONNX bundle (int8: DequantizeLinear -> Gemm; q4: MatMulNBits);
* quality against the float32 model, teacher-forced by the float64 reference of each bundle (as quality.json
  computes it): top-1 agreement and KL(f32 || quantised) mean / max over ``--positions`` positions (the built-in
  quality text through the model's tokenizer; a model without a tokenizer: seeded random ids, in windows of
  min(256, sequence_len)).

Variants. The formats a user picks: ``f32``, ``int8`` and ``q4-g32`` / ``q4-g64`` / ``q4-g128`` (emlx export's
defaults: symmetric, float16 scales chosen by the least-squares search, nothing kept float32). The design choices
behind those defaults, quality only, at group 32:

* ``q4-g32 plain``: the scale ``m / -8`` alone (Q4_0's), no search;
* ``q4-g32 f32-scales``: the same search without rounding the scales to float16;
* ``q4-g32 affine``: min/max affine groups (``scale = (max - min) / 15``, ``offset = min``, both float16), as mlx-lm
  quantises; a comparison only (emlx keeps an mlx-lm folder's affine groups but quantises symmetrically);
* ``q4-g32 keep wte``, ``keep lm_head``, ``keep embeddings`` (wte and value embeddings): ``--keep-f32`` choices.

Speed (``--no-speed`` skips it), on the synthetic models, each in ``--speed-rounds`` interleaved rounds (medians;
shared machines are noisy: read the ratios within one run):

* emlx's wasm engine under Node (benchmarks/bench_decode.mjs) on the safetensors bundle of every format, weights
  resident as stored (f32; int8: 1 byte a weight; q4: half a byte + a float32 scale and offset per group): cached
  decode tok/s on 1 and 2 threads (``--threads``), and the resident weight MB;
* onnxruntime-web wasm (headless Chromium, 1 thread) on the f32, int8 and q4-g32 ONNX exports, the same prefill
  (64 tokens) and 32 cached decode steps (the order rotates per round); models up to ``--web-max-params`` (3e7)
  only, since its q4 decode runs at a third of f32's.

A model whose float32 JSON bundle would exceed what a JavaScript string holds (512 MiB) gets no JSON column.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "fixtures"))
sys.path.insert(0, str(ROOT / "benchmarks"))

ACCEPTANCE = {  # case -> (checkpoint, tokenizer or None), relative to the acceptance folder
    "autoresearch-mlx": ("autoresearch-mlx/latest.npz", "autoresearch-mlx/tokenizer.pkl"),
    "autoresearch-torch": ("autoresearch-torch/model.pt", "autoresearch-torch/tokenizer.pkl"),
    "nanochat": ("nanochat/checkpoints/d4", None),
}
FORMATS = ("f32", "int8", "q4-g32", "q4-g64", "q4-g128")
SPEED_FORMATS = ("f32", "int8", "q4-g32")
DESIGN = ("q4-g32 plain", "q4-g32 f32-scales", "q4-g32 affine", "q4-g32 keep wte", "q4-g32 keep lm_head",
          "q4-g32 keep embeddings")


def _synthetic(name: str, folder: Path) -> Path:
    if name in ("seed-11m", "d6-26m"):
        from make_bench_checkpoints import SIZES, make_checkpoint

        return make_checkpoint(folder / f"{name}.npz", *SIZES[name])
    from make_scale_checkpoints import depth_of, write_checkpoint

    return write_checkpoint(folder / f"{name}.npz", depth_of(name))


def _variants(ckpt: Path, tok: Path | None) -> dict[str, Any]:
    """name -> Bundle, every variant of one checkpoint."""
    from emlx.bundle import StoredTensor
    from emlx.exporter.export import ExportOptions, build_bundle
    from emlx.exporter.quantize import quantize_q4, quantize_q4_affine

    def export(**kw: Any) -> Any:
        return build_bundle(ckpt, ExportOptions(tokenizer=tok, **kw)).bundle

    out = {"f32": export(), "int8": export(int8=True)}
    for g in (32, 64, 128):
        out[f"q4-g{g}"] = export(q4=True, group_size=g)
    f32, q4 = out["f32"], out["q4-g32"]
    names = [k for k, t in q4.weights.items() if t.dtype == "q4"]

    def redo(fn: Callable[[np.ndarray], Any]) -> Any:
        w = dict(f32.weights)
        for k in names:
            w[k] = fn(f32.weights[k].data)
        return dataclasses.replace(f32, weights=w)

    def via_q4(**kw: Any) -> Callable[[np.ndarray], Any]:
        def f(a: np.ndarray) -> Any:
            t = quantize_q4(a, 32, **kw)
            return StoredTensor("q4", t.data, t.scale)
        return f

    out["q4-g32 plain"] = redo(via_q4(shifts=(0.0,)))
    out["q4-g32 f32-scales"] = redo(via_q4(scale_dtype="float32"))
    def affine(a: np.ndarray) -> Any:
        t = quantize_q4_affine(a, 32)  # float16 scale and offset
        return StoredTensor("q4", t.data, t.scale, t.offset)

    out["q4-g32 affine"] = redo(affine)
    out["q4-g32 keep wte"] = export(q4=True, keep_f32=("wte.weight",))
    out["q4-g32 keep lm_head"] = export(q4=True, keep_f32=("lm_head.weight",))
    out["q4-g32 keep embeddings"] = export(q4=True, keep_f32=("wte.weight", "value_embeds.*"))
    return out


def _sequences(bundle: Any, positions: int) -> list[list[int]]:
    from emlx.verify.quality import QUALITY_TEXT, TEXT_WINDOW, text_windows

    if bundle.tokenizer:
        seqs, n = [], 0
        for w in text_windows(bundle, QUALITY_TEXT):
            seqs.append(w[: positions - n])
            n += len(seqs[-1])
            if n >= positions:
                break
        return [s for s in seqs if len(s) >= 2]
    width = max(2, min(bundle.spec.sequence_len, TEXT_WINDOW))
    rng = np.random.default_rng(0)
    return [rng.integers(0, bundle.spec.vocab_size, size=min(width, positions - i)).tolist()
            for i in range(0, positions, width) if positions - i >= 2]


def _logits(bundle: Any, seqs: list[list[int]]) -> list[np.ndarray]:
    from emlx.verify.reference import Reference
    from emlx.verify.sources import reference_weights

    ref = Reference(bundle.spec, reference_weights(bundle))
    return [ref.forward(ids).logits for ids in seqs]


def _quality(f32: list[np.ndarray], quant: list[np.ndarray]) -> dict[str, float]:
    a, b = np.concatenate(f32), np.concatenate(quant)
    la = a - a.max(axis=1, keepdims=True)
    la -= np.log(np.exp(la).sum(axis=1, keepdims=True))
    lb = b - b.max(axis=1, keepdims=True)
    lb -= np.log(np.exp(lb).sum(axis=1, keepdims=True))
    kl = np.sum(np.exp(la) * (la - lb), axis=1)
    return {"positions": int(a.shape[0]), "top1_agreement": float(np.mean(a.argmax(1) == b.argmax(1))),
            "kl_mean": float(kl.mean()), "kl_max": float(kl.max())}


def _sizes(bundle: Any, folder: Path, stem: str, keep_safetensors: bool = False) -> dict[str, Any]:
    from emlx.formats import WriteOptions, for_output

    from emlx.errors import EmlxInputError

    out: dict[str, Any] = {}
    for key, suffix in (("json", ".json"), ("safetensors", ".safetensors"), ("onnx", ".onnx")):
        path = folder / f"{stem}{suffix}"
        try:
            for_output(path).write(bundle, path, WriteOptions())
        except EmlxInputError as e:  # e.g. a JSON bundle over the 512 MiB a JavaScript string can hold
            if key != "json":
                raise
            print(f"{stem}: no JSON bundle ({e})", file=sys.stderr, flush=True)
            out.update(json=None, json_gzip=None)
            continue
        out[key] = path.stat().st_size
        if key == "json":
            out["json_gzip"] = len(gzip.compress(path.read_bytes(), compresslevel=6))
            path.unlink()
        elif key == "safetensors" and keep_safetensors:
            out["safetensors_path"] = str(path)
        elif key == "safetensors":
            path.unlink()
        else:
            out["onnx_path"] = str(path)
    return out


def _engine_speed(bundles: dict[str, str], threads: str, rounds: int) -> dict[str, dict[str, Any]]:
    """emlx's wasm engine under Node (benchmarks/bench_decode.mjs, one process, interleaved rounds): {variant:
    {resident_mb, tok_s: {threads: median cached tok/s}}}."""
    import subprocess

    from emlx.runtime import ensure_js, find_node

    node = find_node()
    js = ensure_js(node)
    proc = subprocess.run([str(node.executable), str(ROOT / "benchmarks" / "bench_decode.mjs"), *bundles.values(),
                           f"--threads={threads}", f"--rounds={max(3, rounds)}", "--no-dequantised", "--json"],
                          cwd=js, capture_output=True, text=True, timeout=3600)
    if proc.returncode != 0:
        raise SystemExit(f"bench_quant: bench_decode.mjs failed: {proc.stderr.strip()[-2000:]}")
    doc = json.loads(proc.stdout.strip().splitlines()[-1])
    by_file = {f: v for v, f in bundles.items()}
    out: dict[str, dict[str, Any]] = {}
    for r in doc["variants"]:
        e = out.setdefault(by_file[r["file"]], {"resident_mb": r["resident_weight_bytes"] / 2**20, "tok_s": {}})
        e["tok_s"][str(r["threads"])] = r["tokens_per_s"]
    return out


def _web_speed(onnx: dict[str, str], rounds: int) -> dict[str, dict[str, float]]:
    """onnxruntime-web wasm in Chromium: {variant: median cached tok/s, prefill ms} over interleaved rounds."""
    from emlx.runners.ortjs import make_ort_job, run_ort_browser_jobs

    names = list(onnx)
    samples: dict[str, list[dict[str, Any]]] = {n: [] for n in names}
    for rnd in range(rounds):
        for n in names[rnd % len(names):] + names[:rnd % len(names)]:
            job = make_ort_job(onnx[n], {}, "wasm", threads=1, taps=False,
                               extra={"bench": {"length": 64, "tokens": 32, "repeat": 2}})
            [res] = run_ort_browser_jobs([job], timeout=1800)
            if res.get("errors") or "bench" not in res:
                raise SystemExit(f"bench_quant: onnxruntime-web wasm on {n} failed: {res.get('errors')}")
            samples[n].append(res["bench"])
    return {n: {"cached_tokens_per_s": statistics.median(float(s["cached_tokens_per_s"]) for s in samples[n]),
                "prefill_ms": statistics.median(float(s["prefill_ms"]) for s in samples[n])} for n in names}


def _print(models: list[dict[str, Any]]) -> None:
    for m in models:
        f32 = m["rows"]["f32"]
        threads = sorted({t for r in m["rows"].values() for t in (r.get("engine") or {}).get("tok_s", {})}, key=int)
        print(f"\n{m['model']}: {m['parameters'] / 1e6:.1f}M parameters" + (
            f", quality over {m['positions']} positions ({m['sequences']})" if m["positions"] else ""))
        print("| variant | stored x f32 | JSON bytes | x f32 | gzip bytes | x f32 | safetensors | ONNX | top-1 | KL mean "
              "| KL max | resident MB | " + "".join(f"engine {t}t tok/s | " for t in threads)
              + "web wasm tok/s | prefill ms |")
        print("|---|" + "---:|" * (14 + len(threads)))
        for name, r in m["rows"].items():
            sz, q, sp, e = r.get("sizes"), r["quality"], r.get("speed"), r.get("engine")
            fj = f32["sizes"]
            cells = ["", "", "", "", "", ""] if sz is None else [
                "over 512 MiB" if sz["json"] is None else f"{sz['json']:,}",
                "" if sz["json"] is None or fj["json"] is None else f"{sz['json'] / fj['json']:.3f}",
                "" if sz["json_gzip"] is None else f"{sz['json_gzip']:,}",
                "" if sz["json_gzip"] is None or fj["json_gzip"] is None else f"{sz['json_gzip'] / fj['json_gzip']:.3f}",
                f"{sz['safetensors']:,}", f"{sz['onnx']:,}"]
            qc = ["", "", ""] if q is None else ["1", "0", "0"] if name == "f32" else [
                f"{q['top1_agreement']:.3f}", f"{q['kl_mean']:.2e}", f"{q['kl_max']:.2e}"]
            base = (f32.get("engine") or {}).get("tok_s", {})
            ec = [""] * (1 + len(threads)) if e is None else [f"{e['resident_mb']:.1f}"] + [
                f"{e['tok_s'][t]:.1f}" + (f" ({e['tok_s'][t] / base[t]:.2f}x)" if name != "f32" and t in base else "")
                for t in threads]
            spc = ["", ""] if sp is None else [f"{sp['cached_tokens_per_s']:.1f}", f"{sp['prefill_ms']:.1f}"]
            stored = f"{r['stored_bytes'] / f32['stored_bytes']:.3f}"
            print(f"| {name} | " + " | ".join([stored] + cells + qc + ec + spc) + " |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="seed-11m,d6-26m", help="synthetic models: seed-11m, d6-26m, 135m (comma list)")
    ap.add_argument("--acceptance", type=Path,
                    help="folder of the real acceptance checkpoints (none when not given)")
    ap.add_argument("--no-acceptance", action="store_true")
    ap.add_argument("--positions", type=int, default=1024, help="positions compared per model")
    ap.add_argument("--speed-rounds", type=int, default=3)
    ap.add_argument("--threads", default="1,2", help="the wasm engine's thread counts (comma list)")
    ap.add_argument("--web-max-params", type=float, default=3e7,
                    help="onnxruntime-web only on models up to this many parameters (its q4 decode is ~0.3x f32)")
    ap.add_argument("--no-speed", action="store_true", help="skip onnxruntime-web")
    ap.add_argument("--no-quality", action="store_true", help="skip the float64 references (sizes only)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    if a.positions < 2:
        print("error: --positions must be at least 2", file=sys.stderr)
        return 2

    t0 = time.perf_counter()
    models: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="emlx-bench-quant-") as tmp:
        folder = Path(tmp)
        todo: list[tuple[str, Path, Path | None, bool]] = [
            (n, _synthetic(n, folder), None, True) for n in [s for s in a.sizes.split(",") if s]]
        if not a.no_acceptance and a.acceptance is not None and a.acceptance.is_dir():
            todo += [(case, a.acceptance / ck, a.acceptance / tk if tk else None, False)
                     for case, (ck, tk) in ACCEPTANCE.items()]
        for name, ckpt, tok, synthetic in todo:
            print(f"{name}: exporting the variants ...", file=sys.stderr, flush=True)
            bundles = _variants(ckpt, tok)
            f32 = bundles["f32"]
            seqs = _sequences(f32, a.positions) if not a.no_quality else []
            if seqs:
                print(f"{name}: float64 reference over {sum(map(len, seqs))} positions x {len(bundles)} variants ...",
                      file=sys.stderr, flush=True)
            base = _logits(f32, seqs)
            rows: dict[str, dict[str, Any]] = {}
            st_paths: dict[str, str] = {}
            for vname, b in bundles.items():
                row: dict[str, Any] = {"quantization": b.quantization_label(),
                                       "stored_bytes": sum(t.nbytes for t in b.weights.values()),
                                       "quality": None if not seqs else
                                       _quality(base, base if vname == "f32" else _logits(b, seqs))}
                if vname in FORMATS:
                    row["sizes"] = _sizes(b, folder, f"{name}-{vname}", keep_safetensors=synthetic and not a.no_speed)
                    if "safetensors_path" in row["sizes"]:
                        st_paths[vname] = row["sizes"].pop("safetensors_path")
                rows[vname] = row
            if st_paths:
                print(f"{name}: the wasm engine (Node), threads {a.threads}, {a.speed_rounds} interleaved rounds ...",
                      file=sys.stderr, flush=True)
                for v, e in _engine_speed(st_paths, a.threads, a.speed_rounds).items():
                    rows[v]["engine"] = e
                for path in st_paths.values():
                    Path(path).unlink()
            n_params = int(sum(int(np.prod(t.shape)) for t in f32.weights.values()))
            if synthetic and not a.no_speed and n_params <= a.web_max_params:
                print(f"{name}: onnxruntime-web wasm, {a.speed_rounds} interleaved rounds ...", file=sys.stderr,
                      flush=True)
                speed = _web_speed({v: rows[v]["sizes"]["onnx_path"] for v in SPEED_FORMATS}, a.speed_rounds)
                for v, s in speed.items():
                    rows[v]["speed"] = s
            for r in rows.values():
                if "sizes" in r:
                    Path(r["sizes"].pop("onnx_path")).unlink()
            models.append({"model": name, "parameters": n_params,
                           "positions": sum(map(len, seqs)),
                           "sequences": "quality text" if f32.tokenizer else "seeded random ids", "rows": rows})
    info = {"wall_s": round(time.perf_counter() - t0, 1), "speed_rounds": None if a.no_speed else a.speed_rounds}
    if a.json:
        print(json.dumps({**info, "models": models}, indent=1))
    else:
        _print(models)
        print(f"\n{info['wall_s']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
