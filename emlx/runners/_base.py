"""The runner model (docs/DESIGN.md "Runners and gates"): a runner is a *host* — this Python process, a Node
process, a headless Chromium page — running a *harness* — the TF.js port or onnxruntime — on a bundle format it
loads. ``Runner`` is one ``--runtime``: its host and, per bundle format, the harness it runs there (``HarnessRun``:
the backends it offers on that host, how its jobs are made, how they run). The job and result are those of
docs/FORMATS.md "Harness job and result"; every harness runs the kinds of emlx.verify.kinds.KINDS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from emlx.errors import EmlxInputError
from emlx.formats import FALLBACK, for_input

DEFAULT_TIMEOUT_S = 900.0


@dataclass(frozen=True)
class RunOptions:
    timeout: float = DEFAULT_TIMEOUT_S  # seconds per backend
    job_extra: Mapping[str, Any] | None = None  # e.g. test-only fault injection
    progress: Callable[[str], None] = field(default=lambda _m: None)


@dataclass(frozen=True)
class Harness:
    """What runs the sidecar kinds on a bundle: the same kinds and result schema on every host."""

    name: str
    formats: tuple[str, ...]  # emlx.formats names of the bundles it loads
    #: its wasm backend holds the whole model in one wasm32 heap (4 GiB), checked up front by emlx.runners.memory
    wasm_heap: bool = False


#: The TF.js port (js/src), driven by js/harness/run.js.
TFJS = Harness("tfjs", ("json", "safetensors"), wasm_heap=True)
#: onnxruntime on an emlx ONNX export: js/harness/ort-run.js (onnxruntime-node, -web) or emlx/runners/onnxruntime.py.
ONNXRUNTIME = Harness("onnxruntime", ("onnx",))

#: ``make_jobs(bundle, {kind: sidecar file}, backends, job_extra)`` -> one harness job per backend
MakeJobs = Callable[[Path, Mapping[str, Path], Sequence[str], Mapping[str, Any] | None], list[dict[str, Any]]]
#: ``run_jobs(jobs, opts)`` -> one harness result per job, in order. Problems of one run go into its result's
#: ``errors``; EmlxInputError when the host cannot run at all.
RunJobs = Callable[[Sequence[Mapping[str, Any]], RunOptions], list[dict[str, Any]]]


@dataclass(frozen=True)
class HarnessRun:
    """One harness on one host."""

    harness: Harness
    backends: tuple[str, ...]  # what --backend may name; the first is the default, "all" = every one in order
    make_jobs: MakeJobs
    run_jobs: RunJobs


@dataclass(frozen=True)
class Runner:
    runtime: str  # the --runtime name
    host: str  # where it runs: "a Node process", "a headless Chromium page", "this Python process"
    runs: tuple[HarnessRun, ...]  # per bundle format, the harness it runs there (the first is listed first in help)
    description: str
    browser: bool = False  # also selectable as --browser NAME

    @property
    def bundle_formats(self) -> tuple[str, ...]:
        return tuple(f for r in self.runs for f in r.harness.formats)

    def harness_run(self, fmt: str) -> HarnessRun:
        for r in self.runs:
            if fmt in r.harness.formats:
                return r
        raise EmlxInputError(f"the {self.runtime} runtime cannot load {fmt} bundles (it loads "
                             f"{', '.join(self.bundle_formats)})")

    def harness_for(self, fmt: str) -> Harness:
        return self.harness_run(fmt).harness

    def backends_for(self, fmt: str | None) -> tuple[str, ...]:
        """The backends offered for bundles of format ``fmt`` (None: of the first harness)."""
        return self.harness_run(fmt).backends if fmt else self.runs[0].backends

    def run(self, bundle: Path, sidecars: Mapping[str, Path], backends: Sequence[str], opts: RunOptions) -> list[dict[str, Any]]:
        """One harness result per backend for ``bundle`` against the sidecar files ``{kind: path}``."""
        hr = self.harness_run((for_input(Path(bundle)) or FALLBACK).name)
        return hr.run_jobs(hr.make_jobs(Path(bundle), sidecars, backends, opts.job_extra), opts)


def make_job(bundle_path: Path, sidecars: Mapping[str, Path], backend: str,
             extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The job of a harness that opens the bundle file itself (the TF.js port, onnxruntime in Python)."""
    job: dict[str, Any] = {"bundle": str(Path(bundle_path).resolve()), "backend": backend, "taps": True,
                           "sidecars": {k: str(Path(p).resolve()) for k, p in sidecars.items()}}
    if extra:
        job.update(extra)
    return job


def make_jobs(bundle: Path, sidecars: Mapping[str, Path], backends: Sequence[str],
              extra: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    return [make_job(bundle, sidecars, b, extra) for b in backends]


def refuse_job_extra(extra: Mapping[str, Any] | None, key: str, why: str) -> None:
    """A test-only injection (``perturb``: edit one weight of the TF.js port; ``fault``: a phase throws) that a
    harness cannot honour is refused, never silently ignored."""
    if extra and extra.get(key) is not None:
        raise EmlxInputError(f"--self-test-{key} {why}")
