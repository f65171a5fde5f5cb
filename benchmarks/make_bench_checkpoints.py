"""Synthetic benchmark checkpoints for the JS speed benchmarks (never committed).

    python benchmarks/make_bench_checkpoints.py OUT_DIR

Writes, with the fixture generator's upstream layouts (autoresearch-MLX .npz + run config):
    seed-11m.npz   depth 4, n_embd 256, 2 heads of 128, vocab 8192: 11.5M parameters (the seed scale)
    d6-26m.npz     depth 6, n_embd 384, 3 heads of 128, vocab 8192: 26M parameters
and exports each to OUT_DIR/<name>.json (f32) and OUT_DIR/<name>.int8.json.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fixtures"))

#: name -> (n_layer, n_embd, n_head)
SIZES = {"seed-11m": (4, 256, 2), "d6-26m": (6, 384, 3)}


def make_checkpoint(out: Path, n_layer: int, n_embd: int, n_head: int, seed: int = 0) -> Path:
    from make_fixtures import gpt_weights, run_config, save_mlx_npz

    rng = np.random.default_rng(seed)
    w = gpt_weights(rng, n_layer=n_layer, n_embd=n_embd, n_head=n_head, n_kv_head=n_head, vocab=8192, padded=8192,
                    gate_ch=32, smear=False, eml=False)
    save_mlx_npz(out, w)
    out.with_suffix(".json").write_text(json.dumps(run_config(n_layer, n_embd, n_head, n_head, 8192, 2048), indent=1))
    return out


def make_bundles(out_dir: Path, names: tuple[str, ...] = tuple(SIZES)) -> dict[str, dict[str, Path]]:
    """Checkpoints + f32/int8 JSON bundles; returns {name: {"f32": path, "int8": path}}."""
    out_dir.mkdir(parents=True, exist_ok=True)
    res: dict[str, dict[str, Path]] = {}
    for name in names:
        ckpt = out_dir / "ckpt" / f"{name}.npz"
        ckpt.parent.mkdir(parents=True, exist_ok=True)
        if not ckpt.is_file():
            make_checkpoint(ckpt, *SIZES[name])
        res[name] = {}
        for kind, extra in (("f32", []), ("int8", ["--int8"])):
            b = out_dir / f"{name}{'.int8' if kind == 'int8' else ''}.json"
            if not b.is_file():
                subprocess.run([sys.executable, "-m", "emlx", "export", str(ckpt), str(b), *extra], check=True,
                               cwd=ROOT, capture_output=True, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
            res[name][kind] = b
    return res


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for name, d in make_bundles(Path(sys.argv[1])).items():
        print(name, *(str(p) for p in d.values()))
