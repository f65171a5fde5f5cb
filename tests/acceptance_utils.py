"""Load the upstream acceptance checkpoints (../shared/acceptance) as canonical float32 weights.

The specs live in tests/test_reference.py, written by hand from docs/DESIGN.md §2 independently of the exporter's
family detection (a test there checks that detection agrees with them).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import numpy as np

from emlx.families import canonical_name

# the shared folder sits beside the repository (../shared/acceptance), on developer machines and in CI alike
ACCEPTANCE = Path(os.environ.get("EMLX_ACCEPTANCE_DIR",
                                 Path(__file__).resolve().parent.parent.parent / "shared" / "acceptance"))

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
    """torch .pt state dict -> float32 arrays through the project's restricted reader (no torch needed)."""
    from emlx.exporter.readers import read_checkpoint

    return {k: np.asarray(v, dtype=np.float32) for k, v in read_checkpoint(path).tensors.items()}


def acceptance_weights(case: str) -> dict[str, np.ndarray]:
    """Canonical float32 weights of one acceptance case (renamed through the project's name table)."""
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
    return weights
