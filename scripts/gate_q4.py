#!/usr/bin/env python3
"""The full q4 matrix: every acceptance checkpoint exported as q4 and gated on every runtime that runs it.

    python scripts/gate_q4.py --acceptance DIR [--out q4-gate] [--group 32]

For each case (autoresearch-mlx, autoresearch-torch, nanochat) it writes into OUT an ``emlx.toml`` with two models:
``<case>-q4`` (the checkpoint, exported by the gate as a q4 JSON bundle: the TF.js port on Node wasm and Chromium
wasm, where the engine keeps the nibbles resident) and ``<case>-q4-onnx`` (a q4 ONNX bundle exported here,
MatMulNBits: onnxruntime in Python, onnxruntime-node and onnxruntime-web's wasm in Chromium; ``f32`` names its
float32 source), then runs
``emlx gate`` there. The numeric gate
holds each q4 bundle to the reference of that same bundle (dequantised exactly, atol 1e-4); the quality of q4
against the float32 checkpoint (quality.json) is in all four reports in ``OUT/emlx-reports/``. Exit status: emlx
gate's (0 pass, 1 a gate failed, 2 bad input).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = {  # case -> (checkpoint, tokenizer or None), relative to the acceptance folder
    "autoresearch-mlx": ("autoresearch-mlx/latest.npz", "autoresearch-mlx/tokenizer.pkl"),
    "autoresearch-torch": ("autoresearch-torch/model.pt", "autoresearch-torch/tokenizer.pkl"),
    "nanochat": ("nanochat/checkpoints/d4", None),
}
JSON_RUNTIMES = ["node:wasm", "chromium:wasm"]
ONNX_RUNTIMES = ["onnxruntime:cpu", "node:cpu", "chromium:wasm"]


def _emlx(*args: str, cwd: Path) -> int:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.call([sys.executable, "-m", "emlx", *args], cwd=cwd, env=env)


def _toml(value: object) -> str:
    return json.dumps(value) if not isinstance(value, list) else "[" + ", ".join(json.dumps(v) for v in value) + "]"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--acceptance", type=Path, required=True,
                    help="the folder of acceptance checkpoints (autoresearch-mlx/, autoresearch-torch/, nanochat/)")
    ap.add_argument("--out", type=Path, default=Path("q4-gate"))
    ap.add_argument("--group", type=int, default=32, choices=(32, 64, 128))
    a = ap.parse_args(argv)
    acc, out = a.acceptance.resolve(), a.out.resolve()
    if not acc.is_dir():
        print(f"error: {acc}: no acceptance folder; pass --acceptance DIR", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    models: list[str] = []
    for case, (ckpt_rel, tok_rel) in CASES.items():
        ckpt, tok = acc / ckpt_rel, (acc / tok_rel if tok_rel else None)
        prompt = json.loads((acc / case / "truth.json").read_text(encoding="utf-8"))["prompt"]
        common = {"prompt": prompt, "tokens": 40}
        entry = {"name": f"{case}-q4", "checkpoint": str(ckpt), "q4": True, "group": a.group, **common,
                 "runtimes": JSON_RUNTIMES}
        if tok is not None:
            entry["tokenizer"] = str(tok)
        models.append(entry)
        bundle = out / f"{case}.q4.onnx"
        args = ["export", str(ckpt), str(bundle), "--q4", "--group", str(a.group)]
        if tok is not None:
            args += ["--tokenizer", str(tok)]
        if _emlx(*args, cwd=out) != 0:
            return 2
        models.append({"name": f"{case}-q4-onnx", "bundle": str(bundle), "f32": str(ckpt), **common,
                       "runtimes": ONNX_RUNTIMES})
    text = "".join("[[models]]\n" + "".join(f"{k} = {_toml(v)}\n" for k, v in m.items()) + "\n" for m in models)
    (out / "emlx.toml").write_text('atol = 1e-4\nreport_dir = "emlx-reports"\n\n' + text, encoding="utf-8")
    return _emlx("gate", cwd=out)


if __name__ == "__main__":
    sys.exit(main())
