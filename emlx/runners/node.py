"""The Node host: one Node process per harness job (a script of js/harness), job and result exchanged as JSON
files, phases and crashes read from its stderr. It knows no harness; emlx/runners/tfjs.py and ortjs.py run theirs
on it."""

from __future__ import annotations

import json
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import IO, Any, Callable, Mapping

from emlx.errors import EmlxInputError
from emlx.jsonsafe import dumps
from emlx.runners._base import DEFAULT_TIMEOUT_S
from emlx.runtime import NodeRuntime, ensure_js, find_node

#: what a crashed JS runtime prints when it ran out of memory (V8's heap, an ArrayBuffer, the wasm heap)
_OOM_MARKS = ("JavaScript heap out of memory", "Reached heap limit", "Allocation failed", "out of memory",
              "Array buffer allocation failed", "Cannot enlarge memory", "Maximum memory size exceeded")


def _read_phases(stream: IO[str], phases: list[dict[str, Any]], other: list[str],
                 progress: Callable[[str], None], label: str) -> None:
    """Collect the harness's ``emlx-phase {json}`` lines (announced as progress) and every other stderr line."""
    for line in stream:
        if line.startswith("emlx-phase "):
            try:
                ph = json.loads(line[len("emlx-phase "):])
            except ValueError:
                continue
            phases.append(ph)
            rss = ph.get("rss_bytes")
            progress(f"{label}: {ph.get('phase')}" + (f" (RSS {rss / 2**20:.0f} MiB)" if isinstance(rss, int) else ""))
        else:
            other.append(line.rstrip("\n"))


def crash_message(who: str, code: int, stderr_lines: list[str], phases: list[dict[str, Any]], backend: str) -> str:
    """One line for a JS runtime that died without a result: out of memory (naming the phase and the memory it
    had) or another crash."""
    tail = " | ".join(line for line in stderr_lines[-3:] if line.strip()) or "no output"
    last = phases[-1] if phases else {}
    where = f" during {last.get('phase')}" if last else " before it started"
    rss = last.get("rss_bytes")
    had = f" (process RSS {rss / 2**30:.2f} GiB when that phase began)" if isinstance(rss, int) else ""
    text = "\n".join(stderr_lines)
    if any(m in text for m in _OOM_MARKS):
        return (f"{who} ran out of memory{where} on backend {backend}{had}: {tail}; the model's weights and "
                "activations do not fit this runtime: export --int8 (weights stay int8 on wasm), or gate fewer tokens")
    return f"{who} crashed (exit {code}){where} on backend {backend}: {tail}"


def run_node_job(job: Mapping[str, Any], timeout: float = DEFAULT_TIMEOUT_S, node: NodeRuntime | None = None,
                 script: str = "harness/node.mjs", progress: Callable[[str], None] | None = None,
                 extras: tuple[str, ...] = ()) -> dict[str, Any]:
    """One harness job in its own Node process; `extras`: the npm packages installed on first use it needs
    (emlx.runtime.EXTRAS), besides the WASM tokenizer when the job asks for it."""
    node = node or find_node()
    if job.get("tokenizer_engine") == "tiktoken":
        extras = (*extras, "tiktoken")
    js = ensure_js(node, extras)
    backend = str(job.get("backend"))
    say = progress or (lambda _m: None)
    with tempfile.TemporaryDirectory(prefix="emlx-node-") as tmp:
        job_path, out_path = Path(tmp) / "job.json", Path(tmp) / "result.json"
        job_path.write_text(dumps({**job, "phases": True}, "node job"))  # JSON.parse rejects NaN/Infinity
        phases: list[dict[str, Any]] = []
        other: list[str] = []
        proc = subprocess.Popen([str(node.executable), str(js / script), str(job_path), str(out_path)],
                                cwd=js, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        assert proc.stderr is not None
        reader = threading.Thread(target=_read_phases, args=(proc.stderr, phases, other, say, f"node/{backend}"),
                                  daemon=True)
        reader.start()
        try:
            code = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            where = f" (still in {phases[-1].get('phase')})" if phases else ""
            raise EmlxInputError(f"the Node harness did not finish within {timeout:.0f} s on backend {backend}{where}; "
                                 "raise --timeout or use a faster backend") from None
        finally:
            reader.join(timeout=5)
        if code == 2:
            msg = (other or ["(no message)"])[-1]
            raise EmlxInputError(f"the Node harness refused its input: {msg}")
        if code != 0 or not out_path.is_file():
            raise EmlxInputError(crash_message("the Node harness", code, other, phases, backend))
        result: dict[str, Any] = json.loads(out_path.read_text())
    result.setdefault("runtime", {"name": "node", "version": node.version})
    result.setdefault("node_origin", node.origin)
    result["phases"] = phases
    return result
