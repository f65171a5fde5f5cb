// The wasm engine: the whole GPT forward pass on TF.js's wasm heap, through emlx's own WebAssembly SIMD kernels
// (js/src/kernels/), with TF.js kept as the owner of the memory only.
//
// Why: on TF.js's wasm backend a decode step was ~80 op dispatches of 2-8 µs each, around matmuls that XNNPACK
// runs on a private, packed copy of every weight (doubling resident memory) and with no int8 path at all. Here a
// pass is one JS function: per layer a few kernel calls on raw heap offsets, weights read in place as the bundle
// stores them ([out, in], float32 or int8 with one scale per row: 1 byte per weight resident), KV caches written in
// place into preallocated per-layer buffers, no host round trip but the logits read.
//
// Semantics are the ModelSpec's, as in model.js's TF.js op path (docs/FORMATS.md "Forward"); float32 throughout,
// rounding where that path rounds (Math.fround marks each float32 step), sums of squares in float64.
//
// Layouts (float offsets into the heap, 4 bytes each):
//   activations rows   [n, C]            position-major, like the taps
//   queries            [H, n, D]          head-major: one head's n rows contiguous (the attention kernel's input)
//   keys / values      [KV, cap, D]       per layer, rows start..start+len of each head valid (the cache)
//   weights            [out, in]          as stored; int8 as raw bytes in an int32 tensor + float32 scale [out]

import * as tf from '@tensorflow/tfjs';
import { ropeMultipliers } from './rope.js';
import { MATMUL_F32_SCRATCH_BYTES, MATMUL_F32_PACK_MIN_ROWS } from './kernels/index.js';

const fr = Math.fround;
/** From this many rows on, an int8 matmul dequantises its weight once and runs the float32 GEMM. */
const INT8_GEMM_ROWS = 8;

/** A weight as the engine holds it: float32 [out, in] or int8 [out, in] + scale [out], in TF.js tensors. */
class Weight {
  constructor(engine, name, w, int8Resident) {
    const [rows, cols] = w.shape.length === 2 ? w.shape : [w.shape[0], 1];
    this.name = name;
    this.rows = rows;
    this.cols = cols;
    if (w.dtype === 'int8' && int8Resident) {
      const bytes = int8Bytes(w);
      const padded = new Uint8Array(Math.ceil(bytes.byteLength / 4) * 4);
      padded.set(bytes);
      this.q = engine.keep(tf.tensor1d(new Int32Array(padded.buffer), 'int32'));
      this.s = engine.keep(tf.tensor1d(Float32Array.from(w.scale), 'float32'));
      this.int8 = true;
    } else {
      this.t = engine.keep(tf.tensor1d(floatData(w), 'float32'));
      this.int8 = false;
    }
  }

  get bytes() {
    return this.int8 ? this.q.size * 4 + this.s.size * 4 : this.t.size * 4;
  }
}

