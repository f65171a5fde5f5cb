"""The one exception type that the CLI turns into a one-line message and exit code 2."""

from __future__ import annotations


class EmlxInputError(Exception):
    """Bad input or environment: say what was found, what was expected and how to fix it.

    The CLI prints ``error: <message>`` on one line and exits with code 2; no traceback.
    """


class GateFailed(Exception):
    """A parity gate failed (exit code 1)."""
