// The ONNX parity harness (harness/ort-run.js, harness/ort-node.mjs) on the toy ONNX models of
// test/fixtures/ort-toy (make_toy.py): models that follow the export's I/O contract with arithmetic simple enough
// to recompute here by hand, so the cache, smear-token and taps plumbing is checked against independent values.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ort from 'onnxruntime-node';
import { runOrtJob, validateOrtJob, HarnessInputError, OrtDecoder, KIND_RUNS } from '../harness/ort-run.js';
import { decodeB64Array, encodeB64Array } from '../src/loader.js';
import { handTokenizerBlock } from '../testlib/fixtures.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TOY = path.join(HERE, 'fixtures', 'ort-toy');
const ORT_NODE = path.join(HERE, '..', 'harness', 'ort-node.mjs');

function toyHeader(smear) {
  const h = JSON.parse(fs.readFileSync(path.join(TOY, `toy${smear ? '-smear' : ''}.header.json`), 'utf8'));
  return { ...h, tokenizer: handTokenizerBlock() };
}

/** The toy's arithmetic (make_toy.py docstring), in float64: logits [T][V] of a stateless run over `ids`. */
function toyLogits(toy, ids, smear) {
  const { E, W, S } = toy;
  const out = [];
  const h = [0, 0];
  for (let t = 0; t < ids.length; t++) {
    const e = E[ids[t]];
    // k_0 = e, v_1 = -2 * swap(e); h accumulates k_0 + 0.5 * v_1
    h[0] += e[0] + 0.5 * -2 * e[1];
    h[1] += e[1] + 0.5 * -2 * e[0];
    const x = [...h];
    if (smear && t >= 1) {
      x[0] += S[ids[t - 1]][0];
      x[1] += S[ids[t - 1]][1];
    }
    out.push(W.map((w) => w[0] * x[0] + w[1] * x[1]));
  }
  return out;
}

function argmax(a) {
  let b = 0;
  for (let i = 1; i < a.length; i++) if (a[i] > a[b]) b = i;
  return b;
}

function maxAbs(a, b) {
  assert.equal(a.length, b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** Sidecars for a toy: ids chosen so every token and the smear of every pair matter. */
function writeCase(dir, smear, { sha } = {}) {
  const header = toyHeader(smear);
  const V = header.config.vocab_size;
  const head = (kind) => ({ kind, version: 1, weights_sha256: sha ?? header.weights_sha256, emlx_version: 'test', tolerances: {} });
  const promptIds = [1, 3, 0];
  const ids = [...promptIds];
  const steps = [];
  for (let s = 0; s < 4; s++) {
    const l = toyLogits(header.toy, ids, smear).at(-1);
    steps.push(l);
    ids.push(argmax(l));
  }
  const layerIds = [5, 2, 4, 1];
  const kvIds = [2, 5, 1, 4, 3, 0, 5];
  const prefill = 3;
  const full = toyLogits(header.toy, kvIds, smear);
  const rows = (r) => encodeB64Array(Float32Array.from(r.flat()), [r.length, r[0].length]);
  const sc = {
    tokenizer: { ...head('tokenizer'), cases: [{ text: 'ab the<|end|>', ids: [256, 262, 301], special: 'all' }, { text: 'abab', ids: [258], special: 'none' }] },
    forward: { ...head('forward'), prompt_ids: promptIds, ids, steps: steps.length, step_logits: rows(steps), argmax: steps.map(argmax), margins: [] },
    layers: { ...head('layers'), ids: layerIds, order: ['embed', 'logits'],
      taps: { embed: rows(layerIds.map((i) => header.toy.E[i])), logits: rows(toyLogits(header.toy, layerIds, smear)) } },
    kvcache: { ...head('kvcache'), ids: kvIds, prefill, cached_logits: rows(full.slice(prefill - 1)) },
  };
  fs.mkdirSync(dir, { recursive: true });
  const sidecars = {};
  for (const [k, v] of Object.entries(sc)) {
    sidecars[k] = path.join(dir, `${k}.json`);
    fs.writeFileSync(sidecars[k], JSON.stringify(v));
  }
  const name = `toy${smear ? '-smear' : ''}`;
  const job = { format: 'onnx', model: path.join(TOY, `${name}.onnx`), taps_model: path.join(TOY, `${name}.taps.onnx`), header, sidecars, backend: 'cpu', taps: true };
  return { job, sc, header, full, prefill, kvIds };
}

function runNode(job, dir) {
  const jobPath = path.join(dir, 'job.json');
  const outPath = path.join(dir, 'result.json');
  fs.writeFileSync(jobPath, JSON.stringify(job));
  const p = spawnSync(process.execPath, [ORT_NODE, jobPath, outPath], { encoding: 'utf8' });
  return { status: p.status, stderr: p.stderr, result: p.status === 0 ? JSON.parse(fs.readFileSync(outPath, 'utf8')) : null };
}

function tmp() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'emlx-ort-'));
}

