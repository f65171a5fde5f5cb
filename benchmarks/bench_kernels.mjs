// Benchmarks of the wasm SIMD kernels (js/src/kernels) against TF.js's wasm backend (XNNPACK) in one process:
// interleaved rounds, medians, ratios measured side by side. Run from js/:
//
//   node ../benchmarks/bench_kernels.mjs [--quick] [--only=decode,prefill,int8,quant,attn] [--old=FILE] [--rounds=N] [--ms=T]
//                                        [--stat=median|min]
//
// --old=FILE: a kernels-wasm.js from another revision (e.g. `git show main:js/src/kernels/kernels-wasm.js > /tmp/k.js`),
// instantiated on the same memory and timed in the same interleaved rounds ("old" rows, ratios vs the new kernel).
// --rounds / --ms: number of interleaved rounds and the time per variant per round (short rounds and many of them
// keep medians stable when other processes share the cores). Prefill also times matmul_f32 with its scratch.
//
// tf.matMul is called as a user would: weights pre-transposed to [K, N], inside tf.tidy, the result disposed.
// The kernels run on TF.js tensors (pointers from dataIdMap) in the same memory. "hot" = the same matrix every
// call (stays in cache when small); "cold" = a cycle of copies totalling > 64 MB (DRAM-bound, like a real
// multi-layer decode step). Machine: 2 shared cores, so numbers are noisy: read the ratios.

import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const tf = require('@tensorflow/tfjs');
const wasmBackend = require('@tensorflow/tfjs-backend-wasm');
wasmBackend.setWasmPaths(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')) + '/dist/');
await tf.setBackend('wasm');
await tf.ready();
const { instantiateKernels, MATMUL_F32_SCRATCH_BYTES } = await import(path.join(process.cwd(), 'src/kernels/index.js'));

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice(7).split(',')) : null;
const want = (s) => !only || only.has(s);
const argVal = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

// (a benchmark only: the kernels run inside TF.js's own wasm memory, found through its private fields, so that both
// sides multiply the very same bytes; the library's engine owns its memory instead, src/heap.js)
const backend = tf.backend();
const memory = backend.wasm?.asm?.memory ?? backend.wasm?.wasmMemory;
if (!(memory instanceof WebAssembly.Memory)) throw new Error('cannot reach the TF.js wasm memory');
const K8 = instantiateKernels(memory);
const ptr = (t) => backend.dataIdMap.get(t.dataId).memoryOffset;
const ROUNDS = Number(argVal('rounds') ?? (quick ? 5 : 9));
const ROUND_MS = Number(argVal('ms') ?? (quick ? 15 : 30));
// --stat=min: the best round instead of the median (what a kernel can do when the machine lets it run: on a loaded
// machine the median measures the other processes too)
const STAT = argVal('stat') ?? 'median';
// the previous revision's kernels, if asked for: same memory, same calls
let OLD = null;
if (argVal('old')) {
  const src = (await import('node:fs')).readFileSync(argVal('old'), 'utf8');
  const b64 = [...src.match(/KERNELS_WASM_BASE64 =\n([\s\S]*?);/)[1].matchAll(/'([^']*)'/g)].map((m) => m[1]).join('');
  const mod = new WebAssembly.Module(Buffer.from(b64, 'base64'));
  OLD = new WebAssembly.Instance(mod, { env: { memory: K8.memory } }).exports;
}
const COLD_BYTES = 64 * 2 ** 20;

let seed = 12345;
function rnd() {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return seed / 2 ** 32 - 0.5;
}
function randF32(n) {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = rnd();
  return a;
}
function randI8(n) {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = Math.floor(rnd() * 256);
  return a;
}
const median = (a) => {
  const s = [...a].sort((p, q) => p - q);
  return s[s.length >> 1];
};

// Time each variant in interleaved rounds; each round runs `reps` calls (cycling through copies) and records µs/call.
function bench(variants, targetMs = ROUND_MS) {
  for (const v of variants) for (let i = 0; i < 3; i++) v.fn(i); // warm-up (XNNPACK packs weights on first use)
  const reps = variants.map((v) => {
    let r = 1;
    for (;;) {
      const t0 = performance.now();
      for (let i = 0; i < r; i++) v.fn(i);
      const dt = performance.now() - t0;
      if (dt > targetMs / 4 || r > 1e6) return Math.max(1, Math.round((r * targetMs) / Math.max(dt, 1e-3) / 4));
      r *= 2;
    }
  });
  const times = variants.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    variants.forEach((v, j) => {
      const t0 = performance.now();
      for (let i = 0; i < reps[j]; i++) v.fn(i);
      times[j].push(((performance.now() - t0) * 1000) / reps[j]);
    });
  }
  return times.map(STAT === 'min' ? (a) => Math.min(...a) : median);
}

