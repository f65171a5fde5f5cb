"""The one table mapping every source spelling of a tensor name to its canonical (MLX-style) name.

Canonical names (what bundles store, what the reference and the JS port read)::

    wte.weight                      [padded_vocab, n_embd]
    lm_head.weight                  [padded_vocab, n_embd]
    resid_lambdas, x0_lambdas       [n_layer]
    value_embeds.{i}.weight         [padded_vocab, n_kv_head*head_dim]   (value-embedding layers only)
    blocks.{i}.attn.c_q.weight      [n_head*head_dim, n_embd]
    blocks.{i}.attn.c_k.weight      [n_kv_head*head_dim, n_embd]
    blocks.{i}.attn.c_v.weight      [n_kv_head*head_dim, n_embd]
    blocks.{i}.attn.c_proj.weight   [n_embd, n_head*head_dim]
    blocks.{i}.attn.ve_gate.weight  [n_kv_head, gate_channels]          (value-embedding layers only)
    blocks.{i}.mlp.c_fc.weight      [mlp_hidden, n_embd]
    blocks.{i}.mlp.c_proj.weight    [n_embd, mlp_hidden]
    blocks.{i}.mlp.eml_k            [] or [1]                            (EML activation only)
    smear_gate.weight               [1, smear_channels]                  (nanochat smear)
    smear_lambda                    [1]
    backout_lambda                  [1]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from emlx.spec import ModelSpec

# (source regex, canonical template). Applied after stripping wrapper prefixes; first match wins.
NAME_TABLE: tuple[tuple[str, str], ...] = (
    # torch / nanochat spellings
    (r"transformer\.wte\.weight", "wte.weight"),
    (r"transformer\.h\.(\d+)\.(attn\.(?:c_q|c_k|c_v|c_proj|ve_gate)\.weight)", r"blocks.\1.\2"),
    (r"transformer\.h\.(\d+)\.(mlp\.(?:c_fc|c_proj)\.weight)", r"blocks.\1.\2"),
    (r"transformer\.h\.(\d+)\.mlp\.eml_k", r"blocks.\1.mlp.eml_k"),
    (r"transformer\.value_embeds\.(\d+)\.weight", r"value_embeds.\1.weight"),
    (r"transformer\.lm_head\.weight", "lm_head.weight"),
    # canonical (MLX) spellings map to themselves
    (r"wte\.weight", "wte.weight"),
    (r"blocks\.(\d+)\.(attn\.(?:c_q|c_k|c_v|c_proj|ve_gate)\.weight)", r"blocks.\1.\2"),
    (r"blocks\.(\d+)\.(mlp\.(?:c_fc|c_proj)\.weight)", r"blocks.\1.\2"),
    (r"blocks\.(\d+)\.mlp\.eml_k", r"blocks.\1.mlp.eml_k"),
    (r"value_embeds\.(\d+)\.weight", r"value_embeds.\1.weight"),
    (r"lm_head\.weight", "lm_head.weight"),
    (r"resid_lambdas", "resid_lambdas"),
    (r"x0_lambdas", "x0_lambdas"),
    (r"smear_gate\.weight", "smear_gate.weight"),
    (r"smear_lambda", "smear_lambda"),
    (r"backout_lambda", "backout_lambda"),
)

# Prefixes that wrappers add: torch.compile's ``_orig_mod.``, DDP's ``module.``.
WRAPPER_PREFIXES = ("_orig_mod.", "module.")

_COMPILED = tuple((re.compile(src + r"\Z"), dst) for src, dst in NAME_TABLE)


def strip_wrappers(name: str) -> str:
    changed = True
    while changed:
        changed = False
        for p in WRAPPER_PREFIXES:
            if name.startswith(p):
                name = name[len(p):]
                changed = True
    return name


def canonical_name(source: str) -> str | None:
    """Canonical name for a source tensor name, or None when the table has no entry for it."""
    name = strip_wrappers(source)
    for rx, dst in _COMPILED:
        m = rx.match(name)
        if m:
            return m.expand(dst)
    return None


@dataclass(frozen=True)
class Renamed:
    mapping: dict[str, str]  # canonical -> source
    unmapped: tuple[str, ...]  # source names the table does not know
    collisions: tuple[tuple[str, tuple[str, ...]], ...]  # canonical -> several sources


def rename(sources: Iterable[str]) -> Renamed:
    mapping: dict[str, str] = {}
    multi: dict[str, list[str]] = {}
    unmapped: list[str] = []
    for s in sorted(sources):
        c = canonical_name(s)
        if c is None:
            unmapped.append(s)
        elif c in mapping:
            multi.setdefault(c, [mapping[c]]).append(s)
        else:
            mapping[c] = s
    return Renamed(mapping, tuple(unmapped), tuple((k, tuple(v)) for k, v in sorted(multi.items())))


def expected_shapes(spec: ModelSpec) -> dict[str, tuple[int, ...] | None]:
    """Every canonical tensor the spec needs, with its shape (None = scalar, shape () or (1,) accepted)."""
    C, V = spec.n_embd, spec.padded_vocab_size
    q_dim, kv_dim = spec.n_head * spec.head_dim, spec.n_kv_head * spec.head_dim
    out: dict[str, tuple[int, ...] | None] = {
        "wte.weight": (V, C),
        "lm_head.weight": (V, C),
        "resid_lambdas": (spec.n_layer,),
        "x0_lambdas": (spec.n_layer,),
    }
    ve_layers = set(spec.value_embed.layers) if spec.value_embed else set()
    for i in range(spec.n_layer):
        b = f"blocks.{i}"
        out[f"{b}.attn.c_q.weight"] = (q_dim, C)
        out[f"{b}.attn.c_k.weight"] = (kv_dim, C)
        out[f"{b}.attn.c_v.weight"] = (kv_dim, C)
        out[f"{b}.attn.c_proj.weight"] = (C, q_dim)
        out[f"{b}.mlp.c_fc.weight"] = (spec.mlp_hidden, C)
        out[f"{b}.mlp.c_proj.weight"] = (C, spec.mlp_hidden)
        if i in ve_layers:
            assert spec.value_embed is not None
            out[f"{b}.attn.ve_gate.weight"] = (spec.n_kv_head, spec.value_embed.gate_channels)
            out[f"value_embeds.{i}.weight"] = (V, kv_dim)
        if spec.activation.kind == "eml":
            out[f"{b}.mlp.eml_k"] = None
    if spec.smear is not None:
        out["smear_gate.weight"] = (1, spec.smear.channels)
        out["smear_lambda"] = None
    if spec.backout is not None:
        out["backout_lambda"] = None
    return out


def check_tensors(spec: ModelSpec, shapes: Mapping[str, tuple[int, ...]]) -> list[str]:
    """Problems (missing, unexpected, wrong shape) between canonical tensors and what the spec needs."""
    want = expected_shapes(spec)
    problems: list[str] = []
    missing = sorted(set(want) - set(shapes))
    extra = sorted(set(shapes) - set(want))
    if missing:
        problems.append(f"missing tensors: {', '.join(missing)}")
    if extra:
        problems.append(f"unexpected tensors: {', '.join(extra)}")
    for name in sorted(set(want) & set(shapes)):
        exp, got = want[name], tuple(shapes[name])
        if exp is None:
            if got not in ((), (1,)):
                problems.append(f"{name}: shape {list(got)}, expected a scalar ([] or [1])")
        elif got != exp:
            problems.append(f"{name}: shape {list(got)}, expected {list(exp)}")
    return problems
