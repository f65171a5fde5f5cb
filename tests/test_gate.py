"""The config-driven release gate (`emlx parity` / `emlx gate` with no BUNDLE, docs: README "Release gate").

End to end on the small fixtures, run as a user would from a folder holding only the config: it passes with the
four reports (int8 quality and its thresholds in them), fails (exit 1, <failure> in junit.xml) when atol is out of
reach, names the key of a bad config (exit 2), keeps going when one model cannot be exported, and without a
terminal logs one line per step with its elapsed time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, STEP_LINE, assert_clean_error, require_chromium
from emlx.errors import EmlxInputError

MLX = FIXTURES / "autoresearch-mlx"
TORCH = FIXTURES / "autoresearch-torch"


def gate_cli(cwd: Path, *args: str | os.PathLike[str], timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """`emlx ARGS` in a fresh interpreter, run from ``cwd`` (where the config lives), stderr not a terminal."""
    env = {**os.environ, "COLUMNS": "200", "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    env.pop("GITHUB_STEP_SUMMARY", None)
    code = "import sys\nfrom emlx.cli import main\nsys.exit(main())\n"
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=cwd)


def models_toml(prefix: str, runtimes: str = '["node:cpu", "chromium:wasm"]') -> str:
    """Two fixture models: MLX float32 and torch int8 with quality thresholds; ``prefix`` is "" or "tool.emlx."."""
    return f"""
[[{prefix}models]]
name = "mlx"
checkpoint = "{MLX / 'model.npz'}"
tokenizer = "{MLX / 'tokenizer.pkl'}"
tokens = 6
runtimes = {runtimes}

[[{prefix}models]]
name = "torch-int8"
checkpoint = "{TORCH / 'model.pt'}"
tokenizer = "{TORCH / 'tokenizer.pkl'}"
int8 = true
prompt = "Hello world"
tokens = 6
runtimes = {runtimes}
min_top1_agreement = 0.9
max_kl_mean = 0.05
"""


def test_config_gate_passes_writes_four_reports_and_logs_each_step(tmp_path: Path) -> None:
    require_chromium()
    (tmp_path / "emlx.toml").write_text('atol = 1e-4\nreport_dir = "out/reports"\n' + models_toml(""))
    proc = gate_cli(tmp_path, "parity")
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    rd = tmp_path / "out" / "reports"
    assert sorted(p.name for p in rd.iterdir() if p.is_file()) == ["junit.xml", "report.html", "report.json", "summary.md"]
    doc = json.loads((rd / "report.json").read_text())
    assert doc["passed"] is True and [m["name"] for m in doc["models"]] == ["mlx", "torch-int8"]
    for m in doc["models"]:
        assert m["verdict"] == "PASS", m
        assert [(r["runtime"], r["backend"]) for r in m["parity"]["runs"]] == [("node", "cpu"), ("chromium", "wasm")]
        assert set(m["timings"]) >= {"export", "sidecars", "parity"}
    int8 = {c["name"]: c for c in doc["models"][1]["int8_checks"]}
    assert int8["int8.top1_agreement"]["limit"] == 0.9 and int8["int8.top1_agreement"]["passed"] is True
    assert int8["int8.kl_mean"]["limit"] == 0.05 and 0 < int8["int8.kl_mean"]["value"] <= 0.05
    root = ET.parse(rd / "junit.xml").getroot()
    assert root.get("failures") == "0" and root.get("errors") == "0" and int(root.get("tests", "0")) > 10
    assert "int8" in (rd / "summary.md").read_text() and "0.9" in (rd / "summary.md").read_text()
    assert 'data-verdict="PASS"' in (rd / "report.html").read_text()

    steps = [line for line in proc.stderr.splitlines() if STEP_LINE.match(line)]
    for name in ("mlx", "torch-int8"):  # export, sidecars and every runtime/backend, each on its own line
        for what in (f"{name}: export ", f"{name}: exported", f"{name}: sidecars ->", f"{name}: sidecars done",
                     f"{name}: node/cpu PASS", f"{name}: chromium/wasm PASS"):
            assert any(what in line for line in steps), (what, proc.stderr)
    assert "\x1b[" not in proc.stderr  # no spinner, no colour codes in a CI log


def test_pyproject_tool_emlx_with_unreachable_atol_fails_with_junit_failures(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.emlx]\natol = 1e-12\n'
                                             'report_dir = "rep"\n' + models_toml("tool.emlx."))
    proc = gate_cli(tmp_path, "gate", "--runtime", "node", "--json")
    assert proc.returncode == 1, proc.stdout[-3000:] + proc.stderr[-3000:]
    printed = json.loads(proc.stdout)  # --json: the report document on stdout, nothing else
    assert printed["passed"] is False and printed == json.loads((tmp_path / "rep" / "report.json").read_text()) | {
        "generated_at": printed["generated_at"]}
    junit = (tmp_path / "rep" / "junit.xml").read_text()
    assert "<failure" in junit
    root = ET.fromstring(junit)
    assert int(root.get("failures", "0")) >= 2 and root.get("errors") == "0"
    for m in printed["models"]:
        assert m["verdict"] == "FAIL"
        assert {(r["runtime"], r["backend"]) for r in m["parity"]["runs"]} == {("node", "cpu")}  # --runtime node
        assert m["parity"]["atol"] == 1e-12


def test_a_model_that_cannot_be_exported_is_an_error_and_the_others_still_run(tmp_path: Path) -> None:
    bad = tmp_path / "broken.npz"
    bad.write_bytes(b"not a zip file at all")
    (tmp_path / "emlx.toml").write_text(f"""
