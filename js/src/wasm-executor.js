// The wasm engine: an Executor (executor.js) that runs the whole forward pass through emlx's own WebAssembly SIMD
// kernels (src/kernels/) on a WebAssembly.Memory it owns (heap.js), laid out by the heap plan shared with Python
// (SPEC_TABLE.heap, via recipe.js). TF.js is not involved at all.
//
// Why: on TF.js's wasm backend a decode step was ~80 op dispatches of 2-8 µs each, around matmuls that XNNPACK
// runs on a private, packed copy of every weight (doubling resident memory) and with no int8 path at all. Here a
// pass is one JS function: per layer a few kernel calls on raw heap offsets, weights read in place as the bundle
// stores them ([out, in], float32 or int8 with one scale per row: 1 byte per weight resident), KV caches written in
// place into per-layer buffers, no host round trip but the logits read.
//
// Semantics: docs/FORMATS.md "Forward", read from the recipe plan (recipe.js); float32 throughout, sums of squares
// in float64. Layouts (float offsets = byte offsets >>> 2):
//   activations rows   [n, C]            position-major, like the taps
//   queries            [H, n, D]          head-major: one head's n rows contiguous (the attention kernel's input)
//   keys / values      [KV, cap, D]       per layer, rows start..start+len of each head valid (the cache)
//   weights            [out, in]          as stored; int8 as raw bytes + float32 scale [out]
//
// Threads (options.threads = N > 1): every matmul goes through _matmul, which splits its output columns (rows of
// W) across the calling thread and N-1 workers that instantiate the same kernels on the shared Memory
// (threads.js); each output is computed by one thread in one thread's summation order (bit-identical results).
// Matmuls under THREADS_MIN_WORK multiply-adds, and everything else (norms, attention, activations), stay on the
// calling thread. Where SharedArrayBuffer is unavailable (a page that is not cross-origin isolated) the engine
// runs on one thread and says why in `threadsNote`.

import {
  instantiateKernels, kernelsModule, MATMUL_F32_PACK_MIN_ROWS, MATMUL_F32_SCRATCH_BYTES,
} from './kernels/index.js';
import { MatmulPool, OP, runOp, SHARE_ALIGN, THREADS_MIN_WORK, threadsUnavailable } from './threads.js';
import { Heap } from './heap.js';
import {
  recipePlan, isHostTensor, int8Bytes, floatValues, ropeMultipliers, ropeRows, scratchPlan, largestQuantLinear,
  widestQuantInput, quantXFloats,
  reserveCache, weightHeapBytes, HEAP,
} from './recipe.js';

const fr = Math.fround;
/** From this many rows on, an int8 or q4 matmul dequantises its weight once and runs the float32 GEMM. */
const INT8_GEMM_ROWS = 8;

/** Engine heaps not disposed yet, weakly held (a model dropped without dispose() can still be collected). */
const LIVE = new Set();

/** The largest live engine memory in bytes (0 when none): what a crashed run had (the harness reports it). */
export function engineHeapBytes() {
  let most = 0;
  for (const ref of LIVE) {
    const h = ref.deref();
    if (h) most = Math.max(most, h.bytes);
    else LIVE.delete(ref);
  }
  return most;
}

