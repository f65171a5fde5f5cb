// The wasm SIMD kernels (src/kernels) against float64 naive loops on seeded random data, at sizes that exercise
// every tail (K, N, n not multiples of 4/8/16, several K blocks), plus: the committed generated module is what
// build/build-kernels.mjs makes from kernels.wat (its templates included), the shared-memory variant works, no
// kernel writes outside its output, and the comparisons catch a one-off pointer or a dropped column.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  instantiateKernels, simdSupported, KERNEL_NAMES, ACTIVATION_KERNELS, MATMUL_F32_SCRATCH_BYTES, MATMUL_F32_PACK_MIN_ROWS,
} from '../src/kernels/index.js';
import { generate, generatedNames, WAT_PATH, OUT_PATH } from '../build/build-kernels.mjs';
import { HEAP } from '../src/recipe.js';
import { rng } from '../testlib/fixtures.js';

const EPS32 = 2 ** -24; // unit roundoff of f32


// A test heap: a plain (or shared) Memory, a bump allocator that returns 4-byte aligned offsets deliberately NOT
// 16-aligned, with sentinel-filled guard bytes around every array to catch stray writes.
class Heap {
  constructor({ pages = 2048, shared = false } = {}) {
    this.memory = new WebAssembly.Memory({ initial: pages, maximum: 65536, shared });
    this.k = instantiateKernels(this.memory);
    this.top = 64 + 4;
    this.guards = [];
  }
  get bytes() {
    return new Uint8Array(this.memory.buffer);
  }
  alloc(nbytes) {
    const g = 32;
    const p = this.top + g;
    this.top = p + nbytes + g + ((4 - (nbytes % 4)) % 4) + 4; // next array lands at 4 mod 16 or so
    if (this.top > this.memory.buffer.byteLength) throw new Error('test heap full');
    const b = this.bytes;
    b.fill(0xa5, p - g, p);
    b.fill(0xa5, p + nbytes, p + nbytes + g);
    this.guards.push([p - g, p], [p + nbytes, p + nbytes + g]);
    return p;
  }
  f32(values) {
    const p = this.alloc(values.length * 4);
    new Float32Array(this.memory.buffer, p, values.length).set(values);
    return p;
  }
  i8(values) {
    const p = this.alloc(values.length);
    new Int8Array(this.memory.buffer, p, values.length).set(values);
    return p;
  }
  view(p, n) {
    return new Float32Array(this.memory.buffer, p, n);
  }
  checkGuards() {
    const b = this.bytes;
    for (const [a, e] of this.guards) for (let i = a; i < e; i++) if (b[i] !== 0xa5) throw new Error(`write outside an array at byte ${i}`);
  }
  reset() {
    this.top = 64 + 4;
    this.guards = [];
  }
}

const randArray = (r, n, lo = -1, hi = 1) => Float32Array.from({ length: n }, () => lo + (hi - lo) * r());

function refMatmul(x, w, n, K, N, scale = null) {
  const y = new Float64Array(n * N);
  const mag = new Float64Array(n * N); // sum |x w|: the scale of the rounding error
  for (let t = 0; t < n; t++) {
    for (let o = 0; o < N; o++) {
      let s = 0, a = 0;
      for (let k = 0; k < K; k++) {
        const p = x[t * K + k] * w[o * K + k];
        s += p;
        a += Math.abs(p);
      }
      const c = scale ? scale[o] : 1;
      y[t * N + o] = s * c;
      mag[t * N + o] = a * Math.abs(c);
    }
  }
  return { y, mag };
}

// Max of |got - ref| / (sum|x w| * 2^-24 * (K + 8)): <= 1 is within the worst-case bound of f32 summation; a
// dropped or misplaced term shows up as a ratio of order 2^24 / K^2 (>> 1 for every K tested).
function errRatio(got, ref, K) {
  let worst = 0;
  for (let i = 0; i < ref.y.length; i++) {
    const bound = ref.mag[i] * EPS32 * (K + 8) + 1e-37;
    const r = Math.abs(got[i] - ref.y[i]) / bound;
    if (!(r <= worst)) worst = Number.isNaN(r) ? Infinity : Math.max(worst, r);
  }
  return worst;
}

const NS = [1, 2, 3, 5, 64, 67];
const KS = [1, 3, 4, 5, 16, 17, 255, 256, 1027];
const NOUT = [1, 2, 3, 5, 7, 8, 769];

test('SIMD is supported and the module exports every kernel', () => {
  assert.equal(simdSupported(), true);
  const h = new Heap({ pages: 1 });
  for (const name of KERNEL_NAMES) assert.equal(typeof h.k[name], 'function', name);
  for (const name of generatedNames()) assert.ok(KERNEL_NAMES.includes(name), `generated ${name} is not in KERNEL_NAMES`);
  assert.equal(instantiateKernels(h.memory), h.k, 'cached per Memory');
});

test('the committed kernels-wasm.js is what build-kernels.mjs makes from kernels.wat (run npm run build:kernels)', async () => {
  const fresh = await generate(fs.readFileSync(WAT_PATH, 'utf8'));
  assert.ok(fresh === fs.readFileSync(OUT_PATH, 'utf8'), 'src/kernels/kernels-wasm.js is stale: run `npm run build:kernels`');
});

test('matmul_f32 matches float64 for every n, K, N combination (tails, K blocks, N segments)', () => {
  const h = new Heap({ pages: 1024 });
  const r = rng(1);
  let worst = 0;
  for (const K of KS) {
    for (const N of NOUT) {
      const w = randArray(r, N * K);
      for (const n of NS) {
        h.reset();
        const x = randArray(r, n * K);
        const px = h.f32(x), pw = h.f32(w), py = h.f32(new Float32Array(n * N).fill(NaN));
        h.k.matmul_f32(px, pw, py, n, K, N);
        h.checkGuards();
        const e = errRatio(h.view(py, n * N), refMatmul(x, w, n, K, N), K);
        assert.ok(e <= 1, `n=${n} K=${K} N=${N}: error ratio ${e}`);
        worst = Math.max(worst, e);
      }
    }
  }
  // typical error is far below the worst-case bound
  assert.ok(worst < 0.5, `worst ratio ${worst}`);
});

test('matmul_f32 on a larger GEMM (n=130, K=1300, N=37: several K and row blocks) and K = 0', () => {
  const h = new Heap({ pages: 1024 });
  const r = rng(2);
  const [n, K, N] = [130, 1300, 37];
  const x = randArray(r, n * K), w = randArray(r, N * K);
  const px = h.f32(x), pw = h.f32(w), py = h.f32(new Float32Array(n * N));
  h.k.matmul_f32(px, pw, py, n, K, N);
  h.checkGuards();
  assert.ok(errRatio(h.view(py, n * N), refMatmul(x, w, n, K, N), K) < 0.5);
  const pz = h.f32(new Float32Array(6).fill(7));
  h.k.matmul_f32(px, pw, pz, 2, 0, 3);
  assert.deepEqual([...h.view(pz, 6)], [0, 0, 0, 0, 0, 0]);
});

