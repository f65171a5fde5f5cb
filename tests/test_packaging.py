"""The wheel carries every module and every JS file the runners need (`pip install` must be enough): checked
against pyproject.toml without building, so a new subpackage or harness file cannot be forgotten."""

from __future__ import annotations

import fnmatch
import tomllib

from conftest import ROOT


def _setuptools() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_python_package_is_listed() -> None:
    listed = set(_setuptools()["packages"])
    found = {".".join(p.relative_to(ROOT).parent.parts) for p in (ROOT / "emlx").rglob("__init__.py")}
    assert found - listed == set(), f"add {sorted(found - listed)} to [tool.setuptools] packages in pyproject.toml"


def test_every_js_file_the_runners_serve_is_package_data() -> None:
    globs = _setuptools()["package-data"]["emlx._js"]
    js = ROOT / "js"
    files = [p.relative_to(js).as_posix() for part in ("src", "harness", "dist") for p in (js / part).rglob("*")
             if p.is_file()]
    assert files, "no JS files found"
    missing = [f for f in files if not any(fnmatch.fnmatchcase(f, g) for g in globs)]
    assert missing == [], f"add globs for {missing} to [tool.setuptools.package-data] emlx._js"