export class WasmExecutor {
  /**
   * spec: a parsed spec; tensors: {name: {dtype, shape}} of the bundle (already checked against the spec);
   * options.int8: 'float32' dequantises int8 weights at load, anything else keeps them int8 (1 byte each);
   * options.sharedMemory: a SharedArrayBuffer-backed memory (needs a cross-origin isolated page);
   * options.threads: matmuls on this many threads (default 1; > 1 implies sharedMemory, and falls back to 1 thread,
   * saying why in threadsNote, where SharedArrayBuffer or workers are unavailable). The workers start in the
   * background; pass() waits for them (passSync runs on one thread until they are up).
   */
  constructor(spec, tensors, options = {}) {
    this.kind = 'emlx-wasm-kernels';
    this.spec = spec;
    this.plan = recipePlan(spec);
    this.int8Resident = options.int8 !== 'float32';
    // weights and the first RoPE tables are known up front: start the memory at that size
    let weights = 0;
    for (const [name, t] of Object.entries(tensors)) {
      weights += weightHeapBytes(name, t.dtype, t.shape, this.int8Resident, t.q4).reduce((a, b) => a + b, 0);
    }
    const wanted = options.threads ?? 1;
    if (!Number.isInteger(wanted) || wanted < 1 || wanted > 64) {
      throw new Error(`GPT: options.threads must be an integer from 1 to 64, got ${JSON.stringify(wanted)}`);
    }
    this.threadsRequested = wanted;
    // tuning knobs for tests and benchmarks (benchmarks/bench_threads.mjs): matmuls of fewer multiply-adds stay on
    // the calling thread (options.threadsMinWork); options.threadsSpin: Atomics.load rounds before a thread sleeps
    this.threadsMinWork = options.threadsMinWork ?? THREADS_MIN_WORK;
    for (const [name, v] of [['threadsMinWork', this.threadsMinWork], ['threadsSpin', options.threadsSpin ?? 0]]) {
      if (!Number.isInteger(v) || v < 0) throw new Error(`GPT: options.${name} must be a non-negative integer, got ${JSON.stringify(v)}`);
    }
    this.threadsNote = null;
    const why = wanted > 1 ? threadsUnavailable() : null;
    if (why) this.threadsNote = `running on 1 thread instead of ${wanted}: ${why}`;
    const threaded = wanted > 1 && !why;
    this.heap = new Heap({ initialBytes: weights + (1 << 20), shared: !!options.sharedMemory || threaded });
    this._live = new WeakRef(this.heap);
    LIVE.add(this._live);
    this.K = instantiateKernels(this.heap.memory);
    this.w = {}; // name -> {off, s (scale offset or 0), rows, cols, int8, g (q4 group size, 0: not q4), affine}
    this.host = {}; // name -> Float32Array
    this._i8 = largestQuantLinear(spec, tensors, this.int8Resident);
    this._xq = quantXFloats(widestQuantInput(spec, tensors, this.int8Resident));
    this._scratch = 0;
    this._scratchBytes = 0;
    this._rope = null;
    this.disposed = false;
    this.pool = null;
    this._starting = null;
    if (threaded) {
      this._starting = MatmulPool.start(wanted, this.heap, kernelsModule(true), this.K, options.threadsSpin).then(
        (pool) => {
          if (this.disposed) pool.close();
          else this.pool = pool;
        },
        (e) => {
          this.threadsNote = `running on 1 thread instead of ${wanted}: the workers did not start (${e.message})`;
        },
      );
    }
  }

  /** Threads the matmuls run on now (1 until the workers are up, or when they could not start). */
  get threads() {
    return this.pool ? this.pool.threads : 1;
  }

  /** Matmuls shared by the threads so far (0 on one thread). */
  get threadJobs() {
    return this.pool ? this.pool.jobs : 0;
  }

  /** Resolves when the thread workers are up (or failed to start: then threadsNote says why). */
  async threadsReady() {
    if (this._starting) await this._starting;
  }

  /** Take one bundle tensor ({dtype, shape, data | bytes + scale}) onto the heap (or into a host array). */
  accept(name, w) {
    if (isHostTensor(name)) {
      this.host[name] = Float32Array.from(floatValues(w));
      return;
    }
    const n = w.shape.reduce((a, b) => a * b, 1);
    const rows = w.shape.length >= 2 ? w.shape[0] : 1;
    const entry = { rows, cols: rows ? n / rows : 0, int8: false, off: 0, s: 0, g: 0, affine: false };
    const h = this.heap;
    if (w.dtype === 'q4' && this.int8Resident) {
      // the nibbles as stored, and per group the float32 pair (s, f) with w = s * u + f: f = -8 s for a symmetric
      // group (exact in the kernels' float64: s is a float16 or float32 times a 4-bit integer), f = the offset for
      // an affine one (docs/FORMATS.md "q4 tensors")
      const G = w.q4.groupSize;
      const groups = n / G;
      entry.g = G;
      entry.affine = w.q4.affine;
      entry.off = h.alloc(n / 2, 'weights');
      entry.s = h.alloc(8 * groups, 'weights');
      const b = w.bytes ?? w.stored.bytes;
      h.u8.set(b instanceof Uint8Array ? b : new Uint8Array(b.buffer, b.byteOffset, b.byteLength), entry.off);
      const so = h.f32.subarray(entry.s >>> 2, (entry.s >>> 2) + 2 * groups);
      const { scale, offset } = w;
      for (let k = 0; k < groups; k++) {
        so[2 * k] = scale[k];
        so[2 * k + 1] = offset ? offset[k] : -8 * scale[k];
      }
    } else if (w.dtype === 'int8' && this.int8Resident) {
      entry.int8 = true;
      entry.off = h.alloc(n, 'weights');
      entry.s = h.alloc(4 * rows, 'weights');
      const q = int8Bytes(w);
      h.u8.set(new Uint8Array(q.buffer, q.byteOffset, q.byteLength), entry.off);
      h.f32.set(w.scale, entry.s >>> 2);
    } else {
      entry.off = h.alloc(4 * n, 'weights');
      h.f32.set(floatValues(w), entry.off >>> 2);
    }
    this.w[name] = entry;
  }

