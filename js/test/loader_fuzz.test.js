// Hostile input to loadBundle (issue 9) and openBundle: seeded random mutations of JSON, safetensors and sharded
// bundles, field edits with random JSON values, and the specific cases: non-finite weights, hash verification,
// lazy int8, arbitrary files. openBundle is driven through every kind of I/O (bytes, readRange, fetch with and
// without Range support) with random read orders and coalescing limits.
// Contract: loading (open + every read + verify) resolves, or rejects with a plain Error carrying one line; never a
// TypeError/RangeError from inside the loader (a crash a page could not explain), never a hang or a giant
// allocation.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBundle, computeWeightsSha256, sha256, checkFinite } from '../src/loader.js';
import { openBundle } from '../src/source.js';
import { mulberry32 } from '../src/model.js';
import { tinySpec, tinyWeights, makeBundleObject } from '../testlib/fixtures.js';
import { shardedBundle, memoryReadRange, memoryFetch } from '../testlib/bundles.js';

const clone = (o) => JSON.parse(JSON.stringify(o));
const b64 = (typed) => Buffer.from(typed.buffer, typed.byteOffset, typed.byteLength).toString('base64');

/** a seeded PRNG (the sampler's mulberry32) so every run explores the same inputs. */
const prng = mulberry32;

function randomJson(rand, depth = 0) {
  const pick = Math.floor(rand() * (depth > 2 ? 7 : 9));
  switch (pick) {
    case 0: return null;
    case 1: return rand() < 0.5;
    case 2: return Math.floor((rand() - 0.5) * 2 ** (1 + Math.floor(rand() * 60)));
    case 3: return [0, -1, 1e308, 4294967296, 2 ** 53, 0.5, -0][Math.floor(rand() * 7)];
    case 4: return ['', 'garbage', 'float32', 'int8', 'AAAA', 'emlx.bundle', '{'][Math.floor(rand() * 7)];
    case 5: return [true, 4];
    case 6: return [4294967296, 4294967296];
    case 7: return Array.from({ length: Math.floor(rand() * 4) }, () => randomJson(rand, depth + 1));
    default: {
      const o = {};
      for (let i = Math.floor(rand() * 4); i > 0; i--) o[['shape', 'dtype', 'data', 'scale', 'x'][Math.floor(rand() * 5)]] = randomJson(rand, depth + 1);
      return o;
    }
  }
}

const counts = {};
function count(kind) {
  counts[kind] = (counts[kind] ?? 0) + 1;
}

/** Load and check the contract; returns 'ok' or the error message. */
async function contract(kind, source, options) {
  try {
    await loadBundle(source, options);
    count(`${kind}: ok`);
    return 'ok';
  } catch (e) {
    assert.ok(e instanceof Error, `${kind}: threw a non-Error ${e}`);
    assert.equal(e.constructor, Error, `${kind}: ${e.constructor.name} from inside the loader: ${e.message}`);
    assert.ok(e.message && !e.message.includes('\n'), `${kind}: message is not one line: ${JSON.stringify(e.message)}`);
    count(`${kind}: refused`);
    return e.message;
  }
}

function safetensorsOf(obj) {
  const header = {
    __metadata__: {
      format: 'emlx.bundle', version: '1', config: JSON.stringify(obj.config), tokenizer: 'null', training: '{}',
      source: '{}', weights_sha256: obj.weights_sha256, generated_by: 'fuzz',
      ...(obj.bundle_sha256 ? { tokenizer: JSON.stringify(obj.tokenizer ?? null), bundle_sha256: obj.bundle_sha256 } : {}),
    },
  };
  const chunks = [];
  let off = 0;
  const add = (name, dtype, shape, bytes) => {
    header[name] = { dtype, shape, data_offsets: [off, off + bytes.length] };
    chunks.push(bytes);
    off += bytes.length;
  };
  for (const name of Object.keys(obj.weights).sort()) {
    const w = obj.weights[name];
    if (w.dtype === 'int8') {
      add(name, 'I8', w.shape, Buffer.from(w.data, 'base64'));
      add(`${name}.scale`, 'F32', [w.shape[0]], Buffer.from(w.scale, 'base64'));
    } else add(name, 'F32', w.shape, Buffer.from(w.data, 'base64'));
  }
  const h = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(h.length));
  return new Uint8Array(Buffer.concat([len, h, ...chunks]));
}

const spec = tinySpec();
const GOOD = makeBundleObject(spec, tinyWeights(spec, 3));
const GOOD8 = makeBundleObject(spec, tinyWeights(spec, 3), { int8: true });

