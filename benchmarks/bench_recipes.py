"""Cached decode speed of two recipes at equal parameter count on the wasm engine (issue 20 item 7): by default the
Llama recipe (a SmolLM-135M-shaped transformers folder) against the autoresearch recipe (the 135M autoresearch
checkpoint), both from benchmarks/make_scale_checkpoints.py.

    python benchmarks/bench_recipes.py [--sizes smollm-135m,135m] [--rounds 3] [--int8] [--length 8] [--tokens 32]
                                       [--work DIR] [--keep] [--json OUT.json]

Each checkpoint is generated (reused from --work with --keep) and exported with `python -m emlx export` (float32,
and int8 with --int8). Then, in --rounds interleaved rounds whose order rotates (round r starts at bundle r mod k),
each bundle runs `python -m emlx bench BUNDLE --backend wasm --json --lengths L --tokens N --repeat 1` (Node),
its own process each time. Reported per bundle: the median and spread (min..max) over rounds of cached decode
tokens/s and prefill time, and what a decode step must read: the weight bytes of every matmul of a token (the q/k/v/o
and MLP weights and the head; a gathered table (embedding rows, value embeddings) reads one row), with the
bytes per second that implies. The ratio is of the medians (first size over second), with each round's own ratio
beside it. Wall-clock figures on a shared machine: a round's ratio can swing 0.4..1.3 when other processes take
the cores (measured); benchmarks/profile_decode.mjs interleaves the same bundles token batch by token batch in one
process and reports CPU time per token as well, the steadier comparison.
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
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_scale_checkpoints import make, size_parameters  # noqa: E402


def _emlx(*args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "EMLX_NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "emlx", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout)


def decode_read_bytes(bundle: Path) -> dict[str, int]:
    """Bytes a one-token decode step reads from the weights: every 2-D tensor a matmul reads whole (as stored:
    4 bytes a float32 weight, 1 an int8 one + its row scales), a gathered table one row. Gathered tables are the
    recipe's embedding tables: wte (also read whole when it is the tied head), wpe and the value-embedding tables."""
    from emlx.formats import load_bundle

    b = load_bundle(bundle)
    spec = b.spec
    gathered = {"wte.weight", "wpe.weight"}
    if spec.value_embed is not None:
        gathered |= {n for n in b.weights if n.startswith("value_embeds.")}
    matmul = row = 0
    for name, t in b.weights.items():
        shape = tuple(t.shape)
        if len(shape) != 2:
            continue
        per = 1 if t.dtype == "int8" else 4
        full = shape[0] * shape[1] * per + (4 * shape[0] if t.dtype == "int8" else 0)
        if name in gathered:
            row += shape[1] * per
        if name not in gathered or (name == "wte.weight" and spec.embed.tied):
            matmul += full
    return {"matmul_bytes": matmul, "gathered_row_bytes": row}


def export(ckpt: Path, out: Path, int8: bool, timeout: float) -> None:
    if out.is_file():
        return
    proc = _emlx("export", str(ckpt), str(out), *(["--int8"] if int8 else []), timeout=timeout)
    if proc.returncode != 0:
        raise SystemExit(f"error: emlx export {ckpt} failed: {proc.stderr.strip().splitlines()[-1:]}")


def bench_once(bundle: Path, length: int, tokens: int, timeout: float) -> dict[str, Any]:
    proc = _emlx("bench", str(bundle), "--backend", "wasm", "--json", "--lengths", str(length), "--tokens",
                 str(tokens), "--repeat", "1", timeout=timeout)
    if proc.returncode != 0:
        raise SystemExit(f"error: emlx bench {bundle} failed: {proc.stderr.strip().splitlines()[-1:]}")
    doc = json.loads(proc.stdout)
    r = doc["results"][0]
    return {"cached_tok_s": r["cached_tokens_per_s"], "cached_ms": r["cached_ms_per_token"],
            "prefill_ms": r["prefill_ms"], "load_ms": doc["load_ms"]}


