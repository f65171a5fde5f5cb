"""onnxruntime in JavaScript as a harness on its two hosts: onnxruntime-node in a Node process and onnxruntime-web
in headless Chromium.

Both drive ``js/harness/ort-run.js`` (Node: ``harness/ort-node.mjs``; browser: ``harness/ort-browser.html``), which
runs the kinds of ``js/harness/kinds.js`` as the TF.js harness does and returns its result schema, so
:func:`emlx.verify.parity.judge` gates it unchanged. The job (docs/FORMATS.md "Harness job and result", ONNX form)::

    {"format": "onnx", "model": path, "taps_model": path | null, "header": <metadata_props["emlx.header"]>,
     "sidecars": {kind: path}, "backend": "cpu" | "wasm" | "webgpu", "taps": bool, "threads": 1}

The header is read here (the JS side never parses protobuf), from the same file the harness runs. A parity run::

    jobs = make_ort_jobs(model, sidecars.files, ["cpu"])                # or ["wasm", "webgpu"]
    results = run_ort_node_jobs(jobs)                                     # or run_ort_browser_jobs(jobs, progress=say)
    reports = [run_report("node", j["backend"], r, docs, atol) for j, r in zip(jobs, results)]
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from emlx.errors import EmlxInputError
from emlx.runners._base import ONNXRUNTIME, HarnessRun, RunOptions, refuse_job_extra
from emlx.runners.chromium import ORT_PAGE, run_browser_jobs
from emlx.runners.node import run_node_job
from emlx.runtime import ensure_js, find_node

HEADER_KEY = "emlx.header"
NODE_BACKENDS = ("cpu",)
WEB_BACKENDS = ("wasm", "webgpu")
#: npm packages installed on first use (emlx.runtime.EXTRAS): onnxruntime-node for Node, onnxruntime-web for a page
NODE_EXTRAS = ("onnxruntime-node",)
#: what Chromium needs to hand a page served from 127.0.0.1 a WebGPU adapter (SwiftShader when there is no GPU)
WEBGPU_CHROMIUM_ARGS = ("--enable-unsafe-webgpu",)


def read_onnx_header(path: str | Path) -> dict[str, Any]:
    """metadata_props["emlx.header"] of an .onnx file, parsed (weights are not loaded). EmlxInputError if absent."""
    return _read_meta(path)[0]


def has_external_data(path: str | Path) -> bool:
    """Whether the model keeps initializers in external data files (weights over 2 GB)."""
    return _read_meta(path)[1]


def _read_meta(path: str | Path) -> tuple[dict[str, Any], bool]:
    try:
        import onnx
    except ImportError:
        raise EmlxInputError("the Python package `onnx` is needed to read an .onnx bundle's header; "
                             "`pip install onnx`") from None
    p = Path(path)
    if not p.is_file():
        raise EmlxInputError(f"{p}: ONNX model not found")
    try:
        model = onnx.load(str(p), load_external_data=False)
    except Exception as e:  # noqa: BLE001 - protobuf raises DecodeError and friends
        raise EmlxInputError(f"{p}: not a readable ONNX model ({type(e).__name__}: {str(e).strip()[:200]})") from None
    props = {m.key: m.value for m in model.metadata_props}
    raw = props.get(HEADER_KEY)
    if raw is None:
        raise EmlxInputError(f"{p}: no metadata_props[{HEADER_KEY!r}] (found {sorted(props) or 'none'}); "
                             "it is not an emlx ONNX export — re-export it with `emlx export CKPT out.onnx`")
    try:
        header = json.loads(raw)
    except json.JSONDecodeError as e:
        raise EmlxInputError(f"{p}: metadata_props[{HEADER_KEY!r}] is not JSON ({e})") from None
    if not (isinstance(header, dict) and isinstance(header.get("config"), dict)
            and isinstance(header.get("weights_sha256"), str)):
        raise EmlxInputError(f"{p}: metadata_props[{HEADER_KEY!r}] lacks config / weights_sha256; re-export the model")
    external = any(t.data_location == onnx.TensorProto.EXTERNAL for t in model.graph.initializer)
    return header, external


def make_ort_job(model: str | Path, sidecars: Mapping[str, str | Path], backend: str,
                 taps_model: str | Path | None = None, header: Mapping[str, Any] | None = None, threads: int = 1,
                 taps: bool = True, extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A harness job for `model` (header read from the file unless given); paths are made absolute."""
    model = Path(model).resolve()
    job: dict[str, Any] = {
        "format": "onnx", "model": str(model),
        "taps_model": str(Path(taps_model).resolve()) if taps_model else None,
        "header": dict(header) if header is not None else read_onnx_header(model),
        "sidecars": {k: str(Path(v).resolve()) for k, v in sidecars.items()},
        "backend": backend, "taps": bool(taps), "threads": int(threads),
    }
    if extra:
        job.update(extra)
    return job


def write_taps_model(model: str | Path, dest: str | Path) -> Path:
    """Write the taps variant of an emlx ONNX export (its graph plus ``tap.<name>`` outputs, built by
    ``emlx.onnx.graph.with_tap_outputs``) to `dest`, atomically. A model with external data keeps pointing at the
    same data: the data files are hard-linked into `dest`'s folder (onnxruntime refuses data that resolves outside
    the model's folder, so a symlink will not do), never copied or loaded; EmlxInputError when `dest` is on
    another file system."""
    import onnx

    from emlx.atomic import write_bytes_atomic
    from emlx.onnx.graph import with_tap_outputs
    from emlx.onnx.io import header_from_model
    from emlx.spec import ModelSpec

    model, dest = Path(model), Path(dest)
    proto = onnx.load(str(model), load_external_data=False)
    spec = ModelSpec.from_dict(header_from_model(proto, model)["config"])
    dest.parent.mkdir(parents=True, exist_ok=True)
    for t in proto.graph.initializer:
        if t.data_location != onnx.TensorProto.EXTERNAL:
            continue
        loc = next(e.value for e in t.external_data if e.key == "location")
        src, link = (model.parent / loc).resolve(), dest.parent / loc
        if link.exists() and os.path.samefile(link, src):
            continue
        if link.is_symlink() or link.exists():
            link.unlink()
        try:
            os.link(src, link)
        except OSError as e:
            raise EmlxInputError(f"{dest}: cannot link the external data {src} beside the taps model ({e.strerror}); "
                                 f"put the taps model on the same file system as {model}") from None
    write_bytes_atomic(dest, with_tap_outputs(proto, spec).SerializeToString())
    return dest


