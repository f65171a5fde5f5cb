"""docs/ci/release-gate.yml, the CI example users copy: it installs the distribution by its real name and every
`emlx` command in it parses with today's CLI."""

from __future__ import annotations

import re
import shlex

import click

from conftest import ROOT
from emlx.cli import main

YML = ROOT / "docs" / "ci" / "release-gate.yml"


def _dist_name() -> str:
    m = re.search(r'^\[project\]\s*$.*?^name\s*=\s*"([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.M | re.S)
    assert m, "pyproject.toml has no [project] name"
    return m.group(1)


def _commands() -> list[list[str]]:
    cmds = []
    for line in YML.read_text().splitlines():
        m = re.match(r"^\s*(?:run:\s*)?(emlx\s.*)$", line)
        if m:
            cmds.append(shlex.split(m.group(1))[1:])
    return cmds


def test_installs_the_distribution_by_its_name() -> None:
    name = _dist_name()
    assert name == "emlx-gpt"  # "emlx" on PyPI is an Apple Mail parser
    code = "\n".join(line for line in YML.read_text().splitlines() if not line.lstrip().startswith("#"))
    installs = re.findall(r"pip install ([^\s#]+)", code)
    assert installs and installs[0] == name, installs


def test_every_emlx_command_parses() -> None:
    cmds = _commands()
    assert {c[0] for c in cmds} >= {"export", "sidecars", "parity"}, cmds
    for argv in cmds:
        if argv == ["--version"]:
            continue
        cmd = main.commands[argv[0]]
        try:
            cmd.make_context(argv[0], argv[1:])  # parse only: options and arguments as the CLI would take them
        except click.ClickException as e:
            raise AssertionError(f"`emlx {' '.join(argv)}` in {YML.name}: {e.format_message()}") from None
