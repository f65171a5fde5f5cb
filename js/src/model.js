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
import { setBackend } from './backend.js';

// Tap names come from the shared spec table (spec.js); re-exported here where the forward produces them.
export { tapNames };

// ------------------------------------------------------------------------------------------------------------
// float32 / bfloat16 / float16 rounding helpers (CPU side, for the RoPE tables)

const f32buf = new Float32Array(1);
const u32buf = new Uint32Array(f32buf.buffer);

/** Round a float32 value to bfloat16 (round-to-nearest-even on the float32 bits), returned as a float32 value. */
export function roundBfloat16(x) {
  f32buf[0] = x;
  const u = u32buf[0];
  if ((u & 0x7f800000) === 0x7f800000) return x; // inf / nan pass through
  const rounded = (u + 0x7fff + ((u >>> 16) & 1)) >>> 0;
  u32buf[0] = rounded & 0xffff0000;
  return f32buf[0];
}

/** Round a float32 value to IEEE float16 (nearest-even), returned as a float32 value. */
export function roundFloat16(x) {
  x = Math.fround(x);
  if (!Number.isFinite(x) || x === 0) return x;
  const a = Math.abs(x);
  if (a >= 65520) return Math.sign(x) * Infinity;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e -= 1; // guard log2 rounding
  if (2 ** (e + 1) <= a) e += 1;
  const ulp = 2 ** (Math.max(e, -14) - 10);
  const q = a / ulp; // exact (power-of-two scaling)
  let r = Math.floor(q);
  const frac = q - r;
  if (frac > 0.5 || (frac === 0.5 && r % 2 === 1)) r += 1;
  return Math.sign(x) * r * ulp;
}

function roundTo(dtype) {
  if (dtype === 'float32') return (v) => v;
  if (dtype === 'bfloat16') return roundBfloat16;
  if (dtype === 'float16') return roundFloat16;
  throw new Error(`unsupported rope.table_dtype ${dtype}`);
}

/**
 * RoPE tables as the spec describes them: inv_freq[i] = 1 / base ** (2i / head_dim) in float32,
 * theta = pos * inv_freq[i] in float32, cos/sin in float32 then rounded to table_dtype.
 * Returns {cos, sin} Float32Arrays of shape [nPos, head_dim/2] for positions start..start+nPos-1.
 */
export function ropeTables(spec, start, nPos) {
  const D = spec.head_dim;
  const half = D / 2;
  const fr = Math.fround;
  const base = fr(spec.rope.base);
  const inv = new Float32Array(half);
  for (let i = 0; i < half; i++) {
    const expo = fr(fr(2 * i) / fr(D));
    inv[i] = fr(1 / fr(Math.pow(base, expo)));
  }
  const round = roundTo(spec.rope.table_dtype);
  const cos = new Float32Array(nPos * half);
  const sin = new Float32Array(nPos * half);
  for (let p = 0; p < nPos; p++) {
    const pos = fr(start + p);
    for (let i = 0; i < half; i++) {
      const theta = fr(pos * inv[i]);
      cos[p * half + i] = round(fr(Math.cos(theta)));
      sin[p * half + i] = round(fr(Math.sin(theta)));
    }
  }
  return { cos, sin };
}

/**
 * Channel-ordered RoPE multipliers so that rope(x) = x * C + x[..., partner] * S exactly reproduces
 * a' = a cos - sign b sin, b' = sign a sin + b cos (sign flips are exact in float32).
 * Returns {C, S} Float32Arrays [nPos, head_dim] and the partner permutation (Int32Array [head_dim]).
 */
export function ropeMultipliers(spec, start, nPos) {
  const D = spec.head_dim;
  const half = D / 2;
  const sign = spec.rope.sign;
  const { cos, sin } = ropeTables(spec, start, nPos);
  const C = new Float32Array(nPos * D);
  const S = new Float32Array(nPos * D);
  const partner = new Int32Array(D);
  const interleaved = spec.rope.style === 'interleaved';
  for (let i = 0; i < half; i++) {
    const ca = interleaved ? 2 * i : i;
    const cb = interleaved ? 2 * i + 1 : i + half;
    partner[ca] = cb;
    partner[cb] = ca;
    for (let p = 0; p < nPos; p++) {
      const c = cos[p * half + i];
      const s = sin[p * half + i];
      C[p * D + ca] = c;
      C[p * D + cb] = c;
      S[p * D + ca] = -sign * s; // a' = a*c + b*(-sign*s)
      S[p * D + cb] = sign * s; //  b' = b*c + a*(sign*s)
    }
  }
  return { C, S, partner };
}

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