test('matmul_f32 with scratch (packed panels, n >= PACK_MIN_ROWS): tails in n, K, N, several K and row blocks', () => {
  const h = new Heap({ pages: 1024 });
  const r = rng(13);
  let worst = 0;
  for (const K of [1, 3, 4, 5, 255, 513, 1027]) {
    for (const N of [1, 3, 7, 8, 9, 17]) {
      const w = randArray(r, N * K);
      for (const n of [MATMUL_F32_PACK_MIN_ROWS, MATMUL_F32_PACK_MIN_ROWS + 3, 130, 133]) {
        h.reset();
        const x = randArray(r, n * K);
        const px = h.f32(x), pw = h.f32(w), py = h.f32(new Float32Array(n * N).fill(NaN));
        const ps = h.alloc(MATMUL_F32_SCRATCH_BYTES); // not 16-aligned: the kernel aligns inside
        h.k.matmul_f32(px, pw, py, n, K, N, ps);
        h.checkGuards();
        const e = errRatio(h.view(py, n * N), refMatmul(x, w, n, K, N), K);
        assert.ok(e <= 1, `scratch n=${n} K=${K} N=${N}: error ratio ${e}`);
        worst = Math.max(worst, e);
      }
    }
  }
  assert.ok(worst < 0.5, `worst ratio ${worst}`);
});

test('matmul_f32 scratch: ignored below PACK_MIN_ROWS (bit-identical), K = 0 writes zeros, the size matches kernels.wat', () => {
  const h = new Heap({ pages: 256 });
  const r = rng(14);
  for (const [n, K, N] of [[5, 67, 9], [MATMUL_F32_PACK_MIN_ROWS - 1, 300, 13]]) {
    h.reset();
    const x = randArray(r, n * K), w = randArray(r, N * K);
    const px = h.f32(x), pw = h.f32(w), py = h.f32(new Float32Array(n * N)), pz = h.f32(new Float32Array(n * N));
    const ps = h.alloc(MATMUL_F32_SCRATCH_BYTES);
    h.k.matmul_f32(px, pw, py, n, K, N);
    h.k.matmul_f32(px, pw, pz, n, K, N, ps);
    assert.deepEqual([...h.view(pz, n * N)], [...h.view(py, n * N)]);
  }
  h.reset();
  const n = MATMUL_F32_PACK_MIN_ROWS + 1;
  const px = h.f32(randArray(r, n * 3)), pw = h.f32(randArray(r, 9)), pz = h.f32(new Float32Array(n * 3).fill(7));
  h.k.matmul_f32(px, pw, pz, n, 0, 3, h.alloc(MATMUL_F32_SCRATCH_BYTES));
  assert.ok(h.view(pz, n * 3).every((v) => v === 0));
  h.checkGuards();
  // (8 + MC_P) * KC_P floats + 16 bytes for alignment, as documented in kernels.wat and index.js
  const wat = fs.readFileSync(WAT_PATH, 'utf8');
  const g = (name) => Number(wat.match(new RegExp(`\\(global \\$${name} i32 \\(i32\\.const (\\d+)\\)\\)`))[1]);
  assert.equal(MATMUL_F32_SCRATCH_BYTES, (8 + g('MC_P')) * g('KC_P') * 4 + 16);
  assert.equal(MATMUL_F32_PACK_MIN_ROWS, g('PACK_MIN_ROWS'));
  // the heap plan (SPEC_TABLE.heap, shared with Python) reserves exactly that for the pass's 'pack' region
  const pack = HEAP.scratch.find((r) => r.name === 'pack');
  assert.deepEqual([pack.bytes, pack.when.rows_at_least], [MATMUL_F32_SCRATCH_BYTES, MATMUL_F32_PACK_MIN_ROWS]);
});

test('the matmul comparison is tight enough to catch a shifted pointer or a dropped last column', () => {
  const h = new Heap({ pages: 256 });
  const r = rng(3);
  for (const [n, K, N] of [[1, 1027, 7], [67, 255, 5], [3, 17, 769], [5, 1, 3]]) {
    h.reset();
    const x = randArray(r, n * K), w = randArray(r, N * K);
    const ref = refMatmul(x, w, n, K, N);
    const px = h.f32(x), pw = h.f32([...w, ...randArray(r, 8)]), py = h.f32(new Float32Array(n * N));
    // dropped last column of every row: call as if K were K - 1 on x and w rows of stride K is not expressible,
    // so compare the K - 1 product of truncated copies instead
    if (K > 1) {
      const xt = new Float32Array(n * (K - 1)), wt = new Float32Array(N * (K - 1));
      for (let t = 0; t < n; t++) xt.set(x.subarray(t * K, t * K + K - 1), t * (K - 1));
      for (let o = 0; o < N; o++) wt.set(w.subarray(o * K, o * K + K - 1), o * (K - 1));
      const pxt = h.f32(xt), pwt = h.f32(wt);
      h.k.matmul_f32(pxt, pwt, py, n, K - 1, N);
      assert.ok(errRatio(h.view(py, n * N), ref, K) > 10, `dropped column not caught n=${n} K=${K} N=${N}`);
    }
    h.k.matmul_f32(px, pw + 4, py, n, K, N); // weights one float off
    assert.ok(errRatio(h.view(py, n * N), ref, K) > 10, `shifted pointer not caught n=${n} K=${K} N=${N}`);
    h.k.matmul_f32(px, pw, py, n, K, N);
    assert.ok(errRatio(h.view(py, n * N), ref, K) <= 1);
  }
});

test('matmul_i8 matches float64 (extreme int8 values, signed scales) and dequant_i8 is exactly float32(q*scale)', () => {
  const h = new Heap({ pages: 1024 });
  const r = rng(4);
  let worst = 0;
  for (const K of KS) {
    for (const N of NOUT) {
      // rows: random, all -128, all 127, alternating extremes
      const q = new Int8Array(N * K);
      for (let o = 0; o < N; o++) {
        for (let k = 0; k < K; k++) {
          const kind = o % 4;
          q[o * K + k] = kind === 1 ? -128 : kind === 2 ? 127 : kind === 3 ? (k % 2 ? 127 : -128) : Math.floor(r() * 256) - 128;
        }
      }
      const scale = Float32Array.from({ length: N }, (_, o) => (o % 3 === 2 ? -1 : 1) * (1e-3 + r() * 0.05));
      for (const n of NS) {
        h.reset();
        const x = randArray(r, n * K);
        const px = h.f32(x), pq = h.i8(q), ps = h.f32(scale), py = h.f32(new Float32Array(n * N).fill(NaN));
        h.k.matmul_i8(px, pq, ps, py, n, K, N);
        h.checkGuards();
        const e = errRatio(h.view(py, n * N), refMatmul(x, q, n, K, N, scale), K);
        assert.ok(e <= 1, `i8 n=${n} K=${K} N=${N}: error ratio ${e}`);
        worst = Math.max(worst, e);
      }
      h.reset();
      const pq = h.i8(q), ps = h.f32(scale), po = h.f32(new Float32Array(N * K).fill(NaN));
      h.k.dequant_i8(pq, ps, po, N, K);
      h.checkGuards();
      const out = h.view(po, N * K);
      for (let i = 0; i < N * K; i++) {
        const want = Math.fround(q[i] * scale[Math.floor(i / K)]);
        if (out[i] !== want) assert.fail(`dequant_i8 N=${N} K=${K} at ${i}: ${out[i]} != ${want}`);
      }
    }
  }
  assert.ok(worst < 0.5, `worst ratio ${worst}`);
});

test('matmul_i8 on a larger GEMM (n=70, K=1100, N=9) and with int8 data at odd byte offsets', () => {
  const h = new Heap({ pages: 256 });
  const r = rng(5);
  const [n, K, N] = [70, 1100, 9];
  const x = randArray(r, n * K);
  const q = Int8Array.from({ length: N * K }, () => Math.floor(r() * 256) - 128);
  const scale = randArray(r, N, 0.001, 0.02);
  const px = h.f32(x), ps = h.f32(scale), py = h.f32(new Float32Array(n * N));
  const pq = h.alloc(N * K + 3) + 3; // odd address
  new Int8Array(h.memory.buffer, pq, N * K).set(q);
  h.k.matmul_i8(px, pq, ps, py, n, K, N);
  assert.ok(errRatio(h.view(py, n * N), refMatmul(x, q, n, K, N, scale), K) < 0.5);
  for (const n1 of [1, 3]) {
    h.k.matmul_i8(px, pq, ps, py, n1, K, N);
    assert.ok(errRatio(h.view(py, n1 * N), refMatmul(x, q, n1, K, N, scale), K) < 0.5);
  }
});