[[models]]
name = "broken"
checkpoint = "{bad}"
[[models]]
checkpoint = "{MLX / 'model.npz'}"
tokenizer = "{MLX / 'tokenizer.pkl'}"
tokens = 4
""")
    proc = gate_cli(tmp_path, "parity")
    assert proc.returncode == 1, proc.stdout[-3000:] + proc.stderr[-3000:]
    doc = json.loads((tmp_path / "emlx-reports" / "report.json").read_text())
    verdicts = {m["name"]: m["verdict"] for m in doc["models"]}
    assert verdicts == {"broken": "ERROR", "model": "PASS"}, verdicts
    assert doc["models"][0]["error"].startswith("export failed:") and "broken.npz" in doc["models"][0]["error"]
    assert '<error message="export failed' in (tmp_path / "emlx-reports" / "junit.xml").read_text()


def test_several_bundles_on_the_command_line(tmp_path: Path) -> None:
    import emlx

    a, b = tmp_path / "a.json", tmp_path / "b.safetensors"
    emlx.export(MLX / "model.npz", a, tokenizer=MLX / "tokenizer.pkl")
    emlx.export(TORCH / "model.pt", b, tokenizer=TORCH / "tokenizer.pkl", int8=True)
    proc = gate_cli(tmp_path, "parity", a, b, "--backend", "wasm", "--report-dir", tmp_path / "r",
                    "--report-json", tmp_path / "copy.json")
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    doc = json.loads((tmp_path / "r" / "report.json").read_text())
    assert [(m["name"], m["verdict"]) for m in doc["models"]] == [("a.json", "PASS"), ("b.safetensors", "PASS")]
    assert all([(r["runtime"], r["backend"]) for r in m["parity"]["runs"]] == [("node", "wasm")] for m in doc["models"])
    assert json.loads((tmp_path / "copy.json").read_text())["models"] == doc["models"]
    assert not list(tmp_path.glob("*.sidecars"))  # sidecars go to the report folder, never beside the bundles


GOOD = f'checkpoint = "{MLX / "model.npz"}"\n'


@pytest.mark.parametrize("name, text, needles", [
    ("webgl in node", '[[models]]\n' + GOOD + 'runtimes = ["node:webgl"]\n',
     ["emlx.toml: models[0]: runtimes[0]: 'node:webgl'", "needs a browser", "--browser chromium"]),
    ("unknown runtime", '[[models]]\n' + GOOD + 'runtimes = ["node:cpu", "safari:cpu"]\n',
     ["models[0]: runtimes[1]: 'safari:cpu'", "unknown runtime"]),
    ("unknown top key", 'atoll = 1e-4\n[[models]]\n' + GOOD, ["emlx.toml: atoll: unknown key"]),
    ("unknown model key", '[[models]]\n' + GOOD + 'tokenzier = "t.pkl"\n', ["models[0].tokenzier: unknown key"]),
    ("neither source", '[[models]]\nname = "x"\n', ["models[0]: give exactly one of checkpoint", "neither"]),
    ("atol not a number", 'atol = "small"\n[[models]]\n' + GOOD, ["emlx.toml: atol: expected a number"]),
    ("negative atol", 'atol = -1.0\n[[models]]\n' + GOOD, ["emlx.toml: atol: must be above 0"]),
    ("int8 not bool", '[[models]]\n' + GOOD + 'int8 = "yes"\n', ["models[0].int8: expected true or false"]),
    ("threshold without int8", '[[models]]\n' + GOOD + 'max_kl_mean = 0.1\n', ["models[0]: min_top1_agreement / max_kl_mean"]),
    ("top1 above 1", '[[models]]\n' + GOOD + 'int8 = true\nmin_top1_agreement = 2\n',
     ["models[0]: min_top1_agreement: must be at most 1"]),
    ("no models", 'atol = 1e-4\n', ["emlx.toml: models: expected one or more [[models]]"]),
    ("second model bad", '[[models]]\n' + GOOD + '[[models]]\n' + GOOD + 'tokens = 0\n',
     ["models[1].tokens: expected an integer in 1..4096"]),
    ("duplicate names", '[[models]]\n' + GOOD + '[[models]]\n' + GOOD, ["models[1].name: 'model' is used twice"]),
    ("not toml", '[[models]\n', ["emlx.toml: not valid TOML"]),
])
def test_bad_config_is_one_line_naming_the_key(tmp_path: Path, name: str, text: str, needles: list[str]) -> None:
    (tmp_path / "emlx.toml").write_text(text)
    proc = gate_cli(tmp_path, "parity")
    assert_clean_error(proc, *needles)
    assert proc.stderr.count("\n") == 1 and not (tmp_path / "emlx-reports").exists()


def test_restriction_that_leaves_nothing_and_no_config_are_clean_errors(tmp_path: Path) -> None:
    assert_clean_error(gate_cli(tmp_path, "gate"), "no BUNDLE given and no emlx.toml or [tool.emlx]")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')  # a pyproject without [tool.emlx]
    assert_clean_error(gate_cli(tmp_path, "gate"), "no BUNDLE given")
    (tmp_path / "emlx.toml").write_text('[[models]]\n' + GOOD + 'runtimes = ["node:cpu"]\n')
    assert_clean_error(gate_cli(tmp_path, "parity", "--browser", "chromium"),
                       "no configured runtime matches chromium", "node:cpu")


def test_first_npm_install_announces_itself_before_it_starts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capfd: pytest.CaptureFixture[str]) -> None:
    """ensure_js: one stderr line with the size, printed before npm runs (and not again once installed)."""
    import shutil

    from emlx import runtime

    src = tmp_path / "pkg_js"
    shutil.copytree(ROOT / "js", src, ignore=shutil.ignore_patterns("node_modules", "dist", "test"))
    monkeypatch.setattr(runtime, "source_js_dir", lambda: src)
    monkeypatch.setenv("EMLX_CACHE_DIR", str(tmp_path / "cache"))
    seen: list[str] = []

    def fake_npm(cmd: list[str], cwd: Path, **_kw: object) -> subprocess.CompletedProcess[str]:
        seen.append(capfd.readouterr().err)  # what the user saw before npm started
        (Path(cwd) / "node_modules" / "@tensorflow" / "tfjs").mkdir(parents=True)
        (Path(cwd) / "node_modules" / ".package-lock.json").write_text("{}")
        return subprocess.CompletedProcess(cmd, 0, "", "")

    monkeypatch.setattr(runtime.subprocess, "run", fake_npm)
    node = runtime.NodeRuntime(Path("/bin/true"), "v20.0.0", "PATH")
    monkeypatch.setattr(runtime.NodeRuntime, "npm", property(lambda self: ["npm"]))
    js = runtime.ensure_js(node)
    assert len(seen) == 1
    lines = seen[0].splitlines()
    assert len(lines) == 1 and "installing the JS dependencies" in lines[0] and f"{runtime.APPROX_INSTALL_MB} MB" in lines[0]
    assert str(tmp_path / "cache") in lines[0]
    assert runtime.ensure_js(node) == js and capfd.readouterr().err == ""  # installed: silent


def test_python_api_runs_the_config_gate(tmp_path: Path) -> None:
    """emlx.gate(folder): the same gate from a notebook, a GateReport with .passed, the models and the files."""
    import emlx

    (tmp_path / "emlx.toml").write_text(f'[[models]]\nname = "m"\ncheckpoint = "{MLX / "model.npz"}"\n'
                                        f'tokenizer = "{MLX / "tokenizer.pkl"}"\ntokens = 4\nruntimes = ["node:cpu"]\n')
    rep = emlx.gate(tmp_path)
    assert rep.passed and [(m.name, m.verdict) for m in rep.models] == [("m", "PASS")]
    assert rep.files is not None and rep.files.html.is_file() and rep.files.html.parent == tmp_path / "emlx-reports"
    worst = rep.models[0].parity["runs"][0]["gates"]
    assert all(g["passed"] for g in worst)
    failing = emlx.gate(tmp_path, atol=1e-12, write=False)
    assert not failing.passed and failing.files is None and failing.models[0].verdict == "FAIL"
    with pytest.raises(EmlxInputError, match="no configured runtime matches chromium"):
        emlx.gate(tmp_path, runtime="chromium")


def test_single_bundle_output_flags(tmp_path: Path) -> None:
    """--json prints the report document on stdout and nothing else; --report-dir writes the four reports; the
    older `--json PATH` still writes that bundle's parity report."""
    import emlx

    bundle = tmp_path / "m.json"
    emlx.export(MLX / "model.npz", bundle, tokenizer=MLX / "tokenizer.pkl")
    proc = gate_cli(tmp_path, "parity", bundle, "--json", "--report-dir", tmp_path / "rep", "--junit", tmp_path / "j.xml")
    assert proc.returncode == 0, proc.stderr[-3000:]
    doc = json.loads(proc.stdout)
    assert doc["format"] == "emlx.report" and doc["passed"] and doc["models"][0]["parity"]["runs"][0]["backend"] == "cpu"
    assert sorted(p.name for p in (tmp_path / "rep").iterdir()) == ["junit.xml", "report.html", "report.json", "summary.md"]
    assert float(ET.parse(tmp_path / "j.xml").getroot().get("time", "0")) > 0  # junit with times
    steps = [line for line in proc.stderr.splitlines() if STEP_LINE.match(line)]
    assert steps and "parity m.json" in steps[0] and any("backend cpu" in line for line in steps)
    legacy = gate_cli(tmp_path, "parity", bundle, "--json", tmp_path / "old.json")
    assert legacy.returncode == 0 and json.loads((tmp_path / "old.json").read_text())["runs"][0]["passed"] is True
    assert "forward.logits" in legacy.stdout  # tables on stdout as before


