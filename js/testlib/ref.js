// Test support (not part of the library): a plain-JS float64 reference forward and tiny deterministic bundles.
//
// The reference is written independently of src/model.js (loops over plain arrays, no TF.js) and follows
// docs/FORMATS.md "Forward" literally, so the tests compare two implementations of the contract.

import { createHash } from 'node:crypto';

// ---------------------------------------------------------------------------------------------------------
// deterministic weights

export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(r) {
  const u = Math.max(r(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

export function randomF32(r, n, scale) {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = normal(r) * scale;
  return a;
}

export function tinySpec(over = {}) {
  return {
    family: 'test', source_framework: 'test',
    vocab_size: 50, padded_vocab_size: 64, n_layer: 2, n_head: 4, n_kv_head: 2, n_embd: 32, head_dim: 8,
    mlp_hidden: 64, sequence_len: 16, window: [3, null],
    rope: { style: 'interleaved', base: 10000.0, sign: 1, table_dtype: 'float32' },
    norm_eps: 1e-5, qk_scale: 1.0, value_embed: { layers: [1], gate_channels: 8, gate_scale: 2.0 },
    softcap: 15.0, activation: { kind: 'relu2', params: {} }, smear: null, backout: null, version: 1,
    ...over,
  };
}

/** Canonical weights (name -> {shape, data: Float32Array}) for a spec, seeded. */
export function tinyWeights(spec, seed = 1) {
  const r = rng(seed);
  const C = spec.n_embd;
  const V = spec.padded_vocab_size;
  const q = spec.n_head * spec.head_dim;
  const kv = spec.n_kv_head * spec.head_dim;
  const W = {};
  const mat = (name, rows, cols, scale) => { W[name] = { shape: [rows, cols], data: randomF32(r, rows * cols, scale) }; };
  mat('wte.weight', V, C, 1.0);
  mat('lm_head.weight', V, C, 3.0 / Math.sqrt(C));
  W.resid_lambdas = { shape: [spec.n_layer], data: Float32Array.from({ length: spec.n_layer }, () => 0.8 + 0.4 * r()) };
  W.x0_lambdas = { shape: [spec.n_layer], data: Float32Array.from({ length: spec.n_layer }, () => 0.3 * r()) };
  const ve = new Set(spec.value_embed ? spec.value_embed.layers : []);
  for (let i = 0; i < spec.n_layer; i++) {
    const p = `blocks.${i}.`;
    mat(p + 'attn.c_q.weight', q, C, 1 / Math.sqrt(C));
    mat(p + 'attn.c_k.weight', kv, C, 1 / Math.sqrt(C));
    mat(p + 'attn.c_v.weight', kv, C, 1 / Math.sqrt(C));
    mat(p + 'attn.c_proj.weight', C, q, 1 / Math.sqrt(q));
    mat(p + 'mlp.c_fc.weight', spec.mlp_hidden, C, 1 / Math.sqrt(C));
    mat(p + 'mlp.c_proj.weight', C, spec.mlp_hidden, 1 / Math.sqrt(spec.mlp_hidden));
    if (ve.has(i)) {
      mat(p + 'attn.ve_gate.weight', spec.n_kv_head, spec.value_embed.gate_channels, 1.0);
      mat(`value_embeds.${i}.weight`, V, kv, 1.0);
    }
    if (spec.activation.kind === 'eml') W[p + 'mlp.eml_k'] = { shape: [], data: Float32Array.of(1.5 + r()) };
  }
  if (spec.smear) {
    mat('smear_gate.weight', 1, spec.smear.channels, 1.0);
    W.smear_lambda = { shape: [1], data: Float32Array.of(0.7) };
  }
  if (spec.backout) W.backout_lambda = { shape: [1], data: Float32Array.of(0.4) };
  return W;
}

function b64(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** Quantise per row exactly as FORMATS.md says (round half to even, clip to +-127, scale 1.0 for a zero row). */
export function quantizeInt8(data, rows, cols) {
  const q = new Int8Array(rows * cols);
  const scale = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let m = 0;
    for (let c = 0; c < cols; c++) m = Math.max(m, Math.abs(data[r * cols + c]));
    scale[r] = m === 0 ? 1.0 : m / 127;
    for (let c = 0; c < cols; c++) {
      const x = data[r * cols + c] / scale[r];
      let v = Math.round(x);
      if (Math.abs(x - Math.trunc(x)) === 0.5) v = 2 * Math.round(x / 2); // half to even
      q[r * cols + c] = Math.max(-127, Math.min(127, v));
    }
  }
  return { q, scale };
}

/** A JSON bundle object (what `emlx export` writes) from canonical weights. */
export function makeBundleObject(spec, W, { int8 = false, tokenizer = null } = {}) {
  const weights = {};
  const h = createHash('sha256');
  for (const name of Object.keys(W).sort()) {
    const { shape, data } = W[name];
    if (int8 && shape.length === 2) {
      const { q, scale } = quantizeInt8(data, shape[0], shape[1]);
      weights[name] = { dtype: 'int8', shape, scale: b64(scale), data: b64(q) };
      h.update(`${name}\nint8\n${shape.join(',')}\n`);
      h.update(Buffer.from(scale.buffer));
      h.update(Buffer.from(q.buffer));
    } else {
      weights[name] = { dtype: 'float32', shape, data: b64(data) };
      h.update(`${name}\nfloat32\n${shape.join(',')}\n`);
      h.update(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    }
  }
  const weightsSha256 = h.digest('hex');
  return {
    format: 'emlx.bundle', version: 1, config: spec, tokenizer, weights, training: {}, source: {},
    weights_sha256: weightsSha256, bundle_sha256: bundleSha256Of(spec, tokenizer, weightsSha256), generated_by: 'emlx js tests',
  };
}

/** RFC 8785 canonical JSON, written here again (tests check the library's against it and against Python's). */
export function jcs(v) {
  if (Array.isArray(v)) return '[' + v.map(jcs).join(',') + ']';
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v);
    keys.sort();
    return '{' + keys.map((k) => JSON.stringify(k) + ':' + jcs(v[k])).join(',') + '}';
  }
  return JSON.stringify(v);
}

/** bundle_sha256 of docs/FORMATS.md (node:crypto over jcs above). */
export function bundleSha256Of(config, tokenizer, weightsSha256) {
  return createHash('sha256').update(jcs({ config, tokenizer: tokenizer ?? null, weights_sha256: weightsSha256 }), 'utf8').digest('hex');
}

/** Dequantised float32 weights of a bundle object (so the reference sees exactly what the model stores). */
export function weightsOfBundle(obj) {
  const W = {};
  for (const [name, w] of Object.entries(obj.weights)) {
    const bytes = Buffer.from(w.data, 'base64');
    if (w.dtype === 'int8') {
      const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const sb = Buffer.from(w.scale, 'base64');
      const s = new Float32Array(sb.buffer.slice(sb.byteOffset, sb.byteOffset + sb.byteLength));
      const cols = q.length / w.shape[0];
      const d = new Float32Array(q.length);
      for (let i = 0; i < q.length; i++) d[i] = q[i] * s[Math.floor(i / cols)];
      W[name] = { shape: w.shape, data: d };
    } else {
      W[name] = { shape: w.shape, data: new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) };
    }
  }
  return W;
}

// ---------------------------------------------------------------------------------------------------------
// float64 reference

const fr = Math.fround;

/** bfloat16 rounding done with integer arithmetic on the float32 bits (independent of src/model.js). */
export function bf16(x) {
  const dv = new DataView(new ArrayBuffer(4));
  dv.setFloat32(0, x, true);
  const bits = dv.getUint32(0, true);
  const lower = bits % 65536;
  let upper = Math.floor(bits / 65536);
  if (lower > 32768 || (lower === 32768 && upper % 2 === 1)) upper += 1;
  dv.setUint32(0, (upper * 65536) >>> 0, true);
  return dv.getFloat32(0, true);
}

/** float16 rounding through the IEEE half bit pattern (round half to even), independent of src/model.js. */
export function f16(x) {
  const dv = new DataView(new ArrayBuffer(4));
  dv.setFloat32(0, x, true);
  const bits = dv.getUint32(0, true);
  const sign = bits >>> 31;
  const exp = (bits >>> 23) & 255;
  const man = bits & 0x7fffff;
  let e = exp - 127 + 15;
  let half;
  if (exp === 0 || e < -10) {
    half = 0;
  } else if (e <= 0) { // subnormal half: shift the full significand
    const full = man | 0x800000;
    const shift = 14 - e;
    const q = Math.floor(full / 2 ** shift);
    const rem = full - q * 2 ** shift;
    const mid = 2 ** (shift - 1);
    half = q + (rem > mid || (rem === mid && q % 2 === 1) ? 1 : 0);
  } else {
    const q = man >>> 13;
    const rem = man & 0x1fff;
    half = e * 1024 + q + (rem > 0x1000 || (rem === 0x1000 && q % 2 === 1) ? 1 : 0);
    if (half >= 31 * 1024) half = 31 * 1024; // overflow to infinity
  }
  e = half >>> 10;
  const m = half & 1023;
  const v = e === 0 ? m * 2 ** -24 : e === 31 ? Infinity : (1 + m / 1024) * 2 ** (e - 15);
  return sign ? -v : v;
}

function ropeTable(spec, T) {
  const D = spec.head_dim;
  const half = D / 2;
  const round = { bfloat16: bf16, float16: f16, float32: (v) => v }[spec.rope.table_dtype];
  const cos = [];
  const sin = [];
  for (let t = 0; t < T; t++) {
    const c = [];
    const s = [];
    for (let i = 0; i < half; i++) {
      const inv = fr(1 / fr(Math.pow(fr(spec.rope.base), fr(fr(2 * i) / D))));
      const th = fr(fr(t) * inv);
      c.push(round(fr(Math.cos(th))));
      s.push(round(fr(Math.sin(th))));
    }
    cos.push(c);
    sin.push(s);
  }
  return { cos, sin };
}

function matvec(W, rows, cols, x) { // y = W x, W [rows, cols] row-major
  const y = new Array(rows).fill(0);
  for (let r = 0; r < rows; r++) {
    let acc = 0;
    for (let c = 0; c < cols; c++) acc += W[r * cols + c] * x[c];
    y[r] = acc;
  }
  return y;
}

function norm(x, eps) {
  let ms = 0;
  for (const v of x) ms += v * v;
  ms /= x.length;
  const s = 1 / Math.sqrt(ms + eps);
  return x.map((v) => v * s);
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));

