// Threads (src/threads.js): matmuls split by output columns over workers on the engine's shared memory give
// bit-identical results to one thread (each output computed by one thread in one thread's summation order), for
// every matmul path the engine uses; a whole model on 2 threads matches 1 thread bit for bit and the Python
// float64 reference within 1e-4; bad options and a page without SharedArrayBuffer are handled.
import test from 'node:test';
import assert from 'node:assert/strict';
import { GPT } from '../src/model.js';
import { Heap } from '../src/heap.js';
import { instantiateKernels, kernelsModule, MATMUL_F32_SCRATCH_BYTES } from '../src/kernels/index.js';
import { MatmulPool, OP, threadsUnavailable } from '../src/threads.js';
import { loadBundle } from '../src/loader.js';
import { setBackend, tf } from '../src/backend.js';
import { loadGolden } from '../testlib/goldens.js';
import { maxAbsDiff, rng } from '../testlib/fixtures.js';

tf.env().set('PROD', true);

test('a matmul split over 2 and 3 threads is bit-identical to one thread, on every path the engine uses', async (t) => {
  const heap = new Heap({ initialBytes: 8 << 20, shared: true });
  const K = instantiateKernels(heap.memory);
  const pools = [await MatmulPool.start(2, heap, kernelsModule(true), K), await MatmulPool.start(3, heap, kernelsModule(true), K)];
  const r = rng(7);
  try {
    // shapes: decode (n 1), few rows (n 3, strided shares), GEMM (n 9), packed GEMM (n 40); N not a multiple of 8
    // (q4: the shapes whose K is a multiple of its group, 32, and a GEMM one)
    for (const [n, Kc, N] of [[1, 64, 200], [3, 96, 77], [9, 80, 130], [40, 48, 91], [1, 32, 16], [12, 64, 75]]) {
      const x = heap.alloc(4 * n * Kc, 't');
      const wf = heap.alloc(4 * N * Kc, 't');
      const wq = heap.alloc(N * Kc, 't');
      const sc = heap.alloc(4 * N, 't');
      const G = 32; // q4: nibbles [N, Kc / 2] and a (scale, offset) pair per group, affine-like (any f)
      const w4 = heap.alloc(N * Kc / 2, 't');
      const so = heap.alloc(8 * N * Math.ceil(Kc / G), 't');
      const xq = heap.alloc(n * K.quant_x_row_bytes(Kc), 't');
      const deq = heap.alloc(4 * N * Kc, 't');
      const pack = heap.alloc(MATMUL_F32_SCRATCH_BYTES, 't');
      const y1 = heap.alloc(4 * n * N, 't');
      const yt = heap.alloc(4 * n * N, 't');
      const f = heap.f32;
      for (let i = 0; i < n * Kc; i++) f[(x >>> 2) + i] = r() * 2 - 1;
      for (let i = 0; i < N * Kc; i++) f[(wf >>> 2) + i] = r() * 2 - 1;
      const q = new Int8Array(heap.memory.buffer, wq, N * Kc);
      for (let i = 0; i < N * Kc; i++) q[i] = Math.floor(r() * 255) - 127;
      for (let i = 0; i < N; i++) f[(sc >>> 2) + i] = r() * 0.01 + 0.001;
      const q4 = new Uint8Array(heap.memory.buffer, w4, N * Kc / 2);
      for (let i = 0; i < q4.length; i++) q4[i] = Math.floor(r() * 256);
      for (let i = 0; i < 2 * N * Math.ceil(Kc / G); i++) heap.f32[(so >>> 2) + i] = i % 2 ? r() * 0.2 - 0.1 : r() * 0.01 + 0.001;
      const packBytes = n >= 32 ? MATMUL_F32_SCRATCH_BYTES : 0;
      const one = {
        [OP.F32]: () => K.matmul_f32(x, wf, y1, n, Kc, N, packBytes ? pack : 0),
        [OP.I8]: () => K.matmul_i8(x, wq, sc, y1, n, Kc, N),
        [OP.I8X]: () => { K.quant_x(x, xq, n, Kc, 0); K.matmul_i8x(xq, wq, sc, y1, n, Kc, N); },
        [OP.I8_DEQ_F32]: () => { K.dequant_i8(wq, sc, deq, N, Kc); K.matmul_f32(x, deq, y1, n, Kc, N, packBytes ? pack : 0); },
        [OP.Q4X]: () => { K.quant_x(x, xq, n, Kc, G); K.matmul_q4x(xq, w4, so, y1, n, Kc, N, G); },
        [OP.Q4_DEQ_F32]: () => { K.dequant_q4x(w4, so, deq, N, Kc, G, 1); K.matmul_f32(x, deq, y1, n, Kc, N, packBytes ? pack : 0); },
      };
      const q4op = (op) => op === OP.Q4X || op === OP.Q4_DEQ_F32;
      for (const op of Object.values(OP)) {
        if (op === OP.I8X && Kc % 16) continue;
        if (q4op(op) && Kc % G) continue;
        one[op]();
        for (const pool of pools) {
          heap.f32.fill(NaN, yt >>> 2, (yt >>> 2) + n * N); // every output must be written
          if (op === OP.I8X) K.quant_x(x, xq, n, Kc, 0);
          if (op === OP.Q4X) K.quant_x(x, xq, n, Kc, G);
          const w = op === OP.F32 ? wf : q4op(op) ? w4 : wq;
          const s = op === OP.F32 ? 0 : q4op(op) ? so : sc;
          const aux = op === OP.I8X || op === OP.Q4X ? xq : op === OP.I8_DEQ_F32 || op === OP.Q4_DEQ_F32 ? deq : 0;
          pool.run(op, op === OP.I8X || op === OP.Q4X ? 0 : x, w, s, yt, n, Kc, N, aux, packBytes, q4op(op) ? G : 0, q4op(op) ? 1 : 0);
          const a = new Uint32Array(heap.memory.buffer, y1, n * N);
          const b = new Uint32Array(heap.memory.buffer, yt, n * N);
          const bad = a.findIndex((v, i) => v !== b[i]);
          assert.equal(bad, -1, `op ${op} n ${n} K ${Kc} N ${N} threads ${pool.threads}: output ${bad} differs`);
        }
      }
    }
    for (const p of pools) t.diagnostic(`${p.threads} threads: chunks run per thread ${p.chunksRun().join(', ')}`);
  } finally {
    for (const p of pools) p.close();
  }
});