const rows = [];
function row(group, name, us, unit, amount, ref, vs = 'XNNPACK') {
  const rate = amount / (us * 1e-6) / 1e9;
  const ratio = ref ? `${(ref / us).toFixed(2)}x vs ${vs}` : '';
  rows.push({ group, name, us, rate: `${rate.toFixed(1)} ${unit}`, ratio });
  console.log(`${group.padEnd(8)} ${name.padEnd(46)} ${us.toFixed(1).padStart(10)} µs  ${rate.toFixed(1).padStart(6)} ${unit}  ${ratio}`);
}

// ---- f32 matmuls vs tf.matMul -----------------------------------------------------------------------------
function matmulCase(group, n, K, N, cold) {
  const bytes = N * K * 4;
  const copies = cold ? Math.max(2, Math.ceil(COLD_BYTES / bytes)) : 1;
  const x = tf.tensor2d(randF32(n * K), [n, K]);
  const y = tf.zeros([n, N]);
  const w0 = randF32(N * K);
  const ws = [], wTs = [];
  for (let c = 0; c < copies; c++) {
    const w = tf.tensor2d(w0, [N, K]);
    ws.push(w);
    wTs.push(tf.tidy(() => tf.transpose(w)));
  }
  const scratch = n > 4 ? tf.zeros([Math.ceil(MATMUL_F32_SCRATCH_BYTES / 4)]) : null;
  const xp = ptr(x), yp = ptr(y), sp = scratch ? ptr(scratch) : 0;
  const wps = ws.map(ptr);
  const variants = [
    { fn: (i) => tf.tidy(() => tf.matMul(x, wTs[i % copies])).dispose() },
    { fn: (i) => K8.matmul_f32(xp, wps[i % copies], yp, n, K, N) },
  ];
  if (scratch) variants.push({ fn: (i) => K8.matmul_f32(xp, wps[i % copies], yp, n, K, N, sp) });
  if (OLD) variants.push({ fn: (i) => OLD.matmul_f32(xp, wps[i % copies], yp, n, K, N) });
  const [tu, ku, ...more] = bench(variants);
  const su = scratch ? more.shift() : null;
  const ou = OLD ? more.shift() : null;
  // check once against tf.matMul (with and without scratch)
  const ref = tf.tidy(() => tf.matMul(x, wTs[0]));
  const a = ref.dataSync();
  let err = 0;
  for (const s of scratch ? [0, sp] : [0]) {
    K8.matmul_f32(xp, wps[0], yp, n, K, N, s);
    const b = y.dataSync();
    for (let i = 0; i < a.length; i++) err = Math.max(err, Math.abs(a[i] - b[i]));
  }
  ref.dispose();
  const label = `n=${n} K=${K} N=${N} ${cold ? `cold(${copies}x)` : 'hot'}`;
  if (n <= 4) {
    row(group, `xnnpack ${label}`, tu, 'GB/s', bytes);
    row(group, `kernel  ${label}`, ku, 'GB/s', bytes, tu);
  } else {
    const flops = 2 * n * K * N;
    row(group, `xnnpack ${label}`, tu, 'GFLOP/s', flops);
    row(group, `kernel  ${label}`, ku, 'GFLOP/s', flops, tu);
    if (su !== null) row(group, `kernel+scratch ${label}`, su, 'GFLOP/s', flops, tu);
  }
  if (ou !== null) {
    const [unit, amount] = n <= 4 ? ['GB/s', bytes] : ['GFLOP/s', 2 * n * K * N];
    row(group, `old     ${label}`, ou, unit, amount);
    row(group, `kernel  ${label}`, ku, unit, amount, ou, 'old');
  }
  if (err > 1e-3 * Math.sqrt(K)) throw new Error(`mismatch ${label}: ${err}`);
  tf.dispose([x, y, ...ws, ...wTs, ...(scratch ? [scratch] : [])]);
}

const DECODE = [[256, 768], [256, 256], [256, 1024], [1024, 256], [256, 8192], [384, 1152], [1536, 384], [384, 8192],
  [1280, 3840], [1280, 5120], [5120, 1280], [1280, 8192]];
if (want('decode')) {
  for (const [K, N] of DECODE) {
    matmulCase('decode', 1, K, N, false);
    matmulCase('decode', 1, K, N, true);
  }
}
if (want('prefill')) {
  for (const n of [64, 1032]) for (const [K, N] of [[256, 768], [1024, 256], [1280, 5120]]) matmulCase('prefill', n, K, N, false);
}

