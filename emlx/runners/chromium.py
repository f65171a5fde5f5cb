"""The Chromium host: harness jobs in headless Chromium through Playwright (docs/DESIGN.md "Runners and gates").

One browser session runs every job (one job per backend), each in a fresh page of one context. The page of the
harness (`js/harness/browser.html` for the TF.js port, `ort-browser.html` for onnxruntime-web) imports the same ES
modules a website ships, through an import map, and exposes ``window.emlxRun(job) -> result``; the job's file
paths are rewritten to URLs first. It knows no harness beyond the page it is given; emlx/runners/tfjs.py and
ortjs.py run theirs on it.

Files come from a tiny HTTP server of our own on 127.0.0.1 (ephemeral port). It serves an allow-list only — the
page, the library modules under js/src and js/harness, the few node_modules dist files the import map names,
and the bundle/sidecar files named in the jobs — with COOP ``same-origin`` / COEP ``require-corp`` so the wasm
backend gets SharedArrayBuffer (threads) and correct MIME types (``application/wasm`` for streaming compile).
It honours single HTTP Range requests (206 + ``Content-Range``, 416 outside the file; ``parse_range``), so that
the library's streaming reader (js/src/source.js) fetches a bundle tensor by tensor instead of all at once.

Chromium: ``$EMLX_CHROMIUM`` when set, else Playwright's own build when it is installed, else a system
Chromium (/usr/bin/chromium, chromium-browser, chromium, google-chrome). Distribution launchers that are shell
scripts adding their own flags (Debian's /usr/bin/chromium sources /etc/chromium.d) are resolved to the real
binary so the browser runs with exactly ``CHROMIUM_FLAGS`` plus Playwright's connection plumbing
(``--remote-debugging-pipe``, a fresh ``--user-data-dir``, ``--no-startup-window``).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from emlx.errors import EmlxInputError
from emlx.runners._base import DEFAULT_TIMEOUT_S

LAUNCH_TIMEOUT_S = 60.0
PAGE_LOAD_TIMEOUT_S = 60.0

#: The browser flags of docs/DESIGN.md "Runners". Nothing else is passed to Chromium except Playwright's connection
#: plumbing, WEBGPU_FLAGS for webgpu runs, and the `extra_args` a caller of run_browser_jobs asks for.
CHROMIUM_FLAGS: tuple[str, ...] = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
)

#: Added for runs that include the webgpu backend: headless Chromium on Linux exposes WebGPU only behind this
#: flag (here the adapter is SwiftShader, the CPU Vulkan implementation: a correctness gate, not a speed figure).
#: The page is served from http://127.0.0.1, a secure context, so navigator.gpu exists.
WEBGPU_FLAGS: tuple[str, ...] = ("--enable-unsafe-webgpu",)


def chromium_flags(backends: Sequence[str]) -> list[str]:
    """CHROMIUM_FLAGS plus what the jobs' backends need (WEBGPU_FLAGS when any job runs webgpu)."""
    flags = list(CHROMIUM_FLAGS)
    if "webgpu" in backends:
        flags += WEBGPU_FLAGS
    return flags

#: System Chromium candidates after $EMLX_CHROMIUM and Playwright's own build (names are looked up on PATH).
SYSTEM_CHROMIUM: tuple[str, ...] = ("/usr/bin/chromium", "chromium-browser", "chromium", "google-chrome",
                                    "google-chrome-stable")

#: Real binaries behind distribution launcher scripts (the scripts add flags of their own).
_LAUNCHER_TARGETS: dict[str, tuple[str, ...]] = {
    "chromium": ("/usr/lib/chromium/chromium",),
    "chromium-browser": ("/usr/lib/chromium-browser/chromium-browser", "/usr/lib/chromium/chromium"),
    "google-chrome": ("chrome",),          # relative: next to the resolved launcher (/opt/google/chrome/chrome)
    "google-chrome-stable": ("chrome",),
}

PAGE = "harness/browser.html"
#: The ONNX page (onnxruntime-web; harness/ort-browser.html). Choose it with run_browser_jobs(..., page=ORT_PAGE).
ORT_PAGE = "harness/ort-browser.html"

