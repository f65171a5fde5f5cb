// The parity harness (docs/FORMATS.md "Harness job and result"), runtime-neutral.
//
// runJob(job, io) loads the bundle, runs the JS port on the inputs of each sidecar and returns raw numbers. It
// never judges them: the gate arithmetic lives in emlx/verify/gates.py. The same file runs under Node
// (harness/node.mjs supplies file reading) and in a browser page (which supplies fetch); nothing here imports a
// Node module.
//
// job:    {"bundle": loc, "sidecars": {kind: loc}, "backend": "cpu"|"wasm"|"webgl", "taps": true,
//          optional: "tokenizer_engine": "js-tiktoken"|"tiktoken", "wasm_paths": base URL}
// io:     {readBytes(loc) -> Promise<Uint8Array>} or {fetch}; optional runtime: {name, version}, now() -> ms,
//          tiktokenModule (browser, for the WASM tokenizer engine), phase(name, info) (progress: called as each
//          phase starts), memory() -> {rss_bytes, ...} (the process's memory, where the runtime can tell)
// result: {backend, tfjs_version, runtime, load_ms, tokenizer, forward, layers, kvcache, memory, errors, ...}

// The harness drives internals too (hashing, base64 arrays), so it imports each module by path rather than the
// public entry point src/index.js.
import { loadBundle, readJson, encodeB64Array } from '../src/loader.js';
import { createModel, argmax } from '../src/model.js';
import { engineHeapBytes } from '../src/wasm-executor.js';
import { setBackend, tf, BACKENDS } from '../src/backend.js';
import { Tokenizer } from '../src/tokenizer.js';
import { HarnessInputError, oneLine, ms, checkIds, forwardSteps, kvcachePlan, fatalKind } from './inputs.js';

export { HarnessInputError };

/** Validate the shape of a job object; throws HarnessInputError naming the problem. */
export function validateJob(job) {
  if (job === null || typeof job !== 'object' || Array.isArray(job)) throw new HarnessInputError('job must be a JSON object');
  if (typeof job.bundle !== 'string' || job.bundle === '') throw new HarnessInputError('job.bundle must be a path or URL string');
  const sc = job.sidecars ?? {};
  if (sc === null || typeof sc !== 'object' || Array.isArray(sc)) throw new HarnessInputError('job.sidecars must be an object {kind: path-or-url}');
  for (const [k, v] of Object.entries(sc)) {
    if (typeof v !== 'string' || v === '') throw new HarnessInputError(`job.sidecars.${k} must be a path or URL string`);
  }
  const backend = job.backend ?? 'cpu';
  if (!BACKENDS.includes(backend)) throw new HarnessInputError(`job.backend must be one of ${BACKENDS.join(', ')}, got ${JSON.stringify(job.backend)}`);
  if (job.taps !== undefined && typeof job.taps !== 'boolean') throw new HarnessInputError('job.taps must be true or false');
  return { ...job, sidecars: sc, backend, taps: job.taps !== false };
}

/**
 * TEST-ONLY fault injection (job.perturb = {tensor, index, delta}): adds `delta` to one element (flat index) of one
 * weight after the bundle is loaded and verified, before the model is built, simulating a port bug. Works on a
 * copy of the float data, so the stored bytes (and weights_sha256, which the sidecars are checked against) are
 * untouched. Exists so the tests can prove the gates fail; never set it in a real parity run.
 */
export function applyPerturbation(bundle, perturb) {
  const { tensor, index, delta } = perturb ?? {};
  const w = bundle.weights[tensor];
  if (!w) throw new Error(`perturb: bundle has no tensor ${JSON.stringify(tensor)}`);
  if (!Number.isInteger(index) || index < 0 || index >= w.data.length) throw new Error(`perturb: index ${index} outside ${tensor} (${w.data.length} values)`);
  if (typeof delta !== 'number' || !Number.isFinite(delta)) throw new Error(`perturb: delta must be a finite number, got ${JSON.stringify(delta)}`);
  const data = Float32Array.from(w.data);
  const before = data[index];
  data[index] += delta;
  // a float32 tensor from here on: a port building int8 weights from the stored bytes must see the fault too
  bundle.weights[tensor] = { dtype: 'float32', shape: w.shape.slice(), data };
  return { tensor, index, delta, before, after: data[index] };
}

