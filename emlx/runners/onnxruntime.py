"""The onnxruntime (Python, CPU execution provider) parity runner.

``run_onnxruntime_job(job)`` takes the same job as the JS harness (docs/FORMATS.md "Harness job and result")
with ``bundle`` an .onnx file written by ``emlx export`` and returns the same result schema, so
``emlx.verify.parity.judge`` gates it unchanged:

* tokenizer: the ``tiktoken.Encoding`` rebuilt from the bundle's tokenizer block (what a Python site runs);
* forward: teacher-forced stateless runs (``past_len`` 0) over ``ids[:P+s]``, last-position logits and argmax;
* layers: one stateless run of the same graph with ``tap.*`` outputs added (:func:`with_tap_outputs`);
* kvcache: a prefill, then one token at a time through ``past_key_values`` / ``present`` (and
  ``past_token_ids`` / ``present_token_ids`` for smear specs), plus one stateless run over all ids.

Sessions use one intra-op and one inter-op thread and sequential execution, so results are deterministic, and
fold the int8 weights' DequantizeLinear at load (see :func:`make_session`).
"""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

import numpy as np

from emlx.errors import EmlxInputError
from emlx.runners._base import RunOptions, Runner, make_job

__all__ = ["RUNNER", "Session", "make_session", "run_onnxruntime_job"]


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

    def empty_past(self) -> dict[str, np.ndarray]:
        s = self.spec
        z = np.zeros((1, s.n_kv_head, 0, s.head_dim), dtype=np.float32)
        past = {f"past_key_values.{i}.{kv}": z for i in range(s.n_layer) for kv in ("key", "value")}
        if self.smear:
            past["past_token_ids"] = np.zeros((1, 1), dtype=np.int64)
        return past

    def run(self, ids: list[int], past: Mapping[str, np.ndarray] | None = None) -> dict[str, np.ndarray]:
        feeds = dict(past if past is not None else self.empty_past())
        feeds["input_ids"] = np.asarray(ids, dtype=np.int64).reshape(1, -1)
        return dict(zip(self.output_names, self.sess.run(None, feeds)))

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


def run_onnxruntime_job(job: Mapping[str, Any], progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Run one harness job on onnxruntime (CPU EP); raises EmlxInputError when the job cannot run at all."""
    import onnxruntime as ort

    from emlx.onnx.graph import with_tap_outputs
    from emlx.onnx.io import read_onnx, read_onnx_model

    say = progress or (lambda _m: None)
    if job.get("perturb") is not None:
        raise EmlxInputError("--self-test-perturb injects faults into the TF.js port only; run it with --runtime node or chromium")
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
    spec = bundle.spec
    V, PV = spec.vocab_size, spec.padded_vocab_size

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

    def phase(name: str, fn: Callable[[], None]) -> None:
        say(f"onnxruntime: {name}")
        t = time.perf_counter()
        try:
            fn()
        except Exception as e:  # a runtime failure is an error of this phase, never a pass
            errors.append(f"{name}: {_one_line(e)}")
        timings[name] = round((time.perf_counter() - t) * 1000, 3)

    if "tokenizer" in sidecars:
        def tokenizer() -> None:
            from emlx.tokcorpus import block_kind, encode_text

            if not bundle.tokenizer:
                raise ValueError("the bundle has no tokenizer block")
            out: list[dict[str, Any]] = []
            for i, case in enumerate(sidecars["tokenizer"]["cases"]):
                special = case.get("special", "none")
                if special in ("all", "none"):
                    out.append({"ids": encode_text(bundle.tokenizer, case["text"], special, case.get("template") is True)})
                else:
                    errors.append(f"tokenizer case {i}: special must be 'all' or 'none', got {special!r}")
                    out.append({"ids": None})
            result["tokenizer"] = out
            decodes = sidecars["tokenizer"].get("decodes")
            decode = block_kind(bundle.tokenizer).decode
            if decodes and decode is not None:  # Python decodes as the reference does; it has no streaming decoder
                result["tokenizer_decode"] = [decode(bundle.tokenizer, d["ids"]) for d in decodes]
        phase("tokenizer", tokenizer)

    if "forward" in sidecars:
        def forward() -> None:
            sc = sidecars["forward"]
            prompt = _check_ids(sc["prompt_ids"], "forward.prompt_ids", PV)
            ids = _check_ids(sc["ids"], "forward.ids", PV)
            P, N = len(prompt), int(sc.get("steps", len(ids) - len(prompt)))
            if P == 0 or N < 0 or P + N - 1 > len(ids):
                raise ValueError(f"steps {N} does not fit {len(ids)} ids with a {P}-token prompt")
            rows = np.zeros((N, V), dtype=np.float32)
            for s in range(N):
                rows[s] = sess.run(ids[:P + s])["logits"][0, -1]
            result["forward"] = {"step_logits": _b64_array(rows), "argmax": [int(r.argmax()) for r in rows]}
        phase("forward", forward)

    if "layers" in sidecars and job.get("taps", True):
        def layers() -> None:
            ids = _check_ids(sidecars["layers"]["ids"], "layers.ids", PV)
            taps_sess = Session(make_session(with_tap_outputs(read_onnx_model(bundle_path), spec)), spec)
            out = taps_sess.run(ids)
            result["layers"] = {k[len("tap."):]: _b64_array(v[0]) for k, v in out.items() if k.startswith("tap.")}
        phase("layers", layers)

    if "kvcache" in sidecars:
        def kvcache() -> None:
            sc = sidecars["kvcache"]
            ids = _check_ids(sc["ids"], "kvcache.ids", PV)
            L, prefill = len(ids), sc["prefill"]
            if not isinstance(prefill, int) or not 1 <= prefill <= L:
                raise ValueError(f"prefill {prefill} must be in [1, {L}]")
            cached = np.zeros((L - prefill + 1, V), dtype=np.float32)
            out = sess.run(ids[:prefill])
            cached[0] = out["logits"][0, -1]
            cache_len = []
            for j in range(prefill, L):
                out = sess.run([ids[j]], sess.next_past(out))
                cached[j - prefill + 1] = out["logits"][0, -1]
                cache_len.append(int(out["present.0.key"].shape[2]))
            if cache_len and cache_len[-1] != L:
                raise ValueError(f"present.0.key holds {cache_len[-1]} positions after {L} tokens")
            result["memory"]["cache_positions"] = cache_len
            stateless = sess.run(ids)["logits"][0, prefill - 1:]
            result["kvcache"] = {"cached_logits": _b64_array(cached), "stateless_logits": _b64_array(stateless)}
        phase("kvcache", kvcache)

    return result


def run(bundle: Path, sidecar_dir: Path, kinds: Sequence[str], backends: Sequence[str], opts: RunOptions) -> list[dict[str, Any]]:
    """The runner interface (emlx.runners): onnxruntime in this Python process, one result per backend."""
    results = []
    for backend in backends:
        opts.progress(f"onnxruntime: {backend}")
        results.append(run_onnxruntime_job(make_job(bundle, sidecar_dir, kinds, backend, opts.job_extra), opts.progress))
    return results


RUNNER = Runner(runtime="onnxruntime", backends=("cpu",), bundle_formats=("onnx",),
                description="an .onnx bundle in onnxruntime (Python, CPU execution provider)", run=run)
