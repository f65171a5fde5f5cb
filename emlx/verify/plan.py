"""What the sidecars of a spec hold, from the spec alone (docs/FORMATS.md "Sidecars"): the sequence the layers and
kvcache sidecars run over, which of its positions keep their taps, where the KV-cache prefill ends, the width of
every tap, and whether the resulting files stay parseable by a browser. Plus the options of a sidecar build.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from emlx.bundle import Bundle
from emlx.errors import EmlxInputError
from emlx.spec_schema import tap_names
from emlx.verify.gates import DEFAULT_ATOL
from emlx.verify.sidecar_files import file_name

#: layers.json keeps every position while positions x tap widths stay within this many values (64 MB of float32)
LAYERS_ALL_POSITIONS_VALUES = 16 * 2**20
#: cached single-token steps after the kvcache prefill (they cross the smallest window)
KV_DECODE_STEPS = 16
#: the largest sidecar JSON a browser can parse: V8 strings hold at most 2**29 - 24 characters
MAX_SIDECAR_JSON_BYTES = 2**29 - 24
DEFAULT_PROMPT = "The EML operator"
DEFAULT_TOKENS = 40


@dataclass
class SidecarOptions:
    prompt: str = DEFAULT_PROMPT
    tokens: int = DEFAULT_TOKENS
    bos: bool = True
    texts: list[str] = field(default_factory=list)
    truth: Path | None = None
    f32: Path | None = None  # f32 bundle or checkpoint, for the quality of a quantised bundle (quality.json)
    atol: float = DEFAULT_ATOL
    prompt_ids: list[int] | None = None  # explicit ids instead of encoding the prompt
    bundle_path: Path | None = None  # where the bundle lives: a quantised bundle's source is looked for beside it
    quality_text: str | None = None  # the longer text of quality.json (default: emlx.verify.quality.QUALITY_TEXT)


def encode_prompt(bundle: Bundle, prompt: str, bos: bool, warnings: list[str] | None = None) -> list[int]:
    """The prompt's ids as the model's own template gives them (``bos``: apply it; ``--no-bos``: not).

    A tiktoken block: the text as ordinary text, ``bos_id`` first. A tokenizer.json: special-token strings in the
    text are recognised (as the tokenizers library does by default) and the post-processor adds what it adds (a BOS
    or nothing); a prompt that itself starts with the template's prefix does not get it twice (said in ``warnings``).
    """
    if not bundle.tokenizer:
        raise EmlxInputError("the bundle has no tokenizer, so a text prompt cannot be encoded; "
                             "re-export with --tokenizer tokenizer.pkl (or tokenizer.json)")
    from emlx.hftok import is_hf_block
    from emlx.tokcorpus import encode_text

    block = bundle.tokenizer
    if not is_hf_block(block):
        ids = encode_text(block, prompt, "none", bos)
    else:
        ids = encode_text(block, prompt, "all", False)
        prefix = list(block["template"]["prefix"])
        if bos and prefix and ids[:len(prefix)] == prefix:
            if warnings is not None:
                warnings.append(f"the prompt already starts with the template's {prefix} "
                                f"({block.get('bos_token') or 'prefix'}): not added twice")
        elif bos:
            ids = encode_text(block, prompt, "all", True)
    if not ids:
        raise EmlxInputError("the prompt encodes to no tokens; pass a non-empty --prompt")
    return ids


def min_finite_window(spec: Any) -> int | None:
    finite = [int(w) for w in spec.window if w is not None]
    return min(finite) if finite else None


def tap_widths(spec: Any) -> dict[str, int]:
    """Elements per position of every tap of the spec (q: heads x head_dim, k/v: kv heads x head_dim, logits:
    vocab_size, the rest n_embd), in forward order."""
    out: dict[str, int] = {}
    for name in tap_names(spec.n_layer):
        if name.endswith(".attn.q"):
            out[name] = spec.n_head * spec.head_dim
        elif name.endswith((".attn.k", ".attn.v")):
            out[name] = spec.n_kv_head * spec.head_dim
        elif name == "logits":
            out[name] = spec.vocab_size
        else:
            out[name] = spec.n_embd
    return out


def long_sequence(spec: Any, ids: list[int], prompt_len: int, repeat_from: int = 0) -> list[int]:
    """The sequence the layers and kvcache sidecars run over: ``ids`` (the forward sidecar's prompt and greedy
    tokens) repeated from ``repeat_from`` until it is longer than the smallest window by 8 tokens (at least the
    prompt + 8, and 48 tokens when no window is finite). Real text rather than random ids: random ids drive some
    activations (EML's exp) far past what a float32 port reproduces within the gate."""
    w = min_finite_window(spec)
    target = max(prompt_len + 8, (w + 8) if w is not None else 48)
    body = ids[repeat_from:] or ids
    out = list(ids[:target])
    while len(out) < target:
        out.extend(body[:target - len(out)])
    return out


def default_longest_pass(spec: Any) -> int:
    """Tokens of the longest pass a harness runs for sidecars `emlx sidecars` would make for the spec with its
    defaults (the default prompt's few tokens + DEFAULT_TOKENS greedy steps), before any sidecar exists."""
    return max(8 + DEFAULT_TOKENS, len(long_sequence(spec, [0] * (8 + DEFAULT_TOKENS), 8)))


def tap_positions(spec: Any, length: int) -> list[int]:
    """Positions of the long sequence whose taps layers.json keeps: all of them while that stays within
    LAYERS_ALL_POSITIONS_VALUES values; otherwise the first 8, every 64th, the smallest window's edge (w-3 .. w+3:
    the first query that loses a key is at w, or w+1 with FA3's w+1 keys, so a window off-by-one still shows at
    its first tap, blocks.0.attn_out) and the last 4."""
    if length * sum(tap_widths(spec).values()) <= LAYERS_ALL_POSITIONS_VALUES:
        return list(range(length))
    pos = set(range(min(8, length))) | set(range(0, length, 64)) | set(range(max(0, length - 4), length))
    w = min_finite_window(spec)
    if w is not None:
        pos |= {p for p in range(w - 3, w + 4) if 0 <= p < length}
    return sorted(pos)


def kvcache_prefill(prompt_len: int, length: int) -> int:
    """Tokens fed at once before the single-token steps: all but the last KV_DECODE_STEPS (at least the prompt,
    and at least one single step)."""
    return max(1, min(length - 1, max(prompt_len, length - KV_DECODE_STEPS)))


def _b64_json_bytes(values: int) -> int:
    return 4 * ((4 * values + 2) // 3)


def check_sidecar_sizes(spec: Any, prompt_len: int, steps: int) -> None:
    """Refuse, before any reference work, sidecars a browser could not parse (one JSON string over V8's limit)."""
    V = spec.vocab_size
    L = len(long_sequence(spec, [0] * (prompt_len + steps), prompt_len))
    n_pos, width = len(tap_positions(spec, L)), sum(tap_widths(spec).values())
    sizes = {
        "forward": (_b64_json_bytes(steps * V), f"{steps} steps x {V} logits"),
        "layers": (_b64_json_bytes(n_pos * width), f"{n_pos} positions x {width} tap values"),
        "kvcache": (_b64_json_bytes((L - kvcache_prefill(prompt_len, L) + 1) * V), f"cached rows x {V} logits"),
    }
    for kind, (size, what) in sizes.items():
        if size > MAX_SIDECAR_JSON_BYTES:
            fix = "pass fewer --tokens" if kind == "forward" else "the model is too wide for a JSON sidecar"
            raise EmlxInputError(f"{file_name(kind)} would be {size / 2**20:.0f} MiB ({what}, float32 as base64), over "
                                 f"the {MAX_SIDECAR_JSON_BYTES / 2**20:.0f} MiB a browser can parse as one string; {fix}")
