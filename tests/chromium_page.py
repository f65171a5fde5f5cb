"""Test helper: serve a folder on 127.0.0.1 and open pages of it in headless Chromium, launched the way
emlx/runners/chromium.py launches it (same executable lookup, same flags)."""

from __future__ import annotations

import contextlib
import functools
import http.server
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from emlx.runners.chromium import chromium_flags, find_chromium


class _Quiet(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm"}

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server API
        pass


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """An HTTP server for `folder` on 127.0.0.1 (a free port); yields its origin."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def chromium(backends: tuple[str, ...] = ()) -> Iterator[Any]:
    """A Playwright browser context on the project's Chromium, with the flags the runner adds for `backends`
    (WebGPU: --enable-unsafe-webgpu)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw, tempfile.TemporaryDirectory(prefix="emlx-test-chromium-") as profile:
        exe = find_chromium(pw)
        kwargs: dict[str, Any] = {"headless": True, "ignore_default_args": True, "timeout": 60_000,
                                  "args": [*chromium_flags(backends), "--remote-debugging-pipe",
                                           f"--user-data-dir={profile}", "--no-startup-window"]}
        if exe.path is not None:
            kwargs["executable_path"] = str(exe.path)
        browser = pw.chromium.launch(**kwargs)
        try:
            context = browser.new_context()
            try:
                yield context
            finally:
                context.close()
        finally:
            browser.close()
