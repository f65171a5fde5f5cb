// openBundle (src/source.js): tensors streamed one at a time from byte ranges of files and URLs.
// Truth: the exporter's own stored bytes (Python emlx writes the bundles and hashes each tensor), bytes written
// here independently (testlib/bundles.js), node:crypto hashes, and the exact requests recorded by fake I/O.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openBundle } from '../src/source.js';
import { loadBundle } from '../src/loader.js';
import { tinySpec, tinyWeights, makeBundleObject, bf16 } from '../testlib/fixtures.js';
import {
  stMetadata, stEntriesOf, stHeaderBytes, safetensorsBytes, shardedBundle, weightsSha256, sha256hex, memoryReadRange,
  memoryFetch,
} from '../testlib/bundles.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const buf = (u8) => Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
const oneLine = (re) => (e) => {
  assert.equal(e.constructor, Error, `${e.constructor.name}: ${e.message}`);
  assert.ok(!e.message.includes('\n'), `not one line: ${e.message}`);
  assert.match(e.message, re);
  return true;
};

function tmpdir(t) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emlx-source-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function readAll(src, order = src.names) {
  const out = {};
  for (const name of order) out[name] = await src.read(name);
  return out;
}

/** Streamed tensors must equal loadBundle's bit for bit (stored bytes, float data, int8 scales). */
function assertSameAsLoaded(streamed, bundle, what) {
  assert.deepEqual(Object.keys(streamed).sort(), Object.keys(bundle.weights).sort(), what);
  for (const [name, t] of Object.entries(streamed)) {
    const w = bundle.weights[name];
    assert.equal(t.dtype, w.dtype, `${what} ${name}`);
    assert.deepEqual(t.shape, w.shape, `${what} ${name}`);
    assert.ok(buf(t.bytes).equals(buf(w.stored.bytes)), `${what} ${name}: bytes differ`);
    if (t.dtype === 'int8') {
      assert.ok(buf(t.scaleBytes).equals(buf(w.stored.scaleBytes)), `${what} ${name}: scale bytes differ`);
      assert.deepEqual(t.scale, w.scale);
      assert.equal(t.data, undefined);
    } else {
      assert.ok(buf(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength))
        .equals(buf(new Uint8Array(w.data.buffer, w.data.byteOffset, w.data.byteLength))), `${what} ${name}: data differ`);
    }
  }
}

// -------------------------------------------------------------------------------------------------------
// bundles written by the Python exporter from the committed fixture checkpoint

const PY_EXPORT = String.raw`
import hashlib, json, sys
from pathlib import Path
sys.path.insert(0, '.')
from emlx.codec import le_bytes
from emlx.exporter.export import ExportOptions, build_bundle
from emlx.formats import WriteOptions, for_output
out = Path(sys.argv[1])
res = {}
for int8 in (False, True):
    b = build_bundle(Path('fixtures/autoresearch-mlx/model.npz'), ExportOptions(int8=int8), None).bundle
    tensors = {}
    for n, t in b.weights.items():
        d = {'dtype': t.dtype, 'shape': list(t.data.shape), 'sha256': hashlib.sha256(le_bytes(t.data)).hexdigest()}
        if t.scale is not None:
            d['scale_sha256'] = hashlib.sha256(le_bytes(t.scale.astype('float32'))).hexdigest()
        tensors[n] = d
    tag = 'int8' if int8 else 'f32'
    for name, shard in ((tag + '.safetensors', None), (tag + '.json', None), (tag + '-sharded.safetensors', 100000)):
        p, _ = for_output(out / name, shard).write(b, out / name, WriteOptions(shard_bytes=shard))
        res[str(p)] = {'weights_sha256': b.weights_sha256, 'tensors': tensors}
print(json.dumps(res))
`;

/** {path: {weights_sha256, tensors: {name: {dtype, shape, sha256, scale_sha256?}}}}, or null without emlx. */
function pythonExports(dir) {
  const tried = [];
  for (const exe of [process.env.EMLX_TEST_PYTHON, 'python', 'python3'].filter(Boolean)) {
    const r = spawnSync(exe, ['-c', PY_EXPORT, dir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 300_000 });
    if (r.error) {
      tried.push(`${exe}: ${r.error.code}`);
      continue;
    }
    if (r.status === 0) return JSON.parse(r.stdout.trim().split('\n').pop());
    tried.push(`${exe}: ${r.stderr.trim().split('\n').pop()}`);
    if (!/ModuleNotFoundError|ImportError/.test(r.stderr)) throw new Error(`the Python export failed: ${tried.join('; ')}`);
  }
  return { skip: tried.join('; ') };
}