MIME_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".wasm": "application/wasm",
    ".json": "application/json",
    ".safetensors": "application/octet-stream",
}

#: @noble/hashes' SHA-256 module and the modules it imports (src/hash.js; both pages load src/loader.js).
NOBLE_SHA2_FILES: tuple[str, ...] = (
    "@noble/hashes/sha2.js", "@noble/hashes/_md.js", "@noble/hashes/_u64.js", "@noble/hashes/utils.js",
)

#: node_modules files the page's import map (and what they load at run time) needs, relative to js/node_modules.
#: Globs are expanded against the installed packages; a missing match is an install problem, reported up front.
NODE_MODULE_FILES: tuple[str, ...] = (
    "@tensorflow/tfjs/dist/tf.fesm.js",
    "@tensorflow/tfjs-backend-wasm/dist/tf-backend-wasm.fesm.js",
    "@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm",
    "@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm",
    "@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm",
    "js-tiktoken/dist/lite.js",
    "js-tiktoken/dist/chunk-*.js",
    "base64-js/base64js.min.js",
    "@huggingface/tokenizers/dist/tokenizers.mjs",
    *NOBLE_SHA2_FILES,
)

#: node_modules files of the ONNX page: onnxruntime-web's ES modules (extern-wasm builds) and the wasm glue and binary
#: each imports at run time — the default build (wasm + webgpu execution providers) for webgpu jobs, the wasm-only
#: build for wasm jobs (its kernels run faster; harness/ort-browser.mjs) — plus the tokenizer's.
ORT_NODE_MODULE_FILES: tuple[str, ...] = (
    "onnxruntime-web/dist/ort.min.mjs",
    "onnxruntime-web/dist/ort-wasm-simd-threaded.jsep.mjs",
    "onnxruntime-web/dist/ort-wasm-simd-threaded.jsep.wasm",
    "onnxruntime-web/dist/ort.wasm.min.mjs",
    "onnxruntime-web/dist/ort-wasm-simd-threaded.mjs",
    "onnxruntime-web/dist/ort-wasm-simd-threaded.wasm",
    "js-tiktoken/dist/lite.js",
    "js-tiktoken/dist/chunk-*.js",
    "base64-js/base64js.min.js",
    "@huggingface/tokenizers/dist/tokenizers.mjs",
    *NOBLE_SHA2_FILES,
)

#: page -> the node_modules files it needs
PAGE_FILES: dict[str, tuple[str, ...]] = {PAGE: NODE_MODULE_FILES, ORT_PAGE: ORT_NODE_MODULE_FILES}

#: npm packages installed on first use (emlx.runtime.EXTRAS) -> the node_modules files a page then also serves
#: (the import map of harness/browser.html names the WebGPU backend; it is imported only by setBackend('webgpu')).
EXTRA_FILES: dict[str, tuple[str, ...]] = {"webgpu": ("@tensorflow/tfjs-backend-webgpu/dist/tf-backend-webgpu.fesm.js",)}


def page_extras(page: str, backends: Sequence[str]) -> tuple[str, ...]:
    """The extras (emlx.runtime.EXTRAS) a page's jobs need: onnxruntime-web for the ONNX page, the WebGPU backend
    for webgpu jobs of the TF.js page."""
    if page == ORT_PAGE:
        return ("onnxruntime-web",)
    return ("webgpu",) if "webgpu" in backends else ()

# --------------------------------------------------------------------------------------------------
# finding Chromium


@dataclass(frozen=True)
class ChromiumExecutable:
    path: Path | None  # None: Playwright's own build (Playwright picks its binary)
    origin: str  # "EMLX_CHROMIUM" | "playwright" | "system"
    found_as: str  # what was looked up (the launcher name or path)


def _is_script(p: Path) -> bool:
    try:
        with p.open("rb") as f:
            return f.read(2) == b"#!"
    except OSError:
        return False


def _real_binary(found: Path) -> Path:
    """The Chromium binary behind a launcher script (else `found` itself)."""
    resolved = found.resolve()
    if not _is_script(resolved):
        return resolved
    for name in (found.name, resolved.name):
        for target in _LAUNCHER_TARGETS.get(name, ()):
            cand = Path(target) if os.path.isabs(target) else resolved.parent / target
            if cand.is_file() and os.access(cand, os.X_OK) and not _is_script(cand):
                return cand
    return resolved  # an unknown wrapper: use it as it is