test('arrays ending exactly at the end of memory: tails never read or write past them', () => {
  const h = new Heap({ pages: 8 });
  const r = rng(6);
  const end = h.memory.buffer.byteLength;
  const [n, K, N] = [3, 7, 5];
  const x = randArray(r, n * K), w = randArray(r, N * K);
  const q = Int8Array.from({ length: N * K }, () => Math.floor(r() * 256) - 128);
  const scale = randArray(r, N, 0.01, 0.02);
  const f = new Float32Array(h.memory.buffer);
  const py = end - n * N * 4, pw = py - N * K * 4, px = pw - n * K * 4, ps = px - N * 4, pq = ps - N * K;
  f.set(x, px / 4); f.set(w, pw / 4); f.set(scale, ps / 4);
  new Int8Array(h.memory.buffer).set(q, pq);
  h.k.matmul_f32(px, pw, py, n, K, N);
  assert.ok(errRatio(h.view(py, n * N), refMatmul(x, w, n, K, N), K) < 0.5);
  h.k.matmul_i8(px, pq, ps, py, n, K, N);
  assert.ok(errRatio(h.view(py, n * N), refMatmul(x, q, n, K, N, scale), K) < 0.5);
  {
    // the packed matmul_f32 path with y, w, x flush against the end (scratch below them)
    const [n2, K2, N2] = [MATMUL_F32_PACK_MIN_ROWS + 1, 5, 3];
    const x2 = randArray(r, n2 * K2), w2 = randArray(r, N2 * K2);
    const py2 = end - n2 * N2 * 4, pw2 = py2 - N2 * K2 * 4, px2 = pw2 - n2 * K2 * 4, ps2 = px2 - MATMUL_F32_SCRATCH_BYTES;
    f.set(x2, px2 / 4); f.set(w2, pw2 / 4);
    h.k.matmul_f32(px2, pw2, py2, n2, K2, N2, ps2);
    assert.ok(errRatio(h.view(py2, n2 * N2), refMatmul(x2, w2, n2, K2, N2), K2) < 0.5);
  }
  // y = exp(y), rmsnorm in place, relu2 in place at the very end
  h.k.exp_f32(py, py, n * N);
  h.k.rmsnorm_rows(py, py, n, N, 1e-6, 1);
  h.k.relu2(py, py, n * N);
  h.k.add_rows(py, py, py, n * N);
  h.k.mix_rows(py, py, py, n * N, 0.5, -0.25);
  h.k.softcap(py, py, n * N, 15);
  h.k.norm_rows(py, py, pw, px, n, N, 1e-6, 1, 1); // LayerNorm with w and b (any f32 arrays) in place
  h.k.bias_rows(py, px, n, N);
  for (const a of ACTIVATION_KERNELS) {
    h.k[a](py, py, n * N);
    h.k[`${a}_mul`](py, py, py, n * N);
  }
  h.k.mul_rows(py, py, py, n * N);
  f.set(x, px / 4); // (the packed-path arrays above reused these bytes)
  h.k.copy_rows(px, 4 * K, py + 4 * (n - 1) * N, 4 * N, 1, 4 * N);
  assert.deepEqual([...h.view(py + 4 * (n - 1) * N, N)], [...x.subarray(0, N)]);
  assert.ok([...h.view(py, n * N)].every(Number.isFinite));
  // rope_rows with its output rows flush against the end: the vector paths (interleaved D = 4, half D = 8) and the
  // scalar one (D = 6) read and write only inside their rows
  for (const [D, half] of [[4, 0], [8, 1], [6, 0]]) {
    const rows = 3;
    const pyr = end - rows * D * 4, pxr = pyr - rows * D * 4, pcr = pxr - rows * D * 4, psr = pcr - rows * D * 4;
    const xr = randArray(r, rows * D), cr = randArray(r, rows * D), sr = randArray(r, rows * D);
    f.set(xr, pxr / 4); f.set(cr, pcr / 4); f.set(sr, psr / 4);
    h.k.rope_rows(pxr, 4 * D, pyr, 4 * D, pcr, psr, rows, D, half);
    const y = h.view(pyr, rows * D);
    for (let t = 0; t < rows; t++) {
      for (let d = 0; d < D; d++) {
        const p = half ? (d + D / 2) % D : d ^ 1;
        const want = Math.fround(Math.fround(xr[t * D + d] * cr[t * D + d]) + Math.fround(xr[t * D + p] * sr[t * D + d]));
        assert.equal(y[t * D + d], want, `rope at the end of memory, D=${D} half=${half}`);
      }
    }
  }
  // attention with k/v/out flush against the end
  const D = 7, nk = 3;
  const pout = end - D * 4, pv = pout - nk * D * 4, pk = pv - nk * D * 4, pqq = pk - D * 4, psc = pqq - nk * 4;
  f.set(randArray(r, nk * D * 2 + D), pk / 4 - D);
  h.k.attention(pqq, pk, pv, pout, psc, 1, nk, D, nk - 1, 0, 0, 0.3);
  assert.ok([...h.view(pout, D)].every(Number.isFinite));
});

function ulpOf(v) {
  // ulp of the f32 value nearest v (>= 0)
  const a = Math.abs(v);
  if (a < 2 ** -126) return 2 ** -149;
  return 2 ** (Math.floor(Math.log2(a)) - 23);
}

test('exp_f32: <= 2 ulp (measured: < 1) vs Math.exp over [-104, 0] (dense grid and random), subnormals, specials', () => {
  const h = new Heap({ pages: 1100 });
  const r = rng(7);
  const CH = 1 << 20;
  const px = h.f32(new Float32Array(CH)), py = h.f32(new Float32Array(CH));
  let worst = 0, count = 0, worstAt = 0;
  const run = (fill) => {
    const xs = h.view(px, CH);
    fill(xs);
    h.k.exp_f32(px, py, CH);
    const ys = h.view(py, CH);
    for (let i = 0; i < CH; i++) {
      const e = Math.exp(xs[i]);
      const u = Math.abs(ys[i] - e) / ulpOf(Math.fround(e));
      if (u > worst) { worst = u; worstAt = xs[i]; }
    }
    count += CH;
  };
  // 2M uniform grid points over [-104, 0], 1M random in [-104, 0], 1M random in [-1, 0] (most of softmax's mass),
  // 1M random over [-103.97, -87.3] (subnormal results), 0.5M random over [0, 88.7]
  for (let c = 0; c < 2; c++) run((xs) => { for (let i = 0; i < CH; i++) xs[i] = -104 * ((c * CH + i) / (2 * CH)); });
  run((xs) => { for (let i = 0; i < CH; i++) xs[i] = -104 * r(); });
  run((xs) => { for (let i = 0; i < CH; i++) xs[i] = -r(); });
  run((xs) => { for (let i = 0; i < CH; i++) xs[i] = -87.3 - 16.67 * r(); });
  run((xs) => { for (let i = 0; i < CH; i++) xs[i] = 88.7 * r(); });
  assert.ok(count >= 6e6);
  assert.ok(worst <= 2, `max ulp error ${worst} at x=${worstAt}`);
  console.log(`# exp_f32: max error ${worst.toFixed(3)} ulp over ${count} points (at x=${worstAt})`);
  // specials and the (tiny) tail
  const sp = [0, -0, -Infinity, Infinity, NaN, -103.97, -104, -105, -1e30, 88.72, 88.73, 100, -87.33654, 1e-30, -1e-30];
  const ps = h.f32(sp), po = h.f32(new Float32Array(sp.length));
  h.k.exp_f32(ps, po, sp.length);
  const o = h.view(po, sp.length);
  assert.equal(o[0], 1); assert.equal(o[1], 1); assert.equal(o[2], 0); assert.equal(o[3], Infinity);
  assert.ok(Number.isNaN(o[4]));
  assert.ok(o[5] > 0 && o[5] <= 2 ** -149 * 2, `exp(-103.97) ${o[5]}`);
  assert.equal(o[6], 0); assert.equal(o[7], 0); assert.equal(o[8], 0);
  const e9 = Math.exp(Math.fround(88.72));
  assert.ok(Math.abs(o[9] - e9) <= 2 * ulpOf(e9));
  assert.equal(o[10], Infinity); assert.equal(o[11], Infinity);
  const e12 = Math.exp(Math.fround(-87.33654));
  assert.ok(Math.abs(o[12] - e12) <= 2 * ulpOf(e12));
  assert.equal(o[13], 1); assert.equal(o[14], 1);
});