test('the unmodified bundles load (the fuzzing starts from valid input)', async () => {
  assert.equal(await contract('baseline', clone(GOOD)), 'ok');
  assert.equal(await contract('baseline', safetensorsOf(GOOD8)), 'ok');
});

test('field edits with random JSON values: loaded or one-line Error', async () => {
  const rand = prng(9);
  const paths = [['config'], ['tokenizer'], ['weights_sha256'], ['format'], ['version'], ['weights'],
    ['config', 'n_head'], ['config', 'vocab_size'], ['config', 'window'], ['config', 'rope'],
    ['weights', 'wte.weight'], ['weights', 'wte.weight', 'shape'], ['weights', 'wte.weight', 'dtype'],
    ['weights', 'wte.weight', 'data'], ['weights', 'resid_lambdas', 'shape'], ['weights', 'resid_lambdas', 'data']];
  for (let i = 0; i < 300; i++) {
    const doc = clone(rand() < 0.5 ? GOOD : GOOD8);
    for (let k = 1 + Math.floor(rand() * 2); k > 0; k--) {
      const p = paths[Math.floor(rand() * paths.length)];
      let node = doc;
      for (const key of p.slice(0, -1)) node = node && typeof node[key] === 'object' ? node[key] : null;
      if (node && typeof node === 'object') node[p[p.length - 1]] = randomJson(rand);
    }
    await contract('json field edit', doc, { verifyHash: rand() < 0.5 });
  }
});

test('byte mutations of JSON text and safetensors files: loaded or one-line Error', async () => {
  const rand = prng(11);
  const text = Buffer.from(JSON.stringify(GOOD));
  const st = safetensorsOf(GOOD8);
  for (let i = 0; i < 300; i++) {
    const base = i % 2 ? st : text;
    const b = new Uint8Array(base);
    const headerEnd = i % 2 ? 8 + Number(Buffer.from(st.subarray(0, 8)).readBigUInt64LE()) : b.length;
    for (let k = 1 + Math.floor(rand() * 4); k > 0; k--) {
      const pos = rand() < 0.7 ? Math.floor(rand() * headerEnd) : Math.floor(rand() * b.length);
      b[pos] = Math.floor(rand() * 256);
    }
    const cut = rand() < 0.2 ? Math.floor(rand() * b.length) : b.length;
    await contract(i % 2 ? 'safetensors bytes' : 'json bytes', b.subarray(0, cut));
  }
});

test('a non-finite float32 weight is refused, naming the tensor, first index and count', async () => {
  for (const bad of [NaN, Infinity, -Infinity]) {
    const W = tinyWeights(spec, 3);
    W['blocks.1.mlp.c_fc.weight'].data[17] = bad;
    W['blocks.1.mlp.c_fc.weight'].data[40] = bad;
    const obj = makeBundleObject(spec, W); // the hash covers the NaN: only the finiteness check can refuse it
    const msg = await contract('non-finite', obj);
    assert.match(msg, new RegExp(`tensor "blocks\\.1\\.mlp\\.c_fc\\.weight" has 2 non-finite value\\(s\\) of \\d+, the first ${bad} at flat index 17`));
    assert.match(await contract('non-finite', safetensorsOf(obj)), /blocks\.1\.mlp\.c_fc\.weight" has 2 non-finite/);
  }
  assert.throws(() => checkFinite('x', Float32Array.of(1, 2, NaN)), /tensor "x" has 1 non-finite value\(s\) of 3, the first NaN at flat index 2/);
  assert.equal(checkFinite('x', Float32Array.of(0, -0, 3.4e38)).length, 3);
});

test('weights_sha256 is verified by default; verifyHash:false skips it', async () => {
  const obj = clone(GOOD);
  const w = Buffer.from(obj.weights.resid_lambdas.data, 'base64');
  w[0] ^= 1; // flip one bit of one weight
  obj.weights.resid_lambdas.data = w.toString('base64');
  assert.match(await contract('hash', clone(obj)), /weights_sha256 [0-9a-f]{12}… does not match its weights/);
  const loaded = await loadBundle(clone(obj), { verifyHash: false });
  assert.notEqual(await computeWeightsSha256(loaded), obj.weights_sha256);
  const noHash = clone(GOOD);
  delete noHash.weights_sha256;
  assert.match(await contract('hash', noHash), /has no valid weights_sha256/);
  assert.equal((await loadBundle(clone(GOOD))).verified, true);
});

test('the pure-JS SHA-256 fallback matches node:crypto at every padding boundary', () => {
  for (const n of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 1000, 70001]) {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 131 + 7) & 255);
    assert.equal(Buffer.from(sha256(bytes)).toString('hex'), createHash('sha256').update(bytes).digest('hex'), `n=${n}`);
  }
});

