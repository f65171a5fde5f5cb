"""The one exception type that the CLI turns into a one-line message and exit code 2."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


class EmlxInputError(Exception):
    """Bad input or environment: say what was found, what was expected and how to fix it.

    The CLI prints ``error: <message>`` on one line and exits with code 2; no traceback.
    """


class GateFailed(Exception):
    """A parity gate failed (exit code 1)."""


def read_json(path: Path, what: str, fix: str, missing: str | None = None, label: str | None = None) -> Any:
    """Parse a JSON file or raise one EmlxInputError line: ``<label>: not <what> (<why>); <fix>``.

    ``label`` defaults to the path; ``missing`` replaces the message for a file that does not exist.
    """
    label = label or str(path)
    try:
        with Path(path).open("rb") as f:
            return json.load(f)
    except FileNotFoundError:
        raise EmlxInputError(f"{label}: {missing or 'no such file'}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as e:  # RecursionError: deep nesting
        raise EmlxInputError(f"{label}: not {what} ({type(e).__name__}: {e}); {fix}") from None
