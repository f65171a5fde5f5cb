"""Scale benchmark: time and peak memory of every emlx step on synthetic 11.5M..1.31B-parameter checkpoints.

    python benchmarks/bench_scale.py [--sizes 11m,135m,519m,1.3b,smollm-135m,qwen2.5-0.5b] [--runs node:wasm,chromium:wasm]
                                     [--steps export_f32,export_int8,sidecars,parity] [--timeout 1800]
                                     [--work DIR] [--keep] [--json OUT.json] [--root EMLX_TREE]

For each size (benchmarks/make_scale_checkpoints.py: depth 4/12/20/28, n_embd 64 x depth, head_dim 128, vocab
8192) it generates the autoresearch-MLX checkpoint, or for smollm-135m / qwen2.5-0.5b a transformers model folder of
that released model's shape (random bf16 weights, config.json as it shipped), then runs, each as its own
`python -m emlx` process:

    export_f32   emlx export CKPT <size>.safetensors
    export_int8  emlx export CKPT <size>.int8.safetensors --int8
    (--steps export_f32_sharded,export_int8_sharded: the same with --shard-size 1GB)
    sidecars     emlx sidecars <size>.safetensors --ids ...      (the checkpoints have no tokenizer)
    parity       emlx parity <size>.safetensors --runtime R --backend B, per --runs entry
    sidecars_int8, parity_int8: the same for the int8 bundle (int8.json from the checkpoint beside it)

While a step runs, its process tree is sampled from /proc every 0.1 s: the Python process's own peak (VmHWM), the
JS side's (every descendant: node, or Playwright's driver plus Chromium's processes, summed per sample), the whole
tree's, and the Python process's RSS while a JS child is alive, median and max over those samples (what the parity
parent keeps resident during the run; the max includes the end of a Chromium run, when the page's result is being
handed to Python while the browser still lives). "x weights" is the tree's peak over the float32 weight bytes (4 x parameters). RSS counts the file pages a
process has mapped (a memory-mapped bundle's pages it touched), not only its own allocations. A step that fails
is reported as it fails (FAIL = exit 1, ERROR = exit 2, TIMEOUT, CRASH = killed by a signal) with the first error
line of its stderr; the next steps still run. Generated files are deleted after each size unless --keep (which also
reuses checkpoints already in --work). Timings are wall clock on whatever else the machine is doing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_scale_checkpoints import (  # noqa: E402
    HF_SIZES,
    SIZES,
    checkpoint_path,
    checkpoint_ready,
    depth_of,
    size_parameters,
)

STEPS = ("export_f32", "export_int8", "sidecars", "parity", "sidecars_int8", "parity_int8")
#: also available with --steps (not run by default): the same exports as sharded safetensors (--shard-size 1GB)
EXTRA_STEPS = ("export_f32_sharded", "export_int8_sharded")
DEFAULT_RUNS = "node:wasm,chromium:wasm"
SIDECAR_IDS = ",".join(str(i) for i in range(1, 17))
MB = 1 << 20
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


# --------------------------------------------------------------------------------------------------
# process-tree sampling


def _status(pid: int) -> dict[str, int]:
    """VmRSS / VmHWM (kB) of a process, {} when it is gone."""
    out: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith((b"VmRSS:", b"VmHWM:")):
                    k, v = line.split(b":", 1)
                    out[k.decode()] = int(v.split()[0])
    except (OSError, ValueError):
        return {}
    return out


def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
            ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def _descendants(pid: int) -> list[int]:
    kids = _children_map()
    out: list[int] = []
    todo = list(kids.get(pid, []))
    while todo:
        p = todo.pop()
        out.append(p)
        todo += kids.get(p, [])
    return out


@dataclass
class Peaks:
    py_hwm_kb: int = 0  # the Python process's own high-water mark
    js_sum_kb: int = 0  # the largest sampled sum of the descendants' RSS
    js_hwm_kb: int = 0  # the largest high-water mark of any one descendant
    tree_kb: int = 0  # the largest sampled RSS of the whole tree
    py_during_js_kb: int = 0  # the Python process's largest RSS while a descendant was alive
    during_js: list[int] = field(default_factory=list)  # its RSS in every sample with a descendant alive
    seen: set[int] = field(default_factory=set)

    @property
    def py_during_js_median_kb(self) -> int:
        xs = sorted(self.during_js)
        return xs[len(xs) // 2] if xs else 0


class TreeSampler(threading.Thread):
    def __init__(self, pid: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peaks = Peaks()
        self._halt = threading.Event()

    def sample(self) -> None:
        p = self.peaks
        me = _status(self.pid)
        if not me:
            return
        kids = _descendants(self.pid)
        p.seen.update(kids)
        js = 0
        for k in kids:
            st = _status(k)
            js += st.get("VmRSS", 0)
            p.js_hwm_kb = max(p.js_hwm_kb, st.get("VmHWM", 0))
        p.py_hwm_kb = max(p.py_hwm_kb, me.get("VmHWM", 0))
        p.js_sum_kb = max(p.js_sum_kb, js)
        p.tree_kb = max(p.tree_kb, me.get("VmRSS", 0) + js)
        if kids:
            p.py_during_js_kb = max(p.py_during_js_kb, me.get("VmRSS", 0))
            p.during_js.append(me.get("VmRSS", 0))

    def run(self) -> None:
        while not self._halt.is_set():
            self.sample()
            self._halt.wait(self.interval)

    def stop(self) -> Peaks:
        self._halt.set()
        self.join()
        return self.peaks


# --------------------------------------------------------------------------------------------------
# one step


@dataclass
class StepResult:
    size: str
    step: str
    status: str  # ok | FAIL | ERROR | TIMEOUT | CRASH | EXIT <n>
    exit_code: int | None
    seconds: float
    py_peak_mb: float
    js_peak_mb: float | None  # summed descendants (None: the step has no JS child)
    js_process_peak_mb: float | None
    tree_peak_mb: float
    py_during_js_mb: float | None  # max over the samples with a JS process alive
    py_during_js_median_mb: float | None  # median over them (the max includes receiving a browser's result)
    weight_mb: float
    multiple: float  # tree peak / float32 weight bytes
    py_multiple: float
    error: str | None = None
    out_mb: float | None = None
    command: list[str] = field(default_factory=list)


def _first_error(stderr: str) -> str | None:
    lines = [_ANSI.sub("", ln).strip() for ln in stderr.splitlines()]
    lines = [ln for ln in lines if ln]
    for ln in lines:
        if ln.lower().startswith(("error", "traceback")) or "Error:" in ln:
            return ln[:300]
    return lines[-1][:300] if lines else None


def _verdict(code: int | None, timed_out: bool) -> str:
    if timed_out:
        return "TIMEOUT"
    if code == 0:
        return "ok"
    if code == 1:
        return "FAIL"
    if code == 2:
        return "ERROR"
    if code is not None and code < 0:
        return f"CRASH (signal {-code})"
    return f"EXIT {code}"


def _kill_tree(proc: subprocess.Popen[Any]) -> None:
    """The step's live descendants, then its process group (it was started in a session of its own)."""
    for pid in _descendants(proc.pid):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except OSError:
        pass