def summary(xs: list[float]) -> dict[str, float]:
    return {"median": statistics.median(xs), "min": min(xs), "max": max(xs)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="smollm-135m,135m", help="two or more make_scale_checkpoints sizes")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--int8", action="store_true", help="also the int8 bundles")
    ap.add_argument("--length", type=int, default=8, help="context length before decoding (default 8)")
    ap.add_argument("--tokens", type=int, default=32, help="tokens decoded per run (default 32)")
    ap.add_argument("--timeout", type=float, default=1800.0)
    ap.add_argument("--work", type=Path)
    ap.add_argument("--keep", action="store_true", help="reuse checkpoints and bundles found in --work")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    sizes = [s.strip() for s in a.sizes.split(",") if s.strip()]
    try:
        for s in sizes:
            size_parameters(s)
        if len(sizes) < 2 or a.rounds < 1 or a.length < 1 or a.tokens < 1:
            raise ValueError("--sizes needs two sizes; --rounds, --length and --tokens must be positive")
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    work = a.work or Path(tempfile.mkdtemp(prefix="emlx-recipes-"))
    work.mkdir(parents=True, exist_ok=True)
    ckpts = make(work, sizes, reuse=a.keep)
    bundles: list[tuple[str, Path]] = []
    for s in sizes:
        for kind in ("f32", "int8") if a.int8 else ("f32",):
            out = work / f"{s}.{kind}.safetensors"
            if not a.keep:
                out.unlink(missing_ok=True)
            export(ckpts[s], out, kind == "int8", a.timeout)
            bundles.append((f"{s} {kind}", out))
    reads = {label: decode_read_bytes(path) for label, path in bundles}
    runs: dict[str, list[dict[str, Any]]] = {label: [] for label, _ in bundles}
    k = len(bundles)
    for r in range(a.rounds):
        order = [bundles[(r + j) % k] for j in range(k)]
        for label, path in order:
            res = bench_once(path, a.length, a.tokens, a.timeout)
            runs[label].append({"round": r, **res})
            print(f"round {r}: {label:18s} cached {res['cached_tok_s']:7.2f} tok/s  prefill {res['prefill_ms']:8.1f} ms",
                  flush=True)
    table: dict[str, Any] = {}
    for label, _ in bundles:
        tok = [x["cached_tok_s"] for x in runs[label]]
        med = statistics.median(tok)
        table[label] = {"parameters": size_parameters(label.split()[0]), **reads[label],
                        "cached_tok_s": summary(tok), "prefill_ms": summary([x["prefill_ms"] for x in runs[label]]),
                        "read_gb_s_median": med * (reads[label]["matmul_bytes"] + reads[label]["gathered_row_bytes"]) / 1e9,
                        "runs": runs[label]}
    print(f"\n{'bundle':18s} {'params':>8s} {'MB read/token':>13s} {'cached tok/s median (min..max)':>31s} "
          f"{'GB/s read':>9s} {'prefill ms median':>17s}")
    for label, t in table.items():
        c = t["cached_tok_s"]
        mb = (t["matmul_bytes"] + t["gathered_row_bytes"]) / 1e6
        print(f"{label:18s} {t['parameters'] / 1e6:7.1f}M {mb:13.1f} "
              f"{c['median']:12.2f} ({c['min']:6.2f}..{c['max']:6.2f})     {t['read_gb_s_median']:9.2f} "
              f"{t['prefill_ms']['median']:17.1f}")
    ratios = {}
    for kind in ("f32", "int8") if a.int8 else ("f32",):
        first, second = f"{sizes[0]} {kind}", f"{sizes[1]} {kind}"
        per_round = [x["cached_tok_s"] / y["cached_tok_s"] for x, y in zip(runs[first], runs[second])]
        ratio = table[first]["cached_tok_s"]["median"] / table[second]["cached_tok_s"]["median"]
        bytes_ratio = ((table[second]["matmul_bytes"] + table[second]["gathered_row_bytes"])
                       / (table[first]["matmul_bytes"] + table[first]["gathered_row_bytes"]))
        ratios[kind] = {"ratio_of_medians": ratio, "per_round": per_round, "inverse_bytes_ratio": bytes_ratio}
        print(f"{kind}: cached tok/s {first} / {second} = {ratio:.3f} (rounds: "
              f"{', '.join(f'{x:.3f}' for x in per_round)}); the bytes a token reads predict {bytes_ratio:.3f}")
    if a.json:
        a.json.write_text(json.dumps({"sizes": sizes, "length": a.length, "tokens": a.tokens, "rounds": a.rounds,
                                      "bundles": table, "ratios": ratios}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
