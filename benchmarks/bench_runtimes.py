"""Side by side: the TF.js port (wasm, Node) vs onnxruntime-node vs onnxruntime-web (wasm, headless Chromium).

    python benchmarks/bench_runtimes.py [--checkpoint CKPT] [--onnx MODEL.onnx] [--length 64] [--tokens 32]
                                        [--rounds 3] [--repeat 2] [--threads 1] [--webgpu] [--plain] [--old-onnx OLD.onnx] [--json]

One checkpoint (default: the seed-scale 11.5M-parameter one, generated into a temp folder, never committed),
exported twice — a JSON bundle for TF.js and an ONNX model (``emlx export CKPT out.onnx`` unless --onnx names
one) — then, in interleaved rounds within this one run (the order rotates each round), each runtime does the same
work on the same ids: a prefill over --length tokens, --tokens cached decode steps and --tokens stateless
forwards over the growing sequence. Every runtime runs in a fresh process/page per round, one thread (--threads
for onnxruntime), after a warm-up, keeping the best of --repeat measurements in that process. Prints the median
(and best) over rounds per runtime and the ratio of medians to TF.js wasm from the same run. Shared machines are
noisy: read the ratios, not the absolute numbers.

Note: the ONNX graph computes logits for every position of a stateless forward (the TF.js port computes only the
last row there), which is part of what is measured.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fixtures"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

METRICS = ("cached_tokens_per_s", "stateless_tokens_per_s", "prefill_ms")


def _export(ckpt: Path, out: Path) -> None:
    p = subprocess.run([sys.executable, "-m", "emlx", "export", str(ckpt), str(out)], capture_output=True, text=True,
                       cwd=ROOT)
    if p.returncode != 0:
        raise SystemExit(f"bench_runtimes: `emlx export {ckpt} {out}` failed: {(p.stderr or p.stdout).strip()[-400:]}")


def _tfjs_wasm(bundle: Path, length: int, tokens: int, repeat: int) -> dict[str, Any]:
    from emlx.runtime import ensure_js, find_node

    node = find_node()
    js = ensure_js(node)  # the TF.js path alone (the onnxruntime runners install their packages on first use)
    p = subprocess.run([str(node.executable), str(js / "harness" / "bench.mjs"), str(bundle), "--backend", "wasm",
                        "--lengths", str(length), "--tokens", str(tokens), "--repeat", str(repeat)],
                       capture_output=True, text=True, cwd=js, timeout=1800)
    if p.returncode != 0:
        raise SystemExit(f"bench_runtimes: TF.js bench failed: {p.stderr.strip()[-400:]}")
    return json.loads(p.stdout)["results"][0]


def _ort(run: Callable[..., list[dict[str, Any]]], job: dict[str, Any]) -> dict[str, Any]:
    [res] = run([job], timeout=1800)
    if res.get("errors") or "bench" not in res:
        raise SystemExit(f"bench_runtimes: {job['backend']} run failed: {res.get('errors')}")
    return res["bench"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--checkpoint", type=Path, help="checkpoint to export (default: generate the seed-scale one)")
    ap.add_argument("--onnx", type=Path, help="an ONNX export of --checkpoint (default: export it)")
    ap.add_argument("--length", type=int, default=64, help="prompt (prefill) length")
    ap.add_argument("--tokens", type=int, default=32, help="decode steps per measurement")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=2, help="measurements per process (best kept), after a warm-up")
    ap.add_argument("--threads", type=int, default=1, help="onnxruntime intra-op threads")
    ap.add_argument("--webgpu", action="store_true",
                    help="also onnxruntime-web webgpu (where the page gets an adapter; on SwiftShader this takes many minutes)")
    ap.add_argument("--plain", action="store_true",
                    help="also a plain torch.onnx export of the same weights (benchmarks/torch_recipe.py) on "
                         "onnxruntime-node and -web, the baseline an emlx .onnx is held to")
    ap.add_argument("--old-onnx", type=Path,
                    help="an ONNX export of --checkpoint by another emlx (e.g. main before a change), timed on "
                         "onnxruntime-node and -web in the same rounds: old against new in one run")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    from emlx.formats import load_bundle
    from emlx.runners.ortjs import make_ort_job, read_onnx_header, run_ort_browser_jobs, run_ort_node_jobs

    with tempfile.TemporaryDirectory(prefix="emlx-bench-rt-") as tmp:
        ckpt = a.checkpoint
        if ckpt is None:
            from make_fixtures import make_seed_scale

            ckpt = make_seed_scale(Path(tmp) / "seed.npz")
        bundle = Path(tmp) / "model.json"
        _export(ckpt, bundle)
        onnx_path = a.onnx
        if onnx_path is None:
            onnx_path = Path(tmp) / "model.onnx"
            _export(ckpt, onnx_path)
        header = read_onnx_header(onnx_path)
        sha = load_bundle(bundle).weights_sha256
        warn = [] if header["weights_sha256"] == sha else [
            f"the ONNX header's weights_sha256 {header['weights_sha256'][:12]}... differs from the bundle's {sha[:12]}..."]

        def ort_job(backend: str, model: Path = onnx_path) -> dict[str, Any]:
            return make_ort_job(model, {}, backend, header=header, threads=a.threads, taps=False,
                                extra={"bench": {"length": a.length, "tokens": a.tokens, "repeat": a.repeat}})

        runners: dict[str, Callable[[], dict[str, Any]]] = {
            "tfjs wasm (node)": lambda: _tfjs_wasm(bundle, a.length, a.tokens, a.repeat),
            "onnxruntime-node cpu": lambda: _ort(run_ort_node_jobs, ort_job("cpu")),
            "onnxruntime-web wasm (chromium)": lambda: _ort(run_ort_browser_jobs, ort_job("wasm")),
        }
        if a.webgpu:
            runners["onnxruntime-web webgpu (chromium)"] = lambda: _ort(run_ort_browser_jobs, ort_job("webgpu"))
        if a.plain:
            from torch_recipe import export_plain

            plain = export_plain(load_bundle(bundle), Path(tmp) / "plain.onnx")
            runners["plain torch.onnx, ort-node cpu"] = lambda: _ort(run_ort_node_jobs, ort_job("cpu", plain))
            runners["plain torch.onnx, ort-web wasm"] = lambda: _ort(run_ort_browser_jobs, ort_job("wasm", plain))
        if a.old_onnx is not None:
            old = a.old_onnx
            runners["old emlx .onnx, ort-node cpu"] = lambda: _ort(run_ort_node_jobs, ort_job("cpu", old))
            runners["old emlx .onnx, ort-web wasm"] = lambda: _ort(run_ort_browser_jobs, ort_job("wasm", old))
        names = list(runners)
        samples: dict[str, list[dict[str, Any]]] = {n: [] for n in names}
        t0 = time.perf_counter()
        for rnd in range(a.rounds):
            order = names[rnd % len(names):] + names[:rnd % len(names)]
            for n in order:
                print(f"round {rnd + 1}/{a.rounds}: {n} ...", file=sys.stderr, flush=True)
                samples[n].append(runners[n]())
        wall = time.perf_counter() - t0

    base = names[0]
    rows: list[dict[str, Any]] = []
    for n in names:
        row: dict[str, Any] = {"runtime": n}
        for m in METRICS:
            vals = [float(s[m]) for s in samples[n]]
            row[m] = statistics.median(vals)
            row[m + "_best"] = min(vals) if m == "prefill_ms" else max(vals)
            row[m + "_rounds"] = vals
        for m in ("cached_tokens_per_s", "stateless_tokens_per_s"):
            row[m.replace("_tokens_per_s", "_ratio")] = row[m] / rows[0][m] if rows else 1.0
            per_round = [float(s[m]) / float(b[m]) for s, b in zip(samples[n], samples[base])]
            row[m.replace("_tokens_per_s", "_ratio_rounds")] = per_round
        row["prefill_speedup"] = rows[0]["prefill_ms"] / row["prefill_ms"] if rows else 1.0
        rows.append(row)
    info = {"checkpoint": str(a.checkpoint or "seed-scale (generated)"), "length": a.length, "tokens": a.tokens,
            "rounds": a.rounds, "repeat": a.repeat, "ort_threads": a.threads, "wall_s": round(wall, 1), "warnings": warn}
    if a.json:
        print(json.dumps({**info, "rows": rows}, indent=2))
        return 0
    for w in warn:
        print(f"warning: {w}")
    print(f"{info['checkpoint']}: prefill {a.length} tokens, {a.tokens} decode steps, {a.rounds} interleaved rounds "
          f"x best of {a.repeat} (median; best in brackets), onnxruntime {a.threads} thread(s), {wall:.0f} s")
    print(f"{'runtime':34s} {'cached tok/s':>20s} {'stateless tok/s':>20s} {'prefill ms':>18s} "
          f"{'cached x':>9s} {'stateless x':>12s} {'prefill x':>10s}")
    for r in rows:
        print(f"{r['runtime']:34s} {r['cached_tokens_per_s']:10.1f} [{r['cached_tokens_per_s_best']:7.1f}] "
              f"{r['stateless_tokens_per_s']:10.1f} [{r['stateless_tokens_per_s_best']:7.1f}] "
              f"{r['prefill_ms']:8.1f} [{r['prefill_ms_best']:7.1f}] {r['cached_ratio']:9.2f} "
              f"{r['stateless_ratio']:12.2f} {r['prefill_speedup']:10.2f}")
    print(f"x = ratio of medians to {base} (per-round cached ratios: "
          + "; ".join(f"{r['runtime']}: " + ", ".join(f"{x:.2f}" for x in r["cached_ratio_rounds"]) for r in rows[1:]) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
