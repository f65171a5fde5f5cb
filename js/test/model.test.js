// Model math on tiny hand-built bundles, against the independent float64 reference in testlib/ref.js.
import test from 'node:test';
import assert from 'node:assert/strict';
import { GPT, tapNames, roundBfloat16, roundFloat16, attentionMask } from '../src/model.js';
import { loadBundle } from '../src/loader.js';
import { setBackend, tf } from '../src/backend.js';
import { tinySpec, tinyWeights, makeBundleObject, weightsOfBundle, referenceForward, maxAbsDiff, flat, bf16, f16 } from '../testlib/ref.js';

tf.env().set('PROD', true);

const CONFIGS = {
  // interleaved RoPE, +theta, float32 tables, GQA 4 query heads / 2 kv heads, a 3-key window, value embeds
  // on layer 1, relu^2, softcap, padded vocab 64 -> 50
  gqa_interleaved: tinySpec(),
  // half RoPE, -theta, bfloat16 tables, MHA, smear, backout, q/k scale, EML activation, no softcap
  half_bf16_smear_backout_eml: tinySpec({
    n_kv_head: 4, window: [null, 2], rope: { style: 'half', base: 100000.0, sign: -1, table_dtype: 'bfloat16' },
    norm_eps: 1.1920928955078125e-07, qk_scale: 1.2, value_embed: { layers: [0, 1], gate_channels: 12, gate_scale: 3.0 },
    smear: { channels: 8 }, backout: { layer: 0 }, activation: { kind: 'eml', params: { exp_clamp: 20.0, log_floor: 1e-30 } },
    softcap: null,
  }),
  // MQA (1 kv head), a 1-key window (only itself), three layers, no value embeds, float16 tables
  mqa_window1: tinySpec({
    n_layer: 3, n_kv_head: 1, window: [1, 4, null], value_embed: null,
    rope: { style: 'half', base: 10000.0, sign: 1, table_dtype: 'float16' }, padded_vocab_size: 50,
  }),
};

const IDS = [3, 17, 42, 8, 8, 0, 49, 23, 11, 5, 30, 2];

async function backends() {
  const out = [];
  for (const b of ['cpu', 'wasm']) {
    try {
      await setBackend(b);
      out.push(b);
    } catch {
      // wasm may be unavailable; the tests below report it as skipped
    }
  }
  return out;
}
const AVAILABLE = await backends();

function gate(refArr) {
  return 1e-4 * Math.max(1, ...flat(refArr).map(Math.abs));
}

