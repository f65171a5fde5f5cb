"""autoresearch-torch: ``torch.save(model.state_dict())`` of autoresearch's train.py (a nanochat derivative).

Same module tree as nanochat (``transformer.h.{i}...``, possibly behind ``_orig_mod.``), no smear, no backout,
32-channel 2*sigmoid gates. RoPE: half split, rotate -theta, base 1e4, cos/sin always rounded to bfloat16
(the tables are built with ``.bfloat16()``). RMS eps = finfo(float32).eps. Windows: S = seq//2, FA3 ``(W, 0)`` =
W+1 keys. No meta json: sequence_len and heads come from a run config json beside the file, if any.
"""

from __future__ import annotations

from emlx.families._base import FLOAT32_EPS, Conventions, Family, NameMap, View, half_of
from emlx.families.nanochat import GATE_CHANNELS, TORCH_GPT_ROWS
from emlx.spec import RopeSpec


def recognise(view: View) -> str | None:
    if view.framework != "torch":
        return f"not a torch checkpoint (the reader saw {view.framework})"
    if view.has_smear or view.gate_channels == GATE_CHANNELS:
        return "has nanochat's smear gate or 12-channel gates"
    if view.meta:
        return "has a nanochat meta json (that is nanochat's layout)"
    return None


def conventions(view: View) -> Conventions:
    return Conventions(
        rope=RopeSpec(style="half", base=10000.0, sign=-1, table_dtype="bfloat16"),
        norm_eps=FLOAT32_EPS,
        short_window=half_of,
        extra_key=True,
        gate_scale=2.0,
        qk_scale=1.0,
    )


FAMILY = Family(name="autoresearch-torch", looks_for="a torch state_dict with transformer.h.N names and no meta json",
                names=NameMap(TORCH_GPT_ROWS), recognise=recognise, conventions=conventions)