  /** After every tensor: read the host scalars, build the first RoPE tables. */
  finish() {
    const { plan } = this;
    const host = (name) => {
      if (!(name in this.host)) throw new Error(`GPT: bundle has no tensor "${name}"`);
      return this.host[name];
    };
    if (plan.residual === 'lambdas') {
      this.resid = Array.from(host('resid_lambdas'), fr);
      this.x0l = Array.from(host('x0_lambdas'), fr);
    }
    if (plan.smear) this.smearLambda = fr(host('smear_lambda')[0]);
    if (plan.backout) this.backoutLambda = fr(host('backout_lambda')[0]);
    this.logK = plan.layers.map((L) => (L.emlK ? fr(Math.log(host(L.emlK)[0])) : null));
    for (const L of plan.layers) {
      for (const lin of [L.q, L.k, L.v, L.proj, L.fc, L.down]) {
        if (!this.w[lin.weight]) throw new Error(`GPT: bundle has no tensor "${lin.weight}"`);
      }
    }
    if (plan.rope) this._growRope(1);
  }

  /** Bytes of the weights held: their heap blocks plus the few host arrays (gates, lambdas). */
  get residentWeightBytes() {
    const hostBytes = Object.values(this.host).reduce((a, x) => a + x.byteLength, 0);
    return (this.heap.byTag.weights ?? 0) + hostBytes;
  }

  get int8Weights() {
    return Object.values(this.w).some((w) => w.int8);
  }

  /** Whether q4 weights are kept as stored (half a byte each + a float32 scale and offset per group). */
  get q4Weights() {
    return Object.values(this.w).some((w) => w.g);
  }

  /** Whether the memory is a SharedArrayBuffer (kernels in several workers could share it). */
  get sharedMemory() {
    return this.heap.shared;
  }

  /** Live heap bytes per kind ({weights, rope, scratch, cache}), in all, the peak and the memory's size. */
  heapStats() {
    return this.heap.stats();
  }

  dispose() {
    if (this.disposed) return;
    this.disposed = true;
    LIVE.delete(this._live);
    if (this.pool) this.pool.close();
    this.pool = null;
    this.heap = null; // the memory goes with the last reference
    this.w = {};
    this.host = {};
  }

  // --- RoPE and scratch -------------------------------------------------------------------------------------

  /** The RoPE multiplier tables [rows, rd] on the heap for positions 0..rows-1 (recipe.js ropeRows). */
  _growRope(needed) {
    const rows = ropeRows(this.spec, needed);
    if (this._rope && this._rope.rows >= rows) return;
    const { C, S } = ropeMultipliers(this.spec, 0, rows);
    const h = this.heap;
    if (this._rope) {
      h.release(this._rope.c);
      h.release(this._rope.s);
    }
    const c = h.alloc(4 * C.length, 'rope');
    const s = h.alloc(4 * S.length, 'rope');
    h.f32.set(C, c >>> 2);
    h.f32.set(S, s >>> 2);
    this._rope = { rows, c, s };
  }

  /** Byte offset of a scratch block of at least `bytes` (reallocated at exactly that size when it grows). */
  _scratchFor(bytes) {
    if (bytes > this._scratchBytes) {
      this.heap.release(this._scratch);
      this._scratch = this.heap.alloc(bytes, 'scratch');
      this._scratchBytes = bytes;
    }
    return this._scratch;
  }

  // --- caches -----------------------------------------------------------------------------------------------

  createCache() {
    const engine = this;
    const empty = () => ({ k: 0, v: 0, cap: 0, start: 0, len: 0 });
    return {
      pos: 0,
      layers: this.plan.layers.map(empty),
      prevX: null,
      disposed: false,
      engine,
      dispose() {
        if (!this.disposed && !engine.disposed) {
          for (const l of this.layers) {
            engine.heap.release(l.k);
            engine.heap.release(l.v);
          }
        }
        this.layers = this.layers.map(empty);
        this.prevX = null;
        this.disposed = true;
      },
      sizes() {
        return this.layers.map((l) => l.len);
      },
    };
  }