test('rmsnorm_rows: within 0.5 ulp of float64 (f64 sum of squares), in place and not, mul and eps', () => {
  const h = new Heap({ pages: 64 });
  const r = rng(8);
  let worstUlp = 0;
  for (const C of KS) {
    for (const rows of [1, 3]) {
      for (const [eps, mul] of [[1e-6, 1], [1e-5, 0.75], [0.5, -2]]) {
        h.reset();
        const x = randArray(r, rows * C, -3, 3);
        const px = h.f32(x), py = h.f32(new Float32Array(rows * C));
        h.k.rmsnorm_rows(px, py, rows, C, eps, mul);
        h.k.rmsnorm_rows(px, px, rows, C, eps, mul); // in place
        h.checkGuards();
        const a = h.view(py, rows * C), b = h.view(px, rows * C);
        const e32 = Math.fround(eps), m32 = Math.fround(mul);
        for (let t = 0; t < rows; t++) {
          let ss = 0;
          for (let c = 0; c < C; c++) ss += x[t * C + c] ** 2;
          const f = m32 / Math.sqrt(ss / C + e32);
          for (let c = 0; c < C; c++) {
            const want = x[t * C + c] * f;
            const u = Math.abs(a[t * C + c] - want) / ulpOf(Math.fround(want));
            worstUlp = Math.max(worstUlp, u);
            assert.equal(b[t * C + c], a[t * C + c]);
          }
        }
      }
    }
  }
  assert.ok(worstUlp <= 0.501, `rmsnorm max error ${worstUlp} ulp`);
  console.log(`# rmsnorm_rows: max error ${worstUlp.toFixed(3)} ulp vs float64`);
});

function refAttention(q, k, v, nq, nk, D, qpos0, kpos0, window, scale) {
  const out = new Float64Array(nq * D);
  for (let r = 0; r < nq; r++) {
    const vis = [];
    for (let j = 0; j < nk; j++) {
      const dq = qpos0 + r - (kpos0 + j);
      if (dq >= 0 && (window <= 0 || dq < window)) vis.push(j);
    }
    if (!vis.length) continue;
    const s = vis.map((j) => {
      let d = 0;
      for (let c = 0; c < D; c++) d += q[r * D + c] * k[j * D + c];
      return d * scale;
    });
    const m = Math.max(...s);
    const p = s.map((z) => Math.exp(z - m));
    const z = p.reduce((a, b) => a + b, 0);
    for (let i = 0; i < vis.length; i++) for (let c = 0; c < D; c++) out[r * D + c] += (p[i] / z) * v[vis[i] * D + c];
  }
  return out;
}

test('attention matches float64 softmax(qk*scale)v: decode and prefill, cache offsets, windows, odd D', () => {
  const h = new Heap({ pages: 256 });
  const r = rng(9);
  let worst = 0;
  const cases = [];
  for (const D of [1, 3, 4, 5, 17, 32, 64, 128, 130]) {
    cases.push([1, 1, D, 0, 0, 0], [1, 70, D, 69, 0, 0], [1, 37, D, 100, 64, 0]); // decode: cache of nk keys
    cases.push([9, 9, D, 0, 0, 0], [5, 12, D, 7, 0, 0], [6, 40, D, 34, 0, 3]); // prefill / chunk after a cache
  }
  for (const w of [0, 1, 3, 16, 1000]) {
    cases.push([1, 300, 64, 299, 0, w], [33, 33, 16, 0, 0, w], [8, 50, 32, 42, 0, w], [4, 20, 8, 30, 12, w]);
  }
  cases.push([3, 10, 8, 0, 5, 0]); // query rows 0..4 see no key (keys start at position 5): zeros
  cases.push([2, 6, 4, -3, -3, 2]); // negative positions
  for (const [nq, nk, D, qpos0, kpos0, win] of cases) {
    h.reset();
    const q = randArray(r, nq * D, -2, 2), k = randArray(r, nk * D, -2, 2), v = randArray(r, nk * D);
    const scale = 1 / Math.sqrt(D);
    const pq = h.f32(q), pk = h.f32(k), pv = h.f32(v);
    const po = h.f32(new Float32Array(nq * D).fill(NaN)), ps = h.f32(new Float32Array(nk));
    h.k.attention(pq, pk, pv, po, ps, nq, nk, D, qpos0, kpos0, win, scale);
    h.checkGuards();
    const got = h.view(po, nq * D);
    const want = refAttention(q, k, v, nq, nk, D, qpos0, kpos0, win, Math.fround(scale));
    let e = 0;
    for (let i = 0; i < nq * D; i++) e = Math.max(e, Math.abs(got[i] - want[i]));
    assert.ok(e <= 2e-6, `attention nq=${nq} nk=${nk} D=${D} qpos0=${qpos0} kpos0=${kpos0} window=${win}: ${e}`);
    worst = Math.max(worst, e);
    // sensitivity: the same call with the window off by one (or the cache shifted by one) differs measurably
    if (nk > 1 && nq * nk > 8) {
      const alt = refAttention(q, k, v, nq, nk, D, qpos0 + 1, kpos0, win > 0 ? win + 1 : 0, Math.fround(scale));
      let d = 0;
      for (let i = 0; i < nq * D; i++) d = Math.max(d, Math.abs(alt[i] - want[i]));
      if (d > 0) assert.ok(d > 50 * 2e-6, `tolerance too loose to tell visibility off by one (${d})`);
    }
  }
  // rows with no visible key are zeros, not NaN
  h.reset();
  const pq = h.f32(randArray(r, 3 * 8)), pk = h.f32(randArray(r, 10 * 8)), pv = h.f32(randArray(r, 10 * 8));
  const po = h.f32(new Float32Array(24).fill(NaN)), ps = h.f32(new Float32Array(10));
  h.k.attention(pq, pk, pv, po, ps, 3, 10, 8, 0, 5, 0, 0.3);
  assert.deepEqual([...h.view(po, 24)], new Array(24).fill(0));
  console.log(`# attention: max abs error ${worst.toExponential(2)} vs float64`);
});

