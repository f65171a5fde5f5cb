"""Who may import whom (docs/DESIGN.md "Layers"), checked on the source with ast: a lower layer never imports a
higher one, and the exporter never imports parity or the runners, even lazily inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

# lowest first; a module may import its own layer and the layers below it
LAYERS: tuple[tuple[str, ...], ...] = (
    ("emlx", "emlx.errors", "emlx.atomic", "emlx.hashing", "emlx.checks", "emlx.jsonsafe", "emlx.mapped", "emlx.freemem"),
    ("emlx.spec", "emlx.spec_schema", "emlx.rope", "emlx.forward"),
    ("emlx.bundle", "emlx.tokblock", "emlx.formats", "emlx.onnx", "emlx.families", "emlx.runtime", "emlx.tokcorpus",
     "emlx.certificate"),
    ("emlx.exporter",),
    ("emlx.inspect", "emlx.runners"),
    ("emlx.verify",),
    ("emlx.console", "emlx.reports", "emlx.api", "emlx.demo", "emlx.configgate", "emlx.shards", "emlx.sidecarcache",
     "emlx.cli", "emlx.__main__"),
)


# The Python API's facade: `emlx.export(...)`, `emlx.parity(...)` … forward lazily to the
# top-layer emlx.api; nothing else may reach up.
FACADES = ("emlx",)


def _layer(module: str) -> int:
    best, rank = "", -1
    for i, names in enumerate(LAYERS):
        for n in names:
            if (module == n or module.startswith(n + ".")) and len(n) > len(best):
                best, rank = n, i
    assert rank >= 0, f"{module} is in no layer: add it to LAYERS (and to docs/DESIGN.md)"
    return rank


def _imports(path: Path) -> list[tuple[int, str]]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "emlx"]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.split(".")[0] == "emlx":
            # `from emlx import runtime` imports the submodule emlx.runtime
            out += [(node.lineno, f"{node.module}.{a.name}" if node.module == "emlx" else node.module) for a in node.names]
    return out


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def violations(root: Path = ROOT / "emlx") -> list[str]:
    bad = []
    for path in sorted(root.rglob("*.py")):
        mod = _module(path)
        for line, target in _imports(path):
            if target == "emlx.__version__":
                continue
            if target == "emlx.api" and mod in FACADES:
                continue
            if _layer(target) > _layer(mod):
                bad.append(f"{path.relative_to(ROOT)}:{line}: {mod} imports {target} (a higher layer)")
    return bad


def test_no_module_imports_a_higher_layer() -> None:
    assert violations() == []


def test_the_check_catches_exporter_importing_parity(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    fake = tmp_path / "emlx" / "exporter"
    fake.mkdir(parents=True)
    (fake / "bad.py").write_text("def f():\n    from emlx.verify.sidecars import build_sidecars\n")
    (fake / "ok.py").write_text("from emlx.spec import ModelSpec\nfrom emlx import runtime\n")
    monkeypatch.setattr(__import__(__name__), "ROOT", tmp_path)
    assert violations(tmp_path / "emlx") == ["emlx/exporter/bad.py:2: emlx.exporter.bad imports emlx.verify.sidecars (a higher layer)"]