def run_step(size: str, step: str, args: list[str], root: Path, timeout: float, weight_bytes: int,
             out: Path | None = None) -> StepResult:
    cmd = [sys.executable, "-m", "emlx", *args]
    env = {**os.environ, "PYTHONPATH": str(root), "EMLX_NO_COLOR": "1", "NO_COLOR": "1"}
    t0 = time.perf_counter()
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as err_f:
        proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=err_f, text=True,
                                start_new_session=True)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        timed_out = False
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            _kill_tree(proc)
            proc.wait()
        seconds = time.perf_counter() - t0
        peaks = sampler.stop()
        peaks.tree_kb = max(peaks.tree_kb, peaks.py_hwm_kb)  # sampled sums can miss a peak VmHWM caught exactly
        err_f.seek(0)
        stderr = err_f.read()
    code = None if timed_out else proc.returncode
    status = _verdict(code, timed_out)
    has_js = bool(peaks.seen)
    wmb = weight_bytes / MB
    res = StepResult(
        size=size, step=step, status=status, exit_code=code, seconds=round(seconds, 2),
        py_peak_mb=round(peaks.py_hwm_kb / 1024, 1),
        js_peak_mb=round(peaks.js_sum_kb / 1024, 1) if has_js else None,
        js_process_peak_mb=round(peaks.js_hwm_kb / 1024, 1) if has_js else None,
        tree_peak_mb=round(peaks.tree_kb / 1024, 1), py_during_js_mb=round(peaks.py_during_js_kb / 1024, 1) if has_js else None,
        py_during_js_median_mb=round(peaks.py_during_js_median_kb / 1024, 1) if has_js else None,
        weight_mb=round(wmb, 1), multiple=round(peaks.tree_kb / 1024 / wmb, 3), py_multiple=round(peaks.py_hwm_kb / 1024 / wmb, 3),
        error=None if status == "ok" else (f"timed out after {timeout:.0f} s" if timed_out else _first_error(stderr)),
        command=cmd[2:])
    if out is not None and status == "ok":
        files = [out] if out.is_file() else []
        res.out_mb = round(sum(f.stat().st_size for f in files) / MB, 1) if files else None
    return res


# --------------------------------------------------------------------------------------------------


