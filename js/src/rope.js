// RoPE tables as the ModelSpec describes them, built on the CPU with float32 rounding (Math.fround) and, when the
// spec says so, rounded to bfloat16/float16: shared by the TF.js op path (model.js) and the wasm engine (engine.js).

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
