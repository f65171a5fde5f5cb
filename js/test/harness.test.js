// The parity harness: node.mjs end to end on a tiny bundle with sidecars from the Python float64 reference (a golden),
// exit codes on bad input, stale sidecars, and runJob with injected readers (the browser path).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runJob, HarnessInputError } from '../harness/run.js';
import { decodeB64Array, encodeB64Array } from '../src/loader.js';
import { tf } from '../src/backend.js';
import { maxAbsDiff, handTokenizerBlock, bundleSha256Of } from '../testlib/fixtures.js';
import { loadGolden } from '../testlib/goldens.js';

tf.env().set('PROD', true);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const NODE_MJS = path.join(HERE, '..', 'harness', 'node.mjs');

function argmax(a) {
  let b = 0;
  for (let i = 1; i < a.length; i++) if (a[i] > a[b]) b = i;
  return b;
}

/**
 * A bundle plus all four sidecars, from a golden file (the Python float64 reference's logits and taps over a fixed
 * sequence): causal attention makes row P-1+s of that one stateless forward the last row of the forward over the
 * first P+s ids, so greedy-step, layer and cached sidecars are all slices of it (teacher-forced on its ids).
 */
function makeCase(dir) {
  const g = loadGolden('legacy_half_bf16_smear'); // smear and backout: the cached path carries the previous row
  // another tokenizer: not part of weights_sha256, part of bundle_sha256 (recomputed as an export would)
  const tokenizer = handTokenizerBlock();
  const obj = { ...g.bundle, tokenizer, bundle_sha256: bundleSha256Of(g.bundle.config, tokenizer, g.bundle.weights_sha256) };
  const spec = g.spec;
  const V = spec.vocab_size;
  const rows = (from, to) => encodeB64Array(g.logits.slice(from * V, to * V), [to - from, V]);
  const argmaxRows = (from, to) => Array.from({ length: to - from }, (_, s) => argmax(g.logits.subarray((from + s) * V, (from + s + 1) * V)));
  const head = (kind) => ({ kind, version: 1, weights_sha256: obj.weights_sha256, emlx_version: 'test', tolerances: { logits_atol: 1e-4 } });
  const P = 4; // prompt
  const N = 6; // greedy steps (teacher-forced: the golden's ids)
  const prefill = 3;
  const ids = g.ids;
  const sc = {
    tokenizer: { ...head('tokenizer'), cases: [{ text: 'ab the<|end|>', ids: [256, 262, 301], special: 'all' }, { text: 'abab', ids: [258], special: 'none' }] },
    forward: { ...head('forward'), prompt: '', bos: false, prompt_ids: ids.slice(0, P), ids: ids.slice(0, P + N), steps: N, step_logits: rows(P - 1, P - 1 + N), argmax: argmaxRows(P - 1, P - 1 + N), margins: [] },
    layers: { ...head('layers'), ids, taps: Object.fromEntries(Object.entries(g.taps).map(([k, v]) => [k, encodeB64Array(v.data, v.shape)])) },
    kvcache: { ...head('kvcache'), ids, prefill, cached_logits: rows(prefill - 1, ids.length), stateless_logits: rows(prefill - 1, ids.length), max_abs_cached_vs_stateless: 0 },
  };
  fs.writeFileSync(path.join(dir, 'bundle.json'), JSON.stringify(obj));
  fs.mkdirSync(path.join(dir, 'sc'), { recursive: true });
  for (const [k, v] of Object.entries(sc)) fs.writeFileSync(path.join(dir, 'sc', `${k}.json`), JSON.stringify(v));
  return { spec, obj, sc, V };
}

function runNode(args) {
  return spawnSync(process.execPath, [NODE_MJS, ...args], { encoding: 'utf8' });
}

function job(dir, extra = {}) {
  const j = { bundle: 'bundle.json', backend: 'cpu', taps: true, sidecars: Object.fromEntries(['tokenizer', 'forward', 'layers', 'kvcache'].map((k) => [k, `sc/${k}.json`])), ...extra };
  fs.writeFileSync(path.join(dir, 'job.json'), JSON.stringify(j));
  return path.join(dir, 'job.json');
}