def make_ort_jobs(model: str | Path, sidecars: Mapping[str, str | Path], backends: Sequence[str],
                  extra: Mapping[str, Any] | None = None, threads: int = 1,
                  taps_dir: str | Path | None = None) -> list[dict[str, Any]]:
    """One job per backend for a parity run against the sidecar files ``{kind: path}``: the header read once, the
    taps variant (when there is a layers sidecar) written by :func:`ensure_taps_model` into `taps_dir` (default: the
    layers sidecar's folder). ``extra``: test-only injections (a phase ``fault``; ``perturb`` is the TF.js port's)."""
    refuse_job_extra(extra, "perturb", "injects faults into the TF.js port only; give a .json or .safetensors bundle")
    model = Path(model)
    header = read_onnx_header(model)
    layers = sidecars.get("layers")
    taps = ensure_taps_model(model, taps_dir or Path(layers).parent) if layers is not None else None
    return [make_ort_job(model, sidecars, b, taps_model=taps, header=header, threads=threads, extra=extra)
            for b in backends]


def ensure_taps_model(model: str | Path, out_dir: str | Path,
                      build: Callable[[Path, Path], object] | None = write_taps_model) -> Path:
    """The taps variant of `model` in `out_dir` (``<stem>.taps.onnx``, e.g. the sidecar folder or a temp dir):
    reused when it is newer than the model, else written with `build(model, dest)`."""
    model = Path(model)
    dest = Path(out_dir) / f"{model.stem}.taps.onnx"
    if dest.is_file() and dest.stat().st_mtime >= model.stat().st_mtime:
        return dest
    if build is None:
        raise EmlxInputError(f"{dest}: no taps model and no way to build one")
    build(model, dest)
    if not dest.is_file():
        raise EmlxInputError(f"{dest}: the taps model was not written")
    return dest


def _check_backends(jobs: Sequence[Mapping[str, Any]], allowed: Sequence[str], where: str) -> None:
    for job in jobs:
        if job.get("format") != "onnx":
            raise EmlxInputError(f"{where} runs ONNX jobs (format 'onnx'), got format {job.get('format')!r}")
        if job.get("backend") not in allowed:
            raise EmlxInputError(f"backend {job.get('backend')!r} is not available in {where}; use {', '.join(allowed)}")


def run_ort_node_jobs(jobs: Sequence[Mapping[str, Any]], timeout: float = 900.0) -> list[dict[str, Any]]:
    """Each job in its own Node process with onnxruntime-node (CPU execution provider). EmlxInputError when the
    harness refuses a job (exit 2) or crashes, as for the TF.js Node runner."""
    _check_backends(jobs, NODE_BACKENDS, "onnxruntime-node")
    node = find_node()
    ensure_js(node, NODE_EXTRAS)
    out = []
    for job in jobs:
        res = run_node_job(job, timeout=timeout, node=node, script="harness/ort-node.mjs", extras=NODE_EXTRAS)
        res.pop("node_origin", None)
        out.append(res)
    return out


def run_ort_browser_jobs(jobs: Sequence[Mapping[str, Any]], timeout: float = 900.0,
                         progress: Callable[[str], None] | None = None, js_dir: Path | None = None) -> list[dict[str, Any]]:
    """All jobs in one headless Chromium session with onnxruntime-web (harness/ort-browser.html); webgpu jobs get
    ``--enable-unsafe-webgpu`` (a page without an adapter refuses the job: EmlxInputError)."""
    _check_backends(jobs, WEB_BACKENDS, "onnxruntime-web")
    for job in jobs:
        for key in ("model", "taps_model"):
            if job.get(key) and Path(job[key]).is_file() and has_external_data(job[key]):
                raise EmlxInputError(f"{job[key]}: its weights are in external data files, which the browser runner does "
                                     "not serve (onnxruntime-web in a page holds under 4 GB); run it under Node "
                                     "(onnxruntime-node reads the data beside the model)")
    args = WEBGPU_CHROMIUM_ARGS if any(j.get("backend") == "webgpu" for j in jobs) else ()
    return run_browser_jobs(jobs, timeout=timeout, progress=progress, js_dir=js_dir, page=ORT_PAGE, extra_args=args)


def run_on_node(jobs: Sequence[Mapping[str, Any]], opts: RunOptions) -> list[dict[str, Any]]:
    opts.progress(f"node (onnxruntime-node): {', '.join(str(j.get('backend')) for j in jobs)}")
    return run_ort_node_jobs(jobs, timeout=opts.timeout)


def run_in_chromium(jobs: Sequence[Mapping[str, Any]], opts: RunOptions) -> list[dict[str, Any]]:
    return run_ort_browser_jobs(jobs, timeout=opts.timeout, progress=opts.progress)


ON_NODE = HarnessRun(ONNXRUNTIME, NODE_BACKENDS, make_ort_jobs, run_on_node)
IN_CHROMIUM = HarnessRun(ONNXRUNTIME, WEB_BACKENDS, make_ort_jobs, run_in_chromium)
