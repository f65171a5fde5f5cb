// The wasm engine (src/wasm-executor.js) on the memory it owns (src/heap.js): on by default on wasm, int8 kept as
// int8, q4 kept as q4, long cached runs across windows, tap rows, streamed construction, offsets past 2 GiB, the allocator.
// Numbers against the Python float64 reference (golden files) and the TF.js op path.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GPT, createModel } from '../src/model.js';
import { WasmExecutor } from '../src/wasm-executor.js';
import { Heap } from '../src/heap.js';
import { HEAP } from '../src/recipe.js';
import { parseSpec } from '../src/spec.js';
import { loadBundle } from '../src/loader.js';
import { setBackend, tf } from '../src/backend.js';
import { tinySpec, tinyWeights, makeBundleObject, maxAbsDiff } from '../testlib/fixtures.js';
import { loadGolden } from '../testlib/goldens.js';
import { safetensorsBytes, stEntriesOf, stMetadata } from '../testlib/bundles.js';

tf.env().set('PROD', true);
let wasmOk = true;
try {
  await setBackend('wasm');
} catch {
  wasmOk = false;
}

const SPEC = tinySpec({ n_embd: 96, n_head: 4, n_kv_head: 2, head_dim: 24, mlp_hidden: 384, window: [3, 5] });

test('the engine runs by default on wasm on its own memory, and int8 stays int8 (a quarter of the float32 bytes)', async (t) => {
  if (!wasmOk) return t.skip('wasm unavailable');
  await setBackend('wasm');
  const g = loadGolden('legacy_gqa_interleaved.int8');
  const bundle = await loadBundle(g.bundle);
  const int8 = new GPT(bundle);
  const f32 = new GPT(bundle, { int8: 'float32' });
  const ops = new GPT(bundle, { int8: 'float32', executor: 'tfjs' });
  try {
    assert.ok(int8.engine && f32.engine && !ops.engine);
    assert.equal(int8.int8Mode, 'int8');
    assert.equal(f32.int8Mode, 'float32');
    assert.ok(int8.engine.heap.memory instanceof WebAssembly.Memory);
    assert.notEqual(int8.engine.heap.memory, f32.engine.heap.memory, 'one memory per engine');
    const ratio = int8.residentWeightBytes / f32.residentWeightBytes;
    t.diagnostic(`resident: int8 ${int8.residentWeightBytes} B, float32 ${f32.residentWeightBytes} B (${ratio.toFixed(3)}x)`);
    assert.ok(ratio < 0.35, `int8 resident ratio ${ratio}`);
    for (const m of [int8, f32, ops]) {
      const r = await m.forward(g.ids);
      assert.ok(maxAbsDiff(r.logits, g.logits) <= 1e-4, `${m.int8Mode} ${!!m.engine}: ${maxAbsDiff(r.logits, g.logits)}`);
    }
    // decode (int8 read in place: fewer than 8 rows) agrees with the prefill path (dequantised, then float32)
    const V = g.spec.vocab_size;
    const c = int8.createCache();
    await int8.step(c, g.ids.slice(0, 2));
    for (let j = 2; j < g.ids.length; j++) {
      const r = await int8.step(c, [g.ids[j]]);
      assert.ok(maxAbsDiff(r.logits, g.logits.subarray(j * V, (j + 1) * V)) <= 1e-4, `step ${j}`);
    }
    c.dispose();
  } finally {
    int8.dispose();
    f32.dispose();
    ops.dispose();
  }
});

