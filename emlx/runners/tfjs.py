"""The TF.js port as a harness (js/harness/run.js) on its two hosts: a Node process per job
(js/harness/node.mjs) and one headless Chromium session for all jobs (js/harness/browser.html)."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from emlx.runners._base import TFJS, HarnessRun, RunOptions, make_jobs
from emlx.runners.chromium import PAGE, run_browser_jobs
from emlx.runners.node import run_node_job

NODE_SCRIPT = "harness/node.mjs"


def run_on_node(jobs: Sequence[Mapping[str, Any]], opts: RunOptions) -> list[dict[str, Any]]:
    results = []
    for job in jobs:
        opts.progress(f"node: backend {job.get('backend')}")
        results.append(run_node_job(job, timeout=opts.timeout, script=NODE_SCRIPT, progress=opts.progress))
    return results


def run_in_chromium(jobs: Sequence[Mapping[str, Any]], opts: RunOptions) -> list[dict[str, Any]]:
    return run_browser_jobs(jobs, timeout=opts.timeout, progress=opts.progress, page=PAGE)


ON_NODE = HarnessRun(TFJS, ("cpu", "wasm"), make_jobs, run_on_node)
IN_CHROMIUM = HarnessRun(TFJS, ("cpu", "wasm", "webgl", "webgpu"), make_jobs, run_in_chromium)
