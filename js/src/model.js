// The GPT forward pass on TensorFlow.js, driven entirely by the bundle's ModelSpec (docs/FORMATS.md "Forward").
//
// Nothing here knows a family name: every semantic (RoPE style/sign/base/table precision, norm eps, windows,
// GQA, value embeddings, q/k scale, smear, backout, activation, softcap, vocab padding) comes from the spec.
// Everything is float32; RoPE tables are built on the CPU with float32 rounding (Math.fround) and, when the spec
// says so, rounded to bfloat16/float16 before upload.
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
import { WasmEngine } from './engine.js';
import { kernelsFor } from './kernels/index.js';
import { selfTest } from './selftest.js';

// Tap names come from the shared spec table (spec.js); re-exported here where the forward produces them.
export { tapNames };

export { roundBfloat16, roundFloat16, ropeTables, ropeMultipliers } from './rope.js';
import { ropeMultipliers } from './rope.js';

/**
 * Additive attention mask [group * nq, nk] (0 visible, -1e30 hidden) for queries at positions q0..q0+nq-1 and
 * keys at positions k0..k0+nk-1: key j is visible from query t iff j <= t and (window null or t - window < j).
 * Rows are repeated `group` times (query heads sharing a kv head are stacked). Returns null if all visible.
 */
export function attentionMask(q0, nq, k0, nk, window, group = 1) {
  const m = new Float32Array(group * nq * nk);
  let hidden = false;
  for (let a = 0; a < nq; a++) {
    const t = q0 + a;
    for (let b = 0; b < nk; b++) {
      const j = k0 + b;
      const vis = j <= t && (window === null || j > t - window);
      if (!vis) {
        hidden = true;
        for (let g = 0; g < group; g++) m[(g * nq + a) * nk + b] = -1e30;
      }
    }
  }
  return hidden ? m : null;
}

function disposeLayerCache(l) {
  if (l.k) l.k.dispose();
  if (l.v) l.v.dispose();
}

function scalarValue(w) {
  const v = w.dtype === 'int8' ? null : w.data;
  if (!v || v.length !== 1) throw new Error(`expected a float scalar, got ${w.dtype} of shape ${JSON.stringify(w.shape)}`);
  return v[0];
}

// ------------------------------------------------------------------------------------------------------------
// Weights on the backend.
//
// A float weight is one float32 tensor. An int8 weight (symmetric, one scale per row of the stored [out, in]
// matrix) is either dequantised once at load (float32 resident: fastest, 4 bytes per weight) or kept "packed":
// three int8 values per float32 element (b0 + 256 b1 + 65536 b2 with b = q + 128, an integer below 2^24 and
// so exact in float32), 1.33 bytes per weight, and unpacked inside the layer's tidy scope each time it is used.
// Unpacking is exact (bit shifts in the wasm/cpu kernel, power-of-two floorDiv/mod on GPUs), and the dequantised
// value (q * scale rounded to float32 once) is the very number the float32 path holds: both modes compute the same
// logits. Packing costs a third of the float32 bytes; unpacking costs time on every use (measured in
// benchmarks/bench_js_speed.py), so 'auto' packs only models whose float32 weights would exceed 1 GiB.

/** Row-major float32 [rows, cols] transposed to [cols, rows]. */
function transposedFloat(data, rows, cols) {
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let c = 0; c < cols; c++) out[c * rows + r] = data[base + c];
  }
  return out;
}

