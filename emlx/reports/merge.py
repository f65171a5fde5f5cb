"""`emlx report merge DIR... --out DIR`: the report.json files of a gate's shards (`emlx gate --shard I/N`) as the
four reports of the whole gate.

Each shard's report.json says which plan it belongs to and which runs of it were its own (emlx.shards). The merge
refuses shards of different plans (another config or other restrictions: one line, exit 2) and otherwise puts every
model back together in plan order: its runs from every shard that ran some, in the order a single `emlx gate` would
have listed them, quantisation quality (the same in every shard: exports and sidecars are deterministic), warnings
de-duplicated, the parity time summed and the other phases at their longest. Nothing is assumed about a shard that
is not there: the runs of a missing shard, and of a shard given twice, are ERROR runs that say so, so the merged
gate cannot pass; shards that exported different weights for one model make that model an ERROR too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

from emlx.errors import EmlxInputError
from emlx.reports.model import ModelResult, merge_parity
from emlx.reports.write import REPORT_FORMAT, REPORT_VERSION
from emlx.shards import PlannedRun, Shard, slice_bounds


@dataclass(frozen=True)
class ShardReport:
    label: str  # where it was read from
    folder: Path  # the folder holding report.json (and the shard's work/ folder)
    shard: Shard
    models: dict[str, dict[str, Any]]


def _run(v: Any, where: str) -> PlannedRun:
    if not (isinstance(v, list) and len(v) == 3 and all(isinstance(x, str) for x in v)):
        raise EmlxInputError(f"{where}: expected [model, runtime, backend], got {json.dumps(v)[:100]}")
    return PlannedRun(*v)


def read_shard_report(path: Path) -> ShardReport:
    """A gate's report.json (a folder holding one, or the file), with its shard description checked."""
    file = path / "report.json" if path.is_dir() else path
    try:
        doc = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EmlxInputError(f"{file}: no such file; give the report folders of the shards (each holds report.json)") from None
    except (OSError, ValueError) as e:
        raise EmlxInputError(f"{file}: not a readable JSON report ({e})") from None
    if not isinstance(doc, dict) or doc.get("format") != REPORT_FORMAT or doc.get("version") != REPORT_VERSION:
        raise EmlxInputError(f"{file}: not an emlx report.json (format {REPORT_FORMAT!r} version {REPORT_VERSION} expected)")
    sh = doc.get("shard")
    if not isinstance(sh, dict):
        raise EmlxInputError(f"{file}: not the report of a gate (it has no \"shard\": written by `emlx parity BUNDLE` or "
                             "an emlx older than shards); merge the reports of `emlx gate [--shard I/N]`")
    index, count, plan = sh.get("index"), sh.get("count"), sh.get("plan")
    if not (isinstance(index, int) and isinstance(count, int) and 1 <= index <= count and isinstance(plan, list) and plan):
        raise EmlxInputError(f"{file}: shard: expected index 1..count and a non-empty plan, got index={index!r} count={count!r}")
    shard = Shard(index, count, tuple(_run(r, f"{file}: shard.plan") for r in plan))
    if count > len(shard.plan) or [_run(r, f"{file}: shard.runs") for r in sh.get("runs") or []] != shard.runs:
        raise EmlxInputError(f"{file}: shard {index}/{count}: its runs are not that slice of its plan; the file was edited "
                             "or written by another emlx")
    models = doc.get("models")
    if not isinstance(models, list) or not all(isinstance(m, dict) and isinstance(m.get("name"), str) for m in models):
        raise EmlxInputError(f"{file}: models: expected a list of model objects")
    return ShardReport(str(file), file.parent, shard, {m["name"]: m for m in models})


def _combine_timings(parts: Sequence[ModelResult]) -> dict[str, float]:
    out: dict[str, float] = {}
    for p in parts:
        for k, v in p.timings.items():
            out[k] = out.get(k, 0.0) + float(v) if k == "parity" else max(out.get(k, 0.0), float(v))
    return out


