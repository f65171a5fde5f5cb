// The parity harness for emlx ONNX exports under onnxruntime (docs/FORMATS.md "Harness job and result"),
// runtime-neutral: the same file runs under Node with onnxruntime-node (harness/ort-node.mjs) and in a browser
// page with onnxruntime-web (harness/ort-browser.mjs). The caller hands in the ort module, so nothing here
// imports onnxruntime, TF.js or a Node module.
//
// runOrtJob(job, io) runs the kinds of harness/kinds.js (KIND_RUNS, shared with the TF.js harness run.js) on the
// ONNX model through a small adapter, so its results have exactly the TF.js harness's schema and
// emlx/verify/gates.py judges both unchanged. It never judges anything itself.
//
// job:    {"format": "onnx", "model": loc, "taps_model": loc|null, "header": {config, tokenizer, weights_sha256, ...},
//          "sidecars": {kind: loc}, "backend": "cpu" (node) | "wasm" | "webgpu" (web), "taps": bool,
//          optional: "threads" (intra-op threads, default 1), "fold_dequantize" (default true, see sessionOptions),
//          "tokenizer_engine": "js-tiktoken"|"tiktoken"}
//          The header is the model's metadata_props["emlx.header"], read by the Python runner (JS never parses
//          protobuf).
// io:     {ort (the onnxruntime-node or onnxruntime-web module), readBytes(loc) -> Promise<Uint8Array> or fetch,
//          optional: now() -> ms, runtime: {name, version}, tiktokenModule, sessionOptions (merged last),
//          modelSource(loc) (what InferenceSession.create gets instead of the model's bytes, e.g. a file path),
//          phase(name, info) (progress: called as each phase starts), memory() -> {rss_bytes, ...}}
// result: {backend, format, ort_version, runtime, load_ms, tokenizer, forward, layers, kvcache, memory, errors,
//          timings_ms, session, weights_sha256}
//
// Model I/O (the contract of emlx's ONNX export): inputs input_ids int64 [batch, seq],
// past_key_values.{i}.key|value float32 [batch, n_kv_head, past_len, head_dim] (past_len 0 = prefill) and, for
// specs with smear, past_token_ids int64 [batch, 1]; outputs logits float32 [batch, seq, vocab_size],
// present.{i}.key|value (past ++ new, never trimmed) and, with smear, present_token_ids. The taps model adds
// outputs tap.<name> for every tap name.

import { readBytes } from '../src/loader.js';
import { bundleSha256 } from '../src/hash.js';
import { bundleHashMismatchMessage } from '../src/source.js';
import { parseSpec } from '../src/spec.js';
import { Tokenizer } from '../src/tokenizer.js';
import { HarnessInputError, oneLine, ms, fatalKind } from './inputs.js';
import { KIND_RUNS, newResult, phases, pickRows, readSidecars, runKinds, setFatal } from './kinds.js';

export { HarnessInputError, KIND_RUNS };

export const ORT_BACKENDS = Object.freeze(['cpu', 'wasm', 'webgpu']);
const SHA256_HEX = /^[0-9a-f]{64}$/;

