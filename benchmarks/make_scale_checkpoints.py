"""Synthetic checkpoints at scale, for benchmarks/bench_scale.py (never committed): autoresearch-MLX ones and
transformers model folders of real models' shapes.

    python benchmarks/make_scale_checkpoints.py OUT_DIR [--sizes 11m,135m,519m,1.3b,smollm-135m,qwen2.5-0.5b] [--seed 0]

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

The transformers-folder sizes are the shapes of released models, random weights (HF_SIZES):

    smollm-135m    LlamaForCausalLM: hidden 576, intermediate 1536, 30 layers, 9 heads, 3 KV heads, head_dim 64,
                   vocab 49152, tied, rope_theta 1e4, rms_norm_eps 1e-5          134.5M parameters, 269 MB bf16
    qwen2.5-0.5b   Qwen2ForCausalLM: hidden 896, intermediate 4864, 24 layers, 14 heads, 2 KV heads, vocab 151936,
                   tied, q/k/v biases, rope_theta 1e6, rms_norm_eps 1e-6, no sliding window
                                                                                 494.0M parameters, 988 MB bf16

Each is the folder ``OUT_DIR/<name>/`` as those models ship: config.json in the transformers 4 dialect they were
saved with (``rope_theta``, ``torch_dtype``; the keys transformers writes) and one bfloat16 ``model.safetensors``
without ``lm_head.weight`` (tied), written by the ``safetensors`` library from numpy (no torch or transformers).
Embeddings ~N(0, 9/hidden) (the tied head then gives logits of a few units), projections ~N(0, 1/fan_in) (o/down
0.5/fan_in), norm gains 1 + 0.1 N(0, 1), biases 0.2 N(0, 1); each tensor from its own seeded generator. The bf16
bits of every tensor are held until the one write (~1 GB for qwen2.5-0.5b). transformers loads these folders and
its float32 logits match emlx's reference (tests/test_scale_checkpoints.py, on the same shapes made small).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import zipfile
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

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
    kind: str  # "normal": std * N(0, 1); "resid": 1 + 0.1 N (also norm gains); "x0": 0.1 N; "bias": 0.2 N

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
    if spec.kind == "bias":
        return (0.2 * x).astype(np.float32)
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


# --------------------------------------------------------------------------------------------------
# transformers model folders of released models' shapes


@dataclass(frozen=True)
class HFShape:
    """A Llama-style transformers model's config values (what config.json says) and its stored dtype."""

    architecture: str  # LlamaForCausalLM | Qwen2ForCausalLM
    model_type: str
    hidden: int
    intermediate: int
    layers: int
    heads: int
    kv_heads: int
    vocab: int
    rope_theta: float
    rms_norm_eps: float
    max_positions: int
    qkv_bias: bool
    bos: int
    eos: int
    dtype: str = "bfloat16"  # "bfloat16" | "float32"

    @property
    def head_dim(self) -> int:
        return self.hidden // self.heads

    def config(self) -> dict[str, Any]:
        """config.json as transformers 4.4x saved these models (keys sorted, the dialect's spellings)."""
        common: dict[str, Any] = {
            "architectures": [self.architecture], "attention_dropout": 0.0, "bos_token_id": self.bos,
            "eos_token_id": self.eos, "hidden_act": "silu", "hidden_size": self.hidden, "initializer_range": 0.02,
            "intermediate_size": self.intermediate, "max_position_embeddings": self.max_positions,
            "model_type": self.model_type, "num_attention_heads": self.heads, "num_hidden_layers": self.layers,
            "num_key_value_heads": self.kv_heads, "rms_norm_eps": self.rms_norm_eps, "rope_theta": self.rope_theta,
            "tie_word_embeddings": True, "torch_dtype": self.dtype, "use_cache": True, "vocab_size": self.vocab}
        if self.model_type == "llama":
            common.update({"attention_bias": self.qkv_bias, "head_dim": self.head_dim, "mlp_bias": False,
                           "pretraining_tp": 1, "rope_scaling": None, "transformers_version": "4.46.3"})
        else:  # qwen2: q/k/v biases are implied by the model type; the window keys are there but switched off
            common.update({"max_window_layers": self.layers, "sliding_window": self.max_positions,
                           "use_mrope": False, "use_sliding_window": False, "transformers_version": "4.43.1"})
        return dict(sorted(common.items()))


HF_SIZES: dict[str, HFShape] = {
    "smollm-135m": HFShape("LlamaForCausalLM", "llama", hidden=576, intermediate=1536, layers=30, heads=9, kv_heads=3,
                           vocab=49152, rope_theta=10000.0, rms_norm_eps=1e-5, max_positions=2048, qkv_bias=False,
                           bos=0, eos=0),
    "qwen2.5-0.5b": HFShape("Qwen2ForCausalLM", "qwen2", hidden=896, intermediate=4864, layers=24, heads=14,
                            kv_heads=2, vocab=151936, rope_theta=1000000.0, rms_norm_eps=1e-6, max_positions=32768,
                            qkv_bias=True, bos=151643, eos=151643),
}


