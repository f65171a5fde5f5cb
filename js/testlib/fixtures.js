// Test support (not part of the library): tiny deterministic bundles built here (weights, int8 quantisation and
// the JSON bundle object exactly as FORMATS.md says), an independent dequantiser and bfloat16/float16 rounders,
// and a hand-made tokenizer block. The numeric truth of the forward pass is not here: it comes from the Python
// float64 reference through the golden files (testlib/goldens.js, scripts/make_js_goldens.py).

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
// rounding, written independently of src/recipe.js

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
