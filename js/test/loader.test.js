// Loader: base64, float32 / int8 tensors, JSON and safetensors bundles, sources, spec validation, hashing.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  loadBundle, decodeBase64, encodeBase64, dequantizeInt8, parseSafetensors, computeWeightsSha256,
  decodeB64Array, encodeB64Array,
} from '../src/loader.js';
import { parseSpec } from '../src/spec.js';
import { tinySpec, tinyWeights, makeBundleObject } from '../testlib/fixtures.js';

const b64 = (typed) => Buffer.from(typed.buffer, typed.byteOffset, typed.byteLength).toString('base64');
const clone = (o) => JSON.parse(JSON.stringify(o));

test('base64 decodes like Buffer and refuses corrupt input', () => {
  for (let n = 0; n < 12; n++) {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 89 + 7) & 255);
    const s = Buffer.from(bytes).toString('base64');
    assert.deepEqual(decodeBase64(s), bytes);
    assert.equal(encodeBase64(bytes), s);
  }
  assert.throws(() => decodeBase64('AAA!', 'tensor "x" data'), /tensor "x" data: corrupt base64 \(invalid character "!" at offset 3\)/);
  assert.throws(() => decodeBase64('AAAAA', 'w'), /w: corrupt base64 \(length 5 is not a multiple of 4\)/);
  assert.throws(() => decodeBase64('A=AA', 'w'), /invalid character "=" at offset 1/);
  assert.throws(() => decodeBase64('AA==AAAA', 'w'), /invalid character "=" at offset 2/);
  assert.throws(() => decodeBase64('AAAA\nAAAA', 'w'), /not a multiple of 4|invalid character/);
});

test('b64 arrays round trip', () => {
  const a = encodeB64Array(Float32Array.of(1, -2.5, 3e-8, 7), [2, 2]);
  const d = decodeB64Array(a, 'x');
  assert.deepEqual(d.shape, [2, 2]);
  assert.deepEqual(Array.from(d.data), [1, -2.5, Math.fround(3e-8), 7]);
  assert.throws(() => decodeB64Array({ shape: [3], data: a.data }, 'step_logits'), /step_logits: float32 data has 16 bytes, expected 12/);
});

test('int8 dequantisation w = q * scale[row] in float32 (hand-computed)', () => {
  const q = Int8Array.of(1, -2, 127, -127, 0, 3, 3, -1, 100);
  const scale = Float32Array.of(0.5, 0.25, 0.1);
  const w = dequantizeInt8(q, scale, [3, 3]);
  const s01 = Math.fround(0.1);
  assert.deepEqual(Array.from(w), [0.5, -1, 63.5, -31.75, 0, 0.75, Math.fround(3 * s01), Math.fround(-s01), Math.fround(100 * s01)]);
  assert.equal(w[6], 0.30000001192092896);
});

test('int8 tensors in a JSON bundle are dequantised on load', async () => {
  const spec = tinySpec();
  const obj = makeBundleObject(spec, tinyWeights(spec), { int8: true });
  // hand-written int8 tensor for wte: row r = [r, -r, 127, 0, ...] with scale (r + 1) / 64
  const [V, C] = [spec.padded_vocab_size, spec.n_embd];
  const q = new Int8Array(V * C);
  const scale = new Float32Array(V);
  for (let r = 0; r < V; r++) {
    q[r * C] = r;
    q[r * C + 1] = -r;
    q[r * C + 2] = 127;
    scale[r] = (r + 1) / 64;
  }
  obj.weights['wte.weight'] = { dtype: 'int8', shape: [V, C], scale: b64(scale), data: b64(q) };
  // the hand-written tensor is not what weights_sha256 was computed over: refused by default
  await assert.rejects(loadBundle(clone(obj)), /weights_sha256 [0-9a-f]{12}… does not match its weights/);
  const bundle = await loadBundle(obj, { verifyHash: false });
  const w = bundle.weights['wte.weight'];
  assert.equal(w.dtype, 'int8');
  assert.equal(w.data[5 * C], 5 * (6 / 64));
  assert.equal(w.data[5 * C + 1], -5 * (6 / 64));
  assert.equal(w.data[5 * C + 2], Math.fround(127 * Math.fround(6 / 64)));
  assert.equal(w.data[5 * C + 3], 0);
  assert.equal(bundle.weights.resid_lambdas.dtype, 'float32'); // 1-D tensors stay float32
});

