"""The ``node`` runtime: the JS harness under Node, one process per job, job/result exchanged as JSON files."""

from __future__ import annotations

import json
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import IO, Any, Callable, Mapping, Sequence

from emlx.errors import EmlxInputError
from emlx.runners._base import DEFAULT_TIMEOUT_S, RunOptions, Runner, make_job
from emlx.runtime import NodeRuntime, ensure_js, find_node
from emlx.jsonsafe import dumps



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


def run(bundle: Path, sidecar_dir: Path, kinds: Sequence[str], backends: Sequence[str], opts: RunOptions) -> list[dict[str, Any]]:
    """The runner interface (emlx.runners): one harness result per backend, one Node process each. An .onnx
    bundle runs in onnxruntime-node (js/harness/ort-node.mjs), the others in the TF.js port."""
    if Path(bundle).suffix == ".onnx":
        from emlx.runners.ortjs import make_ort_jobs, run_ort_node_jobs

        _no_perturb(opts)
        opts.progress(f"node (onnxruntime-node): {', '.join(backends)}")
        return run_ort_node_jobs(make_ort_jobs(bundle, sidecar_dir, kinds, backends), timeout=opts.timeout)
    results = []
    for backend in backends:
        opts.progress(f"node: backend {backend}")
        results.append(run_node_job(make_job(bundle, sidecar_dir, kinds, backend, opts.job_extra), timeout=opts.timeout,
                                    progress=opts.progress))
    return results


def _no_perturb(opts: RunOptions) -> None:
    if opts.job_extra and opts.job_extra.get("perturb") is not None:
        raise EmlxInputError("--self-test-perturb injects faults into the TF.js port only; give a .json or .safetensors bundle")


RUNNER = Runner(runtime="node", backends=("cpu", "wasm"), bundle_formats=("json", "safetensors", "onnx"),
                description="the JS port under Node (an .onnx bundle: onnxruntime-node)", run=run,
                format_backends={"onnx": ("cpu",)})