test('int8 data is dequantised lazily; stored bytes and scale are there without it', async () => {
  const b = await loadBundle(clone(GOOD8));
  const t = b.weights['wte.weight'];
  assert.equal(t.dtype, 'int8');
  const desc = Object.getOwnPropertyDescriptor(t, 'data');
  assert.equal(typeof desc.get, 'function'); // a getter, not a precomputed array
  assert.ok(t.stored.bytes instanceof Uint8Array && t.scale instanceof Float32Array);
  assert.equal(t.scale.length, t.shape[0]);
  const q = new Int8Array(t.stored.bytes.buffer, t.stored.bytes.byteOffset, t.stored.bytes.byteLength);
  const C = t.shape[1];
  const first = t.data;
  assert.equal(first, t.data); // computed once, then kept
  for (const i of [0, 5, C + 3, t.data.length - 1]) assert.equal(first[i], Math.fround(q[i] * t.scale[Math.floor(i / C)]));
});

test('arbitrary files are "not an emlx bundle", and giant declared shapes allocate nothing', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emlx-fuzz-'));
  const f = path.join(dir, 'passwd');
  fs.writeFileSync(f, 'root:x:0:0:root:/root:/bin/bash\n');
  assert.match(await contract('file', f), /not an emlx bundle \(neither JSON starting with "\{" nor a safetensors file\)/);
  assert.match(await contract('file', new Uint8Array(3)), /not an emlx bundle/);
  const big = clone(GOOD);
  big.weights['wte.weight'].shape = [4294967296, 4294967296];
  assert.match(await contract('shape', big), /float32 data has \d+ bytes, expected/);
  const boolShape = clone(GOOD);
  boolShape.weights['wte.weight'].shape = [true, 4];
  assert.match(await contract('shape', boolShape), /shape must be a list of non-negative integers/);
  fs.rmSync(dir, { recursive: true });
});

/** openBundle, then every tensor (in `order`), then verify(): 'ok' or the one-line error message. */
async function openContract(kind, source, options, order = (names) => names) {
  let src = null;
  try {
    src = await openBundle(source, options);
    for (const name of order([...src.names])) await src.read(name);
    await src.verify();
    count(`${kind}: ok`);
    return 'ok';
  } catch (e) {
    assert.ok(e instanceof Error, `${kind}: threw a non-Error ${e}`);
    assert.equal(e.constructor, Error, `${kind}: ${e.constructor.name} from inside openBundle: ${e.stack}`);
    assert.ok(e.message && !e.message.includes('\n'), `${kind}: message is not one line: ${JSON.stringify(e.message)}`);
    count(`${kind}: refused`);
    return e.message;
  } finally {
    if (src) src.close();
  }
}

function shuffled(rand) {
  return (names) => {
    for (let i = names.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [names[i], names[j]] = [names[j], names[i]];
    }
    return names;
  };
}

/** The same bytes as a source of a random kind: bytes, readRange (with or without fileSize), fetch (206 or 200). */
function asSource(rand, bytes, name = 'b.safetensors') {
  const url = `https://fuzz.invalid/d/${name}`;
  const coalesceBytes = [undefined, 0, 64, 4096][Math.floor(rand() * 4)];
  switch (Math.floor(rand() * 5)) {
    case 0: return [bytes, { coalesceBytes }];
    case 1: return [url, { readRange: memoryReadRange({ [url]: bytes }).readRange, coalesceBytes }];
    case 2: return [url, { readRange: memoryReadRange({ [url]: bytes }).readRange, fileSize: () => bytes.byteLength, coalesceBytes }];
    case 3: return [url, { fetch: memoryFetch({ [url]: bytes }).fetch, coalesceBytes }];
    default: return [url, { fetch: memoryFetch({ [url]: bytes }, { ranged: false, contentLength: rand() < 0.5 }).fetch, coalesceBytes }];
  }
}

test('openBundle: the unmodified bundles stream and verify through every kind of I/O and read order', async () => {
  const rand = prng(21);
  for (let i = 0; i < 20; i++) {
    const [src, opts] = asSource(rand, safetensorsOf(i % 2 ? GOOD8 : GOOD));
    assert.equal(await openContract('open baseline', src, opts, shuffled(rand)), 'ok');
  }
});