test('a worker that never runs delays nothing: the caller takes every chunk, same bits', async () => {
  const heap = new Heap({ initialBytes: 4 << 20, shared: true });
  const K = instantiateKernels(heap.memory);
  const pool = await MatmulPool.start(2, heap, kernelsModule(true), K);
  try {
    await pool.workers[0].end(); // what a worker the OS never schedules looks like to the caller
    const before = pool.chunksRun();
    const [n, Kc, N] = [3, 64, 200];
    const r = rng(3);
    const x = heap.alloc(4 * n * Kc, 't');
    const w = heap.alloc(4 * N * Kc, 't');
    const y1 = heap.alloc(4 * n * N, 't');
    const y2 = heap.alloc(4 * n * N, 't');
    const f = heap.f32;
    for (let i = 0; i < n * Kc; i++) f[(x >>> 2) + i] = r() - 0.5;
    for (let i = 0; i < N * Kc; i++) f[(w >>> 2) + i] = r() - 0.5;
    f.fill(NaN, y2 >>> 2, (y2 >>> 2) + n * N);
    K.matmul_f32(x, w, y1, n, Kc, N, 0);
    const t0 = performance.now();
    for (let rep = 0; rep < 50; rep++) pool.run(OP.F32, x, w, 0, y2, n, Kc, N, 0, 0);
    assert.ok(performance.now() - t0 < 5000, 'the caller waited for a worker that was gone');
    assert.deepEqual(new Uint32Array(heap.memory.buffer, y2, n * N), new Uint32Array(heap.memory.buffer, y1, n * N));
    const after = pool.chunksRun();
    assert.equal(after[1], before[1], 'a terminated worker ran chunks');
    assert.equal(after[0] - before[0], 50 * 7, 'the caller ran every chunk (N 200 in chunks of 32 rows: 200 / (2 x 4) rounded up to 8)');
  } finally {
    pool.close();
  }
});

test('a model on 2 threads gives the same logits as on 1 thread, bit for bit, and the reference within 1e-4', async () => {
  await setBackend('wasm');
  for (const name of ['legacy_gqa_interleaved.int8', 'legacy_gqa_interleaved']) {
    const g = loadGolden(name);
    const bundle = await loadBundle(g.bundle);
    const one = new GPT(bundle);
    const two = new GPT(bundle, { threads: 2, threadsMinWork: 0 }); // every matmul split (the fixture's are small)
    try {
      await two.engine.threadsReady();
      assert.equal(two.engine.threads, 2, two.engine.threadsNote ?? '');
      assert.equal(one.engine.threads, 1);
      const a = await one.forward(g.ids);
      const b = await two.forward(g.ids);
      assert.deepEqual(new Uint32Array(b.logits.buffer), new Uint32Array(a.logits.buffer), `${name}: prefill`);
      assert.ok(maxAbsDiff(b.logits, g.logits) <= 1e-4, `${name}: ${maxAbsDiff(b.logits, g.logits)}`);
      // cached decode (int8 read in place, the n = 1 shares written straight into y)
      const ca = one.createCache();
      const cb = two.createCache();
      await one.step(ca, g.ids.slice(0, 2));
      await two.step(cb, g.ids.slice(0, 2));
      for (let j = 2; j < g.ids.length; j++) {
        const ra = await one.step(ca, [g.ids[j]]);
        const rb = await two.step(cb, [g.ids[j]]);
        assert.deepEqual(new Uint32Array(rb.logits.buffer), new Uint32Array(ra.logits.buffer), `${name}: step ${j}`);
      }
      ca.dispose();
      cb.dispose();
    } finally {
      one.dispose();
      two.dispose();
    }
  }
});

test('options.threads is checked; without SharedArrayBuffer the engine says why and runs on one thread', async () => {
  await setBackend('wasm');
  const g = loadGolden('legacy_gqa_interleaved');
  const bundle = await loadBundle(g.bundle);
  for (const bad of [0, 1.5, 65, '2']) {
    assert.throws(() => new GPT(bundle, { threads: bad }), /options\.threads must be an integer from 1 to 64/);
  }
  assert.throws(() => new GPT(bundle, { threads: 2, threadsMinWork: -1 }), /options\.threadsMinWork must be a non-negative integer/);
  assert.equal(threadsUnavailable(), null);
  const saved = globalThis.SharedArrayBuffer;
  let m;
  try {
    delete globalThis.SharedArrayBuffer; // what a page that is not cross-origin isolated sees
    assert.match(threadsUnavailable(), /Cross-Origin-Embedder-Policy: require-corp/);
    m = new GPT(bundle, { threads: 2 });
  } finally {
    globalThis.SharedArrayBuffer = saved;
  }
  try {
    assert.equal(m.engine.threads, 1);
    assert.equal(m.engine.sharedMemory, false);
    assert.match(m.engine.threadsNote, /running on 1 thread instead of 2: SharedArrayBuffer is unavailable/);
    const r = await m.forward(g.ids);
    assert.ok(maxAbsDiff(r.logits, g.logits) <= 1e-4);
  } finally {
    m.dispose();
  }
});
