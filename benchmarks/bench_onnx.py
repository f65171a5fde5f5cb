"""onnxruntime (Python, CPU EP, 1 thread) on an emlx ONNX export: float32 vs the int8 options.

    python benchmarks/bench_onnx.py                     # generate the 11.5M seed-scale checkpoint (temp folder)
    python benchmarks/bench_onnx.py --generate d6       # a depth-6, n_embd 384 (26M) checkpoint instead
    python benchmarks/bench_onnx.py CKPT [--rounds 5] [--prompt 64] [--decode 64] [--stateless 16] [--json]

Variants (same weights, same ids, interleaved rounds in one process; the median and best of the rounds):

* ``f32``         the float32 export;
* ``int8``        the int8 export as written (DequantizeLinear per row, axis 0 -> Gemm), default session options:
                  every weight is dequantised on every run; reference-exact;
* ``int8-folded`` the same file with ``session.disable_quant_qdq=1`` (what the parity runner uses), which lets
                  onnxruntime constant-fold the DequantizeLinear at load (float32 weights in memory, int8 on disk);
* ``int8-integer`` DynamicQuantizeLinear + MatMulInteger (activations quantised to uint8 at run time).

Prints prefill ms (``--prompt`` tokens), cached tok/s (``--decode`` single-token steps through past/present),
stateless tok/s (``--stateless`` steps, each a full forward over everything so far), max |Δlogit| against the
float64 reference of the same stored weights (the int8 reference for int8) and speed ratios to f32.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "fixtures"))


def generate(kind: str, folder: Path) -> Path:
    from make_fixtures import gpt_weights, make_seed_scale, run_config, save_mlx_npz

    if kind == "seed":
        return make_seed_scale(folder / "seed.npz")
    # depth 6, n_embd 384, 3 heads of 128, vocab 8192, value embeddings on 1/3/5: 26.4M parameters
    w = gpt_weights(np.random.default_rng(1), n_layer=6, n_embd=384, n_head=3, n_kv_head=3, vocab=8192,
                    padded=8192, gate_ch=32, smear=False, eml=False)
    out = folder / "d6.npz"
    save_mlx_npz(out, w)
    out.with_suffix(".json").write_text(json.dumps(run_config(6, 384, 3, 3, 8192, 2048)))
    return out


def session(model: Any, qdq_fold: bool = False) -> Any:
    from emlx.runners.onnxruntime import make_session

    return make_session(model, threads=1, fold_dequantize=qdq_fold)


def main() -> int:
    from emlx.exporter.export import ExportOptions, build_bundle
    from emlx.onnx.graph import build_model
    from emlx.runners.onnxruntime import Session
    from emlx.verify.reference import Reference

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ckpt", nargs="?", type=Path)
    ap.add_argument("--generate", choices=("seed", "d6"), default="seed")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--prompt", type=int, default=64)
    ap.add_argument("--decode", type=int, default=64)
    ap.add_argument("--stateless", type=int, default=16)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        ckpt = a.ckpt or generate(a.generate, Path(tmp))
        f32 = build_bundle(ckpt, ExportOptions()).bundle
        i8 = build_bundle(ckpt, ExportOptions(int8=True)).bundle
    spec = f32.spec
    n_params = sum(int(np.prod(t.shape)) for t in f32.weights.values())
    rng = np.random.default_rng(0)
    prompt = [int(t) for t in rng.integers(0, spec.vocab_size, a.prompt)]

    t = time.perf_counter()
    variants = {
        "f32": Session(session(build_model(f32), qdq_fold=True), spec),
        "int8": Session(session(build_model(i8)), spec),
        "int8-folded": Session(session(build_model(i8), qdq_fold=True), spec),
        "int8-integer": Session(session(build_model(i8, int8_matmul="integer")), spec),
    }
    build_s = time.perf_counter() - t

    # accuracy over prompt + 32 ids against the float64 reference of the same stored weights
    acc_ids = prompt + [int(t) for t in rng.integers(0, spec.vocab_size, 32)]
    refs = {"f32": Reference(spec, f32.float_weights()).forward(acc_ids).logits,
            "int8": Reference(spec, i8.float_weights()).forward(acc_ids).logits}
    acc = {name: float(np.max(np.abs(s.run(acc_ids)["logits"][0] - refs["f32" if name == "f32" else "int8"])))
           for name, s in variants.items()}

    times: dict[str, dict[str, list[float]]] = {n: {"prefill_ms": [], "cached_tps": [], "stateless_tps": []}
                                                for n in variants}
    for _ in range(a.rounds):
        for name, s in variants.items():
            t0 = time.perf_counter()
            out = s.run(prompt)
            times[name]["prefill_ms"].append((time.perf_counter() - t0) * 1000)
            nxt = int(out["logits"][0, -1].argmax())
            t0 = time.perf_counter()
            for _ in range(a.decode):
                out = s.run([nxt], s.next_past(out))
                nxt = int(out["logits"][0, -1].argmax())
            times[name]["cached_tps"].append(a.decode / (time.perf_counter() - t0))
            ids = list(prompt)
            t0 = time.perf_counter()
            for _ in range(a.stateless):
                ids.append(int(s.run(ids)["logits"][0, -1].argmax()))
            times[name]["stateless_tps"].append(a.stateless / (time.perf_counter() - t0))

    rows = []
    for name in variants:
        med = {k: statistics.median(v) for k, v in times[name].items()}
        best = {"prefill_ms": min(times[name]["prefill_ms"]), "cached_tps": max(times[name]["cached_tps"]),
                "stateless_tps": max(times[name]["stateless_tps"])}
        rows.append({"variant": name, "median": med, "best": best, "max_abs_vs_reference": acc[name]})
    base = rows[0]["median"]
    for r in rows:
        r["ratio_to_f32"] = {"prefill": base["prefill_ms"] / r["median"]["prefill_ms"],
                             "cached": r["median"]["cached_tps"] / base["cached_tps"],
                             "stateless": r["median"]["stateless_tps"] / base["stateless_tps"]}
    import onnxruntime

    info = {"checkpoint": str(a.ckpt or a.generate), "params": n_params, "onnxruntime": onnxruntime.__version__,
            "threads": 1, "rounds": a.rounds, "prompt": a.prompt, "decode": a.decode, "stateless": a.stateless,
            "session_build_s": round(build_s, 2)}
    if a.json:
        print(json.dumps({"info": info, "rows": rows}, indent=2))
        return 0
    print(f"{info['checkpoint']}: {n_params / 1e6:.1f}M params, onnxruntime {info['onnxruntime']}, 1 thread, "
          f"{a.rounds} interleaved rounds (median; best in brackets)")
    print(f"{'variant':<14}{'prefill ms':>18}{'cached tok/s':>20}{'stateless tok/s':>20}{'max|Δ| vs ref':>15}"
          f"{'x f32 (pre/cache/stateless)':>30}")
    for r in rows:
        m, b, q = r["median"], r["best"], r["ratio_to_f32"]
        print(f"{r['variant']:<14}{m['prefill_ms']:>9.1f} ({b['prefill_ms']:>6.1f}){m['cached_tps']:>11.0f} "
              f"({b['cached_tps']:>6.0f}){m['stateless_tps']:>11.1f} ({b['stateless_tps']:>6.1f})"
              f"{r['max_abs_vs_reference']:>15.2e}{q['prefill']:>12.2f} / {q['cached']:.2f} / {q['stateless']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
