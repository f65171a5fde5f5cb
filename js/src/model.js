// The GPT of an emlx bundle: a thin facade over an Executor (executor.js) that checks its inputs, keeps the public
// API (forward / step / generate, createModel) and leaves the forward pass to the executor: emlx's wasm engine
// (wasm-executor.js) or TF.js ops (tfjs-executor.js), both driven by the ModelSpec's block recipe (recipe.js,
// docs/FORMATS.md "Forward"). Nothing here knows a family name.
//
// API
//   const model = await createModel(bundle, {backend})        // or new GPT(bundle) on the current backend
//   const {logits, shape, taps} = await model.forward(ids, {taps: true | [names], lastOnly})
//   const cache = model.createCache();
//   const {logits} = await model.step(cache, ids)              // prefill (many ids) or decode (one id)
//   const {ids: newIds} = await model.generate(promptIds, n, {temperature, topK, seed, onToken})
//   model.dispose(); cache.dispose();

import * as tf from '@tensorflow/tfjs';
import { parseSpec, checkTensors, tapNames } from './spec.js';
import { loadBundle } from './loader.js';
import { openBundle } from './source.js';
import { setBackend } from './backend.js';
import { chooseExecutor, createExecutor } from './executor.js';
import { argmax } from './recipe.js';
import { selfTest } from './selftest.js';

// Tap names come from the shared spec table (spec.js); re-exported here where the forward produces them.
export { tapNames, argmax };
export { roundBfloat16, roundFloat16, ropeTables, ropeMultipliers, attentionMask } from './recipe.js';

/** Which int8 representation to use: 'packed' | 'float32' | 'auto' (see GPT). */
export const INT8_MODES = Object.freeze(['auto', 'packed', 'float32']);
const AUTO_PACK_BYTES = 1 << 30;

export class GPT {
  /**
   * Build the model from a loaded bundle ({config, weights}) — see loadBundle(). The bundle's arrays are copied to
   * the executor; the bundle can be dropped afterwards.
   * options.executor: 'auto' (default: emlx's wasm engine when the TF.js backend is wasm, TF.js ops otherwise) |
   *   'wasm' | 'tfjs';
   * options.int8: how int8 (and q4) weights stay resident. The wasm engine keeps them as stored (int8: 1 byte a
   *   weight; q4: half a byte + a float32 scale and offset per group) unless 'float32' (dequantised at load). The TF.js op path: 'float32' dequantises at load, 'packed' keeps three
   *   int8 per float32 (1.33 bytes a weight, unpacked on use), 'auto' (default) packs only models whose float32
   *   weights would exceed 1 GiB.
   * options.sharedMemory: the wasm engine's memory is a SharedArrayBuffer (cross-origin isolated pages).
   * options.threads: the wasm engine runs its matmuls on this many threads (default 1); where SharedArrayBuffer is
   *   unavailable (a page without COOP/COEP) it runs on one and model.engine.threadsNote says why.
   */
  constructor(bundle, options = {}) {
    if (bundle === GPT._streaming) return; // GPT.fromSource builds the instance itself
    if (!bundle || !bundle.config || !bundle.weights) throw new Error('GPT: expected a loaded bundle ({config, weights})');
    const W = bundle.weights;
    this._setup(bundle.config, Object.fromEntries(Object.entries(W).map(([k, t]) => [k, { shape: t.shape, dtype: t.dtype, q4: t.q4 }])), options);
    this.meta = GPT._meta(bundle);
    try {
      for (const name of Object.keys(W).sort()) this.executor.accept(name, W[name]);
      this.executor.finish();
    } catch (e) {
      this.executor.dispose();
      throw e;
    }
    this.disposed = false;
  }

  /**
   * Build the model from an open bundle source (openBundle(): tensors read one at a time, each handed to the
   * executor and dropped at once, then the streamed weights_sha256 verified).
   */
  static async fromSource(src, options = {}) {
    const gpt = new GPT(GPT._streaming);
    gpt._setup(src.config, src.tensors, options);
    gpt.meta = GPT._meta(src);
    try {
      for (const name of src.names) gpt.executor.accept(name, await src.read(name));
      gpt.executor.finish();
      await src.verify();
      Object.assign(gpt.meta, { verified: src.verified, integrity: src.integrity }); // what verify() proved
    } catch (e) {
      gpt.executor.dispose();
      throw e;
    } finally {
      src.close();
    }
    gpt.disposed = false;
    return gpt;
  }

  static _streaming = Symbol('streaming');

  /** What a harness or page may want of the bundle besides the weights. */
  static _meta(b) {
    const keys = ['format', 'version', 'tokenizer', 'training', 'source', 'weights_sha256', 'bundle_sha256', 'generated_by',
      'container', 'files', 'verified', 'integrity'];
    return Object.fromEntries(keys.map((k) => [k, b[k] ?? null]));
  }

