"""The one exception type that the CLI turns into a one-line message and exit code 2."""

from __future__ import annotations

import json
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator


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


def one_line(text: str, limit: int = 600) -> str:
    text = re.sub(r"\s+", " ", str(text)).strip()
    return text if len(text) <= limit else text[: limit - 3] + "..."


def fail(message: str) -> EmlxInputError:
    """An EmlxInputError whose message is guaranteed to be a single line."""
    return EmlxInputError(one_line(message))


@contextmanager
def input_errors(path: Path | str, what: str, hint: str) -> Iterator[None]:
    """Turn any low-level failure (zip, pickle, json, numpy, struct, OS ...) into one EmlxInputError line."""
    try:
        yield
    except EmlxInputError:
        raise
    except Exception as e:  # noqa: BLE001 - every failure of a reader is bad input by contract
        detail = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
        raise fail(f"{path}: {what} ({detail}); {hint}") from e
