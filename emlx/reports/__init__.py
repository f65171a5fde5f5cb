"""Release-gate reports people read and CI systems parse, for one or several models.

    from emlx.reports import ModelResult, QualityThresholds, write_reports
    files = write_reports("reports", [ModelResult("tiny", parity_report.to_dict(), quality=quality_doc,
                                                  quality_thresholds=QualityThresholds(0.95, 0.02),
                                                  timings={"export": 0.8, "parity": 2.3})])

writes report.html (self-contained: verdicts, gate tables, inline SVG plots), junit.xml (with times),
summary.md (also appended to $GITHUB_STEP_SUMMARY when set) and report.json into the folder.
"""

from emlx.reports.model import (Int8Check, Int8Thresholds, ModelResult, QualityCheck, QualityThresholds, merge_parity,
                                overall_passed)
from emlx.reports.write import ReportFiles, write_reports

__all__ = ["Int8Check", "Int8Thresholds", "ModelResult", "QualityCheck", "QualityThresholds", "ReportFiles",
           "merge_parity", "overall_passed", "write_reports"]