// ---- int8 vs f32 decode ------------------------------------------------------------------------------------
function int8Case(n, K, N, cold) {
  const bytesF = N * K * 4;
  const copies = cold ? Math.max(2, Math.ceil(COLD_BYTES / (N * K))) : 1; // int8 set > 64 MB; f32 set 4x that
  const x = tf.tensor2d(randF32(n * K), [n, K]);
  const y = tf.zeros([n, N]);
  const q0 = randI8(N * K);
  const sc = tf.tensor1d(randF32(N).map((v) => 0.01 + Math.abs(v) * 0.01));
  const qs = [], ws = [];
  // int8 storage: a raw byte range inside a TF.js tensor (Int32 tensor of N*K/4 elements holds N*K bytes)
  for (let c = 0; c < copies; c++) {
    const t = tf.zeros([Math.ceil((N * K) / 4)], 'int32');
    const u8 = new Int8Array(backend.wasm.HEAPU8.buffer, ptr(t), N * K);
    for (let i = 0; i < N * K; i++) u8[i] = q0[i] - 128;
    qs.push(t);
  }
  const fcopies = cold ? Math.max(2, Math.ceil(COLD_BYTES / bytesF)) : 1;
  for (let c = 0; c < fcopies; c++) {
    const w = tf.zeros([N, K]);
    K8.dequant_i8(ptr(qs[0]), ptr(sc), ptr(w), N, K);
    ws.push(w);
  }
  const xp = ptr(x), yp = ptr(y), sp = ptr(sc);
  const qps = qs.map(ptr), wps = ws.map(ptr);
  const variants = [
    { fn: (i) => K8.matmul_f32(xp, wps[i % fcopies], yp, n, K, N) },
    { fn: (i) => K8.matmul_i8(xp, qps[i % copies], sp, yp, n, K, N) },
  ];
  if (OLD) variants.push({ fn: (i) => OLD.matmul_i8(xp, qps[i % copies], sp, yp, n, K, N) });
  const [fu, iu, ou] = bench(variants);
  const label = `n=${n} K=${K} N=${N} ${cold ? `cold(f32 ${fcopies}x, i8 ${copies}x)` : 'hot'}`;
  if (n <= 4) {
    row('int8', `f32 ${label}`, fu, 'GB/s', bytesF);
    row('int8', `i8  ${label}`, iu, 'GB/s f32-eq', bytesF, fu, 'f32');
  } else {
    row('int8', `f32 ${label}`, fu, 'GFLOP/s', 2 * n * K * N);
    row('int8', `i8  ${label}`, iu, 'GFLOP/s', 2 * n * K * N, fu, 'f32');
  }
  if (ou !== undefined) {
    row('int8', `old i8 ${label}`, ou, 'G weights/s', n * N * K);
    row('int8', `i8  ${label}`, iu, 'G weights/s', n * N * K, ou, 'old');
  }
  tf.dispose([x, y, sc, ...qs, ...ws]);
}
// ---- the integer-dot decode kernels: quant_x + matmul_i8x, quant_x + matmul_q4x vs matmul_f32 and matmul_i8 -------
// One call = quant_x of the x rows (per call, as the engine does) and the matmul; cold sets cycle copies like above.
function quantCase(n, K, N, cold, G = 32) {
  const copiesOf = (bytes) => (cold ? Math.max(2, Math.ceil(COLD_BYTES / bytes)) : 1);
  const alloc = (bytes, copies) => Array.from({ length: copies }, () => tf.zeros([Math.ceil(bytes / 4)], 'int32'));
  const x = tf.tensor2d(randF32(n * K), [n, K]);
  const y = tf.zeros([n, N]);
  const sc = tf.tensor1d(randF32(N).map((v) => 0.01 + Math.abs(v) * 0.01));
  const fw = alloc(N * K * 4, copiesOf(N * K * 4)), qw = alloc(N * K, copiesOf(N * K));
  const q4 = alloc(N * K / 2, copiesOf(N * K / 2)), so = tf.tensor1d(randF32(2 * N * K / G).map((v) => v * 0.01));
  const xq = alloc(n * K8.quant_x_row_bytes(K), 1)[0];
  const heap = () => backend.wasm.HEAPU8;
  for (const t of qw) heap().set(randI8(N * K), ptr(t));
  for (const t of q4) heap().set(randI8(N * K / 2), ptr(t));
  for (const t of fw) K8.dequant_i8(ptr(qw[0]), ptr(sc), ptr(t), N, K);
  const xp = ptr(x), yp = ptr(y), sp = ptr(sc), xqp = ptr(xq), sop = ptr(so);
  const [fp, qp, q4p] = [fw.map(ptr), qw.map(ptr), q4.map(ptr)];
  const variants = [
    { fn: (i) => K8.matmul_f32(xp, fp[i % fp.length], yp, n, K, N) },
    { fn: (i) => K8.matmul_i8(xp, qp[i % qp.length], sp, yp, n, K, N) },
    { fn: (i) => { K8.quant_x(xp, xqp, n, K, 0); K8.matmul_i8x(xqp, qp[i % qp.length], sp, yp, n, K, N); } },
    { fn: (i) => { K8.quant_x(xp, xqp, n, K, G); K8.matmul_q4x(xqp, q4p[i % q4p.length], sop, yp, n, K, N, G); } },
    { fn: (i) => { K8.quant_x(xp, xqp, n, K, 128); K8.matmul_q4x(xqp, q4p[i % q4p.length], sop, yp, n, K, N, 128); } },
  ];
  const [fu, iu, xu, qu, q128] = bench(variants);
  const label = `n=${n} K=${K} N=${N} ${cold ? 'cold' : 'hot'}`;
  const w = n * N * K;
  row('quant', `f32 ${label}`, fu, 'G weights/s', w);
  row('quant', `i8 (matmul_i8) ${label}`, iu, 'G weights/s', w, fu, 'f32');
  row('quant', `i8x ${label}`, xu, 'G weights/s', w, fu, 'f32');
  row('quant', `q4x g${G} ${label}`, qu, 'G weights/s', w, fu, 'f32');
  row('quant', `q4x g128 ${label}`, q128, 'G weights/s', w, fu, 'f32');
  tf.dispose([x, y, sc, so, xq, ...fw, ...qw, ...q4]);
}
if (want('quant')) {
  for (const [K, N] of [[768, 768], [768, 3072], [3072, 768], [768, 8192], [1280, 5120]]) {
    quantCase(1, K, N, false);
    quantCase(1, K, N, true);
  }
}

