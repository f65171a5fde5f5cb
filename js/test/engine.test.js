// The wasm engine (src/engine.js): on by default on wasm, int8 kept as int8, long cached runs across windows,
// tap rows, streamed construction. Numbers against the float64 reference (testlib/ref.js) and the TF.js op path.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GPT, createModel } from '../src/model.js';
import { loadBundle } from '../src/loader.js';
import { setBackend, tf } from '../src/backend.js';
import { tinySpec, tinyWeights, makeBundleObject, weightsOfBundle, referenceForward, maxAbsDiff } from '../testlib/ref.js';
import { safetensorsBytes, stEntriesOf, stMetadata } from '../testlib/bundles.js';

tf.env().set('PROD', true);
let wasmOk = true;
try {
  await setBackend('wasm');
} catch {
  wasmOk = false;
}

const SPEC = tinySpec({ n_embd: 96, n_head: 4, n_kv_head: 2, head_dim: 24, mlp_hidden: 384, window: [3, 5] });

test('the engine runs by default on wasm, and int8 stays int8 (a quarter of the float32 bytes)', async (t) => {
  if (!wasmOk) return t.skip('wasm unavailable');
  await setBackend('wasm');
  const obj = makeBundleObject(SPEC, tinyWeights(SPEC, 13), { int8: true });
  const bundle = await loadBundle(obj);
  const int8 = new GPT(bundle);
  const f32 = new GPT(bundle, { int8: 'float32' });
  const ops = new GPT(bundle, { int8: 'float32', fusedKernels: false });
  try {
    assert.ok(int8.engine && f32.engine && !ops.engine);
    assert.equal(int8.int8Mode, 'int8');
    assert.equal(f32.int8Mode, 'float32');
    const ratio = int8.residentWeightBytes / f32.residentWeightBytes;
    t.diagnostic(`resident: int8 ${int8.residentWeightBytes} B, float32 ${f32.residentWeightBytes} B (${ratio.toFixed(3)}x)`);
    assert.ok(ratio < 0.3, `int8 resident ratio ${ratio}`);
    const ids = [3, 17, 42, 8, 8, 0, 49, 23, 11, 5, 30, 2];
    const ref = referenceForward(SPEC, weightsOfBundle(obj), ids);
    for (const m of [int8, f32, ops]) {
      const r = await m.forward(ids);
      assert.ok(maxAbsDiff(r.logits, ref.logits) <= 1e-4, `${m.int8Mode} ${!!m.engine}: ${maxAbsDiff(r.logits, ref.logits)}`);
    }
    // decode (int8 read in place: fewer than 8 rows) agrees with the prefill path (dequantised, then float32)
    const c = int8.createCache();
    await int8.step(c, ids.slice(0, 2));
    for (let j = 2; j < ids.length; j++) {
      const r = await int8.step(c, [ids[j]]);
      assert.ok(maxAbsDiff(r.logits, ref.logits[j]) <= 1e-4, `step ${j}`);
    }
    c.dispose();
  } finally {
    int8.dispose();
    f32.dispose();
    ops.dispose();
  }
});