test('q4 stays q4 on the engine (half a byte a weight + a scale and offset per group), symmetric and affine, decode and prefill against the reference', async (t) => {
  if (!wasmOk) return t.skip('wasm unavailable');
  await setBackend('wasm');
  for (const name of ['llama.q4', 'qwen3.q4affine']) {
    const g = loadGolden(name);
    const bundle = await loadBundle(g.bundle);
    const q4 = new GPT(bundle);
    const f32 = new GPT(bundle, { int8: 'float32' });
    try {
      assert.equal(q4.int8Mode, 'q4');
      assert.ok(q4.engine.q4Weights && !f32.engine.q4Weights);
      // the resident bytes, counted from the shapes: q4 linears n/2 + 8 n/32, the rest float32 (each block aligned)
      let want = 0;
      for (const w of Object.values(bundle.weights)) {
        const n = w.shape.reduce((a, b) => a * b, 1);
        const blocks = w.dtype === 'q4' ? [n / 2, (8 * n) / w.q4.groupSize] : [4 * n];
        for (const b of blocks) want += Math.max(HEAP.align, Math.ceil(b / HEAP.align) * HEAP.align);
      }
      assert.equal(q4.residentWeightBytes, want, name);
      t.diagnostic(`${name}: resident q4 ${q4.residentWeightBytes} B vs dequantised ${f32.residentWeightBytes} B`);
      assert.ok(q4.residentWeightBytes < 0.5 * f32.residentWeightBytes);
      // prefill (20 rows: dequantised into the pass scratch, then the float32 GEMM)
      const d = maxAbsDiff((await q4.forward(g.ids)).logits, g.logits);
      assert.ok(d <= 1e-4, `${name} forward: ${d}`);
      // decode (one row: the nibbles read in place by matmul_q4x) and a 3-row step (few rows, strided)
      const V = g.spec.vocab_size;
      const c = q4.createCache();
      await q4.step(c, g.ids.slice(0, 2));
      let worst = 0;
      for (let j = 2; j < g.ids.length; j += j === 9 ? 3 : 1) {
        const n = j === 9 ? 3 : 1;
        const r = await q4.step(c, g.ids.slice(j, j + n), { allPositions: true });
        worst = Math.max(worst, maxAbsDiff(r.logits, g.logits.subarray(j * V, (j + n) * V)));
      }
      c.dispose();
      t.diagnostic(`${name}: forward max|dlogit| ${d.toExponential(2)}, cached steps ${worst.toExponential(2)}`);
      assert.ok(worst <= 1e-4, `${name} cached steps: ${worst}`);
    } finally {
      q4.dispose();
      f32.dispose();
    }
  }
});

test('int8 matmuls of fewer than 8 rows inside longer passes (the last logits row, a few tap rows) read x from the pass scratch, not offset 0', async (t) => {
  if (!wasmOk) return t.skip('wasm unavailable');
  await setBackend('wasm');
  const g = loadGolden('legacy_gqa_interleaved.int8');
  const bundle = await loadBundle(g.bundle);
  const int8 = new GPT(bundle);
  const f32 = new GPT(bundle, { int8: 'float32' });
  try {
    const V = g.spec.vocab_size;
    const n = g.ids.length;
    assert.ok(n >= 8, 'the golden sequence is long enough for the dequantised GEMM path');
    const heap = int8.engine.heap;
    const before = heap.u8.slice(0, 4096); // the heap's first bytes: reserved, then the first weights
    for (let round = 0; round < 2; round++) {
      // n rows, logits of the last one only: the head (and the last layer's queries) as int8 matmuls of 1 row
      const last = await int8.forward(g.ids, { lastOnly: true });
      assert.ok(maxAbsDiff(last.logits, g.logits.subarray((n - 1) * V, n * V)) <= 1e-4, `last row, round ${round}`);
      const c = int8.createCache(); // a cached prefill of n rows returns the last row's logits too
      const st = await int8.step(c, g.ids);
      c.dispose();
      assert.ok(maxAbsDiff(st.logits, g.logits.subarray((n - 1) * V, n * V)) <= 1e-4, `cached prefill, round ${round}`);
      const all = await int8.forward(g.ids);
      assert.ok(maxAbsDiff(all.logits, g.logits) <= 1e-4, `all rows, round ${round}`);
    }
    assert.deepEqual(heap.u8.slice(0, 4096), before, 'nothing wrote into the first bytes of the heap');
    const a = await int8.forward(g.ids, { lastOnly: true }), b = await f32.forward(g.ids, { lastOnly: true });
    assert.ok(maxAbsDiff(a.logits, b.logits) <= 1e-4);
  } finally {
    int8.dispose();
    f32.dispose();
  }
});