def _playwright_chromium(pw: Any = None) -> Path | None:
    """Playwright's registry build of Chromium, when it is installed (never downloads anything).

    `pw`: a running sync Playwright (saves starting its driver a second time)."""
    try:
        if pw is not None:
            exe = pw.chromium.executable_path
        else:
            from playwright.sync_api import sync_playwright

            with sync_playwright() as p:
                exe = p.chromium.executable_path
    except Exception:  # noqa: BLE001 - no playwright / a broken driver just means "no Playwright build"
        return None
    return Path(exe) if exe and Path(exe).is_file() else None


def find_chromium(pw: Any = None) -> ChromiumExecutable:
    """$EMLX_CHROMIUM, else Playwright's own Chromium, else a system Chromium; EmlxInputError when none."""
    env = os.environ.get("EMLX_CHROMIUM")
    if env:
        p = Path(env) if os.sep in env else Path(shutil.which(env) or env)
        if not (p.is_file() and os.access(p, os.X_OK)):
            raise EmlxInputError(f"EMLX_CHROMIUM={env} is not an executable Chromium")
        return ChromiumExecutable(_real_binary(p), "EMLX_CHROMIUM", env)
    own = _playwright_chromium(pw)
    if own is not None:
        return ChromiumExecutable(None, "playwright", str(own))
    for cand in SYSTEM_CHROMIUM:
        hit = cand if os.path.isabs(cand) else shutil.which(cand)
        if hit and Path(hit).is_file() and os.access(hit, os.X_OK):
            return ChromiumExecutable(_real_binary(Path(hit)), "system", hit)
    looked = ", ".join(["$EMLX_CHROMIUM", "Playwright's own Chromium", *SYSTEM_CHROMIUM])
    raise EmlxInputError(f"no Chromium found (looked for {looked}); install it with `apt-get install chromium` (Debian) "
                         "or `playwright install chromium` where downloads are allowed")


# --------------------------------------------------------------------------------------------------
# the allow-list HTTP server


class _Routes:
    """Decoded URL path -> file; nothing else is served."""

    def __init__(self) -> None:
        self._files: dict[str, Path] = {}

    def add_file(self, url_path: str, file: Path) -> str:
        file = Path(file).resolve()
        if not file.is_file():
            raise EmlxInputError(f"{file}: file not found (needed by the browser harness)")
        prev = self._files.get(url_path)
        if prev is not None and prev != file:
            raise AssertionError(f"two files for {url_path}: {prev} and {file}")
        self._files[url_path] = file
        return url_path

    def get(self, url_path: str) -> Path | None:
        return self._files.get(url_path)

    def __len__(self) -> int:
        return len(self._files)


def parse_range(value: str | None, size: int) -> tuple[int, int] | str | None:
    """The byte span [start, end] (inclusive) a ``Range`` header asks of a file of ``size`` bytes (RFC 9110 14.2).

    None: serve the whole file (no header, another unit, a malformed or a multi-range request: answering those
    with the whole file is allowed). ``"unsatisfiable"``: the one range asked for lies outside the file (416)."""
    if not value:
        return None
    unit, _, spec = value.strip().partition("=")
    if unit.strip().lower() != "bytes" or "," in spec:
        return None
    first, dash, last = spec.strip().partition("-")
    first, last = first.strip(), last.strip()
    if not dash or not (first.isdigit() or first == "") or not (last.isdigit() or last == "") or (first == last == ""):
        return None
    if first == "":  # suffix: the last n bytes
        n = int(last)
        if n == 0 or size == 0:
            return "unsatisfiable"
        return max(0, size - n), size - 1
    start = int(first)
    if last != "" and int(last) < start:
        return None  # invalid range-spec: ignore the header
    if start >= size:
        return "unsatisfiable"
    end = size - 1 if last == "" else min(int(last), size - 1)
    return start, end