test('long cached runs: caches compacted and grown across windows many times equal the stateless forward', async (t) => {
  if (!wasmOk) return t.skip('wasm unavailable');
  await setBackend('wasm');
  const spec = tinySpec({ n_layer: 3, window: [3, null, 7], sequence_len: 64 });
  const obj = makeBundleObject(spec, tinyWeights(spec, 21));
  const model = new GPT(await loadBundle(obj));
  const ids = Array.from({ length: 150 }, (_, i) => (i * 29 + 7) % spec.vocab_size);
  try {
    const full = await model.forward(ids);
    const ref = referenceForward(spec, weightsOfBundle(obj), ids);
    assert.ok(maxAbsDiff(full.logits, ref.logits) <= 1e-4);
    const V = spec.vocab_size;
    const cache = model.createCache();
    let worst = 0;
    let r = await model.step(cache, ids.slice(0, 9));
    const counts = [];
    for (let j = 9; j < ids.length; j++) {
      r = j % 37 === 0 ? await model.step(cache, ids.slice(j, j + 1), { allPositions: true }) : await model.step(cache, [ids[j]]);
      worst = Math.max(worst, maxAbsDiff(r.logits, full.logits.subarray(j * V, (j + 1) * V)));
      counts.push(tf.memory().numTensors);
    }
    t.diagnostic(`max|cached - stateless| over ${ids.length - 9} steps = ${worst.toExponential(2)}`);
    assert.ok(worst <= 1e-5, `cached differs by ${worst}`);
    assert.deepEqual(cache.sizes(), [2, ids.length, 6]);
    assert.ok(counts.every((c) => c === counts[0]), `tensors moved: ${Math.min(...counts)}..${Math.max(...counts)}`);
    // bounded: a windowed layer's buffer stays near twice its window
    assert.ok(cache.layers[0].cap <= 2 * 2 + 1 + 16 && cache.layers[2].cap <= 2 * 6 + 1 + 16, `caps ${cache.layers.map((l) => l.cap)}`);
    cache.dispose();
  } finally {
    model.dispose();
  }
});

for (const fused of [true, false]) test(`tapRows: exactly those rows of every tap (${fused ? 'engine' : 'op path'})`, async (t) => {
  if (!wasmOk) return t.skip('wasm unavailable');
  await setBackend('wasm');
  const model = new GPT(await loadBundle(makeBundleObject(SPEC, tinyWeights(SPEC, 4))), { fusedKernels: fused });
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
    // a corrupted byte fails the streamed hash check, and nothing stays on the backend
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 3] ^= 1;
    fs.writeFileSync(file, bytes);
    const before = tf.memory().numTensors;
    await assert.rejects(createModel(file, { backend: 'wasm' }), /does not match its weights/);
    assert.equal(tf.memory().numTensors, before);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('weights, caches and scratch above 2 GiB of heap (offsets past int32): the same logits', async (t) => {
  if (!wasmOk) return t.skip('wasm unavailable');
  await setBackend('wasm');
  const obj = makeBundleObject(SPEC, tinyWeights(SPEC, 31), { int8: true });
  const ids = [3, 17, 42, 8, 8, 0, 49, 23, 11, 5, 30, 2];
  const ref = referenceForward(SPEC, weightsOfBundle(obj), ids);
  // push everything the model allocates past byte offset 2^31 (where a signed shift would turn an offset negative)
  const pads = [];
  const be = tf.backend();
  const offsetOf = (x) => be.dataIdMap.get(x.dataId).memoryOffset;
  // grow the heap past 2 GiB with 64 MiB pads, and keep 64 KiB probes until one lands above it (they fill the
  // holes earlier tests left below)
  for (const floats of [16384, 1024, 64]) {
    for (let i = 0; i < 200000; i++) {
      const probe = tf.zeros([floats], 'float32');
      if (offsetOf(probe) >= 2 ** 31 + 2 ** 24) {
        probe.dispose();
        break;
      }
      pads.push(probe);
      if (be.wasm.HEAPU8.byteLength < 2 ** 31 + 2 ** 26) pads.push(tf.zeros([2 ** 24], 'float32'));
    }
  }
  const model = new GPT(await loadBundle(obj));
  try {
    assert.ok(model.engine.ptr(model.engine.w['lm_head.weight'].q) >= 2 ** 31, 'the weights did not land above 2 GiB');
    const r = await model.forward(ids);
    assert.ok(maxAbsDiff(r.logits, ref.logits) <= 1e-4, `forward ${maxAbsDiff(r.logits, ref.logits)}`);
    const c = model.createCache();
    await model.step(c, ids.slice(0, 4));
    for (let j = 4; j < ids.length; j++) {
      const s = await model.step(c, [ids[j]]);
      assert.ok(maxAbsDiff(s.logits, ref.logits[j]) <= 1e-4, `step ${j}`);
    }
    c.dispose();
  } finally {
    model.dispose();
    pads.forEach((x) => x.dispose());
  }
});
