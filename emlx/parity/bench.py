"""`emlx bench`: load, prefill and decode speed of the JS port (js/harness/bench.mjs) under Node."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any, Sequence

from emlx.bundle import load_bundle
from emlx.errors import EmlxInputError
from emlx.runtime import ensure_js, find_node


def run_bench(bundle: Path, backend: str = "wasm", lengths: Sequence[int] = (8, 32, 64), tokens: int = 32,
              repeat: int = 3, timeout: float = 1800.0) -> dict[str, Any]:
    load_bundle(Path(bundle))  # validate first: a clear error beats a harness stack
    if any(n < 1 for n in lengths) or tokens < 1 or repeat < 1:
        raise EmlxInputError("--lengths, --tokens and --repeat must be positive integers")
    node = find_node()
    js = ensure_js(node)
    cmd = [str(node.executable), str(js / "harness" / "bench.mjs"), str(Path(bundle).resolve()), "--backend", backend,
           "--lengths", ",".join(str(n) for n in lengths), "--tokens", str(tokens), "--repeat", str(repeat)]
    try:
        proc = subprocess.run(cmd, cwd=js, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise EmlxInputError(f"bench did not finish within {timeout:.0f} s; use fewer --lengths or --tokens") from None
    if proc.returncode != 0:
        msg = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        raise EmlxInputError(f"bench failed: {msg}")
    return json.loads(proc.stdout)


def render_bench(rep: dict[str, Any], con: Any) -> None:
    from rich.table import Table

    m = rep.get("model", {})
    t = Table(title=f"{Path(rep['bundle']).name}  {m.get('family', '')}  node {rep['runtime']['version']} "
                    f"tfjs {rep['tfjs_version']} {rep['backend']}  load {rep['load_ms']:.0f} ms",
              title_justify="left", show_edge=False, pad_edge=False)
    for col in ("context", "prefill ms", "stateless tok/s", "cached tok/s", "speed-up"):
        t.add_column(col, justify="right")
    for r in rep["results"]:
        t.add_row(str(r["length"]), f"{r['prefill_ms']:.1f}", f"{r['stateless_tokens_per_s']:.1f}",
                  f"{r['cached_tokens_per_s']:.1f}", f"{r['cached_tokens_per_s'] / r['stateless_tokens_per_s']:.1f}x")
    con.print(t)