test('add_rows and relu2 are exact f32 element-wise ops, in place allowed', () => {
  const h = new Heap({ pages: 4 });
  const r = rng(10);
  for (const n of [1, 3, 4, 5, 17, 1027]) {
    h.reset();
    const a = randArray(r, n, -5, 5), b = randArray(r, n, -5, 5);
    const pa = h.f32(a), pb = h.f32(b), po = h.f32(new Float32Array(n));
    h.k.add_rows(pa, pb, po, n);
    h.k.relu2(pa, pa, n);
    h.checkGuards();
    const o = h.view(po, n), ra = h.view(pa, n);
    for (let i = 0; i < n; i++) {
      assert.equal(o[i], Math.fround(a[i] + b[i]));
      const m = Math.max(a[i], 0);
      assert.equal(ra[i], Math.fround(m * m));
    }
  }
});

test('mix_rows is f32(a*x) + f32(b*y) element-wise (in place allowed)', () => {
  const h = new Heap({ pages: 4 });
  const r = rng(21);
  const fr = Math.fround;
  for (const n of [1, 3, 4, 5, 17, 1027]) {
    for (const [al, be] of [[1, 0.3], [0.87, -1.25], [1, 1]]) {
      h.reset();
      const a = randArray(r, n, -5, 5), b = randArray(r, n, -5, 5);
      const pa = h.f32(a), pb = h.f32(b), po = h.f32(new Float32Array(n));
      h.k.mix_rows(pa, pb, po, n, al, be);
      h.k.mix_rows(pa, pb, pa, n, al, be); // in place over a
      h.checkGuards();
      const o = h.view(po, n), ia = h.view(pa, n);
      for (let i = 0; i < n; i++) {
        const want = fr(fr(fr(al) * a[i]) + fr(fr(be) * b[i]));
        assert.equal(o[i], want, `n=${n} i=${i}`);
        assert.equal(ia[i], want);
      }
    }
  }
});

test('rope_rows: y = f32(x*c) + f32(x[partner]*s) for both pair layouts, vector and scalar paths, strided rows', () => {
  const h = new Heap({ pages: 16 });
  const r = rng(22);
  const fr = Math.fround;
  for (const half of [0, 1]) {
    for (const D of [2, 4, 6, 8, 12, 24, 128]) {
      for (const [rows, heads] of [[1, 1], [5, 3]]) {
        h.reset();
        // x: [rows, heads*D] (a matmul's output), y: head-major [heads, rows, D]
        const x = randArray(r, rows * heads * D, -2, 2);
        const c = randArray(r, rows * D), sn = randArray(r, rows * D);
        const px = h.f32(x), pc = h.f32(c), ps = h.f32(sn), py = h.f32(new Float32Array(heads * rows * D));
        for (let j = 0; j < heads; j++) {
          h.k.rope_rows(px + 4 * j * D, 4 * heads * D, py + 4 * j * rows * D, 4 * D, pc, ps, rows, D, half);
        }
        h.checkGuards();
        const y = h.view(py, heads * rows * D);
        for (let j = 0; j < heads; j++) {
          for (let t = 0; t < rows; t++) {
            for (let d = 0; d < D; d++) {
              const p = half ? (d + D / 2) % D : d ^ 1;
              const xr = (t * heads + j) * D;
              const want = fr(fr(x[xr + d] * c[t * D + d]) + fr(x[xr + p] * sn[t * D + d]));
              assert.equal(y[(j * rows + t) * D + d], want, `half=${half} D=${D} head ${j} row ${t} d ${d}`);
            }
          }
        }
      }
    }
  }
  // D = 0 writes nothing
  h.reset();
  const py = h.f32(new Float32Array(4));
  h.k.rope_rows(py, 0, py, 0, py, py, 3, 0, 0);
  h.checkGuards();
});

test('softcap: cap*tanh(x/cap) within 4 ulp of cap (float64 truth), odd, bounded by cap, specials, in place', () => {
  const h = new Heap({ pages: 8 });
  const r = rng(23);
  for (const cap of [15, 30, 2.5]) {
    for (const n of [1, 3, 4, 7, 4099]) {
      h.reset();
      const x = randArray(r, n, -4 * cap, 4 * cap);
      if (n > 4) x.set([0, -0, 1e-30, -1e-30, 88 * cap, Infinity, -Infinity], 0);
      const px = h.f32(x), py = h.f32(new Float32Array(n)), pneg = h.f32(x.map((v) => -v));
      h.k.softcap(px, py, n, cap);
      h.k.softcap(pneg, pneg, n, cap); // in place
      h.checkGuards();
      const y = h.view(py, n), yn = h.view(pneg, n);
      const c32 = Math.fround(cap);
      for (let i = 0; i < n; i++) {
        const want = c32 * Math.tanh(x[i] / c32);
        assert.ok(Math.abs(y[i] - want) <= 4 * c32 * EPS32, `cap ${cap} x=${x[i]}: ${y[i]} vs ${want}`);
        assert.ok(Math.abs(y[i]) <= c32);
        assert.equal(yn[i], -y[i]);
      }
    }
  }
  h.reset();
  const p = h.f32([NaN]);
  h.k.softcap(p, p, 1, 15);
  assert.ok(Number.isNaN(h.view(p, 1)[0]));
});

test('the shared-memory variant (threaded TF.js build) computes the same', () => {
  const h = new Heap({ pages: 64, shared: true });
  assert.equal(h.k.shared, true);
  assert.ok(h.memory.buffer instanceof SharedArrayBuffer);
  const r = rng(11);
  const [n, K, N] = [5, 67, 9];
  const x = randArray(r, n * K), w = randArray(r, N * K);
  const px = h.f32(x), pw = h.f32(w), py = h.f32(new Float32Array(n * N));
  h.k.matmul_f32(px, pw, py, n, K, N);
  assert.ok(errRatio(h.view(py, n * N), refMatmul(x, w, n, K, N), K) < 0.5);
  // the packed path (scratch) on shared memory
  const n2 = MATMUL_F32_PACK_MIN_ROWS + 1;
  const x2 = randArray(r, n2 * K);
  const px2 = h.f32(x2), py2 = h.f32(new Float32Array(n2 * N)), ps = h.alloc(MATMUL_F32_SCRATCH_BYTES);
  h.k.matmul_f32(px2, pw, py2, n2, K, N, ps);
  assert.ok(errRatio(h.view(py2, n2 * N), refMatmul(x2, w, n2, K, N), K) < 0.5);
});

