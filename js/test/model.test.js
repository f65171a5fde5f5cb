// The model on both executors (the TF.js op path and the wasm engine) against the Python float64 reference, through
// the golden files (scripts/make_js_goldens.py: one tiny bundle per recipe, float32 and int8); plus what needs no
// reference: cached = stateless, memory stability, generation, a one-layer model computed by hand, rounding,
// masks, input checks.
import test from 'node:test';
import fs from 'node:fs';
import assert from 'node:assert/strict';
import { GPT, tapNames, roundBfloat16, roundFloat16, attentionMask } from '../src/model.js';
import { ropeFrequencies } from '../src/recipe.js';
import { parseSpec } from '../src/spec.js';
import { loadBundle } from '../src/loader.js';
import { setBackend, tf } from '../src/backend.js';
import { tinySpec, tinyWeights, makeBundleObject, weightsOfBundle, maxAbsDiff, bf16, f16 } from '../testlib/fixtures.js';
import { goldenNames, loadGolden, tapTolerance } from '../testlib/goldens.js';

tf.env().set('PROD', true);

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

const isInt8 = (name) => name.endsWith('.int8');
const isQuant = (name) => /\.(int8|q4\w*)$/.test(name);

/** The executors a backend offers: [label, GPT options, the goldens it applies to (default: all)]. */
function variants(backend) {
  if (backend === 'cpu') return [['ops', {}], ['ops int8 packed', { int8: 'packed' }, isInt8]];
  return [['engine', {}], ['engine dequantised', { int8: 'float32' }, isQuant], ['ops', { executor: 'tfjs' }]];
}

const GOLDENS = goldenNames();

test('there are goldens for the legacy recipe and llama-, qwen3- and gpt2-like recipes (float32 and int8)', () => {
  for (const n of ['legacy_gqa_interleaved', 'legacy_half_bf16_smear', 'legacy_mqa_window1', 'llama', 'qwen3', 'gpt2']) {
    assert.ok(GOLDENS.includes(n) && GOLDENS.includes(`${n}.int8`), `${n} missing: run scripts/make_js_goldens.py`);
  }
});