for (const smear of [false, true]) {
  test(`ort-node.mjs on the ${smear ? 'smear ' : ''}toy: every output equals the hand-computed values`, () => {
    const dir = tmp();
    const { job, sc } = writeCase(dir, smear);
    const { status, stderr, result } = runNode(job, dir);
    assert.equal(status, 0, stderr);
    assert.deepEqual(result.errors, []);
    assert.equal(result.backend, 'cpu');
    assert.equal(result.format, 'onnx');
    assert.equal(result.runtime.name, 'node');
    assert.match(result.ort_version, /^1\.\d+\.\d+/);
    assert.deepEqual(result.tokenizer.map((c) => c.ids), sc.tokenizer.cases.map((c) => c.ids));
    const step = decodeB64Array(result.forward.step_logits);
    const want = decodeB64Array(sc.forward.step_logits);
    assert.deepEqual(step.shape, want.shape);
    assert.ok(maxAbs(step.data, want.data) < 1e-6);
    assert.deepEqual(result.forward.argmax, sc.forward.argmax);
    for (const name of ['embed', 'logits']) {
      const got = decodeB64Array(result.layers[name]);
      assert.deepEqual(got.shape, decodeB64Array(sc.layers.taps[name]).shape); // the sidecar's rows, no batch dim
      assert.ok(maxAbs(got.data, decodeB64Array(sc.layers.taps[name]).data) < 1e-6, name);
    }
    const ref = decodeB64Array(sc.kvcache.cached_logits);
    const cached = decodeB64Array(result.kvcache.cached_logits);
    const stateless = decodeB64Array(result.kvcache.stateless_logits);
    assert.deepEqual(cached.shape, ref.shape);
    assert.deepEqual(stateless.shape, ref.shape);
    assert.ok(maxAbs(cached.data, ref.data) < 1e-6);
    assert.ok(maxAbs(stateless.data, ref.data) < 1e-6);
    assert.deepEqual(result.memory.num_tensors, []); // not measured: no memory gate rather than one that cannot fail
    assert.deepEqual(result.memory.cache_positions, [3, 4, 5, 6, 7]); // prefill 3, then one position per step
    assert.ok(result.load_ms > 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });
}

test('the smear toy depends on the carried token: a harness that never fed present_token_ids back would fail', () => {
  // guards the tests above: with past_token_ids stuck at 0, each decode step adds S[0] instead of S[previous id]
  const header = toyHeader(true);
  const { E, W, S } = header.toy;
  assert.ok(E.length === W.length);
  const dir = tmp();
  const { kvIds, prefill, full } = writeCase(dir, true);
  fs.rmSync(dir, { recursive: true, force: true });
  let worst = 0;
  for (let j = prefill; j < kvIds.length; j++) {
    const prev = S[kvIds[j - 1]];
    const wrong = full[j].map((x, v) => x - (W[v][0] * prev[0] + W[v][1] * prev[1]) + (W[v][0] * S[0][0] + W[v][1] * S[0][1]));
    worst = Math.max(worst, maxAbs(wrong, full[j]));
  }
  assert.ok(worst > 0.1, `${worst}`);
});

test('OrtDecoder: a cached run equals a stateless one and present grows by the new positions', async () => {
  const header = toyHeader(true);
  const { parseSpec } = await import('../src/spec.js');
  const session = await ort.InferenceSession.create(path.join(TOY, 'toy-smear.onnx'), { intraOpNumThreads: 1 });
  const dec = new OrtDecoder(ort, session, parseSpec(header.config));
  const ids = [4, 0, 3, 3, 5];
  const a = await dec.run(ids.slice(0, 2));
  assert.equal(a.state.pos, 2);
  const b = await dec.run(ids.slice(2), a.state);
  assert.equal(b.state.pos, 5);
  assert.deepEqual(b.state.past['past_key_values.1.value'].dims, [1, 1, 5, 2]);
  assert.equal(b.state.past.past_token_ids.data[0], 5n);
  const full = await dec.run(ids);
  assert.ok(maxAbs(b.logits, full.logits.subarray(2 * 6)) < 1e-6);
  assert.ok(maxAbs(full.logits, Float32Array.from(toyLogits(header.toy, ids, true).flat())) < 1e-6);
  await session.release();
});

test('sidecars made from other weights are refused, the other kinds still run', () => {
  const dir = tmp();
  const { job } = writeCase(dir, false);
  const other = writeCase(path.join(dir, 'other'), false, { sha: 'f'.repeat(64) });
  job.sidecars.kvcache = other.job.sidecars.kvcache;
  const { status, stderr, result } = runNode(job, dir);
  assert.equal(status, 0, stderr);
  assert.equal(result.kvcache, null);
  assert.equal(result.errors.length, 1);
  assert.match(result.errors[0], /sidecar kvcache .*ffff.*refusing it/);
  assert.ok(result.forward && result.layers && result.tokenizer);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('both harnesses run the one KIND_RUNS table (js/harness/kinds.js)', async () => {
  const shared = await import('../harness/kinds.js');
  const tfjs = await import('../harness/run.js');
  assert.equal(KIND_RUNS, shared.KIND_RUNS);
  assert.equal(tfjs.KIND_RUNS, shared.KIND_RUNS);
  assert.deepEqual(Object.entries(KIND_RUNS).map(([k, v]) => [k, v !== null]),
    [['tokenizer', true], ['forward', true], ['layers', true], ['kvcache', true], ['quality', false]]);
});

test('layers are returned at the sidecar\'s positions only, as the TF.js harness returns them', () => {
  const dir = tmp();
  const { job, sc, header } = writeCase(dir, true);
  const layerIds = sc.layers.ids;
  const positions = [1, 3];
  const rows = (r) => encodeB64Array(Float32Array.from(r.flat()), [r.length, r[0].length]);
  const logits = toyLogits(header.toy, layerIds, true);
  fs.writeFileSync(job.sidecars.layers, JSON.stringify({ ...sc.layers, positions,
    taps: { embed: rows(positions.map((p) => header.toy.E[layerIds[p]])), logits: rows(positions.map((p) => logits[p])) } }));
  const { status, stderr, result } = runNode(job, dir);
  assert.equal(status, 0, stderr);
  assert.deepEqual(result.errors, []);
  for (const name of ['embed', 'logits']) {
    const got = decodeB64Array(result.layers[name]);
    const want = decodeB64Array(JSON.parse(fs.readFileSync(job.sidecars.layers, 'utf8')).taps[name]);
    assert.deepEqual(got.shape, want.shape);
    assert.ok(maxAbs(got.data, want.data) < 1e-6, name);
  }
  // the kvcache run reuses that pass's stateless logits only for the same ids; its rows still match
  assert.ok(maxAbs(decodeB64Array(result.kvcache.stateless_logits).data, decodeB64Array(sc.kvcache.cached_logits).data) < 1e-6);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a runtime abort in a phase (test-only job.fault) ends the run as its fatal ERROR, as in the TF.js harness', () => {
  const dir = tmp();
  const { job } = writeCase(dir, false);
  const { status, stderr, result } = runNode({ ...job, fault: { phase: 'layers', name: 'RuntimeError', message: 'Aborted()' } }, dir);
  assert.equal(status, 0, stderr);
  assert.equal(result.fatal.phase, 'layers');
  assert.equal(result.fatal.kind, 'abort');
  assert.ok(result.tokenizer && result.forward, 'the kinds before it ran');
  assert.equal(result.layers, null);
  assert.equal(result.kvcache, null, 'nothing runs after a fatal failure');
  assert.ok(typeof result.fatal.memory.rss_bytes === 'number');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a taps request without a taps model is an error, not an empty pass', () => {
  const dir = tmp();
  const { job } = writeCase(dir, false);
  job.taps_model = null;
  const { status, result } = runNode(job, dir);
  assert.equal(status, 0);
  assert.equal(result.layers, null);
  assert.match(result.errors.join('\n'), /layers: the job names no taps_model/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('jobs the harness cannot run exit 2 with one line', () => {
  const dir = tmp();
  const { job } = writeCase(dir, false);
  const cases = [
    [{ ...job, format: 'json' }, /job.format must be "onnx"/],
    [{ ...job, backend: 'webgl' }, /backend "webgl" is not available/],
    [{ ...job, header: { ...job.header, weights_sha256: 'abc' } }, /weights_sha256 must be 64 lowercase hex/],
    [{ ...job, header: { ...job.header, config: { ...job.header.config, n_layer: 0 } } }, /job.header.config: invalid model spec/],
    // a smear config on a model without the smear state pair
    [{ ...job, header: toyHeader(true) }, /does not follow the emlx ONNX I\/O contract .*missing inputs past_token_ids/],
    [{ ...job, model: path.join(dir, 'nope.onnx') }, /model .*nope.onnx: cannot read/],
    [{ ...job, model: job.sidecars.forward }, /onnxruntime could not load it/],
  ];
  for (const [bad, re] of cases) {
    const { status, stderr } = runNode(bad, dir);
    assert.equal(status, 2, `${re}: ${stderr}`);
    assert.match(stderr, re);
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

test('validateOrtJob fills defaults (1 thread, taps on) and rejects a bad thread count', () => {
  const dir = tmp();
  const { job } = writeCase(dir, false);
  fs.rmSync(dir, { recursive: true, force: true });
  const v = validateOrtJob({ ...job, taps: undefined, backend: undefined });
  assert.equal(v.threads, 1);
  assert.equal(v.taps, true);
  assert.equal(v.backend, 'cpu');
  assert.throws(() => validateOrtJob({ ...job, threads: 0 }), HarnessInputError);
});

test('runOrtJob with injected readers (the browser path) gives the same numbers as the file path', async () => {
  const dir = tmp();
  const { job, sc } = writeCase(dir, true);
  const files = new Map();
  const urlJob = { ...job, model: 'mem://m', taps_model: 'mem://t', sidecars: {} };
  files.set('mem://m', fs.readFileSync(job.model));
  files.set('mem://t', fs.readFileSync(job.taps_model));
  for (const [k, p] of Object.entries(job.sidecars)) {
    urlJob.sidecars[k] = `mem://${k}`;
    files.set(`mem://${k}`, fs.readFileSync(p));
  }
  const result = await runOrtJob(urlJob, { ort, readBytes: async (loc) => new Uint8Array(files.get(loc)), runtime: { name: 'test', version: '0' } });
  assert.deepEqual(result.errors, []);
  assert.ok(maxAbs(decodeB64Array(result.kvcache.cached_logits).data, decodeB64Array(sc.kvcache.cached_logits).data) < 1e-6);
  assert.deepEqual(result.runtime, { name: 'test', version: '0' });
  await assert.rejects(runOrtJob(urlJob, { readBytes: async () => new Uint8Array(0) }), /io.ort must be/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('runOrtBench: the figures of harness/bench.mjs from a warm session; bad bench options are refused', async () => {
  const { runOrtBench } = await import('../harness/ort-run.js');
  const job = { format: 'onnx', model: path.join(TOY, 'toy-smear.onnx'), header: toyHeader(true), backend: 'cpu', bench: { length: 5, tokens: 3, repeat: 2 } };
  const r = await runOrtBench(job, { ort, readBytes: async (p) => new Uint8Array(fs.readFileSync(p)) });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(Object.keys(r.bench).sort(), ['cached_ms_per_token', 'cached_tokens_per_s', 'length', 'prefill_ms', 'repeat',
    'stateless_ms_per_token', 'stateless_tokens_per_s', 'tokens']);
  assert.equal(r.bench.tokens, 3);
  assert.ok(r.bench.cached_tokens_per_s > 0 && Number.isFinite(r.bench.cached_tokens_per_s));
  await assert.rejects(runOrtBench({ ...job, bench: { tokens: 0 } }, { ort }), /job.bench.tokens must be a positive integer/);
});

test('runOrtBench times only the passes after one untimed pass of the whole protocol (a browser optimises wasm as it runs)', async () => {
  const { runOrtBench } = await import('../harness/ort-run.js');
  const L = 5, N = 3;
  const untimed = 2 + (N + 1 + N); // the warm-up at the largest shapes, then one stateless sweep, prefill and cached steps
  let clock = 0;
  let runs = 0;
  const create = async (...args) => {
    const s = await ort.InferenceSession.create(...args);
    const run = s.run.bind(s);
    s.run = async (feeds) => {
      runs += 1;
      clock += runs <= untimed ? 1000 : 1; // every run before the timed pass is slow, as unoptimised code is
      return run(feeds);
    };
    return s;
  };
  const slowStart = { ...ort, InferenceSession: { create } };
  const job = { format: 'onnx', model: path.join(TOY, 'toy-smear.onnx'), header: toyHeader(true), backend: 'cpu', bench: { length: L, tokens: N, repeat: 1 } };
  const r = await runOrtBench(job, { ort: slowStart, now: () => clock, readBytes: async (p) => new Uint8Array(fs.readFileSync(p)) });
  assert.deepEqual(r.errors, []);
  assert.equal(runs, untimed + N + 1 + N);
  assert.equal(r.bench.prefill_ms, 1);
  assert.equal(r.bench.stateless_ms_per_token, 1);
  assert.equal(r.bench.cached_ms_per_token, 1);
});

test('an empty sidecar payload (no tokenizer cases, 0 greedy steps) is an error, never an empty success', () => {
  const dir = tmp();
  const { job, sc, header } = writeCase(dir, false);
  fs.writeFileSync(job.sidecars.tokenizer, JSON.stringify({ ...sc.tokenizer, cases: [] }));
  const V = header.config.vocab_size;
  fs.writeFileSync(job.sidecars.forward, JSON.stringify({ ...sc.forward, steps: 0, argmax: [], step_logits: encodeB64Array(new Float32Array(0), [0, V]) }));
  const { status, stderr, result } = runNode(job, dir);
  assert.equal(status, 0, stderr);
  assert.equal(result.tokenizer, null);
  assert.equal(result.forward, null);
  assert.match(result.errors.join('\n'), /tokenizer: sidecar has no tokenizer cases: nothing to compare/);
  assert.match(result.errors.join('\n'), /forward: steps 0 does not fit .*at least 1 step is needed/);
  assert.ok(result.layers && result.kvcache);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the ONNX header\'s bundle_sha256 binds config and tokenizer: an edited one is refused before any session, an old header runs as weights-only', async () => {
  const { bundleSha256 } = await import('../src/hash.js');
  const dir = tmp();
  const { job, header } = writeCase(dir, false);
  const io = { ort, runtime: { name: 'test', version: '0' } };
  const claimed = await bundleSha256(header);
  const good = await runOrtJob({ ...job, header: { ...header, bundle_sha256: claimed } }, io);
  assert.deepEqual(good.errors, []);
  assert.equal(good.integrity, 'bundle');
  const edits = {
    bos: { ...header, tokenizer: { ...header.tokenizer, bos_id: header.tokenizer.bos_id - 1 } },
    'tokenizer null': { ...header, tokenizer: null },
    config: { ...header, config: { ...header.config, norm_eps: 1e-3 } },
  };
  for (const [what, h] of Object.entries(edits)) {
    await assert.rejects(runOrtJob({ ...job, header: { ...h, bundle_sha256: claimed } }, io),
      (e) => e instanceof HarnessInputError && /bundle_sha256 [0-9a-f]{12}… does not match its config and tokenizer/.test(e.message), what);
  }
  await assert.rejects(runOrtJob({ ...job, header: { ...header, bundle_sha256: 'x' } }, io), /64 lowercase hex digits/);
  const old = await runOrtJob({ ...job, header: { ...header } }, io); // exported before bundle_sha256
  assert.equal(old.integrity, 'weights');
  fs.rmSync(dir, { recursive: true, force: true });
});