function isObject(x) {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

/** Validate the shape of an ONNX job; returns it normalised. Throws HarnessInputError naming the problem. */
export function validateOrtJob(job) {
  if (!isObject(job)) throw new HarnessInputError('job must be a JSON object');
  if (job.format !== 'onnx') throw new HarnessInputError(`job.format must be "onnx", got ${JSON.stringify(job.format)}`);
  if (typeof job.model !== 'string' || job.model === '') throw new HarnessInputError('job.model must be a path or URL string');
  const tapsModel = job.taps_model ?? null;
  if (tapsModel !== null && (typeof tapsModel !== 'string' || tapsModel === '')) {
    throw new HarnessInputError('job.taps_model must be a path or URL string, or null');
  }
  if (!isObject(job.header)) throw new HarnessInputError('job.header must be the model\'s emlx.header object (config, tokenizer, weights_sha256)');
  let spec;
  try {
    spec = parseSpec(job.header.config);
  } catch (e) {
    throw new HarnessInputError(`job.header.config: ${oneLine(e)}`);
  }
  const sha = job.header.weights_sha256;
  if (typeof sha !== 'string' || !SHA256_HEX.test(sha)) {
    throw new HarnessInputError(`job.header.weights_sha256 must be 64 lowercase hex digits, got ${JSON.stringify(sha)}`);
  }
  const sc = job.sidecars ?? {};
  if (!isObject(sc)) throw new HarnessInputError('job.sidecars must be an object {kind: path-or-url}');
  for (const [k, v] of Object.entries(sc)) {
    if (typeof v !== 'string' || v === '') throw new HarnessInputError(`job.sidecars.${k} must be a path or URL string`);
  }
  const backend = job.backend ?? 'cpu';
  if (!ORT_BACKENDS.includes(backend)) {
    throw new HarnessInputError(`job.backend must be one of ${ORT_BACKENDS.join(', ')}, got ${JSON.stringify(job.backend)}`);
  }
  if (job.taps !== undefined && typeof job.taps !== 'boolean') throw new HarnessInputError('job.taps must be true or false');
  if (job.fold_dequantize !== undefined && typeof job.fold_dequantize !== 'boolean') throw new HarnessInputError('job.fold_dequantize must be true or false');
  const threads = job.threads ?? 1;
  if (!Number.isInteger(threads) || threads < 1) throw new HarnessInputError(`job.threads must be an integer >= 1, got ${JSON.stringify(job.threads)}`);
  return { ...job, taps_model: tapsModel, sidecars: sc, backend, taps: job.taps !== false, threads, spec,
    fold_dequantize: job.fold_dequantize !== false };
}

/**
 * onnxruntime session options for a backend: 'cpu' (Node), 'wasm' / 'webgpu' (web); `threads` intra-op threads.
 * foldDequantize (default): session.disable_quant_qdq=1, so onnxruntime constant-folds the int8 weights'
 * DequantizeLinear at load (float32 weights in memory, the same q * scale numbers) instead of dequantising every
 * weight on every run (2-3x slower int8 decode, measured on onnxruntime-node and -web); the Python runner does the
 * same. No effect on float32 models.
 */
export function sessionOptions(backend, threads = 1, { foldDequantize = true } = {}) {
  const opts = {
    executionProviders: [backend],
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    logSeverityLevel: 3, // errors only: node-placement warnings would otherwise reach the console (and the report)
  };
  if (foldDequantize) opts.extra = { session: { disable_quant_qdq: '1' } };
  return opts;
}

/** The optional input of an emlx export (docs/FORMATS.md "ONNX bundle"): logits for the last N rows only (0 = all). */
export const KEEP_INPUT = 'num_logits_to_keep';

/** The names the export contract requires of a model for `spec`. */
export function contractNames(spec) {
  const inputs = ['input_ids'];
  const outputs = ['logits'];
  for (let i = 0; i < spec.n_layer; i++) {
    for (const kv of ['key', 'value']) {
      inputs.push(`past_key_values.${i}.${kv}`);
      outputs.push(`present.${i}.${kv}`);
    }
  }
  if (spec.smear) {
    inputs.push('past_token_ids');
    outputs.push('present_token_ids');
  }
  return { inputs, outputs };
}

/**
 * A session of an emlx ONNX export with its cache plumbing: `run(ids, state)` feeds ids after the state's past
 * (empty state = prefill) and returns {logits: Float32Array [T * vocab], T, state: the new state}.
 * States own ort tensors; `release(state)` frees them (a no-op for CPU tensors under Node).
 */
export class OrtDecoder {
  constructor(ort, session, spec, what = 'model') {
    this.ort = ort;
    this.session = session;
    this.spec = spec;
    const want = contractNames(spec);
    const missIn = want.inputs.filter((n) => !session.inputNames.includes(n));
    const missOut = want.outputs.filter((n) => !session.outputNames.includes(n));
    const extraIn = session.inputNames.filter((n) => !want.inputs.includes(n) && n !== KEEP_INPUT);
    this.canKeep = session.inputNames.includes(KEEP_INPUT);
    if (missIn.length || missOut.length || extraIn.length) {
      const parts = [];
      if (missIn.length) parts.push(`missing inputs ${missIn.slice(0, 4).join(', ')}${missIn.length > 4 ? ', ...' : ''}`);
      if (extraIn.length) parts.push(`unexpected inputs ${extraIn.slice(0, 4).join(', ')}`);
      if (missOut.length) parts.push(`missing outputs ${missOut.slice(0, 4).join(', ')}${missOut.length > 4 ? ', ...' : ''}`);
      throw new Error(`${what} does not follow the emlx ONNX I/O contract for its config (n_layer ${spec.n_layer}, smear ${spec.smear ? 'yes' : 'no'}): ${parts.join('; ')}`);
    }
    this.tapOutputs = session.outputNames.filter((n) => n.startsWith('tap.'));
  }

  /** An empty cache (past_len 0). */
  emptyState() {
    const { n_layer: L, n_kv_head: H, head_dim: D } = this.spec;
    const past = {};
    for (let i = 0; i < L; i++) {
      past[`past_key_values.${i}.key`] = new this.ort.Tensor('float32', new Float32Array(0), [1, H, 0, D]);
      past[`past_key_values.${i}.value`] = new this.ort.Tensor('float32', new Float32Array(0), [1, H, 0, D]);
    }
    if (this.spec.smear) past.past_token_ids = new this.ort.Tensor('int64', new BigInt64Array(1), [1, 1]);
    return { past, pos: 0 };
  }

  /**
   * Run `ids` after `state` (default: empty). With `lastOnly`, a model that has the num_logits_to_keep input computes
   * the last row's logits only (others return every row; `logits` is then cut to the last). Returns {logits
   * (rows R = T, or 1 with lastOnly), T, R, state, taps: {name: ort.Tensor} | null}.
   */
  async run(ids, state = null, { fetchTaps = false, lastOnly = false } = {}) {
    const st = state ?? this.emptyState();
    const T = ids.length;
    if (T === 0) throw new Error('run: no ids');
    const feeds = { input_ids: new this.ort.Tensor('int64', BigInt64Array.from(ids, (x) => BigInt(x)), [1, T]), ...st.past };
    const keep = lastOnly && this.canKeep ? 1 : 0;
    if (this.canKeep) feeds[KEEP_INPUT] = new this.ort.Tensor('int64', BigInt64Array.from([BigInt(keep)]), []);
    const out = await this.session.run(feeds);
    const lg = out.logits;
    const V = this.spec.vocab_size;
    const dims = lg.dims;
    const R = keep || T;
    if (dims.length !== 3 || dims[0] !== 1 || dims[1] !== R || dims[2] !== V) {
      throw new Error(`logits have shape [${dims.join(', ')}], expected [1, ${R}, ${V}] (vocab_size from the header)`);
    }
    let logits = lg.data instanceof Float32Array ? lg.data : Float32Array.from(lg.data);
    if (lastOnly && R > 1) logits = logits.slice((R - 1) * V, R * V);
    const past = {};
    for (let i = 0; i < this.spec.n_layer; i++) {
      for (const kv of ['key', 'value']) {
        const p = out[`present.${i}.${kv}`];
        const want = st.pos + T;
        if (p.dims.length !== 4 || p.dims[2] !== want) {
          throw new Error(`present.${i}.${kv} has shape [${p.dims.join(', ')}], expected ${want} positions (past ${st.pos} + ${T} new; present is never trimmed)`);
        }
        past[`past_key_values.${i}.${kv}`] = p;
      }
    }
    if (this.spec.smear) past.past_token_ids = out.present_token_ids;
    let taps = null;
    if (fetchTaps) {
      taps = {};
      for (const n of this.tapOutputs) taps[n.slice(4)] = out[n];
    } else {
      for (const n of this.tapOutputs) disposeTensor(out[n]);
    }
    disposeTensor(lg);
    return { logits, T, R: lastOnly ? 1 : R, state: { past, pos: st.pos + T }, taps };
  }

  release(state) {
    if (!state) return;
    for (const t of Object.values(state.past)) disposeTensor(t);
  }
}

function disposeTensor(t) {
  if (t && typeof t.dispose === 'function') {
    try {
      t.dispose();
    } catch {
      // CPU tensors whose data was read may refuse; nothing is held by us either way
    }
  }
}

/**
 * Read a model and create its session; failures are HarnessInputError (the job cannot run). io.modelSource(loc),
 * when given, returns what InferenceSession.create takes instead of the bytes (Node passes a file path, so that
 * onnxruntime also finds external data next to the model).
 */
export async function createSession(ort, loc, options, io = {}) {
  let src;
  try {
    src = io.modelSource ? await io.modelSource(loc) : await readBytes(loc, { readBytes: io.readBytes, fetch: io.fetch });
  } catch (e) {
    throw new HarnessInputError(`model ${loc}: ${oneLine(e)}`);
  }
  try {
    return await ort.InferenceSession.create(src, options);
  } catch (e) {
    throw new HarnessInputError(`model ${loc}: onnxruntime could not load it on ${options.executionProviders.join('/')}: ${oneLine(e)}`);
  }
}

function ortVersion(ort) {
  const v = ort.env && ort.env.versions;
  return v ? (v.node ?? v.web ?? v.common ?? null) : null;
}

/** Run one ONNX job. Returns the result object; throws HarnessInputError when the job cannot run at all. */
export async function runOrtJob(rawJob, io = {}) {
  const job = validateOrtJob(rawJob);
  const { spec, header } = job;
  // the header's whole identity: config and tokenizer as stored, with the weights_sha256 it claims (JS does not
  // parse the protobuf; emlx parity's load_bundle verified the initializers against it before making this job)
  const claimedBundle = header.bundle_sha256 ?? null;
  if (claimedBundle !== null) {
    if (typeof claimedBundle !== 'string' || !SHA256_HEX.test(claimedBundle)) {
      throw new HarnessInputError(`job.header.bundle_sha256 must be 64 lowercase hex digits, got ${JSON.stringify(claimedBundle)}`);
    }
    const whole = await bundleSha256({ config: header.config, tokenizer: header.tokenizer ?? null, weights_sha256: header.weights_sha256 });
    if (whole !== claimedBundle) throw new HarnessInputError(`model ${job.model}: ${bundleHashMismatchMessage(claimedBundle, whole)}`);
  }
  const ort = io.ort;
  if (!ort || !ort.InferenceSession || !ort.Tensor) throw new HarnessInputError('io.ort must be the onnxruntime-node or onnxruntime-web module');
  const now = io.now ?? (() => (typeof performance !== 'undefined' ? performance.now() : Date.now()));
  // No memory gate: onnxruntime exposes no count of live tensors or arena bytes to JS, and a process RSS or heap
  // sample is not a number that can be held to "no growth" exactly, so memory.num_tensors stays empty.
  const result = newResult(job, io, {
    format: 'onnx',
    ort_version: ortVersion(ort),
    weights_sha256: { header: header.weights_sha256 }, // not recomputed here: JS does not parse the protobuf
    integrity: claimedBundle !== null ? 'bundle' : 'weights',
  });
  const opts = { ...sessionOptions(job.backend, job.threads, { foldDequantize: job.fold_dequantize }), ...(io.sessionOptions ?? {}) };
  result.session = { execution_providers: opts.executionProviders, intra_op_threads: opts.intraOpNumThreads, config: opts.extra ?? {} };

  const phase = phases(job, io);
  const t0 = now();
  let session;
  try {
    phase('load', { model: job.model });
    session = await createSession(ort, job.model, opts, io);
  } catch (e) {
    if (!fatalKind(e)) throw e instanceof HarnessInputError ? e : new HarnessInputError(`model ${job.model}: ${oneLine(e)}`);
    setFatal(result, 'load', e, io.memory ? io.memory() : {});
    result.errors.push(`load: ${oneLine(e)}`);
    return result;
  }
  let dec;
  try {
    dec = new OrtDecoder(ort, session, spec, `model ${job.model}`);
  } catch (e) {
    await releaseSession(session);
    throw new HarnessInputError(oneLine(e));
  }
  result.load_ms = ms(now, t0);
  result.timings_ms = {};

  try {
    const sidecars = await readSidecars(job, io, header.weights_sha256, "the model's header", result);
    await runKinds({ job, io, adapter: ortAdapter(ort, dec, job, opts, io), sidecars, result, phase, now });
  } finally {
    await releaseSession(session);
  }
  return result;
}

/** An onnxruntime session of an emlx ONNX export as the harness's model adapter (js/harness/kinds.js). */
function ortAdapter(ort, dec, job, opts, io) {
  const V = job.spec.vocab_size;
  return {
    vocab: V,
    paddedVocab: job.spec.padded_vocab_size,
    forward: async (ids, { lastOnly = false } = {}) => {
      const r = await dec.run(ids, null, { lastOnly });
      dec.release(r.state);
      return r.logits;
    },
    taps: async (ids, rows) => {
      // the taps model (the same graph plus tap.<name> outputs) returns every position: keep the sidecar's rows
      if (!job.taps_model) throw new Error('the job names no taps_model (the debug graph with tap.<name> outputs)');
      const tapSession = await createSession(ort, job.taps_model, opts, io);
      try {
        const tdec = new OrtDecoder(ort, tapSession, job.spec, `taps model ${job.taps_model}`);
        if (!tdec.tapOutputs.length) throw new Error(`taps model ${job.taps_model} has no tap.<name> outputs`);
        const r = await tdec.run(ids, null, { fetchTaps: true });
        tdec.release(r.state);
        const taps = {};
        for (const [name, tensor] of Object.entries(r.taps)) {
          const dims = tensor.dims.map(Number); // [batch 1, positions, ...]
          const data = tensor.data instanceof Float32Array ? tensor.data : Float32Array.from(tensor.data);
          taps[name] = pickRows(data, dims.slice(1), rows);
          disposeTensor(tensor);
        }
        return { logits: r.logits, taps };
      } finally {
        await releaseSession(tapSession);
      }
    },
    createCache: () => ({ state: null }),
    step: async (cache, ids) => {
      const r = await dec.run(ids, cache.state, { lastOnly: true });
      dec.release(cache.state);
      cache.state = r.state;
      return r.logits;
    },
    cachePosition: (cache) => (cache.state ? cache.state.pos : 0),
    disposeCache: (cache) => dec.release(cache.state),
    liveTensors: () => null,
    tokenizer: () => {
      if (!job.header.tokenizer) throw new Error('the model header has no tokenizer block');
      return Tokenizer.create(job.header.tokenizer, { engine: job.tokenizer_engine ?? 'js-tiktoken', tiktokenModule: io.tiktokenModule });
    },
    memory: () => (typeof io.memory === 'function' ? io.memory() : {}),
  };
}

/**
 * Throughput of an ONNX export (the figures of harness/bench.mjs, so the two compare side by side): a bench job is
 * {format: "onnx", model, header, backend, threads, bench: {length, tokens, repeat}}. For one context length L:
 * prefill_ms (the model over L tokens from an empty past), stateless decode (one full forward over the growing
 * sequence per token) and cached decode (one single-token step per token, present fed back as past), each the
 * best of `repeat` runs after a warm-up at the largest shapes and one untimed pass of the whole protocol. Returns {backend, format, ort_version, runtime, load_ms, bench, errors}.
 */
export async function runOrtBench(rawJob, io = {}) {
  const job = validateOrtJob({ ...rawJob, sidecars: {} });
  const b = rawJob.bench ?? {};
  const L = b.length ?? 64;
  const N = b.tokens ?? 32;
  const R = b.repeat ?? 1;
  for (const [k, v] of [['length', L], ['tokens', N], ['repeat', R]]) {
    if (!Number.isInteger(v) || v < 1) throw new HarnessInputError(`job.bench.${k} must be a positive integer, got ${JSON.stringify(v)}`);
  }
  const ort = io.ort;
  if (!ort || !ort.InferenceSession || !ort.Tensor) throw new HarnessInputError('io.ort must be the onnxruntime-node or onnxruntime-web module');
  const now = io.now ?? (() => (typeof performance !== 'undefined' ? performance.now() : Date.now()));
  const opts = { ...sessionOptions(job.backend, job.threads, { foldDequantize: job.fold_dequantize }), ...(io.sessionOptions ?? {}) };
  const t0 = now();
  const session = await createSession(ort, job.model, opts, io);
  let dec;
  try {
    dec = new OrtDecoder(ort, session, job.spec, `model ${job.model}`);
  } catch (e) {
    await releaseSession(session);
    throw new HarnessInputError(oneLine(e));
  }
  const loadMs = now() - t0;
  const V = job.spec.vocab_size;
  const seq = Array.from({ length: L + N }, (_, i) => (i * 7919 + 13) % V); // the ids harness/bench.mjs uses
  const round2 = (x) => Math.round(x * 100) / 100;
  try {
    // warm-up at the largest shapes measured (first-run allocations, wasm memory growth, kernel set-up), then one
    // untimed pass of the whole protocol (r = -1): a browser runs wasm in baseline code first and optimises it while it
    // runs, so without that pass the timed passes measured partly unoptimised kernels, more so for a graph whose ops
    // run more kernel code (headless Chromium, the emlx seed-scale graph: 97 cached tok/s as the best of 2 timed
    // passes, 242 as the best of 6, in the same load)
    const warm = Array.from({ length: L + N + 1 }, (_, i) => (i * 31 + 7) % V);
    const w = await dec.run(warm.slice(0, L + N));
    const w2 = await dec.run([warm[L + N]], w.state);
    dec.release(w.state);
    dec.release(w2.state);
    let stateless = Infinity;
    let prefill = Infinity;
    let cached = Infinity;
    for (let r = -1; r < R; r++) {
      const keep = (best, ms) => (r < 0 ? best : Math.min(best, ms));
      let t = now();
      // what a page's generation loop asks for: the last row's logits of a stateless pass or a prefill
      for (let i = 0; i < N; i++) dec.release((await dec.run(seq.slice(0, L + i), null, { lastOnly: true })).state);
      stateless = keep(stateless, now() - t);
      t = now();
      let res = await dec.run(seq.slice(0, L), null, { lastOnly: true });
      prefill = keep(prefill, now() - t);
      let state = res.state;
      t = now();
      for (let i = 0; i < N; i++) {
        res = await dec.run([seq[L + i]], state, { lastOnly: true });
        dec.release(state);
        state = res.state;
      }
      cached = keep(cached, now() - t);
      dec.release(state);
    }
    return {
      backend: job.backend, format: 'onnx', ort_version: ortVersion(ort), runtime: io.runtime ?? { name: 'unknown', version: null },
      session: { execution_providers: opts.executionProviders, intra_op_threads: opts.intraOpNumThreads },
      load_ms: round2(loadMs),
      bench: {
        length: L, tokens: N, repeat: R, prefill_ms: round2(prefill),
        stateless_ms_per_token: round2(stateless / N), cached_ms_per_token: round2(cached / N),
        stateless_tokens_per_s: round2((1000 * N) / stateless), cached_tokens_per_s: round2((1000 * N) / cached),
      },
      errors: [],
    };
  } finally {
    await releaseSession(session);
  }
}

async function releaseSession(session) {
  try {
    await session.release();
  } catch {
    // a session that failed half-way may refuse to release; the process/page ends soon after
  }
}
