"""Writes tests/rope_cases.json: RoPE inverse frequencies as transformers itself computes them (the oracle), for
the recipe's scalings and partial rotary. tests/test_rope.py checks the file is what transformers gives and that
emlx.rope matches it bit for bit; js/test reads the same file for the JS port's RoPE.

    python tests/make_rope_cases.py        # rewrite the file (needs torch + transformers)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "rope_cases.json"

# (head_dim, rope_theta, partial_rotary_factor, transformers rope_parameters beyond rope_theta)
CONFIGS: list[tuple[int, float, float, dict[str, Any]]] = [
    (64, 10000.0, 1.0, {"rope_type": "default"}),
    (128, 500000.0, 1.0, {"rope_type": "llama3", "factor": 32.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
                          "original_max_position_embeddings": 8192}),
    (64, 500000.0, 1.0, {"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
                         "original_max_position_embeddings": 64}),
    (64, 10000.0, 1.0, {"rope_type": "llama3", "factor": 16.0, "low_freq_factor": 2.0, "high_freq_factor": 8.0,
                        "original_max_position_embeddings": 128}),
    (32, 10000.0, 1.0, {"rope_type": "linear", "factor": 4.0}),
    (48, 1000000.0, 1.0, {"rope_type": "linear", "factor": 3.0}),
    (64, 10000.0, 0.5, {"rope_type": "default"}),
    (80, 10000.0, 0.4, {"rope_type": "linear", "factor": 2.0}),
]


def transformers_inv_freq(head_dim: int, theta: float, partial: float, params: dict[str, Any]) -> list[float]:
    import warnings

    from transformers import PhiConfig
    from transformers.modeling_rope_utils import ROPE_INIT_FUNCTIONS
    from transformers.models.phi.modeling_phi import PhiRotaryEmbedding

    rope = {"rope_theta": theta, "partial_rotary_factor": partial, **params}  # (PhiConfig's default is 0.5)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # Phi: its default RoPE honours partial_rotary_factor (Llama's ignores it); the scaled kinds are shared
        cfg = PhiConfig(hidden_size=head_dim * 4, num_attention_heads=4, rope_parameters=rope,
                        max_position_embeddings=16384)
        if params["rope_type"] == "default":
            inv, _ = PhiRotaryEmbedding.compute_default_rope_parameters(cfg)
        else:
            inv, _ = ROPE_INIT_FUNCTIONS[params["rope_type"]](cfg)
    return [float(v) for v in inv.tolist()]


def cases() -> dict[str, Any]:
    out = []
    for hd, theta, partial, params in CONFIGS:
        rd = int(hd * partial)
        kind = "none" if params["rope_type"] == "default" else params["rope_type"]
        out.append({"head_dim": hd, "rope": {"base": theta, "rotary_dim": None if rd == hd else rd,
                                             "scaling": {"kind": kind, "params": {k: v for k, v in params.items()
                                                                                   if k != "rope_type"}}},
                    "inv_freq": transformers_inv_freq(hd, theta, partial, params)})
    return {"comment": "RoPE inverse frequencies (float32 values) computed by transformers' own rope init functions; "
                       "written by tests/make_rope_cases.py, checked by tests/test_rope.py, read by js/test.",
            "cases": out}


if __name__ == "__main__":
    OUT.write_text(json.dumps(cases(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    sys.exit(0)
