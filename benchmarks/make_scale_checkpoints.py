"""Synthetic autoresearch-MLX checkpoints at scale, for benchmarks/bench_scale.py (never committed).

    python benchmarks/make_scale_checkpoints.py OUT_DIR [--sizes 11m,135m,519m,1.3b] [--seed 0]

Depth d gives n_embd 64*d, heads of 128 (n_head = n_kv_head = d/2), vocab 8192, sequence_len 2048 (window pattern
SSSL: smallest window 1024), value embeddings on every other layer, as upstream's MLX train.py builds them:

    11m   depth 4    11.5M parameters    46 MB of float32 weights
    135m  depth 12   135M                541 MB
    519m  depth 20   519M                2.1 GB
    1.3b  depth 28   1.31B               5.3 GB
    dN    any depth N (even)

Each size is ``OUT_DIR/<name>.npz`` in the layout of ``mx.savez`` (2-D tensors bfloat16 as '<V2', the rest float32,
one Fortran-order member, as fixtures/make_fixtures.py writes the committed fixture) plus the run config
``OUT_DIR/<name>.json``. The archive is written member by member, each tensor generated from its own seeded
generator, rounded, written and dropped: generating the 1.3B checkpoint holds one tensor (~60 MB) at a time.
The weights are drawn like the fixture's (scaled so that logits spread over a few units).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np

SIZES: dict[str, int] = {"11m": 4, "135m": 12, "519m": 20, "1.3b": 28}
VOCAB = 8192
SEQUENCE_LEN = 2048
HEAD_DIM = 128
GATE_CHANNELS = 32


def depth_of(name: str) -> int:
    """``11m`` / ``135m`` / ``519m`` / ``1.3b`` or ``d<N>`` -> depth."""
    if name in SIZES:
        return SIZES[name]
    if name.startswith("d") and name[1:].isdigit() and int(name[1:]) >= 2 and int(name[1:]) % 2 == 0:
        return int(name[1:])
    raise ValueError(f"unknown size {name!r}: expected one of {', '.join(SIZES)} or dN for an even depth N >= 2")


@dataclass(frozen=True)
class TensorSpec:
    name: str
    shape: tuple[int, ...]
    kind: str  # "normal": std * N(0, 1); "resid": 1 + 0.1 N; "x0": 0.1 N

    std: float = 1.0

    @property
    def count(self) -> int:
        return math.prod(self.shape)


def tensor_specs(depth: int) -> list[TensorSpec]:
    """The tensors (MLX names) of a depth-``depth`` autoresearch GPT, with the fixture generator's scales."""
    C = 64 * depth
    heads = C // HEAD_DIM
    kv = heads * HEAD_DIM
    specs = [TensorSpec("wte.weight", (VOCAB, C), "normal", 1.0),
             TensorSpec("lm_head.weight", (VOCAB, C), "normal", 3.0 / math.sqrt(C)),
             TensorSpec("resid_lambdas", (depth,), "resid"),
             TensorSpec("x0_lambdas", (depth,), "x0")]
    for i in range(depth):
        b = f"blocks.{i}"
        specs += [TensorSpec(f"{b}.attn.c_q.weight", (C, C), "normal", 1 / math.sqrt(C)),
                  TensorSpec(f"{b}.attn.c_k.weight", (kv, C), "normal", 1 / math.sqrt(C)),
                  TensorSpec(f"{b}.attn.c_v.weight", (kv, C), "normal", 1 / math.sqrt(C)),
                  TensorSpec(f"{b}.attn.c_proj.weight", (C, C), "normal", 0.5 / math.sqrt(C)),
                  TensorSpec(f"{b}.mlp.c_fc.weight", (4 * C, C), "normal", 1 / math.sqrt(C)),
                  TensorSpec(f"{b}.mlp.c_proj.weight", (C, 4 * C), "normal", 0.5 / math.sqrt(4 * C))]
        if i % 2 == (depth - 1) % 2:  # upstream: value embeddings on alternating layers, the last one included
            specs += [TensorSpec(f"{b}.attn.ve_gate.weight", (heads, GATE_CHANNELS), "normal",
                                 1 / math.sqrt(GATE_CHANNELS)),
                      TensorSpec(f"value_embeds.{i}.weight", (VOCAB, kv), "normal", 0.5)]
    return specs


