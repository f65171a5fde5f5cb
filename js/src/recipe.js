// What both executors (the TF.js op path, tfjs-executor.js, and the wasm engine, wasm-executor.js) read: the
// ModelSpec's block recipe turned into a plan of tensor names per layer, the RoPE tables (partial rotary and
// scaling included), the attention mask, int8 dequantisation, and the heap plan shared with Python
// (SPEC_TABLE.heap, generated from emlx/spec_schema.py). Pure functions of the spec and the tensors; no TF.js,
// no I/O. The contract is docs/FORMATS.md "ModelSpec" (the Forward pseudo-code); nothing here knows a family.

import { SPEC_TABLE } from './spec-table.js';
import { expectedShapes } from './spec.js';

const fr = Math.fround;

// ------------------------------------------------------------------------------------------------------------
// The plan

/**
 * The recipe of a parsed spec as a plan: sizes, the norm/qk-norm/attention/MLP variants, and per layer the
 * canonical tensor names it reads (null where the recipe has no such tensor). Names are checked against the
 * spec's expected tensors (spec.js expectedShapes), so the plan never names a tensor the bundle need not have.
 */
export function recipePlan(spec) {
  const want = expectedShapes(spec);
  const has = (name) => (name in want ? name : null);
  const norm = (prefix) => ({ weight: has(`${prefix}.weight`), bias: has(`${prefix}.bias`) });
  const linear = (prefix) => ({ weight: has(`${prefix}.weight`), bias: has(`${prefix}.bias`) });
  const ve = new Set(spec.value_embed ? spec.value_embed.layers : []);
  const layers = [];
  for (let i = 0; i < spec.n_layer; i++) {
    const p = `blocks.${i}.`;
    const w = spec.window[i];
    layers.push({
      index: i,
      window: w,
      maxKeep: w === null ? Infinity : w - 1, // keys a later query can still see besides its own
      attnNorm: norm(`${p}attn_norm`),
      q: linear(`${p}attn.c_q`),
      k: linear(`${p}attn.c_k`),
      v: linear(`${p}attn.c_v`),
      qNorm: has(`${p}attn.q_norm.weight`),
      kNorm: has(`${p}attn.k_norm.weight`),
      proj: linear(`${p}attn.c_proj`),
      mlpNorm: norm(`${p}mlp_norm`),
      gate: spec.mlp.gated ? linear(`${p}mlp.c_gate`) : null,
      fc: linear(`${p}mlp.c_fc`),
      down: linear(`${p}mlp.c_proj`),
      ve: ve.has(i) ? { table: `value_embeds.${i}.weight`, gate: `${p}attn.ve_gate.weight` } : null,
      emlK: has(`${p}mlp.eml_k`),
    });
  }
  const rd = spec.rope ? (spec.rope.rotary_dim ?? spec.head_dim) : 0;
  return {
    C: spec.n_embd, H: spec.n_head, KV: spec.n_kv_head, D: spec.head_dim, G: spec.n_head / spec.n_kv_head,
    hidden: spec.mlp_hidden, vocab: spec.vocab_size, paddedVocab: spec.padded_vocab_size,
    eps: fr(spec.norm_eps),
    norm: { kind: spec.norm.kind, layer: spec.norm.kind === 'layer' },
    embed: {
      wte: 'wte.weight',
      wpe: has('wpe.weight'),
      norm: spec.embed.norm ? norm('embed_norm') : null,
    },
    head: spec.embed.tied ? 'wte.weight' : 'lm_head.weight',
    finalNorm: norm('final_norm'),
    residual: spec.residual, // 'lambdas': x = resid_lambdas[i] x + x0_lambdas[i] x0 before each block
    rope: spec.rope ? { rd, half: spec.rope.style === 'half' } : null,
    qkNorm: spec.qk_norm, // null | {order: 'after_rope' | 'before_rope', weight}
    qkScale: fr(spec.qk_scale),
    attnScale: fr(spec.attn.scale ?? 1 / Math.sqrt(spec.head_dim)),
    gated: spec.mlp.gated,
    activation: spec.activation,
    smear: spec.smear, // null | {channels}: tensors smear_gate.weight [1, S], smear_lambda
    backout: spec.backout, // null | {layer}: backout_lambda
    softcap: spec.softcap === null ? null : fr(spec.softcap),
    layers,
  };
}