def test_committed_sidecars_provenance_and_frozen(tmp_path: Path) -> None:
    """The report says, per model, whether the gate ran against committed sidecars or rebuilt them (and why);
    --frozen refuses to build or rebuild (issue 23)."""
    committed = tmp_path / "committed"
    toml = (f'report_dir = "rep"\n[[models]]\nname = "mlx"\ncheckpoint = "{MLX / "model.npz"}"\n'
            f'tokenizer = "{MLX / "tokenizer.pkl"}"\ntokens = 4\nruntimes = ["node:cpu"]\nsidecars = "committed"\n')
    (tmp_path / "emlx.toml").write_text(toml)

    def provenance() -> dict:
        doc = json.loads((tmp_path / "rep" / "report.json").read_text())
        return doc["models"][0]["parity"]["sidecars"]

    proc = gate_cli(tmp_path, "gate", "--frozen")  # nothing committed yet: refused, nothing built
    assert proc.returncode == 1, proc.stderr
    doc = json.loads((tmp_path / "rep" / "report.json").read_text())
    assert doc["models"][0]["verdict"] == "ERROR" and "--frozen" in doc["models"][0]["error"]
    assert not committed.exists() or not list(committed.iterdir())

    proc = gate_cli(tmp_path, "gate")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert provenance() == {"folder": str(committed), "status": "built", "reason": "there were none"}
    assert sorted(p.name for p in committed.iterdir()) == ["forward.json", "kvcache.json", "layers.json", "tokenizer_ids.json"]

    proc = gate_cli(tmp_path, "gate", "--frozen")  # the same export: its committed sidecars are gated as found
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert provenance() == {"folder": str(committed), "status": "committed", "reason": None}
    summary = (tmp_path / "rep" / "summary.md").read_text()
    assert f"mlx: gated against committed sidecars in {committed}" in summary
    assert f"gated against committed sidecars in {committed}" in (tmp_path / "rep" / "report.html").read_text()

    fwd = committed / "forward.json"  # sidecars of another tokenizer (an edited identity): stale for this bundle
    doc = json.loads(fwd.read_text())
    doc["bundle_identity"]["tokenizer_sha256"] = "0" * 64
    fwd.write_text(json.dumps(doc))
    proc = gate_cli(tmp_path, "gate", "--frozen")
    assert proc.returncode == 1
    err = json.loads((tmp_path / "rep" / "report.json").read_text())["models"][0]["error"]
    assert "do not fit the bundle: made for another config or tokenizer" in err and "--frozen" in err, err
    assert json.loads(fwd.read_text())["bundle_identity"]["tokenizer_sha256"] == "0" * 64  # not rebuilt

    proc = gate_cli(tmp_path, "gate")  # without --frozen they are rebuilt in place, and the report says so
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert provenance() == {"folder": str(committed), "status": "rebuilt",
                            "reason": "made for another config or tokenizer of these weights"}
    assert "sidecars rebuilt in" in (tmp_path / "rep" / "summary.md").read_text()

    (tmp_path / "emlx.toml").write_text(toml.replace('sidecars = "committed"\n', ""))  # --frozen needs them named
    assert_clean_error(gate_cli(tmp_path, "gate", "--frozen"), "--frozen gates committed sidecars only", "mlx")


def test_single_bundle_frozen_and_provenance(tmp_path: Path) -> None:
    from emlx.exporter.export import ExportOptions, export

    b = tmp_path / "m.json"
    export(MLX / "model.npz", b, ExportOptions())
    assert_clean_error(gate_cli(tmp_path, "parity", b, "--frozen"), "no sidecars to gate against", "--frozen")
    assert not (tmp_path / "m.sidecars").exists()
    made = gate_cli(tmp_path, "sidecars", b, "--tokens", "4")  # committed by hand: parity --frozen gates them as found
    assert made.returncode == 0, made.stderr[-2000:]
    proc = gate_cli(tmp_path, "parity", b, "--frozen", "--report-json", tmp_path / "r.json")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "gated against committed sidecars" in proc.stdout
    assert json.loads((tmp_path / "r.json").read_text())["models"][0]["parity"]["sidecars"]["status"] == "committed"