def _gen_step(size: str, ckpt: Path, root: Path, timeout: float, weight_bytes: int) -> StepResult:
    """Generating the checkpoint, measured like the others (it is a process of its own too)."""
    code = (f"import sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); "
            f"from make_scale_checkpoints import write_size; write_size({size!r}, __import__('pathlib').Path({str(ckpt)!r}))")
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    try:
        _, stderr = proc.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        _kill_tree(proc)
        _, stderr = proc.communicate()
        timed_out = True
    peaks = sampler.stop()
    peaks.tree_kb = max(peaks.tree_kb, peaks.py_hwm_kb)
    wmb = weight_bytes / MB
    code_ = None if timed_out else proc.returncode
    status = _verdict(code_, timed_out)
    return StepResult(size=size, step="generate", status=status, exit_code=code_, seconds=round(time.perf_counter() - t0, 2),
                      py_peak_mb=round(peaks.py_hwm_kb / 1024, 1), js_peak_mb=None, js_process_peak_mb=None,
                      tree_peak_mb=round(peaks.tree_kb / 1024, 1), py_during_js_mb=None, py_during_js_median_mb=None,
                      weight_mb=round(wmb, 1),
                      multiple=round(peaks.tree_kb / 1024 / wmb, 3), py_multiple=round(peaks.py_hwm_kb / 1024 / wmb, 3),
                      error=None if status == "ok" else _first_error(stderr or ""),
                      out_mb=round(_bytes(ckpt) / MB, 1) if checkpoint_ready(ckpt) else None)


def _bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.iterdir() if f.is_file()) if path.is_dir() else path.stat().st_size