function int8View(w) {
  const b = w.bytes ?? w.stored.bytes; // a streamed tensor (openBundle) or a loaded one (loadBundle)
  return new Int8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** Dequantised float32 values of a loaded tensor, row-major in its stored shape (int8: q * scale[row]). */
function floatValues(w) {
  if (w.dtype !== 'int8') return w.data;
  const q = int8View(w);
  const rows = w.shape[0];
  const cols = rows ? q.length / rows : 0;
  const out = new Float32Array(q.length);
  for (let r = 0; r < rows; r++) {
    const s = w.scale[r];
    const base = r * cols;
    for (let c = 0; c < cols; c++) out[base + c] = q[base + c] * s; // the Float32Array store rounds once
  }
  return out;
}

/**
 * Pack int8 values (row-major [R, C], given by get(r, c)) three to a float32 along `axis` (0: rows r, r+R3, r+2R3
 * share an element; 1: columns). Returns {data: Float32Array, shape} of the packed matrix.
 */
function packInt8(get, R, C, axis) {
  const n3 = Math.ceil((axis === 0 ? R : C) / 3);
  const [pr, pc] = axis === 0 ? [n3, C] : [R, n3];
  const out = new Float32Array(pr * pc);
  const byte = (r, c) => (r < R && c < C ? get(r, c) + 128 : 128);
  for (let r = 0; r < pr; r++) {
    for (let c = 0; c < pc; c++) {
      const v = axis === 0
        ? byte(r, c) + 256 * byte(r + n3, c) + 65536 * byte(r + 2 * n3, c)
        : byte(r, c) + 256 * byte(r, c + n3) + 65536 * byte(r, c + 2 * n3);
      out[r * pc + c] = v;
    }
  }
  return { data: out, shape: [pr, pc] };
}

// ------------------------------------------------------------------------------------------------------------
// Fused kernels where TF.js has none. On the CPU-memory backends (wasm reads and writes its heap directly; cpu
// its typed arrays) a few element-wise chains of the block run as one registered kernel each instead of one op
// per step, each with its own dispatch and output allocation (a decode step is dominated by those, not by
// arithmetic). Each kernel rounds to float32 wherever the op chain it replaces would (products of two float32
// values are exact in float64; sums of squares are accumulated in float64, more accurate than a float32 mean).
// GPU backends (webgl, webgpu) run the op chains.
//   EmlxRmsNorm   x * rsqrt(mean(x^2) + eps) over the last axis
//   EmlxMixNorm   [m, norm(m)] with m = a * x + b * y  (the block's input mix and its attention norm)
//   EmlxAddNorm   [s, norm(s)] with s = x + y          (the attention residual and the MLP norm)
//   EmlxAppendKV  [concat(K, k), concat(V, v)] along the time axis of [KV, T, D] (the cache, both at once)
//   EmlxScaledSoftmax softmax(x / d) over the last axis (decode scores; tiny)
//   EmlxQKV       the fused [n, (H + 2 KV) D] projection split into queries [KV, G*n, D] and keys [KV, n, D]
//                 (norm(x * C + x[partner] * S) * qk_scale per head) and values [KV, n, D] (+ the value
//                 embedding times its gate, gate_scale * sigmoid(h[:, :gch] @ Wg), computed here too), laid out
//                 for attention: no split, transpose, gate or separate RoPE ops
//   EmlxUnpackInt8 a packed int8 weight (three per float32, see "Weights on the backend") -> q * scale, float32
//   EmlxInt8MatMul x @ (q * scale) straight from a packed [in, out] weight for a few rows of x (decode): the
//                 products x q are summed in float64 per output column and scaled once, no unpacked copy

const K_NORM = 'EmlxRmsNorm';
const K_MIX_NORM = 'EmlxMixNorm';
const K_ADD_NORM = 'EmlxAddNorm';
const K_APPEND = 'EmlxAppendKV';
const K_SOFTMAX = 'EmlxScaledSoftmax';
const K_QKV = 'EmlxQKV';
const K_UNPACK = 'EmlxUnpackInt8';
const K_INT8_MATMUL = 'EmlxInt8MatMul';
const fr = Math.fround;

function normRows(xv, ov, C, eps, scale = 1) {
  const rows = C ? xv.length / C : 0;
  for (let r = 0; r < rows; r++) {
    const base = r * C;
    let s = 0;
    for (let c = 0; c < C; c++) {
      const v = xv[base + c];
      s += v * v;
    }
    const f = fr(1 / Math.sqrt(fr(fr(s / C) + eps)));
    if (scale === 1) for (let c = 0; c < C; c++) ov[base + c] = xv[base + c] * f;
    else for (let c = 0; c < C; c++) ov[base + c] = fr(xv[base + c] * f) * scale;
  }
}

const KERNELS = {
  [K_NORM]: {
    shape: ({ x }) => x,
    run: ({ x }, out, shapes, { eps }) => normRows(x, out, shapes.x[shapes.x.length - 1], eps),
  },
  [K_MIX_NORM]: {
    shape: ({ x }) => [x, x],
    run: ({ x, y }, [m, h], shapes, { a, b, eps }) => {
      for (let i = 0; i < m.length; i++) m[i] = fr(a * x[i]) + fr(b * y[i]);
      normRows(m, h, shapes.x[shapes.x.length - 1], eps);
    },
  },
  [K_ADD_NORM]: {
    shape: ({ x }) => [x, x],
    run: ({ x, y }, [sum, h], shapes, { eps }) => {
      for (let i = 0; i < sum.length; i++) sum[i] = x[i] + y[i];
      normRows(sum, h, shapes.x[shapes.x.length - 1], eps);
    },
  },
  [K_APPEND]: {
    shape: ({ pk, k }) => [[pk[0], pk[1] + k[1], pk[2]], [pk[0], pk[1] + k[1], pk[2]]],
    run: ({ pk, pv, k, v }, [ko, vo], shapes) => {
      const [KV, Tc, D] = shapes.pk;
      const n = shapes.k[1];
      const a = Tc * D;
      const b = n * D;
      for (let h = 0; h < KV; h++) {
        const o = h * (a + b);
        ko.set(pk.subarray(h * a, (h + 1) * a), o);
        ko.set(k.subarray(h * b, (h + 1) * b), o + a);
        vo.set(pv.subarray(h * a, (h + 1) * a), o);
        vo.set(v.subarray(h * b, (h + 1) * b), o + a);
      }
    },
  },
  [K_SOFTMAX]: {
    shape: ({ x }) => x,
    run: ({ x }, out, shapes, { d }) => {
      const T = shapes.x[shapes.x.length - 1];
      for (let base = 0; base < out.length; base += T) {
        let mx = -Infinity;
        for (let j = 0; j < T; j++) {
          const v = fr(x[base + j] / d);
          out[base + j] = v;
          if (v > mx) mx = v;
        }
        let sum = 0;
        for (let j = 0; j < T; j++) {
          const e = fr(Math.exp(out[base + j] - mx));
          out[base + j] = e;
          sum += e;
        }
        const f = fr(sum);
        for (let j = 0; j < T; j++) out[base + j] /= f;
      }
    },
  },
  [K_QKV]: {
    shape: ({ qkv }, { H, KV, D }) => {
      const n = qkv[0];
      return [[KV, (H / KV) * n, D], [KV, n, D], [KV, n, D]];
    },
    run: ({ qkv, c, s, h, wg, ve }, [qo, ko, vo], shapes, { H, KV, D, partner, eps, scale, gateScale }) => {
      const n = shapes.qkv[0];
      const W = (H + 2 * KV) * D;
      const G = H / KV;
      // head j of row t -> destination (array, offset): q heads grouped by kv head, rows g*n + t
      for (let t = 0; t < n; t++) {
        const row = t * W;
        const cs = t * D;
        for (let j = 0; j < H + KV; j++) {
          const src = row + j * D;
          let dst;
          let off;
          if (j < H) {
            dst = qo;
            off = (Math.floor(j / G) * G * n + (j % G) * n + t) * D;
          } else {
            dst = ko;
            off = ((j - H) * n + t) * D;
          }
          for (let d = 0; d < D; d++) dst[off + d] = fr(qkv[src + d] * c[cs + d]) + fr(qkv[src + partner[d]] * s[cs + d]);
          normRows(dst.subarray(off, off + D), dst.subarray(off, off + D), D, eps, scale);
        }
        for (let kv = 0; kv < KV; kv++) {
          const src = row + (H + KV + kv) * D;
          const off = (kv * n + t) * D;
          if (ve) {
            // gate = gate_scale * sigmoid(h[t, :gch] @ Wg[:, kv]) (Wg: [gch, KV]; h: [n, C])
            const [gch] = shapes.wg;
            const C = shapes.h[1];
            let z = 0;
            for (let i = 0; i < gch; i++) z += h[t * C + i] * wg[i * KV + kv];
            const g = fr(gateScale * fr(1 / (1 + Math.exp(-fr(z)))));
            const vb = t * KV * D + kv * D;
            for (let d = 0; d < D; d++) vo[off + d] = qkv[src + d] + fr(g * ve[vb + d]);
          } else {
            for (let d = 0; d < D; d++) vo[off + d] = qkv[src + d];
          }
        }
      }
    },
  },
  [K_INT8_MATMUL]: {
    shape: ({ x, p }) => [x[0], p[1]],
    run: ({ x, p, scale }, out, shapes, { rows }) => {
      const [n, R] = shapes.x;
      const [pr, C] = shapes.p;
      const acc = new Float64Array(C);
      for (let t = 0; t < n; t++) {
        acc.fill(0);
        for (let plane = 0; plane < 3; plane++) {
          const shift = 8 * plane;
          for (let rr = 0; rr < pr; rr++) {
            const r = plane * pr + rr;
            if (r >= rows) break;
            const xv = x[t * R + r];
            if (xv === 0) continue;
            const src = rr * C;
            for (let c = 0; c < C; c++) acc[c] += xv * ((((p[src + c] | 0) >> shift) & 255) - 128);
          }
        }
        const o = t * C;
        for (let c = 0; c < C; c++) out[o + c] = acc[c] * scale[c];
      }
    },
  },
  [K_UNPACK]: {
    shape: (shapes, { rows, cols }) => [rows, cols],
    run: ({ p, scale }, out, shapes, { axis, rows, cols }) => {
      const [pr, pc] = shapes.p;
      if (axis === 0) {
        // packed row rr holds rows rr, rr + pr, rr + 2 pr; the scale is per column
        for (let plane = 0; plane < 3; plane++) {
          const shift = 8 * plane;
          for (let rr = 0; rr < pr; rr++) {
            const r = plane * pr + rr;
            if (r >= rows) break;
            const src = rr * pc;
            const dst = r * cols;
            for (let c = 0; c < cols; c++) out[dst + c] = ((((p[src + c] | 0) >> shift) & 255) - 128) * scale[c];
          }
        }
      } else {
        // packed column cc holds columns cc, cc + pc, cc + 2 pc; the scale is per row
        for (let r = 0; r < rows; r++) {
          const s = scale[r];
          const src = r * pc;
          const dst = r * cols;
          for (let plane = 0; plane < 3; plane++) {
            const shift = 8 * plane;
            const c0 = plane * pc;
            const n = Math.min(pc, cols - c0);
            for (let cc = 0; cc < n; cc++) out[dst + c0 + cc] = ((((p[src + cc] | 0) >> shift) & 255) - 128) * s;
          }
        }
      }
    },
  },
};

let fusedRegistered = false;
function registerFusedKernels() {
  if (fusedRegistered) return;
  fusedRegistered = true;
  const shapesOf = (inputs) => Object.fromEntries(Object.entries(inputs).map(([n, t]) => [n, t.shape]));
  for (const [name, k] of Object.entries(KERNELS)) {
    const multi = (shape) => Array.isArray(shape[0]);
    if (!tf.getKernel(name, 'wasm')) {
      tf.registerKernel({
        kernelName: name, backendName: 'wasm',
        kernelFunc: ({ inputs, backend, attrs }) => {
          const shapes = shapesOf(inputs);
          const shape = k.shape(shapes, attrs);
          // allocate the outputs first: growing the wasm heap detaches earlier views
          const outs = (multi(shape) ? shape : [shape]).map((sh) => backend.makeOutput(sh, 'float32'));
          const vals = Object.fromEntries(Object.entries(inputs).map(([n, t]) => [n, backend.typedArrayFromHeap(t)]));
          const ov = outs.map((o) => backend.typedArrayFromHeap(o));
          k.run(vals, multi(shape) ? ov : ov[0], shapes, attrs);
          return multi(shape) ? outs : outs[0];
        },
      });
    }
    if (!tf.getKernel(name, 'cpu')) {
      tf.registerKernel({
        kernelName: name, backendName: 'cpu',
        kernelFunc: ({ inputs, backend, attrs }) => {
          const shapes = shapesOf(inputs);
          const shape = k.shape(shapes, attrs);
          const list = multi(shape) ? shape : [shape];
          const vals = Object.fromEntries(Object.entries(inputs).map(([n, t]) => [n, backend.data.get(t.dataId).values]));
          const ov = list.map((sh) => new Float32Array(sh.reduce((p, q) => p * q, 1)));
          k.run(vals, multi(shape) ? ov : ov[0], shapes, attrs);
          const outs = list.map((sh, j) => backend.makeTensorInfo(sh, 'float32', ov[j]));
          return multi(shape) ? outs : outs[0];
        },
      });
    }
  }
}

function fusedOn(backend) {
  return backend === 'wasm' || backend === 'cpu';
}

// ------------------------------------------------------------------------------------------------------------

/** Which int8 representation to use: 'packed' | 'float32' | 'auto' (packed when float32 weights exceed 1 GiB). */
export const INT8_MODES = Object.freeze(['auto', 'packed', 'float32']);
const AUTO_PACK_BYTES = 1 << 30;

export class GPT {
  /**
   * Build the model on the current TF.js backend from a loaded bundle ({config, weights}) — see loadBundle().
   * The bundle's arrays are uploaded; the bundle can be dropped afterwards.
   * options.int8: 'auto' (default) | 'packed' | 'float32' — how int8 weights stay resident (see above);
   * options.fusedKernels (default true): the registered fused kernels on wasm/cpu (see "Fused kernels").
   */
  constructor(bundle, options = {}) {
    if (bundle === GPT._streaming) return; // GPT.fromSource builds the instance itself
    if (!bundle || !bundle.config || !bundle.weights) throw new Error('GPT: expected a loaded bundle ({config, weights})');
    const W = bundle.weights;
    this._setup(bundle.config, Object.fromEntries(Object.entries(W).map(([k, t]) => [k, { shape: t.shape, dtype: t.dtype }])), options);
    this.meta = GPT._meta(bundle);
    try {
      if (this.engine) {
        for (const name of Object.keys(W).sort()) this.engine.accept(name, W[name]);
        this._finishEngine();
      } else {
        this._build(this.spec, W);
      }
    } catch (e) {
      this._abandon();
      throw e;
    }
    this.disposed = false;
  }

  /**
   * Build the model from an open bundle source (openBundle(): tensors read one at a time, each uploaded and
   * dropped at once, then the streamed weights_sha256 verified): on the wasm engine no JS copy of the weights
   * outlives its upload. Other backends read every tensor first and build as the constructor does.
   */
  static async fromSource(src, options = {}) {
    const gpt = new GPT(GPT._streaming);
    gpt._setup(src.config, src.tensors, options);
    gpt.meta = GPT._meta(src);
    try {
      if (gpt.engine) {
        for (const name of src.names) gpt.engine.accept(name, await src.read(name));
        gpt._finishEngine();
      } else {
        const W = {};
        for (const name of src.names) W[name] = await src.read(name);
        gpt._build(gpt.spec, W);
      }
      await src.verify();
      Object.assign(gpt.meta, { verified: src.verified, integrity: src.integrity }); // what verify() proved
    } catch (e) {
      gpt._abandon();
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

  /** Spec, tensor checks, options; picks the engine or the op path. tensors: {name: {shape, dtype}}. */
  _setup(config, tensors, options) {
    const spec = parseSpec(config);
    this.spec = spec;
    this.config = spec;
    const problems = checkTensors(spec, Object.fromEntries(Object.entries(tensors).map(([k, t]) => [k, t.shape])));
    if (problems.length) throw new Error(`GPT: bundle weights do not match its config: ${problems.join('; ')}`);
    const mode = options.int8 ?? GPT.defaults.int8;
    if (!INT8_MODES.includes(mode)) throw new Error(`GPT: options.int8 must be one of ${INT8_MODES.join(', ')}, got ${JSON.stringify(mode)}`);
    const hasInt8 = Object.values(tensors).some((w) => w.dtype === 'int8');
    const f32Bytes = Object.values(tensors).reduce((a, w) => a + 4 * w.shape.reduce((x, y) => x * y, 1), 0);
    // options.fusedKernels: false runs the plain TF.js op chains on every backend (what webgl/webgpu always run)
    this.fusedKernels = (options.fusedKernels ?? GPT.defaults.fusedKernels) !== false;
    this.int8Mode = !hasInt8 ? 'none' : mode === 'auto' ? (f32Bytes > AUTO_PACK_BYTES ? 'packed' : 'float32') : mode;
    this._hasInt8 = hasInt8;
    this._tensors = [];
    this.engine = GPT._engineFor(spec, this.fusedKernels, mode);
    return mode;
  }

  _finishEngine() {
    this.engine.finish();
    this.int8Mode = !this._hasInt8 ? 'none' : this.engine.int8Weights ? 'int8' : 'float32';
  }

  _abandon() {
    for (const t of this._tensors) t.dispose();
    this._tensors = [];
    if (this.engine) this.engine.dispose();
  }

  /**
   * The wasm engine (js/src/engine.js) when the current backend is wasm, fused kernels are on and emlx's kernels
   * can reach the wasm heap; else null (the TF.js op path). int8 weights stay int8 on the engine unless
   * options.int8 is 'float32'.
   */
  static _engineFor(spec, fused, mode) {
    if (!fused || tf.getBackend() !== 'wasm') return null;
    const kernels = kernelsFor(tf.backend());
    return kernels ? new WasmEngine(spec, kernels, { int8Resident: mode !== 'float32' }) : null;
  }

  /** Defaults for the constructor options (a page or a harness may set them once, e.g. GPT.defaults.int8 = 'packed'). */
  static defaults = { int8: 'auto', fusedKernels: true };

  _keep(t) {
    this._tensors.push(t);
    return t;
  }

  _build(spec, W) {
    const get = (name) => {
      const w = W[name];
      if (!w) throw new Error(`GPT: bundle has no tensor "${name}"`);
      return w;
    };
    const H = spec.n_head;
    const KV = spec.n_kv_head;
    const D = spec.head_dim;
    const C = spec.n_embd;
    Object.assign(this, { H, KV, D, G: H / KV, qDim: H * D, kvDim: KV * D });
    const packed = this.int8Mode === 'packed';
    const keepW = (t) => this._keep(t);
    const scalar = (v) => this._keep(tf.scalar(v, 'float32'));

    // Linear weights are stored [out, in]; on the backend they are [in, out] so every projection is a plain
    // x @ Wt (TF.js's transposeB path is up to 6x slower on wasm). Several weights sharing the input are
    // concatenated along `out` (one matmul for q, k and v).
    const linear = (names, rowLimit = null) => {
      const ws = names.map(get);
      const inDim = ws[0].shape[1];
      const outs = ws.map((w) => (rowLimit === null ? w.shape[0] : rowLimit));
      const outDim = outs.reduce((a, b) => a + b, 0);
      if (packed && ws.every((w) => w.dtype === 'int8')) {
        const qs = ws.map(int8View);
        const owner = new Int32Array(outDim);
        const local = new Int32Array(outDim);
        const scale = new Float32Array(outDim);
        let o = 0;
        ws.forEach((w, k) => {
          for (let r = 0; r < outs[k]; r++, o++) {
            owner[o] = k;
            local[o] = r;
            scale[o] = w.scale[r];
          }
        });
        // Wt[i, o] = q_owner[local[o], i]
        const p = packInt8((i, oo) => qs[owner[oo]][local[oo] * inDim + i], inDim, outDim, 0);
        return {
          packed: keepW(tf.tensor2d(p.data, p.shape, 'float32')),
          scale: keepW(tf.tensor2d(scale, [1, outDim], 'float32')),
          axis: 0, rows: inDim, cols: outDim,
        };
      }
      const parts = ws.map((w, k) => {
        const vals = floatValues(w);
        return transposedFloat(outs[k] === w.shape[0] ? vals : vals.subarray(0, outs[k] * inDim), outs[k], inDim);
      });
      let data = parts[0];
      if (parts.length > 1) {
        // interleave: row i of Wt is [part0 row i, part1 row i, ...]
        data = new Float32Array(inDim * outDim);
        for (let i = 0; i < inDim; i++) {
          let off = i * outDim;
          parts.forEach((pt, k) => {
            data.set(pt.subarray(i * outs[k], (i + 1) * outs[k]), off);
            off += outs[k];
          });
        }
      }
      return { t: keepW(tf.tensor2d(data, [inDim, outDim], 'float32')) };
    };
    // Tables read by row (embeddings): [rows, cols]; packed along columns so a gather of rows unpacks only those.
    const table = (name) => {
      const w = get(name);
      const [R, Cc] = w.shape;
      if (packed && w.dtype === 'int8') {
        const q = int8View(w);
        const p = packInt8((r, c) => q[r * Cc + c], R, Cc, 1);
        return {
          packed: keepW(tf.tensor2d(p.data, p.shape, 'float32')),
          scale: keepW(tf.tensor2d(w.scale, [R, 1], 'float32')),
          axis: 1, rows: R, cols: Cc,
        };
      }
      return { t: keepW(tf.tensor2d(floatValues(w), [R, Cc], 'float32')) };
    };

    this.wte = table('wte.weight');
    // Rows past vocab_size only exist for padding; slicing the weight is the same as slicing the logits.
    this.lmHead = linear(['lm_head.weight'], spec.vocab_size);
    const resid = floatValues(get('resid_lambdas'));
    const x0l = floatValues(get('x0_lambdas'));
    const veLayers = new Set(spec.value_embed ? spec.value_embed.layers : []);
    this.layers = [];
    for (let i = 0; i < spec.n_layer; i++) {
      const p = `blocks.${i}.`;
      const L = {
        index: i,
        resid: scalar(resid[i]),
        x0: scalar(x0l[i]),
        residValue: fr(resid[i]),
        x0Value: fr(x0l[i]),
        wqkv: linear([p + 'attn.c_q.weight', p + 'attn.c_k.weight', p + 'attn.c_v.weight']),
        wproj: linear([p + 'attn.c_proj.weight']),
        wfc: linear([p + 'mlp.c_fc.weight']),
        wmproj: linear([p + 'mlp.c_proj.weight']),
        window: spec.window[i],
        ve: null,
        veGate: null,
        logK: null,
      };
      if (veLayers.has(i)) {
        L.ve = table(`value_embeds.${i}.weight`);
        L.veGate = linear([p + 'attn.ve_gate.weight']);
      }
      if (spec.activation.kind === 'eml') {
        L.logK = scalar(Math.fround(Math.log(scalarValue(get(p + 'mlp.eml_k')))));
      }
      this.layers.push(L);
    }
    this.eps = scalar(spec.norm_eps);
    this.epsValue = Math.fround(spec.norm_eps);
    registerFusedKernels();
    this.sqrtD = scalar(Math.sqrt(D));
    this.sqrtDValue = fr(Math.sqrt(D));
    this.qkScale = spec.qk_scale === 1 ? null : scalar(spec.qk_scale);
    this.qkScaleValue = fr(spec.qk_scale);
    this.softcap = spec.softcap === null ? null : scalar(spec.softcap);
    if (spec.value_embed) {
      this.gateScale = scalar(spec.value_embed.gate_scale);
      this.gateScaleValue = fr(spec.value_embed.gate_scale);
    }
    if (spec.smear) {
      this.smearGate = linear(['smear_gate.weight']);
      this.smearLambda = scalar(scalarValue(get('smear_lambda')));
    }
    if (spec.backout) this.backoutLambda = scalar(scalarValue(get('backout_lambda')));
    if (spec.activation.kind === 'eml') {
      this.emlClamp = scalar(spec.activation.params.exp_clamp);
      this.emlFloor = scalar(spec.activation.params.log_floor);
    }
    if (packed) {
      this.c128 = scalar(128);
      this.c256 = scalar(256);
    }
    this.maxKeep = spec.window.map((w) => (w === null ? Infinity : w - 1));
    // RoPE multiplier tables for positions 0..cap-1, built once on the host and grown by doubling when a pass
    // needs later positions (so loading does not pay for sequence_len positions up front).
    this._ropeCap = 0;
    this._growRope(Math.min(spec.sequence_len, 256));
  }

  _growRope(cap) {
    // host-side float32 tables [cap, D], uploaded per pass as the rows of its positions (a memcpy, no math)
    const { C, S, partner } = ropeMultipliers(this.spec, 0, cap);
    this._ropeC = C;
    this._ropeS = S;
    this._ropeCap = cap;
    if (!this.partner) {
      const D = this.D;
      this.partnerArray = Array.from(partner);
      this.partner = this._keep(tf.tensor1d(partner, 'int32'));
      // the same permutation as a [D, D] 0/1 matrix: x @ P == x[..., partner] exactly (one product by 1, the
      // rest by 0); on wasm/webgl a 2-D matmul is far cheaper than a gather or a reverse
      const P = new Float32Array(D * D);
      for (let c = 0; c < D; c++) P[partner[c] * D + c] = 1;
      this.partnerMatrix = this._keep(tf.tensor2d(P, [D, D], 'float32'));
    }
  }

  _fused() {
    return this.fusedKernels && fusedOn(tf.getBackend());
  }

  get vocabSize() {
    return this.spec.vocab_size;
  }

  /** Bytes the model holds on the backend (weights, packed or not, and its constants; 4 bytes per element). */
  get residentWeightBytes() {
    if (this.engine) return this.engine.residentWeightBytes;
    return this._tensors.reduce((a, t) => a + 4 * t.size, 0);
  }

  dispose() {
    if (this.disposed) return;
    if (this.engine) this.engine.dispose();
    for (const t of this._tensors) t.dispose();
    this._tensors = [];
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

  // --- building blocks (call inside tf.tidy) -----------------------------------------------------------

  /** The float32 matrix of a weight (unpacked from int8 when packed). */
  _mat(w) {
    if (w.t) return w.t;
    return this._unpack(w.packed, w.scale, w.axis, w.rows, w.cols);
  }

  _unpack(p, scale, axis, rows, cols) {
    if (this._fused()) return tf.engine().runKernel(K_UNPACK, { p, scale }, { axis, rows, cols });
    const lo = tf.mod(p, this.c256);
    const t = tf.floorDiv(p, this.c256);
    const mid = tf.mod(t, this.c256);
    const hi = tf.floorDiv(t, this.c256);
    let b = tf.concat([lo, mid, hi], axis);
    const full = axis === 0 ? rows : cols;
    if (b.shape[axis] !== full) b = axis === 0 ? tf.slice(b, [0, 0], [rows, -1]) : tf.slice(b, [0, 0], [-1, cols]);
    return tf.mul(tf.sub(b, this.c128), scale);
  }

  /** Rows `idsT` of an embedding table. */
  _rows(w, idsT) {
    if (w.t) return tf.gather(w.t, idsT);
    return this._unpack(tf.gather(w.packed, idsT), tf.gather(w.scale, idsT), 1, idsT.shape[0], w.cols);
  }

  _norm(x) {
    // x * rsqrt(mean(x^2) + eps) over the last axis, parameter-free.
    if (this._fused()) return tf.engine().runKernel(K_NORM, { x }, { eps: this.epsValue });
    return tf.mul(x, tf.rsqrt(tf.add(tf.mean(tf.square(x), -1, true), this.eps)));
  }

  _linear(x, w) {
    // a packed int8 weight times a few rows (decode): read the int8 values in place instead of unpacking them
    if (w.packed && w.axis === 0 && x.shape[0] <= 4 && this._fused()) {
      return tf.engine().runKernel(K_INT8_MATMUL, { x, p: w.packed, scale: w.scale }, { rows: w.rows });
    }
    return tf.matMul(x, this._mat(w));
  }

  /** x [..., D] with each RoPE pair (a, partner a) swapped (exact: a permutation). */
  _swapPairs(x) {
    if (tf.getBackend() === 'cpu') return tf.gather(x, this.partner, x.shape.length - 1);
    const D = this.D;
    return tf.reshape(tf.matMul(tf.reshape(x, [-1, D]), this.partnerMatrix), x.shape);
  }

  _act(z, L) {
    if (this.spec.activation.kind === 'relu2') return tf.square(z); // z is relu(h @ Wfc) already
    // eml(z) = exp(zc) - ln(max(exp(zc) - ln(k), log_floor)), zc = min(z, exp_clamp)
    const ez = tf.exp(tf.minimum(z, this.emlClamp));
    return tf.sub(ez, tf.log(tf.maximum(tf.sub(ez, L.logK), this.emlFloor)));
  }

  /** Embedding + smear for tokens at positions pos0.. ; prevX is the pre-smear normed row of position pos0-1. */
  _embed(idsT, n, pos0, prevX) {
    const x = this._norm(this._rows(this.wte, idsT));
    let out = x;
    if (this.spec.smear) {
      const ch = this.spec.smear.channels;
      let prev;
      let rows;
      if (pos0 > 0) {
        if (!prevX) throw new Error('GPT: cache is missing the previous embedding row needed by smear');
        prev = n > 1 ? tf.concat([prevX, tf.slice(x, [0, 0], [n - 1, -1])], 0) : prevX;
        rows = x;
      } else if (n > 1) {
        prev = tf.slice(x, [0, 0], [n - 1, -1]);
        rows = tf.slice(x, [1, 0], [n - 1, -1]);
      }
      if (prev) {
        const gate = tf.sigmoid(this._linear(tf.slice(rows, [0, 0], [-1, ch]), this.smearGate)); // [m, 1]
        const sm = tf.add(rows, tf.mul(tf.mul(this.smearLambda, gate), prev));
        out = pos0 > 0 ? sm : tf.concat([tf.slice(x, [0, 0], [1, -1]), sm], 0);
      }
    }
    return { x: out, raw: x };
  }

  /**
   * One block over n new tokens (call inside tf.tidy). x, x0 [n, C]; Ct, St [n, 1, D]; pk: cached {k, v}
   * [KV, Tc, D] for the positions just before pos0 (or null); mask [G*n, nk] or null.
   * Returns {x, k, v} (k/v: all keys/values attended to, cached + new) and the taps asked for.
   */
  _block(L, x, x0, idsT, Ct, St, pk, mask, tap) {
    const spec = this.spec;
    const { H, KV, D, G } = this;
    const n = x.shape[0];
    const i = L.index;
    let h;
    if (this._fused()) {
      [x, h] = tf.engine().runKernel(K_MIX_NORM, { x, y: x0 }, { a: L.residValue, b: L.x0Value, eps: this.epsValue });
    } else {
      x = tf.add(tf.mul(L.resid, x), tf.mul(L.x0, x0));
      h = this._norm(x);
    }
    const qkv = this._linear(h, L.wqkv); // [n, (H + 2 KV) D]: one matmul for q, k and v
    const ve = L.ve ? this._rows(L.ve, idsT) : null; // [n, KV D]
    const veGate = () => {
      const gch = spec.value_embed.gate_channels;
      return tf.mul(this.gateScale, tf.sigmoid(this._linear(tf.slice(h, [0, 0], [n, gch]), L.veGate))); // [n, KV]
    };
    // q, k: RoPE (x * C + swap(x) * S), then the per-head norm and q/k scale; v (+ gated value embedding).
    // Heads are grouped by kv head for attention: queries [KV, G*n, D] (rows g*n + t), keys/values [KV, n, D].
    let qg;
    let kn;
    let vn;
    if (this._fused()) {
      const inputs = { qkv, c: Ct, s: St };
      if (ve) Object.assign(inputs, { h, wg: this._mat(L.veGate), ve }); // the gate is computed inside
      [qg, kn, vn] = tf.engine().runKernel(K_QKV, inputs,
        { H, KV, D, partner: this.partnerArray, eps: this.epsValue, scale: this.qkScaleValue, gateScale: this.gateScaleValue });
      const back = (t, heads) => tf.transpose(tf.reshape(t, [heads, n, D]), [1, 0, 2]);
      if (tap.wants(`blocks.${i}.attn.q`)) tap(`blocks.${i}.attn.q`, back(qg, H));
      if (tap.wants(`blocks.${i}.attn.k`)) tap(`blocks.${i}.attn.k`, back(kn, KV));
      if (tap.wants(`blocks.${i}.attn.v`)) tap(`blocks.${i}.attn.v`, back(vn, KV));
    } else {
      const [qkFlat, vFlat] = tf.split(qkv, [(H + KV) * D, KV * D], 1);
      let v = tf.reshape(vFlat, [n, KV, D]);
      if (ve) v = tf.add(v, tf.mul(tf.reshape(veGate(), [n, KV, 1]), tf.reshape(ve, [n, KV, D])));
      let qk = tf.reshape(qkFlat, [n, H + KV, D]);
      qk = this._norm(tf.add(tf.mul(qk, Ct), tf.mul(this._swapPairs(qk), St)));
      if (this.qkScale) qk = tf.mul(qk, this.qkScale);
      const [q, k] = tf.split(qk, [H, KV], 1);
      tap(`blocks.${i}.attn.q`, q);
      tap(`blocks.${i}.attn.k`, k);
      tap(`blocks.${i}.attn.v`, v);
      qg = n === 1 ? tf.reshape(q, [KV, G, D]) : tf.reshape(tf.transpose(q, [1, 0, 2]), [KV, G * n, D]);
      kn = n === 1 ? tf.reshape(k, [KV, 1, D]) : tf.transpose(k, [1, 0, 2]);
      vn = n === 1 ? tf.reshape(v, [KV, 1, D]) : tf.transpose(v, [1, 0, 2]);
    }
    if (pk && this._fused()) {
      [kn, vn] = tf.engine().runKernel(K_APPEND, { pk: pk.k, pv: pk.v, k: kn, v: vn }, {});
    } else if (pk) {
      kn = tf.concat([pk.k, kn], 1);
      vn = tf.concat([pk.v, vn], 1);
    }
    let y;
    if (n === 1 || tf.getBackend() !== 'wasm') {
      // all heads in one batched matmul each for scores and values
      const raw = tf.matMul(qg, kn, false, true); // [KV, G*n, T]
      let p;
      if (!mask && n === 1 && this._fused()) {
        p = tf.engine().runKernel(K_SOFTMAX, { x: raw }, { d: this.sqrtDValue });
      } else {
        let sc = tf.div(raw, this.sqrtD);
        if (mask) sc = tf.add(sc, mask);
        p = tf.softmax(sc);
      }
      y = tf.matMul(p, vn); // [KV, G*n, D]
    } else {
      // wasm runs only plain 2-D matmuls through XNNPACK; its batched path is ~8x slower at prefill sizes
      const qs = KV === 1 ? [tf.reshape(qg, [G * n, D])] : tf.unstack(qg);
      const kTs = KV === 1 ? [tf.transpose(tf.reshape(kn, [-1, D]))] : tf.unstack(tf.transpose(kn, [0, 2, 1]));
      const vs = KV === 1 ? [tf.reshape(vn, [-1, D])] : tf.unstack(vn);
      const ys = qs.map((qh, hh) => {
        let sc = tf.div(tf.matMul(qh, kTs[hh]), this.sqrtD); // [G*n, T]
        if (mask) sc = tf.add(sc, mask);
        return tf.matMul(tf.softmax(sc), vs[hh]);
      });
      y = KV === 1 ? tf.reshape(ys[0], [1, G * n, D]) : tf.stack(ys);
    }
    const yf = n === 1 ? tf.reshape(y, [1, H * D]) : tf.reshape(tf.transpose(tf.reshape(y, [H, n, D]), [1, 0, 2]), [n, H * D]);
    const attnOut = this._linear(yf, L.wproj);
    tap(`blocks.${i}.attn_out`, attnOut);
    let hm;
    if (this._fused()) {
      [x, hm] = tf.engine().runKernel(K_ADD_NORM, { x, y: attnOut }, { eps: this.epsValue });
    } else {
      x = tf.add(x, attnOut);
      hm = this._norm(x);
    }
    let z;
    if (spec.activation.kind !== 'relu2') z = this._linear(hm, L.wfc);
    else if (L.wfc.t) z = tf.fused.matMul({ a: hm, b: L.wfc.t, activation: 'relu' });
    else z = tf.relu(this._linear(hm, L.wfc));
    const mlpOut = this._linear(this._act(z, L), L.wmproj);
    tap(`blocks.${i}.mlp_out`, mlpOut);
    x = tf.add(x, mlpOut);
    tap(`blocks.${i}.out`, x);
    return { x, k: kn, v: vn };
  }

  /**
   * One pass over n new tokens at positions pos0..pos0+n-1, one tf.tidy scope per block so that a block's
   * intermediates are freed before the next one runs. `past` (optional) holds per-layer cached keys/values
   * [KV, Tc, D] for positions pos0-Tc..pos0-1. Returns tensors the caller owns: logits, per-layer {k, v} (all
   * keys attended to, untrimmed; only when keepKV), the last raw embedding row, and taps when requested.
   */
  _pass(ids, pos0, past, opts) {
    const spec = this.spec;
    const n = ids.length;
    const { G } = this;
    const want = opts.taps;
    const taps = {};
    const owned = new Set(); // every tensor that outlives its scope, disposed once on error
    const wants = (name) => !!want && (want === true || want.has(name));
    const tap = (name, t) => {
      if (wants(name)) taps[name] = t;
    };
    tap.wants = wants;
    if (pos0 + n > this._ropeCap) this._growRope(Math.max(2 * this._ropeCap, pos0 + n));
    const keepTaps = () => Object.values(taps).forEach((t) => { tf.keep(t); owned.add(t); });
    let idsT = null;
    let Ct = null;
    let St = null;
    const newKV = [];
    try {
      idsT = tf.tensor1d(Int32Array.from(ids), 'int32');
      const D = this.D;
      Ct = tf.tensor3d(this._ropeC.subarray(pos0 * D, (pos0 + n) * D), [n, 1, D], 'float32');
      St = tf.tensor3d(this._ropeS.subarray(pos0 * D, (pos0 + n) * D), [n, 1, D], 'float32');
      const emb = tf.tidy(() => {
        const e = this._embed(idsT, n, pos0, past ? past.prevX : null);
        tap('embed', e.x);
        keepTaps();
        return { x: e.x, lastRaw: opts.keepKV ? tf.slice(e.raw, [n - 1, 0], [1, -1]) : null };
      });
      const x0 = emb.x;
      owned.add(x0);
      if (emb.lastRaw) owned.add(emb.lastRaw);
      let x = x0;
      let xBackout = null;
      for (const L of this.layers) {
        const pk = past && past.layers[L.index].len > 0 ? past.layers[L.index] : null;
        const nk = (pk ? pk.len : 0) + n;
        const maskArr = attentionMask(pos0, n, pos0 + n - nk, nk, L.window, G);
        const r = tf.tidy(() => {
          const mask = maskArr ? tf.tensor2d(maskArr, [G * n, nk], 'float32') : null;
          const out = this._block(L, x, x0, idsT, Ct, St, pk, mask, tap);
          keepTaps();
          return opts.keepKV ? out : { x: out.x };
        });
        if (x !== x0 && x !== xBackout && !Object.values(taps).includes(x)) {
          x.dispose();
          owned.delete(x);
        }
        x = r.x;
        owned.add(x);
        if (opts.keepKV) {
          newKV.push({ k: r.k, v: r.v, len: r.k.shape[1] });
          owned.add(r.k);
          owned.add(r.v);
        }
        if (spec.backout && L.index === spec.backout.layer) xBackout = x;
      }
      const logits = tf.tidy(() => {
        let xf = x;
        if (xBackout) xf = tf.sub(xf, tf.mul(this.backoutLambda, xBackout));
        const needAll = opts.allPositions || (want && (want === true || want.has('logits')));
        const needNorm = want && (want === true || want.has('final_norm'));
        if (!needAll && !needNorm && n > 1) xf = tf.slice(xf, [n - 1, 0], [1, -1]);
        xf = this._norm(xf);
        tap('final_norm', xf);
        if (!needAll && xf.shape[0] > 1) xf = tf.slice(xf, [n - 1, 0], [1, -1]);
        let lg = this._linear(xf, this.lmHead);
        if (this.softcap) {
          // (wasm's vectorised tanh beats a JS loop here: 8k values per token)
          lg = tf.mul(this.softcap, tf.tanh(tf.div(lg, this.softcap)));
        }
        tap('logits', lg);
        keepTaps();
        return lg;
      });
      owned.add(logits);
      // release what the caller does not get
      const give = new Set([logits, ...Object.values(taps)]);
      if (emb.lastRaw) give.add(emb.lastRaw);
      for (const kv of newKV) {
        give.add(kv.k);
        give.add(kv.v);
      }
      for (const t of owned) if (!give.has(t)) t.dispose();
      return { logits, newKV, lastRaw: emb.lastRaw, taps };
    } catch (e) {
      for (const t of owned) if (!t.isDisposed) t.dispose();
      throw e;
    } finally {
      for (const t of [idsT, Ct, St]) if (t && !t.isDisposed) t.dispose();
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

  _engineResult(r, returnTensor) {
    const V = this.spec.vocab_size;
    const shape = [r.rows, V];
    const logits = returnTensor ? tf.tensor2d(r.logits, shape) : r.logits;
    return { logits, shape, taps: r.taps };
  }

  static _tapSet(taps) {
    if (!taps) return null;
    if (taps === true) return true;
    if (Array.isArray(taps)) return new Set(taps);
    throw new Error('GPT: taps must be true or a list of tap names');
  }

  /**
   * Stateless forward over `ids` (positions 0..T-1).
   * options: taps (true | [names]) -> taps: {name: {shape, data: Float32Array}};
   *          lastOnly (only the last position's logits); returnTensor (logits as a tf.Tensor, caller disposes).
   * Returns {logits: Float32Array [T*V] (or [V] with lastOnly), shape: [T, V] | [1, V], taps}.
   */
  async forward(ids, options = {}) {
    this._check(ids);
    if (ids.length === 0) throw new Error('GPT: forward needs at least one token');
    const want = GPT._tapSet(options.taps);
    if (this.engine) {
      const r = this.engine.pass(Array.from(ids), 0, null, { taps: want, tapRows: GPT._rows(options.tapRows, ids.length), rows: options.lastOnly ? 'last' : 'all' });
      return this._engineResult(r, options.returnTensor);
    }
    const r = this._pass(Array.from(ids), 0, null, { taps: want, allPositions: !options.lastOnly });
    return this._collect({ logits: r.logits, taps: r.taps }, options.returnTensor, GPT._rows(options.tapRows, ids.length));
  }

  async _collect(out, returnTensor, tapRows = null) {
    if (tapRows) {
      // only those rows of every tap (position-major): gathered on the backend before the read
      const idx = tf.tensor1d(Int32Array.from(tapRows), 'int32');
      try {
        const cut = {};
        const seen = new Map();
        for (const [name, t] of Object.entries(out.taps)) {
          if (!seen.has(t)) seen.set(t, tf.gather(t, idx, 0));
          cut[name] = seen.get(t);
        }
        for (const t of new Set(Object.values(out.taps))) if (t !== out.logits) t.dispose();
        out = { ...out, taps: cut };
      } finally {
        idx.dispose();
      }
    }
    const taps = {};
    // a tap may be the very tensor returned as logits (or another tap): dispose each tensor once, at the end
    const owned = new Set(Object.values(out.taps));
    if (!returnTensor) owned.add(out.logits);
    try {
      // wasm/cpu hold their data in CPU memory: a synchronous read skips the async read path's promise machinery
      // (measurable per decode step); GPU backends read asynchronously so a page never blocks on the GPU
      const sync = fusedOn(tf.getBackend());
      const read = async (t) => (sync ? t.dataSync() : t.data());
      for (const [name, t] of Object.entries(out.taps)) taps[name] = { shape: t.shape.slice(), data: await read(t) };
      const shape = out.logits.shape.slice();
      if (returnTensor) {
        owned.delete(out.logits);
        return { logits: out.logits, shape, taps };
      }
      return { logits: await read(out.logits), shape, taps };
    } finally {
      for (const t of owned) t.dispose();
    }
  }

  /** A fresh KV cache (position 0). Dispose it when done (or let step() reuse it). */
  createCache() {
    const model = this;
    if (this.engine) {
      const c = this.engine.createCache();
      c.model = model;
      return c;
    }
    const empty = () => ({ k: null, v: null, len: 0 });
    return {
      pos: 0,
      layers: this.layers.map(empty),
      prevX: null,
      disposed: false,
      model,
      dispose() {
        for (const l of this.layers) disposeLayerCache(l);
        this.layers = this.layers.map(empty);
        if (this.prevX) this.prevX.dispose();
        this.prevX = null;
        this.disposed = true;
      },
      /** Number of keys held per layer. */
      sizes() {
        return this.layers.map((l) => l.len);
      },
    };
  }

  /**
   * Feed `ids` (one or many) after what the cache has seen. Work per new token is O(1) apart from attending over
   * the cached keys; each layer keeps at most window-1 keys (the most a future query can see besides itself).
   * Keys and values are one [KV, T, D] tensor each per layer (all heads at once).
   * Returns {logits: Float32Array [V] for the last new position (or [n*V] with {allPositions: true}), shape, pos}.
   */
  async step(cache, ids, options = {}) {
    if (!cache || cache.model !== this) throw new Error('GPT: step needs a cache from this model\'s createCache()');
    if (cache.disposed) throw new Error('GPT: the cache has been disposed');
    this._check(ids);
    if (ids.length === 0) throw new Error('GPT: step needs at least one token');
    const pos0 = cache.pos;
    const n = ids.length;
    if (this.engine) {
      const er = this.engine.pass(Array.from(ids), pos0, cache, { taps: GPT._tapSet(options.taps), tapRows: GPT._rows(options.tapRows, n), rows: options.allPositions ? 'all' : 'last' });
      const res = this._engineResult(er, options.returnTensor);
      res.pos = cache.pos;
      return res;
    }
    const r = this._pass(Array.from(ids), pos0, cache.pos > 0 ? cache : null,
      { taps: GPT._tapSet(options.taps), allPositions: !!options.allPositions, keepKV: true });
    // swap the cache contents, keeping at most window-1 keys per layer
    for (let i = 0; i < cache.layers.length; i++) {
      const kv = r.newKV[i];
      const keepN = Math.min(this.maxKeep[i], kv.len);
      let next = kv;
      if (keepN === 0) {
        next = { k: null, v: null, len: 0 };
      } else if (keepN !== kv.len) {
        const drop = kv.len - keepN;
        next = { k: tf.slice(kv.k, [0, drop, 0], [-1, keepN, -1]), v: tf.slice(kv.v, [0, drop, 0], [-1, keepN, -1]), len: keepN };
      }
      if (next !== kv) disposeLayerCache(kv);
      disposeLayerCache(cache.layers[i]);
      cache.layers[i] = next;
    }
    if (cache.prevX) cache.prevX.dispose();
    cache.prevX = r.lastRaw;
    cache.pos = pos0 + n;
    const res = await this._collect({ logits: r.logits, taps: r.taps }, options.returnTensor);
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

/** Index of the largest value (first one on ties, like numpy.argmax). */
export function argmax(arr, offset = 0, length = arr.length - offset) {
  let best = offset;
  let bv = arr[offset];
  for (let i = offset + 1; i < offset + length; i++) {
    if (arr[i] > bv) {
      bv = arr[i];
      best = i;
    }
  }
  return best - offset;
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
 * options go to openBundle / loadBundle (fetch, readBytes, readRange, verifyHash). On wasm the weights are
 * streamed (GPT.fromSource): a path or URL is read tensor by tensor, so the page never holds the whole file.
 * model.meta then carries the bundle's tokenizer block, weights_sha256 and provenance.
 */
export async function createModel(source, options = {}) {
  if (options.backend) await setBackend(options.backend, options);
  if (source && source.config && source.weights && source.container) return new GPT(source, options);
  // the wasm engine streams the weights from the file or URL, one tensor at a time; other backends load it whole
  if ((options.fusedKernels ?? GPT.defaults.fusedKernels) !== false && tf.getBackend() === 'wasm' && kernelsFor(tf.backend())) {
    return GPT.fromSource(await openBundle(source, options), options);
  }
  return new GPT(await loadBundle(source, options), options);
}