test('bundles exported by emlx: streamed tensors equal the exporter\'s stored bytes and loadBundle\'s, by path and by URL', async (t) => {
  const dir = tmpdir(t);
  const exported = pythonExports(dir);
  if (exported.skip) return t.skip(`no Python with emlx to export the fixture (${exported.skip})`);
  const kinds = Object.keys(exported).map((p) => path.basename(p)).sort();
  assert.deepEqual(kinds, ['f32-sharded.safetensors.index.json', 'f32.json', 'f32.safetensors',
    'int8-sharded.safetensors.index.json', 'int8.json', 'int8.safetensors']);
  for (const [file, truth] of Object.entries(exported)) {
    const what = path.basename(file);
    const loaded = await loadBundle(file);
    assert.equal(loaded.verified, true, what);
    // by path (positioned reads), and as a URL over a fake server that honours Range requests
    const files = {};
    for (const f of fs.readdirSync(dir)) files[`https://models.invalid/x/${f}`] = new Uint8Array(fs.readFileSync(path.join(dir, f)));
    const net = memoryFetch(files);
    for (const [how, src] of [['path', await openBundle(file)], ['file: URL', await openBundle(pathToFileURL(file))],
      ['url', await openBundle(`https://models.invalid/x/${path.basename(file)}`, { fetch: net.fetch })]]) {
      assert.equal(src.container, what.endsWith('.json') && !what.includes('index') ? 'json' : 'safetensors', `${what} ${how}`);
      assert.deepEqual([...src.names], Object.keys(truth.tensors).sort(), `${what} ${how}`);
      assert.equal(src.weights_sha256, truth.weights_sha256);
      assert.deepEqual(src.config, loaded.config);
      let total = 0;
      for (const [name, info] of Object.entries(truth.tensors)) {
        assert.equal(src.tensors[name].dtype, info.dtype);
        assert.deepEqual([...src.tensors[name].shape], info.shape);
        total += src.tensors[name].byteLength + (src.tensors[name].scaleByteLength ?? 0);
      }
      assert.equal(src.totalBytes, total);
      const streamed = await readAll(src);
      for (const [name, info] of Object.entries(truth.tensors)) {
        assert.equal(sha256hex(streamed[name].bytes), info.sha256, `${what} ${how} ${name}`);
        if (info.scale_sha256) assert.equal(sha256hex(streamed[name].scaleBytes), info.scale_sha256, `${what} ${how} ${name} scale`);
      }
      assertSameAsLoaded(streamed, loaded, `${what} ${how}`);
      await src.verify();
      assert.equal(src.verified, true);
      assert.equal(src.stats().verifyRereads, 0, 'in-order reads were hashed on the way');
      src.close();
    }
    assert.ok(net.calls.every(([, range, status]) => /^bytes=\d+-\d+$/.test(range) && status === 206), JSON.stringify(net.calls.slice(0, 3)));
  }
});

// -------------------------------------------------------------------------------------------------------
// bundles written here

const SPEC = tinySpec({ smear: { channels: 4 }, backout: { layer: 1 } });
const OBJ = makeBundleObject(SPEC, tinyWeights(SPEC, 5));
const OBJ8 = makeBundleObject(SPEC, tinyWeights(SPEC, 5), { int8: true });
const ST = safetensorsBytes(stMetadata(OBJ), stEntriesOf(OBJ));
const ST8 = safetensorsBytes(stMetadata(OBJ8), stEntriesOf(OBJ8));

/** A bfloat16 or float16 safetensors bundle of the tiny spec; returns {bytes, expect: {name: Float32Array}}. */
function halfBundle(kind) {
  const W = tinyWeights(SPEC, 9);
  // float16: one of these halves (bits -> value, computed by hand) per element
  const HALVES = [[0x3c00, 1], [0xc000, -2], [0x3555, 0.333251953125], [0x0001, 2 ** -24], [0x7bff, 65504], [0x8000, -0]];
  const tensors = [];
  const expect = {};
  for (const name of Object.keys(W).sort()) {
    const n = W[name].data.length;
    const bytes = new Uint8Array(2 * n);
    const dv = new DataView(bytes.buffer);
    const want = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      if (kind === 'bfloat16') {
        const f = new DataView(new ArrayBuffer(4));
        f.setFloat32(0, bf16(W[name].data[i]), true);
        dv.setUint16(2 * i, f.getUint32(0, true) >>> 16, true);
        want[i] = bf16(W[name].data[i]);
      } else {
        const [bits, v] = HALVES[(i * 7 + name.length) % HALVES.length];
        dv.setUint16(2 * i, bits, true);
        want[i] = v;
      }
    }
    tensors.push({ name, dtype: kind, shape: W[name].shape, bytes });
    expect[name] = want;
  }
  const sha = weightsSha256(tensors);
  const meta = stMetadata({ config: SPEC, weights_sha256: sha });
  const file = safetensorsBytes(meta, tensors.map((x) => ({ ...x, dtype: kind === 'bfloat16' ? 'BF16' : 'F16' })));
  return { bytes: file.bytes, expect, sha };
}

