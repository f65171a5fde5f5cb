// Loading a bundle as a site does (src/source.js, src/cache.js): onProgress, an AbortSignal, and opt-in Cache API
// storage whose entries are checked against their SHA-256 on every read. Truth: bytes written here independently
// (testlib), node:crypto hashes, and every request a fake server answered (Range, Last-Modified / 304, ETag).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { openBundle } from '../src/source.js';
import { loadBundle } from '../src/loader.js';
import { tinySpec, tinyWeights, makeBundleObject } from '../testlib/fixtures.js';
import { stMetadata, stEntriesOf, safetensorsBytes } from '../testlib/bundles.js';

// larger than the 64 KiB a safetensors reader probes first, so that tensor reads follow the header read
const SPEC = tinySpec({ vocab_size: 2000, padded_vocab_size: 2048 });
const OBJ = makeBundleObject(SPEC, tinyWeights(SPEC, 3));
const JSON_BYTES = new Uint8Array(Buffer.from(JSON.stringify(OBJ)));
const ST = safetensorsBytes(stMetadata(OBJ), stEntriesOf(OBJ)).bytes;
const sha = (b) => createHash('sha256').update(b).digest('hex');

/**
 * A fake HTTP server over in-memory files: Range -> 206, Last-Modified + ETag on every answer, If-None-Match /
 * If-Modified-Since -> 304 while the file is unchanged. `log` records [url, kind, status, body bytes].
 */
function server(files) {
  const log = [];
  const version = {};
  const stamp = (url) => `"v${version[url] ?? 0}-${sha(files[url]).slice(0, 8)}"`;
  return {
    log,
    files,
    change(url, bytes) {
      files[url] = bytes;
      version[url] = (version[url] ?? 0) + 1;
    },
    async fetch(url, init = {}) {
      if (init.signal && init.signal.aborted) throw init.signal.reason;
      const h = init.headers ?? {};
      const f = files[url];
      if (!f) {
        log.push([url, 'get', 404, 0]);
        return new Response('no', { status: 404 });
      }
      const validators = { etag: stamp(url), 'last-modified': `Thu, 01 Jan 2026 00:00:0${version[url] ?? 0} GMT` };
      if (h['If-None-Match'] !== undefined || h['If-Modified-Since'] !== undefined) {
        if (h['If-None-Match'] === validators.etag) {
          log.push([url, 'conditional', 304, 0]);
          return new Response(null, { status: 304, headers: validators });
        }
      }
      const m = h.Range ? /^bytes=(\d+)-(\d+)$/.exec(h.Range) : null;
      if (m) {
        const a = Number(m[1]);
        const b = Math.min(Number(m[2]), f.byteLength - 1);
        log.push([url, 'range', 206, b + 1 - a]);
        return new Response(f.slice(a, b + 1), { status: 206, headers: { 'content-range': `bytes ${a}-${b}/${f.byteLength}`, ...validators } });
      }
      log.push([url, h['If-None-Match'] !== undefined ? 'conditional' : 'get', 200, f.byteLength]);
      return new Response(f.slice(), { status: 200, headers: { 'content-length': String(f.byteLength), ...validators } });
    },
  };
}

/** The Cache API's Cache interface over a Map (Node 20 has Response but no caches). */
function memoryCache() {
  const entries = new Map();
  return {
    entries,
    async match(url) {
      const e = entries.get(url);
      return e ? new Response(e.bytes.slice(), { status: 200, headers: e.headers }) : undefined;
    },
    async put(url, resp) {
      entries.set(url, { bytes: new Uint8Array(await resp.arrayBuffer()), headers: Object.fromEntries(resp.headers.entries()) });
    },
    async delete(url) {
      return entries.delete(url);
    },
  };
}

const weightBytes = (log, url) => log.filter(([u]) => u === url).reduce((a, e) => a + e[3], 0);

test('onProgress: loaded never decreases, total is the file size, the last call is loaded === total', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emlx-progress-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'm.safetensors');
  fs.writeFileSync(file, ST);
  for (const [what, source, opts, size] of [
    ['safetensors path', file, {}, ST.byteLength],
    ['safetensors URL (Range)', 'https://x.test/m.safetensors', { fetch: server({ 'https://x.test/m.safetensors': ST }).fetch }, ST.byteLength],
    ['JSON URL', 'https://x.test/m.json', { fetch: server({ 'https://x.test/m.json': JSON_BYTES }).fetch }, JSON_BYTES.byteLength],
  ]) {
    const seen = [];
    const b = await loadBundle(source, { ...opts, onProgress: (p) => seen.push(p) });
    assert.equal(b.weights_sha256, OBJ.weights_sha256, what);
    assert.ok(seen.length >= 2, `${what}: ${seen.length} progress calls`);
    for (let i = 1; i < seen.length; i++) assert.ok(seen[i].loaded >= seen[i - 1].loaded, `${what}: loaded went down at ${i}`);
    assert.deepEqual(seen.at(-1), { loaded: size, total: size }, what);
    assert.ok(seen.slice(0, -1).every((p) => p.total === null || p.total === size), what);
    assert.ok(seen.some((p) => p.loaded > 0 && p.loaded < size), `${what}: no intermediate progress`);
  }
});