class _Handler(BaseHTTPRequestHandler):
    server: "_AllowListServer"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        self._serve(body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve(body=False)

    def _headers(self, status: int, ctype: str, length: int, extra: Mapping[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(length))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.send_header("Cross-Origin-Opener-Policy", "same-origin")
        self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        self.send_header("Cross-Origin-Resource-Policy", "same-origin")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()

    def _serve(self, body: bool) -> None:
        path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
        file = self.server.routes.get(path)
        if file is None:
            self.server.not_found.append(path)
            msg = b"not found\n"
            self._headers(404, "text/plain; charset=utf-8", len(msg))
            if body:
                self.wfile.write(msg)
            return
        try:
            size = file.stat().st_size
            ctype = MIME_TYPES.get(file.suffix.lower(), "application/octet-stream")
            span = parse_range(self.headers.get("Range"), size)
            if isinstance(span, str):  # "unsatisfiable"
                self._headers(416, ctype, 0, {"Accept-Ranges": "bytes", "Content-Range": f"bytes */{size}"})
                return
            if span is None:
                start, length = 0, size
                self._headers(200, ctype, size, {"Accept-Ranges": "bytes"})
            else:
                start, end = span
                length = end - start + 1
                self._headers(206, ctype, length, {"Accept-Ranges": "bytes", "Content-Range": f"bytes {start}-{end}/{size}"})
            if body:
                with file.open("rb") as f:
                    f.seek(start)
                    left = length
                    while left > 0:
                        chunk = f.read(min(left, 1 << 20))
                        if not chunk:
                            break  # the file shrank while being served; the client sees a short body
                        self.wfile.write(chunk)
                        left -= len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the page went away (closed/crashed); nothing to report here

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server API
        pass


class _AllowListServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False

    def __init__(self, routes: _Routes) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes = routes
        self.not_found: list[str] = []
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.1},
                                        name="emlx-browser-http", daemon=True)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def start(self) -> "_AllowListServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        self._thread.join(timeout=5)


# --------------------------------------------------------------------------------------------------
# routes for the library and the jobs


def _library_routes(routes: _Routes, js: Path, page: str = PAGE, extras: Sequence[str] = ()) -> None:
    """js/src/**, js/harness/** (.js/.mjs/.html) and the node_modules files `page`'s import map needs (with those of
    the installed `extras`), under /js/."""
    for part in ("src", "harness"):
        base = js / part
        if not base.is_dir():
            raise EmlxInputError(f"{base}: missing; the emlx JS library is incomplete (reinstall emlx)")
        for f in sorted(base.rglob("*")):
            if f.is_file() and f.suffix in (".js", ".mjs", ".html"):
                routes.add_file("/js/" + f.relative_to(js).as_posix(), f)
    if routes.get("/js/" + page) is None:
        raise EmlxInputError(f"{js / page}: missing; the emlx JS library is incomplete (reinstall emlx)")
    nm = js / "node_modules"
    for pattern in [*PAGE_FILES[page], *(f for x in extras for f in EXTRA_FILES.get(x, ()))]:
        hits = sorted(nm.glob(pattern))
        if not hits:
            raise EmlxInputError(f"{nm / pattern}: missing from the installed npm dependencies; "
                                 f"delete {nm} (or the emlx cache) so that `npm ci` reinstalls them")
        for f in hits:
            routes.add_file("/js/node_modules/" + f.relative_to(nm).as_posix(), f)


def _is_url(s: str) -> bool:
    return urllib.parse.urlsplit(s).scheme in ("http", "https", "data", "blob")