  /** Make room for n more rows in layer i's cache (recipe.js reserveCache): compact in place or move to a bigger buffer. */
  _reserve(l, i, n) {
    const r = reserveCache(l, n, this.plan.layers[i].maxKeep);
    if (r.move === 'none') return;
    const { KV, D } = this.plan;
    const drop = l.len - r.len; // rows no query can see any more
    if (r.move === 'compact') {
      const h = this.heap.f32;
      for (const buf of [l.k, l.v]) {
        const base = buf >>> 2;
        for (let kv = 0; kv < KV; kv++) {
          const src = base + (kv * l.cap + l.start + drop) * D;
          h.copyWithin(base + kv * l.cap * D, src, src + r.len * D);
        }
      }
      Object.assign(l, { start: 0, len: r.len });
      return;
    }
    const nk = this.heap.alloc(4 * KV * r.cap * D, 'cache');
    const nv = this.heap.alloc(4 * KV * r.cap * D, 'cache');
    const h = this.heap.f32;
    if (l.k) {
      for (const [src, dst] of [[l.k, nk], [l.v, nv]]) {
        const sb = src >>> 2;
        const db = dst >>> 2;
        for (let kv = 0; kv < KV; kv++) {
          const s0 = sb + (kv * l.cap + l.start + drop) * D;
          h.copyWithin(db + kv * r.cap * D, s0, s0 + r.len * D);
        }
      }
      this.heap.release(l.k);
      this.heap.release(l.v);
    }
    Object.assign(l, { k: nk, v: nv, cap: r.cap, start: 0, len: r.len });
  }

  _trim(cache) {
    cache.layers.forEach((l, i) => {
      const keepN = Math.min(l.len, this.plan.layers[i].maxKeep);
      l.start += l.len - keepN;
      l.len = keepN;
    });
  }

  // --- the pass ---------------------------------------------------------------------------------------------

  /**
   * n new tokens at positions pos0.. (after what `cache` holds, or a stateless pass when cache is null).
   * opts: {taps: null | true | Set, tapRows: null | sorted positions (relative to pos0), rows: 'last' | 'all'}.
   * Returns {logits: Float32Array [rows x vocab], rows (count), taps: {name: {shape, data}}}.
   */
  async pass(ids, pos0, cache, opts) {
    if (this._starting) await this._starting;
    return this.passSync(ids, pos0, cache, opts);
  }

