"""Building the parity certificate (emlx/certificate.py) from a parity report: the entries of the runs that
passed, and the probe computed by the float64 reference.

The probe is the start of the forward sidecar's sequence (the prompt and the first greedy tokens, at most
PROBE_TOKENS ids), and at a few of its positions the reference's logits: the top-k ids with their values and a fixed
slice of the vocabulary, as float64 JSON numbers, plus each row's argmax and top-1/top-2 margin (a device whose
argmax differs where the margin is within atol has a tie, not a failure: the same rule as the greedy gate).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

import numpy as np

from emlx import certificate
from emlx._version import __version__
from emlx.bundle import Bundle
from emlx.formats import load_bundle
from emlx.verify.reference import Reference
from emlx.verify.sidecar_files import sidecar_path
from emlx.verify.sources import reference_weights

PROBE_TOKENS = 12
PROBE_ROWS = 4
TOP_K = 8
SLICE = 32


def probe_ids(bundle: Bundle, sidecar_dir: Path | None) -> list[int]:
    """The forward sidecar's ids (prompt + greedy tokens), cut to PROBE_TOKENS; without one, the first ids."""
    try:
        doc = json.loads(sidecar_path(sidecar_dir, "forward").read_text(encoding="utf-8")) if sidecar_dir else None
    except (OSError, ValueError):
        doc = None
    ids = doc.get("ids") if isinstance(doc, dict) else None
    V = bundle.spec.vocab_size
    if isinstance(ids, list) and ids and all(isinstance(i, int) and 0 <= i < V for i in ids):
        return ids[:PROBE_TOKENS]
    return list(range(min(PROBE_TOKENS, V)))


def probe_rows(T: int) -> list[int]:
    """A few positions spread over the sequence, the first and the last included."""
    return sorted({round(k * (T - 1) / (PROBE_ROWS - 1)) for k in range(PROBE_ROWS)}) if T > 1 else [0]


def build_probe(bundle: Bundle, ids: Sequence[int]) -> dict[str, Any]:
    logits = Reference(bundle.spec, reference_weights(bundle)).forward(list(ids)).logits  # float64 [T, V]
    V = logits.shape[1]
    k, lo = min(TOP_K, V), 0
    hi = min(SLICE, V)
    rows = []
    for r in probe_rows(len(ids)):
        row = logits[r]
        top = [int(j) for j in np.lexsort((np.arange(V), -row))[:k]]  # by value, then the lower id first
        margin = float(row[top[0]] - row[top[1]]) if k > 1 else None
        rows.append({"row": r, "top": [[int(j), float(row[j])] for j in top], "slice": [float(x) for x in row[lo:hi]],
                     "argmax": int(top[0]), "margin": margin})
    return {"ids": [int(i) for i in ids], "top_k": k, "slice": [lo, hi], "rows": rows}


def _environment(run: Mapping[str, Any]) -> dict[str, Any]:
    info = run.get("info") or {}
    browser = info.get("browser") or {}
    env = {"runtime": info.get("runtime"), "tfjs_version": info.get("tfjs_version"), "ort_version": info.get("ort_version"),
           "browser": {k: browser.get(k) for k in ("name", "version", "user_agent") if browser.get(k)} or None,
           "adapter": info.get("renderer"), "webgpu": info.get("webgpu"),
           "engine": (info.get("port") or {}).get("engine")}
    return {k: v for k, v in env.items() if v is not None}


def passed_entries(report: Mapping[str, Any], steps: int | None) -> list[dict[str, Any]]:
    """One entry per run that passed: its max|Δlogit| over the logits gates, the greedy result, the environment."""
    out = []
    for run in report.get("runs") or []:
        if not run.get("passed"):
            continue
        gates = run.get("gates") or []
        worst = [float(g["value"]) for g in gates if (g.get("data") or {}).get("per_step_max_abs") is not None
                 and g.get("value") is not None]
        greedy = next((g for g in gates if g.get("name") == "forward.greedy"), None)
        out.append({"runtime": run["runtime"], "backend": run["backend"], "max_abs_logit": max(worst) if worst else None,
                    "greedy": None if greedy is None else {
                        "identical": bool(greedy.get("passed")), "steps": steps,
                        "ties": len(((greedy.get("data") or {}).get("ties")) or [])},
                    "environment": _environment(run), "emlx_version": __version__})
    return out


def certify(bundle_path: Path, report: Mapping[str, Any], sidecar_dir: Path | None,
            warn: Callable[[str], None] | None = None) -> Path | None:
    """Write (merge into) ``<bundle stem>.parity.json`` for this parity report; None (and a warning) when the
    folder cannot be written: a read-only bundle folder does not fail a gate."""
    bundle = load_bundle(Path(bundle_path))
    try:
        fwd = json.loads(sidecar_path(sidecar_dir, "forward").read_text(encoding="utf-8")) if sidecar_dir else {}
    except (OSError, ValueError):
        fwd = {}
    steps = fwd.get("steps") if isinstance(fwd, dict) and isinstance(fwd.get("steps"), int) else None
    doc = {"format": certificate.FORMAT, "version": certificate.VERSION, "generated_by": f"emlx {__version__}",
           "bundle": Path(bundle_path).name, "bundle_identity": certificate.identity(bundle),
           "atol": float(report["atol"]), "passed": passed_entries(report, steps),
           "probe": build_probe(bundle, probe_ids(bundle, sidecar_dir))}
    ran = [(str(r["runtime"]), str(r["backend"])) for r in report.get("runs") or []]
    try:
        return certificate.write(Path(bundle_path), doc, ran)
    except OSError as e:
        if warn is not None:
            warn(f"parity certificate not written next to {bundle_path}: {e.strerror or e}")
        return None