for (const backend of ['cpu', 'wasm']) {
  for (const [name, spec] of Object.entries(CONFIGS)) {
    // int8 weights dequantised at load or kept packed on the backend; the fused wasm/cpu kernels or the plain
    // TF.js op chains (what webgl/webgpu run)
    const VARIANTS = [
      { int8: false }, { int8: true }, { int8: true, opts: { int8: 'packed' }, tag: 'int8 packed' },
      { int8: false, opts: { fusedKernels: false }, tag: 'unfused ops' },
    ];
    for (const { int8, opts, tag } of VARIANTS) {
      const label = `${backend} ${name}${tag ? ` ${tag}` : int8 ? ' int8' : ''}`;
      test(`forward and taps match the float64 reference: ${label}`, async (t) => {
        if (!AVAILABLE.includes(backend)) return t.skip(`backend ${backend} unavailable`);
        await setBackend(backend);
        const obj = makeBundleObject(spec, tinyWeights(spec, 7), { int8 });
        const ref = referenceForward(spec, weightsOfBundle(obj), IDS);
        const model = new GPT(await loadBundle(obj), opts);
        try {
          const r = await model.forward(IDS, { taps: true });
          assert.deepEqual(r.shape, [IDS.length, spec.vocab_size]);
          const d = maxAbsDiff(r.logits, ref.logits);
          t.diagnostic(`max|dlogit| = ${d.toExponential(2)}`);
          assert.ok(d <= 1e-4, `logits differ by ${d}`);
          assert.deepEqual(Object.keys(r.taps).sort(), tapNames(spec).sort());
          for (const tap of tapNames(spec)) {
            const dd = maxAbsDiff(r.taps[tap].data, ref.taps[tap]);
            assert.ok(dd <= gate(ref.taps[tap]), `tap ${tap} differs by ${dd}`);
          }
          assert.deepEqual(r.taps['blocks.0.attn.q'].shape, [IDS.length, spec.n_head, spec.head_dim]);
          assert.deepEqual(r.taps['blocks.0.attn.k'].shape, [IDS.length, spec.n_kv_head, spec.head_dim]);
          const last = await model.forward(IDS, { lastOnly: true });
          assert.ok(maxAbsDiff(last.logits, ref.logits[IDS.length - 1]) <= 1e-4);
        } finally {
          model.dispose();
        }
      });
    }

    for (const [tag, opts, int8] of [['', {}, false], [' unfused ops', { fusedKernels: false }, false], [' int8 packed', { int8: 'packed' }, true]]) test(`cached decoding equals the stateless forward: ${backend} ${name}${tag}`, async (t) => {
      if (!AVAILABLE.includes(backend)) return t.skip(`backend ${backend} unavailable`);
      await setBackend(backend);
      // longer than every window and than sequence_len (16): the RoPE tables grow past it
      const ids = Array.from({ length: 22 }, (_, i) => (i * 13 + 5) % spec.vocab_size);
      const obj = makeBundleObject(spec, tinyWeights(spec, 3), { int8 });
      const model = new GPT(await loadBundle(obj), opts);
      try {
        const full = await model.forward(ids);
        const V = spec.vocab_size;
        const cache = model.createCache();
        let worst = 0;
        let r = await model.step(cache, ids.slice(0, 5));
        worst = Math.max(worst, maxAbsDiff(r.logits, full.logits.subarray(4 * V, 5 * V)));
        for (let j = 5; j < 10; j++) {
          r = await model.step(cache, [ids[j]]);
          worst = Math.max(worst, maxAbsDiff(r.logits, full.logits.subarray(j * V, (j + 1) * V)));
        }
        // a multi-token step in the middle, all positions returned
        r = await model.step(cache, ids.slice(10, 14), { allPositions: true });
        worst = Math.max(worst, maxAbsDiff(r.logits, full.logits.subarray(10 * V, 14 * V)));
        for (let j = 14; j < ids.length; j++) {
          r = await model.step(cache, [ids[j]]);
          worst = Math.max(worst, maxAbsDiff(r.logits, full.logits.subarray(j * V, (j + 1) * V)));
        }
        // the cache keeps at most window-1 keys per windowed layer
        cache.sizes().forEach((n, i) => {
          const w = spec.window[i];
          assert.equal(n, w === null ? ids.length : Math.min(w - 1, ids.length));
        });
        cache.dispose();
        t.diagnostic(`max|cached - stateless| = ${worst.toExponential(2)}`);
        assert.ok(worst <= 1e-4, `cached differs from stateless by ${worst}`);
        const ref = referenceForward(spec, weightsOfBundle(obj), ids);
        assert.ok(maxAbsDiff(full.logits, ref.logits) <= 1e-4);
      } finally {
        model.dispose();
      }
    });
  }

  for (const packed of [false, true]) test(`memory is stable over 64 cached steps and released on dispose: ${backend}${packed ? ' int8 packed' : ''}`, async (t) => {
    if (!AVAILABLE.includes(backend)) return t.skip(`backend ${backend} unavailable`);
    await setBackend(backend);
    const spec = CONFIGS.half_bf16_smear_backout_eml;
    const before = tf.memory().numTensors;
    const model = new GPT(await loadBundle(makeBundleObject(spec, tinyWeights(spec, 5), { int8: packed })),
      packed ? { int8: 'packed' } : {});
    // the wasm engine keeps one scratch buffer for its passes, made by the first one and reused: count after it
    if (model.engine) await model.forward([1, 2, 3], { taps: true });
    const afterLoad = tf.memory().numTensors;
    const cache = model.createCache();
    await model.step(cache, [1, 2, 3]);
    const counts = [];
    let id = 4;
    for (let s = 0; s < 64; s++) {
      const r = await model.step(cache, [id]);
      id = r.logits.indexOf(Math.max(...r.logits));
      counts.push(tf.memory().numTensors);
    }
    assert.ok(counts.every((c) => c === counts[0]), `numTensors moved: ${counts[0]} .. ${Math.max(...counts)}`);
    cache.dispose();
    assert.equal(tf.memory().numTensors, afterLoad);
    await model.forward([1, 2, 3], { taps: true });
    await model.generate([1, 2], 8);
    assert.equal(tf.memory().numTensors, afterLoad);
    model.dispose();
    assert.equal(tf.memory().numTensors, before);
  });

  test(`int8 packed: a third of the float32 memory, the same dequantised weights, the same logits: ${backend}`, async (t) => {
    if (!AVAILABLE.includes(backend)) return t.skip(`backend ${backend} unavailable`);
    await setBackend(backend);
    const spec = tinySpec({ n_embd: 96, n_head: 4, n_kv_head: 2, head_dim: 24, mlp_hidden: 384 });
    const obj = makeBundleObject(spec, tinyWeights(spec, 13), { int8: true });
    const bundle = await loadBundle(obj);
    let m0 = tf.memory().numBytes;
    // the TF.js op path's packing (the wasm engine keeps int8 as int8: tested below)
    const f32 = new GPT(bundle, { int8: 'float32', fusedKernels: backend === 'cpu' });
    const f32Bytes = tf.memory().numBytes - m0;
    m0 = tf.memory().numBytes;
    const packed = new GPT(bundle, { int8: 'packed', fusedKernels: backend === 'cpu' });
    const packedBytes = tf.memory().numBytes - m0;
    try {
      assert.equal(f32.int8Mode, 'float32');
      assert.equal(packed.int8Mode, 'packed');
      assert.equal(packed.residentWeightBytes, packedBytes);
      t.diagnostic(`resident weights: float32 ${f32Bytes} B, packed ${packedBytes} B (${(packedBytes / f32Bytes).toFixed(3)}x)`);
      assert.ok(packedBytes <= 0.5 * f32Bytes, `packed int8 holds ${packedBytes} B vs ${f32Bytes} B as float32`);
      // unpacking gives back exactly q * scale rounded to float32, the numbers the float32 mode uploaded
      const name = 'blocks.1.mlp.c_fc.weight';
      const W = weightsOfBundle(obj)[name]; // independent dequantisation (test library)
      const un = tf.tidy(() => tf.transpose(packed._mat(packed.layers[1].wfc)));
      assert.deepEqual(Array.from(await un.data()), Array.from(W.data), `${name} unpacked != q * scale`);
      un.dispose();
      const a = await f32.forward(IDS);
      const b = await packed.forward(IDS);
      assert.ok(maxAbsDiff(a.logits, b.logits) <= 1e-6, `packed vs float32 logits differ by ${maxAbsDiff(a.logits, b.logits)}`);
    } finally {
      f32.dispose();
      packed.dispose();
    }
  });

  test(`one tidy scope per block: the live tensors do not grow with depth: ${backend}`, async (t) => {
    if (!AVAILABLE.includes(backend)) return t.skip(`backend ${backend} unavailable`);
    await setBackend(backend);
    const spec = tinySpec({ n_layer: 6, window: [null, 4, null, 4, null, 4], value_embed: null });
    // the TF.js op path's scopes (the wasm engine makes no tensors per block at all)
    const model = new GPT(await loadBundle(makeBundleObject(spec, tinyWeights(spec, 17))), { fusedKernels: backend === 'cpu' });
    const counts = [];
    const bytes = [];
    const orig = model._block.bind(model);
    model._block = (...args) => {
      counts.push(tf.memory().numTensors);
      bytes.push(tf.memory().numBytes);
      return orig(...args);
    };
    try {
      await model.forward(IDS, { lastOnly: true });
      assert.equal(counts.length, spec.n_layer);
      // entering block i >= 1, only the weights, x0 and the running x are alive: the same for every i (with one
      // tf.tidy around the whole pass, every block's intermediates would pile up here)
      assert.ok(counts.slice(1).every((c) => c === counts[1]), `live tensors at each block: ${counts}`);
      assert.ok(bytes.slice(1).every((b) => b === bytes[1]), `live bytes at each block: ${bytes}`);
    } finally {
      model.dispose();
    }
  });

  test(`greedy generate agrees with the stateless forward: ${backend}`, async (t) => {
    if (!AVAILABLE.includes(backend)) return t.skip(`backend ${backend} unavailable`);
    await setBackend(backend);
    const spec = CONFIGS.gqa_interleaved;
    const model = new GPT(await loadBundle(makeBundleObject(spec, tinyWeights(spec, 9))));
    try {
      const prompt = [1, 2, 3];
      const seen = [];
      const { ids, all } = await model.generate(prompt, 12, { onToken: (id) => { seen.push(id); } });
      assert.equal(ids.length, 12);
      assert.deepEqual(seen, ids);
      assert.deepEqual(all, [...prompt, ...ids]);
      for (let s = 0; s < ids.length; s++) {
        const r = await model.forward(all.slice(0, prompt.length + s), { lastOnly: true });
        const mx = Math.max(...r.logits);
        assert.ok(mx - r.logits[ids[s]] <= 1e-4, `step ${s}: generated ${ids[s]} is not the argmax`);
      }
    } finally {
      model.dispose();
    }
  });
}

