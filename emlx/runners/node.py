"""The ``node`` runtime: the JS harness under Node, one process per job, job/result exchanged as JSON files."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Mapping, Sequence

from emlx.errors import EmlxInputError
from emlx.runners._base import DEFAULT_TIMEOUT_S, RunOptions, Runner, make_job
from emlx.runtime import NodeRuntime, ensure_js, find_node
from emlx.jsonsafe import dumps



def run_node_job(job: Mapping[str, Any], timeout: float = DEFAULT_TIMEOUT_S, node: NodeRuntime | None = None,
                 script: str = "harness/node.mjs") -> dict[str, Any]:
    node = node or find_node()
    js = ensure_js(node)
    with tempfile.TemporaryDirectory(prefix="emlx-node-") as tmp:
        job_path, out_path = Path(tmp) / "job.json", Path(tmp) / "result.json"
        job_path.write_text(dumps(job, "node job"))  # JSON.parse rejects NaN/Infinity
        try:
            proc = subprocess.run([str(node.executable), str(js / script), str(job_path), str(out_path)],
                                  cwd=js, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise EmlxInputError(f"the Node harness did not finish within {timeout:.0f} s (backend {job.get('backend')}); "
                                 "raise --timeout or use a faster backend") from None
        if proc.returncode == 2:
            msg = (proc.stderr.strip().splitlines() or ["(no message)"])[-1]
            raise EmlxInputError(f"the Node harness refused its input: {msg}")
        if proc.returncode != 0 or not out_path.is_file():
            tail = " | ".join((proc.stderr or proc.stdout).strip().splitlines()[-3:])
            raise EmlxInputError(f"the Node harness crashed (exit {proc.returncode}): {tail or 'no output'}")
        result: dict[str, Any] = json.loads(out_path.read_text())
    result.setdefault("runtime", {"name": "node", "version": node.version})
    result.setdefault("node_origin", node.origin)
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
        results.append(run_node_job(make_job(bundle, sidecar_dir, kinds, backend, opts.job_extra), timeout=opts.timeout))
    return results


def _no_perturb(opts: RunOptions) -> None:
    if opts.job_extra and opts.job_extra.get("perturb") is not None:
        raise EmlxInputError("--self-test-perturb injects faults into the TF.js port only; give a .json or .safetensors bundle")


RUNNER = Runner(runtime="node", backends=("cpu", "wasm"), bundle_formats=("json", "safetensors", "onnx"),
                description="the JS port under Node (an .onnx bundle: onnxruntime-node)", run=run,
                format_backends={"onnx": ("cpu",)})
