"""Shared test helpers: paths, running the CLI as a user would, acceptance-case discovery."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
ACCEPTANCE = (ROOT.parent / "shared" / "acceptance").resolve()
ACCEPTANCE_CASES = {
    "autoresearch-mlx": (ACCEPTANCE / "autoresearch-mlx" / "latest.npz", ACCEPTANCE / "autoresearch-mlx" / "tokenizer.pkl"),
    "autoresearch-torch": (ACCEPTANCE / "autoresearch-torch" / "model.pt", ACCEPTANCE / "autoresearch-torch" / "tokenizer.pkl"),
    "nanochat": (ACCEPTANCE / "nanochat" / "checkpoints" / "d4", None),
}

needs_acceptance = pytest.mark.skipif(not ACCEPTANCE.is_dir(),
                                      reason=f"acceptance checkpoints not present at {ACCEPTANCE} (shared/ folder absent)")


STEP_LINE = re.compile(r"^\[\s*\d+\.\ds\] ")


def run_cli(*args: str | os.PathLike[str], env: dict[str, str] | None = None, timeout: float = 600,
            block_torch: bool = False) -> subprocess.CompletedProcess[str]:
    """Run `emlx ARGS` in a fresh interpreter; with block_torch, `import torch` fails inside it."""
    code = "import sys\n"
    if block_torch:
        code += "sys.modules['torch'] = None\n"
    code += "from emlx.cli import main\nsys.exit(main())\n"
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "COLUMNS": "200", **(env or {})}, cwd=ROOT)


def assert_clean_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    """Exit 2, one line on stderr, no traceback; the message names what it should. Progress lines (without a TTY
    each step is a line "[   1.2s] step") may precede it."""
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    err = "\n".join(line for line in proc.stderr.strip().splitlines() if not STEP_LINE.match(line)).strip()
    assert "Traceback" not in err, err
    assert len(err.splitlines()) == 1, err
    assert err.startswith("error:"), err
    for n in needles:
        assert n in err, (n, err)


def require_chromium():  # type: ignore[no-untyped-def]
    """The Chromium the runners would use; skip without one, but fail under EMLX_REQUIRE_BROWSER (set by .ci/run)."""
    from emlx.errors import EmlxInputError
    from emlx.runners.chromium import find_chromium

    try:
        return find_chromium()
    except EmlxInputError as e:
        if os.environ.get("EMLX_REQUIRE_BROWSER"):
            pytest.fail(f"EMLX_REQUIRE_BROWSER is set but {e}")
        pytest.skip(str(e))


def have_browser() -> bool:
    return any(Path(p).exists() for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser")) or bool(
        shutil.which("chromium") or os.environ.get("EMLX_CHROMIUM"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """Under EMLX_NO_SKIP (set by .ci/run) a skipped test is a failure: CI has the acceptance data, both
    oracles, Node and Chromium, so nothing may quietly not run there."""
    outcome = yield
    rep = outcome.get_result()
    if os.environ.get("EMLX_NO_SKIP") and rep.skipped and not hasattr(rep, "wasxfail"):
        reason = rep.longrepr[2] if isinstance(rep.longrepr, tuple) else str(rep.longrepr)
        rep.outcome = "failed"
        rep.longrepr = f"skipped under EMLX_NO_SKIP (CI must run every test): {reason}"