  /** Spec, tensor checks, options; builds the (empty) executor. tensors: {name: {shape, dtype}}. */
  _setup(config, tensors, options) {
    const spec = parseSpec(config);
    this.spec = spec;
    this.config = spec;
    const mode = options.int8 ?? GPT.defaults.int8;
    if (!INT8_MODES.includes(mode)) throw new Error(`GPT: options.int8 must be one of ${INT8_MODES.join(', ')}, got ${JSON.stringify(mode)}`);
    const which = chooseExecutor(options.executor ?? GPT.defaults.executor);
    const problems = checkTensors(spec, Object.fromEntries(Object.entries(tensors).map(([k, t]) => [k, t.shape])));
    if (problems.length) throw new Error(`GPT: bundle weights do not match its config: ${problems.join('; ')}`);
    const hasInt8 = Object.values(tensors).some((w) => w.dtype === 'int8');
    const hasQ4 = Object.values(tensors).some((w) => w.dtype === 'q4');
    let int8;
    if (which === 'wasm' && (hasInt8 || hasQ4)) int8 = mode === 'float32' ? 'float32' : hasQ4 ? 'q4' : 'int8';
    else if (!hasInt8) int8 = 'none';
    else {
      const f32Bytes = Object.values(tensors).reduce((a, w) => a + 4 * w.shape.reduce((x, y) => x * y, 1), 0);
      int8 = mode === 'auto' ? (f32Bytes > AUTO_PACK_BYTES ? 'packed' : 'float32') : mode;
    }
    this.int8Mode = int8;
    this.executor = createExecutor(which, spec, tensors, {
      int8, sharedMemory: options.sharedMemory ?? GPT.defaults.sharedMemory, threads: options.threads ?? GPT.defaults.threads,
      threadsMinWork: options.threadsMinWork, threadsSpin: options.threadsSpin,
    });
  }

  /** Defaults for the constructor options (a page or a harness may set them once, e.g. GPT.defaults.int8 = 'packed'). */
  static defaults = { int8: 'auto', executor: 'auto', sharedMemory: false, threads: 1 };

  /** The wasm engine (an executor of kind 'emlx-wasm-kernels') or null on the TF.js op path. */
  get engine() {
    return this.executor.kind === 'emlx-wasm-kernels' ? this.executor : null;
  }

  get vocabSize() {
    return this.spec.vocab_size;
  }

  /** Bytes the model's weights occupy where its executor keeps them (wasm heap, or TF.js tensors). */
  get residentWeightBytes() {
    return this.executor.residentWeightBytes;
  }

  dispose() {
    if (this.disposed) return;
    this.executor.dispose();
    this.disposed = true;
  }

  _check(ids) {
    if (this.disposed) throw new Error('GPT: model has been disposed');
    if (!Array.isArray(ids) && !ArrayBuffer.isView(ids)) throw new Error('GPT: ids must be an array of integers');
    const V = this.spec.padded_vocab_size;
    for (const id of ids) {
      if (!Number.isInteger(id) || id < 0 || id >= V) throw new Error(`GPT: token id ${id} is outside [0, ${V})`);
    }
  }

  /** Learned absolute positions exist for sequence_len positions only. */
  _checkPositions(end) {
    if (this.spec.embed.positions === 'learned' && end > this.spec.sequence_len) {
      throw new Error(`GPT: position ${end - 1} is past the ${this.spec.sequence_len} learned positions of this model (sequence_len)`);
    }
  }

  /** options.tapRows: sorted distinct positions of the pass whose taps are returned (default: every position). */
  static _rows(rows, n) {
    if (rows === undefined || rows === null) return null;
    if (!Array.isArray(rows) || !rows.every((r, i) => Number.isInteger(r) && r >= 0 && r < n && (i === 0 || r > rows[i - 1]))) {
      throw new Error(`GPT: tapRows must be sorted distinct positions in [0, ${n})`);
    }
    return rows;
  }

  static _tapSet(taps) {
    if (!taps) return null;
    if (taps === true) return true;
    if (Array.isArray(taps)) return new Set(taps);
    throw new Error('GPT: taps must be true or a list of tap names');
  }

  _result(r, returnTensor) {
    const shape = [r.rows, this.spec.vocab_size];
    return { logits: returnTensor ? tf.tensor2d(r.logits, shape) : r.logits, shape, taps: r.taps };
  }

  /**
   * Stateless forward over `ids` (positions 0..T-1).
   * options: taps (true | [names]) -> taps: {name: {shape, data}}; tapRows (sorted positions: only those rows of
   * every tap); lastOnly (only the last position's logits); returnTensor (logits as a tf.Tensor, caller disposes).
   * Returns {logits: Float32Array [T*V] (or [V] with lastOnly), shape: [T, V] | [1, V], taps}.
   */
  async forward(ids, options = {}) {
    this._check(ids);
    if (ids.length === 0) throw new Error('GPT: forward needs at least one token');
    this._checkPositions(ids.length);
    const r = await this.executor.pass(Array.from(ids), 0, null, {
      taps: GPT._tapSet(options.taps), tapRows: GPT._rows(options.tapRows, ids.length), rows: options.lastOnly ? 'last' : 'all',
    });
    return this._result(r, options.returnTensor);
  }