def _error_run(run: PlannedRun, message: str) -> dict[str, Any]:
    return {"runtime": run.runtime, "backend": run.backend, "passed": False, "info": {}, "errors": [message], "gates": []}


def merge_shard_reports(shards: Sequence[ShardReport]) -> tuple[list[ModelResult], Shard, list[str]]:
    """(models of the whole gate, the whole gate as shard 1/1, problems found: missing or duplicated shards)."""
    if not shards:
        raise EmlxInputError("report merge: no shard reports given")
    first = shards[0]
    for s in shards[1:]:
        if s.shard.plan != first.shard.plan or s.shard.count != first.shard.count:
            raise EmlxInputError(f"{s.label}: shard {s.shard.index}/{s.shard.count} of another gate than {first.label} "
                                 f"(shard {first.shard.index}/{first.shard.count}): their plans or shard counts differ; "
                                 "merge the shards of one `emlx gate --shard I/N` matrix")
    plan, count = first.shard.plan, first.shard.count
    by_index: dict[int, list[ShardReport]] = {}
    for s in shards:
        by_index.setdefault(s.shard.index, []).append(s)
    problems: dict[PlannedRun, str] = {}
    notes: list[str] = []
    for i in range(1, count + 1):
        a, b = slice_bounds(len(plan), i, count)
        given = by_index.get(i, [])
        if len(given) == 1:
            continue
        if not given:
            why = f"shard {i}/{count} missing: no report of it was given to `emlx report merge`"
        else:
            why = f"shard {i}/{count} given {len(given)} times ({', '.join(s.label for s in given)}); give each shard once"
        notes.append(why)
        for run in plan[a:b]:
            problems[run] = why
    usable = [group[0] for group in by_index.values() if len(group) == 1]
    order = {run: k for k, run in enumerate(plan)}
    models: list[ModelResult] = []
    for name in dict.fromkeys(r.model for r in plan):
        parts = [ModelResult.from_dict(s.models[name]) for s in sorted(usable, key=lambda s: s.shard.index)
                 if name in s.models]
        bad = [_error_run(run, why) for run, why in problems.items() if run.model == name]
        errors = [p.error for p in parts if p.error]
        parity: dict[str, Any] | None = None
        reports = [p.parity for p in parts if p.parity is not None]
        try:
            parity = merge_parity(list(reports)) if reports else None
        except ValueError:
            shas = sorted({str(r.get("weights_sha256"))[:12] for r in reports})
            errors.append(f"the shards exported different weights for this model ({', '.join(shas)}): exports must be "
                          "deterministic, so a checkpoint or emlx version differed between the shard machines")
        if parity is not None or bad:
            runs = [*(parity or {}).get("runs", []), *bad]
            runs.sort(key=lambda r: order.get(PlannedRun(name, str(r.get("runtime")), str(r.get("backend"))), len(plan)))
            base: dict[str, Any] = parity or {"bundle": None, "family": None, "weights_sha256": None, "atol": None,
                                              "seconds": 0.0, "warnings": []}
            parity = {**base, "runs": runs, "passed": bool(runs) and bool((parity or {}).get("passed")) and not bad}
        if parity is None and not errors:
            errors.append("no shard's report holds this model, though its runs were assigned to a shard given")
        quality = next((p.quality for p in parts if p.quality is not None), None)
        thresholds = next((p.quality_thresholds for p in parts if p.quality_thresholds is not None), None)
        models.append(ModelResult(name, parity, quality=quality,
                                  quality_thresholds=thresholds, timings=_combine_timings(parts),
                                  error="; ".join(dict.fromkeys(errors)) or None))
    return models, Shard(1, 1, plan), notes


def merge_folders(paths: Sequence[Path]) -> tuple[list[ModelResult], Shard, list[str], list[ShardReport]]:
    shards = [read_shard_report(Path(p)) for p in paths]
    models, whole, notes = merge_shard_reports(shards)
    return models, whole, notes, shards