test('a one-layer, one-token model computed by hand', async () => {
  // With a single token, RoPE is the identity (position 0) and softmax over one key is 1, so
  // attention returns v exactly: logits = lm_head . norm(x1 + mlp(norm(x1))), x1 = x + c_proj . v(norm(x)).
  await setBackend('cpu');
  const spec = tinySpec({ n_layer: 1, n_head: 2, n_kv_head: 1, window: [null], value_embed: null, softcap: null, padded_vocab_size: 50 });
  const W = tinyWeights(spec, 11);
  const model = new GPT(await loadBundle(makeBundleObject(spec, W)));
  const id = 7;
  const C = spec.n_embd;
  const D = spec.head_dim;
  const g = (n) => W[n].data;
  const nrm = (v) => {
    const s = 1 / Math.sqrt(v.reduce((a, b) => a + b * b, 0) / v.length + spec.norm_eps);
    return v.map((u) => u * s);
  };
  const mv = (M, rows, cols, v) => Array.from({ length: rows }, (_, r) => v.reduce((a, u, c) => a + M[r * cols + c] * u, 0));
  const e = nrm(Array.from(g('wte.weight').subarray(id * C, (id + 1) * C)));
  let x = e.map((u) => g('resid_lambdas')[0] * u + g('x0_lambdas')[0] * u);
  const v = mv(g('blocks.0.attn.c_v.weight'), D, C, nrm(x));
  const y = [...v, ...v]; // both query heads read the single kv head
  const a = mv(g('blocks.0.attn.c_proj.weight'), C, 2 * D, y);
  x = x.map((u, i) => u + a[i]);
  const hdn = mv(g('blocks.0.mlp.c_fc.weight'), spec.mlp_hidden, C, nrm(x)).map((z) => (z > 0 ? z * z : 0));
  const m = mv(g('blocks.0.mlp.c_proj.weight'), C, spec.mlp_hidden, hdn);
  x = x.map((u, i) => u + m[i]);
  const logits = mv(g('lm_head.weight'), spec.vocab_size, C, nrm(x));
  const r = await model.forward([id]);
  assert.ok(maxAbsDiff(r.logits, logits) <= 1e-5, `hand-computed logits differ by ${maxAbsDiff(r.logits, logits)}`);
  model.dispose();
});