  passSync(ids, pos0, cache, opts) {
    if (this.disposed) throw new Error('GPT: model has been disposed');
    const { K, plan: P } = this;
    const { C, H, KV, D, G } = P;
    const n = ids.length;
    const V = P.vocab;
    const want = opts.taps;
    const wants = (name) => !!want && (want === true || want.has(name));
    const tapRows = opts.tapRows ?? null;
    const taps = {};
    if (P.rope) this._growRope(pos0 + n);

    const allRows = opts.rows === 'all';
    const needNormAll = allRows || wants('final_norm') || wants('logits');
    const lmRows = needNormAll ? n : 1;
    const keys = cache ? Math.max(...cache.layers.map((l, i) => Math.min(l.len, P.layers[i].maxKeep))) + n : n;
    const sp = scratchPlan(this.spec, { T: n, R: lmRows, K: keys, I8: this._i8, XQ: this._xq, stateless: !cache });
    const base = this._scratchFor(sp.bytes);
    this._pass = sp; // the pass's scratch layout, for _matmul's 'deq' and 'pack' regions
    this._base = base;
    const at = (name) => (base + sp.offsets[name]) >>> 2; // float index
    const bytes = (name) => base + sp.offsets[name];
    const qRow = H * D;
    const kvRow = KV * D;

    const tapOut = (name, fromIdx, width, layoutHeads = 0) => {
      // copy a tap out of the heap: rows [n, width] position-major, or head-major [heads, n, D] -> [n, heads, D]
      if (!wants(name)) return;
      const rows = tapRows ?? Array.from({ length: n }, (_, i) => i);
      const h = this.heap.f32;
      const out = new Float32Array(rows.length * width);
      rows.forEach((r, j) => {
        if (!layoutHeads) out.set(h.subarray(fromIdx + r * width, fromIdx + (r + 1) * width), j * width);
        else {
          for (let hh = 0; hh < layoutHeads; hh++) {
            const src = fromIdx + (hh * n + r) * D;
            out.set(h.subarray(src, src + D), j * width + hh * D);
          }
        }
      });
      taps[name] = { shape: layoutHeads ? [rows.length, layoutHeads, D] : [rows.length, width], data: out };
    };

    const prevX = this._embed(ids, pos0, cache, at('x'), at('h'));
    if (P.residual === 'lambdas') {
      const h = this.heap.f32;
      h.copyWithin(at('x0'), at('x'), at('x') + n * C);
    }
    tapOut('embed', at('x'), C);

    for (const L of P.layers) {
      const i = L.index;
      // x = resid * x + x0l * x0; h = norm(x)
      if (P.residual === 'lambdas') K.mix_rows(bytes('x'), bytes('x0'), bytes('x'), n * C, this.resid[i], this.x0l[i]);
      this._norm(bytes('x'), bytes('h'), n, L.attnNorm);

      // keys/values destination: the cache (after making room) or the pass's own buffers
      let kDst;
      let vDst;
      let kStride; // rows per head region
      let kFirst; // row index of the first key of this pass within a head region
      let nk;
      let kpos0;
      let l = null;
      if (cache) {
        l = cache.layers[i];
        this._reserve(l, i, n);
        kDst = l.k >>> 2;
        vDst = l.v >>> 2;
        kStride = l.cap;
        kFirst = l.start + l.len;
        nk = l.len + n;
        kpos0 = pos0 - l.len;
      } else {
        kDst = at('k');
        vDst = at('v');
        kStride = n;
        kFirst = 0;
        nk = n;
        kpos0 = 0;
      }

      // the last layer of a pass that returns only the last row's logits (and no taps) needs every row's keys and
      // values but the queries, attention and MLP of the last row only: rows q0..n-1 from here on (m of them)
      const q0 = i === P.layers.length - 1 && !want && opts.rows !== 'all' ? n - 1 : 0;
      const m = n - q0;
      this._linear(bytes('h') + 4 * q0 * C, L.q, bytes('t'), m);
      this._qk(at('t'), H, m, pos0 + q0, L.qNorm, (hh) => at('q') + hh * m * D);
      this._linear(bytes('h'), L.k, bytes('t'), n);
      this._qk(at('t'), KV, n, pos0, L.kNorm, (kv) => kDst + (kv * kStride + kFirst) * D);
      this._linear(bytes('h'), L.v, bytes('t'), n);
      this._values(L, ids, at('t'), at('h'), at('e'), (kv, t) => vDst + (kv * kStride + kFirst + t) * D);
      tapOut(`blocks.${i}.attn.q`, at('q'), qRow, H);
      for (const [name, dst] of [[`blocks.${i}.attn.k`, kDst], [`blocks.${i}.attn.v`, vDst]]) {
        if (!wants(name)) continue;
        const rows = tapRows ?? Array.from({ length: n }, (_, r) => r);
        const h = this.heap.f32;
        const out = new Float32Array(rows.length * kvRow);
        rows.forEach((r, j) => {
          for (let kv = 0; kv < KV; kv++) {
            const src = dst + (kv * kStride + kFirst + r) * D;
            out.set(h.subarray(src, src + D), j * kvRow + kv * D);
          }
        });
        taps[name] = { shape: [rows.length, KV, D], data: out };
      }

      // attention, one query head at a time over its kv head's keys
      const firstKey = cache ? l.start : 0;
      for (let hh = 0; hh < H; hh++) {
        const kv = Math.floor(hh / G);
        K.attention(4 * (at('q') + hh * m * D), 4 * (kDst + (kv * kStride + firstKey) * D),
          4 * (vDst + (kv * kStride + firstKey) * D), 4 * (at('att') + hh * m * D), bytes('sc'),
          m, nk, D, pos0 + q0, kpos0, L.window === null ? 0 : L.window, P.attnScale);
      }
      // [H, m, D] -> [m, H*D]
      let yName = 'att';
      if (m > 1) {
        for (let hh = 0; hh < H; hh++) K.copy_rows(bytes('att') + 4 * hh * m * D, 4 * D, bytes('y') + 4 * hh * D, 4 * qRow, m, 4 * D);
        yName = 'y';
      }
      const xq = bytes('x') + 4 * q0 * C;
      const hq = bytes('h') + 4 * q0 * C;
      this._linear(bytes(yName), L.proj, bytes('o'), m);
      tapOut(`blocks.${i}.attn_out`, at('o'), C);
      K.add_rows(xq, bytes('o'), xq, m * C);
      this._norm(xq, hq, m, L.mlpNorm);

      // MLP: act(L(m, c_gate)) * L(m, c_fc) when gated, else act(L(m, c_fc)); then c_proj
      if (L.gate) {
        this._linear(hq, L.gate, bytes('z'), m);
        this._linear(hq, L.fc, bytes('u'), m);
      } else {
        this._linear(hq, L.fc, bytes('z'), m);
      }
      this._activation(bytes('z'), L.gate ? bytes('u') : 0, m * P.hidden, i);
      this._linear(bytes('z'), L.down, bytes('o'), m);
      tapOut(`blocks.${i}.mlp_out`, at('o'), C);
      K.add_rows(xq, bytes('o'), xq, m * C);
      tapOut(`blocks.${i}.out`, at('x'), C);
      if (P.backout && i === P.backout.layer) {
        const h = this.heap.f32;
        h.copyWithin(at('xb'), at('x'), at('x') + n * C);
      }
      if (l) l.len += n;
    }

    // x - f32(lambda * xb), as f32(1 * x) + f32(-lambda * xb) (the negation is exact)
    if (P.backout) K.mix_rows(bytes('x'), bytes('xb'), bytes('x'), n * C, 1, -this.backoutLambda);
    // final norm over the rows anything needs, then the head over the rows returned or tapped
    const r0 = needNormAll ? 0 : n - 1;
    this._norm(bytes('x') + 4 * r0 * C, bytes('h') + 4 * r0 * C, n - r0, P.finalNorm);
    tapOut('final_norm', at('h'), C);
    const lg = at('lg');
    this._matmul(bytes('h') + 4 * r0 * C, this.w[P.head], 4 * lg, lmRows, V);
    if (P.softcap !== null) K.softcap(4 * lg, 4 * lg, lmRows * V, P.softcap);
    if (wants('logits')) tapOut('logits', lg, V);
    const h = this.heap.f32;
    const logits = allRows ? h.slice(lg, lg + n * V) : h.slice(lg + (lmRows - 1) * V, lg + lmRows * V);
    if (cache) {
      this._trim(cache);
      cache.prevX = prevX;
      cache.pos = pos0 + n;
    }
    return { logits, rows: allRows ? n : 1, taps };
  }

