// The parity harness (docs/FORMATS.md "Harness job and result"), runtime-neutral.
//
// runJob(job, io) loads the bundle and runs the kinds of harness/kinds.js (KIND_RUNS, shared with the onnxruntime
// harness) on the JS port through a small adapter, returning raw numbers. It never judges them: the gate
// arithmetic lives in emlx/verify/gates.py. The same file runs under Node
// (harness/node.mjs supplies file reading) and in a browser page (which supplies fetch); nothing here imports a
// Node module.
//
// job:    {"bundle": loc, "sidecars": {kind: loc}, "backend": "cpu"|"wasm"|"webgl", "taps": true,
//          optional: "tokenizer_engine": "js-tiktoken"|"tiktoken", "wasm_paths": base URL,
//          "threads": N (the wasm engine's matmuls on N threads; result.port.threads says how many ran),
//          "threads_min_work": M (matmuls of M multiply-adds and more are shared; default the engine's; 0: all)}
// io:     {readBytes(loc) -> Promise<Uint8Array>} or {fetch}; optional runtime: {name, version}, now() -> ms,
//          tiktokenModule (browser, for the WASM tokenizer engine), phase(name, info) (progress: called as each
//          phase starts), memory() -> {rss_bytes, ...} (the process's memory, where the runtime can tell)
// result: {backend, tfjs_version, runtime, load_ms, tokenizer, forward, layers, kvcache, memory, errors, ...}

// The harness drives internals too (hashing, base64 arrays), so it imports each module by path rather than the
// public entry point src/index.js.
import { loadBundle } from '../src/loader.js';
import { createModel } from '../src/model.js';
import { engineHeapBytes } from '../src/wasm-executor.js';
import { setBackend, tf, BACKENDS } from '../src/backend.js';
import { Tokenizer } from '../src/tokenizer.js';
import { HarnessInputError, oneLine, ms, fatalKind } from './inputs.js';
import { KIND_RUNS, newResult, phases, readSidecars, runKinds, setFatal } from './kinds.js';

export { HarnessInputError, KIND_RUNS };

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
  if (job.threads !== undefined && !(Number.isInteger(job.threads) && job.threads >= 1 && job.threads <= 64)) {
    throw new HarnessInputError(`job.threads must be an integer from 1 to 64, got ${JSON.stringify(job.threads)}`);
  }
  if (job.threads_min_work !== undefined && !(Number.isInteger(job.threads_min_work) && job.threads_min_work >= 0)) {
    throw new HarnessInputError(`job.threads_min_work must be a non-negative integer, got ${JSON.stringify(job.threads_min_work)}`);
  }
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
  const result = newResult(job, io, { backend: null, tfjs_version: tf.version_core });
  const { errors } = result;

  try {
    const info = await setBackend(job.backend, { wasmPaths: job.wasm_paths ?? io.wasmPaths });
    result.backend = info.backend;
    result.backend_info = info;
  } catch (e) {
    throw new HarnessInputError(`backend ${job.backend}: ${oneLine(e)}`);
  }

  const phase = phases(job, io);
  const t0 = now();
  let bundle;
  let model;
  try {
    phase('load', { bundle: job.bundle });
    if (job.perturb !== undefined) {
      bundle = await loadBundle(job.bundle, { readBytes: io.readBytes, fetch: io.fetch });
      result.perturbed = applyPerturbation(bundle, job.perturb); // TEST ONLY
      model = await createModel(bundle, { threads: job.threads ?? 1, threadsMinWork: job.threads_min_work });
    } else {
      // streamed on wasm (one tensor at a time, hash verified as read), loaded whole elsewhere
      // no whole-file reader here: paths are read by ranges (Node), URLs with HTTP Range requests
      model = await createModel(job.bundle, {
        fetch: io.fetch, readRange: io.readRange, threads: job.threads ?? 1, threadsMinWork: job.threads_min_work,
      });
    }
    if (model.engine) await model.engine.threadsReady();
    bundle = model.meta;
  } catch (e) {
    if (!fatalKind(e)) throw new HarnessInputError(`bundle ${job.bundle}: ${oneLine(e)}`);
    setFatal(result, 'load', e, memorySnapshot(io));
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
    threads: {
      requested: job.threads ?? 1, used: model.engine ? model.engine.threads : 1,
      note: model.engine ? model.engine.threadsNote : null, shared_matmuls: 0, // counted after the kinds ran
    },
  };
  result.timings_ms = {};

  try {
    // The bundle must be what it claims to be, or no sidecar can be trusted against it: loadBundle recomputed
    // weights_sha256 from the stored bytes and refused a mismatch (its default), before any fault injection.
    result.weights_sha256 = { bundle: bundle.weights_sha256, computed: bundle.weights_sha256, verified_by: model.engine && job.perturb === undefined ? 'openBundle' : 'loadBundle' };
    const sidecars = await readSidecars(job, io, bundle.weights_sha256, 'the bundle', result);
    await runKinds({ job, io, adapter: tfjsAdapter(model, bundle, job, io), sidecars, result, phase, now });
  } catch (e) {
    // a runtime that dies outside a phase (e.g. freeing a cache on a corrupted heap) is still the run's ERROR
    if (!fatalKind(e)) throw e;
    errors.push(`harness: ${oneLine(e)}`);
    if (!result.fatal) setFatal(result, 'cleanup', e, memorySnapshot(io));
  } finally {
    if (model.engine) result.port.threads.shared_matmuls = model.engine.threadJobs;
    try {
      model.dispose();
    } catch (e) {
      if (!result.fatal) {
        if (!fatalKind(e)) throw e; // eslint-disable-line no-unsafe-finally
        errors.push(`dispose: ${oneLine(e)}`);
        setFatal(result, 'dispose', e, memorySnapshot(io));
      }
    }
  }
  if (!result.fatal) result.memory.after_dispose = tf.memory().numTensors;
  return result;
}

/** The TF.js port as the harness's model adapter (js/harness/kinds.js). */
function tfjsAdapter(model, bundle, job, io) {
  return {
    vocab: model.spec.vocab_size,
    paddedVocab: model.spec.padded_vocab_size,
    forward: async (ids, { lastOnly = false } = {}) => (await model.forward(ids, lastOnly ? { lastOnly: true } : {})).logits,
    taps: async (ids, rows) => {
      // both of the model's paths (engine and TF.js ops) return the tapRows rows only
      const r = await model.forward(ids, { taps: true, tapRows: rows });
      return { logits: r.logits, taps: r.taps };
    },
    createCache: () => model.createCache(),
    step: async (cache, ids) => (await model.step(cache, ids)).logits,
    cachePosition: (cache) => cache.pos,
    disposeCache: (cache) => cache.dispose(),
    liveTensors: () => tf.memory().numTensors,
    tokenizer: () => Tokenizer.fromBundle(bundle, { engine: job.tokenizer_engine ?? 'js-tiktoken', tiktokenModule: io.tiktokenModule }),
    memory: () => memorySnapshot(io),
  };
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