test('an AbortSignal stops a load: before it starts (no request) and in the middle (the reason is thrown)', async () => {
  const srv = server({ 'https://x.test/m.safetensors': ST });
  const early = new AbortController();
  early.abort();
  await assert.rejects(loadBundle('https://x.test/m.safetensors', { fetch: srv.fetch, signal: early.signal }), (e) => e.name === 'AbortError');
  assert.equal(srv.log.length, 0);

  const ctl = new AbortController();
  let calls = 0;
  const onProgress = () => {
    if (++calls === 3) ctl.abort();
  };
  await assert.rejects(
    openBundle('https://x.test/m.safetensors', { fetch: srv.fetch, signal: ctl.signal, onProgress, coalesceBytes: 0 })
      .then(async (src) => { for (const n of src.names) await src.read(n); }),
    (e) => e.name === 'AbortError',
  );
  const requests = srv.log.length;
  assert.ok(requests >= 2 && requests < stEntriesOf(OBJ).length, `aborted after ${requests} requests`);
  await assert.rejects(loadBundle('https://x.test/m.safetensors', { fetch: srv.fetch, signal: 'stop' }), /options.signal must be an AbortSignal/);
});

test('cache: the second load fetches no weight bytes; revalidation is one 304; revalidate: false asks nothing', async () => {
  for (const [url, bytes] of [['https://x.test/m.json', JSON_BYTES], ['https://x.test/m.safetensors', ST]]) {
    const srv = server({ [url]: bytes });
    const cache = memoryCache();
    const first = await openBundle(url, { fetch: srv.fetch, cache });
    for (const n of first.names) await first.read(n);
    await first.verify();
    assert.deepEqual(first.stats().cache, { hits: 0, misses: 1, corrupt: 0, revalidated: 0, replaced: 0, stored: 1, storeFailed: 0, unavailable: 0 });
    assert.equal(weightBytes(srv.log, url), bytes.byteLength, 'first load: the file once, whole');
    const stored = cache.entries.get(url);
    assert.equal(stored.headers['x-emlx-sha256'], sha(bytes));

    srv.log.length = 0;
    const again = await loadBundle(url, { fetch: srv.fetch, cache });
    assert.equal(again.weights_sha256, OBJ.weights_sha256);
    assert.deepEqual(srv.log, [[url, 'conditional', 304, 0]]);

    srv.log.length = 0;
    await loadBundle(url, { fetch: srv.fetch, cache: { cache, revalidate: false } }).catch((e) => { throw e; });
    assert.deepEqual(srv.log, []);
  }
});

test('cache: a corrupted entry is refetched and replaced, never used; a changed file replaces its entry', async () => {
  const url = 'https://x.test/m.safetensors';
  const srv = server({ [url]: ST });
  const cache = memoryCache();
  await loadBundle(url, { fetch: srv.fetch, cache });
  // flip one weight byte in the stored entry, keeping its header: the bundle hash would catch it only at the end,
  // the entry's own sha256 catches it at once
  const entry = cache.entries.get(url);
  entry.bytes[entry.bytes.byteLength - 3] ^= 0x40;
  srv.log.length = 0;
  const src = await openBundle(url, { fetch: srv.fetch, cache });
  for (const n of src.names) await src.read(n);
  await src.verify(); // the refetched bytes hash to weights_sha256
  assert.equal(src.stats().cache.corrupt, 1);
  assert.equal(src.stats().cache.stored, 1);
  assert.equal(weightBytes(srv.log, url), ST.byteLength);
  assert.equal(sha(cache.entries.get(url).bytes), sha(ST), 'the entry is repaired');

  // the site published a new export at the same URL: revalidation gets 200 and the entry is replaced
  const obj2 = makeBundleObject(SPEC, tinyWeights(SPEC, 4), { int8: true });
  const st2 = safetensorsBytes(stMetadata(obj2), stEntriesOf(obj2)).bytes;
  srv.change(url, st2);
  const b = await openBundle(url, { fetch: srv.fetch, cache });
  assert.equal(b.weights_sha256, obj2.weights_sha256);
  assert.equal(b.stats().cache.replaced, 1);
  assert.equal(sha(cache.entries.get(url).bytes), sha(st2));
});

test('cache: without the Cache API the option does nothing but say so; paths are never cached', async (t) => {
  const url = 'https://x.test/m.json';
  const srv = server({ [url]: JSON_BYTES });
  const src = await openBundle(url, { fetch: srv.fetch, cache: true }); // Node 20: no globalThis.caches
  assert.equal(src.stats().cache.unavailable, typeof caches === 'undefined' ? 1 : 0);
  src.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emlx-cache-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(path.join(dir, 'm.json'), JSON_BYTES);
  const cache = memoryCache();
  await loadBundle(path.join(dir, 'm.json'), { cache });
  assert.equal(cache.entries.size, 0);
  await assert.rejects(openBundle(url, { fetch: srv.fetch, cache: 42 }), /options.cache must be/);
});