  // --- building blocks ----------------------------------------------------------------------------------------

  /** The recipe's norm over `rows` rows of C values at byte offsets src -> dst ({weight, bias} tensor names). */
  _norm(src, dst, rows, { weight, bias }, C = this.plan.C, mul = 1) {
    const P = this.plan;
    if (!P.norm.layer && !weight && !bias) {
      this.K.rmsnorm_rows(src, dst, rows, C, P.eps, mul);
    } else {
      this.K.norm_rows(src, dst, weight ? this.w[weight].off : 0, bias ? this.w[bias].off : 0, rows, C, P.eps, mul,
        P.norm.layer ? 1 : 0);
    }
  }

  /**
   * y[n, N] = x[n, cols] @ W^T (W [rows, cols] as stored; its first N rows). int8 and q4 weights are read in place
   * for a few rows (decode: x rows put in quant_x's fixed point in the pass's 'xq' region, with the group sums a q4
   * matmul needs, then matmul_i8x's / matmul_q4x's integer dot products; int8: matmul_i8 when cols is not a
   * multiple of 16); from INT8_GEMM_ROWS rows on they are dequantised once into the pass's 'deq' region and
   * multiplied as float32 (the kernels' measured crossover: converting inside the GEMM costs more than one pass
   * over W). The one place matmuls happen: with a thread pool, one of THREADS_MIN_WORK multiply-adds or more is
   * split over the threads by output columns (threads.js), the same kernel on each share.
   */
  _matmul(xb, w, yb, n, N = w.rows) {
    const K = this.K;
    const few = n < INT8_GEMM_ROWS;
    const at = this._pass.offsets;
    let op;
    if (w.g) op = few ? OP.Q4X : OP.Q4_DEQ_F32;
    else if (!w.int8) op = OP.F32;
    else if (few && w.cols % 16 === 0 && this._xq) op = OP.I8X;
    else op = few ? OP.I8 : OP.I8_DEQ_F32;
    let aux = 0;
    if (op === OP.Q4X || op === OP.I8X) { // x in fixed point (+ the q4 group sums), then integer dot products
      aux = this._base + at.xq;
      K.quant_x(xb, aux, n, w.cols, w.g);
    } else if (op === OP.Q4_DEQ_F32 || op === OP.I8_DEQ_F32) {
      aux = this._base + at.deq;
    }
    const affine = w.affine ? 1 : 0;
    const pool = this.pool;
    if (pool && n * w.cols * N >= this.threadsMinWork && N >= 2 * SHARE_ALIGN) {
      const packBytes = n >= MATMUL_F32_PACK_MIN_ROWS ? MATMUL_F32_SCRATCH_BYTES : 0;
      pool.run(op, xb, w.off, w.s, yb, n, w.cols, N, aux, packBytes, w.g, affine);
      return;
    }
    const pack = n >= MATMUL_F32_PACK_MIN_ROWS ? this._base + at.pack : 0; // the GEMM's packed panels
    runOp(K, op, xb, w.off, w.s, yb, n, w.cols, N, aux, pack, w.g, affine);
  }