test('openBundle: byte mutations of safetensors and JSON files through every kind of I/O: streamed or one-line Error', async () => {
  const rand = prng(23);
  const text = new Uint8Array(Buffer.from(JSON.stringify(GOOD8)));
  const st = safetensorsOf(GOOD8);
  const headerEnd = 8 + Number(Buffer.from(st.subarray(0, 8)).readBigUInt64LE());
  for (let i = 0; i < 400; i++) {
    const b = (i % 3 ? st : text).slice();
    const end = i % 3 ? headerEnd : b.length;
    for (let k = 1 + Math.floor(rand() * 4); k > 0; k--) {
      const pos = rand() < 0.7 ? Math.floor(rand() * end) : Math.floor(rand() * b.length);
      b[pos] = Math.floor(rand() * 256);
    }
    const cut = rand() < 0.2 ? Math.floor(rand() * b.length) : b.length;
    const [src, opts] = asSource(rand, b.subarray(0, cut).slice());
    await openContract(i % 3 ? 'open safetensors bytes' : 'open json bytes', src, { ...opts, verifyHash: rand() < 0.7 },
      rand() < 0.5 ? undefined : shuffled(rand));
  }
});

test('openBundle: mutated sharded indexes and shards: streamed or one-line Error', async () => {
  const rand = prng(29);
  const sh = shardedBundle(GOOD8, 3000);
  const shardNames = Object.keys(sh.shards).sort();
  assert.ok(shardNames.length >= 3);
  for (let i = 0; i < 200; i++) {
    const index = clone(sh.index);
    const files = {};
    for (const f of shardNames) files[`https://fuzz.invalid/d/${f}`] = sh.shards[f].bytes.slice();
    const what = Math.floor(rand() * 4);
    if (what === 0) { // a weight_map value: random JSON, another shard, or a path elsewhere
      const keys = Object.keys(index.weight_map);
      const k = keys[Math.floor(rand() * keys.length)];
      index.weight_map[k] = [randomJson(rand), shardNames[Math.floor(rand() * shardNames.length)], '../x.safetensors', 'nope.safetensors', '/abs.safetensors'][Math.floor(rand() * 5)];
    } else if (what === 1) { // index metadata fields
      for (const k of ['metadata', 'format', 'config', 'weights_sha256', 'version']) {
        if (rand() < 0.4) {
          if (k === 'metadata') index.metadata = randomJson(rand);
          else if (index.metadata && typeof index.metadata === 'object') index.metadata[k] = randomJson(rand);
        }
      }
    } else { // bytes of one shard (header mostly)
      const f = `https://fuzz.invalid/d/${shardNames[Math.floor(rand() * shardNames.length)]}`;
      const b = files[f];
      const headerEnd = 8 + Number(Buffer.from(b.subarray(0, 8)).readBigUInt64LE());
      for (let k = 1 + Math.floor(rand() * 3); k > 0; k--) b[rand() < 0.8 ? Math.floor(rand() * headerEnd) : Math.floor(rand() * b.length)] = Math.floor(rand() * 256);
      if (what === 3 && rand() < 0.5) files[f] = b.subarray(0, Math.floor(rand() * b.length)).slice();
    }
    const indexUrl = 'https://fuzz.invalid/d/m.safetensors.index.json';
    files[indexUrl] = new Uint8Array(Buffer.from(JSON.stringify(index)));
    const opts = rand() < 0.5 ? { readRange: memoryReadRange(files).readRange } : { fetch: memoryFetch(files, { ranged: rand() < 0.7 }).fetch };
    await openContract('open sharded', rand() < 0.9 ? indexUrl : index, { ...opts, coalesceBytes: [undefined, 0, 512][Math.floor(rand() * 3)] },
      rand() < 0.5 ? undefined : shuffled(rand));
  }
});

test('openBundle: random JSON field edits: streamed or one-line Error, and the same verdict as loadBundle', async () => {
  const rand = prng(31);
  const paths = [['config'], ['weights_sha256'], ['format'], ['version'], ['weights'], ['tokenizer'],
    ['weights', 'wte.weight'], ['weights', 'wte.weight', 'shape'], ['weights', 'wte.weight', 'dtype'],
    ['weights', 'wte.weight', 'data'], ['weights', 'wte.weight', 'scale'], ['weights', 'x0_lambdas', 'data']];
  for (let i = 0; i < 200; i++) {
    const doc = clone(rand() < 0.5 ? GOOD : GOOD8);
    const p = paths[Math.floor(rand() * paths.length)];
    let node = doc;
    for (const key of p.slice(0, -1)) node = node && typeof node[key] === 'object' ? node[key] : null;
    if (node && typeof node === 'object') node[p[p.length - 1]] = randomJson(rand);
    const verifyHash = rand() < 0.5;
    const streamed = await openContract('open json field edit', clone(doc), { verifyHash }, rand() < 0.5 ? undefined : shuffled(rand));
    const loaded = await contract('json field edit (load)', clone(doc), { verifyHash });
    assert.equal(streamed === 'ok', loaded === 'ok', `${streamed} vs ${loaded}`);
  }
});