/** Run one job. Returns the result object; throws HarnessInputError when the job cannot run at all. */
export async function runJob(rawJob, io = {}) {
  const job = validateJob(rawJob);
  const now = io.now ?? (() => (typeof performance !== 'undefined' ? performance.now() : Date.now()));
  const readOpts = { readBytes: io.readBytes, fetch: io.fetch };
  const errors = [];
  const result = {
    backend: null,
    tfjs_version: tf.version_core,
    runtime: io.runtime ?? { name: 'unknown', version: null },
    load_ms: null,
    tokenizer: null,
    forward: null,
    layers: null,
    kvcache: null,
    memory: { num_tensors: [] },
    errors,
  };

  try {
    const info = await setBackend(job.backend, { wasmPaths: job.wasm_paths ?? io.wasmPaths });
    result.backend = info.backend;
    result.backend_info = info;
  } catch (e) {
    throw new HarnessInputError(`backend ${job.backend}: ${oneLine(e)}`);
  }

  const phase = (name, info = {}) => {
    if (typeof io.phase === 'function') io.phase(name, info);
    // TEST-ONLY (job.fault = {phase, name, message}): the phase throws this error as it starts, e.g. the
    // "RuntimeError: Aborted()" TF.js's wasm build throws when its heap cannot grow, so the tests can prove an
    // abort becomes the run's ERROR; never set it in a real run
    if (job.fault && job.fault.phase === name) throw Object.assign(new Error(String(job.fault.message)), { name: String(job.fault.name ?? 'Error') });
  };
  const fatal = (name, e) => {
    result.fatal = { phase: name, kind: fatalKind(e), message: oneLine(e), backend: job.backend, memory: memorySnapshot(io) };
  };

  const t0 = now();
  let bundle;
  let model;
  try {
    phase('load', { bundle: job.bundle });
    if (job.perturb !== undefined) {
      bundle = await loadBundle(job.bundle, readOpts);
      result.perturbed = applyPerturbation(bundle, job.perturb); // TEST ONLY
      model = await createModel(bundle);
    } else {
      // streamed on wasm (one tensor at a time, hash verified as read), loaded whole elsewhere
      // no whole-file reader here: paths are read by ranges (Node), URLs with HTTP Range requests
      model = await createModel(job.bundle, { fetch: io.fetch, readRange: io.readRange });
    }
    bundle = model.meta;
  } catch (e) {
    if (!fatalKind(e)) throw new HarnessInputError(`bundle ${job.bundle}: ${oneLine(e)}`);
    fatal('load', e);
    errors.push(`load: ${oneLine(e)}`);
    return result;
  }
  result.load_ms = ms(now, t0);
  // which implementation ran: emlx's wasm kernels (wasm-executor.js) or TF.js ops, and how the weights are held
  result.port = {
    engine: model.engine ? 'emlx-wasm-kernels' : 'tfjs-ops',
    shared_memory: model.engine ? model.engine.K.shared : null,
    int8: model.int8Mode,
    resident_weight_bytes: model.residentWeightBytes,
  };
  const timings = {};
  result.timings_ms = timings;

  try {
    // The bundle must be what it claims to be, or no sidecar can be trusted against it: loadBundle recomputed
    // weights_sha256 from the stored bytes and refused a mismatch (its default), before any fault injection.
    result.weights_sha256 = { bundle: bundle.weights_sha256, computed: bundle.weights_sha256, verified_by: model.engine && job.perturb === undefined ? 'openBundle' : 'loadBundle' };
    const bundleHash = bundle.weights_sha256;

    const sidecars = {};
    for (const [kind, loc] of Object.entries(job.sidecars)) {
      try {
        const sc = await readJson(loc, readOpts);
        if (sc === null || typeof sc !== 'object') throw new Error('not a JSON object');
        if (sc.kind !== undefined && sc.kind !== kind) throw new Error(`has kind ${JSON.stringify(sc.kind)}, expected ${JSON.stringify(kind)}`);
        if (bundleHash && sc.weights_sha256 !== bundleHash) {
          throw new Error(`was made from weights ${sc.weights_sha256} but the bundle has ${bundleHash}; refusing it`);
        }
        sidecars[kind] = sc;
      } catch (e) {
        errors.push(`sidecar ${kind} (${loc}): ${oneLine(e)}`);
      }
    }

    const ctx = { job, io, bundle, model, result, now, V: model.spec.vocab_size, PV: model.spec.padded_vocab_size };
    for (const [kind, run] of Object.entries(KIND_RUNS)) {
      if (!sidecars[kind] || run === null) continue;
      if (kind === 'layers' && !job.taps) continue;
      const t = now();
      try {
        phase(kind);
        result[kind] = await run(ctx, sidecars[kind]);
      } catch (e) {
        errors.push(`${kind}: ${oneLine(e)}`);
        if (fatalKind(e)) {
          fatal(kind, e); // the runtime is unusable from here on: nothing after this phase runs
          break;
        }
      }
      timings[kind] = ms(now, t);
    }
  } catch (e) {
    // a runtime that dies outside a phase (e.g. freeing a cache on a corrupted heap) is still the run's ERROR
    if (!fatalKind(e)) throw e;
    errors.push(`harness: ${oneLine(e)}`);
    if (!result.fatal) fatal('cleanup', e);
  } finally {
    try {
      model.dispose();
    } catch (e) {
      if (!result.fatal) {
        if (!fatalKind(e)) throw e; // eslint-disable-line no-unsafe-finally
        errors.push(`dispose: ${oneLine(e)}`);
        fatal('dispose', e);
      }
    }
  }
  if (!result.fatal) result.memory.after_dispose = tf.memory().numTensors;
  return result;
}