test('long cached runs: caches compacted and grown across windows many times equal the stateless forward', async (t) => {
  if (!wasmOk) return t.skip('wasm unavailable');
  await setBackend('wasm');
  const spec = tinySpec({ n_layer: 3, window: [3, null, 7], sequence_len: 64 });
  const obj = makeBundleObject(spec, tinyWeights(spec, 21));
  const model = new GPT(await loadBundle(obj));
  const ops = new GPT(await loadBundle(obj), { executor: 'tfjs' });
  const ids = Array.from({ length: 150 }, (_, i) => (i * 29 + 7) % spec.vocab_size);
  try {
    const full = await model.forward(ids);
    // past the first RoPE rows (min(sequence_len, 256) = 64): the tables grew; the op path agrees
    assert.ok(maxAbsDiff(full.logits, (await ops.forward(ids)).logits) <= 1e-4);
    const V = spec.vocab_size;
    const cache = model.createCache();
    let worst = 0;
    let r = await model.step(cache, ids.slice(0, 9));
    for (let j = 9; j < ids.length; j++) {
      r = j % 37 === 0 ? await model.step(cache, ids.slice(j, j + 1), { allPositions: true }) : await model.step(cache, [ids[j]]);
      worst = Math.max(worst, maxAbsDiff(r.logits, full.logits.subarray(j * V, (j + 1) * V)));
    }
    t.diagnostic(`max|cached - stateless| over ${ids.length - 9} steps = ${worst.toExponential(2)}`);
    assert.ok(worst <= 1e-5, `cached differs by ${worst}`);
    assert.deepEqual(cache.sizes(), [2, ids.length, 6]);
    // bounded: a windowed layer's buffer stays near twice its window
    assert.ok(cache.layers[0].cap <= 2 * 2 + 1 + 16 && cache.layers[2].cap <= 2 * 6 + 1 + 16, `caps ${cache.layers.map((l) => l.cap)}`);
    const live = model.engine.heapStats().byTag.cache;
    assert.equal(live, cache.layers.reduce((a, l) => a + 2 * Math.max(HEAP.align, Math.ceil((4 * spec.n_kv_head * l.cap * spec.head_dim) / HEAP.align) * HEAP.align), 0));
    cache.dispose();
    assert.equal(model.engine.heapStats().byTag.cache, 0, 'the cache gave every buffer back');
  } finally {
    model.dispose();
    ops.dispose();
  }
});

for (const executor of ['wasm', 'tfjs']) test(`tapRows: exactly those rows of every tap (${executor})`, async (t) => {
  if (!wasmOk) return t.skip('wasm unavailable');
  await setBackend('wasm');
  const model = new GPT(await loadBundle(makeBundleObject(SPEC, tinyWeights(SPEC, 4))), { executor });
  const ids = [5, 9, 13, 2, 7, 7, 40, 1, 3];
  const rows = [0, 4, 8];
  try {
    const all = await model.forward(ids, { taps: true });
    const some = await model.forward(ids, { taps: true, tapRows: rows });
    assert.deepEqual(Object.keys(some.taps).sort(), Object.keys(all.taps).sort());
    for (const [name, tap] of Object.entries(all.taps)) {
      const width = tap.data.length / tap.shape[0];
      const want = new Float32Array(rows.length * width);
      rows.forEach((r, i) => want.set(tap.data.subarray(r * width, (r + 1) * width), i * width));
      assert.deepEqual(some.taps[name].shape, [rows.length, ...tap.shape.slice(1)], name);
      assert.ok(maxAbsDiff(some.taps[name].data, want) === 0, name);
    }
    await assert.rejects(model.forward(ids, { taps: true, tapRows: [3, 1] }), /tapRows must be sorted distinct positions/);
  } finally {
    model.dispose();
  }
});