test('wrong lengths and corrupt data name the tensor and both lengths', async () => {
  const spec = tinySpec();
  const good = makeBundleObject(spec, tinyWeights(spec), { int8: true });
  let o = clone(good);
  o.weights.x0_lambdas.data = b64(Float32Array.of(1, 2, 3)); // 3 values for shape [2]
  await assert.rejects(loadBundle(o), /tensor "x0_lambdas": float32 data has 12 bytes, expected 8 \(shape \[2\]\)/);
  o = clone(good);
  o.weights['lm_head.weight'].data = o.weights['lm_head.weight'].data.slice(0, -8);
  await assert.rejects(loadBundle(o), /tensor "lm_head.weight": int8 data has \d+ bytes, expected 2048/);
  o = clone(good);
  o.weights['lm_head.weight'].scale = b64(new Float32Array(63));
  await assert.rejects(loadBundle(o), /tensor "lm_head.weight": int8 scale has 252 bytes, expected 256 \(one float32 per row, 64 rows\)/);
  o = clone(good);
  o.weights.x0_lambdas.data = '@@@@' + o.weights.x0_lambdas.data.slice(4);
  await assert.rejects(loadBundle(o), /tensor "x0_lambdas" data: corrupt base64 \(invalid character "@" at offset 0\)/);
  o = clone(good);
  o.weights.x0_lambdas.dtype = 'float64';
  await assert.rejects(loadBundle(o), /tensor "x0_lambdas": unsupported dtype "float64"/);
  o = clone(good);
  o.weights['lm_head.weight'].shape = [64, 31];
  await assert.rejects(loadBundle(o), /tensor "lm_head.weight": int8 data has 2048 bytes, expected 1984/);
});

test('bundle structure and spec problems are clear errors', async () => {
  const spec = tinySpec();
  const good = makeBundleObject(spec, tinyWeights(spec));
  let o = clone(good);
  delete o.weights['lm_head.weight'];
  await assert.rejects(loadBundle(o), /bundle weights do not match its config: missing tensors: lm_head.weight/);
  o = clone(good);
  o.weights.extra = o.weights.x0_lambdas;
  await assert.rejects(loadBundle(o), /unexpected tensors: extra/);
  o = clone(good);
  o.format = 'something';
  await assert.rejects(loadBundle(o), /not an emlx bundle: format is "something"/);
  o = clone(good);
  o.version = 2;
  await assert.rejects(loadBundle(o), /bundle version 2 is not supported/);
  o = clone(good);
  o.config.rope.style = 'sideways';
  await assert.rejects(loadBundle(o), /invalid model spec: rope.style must be one of \["interleaved","half"\], got "sideways"/);
  await assert.rejects(loadBundle('{"format": "emlx.bundle", "weights": '), /bundle: not valid JSON/);
  assert.throws(() => parseSpec({ ...spec, window: [3] }), /window has 1 entries, expected one per layer \(2\)/);
  assert.throws(() => parseSpec({ ...spec, n_kv_head: 3 }), /n_head 4 is not a multiple of n_kv_head 3/);
  assert.throws(() => parseSpec({ ...spec, window: [0, null] }), /window\[0\] must be null \(full causal\) or an integer >= 1/);
  assert.throws(() => parseSpec({ ...spec, colour: 'red' }), /unknown key\(s\) \["colour"\] in config/);
  assert.throws(() => parseSpec({ ...spec, rope: { ...spec.rope, sign: 2 } }), /rope.sign must be \+1 or -1/);
  assert.throws(() => parseSpec({ ...spec, activation: { kind: 'gelu', params: {} } }), /activation.kind must be one of/);
  assert.throws(() => parseSpec({ ...spec, value_embed: { layers: [5], gate_channels: 8, gate_scale: 2 } }), /value_embed.layers must be layer indices in \[0, 2\)/);
  assert.throws(() => parseSpec({ ...spec, backout: { layer: 2 } }), /backout.layer must be in \[0, 2\)/);
  assert.throws(() => parseSpec({ ...spec, version: 9 }), /spec version 9 is not supported/);
  const { vocab_size: _v, ...noVocab } = spec;
  assert.throws(() => parseSpec(noVocab), /missing required key\(s\) \["vocab_size"\]/);
  const p = parseSpec({ ...spec, activation: { kind: 'eml', params: {} } });
  assert.deepEqual(p.activation.params, { exp_clamp: 20, log_floor: 1e-30 });
  assert.ok(Object.isFrozen(p) && Object.isFrozen(p.rope));
});

function safetensorsBytes(meta, tensors, { headerPad = 0, overrideOffsets = null } = {}) {
  const header = { __metadata__: meta };
  let off = 0;
  const chunks = [];
  for (const [name, { dtype, shape, bytes }] of Object.entries(tensors)) {
    header[name] = { dtype, shape, data_offsets: overrideOffsets?.[name] ?? [off, off + bytes.length] };
    chunks.push(bytes);
    off += bytes.length;
  }
  let h = Buffer.from(JSON.stringify(header));
  h = Buffer.concat([h, Buffer.alloc(headerPad + ((8 - (h.length % 8)) % 8), 0x20)]);
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(h.length));
  return new Uint8Array(Buffer.concat([len, h, ...chunks.map((c) => Buffer.from(c))]));
}

function safetensorsOf(obj) {
  const meta = {
    format: 'emlx.bundle', version: '1', config: JSON.stringify(obj.config), tokenizer: JSON.stringify(obj.tokenizer),
    training: '{}', source: '{}', weights_sha256: obj.weights_sha256, generated_by: obj.generated_by,
  };
  const tensors = {};
  for (const name of Object.keys(obj.weights).sort()) {
    const w = obj.weights[name];
    if (w.dtype === 'int8') {
      tensors[name] = { dtype: 'I8', shape: w.shape, bytes: Buffer.from(w.data, 'base64') };
      tensors[`${name}.scale`] = { dtype: 'F32', shape: [w.shape[0]], bytes: Buffer.from(w.scale, 'base64') };
    } else {
      tensors[name] = { dtype: 'F32', shape: w.shape, bytes: Buffer.from(w.data, 'base64') };
    }
  }
  return { meta, tensors };
}