test('bfloat16 / float16 rounding of table values', () => {
  for (const x of [1, -1, 0.5, 0.9999999, 0.70710677, -0.33333334, 1e-3, 0.123456789, 2 ** -130]) {
    assert.equal(roundBfloat16(x), bf16(x), `bf16(${x})`);
  }
  // ties go to even: 1 + 2^-8 is exactly halfway between 1 and 1 + 2^-7
  assert.equal(roundBfloat16(1 + 2 ** -8), 1);
  assert.equal(roundBfloat16(1 + 3 * 2 ** -8), 1 + 2 ** -6);
  assert.equal(roundFloat16(1 + 2 ** -11), 1);
  assert.equal(roundFloat16(1 + 3 * 2 ** -11), 1 + 2 ** -9);
  assert.equal(roundFloat16(0.1), 0.0999755859375);
  assert.equal(roundFloat16(2 ** -25), 0); // half of the smallest subnormal ties to even (0)
  assert.equal(roundFloat16(3 * 2 ** -25), 2 ** -23);
  for (const x of [0.1, -0.7, 0.99951172, 1e-5, 6.1e-5, 0.333333, 1 + 2 ** -11]) assert.equal(roundFloat16(x), f16(x), `f16(${x})`);
});

test('window mask: key j visible from query t iff t - w < j <= t', () => {
  const m = attentionMask(0, 4, 0, 4, 2, 1);
  const vis = [];
  for (let t = 0; t < 4; t++) vis.push(Array.from(m.subarray(t * 4, t * 4 + 4), (v) => (v === 0 ? 1 : 0)));
  assert.deepEqual(vis, [[1, 0, 0, 0], [1, 1, 0, 0], [0, 1, 1, 0], [0, 0, 1, 1]]);
  assert.equal(attentionMask(5, 1, 2, 4, 4, 2), null); // one query at 5 sees keys 2..5 with w=4: nothing hidden
  assert.equal(attentionMask(5, 1, 1, 5, 4, 1)[0], Math.fround(-1e30)); // key 1 is outside the window
});

test('the model refuses bad ids and a foreign cache', async () => {
  await setBackend('cpu');
  const spec = tinySpec();
  const model = new GPT(await loadBundle(makeBundleObject(spec, tinyWeights(spec, 1))));
  const other = new GPT(await loadBundle(makeBundleObject(spec, tinyWeights(spec, 2))));
  try {
    await assert.rejects(model.forward([1, 64]), /token id 64 is outside \[0, 64\)/);
    await assert.rejects(model.forward([1.5]), /token id 1.5/);
    await assert.rejects(model.forward([]), /at least one token/);
    await assert.rejects(model.step(other.createCache(), [1]), /cache from this model/);
  } finally {
    model.dispose();
    other.dispose();
  }
});
