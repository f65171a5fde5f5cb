// Test support (not part of the library): safetensors bundles written here byte by byte from a JSON bundle object
// (testlib/fixtures.js makeBundleObject), sharded bundles with their index, and in-memory I/O fakes (a readRange and a
// fetch that honours or ignores Range headers) that record every request. Independent of src/: nothing here
// imports the library.

import { createHash } from 'node:crypto';

/** __metadata__ strings of a safetensors bundle for a JSON bundle object. */
export function stMetadata(obj, over = {}) {
  return {
    format: 'emlx.bundle', version: '1', config: JSON.stringify(obj.config), tokenizer: JSON.stringify(obj.tokenizer ?? null),
    training: '{}', source: '{}', weights_sha256: obj.weights_sha256, generated_by: obj.generated_by ?? 'emlx js tests',
    ...(obj.bundle_sha256 ? { bundle_sha256: obj.bundle_sha256 } : {}),
    ...over,
  };
}

/** Safetensors entries [{name, dtype, shape, bytes}] of a JSON bundle object, sorted (int8: NAME then NAME.scale). */
export function stEntriesOf(obj) {
  const out = [];
  for (const name of Object.keys(obj.weights).sort()) {
    const w = obj.weights[name];
    if (w.dtype === 'int8') {
      out.push({ name, dtype: 'I8', shape: w.shape, bytes: new Uint8Array(Buffer.from(w.data, 'base64')) });
      out.push({ name: `${name}.scale`, dtype: 'F32', shape: [w.shape[0]], bytes: new Uint8Array(Buffer.from(w.scale, 'base64')) });
    } else {
      out.push({ name, dtype: 'F32', shape: w.shape, bytes: new Uint8Array(Buffer.from(w.data, 'base64')) });
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The header bytes (8-byte length + JSON padded with spaces to a multiple of 8) for entries with offsets. */
export function stHeaderBytes(metadata, placed) {
  const header = { __metadata__: metadata };
  for (const e of placed) header[e.name] = { dtype: e.dtype, shape: e.shape, data_offsets: [e.begin, e.end] };
  let h = Buffer.from(JSON.stringify(header));
  h = Buffer.concat([h, Buffer.alloc((8 - (h.length % 8)) % 8, 0x20)]);
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(h.length));
  return new Uint8Array(Buffer.concat([len, h]));
}

/** A whole safetensors file: entries laid out back to back in the order given. */
export function safetensorsBytes(metadata, entries) {
  let off = 0;
  const placed = entries.map((e) => {
    const p = { ...e, begin: off, end: off + e.bytes.byteLength };
    off = p.end;
    return p;
  });
  const head = stHeaderBytes(metadata, placed);
  const out = new Uint8Array(head.byteLength + off);
  out.set(head);
  for (const p of placed) out.set(p.bytes, head.byteLength + p.begin);
  return { bytes: out, dataStart: head.byteLength, placed };
}

/**
 * A sharded bundle: shards of at most `shardBytes` (a tensor keeps its scale), each with the full metadata, and
 * the index {metadata, weight_map}. Returns {index, shards: {file: {bytes, dataStart, placed}}}.
 */
export function shardedBundle(obj, shardBytes, stem = 'm') {
  const entries = stEntriesOf(obj);
  const groups = [[]];
  let size = 0;
  for (const e of entries) {
    const isScale = e.name.endsWith('.scale') && entries.some((x) => x.name === e.name.slice(0, -6) && x.dtype === 'I8');
    if (!isScale && groups[groups.length - 1].length && size + e.bytes.byteLength > shardBytes) {
      groups.push([]);
      size = 0;
    }
    groups[groups.length - 1].push(e);
    size += e.bytes.byteLength;
  }
  const n = groups.length;
  const meta = stMetadata(obj);
  const shards = {};
  const weightMap = {};
  groups.forEach((g, i) => {
    const file = `${stem}-${String(i + 1).padStart(5, '0')}-of-${String(n).padStart(5, '0')}.safetensors`;
    shards[file] = safetensorsBytes(meta, g);
    for (const e of g) weightMap[e.name] = file;
  });
  return { index: { metadata: { ...meta, total_size: '0' }, weight_map: weightMap }, shards };
}

/** weights_sha256 of FORMATS.md over [{name, dtype, shape, bytes, scaleBytes?}] (node:crypto). */
export function weightsSha256(tensors) {
  const h = createHash('sha256');
  for (const t of [...tensors].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    h.update(`${t.name}\n${t.dtype}\n${t.shape.join(',')}\n`);
    if (t.scaleBytes) h.update(t.scaleBytes);
    h.update(t.bytes);
  }
  return h.digest('hex');
}

export const sha256hex = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** readRange over in-memory files {loc: Uint8Array}; `calls` records [loc, start, end]. */
export function memoryReadRange(files) {
  const calls = [];
  return {
    calls,
    readRange(loc, start, end) {
      calls.push([loc, start, end]);
      const f = files[loc];
      if (!f) throw new Error(`no file ${loc}`);
      return f.subarray(start, Math.min(end, f.byteLength));
    },
  };
}

/**
 * fetch over in-memory files {url: Uint8Array}: with `ranged` a single "bytes=a-b" Range gets 206 + Content-Range
 * (416 past the end), otherwise (or without a Range header) 200 with the whole file. `calls` records
 * [url, range header or null, status].
 */
export function memoryFetch(files, { ranged = true, contentLength = true } = {}) {
  const calls = [];
  return {
    calls,
    async fetch(url, init = {}) {
      const range = init.headers ? (init.headers.Range ?? init.headers.range ?? null) : null;
      const f = files[url];
      if (!f) {
        calls.push([url, range, 404]);
        return new Response('no', { status: 404, statusText: 'Not Found' });
      }
      const m = range && ranged ? /^bytes=(\d+)-(\d+)$/.exec(range) : null;
      if (m) {
        const a = Number(m[1]);
        const b = Math.min(Number(m[2]), f.byteLength - 1);
        if (a >= f.byteLength) {
          calls.push([url, range, 416]);
          return new Response(null, { status: 416, headers: { 'content-range': `bytes */${f.byteLength}` } });
        }
        calls.push([url, range, 206]);
        return new Response(f.slice(a, b + 1), { status: 206, headers: { 'content-range': `bytes ${a}-${b}/${f.byteLength}` } });
      }
      calls.push([url, range, 200]);
      const headers = contentLength ? { 'content-length': String(f.byteLength) } : {};
      return new Response(contentLength ? f.slice() : new Blob([f]).stream(), { status: 200, headers });
    },
  };
}