test('norm_rows: RMS and LayerNorm, with and without weight and bias, in place; = rmsnorm_rows without them', () => {
  const h = new Heap({ pages: 64 });
  const r = rng(31);
  const fr = Math.fround;
  let worst = 0;
  for (const C of KS) {
    for (const rows of [1, 3]) {
      for (const layer of [0, 1]) {
        for (const [hasW, hasB] of [[false, false], [true, false], [false, true], [true, true]]) {
          const [eps, mul] = layer ? [1e-5, 1] : [1e-6, 0.75];
          h.reset();
          const x = randArray(r, rows * C, -3, 3).map((v, i) => (layer ? v + 2 * (i % 3) : v)); // a mean to remove
          const w = randArray(r, C, 0.5, 1.5), b = randArray(r, C, -0.2, 0.2);
          const px = h.f32(x), py = h.f32(new Float32Array(rows * C)), pw = h.f32(w), pb = h.f32(b);
          h.k.norm_rows(px, py, hasW ? pw : 0, hasB ? pb : 0, rows, C, eps, mul, layer);
          if (!layer && !hasW && !hasB) {
            const pz = h.f32(new Float32Array(rows * C));
            h.k.rmsnorm_rows(px, pz, rows, C, eps, mul);
            assert.deepEqual([...h.view(py, rows * C)], [...h.view(pz, rows * C)], 'bit-identical to rmsnorm_rows');
          }
          const y = [...h.view(py, rows * C)];
          h.k.norm_rows(px, px, hasW ? pw : 0, hasB ? pb : 0, rows, C, eps, mul, layer); // in place
          h.checkGuards();
          assert.deepEqual([...h.view(px, rows * C)], y, 'in place');
          for (let t = 0; t < rows; t++) {
            let m = 0;
            if (layer) {
              for (let c = 0; c < C; c++) m += x[t * C + c];
              m /= C;
            }
            let ss = 0;
            for (let c = 0; c < C; c++) ss += (x[t * C + c] - m) ** 2;
            const f = fr(mul) / Math.sqrt(ss / C + fr(eps));
            for (let c = 0; c < C; c++) {
              // float64 truth of each stage; the kernel rounds each stage once (f32 products and sum)
              const tt = (x[t * C + c] - m) * f;
              const want = (hasW ? tt * w[c] : tt) + (hasB ? b[c] : 0);
              const scale = Math.max(Math.abs(hasW ? tt * w[c] : tt), hasB ? Math.abs(b[c]) : 0);
              const e = Math.abs(y[t * C + c] - want) / ulpOf(fr(scale));
              worst = Math.max(worst, e);
            }
          }
        }
      }
    }
  }
  // three roundings (x f, * w, + b): 0.5 ulp of t, carried through * w (|w| <= 1.5, maybe a binade down), and
  // 0.5 ulp of each later result: <= 2.5 ulp of the largest term
  assert.ok(worst <= 2.5, `norm_rows max error ${worst} ulp`);
  console.log(`# norm_rows: max error ${worst.toFixed(3)} ulp (of the largest term) vs float64`);
});

test('bias_rows adds b to every row (exact f32 sums), copy_rows copies strided rows, mul_rows is f32(a*b)', () => {
  const h = new Heap({ pages: 8 });
  const r = rng(32);
  const fr = Math.fround;
  for (const N of [1, 3, 4, 5, 17, 770]) {
    for (const rows of [1, 4]) {
      h.reset();
      const y = randArray(r, rows * N, -5, 5), b = randArray(r, N, -1, 1);
      const py = h.f32(y), pb = h.f32(b);
      h.k.bias_rows(py, pb, rows, N);
      h.checkGuards();
      const got = h.view(py, rows * N);
      for (let i = 0; i < rows * N; i++) assert.equal(got[i], fr(y[i] + b[i % N]), `bias N=${N} i=${i}`);
      // copy_rows: the last 3 values of each 2N-wide row into an N-wide destination, rows reversed order of memory
      const src = randArray(r, rows * 2 * N);
      const ps = h.f32(src), pd = h.f32(new Float32Array(rows * N).fill(7));
      const w = Math.min(3, N);
      h.k.copy_rows(ps + 4 * (2 * N - w), 4 * 2 * N, pd, 4 * N, rows, 4 * w);
      h.checkGuards();
      const d = h.view(pd, rows * N);
      for (let t = 0; t < rows; t++) {
        for (let c = 0; c < N; c++) assert.equal(d[t * N + c], c < w ? src[t * 2 * N + 2 * N - w + c] : 7);
      }
      const a = randArray(r, N, -3, 3), bb = randArray(r, N, -3, 3);
      const pa = h.f32(a), pbb = h.f32(bb), po = h.f32(new Float32Array(N));
      h.k.mul_rows(pa, pbb, po, N);
      h.k.mul_rows(pa, pbb, pa, N); // in place
      h.checkGuards();
      for (let i = 0; i < N; i++) {
        assert.equal(h.view(po, N)[i], fr(a[i] * bb[i]));
        assert.equal(h.view(pa, N)[i], fr(a[i] * bb[i]));
      }
    }
  }
});

