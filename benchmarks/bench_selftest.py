"""What `model.selfTest()` costs a page: the parity certificate's probe on each backend, at the seed scale (11.5M).

    python benchmarks/bench_selftest.py [--work DIR] [--size seed-11m] [--int8] [--rounds 5] [--json]

Makes the synthetic checkpoint (benchmarks/make_bench_checkpoints.py) and its bundle, runs `emlx parity` once on
node/cpu so that the certificate sits next to the bundle, then in one headless Chromium (the flags of
emlx/runners/chromium.py, WebGPU on SwiftShader here) for each backend: builds the model, then calls selfTest()
--rounds + 1 times. Reports the first call (on webgl/webgpu it compiles the shaders) and the median of the others,
and, for scale, one model.generate of 16 tokens after the prompt. Under Node: cpu and wasm the same way.
The numbers are `ms` as selfTest reports it (the probe's forward pass and the comparison).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "tests"))

PAGE_JS = """async ({backend, rounds}) => {
    const m = await import('/js/src/index.js');
    await m.setBackend(backend, { wasmPaths: '/js/node_modules/@tensorflow/tfjs-backend-wasm/dist/' });
    const model = await m.createModel('/m/model.json');
    const runs = [];
    for (let i = 0; i <= rounds; i++) runs.push(await model.selfTest());
    const t0 = performance.now();
    await model.generate([1, 2, 3, 4, 5, 6, 7, 8], 16);
    const gen = performance.now() - t0;
    model.dispose();
    return { runs, gen };
}"""

NODE_JS = """
import { createModel, setBackend } from '%(src)s';
const [bundle, backend, rounds] = process.argv.slice(2);
await setBackend(backend);
const model = await createModel(bundle);
const runs = [];
for (let i = 0; i <= Number(rounds); i++) runs.push(await model.selfTest());
const t0 = performance.now();
await model.generate([1, 2, 3, 4, 5, 6, 7, 8], 16);
console.log(JSON.stringify({ runs, gen: performance.now() - t0 }));
"""


def summarise(backend: str, where: str, out: dict[str, Any]) -> dict[str, Any]:
    runs = out["runs"]
    assert all(r["passed"] for r in runs), runs[0]
    return {"where": where, "backend": backend, "adapter": runs[0]["adapter"], "first_ms": round(runs[0]["ms"], 1),
            "median_ms": round(statistics.median(r["ms"] for r in runs[1:]), 1),
            "max_abs_diff": max(r["maxAbsDiff"] for r in runs), "generate_16_ms": round(out["gen"], 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", type=Path, default=None)
    ap.add_argument("--size", default="seed-11m")
    ap.add_argument("--int8", action="store_true")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="emlx-bench-selftest-"))
    from make_bench_checkpoints import make_bundles

    bundle = make_bundles(work, (args.size,))[args.size]["int8" if args.int8 else "f32"]
    site = work / "site"
    (site / "m").mkdir(parents=True, exist_ok=True)
    if not (site / "js").exists():
        (site / "js").symlink_to(ROOT / "js", target_is_directory=True)
    model = site / "m" / "model.json"
    if not model.exists():
        model.symlink_to(bundle.resolve())
    if not (site / "m" / "model.parity.json").is_file():
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        # the synthetic bundles carry no tokenizer: the sidecars (and so the probe) start from given ids
        for argv in (["sidecars", str(model), "--ids", "1,2,3,4,5,6,7,8", "--tokens", "8"],
                     ["parity", str(model), "--backend", "cpu"]):
            subprocess.run([sys.executable, "-m", "emlx", *argv], check=True, cwd=ROOT, env=env, capture_output=True)
    results = []
    from emlx.runtime import find_node

    script = work / "bench_selftest.mjs"
    script.write_text(NODE_JS % {"src": (ROOT / "js" / "src" / "index.js").as_uri()})
    for backend in ("cpu", "wasm"):
        p = subprocess.run([str(find_node().executable), str(script), str(model), backend, str(args.rounds)],
                           capture_output=True, text=True, check=True, cwd=ROOT / "js")
        results.append(summarise(backend, "node", json.loads(p.stdout.strip().splitlines()[-1])))
    from chromium_page import chromium, serve

    backends = ("cpu", "wasm", "webgl", "webgpu")
    with serve(site) as origin, chromium(backends) as context:
        for backend in backends:
            page = context.new_page()
            page.goto(f"{origin}/js/harness/browser.html", wait_until="load")
            results.append(summarise(backend, "chromium", page.evaluate(PAGE_JS, {"backend": backend, "rounds": args.rounds})))
            page.close()
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{args.size}{' int8' if args.int8 else ''}: selfTest ms (probe forward + comparison)")
    for r in results:
        print(f"  {r['where']:8s} {r['backend']:7s} first {r['first_ms']:8.1f}  median {r['median_ms']:8.1f}  "
              f"max|Δ| {r['max_abs_diff']:.2e}  (generate 16 tokens: {r['generate_16_ms']:.0f} ms)  {r['adapter'] or ''}")


if __name__ == "__main__":
    main()
