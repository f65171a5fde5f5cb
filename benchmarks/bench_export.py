"""Export benchmark on the seed-scale checkpoint (depth 4, n_embd 256, vocab 8192, 11.5M parameters).

    python benchmarks/bench_export.py [--repeat 3]

Generates the checkpoint into a temp folder (it is not committed), then times `emlx export` for each output
kind in a fresh subprocess and prints wall time, peak RSS and output size. Target: < 2 s wall per export.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fixtures"))

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
t0 = time.perf_counter()
from emlx.exporter.export import ExportOptions, export
res = export(Path(sys.argv[1]), Path(sys.argv[2]), ExportOptions(int8=sys.argv[3] == "int8"))
wall = time.perf_counter() - t0
print(json.dumps({"wall_s": wall, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "bytes": res.size}))
"""


def main() -> int:
    from make_fixtures import make_seed_scale

    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        ckpt = make_seed_scale(Path(tmp) / "seed.npz")
        for name, out, mode in (("json f32", "o.json", "f32"), ("json int8", "o.i8.json", "int8"),
                                ("safetensors f32", "o.safetensors", "f32"), ("safetensors int8", "o.i8.safetensors", "int8")):
            runs = []
            for _ in range(a.repeat):
                p = subprocess.run([sys.executable, "-c", CHILD, str(ckpt), str(Path(tmp) / out), mode],
                                   capture_output=True, text=True, check=True)
                runs.append(json.loads(p.stdout))
            best = min(runs, key=lambda r: r["wall_s"])
            rows.append({"export": name, **best})
    if a.json:
        print(json.dumps(rows, indent=2))
    else:
        print(f"{'export':18s} {'wall s (best)':>14s} {'peak RSS MB':>12s} {'size MB':>9s}")
        for r in rows:
            print(f"{r['export']:18s} {r['wall_s']:14.3f} {r['peak_rss_mb']:12.0f} {r['bytes'] / 1e6:9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