test('safetensors (f32, int8, bfloat16, float16), sharded and JSON bundles stream the bytes written, equal to loadBundle', async (t) => {
  const dir = tmpdir(t);
  const sharded = shardedBundle(OBJ8, 6000);
  assert.ok(Object.keys(sharded.shards).length >= 3);
  for (const [f, s] of Object.entries(sharded.shards)) fs.writeFileSync(path.join(dir, f), s.bytes);
  fs.writeFileSync(path.join(dir, 'm.safetensors.index.json'), JSON.stringify(sharded.index));
  fs.writeFileSync(path.join(dir, 'f32.safetensors'), ST.bytes);
  fs.writeFileSync(path.join(dir, 'int8.json'), JSON.stringify(OBJ8));
  const cases = [
    ['f32 bytes', ST.bytes, OBJ], ['int8 bytes', ST8.bytes, OBJ8], ['f32 file', path.join(dir, 'f32.safetensors'), OBJ],
    ['sharded int8', path.join(dir, 'm.safetensors.index.json'), OBJ8], ['json object', OBJ, OBJ],
    ['json text', JSON.stringify(OBJ8), OBJ8], ['json file', path.join(dir, 'int8.json'), OBJ8],
    ['Response', new Response(ST8.bytes.slice()), OBJ8],
  ];
  for (const [what, source, obj] of cases) {
    const src = await openBundle(source);
    const streamed = await readAll(src);
    // independent truth: the bytes that were written (JSON: the base64 of the object)
    for (const name of src.names) {
      const w = obj.weights[name];
      assert.ok(buf(streamed[name].bytes).equals(Buffer.from(w.data, 'base64')), `${what} ${name}`);
      if (w.dtype === 'int8') assert.ok(buf(streamed[name].scaleBytes).equals(Buffer.from(w.scale, 'base64')), `${what} ${name}`);
    }
    assertSameAsLoaded(streamed, await loadBundle(source instanceof Response ? new Response(ST8.bytes.slice()) : source), what);
    await src.verify();
    assert.equal(src.weights_sha256, obj.weights_sha256);
    src.close();
  }
  for (const kind of ['bfloat16', 'float16']) {
    const { bytes, expect, sha } = halfBundle(kind);
    const src = await openBundle(bytes);
    assert.equal(src.weights_sha256, sha);
    const streamed = await readAll(src);
    for (const [name, want] of Object.entries(expect)) {
      assert.equal(streamed[name].dtype, kind);
      assert.deepEqual(streamed[name].data, want, `${kind} ${name}`);
      assert.equal(streamed[name].bytes.byteLength, 2 * want.length);
    }
    await src.verify(); // the hash names the dtype: 'bfloat16' / 'float16'
    assertSameAsLoaded(streamed, await loadBundle(bytes), kind);
  }
});