def parameters(depth: int) -> int:
    return sum(s.count for s in tensor_specs(depth))


def _bf16_bits(a: np.ndarray) -> np.ndarray:
    """float32 -> nearest bfloat16 (ties to even) as uint16 bits (NaN cannot occur here)."""
    u = a.view(np.uint32)
    return ((u + np.uint32(0x7FFF) + ((u >> np.uint32(16)) & np.uint32(1))) >> np.uint32(16)).astype(np.uint16)


def _values(spec: TensorSpec, seed: int, index: int) -> np.ndarray:
    rng = np.random.default_rng([seed, index])
    x = rng.standard_normal(spec.shape, dtype=np.float32)
    if spec.kind == "resid":
        return (1.0 + 0.1 * x).astype(np.float32)
    if spec.kind == "x0":
        return (0.1 * x).astype(np.float32)
    x *= np.float32(spec.std)
    return x


def _arrays(depth: int, seed: int) -> Iterator[tuple[str, np.ndarray]]:
    for index, spec in enumerate(tensor_specs(depth)):
        x = _values(spec, seed, index)
        if x.ndim == 2:
            bits = _bf16_bits(x)
            del x
            if spec.name == "blocks.0.mlp.c_proj.weight":
                bits = np.asfortranarray(bits)  # stored fortran_order=True, as MLX does for transposed views
            yield spec.name, bits.view(np.dtype("<V2"))
        else:
            yield spec.name, x


def write_checkpoint(out: Path, depth: int, seed: int = 0) -> Path:
    """``out`` (.npz) and its run config ``out.with_suffix('.json')``; both written to temp names and renamed."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as zf:
            for name, arr in _arrays(depth, seed):
                info = zipfile.ZipInfo(f"{name}.npy", date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_STORED
                with zf.open(info, "w", force_zip64=arr.nbytes > (1 << 30)) as member:
                    np.lib.format.write_array(member, arr, allow_pickle=False)
                del arr
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    C = 64 * depth
    cfg = {"config": {"sequence_len": SEQUENCE_LEN, "vocab_size": VOCAB, "n_layer": depth, "n_head": C // HEAD_DIM,
                      "n_kv_head": C // HEAD_DIM, "n_embd": C, "window_pattern": "SSSL"}}
    out.with_suffix(".json").write_text(json.dumps(cfg, indent=1))
    return out


def make(out_dir: Path, names: list[str], seed: int = 0, reuse: bool = True) -> dict[str, Path]:
    """``{name: checkpoint}``; an existing checkpoint of the right size is reused when ``reuse``."""
    res: dict[str, Path] = {}
    for name in names:
        depth = depth_of(name)
        path = Path(out_dir) / f"{name}.npz"
        if not (reuse and path.is_file() and path.with_suffix(".json").is_file()):
            write_checkpoint(path, depth, seed)
        res[name] = path
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--sizes", default=",".join(SIZES), help="comma-separated: 11m,135m,519m,1.3b or dN")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    try:
        names = [s.strip() for s in a.sizes.split(",") if s.strip()]
        for n in names:
            depth_of(n)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for name, path in make(a.out_dir, names, a.seed, reuse=False).items():
        d = depth_of(name)
        print(f"{path}: depth {d}, {parameters(d) / 1e6:.1f}M parameters, {4 * parameters(d) / 1e9:.2f} GB float32, "
              f"{path.stat().st_size / 1e9:.2f} GB on disk")
    return 0


if __name__ == "__main__":
    sys.exit(main())
