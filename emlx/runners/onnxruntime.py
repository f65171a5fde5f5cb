"""onnxruntime in this Python process (CPU execution provider) as a harness: the ``onnxruntime`` runtime.

``run_onnxruntime_job(job)`` takes the same job as the JS harness (docs/FORMATS.md "Harness job and result")
with ``bundle`` an .onnx file written by ``emlx export`` and runs the same kinds as js/harness/kinds.js
(``KIND_RUNS``), returning the same result schema, so ``emlx.verify.parity.judge`` gates it unchanged:

* tokenizer: the ``tiktoken.Encoding`` rebuilt from the bundle's tokenizer block (what a Python site runs);
* forward: teacher-forced stateless runs (``past_len`` 0): steps 0..N-2 as rows of one run over ``ids[:P+N-2]``,
  the last step from a run over ``ids[:P+N-1]``;
* layers: one stateless run of the same graph with ``tap.*`` outputs added (:func:`with_tap_outputs`), kept at the
  sidecar's positions;
* kvcache: a prefill, then one token at a time through ``past_key_values`` / ``present`` (and
  ``past_token_ids`` / ``present_token_ids`` for smear specs); the stateless rows from the layers run.

Sessions use one intra-op and one inter-op thread and sequential execution, so results are deterministic, and
fold the int8 weights' DequantizeLinear at load (see :func:`make_session`).
"""

from __future__ import annotations

import base64
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

import numpy as np

from emlx.errors import EmlxInputError
from emlx.onnx import KEEP_INPUT as KEEP
from emlx.runners._base import ONNXRUNTIME, HarnessRun, RunOptions, make_jobs, refuse_job_extra

__all__ = ["IN_PYTHON", "KIND_RUNS", "Session", "make_session", "run_onnxruntime_job"]


def _b64_array(a: np.ndarray) -> dict[str, Any]:
    a32 = np.ascontiguousarray(a, dtype="<f4")
    return {"shape": list(a32.shape), "data": base64.b64encode(a32.tobytes()).decode("ascii")}


def make_session(model: Any, threads: int = 1, fold_dequantize: bool = True) -> Any:
    """An onnxruntime CPU session over a ModelProto or a path, with fixed thread counts.

    ``fold_dequantize`` sets ``session.disable_quant_qdq=1``: onnxruntime then constant-folds the weights'
    DequantizeLinear at load (float32 weights in memory, the same numbers) instead of dequantising every weight
    on every run, which halves KV-cached decode speed (benchmarks/bench_onnx.py).
    """
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    so.log_severity_level = 3
    if fold_dequantize:
        so.add_session_config_entry("session.disable_quant_qdq", "1")
    src = str(model) if isinstance(model, (str, Path)) else model.SerializeToString()
    return ort.InferenceSession(src, so, providers=["CPUExecutionProvider"])