def _shard_files(index: Path) -> list[Path]:
    """Shards named by a sharded-safetensors index (small JSON with a weight_map), relative to it."""
    try:
        if index.suffix != ".json" or index.stat().st_size > 16 << 20:
            return []
        doc = json.loads(index.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return []
    wm = doc.get("weight_map") if isinstance(doc, dict) else None
    if not isinstance(wm, dict):
        return []
    out = []
    for rel in sorted({str(v) for v in wm.values()}):
        p = (index.parent / rel).resolve()
        if index.parent.resolve() not in p.parents:
            raise EmlxInputError(f"{index}: shard {rel!r} points outside the index's folder")
        out.append(p)
    return out


class _DataFiles:
    """Maps job file paths to /data/<n>/<name> URLs (one folder per source folder, so relative names work)."""

    def __init__(self, routes: _Routes) -> None:
        self.routes = routes
        self._dirs: dict[Path, str] = {}
        self._urls: dict[str, str] = {}  # url -> the path the job named

    def url(self, path: str | os.PathLike[str], what: str) -> str:
        p = Path(path).expanduser()
        if not p.is_file():
            raise EmlxInputError(f"{p}: {what} not found")
        p = p.resolve()
        prefix = self._dirs.setdefault(p.parent, f"/data/{len(self._dirs)}/")
        self.routes.add_file(prefix + p.name, p)
        for shard in _shard_files(p):
            self.routes.add_file(prefix + shard.relative_to(p.parent).as_posix(), shard)
        url = prefix + urllib.parse.quote(p.name)
        self._urls[url] = str(path)
        return url

    def unmap(self, text: str) -> str:
        """Messages from the page name URLs; say the user's paths instead."""
        for url in sorted(self._urls, key=len, reverse=True):
            text = text.replace(url, self._urls[url])
        return text


def _rewrite_job(job: Mapping[str, Any], data: _DataFiles) -> dict[str, Any]:
    out = dict(job)
    if job.get("format") == "onnx":  # ONNX jobs (harness/ort-run.js) name a model and a taps model, not a bundle
        model = job.get("model")
        if not isinstance(model, str) or not model:
            raise EmlxInputError(f"browser ONNX job without a model path: {sorted(job)}")
        out["model"] = model if _is_url(model) else data.url(model, "ONNX model")
        taps = job.get("taps_model")
        if taps:
            out["taps_model"] = taps if _is_url(str(taps)) else data.url(taps, "ONNX taps model")
        return _rewrite_sidecars(job, out, data)
    bundle = job.get("bundle")
    if not isinstance(bundle, str) or not bundle:
        raise EmlxInputError(f"browser job without a bundle path: {sorted(job)}")
    out["bundle"] = bundle if _is_url(bundle) else data.url(bundle, "bundle")
    return _rewrite_sidecars(job, out, data)


def _rewrite_sidecars(job: Mapping[str, Any], out: dict[str, Any], data: _DataFiles) -> dict[str, Any]:
    sidecars = job.get("sidecars") or {}
    if not isinstance(sidecars, Mapping):
        raise EmlxInputError("browser job: 'sidecars' must map kind -> path")
    out["sidecars"] = {k: (v if _is_url(str(v)) else data.url(v, f"{k} sidecar")) for k, v in sidecars.items()}
    return out


# --------------------------------------------------------------------------------------------------
# running


_READY_JS = "() => (typeof window.emlxRun === 'function') || ((window.emlxBoot && window.emlxBoot.errors.length) > 0)"
_START_JS = """job => {
  window.emlxResult = undefined;
  Promise.resolve().then(() => window.emlxRun(job)).then(
    r => { window.emlxResult = { ok: true, result: r }; },
    e => { window.emlxResult = { ok: false, name: String((e && e.name) || 'Error'),
                                 message: String((e && e.message) || e), error: String((e && e.stack) || e) }; });
  return true;
}"""
_DONE_JS = "() => window.emlxResult !== undefined"


def _fail(job: Mapping[str, Any], errors: list[str]) -> dict[str, Any]:
    return {"backend": job.get("backend"), "errors": errors}


def _run_one(context: Any, server: _AllowListServer, job: Mapping[str, Any], timeout: float,
             log: Callable[[str], None], page: str = PAGE) -> dict[str, Any]:
    n404 = len(server.not_found)
    res = _run_page(context, server.origin, job, timeout, log, page)
    missing = sorted(set(server.not_found[n404:]))
    if missing:
        res.setdefault("errors", []).append(f"the page asked for files outside the allow-list: {', '.join(missing[:5])}")
    return res


def _run_page(context: Any, origin: str, job: Mapping[str, Any], timeout: float,
              log: Callable[[str], None], page_path: str = PAGE) -> dict[str, Any]:
    errors: list[str] = []
    console: list[str] = []
    phases: list[dict[str, Any]] = []
    crashed: list[bool] = []
    page = context.new_page()

    def on_console(msg: Any) -> None:
        text = f"console.{msg.type}: {msg.text}"
        if msg.type == "log" and msg.text.startswith("emlx-phase "):  # the harness's progress, one per phase
            try:
                phases.append(json.loads(msg.text[len("emlx-phase "):]))
                log(f"{job.get('backend')}: {phases[-1].get('phase')}")
            except ValueError:
                pass
            return
        if msg.type == "error":
            errors.append(text)
        elif msg.type in ("warning", "assert"):
            console.append(text)

    page.on("console", on_console)
    page.on("pageerror", lambda exc: errors.append(f"uncaught exception in page: {exc}"))
    def on_crash(_p: Any) -> None:
        crashed.append(True)
        where = f" during {phases[-1].get('phase')}" if phases else ""
        errors.append(f"the page crashed{where} (renderer process died; out of memory?)")

    page.on("crash", on_crash)
    page.on("requestfailed", lambda req: errors.append(f"request failed: {req.url} ({req.failure})"))
    try:
        t0 = time.perf_counter()
        page.goto(f"{origin}/js/{page_path}", wait_until="load", timeout=PAGE_LOAD_TIMEOUT_S * 1000)
        page.wait_for_function(_READY_JS, timeout=PAGE_LOAD_TIMEOUT_S * 1000, polling=100)
        boot = page.evaluate("() => (window.emlxBoot && window.emlxBoot.errors) || []")
        typeof_run = page.evaluate("() => typeof window.emlxRun")
        if typeof_run != "function":
            return _fail(job, errors + [f"the harness page did not start: {b}" for b in boot]
                         + ([] if boot else [f"window.emlxRun is {typeof_run}"]))
        page.evaluate(_START_JS, dict(job))
        page.wait_for_function(_DONE_JS, timeout=timeout * 1000, polling=250)
        out = page.evaluate("() => window.emlxResult")
        wall = time.perf_counter() - t0
    except Exception as e:  # noqa: BLE001 - Playwright raises its own Error/TimeoutError; report and go on
        name = type(e).__name__
        msg = str(e).strip().splitlines()[0] if str(e).strip() else name
        if "Timeout" in name:
            msg = f"the browser harness did not finish within {timeout:.0f} s (backend {job.get('backend')}): {msg}"
        res = _fail(job, errors + [f"{name}: {msg}"])
        if crashed:  # the renderer died (in practice: out of memory): the run's ERROR, naming the phase
            last = phases[-1] if phases else {}
            res["fatal"] = {"phase": last.get("phase", "start"), "kind": "out-of-memory",
                            "message": "the renderer process died (Chromium kills a tab that runs out of memory)",
                            "backend": job.get("backend"),
                            "memory": {k: v for k, v in last.items() if k.endswith("_bytes")}}
        return res
    finally:
        try:
            page.close()
        except Exception:  # noqa: BLE001 - a crashed page may refuse to close
            pass
    if not out.get("ok"):
        if out.get("name") == "HarnessInputError":  # bad job/bundle or backend unavailable: exit 2, as under Node
            msg = " ".join(str(out.get("message")).split())
            raise EmlxInputError(f"the browser harness refused its input (backend {job.get('backend')}): {msg}")
        return _fail(job, errors + [f"the harness threw: {out.get('error')}"])
    result: dict[str, Any] = dict(out["result"] or {})
    result["errors"] = [str(e) for e in (result.get("errors") or [])] + errors
    result["phases"] = phases
    if console:
        result["console"] = console
    result.setdefault("timings_ms", {})
    if isinstance(result["timings_ms"], dict):
        result["timings_ms"]["page_wall"] = round(wall * 1000, 1)
    log(f"{job.get('backend')}: {wall:.1f} s")
    return result


def _first_line(e: BaseException) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0]