// ------------------------------------------------------------------------------------------------------------

function disposeLayerCache(l) {
  if (l.kT) for (const t of l.kT) t.dispose();
  if (l.v) for (const t of l.v) t.dispose();
}

function transpose2d(data, rows, cols) {
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let c = 0; c < cols; c++) out[c * rows + r] = data[base + c];
  }
  return out;
}

function scalarValue(w) {
  if (w.data.length !== 1) throw new Error(`expected a scalar, got ${w.data.length} values`);
  return w.data[0];
}

export class GPT {
  /**
   * Build the model on the current TF.js backend from a loaded bundle ({config, weights}) — see loadBundle().
   * The bundle's Float32Arrays are uploaded; the bundle can be dropped afterwards.
   */
  constructor(bundle) {
    if (!bundle || !bundle.config || !bundle.weights) throw new Error('GPT: expected a loaded bundle ({config, weights})');
    const spec = parseSpec(bundle.config);
    this.spec = spec;
    this.config = spec;
    const W = bundle.weights;
    const problems = checkTensors(spec, Object.fromEntries(Object.entries(W).map(([k, t]) => [k, t.shape])));
    if (problems.length) throw new Error(`GPT: bundle weights do not match its config: ${problems.join('; ')}`);
    this._tensors = [];
    try {
      this._build(spec, W);
    } catch (e) {
      for (const t of this._tensors) t.dispose();
      this._tensors = [];
      throw e;
    }
    this.disposed = false;
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
    this.H = H;
    this.KV = KV;
    this.D = D;
    this.G = H / KV;
    this.qDim = H * D;
    this.kvDim = KV * D;
    const keep = (t) => {
      this._tensors.push(t);
      return t;
    };
    const t2 = (name) => {
      const w = get(name);
      return keep(tf.tensor2d(w.data, w.shape, 'float32'));
    };
    // Linear weights are stored [out, in]; we upload them transposed ([in, out]) so every projection is a plain
    // x @ Wt (TF.js's transposeB path is up to 6x slower on wasm).
    const lin = (data, rows, cols) => keep(tf.tensor2d(transpose2d(data, rows, cols), [cols, rows], 'float32'));
    const linW = (name) => {
      const w = get(name);
      return lin(w.data, w.shape[0], w.shape[1]);
    };
    const scalar = (v) => keep(tf.scalar(v, 'float32'));

    this.wte = t2('wte.weight');
    // Rows past vocab_size only exist for padding; slicing the weight is the same as slicing the logits.
    const lm = get('lm_head.weight');
    this.lmHead = lin(lm.data.subarray(0, spec.vocab_size * C), spec.vocab_size, C);
    const resid = get('resid_lambdas').data;
    const x0l = get('x0_lambdas').data;
    const veLayers = new Set(spec.value_embed ? spec.value_embed.layers : []);
    this.layers = [];
    for (let i = 0; i < spec.n_layer; i++) {
      const p = `blocks.${i}.`;
      const L = {
        index: i,
        resid: scalar(resid[i]),
        x0: scalar(x0l[i]),
        wq: linW(p + 'attn.c_q.weight'),
        wk: linW(p + 'attn.c_k.weight'),
        wv: linW(p + 'attn.c_v.weight'),
        wproj: linW(p + 'attn.c_proj.weight'),
        wfc: linW(p + 'mlp.c_fc.weight'),
        wmproj: linW(p + 'mlp.c_proj.weight'),
        window: spec.window[i],
        ve: null,
        veGate: null,
        logK: null,
      };
      if (veLayers.has(i)) {
        L.ve = t2(`value_embeds.${i}.weight`);
        L.veGate = linW(p + 'attn.ve_gate.weight');
      }
      if (spec.activation.kind === 'eml') {
        const kv = scalarValue(get(p + 'mlp.eml_k'));
        L.logK = scalar(Math.fround(Math.log(kv)));
      }
      this.layers.push(L);
    }
    this.eps = scalar(spec.norm_eps);
    this.sqrtD = scalar(Math.sqrt(D));
    this.qkScale = spec.qk_scale === 1 ? null : scalar(spec.qk_scale);
    this.softcap = spec.softcap === null ? null : scalar(spec.softcap);
    if (spec.value_embed) this.gateScale = scalar(spec.value_embed.gate_scale);
    if (spec.smear) {
      this.smearGate = linW('smear_gate.weight');
      this.smearLambda = scalar(scalarValue(get('smear_lambda')));
    }
    if (spec.backout) this.backoutLambda = scalar(scalarValue(get('backout_lambda')));
    if (spec.activation.kind === 'eml') {
      this.emlClamp = scalar(spec.activation.params.exp_clamp);
      this.emlFloor = scalar(spec.activation.params.log_floor);
    }
    const partner = ropeMultipliers(spec, 0, 1).partner;
    this.partner = keep(tf.tensor1d(partner, 'int32'));
    // the same permutation as a [D, D] 0/1 matrix: x @ P == x[..., partner] exactly (one product by 1, the rest
    // by 0), and a 2-D matmul is far cheaper than a gather on wasm/webgl
    const P = new Float32Array(D * D);
    for (let c = 0; c < D; c++) P[partner[c] * D + c] = 1;
    this.partnerMatrix = keep(tf.tensor2d(P, [D, D], 'float32'));
    this.maxKeep = spec.window.map((w) => (w === null ? Infinity : w - 1));
  }

