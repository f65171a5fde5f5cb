"""What every family module declares, and the machinery shared by all of them (docs/DESIGN.md "Families").

A family is recognised from *evidence*: the source tensor names and shapes, their stored dtypes, the framework
the reader saw (MLX or torch) and any training meta json. Each family reads the evidence through its own name
rows (source spelling -> canonical name), says whether it recognises it (or why not), and supplies the
conventions upstream hard-codes for it (RoPE, norm eps, windows, gate and q/k scales). The geometry that the
tensors themselves record (layers, widths, heads, value-embedding layers, smear, backout, EML) is derived here,
the same way for every family.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

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
from emlx.spec_schema import check_fields

FLOAT32_EPS = 1.1920928955078125e-07  # torch.finfo(torch.float32).eps: F.rms_norm's eps=None
MLX_EPS = 1e-5
DEFAULT_SEQUENCE_LEN = 2048  # autoresearch's MAX_SEQ_LEN
DEFAULT_WINDOW_PATTERN = "SSSL"
DEFAULT_HEAD_DIM = 128  # autoresearch's HEAD_DIM when nothing else pins n_head
DEFAULT_GATE_CHANNELS = 32
SOFTCAP = 15.0

# Prefixes that wrappers add in front of every name: torch.compile's ``_orig_mod.``, DDP's ``module.``.
WRAPPER_PREFIXES = ("_orig_mod.", "module.")


# --------------------------------------------------------------------------------------------------
# name rows


@dataclass(frozen=True)
class Take:
    """How a canonical tensor is cut from the stored tensor a spelling names (the identity unless a row says).

    ``transpose``: the stored matrix is ``[in, out]`` (GPT-2's ``Conv1D``) and becomes ``[out, in]``. Then
    ``part`` of ``parts`` equal slices along the first axis: one of q | k | v of a fused projection."""

    transpose: bool = False
    part: int = 0
    parts: int = 1

    def shape(self, stored: tuple[int, ...]) -> tuple[int, ...] | None:
        """The canonical shape, or None when the stored one cannot be cut this way."""
        shape = tuple(stored)
        if self.transpose:
            if len(shape) != 2:
                return None
            shape = (shape[1], shape[0])
        if self.parts > 1:
            if not shape or shape[0] % self.parts:
                return None
            shape = (shape[0] // self.parts, *shape[1:])
        return shape

    def __call__(self, arr: Any) -> Any:
        a = arr.T if self.transpose else arr
        if self.parts > 1:
            n = a.shape[0] // self.parts
            a = a[self.part * n:(self.part + 1) * n]
        return a.copy(order="C") if (self.transpose or self.parts > 1) else a

    def describe(self) -> str:
        bits = (["transposed"] if self.transpose else []) + ([f"part {self.part + 1} of {self.parts}"] if self.parts > 1 else [])
        return ", ".join(bits) or "as stored"


AS_STORED = Take()


@dataclass(frozen=True)
class NameRow:
    """One canonical tensor (``{i}`` = layer index) and the source spellings that mean it, each with a note
    saying where that spelling comes from. ``canonical`` None: a stored buffer the model recomputes (RoPE's
    ``inv_freq``, GPT-2's causal-mask ``attn.bias``), recognised and left out. ``takes``: spelling -> how the
    canonical tensor is cut from it (transposed, a part of a fused tensor); a spelling may appear in several
    rows when it holds several canonical tensors."""

    canonical: str | None
    spellings: Mapping[str, str]
    takes: Mapping[str, Take] = field(default_factory=dict)


def _template_regex(template: str) -> re.Pattern[str]:
    return re.compile(re.escape(template).replace(re.escape("{i}"), r"(?P<i>\d+)") + r"\Z")


@dataclass(frozen=True)
class Renamed:
    mapping: dict[str, str]  # canonical -> source
    unmapped: tuple[str, ...]  # source names the rows do not know
    collisions: tuple[tuple[str, tuple[str, ...]], ...]  # canonical -> several sources
    takes: Mapping[str, Take] = field(default_factory=dict)  # canonical -> how it is cut (absent: as stored)
    ignored: tuple[str, ...] = ()  # source buffers the rows recognise and leave out


def strip_wrappers(name: str) -> str:
    changed = True
    while changed:
        changed = False
        for p in WRAPPER_PREFIXES:
            if name.startswith(p):
                name = name[len(p):]
                changed = True
    return name


class NameMap:
    """A family's name rows, compiled; the first matching spelling wins (a fused spelling names every row it is
    listed in)."""

    def __init__(self, rows: Iterable[NameRow]) -> None:
        self.rows = tuple(rows)
        self._compiled = tuple((_template_regex(sp), row.canonical, row.takes.get(sp, AS_STORED))
                               for row in self.rows for sp in row.spellings)

    def targets(self, source: str) -> list[tuple[str | None, Take]]:
        """Every (canonical name, take) the source name stands for; [(None, ...)] for an ignored buffer."""
        name = strip_wrappers(source)
        out: list[tuple[str | None, Take]] = []
        for rx, dst, take in self._compiled:
            m = rx.match(name)
            if m:
                c = dst.replace("{i}", m.group("i")) if dst is not None and "{i}" in dst else dst
                if all(c != have for have, _t in out):
                    out.append((c, take))
        return out

    def canonical_name(self, source: str) -> str | None:
        found = self.targets(source)
        return found[0][0] if found else None

    def rename(self, sources: Iterable[str]) -> Renamed:
        mapping: dict[str, str] = {}
        takes: dict[str, Take] = {}
        multi: dict[str, list[str]] = {}
        unmapped: list[str] = []
        ignored: list[str] = []
        for s in sorted(sources):
            found = self.targets(s)
            if not found:
                unmapped.append(s)
            for c, take in found:
                if c is None:
                    ignored.append(s)
                elif c in mapping:
                    multi.setdefault(c, [mapping[c]]).append(s)
                else:
                    mapping[c] = s
                    if take != AS_STORED:
                        takes[c] = take
        return Renamed(mapping, tuple(unmapped), tuple((k, tuple(v)) for k, v in sorted(multi.items())), takes,
                       tuple(ignored))


# --------------------------------------------------------------------------------------------------
# evidence and what a family says about it


@dataclass(frozen=True)
class Evidence:
    """Everything detection may look at, in source spelling."""

    shapes: Mapping[str, tuple[int, ...]]  # source name -> shape
    dtypes: Mapping[str, str]  # source name -> stored dtype
    framework: str  # what the reader saw: "mlx" | "torch"
    meta: Mapping[str, Any] | None = None  # training meta json (nanochat's meta_*.json)
    config: Mapping[str, Any] = field(default_factory=dict)  # GPT config (meta's model_config, sibling json, user)
    hf_config: Mapping[str, Any] | None = None  # a transformers / mlx-lm model folder's config.json


@dataclass(frozen=True)
class View:
    """The evidence read through one family's name rows: canonical names."""

    shapes: Mapping[str, tuple[int, ...]]
    dtypes: Mapping[str, str]
    framework: str
    meta: Mapping[str, Any] | None
    config: Mapping[str, Any]
    hf_config: Mapping[str, Any] | None = None

    @property
    def has_smear(self) -> bool:
        return "smear_gate.weight" in self.shapes

    @property
    def has_eml(self) -> bool:
        return any(n.endswith(".mlp.eml_k") for n in self.shapes)

    @property
    def ve_layers(self) -> tuple[int, ...]:
        return tuple(sorted(int(m.group(1)) for n in self.shapes if (m := re.fullmatch(r"value_embeds\.(\d+)\.weight", n))))

    @property
    def gate_channels(self) -> int | None:
        """Input channels of the value-embedding gates, None without value embeddings."""
        shape = next((self.shapes[f"blocks.{i}.attn.ve_gate.weight"] for i in self.ve_layers
                      if f"blocks.{i}.attn.ve_gate.weight" in self.shapes), None)
        return int(shape[1]) if shape is not None else None


@dataclass(frozen=True)
class Conventions:
    """What upstream hard-codes for a family rather than recording in the checkpoint."""

    rope: RopeSpec
    norm_eps: float
    short_window: Callable[[int], int]  # sequence_len -> the S window
    extra_key: bool  # FA3 (W, 0) windows see W+1 keys; MLX's mask sees W
    gate_scale: float
    qk_scale: float


#: A family's own spec builder: the ModelSpec of a view, with notes (how fields were decided) and warnings;
#: raises ValueError (one line) for a feature the recipe cannot express.
Builder = Callable[[View], tuple[ModelSpec, list[str], list[str]]]


@dataclass(frozen=True)
class Family:
    """A registry entry. ``recognise`` returns None when the view is this family, else the reason it is not.

    The spec comes from ``build`` when the family has one (the families of transformers / mlx-lm model folders,
    whose config.json states the recipe), else from ``build_spec`` below under the family's ``conventions`` (the
    first-generation families, whose checkpoints record only tensors). A model-folder family also has
    ``reads_config``: None when a config.json is its own (model_type, architectures), else why not; detection asks
    it before reading any tensor name, and a family without one never reads a model folder."""

    name: str
    looks_for: str  # one phrase for help and errors
    names: NameMap
    recognise: Callable[[View], str | None]
    conventions: Callable[[View], Conventions] | None = None
    build: Builder | None = None
    reads_config: Callable[[Mapping[str, Any]], str | None] | None = None


@dataclass
class Detected:
    spec: ModelSpec
    family: Family
    mapping: dict[str, str]  # canonical -> source
    notes: list[str] = field(default_factory=list)  # how each non-obvious field was decided
    warnings: list[str] = field(default_factory=list)
    takes: Mapping[str, Take] = field(default_factory=dict)  # canonical -> how it is cut from its source
    ignored: tuple[str, ...] = ()  # source buffers left out (recomputed by the model)
    # (a, b): canonical a is stored but the recipe does not use it; it must equal b (a tied lm_head saved beside wte)
    duplicates: tuple[tuple[str, str], ...] = ()


def half_of(sequence_len: int) -> int:
    return sequence_len // 2


def quarter_rounded_up_to_128(sequence_len: int) -> int:
    return math.ceil(sequence_len / 4 / 128) * 128


def table_dtype(stored: str) -> str:
    """The RoPE table precision of a family that computes its tables in the dtype ``wte`` is stored in."""
    return stored if stored in ("bfloat16", "float16") else "float32"


# --------------------------------------------------------------------------------------------------
# geometry shared by every family


def count_layers(shapes: Mapping[str, Any]) -> int:
    idx = {int(m.group(1)) for n in shapes if (m := re.match(r"blocks\.(\d+)\.", n))}
    return max(idx) + 1 if idx else 0


def build_spec(family: Family, view: View) -> tuple[ModelSpec, list[str], list[str]]:
    """The ModelSpec of ``view`` under ``family``'s conventions; raises ValueError for an inconsistent view."""
    shapes = view.shapes
    cfg = check_fields(view.config)  # the config's spec values pass the schema before any arithmetic below
    notes: list[str] = []
    warnings: list[str] = []
    n_layer = count_layers(shapes)
    padded_vocab, n_embd = shapes["wte.weight"]
    q_dim = shapes["blocks.0.attn.c_q.weight"][0]
    kv_dim = shapes["blocks.0.attn.c_k.weight"][0] if "blocks.0.attn.c_k.weight" in shapes else q_dim
    mlp_hidden = shapes["blocks.0.mlp.c_fc.weight"][0] if "blocks.0.mlp.c_fc.weight" in shapes else 4 * n_embd
    ve_layers = view.ve_layers
    gate_rows = next((shapes[f"blocks.{i}.attn.ve_gate.weight"][0] for i in ve_layers
                      if f"blocks.{i}.attn.ve_gate.weight" in shapes), None)

    def no_split(n_head: Any, n_kv_head: Any) -> ValueError:
        return ValueError(f"c_q rows {q_dim} / c_k rows {kv_dim} do not split into n_head={n_head}, "
                          f"n_kv_head={n_kv_head} heads of one head_dim; pass --set n_head=N --set n_kv_head=N")

    # heads: config, else the ve gate (one row per kv head), else the upstream default head_dim
    if "n_head" in cfg and "n_kv_head" in cfg:
        n_head, n_kv_head = int(cfg["n_head"]), int(cfg["n_kv_head"])
        notes.append("n_head/n_kv_head from the config")
    elif gate_rows is not None and kv_dim % gate_rows == 0:
        n_kv_head = int(cfg.get("n_kv_head", gate_rows))
        if kv_dim % n_kv_head:
            raise no_split(cfg.get("n_head", "?"), n_kv_head)
        head_dim = kv_dim // n_kv_head
        n_head = int(cfg.get("n_head", q_dim // head_dim))
        notes.append(f"n_kv_head={n_kv_head} from ve_gate rows, head_dim={head_dim}")
    else:
        head_dim = DEFAULT_HEAD_DIM if q_dim % DEFAULT_HEAD_DIM == 0 else q_dim
        n_head = int(cfg.get("n_head", q_dim // head_dim))
        if q_dim % n_head:
            raise no_split(n_head, cfg.get("n_kv_head", "?"))
        n_kv_head = int(cfg.get("n_kv_head", kv_dim // (q_dim // n_head)))
        warnings.append(f"head count not recorded in the checkpoint; assumed head_dim {q_dim // n_head} "
                        f"(n_head={n_head}); override with --set n_head=N --set n_kv_head=N if wrong")
    if min(n_head, n_kv_head) < 1 or q_dim % n_head or kv_dim % n_kv_head or q_dim // n_head != kv_dim // n_kv_head:
        raise no_split(n_head, n_kv_head)
    head_dim = q_dim // n_head

    vocab_size = int(cfg.get("vocab_size", padded_vocab))
    if "sequence_len" in cfg:
        sequence_len = int(cfg["sequence_len"])
    else:
        sequence_len = DEFAULT_SEQUENCE_LEN
        warnings.append(f"sequence_len is not recorded with the checkpoint; assumed the upstream default {DEFAULT_SEQUENCE_LEN} "
                        "(it sets the attention windows): pass --set sequence_len=N, or keep the run's config json next to the checkpoint")
    pattern = str(cfg.get("window_pattern", DEFAULT_WINDOW_PATTERN))

    assert family.conventions is not None, f"family {family.name} has neither build nor conventions"
    conv = family.conventions(view)
    windows = window_sizes(pattern, n_layer, conv.short_window(sequence_len), sequence_len, extra_key=conv.extra_key)
    gate_channels = view.gate_channels or DEFAULT_GATE_CHANNELS
    is_eml = view.has_eml
    notes.append(f"family {family.name} from {'MLX' if view.framework == 'mlx' else 'torch'} names"
                 + (", smear" if view.has_smear else "") + (", eml_k" if is_eml else ""))

    spec = ModelSpec(
        family=family.name,
        source_framework="mlx" if view.framework == "mlx" else "torch",
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
        rope=conv.rope,
        norm_eps=conv.norm_eps,
        qk_scale=conv.qk_scale,
        value_embed=ValueEmbedSpec(layers=ve_layers, gate_channels=gate_channels, gate_scale=conv.gate_scale) if ve_layers else None,
        softcap=SOFTCAP,
        # EML is an activation any family may carry, recognised by its per-layer eml_k scalars
        activation=ActivationSpec("eml", tuple(sorted(EML_DEFAULTS.items()))) if is_eml else ActivationSpec("relu2"),
        smear=SmearSpec(channels=int(shapes["smear_gate.weight"][1])) if view.has_smear else None,
        backout=BackoutSpec(layer=n_layer // 2) if "backout_lambda" in shapes else None,
    )
    return spec, notes, warnings