function dequantCase(K, N) {
  const t = tf.zeros([Math.ceil((N * K) / 4)], 'int32');
  const sc = tf.tensor1d(randF32(N));
  const w = tf.zeros([N, K]);
  const [du] = bench([{ fn: () => K8.dequant_i8(ptr(t), ptr(sc), ptr(w), N, K) }]);
  row('int8', `dequant_i8 N=${N} K=${K} (write f32 [N, K])`, du, 'GB/s written', N * K * 4);
  tf.dispose([t, sc, w]);
}
if (want('int8')) {
  for (const [K, N] of DECODE) {
    int8Case(1, K, N, false);
    int8Case(1, K, N, true);
  }
  for (const n of [2, 4, 16, 64]) int8Case(n, 1280, 5120, false);
  // prefill with int8 weights the other way: dequantise once, then matmul_f32
  dequantCase(1280, 5120);
}

// ---- attention -------------------------------------------------------------------------------------------
function attnCase(nq, nk, D) {
  const q = tf.tensor2d(randF32(nq * D), [nq, D]);
  const k = tf.tensor2d(randF32(nk * D), [nk, D]);
  const v = tf.tensor2d(randF32(nk * D), [nk, D]);
  const out = tf.zeros([nq, D]);
  const scratch = tf.zeros([nk]);
  const qpos0 = nk - nq;
  const scale = 1 / Math.sqrt(D);
  const [mask] = [tf.tidy(() => {
    const m = new Float32Array(nq * nk);
    for (let r = 0; r < nq; r++) for (let j = 0; j < nk; j++) m[r * nk + j] = j <= qpos0 + r ? 0 : -1e9;
    return tf.tensor2d(m, [nq, nk]);
  })];
  const P = [q, k, v, out, scratch].map(ptr);
  const [tu, ku] = bench([
    { fn: () => tf.tidy(() => tf.matMul(tf.softmax(tf.add(tf.mul(tf.matMul(q, k, false, true), scale), mask)), v)).dispose() },
    { fn: () => K8.attention(P[0], P[1], P[2], P[3], P[4], nq, nk, D, qpos0, 0, 0, scale) },
  ], quick ? 30 : 60);
  const visible = nq === 1 ? nk : (nq * (nq + 1)) / 2 + nq * (nk - nq);
  const flops = 4 * visible * D;
  row('attn', `tf ops (matMul/softmax) nq=${nq} nk=${nk} D=${D}`, tu, 'GFLOP/s', flops);
  row('attn', `kernel attention nq=${nq} nk=${nk} D=${D}`, ku, 'GFLOP/s', flops, tu, 'tf ops');
  tf.dispose([q, k, v, out, scratch, mask]);
}
if (want('attn')) {
  attnCase(1, 1024, 128);
  attnCase(1032, 1032, 128);
}

console.log('\n| group | case | µs | rate | ratio |\n|---|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.group} | ${r.name} | ${r.us.toFixed(1)} | ${r.rate} | ${r.ratio} |`);