  /** A linear layer ({weight, bias} names): the matmul, then the bias on every row when the recipe has one. */
  _linear(xb, lin, yb, n) {
    const w = this.w[lin.weight];
    this._matmul(xb, w, yb, n);
    if (lin.bias) this.K.bias_rows(yb, this.w[lin.bias].off, n, w.rows);
  }

  /** Rows `ids` of a table weight (float32 or int8) into heap floats at `dst`. */
  _gather(w, ids, dst) {
    const h = this.heap.f32;
    const cols = w.cols;
    if (w.g) {
      // q4 rows as the reference dequantises them (tensors.js dequantizeQ4): symmetric fround(s * (u - 8)), which
      // is fround(s * u + f) with f = -8 s exact; affine fround(fround(s * u) + o)
      const q = this.heap.u8;
      const so = w.s >>> 2;
      const G = w.g;
      ids.forEach((id, t) => {
        const o = dst + t * cols;
        const qb = w.off + (id * cols) / 2;
        const gb = so + 2 * ((id * cols) / G);
        for (let c = 0; c < cols; c++) {
          const byte = q[qb + (c >> 1)];
          const u = c & 1 ? byte >> 4 : byte & 15;
          const k = gb + 2 * Math.floor(c / G);
          h[o + c] = w.affine ? fr(fr(h[k] * u) + h[k + 1]) : h[k] * u + h[k + 1];
        }
      });
      return;
    }
    if (!w.int8) {
      const src = w.off >>> 2;
      ids.forEach((id, t) => h.copyWithin(dst + t * cols, src + id * cols, src + (id + 1) * cols));
      return;
    }
    const q = new Int8Array(this.heap.memory.buffer, w.off, w.rows * cols);
    const s = w.s >>> 2;
    ids.forEach((id, t) => {
      const sc = h[s + id];
      const o = dst + t * cols;
      const qb = id * cols;
      for (let c = 0; c < cols; c++) h[o + c] = q[qb + c] * sc;
    });
  }

  /**
   * The embedding rows of `ids` (+ learned positions, the embedding norm, smear) into x; h is scratch. Returns the
   * pre-smear row of the last token (the next cached step's smear input) when the recipe smears.
   */
  _embed(ids, pos0, cache, x, hOut) {
    const { K, plan: P } = this;
    const { C } = P;
    const n = ids.length;
    this._gather(this.w[P.embed.wte], ids, x);
    if (P.embed.wpe) {
      this._gather(this.w[P.embed.wpe], ids.map((_, t) => pos0 + t), hOut);
      K.add_rows(4 * x, 4 * hOut, 4 * x, n * C);
    }
    // raw: the rows smear reads (after positions and the norm)
    let raw = x;
    if (P.embed.norm) {
      this._norm(4 * x, 4 * hOut, n, P.embed.norm);
      raw = hOut;
    }
    if (!P.smear) {
      if (raw !== x) this.heap.f32.copyWithin(x, raw, raw + n * C);
      return null;
    }
    const h = this.heap.f32;
    const ch = P.smear.channels;
    const wg = this.host['smear_gate.weight'];
    const lam = this.smearLambda;
    const prevRaw = cache && pos0 > 0 ? cache.prevX : null;
    if (pos0 > 0 && !prevRaw) throw new Error('GPT: cache is missing the previous embedding row needed by smear');
    const last = h.slice(raw + (n - 1) * C, raw + n * C); // the pre-smear row of the last token, for the next step
    // x[t] = raw[t] + f32(lambda * sigmoid(gate . raw[t, :ch])) * raw[t-1]; from the last row down, so that an
    // in-place smear (raw == x) still reads each previous row before it changes
    for (let t = n - 1; t >= 0; t--) {
      const prev = t > 0 ? h.subarray(raw + (t - 1) * C, raw + t * C) : prevRaw;
      if (!prev) {
        if (raw !== x) h.copyWithin(x + t * C, raw + t * C, raw + (t + 1) * C);
        continue;
      }
      let z = 0;
      for (let c = 0; c < ch; c++) z += h[raw + t * C + c] * wg[c];
      const gate = fr(1 / (1 + Math.exp(-fr(z))));
      const g = fr(lam * gate);
      for (let c = 0; c < C; c++) h[x + t * C + c] = h[raw + t * C + c] + fr(g * prev[c]);
    }
    return last;
  }