test('fuzz summary', () => {
  console.log(`loadBundle / openBundle fuzz outcomes: ${JSON.stringify(counts)}`);
  assert.ok(Object.keys(counts).length > 0);
});

// -------------------------------------------------------------------------------------------------------
// bundle_sha256: one identity for the whole bundle (weights, config, tokenizer), issue 23

test('bundle_sha256 is RFC 8785 canonical JSON hashed: a hand-written vector', async () => {
  const { canonicalJson, bundleSha256 } = await import('../src/hash.js');
  const value = { weights_sha256: 'ab'.repeat(32), tokenizer: null, config: { z: [1, 2.5, 1e21, 1e-7, -0], b: 'é\n\u0001', '\u{1F600}': true, '\uffff': false, a: 100000.0 } };
  // written by hand from RFC 8785: keys by UTF-16 code units (U+1F600 is D83D DE00, before U+FFFF), ECMAScript numbers
  const want = '{"config":{"a":100000,"b":"é\\n\\u0001","z":[1,2.5,1e+21,1e-7,0],"\u{1F600}":true,"\uffff":false},"tokenizer":null,"weights_sha256":"' + 'ab'.repeat(32) + '"}';
  assert.equal(canonicalJson(value), want);
  assert.equal(await bundleSha256(value), createHash('sha256').update(want, 'utf8').digest('hex'));
  assert.throws(() => canonicalJson({ x: NaN }), /not a JSON number/);
  let deep = 0;
  for (let i = 0; i < 300; i++) deep = [deep];
  assert.throws(() => canonicalJson(deep), /nested more than 256 levels/);
});

test('bundle_sha256 binds config and tokenizer: an edited tokenizer or config is refused, an old bundle is verified: false', async () => {
  const { handTokenizerBlock } = await import('../testlib/fixtures.js');
  const good = makeBundleObject(spec, tinyWeights(spec, 3), { tokenizer: handTokenizerBlock() });
  const loaded = await loadBundle(clone(good));
  assert.equal(loaded.verified, true);
  assert.equal(loaded.integrity, 'bundle');
  assert.equal(loaded.bundle_sha256, good.bundle_sha256);
  const lines = good.tokenizer.mergeable_ranks.split('\n');
  const [a, b] = [lines[257].split(' '), lines[258].split(' ')];
  const edits = {
    'ranks swapped': (o) => { const l = o.tokenizer.mergeable_ranks.split('\n'); l[257] = `${a[0]} ${b[1]}`; l[258] = `${b[0]} ${a[1]}`; o.tokenizer.mergeable_ranks = l.join('\n'); },
    'BOS changed': (o) => { o.tokenizer.bos_id = o.tokenizer.special_tokens['<|end|>']; o.tokenizer.bos_token = '<|end|>'; },
    'tokenizer null': (o) => { o.tokenizer = null; },
    'softcap changed': (o) => { o.config.softcap = 14; },
  };
  for (const [what, edit] of Object.entries(edits)) {
    const o = clone(good);
    edit(o);
    assert.match(await contract('bundle_sha256', o), /^bundle_sha256 [0-9a-f]{12}… does not match its config and tokenizer/, what);
    assert.match(await contract('bundle_sha256', safetensorsOf({ ...o, tokenizer: o.tokenizer })), /./, what);
    const unchecked = await loadBundle(clone(o), { verifyHash: false });
    assert.equal(unchecked.verified, false, what);
    assert.equal(unchecked.integrity, null, what);
  }
  const old = clone(good);
  delete old.bundle_sha256; // exported before bundle_sha256: still loads, weights verified, identity not
  const oldLoaded = await loadBundle(old);
  assert.equal(oldLoaded.verified, false);
  assert.equal(oldLoaded.integrity, 'weights');
  const bad = clone(good);
  bad.bundle_sha256 = 'XYZ';
  assert.match(await contract('bundle_sha256', bad), /bundle_sha256 is "XYZ", expected 64 lowercase hex digits/);
});