test('read() hands out fresh buffers; unknown names and reads after close() are one-line errors', async () => {
  const src = await openBundle(ST8.bytes);
  const a = await src.read('wte.weight');
  assert.equal(a.bytes.byteOffset, 0);
  assert.equal(a.bytes.byteLength, a.bytes.buffer.byteLength); // its own buffer, not a view of the file
  assert.equal(a.scale.buffer, a.scaleBytes.buffer);
  const f = await src.read('resid_lambdas');
  assert.equal(f.data.buffer, f.bytes.buffer); // float32 data is a view of the bytes
  const keep = Buffer.from(a.bytes);
  a.bytes.fill(0);
  assert.ok(buf((await src.read('wte.weight')).bytes).equals(keep), 'a second read is fresh from the file');
  assert.ok(!Object.isExtensible(src.tensors) && Object.isFrozen(src.names));
  await assert.rejects(src.read('nope'), oneLine(/no tensor "nope" in this bundle \(it has \d+: /));
  src.close();
  await assert.rejects(src.read('wte.weight'), oneLine(/bundle source is closed/));
});

test('a bundle loadBundle returned can be opened too: its stored bytes are handed out as copies', async () => {
  const loaded = await loadBundle(ST8.bytes);
  const src = await openBundle(loaded);
  assert.equal(src.container, 'safetensors');
  assert.equal(src.config, loaded.config);
  const streamed = await readAll(src);
  assertSameAsLoaded(streamed, loaded, 'loaded');
  assert.notEqual(streamed['wte.weight'].bytes.buffer, loaded.weights['wte.weight'].stored.bytes.buffer);
  await src.verify();
  await assert.rejects(openBundle({ container: 'json', config: SPEC, weights: { x: { shape: [1] } } }),
    oneLine(/openBundle: tensor "x" of the loaded bundle has no \{dtype, shape, stored: \{bytes\}\}/));
});

// -------------------------------------------------------------------------------------------------------
// verification

test('verify(): a flipped byte is a one-line mismatch; out-of-order and skipped reads are still verified', async (t) => {
  const dir = tmpdir(t);
  const p = path.join(dir, 'b.safetensors');
  fs.writeFileSync(p, ST8.bytes);
  // in order: hashed on the way, nothing re-read
  let src = await openBundle(p);
  await readAll(src);
  const before = src.stats().requests;
  await src.verify();
  assert.equal(src.stats().requests, before);
  assert.equal(src.stats().verifyRereads, 0);
  src.close();
  // reverse order: only the first name was read in hash order; verify() re-reads the other tensors once
  src = await openBundle(p);
  const rev = [...src.names].reverse();
  await readAll(src, rev);
  await src.verify();
  assert.equal(src.stats().verifyRereads, src.names.length - 1);
  await src.verify(); // remembered
  src.close();
  // half of the tensors skipped
  src = await openBundle(p);
  const half = src.names.filter((_, i) => i % 2 === 0);
  await readAll(src, half);
  await src.verify();
  assert.equal(src.stats().verifyRereads, src.names.length - 1);
  src.close();
  // nothing read at all
  src = await openBundle(p);
  await src.verify();
  assert.equal(src.stats().verifyRereads, src.names.length);
  src.close();

  // one flipped byte (the low mantissa byte of a float32: still finite) in a copy
  const entry = ST8.placed.find((e) => e.name === 'blocks.0.attn.c_q.weight');
  const bad = ST8.bytes.slice();
  bad[ST8.dataStart + entry.begin + 8] ^= 0x01;
  const q = path.join(dir, 'bad.safetensors');
  fs.writeFileSync(q, bad);
  for (const order of ['names', 'reverse', 'none']) {
    src = await openBundle(q);
    if (order !== 'none') await readAll(src, order === 'names' ? src.names : [...src.names].reverse());
    await assert.rejects(src.verify(), oneLine(/^bundle weights_sha256 [0-9a-f]{12}… does not match its weights \([0-9a-f]{12}…\): the file was modified or is corrupt; re-export it$/));
    await assert.rejects(src.verify(), oneLine(/does not match its weights/)); // and stays failed
    assert.equal(src.verified, false);
    src.close();
  }
  await assert.rejects(loadBundle(q), oneLine(/does not match its weights/));
  // verifyHash: false: verify() is a no-op, no hash engine
  src = await openBundle(q, { verifyHash: false });
  assert.equal(src.hashEngine, null);
  await readAll(src);
  await src.verify();
  src.close();
  // no claim at all
  const meta = stMetadata(OBJ);
  delete meta.weights_sha256;
  src = await openBundle(safetensorsBytes(meta, stEntriesOf(OBJ)).bytes);
  await readAll(src);
  await assert.rejects(src.verify(), oneLine(/bundle has no valid weights_sha256 \(found null\)/));
});

test('the three hash engines (node:crypto, crypto.subtle, @noble/hashes) give the same verdicts', async () => {
  const bad = ST.bytes.slice();
  bad[ST.dataStart + ST.placed[3].begin] ^= 0x01;
  for (const engine of ['node:crypto', 'subtle', '@noble/hashes']) {
    for (const [bytes, ok] of [[ST.bytes, true], [ST8.bytes, true], [bad, false]]) {
      const src = await openBundle(bytes, { hashEngine: engine });
      assert.equal(src.hashEngine, engine);
      await readAll(src);
      if (ok) await src.verify();
      else await assert.rejects(src.verify(), /does not match its weights/);
    }
  }
});

// -------------------------------------------------------------------------------------------------------
// requests

test('only the needed byte ranges are read: the header, then exactly the tensor (and its int8 scale)', async () => {
  const files = { 'mem://b.safetensors': ST8.bytes };
  const io = memoryReadRange(files);
  const src = await openBundle('mem://b.safetensors', { readRange: io.readRange, coalesceBytes: 0 });
  assert.deepEqual(io.calls, [['mem://b.safetensors', 0, 65536]]); // the header fits in the first read
  const at = (name) => {
    const e = ST8.placed.find((x) => x.name === name);
    return ['mem://b.safetensors', ST8.dataStart + e.begin, ST8.dataStart + e.end];
  };
  io.calls.length = 0;
  await src.read('lm_head.weight');
  assert.deepEqual(io.calls, [at('lm_head.weight'), at('lm_head.weight.scale')]);
  io.calls.length = 0;
  await src.read('x0_lambdas');
  assert.deepEqual(io.calls, [at('x0_lambdas')]);
  assert.equal(src.stats().requests, 4);

  // a header larger than the first read: one more read for the rest of it, and nothing else
  const big = safetensorsBytes(stMetadata(OBJ, { training: JSON.stringify({ notes: 'x'.repeat(100_000) }) }), stEntriesOf(OBJ));
  const io2 = memoryReadRange({ 'mem://big': big.bytes });
  const src2 = await openBundle('mem://big', { readRange: io2.readRange });
  // (its size unknown, the source also checks that the last tensor byte exists: a 1-byte read)
  assert.deepEqual(io2.calls, [['mem://big', 0, 65536], ['mem://big', 65536, big.dataStart],
    ['mem://big', big.bytes.byteLength - 1, big.bytes.byteLength]]);
  assert.equal(src2.training.notes.length, 100_000);

  // the same through fetch: Range headers, 206 answers
  const net = memoryFetch({ 'https://h.invalid/b.safetensors': ST8.bytes });
  const src3 = await openBundle('https://h.invalid/b.safetensors', { fetch: net.fetch, coalesceBytes: 0 });
  await src3.read('lm_head.weight');
  const [, a, b] = at('lm_head.weight');
  const [, sa, sb] = at('lm_head.weight.scale');
  assert.deepEqual(net.calls.map((c) => c[1]), ['bytes=0-65535', `bytes=${a}-${b - 1}`, `bytes=${sa}-${sb - 1}`]);
});

/** A tiny-dimension spec with many layers: hundreds of small tensors. */
function manyTensors() {
  const spec = tinySpec({ n_layer: 48, window: Array(48).fill(null), value_embed: null });
  const obj = makeBundleObject(spec, tinyWeights(spec, 2), { int8: true });
  return { obj, st: safetensorsBytes(stMetadata(obj), stEntriesOf(obj)) };
}

test('coalescing: neighbouring small tensors share a request, bounded in size; reverse order does not over-fetch', async () => {
  const { obj, st } = manyTensors();
  const dataBytes = st.bytes.byteLength - st.dataStart;
  const nParts = st.placed.length;
  assert.ok(nParts > 500, `${nParts} parts`);
  const url = 'https://h.invalid/many.safetensors';
  for (const limit of [undefined, 64 * 1024, 8192]) {
    const net = memoryFetch({ [url]: st.bytes });
    const src = await openBundle(url, { fetch: net.fetch, coalesceBytes: limit });
    const streamed = await readAll(src);
    await src.verify();
    for (const name of src.names) assert.ok(buf(streamed[name].bytes).equals(Buffer.from(obj.weights[name].data, 'base64')), name);
    const spans = net.calls.slice(1).map(([, r]) => r.slice(6).split('-').map(Number));
    const largest = Math.max(...st.placed.map((e) => e.bytes.byteLength));
    const cap = limit ?? 16 * 1024 * 1024;
    for (const [a, b] of spans) assert.ok(b - a + 1 <= Math.max(cap, largest), `request of ${b - a + 1} bytes`);
    // an in-order pass reads every data byte exactly once, in increasing order
    let pos = st.dataStart;
    for (const [a, b] of spans) {
      assert.equal(a, pos);
      pos = b + 1;
    }
    assert.equal(pos, st.bytes.byteLength);
    const bound = 1 + Math.ceil(dataBytes / Math.max(1, cap - largest));
    assert.ok(net.calls.length <= bound, `${net.calls.length} requests for ${nParts} parts (bound ${bound}, limit ${cap})`);
    if (limit === undefined) assert.equal(net.calls.length, 2); // the header, then all of the data in one request
    src.close();
  }
  // reverse order: one request per tensor (an int8 tensor's data and scale, adjacent, in one), nothing read
  // ahead into tensors already read; then verify() re-reads in order, coalesced again
  const net = memoryFetch({ [url]: st.bytes });
  const src = await openBundle(url, { fetch: net.fetch, coalesceBytes: 64 * 1024 });
  await readAll(src, [...src.names].reverse());
  const reverseRequests = net.calls.length - 1;
  assert.equal(reverseRequests, src.names.length);
  assert.equal(src.stats().bytesRead, 65536 + dataBytes);
  await src.verify();
  assert.ok(net.calls.length - 1 - reverseRequests <= 1 + Math.ceil(dataBytes / (64 * 1024 - 8192)));
  assert.ok(src.stats().bytesRead <= 65536 + 2 * dataBytes);
});

test('a server without Range support: a small file is read once from its 200 answer, a large one is a one-line error', async () => {
  const url = 'https://h.invalid/m/b.safetensors';
  for (const contentLength of [true, false]) {
    const net = memoryFetch({ [url]: ST8.bytes }, { ranged: false, contentLength });
    const src = await openBundle(url, { fetch: net.fetch });
    assertSameAsLoaded(await readAll(src), await loadBundle(ST8.bytes), 'no ranges');
    await src.verify();
    assert.deepEqual(net.calls, [[url, 'bytes=0-65535', 200]]);
  }
  // sharded over such a server: each file once
  const sh = shardedBundle(OBJ8, 6000);
  const files = { 'https://h.invalid/m/m.safetensors.index.json': new TextEncoder().encode(JSON.stringify(sh.index)) };
  for (const [f, s] of Object.entries(sh.shards)) files[`https://h.invalid/m/${f}`] = s.bytes;
  const net = memoryFetch(files, { ranged: false });
  const src = await openBundle('https://h.invalid/m/m.safetensors.index.json', { fetch: net.fetch });
  await readAll(src);
  await src.verify();
  assert.equal(net.calls.length, Object.keys(files).length);
  assert.ok(net.calls.every((c) => c[2] === 200));
  // a declared size over the limit: refused before reading the body
  let pulled = 0;
  const huge = async () => new Response(new ReadableStream({
    pull(c) {
      pulled++;
      c.enqueue(new Uint8Array(1 << 16));
    },
  }), { status: 200, headers: { 'content-length': String(5 * 2 ** 30) } });
  await assert.rejects(openBundle('https://h.invalid/huge.safetensors', { fetch: huge }),
    oneLine(/^cannot fetch https:\/\/h\.invalid\/huge\.safetensors: the server ignored the Range request and sent the whole file \(HTTP 200, 5368709120 bytes\); bundles over 1073741824 bytes must be served by a server that honours HTTP Range requests \(206 Partial Content\)$/));
  assert.ok(pulled <= 1, `${pulled} body chunks were read`);
  // no Content-Length: read only up to the limit
  const net2 = memoryFetch({ [url]: ST8.bytes }, { ranged: false, contentLength: false });
  await assert.rejects(openBundle(url, { fetch: net2.fetch, maxUnrangedBytes: 10_000 }),
    oneLine(/sent the whole file \(HTTP 200, more than 10000 bytes\); bundles over 10000 bytes must be served by a server that honours HTTP Range requests/));
});

test('HTTP errors and misbehaving servers are one-line errors', async () => {
  const url = 'https://h.invalid/b.safetensors';
  const net = memoryFetch({});
  await assert.rejects(openBundle(url, { fetch: net.fetch }), oneLine(/^cannot fetch https:\/\/h\.invalid\/b\.safetensors: HTTP 404 Not Found$/));
  await assert.rejects(openBundle(url, { fetch: async () => { throw new TypeError('network down'); } }), oneLine(/cannot fetch .*: network down/));
  const wrongRange = async () => new Response(ST.bytes.slice(0, 100), { status: 206, headers: { 'content-range': `bytes 5-104/${ST.bytes.byteLength}` } });
  await assert.rejects(openBundle(url, { fetch: wrongRange }), oneLine(/asked for bytes 0-65535, the server sent 5-104/));
  const noRange = async () => new Response(ST.bytes.slice(0, 65536), { status: 206 });
  await assert.rejects(openBundle(url, { fetch: noRange }), oneLine(/HTTP 206 without a Content-Range giving the file size/));
  const short = async () => new Response(ST.bytes.slice(0, 10), { status: 206, headers: { 'content-range': `bytes 0-65535/${ST.bytes.byteLength}` } });
  await assert.rejects(openBundle(url, { fetch: short }), oneLine(/asked for bytes 0-65535 \(65536 bytes\), got 10/));
  // a file shorter than its header says, read through readRange without a size
  const io = memoryReadRange({ 'mem://cut': ST.bytes.subarray(0, ST.bytes.byteLength - 4) });
  await assert.rejects(openBundle('mem://cut', { readRange: io.readRange }), oneLine(/tensor data_offsets reach byte \d+ of the data section, past the end of the file/));
  const io2 = memoryReadRange({ 'mem://cut': ST.bytes.subarray(0, ST.bytes.byteLength - 4) });
  await assert.rejects(openBundle('mem://cut', { readRange: io2.readRange, fileSize: () => ST.bytes.byteLength - 4 }),
    oneLine(/run past the data section/));
  await assert.rejects(openBundle(path.join(os.tmpdir(), 'emlx-no-such-file.safetensors')), oneLine(/cannot read .*emlx-no-such-file\.safetensors: ENOENT/));
  await assert.rejects(openBundle(os.tmpdir()), oneLine(/cannot read .*: EISDIR/));
  await assert.rejects(openBundle(null), oneLine(/^openBundle: no source given$/));
  await assert.rejects(openBundle(42), oneLine(/^openBundle: unsupported source of type number$/));
});

// -------------------------------------------------------------------------------------------------------
// big files

test('a tensor beyond 4 GiB of a (sparse) file is read by position; loadBundle works there too', async (t) => {
  const dir = tmpdir(t);
  const p = path.join(dir, 'sparse.safetensors');
  const entries = stEntriesOf(OBJ);
  // lay the tensors out back to back, except two: one straddling the 4 GiB mark, one 5 GiB in
  const FAR = { 'wte.weight': 2 ** 32 - 1000, x0_lambdas: 5 * 2 ** 30 + 12 };
  let off = 0;
  const placed = entries.map((e) => {
    const begin = FAR[e.name] ?? off;
    if (!(e.name in FAR)) off += e.bytes.byteLength;
    return { ...e, begin, end: begin + e.bytes.byteLength };
  });
  const head = stHeaderBytes(stMetadata(OBJ), placed);
  const size = head.byteLength + Math.max(...placed.map((e) => e.end));
  assert.ok(size > 5 * 2 ** 30);
  const fh = await fs.promises.open(p, 'w');
  try {
    await fh.truncate(size);
    await fh.write(head, 0, head.byteLength, 0);
    for (const e of placed) await fh.write(e.bytes, 0, e.bytes.byteLength, head.byteLength + e.begin);
  } finally {
    await fh.close();
  }
  assert.equal(fs.statSync(p).size, size);
  await assert.rejects(fs.promises.readFile(p), { code: 'ERR_FS_FILE_TOO_LARGE' }); // what the old loader did
  const src = await openBundle(p);
  const far = await src.read('x0_lambdas');
  assert.deepEqual(far.data, new Float32Array(new Uint8Array(Buffer.from(OBJ.weights.x0_lambdas.data, 'base64')).buffer));
  assert.ok(buf((await src.read('wte.weight')).bytes).equals(Buffer.from(OBJ.weights['wte.weight'].data, 'base64')));
  await src.verify(); // out of order: re-read in hash order, including both far tensors
  src.close();
  const b = await loadBundle(p);
  assert.equal(b.verified, true);
  assert.ok(buf(b.weights.x0_lambdas.stored.bytes).equals(Buffer.from(OBJ.weights.x0_lambdas.data, 'base64')));
});

// -------------------------------------------------------------------------------------------------------
// sharded and JSON bundles

test('sharded: every tensor is read from its own shard; index problems are one-line errors', async (t) => {
  const dir = tmpdir(t);
  const sh = shardedBundle(OBJ8, 6000);
  const files = { 'mem://d/m.safetensors.index.json': new TextEncoder().encode(JSON.stringify(sh.index)) };
  for (const [f, s] of Object.entries(sh.shards)) files[`mem://d/${f}`] = s.bytes;
  const io = memoryReadRange(files);
  const src = await openBundle('mem://d/m.safetensors.index.json', { readRange: io.readRange, coalesceBytes: 0 });
  assert.deepEqual(src.files, ['mem://d/m.safetensors.index.json', ...Object.keys(sh.shards).sort().map((f) => `mem://d/${f}`)]);
  for (const name of src.names) {
    io.calls.length = 0;
    await src.read(name);
    const want = [`mem://d/${sh.index.weight_map[name]}`];
    if (src.tensors[name].dtype === 'int8') want.push(`mem://d/${sh.index.weight_map[`${name}.scale`]}`);
    assert.deepEqual(io.calls.map((c) => c[0]), want, name);
  }
  await src.verify();

  const write = (index, shards = sh.shards) => {
    const d = fs.mkdtempSync(path.join(dir, 'x'));
    for (const [f, s] of Object.entries(shards)) fs.writeFileSync(path.join(d, f), s.bytes ?? s);
    fs.writeFileSync(path.join(d, 'm.safetensors.index.json'), JSON.stringify(index));
    return path.join(d, 'm.safetensors.index.json');
  };
  // metadata missing from the index comes from the first shard
  const bare = await openBundle(write({ weight_map: sh.index.weight_map }));
  assert.equal(bare.weights_sha256, OBJ8.weights_sha256);
  await readAll(bare);
  await bare.verify();
  bare.close();
  const [first, second] = Object.keys(sh.shards).sort();
  // a tensor in two shards
  const names2 = sh.shards[second].placed.map((e) => e.name);
  const dupShard = safetensorsBytes(stMetadata(OBJ8), [...sh.shards[second].placed, sh.shards[first].placed[0]]);
  await assert.rejects(openBundle(write(sh.index, { ...sh.shards, [second]: dupShard })),
    oneLine(new RegExp(`tensor "${sh.shards[first].placed[0].name.replace(/\./g, '\\.')}" appears in more than one shard`)));
  // listed but missing
  const wm = { ...sh.index.weight_map, 'ghost.weight': second };
  await assert.rejects(openBundle(write({ ...sh.index, weight_map: wm })), oneLine(/tensor "ghost\.weight" is listed for shard m-00002-of-\d+\.safetensors but is not in it/));
  // a shard of another export
  const other = safetensorsBytes(stMetadata(OBJ8, { weights_sha256: 'f'.repeat(64) }), sh.shards[second].placed);
  await assert.rejects(openBundle(write(sh.index, { ...sh.shards, [second]: other })),
    oneLine(/shard m-00002-of-\d+\.safetensors belongs to another export \(its weights_sha256 ffffffffffff… differs from [0-9a-f]{12}…\)/));
  // a missing shard file, a shard outside the folder, a weight_map value that is not a file name
  const missing = write(sh.index);
  fs.rmSync(path.join(path.dirname(missing), second));
  await assert.rejects(openBundle(missing), oneLine(new RegExp(`cannot read .*${second}: ENOENT`)));
  await assert.rejects(openBundle(write({ ...sh.index, weight_map: { ...sh.index.weight_map, [names2[0]]: '../m.safetensors' } })),
    oneLine(/shard "\.\.\/m\.safetensors" points outside the index's folder/));
  await assert.rejects(openBundle(write({ ...sh.index, weight_map: { ...sh.index.weight_map, [names2[0]]: 7 } })),
    oneLine(/weight_map\[".*"\] must name a shard file, got 7/));
  await assert.rejects(openBundle(sh.index), oneLine(/bundle: a sharded index must be loaded from a path or URL/));
  // a shard whose header is broken names the shard
  const broken = sh.shards[second].bytes.slice();
  broken[9] = 0x20;
  broken[10] = 0x5b; // "[" where a key was expected
  await assert.rejects(openBundle(write(sh.index, { ...sh.shards, [second]: broken })), oneLine(/shard m-00002-of-\d+\.safetensors: safetensors: header is not valid JSON/));
});

test('JSON bundles: metadata checked at open, each read decodes one tensor (a corrupt one fails only its own read)', async () => {
  const obj = JSON.parse(JSON.stringify(OBJ8));
  obj.weights['blocks.1.mlp.c_fc.weight'].data = '@' + obj.weights['blocks.1.mlp.c_fc.weight'].data.slice(1);
  const src = await openBundle(obj, { verifyHash: false });
  assert.equal(src.tensors['blocks.1.mlp.c_fc.weight'].byteLength, 64 * 32);
  for (const name of src.names) {
    if (name === 'blocks.1.mlp.c_fc.weight') await assert.rejects(src.read(name), oneLine(/tensor "blocks\.1\.mlp\.c_fc\.weight" data: corrupt base64 \(invalid character "@" at offset 0\)/));
    else await src.read(name);
  }
  // lengths are known (and checked) from the base64 text alone, at open
  const short = JSON.parse(JSON.stringify(OBJ));
  short.weights.x0_lambdas.data = Buffer.from(Float32Array.of(1, 2, 3).buffer).toString('base64');
  await assert.rejects(openBundle(short), oneLine(/tensor "x0_lambdas": float32 data has 12 bytes, expected 8 \(shape \[2\]\)/));
  const nan = makeBundleObject(SPEC, (() => { const W = tinyWeights(SPEC, 5); W['lm_head.weight'].data[3] = NaN; return W; })());
  const s2 = await openBundle(nan);
  await s2.read('wte.weight');
  await assert.rejects(s2.read('lm_head.weight'), oneLine(/tensor "lm_head\.weight" has 1 non-finite value\(s\) of 2048, the first NaN at flat index 3/));
});

// -------------------------------------------------------------------------------------------------------
// memory

const MEMORY_CHILD = String.raw`
import { openBundle } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'js', 'src', 'source.js')).href)};
import { loadBundle } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'js', 'src', 'loader.js')).href)};
const [mode, file] = process.argv.slice(1); // node -e CODE MODE FILE
const rss = () => process.memoryUsage().rss;
gc(); gc();
const baseline = rss();
let peak = baseline;
let keep = null;
if (mode === 'stream') {
  const src = await openBundle(file);
  for (const name of src.names) {
    let t = await src.read(name);
    peak = Math.max(peak, rss());
    t = null;
    gc();
  }
  await src.verify();
  src.close();
} else {
  keep = await loadBundle(file);
  gc();
  peak = Math.max(peak, rss());
}
gc();
console.log(JSON.stringify({ baseline, peak, after: rss(), tensors: keep ? Object.keys(keep.weights).length : null }));
`;

test('memory: streaming a ~200 MB bundle tensor by tensor keeps RSS far below its size; loadBundle holds it all', async (t) => {
  const dir = tmpdir(t);
  const spec = tinySpec({ vocab_size: 8192, padded_vocab_size: 8192, n_layer: 3, n_head: 8, n_kv_head: 8, n_embd: 1024,
    head_dim: 128, mlp_hidden: 4096, window: [null, null, null], value_embed: null });
  const { expectedShapes, parseSpec } = await import('../src/spec.js');
  const shapes = expectedShapes(parseSpec(spec));
  const names = Object.keys(shapes).sort();
  // tensor data: a cheap finite pattern, written one tensor at a time (never the whole file in memory here)
  const fill = (name, n) => {
    const a = new Float32Array(n);
    const k = name.length;
    for (let i = 0; i < n; i++) a[i] = ((i * 2654435761 + k) % 2001 - 1000) / 4096;
    return new Uint8Array(a.buffer);
  };
  const placed = [];
  let off = 0;
  for (const name of names) {
    const n = shapes[name].reduce((x, y) => x * y, 1);
    placed.push({ name, dtype: 'F32', shape: shapes[name], begin: off, end: off + 4 * n });
    off += 4 * n;
  }
  const { createHash } = await import('node:crypto');
  const h = createHash('sha256');
  for (const e of placed) {
    h.update(`${e.name}\nfloat32\n${e.shape.join(',')}\n`);
    h.update(fill(e.name, (e.end - e.begin) / 4));
  }
  const meta = stMetadata({ config: spec, weights_sha256: h.digest('hex') });
  const head = stHeaderBytes(meta, placed);
  const p = path.join(dir, 'big.safetensors');
  const fh = await fs.promises.open(p, 'w');
  try {
    await fh.write(head);
    for (const e of placed) await fh.write(fill(e.name, (e.end - e.begin) / 4));
  } finally {
    await fh.close();
  }
  const size = fs.statSync(p).size;
  assert.ok(size > 200e6, `${size}`);
  const run = (mode) => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', MEMORY_CHILD, mode, p], { encoding: 'utf8', timeout: 300_000 });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout.trim().split('\n').pop());
  };
  const stream = run('stream');
  const whole = run('load');
  const mb = (x) => (x / 2 ** 20).toFixed(0);
  console.log(`memory (file ${mb(size)} MiB): streaming peak RSS ${mb(stream.peak)} MiB (baseline ${mb(stream.baseline)}, +${mb(stream.peak - stream.baseline)}); `
    + `loadBundle peak RSS ${mb(whole.peak)} MiB (baseline ${mb(whole.baseline)}, +${mb(whole.peak - whole.baseline)})`);
  assert.ok(stream.peak - stream.baseline < size / 2, `streaming grew RSS by ${mb(stream.peak - stream.baseline)} MiB for a ${mb(size)} MiB file`);
  assert.ok(whole.peak - whole.baseline > 0.9 * size, `loadBundle grew RSS by only ${mb(whole.peak - whole.baseline)} MiB`);
  assert.equal(whole.tensors, names.length);
});