/** erfc in float64: the series of erf for |x| < 2, Lentz's continued fraction beyond (independent of the kernel). */
function erfc64(x) {
  if (x < 0) return 2 - erfc64(-x);
  if (x < 2) {
    let term = x;
    let s = x;
    for (let k = 1; k < 400; k++) {
      term *= (-x * x) / k;
      const a = term / (2 * k + 1);
      s += a;
      if (Math.abs(a) < 1e-19) break;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * s;
  }
  let f = 0;
  for (let k = 300; k >= 1; k--) f = k / 2 / (x + f);
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / (x + f);
}

const ACT_TRUTH = {
  relu: (z) => Math.max(z, 0),
  relu2: (z) => Math.max(z, 0) ** 2,
  silu: (z) => z / (1 + Math.exp(-z)),
  gelu_tanh: (z) => z / (1 + Math.exp(-2 * Math.sqrt(2 / Math.PI) * (z + 0.044715 * z ** 3))), // = 0.5 z (1 + tanh u)
  gelu_erf: (z) => 0.5 * z * erfc64(-z / Math.SQRT2),
};
// the contracts in src/kernels/index.js (measured maxima below them)
const ACT_ULP = { relu: 0, relu2: 0.5, silu: 2, gelu_tanh: 2, gelu_erf: 3 };

test('activations (generated loops): within their ulp bounds of float64 truth; gated = f32(act(g) * u); specials, tails, in place', () => {
  const h = new Heap({ pages: 64 });
  const r = rng(33);
  const grid = Float32Array.from({ length: 24001 }, (_, i) => -30 + (60 * i) / 24000);
  const rnd = randArray(r, 4003, -12, 12);
  const specials = Float32Array.from([0, -0, 1e-30, -1e-30, 1e-45, 88, -88, 200, -200, 3e38, -3e38]);
  for (const name of ACTIVATION_KERNELS) {
    let worst = 0;
    for (const x of [grid, rnd, specials]) {
      for (const n of [x.length, 1, 2, 3, 5]) {
        h.reset();
        const xs = x.subarray(0, n);
        const px = h.f32(xs), py = h.f32(new Float32Array(n).fill(NaN));
        h.k[name](px, py, n);
        h.checkGuards();
        const y = [...h.view(py, n)];
        for (let i = 0; i < n; i++) {
          const want = ACT_TRUTH[name](xs[i]);
          if (!Number.isFinite(Math.fround(want))) continue; // (relu2 of 3e38 overflows f32, as it should)
          const e = Math.abs(y[i] - want) / ulpOf(Math.fround(want));
          if (!(e <= worst)) worst = Number.isNaN(e) ? Infinity : Math.max(worst, e);
        }
        // gated: y = f32(act(g) * u), the very act(g) of the unary kernel; u may be y (in place)
        const u = randArray(r, n, -2, 2);
        const pu = h.f32(u), pg = h.f32(new Float32Array(n));
        h.k[`${name}_mul`](px, pu, pg, n);
        h.k[`${name}_mul`](px, pu, pu, n);
        h.checkGuards();
        for (let i = 0; i < n; i++) {
          const want = Math.fround(y[i] * u[i]);
          assert.ok(Object.is(h.view(pg, n)[i], want) || (Number.isNaN(want) && Number.isNaN(h.view(pg, n)[i])), `${name}_mul i=${i}`);
          assert.ok(Object.is(h.view(pu, n)[i], want) || (Number.isNaN(want) && Number.isNaN(h.view(pu, n)[i])), `${name}_mul in place`);
        }
      }
    }
    assert.ok(worst <= ACT_ULP[name], `${name}: max error ${worst} ulp (contract ${ACT_ULP[name]})`);
    console.log(`# ${name}: max error ${worst.toFixed(3)} ulp vs float64`);
    h.reset();
    const p = h.f32([NaN]);
    h.k[name](p, p, 1);
    assert.ok(Number.isNaN(h.view(p, 1)[0]), `${name}(NaN)`);
  }
});

// --- integer-dot decode kernels: quant_x + matmul_i8x / matmul_q4x, dequant_q4x --------------------------------

/** x rows -> quant_x rows on the test heap (offset of the first row). */
function quantX(h, px, n, K, G = 0) {
  const pxq = h.alloc(n * h.k.quant_x_row_bytes(K));
  h.k.quant_x(px, pxq, n, K, G);
  return pxq;
}

// x rows with a wide dynamic range: mostly small values, a few outliers up to 300 (activations have them), and
// some exact zeros
function wideX(r, n, K) {
  return Float32Array.from({ length: n * K }, (_, i) => {
    const u = r();
    if (u < 0.02) return (r() - 0.5) * 600;
    if (u < 0.05) return 0;
    return (r() - 0.5) * 2 * Math.exp(-4 * r());
  });
}

// The fixed-point bound: per x row, max|x| * 2^-30 per value (rounding to the row's fixed point), times sum |w|,
// plus rounding of the float parts (lane conversion, pairwise lane sums, chunks, scale): (chunks + 8) * 2^-24 * sum |x w|.
// Wmag(o, k) (default |W|): the size of the terms the kernel adds for weight k of row o (q4: |s| u + |f|).
function intErrRatio(got, x, W, n, K, N, chunks, Wmag = (o, k) => Math.abs(W(o, k))) {
  let worst = 0;
  for (let t = 0; t < n; t++) {
    let mx = 0;
    for (let k = 0; k < K; k++) mx = Math.max(mx, Math.abs(x[t * K + k]));
    for (let o = 0; o < N; o++) {
      let s = 0, a = 0, wa = 0;
      for (let k = 0; k < K; k++) {
        const w = W(o, k);
        const m = Wmag(o, k);
        s += x[t * K + k] * w;
        a += Math.abs(x[t * K + k]) * m;
        wa += m;
      }
      const bound = a * EPS32 * (chunks + 8) + mx * 2 ** -30 * wa + 1e-37;
      const rr = Math.abs(got[t * N + o] - s) / bound;
      worst = Number.isNaN(rr) ? Infinity : Math.max(worst, rr);
    }
  }
  return worst;
}

test('quant_x: each value is x * 2^e rounded (one power of two per row, max|X| < 2^30), split h * 2^15 + l; tails zero; group sums', () => {
  const h = new Heap({ pages: 64 });
  const r = rng(21);
  for (const K of [1, 5, 16, 17, 33, 256, 300]) {
    for (const G of [0, 32]) {
      h.reset();
      const n = 3;
      const x = wideX(r, n, K);
      if (K > 3) x.fill(0, K, 2 * K); // a zero row
      const px = h.f32(x);
      const pxq = quantX(h, px, n, K, G);
      h.checkGuards();
      const rb = h.k.quant_x_row_bytes(K);
      const blocks = Math.ceil(K / 16);
      assert.equal(rb, 16 + 64 * blocks + 16 * Math.ceil(K / 128));
      for (let t = 0; t < n; t++) {
        const base = pxq + t * rb;
        const inv = new Float32Array(h.memory.buffer, base, 4);
        const i16 = new Int16Array(h.memory.buffer, base + 16, 32 * blocks);
        let mx = 0;
        for (let k = 0; k < K; k++) mx = Math.max(mx, Math.abs(x[t * K + k]));
        const e = -Math.log2(inv[0]);
        assert.ok(Number.isInteger(e) && inv[1] === 0 && inv[2] === 0 && inv[3] === 0, `header ${[...inv]}`);
        if (mx > 0) assert.ok(mx * 2 ** e < 2 ** 30 && mx * 2 ** e >= 2 ** 29, `K=${K} row ${t}: max ${mx} * 2^${e}`);
        for (let k = 0; k < 16 * blocks; k++) {
          const b = k >> 4, j = (k & 15) >> 1, odd = k & 1;
          const hi = i16[b * 32 + odd * 8 + j], lo = i16[b * 32 + 16 + odd * 8 + j];
          assert.ok(lo >= 0 && lo < 32768);
          const X = hi * 32768 + lo;
          const want = k < K ? Math.round(x[t * K + k] * 2 ** e) : 0; // ties: x * 2^e is an integer or far from .5
          if (Math.abs(X - want) > (k < K && Math.abs(x[t * K + k] * 2 ** e) % 1 === 0.5 ? 1 : 0)) {
            assert.fail(`K=${K} row ${t} value ${k}: X=${X}, want ${want}`);
          }
        }
        if (G) {
          const gs = new Float32Array(h.memory.buffer, base + 16 + 64 * blocks, Math.ceil(K / G));
          for (let g = 0; g * G < K; g++) {
            let s = 0;
            for (let k = g * G; k < Math.min(K, (g + 1) * G); k++) s += x[t * K + k];
            assert.equal(gs[g], Math.fround(s), `group sum ${g}`);
          }
        }
      }
    }
  }
});

test('matmul_i8x (int8 rows read in place, integer dot products) matches float64: extremes, signed scales, chunks past 2048', () => {
  const h = new Heap({ pages: 2048 });
  const r = rng(22);
  let worst = 0;
  for (const K of [16, 48, 1024, 2048, 2064, 4112]) {
    for (const N of [1, 2, 3, 5, 7, 8, 37]) {
      const q = new Int8Array(N * K);
      for (let o = 0; o < N; o++) {
        for (let k = 0; k < K; k++) {
          const kind = o % 4;
          q[o * K + k] = kind === 1 ? -128 : kind === 2 ? 127 : kind === 3 ? (k % 2 ? 127 : -128) : Math.floor(r() * 256) - 128;
        }
      }
      const scale = Float32Array.from({ length: N }, (_, o) => (o % 3 === 2 ? -1 : 1) * (1e-3 + r() * 0.05));
      for (const n of [1, 2, 5]) {
        h.reset();
        const x = wideX(r, n, K);
        const px = h.f32(x), pq = h.i8(q), ps = h.f32(scale), py = h.f32(new Float32Array(n * N).fill(NaN));
        const pxq = quantX(h, px, n, K);
        h.k.matmul_i8x(pxq, pq, ps, py, n, K, N);
        h.checkGuards();
        const e = intErrRatio(h.view(py, n * N), x, (o, k) => q[o * K + k] * scale[o], n, K, N, Math.ceil(K / 2048));
        assert.ok(e <= 1, `i8x n=${n} K=${K} N=${N}: error ratio ${e}`);
        worst = Math.max(worst, e);
        // and within the f32 kernel's own bound (K + 8) * 2^-24 * sum |x w|
        assert.ok(errRatio(h.view(py, n * N), refMatmul(x, q, n, K, N, scale), K) <= 1, `i8x n=${n} K=${K} N=${N} vs f32 bound`);
      }
    }
  }
  assert.ok(worst < 0.5, `worst ratio ${worst}`);
});

/** Synthetic q4 rows in the bundle's layout: nibbles (even k low), and the resident (s, f) pairs per group. */
function q4Synthetic(r, N, K, G, affine) {
  const u = new Uint8Array(N * K);
  for (let o = 0; o < N; o++) {
    for (let k = 0; k < K; k++) u[o * K + k] = o % 5 === 1 ? 15 : o % 5 === 2 ? 0 : Math.floor(r() * 16);
  }
  const bytes = new Uint8Array(N * K / 2);
  for (let i = 0; i < N * K; i += 2) bytes[i >> 1] = u[i] | (u[i + 1] << 4);
  const groups = K / G;
  const s = Float32Array.from({ length: N * groups }, (_, i) => (i % 7 === 3 ? -1 : 1) * (1e-3 + r() * 0.03));
  const off = affine ? Float32Array.from({ length: N * groups }, () => (r() - 0.7) * 0.2) : null;
  const so = new Float32Array(2 * N * groups);
  for (let i = 0; i < N * groups; i++) {
    so[2 * i] = s[i];
    so[2 * i + 1] = affine ? off[i] : -8 * s[i];
  }
  // the weights the bundle means (FORMATS.md q4 tensors): symmetric float32(s * (u - 8)); affine float32(float32(s * u) + offset)
  const w = new Float32Array(N * K);
  for (let o = 0; o < N; o++) {
    for (let k = 0; k < K; k++) {
      const g = o * groups + Math.floor(k / G), v = u[o * K + k];
      w[o * K + k] = affine ? Math.fround(Math.fround(s[g] * v) + off[g]) : Math.fround(s[g] * (v - 8));
    }
  }
  return { bytes, so, w, u, s, off };
}

test('matmul_q4x (nibbles read in place, integer dot products per group) matches float64 of the bundle\'s weights', () => {
  const h = new Heap({ pages: 1024 });
  const r = rng(23);
  let worst = 0;
  for (const G of [32, 64, 128]) {
    for (const K of [G, 3 * G, 1024]) { // (q4x has no K chunks: every group's sums are converted on their own)
      for (const N of [1, 2, 3, 13]) { // odd N: the last row runs paired with itself, stored once
        for (const affine of [false, true]) {
          const { bytes, so, w, u, s, off } = q4Synthetic(r, N, K, G, affine);
          for (const n of [1, 2, 5]) {
            h.reset();
            const x = wideX(r, n, K);
            const px = h.f32(x), pq = h.alloc(bytes.length), pso = h.f32(so), py = h.f32(new Float32Array(n * N).fill(NaN));
            new Uint8Array(h.memory.buffer, pq, bytes.length).set(bytes);
            const pxq = quantX(h, px, n, K, G);
            h.k.matmul_q4x(pxq, pq, pso, py, n, K, N, G);
            h.checkGuards();
            // the terms are s * u * x and f * x per group (they cancel where u is near -f / s): rounding scales
            // with |s| u + |f|, once per group (K / G adds) plus a few
            const groupOf = (o, k) => o * (K / G) + Math.floor(k / G);
            const e = intErrRatio(h.view(py, n * N), x, (o, k) => w[o * K + k], n, K, N, K / G,
              (o, k) => Math.abs(s[groupOf(o, k)]) * u[o * K + k] + (affine ? Math.abs(off[groupOf(o, k)]) : 8 * Math.abs(s[groupOf(o, k)])));
            assert.ok(e <= 1, `q4x G=${G} n=${n} K=${K} N=${N} affine=${affine}: error ratio ${e}`);
            worst = Math.max(worst, e);
          }
          // dequant_q4x: exactly the bundle's float32 weights, symmetric and affine
          h.reset();
          const pq = h.alloc(bytes.length), pso = h.f32(so), po = h.f32(new Float32Array(N * K).fill(NaN));
          new Uint8Array(h.memory.buffer, pq, bytes.length).set(bytes);
          h.k.dequant_q4x(pq, pso, po, N, K, G, affine ? 1 : 0);
          h.checkGuards();
          const out = h.view(po, N * K);
          for (let i = 0; i < N * K; i++) {
            if (!Object.is(out[i], w[i])) assert.fail(`dequant_q4x G=${G} K=${K} affine=${affine} at ${i}: ${out[i]} vs ${w[i]}`);
          }
        }
      }
    }
  }
  assert.ok(worst < 0.5, `worst ratio ${worst}`);
});

test('quant_x / matmul_i8x / matmul_q4x: NaN and infinity in x give NaN; K = 0 writes zeros; flush against the end of memory', () => {
  const h = new Heap({ pages: 8 });
  const r = rng(24);
  const [n, K, N, G] = [2, 64, 5, 32];
  const q = Int8Array.from({ length: N * K }, () => Math.floor(r() * 256) - 128);
  const scale = randArray(r, N, 0.01, 0.02);
  const { bytes, so, w } = q4Synthetic(r, N, K, G, false);
  for (const bad of [NaN, Infinity]) {
    h.reset();
    const x = randArray(r, n * K);
    x[K + 7] = bad; // row 1 only
    const px = h.f32(x), pq = h.i8(q), ps = h.f32(scale), py = h.f32(new Float32Array(n * N));
    const pxq = quantX(h, px, n, K, G);
    h.k.matmul_i8x(pxq, pq, ps, py, n, K, N);
    const y = h.view(py, n * N);
    assert.ok(y.subarray(0, N).every(Number.isFinite) && y.subarray(N).every(Number.isNaN), `i8x with ${bad}: ${[...y]}`);
    const pq4 = h.alloc(bytes.length), pso = h.f32(so);
    new Uint8Array(h.memory.buffer, pq4, bytes.length).set(bytes);
    h.k.matmul_q4x(pxq, pq4, pso, py, n, K, N, G);
    assert.ok(y.subarray(0, N).every(Number.isFinite) && y.subarray(N).every(Number.isNaN), `q4x with ${bad}: ${[...y]}`);
  }
  // K = 0: zeros
  h.reset();
  const py0 = h.f32(new Float32Array(N).fill(NaN)), pxq0 = h.alloc(h.k.quant_x_row_bytes(0)), ps0 = h.f32(scale);
  h.k.quant_x(h.f32([]), pxq0, 1, 0, 0);
  h.k.matmul_i8x(pxq0, ps0, ps0, py0, 1, 0, N);
  assert.deepEqual([...h.view(py0, N)], new Array(N).fill(0));
  // every array flush against the end of memory: y, then the weights, the scales, the quant_x rows, x
  const end = h.memory.buffer.byteLength;
  const x = randArray(r, n * K);
  const f = new Float32Array(h.memory.buffer), u8 = new Uint8Array(h.memory.buffer);
  const rb = h.k.quant_x_row_bytes(K);
  const py = end - n * N * 4, pq = py - N * K, ps = pq - N * 4, pxq = ps - n * rb, px = pxq - n * K * 4;
  f.set(x, px / 4); new Int8Array(h.memory.buffer).set(q, pq); f.set(scale, ps / 4);
  h.k.quant_x(px, pxq, n, K, G);
  h.k.matmul_i8x(pxq, pq, ps, py, n, K, N);
  assert.ok(errRatio(h.view(py, n * N), refMatmul(x, q, n, K, N, scale), K) < 0.5);
  const pq4 = end - n * N * 4 - bytes.length, pso = pq4 - so.length * 4, pxq4 = pso - n * rb, px4 = pxq4 - n * K * 4;
  f.set(x, px4 / 4); u8.set(bytes, pq4); f.set(so, pso / 4);
  h.k.quant_x(px4, pxq4, n, K, G);
  h.k.matmul_q4x(pxq4, pq4, pso, py, n, K, N, G);
  assert.ok(errRatio(h.view(py, n * N), refMatmul(x, w, n, K, N), K) < 0.5);
  const pd = end - N * K * 4, pq5 = pd - bytes.length, pso5 = pq5 - so.length * 4;
  u8.set(bytes, pq5); f.set(so, pso5 / 4);
  h.k.dequant_q4x(pq5, pso5, pd, N, K, G, 0);
  assert.deepEqual([...h.view(pd, N * K)], [...w]);
});