def _parity_note(report: Path) -> str | None:
    """What a failed parity run's report says: the failed gates and the first run error (exit 1 prints no error)."""
    try:
        doc = json.loads(report.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    failed: list[str] = []
    errors: list[str] = []

    def walk(x: Any) -> None:
        if isinstance(x, dict):
            if isinstance(x.get("gates"), list):
                failed.extend(str(g.get("name")) for g in x["gates"] if isinstance(g, dict) and not g.get("passed"))
                errors.extend(str(e) for e in x.get("errors") or [])
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(doc)
    if not failed and not errors:
        return None
    note = f"failed gates: {', '.join(dict.fromkeys(failed)) or 'none'}"
    return note + (f"; run error: {errors[0][:240]}" if errors else "")


def bench_size(size: str, work: Path, root: Path, steps: list[str], runs: list[tuple[str, str]], timeout: float,
               keep: bool, say: Any) -> list[StepResult]:
    weight_bytes = 4 * size_parameters(size)
    ckpt = checkpoint_path(work, size)
    results: list[StepResult] = []

    def record(r: StepResult) -> StepResult:
        results.append(r)
        say(_row(r))
        return r

    if keep and checkpoint_ready(ckpt):
        say(f"{size}: reusing {ckpt}")
    else:
        if record(_gen_step(size, ckpt, root, timeout, weight_bytes)).status != "ok":
            return results
    f32 = work / f"{size}.safetensors"
    i8 = work / f"{size}.int8.safetensors"
    if "export_f32" in steps:
        record(run_step(size, "export_f32", ["export", str(ckpt), str(f32)], root, timeout, weight_bytes, f32))
    if "export_int8" in steps:
        record(run_step(size, "export_int8", ["export", str(ckpt), str(i8), "--int8"], root, timeout, weight_bytes, i8))
    for kind, extra in (("f32", []), ("int8", ["--int8"])):
        if f"export_{kind}_sharded" in steps:
            d = work / f"{size}.{kind}.sharded"
            d.mkdir(exist_ok=True)
            r = run_step(size, f"export_{kind}_sharded", ["export", str(ckpt), str(d / "model.safetensors"),
                                                         "--shard-size", "1GB", *extra], root, timeout, weight_bytes)
            if r.status == "ok":
                r.out_mb = round(sum(f.stat().st_size for f in d.iterdir()) / MB, 1)
            record(r)
            if not keep:
                shutil.rmtree(d, ignore_errors=True)
    if "sidecars" in steps:
        record(run_step(size, "sidecars", ["sidecars", str(f32), "--ids", SIDECAR_IDS], root, timeout, weight_bytes))
    def parity(step: str, bundle: Path, stem: str) -> None:
        for rt, be in runs:
            report = work / f"{stem}.{rt}-{be}.parity.json"
            report.unlink(missing_ok=True)
            r = run_step(size, f"{step} {rt}:{be}", ["parity", str(bundle), "--runtime", rt, "--backend", be,
                                                      "--timeout", str(timeout), "--report-json", str(report)],
                         root, timeout + 120, weight_bytes)
            if r.status == "FAIL":
                r.error = _parity_note(report) or r.error
            record(r)

    if "parity" in steps:
        parity("parity", f32, size)
    if "sidecars_int8" in steps:
        record(run_step(size, "sidecars_int8", ["sidecars", str(i8), "--ids", SIDECAR_IDS], root, timeout, weight_bytes))
    if "parity_int8" in steps:
        parity("parity_int8", i8, f"{size}.int8")
    if not keep:
        run_config = [ckpt.with_suffix(".json")] if ckpt.suffix == ".npz" else []
        for p in [ckpt, *run_config, f32, i8, *work.glob(f"{size}.*")]:
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            elif p.exists():
                p.unlink()
    return results


HEADER = (f"{'size':12s} {'step':20s} {'status':12s} {'wall s':>8s} {'py MiB':>8s} {'JS MiB':>8s} {'tree MiB':>8s} "
          f"{'x weights':>9s} {'py in JS run (median/max)':>25s}  note")


def _row(r: StepResult) -> str:
    def num(v: float | None, fmt: str = "8.0f") -> str:
        return format(v, fmt) if v is not None else format("-", ">" + fmt.split(".")[0])

    note = r.error or (f"{r.out_mb:.0f} MiB written" if r.out_mb else "")
    during = (f"{r.py_during_js_median_mb:.0f} / {r.py_during_js_mb:.0f}"
              if r.py_during_js_mb is not None and r.py_during_js_median_mb is not None else "-")
    return (f"{r.size:12s} {r.step:20s} {r.status:12s} {r.seconds:8.1f} {num(r.py_peak_mb)} {num(r.js_peak_mb)} "
            f"{num(r.tree_peak_mb)} {r.multiple:9.2f} {during:>25s}  {note}")


def _parse_runs(text: str) -> list[tuple[str, str]]:
    runs = []
    for item in (s.strip() for s in text.split(",")):
        if not item:
            continue
        rt, sep, be = item.partition(":")
        if not sep or not rt or not be:
            raise ValueError(f"--runs entry {item!r}: expected RUNTIME:BACKEND, e.g. node:wasm")
        runs.append((rt, be))
    return runs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default=",".join(SIZES),
                    help=f"comma-separated: {','.join(SIZES)}, dN or {','.join(HF_SIZES)} (default: {','.join(SIZES)})")
    ap.add_argument("--runs", default=DEFAULT_RUNS, help=f"parity runs RUNTIME:BACKEND,... (default {DEFAULT_RUNS})")
    ap.add_argument("--steps", default=",".join(STEPS),
                    help=f"subset of {','.join(STEPS + EXTRA_STEPS)} (default: {','.join(STEPS)})")
    ap.add_argument("--timeout", type=float, default=1800.0, help="seconds per step (default 1800)")
    ap.add_argument("--work", type=Path, help="folder for the generated files (default: a new temp folder)")
    ap.add_argument("--keep", action="store_true", help="keep the generated files (and reuse checkpoints found in --work)")
    ap.add_argument("--json", type=Path, help="write the results here")
    ap.add_argument("--root", type=Path, default=ROOT, help="the emlx source tree to run (default: this checkout)")
    a = ap.parse_args(argv)
    try:
        sizes = [s.strip() for s in a.sizes.split(",") if s.strip()]
        for s in sizes:
            size_parameters(s)
        steps = [s.strip() for s in a.steps.split(",") if s.strip()]
        bad = [s for s in steps if s not in STEPS + EXTRA_STEPS]
        if bad:
            raise ValueError(f"unknown step(s) {', '.join(bad)}; expected a subset of {', '.join(STEPS + EXTRA_STEPS)}")
        runs = _parse_runs(a.runs)
        if not (a.timeout > 0):
            raise ValueError("--timeout must be > 0")
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    work = a.work or Path(tempfile.mkdtemp(prefix="emlx-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    created_work = a.work is None

    def say(line: str) -> None:
        print(line, flush=True)

    say(f"emlx tree {a.root}; work {work}; {os.cpu_count()} cores; timeout {a.timeout:.0f} s per step")
    say(HEADER)
    results: list[StepResult] = []
    try:
        for size in sizes:
            results += bench_size(size, work, a.root.resolve(), steps, runs, a.timeout, a.keep, say)
    finally:
        if created_work and not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    if a.json:
        doc = {"machine": {"cores": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
                           "mem_total_mb": _mem_total_mb()},
               "emlx_root": str(a.root), "timeout_s": a.timeout,
               "sizes": {s: {"kind": "transformers folder" if s in HF_SIZES else "autoresearch-mlx",
                             **({"depth": depth_of(s)} if s not in HF_SIZES else {}), "parameters": size_parameters(s),
                             "float32_weight_bytes": 4 * size_parameters(s)} for s in sizes},
               "results": [asdict(r) for r in results]}
        a.json.write_text(json.dumps(doc, indent=1))
    return 0 if all(r.status == "ok" for r in results) else 1


def _mem_total_mb() -> int | None:
    try:
        with open("/proc/meminfo") as f:
            return int(f.readline().split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        return None


if __name__ == "__main__":
    sys.exit(main())