function int8Bytes(w) {
  const b = w.bytes ?? w.stored.bytes;
  return b instanceof Uint8Array ? b : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** Float32 values of a loaded tensor (int8 dequantised: q * scale rounded to float32 once, as the reference does). */
function floatData(w) {
  if (w.dtype !== 'int8') return w.data;
  const b = int8Bytes(w);
  const q = new Int8Array(b.buffer, b.byteOffset, b.byteLength);
  const rows = w.shape[0];
  const cols = rows ? q.length / rows : 0;
  const out = new Float32Array(q.length);
  for (let r = 0; r < rows; r++) {
    const s = w.scale[r];
    for (let c = 0, o = r * cols; c < cols; c++) out[o + c] = q[o + c] * s;
  }
  return out;
}

function scalarOf(w) {
  const v = w.dtype === 'int8' ? null : w.data;
  if (!v || v.length !== 1) throw new Error(`expected a float scalar, got ${w.dtype} of shape ${JSON.stringify(w.shape)}`);
  return v[0];
}

/**
 * The engine of one model. Built empty, then fed every bundle tensor once (accept(name, tensor), in any order:
 * each is uploaded at once and can be dropped by the caller), then finish(). A pass needs the kernels of the
 * TF.js wasm backend it was built on.
 */
export class WasmEngine {
  constructor(spec, kernels, options = {}) {
    this.spec = spec;
    this.K = kernels;
    this.int8Resident = options.int8Resident !== false;
    this.tensors = [];
    this.w = {};
    this.scalars = {};
    this.small = {}; // tiny weights read from JS (gates): Float32Array, row-major [out, in]
    this._scratch = null;
    this._scratchFloats = 0;
    const { n_head: H, n_kv_head: KV, head_dim: D, n_embd: C } = spec;
    Object.assign(this, { H, KV, D, C, G: H / KV, hidden: spec.mlp_hidden });
    this.eps = fr(spec.norm_eps);
    this.qkScale = fr(spec.qk_scale);
    this.attScale = fr(1 / Math.sqrt(D));
    this.maxKeep = spec.window.map((w) => (w === null ? Infinity : w - 1));
    this._ropeCap = 0;
  }

  keep(t) {
    this.tensors.push(t);
    return t;
  }

  /** Take one bundle tensor ({dtype, shape, data | bytes + scale}) onto the heap. */
  accept(name, w) {
    if (/^blocks\.\d+\.attn\.ve_gate\.weight$/.test(name) || name === 'smear_gate.weight') {
      this.small[name] = Float32Array.from(floatData(w));
    } else if (w.shape.length <= 1 && !name.startsWith('value_embeds.')) {
      // lambdas and eml_k are read as numbers
      this.scalars[name] = w.shape.length === 0 || w.shape[0] === 1 ? scalarOf(w) : Float32Array.from(floatData(w));
    } else {
      this.w[name] = new Weight(this, name, w, this.int8Resident);
    }
  }

  finish() {
    const spec = this.spec;
    const s = this.scalars;
    const num = (name) => {
      if (!(name in s)) throw new Error(`GPT: bundle has no tensor "${name}"`);
      return s[name];
    };
    this.resid = Array.from(num('resid_lambdas'), fr);
    this.x0l = Array.from(num('x0_lambdas'), fr);
    if (spec.smear) this.smearLambda = fr(num('smear_lambda'));
    if (spec.backout) this.backoutLambda = fr(num('backout_lambda'));
    this.logK = spec.activation.kind === 'eml'
      ? Array.from({ length: spec.n_layer }, (_, i) => fr(Math.log(num(`blocks.${i}.mlp.eml_k`))))
      : null;
    this.veLayers = new Set(spec.value_embed ? spec.value_embed.layers : []);
    this._growRope(Math.min(spec.sequence_len, 256));
  }

  /** Bytes of the weights held: on the heap, plus the few tiny ones (gates, lambdas) held in JS. */
  get residentWeightBytes() {
    const small = Object.values(this.small).reduce((a, x) => a + x.byteLength, 0);
    const scalars = Object.values(this.scalars).reduce((a, x) => a + (typeof x === 'number' ? 4 : x.byteLength), 0);
    return this.tensors.reduce((a, t) => a + 4 * t.size, 0) + small + scalars;
  }

  get int8Weights() {
    return Object.values(this.w).some((w) => w.int8);
  }

  dispose() {
    for (const t of this.tensors) t.dispose();
    this.tensors = [];
    if (this._scratch) this._scratch.dispose();
    this._scratch = null;
    if (this._deq) this._deq.dispose();
    this._deq = null;
    if (this._pack) this._pack.dispose();
    this._pack = null;
    this._disposeRope();
  }

  /** The RoPE multiplier tables [cap, D] (rope.js) on the heap, for positions 0..cap-1. */
  _growRope(cap) {
    const { C: Cm, S } = ropeMultipliers(this.spec, 0, cap);
    this._disposeRope();
    this._ropeC = tf.tensor1d(Cm, 'float32');
    this._ropeS = tf.tensor1d(S, 'float32');
    this._ropeCap = cap;
  }

  _disposeRope() {
    if (this._ropeC) this._ropeC.dispose();
    if (this._ropeS) this._ropeS.dispose();
    this._ropeC = this._ropeS = null;
  }

  // --- memory -----------------------------------------------------------------------------------------------

  _backend() {
    return tf.backend();
  }

  /** Byte offset of a tensor's data on the heap. */
  ptr(t) {
    return this._backend().dataIdMap.get(t.dataId).memoryOffset;
  }

  /** The heap as float32 (re-read after anything that may allocate: a grown heap detaches older views). */
  heap() {
    return new Float32Array(this._backend().wasm.HEAPU8.buffer);
  }

  heapU8() {
    return this._backend().wasm.HEAPU8;
  }

  /** Byte offset of `floats` of scratch space (grown by doubling; the contents are not kept across growth). */
  scratch(floats) {
    if (floats > this._scratchFloats) {
      if (this._scratch) this._scratch.dispose();
      const n = Math.max(floats, 2 * this._scratchFloats);
      this._scratch = tf.zeros([n], 'float32');
      this._scratchFloats = n;
    }
    return this.ptr(this._scratch);
  }

  // --- caches -----------------------------------------------------------------------------------------------

  createCache() {
    const engine = this;
    const empty = () => ({ k: null, v: null, cap: 0, start: 0, len: 0 });
    return {
      pos: 0,
      layers: this.spec.window.map(empty),
      prevX: null,
      disposed: false,
      engine,
      dispose() {
        for (const l of this.layers) {
          if (l.k) l.k.dispose();
          if (l.v) l.v.dispose();
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

  /** Make room for `n` more rows in a layer cache: drop rows no query can see any more, then grow by doubling. */
  _reserve(l, i, n) {
    const { KV, D } = this;
    if (l.start + l.len + n <= l.cap) return;
    const keepN = Math.min(l.len, this.maxKeep[i]);
    const drop = l.len - keepN;
    // compact only when that leaves the buffer at least half free (so it happens every ~cap/2 steps, O(1) per
    // step amortised); otherwise grow
    if (l.k && l.cap >= 2 * keepN + n) {
      // compact in place: each head's kept rows move to the front of its region
      const h = this.heap();
      for (const t of [l.k, l.v]) {
        const base = this.ptr(t) >>> 2;
        for (let kv = 0; kv < KV; kv++) {
          const src = base + (kv * l.cap + l.start + drop) * D;
          h.copyWithin(base + kv * l.cap * D, src, src + keepN * D);
        }
      }
      l.start = 0;
      l.len = keepN;
      return;
    }
    let cap = Math.max(16, 2 * l.cap, keepN + n);
    // a window bounds what is kept: twice that (+ the new rows) is enough for compaction from then on
    if (this.maxKeep[i] !== Infinity) cap = Math.max(keepN + n, Math.min(cap, 2 * this.maxKeep[i] + n + 16));
    const nk = tf.zeros([KV * cap * D], 'float32');
    const nv = tf.zeros([KV * cap * D], 'float32');
    if (l.k) {
      const h = this.heap();
      for (const [src, dst] of [[l.k, nk], [l.v, nv]]) {
        const sb = this.ptr(src) >>> 2;
        const db = this.ptr(dst) >>> 2;
        for (let kv = 0; kv < KV; kv++) {
          const s0 = sb + (kv * l.cap + l.start + drop) * D;
          h.copyWithin(db + kv * cap * D, s0, s0 + keepN * D);
        }
      }
      l.k.dispose();
      l.v.dispose();
    }
    Object.assign(l, { k: nk, v: nv, cap, start: 0, len: keepN });
  }

  // --- the pass ---------------------------------------------------------------------------------------------

  /**
   * n new tokens at positions pos0.. (after what `cache` holds, or a stateless pass when cache is null).
   * opts: {taps: null | true | Set, tapRows: null | sorted positions (relative to pos0), rows: 'last' | 'all'}.
   * Returns {logits: Float32Array [rows x V], rows (count), taps: {name: {shape, data}}}.
   */
  pass(ids, pos0, cache, opts) {
    const { spec, K, H, KV, D, C, G, hidden } = this;
    const n = ids.length;
    const V = spec.vocab_size;
    const want = opts.taps;
    const wants = (name) => !!want && (want === true || want.has(name));
    const tapRows = opts.tapRows ?? null;
    const taps = {};
    if (pos0 + n > this._ropeCap) this._growRope(Math.max(2 * this._ropeCap, pos0 + n));

    // scratch plan (floats)
    const qRow = H * D;
    const kvRow = KV * D;
    const plan = {};
    let off = 0;
    const region = (name, floats) => {
      plan[name] = off;
      off += Math.ceil(floats / 4) * 4; // 16-byte aligned regions
    };
    region('x', n * C);
    region('x0', n * C);
    region('h', n * C);
    region('t', n * Math.max(qRow, kvRow, C));
    region('q', n * qRow);
    region('att', n * qRow);
    region('y', n * qRow);
    region('o', n * C);
    region('z', n * hidden);
    if (!cache) {
      region('k', n * kvRow);
      region('v', n * kvRow);
    }
    if (spec.backout) region('xb', n * C);
    if (this.veLayers.size) region('e', n * kvRow);
    const allRows = opts.rows === 'all';
    const needNormAll = allRows || wants('final_norm') || wants('logits');
    const lmRows = needNormAll ? n : 1;
    region('lg', lmRows * V);
    const maxKeys = cache ? Math.max(...cache.layers.map((l, i) => Math.min(l.len, this.maxKeep[i]))) + n : n;
    region('sc', maxKeys + 16); // attention scores of one query row
    const base = this.scratch(off) >>> 2; // float index of the scratch
    const at = (name) => base + plan[name];
    const bytes = (name) => 4 * at(name);

    const tapOut = (name, fromIdx, width, layoutHeads = 0) => {
      // copy a tap out of the heap: rows [n, width] position-major, or head-major [heads, n, D] -> [n, heads, D]
      if (!wants(name)) return;
      const rows = tapRows ?? Array.from({ length: n }, (_, i) => i);
      const h = this.heap();
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

    // embedding (+ smear)
    this._embedRows(ids, at('x'), at('h'));
    let prevX = null;
    if (spec.smear) {
      const h = this.heap();
      const raw = at('h');
      const ch = spec.smear.channels;
      const wg = this.small['smear_gate.weight'];
      const lam = this.smearLambda;
      const prevRaw = cache && pos0 > 0 ? cache.prevX : null;
      if (pos0 > 0 && !prevRaw) throw new Error('GPT: cache is missing the previous embedding row needed by smear');
      prevX = h.slice(raw + (n - 1) * C, raw + n * C); // the pre-smear row of the last token, for the next step
      const x = at('x');
      for (let t = 0; t < n; t++) {
        const prev = t > 0 ? h.subarray(raw + (t - 1) * C, raw + t * C) : prevRaw;
        if (!prev) {
          h.copyWithin(x + t * C, raw + t * C, raw + (t + 1) * C);
          continue;
        }
        let z = 0;
        for (let c = 0; c < ch; c++) z += h[raw + t * C + c] * wg[c];
        const gate = fr(1 / (1 + Math.exp(-fr(z))));
        const g = fr(lam * gate);
        for (let c = 0; c < C; c++) h[x + t * C + c] = h[raw + t * C + c] + fr(g * prev[c]);
      }
    } else {
      this.heap().copyWithin(at('x'), at('h'), at('h') + n * C);
    }
    {
      const h = this.heap();
      h.copyWithin(at('x0'), at('x'), at('x') + n * C);
    }
    tapOut('embed', at('x0'), C);

    for (let i = 0; i < spec.n_layer; i++) {
      const p = `blocks.${i}.`;
      const window = spec.window[i];
      // x = resid * x + x0l * x0; h = norm(x)
      K.mix_rows(bytes('x'), bytes('x0'), bytes('x'), n * C, this.resid[i], this.x0l[i]);
      K.rmsnorm_rows(bytes('x'), bytes('h'), n, C, this.eps, 1);

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
        kDst = this.ptr(l.k) >>> 2;
        vDst = this.ptr(l.v) >>> 2;
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

      // q: matmul, RoPE, per-head norm, q/k scale, head-major
      // the last layer of a pass that returns only the last row's logits (and no taps) needs every row's keys and
      // values but the queries, attention and MLP of the last row only: rows q0..n-1 from here on (m of them)
      const q0 = i === spec.n_layer - 1 && !want && opts.rows !== 'all' ? n - 1 : 0;
      const m = n - q0;
      this._linear(bytes('h') + 4 * q0 * C, this.w[p + 'attn.c_q.weight'], bytes('t'), m);
      this._rope(at('t'), H, m, pos0 + q0, (hh) => at('q') + hh * m * D);
      this._linear(bytes('h'), this.w[p + 'attn.c_k.weight'], bytes('t'), n);
      this._rope(at('t'), KV, n, pos0, (kv) => kDst + (kv * kStride + kFirst) * D);
      this._linear(bytes('h'), this.w[p + 'attn.c_v.weight'], bytes('t'), n);
      this._values(i, ids, at('t'), at('h'), at('e'), (kv, t) => vDst + (kv * kStride + kFirst + t) * D);
      tapOut(`blocks.${i}.attn.q`, at('q'), qRow, H);
      if (wants(`blocks.${i}.attn.k`) || wants(`blocks.${i}.attn.v`)) {
        for (const [name, dst] of [[`blocks.${i}.attn.k`, kDst], [`blocks.${i}.attn.v`, vDst]]) {
          if (!wants(name)) continue;
          const rows = tapRows ?? Array.from({ length: n }, (_, r) => r);
          const h = this.heap();
          const out = new Float32Array(rows.length * kvRow);
          rows.forEach((r, j) => {
            for (let kv = 0; kv < KV; kv++) {
              const src = dst + (kv * kStride + kFirst + r) * D;
              out.set(h.subarray(src, src + D), j * kvRow + kv * D);
            }
          });
          taps[name] = { shape: [rows.length, KV, D], data: out };
        }
      }

      // attention, one query head at a time over its kv head's keys
      const firstKey = cache ? l.start : 0;
      for (let hh = 0; hh < H; hh++) {
        const kv = Math.floor(hh / G);
        K.attention(4 * (at('q') + hh * m * D), 4 * (kDst + (kv * kStride + firstKey) * D),
          4 * (vDst + (kv * kStride + firstKey) * D), 4 * (at('att') + hh * m * D), bytes('sc'),
          m, nk, D, pos0 + q0, kpos0, window === null ? 0 : window, this.attScale);
      }
      // [H, m, D] -> [m, H*D]
      let yName = 'att';
      if (m > 1) {
        const h = this.heap();
        const src = at('att');
        const dst = at('y');
        for (let hh = 0; hh < H; hh++) {
          for (let t = 0; t < m; t++) h.copyWithin(dst + t * qRow + hh * D, src + (hh * m + t) * D, src + (hh * m + t + 1) * D);
        }
        yName = 'y';
      }
      const xq = at('x') + q0 * C;
      const hq = at('h') + q0 * C;
      this._linear(bytes(yName), this.w[p + 'attn.c_proj.weight'], bytes('o'), m);
      tapOut(`blocks.${i}.attn_out`, at('o'), C);
      this._addInPlace(xq, at('o'), m * C);
      K.rmsnorm_rows(4 * xq, 4 * hq, m, C, this.eps, 1);

      // MLP
      this._linear(4 * hq, this.w[p + 'mlp.c_fc.weight'], bytes('z'), m);
      this._activation(at('z'), m * hidden, i);
      this._linear(bytes('z'), this.w[p + 'mlp.c_proj.weight'], bytes('o'), m);
      tapOut(`blocks.${i}.mlp_out`, at('o'), C);
      this._addInPlace(xq, at('o'), m * C);
      tapOut(`blocks.${i}.out`, at('x'), C);
      if (spec.backout && i === spec.backout.layer) this.heap().copyWithin(at('xb'), at('x'), at('x') + n * C);
      if (l) l.len += n;
    }

    // x - f32(lambda * xb), as f32(1 * x) + f32(-lambda * xb) (the negation is exact)
    if (spec.backout) K.mix_rows(bytes('x'), bytes('xb'), bytes('x'), n * C, 1, -this.backoutLambda);
    // final norm over the rows anything needs, then the head over the rows returned or tapped
    const r0 = needNormAll ? 0 : n - 1;
    K.rmsnorm_rows(4 * (at('x') + r0 * C), 4 * (at('h') + r0 * C), n - r0, C, this.eps, 1);
    tapOut('final_norm', at('h'), C);
    const lg = at('lg');
    this._linear(4 * (at('h') + r0 * C), this.w['lm_head.weight'], 4 * lg, lmRows, V);
    if (spec.softcap !== null) this._softcap(lg, lmRows * V);
    if (wants('logits')) tapOut('logits', lg, V);
    const h = this.heap();
    const logits = allRows ? h.slice(lg, lg + n * V) : h.slice(lg + (lmRows - 1) * V, lg + lmRows * V);
    if (cache) {
      this._trim(cache);
      cache.prevX = prevX;
      cache.pos = pos0 + n;
    }
    return { logits, rows: allRows ? n : 1, taps };
  }

  _trim(cache) {
    cache.layers.forEach((l, i) => {
      const keepN = Math.min(l.len, this.maxKeep[i]);
      l.start += l.len - keepN;
      l.len = keepN;
    });
  }

  /**
   * y[n, N] = x[n, cols] @ W^T (W [rows, cols] as stored; its first N rows). int8 weights are read in place for a
   * few rows (decode); from INT8_GEMM_ROWS rows on they are dequantised once into a float32 buffer and multiplied
   * as float32 (the kernels' measured crossover: converting inside the GEMM costs more than one pass over W).
   */
  _linear(xb, w, yb, n, N = w.rows) {
    const pack = n >= MATMUL_F32_PACK_MIN_ROWS ? this._packScratch() : 0; // the GEMM's packed panels
    if (!w.int8) {
      this.K.matmul_f32(xb, this.ptr(w.t), yb, n, w.cols, N, pack);
    } else if (n < INT8_GEMM_ROWS) {
      this.K.matmul_i8(xb, this.ptr(w.q), this.ptr(w.s), yb, n, w.cols, N);
    } else {
      const floats = N * w.cols;
      if (!this._deq || this._deq.size < floats) {
        if (this._deq) this._deq.dispose();
        this._deq = tf.zeros([floats], 'float32');
      }
      const d = this.ptr(this._deq);
      this.K.dequant_i8(this.ptr(w.q), this.ptr(w.s), d, N, w.cols);
      this.K.matmul_f32(xb, d, yb, n, w.cols, N, pack);
    }
  }

  /** Byte offset of the matmul kernel's panel scratch (made once, MATMUL_F32_SCRATCH_BYTES). */
  _packScratch() {
    if (!this._pack) this._pack = tf.zeros([Math.ceil(MATMUL_F32_SCRATCH_BYTES / 4)], 'float32');
    return this.ptr(this._pack);
  }

  _addInPlace(x, y, count) {
    this.K.add_rows(4 * x, 4 * y, 4 * x, count);
  }

  /** cap * tanh(v / cap) in place over `count` floats at `at` (the softcap kernel). */
  _softcap(at, count) {
    this.K.softcap(4 * at, 4 * at, count, fr(this.spec.softcap));
  }

  /** Rows `ids` of the token embedding, into x; then normed into h (h keeps the raw normed rows). */
  _embedRows(ids, x, hOut) {
    const { C } = this;
    this._gather(this.w['wte.weight'], ids, x);
    this.K.rmsnorm_rows(4 * x, 4 * hOut, ids.length, C, this.eps, 1);
  }

  /** Rows `ids` of a table weight (float32 or int8) into heap floats at `dst`. */
  _gather(w, ids, dst) {
    const h = this.heap();
    const cols = w.cols;
    if (!w.int8) {
      const src = this.ptr(w.t) >>> 2;
      ids.forEach((id, t) => h.copyWithin(dst + t * cols, src + id * cols, src + (id + 1) * cols));
      return;
    }
    const q = new Int8Array(this.heapU8().buffer, this.ptr(w.q), w.rows * cols);
    const s = this.ptr(w.s) >>> 2;
    ids.forEach((id, t) => {
      const sc = h[s + id];
      const o = dst + t * cols;
      const qb = id * cols;
      for (let c = 0; c < cols; c++) h[o + c] = q[qb + c] * sc;
    });
  }

  /**
   * RoPE (x * C + x[partner] * S), then the per-head RMS norm with the q/k scale, of `heads` heads of n rows at
   * `src` [n, heads*D] (positions pos0..): head j's rows go to headDst(j) + t*D (head-major, contiguous rows).
   */
  _rope(src, heads, n, pos0, headDst) {
    const { D, K } = this;
    const half = this.spec.rope.style === 'half' ? 1 : 0;
    const c = this.ptr(this._ropeC) + 4 * pos0 * D;
    const s = this.ptr(this._ropeS) + 4 * pos0 * D;
    for (let j = 0; j < heads; j++) {
      const dst = 4 * headDst(j);
      K.rope_rows(4 * (src + j * D), 4 * heads * D, dst, 4 * D, c, s, n, D, half);
      K.rmsnorm_rows(dst, dst, n, D, this.eps, this.qkScale);
    }
  }

  /** Values [n, KV*D] at `src` (+ the gated value embedding on value-embedding layers) written to dstOf(kv, t). */
  _values(i, ids, src, hn, veAt, dstOf) {
    const { KV, D, C } = this;
    const n = ids.length;
    const ve = this.veLayers.has(i) ? this.w[`value_embeds.${i}.weight`] : null;
    let gates = null;
    if (ve) {
      // value-embedding rows go past the values in the 'y' region (free until attention ends)
      const spec = this.spec;
      const wg = this.small[`blocks.${i}.attn.ve_gate.weight`]; // [KV, gch]
      const gch = spec.value_embed.gate_channels;
      const gs = fr(spec.value_embed.gate_scale);
      const h = this.heap();
      gates = new Float32Array(n * KV);
      for (let t = 0; t < n; t++) {
        for (let kv = 0; kv < KV; kv++) {
          let z = 0;
          for (let c = 0; c < gch; c++) z += h[hn + t * C + c] * wg[kv * gch + c];
          gates[t * KV + kv] = fr(gs * fr(1 / (1 + Math.exp(-fr(z)))));
        }
      }
      this._gather(ve, ids, veAt);
    }
    const h = this.heap();
    for (let t = 0; t < n; t++) {
      for (let kv = 0; kv < KV; kv++) {
        const s0 = src + (t * KV + kv) * D;
        const dst = dstOf(kv, t);
        if (ve) {
          // v + f32(g * e): one f32 product and one f32 sum per value
          this.K.mix_rows(4 * s0, 4 * (veAt + (t * KV + kv) * D), 4 * dst, D, 1, gates[t * KV + kv]);
        } else {
          h.copyWithin(dst, s0, s0 + D);
        }
      }
    }
  }

  /** The MLP activation in place over `count` floats at `z`: relu² or EML (docs/DESIGN.md §2). */
  _activation(z, count, i) {
    const h = this.heap();
    if (this.spec.activation.kind === 'relu2') {
      this.K.relu2(4 * z, 4 * z, count);
      return;
    }
    const { exp_clamp: clamp, log_floor: floor } = this.spec.activation.params;
    const cl = fr(clamp);
    const fl = fr(floor);
    const logK = this.logK[i];
    for (let j = z; j < z + count; j++) {
      const ez = fr(Math.exp(Math.min(h[j], cl)));
      h[j] = ez - fr(Math.log(Math.max(fr(ez - logK), fl)));
    }
  }
}
