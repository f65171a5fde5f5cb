"""`emlx bench`: load, prefill and decode speed and resident memory of the JS port (js/harness/bench.mjs), under
Node or in headless Chromium (the same code through the browser harness page)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any, Sequence

from emlx.formats import load_bundle
from emlx.errors import EmlxInputError
from emlx.runtime import ensure_js, find_node

RUNTIMES = ("node", "chromium")
NODE_BACKENDS = ("cpu", "wasm")
BROWSER_BACKENDS = ("cpu", "wasm", "webgl", "webgpu")
INT8_MODES = ("auto", "packed", "float32")


def run_bench(bundle: Path, backend: str = "wasm", lengths: Sequence[int] = (8, 32, 64), tokens: int = 32,
              repeat: int = 3, timeout: float = 1800.0, runtime: str = "node", int8: str = "auto",
              threads: int = 1) -> dict[str, Any]:
    """Run the benchmark; returns bench.mjs's report (plus ``runtime``/``browser``). EmlxInputError on bad input.
    ``threads``: the wasm engine's matmuls on that many threads (the report's ``threads`` says how many ran)."""
    load_bundle(Path(bundle))  # validate first: a clear error beats a harness stack
    if any(n < 1 for n in lengths) or not lengths or tokens < 1 or repeat < 1:
        raise EmlxInputError("--lengths, --tokens and --repeat must be positive integers")
    if runtime not in RUNTIMES:
        raise EmlxInputError(f"--runtime must be one of {', '.join(RUNTIMES)}, got {runtime!r}")
    if not 1 <= threads <= 64:
        raise EmlxInputError(f"--threads must be an integer from 1 to 64, got {threads}")
    if int8 not in INT8_MODES:
        raise EmlxInputError(f"--int8 must be one of {', '.join(INT8_MODES)}, got {int8!r}")
    allowed = NODE_BACKENDS if runtime == "node" else BROWSER_BACKENDS
    if backend not in allowed:
        raise EmlxInputError(f"backend {backend!r} is not available under {runtime} (choose from {', '.join(allowed)}"
                             f"{'; webgl/webgpu need --runtime chromium' if runtime == 'node' else ''})")
    if runtime == "chromium":
        return _run_chromium(Path(bundle), backend, lengths, tokens, repeat, timeout, int8, threads)
    node = find_node()
    js = ensure_js(node)
    cmd = [str(node.executable), str(js / "harness" / "bench.mjs"), str(Path(bundle).resolve()), "--backend", backend,
           "--lengths", ",".join(str(n) for n in lengths), "--tokens", str(tokens), "--repeat", str(repeat),
           "--int8", int8, "--threads", str(threads)]
    try:
        proc = subprocess.run(cmd, cwd=js, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise EmlxInputError(f"bench did not finish within {timeout:.0f} s; use fewer --lengths or --tokens") from None
    if proc.returncode != 0:
        msg = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        raise EmlxInputError(f"bench failed: {msg}")
    return json.loads(proc.stdout)


def _run_chromium(bundle: Path, backend: str, lengths: Sequence[int], tokens: int, repeat: int, timeout: float,
                  int8: str, threads: int = 1) -> dict[str, Any]:
    from emlx.runners.chromium import run_browser_jobs

    job = {"bundle": str(bundle.resolve()), "backend": backend, "sidecars": {},
           "bench": {"lengths": list(lengths), "tokens": tokens, "repeat": repeat, "int8": int8, "threads": threads}}
    res = run_browser_jobs([job], timeout=timeout)[0]
    errors = res.get("errors") or []
    if errors or "results" not in res:
        raise EmlxInputError(f"bench failed in Chromium ({backend}): {'; '.join(map(str, errors)) or 'no result'}")
    res["bundle"] = str(bundle)
    return res


def _mb(x: Any) -> str:
    return f"{x / 2**20:.1f}" if isinstance(x, (int, float)) else "-"


def render_bench(rep: dict[str, Any], con: Any) -> None:
    from rich.table import Table

    m = rep.get("model", {})
    rt = rep.get("runtime", {})
    title = (f"{Path(rep['bundle']).name}  {m.get('family', '')}  {rt.get('name', 'node')} {rt.get('version', '')} "
             f"tfjs {rep['tfjs_version']} {rep['backend']}"
             + (f" ({rep['renderer']})" if rep.get("renderer") else "")
             + f"  load {rep['load_ms']:.0f} ms + build {rep.get('build_ms', 0):.0f} ms")
    t = Table(title=title, title_justify="left", show_edge=False, pad_edge=False)
    for col in ("context", "prefill ms", "stateless tok/s", "cached tok/s", "speed-up"):
        t.add_column(col, justify="right")
    for r in rep["results"]:
        t.add_row(str(r["length"]), f"{r['prefill_ms']:.1f}", f"{r['stateless_tokens_per_s']:.1f}",
                  f"{r['cached_tokens_per_s']:.1f}", f"{r['cached_tokens_per_s'] / r['stateless_tokens_per_s']:.1f}x")
    con.print(t)
    mem = rep.get("memory") or {}
    if mem:
        after = mem.get("after_load") or {}
        ratio = mem["resident_weight_bytes"] / mem["float32_weight_bytes"] if mem.get("float32_weight_bytes") else None
        line = (f"memory: weights resident {_mb(mem.get('resident_weight_bytes'))} MB"
                + (f" ({ratio:.2f}x float32)" if ratio is not None else "")
                + f", weights {m.get('weights_dtype', '?')}, int8 mode {m.get('int8_mode', '-')}")
        for key, label in (("rss", "process RSS"), ("wasm_heap", "wasm heap"), ("js_heap_used", "JS heap")):
            if key in after:
                line += f"; {label} {_mb(after[key])} MB"
        con.print(line)
    th = rep.get("threads") or {}
    if th:
        con.print(f"threads: {th.get('used', 1)} of {th.get('requested', 1)} requested"
                  + (f" ({th['note']})" if th.get("note") else ""), soft_wrap=True)
    for w in rep.get("warnings") or []:
        con.print(f"[yellow]warning:[/] {w}", soft_wrap=True)