for (const backend of ['cpu', 'wasm']) {
  for (const name of GOLDENS) {
    for (const [label, opts, applies] of variants(backend)) {
      if (applies && !applies(name)) continue;
      test(`forward and taps match the float64 reference: ${backend} ${label} ${name}`, async (t) => {
        if (!AVAILABLE.includes(backend)) return t.skip(`backend ${backend} unavailable`);
        await setBackend(backend);
        const g = loadGolden(name);
        const spec = parseSpec(g.spec);
        const V = spec.vocab_size;
        const T = g.ids.length;
        const model = new GPT(await loadBundle(g.bundle), opts);
        try {
          assert.equal(model.executor.kind, backend === 'wasm' && label.startsWith('engine') ? 'emlx-wasm-kernels' : 'tfjs-ops');
          const r = await model.forward(g.ids, { taps: true });
          assert.deepEqual(r.shape, [T, V]);
          const d = maxAbsDiff(r.logits, g.logits);
          t.diagnostic(`max|dlogit| = ${d.toExponential(2)}`);
          assert.ok(d <= 1e-4, `logits differ by ${d}`);
          assert.deepEqual(Object.keys(r.taps).sort(), tapNames(spec).sort());
          for (const tap of tapNames(spec)) {
            const ref = g.taps[tap];
            assert.deepEqual(r.taps[tap].shape, ref.shape, tap);
            const dd = maxAbsDiff(r.taps[tap].data, ref.data);
            assert.ok(dd <= tapTolerance(ref.data), `tap ${tap} differs by ${dd}`);
          }
          const last = await model.forward(g.ids, { lastOnly: true });
          assert.ok(maxAbsDiff(last.logits, g.logits.subarray((T - 1) * V)) <= 1e-4);
        } finally {
          model.dispose();
        }
      });

      test(`cached decoding equals the stateless forward and the reference: ${backend} ${label} ${name}`, async (t) => {
        if (!AVAILABLE.includes(backend)) return t.skip(`backend ${backend} unavailable`);
        await setBackend(backend);
        const g = loadGolden(name);
        const spec = parseSpec(g.spec);
        const V = spec.vocab_size;
        const ids = g.ids;
        const model = new GPT(await loadBundle(g.bundle), opts);
        try {
          const full = await model.forward(ids);
          const cache = model.createCache();
          let worst = 0;
          let vsRef = 0;
          const check = (logits, from, to) => {
            worst = Math.max(worst, maxAbsDiff(logits, full.logits.subarray(from * V, to * V)));
            vsRef = Math.max(vsRef, maxAbsDiff(logits, g.logits.subarray(from * V, to * V)));
          };
          let r = await model.step(cache, ids.slice(0, 5));
          check(r.logits, 4, 5);
          for (let j = 5; j < 10; j++) {
            r = await model.step(cache, [ids[j]]);
            check(r.logits, j, j + 1);
          }
          // a multi-token step in the middle, all positions returned
          r = await model.step(cache, ids.slice(10, 14), { allPositions: true });
          check(r.logits, 10, 14);
          for (let j = 14; j < ids.length; j++) {
            r = await model.step(cache, [ids[j]]);
            check(r.logits, j, j + 1);
          }
          // the cache keeps at most window-1 keys per windowed layer
          cache.sizes().forEach((n, i) => {
            const w = spec.window[i];
            assert.equal(n, w === null ? ids.length : Math.min(w - 1, ids.length));
          });
          cache.dispose();
          t.diagnostic(`max|cached - stateless| = ${worst.toExponential(2)}, vs reference ${vsRef.toExponential(2)}`);
          assert.ok(worst <= 1e-4, `cached differs from stateless by ${worst}`);
          assert.ok(vsRef <= 1e-4, `cached differs from the reference by ${vsRef}`);
        } finally {
          model.dispose();
        }
      });
    }
  }

  test(`memory is stable over 64 cached steps and released on dispose: ${backend}`, async (t) => {
    if (!AVAILABLE.includes(backend)) return t.skip(`backend ${backend} unavailable`);
    await setBackend(backend);
    for (const opts of [{}, { executor: 'tfjs', int8: 'packed' }]) {
      const g = loadGolden('legacy_half_bf16_smear.int8');
      const before = tf.memory().numTensors;
      const model = new GPT(await loadBundle(g.bundle), opts);
      const heap = () => (model.engine ? model.engine.heapStats().live : tf.memory().numBytes);
      // the engine's scratch is sized by the largest pass so far: make the largest one first
      await model.forward(g.ids, { taps: true });
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
      const live = heap();
      cache.dispose();
      assert.equal(tf.memory().numTensors, afterLoad);
      if (model.engine) assert.ok(heap() < live, 'the cache gave its heap back');
      const settled = heap();
      await model.forward([1, 2, 3], { taps: true });
      await model.generate([1, 2], 8);
      assert.equal(tf.memory().numTensors, afterLoad);
      assert.equal(heap(), settled);
      model.dispose();
      assert.equal(tf.memory().numTensors, before);
    }
  });

  test(`int8 packed (TF.js op path): a third of the float32 memory, the same dequantised weights, the same logits: ${backend}`, async (t) => {
    if (!AVAILABLE.includes(backend)) return t.skip(`backend ${backend} unavailable`);
    await setBackend(backend);
    const spec = tinySpec({ n_embd: 96, n_head: 4, n_kv_head: 2, head_dim: 24, mlp_hidden: 384 });
    const obj = makeBundleObject(spec, tinyWeights(spec, 13), { int8: true });
    const bundle = await loadBundle(obj);
    let m0 = tf.memory().numBytes;
    const f32 = new GPT(bundle, { int8: 'float32', executor: 'tfjs' });
    const f32Bytes = tf.memory().numBytes - m0;
    m0 = tf.memory().numBytes;
    const packed = new GPT(bundle, { int8: 'packed', executor: 'tfjs' });
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
      const ex = packed.executor;
      const un = tf.tidy(() => tf.transpose(ex._mat(ex.layers[1].wfc)));
      assert.deepEqual(Array.from(await un.data()), Array.from(W.data), `${name} unpacked != q * scale`);
      un.dispose();
      const ids = [3, 17, 42, 8, 8, 0, 49, 23, 11, 5, 30, 2];
      const a = await f32.forward(ids);
      const b = await packed.forward(ids);
      assert.ok(maxAbsDiff(a.logits, b.logits) <= 1e-6, `packed vs float32 logits differ by ${maxAbsDiff(a.logits, b.logits)}`);
    } finally {
      f32.dispose();
      packed.dispose();
    }
  });

  test(`one tidy scope per block on the TF.js op path: the live tensors do not grow with depth: ${backend}`, async (t) => {
    if (!AVAILABLE.includes(backend)) return t.skip(`backend ${backend} unavailable`);
    await setBackend(backend);
    const spec = tinySpec({ n_layer: 6, window: [null, 4, null, 4, null, 4], value_embed: null });
    const model = new GPT(await loadBundle(makeBundleObject(spec, tinyWeights(spec, 17))), { executor: 'tfjs' });
    const ex = model.executor;
    const counts = [];
    const bytes = [];
    const orig = ex._block.bind(ex);
    ex._block = (...args) => {
      counts.push(tf.memory().numTensors);
      bytes.push(tf.memory().numBytes);
      return orig(...args);
    };
    try {
      await model.forward([3, 17, 42, 8, 8, 0, 49, 23, 11, 5, 30, 2], { lastOnly: true });
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
    const g = loadGolden('legacy_gqa_interleaved');
    const model = new GPT(await loadBundle(g.bundle));
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

test('a one-layer, one-token model computed by hand (both executors)', async () => {
  // With a single token, RoPE is the identity (position 0) and softmax over one key is 1, so
  // attention returns v exactly: logits = lm_head . norm(x1 + mlp(norm(x1))), x1 = x + c_proj . v(norm(x)).
  const spec = tinySpec({ n_layer: 1, n_head: 2, n_kv_head: 1, window: [null], value_embed: null, softcap: null, padded_vocab_size: 50 });
  const W = tinyWeights(spec, 11);
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
  await setBackend('cpu');
  for (const executor of ['tfjs', 'wasm']) {
    const model = new GPT(await loadBundle(makeBundleObject(spec, W)), { executor });
    const r = await model.forward([id]);
    assert.ok(maxAbsDiff(r.logits, logits) <= 1e-5, `${executor}: hand-computed logits differ by ${maxAbsDiff(r.logits, logits)}`);
    model.dispose();
  }
});

test('the wasm engine needs nothing of TF.js: it runs with the TF.js cpu backend selected', async () => {
  await setBackend('cpu');
  const g = loadGolden('legacy_gqa_interleaved.int8');
  const model = new GPT(await loadBundle(g.bundle), { executor: 'wasm' });
  try {
    assert.equal(model.executor.kind, 'emlx-wasm-kernels');
    assert.equal(model.int8Mode, 'int8');
    const before = tf.memory().numTensors;
    const r = await model.forward(g.ids);
    assert.ok(maxAbsDiff(r.logits, g.logits) <= 1e-4);
    assert.equal(tf.memory().numTensors, before, 'no TF.js tensor made');
  } finally {
    model.dispose();
  }
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

test('RoPE frequencies: partial rotary, linear and llama3 scaling as FORMATS.md says (hand-computed in float64)', () => {
  const base = tinySpec();
  const spec = (rope) => parseSpec({ ...base, version: 2, rope: { style: 'half', base: 10000.0, sign: 1, table_dtype: 'float32', ...rope } });
  // partial rotary: rd = 4 of head_dim 8 -> 2 frequencies 1 / 10000^(2i/4)
  assert.deepEqual(Array.from(ropeFrequencies(spec({ rotary_dim: 4 }))), [1, Math.fround(1 / 100)]);
  // linear: each divided by the factor
  const lin = ropeFrequencies(spec({ scaling: { kind: 'linear', params: { factor: 4.0 } } }));
  const plain = ropeFrequencies(spec({}));
  for (let i = 0; i < plain.length; i++) assert.equal(lin[i], Math.fround(plain[i] / 4));
  // llama3 with omax 64, low 1, high 4: wavelengths 2 pi / f of head_dim 8 -> f = 1, 0.1, 0.01, 0.001:
  // 6.3 (< 16: kept), 62.8 (between 16 and 64: blended), 628 and 6283 (> 64: divided by the factor)
  const l3 = ropeFrequencies(spec({ scaling: { kind: 'llama3', params: { factor: 8.0, low_freq_factor: 1.0, high_freq_factor: 4.0, original_max_position_embeddings: 64 } } }));
  assert.equal(l3[0], plain[0]);
  const wl = (2 * Math.PI) / plain[1];
  const s = (64 / wl - 1) / (4 - 1);
  assert.ok(Math.abs(l3[1] - ((1 - s) * plain[1] / 8 + s * plain[1])) <= 2e-7 * plain[1], `blend ${l3[1]}`);
  assert.equal(l3[2], Math.fround(plain[2] / 8));
  assert.equal(l3[3], Math.fround(plain[3] / 8));
});

test('window mask: key j visible from query t iff t - w < j <= t', () => {
  const m = attentionMask(0, 4, 0, 4, 2, 1);
  const vis = [];
  for (let t = 0; t < 4; t++) vis.push(Array.from(m.subarray(t * 4, t * 4 + 4), (v) => (v === 0 ? 1 : 0)));
  assert.deepEqual(vis, [[1, 0, 0, 0], [1, 1, 0, 0], [0, 1, 1, 0], [0, 0, 1, 1]]);
  assert.equal(attentionMask(5, 1, 2, 4, 4, 2), null); // one query at 5 sees keys 2..5 with w=4: nothing hidden
  assert.equal(attentionMask(5, 1, 1, 5, 4, 1)[0], Math.fround(-1e30)); // key 1 is outside the window
});

test('the model refuses bad ids, a foreign cache, an unknown executor and positions past learned ones', async () => {
  await setBackend('cpu');
  const spec = tinySpec();
  const model = new GPT(await loadBundle(makeBundleObject(spec, tinyWeights(spec, 1))));
  const other = new GPT(await loadBundle(makeBundleObject(spec, tinyWeights(spec, 2))));
  try {
    await assert.rejects(model.forward([1, 64]), /token id 64 is outside \[0, 64\)/);
    await assert.rejects(model.forward([1.5]), /token id 1.5/);
    await assert.rejects(model.forward([]), /at least one token/);
    await assert.rejects(model.step(other.createCache(), [1]), /cache from this model/);
    assert.throws(() => new GPT({ config: spec, weights: {} }, { executor: 'gpu' }), /options.executor must be one of/);
  } finally {
    model.dispose();
    other.dispose();
  }
  const gpt2 = GOLDENS.find((n) => loadGolden(n).spec.embed?.positions === 'learned');
  if (gpt2) {
    const g = loadGolden(gpt2);
    for (const executor of ['tfjs', 'wasm']) {
      const m = new GPT(await loadBundle(g.bundle), { executor });
      const seq = g.spec.sequence_len;
      await assert.rejects(m.forward(Array.from({ length: seq + 1 }, () => 1)), new RegExp(`position ${seq} is past the ${seq} learned positions`));
      m.dispose();
    }
  }
});

test('RoPE frequencies bit for bit as transformers computes them (tests/rope_cases.json, written by the Python side)', () => {
  const file = new URL('../../tests/rope_cases.json', import.meta.url);
  const { cases } = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.ok(cases.length >= 6);
  for (const c of cases) {
    const spec = parseSpec({
      ...tinySpec(), version: 2, n_head: 1, n_kv_head: 1, head_dim: c.head_dim, n_embd: c.head_dim,
      rope: { style: 'half', sign: 1, table_dtype: 'float32', ...c.rope },
    });
    const got = Array.from(ropeFrequencies(spec));
    assert.deepEqual(got, c.inv_freq.map(Math.fround), `${JSON.stringify(c.rope)} head_dim ${c.head_dim}`);
  }
});