test('createModel streams a safetensors file into the engine: the same logits as the loaded bundle', async (t) => {
  if (!wasmOk) return t.skip('wasm unavailable');
  const obj = makeBundleObject(SPEC, tinyWeights(SPEC, 8), { int8: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emlx-engine-'));
  const file = path.join(dir, 'm.safetensors');
  fs.writeFileSync(file, safetensorsBytes(stMetadata(obj), stEntriesOf(obj)).bytes);
  try {
    const streamed = await createModel(file, { backend: 'wasm' });
    const loaded = new GPT(await loadBundle(obj));
    try {
      assert.ok(streamed.engine && streamed.meta.weights_sha256 === obj.weights_sha256);
      const ids = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
      const a = await streamed.forward(ids);
      const b = await loaded.forward(ids);
      assert.equal(maxAbsDiff(a.logits, b.logits), 0);
    } finally {
      streamed.dispose();
      loaded.dispose();
    }
    // a corrupted byte fails the streamed hash check
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 3] ^= 1;
    fs.writeFileSync(file, bytes);
    await assert.rejects(createModel(file, { backend: 'wasm' }), /does not match its weights/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('weights, caches and scratch above 2 GiB of the engine memory (offsets past int32): the same logits', async () => {
  const g = loadGolden('legacy_gqa_interleaved.int8');
  const bundle = await loadBundle(g.bundle);
  const spec = parseSpec(g.spec);
  const tensors = Object.fromEntries(Object.entries(bundle.weights).map(([k, w]) => [k, { dtype: w.dtype, shape: w.shape }]));
  const ex = new WasmExecutor(spec, tensors, {});
  // push everything the engine allocates past byte offset 2^31 (where a signed shift would turn an offset negative)
  const pad = ex.heap.alloc(2 ** 31 + 2 ** 20, 'pad');
  for (const name of Object.keys(bundle.weights).sort()) ex.accept(name, bundle.weights[name]);
  ex.finish();
  try {
    assert.ok(ex.w['lm_head.weight'].off >= 2 ** 31, 'the weights did not land above 2 GiB');
    const r = await ex.pass(g.ids, 0, null, { taps: null, tapRows: null, rows: 'all' });
    assert.ok(maxAbsDiff(r.logits, g.logits) <= 1e-4, `forward ${maxAbsDiff(r.logits, g.logits)}`);
    const V = spec.vocab_size;
    const c = ex.createCache();
    await ex.pass(g.ids.slice(0, 4), 0, c, { rows: 'last' });
    for (let j = 4; j < g.ids.length; j++) {
      const s = await ex.pass([g.ids[j]], c.pos, c, { rows: 'last' });
      assert.ok(maxAbsDiff(s.logits, g.logits.subarray(j * V, (j + 1) * V)) <= 1e-4, `step ${j}`);
    }
    assert.ok(c.layers[0].k >= 2 ** 31 && ex._scratch >= 2 ** 31);
    c.dispose();
  } finally {
    ex.heap.release(pad);
    ex.dispose();
  }
});

test('the heap allocator: aligned first-fit blocks, coalescing, growth, tags, the reserved first bytes, its limit', () => {
  const h = new Heap({ initialBytes: 1000 });
  const a = h.alloc(1, 'x');
  const b = h.alloc(100, 'x');
  const c = h.alloc(64, 'y');
  assert.equal(a, HEAP.reserved, 'offset 0 is never handed out');
  for (const p of [a, b, c]) assert.equal(p % HEAP.align, 0);
  assert.deepEqual(h.stats().byTag, { x: 64 + 128, y: 64 });
  h.release(b);
  const d = h.alloc(64, 'z'); // first fit: b's hole
  assert.equal(d, b);
  h.release(a);
  h.release(d);
  h.release(c);
  assert.equal(h.stats().live, 0);
  assert.equal(h.free.length, 1, 'the holes coalesced into one block');
  // growth: a block larger than the memory lands at once, the views follow
  const big = h.alloc(3 << 20, 'big');
  assert.ok(h.bytes >= big + (3 << 20));
  h.f32[(big >>> 2) + 1000] = 1.5;
  assert.equal(h.f32[(big >>> 2) + 1000], 1.5);
  assert.throws(() => h.alloc(HEAP.max_bytes, 'huge'), /out of memory/);
  // a shared memory (for workers) works the same
  const s = new Heap({ initialBytes: 1000, shared: true });
  assert.ok(s.memory.buffer instanceof SharedArrayBuffer);
  const p = s.alloc(2 << 20, 'w');
  s.f32[p >>> 2] = 2;
  assert.equal(s.f32[p >>> 2], 2);
});

test('an engine on a shared memory computes the same numbers', async () => {
  const g = loadGolden('legacy_half_bf16_smear');
  const bundle = await loadBundle(g.bundle);
  const model = new GPT(bundle, { executor: 'wasm', sharedMemory: true });
  try {
    assert.ok(model.engine.sharedMemory && model.engine.K.shared);
    const r = await model.forward(g.ids);
    assert.ok(maxAbsDiff(r.logits, g.logits) <= 1e-4);
  } finally {
    model.dispose();
  }
});