def run_browser_jobs(jobs: Sequence[Mapping[str, Any]], browser: str = "chromium",
                     timeout: float = DEFAULT_TIMEOUT_S, progress: Callable[[str], None] | None = None,
                     js_dir: Path | None = None, page: str = PAGE,
                     extra_args: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Run harness jobs (FORMATS.md "Harness job and result") in one headless Chromium session, in order.

    Returns one result per job. Page-side problems (console errors, uncaught exceptions, crashes, timeouts)
    land in that result's ``errors``; the result also carries ``runtime`` {name: chromium, version},
    ``browser`` {name, version, executable, origin, [launcher], user_agent} and, on webgl, ``renderer`` and
    ``webgl`` (GL strings and the TF.js precision flags). `timeout` is per job, in seconds.
    EmlxInputError: no Chromium, Chromium does not start, the JS library or a job's file is missing, or the
    harness refuses a job (bad bundle, backend unavailable) — as the Node runner does.
    `page`: PAGE (TF.js, the default) or ORT_PAGE (onnxruntime-web; jobs of harness/ort-run.js). `extra_args`: more
    Chromium flags after CHROMIUM_FLAGS (e.g. ``--enable-unsafe-webgpu`` for onnxruntime-web's webgpu backend).
    """
    if browser != "chromium":
        raise EmlxInputError(f"browser {browser!r} is not supported (only 'chromium')")
    say = progress or (lambda _m: None)
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        find_chromium()  # no browser at all is the more useful message
        raise EmlxInputError("the Python package `playwright` is missing; `pip install playwright`") from None

    results: list[dict[str, Any]] = []
    with sync_playwright() as pw:
        exe = find_chromium(pw)  # before any npm work: a missing browser is the first thing to say
        if page not in PAGE_FILES:
            raise EmlxInputError(f"unknown harness page {page!r}; expected one of {', '.join(PAGE_FILES)}")
        extras = page_extras(page, [str(j.get("backend")) for j in jobs])
        if js_dir is None:
            from emlx.runtime import ensure_js, find_node

            js_dir = ensure_js(find_node(), extras)
        routes = _Routes()
        _library_routes(routes, Path(js_dir), page, extras)
        data = _DataFiles(routes)
        url_jobs = [_rewrite_job(j, data) for j in jobs]

        server = _AllowListServer(routes).start()
        profile = tempfile.mkdtemp(prefix="emlx-chromium-")
        try:
            backends = [str(j.get("backend")) for j in jobs]
            flags = [*chromium_flags(backends), *(a for a in extra_args if a not in WEBGPU_FLAGS)]
            args = [*flags, "--remote-debugging-pipe", f"--user-data-dir={profile}", "--no-startup-window"]
            kwargs: dict[str, Any] = {"headless": True, "ignore_default_args": True, "args": args,
                                      "timeout": LAUNCH_TIMEOUT_S * 1000}
            if exe.path is not None:
                kwargs["executable_path"] = str(exe.path)
            try:
                b = pw.chromium.launch(**kwargs)
            except PlaywrightError as e:
                raise EmlxInputError(f"Chromium ({exe.path or exe.found_as}) did not start: {_first_line(e)}") from None
            try:
                info = {"name": "chromium", "version": b.version,
                        "executable": str(exe.path or pw.chromium.executable_path), "origin": exe.origin}
                if exe.path is not None and exe.found_as != str(exe.path):
                    info["launcher"] = exe.found_as
                say(f"Chromium {b.version} ({info['executable']}), serving {len(routes)} files on {server.origin}")
                context = b.new_context()
                try:
                    for job in url_jobs:
                        try:
                            res = _run_one(context, server, job, timeout, say, page)
                        except PlaywrightError as e:  # the browser itself went away
                            res = _fail(job, [f"the browser failed: {_first_line(e)}"])
                        except EmlxInputError as e:
                            raise EmlxInputError(data.unmap(str(e))) from None
                        res["errors"] = [data.unmap(str(x)) for x in res.get("errors") or []]
                        binfo = dict(info)
                        ua = res.pop("user_agent", None)
                        if ua:
                            binfo["user_agent"] = ua
                        res["browser"] = binfo
                        res["runtime"] = {"name": "chromium", "version": b.version}
                        results.append(res)
                finally:
                    try:
                        context.close()
                    except PlaywrightError:
                        pass
            finally:
                b.close()
        finally:
            server.stop()
            shutil.rmtree(profile, ignore_errors=True)
    return results