  get vocabSize() {
    return this.spec.vocab_size;
  }

  dispose() {
    if (this.disposed) return;
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

  _norm(x) {
    // x * rsqrt(mean(x^2) + eps) over the last axis, parameter-free.
    return tf.mul(x, tf.rsqrt(tf.add(tf.mean(tf.square(x), -1, true), this.eps)));
  }

  _linear(x, wt) {
    // y = x @ W.T with W uploaded as Wt = W.T
    return tf.matMul(x, wt);
  }

  _rope(x, Ct, St) {
    // x [T, heads, D]; Ct, St [T, 1, D]; rope(x) = x * C + x[..., partner] * S
    let swapped;
    if (tf.getBackend() === 'cpu') {
      swapped = tf.gather(x, this.partner, 2);
    } else {
      const [T, nh, D] = x.shape;
      swapped = tf.reshape(tf.matMul(tf.reshape(x, [T * nh, D]), this.partnerMatrix), [T, nh, D]);
    }
    return tf.add(tf.mul(x, Ct), tf.mul(swapped, St));
  }

  _act(z, L) {
    if (this.spec.activation.kind === 'relu2') return tf.square(tf.relu(z));
    // eml(z) = exp(zc) - ln(max(exp(zc) - ln(k), log_floor)), zc = min(z, exp_clamp)
    const ez = tf.exp(tf.minimum(z, this.emlClamp));
    return tf.sub(ez, tf.log(tf.maximum(tf.sub(ez, L.logK), this.emlFloor)));
  }

  /** Embedding + smear for tokens at positions pos0.. ; prevX is the pre-smear normed row of position pos0-1. */
  _embed(idsT, n, pos0, prevX) {
    const x = this._norm(tf.gather(this.wte, idsT));
    let out = x;
    if (this.spec.smear) {
      const ch = this.spec.smear.channels;
      // previous pre-smear rows for each new row (null for the very first token of the sequence)
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
   * One pass over n new tokens at positions pos0..pos0+n-1. `past` (optional) holds per-layer cached keys/values
   * [KV, Tc, D] for positions pos0-Tc..pos0-1. Returns tensors: logits, new per-layer k/v (full, untrimmed),
   * the last raw embedding row, and taps when requested. Must be called inside tf.tidy.
   */
  _pass(ids, pos0, past, opts) {
    const spec = this.spec;
    const n = ids.length;
    const { H, KV, D, G } = this;
    const want = opts.taps;
    const taps = {};
    const tap = (name, t) => {
      if (want && (want === true || want.has(name))) taps[name] = t;
    };
    const idsT = tf.tensor1d(Int32Array.from(ids), 'int32');
    const emb = this._embed(idsT, n, pos0, past ? past.prevX : null);
    let x = emb.x;
    const x0 = x;
    tap('embed', x0);
    const { C: Cm, S: Sm } = ropeMultipliers(spec, pos0, n);
    const Ct = tf.tensor3d(Cm, [n, 1, D], 'float32');
    const St = tf.tensor3d(Sm, [n, 1, D], 'float32');
    const newKV = [];
    let xBackout = null;
    for (const L of this.layers) {
      const i = L.index;
      x = tf.add(tf.mul(L.resid, x), tf.mul(L.x0, x0));
      const h = this._norm(x);
      // separate projections: slicing a fused qkv output is slow on the cpu backend
      let q = tf.reshape(this._linear(h, L.wq), [n, H, D]);
      let k = tf.reshape(this._linear(h, L.wk), [n, KV, D]);
      let v = tf.reshape(this._linear(h, L.wv), [n, KV, D]);
      if (L.ve) {
        const gch = spec.value_embed.gate_channels;
        const gate = tf.mul(this.gateScale, tf.sigmoid(this._linear(tf.slice(h, [0, 0], [n, gch]), L.veGate))); // [n, KV]
        const ve = tf.reshape(tf.gather(L.ve, idsT), [n, KV, D]);
        v = tf.add(v, tf.mul(tf.reshape(gate, [n, KV, 1]), ve));
      }
      q = this._norm(this._rope(q, Ct, St));
      k = this._norm(this._rope(k, Ct, St));
      if (this.qkScale) {
        q = tf.mul(q, this.qkScale);
        k = tf.mul(k, this.qkScale);
      }
      tap(`blocks.${i}.attn.q`, q);
      tap(`blocks.${i}.attn.k`, k);
      tap(`blocks.${i}.attn.v`, v);
      // Attention per kv head with plain 2-D matmuls (the only matmul shape TF.js-wasm runs through XNNPACK;
      // batched or transposed matmuls take a much slower path there): keys are kept transposed, [D, Tk].
      const kTn = KV === 1 ? [tf.transpose(tf.reshape(k, [n, D]))] : tf.unstack(tf.transpose(k, [1, 2, 0])); // KV x [D, n]
      const vn = KV === 1 ? [tf.reshape(v, [n, D])] : tf.unstack(tf.transpose(v, [1, 0, 2])); // KV x [n, D]
      // queries [n, H, D] -> per kv head [G*n, D]: heads kv*G .. kv*G+G-1 share kv head kv
      const qn = KV === 1 && G === 1 ? [tf.reshape(q, [n, D])] : tf.unstack(tf.reshape(tf.transpose(q, [1, 0, 2]), [KV, G * n, D]));
      const pk = past ? past.layers[i] : null;
      const kT = [];
      const vv = [];
      for (let h = 0; h < KV; h++) {
        kT.push(pk && pk.len > 0 ? tf.concat([pk.kT[h], kTn[h]], 1) : kTn[h]);
        vv.push(pk && pk.len > 0 ? tf.concat([pk.v[h], vn[h]], 0) : vn[h]);
      }
      const nk = kT[0].shape[1];
      const k0 = pos0 + n - nk;
      newKV.push({ kT, v: vv, len: nk });
      const maskArr = attentionMask(pos0, n, k0, nk, L.window, G);
      const mask = maskArr ? tf.tensor2d(maskArr, [G * n, nk], 'float32') : null;
      const ys = [];
      for (let h = 0; h < KV; h++) {
        let sc = tf.div(tf.matMul(qn[h], kT[h]), this.sqrtD); // [G*n, nk]
        if (mask) sc = tf.add(sc, mask);
        const e = tf.exp(tf.sub(sc, tf.max(sc, -1, true)));
        const p = tf.div(e, tf.sum(e, -1, true));
        ys.push(tf.matMul(p, vv[h])); // [G*n, D]
      }
      const yh = KV === 1 ? tf.reshape(ys[0], [H, n, D]) : tf.reshape(tf.stack(ys), [H, n, D]);
      const y = H === 1 ? tf.reshape(yh, [n, D]) : tf.reshape(tf.transpose(yh, [1, 0, 2]), [n, H * D]);
      const attnOut = this._linear(y, L.wproj);
      tap(`blocks.${i}.attn_out`, attnOut);
      x = tf.add(x, attnOut);
      const mlpOut = this._linear(this._act(this._linear(this._norm(x), L.wfc), L), L.wmproj);
      tap(`blocks.${i}.mlp_out`, mlpOut);
      x = tf.add(x, mlpOut);
      tap(`blocks.${i}.out`, x);
      if (spec.backout && i === spec.backout.layer) xBackout = x;
    }
    if (xBackout) x = tf.sub(x, tf.mul(this.backoutLambda, xBackout));
    let xf = this._norm(x);
    tap('final_norm', xf);
    const needAll = opts.allPositions || (want && (want === true || want.has('logits')));
    if (!needAll) xf = tf.slice(xf, [n - 1, 0], [1, -1]);
    let logits = this._linear(xf, this.lmHead);
    if (this.softcap) logits = tf.mul(this.softcap, tf.tanh(tf.div(logits, this.softcap)));
    tap('logits', logits);
    const lastRaw = tf.slice(emb.raw, [n - 1, 0], [1, -1]);
    return { logits, newKV, lastRaw, taps };
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
    const out = tf.tidy(() => {
      const r = this._pass(Array.from(ids), 0, null, { taps: want, allPositions: !options.lastOnly });
      return { logits: r.logits, taps: r.taps };
    });
    return this._collect(out, options.returnTensor);
  }

  async _collect(out, returnTensor) {
    const taps = {};
    // a tap may be the very tensor returned as logits (or another tap): dispose each tensor once, at the end
    const owned = new Set(Object.values(out.taps));
    if (!returnTensor) owned.add(out.logits);
    try {
      for (const [name, t] of Object.entries(out.taps)) taps[name] = { shape: t.shape.slice(), data: await t.data() };
      const shape = out.logits.shape.slice();
      if (returnTensor) {
        owned.delete(out.logits);
        return { logits: out.logits, shape, taps };
      }
      return { logits: await out.logits.data(), shape, taps };
    } finally {
      for (const t of owned) t.dispose();
    }
  }

  /** A fresh KV cache (position 0). Dispose it when done (or let step() reuse it). */
  createCache() {
    const model = this;
    return {
      pos: 0,
      layers: this.layers.map(() => ({ kT: null, v: null, len: 0 })),
      prevX: null,
      disposed: false,
      model,
      dispose() {
        for (const l of this.layers) disposeLayerCache(l);
        this.layers = this.layers.map(() => ({ kT: null, v: null, len: 0 }));
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
   * Returns {logits: Float32Array [V] for the last new position (or [n*V] with {allPositions: true}), shape, pos}.
   */
  async step(cache, ids, options = {}) {
    if (!cache || cache.model !== this) throw new Error('GPT: step needs a cache from this model\'s createCache()');
    if (cache.disposed) throw new Error('GPT: the cache has been disposed');
    this._check(ids);
    if (ids.length === 0) throw new Error('GPT: step needs at least one token');
    const pos0 = cache.pos;
    const n = ids.length;
    const out = tf.tidy(() => {
      const r = this._pass(Array.from(ids), pos0, cache.pos > 0 ? cache : null, { taps: GPT._tapSet(options.taps), allPositions: !!options.allPositions });
      const kept = r.newKV.map((kv, i) => {
        const keepN = Math.min(this.maxKeep[i], kv.len);
        if (keepN === kv.len) return kv;
        if (keepN === 0) return { kT: null, v: null, len: 0 };
        const drop = kv.len - keepN;
        return {
          kT: kv.kT.map((t) => tf.slice(t, [0, drop], [-1, keepN])),
          v: kv.v.map((t) => tf.slice(t, [drop, 0], [keepN, -1])),
          len: keepN,
        };
      });
      return { logits: r.logits, taps: r.taps, layers: kept, lastRaw: r.lastRaw };
    });
    // swap the cache contents
    for (let i = 0; i < cache.layers.length; i++) {
      disposeLayerCache(cache.layers[i]);
      cache.layers[i] = out.layers[i];
    }
    if (cache.prevX) cache.prevX.dispose();
    cache.prevX = out.lastRaw;
    cache.pos = pos0 + n;
    const res = await this._collect({ logits: out.logits, taps: out.taps }, options.returnTensor);
    res.pos = cache.pos;
    return res;
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

function mulberry32(seed) {
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
 * ('cpu' | 'wasm' | 'webgl'; default: keep the current one); options.wasmPaths for browsers; other options go to
 * loadBundle (fetch, readBytes).
 */
export async function createModel(source, options = {}) {
  if (options.backend) await setBackend(options.backend, options);
  const bundle = source && source.config && source.weights && source.container ? source : await loadBundle(source, options);
  return new GPT(bundle);
}
