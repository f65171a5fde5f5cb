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
    assert {c[0] for c in cmds} >= {"gate", "report"}, cmds
    for argv in cmds:
        if argv == ["--version"]:
            continue
        cmd, args = main.commands[argv[0]], argv[1:]
        if isinstance(cmd, click.Group):  # `emlx report merge ...`: the subcommand parses the rest
            cmd, args = cmd.commands[args[0]], args[1:]
        try:
            cmd.make_context(argv[0], args)  # parse only: options and arguments as the CLI would take them
        except click.ClickException as e:
            raise AssertionError(f"`emlx {' '.join(argv)}` in {YML.name}: {e.format_message()}") from None


def test_a_matrix_of_shards_and_a_merge_job() -> None:
    """The gate is split over the matrix (`--shard "$SHARD"` with SHARD = I/N for every I of the matrix) and the
    merge job reads every shard's uploaded reports."""
    import yaml

    doc = yaml.safe_load(YML.read_text())
    gate, report = doc["jobs"]["gate"], doc["jobs"]["report"]
    shards = gate["strategy"]["matrix"]["shard"]
    n = len(shards)
    assert shards == list(range(1, n + 1)) and n >= 2 and gate["env"]["SHARD"] == "${{ matrix.shard }}/" + str(n)
    runs = [s.get("run", "") for s in gate["steps"]]
    assert any('emlx gate --shard "$SHARD"' in r for r in runs), runs
    uploads = [s for s in gate["steps"] if str(s.get("uses", "")).startswith("actions/upload-artifact")]
    assert uploads and uploads[0]["with"]["name"] == "gate-shard-${{ matrix.shard }}" and uploads[0].get("if") == "always()"
    assert report["needs"] == "gate" and report.get("if") == "always()"
    down = [s for s in report["steps"] if str(s.get("uses", "")).startswith("actions/download-artifact")]
    assert down and down[0]["with"]["pattern"] == "gate-shard-*"
    assert any(str(s.get("run", "")).startswith("emlx report merge shards/*") for s in report["steps"])
