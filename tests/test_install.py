"""The split npm install (emlx/runtime.py): the TF.js path installs alone, each heavy package on its first use from a
lockfile cut out of js/package-lock.json, announced with its size; the published npm package depends only on what a
site needs. The real installs run in tests/test_parity_node.py (test_npm_install_from_lockfile_into_cache)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT
from emlx import runtime
from emlx.errors import EmlxInputError

LOCK = json.loads((ROOT / "js" / "package-lock.json").read_text())
PKG = json.loads((ROOT / "js" / "package.json").read_text())


def test_the_site_package_depends_only_on_what_a_page_needs() -> None:
    assert sorted(PKG["dependencies"]) == ["@huggingface/tokenizers", "@noble/hashes", "@tensorflow/tfjs", "@tensorflow/tfjs-backend-wasm", "js-tiktoken"]
    # imported on demand by src/ when a page asks: optional peers a site adds itself
    assert PKG["peerDependenciesMeta"] == {"@tensorflow/tfjs-backend-webgpu": {"optional": True}, "tiktoken": {"optional": True}}
    # the parity harness's runtimes and the build tools: development only (and pinned by the lockfile)
    for name in ("onnxruntime-node", "onnxruntime-web", "@tensorflow/tfjs-backend-webgpu", "tiktoken", "esbuild", "wabt"):
        assert name in PKG["devDependencies"] and name not in PKG["dependencies"], name
        assert LOCK["packages"][f"node_modules/{name}"].get("dev") is True, name
    for extra in runtime.EXTRAS.values():  # every extra is pinned
        for name in extra.packages:
            assert PKG["devDependencies"][name] == LOCK["packages"][f"node_modules/{name}"]["version"]


def _reach(pk: dict, names: list[str]) -> set[str]:
    """Hand-written closure over the lockfile, top-level entries only (enough for these packages' trees)."""
    out: set[str] = set()
    todo = list(names)
    while todo:
        n = todo.pop()
        if n in out:
            continue
        out.add(n)
        todo += list(pk[f"node_modules/{n}"].get("dependencies", {}))
    return out


@pytest.mark.parametrize("extra", list(runtime.EXTRAS))
def test_extra_lockfile_pins_the_same_packages_as_the_main_one(extra: str) -> None:
    pk = LOCK["packages"]
    cut = runtime.extra_lockfile(LOCK, runtime.EXTRAS[extra].packages)
    assert cut["packages"][""]["dependencies"] == {p: pk[f"node_modules/{p}"]["version"] for p in runtime.EXTRAS[extra].packages}
    entries = {k: v for k, v in cut["packages"].items() if k}
    for key, entry in entries.items():  # same versions, tarballs and integrity hashes as the main lockfile
        for field in ("version", "resolved", "integrity"):
            assert entry.get(field) == pk[key].get(field), (key, field)
        assert "dev" not in entry and "peer" not in entry
    top = {k.removeprefix("node_modules/") for k in entries if k.count("node_modules/") == 1}
    assert top == _reach(pk, list(runtime.EXTRAS[extra].packages)) & top
    for name in runtime.EXTRAS[extra].packages:
        assert name in top
    if extra == "webgpu":  # its peer tfjs-core is the base install's (one TF.js engine), never a second copy
        assert "@tensorflow/tfjs-core" not in top and "@tensorflow/tfjs-backend-cpu" in top


def test_an_extra_is_announced_with_its_size_before_npm_runs_and_then_linked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> None:
    js = tmp_path / "js-abc"
    (js / "node_modules").mkdir(parents=True)
    (js / "package-lock.json").write_text(json.dumps(LOCK))
    seen: list[tuple[str, list[str], dict]] = []

    def fake_npm(cmd: list[str], cwd: Path, **_kw: object) -> subprocess.CompletedProcess[str]:
        lock = json.loads((Path(cwd) / "package-lock.json").read_text())
        seen.append((capfd.readouterr().err, cmd, lock))
        pkg = Path(cwd) / "node_modules" / "onnxruntime-web"
        pkg.mkdir(parents=True)
        (pkg / "package.json").write_text('{"version": "1.30.0"}')
        return subprocess.CompletedProcess(cmd, 0, "", "")

    monkeypatch.setattr(runtime.subprocess, "run", fake_npm)
    monkeypatch.setattr(runtime.NodeRuntime, "npm", property(lambda self: ["npm"]))
    node = runtime.NodeRuntime(Path("/bin/true"), "v20.0.0", "PATH")
    runtime.install_extra(node, js, runtime.EXTRAS["onnxruntime-web"])
    [(said, cmd, lock)] = seen
    assert said.count("\n") == 1 and "first use of ONNX bundles in Chromium: installing onnxruntime-web" in said
    assert f"about {runtime.EXTRAS['onnxruntime-web'].approx_mb} MB" in said and str(js) in said
    assert cmd[:2] == ["npm", "ci"] and "--omit=dev" in cmd
    assert lock["packages"][""]["dependencies"] == {"onnxruntime-web": "1.30.0"}
    link = js / "node_modules" / "onnxruntime-web"
    assert link.is_symlink() and (link / "package.json").is_file()
    assert link.resolve() == (js / "extras" / "onnxruntime-web" / "node_modules" / "onnxruntime-web").resolve()


def test_a_checkout_without_an_extra_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "js"
    (src / "node_modules" / "@tensorflow" / "tfjs").mkdir(parents=True)
    (src / "node_modules" / ".package-lock.json").write_text("{}")
    monkeypatch.setattr(runtime, "source_js_dir", lambda: src)
    node = runtime.NodeRuntime(Path("/bin/true"), "v20.0.0", "PATH")
    assert runtime.ensure_js(node) == src
    with pytest.raises(EmlxInputError, match=r"lacks onnxruntime-node .*run `npm ci` in"):
        runtime.ensure_js(node, ("onnxruntime-node",))
    with pytest.raises(KeyError):
        runtime.ensure_js(node, ("no-such-extra",))
