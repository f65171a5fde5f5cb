// The TF.js op path: an Executor (executor.js) that runs the forward pass as TF.js ops on the current backend
// (cpu, webgl, webgpu; wasm too when asked for with {executor: 'tfjs'}), reading the recipe plan (recipe.js).
// Everything is float32; RoPE multiplier tables are built on the host (recipe.js) and each pass uploads only
// its positions' rows.
//
// Weights on the backend. A float weight is one float32 tensor. Linear weights are stored [out, in] in bundles and
// uploaded transposed ([in, out]) so that every projection is a plain x @ Wt (TF.js's transposeB path is up to 6x
// slower on wasm); q, k and v share one matmul ([C, (H + 2 KV) D], their biases concatenated the same way). An int8
// weight (symmetric, one scale per row of the stored [out, in] matrix) is either dequantised once at load
// ('float32': 4 bytes per weight) or kept "packed": three int8 values per float32 element (b0 + 256 b1 + 65536 b2
// with b = q + 128, an integer below 2^24 and so exact in float32), 1.33 bytes per weight, unpacked with exact
// floorDiv/mod ops inside the pass each time it is used. The dequantised value (q * scale rounded to float32
// once) is the very number the float32 mode holds: both modes compute the same logits.

import * as tf from '@tensorflow/tfjs';
import { recipePlan, floatValues, int8Bytes, scalarValue, attentionMask, ropeMultipliers, ropeRows } from './recipe.js';

const fr = Math.fround;

/** Row-major float32 [rows, cols] transposed to [cols, rows]. */
function transposedFloat(data, rows, cols) {
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let c = 0; c < cols; c++) out[c * rows + r] = data[base + c];
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
      out[r * pc + c] = axis === 0
        ? byte(r, c) + 256 * byte(r + n3, c) + 65536 * byte(r + 2 * n3, c)
        : byte(r, c) + 256 * byte(r, c + n3) + 65536 * byte(r, c + 2 * n3);
    }
  }
  return { data: out, shape: [pr, pc] };
}

function disposeLayerCache(l) {
  if (l.k) l.k.dispose();
  if (l.v) l.v.dispose();
}

export class TfjsExecutor {
  /**
   * spec: a parsed spec; tensors: {name: {dtype, shape}}; options.int8: 'packed' keeps int8 weights packed three to
   * a float32 (else they are dequantised at load).
   */
  constructor(spec, tensors, options = {}) {
    this.kind = 'tfjs-ops';
    this.spec = spec;
    this.plan = recipePlan(spec);
    this.packed = options.int8 === 'packed';
    this._tensors = [];
    this._pending = {};
    this.disposed = false;
  }

  /** Take one bundle tensor; the weights are uploaded by finish() (q, k and v of a layer become one matrix). */
  accept(name, w) {
    this._pending[name] = w;
  }

  finish() {
    try {
      this._build(this._pending);
    } finally {
      this._pending = null;
    }
  }

  get residentWeightBytes() {
    return this._tensors.reduce((a, t) => a + 4 * t.size, 0);
  }

  get int8Weights() {
    return false;
  }

  get sharedMemory() {
    return null;
  }

  dispose() {
    if (this.disposed) return;
    for (const t of this._tensors) t.dispose();
    this._tensors = [];
    this.disposed = true;
  }

  _keep(t) {
    this._tensors.push(t);
    return t;
  }

