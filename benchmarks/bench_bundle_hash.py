"""The cost of the whole-bundle identity on load in Python (docs/FORMATS.md "bundle_sha256"): load_bundle (which
always verifies weights_sha256 and bundle_sha256), and each hash alone on the loaded bundle, interleaved rounds,
medians; and bundle_sha256 over two synthetic tokenizer blocks the size of real ones (a 150k-token tokenizer.json,
a 200k-rank tiktoken block), as benchmarks/bench_bundle_hash.mjs measures them in JS.

    python benchmarks/bench_bundle_hash.py BUNDLE... [--rounds 5]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import time
from pathlib import Path


def main() -> None:
    from emlx.formats import load_bundle
    from emlx.hashing import bundle_sha256, weights_sha256

    ap = argparse.ArgumentParser()
    ap.add_argument("bundles", nargs="+", type=Path)
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    rows = []
    for path in a.bundles:
        load, whole, weights = [], [], []
        for _ in range(a.rounds):
            t0 = time.perf_counter()
            b = load_bundle(path)
            load.append(time.perf_counter() - t0)
            assert b.integrity == "bundle", (path, b.integrity)
            t0 = time.perf_counter()
            weights_sha256(b.weights)
            weights.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            bundle_sha256(b.spec.to_dict(), b.tokenizer, b.weights_sha256)
            whole.append(time.perf_counter() - t0)
            del b
        rows.append({"bundle": str(path), "load_ms": round(statistics.median(load) * 1e3, 1),
                     "weights_sha256_ms": round(statistics.median(weights) * 1e3, 1),
                     "bundle_sha256_ms": round(statistics.median(whole) * 1e3, 2)})
    vocab = {f"tok{i:x}\u0120x": i for i in range(150_000)}
    merges = [f"t{i:x} \u0120y{i % 977}" for i in range(150_000)]
    ranks = "".join(f"cmFuaw{i:x} {i}\n" for i in range(200_000))
    synthetic = {"tokenizer.json 150k": {"kind": "hf-tokenizers", "tokenizer": {"model": {"type": "BPE", "vocab": vocab,
                                                                                         "merges": merges}}},
                 "tiktoken 200k ranks": {"name": "syn", "pat_str": "x", "mergeable_ranks": ranks,
                                         "special_tokens": {"<|bos|>": 200_000}}}
    import rfc8785

    for name, tok in synthetic.items():
        doc = {"config": {"n_layer": 1, "norm_eps": 1e-05}, "tokenizer": tok, "weights_sha256": "0" * 64}
        times: dict[str, list[float]] = {"emlx": [], "rfc8785": []}
        for i in range(a.rounds):  # interleaved, alternating first: emlx's bundle_sha256 vs the rfc8785 package alone
            for which in (("emlx", "rfc8785") if i % 2 == 0 else ("rfc8785", "emlx")):
                t0 = time.perf_counter()
                if which == "emlx":
                    bundle_sha256(doc["config"], tok, doc["weights_sha256"])
                else:
                    hashlib.sha256(rfc8785.dumps(doc)).hexdigest()
                times[which].append(time.perf_counter() - t0)
        rows.append({"bundle": f"synthetic {name}", "tokenizer_chars": len(json.dumps(tok, ensure_ascii=False)),
                     "bundle_sha256_ms": round(statistics.median(times["emlx"]) * 1e3, 1),
                     "rfc8785_package_ms": round(statistics.median(times["rfc8785"]) * 1e3, 1)})
    print(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