/**
 * Float64 forward. W: name -> {shape, data}. Returns {logits: number[T][vocab], taps: {name: number[][]...}}.
 */
export function referenceForward(spec, W, ids) {
  const T = ids.length;
  const C = spec.n_embd;
  const H = spec.n_head;
  const KV = spec.n_kv_head;
  const D = spec.head_dim;
  const G = H / KV;
  const eps = spec.norm_eps;
  const w = (n) => W[n].data;
  const taps = {};
  const row = (name, i, cols) => Array.from(w(name).subarray(i * cols, (i + 1) * cols));
  const raw = ids.map((id) => norm(row('wte.weight', id, C), eps));
  let x = raw.map((r) => r.slice());
  if (spec.smear) {
    const ch = spec.smear.channels;
    const lam = w('smear_lambda')[0];
    for (let t = 1; t < T; t++) {
      let z = 0;
      for (let c = 0; c < ch; c++) z += w('smear_gate.weight')[c] * raw[t][c];
      const g = lam * sigmoid(z);
      x[t] = raw[t].map((v, c) => v + g * raw[t - 1][c]);
    }
  }
  const x0 = x.map((r) => r.slice());
  taps.embed = x0;
  const { cos, sin } = ropeTable(spec, T);
  const interleaved = spec.rope.style === 'interleaved';
  const sign = spec.rope.sign;
  const rope = (vec, t) => {
    const out = vec.slice();
    for (let i = 0; i < D / 2; i++) {
      const ia = interleaved ? 2 * i : i;
      const ib = interleaved ? 2 * i + 1 : i + D / 2;
      const a = vec[ia];
      const b = vec[ib];
      out[ia] = a * cos[t][i] - sign * b * sin[t][i];
      out[ib] = sign * a * sin[t][i] + b * cos[t][i];
    }
    return out;
  };
  const veLayers = new Set(spec.value_embed ? spec.value_embed.layers : []);
  let xb = null;
  for (let L = 0; L < spec.n_layer; L++) {
    const p = `blocks.${L}.`;
    const rl = w('resid_lambdas')[L];
    const xl = w('x0_lambdas')[L];
    x = x.map((r, t) => r.map((v, c) => rl * v + xl * x0[t][c]));
    const qs = [];
    const ks = [];
    const vs = [];
    for (let t = 0; t < T; t++) {
      const h = norm(x[t], eps);
      const q = matvec(w(p + 'attn.c_q.weight'), H * D, C, h);
      const k = matvec(w(p + 'attn.c_k.weight'), KV * D, C, h);
      const v = matvec(w(p + 'attn.c_v.weight'), KV * D, C, h);
      if (veLayers.has(L)) {
        const gch = spec.value_embed.gate_channels;
        const gate = matvec(w(p + 'attn.ve_gate.weight'), KV, gch, h.slice(0, gch)).map((z) => spec.value_embed.gate_scale * sigmoid(z));
        const ve = row(`value_embeds.${L}.weight`, ids[t], KV * D);
        for (let j = 0; j < KV * D; j++) v[j] += gate[Math.floor(j / D)] * ve[j];
      }
      const heads = (vec, n) => Array.from({ length: n }, (_, hh) => vec.slice(hh * D, (hh + 1) * D));
      qs.push(heads(q, H).map((hv) => norm(rope(hv, t), eps).map((u) => u * spec.qk_scale)));
      ks.push(heads(k, KV).map((hv) => norm(rope(hv, t), eps).map((u) => u * spec.qk_scale)));
      vs.push(heads(v, KV));
    }
    taps[`blocks.${L}.attn.q`] = qs;
    taps[`blocks.${L}.attn.k`] = ks;
    taps[`blocks.${L}.attn.v`] = vs;
    const win = spec.window[L];
    const attnOut = [];
    for (let t = 0; t < T; t++) {
      const y = [];
      for (let hh = 0; hh < H; hh++) {
        const kvh = Math.floor(hh / G);
        const js = [];
        for (let j = 0; j <= t; j++) if (win === null || j > t - win) js.push(j);
        const sc = js.map((j) => {
          let d = 0;
          for (let c = 0; c < D; c++) d += qs[t][hh][c] * ks[j][kvh][c];
          return d / Math.sqrt(D);
        });
        const m = Math.max(...sc);
        const e = sc.map((s) => Math.exp(s - m));
        const z = e.reduce((a, b) => a + b, 0);
        const out = new Array(D).fill(0);
        js.forEach((j, n) => { for (let c = 0; c < D; c++) out[c] += (e[n] / z) * vs[j][kvh][c]; });
        y.push(...out);
      }
      attnOut.push(matvec(w(p + 'attn.c_proj.weight'), C, H * D, y));
    }
    taps[`blocks.${L}.attn_out`] = attnOut;
    x = x.map((r, t) => r.map((v, c) => v + attnOut[t][c]));
    const mlpOut = x.map((r) => {
      const z = matvec(w(p + 'mlp.c_fc.weight'), spec.mlp_hidden, C, norm(r, eps));
      let a;
      if (spec.activation.kind === 'relu2') {
        a = z.map((u) => (u > 0 ? u * u : 0));
      } else {
        const prm = { exp_clamp: 20, log_floor: 1e-30, ...spec.activation.params };
        const k = w(p + 'mlp.eml_k')[0];
        a = z.map((u) => {
          const ez = Math.exp(Math.min(u, prm.exp_clamp));
          return ez - Math.log(Math.max(ez - Math.log(k), prm.log_floor));
        });
      }
      return matvec(w(p + 'mlp.c_proj.weight'), C, spec.mlp_hidden, a);
    });
    taps[`blocks.${L}.mlp_out`] = mlpOut;
    x = x.map((r, t) => r.map((v, c) => v + mlpOut[t][c]));
    taps[`blocks.${L}.out`] = x.map((r) => r.slice());
    if (spec.backout && spec.backout.layer === L) xb = x.map((r) => r.slice());
  }
  if (spec.backout) {
    const lam = w('backout_lambda')[0];
    x = x.map((r, t) => r.map((v, c) => v - lam * xb[t][c]));
  }
  const xf = x.map((r) => norm(r, eps));
  taps.final_norm = xf;
  const logits = xf.map((r) => {
    const l = matvec(w('lm_head.weight'), spec.padded_vocab_size, C, r).slice(0, spec.vocab_size);
    return spec.softcap === null ? l : l.map((u) => spec.softcap * Math.tanh(u / spec.softcap));
  });
  taps.logits = logits;
  return { logits, taps };
}