test('safetensors bundles load to the same weights as JSON bundles', async () => {
  const spec = tinySpec({ smear: { channels: 4 }, backout: { layer: 1 } });
  for (const int8 of [false, true]) {
    const obj = makeBundleObject(spec, tinyWeights(spec, 4), { int8 });
    const { meta, tensors } = safetensorsOf(obj);
    const st = await loadBundle(safetensorsBytes(meta, tensors, { headerPad: 5 }));
    const js = await loadBundle(obj);
    assert.equal(st.container, 'safetensors');
    assert.deepEqual(st.config, js.config);
    assert.deepEqual(Object.keys(st.weights).sort(), Object.keys(js.weights).sort());
    for (const k of Object.keys(js.weights)) {
      assert.deepEqual(st.weights[k].shape, js.weights[k].shape, k);
      assert.deepEqual(st.weights[k].data, js.weights[k].data, k);
      assert.equal(st.weights[k].dtype, js.weights[k].dtype);
    }
    assert.equal(await computeWeightsSha256(st), obj.weights_sha256);
  }
});

test('safetensors problems are refused', async () => {
  const spec = tinySpec();
  const obj = makeBundleObject(spec, tinyWeights(spec), { int8: true });
  const { meta, tensors } = safetensorsOf(obj);
  const ok = safetensorsBytes(meta, tensors);
  // overlapping offsets
  const bad = safetensorsBytes(meta, tensors, { overrideOffsets: { x0_lambdas: [0, 8] } });
  assert.throws(() => parseSafetensors(bad), /overlap/);
  // out of range
  const oob = safetensorsBytes(meta, tensors, { overrideOffsets: { x0_lambdas: [1e9, 1e9 + 8] } });
  assert.throws(() => parseSafetensors(oob), /run past the data section/);
  // size mismatch
  const sz = safetensorsBytes(meta, tensors, { overrideOffsets: { x0_lambdas: [0, 4] } });
  assert.throws(() => parseSafetensors(sz), /tensor "x0_lambdas" \(F32, shape \[2\]\) has 4 bytes, expected 8/);
  // oversize / truncated header
  const huge = ok.slice();
  new DataView(huge.buffer).setUint32(0, 0xffffffff, true);
  new DataView(huge.buffer).setUint32(4, 0xff, true);
  assert.throws(() => parseSafetensors(huge), /exceeds the \d+-byte limit/);
  assert.throws(() => parseSafetensors(ok.slice(0, 100)), /runs past the end of the file/);
  assert.throws(() => parseSafetensors(ok.slice(0, 5)), /too short/);
  // int8 without its scale
  const noScale = { ...tensors };
  delete noScale['lm_head.weight.scale'];
  await assert.rejects(loadBundle(safetensorsBytes(meta, noScale)), /int8 tensor "lm_head.weight" has no "lm_head.weight.scale"/);
  // metadata that is not JSON
  await assert.rejects(loadBundle(safetensorsBytes({ ...meta, config: '{nope' }, tensors)), /__metadata__.config is not valid JSON/);
});

test('loadBundle accepts objects, strings, bytes, paths, file URLs and fetched URLs', async () => {
  const spec = tinySpec();
  const obj = makeBundleObject(spec, tinyWeights(spec));
  const text = JSON.stringify(obj);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emlx-js-'));
  try {
    const p = path.join(dir, 'b.json');
    fs.writeFileSync(p, text);
    const { meta, tensors } = safetensorsOf(obj);
    const sp = path.join(dir, 'b.safetensors');
    fs.writeFileSync(sp, safetensorsBytes(meta, tensors));
    const fetched = [];
    const fakeFetch = async (url) => {
      fetched.push(url);
      if (url.endsWith('missing.json')) return new Response('no', { status: 404, statusText: 'Not Found' });
      return new Response(fs.readFileSync(url.endsWith('.safetensors') ? sp : p));
    };
    const sources = [obj, text, new TextEncoder().encode(text), new TextEncoder().encode(text).buffer, p, pathToFileURL(p), sp,
      new Response(text)];
    for (const s of sources) {
      const b = await loadBundle(s);
      assert.equal(b.weights_sha256, obj.weights_sha256);
      assert.deepEqual(b.config.window, [3, null]);
    }
    const u = await loadBundle('https://example.invalid/models/b.safetensors', { fetch: fakeFetch });
    assert.equal(u.container, 'safetensors');
    assert.deepEqual(fetched, ['https://example.invalid/models/b.safetensors']);
    await assert.rejects(loadBundle('https://example.invalid/missing.json', { fetch: fakeFetch }), /HTTP 404 Not Found/);
    await assert.rejects(loadBundle(path.join(dir, 'nope.json')), /cannot read .*nope.json: ENOENT/);
    assert.equal(await computeWeightsSha256(await loadBundle(p)), obj.weights_sha256);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