  _build(W) {
    const { spec, plan: P } = this;
    const get = (name) => {
      const w = W[name];
      if (!w) throw new Error(`GPT: bundle has no tensor "${name}"`);
      return w;
    };
    const { H, KV, D, C } = P;
    const packed = this.packed;
    const keepW = (t) => this._keep(t);
    const scalar = (v) => this._keep(tf.scalar(v, 'float32'));
    const vector = (name) => (name ? keepW(tf.tensor1d(floatValues(get(name)), 'float32')) : null);

    // Linear weights sharing an input, concatenated along `out` (one matmul), transposed to [in, out]; their
    // biases concatenated likewise (null when the recipe has none). rowLimit: use only the first rows.
    const linear = (lins, rowLimit = null) => {
      const ws = lins.map((l) => get(l.weight));
      const inDim = ws[0].shape[1];
      const outs = ws.map((w) => (rowLimit === null ? w.shape[0] : rowLimit));
      const outDim = outs.reduce((a, b) => a + b, 0);
      const bias = lins.some((l) => l.bias)
        ? keepW(tf.tensor1d(Float32Array.from(lins.flatMap((l) => Array.from(floatValues(get(l.bias)))))))
        : null;
      if (packed && ws.every((w) => w.dtype === 'int8')) {
        const qs = ws.map(int8Bytes);
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
          axis: 0, rows: inDim, cols: outDim, bias,
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
      return { t: keepW(tf.tensor2d(data, [inDim, outDim], 'float32')), bias };
    };
    // Tables read by row (embeddings): [rows, cols]; packed along columns so a gather of rows unpacks only those.
    const table = (name) => {
      const w = get(name);
      const [R, Cc] = w.shape;
      if (packed && w.dtype === 'int8') {
        const q = int8Bytes(w);
        const p = packInt8((r, c) => q[r * Cc + c], R, Cc, 1);
        return {
          packed: keepW(tf.tensor2d(p.data, p.shape, 'float32')),
          scale: keepW(tf.tensor2d(w.scale, [R, 1], 'float32')),
          axis: 1, rows: R, cols: Cc,
        };
      }
      return { t: keepW(tf.tensor2d(floatValues(w), [R, Cc], 'float32')) };
    };
    const norm = (n) => (n ? { weight: vector(n.weight), bias: vector(n.bias) } : null);

    this.wte = table(P.embed.wte);
    this.wpe = P.embed.wpe ? table(P.embed.wpe) : null;
    this.embedNorm = norm(P.embed.norm);
    // Rows past vocab_size only exist for padding; slicing the weight is the same as slicing the logits.
    this.lmHead = linear([{ weight: P.head, bias: null }], P.vocab);
    this.finalNorm = norm(P.finalNorm);
    const resid = P.residual === 'lambdas' ? floatValues(get('resid_lambdas')) : null;
    const x0l = P.residual === 'lambdas' ? floatValues(get('x0_lambdas')) : null;
    this.layers = P.layers.map((L) => {
      const i = L.index;
      return {
        plan: L,
        index: i,
        resid: resid ? scalar(resid[i]) : null,
        x0: x0l ? scalar(x0l[i]) : null,
        attnNorm: norm(L.attnNorm),
        mlpNorm: norm(L.mlpNorm),
        wqkv: linear([L.q, L.k, L.v]),
        qkNormW: L.qNorm ? keepW(tf.tensor2d(Float32Array.from([
          ...Array.from({ length: H }, () => Array.from(floatValues(get(L.qNorm)))).flat(),
          ...Array.from({ length: KV }, () => Array.from(floatValues(get(L.kNorm)))).flat()]), [H + KV, D])) : null,
        wproj: linear([L.proj]),
        wgate: L.gate ? linear([L.gate]) : null,
        wfc: linear([L.fc]),
        wdown: linear([L.down]),
        ve: L.ve ? table(L.ve.table) : null,
        veGate: L.ve ? linear([{ weight: L.ve.gate, bias: null }]) : null,
        logK: L.emlK ? scalar(fr(Math.log(scalarValue(get(L.emlK))))) : null,
      };
    });
    this.eps = scalar(spec.norm_eps);
    // attention scale: the legacy recipe divides by sqrt(head_dim) (kept bit for bit); attn.scale multiplies
    this.sqrtD = spec.attn.scale === null ? scalar(Math.sqrt(D)) : null;
    this.attnScale = spec.attn.scale === null ? null : scalar(spec.attn.scale);
    this.qkScale = spec.qk_scale === 1 ? null : scalar(spec.qk_scale);
    this.softcap = spec.softcap === null ? null : scalar(spec.softcap);
    if (spec.value_embed) this.gateScale = scalar(spec.value_embed.gate_scale);
    if (spec.smear) {
      this.smearGate = linear([{ weight: 'smear_gate.weight', bias: null }]);
      this.smearLambda = scalar(scalarValue(get('smear_lambda')));
    }
    if (spec.backout) this.backoutLambda = scalar(scalarValue(get('backout_lambda')));
    const act = spec.activation;
    if (act.kind === 'eml') {
      this.emlClamp = scalar(act.params.exp_clamp);
      this.emlFloor = scalar(act.params.log_floor);
    }
    if (act.kind === 'gelu_tanh') {
      this.geluC = scalar(2 * Math.sqrt(2 / Math.PI)); // z * sigmoid(2u), 2u = 2 sqrt(2/pi) (z + 0.044715 z^3)
      this.geluA = scalar(0.044715);
    }
    if (act.kind === 'gelu_erf') {
      this.half = scalar(0.5);
      this.invSqrt2 = scalar(Math.SQRT1_2);
    }
    if (packed) {
      this.c128 = scalar(128);
      this.c256 = scalar(256);
    }
    Object.assign(this, { H, KV, D, C, G: H / KV });
    // RoPE multiplier tables [rows, head_dim] on the host (partial rotary: the channels past rotary_dim are the
    // identity, C = 1 and S = 0), grown when a pass needs later positions; each pass uploads only its rows
    this._ropeRows = 0;
    if (P.rope) this._growRope(1);
  }

  _growRope(needed) {
    const rows = ropeRows(this.spec, needed);
    if (rows <= this._ropeRows) return;
    const { C, S, partner } = ropeMultipliers(this.spec, 0, rows, { full: true });
    this._ropeC = C;
    this._ropeS = S;
    this._ropeRows = rows;
    if (!this.partner) {
      const D = this.D;
      this.partner = this._keep(tf.tensor1d(partner, 'int32'));
      // the same permutation as a [D, D] 0/1 matrix: x @ P == x[..., partner] exactly (one product by 1, the
      // rest by 0); on wasm/webgl a 2-D matmul is far cheaper than a gather or a reverse
      const Pm = new Float32Array(D * D);
      for (let c = 0; c < D; c++) Pm[partner[c] * D + c] = 1;
      this.partnerMatrix = this._keep(tf.tensor2d(Pm, [D, D], 'float32'));
    }
  }

  // --- building blocks (call inside tf.tidy) -----------------------------------------------------------

  /** The float32 matrix of a weight (unpacked from int8 when packed). */
  _mat(w) {
    if (w.t) return w.t;
    return this._unpack(w.packed, w.scale, w.axis, w.rows, w.cols);
  }

  _unpack(p, scale, axis, rows, cols) {
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

  /** The recipe's norm over the last axis ({weight, bias} tensors or null): rms or layer. */
  _norm(x, n = null) {
    let y;
    if (this.plan.norm.layer) {
      const c = tf.sub(x, tf.mean(x, -1, true));
      y = tf.mul(c, tf.rsqrt(tf.add(tf.mean(tf.square(c), -1, true), this.eps)));
    } else {
      y = tf.mul(x, tf.rsqrt(tf.add(tf.mean(tf.square(x), -1, true), this.eps)));
    }
    if (n && n.weight) y = tf.mul(y, n.weight);
    if (n && n.bias) y = tf.add(y, n.bias);
    return y;
  }

  _linear(x, w) {
    const y = tf.matMul(x, this._mat(w));
    return w.bias ? tf.add(y, w.bias) : y;
  }

  /** x [..., D] with each RoPE pair (a, partner a) swapped (exact: a permutation). */
  _swapPairs(x) {
    if (tf.getBackend() === 'cpu') return tf.gather(x, this.partner, x.shape.length - 1);
    const D = this.D;
    return tf.reshape(tf.matMul(tf.reshape(x, [-1, D]), this.partnerMatrix), x.shape);
  }

  /** The MLP's first half: act(h Wg + bg) * (h Wfc + bfc) when gated, else act(h Wfc + bfc). */
  _mlpIn(hm, L) {
    const kind = this.spec.activation.kind;
    const first = L.wgate ?? L.wfc;
    let z;
    if (kind === 'relu' || kind === 'relu2') {
      // the relu fused into the matmul when the weight is float32 (TF.js fused matMul, bias included)
      z = first.t
        ? tf.fused.matMul({ a: hm, b: first.t, bias: first.bias ?? undefined, activation: 'relu' })
        : tf.relu(this._linear(hm, first));
    } else {
      z = this._linear(hm, first);
    }
    const a = this._act(z, L);
    return L.wgate ? tf.mul(a, this._linear(hm, L.wfc)) : a;
  }

  /** The activation of z (relu and relu2 get z after its relu). */
  _act(z, L) {
    switch (this.spec.activation.kind) {
      case 'relu2': return tf.square(z);
      case 'relu': return z;
      case 'silu': return tf.mul(z, tf.sigmoid(z));
      case 'gelu_tanh': // 0.5 z (1 + tanh(u)) = z sigmoid(2u), 2u = 2 sqrt(2/pi) (z + 0.044715 z^3)
        return tf.mul(z, tf.sigmoid(tf.mul(this.geluC, tf.add(z, tf.mul(this.geluA, tf.mul(z, tf.square(z)))))));
      case 'gelu_erf': // 0.5 z (1 + erf(z / sqrt(2)))
        return tf.mul(tf.mul(this.half, z), tf.add(1, tf.erf(tf.mul(z, this.invSqrt2))));
      case 'eml': { // exp(zc) - ln(max(exp(zc) - ln(k), log_floor)), zc = min(z, exp_clamp)
        const ez = tf.exp(tf.minimum(z, this.emlClamp));
        return tf.sub(ez, tf.log(tf.maximum(tf.sub(ez, L.logK), this.emlFloor)));
      }
      default: throw new Error(`unsupported activation ${this.spec.activation.kind}`);
    }
  }

  /** Embedding (+ learned positions, the embedding norm, smear) for tokens at positions pos0..; prevX is the pre-smear row of pos0-1. */
  _embed(idsT, n, pos0, prevX) {
    let x = this._rows(this.wte, idsT);
    if (this.wpe) x = tf.add(x, this._rows(this.wpe, tf.range(pos0, pos0 + n, 1, 'int32')));
    if (this.embedNorm) x = this._norm(x, this.embedNorm);
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
   * One block over n new tokens (call inside tf.tidy). x, x0 [n, C]; Ct, St [n, 1, D] (or null without RoPE); pk:
   * cached {k, v} [KV, Tc, D] for the positions just before pos0 (or null); mask [G*n, nk] or null.
   * Returns {x, k, v} (k/v: all keys/values attended to, cached + new) and the taps asked for.
   */
  _block(L, x, x0, idsT, Ct, St, pk, mask, tap) {
    const spec = this.spec;
    const { H, KV, D, G } = this;
    const n = x.shape[0];
    const i = L.index;
    if (L.resid) x = tf.add(tf.mul(L.resid, x), tf.mul(L.x0, x0));
    const h = this._norm(x, L.attnNorm);
    const qkv = this._linear(h, L.wqkv); // [n, (H + 2 KV) D]: one matmul for q, k and v
    const [qkFlat, vFlat] = tf.split(qkv, [(H + KV) * D, KV * D], 1);
    let v = tf.reshape(vFlat, [n, KV, D]);
    if (L.ve) {
      const gch = spec.value_embed.gate_channels;
      const gate = tf.mul(this.gateScale, tf.sigmoid(this._linear(tf.slice(h, [0, 0], [n, gch]), L.veGate))); // [n, KV]
      v = tf.add(v, tf.mul(tf.reshape(gate, [n, KV, 1]), tf.reshape(this._rows(L.ve, idsT), [n, KV, D])));
    }
    // q and k together [n, H + KV, D]: the per-head norm (before or after RoPE; its weights, q_norm repeated over
    // the H query heads and k_norm over the KV key heads, as one [H + KV, D] tensor), RoPE as x * C + swap(x) * S
    let qk = tf.reshape(qkFlat, [n, H + KV, D]);
    const qkNorm = spec.qk_norm ? { weight: L.qkNormW, bias: null } : null;
    if (qkNorm && spec.qk_norm.order === 'before_rope') qk = this._norm(qk, qkNorm);
    if (Ct) qk = tf.add(tf.mul(qk, Ct), tf.mul(this._swapPairs(qk), St));
    if (qkNorm && spec.qk_norm.order === 'after_rope') qk = this._norm(qk, qkNorm);
    if (this.qkScale) qk = tf.mul(qk, this.qkScale);
    const [q, k] = tf.split(qk, [H, KV], 1);
    tap(`blocks.${i}.attn.q`, q);
    tap(`blocks.${i}.attn.k`, k);
    tap(`blocks.${i}.attn.v`, v);
    // heads grouped by kv head for attention: queries [KV, G*n, D] (rows g*n + t), keys/values [KV, n, D]
    const qg = n === 1 ? tf.reshape(q, [KV, G, D]) : tf.reshape(tf.transpose(q, [1, 0, 2]), [KV, G * n, D]);
    let kn = n === 1 ? tf.reshape(k, [KV, 1, D]) : tf.transpose(k, [1, 0, 2]);
    let vn = n === 1 ? tf.reshape(v, [KV, 1, D]) : tf.transpose(v, [1, 0, 2]);
    if (pk) {
      kn = tf.concat([pk.k, kn], 1);
      vn = tf.concat([pk.v, vn], 1);
    }
    const scale = (s) => (this.sqrtD ? tf.div(s, this.sqrtD) : tf.mul(s, this.attnScale));
    let y;
    if (n === 1 || tf.getBackend() !== 'wasm') {
      // all heads in one batched matmul each for scores and values
      let sc = scale(tf.matMul(qg, kn, false, true)); // [KV, G*n, T]
      if (mask) sc = tf.add(sc, mask);
      y = tf.matMul(tf.softmax(sc), vn); // [KV, G*n, D]
    } else {
      // TF.js's wasm backend runs only plain 2-D matmuls through XNNPACK; its batched path is ~8x slower at prefill sizes
      const qs = KV === 1 ? [tf.reshape(qg, [G * n, D])] : tf.unstack(qg);
      const kTs = KV === 1 ? [tf.transpose(tf.reshape(kn, [-1, D]))] : tf.unstack(tf.transpose(kn, [0, 2, 1]));
      const vs = KV === 1 ? [tf.reshape(vn, [-1, D])] : tf.unstack(vn);
      const ys = qs.map((qh, hh) => {
        let sc = scale(tf.matMul(qh, kTs[hh])); // [G*n, T]
        if (mask) sc = tf.add(sc, mask);
        return tf.matMul(tf.softmax(sc), vs[hh]);
      });
      y = KV === 1 ? tf.reshape(ys[0], [1, G * n, D]) : tf.stack(ys);
    }
    const yf = n === 1 ? tf.reshape(y, [1, H * D]) : tf.reshape(tf.transpose(tf.reshape(y, [H, n, D]), [1, 0, 2]), [n, H * D]);
    const attnOut = this._linear(yf, L.wproj);
    tap(`blocks.${i}.attn_out`, attnOut);
    x = tf.add(x, attnOut);
    const mlpOut = this._linear(this._mlpIn(this._norm(x, L.mlpNorm), L), L.wdown);
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
  _run(ids, pos0, past, opts) {
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
    if (this.plan.rope) this._growRope(pos0 + n);
    const keepTaps = () => Object.values(taps).forEach((t) => { tf.keep(t); owned.add(t); });
    let idsT = null;
    let Ct = null;
    let St = null;
    const newKV = [];
    try {
      idsT = tf.tensor1d(Int32Array.from(ids), 'int32');
      const D = this.D;
      if (this.plan.rope) {
        Ct = tf.tensor3d(this._ropeC.subarray(pos0 * D, (pos0 + n) * D), [n, 1, D], 'float32');
        St = tf.tensor3d(this._ropeS.subarray(pos0 * D, (pos0 + n) * D), [n, 1, D], 'float32');
      }
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
        const maskArr = attentionMask(pos0, n, pos0 + n - nk, nk, L.plan.window, G);
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
        const needAll = opts.allPositions || wants('logits');
        const needNorm = wants('final_norm');
        if (!needAll && !needNorm && n > 1) xf = tf.slice(xf, [n - 1, 0], [1, -1]);
        xf = this._norm(xf, this.finalNorm);
        tap('final_norm', xf);
        if (!needAll && xf.shape[0] > 1) xf = tf.slice(xf, [n - 1, 0], [1, -1]);
        let lg = this._linear(xf, this.lmHead);
        if (this.softcap) lg = tf.mul(this.softcap, tf.tanh(tf.div(lg, this.softcap)));
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

  /** Read the pass's tensors back ({logits, taps} -> arrays) and dispose them; only `tapRows` rows of the taps. */
  async _collect(out, tapRows) {
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
    const owned = new Set([...Object.values(out.taps), out.logits]);
    try {
      // cpu and wasm hold their data in CPU memory: a synchronous read skips the async read's promise machinery;
      // GPU backends read asynchronously so a page never blocks on the GPU
      const b = tf.getBackend();
      const sync = b === 'cpu' || b === 'wasm';
      const read = async (t) => (sync ? t.dataSync() : t.data());
      for (const [name, t] of Object.entries(out.taps)) taps[name] = { shape: t.shape.slice(), data: await read(t) };
      return { logits: await read(out.logits), rows: out.logits.shape[0], taps };
    } finally {
      for (const t of owned) t.dispose();
    }
  }

  /** A fresh KV cache (position 0): per layer one [KV, T, D] tensor each for keys and values. */
  createCache() {
    const empty = () => ({ k: null, v: null, len: 0 });
    return {
      pos: 0,
      layers: this.layers.map(empty),
      prevX: null,
      disposed: false,
      engine: this,
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
   * The Executor pass: n new tokens at pos0 after what `cache` holds (null: stateless). Each layer's cache keeps at
   * most window-1 keys (the most a future query can see besides itself).
   */
  async pass(ids, pos0, cache, opts) {
    if (this.disposed) throw new Error('GPT: model has been disposed');
    const allPositions = opts.rows === 'all';
    if (!cache) {
      const r = this._run(ids, 0, null, { taps: opts.taps, allPositions });
      return this._collect({ logits: r.logits, taps: r.taps }, opts.tapRows);
    }
    const r = this._run(ids, pos0, cache.pos > 0 ? cache : null, { taps: opts.taps, allPositions, keepKV: true });
    // swap the cache contents, keeping at most window-1 keys per layer
    for (let i = 0; i < cache.layers.length; i++) {
      const kv = r.newKV[i];
      const keepN = Math.min(this.plan.layers[i].maxKeep, kv.len);
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
    cache.pos = pos0 + ids.length;
    return this._collect({ logits: r.logits, taps: r.taps }, opts.tapRows);
  }
}