/** What the runtime can tell about its memory: TF.js's bytes, the wasm heap's size and limit, the process RSS. */
export function memorySnapshot(io) {
  const snap = {};
  try {
    snap.tf_bytes = tf.memory().numBytes;
  } catch {
    // a dead backend cannot say
  }
  try {
    // the wasm engine's own memory (wasm-executor.js), else TF.js's wasm heap
    const be = tf.getBackend() === 'wasm' ? tf.backend() : null;
    const bytes = engineHeapBytes() || (be && be.wasm && be.wasm.HEAPU8 ? be.wasm.HEAPU8.byteLength : 0);
    if (bytes) {
      snap.wasm_heap_bytes = bytes;
      snap.wasm_heap_limit = WASM_HEAP_LIMIT;
    }
  } catch {
    // idem
  }
  if (typeof io.memory === 'function') Object.assign(snap, io.memory());
  return snap;
}

/** The wasm32 heap's hard limit (65536 pages of 64 KiB), which TF.js's wasm build may grow to. */
export const WASM_HEAP_LIMIT = 4 * 2 ** 30;

// ------------------------------------------------------------------------------------------------------------
// One function per sidecar kind: run(ctx, sidecar) -> the result's entry for that kind (raw numbers, never a
// verdict). Errors thrown here land in result.errors as "<kind>: ...". The Python side has the matching
// {kind: (build, judge)} table in emlx/verify/kinds.py.

async function runTokenizer(ctx, sc) {
  const { job, io, bundle, result } = ctx;
  const tok = await Tokenizer.fromBundle(bundle, { engine: job.tokenizer_engine ?? 'js-tiktoken', tiktokenModule: io.tiktokenModule });
  try {
    const cases = sc.cases;
    if (!Array.isArray(cases) || cases.length === 0) throw new Error('sidecar has no tokenizer cases: nothing to compare; regenerate with `emlx sidecars BUNDLE`');
    return cases.map((c, i) => {
      try {
        const special = c.special ?? 'none';
        if (special !== 'all' && special !== 'none') throw new Error(`special must be "all" or "none", got ${JSON.stringify(special)}`);
        return { ids: tok.encode(c.text, { allowedSpecial: special }) };
      } catch (e) {
        result.errors.push(`tokenizer case ${i}: ${oneLine(e)}`);
        return { ids: null, error: oneLine(e) };
      }
    });
  } finally {
    tok.dispose();
  }
}