test('node.mjs runs a job end to end and returns the raw numbers', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emlx-harness-'));
  try {
    const { spec, sc, V } = makeCase(dir);
    for (const backend of ['cpu', 'wasm']) {
      const out = path.join(dir, `result-${backend}.json`);
      const p = runNode([job(dir, { backend }), out]);
      assert.equal(p.status, 0, p.stderr);
      const r = JSON.parse(fs.readFileSync(out, 'utf8'));
      assert.equal(r.backend, backend);
      assert.equal(r.tfjs_version, '4.22.0');
      assert.deepEqual(r.runtime, { name: 'node', version: process.versions.node });
      assert.equal(typeof r.load_ms, 'number');
      assert.deepEqual(r.errors, []);
      assert.deepEqual(r.tokenizer, sc.tokenizer.cases.map((c) => ({ ids: c.ids })));
      const fw = decodeB64Array(r.forward.step_logits);
      assert.deepEqual(fw.shape, [sc.forward.steps, V]);
      const dFw = maxAbsDiff(fw.data, decodeB64Array(sc.forward.step_logits).data);
      assert.ok(dFw <= 1e-4, `forward differs by ${dFw}`);
      assert.deepEqual(r.forward.argmax, sc.forward.argmax);
      assert.deepEqual(Object.keys(r.layers).sort(), Object.keys(sc.layers.taps).sort());
      for (const [name, a] of Object.entries(sc.layers.taps)) {
        const ref = decodeB64Array(a);
        const got = decodeB64Array(r.layers[name]);
        assert.deepEqual(got.shape, ref.shape, name);
        assert.ok(maxAbsDiff(got.data, ref.data) <= 1e-4 * Math.max(1, ...Array.from(ref.data, Math.abs)), name);
      }
      const c = decodeB64Array(r.kvcache.cached_logits);
      const s = decodeB64Array(r.kvcache.stateless_logits);
      assert.deepEqual(c.shape, [sc.kvcache.ids.length - sc.kvcache.prefill + 1, V]);
      assert.ok(maxAbsDiff(c.data, decodeB64Array(sc.kvcache.cached_logits).data) <= 1e-4);
      assert.ok(maxAbsDiff(s.data, decodeB64Array(sc.kvcache.stateless_logits).data) <= 1e-4);
      assert.equal(r.memory.num_tensors.length, c.shape[0]);
      assert.ok(r.memory.num_tensors.every((n) => n === r.memory.num_tensors[0]), 'numTensors grew during cached decoding');
      assert.equal(r.weights_sha256.computed, r.weights_sha256.bundle);
      t.diagnostic(`${backend}: forward max|d| ${dFw.toExponential(2)}, spec ${spec.family}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('node.mjs: exit 2 with one line on bad input, exit 0 with errors for stale sidecars', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emlx-harness-'));
  try {
    const { obj } = makeCase(dir);
    const out = path.join(dir, 'r.json');
    const bad = (args, re) => {
      const p = runNode(args);
      assert.equal(p.status, 2, `expected exit 2, got ${p.status}: ${p.stderr}`);
      assert.equal(p.stderr.trim().split('\n').length, 1, p.stderr);
      assert.match(p.stderr, re);
    };
    bad([], /usage: node js\/harness\/node.mjs job.json result.json/);
    bad([path.join(dir, 'nope.json'), out], /cannot read job .*nope.json: no such file/);
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"bundle": ');
    bad([path.join(dir, 'bad.json'), out], /cannot read job/);
    bad([job(dir, { backend: 'cuda' }), out], /job.backend must be one of cpu, wasm, webgl/);
    bad([job(dir, { bundle: 'missing.json' }), out], /bundle .*missing.json: cannot read/);
    bad([job(dir, { backend: 'webgl' }), out], /backend webgl/);
    const corrupt = JSON.parse(JSON.stringify(obj));
    corrupt.weights.x0_lambdas.data = corrupt.weights.x0_lambdas.data.slice(0, -4);
    fs.writeFileSync(path.join(dir, 'corrupt.json'), JSON.stringify(corrupt));
    bad([job(dir, { bundle: 'corrupt.json' }), out], /tensor "x0_lambdas": float32 data has 6 bytes, expected 8/);
    const edited = JSON.parse(JSON.stringify(obj));
    edited.weights.x0_lambdas.data = Buffer.from(Float32Array.of(0.5, 0.25).buffer).toString('base64');
    fs.writeFileSync(path.join(dir, 'edited.json'), JSON.stringify(edited));
    bad([job(dir, { bundle: 'edited.json' }), out], /weights_sha256 [0-9a-f]{12}… does not match its weights/); // the loader verifies it
    // a sidecar made from other weights is refused, the rest still runs
    const stale = JSON.parse(fs.readFileSync(path.join(dir, 'sc', 'forward.json'), 'utf8'));
    stale.weights_sha256 = '0'.repeat(64);
    fs.writeFileSync(path.join(dir, 'sc', 'stale.json'), JSON.stringify(stale));
    const p = runNode([job(dir, { sidecars: { forward: 'sc/stale.json', tokenizer: 'sc/tokenizer.json', kvcache: 'sc/missing.json' } }), out]);
    assert.equal(p.status, 0, p.stderr);
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(r.forward, null);
    assert.equal(r.kvcache, null);
    assert.ok(r.tokenizer.length === 2);
    assert.ok(r.errors.some((e) => /sidecar forward .*was made from weights 0{64} but the bundle has/.test(e)), r.errors.join('\n'));
    assert.ok(r.errors.some((e) => /sidecar kvcache .*no such file/.test(e)), r.errors.join('\n'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('runJob runs with injected readers (the browser path) and validates jobs', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emlx-harness-'));
  try {
    makeCase(dir);
    const files = new Map();
    for (const f of ['bundle.json', 'sc/forward.json', 'sc/kvcache.json']) files.set(`http://127.0.0.1:1/${f}`, fs.readFileSync(path.join(dir, f)));
    const fetch = async (url) => (files.has(url) ? new Response(files.get(url)) : new Response('', { status: 404 }));
    const r = await runJob({ bundle: 'http://127.0.0.1:1/bundle.json', backend: 'cpu', taps: false, sidecars: { forward: 'http://127.0.0.1:1/sc/forward.json', kvcache: 'http://127.0.0.1:1/sc/kvcache.json' } }, { fetch, runtime: { name: 'test', version: '0' } });
    assert.deepEqual(r.errors, []);
    assert.equal(r.runtime.name, 'test');
    assert.equal(r.layers, null);
    assert.ok(r.forward.argmax.length > 0);
    assert.ok(r.kvcache.cached_logits.shape[0] > 0);
    await assert.rejects(runJob({ backend: 'cpu' }), HarnessInputError);
    await assert.rejects(runJob({ bundle: 'x', sidecars: { forward: 3 } }), /job.sidecars.forward must be a path or URL string/);
    await assert.rejects(runJob({ bundle: 'x', taps: 'yes' }), /job.taps must be true or false/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an empty sidecar payload (no tokenizer cases, 0 greedy steps) is an error, never an empty success', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emlx-harness-'));
  try {
    const { sc, V } = makeCase(dir);
    fs.writeFileSync(path.join(dir, 'sc', 'tok0.json'), JSON.stringify({ ...sc.tokenizer, cases: [] }));
    const fwd0 = { ...sc.forward, steps: 0, argmax: [], step_logits: encodeB64Array(new Float32Array(0), [0, V]) };
    fs.writeFileSync(path.join(dir, 'sc', 'fwd0.json'), JSON.stringify(fwd0));
    const out = path.join(dir, 'r.json');
    const p = runNode([job(dir, { sidecars: { tokenizer: 'sc/tok0.json', forward: 'sc/fwd0.json' } }), out]);
    assert.equal(p.status, 0, p.stderr);
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(r.tokenizer, null);
    assert.equal(r.forward, null);
    assert.ok(r.errors.some((e) => /^tokenizer: sidecar has no tokenizer cases: nothing to compare/.test(e)), r.errors.join('\n'));
    assert.ok(r.errors.some((e) => /^forward: steps 0 does not fit .*at least 1 step is needed/.test(e)), r.errors.join('\n'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
