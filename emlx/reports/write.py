"""write_reports(): the four report files into one folder, each written atomically."""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Mapping, Sequence

from emlx._version import __version__
from emlx.atomic import write_bytes_atomic
from emlx.errors import EmlxInputError
from emlx.reports.html import render_html
from emlx.reports.junit import render_junit
from emlx.reports.model import ModelResult, overall_passed
from emlx.reports.summary import render_summary

REPORT_FORMAT = "emlx.report"
REPORT_VERSION = 1


@dataclass(frozen=True)
class ReportFiles:
    html: Path
    junit: Path
    summary: Path
    json: Path
    step_summary: Path | None  # $GITHUB_STEP_SUMMARY, when it was appended to


def report_dict(models: Sequence[ModelResult], generated: str, shard: Mapping[str, Any] | None = None) -> dict:
    """The report.json document; `shard`: which runs of which plan this gate ran (emlx.shards.Shard.to_dict())."""
    doc = {"format": REPORT_FORMAT, "version": REPORT_VERSION, "generated_by": f"emlx {__version__}",
           "generated_at": generated, "passed": overall_passed(list(models)),
           "models": [m.to_dict() for m in models]}
    if shard is not None:
        doc["shard"] = dict(shard)
    return doc


def write_reports(report_dir: str | os.PathLike[str], models: Sequence[ModelResult],
                  step_summary: bool = True, shard: Mapping[str, Any] | None = None) -> ReportFiles:
    """Write report.html, junit.xml, summary.md and report.json into report_dir (created if missing) and append
    summary.md to $GITHUB_STEP_SUMMARY when that is set (and step_summary is true). `shard` goes into report.json
    (what `emlx report merge` checks shards against)."""
    d = Path(report_dir)
    if d.exists() and not d.is_dir():
        raise EmlxInputError(f"report_dir {d} is a file; give a folder for the reports")
    d.mkdir(parents=True, exist_ok=True)
    models = list(models)
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    summary = render_summary(models)
    files = ReportFiles(d / "report.html", d / "junit.xml", d / "summary.md", d / "report.json", None)
    doc = _finite(report_dict(models, generated, shard))
    write_bytes_atomic(files.json, json.dumps(doc, indent=2, sort_keys=True, allow_nan=False).encode("utf-8") + b"\n")
    write_bytes_atomic(files.junit, render_junit(models))
    write_bytes_atomic(files.summary, summary.encode("utf-8"))
    write_bytes_atomic(files.html, render_html(models, generated).encode("utf-8"))
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if step_summary and target:
        try:
            with open(target, "a", encoding="utf-8") as f:
                f.write(summary)
        except OSError as e:
            raise EmlxInputError(f"GITHUB_STEP_SUMMARY={target}: cannot append the summary ({e.strerror}); the four "
                                 f"reports are in {d}") from None
        files = ReportFiles(files.html, files.junit, files.summary, files.json, Path(target))
    return files


def _finite(o: object) -> object:
    """Strict JSON: a non-finite number (a gate that saw inf/NaN) is written as the string "inf"/"-inf"/"nan"."""
    if isinstance(o, float) and not math.isfinite(o):
        return str(o)
    if isinstance(o, Mapping):
        return {str(k): _finite(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        return [_finite(v) for v in o]
    return o
