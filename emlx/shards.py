"""Splitting a release gate over several CI machines: the plan of runs, and the slice `emlx gate --shard I/N` runs.

The plan is every configured (model, runtime, backend) in the order a single `emlx gate` runs them: models in
config order, and within a model its runtimes grouped in the order they first appear (one runtime session runs
all of its backends). Shard I of N takes the I-th of N contiguous slices of that list, whose sizes differ by at
most one run. The slice depends on the config alone (never on timings or the machine), so every machine of a CI
matrix computes the same split, and contiguity keeps a model's runs together: a model is exported and its
sidecars built at most once per shard it appears in (``emlx gate --cache DIR`` restores the sidecars from a
folder keyed by bundle identity instead).

Every gate writes its slice into report.json (``"shard": {"index", "count", "plan", "runs", "plan_sha256"}``, a
whole gate as shard 1 of 1), which is what ``emlx report merge`` (emlx.reports.merge) checks the shards against.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Sequence

from emlx.errors import EmlxInputError

if TYPE_CHECKING:
    from emlx.configgate import GateConfig, ModelConfig


@dataclass(frozen=True, order=True)
class PlannedRun:
    model: str
    runtime: str
    backend: str

    def label(self) -> str:
        return f"{self.model} {self.runtime}:{self.backend}"

    def to_list(self) -> list[str]:
        return [self.model, self.runtime, self.backend]


def grouped_runtimes(m: "ModelConfig") -> dict[str, list[str]]:
    """A model's runs as runtime -> backends, runtimes in the order they first appear (the order the gate runs them)."""
    by_runtime: dict[str, list[str]] = {}
    for rt, be in m.runtimes:
        by_runtime.setdefault(rt, []).append(be)
    return by_runtime


def plan(cfg: "GateConfig") -> list[PlannedRun]:
    """Every run of the gate, in the order a single `emlx gate` runs (and reports) them."""
    return [PlannedRun(m.name, rt, be) for m in cfg.models for rt, bes in grouped_runtimes(m).items() for be in bes]


def plan_sha256(runs: Sequence[PlannedRun]) -> str:
    """Identity of a plan: shards of different plans (another config, other restrictions) cannot be merged."""
    return hashlib.sha256(json.dumps([r.to_list() for r in runs], separators=(",", ":")).encode()).hexdigest()


def parse_shard(text: str) -> tuple[int, int]:
    """'I/N' -> (I, N) with 1 <= I <= N, else one EmlxInputError line."""
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text or "")
    if not m or not (1 <= int(m.group(1)) <= int(m.group(2))):
        raise EmlxInputError(f"--shard expects I/N with 1 <= I <= N (e.g. 2/4 for the second of four shards), got {text!r}")
    return int(m.group(1)), int(m.group(2))


def slice_bounds(total: int, index: int, count: int) -> tuple[int, int]:
    """[start, end) of shard `index` (1-based) of `count` over `total` runs: contiguous, sizes differ by at most 1."""
    return (index - 1) * total // count, index * total // count


def shard_runs(runs: Sequence[PlannedRun], index: int, count: int) -> list[PlannedRun]:
    if count > len(runs):
        raise EmlxInputError(f"--shard {index}/{count}: the gate has {len(runs)} run(s), so at most {len(runs)} shard(s) "
                             "can each run something; use fewer shards")
    a, b = slice_bounds(len(runs), index, count)
    return list(runs[a:b])


def restrict_to(cfg: "GateConfig", runs: Sequence[PlannedRun]) -> "GateConfig":
    """The config with only these runs (models that keep none are dropped)."""
    keep = set(runs)
    models = []
    for m in cfg.models:
        pairs = tuple(p for p in m.runtimes if PlannedRun(m.name, *p) in keep)
        if pairs:
            models.append(replace(m, runtimes=pairs))
    return replace(cfg, models=tuple(models))


@dataclass(frozen=True)
class Shard:
    """What one gate invocation ran of the whole plan (index/count 1/1: the whole gate)."""

    index: int
    count: int
    plan: tuple[PlannedRun, ...]

    @property
    def runs(self) -> list[PlannedRun]:
        a, b = slice_bounds(len(self.plan), self.index, self.count)
        return list(self.plan[a:b])

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "count": self.count, "plan_sha256": plan_sha256(self.plan),
                "plan": [r.to_list() for r in self.plan], "runs": [r.to_list() for r in self.runs]}


def select(cfg: "GateConfig", shard: str | None) -> tuple["GateConfig", Shard]:
    """The config restricted to shard `shard` ('I/N'; None: the whole gate) and that shard's description."""
    runs = plan(cfg)
    index, count = parse_shard(shard) if shard is not None else (1, 1)
    mine = shard_runs(runs, index, count)
    return restrict_to(cfg, mine), Shard(index, count, tuple(runs))