def hf_tensor_specs(shape: HFShape) -> list[TensorSpec]:
    """The stored tensors (transformers names) of ``shape``; tied, so no lm_head.weight."""
    C, F, kv = shape.hidden, shape.intermediate, shape.kv_heads * shape.head_dim
    q = shape.heads * shape.head_dim
    specs = [TensorSpec("model.embed_tokens.weight", (shape.vocab, C), "normal", 3.0 / math.sqrt(C))]
    for i in range(shape.layers):
        L = f"model.layers.{i}"
        specs += [TensorSpec(f"{L}.input_layernorm.weight", (C,), "resid"),
                  TensorSpec(f"{L}.self_attn.q_proj.weight", (q, C), "normal", 1 / math.sqrt(C)),
                  TensorSpec(f"{L}.self_attn.k_proj.weight", (kv, C), "normal", 1 / math.sqrt(C)),
                  TensorSpec(f"{L}.self_attn.v_proj.weight", (kv, C), "normal", 1 / math.sqrt(C))]
        if shape.qkv_bias:
            specs += [TensorSpec(f"{L}.self_attn.{p}_proj.bias", (n,), "bias") for p, n in (("q", q), ("k", kv), ("v", kv))]
        specs += [TensorSpec(f"{L}.self_attn.o_proj.weight", (C, q), "normal", 0.5 / math.sqrt(q)),
                  TensorSpec(f"{L}.post_attention_layernorm.weight", (C,), "resid"),
                  TensorSpec(f"{L}.mlp.gate_proj.weight", (F, C), "normal", 1 / math.sqrt(C)),
                  TensorSpec(f"{L}.mlp.up_proj.weight", (F, C), "normal", 1 / math.sqrt(C)),
                  TensorSpec(f"{L}.mlp.down_proj.weight", (C, F), "normal", 0.5 / math.sqrt(F))]
    specs.append(TensorSpec("model.norm.weight", (C,), "resid"))
    return specs


def write_hf_folder(out: Path, shape: HFShape, seed: int = 0) -> Path:
    """The model folder ``out`` (config.json + model.safetensors), built in a temp folder beside it and renamed."""
    from safetensors import TensorSpec as StSpec, serialize_file

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        tmp.mkdir()
        specs: dict[str, Any] = {}
        alive: list[np.ndarray] = []  # the arrays the specs point into, until the one write
        for index, spec in enumerate(hf_tensor_specs(shape)):
            x = _values(spec, seed, index)
            arr = _bf16_bits(x) if shape.dtype == "bfloat16" else x
            del x
            alive.append(arr)
            specs[spec.name] = StSpec(dtype=shape.dtype, shape=list(spec.shape), data_ptr=arr.ctypes.data,
                                      data_len=arr.nbytes)
        serialize_file(specs, tmp / "model.safetensors", metadata={"format": "pt"})
        del specs, alive
        os.chmod(tmp / "model.safetensors", 0o644)  # the library creates it owner-only; a model folder is shared
        (tmp / "config.json").write_text(json.dumps(shape.config(), indent=2) + "\n", encoding="utf-8")
        (tmp / "generation_config.json").write_text(json.dumps(
            {"bos_token_id": shape.bos, "eos_token_id": shape.eos, "transformers_version": shape.config()[
                "transformers_version"]}, indent=2) + "\n", encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        os.replace(tmp, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


def hf_parameters(shape: HFShape) -> int:
    return sum(s.count for s in hf_tensor_specs(shape))


# --------------------------------------------------------------------------------------------------
# any size by name


def size_parameters(name: str) -> int:
    """Parameters of size ``name`` (an HF_SIZES name, an autoresearch size or dN); ValueError for others."""
    if name in HF_SIZES:
        return hf_parameters(HF_SIZES[name])
    try:
        return parameters(depth_of(name))
    except ValueError:
        raise ValueError(f"unknown size {name!r}: expected one of {', '.join(SIZES)}, dN for an even depth N >= 2, "
                         f"or one of {', '.join(HF_SIZES)}") from None


def checkpoint_path(out_dir: Path, name: str) -> Path:
    """Where size ``name`` lives in ``out_dir``: ``<name>.npz`` (autoresearch) or the folder ``<name>/``."""
    return Path(out_dir) / (name if name in HF_SIZES else f"{name}.npz")


def checkpoint_ready(path: Path) -> bool:
    """A complete checkpoint at ``path`` (both files of it; they are only ever renamed into place)."""
    if path.suffix == ".npz":
        return path.is_file() and path.with_suffix(".json").is_file()
    return (path / "config.json").is_file() and (path / "model.safetensors").is_file()


def write_size(name: str, path: Path, seed: int = 0) -> Path:
    if name in HF_SIZES:
        return write_hf_folder(path, HF_SIZES[name], seed)
    return write_checkpoint(path, depth_of(name), seed)


def _disk_bytes(path: Path) -> int:
    if path.is_dir():
        return sum(f.stat().st_size for f in path.iterdir() if f.is_file())
    return path.stat().st_size + (path.with_suffix(".json").stat().st_size if path.with_suffix(".json").is_file() else 0)


def make(out_dir: Path, names: list[str], seed: int = 0, reuse: bool = True) -> dict[str, Path]:
    """``{name: checkpoint}``; an existing checkpoint of the right size is reused when ``reuse``."""
    res: dict[str, Path] = {}
    for name in names:
        size_parameters(name)
        path = checkpoint_path(out_dir, name)
        if not (reuse and checkpoint_ready(path)):
            write_size(name, path, seed)
        res[name] = path
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--sizes", default=",".join(SIZES), help=f"comma-separated: {', '.join(SIZES)}, dN or "
                                                              f"{', '.join(HF_SIZES)}")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    try:
        names = [s.strip() for s in a.sizes.split(",") if s.strip()]
        for n in names:
            size_parameters(n)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for name, path in make(a.out_dir, names, a.seed, reuse=False).items():
        n = size_parameters(name)
        what = f"{HF_SIZES[name].architecture}" if name in HF_SIZES else f"depth {depth_of(name)}"
        print(f"{path}: {what}, {n / 1e6:.1f}M parameters, {4 * n / 1e9:.2f} GB float32, "
              f"{_disk_bytes(path) / 1e9:.2f} GB on disk")
    return 0


if __name__ == "__main__":
    sys.exit(main())
