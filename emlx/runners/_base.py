"""What a runner module declares, and the harness job every JS runner sends (docs/FORMATS.md "Harness job and
result", docs/DESIGN.md "Runners")."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

DEFAULT_TIMEOUT_S = 900.0


@dataclass(frozen=True)
class RunOptions:
    timeout: float = DEFAULT_TIMEOUT_S  # seconds per backend
    job_extra: Mapping[str, Any] | None = None  # e.g. test-only fault injection
    progress: Callable[[str], None] = field(default=lambda _m: None)


#: ``run(bundle, sidecar_dir, kinds, backends, opts)`` -> one harness result dict per backend, in order. Problems
#: of one run go into its result's ``errors``; EmlxInputError when the runtime cannot run at all.
RunFn = Callable[[Path, Path, Sequence[str], Sequence[str], RunOptions], list[dict[str, Any]]]


@dataclass(frozen=True)
class Runner:
    runtime: str  # the --runtime name
    backends: tuple[str, ...]  # what --backend may name under it; "all" = every one, in this order
    bundle_formats: tuple[str, ...]  # emlx.formats names it can load
    description: str
    run: RunFn
    browser: bool = False  # also selectable as --browser NAME
    #: backends per bundle format where they differ from ``backends`` (an .onnx bundle runs on onnxruntime)
    format_backends: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def backends_for(self, fmt: str | None) -> tuple[str, ...]:
        return self.format_backends.get(fmt, self.backends) if fmt else self.backends


def make_job(bundle_path: Path, sidecar_dir: Path, kinds: Sequence[str], backend: str,
             extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    job: dict[str, Any] = {"bundle": str(Path(bundle_path).resolve()), "backend": backend, "taps": True,
                           "sidecars": {k: str((sidecar_dir / f"{k}.json").resolve()) for k in kinds}}
    if extra:
        job.update(extra)
    return job
