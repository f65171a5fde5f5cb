// Opt-in Cache API storage of bundle files (openBundle / loadBundle / createModel option `cache`), so that a site
// does not download its model again on every visit.
//
//   await createModel('/models/model.json', { cache: true });                  // cache "emlx-bundles"
//   await loadBundle(url, { cache: { name: 'my-models', revalidate: false } });
//
// Each file of a bundle (the .json, the .safetensors, a shard index and its shards) is one cache entry, keyed by its
// URL, stored whole with the SHA-256 of its bytes in the header `x-emlx-sha256`. Every read from the cache hashes the
// bytes again and compares: an entry that does not match (a corrupted or tampered cache) is deleted and the file is
// fetched again; a corrupted entry is never used. With `revalidate` (the default) a valid entry costs one
// conditional request (If-None-Match / If-Modified-Since with the validators the server sent): 304 keeps the entry,
// 200 replaces it with the new file, a network failure (offline) uses the entry. Without validators, or with
// revalidate: false, the entry is used without asking the server.
//
// Only http(s) URLs are cached (paths, bytes and custom readers are not), and only where the Cache API exists (a
// secure context: https or http://localhost); elsewhere the option does nothing (stats().cache.unavailable). Files
// are held whole in memory while the bundle loads, so caching suits bundles up to a few hundred MB; a file over
// maxBytes (default 1 GiB) is read by ranges and not cached.

import { createSha256 } from './hash.js';

export const DEFAULT_CACHE_NAME = 'emlx-bundles';
export const SHA_HEADER = 'x-emlx-sha256';

/** The `cache` option as {name, revalidate, storage | cache} (null: caching off). */
export function cacheSettings(option) {
  if (option === undefined || option === null || option === false) return null;
  if (option === true) return { name: DEFAULT_CACHE_NAME, revalidate: true };
  if (typeof option === 'string') return { name: option, revalidate: true };
  if (typeof option === 'object') {
    if (typeof option.match === 'function' && typeof option.put === 'function') return { cache: option, revalidate: true };
    if (option.revalidate !== undefined && typeof option.revalidate !== 'boolean') throw new Error('options.cache.revalidate must be true or false');
    if (option.name !== undefined && (typeof option.name !== 'string' || option.name === '')) throw new Error('options.cache.name must be a non-empty string');
    return { name: option.name ?? DEFAULT_CACHE_NAME, revalidate: option.revalidate ?? true, storage: option.storage, cache: option.cache };
  }
  throw new Error(`options.cache must be true, a cache name, a Cache or {name, revalidate}, got ${typeof option}`);
}

export function newCacheStats() {
  return { hits: 0, misses: 0, corrupt: 0, revalidated: 0, replaced: 0, stored: 0, storeFailed: 0, unavailable: 0 };
}

async function openCache(settings) {
  if (settings.cache) return settings.cache;
  const storage = settings.storage ?? (typeof caches !== 'undefined' ? caches : null);
  if (!storage || typeof storage.open !== 'function') return null;
  try {
    return await storage.open(settings.name);
  } catch {
    return null; // e.g. an opaque origin: behave as without the Cache API
  }
}

async function digest(bytes) {
  const h = await createSha256({ totalBytes: bytes.byteLength });
  h.update(bytes);
  return h.hex();
}

function validators(resp) {
  const out = {};
  const etag = resp.headers.get('etag');
  const modified = resp.headers.get('last-modified');
  if (etag) out['If-None-Match'] = etag;
  if (modified) out['If-Modified-Since'] = modified;
  return out;
}

/**
 * The bytes of `url` through the cache: {bytes} or null when caching does not apply (no Cache API, or a file over
 * maxBytes: the caller reads it by ranges as usual). io: {fetchOnce(url, init) -> Response (throws on network
 * failure; honours the abort signal), download(resp) -> Uint8Array (counts progress), stats, check()}.
 */
export async function cachedBytes(url, settings, io, maxBytes) {
  const cache = await openCache(settings);
  if (cache === null) {
    io.stats.unavailable++;
    return null;
  }
  io.check();
  const hit = await cache.match(url);
  if (hit) {
    const bytes = new Uint8Array(await hit.arrayBuffer());
    const want = hit.headers.get(SHA_HEADER);
    if (want && (await digest(bytes)) === want) {
      const cond = settings.revalidate ? validators(hit) : {};
      if (Object.keys(cond).length) {
        let resp = null;
        try {
          resp = await io.fetchOnce(url, { headers: cond, cache: 'no-store' });
        } catch (e) {
          io.check(); // an abort is an abort; anything else (offline) means: use what we have
        }
        if (resp && resp.status === 304) {
          io.stats.revalidated++;
        } else if (resp && resp.status === 200) {
          io.stats.replaced++;
          return store(cache, url, resp, io, maxBytes);
        } else if (resp) {
          io.discard(resp);
        }
      }
      io.stats.hits++;
      io.delivered(bytes.byteLength);
      return { bytes };
    }
    io.stats.corrupt++; // the stored bytes are not what was stored: never use them
    await cache.delete(url);
  } else {
    io.stats.misses++;
  }
  const resp = await io.fetchOnce(url, { cache: 'no-store' });
  if (resp.status !== 200) {
    io.discard(resp);
    throw new Error(`cannot fetch ${url}: HTTP ${resp.status}${resp.statusText ? ' ' + resp.statusText : ''}`);
  }
  return store(cache, url, resp, io, maxBytes);
}

async function store(cache, url, resp, io, maxBytes) {
  const declared = Number(resp.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    io.discard(resp);
    return null;
  }
  const bytes = await io.download(resp, maxBytes);
  const headers = { 'content-type': resp.headers.get('content-type') || 'application/octet-stream', [SHA_HEADER]: await digest(bytes),
    'content-length': String(bytes.byteLength) };
  for (const k of ['etag', 'last-modified']) if (resp.headers.get(k)) headers[k] = resp.headers.get(k);
  try {
    await cache.put(url, new Response(bytes, { status: 200, headers }));
    io.stats.stored++;
  } catch {
    io.stats.storeFailed++; // quota exceeded or storage unavailable: the load goes on uncached
  }
  return { bytes };
}