async function runForward(ctx, sc) {
  const { model, V, PV } = ctx;
  const { P, N } = forwardSteps(sc, PV);
  const out = new Float32Array(N * V);
  const am = [];
  // Step s is the last position of the stateless forward over ids[:P+s]. Causal attention makes that row P-1+s
  // of one forward over ids[:P+N-1], so steps 0..N-2 come from that pass (its all-positions path); the last step
  // is a forward of its own with lastOnly (the path a page's stateless call takes).
  if (N > 1) {
    const all = await model.forward(sc.ids.slice(0, P + N - 2), {});
    out.set(all.logits.subarray((P - 1) * V, (P + N - 2) * V), 0);
  }
  const last = await model.forward(sc.ids.slice(0, P + N - 1), { lastOnly: true });
  out.set(last.logits, (N - 1) * V);
  for (let s = 0; s < N; s++) am.push(argmax(out, s * V, V));
  return { step_logits: encodeB64Array(out, [N, V]), argmax: am };
}

/** layers.json positions (sorted distinct rows of its ids; absent = every position). */
function tapPositions(sc) {
  const T = sc.ids.length;
  const pos = sc.positions ?? Array.from({ length: T }, (_, i) => i);
  if (!Array.isArray(pos) || pos.length === 0 || !pos.every((p, i) => Number.isInteger(p) && p >= 0 && p < T && (i === 0 || p > pos[i - 1]))) {
    throw new Error(`layers.positions must be sorted distinct positions of the ${T} ids`);
  }
  return pos;
}

async function runLayers(ctx, sc) {
  checkIds(sc.ids, 'layers.ids', ctx.PV);
  const pos = tapPositions(sc);
  const r = await ctx.model.forward(sc.ids, { taps: true, tapRows: pos });
  // the same stateless pass gives kvcache its stateless rows when both sidecars run over the same ids (they do)
  ctx.stateless = { ids: sc.ids, logits: r.logits };
  const layers = {};
  // both of the model's paths (engine and TF.js ops) return the tapRows rows only
  for (const [name, tap] of Object.entries(r.taps)) layers[name] = encodeB64Array(tap.data, tap.shape);
  return layers;
}

async function runKvcache(ctx, sc) {
  const { model, result, V, PV } = ctx;
  let cache = null;
  try {
    const { L, prefill, rows } = kvcachePlan(sc, PV);
    const cached = new Float32Array(rows * V);
    const numTensors = [];
    result.memory.before_kvcache = tf.memory().numTensors;
    cache = model.createCache();
    let r = await model.step(cache, sc.ids.slice(0, prefill));
    cached.set(r.logits, 0);
    numTensors.push(tf.memory().numTensors);
    for (let j = prefill; j < L; j++) {
      r = await model.step(cache, [sc.ids[j]]);
      cached.set(r.logits, (j - prefill + 1) * V);
      numTensors.push(tf.memory().numTensors);
    }
    result.memory.num_tensors = numTensors;
    result.memory.cache_keys = cache.sizes();
    cache.dispose();
    cache = null;
    result.memory.after_kvcache = tf.memory().numTensors;
    const same = ctx.stateless && ctx.stateless.ids.length === L && ctx.stateless.ids.every((x, i) => x === sc.ids[i]);
    const full = same ? ctx.stateless.logits : (await model.forward(sc.ids, {})).logits;
    const stateless = full.subarray((prefill - 1) * V, L * V);
    return { cached_logits: encodeB64Array(cached, [rows, V]), stateless_logits: encodeB64Array(stateless, [rows, V]) };
  } finally {
    if (cache) cache.dispose();
  }
}

/** {kind: run}: what the harness runs for each sidecar kind, in order; null = judged in Python only (int8). */
export const KIND_RUNS = Object.freeze({
  tokenizer: runTokenizer,
  forward: runForward,
  layers: runLayers,
  kvcache: runKvcache,
  int8: null,
});

