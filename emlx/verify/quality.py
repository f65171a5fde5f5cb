"""Quality of a quantised bundle (int8, q4 or a mix) against the float32 model it was exported from: the
``quality.json`` sidecar (docs/FORMATS.md "Sidecars"). Reported and gated by thresholds (emlx.toml), not run by a
harness: a runtime's numbers are held to the quantised bundle's own reference by the parity gates.

Both models run teacher-forced over two kinds of sequence: the forward sidecar's ids (the prompt and the float64
reference's greedy continuation of the *quantised* model) and a longer English text (``QUALITY_TEXT``, built in, or
``--quality-text FILE``), cut into windows of at most ``min(sequence_len, 256)`` tokens, ``MAX_TEXT_POSITIONS``
positions in all. Per position: whether the top-1 token agrees, ``KL(f32 || quantised)`` of the next-token
distributions, and at every disagreement the float32 model's top-1 minus top-2 logit margin (a flip where float32
itself was on a knife edge costs little; one where it was confident is real damage).
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np

from emlx.bundle import Bundle
from emlx.verify.gates import top2_margin
from emlx.verify.plan import encode_prompt
from emlx.verify.reference import Reference
from emlx.verify.sidecar_files import sidecar_header

#: at most this many positions of the text are compared (a few forward passes of either model)
MAX_TEXT_POSITIONS = 1024
#: windows of the text are at most this long (and never past the model's sequence_len)
TEXT_WINDOW = 256
#: the f32 margin under which a disagreement counts as a knife-edge flip in the summary
KNIFE_EDGE = 0.1

#: A longer text for the quality check: ordinary prose, some numbers, punctuation and a little code, so that every
#: tokenizer splits it into many different tokens. Written for emlx.
QUALITY_TEXT = """\
The harbour was quiet in the early morning. Fishing boats rocked against the pier, their ropes creaking, while a
few gulls circled above the market stalls that were only beginning to open. A baker carried trays of bread across
the square, and the smell of it drifted down to the water, where two children were counting crabs in a bucket.
"Seventeen," said the older one, "and one of them is missing a claw." Her brother insisted it was eighteen.

By nine o'clock the town had woken up. Buses arrived every twelve minutes from the station, each one bringing
walkers with maps, students with laptops and an elderly couple who came every Thursday to buy cheese. The cheese
seller knew them by name. She weighed 250 grams of a hard mountain cheese, wrapped it in paper, and wrote the price,
4.75, on the packet with a blunt pencil. Prices had gone up again this year; nobody was surprised.

Further along the coast, a research vessel was preparing to leave. Its crew checked the instruments one by one:
the thermometers, the salinity probes, a small autonomous glider that would spend three weeks measuring currents at
depths of up to 1,000 metres. The chief scientist read the weather report twice. Wind from the north-west, force
four to five, occasionally six later. Visibility good. Sea state moderate. It would be an uncomfortable first night.

Meanwhile, in a classroom on the hill, a teacher wrote a short program on the board and asked what it printed:

    total = 0
    for n in range(1, 11):
        if n % 3 == 0:
            total += n * n
    print(total)

Several hands went up. One student said 126, another said 117, and a third, after a long pause, asked whether the
range included eleven. The teacher smiled and asked them to work it out on paper before anyone touched a keyboard.

In the afternoon the wind rose, as forecast. Shutters banged, a market umbrella tore loose and rolled across the
cobbles, and the ferry to the island was cancelled until further notice. People gathered in the cafe by the bus
stop, ordering tea and complaining cheerfully about the weather, the timetable and the price of the cheese.
"""


def text_windows(bundle: Bundle, text: str) -> list[list[int]]:
    """The text's ids through the model's template, cut into windows of at most ``min(sequence_len,
    TEXT_WINDOW)`` tokens (each past the first starting at its own position 0), ``MAX_TEXT_POSITIONS`` in all."""
    ids = encode_prompt(bundle, text, True)
    width = max(2, min(bundle.spec.sequence_len, TEXT_WINDOW))
    ids = ids[:MAX_TEXT_POSITIONS]
    return [ids[i:i + width] for i in range(0, len(ids), width) if len(ids[i:i + width]) >= 2]


def _logsoftmax(x: np.ndarray) -> np.ndarray:
    m = x.max(axis=1, keepdims=True)
    return x - m - np.log(np.exp(x - m).sum(axis=1, keepdims=True))


def _summary(top1: np.ndarray, kl: np.ndarray, margins: np.ndarray) -> dict[str, Any]:
    flips = margins[~top1]
    return {"positions": int(top1.size), "top1_agreement": float(np.mean(top1)) if top1.size else None,
            "kl": {"mean": float(kl.mean()), "p99": float(np.percentile(kl, 99)), "max": float(kl.max())}
            if kl.size else None,
            "flips": int(flips.size), "knife_edge_flips": int(np.sum(flips <= KNIFE_EDGE)),
            "max_flip_margin": float(flips.max()) if flips.size else 0.0,
            "median_flip_margin": float(np.median(flips)) if flips.size else 0.0}


def quality_sidecar(bundle: Bundle, ref: Reference, f32_ref: Reference, sequences: Sequence[tuple[str, list[int]]],
                    f32_source: str) -> dict[str, Any]:
    """Quantised vs float32 over ``sequences`` (name, ids): the whole and per kind (``prompt``, ``text``)."""
    rows: list[dict[str, Any]] = []
    parts: dict[str, list[tuple[np.ndarray, np.ndarray, np.ndarray]]] = {}
    max_abs = 0.0
    for name, ids in sequences:
        a, b = f32_ref.forward(ids).logits, ref.forward(ids).logits
        la, lb = _logsoftmax(a), _logsoftmax(b)
        kl = np.sum(np.exp(la) * (la - lb), axis=1)
        ta, tb = a.argmax(axis=1), b.argmax(axis=1)
        margins = top2_margin(a)
        max_abs = max(max_abs, float(np.max(np.abs(a - b))))
        parts.setdefault(name, []).append((ta == tb, kl, margins))
        rows += [{"sequence": name, "pos": int(p), "quant_top1": int(tb[p]), "f32_top1": int(ta[p]),
                  "f32_margin": float(margins[p])} for p in np.nonzero(ta != tb)[0]]

    def joined(ps: list[tuple[np.ndarray, np.ndarray, np.ndarray]]) -> dict[str, Any]:
        return _summary(*(np.concatenate([p[i] for p in ps]) for i in range(3)))

    whole = joined([p for ps in parts.values() for p in ps])
    coverage = {"positions": whole["positions"], "sequences": {k: sum(p[0].size for p in ps) for k, ps in parts.items()}}
    prompt_ids = next((ids for name, ids in sequences if name == "prompt"), [])
    return {**sidecar_header("quality", bundle, {}, coverage), "quantization": bundle.quantization_label(),
            "f32_source": f32_source, "ids": list(prompt_ids), **whole, "max_abs_logit_diff": max_abs,
            "per_sequence": {k: joined(ps) for k, ps in parts.items()},
            "sequences": [{"name": name, "ids": list(ids)} for name, ids in sequences if name != "prompt"],
            "disagreements": rows}
