"""The runner and format registries drive the CLI: choices, help, aliases and suffix dispatch."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT, assert_clean_error, run_cli
from emlx import formats, runners
from emlx.errors import EmlxInputError


def test_parity_help_lists_the_runtimes_and_backends() -> None:
    proc = run_cli("parity", "--help")
    assert proc.returncode == 0
    text = " ".join(proc.stdout.split())
    assert "--runtime [node|chromium]" in text and "--browser [chromium]" in text
    assert "--backend [cpu|wasm|webgl|all]" in text
    assert "node: cpu, wasm; chromium: cpu, wasm, webgl" in text


def test_backends_per_runtime_and_the_browser_alias(tmp_path: Path) -> None:
    assert runners.runtimes() == ("node", "chromium") and runners.browsers() == ("chromium",)
    assert runners.resolve_backends("node", "all") == ("cpu", "wasm")
    assert runners.resolve_backends("chromium", "all") == ("cpu", "wasm", "webgl")
    with pytest.raises(EmlxInputError, match="webgl backend needs a browser: add --browser chromium"):
        runners.resolve_backends("node", "webgl")
    b = tmp_path / "m.json"  # refused before the file is read: the options disagree
    assert_clean_error(run_cli("parity", b, "--runtime", "node", "--browser", "chromium"), "--browser chromium means --runtime chromium")


def test_every_backend_is_one_the_js_library_offers() -> None:
    src = (ROOT / "js" / "src" / "backend.js").read_text(encoding="utf-8")
    m = re.search(r"BACKENDS\s*=\s*Object\.freeze\(\[([^\]]*)\]", src)
    assert m, "BACKENDS not found in js/src/backend.js"
    js = set(re.findall(r"'([a-z]+)'", m.group(1)))
    assert set(runners.all_backends()) <= js


def test_formats_by_suffix() -> None:
    assert [f.name for f in formats.FORMATS] == ["json", "safetensors"]
    assert formats.for_output(Path("m.json")).name == "json"
    assert formats.for_output(Path("m.safetensors"), shard_bytes=10).shardable
    with pytest.raises(EmlxInputError, match="--shard-size writes sharded safetensors"):
        formats.for_output(Path("m.json"), shard_bytes=10)
    with pytest.raises(EmlxInputError, match=r"unknown output format '\.bin'.*\*\.json.*\*\.safetensors"):
        formats.for_output(Path("m.bin"))
    fmt = formats.for_input(Path("m.safetensors.index.json"))
    assert fmt is not None and fmt.name == "safetensors"
    assert formats.bundle_stem(Path("a/m.safetensors.index.json")) == "m"
    assert formats.bundle_stem(Path("m.json")) == "m" and formats.for_input(Path("m.bin")) is None
