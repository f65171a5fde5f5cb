"""Load the upstream acceptance checkpoints (/work/shared/acceptance) as canonical float32 weights.

Used by the reference tests before the exporter's readers/detection exist; later tests can switch to the
exporter but keep this as an independent loader (it is deliberately small and obvious).
"""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from emlx.exporter.names import canonical_name

ACCEPTANCE = Path(os.environ.get("EMLX_ACCEPTANCE_DIR", "/work/shared/acceptance"))

CASES = ("autoresearch-mlx", "autoresearch-torch", "nanochat")

_WEIGHT_FILES = {
    "autoresearch-mlx": "latest.npz",
    "autoresearch-torch": "model.pt",
    "nanochat": "checkpoints/d4/model_000100.pt",
}


def case_dir(case: str) -> Path:
    return ACCEPTANCE / case


def available(case: str) -> bool:
    return (case_dir(case) / _WEIGHT_FILES[case]).is_file()


def truth_json(case: str) -> dict[str, Any]:
    return json.loads((case_dir(case) / "truth.json").read_text())


def truth_npz(case: str, name: str = "truth.npz") -> dict[str, np.ndarray]:
    with np.load(case_dir(case) / name, allow_pickle=False) as z:
        return {k: z[k] for k in z.files}


def _widen_mlx(a: np.ndarray) -> np.ndarray:
    """MLX stores bfloat16 as numpy void '<V2': reinterpret the bytes as uint16 and widen to float32."""
    if a.dtype.kind == "V" and a.dtype.itemsize == 2:
        u16 = np.ascontiguousarray(a).view("<u2")
        return (u16.astype(np.uint32) << 16).view(np.float32).reshape(a.shape)
    return np.asarray(a, dtype=np.float32)


def _load_npz(path: Path) -> dict[str, np.ndarray]:
    with np.load(path, allow_pickle=False) as z:
        return {k: _widen_mlx(z[k]) for k in z.files}


def _load_torch(path: Path) -> dict[str, np.ndarray]:
    """torch .pt state dict -> float32 arrays: the project's reader when it exists, else torch.load."""
    try:
        from emlx.exporter import readers  # type: ignore[attr-defined]
    except ImportError:
        readers = None
    if readers is not None:
        for fn_name in ("read_torch", "load_torch", "read_checkpoint"):
            fn = getattr(readers, fn_name, None)
            if not callable(fn):
                continue
            try:
                got = fn(path)
                tensors = getattr(got, "tensors", got)
                if isinstance(tensors, Mapping):
                    return {k: np.asarray(v, dtype=np.float32) for k, v in tensors.items()}
            except Exception as e:  # a reader still being written must not hide the reference results
                warnings.warn(f"emlx.exporter.readers.{fn_name} failed on {path.name} ({e}); using torch.load")
            break
    import torch

    sd = torch.load(str(path), map_location="cpu", weights_only=True)
    for wrapper in ("model", "state_dict"):
        if isinstance(sd, dict) and wrapper in sd and isinstance(sd[wrapper], dict):
            sd = sd[wrapper]
    return {k: v.detach().to(torch.float32).numpy().copy() for k, v in sd.items()}


def acceptance_weights(case: str) -> tuple[Any, dict[str, np.ndarray]]:
    """``(spec, canonical float32 weights)`` for one acceptance case; the spec is built by hand from DESIGN.md §2."""
    path = case_dir(case) / _WEIGHT_FILES[case]
    raw = _load_npz(path) if path.suffix == ".npz" else _load_torch(path)
    weights: dict[str, np.ndarray] = {}
    for name, arr in raw.items():
        canon = canonical_name(name)
        if canon is None:
            raise ValueError(f"{case}: tensor {name!r} has no canonical name")
        if canon in weights:
            raise ValueError(f"{case}: two source tensors map to {canon!r}")
        weights[canon] = arr
    return acceptance_spec(case), weights


def acceptance_spec(case: str):
    """The hand-written ModelSpec of each acceptance case (DESIGN.md §2 table)."""
    from emlx.spec import ModelSpec, RopeSpec, SmearSpec, BackoutSpec, ValueEmbedSpec

    f32_eps = float(np.finfo(np.float32).eps)
    if case == "autoresearch-mlx":
        return ModelSpec(
            family="autoresearch-mlx", source_framework="mlx", vocab_size=384, padded_vocab_size=384,
            n_layer=4, n_head=2, n_kv_head=1, n_embd=128, head_dim=64, mlp_hidden=512, sequence_len=64,
            window=(32, 32, 32, 64),
            rope=RopeSpec(style="interleaved", base=10000.0, sign=1, table_dtype="float32"),
            norm_eps=1e-5, qk_scale=1.0,
            value_embed=ValueEmbedSpec(layers=(1, 3), gate_channels=32, gate_scale=2.0),
            softcap=15.0,
        )
    if case == "autoresearch-torch":
        return ModelSpec(
            family="autoresearch-torch", source_framework="torch", vocab_size=384, padded_vocab_size=384,
            n_layer=4, n_head=2, n_kv_head=1, n_embd=128, head_dim=64, mlp_hidden=512, sequence_len=64,
            window=(33, 33, 33, 65),
            rope=RopeSpec(style="half", base=10000.0, sign=-1, table_dtype="bfloat16"),
            norm_eps=f32_eps, qk_scale=1.0,
            value_embed=ValueEmbedSpec(layers=(1, 3), gate_channels=32, gate_scale=2.0),
            softcap=15.0,
        )
    if case == "nanochat":
        return ModelSpec(
            family="nanochat", source_framework="torch", vocab_size=389, padded_vocab_size=448,
            n_layer=4, n_head=2, n_kv_head=2, n_embd=128, head_dim=64, mlp_hidden=512, sequence_len=512,
            window=(129, 129, 129, 513),
            rope=RopeSpec(style="half", base=100000.0, sign=-1, table_dtype="float32"),
            norm_eps=f32_eps, qk_scale=1.2,
            value_embed=ValueEmbedSpec(layers=(1, 3), gate_channels=12, gate_scale=3.0),
            softcap=15.0, smear=SmearSpec(channels=24), backout=BackoutSpec(layer=2),
        )
    raise ValueError(f"unknown acceptance case {case!r}; known: {CASES}")