/** Tensors the executors read as JS numbers or small host arrays (SPEC_TABLE.heap.host), never uploaded. */
export function isHostTensor(name) {
  return HOST.some((re) => re.test(name));
}
const HOST = SPEC_TABLE.heap.host.map((pat) => new RegExp(`^${pat.replace(/[.]/g, '\\.').replace('{i}', '\\d+')}$`));

// ------------------------------------------------------------------------------------------------------------
// Tensors

/** The int8 bytes of a stored tensor: a streamed one (openBundle: .bytes) or a loaded one (loadBundle: .stored). */
export function int8Bytes(w) {
  const b = w.bytes ?? w.stored.bytes;
  return b instanceof Int8Array ? b : new Int8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** Float32 values of a tensor, row-major in its stored shape; int8 dequantised as q * scale[row] rounded once. */
export function floatValues(w) {
  if (w.dtype !== 'int8') return w.data;
  const q = int8Bytes(w);
  const rows = w.shape[0];
  const cols = rows ? q.length / rows : 0;
  const out = new Float32Array(q.length);
  for (let r = 0; r < rows; r++) {
    const s = w.scale[r];
    for (let c = 0, o = r * cols; c < cols; c++) out[o + c] = q[o + c] * s; // the Float32Array store rounds once
  }
  return out;
}

/** The value of a scalar tensor (shape [] or [1], float). */
export function scalarValue(w) {
  const v = w.dtype === 'int8' ? null : w.data;
  if (!v || v.length !== 1) throw new Error(`expected a float scalar, got ${w.dtype} of shape ${JSON.stringify(w.shape)}`);
  return v[0];
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

// ------------------------------------------------------------------------------------------------------------
// Attention mask

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
// RoPE (docs/FORMATS.md "RoPE")

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
  x = fr(x);
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
 * The rotary frequencies inv_freq[i], i < rd/2, in float32 with every step rounded: 1 / base ** (2i / rd), then
 * the scaling: linear divides by factor; llama3 (transformers' _compute_llama3_parameters) divides the low
 * frequencies (wavelength 2 pi / inv_freq above omax / low_freq_factor) by factor, keeps the high ones (below
 * omax / high_freq_factor) and blends in between with s = (omax / wavelen - low_freq_factor) /
 * (high_freq_factor - low_freq_factor): (1 - s) * inv_freq / factor + s * inv_freq.
 */
export function ropeFrequencies(spec) {
  const rope = spec.rope;
  const rd = rope.rotary_dim ?? spec.head_dim;
  const half = rd / 2;
  const base = fr(rope.base);
  const inv = new Float32Array(half);
  for (let i = 0; i < half; i++) inv[i] = fr(1 / fr(Math.pow(base, fr(fr(2 * i) / fr(rd)))));
  const sc = rope.scaling ?? { kind: 'none', params: {} };
  if (sc.kind === 'linear') {
    const factor = fr(sc.params.factor);
    for (let i = 0; i < half; i++) inv[i] = fr(inv[i] / factor);
  } else if (sc.kind === 'llama3') {
    const { factor: f64factor, low_freq_factor: lowF, high_freq_factor: highF, original_max_position_embeddings: omax } = sc.params;
    const factor = fr(f64factor);
    const low = fr(omax / lowF); // Python floats, compared with the float32 wavelengths as float32
    const high = fr(omax / highF);
    const twoPi = fr(2 * Math.PI);
    const span = fr(highF - lowF);
    for (let i = 0; i < half; i++) {
      const f = inv[i];
      // torch computes scalar / tensor as tensor.reciprocal() * scalar: 2 pi / f and omax / wavelen round twice
      const wavelen = fr(fr(1 / f) * twoPi);
      if (wavelen > low) inv[i] = fr(f / factor);
      else if (!(wavelen < high)) {
        const s = fr(fr(fr(fr(1 / wavelen) * fr(omax)) - fr(lowF)) / span);
        inv[i] = fr(fr(fr(fr(1 - s) * f) / factor) + fr(s * f));
      }
    }
  } else if (sc.kind !== 'none') {
    throw new Error(`unsupported rope.scaling.kind ${sc.kind}`);
  }
  return inv;
}

/**
 * RoPE tables as the spec describes them: theta = pos * inv_freq[i] in float32, cos/sin in float32 then rounded
 * to table_dtype. Returns {cos, sin} Float32Arrays [nPos, rd/2] for positions start..start+nPos-1.
 */
export function ropeTables(spec, start, nPos) {
  const inv = ropeFrequencies(spec);
  const half = inv.length;
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
 * Channel-ordered RoPE multipliers so that rope(x) = x * C + x[..., partner] * S reproduces a' = a cos - sign b
 * sin, b' = sign a sin + b cos (sign flips are exact in float32) over the first rd channels of a head. Returns
 * {C, S} Float32Arrays [nPos, width] and the partner permutation (Int32Array [width]). width is rd (the wasm
 * kernel rotates rd channels and copies the rest), or head_dim with {full: true}: the channels past rd then get
 * C = 1, S = 0 and themselves as partner (x * 1 + x * 0 = x).
 */
export function ropeMultipliers(spec, start, nPos, { full = false } = {}) {
  const D = spec.head_dim;
  const rd = spec.rope.rotary_dim ?? D;
  const width = full ? D : rd;
  const half = rd / 2;
  const sign = spec.rope.sign;
  const { cos, sin } = ropeTables(spec, start, nPos);
  const C = new Float32Array(nPos * width);
  const S = new Float32Array(nPos * width);
  const partner = new Int32Array(width);
  const interleaved = spec.rope.style === 'interleaved';
  for (let i = 0; i < half; i++) {
    const ca = interleaved ? 2 * i : i;
    const cb = interleaved ? 2 * i + 1 : i + half;
    partner[ca] = cb;
    partner[cb] = ca;
    for (let p = 0; p < nPos; p++) {
      const c = cos[p * half + i];
      const s = sin[p * half + i];
      C[p * width + ca] = c;
      C[p * width + cb] = c;
      S[p * width + ca] = -sign * s; // a' = a*c + b*(-sign*s)
      S[p * width + cb] = sign * s; //  b' = b*c + a*(sign*s)
    }
  }
  for (let d = rd; d < width; d++) {
    partner[d] = d;
    for (let p = 0; p < nPos; p++) C[p * width + d] = 1;
  }
  return { C, S, partner };
}

// ------------------------------------------------------------------------------------------------------------
// The heap plan (SPEC_TABLE.heap; Python: emlx/runners/memory.py interprets the same table)

export const HEAP = SPEC_TABLE.heap;

/** n rounded up to the heap's alignment. */
export function alignUp(n) {
  const a = HEAP.align;
  return Math.ceil(n / a) * a;
}

/** The smallest power of two >= n (n >= 1). */
export function pow2ceil(n) {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/**
 * Heap bytes of one weight as the engine holds it: [data bytes, scale bytes] (0 for a host tensor). Resident int8:
 * 1 byte per weight + a float32 scale per row; resident q4 (`q4` = its layout): half a byte per weight + a float32
 * pair (scale, offset) per group; otherwise float32.
 */
export function weightHeapBytes(name, dtype, shape, int8Resident, q4 = null) {
  if (isHostTensor(name)) return [0, 0];
  const n = shape.reduce((a, b) => a * b, 1);
  if (dtype === 'int8' && int8Resident) return [alignUp(n), alignUp(4 * (shape.length ? shape[0] : 1))];
  if (dtype === 'q4' && int8Resident) return [alignUp(n / 2), alignUp(8 * (n / q4.groupSize))];
  return [alignUp(4 * n), 0];
}

/** [tensor, its HEAP.linear row] of every int8 or q4 linear the spec's passes multiply by. */
function* quantLinears(spec, tensors) {
  for (const row of HEAP.linear) {
    if (row.when && !whenSpec(row.when, spec)) continue;
    const names = row.name.includes('{i}') ? spec.window.map((_, i) => row.name.replace('{i}', String(i))) : [row.name];
    for (const name of names) {
      const t = tensors[name];
      if (t && (t.dtype === 'int8' || t.dtype === 'q4')) yield [t, row];
    }
  }
}

/**
 * Elements of the largest resident int8 or q4 weight a pass multiplies by several rows (the "deq" region: it is
 * dequantised there for the float32 GEMM), given the shapes.
 */
export function largestQuantLinear(spec, tensors, int8Resident) {
  if (!int8Resident) return 0;
  let most = 0;
  for (const [t, row] of quantLinears(spec, tensors)) most = Math.max(most, (row.rows ? spec[row.rows] : t.shape[0]) * t.shape[1]);
  return most;
}

/** The most columns of a resident int8 or q4 linear (its decode passes quantise x rows that wide: "XQ"), 0 when none. */
export function widestQuantInput(spec, tensors, int8Resident) {
  if (!int8Resident) return 0;
  let most = 0;
  for (const [t] of quantLinears(spec, tensors)) most = Math.max(most, t.shape[1]);
  return most;
}

/** Floats of one quant_x row of `width` values (kernels' quant_x_row_bytes / 4); 0 for width 0. */
export function quantXFloats(width) {
  return width ? 4 + 16 * Math.ceil(width / 16) + 4 * Math.ceil(width / 128) : 0;
}

function getPath(obj, dotted) {
  let cur = obj;
  for (const p of dotted.split('.')) cur = cur !== null && typeof cur === 'object' ? cur[p] : undefined;
  return cur;
}

/** The spec-level conditions of the shared table (spec.js `when`: equals, present, all). */
function whenSpec(rule, spec) {
  if ('all' in rule) return rule.all.every((r) => whenSpec(r, spec));
  if ('present' in rule) return getPath(spec, rule.present) !== null && getPath(spec, rule.present) !== undefined;
  const [field, value] = rule.equals;
  return getPath(spec, field) === value;
}

/** The value of a symbol of the heap table: a spec dimension (SPEC_TABLE.dims) or a pass symbol (T, R, K, I8). */
function symbolValue(sym, spec, pass) {
  if (sym in pass) return pass[sym];
  if (typeof sym === 'number') return sym;
  const fields = SPEC_TABLE.dims[sym];
  if (!fields) throw new Error(`heap table: unknown symbol ${sym}`);
  return fields.map((f) => getPath(spec, f)).reduce((a, b) => a * b, 1);
}

/**
 * The scratch block of one pass: {offsets: {region: byte offset}, bytes} for a pass of T tokens returning R
 * logits rows, attending over at most K keys in a layer, stateless or not, with I8 the largest int8 or q4 linear
 * weight's elements (largestQuantLinear; 0 when none is resident) and XQ quantXFloats(widestQuantInput(...)).
 * Regions are HEAP.scratch in order, each aligned.
 */
export function scratchPlan(spec, { T, R, K, I8, XQ = 0, stateless }) {
  const pass = { T, R, K, I8, XQ };
  const offsets = {};
  let bytes = 0;
  for (const r of HEAP.scratch) {
    if (r.when) {
      if ('stateless' in r.when && r.when.stateless !== stateless) continue;
      if ('rows_at_least' in r.when && T < r.when.rows_at_least) continue;
      if ('spec' in r.when && !whenSpec(r.when.spec, spec)) continue;
    }
    const size = r.bytes ?? 4 * r.floats.reduce((a, s) => a * symbolValue(s, spec, pass), 1);
    offsets[r.name] = bytes;
    bytes += alignUp(size);
  }
  return { offsets, bytes };
}

/** Rows the RoPE multiplier tables are built for, to hold positions 0..needed-1 (monotone in needed). */
export function ropeRows(spec, needed) {
  return Math.max(Math.min(spec.sequence_len, HEAP.rope.first_rows), pow2ceil(Math.max(1, needed)));
}

/**
 * Make room for n new rows in one layer's cache state {cap, start, len} (rows per kv head): returns
 * {cap, start, len, move} — move: 'none' (they fit), 'compact' (the kept rows move to the front of the same
 * buffer) or 'grow' (a new buffer of `cap` rows receives the kept rows). Rows no query can see any more (beyond
 * maxKeep) are dropped when rows move. Compaction happens only when it leaves the buffer half free, so it costs
 * O(1) per step amortised; a windowed layer's buffer stays within 2 x maxKeep + n + slack rows.
 */
export function reserveCache({ cap, start, len }, n, maxKeep) {
  if (start + len + n <= cap) return { cap, start, len, move: 'none' };
  const keep = Math.min(len, maxKeep);
  if (cap > 0 && cap >= 2 * keep + n) return { cap, start: 0, len: keep, move: 'compact' };
  let next = Math.max(HEAP.cache.min_rows, 2 * cap, keep + n);
  if (maxKeep !== Infinity) next = Math.max(keep + n, Math.min(next, 2 * maxKeep + n + HEAP.cache.slack_rows));
  return { cap: next, start: 0, len: keep, move: 'grow' };
}