  /**
   * Queries or keys: `heads` heads of `rows` rows at float index src ([rows, heads*D], positions p0..) into
   * head-major rows at dstOf(j) + r*D: the q/k norm before or after RoPE (weighted when the recipe says), RoPE over
   * the first rd channels (the rest copied), the q/k scale.
   */
  _qk(src, heads, rows, p0, normWeight, dstOf) {
    const { K, plan: P } = this;
    const { D } = P;
    const qk = P.qkNorm;
    const rowBytes = 4 * heads * D;
    if (qk && qk.order === 'before_rope') this._norm(4 * src, 4 * src, rows * heads, { weight: normWeight, bias: null }, D);
    for (let j = 0; j < heads; j++) {
      const dst = 4 * dstOf(j);
      const from = 4 * (src + j * D);
      if (P.rope) {
        const { rd, half } = P.rope;
        const c = this._rope.c + 4 * p0 * rd;
        const s = this._rope.s + 4 * p0 * rd;
        K.rope_rows(from, rowBytes, dst, 4 * D, c, s, rows, rd, half ? 1 : 0);
        if (rd < D) K.copy_rows(from + 4 * rd, rowBytes, dst + 4 * rd, 4 * D, rows, 4 * (D - rd));
      } else {
        K.copy_rows(from, rowBytes, dst, 4 * D, rows, 4 * D);
      }
      if (qk && qk.order === 'after_rope') {
        this._norm(dst, dst, rows, { weight: normWeight, bias: null }, D, P.qkScale); // the scale folded in
      } else if (P.qkScale !== 1) {
        K.mix_rows(dst, dst, dst, rows * D, P.qkScale, 0); // f32(s * x) + f32(0 * x) = f32(s * x)
      }
    }
  }

  /** Values [n, KV*D] at `src` (+ the gated value embedding on value-embedding layers) written to dstOf(kv, t). */
  _values(L, ids, src, hn, veAt, dstOf) {
    const { KV, D, C } = this.plan;
    const n = ids.length;
    let gates = null;
    if (L.ve) {
      const spec = this.spec;
      const wg = this.host[L.ve.gate]; // [KV, gch]
      const gch = spec.value_embed.gate_channels;
      const gs = fr(spec.value_embed.gate_scale);
      const h = this.heap.f32;
      gates = new Float32Array(n * KV);
      for (let t = 0; t < n; t++) {
        for (let kv = 0; kv < KV; kv++) {
          let z = 0;
          for (let c = 0; c < gch; c++) z += h[hn + t * C + c] * wg[kv * gch + c];
          gates[t * KV + kv] = fr(gs * fr(1 / (1 + Math.exp(-fr(z)))));
        }
      }
      this._gather(this.w[L.ve.table], ids, veAt);
    }
    const h = this.heap.f32;
    for (let t = 0; t < n; t++) {
      for (let kv = 0; kv < KV; kv++) {
        const s0 = src + (t * KV + kv) * D;
        const dst = dstOf(kv, t);
        if (gates) {
          // v + f32(g * e): one f32 product and one f32 sum per value
          this.K.mix_rows(4 * s0, 4 * (veAt + (t * KV + kv) * D), 4 * dst, D, 1, gates[t * KV + kv]);
        } else {
          h.copyWithin(dst, s0, s0 + D);
        }
      }
    }
  }

  /**
   * The MLP activation over `count` floats at byte offset z, in place: act(z), or act(z) * u when gated (u != 0).
   * relu2, relu, silu, gelu_tanh and gelu_erf are kernels; EML runs here per element (docs/DESIGN.md §2).
   */
  _activation(z, u, count, i) {
    const { K, plan: P } = this;
    const kind = P.activation.kind;
    if (kind !== 'eml') {
      if (u) K[`${kind}_mul`](z, u, z, count);
      else K[kind](z, z, count);
      return;
    }
    const h = this.heap.f32;
    const { exp_clamp: clamp, log_floor: floor } = P.activation.params;
    const cl = fr(clamp);
    const fl = fr(floor);
    const logK = this.logK[i];
    const z0 = z >>> 2;
    for (let j = z0; j < z0 + count; j++) {
      const ez = fr(Math.exp(Math.min(h[j], cl)));
      h[j] = ez - fr(Math.log(Math.max(fr(ez - logK), fl)));
    }
    if (u) K.mul_rows(z, u, z, count);
  }
}

export { HEAP };
