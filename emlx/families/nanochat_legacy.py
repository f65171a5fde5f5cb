"""nanochat before 6ed7d1d: the nanochat file layout (a meta json beside the weights) without smear or backout,
32-channel 2*sigmoid value-embedding gates, RoPE base 1e4, S = seq//2, no q/k scale.

RoPE tables are computed in the dtype ``wte`` is stored in, as in current nanochat.
"""

from __future__ import annotations

from emlx.families._base import FLOAT32_EPS, Conventions, Family, NameMap, View, half_of, table_dtype
from emlx.families.nanochat import GATE_CHANNELS, TORCH_GPT_ROWS
from emlx.spec import RopeSpec


def recognise(view: View) -> str | None:
    if view.framework != "torch":
        return f"not a torch checkpoint (the reader saw {view.framework})"
    if view.has_smear or view.gate_channels == GATE_CHANNELS:
        return "has current nanochat's smear gate or 12-channel gates"
    if not view.meta:
        return "no nanochat meta json beside the weights"
    return None


def conventions(view: View) -> Conventions:
    return Conventions(
        rope=RopeSpec(style="half", base=10000.0, sign=-1, table_dtype=table_dtype(view.dtypes.get("wte.weight", "float32"))),
        norm_eps=FLOAT32_EPS,
        short_window=half_of,
        extra_key=True,
        gate_scale=2.0,
        qk_scale=1.0,
    )


FAMILY = Family(name="nanochat-legacy", looks_for="a nanochat directory (meta json) without smear, 32-channel gates",
                names=NameMap(TORCH_GPT_ROWS), recognise=recognise, conventions=conventions)
