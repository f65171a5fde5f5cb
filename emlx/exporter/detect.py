"""Family detection: canonical tensor names/shapes/dtypes + meta json -> a complete ModelSpec (DESIGN.md §2).

This is the only place that knows what each upstream family means; everything downstream reads the spec.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from emlx.spec import (
    EML_DEFAULTS,
    ActivationSpec,
    BackoutSpec,
    ModelSpec,
    RopeSpec,
    SmearSpec,
    ValueEmbedSpec,
    window_sizes,
)

FLOAT32_EPS = 1.1920928955078125e-07  # torch.finfo(torch.float32).eps: F.rms_norm's eps=None
MLX_EPS = 1e-5
DEFAULT_SEQUENCE_LEN = 2048  # autoresearch's MAX_SEQ_LEN
DEFAULT_WINDOW_PATTERN = "SSSL"
DEFAULT_HEAD_DIM = 128  # autoresearch's HEAD_DIM when nothing else pins n_head
SOFTCAP = 15.0

CONFIG_KEYS = ("sequence_len", "vocab_size", "n_layer", "n_head", "n_kv_head", "n_embd", "window_pattern")


@dataclass
class Detected:
    spec: ModelSpec
    notes: list[str] = field(default_factory=list)  # how each non-obvious field was decided
    warnings: list[str] = field(default_factory=list)


def _model_config(doc: Any) -> dict[str, Any] | None:
    """The GPT config inside a json document (top level, or under config / model_config / model_args)."""
    if not isinstance(doc, Mapping):
        return None
    for key in ("model_config", "config", "model_args"):
        sub = doc.get(key)
        if isinstance(sub, Mapping) and ("n_layer" in sub or "sequence_len" in sub):
            return {k: sub[k] for k in CONFIG_KEYS if k in sub}
    if "n_layer" in doc or "sequence_len" in doc:
        return {k: doc[k] for k in CONFIG_KEYS if k in doc}
    return None


def find_sibling_config(ckpt: Path, shapes: Mapping[str, tuple[int, ...]]) -> tuple[dict[str, Any], Path] | None:
    """A json next to the checkpoint whose GPT config agrees with the tensors (e.g. autoresearch run configs).

    Checked in order: ``<stem>.json``, ``config.json``, then the other ``*.json`` files of the folder. A config
    that contradicts the tensor shapes (other n_layer / n_embd) is skipped.
    """
    folder = ckpt.parent
    candidates = [folder / f"{ckpt.stem}.json", folder / "config.json"]
    candidates += sorted(p for p in folder.glob("*.json") if p not in candidates)
    n_layer = _count_layers(shapes)
    n_embd = shapes["wte.weight"][1] if "wte.weight" in shapes else None
    for p in candidates:
        if not p.is_file() or p.stat().st_size > 50_000_000:
            continue
        try:
            cfg = _model_config(json.loads(p.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue
        if not cfg:
            continue
        if cfg.get("n_layer", n_layer) != n_layer or cfg.get("n_embd", n_embd) != n_embd:
            continue
        return cfg, p
    return None


def _count_layers(shapes: Mapping[str, Any]) -> int:
    idx = {int(m.group(1)) for n in shapes if (m := re.match(r"blocks\.(\d+)\.", n))}
    return max(idx) + 1 if idx else 0


def detect(
    shapes: Mapping[str, tuple[int, ...]],
    dtypes: Mapping[str, str],
    framework: str,
    meta: Mapping[str, Any] | None = None,
    config: Mapping[str, Any] | None = None,
) -> Detected:
    """Fill a ModelSpec. ``dtypes`` are the stored dtypes by canonical name; ``config`` a GPT config dict
    (meta json's model_config, or a sibling json), which wins over shape-derived guesses."""
    notes: list[str] = []
    warnings: list[str] = []
    cfg: dict[str, Any] = dict(config or {})
    meta_cfg = _model_config(meta) if meta else None
    if meta_cfg:
        cfg = {**meta_cfg, **cfg}

    if "wte.weight" not in shapes or "blocks.0.attn.c_q.weight" not in shapes:
        raise ValueError("the checkpoint has no wte.weight / blocks.0.attn.c_q.weight: not a GPT of a supported family")
    n_layer = _count_layers(shapes)
    padded_vocab, n_embd = shapes["wte.weight"]
    q_dim = shapes["blocks.0.attn.c_q.weight"][0]
    kv_dim = shapes["blocks.0.attn.c_k.weight"][0] if "blocks.0.attn.c_k.weight" in shapes else q_dim
    mlp_hidden = shapes["blocks.0.mlp.c_fc.weight"][0] if "blocks.0.mlp.c_fc.weight" in shapes else 4 * n_embd
    ve_layers = tuple(sorted(int(m.group(1)) for n in shapes if (m := re.fullmatch(r"value_embeds\.(\d+)\.weight", n))))
    gate_shape = next((shapes[f"blocks.{i}.attn.ve_gate.weight"] for i in ve_layers
                       if f"blocks.{i}.attn.ve_gate.weight" in shapes), None)

    # heads: config, else the ve gate (one row per kv head), else the upstream default head_dim
    if "n_head" in cfg and "n_kv_head" in cfg:
        n_head, n_kv_head = int(cfg["n_head"]), int(cfg["n_kv_head"])
        notes.append("n_head/n_kv_head from the config")
    elif gate_shape is not None and kv_dim % gate_shape[0] == 0:
        n_kv_head = int(cfg.get("n_kv_head", gate_shape[0]))
        head_dim = kv_dim // n_kv_head
        n_head = int(cfg.get("n_head", q_dim // head_dim))
        notes.append(f"n_kv_head={n_kv_head} from ve_gate rows, head_dim={head_dim}")
    else:
        head_dim = DEFAULT_HEAD_DIM if q_dim % DEFAULT_HEAD_DIM == 0 else q_dim
        n_head = int(cfg.get("n_head", q_dim // head_dim))
        n_kv_head = int(cfg.get("n_kv_head", kv_dim // (q_dim // n_head)))
        warnings.append(f"head count not recorded in the checkpoint; assumed head_dim {q_dim // n_head} "
                        f"(n_head={n_head}); override with --set n_head=N --set n_kv_head=N if wrong")
    if q_dim % n_head or kv_dim % n_kv_head or q_dim // n_head != kv_dim // n_kv_head:
        raise ValueError(f"c_q rows {q_dim} / c_k rows {kv_dim} do not split into n_head={n_head}, n_kv_head={n_kv_head} "
                         "heads of one head_dim; pass --set n_head=N --set n_kv_head=N")
    head_dim = q_dim // n_head

    vocab_size = int(cfg.get("vocab_size", padded_vocab))
    if "sequence_len" in cfg:
        sequence_len = int(cfg["sequence_len"])
    else:
        sequence_len = DEFAULT_SEQUENCE_LEN
        warnings.append(f"sequence_len is not recorded with the checkpoint; assumed the upstream default {DEFAULT_SEQUENCE_LEN} "
                        "(it sets the attention windows): pass --set sequence_len=N, or keep the run's config json next to the checkpoint")
    pattern = str(cfg.get("window_pattern", DEFAULT_WINDOW_PATTERN))

    has_smear = "smear_gate.weight" in shapes
    has_backout = "backout_lambda" in shapes
    is_eml = any(n.endswith(".mlp.eml_k") for n in shapes)
    gate_channels = int(gate_shape[1]) if gate_shape is not None else 32
    wte_dtype = dtypes.get("wte.weight", "float32")

    if framework == "mlx":
        family = "autoresearch-mlx"
        rope = RopeSpec(style="interleaved", base=10000.0, sign=1, table_dtype="float32")
        eps = MLX_EPS
        windows = window_sizes(pattern, n_layer, sequence_len // 2, sequence_len, extra_key=False)
        gate_scale, qk_scale = 2.0, 1.0
    elif has_smear or gate_channels == 12:
        family = "nanochat"
        # nanochat computes the rotary tables in its compute dtype, the dtype wte/value_embeds are stored in
        rope = RopeSpec(style="half", base=100000.0, sign=-1, table_dtype=_table_dtype(wte_dtype))
        eps = FLOAT32_EPS
        short = math.ceil(sequence_len / 4 / 128) * 128
        windows = window_sizes(pattern, n_layer, short, sequence_len, extra_key=True)
        gate_scale, qk_scale = 3.0, 1.2
    elif meta:
        family = "nanochat-legacy"  # pre-6ed7d1d nanochat: 32-channel gate, no smear, base 1e4, S = seq//2
        rope = RopeSpec(style="half", base=10000.0, sign=-1, table_dtype=_table_dtype(wte_dtype))
        eps = FLOAT32_EPS
        windows = window_sizes(pattern, n_layer, sequence_len // 2, sequence_len, extra_key=True)
        gate_scale, qk_scale = 2.0, 1.0
    else:
        family = "autoresearch-torch"
        # autoresearch-torch always rounds cos/sin to bfloat16 (its tables are built with .bfloat16())
        rope = RopeSpec(style="half", base=10000.0, sign=-1, table_dtype="bfloat16")
        eps = FLOAT32_EPS
        windows = window_sizes(pattern, n_layer, sequence_len // 2, sequence_len, extra_key=True)
        gate_scale, qk_scale = 2.0, 1.0
    if is_eml:
        family += "-eml"
    notes.append(f"family {family} from {'MLX' if framework == 'mlx' else 'torch'} names"
                 + (", smear" if has_smear else "") + (", eml_k" if is_eml else ""))

    spec = ModelSpec(
        family=family,
        source_framework="mlx" if framework == "mlx" else "torch",
        vocab_size=vocab_size,
        padded_vocab_size=int(padded_vocab),
        n_layer=n_layer,
        n_head=n_head,
        n_kv_head=n_kv_head,
        n_embd=int(n_embd),
        head_dim=head_dim,
        mlp_hidden=int(mlp_hidden),
        sequence_len=sequence_len,
        window=windows,
        rope=rope,
        norm_eps=eps,
        qk_scale=qk_scale,
        value_embed=ValueEmbedSpec(layers=ve_layers, gate_channels=gate_channels, gate_scale=gate_scale) if ve_layers else None,
        softcap=SOFTCAP,
        activation=ActivationSpec("eml", tuple(sorted(EML_DEFAULTS.items()))) if is_eml else ActivationSpec("relu2"),
        smear=SmearSpec(channels=int(shapes["smear_gate.weight"][1])) if has_smear else None,
        backout=BackoutSpec(layer=n_layer // 2) if has_backout else None,
    )
    return Detected(spec=spec, notes=notes, warnings=warnings)


def _table_dtype(stored: str) -> str:
    return "bfloat16" if stored == "bfloat16" else ("float16" if stored == "float16" else "float32")
