"""The package is typed: mypy must accept it (a regression here is a real defect, e.g. a None used as str)."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_mypy_clean() -> None:
    proc = subprocess.run([sys.executable, "-m", "mypy", "emlx", "--ignore-missing-imports", "--no-error-summary"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