class Session:
    """A decoder session with the emlx ONNX I/O: stateless runs and a past/present cache, batch 1."""

    def __init__(self, sess: Any, spec: Any) -> None:
        self.sess, self.spec = sess, spec
        self.output_names = [o.name for o in sess.get_outputs()]
        self.smear = spec.smear is not None
        self.can_keep = any(i.name == KEEP for i in sess.get_inputs())

    def empty_past(self) -> dict[str, np.ndarray]:
        s = self.spec
        z = np.zeros((1, s.n_kv_head, 0, s.head_dim), dtype=np.float32)
        past = {f"past_key_values.{i}.{kv}": z for i in range(s.n_layer) for kv in ("key", "value")}
        if self.smear:
            past["past_token_ids"] = np.zeros((1, 1), dtype=np.int64)
        return past

    def run(self, ids: list[int], past: Mapping[str, np.ndarray] | None = None,
            last_only: bool = False) -> dict[str, np.ndarray]:
        """One run after ``past`` (None: a prefill); with ``last_only`` the logits of the last position only (the
        model's num_logits_to_keep input when it has one, else cut from every row's)."""
        feeds = dict(past if past is not None else self.empty_past())
        feeds["input_ids"] = np.asarray(ids, dtype=np.int64).reshape(1, -1)
        if self.can_keep:
            feeds[KEEP] = np.asarray(1 if last_only else 0, dtype=np.int64)
        out = dict(zip(self.output_names, self.sess.run(None, feeds)))
        if last_only:
            out["logits"] = out["logits"][:, -1:]
        return out

    def next_past(self, out: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
        s = self.spec
        past = {f"past_key_values.{i}.{kv}": out[f"present.{i}.{kv}"] for i in range(s.n_layer) for kv in ("key", "value")}
        if self.smear:
            past["past_token_ids"] = out["present_token_ids"]
        return past


def _read_sidecar(loc: str) -> dict[str, Any]:
    with open(loc, "rb") as f:
        doc = json.load(f)
    if not isinstance(doc, dict):
        raise ValueError("not a JSON object")
    return doc


def _check_ids(ids: Any, what: str, vocab: int) -> list[int]:
    if not isinstance(ids, list) or not all(isinstance(x, int) and 0 <= x < vocab for x in ids):
        raise ValueError(f"{what} must be a list of token ids in [0, {vocab})")
    return ids


def _one_line(e: BaseException) -> str:
    return " ".join(f"{type(e).__name__}: {e}".split())[:300]


@dataclass
class _Run:
    """What a kind's run may use (js/harness/kinds.js has the same context)."""

    bundle: Any  # the Bundle read from the .onnx file
    path: Path
    sess: Session
    result: dict[str, Any]
    stateless: tuple[list[int], np.ndarray] | None = None  # ids and logits of the layers pass, reused by kvcache


# --------------------------------------------------------------------------------------------------
# One function per sidecar kind, as in js/harness/kinds.js: run(ctx, sidecar) -> the result's entry (raw numbers).


def _run_tokenizer(ctx: _Run, sc: Mapping[str, Any]) -> list[dict[str, Any]]:
    from emlx.tokcorpus import block_kind, encode_text

    block = ctx.bundle.tokenizer
    if not block:
        raise ValueError("the bundle has no tokenizer block")
    cases = sc.get("cases")
    if not isinstance(cases, list) or not cases:
        raise ValueError("sidecar has no tokenizer cases: nothing to compare; regenerate with `emlx sidecars BUNDLE`")
    out: list[dict[str, Any]] = []
    for i, case in enumerate(cases):
        special = case.get("special", "none")
        if special in ("all", "none"):
            out.append({"ids": encode_text(block, case["text"], special, case.get("template") is True)})
        else:
            ctx.result["errors"].append(f"tokenizer case {i}: special must be 'all' or 'none', got {special!r}")
            out.append({"ids": None})
    decodes = sc.get("decodes")
    decode = block_kind(block).decode
    if decodes and decode is not None:  # Python decodes as the reference does; it has no streaming decoder
        ctx.result["tokenizer_decode"] = [decode(block, d["ids"]) for d in decodes]
    return out


def _run_forward(ctx: _Run, sc: Mapping[str, Any]) -> dict[str, Any]:
    spec = ctx.bundle.spec
    prompt = _check_ids(sc["prompt_ids"], "forward.prompt_ids", spec.padded_vocab_size)
    ids = _check_ids(sc["ids"], "forward.ids", spec.padded_vocab_size)
    P, N = len(prompt), sc.get("steps", len(ids) - len(prompt))
    if P == 0 or not isinstance(N, int) or N < 1 or P + N - 1 > len(ids):
        raise ValueError(f"steps {N} does not fit {len(ids)} ids with a {P}-token prompt (at least 1 step is needed)")
    # step s is row P-1+s of one stateless forward over ids[:P+N-1] (causal attention); the last step from a pass
    # of its own, as the JS harnesses run it
    rows = np.zeros((N, spec.vocab_size), dtype=np.float32)
    if N > 1:
        rows[:N - 1] = ctx.sess.run(ids[:P + N - 2])["logits"][0, P - 1:]
    rows[N - 1] = ctx.sess.run(ids[:P + N - 1], last_only=True)["logits"][0, -1]
    return {"step_logits": _b64_array(rows), "argmax": [int(r.argmax()) for r in rows]}


def _tap_positions(sc: Mapping[str, Any]) -> list[int]:
    T = len(sc["ids"])
    pos = sc.get("positions", list(range(T)))
    if (not isinstance(pos, list) or not pos or not all(isinstance(p, int) and 0 <= p < T for p in pos)
            or pos != sorted(set(pos))):
        raise ValueError(f"layers.positions must be sorted distinct positions of the {T} ids")
    return pos


def _run_layers(ctx: _Run, sc: Mapping[str, Any]) -> dict[str, Any]:
    from emlx.onnx.graph import with_tap_outputs
    from emlx.onnx.io import read_onnx_model

    spec = ctx.bundle.spec
    ids = _check_ids(sc["ids"], "layers.ids", spec.padded_vocab_size)
    pos = _tap_positions(sc)
    taps_sess = Session(make_session(with_tap_outputs(read_onnx_model(ctx.path), spec)), spec)
    out = taps_sess.run(ids)
    ctx.stateless = (ids, out["logits"][0])
    # the taps model returns every position: keep the sidecar's rows
    return {k[len("tap."):]: _b64_array(v[0][pos]) for k, v in out.items() if k.startswith("tap.")}


def _run_kvcache(ctx: _Run, sc: Mapping[str, Any]) -> dict[str, Any]:
    spec, sess = ctx.bundle.spec, ctx.sess
    ids = _check_ids(sc["ids"], "kvcache.ids", spec.padded_vocab_size)
    L, prefill = len(ids), sc["prefill"]
    if not isinstance(prefill, int) or not 1 <= prefill <= L:
        raise ValueError(f"prefill {prefill} must be in [1, {L}]")
    cached = np.zeros((L - prefill + 1, spec.vocab_size), dtype=np.float32)
    out = sess.run(ids[:prefill], last_only=True)
    cached[0] = out["logits"][0, -1]
    positions = [int(out["present.0.key"].shape[2])]
    for j in range(prefill, L):
        out = sess.run([ids[j]], sess.next_past(out), last_only=True)
        cached[j - prefill + 1] = out["logits"][0, -1]
        positions.append(int(out["present.0.key"].shape[2]))
    if positions[-1] != L:
        raise ValueError(f"present.0.key holds {positions[-1]} positions after {L} tokens")
    ctx.result["memory"]["cache_positions"] = positions  # positions the cache holds after each step
    full = ctx.stateless[1] if ctx.stateless is not None and ctx.stateless[0] == ids else sess.run(ids)["logits"][0]
    return {"cached_logits": _b64_array(cached), "stateless_logits": _b64_array(full[prefill - 1:])}


#: {kind: run}: the kinds this harness runs, in order; None = judged in Python only (int8). The names and order
#: are those of KINDS in emlx/verify/kinds.py and KIND_RUNS in js/harness/kinds.js (tests/test_registries.py).
KIND_RUNS: dict[str, Callable[[_Run, Mapping[str, Any]], Any] | None] = {
    "tokenizer": _run_tokenizer,
    "forward": _run_forward,
    "layers": _run_layers,
    "kvcache": _run_kvcache,
    "int8": None,
}


def run_onnxruntime_job(job: Mapping[str, Any], progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Run one harness job on onnxruntime (CPU EP); raises EmlxInputError when the job cannot run at all."""
    import onnxruntime as ort

    from emlx.onnx.io import read_onnx

    say = progress or (lambda _m: None)
    for key in ("perturb", "fault"):
        refuse_job_extra(job, key, "injects faults into the JS harnesses only; run it with --runtime node or chromium")
    backend = job.get("backend", "cpu")
    if backend != "cpu":
        raise EmlxInputError(f"onnxruntime (Python) runs the CPU execution provider only; got backend {backend!r}")
    bundle_path = Path(str(job.get("bundle", "")))
    errors: list[str] = []
    timings: dict[str, float] = {}
    result: dict[str, Any] = {"backend": "cpu", "runtime": {"name": "onnxruntime", "version": ort.__version__},
                              "execution_provider": "CPUExecutionProvider", "load_ms": None, "tokenizer": None,
                              "forward": None, "layers": None, "kvcache": None, "memory": {"num_tensors": []},
                              "errors": errors, "timings_ms": timings}

    t0 = time.perf_counter()
    bundle = read_onnx(bundle_path)  # header + weights, verified against weights_sha256
    try:
        sess = Session(make_session(bundle_path), bundle.spec)
    except Exception as e:  # onnxruntime raises its own Fail / InvalidGraph types
        raise EmlxInputError(f"{bundle_path}: onnxruntime cannot load it ({_one_line(e)})") from None
    result["load_ms"] = round((time.perf_counter() - t0) * 1000, 3)
    result["weights_sha256"] = {"bundle": bundle.weights_sha256, "computed": bundle.weights_sha256}

    sidecars: dict[str, dict[str, Any]] = {}
    for kind, loc in dict(job.get("sidecars") or {}).items():
        try:
            doc = _read_sidecar(str(loc))
            if doc.get("kind", kind) != kind:
                raise ValueError(f"has kind {doc.get('kind')!r}, expected {kind!r}")
            if doc.get("weights_sha256") != bundle.weights_sha256:
                raise ValueError(f"was made from weights {doc.get('weights_sha256')} but the bundle has "
                                 f"{bundle.weights_sha256}; refusing it")
            sidecars[kind] = doc
        except (OSError, ValueError) as e:
            errors.append(f"sidecar {kind} ({loc}): {_one_line(e)}")

    ctx = _Run(bundle=bundle, path=bundle_path, sess=sess, result=result)
    for kind, run in KIND_RUNS.items():
        if run is None or kind not in sidecars or (kind == "layers" and not job.get("taps", True)):
            continue
        say(f"onnxruntime: {kind}")
        t = time.perf_counter()
        try:
            result[kind] = run(ctx, sidecars[kind])
        except Exception as e:  # a runtime failure is an error of this kind, never a pass
            errors.append(f"{kind}: {_one_line(e)}")
        timings[kind] = round((time.perf_counter() - t) * 1000, 3)
    return result


def run_in_python(jobs: Sequence[Mapping[str, Any]], opts: RunOptions) -> list[dict[str, Any]]:
    """The host: this Python process, one job after the other."""
    results = []
    for job in jobs:
        opts.progress(f"onnxruntime: {job.get('backend')}")
        results.append(run_onnxruntime_job(job, opts.progress))
    return results


IN_PYTHON = HarnessRun(ONNXRUNTIME, ("cpu",), make_jobs, run_in_python)