/** Flatten nested arrays of numbers. */
export function flat(a) {
  return Array.isArray(a) ? a.flat(Infinity) : Array.from(a);
}

export function maxAbsDiff(a, b) {
  const x = flat(a);
  const y = flat(b);
  if (x.length !== y.length) throw new Error(`length mismatch ${x.length} vs ${y.length}`);
  let m = 0;
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i] - y[i]));
  return m;
}

// ---------------------------------------------------------------------------------------------------------
// a hand-made tokenizer block (byte-level ranks 0..255, a few merges, two special tokens)

// The JS translation of the nanochat/rustbpe split pattern (docs/DESIGN.md §4).
export const PAT_JS = "'(?:[sS\u017f]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE])|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,2}| ?[^\\p{White_Space}\\p{L}\\p{N}]+[\\r\\n]*|\\p{White_Space}*[\\r\\n]|\\p{White_Space}+(?!\\P{White_Space})|\\p{White_Space}+";
export const PAT = "'(?i:[sdmt]|ll|ve|re)|[^\\r\\n\\p{L}\\p{N}]?+\\p{L}+|\\p{N}{1,2}| ?[^\\s\\p{L}\\p{N}]++[\\r\\n]*|\\s*[\\r\\n]|\\s+(?!\\S)|\\s+";

export function handTokenizerBlock() {
  const toks = [];
  for (let b = 0; b < 256; b++) toks.push([[b], b]);
  const enc = (s) => [...Buffer.from(s, 'utf8')];
  ['ab', ' ab', 'abab', 'er', 'th', 'the', ' the'].forEach((s, i) => toks.push([enc(s), 256 + i]));
  const ranks = toks.map(([bytes, rank]) => `${Buffer.from(bytes).toString('base64')} ${rank}`).join('\n') + '\n';
  return {
    name: 'hand', pat_str: PAT, pat_str_js: PAT_JS, pat_flags_js: 'gu', mergeable_ranks: ranks,
    special_tokens: { '<|bos|>': 300, '<|end|>': 301 }, bos_token: '<|bos|>', bos_id: 300, n_vocab: 302,
  };
}