  /** A fresh KV cache (position 0). Dispose it when done (or let step() reuse it). */
  createCache() {
    const c = this.executor.createCache();
    c.model = this;
    return c;
  }

  /**
   * Feed `ids` (one or many) after what the cache has seen. Work per new token is O(1) apart from attending over
   * the cached keys; each layer keeps at most window-1 keys (the most a future query can see besides itself).
   * Returns {logits: Float32Array [V] for the last new position (or [n*V] with {allPositions: true}), shape, pos}.
   */
  async step(cache, ids, options = {}) {
    if (!cache || cache.model !== this) throw new Error('GPT: step needs a cache from this model\'s createCache()');
    if (cache.disposed) throw new Error('GPT: the cache has been disposed');
    this._check(ids);
    if (ids.length === 0) throw new Error('GPT: step needs at least one token');
    const n = ids.length;
    this._checkPositions(cache.pos + n);
    const r = await this.executor.pass(Array.from(ids), cache.pos, cache, {
      taps: GPT._tapSet(options.taps), tapRows: GPT._rows(options.tapRows, n), rows: options.allPositions ? 'all' : 'last',
    });
    const res = this._result(r, options.returnTensor);
    res.pos = cache.pos;
    return res;
  }

  /**
   * On-device self-test (src/selftest.js): the parity certificate's probe on the backend in use. certificate: URL,
   * path or object; default `<bundle stem>.parity.json` next to the file the model was loaded from.
   * Resolves to {passed, maxAbsDiff, atol, backend, adapter, ms, certified, reason, rows}.
   */
  selfTest(certificate, options) {
    return selfTest(this, certificate, options);
  }

  /**
   * Generate `n` tokens after `promptIds` with the KV cache. options: temperature (0 = greedy, the default),
   * topK, seed (for sampling), onToken(id, step) (return false to stop), stopIds (array).
   * Returns {ids: the new ids, all: prompt + new ids}.
   */
  async generate(promptIds, n, options = {}) {
    const cache = this.createCache();
    const temperature = options.temperature ?? 0;
    const rng = mulberry32(options.seed ?? 0x9e3779b9);
    const stop = new Set(options.stopIds ?? []);
    const outIds = [];
    try {
      let r = await this.step(cache, Array.from(promptIds));
      for (let s = 0; s < n; s++) {
        const id = temperature > 0 ? sample(r.logits, temperature, options.topK ?? 0, rng) : argmax(r.logits);
        outIds.push(id);
        if (options.onToken && (await options.onToken(id, s)) === false) break;
        if (stop.has(id) || s === n - 1) break;
        r = await this.step(cache, [id]);
      }
    } finally {
      cache.dispose();
    }
    return { ids: outIds, all: [...promptIds, ...outIds] };
  }
}

/** mulberry32: the small seeded PRNG of sampling (internal; tests use it for reproducible inputs). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample(logits, temperature, topK, rng) {
  const idx = Array.from(logits.keys());
  let cand = idx;
  if (topK > 0 && topK < logits.length) cand = idx.sort((a, b) => logits[b] - logits[a]).slice(0, topK);
  let m = -Infinity;
  for (const i of cand) m = Math.max(m, logits[i]);
  const w = cand.map((i) => Math.exp((logits[i] - m) / temperature));
  const total = w.reduce((a, b) => a + b, 0);
  let r = rng() * total;
  for (let j = 0; j < cand.length; j++) {
    r -= w[j];
    if (r <= 0) return cand[j];
  }
  return cand[cand.length - 1];
}

/**
 * Load a bundle (any loadBundle source) and build the model. options.backend selects the TF.js backend first
 * ('cpu' | 'wasm' | 'webgl' | 'webgpu'; default: keep the current one); options.wasmPaths for browsers; other
 * options go to the GPT constructor and to openBundle / loadBundle (fetch, readBytes, readRange, verifyHash). With
 * the wasm engine the weights are streamed (GPT.fromSource): a path or URL is read tensor by tensor, so the page
 * never holds the whole file. model.meta then carries the bundle's tokenizer block, weights_sha256 and provenance.
 */
export async function createModel(source, options = {}) {
  if (options.backend) await setBackend(options.backend, options);
  if (source && source.config && source.weights && source.container) return new GPT(source, options);
  // the wasm engine streams the weights from the file or URL, one tensor at a time; the op path loads it whole
  if (chooseExecutor(options.executor ?? GPT.defaults.executor) === 'wasm') {
    return GPT.fromSource(await openBundle(source, options), options);
  }
  return new GPT(await loadBundle(source, options), options);
}
