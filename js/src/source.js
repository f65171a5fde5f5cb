// Streaming bundle source (docs/FORMATS.md "Streaming reads"): open a bundle, learn its metadata and tensor list
// from the header alone, then read one tensor at a time, each straight from its byte range of the file or URL.
//
//   const src = await openBundle('model.safetensors.index.json');   // or .safetensors, .json, a URL, bytes, ...
//   for (const name of src.names) {              // sorted: the weights_sha256 order
//     const t = await src.read(name);            // {dtype, shape, bytes, data?, scale?}: fresh, the caller's
//     upload(name, t);                           // ... and drop it: the source keeps no copy
//   }
//   await src.verify();                          // free here: the weights were hashed as they were read
//   src.close();
//
// Browser-safe: no Node-only import at the top level. Paths and file: URLs are read under Node through a dynamic
// import of node:fs/promises (positioned reads: files over 2 GiB and over 4 GiB work); URLs with HTTP Range
// requests through options.fetch || globalThis.fetch.
//
// What the source holds: the parsed header (and, for a JSON bundle, the parsed document: JSON bundles are small
// by construction), an open file handle per file under Node, at most one read-ahead window per file of
// options.coalesceBytes (URLs and readRange only: neighbouring small tensors fetched in one request, each
// handed out once and the window dropped when all of it was taken), and, outside Node, the hash engine's state
// (for bundles up to 256 MiB hashed with crypto.subtle, one copy of the weights until verify(); see hash.js).

import { parseSpec, checkTensors } from './spec.js';
import {
  isNode, toUint8, isBytes, firstNonSpace, parseJsonBytes, parseJsonText, numel, base64ByteLength, decodeBase64,
  checkStoredLengths, decodeStoredTensor, safetensorsHeaderLength, parseSafetensorsHeader, bundleTensorsOfSafetensors,
  MAX_METADATA_STRING,
} from './tensors.js';
import { bundleSha256, createSha256, weightHashHeader } from './hash.js';
import { cacheSettings, cachedBytes, newCacheStats } from './cache.js';

export const BUNDLE_FORMAT = 'emlx.bundle';
export const BUNDLE_VERSION = 1;
/** Read-ahead per request for URLs and options.readRange: neighbouring tensors up to this many bytes in one request. */
export const DEFAULT_COALESCE_BYTES = 16 * 1024 * 1024;
/** A server that ignores Range requests: its whole answer is read only up to this size. */
export const MAX_UNRANGED_BYTES = 1024 * 1024 * 1024;
/** The first read of a file: enough for the 8-byte length and a typical header (the rest is read after). */
const PROBE_BYTES = 64 * 1024;
/** Neighbouring tensors further apart than this are not fetched in one request. */
const MAX_GAP_BYTES = 4096;
/** Positioned reads under Node are issued in pieces of at most this (fs caps one read at 2 GiB - 1). */
const NODE_READ_PIECE = 256 * 1024 * 1024;

// -------------------------------------------------------------------------------------------------------
// one load: progress, abort, cache (options.onProgress, options.signal, options.cache)

/** The key under which openBundle hands its LoadIO to the files it opens (inside its copy of the options). */
const IO = Symbol('emlx.load');

/** The abort signal's reason as the Error to throw (an AbortError DOMException from AbortController.abort()). */
function abortError(signal) {
  const r = signal.reason;
  if (r instanceof Error || (r && typeof r === 'object' && 'name' in r)) return r;
  const e = new Error(r === undefined ? 'the load was aborted' : String(r));
  e.name = 'AbortError';
  return e;
}

/**
 * What one openBundle / loadBundle shares across its files: the progress callback (bytes of the bundle's files
 * delivered so far against the sum of their sizes), the abort signal (checked before every read and passed to
 * fetch), and the Cache API settings with their counters.
 */
class LoadIO {
  constructor(options) {
    if (options.onProgress !== undefined && typeof options.onProgress !== 'function') throw new Error('options.onProgress must be a function');
    const sig = options.signal;
    if (sig !== undefined && sig !== null && (typeof sig !== 'object' || typeof sig.aborted !== 'boolean')) throw new Error('options.signal must be an AbortSignal');
    this.onProgress = options.onProgress ?? null;
    this.signal = sig ?? null;
    this.cache = cacheSettings(options.cache);
    this.cacheStats = this.cache ? newCacheStats() : null;
    this.files = [];
    this.loaded = 0;
    this.finished = false;
  }

  check() {
    if (this.signal && this.signal.aborted) throw abortError(this.signal);
  }

  register(file) {
    file.io = this;
    this.files.push(file);
    return file;
  }

  /** Sum of the sizes of the files opened so far (null while one is unknown). */
  total() {
    let t = 0;
    for (const f of this.files) {
      if (f.size === null || f.size === undefined) return null;
      t += f.size;
    }
    return t;
  }

  add(n) {
    this.loaded += n;
    this.emit(false);
  }

  /** Report progress; `done`: the load is complete (loaded = total, whatever was read twice or skipped). */
  emit(done) {
    if (this.onProgress === null || (this.finished && !done)) return;
    const total = this.total();
    const loaded = total === null ? this.loaded : done ? total : Math.min(this.loaded, total);
    if (done) this.finished = true;
    this.onProgress({ loaded, total });
  }
}

// -------------------------------------------------------------------------------------------------------
// locations

export function hasScheme(s) {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(s) || /^(data|blob):/.test(s);
}

/** Resolve `loc` against `base` (a URL string or a filesystem path). */
export function resolveLocation(loc, base) {
  if (base === undefined || base === null || hasScheme(loc) || loc.startsWith('/')) return loc;
  if (hasScheme(base)) return new URL(loc, base).href;
  const i = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
  return i >= 0 ? base.slice(0, i + 1) + loc : loc;
}

function isLocalPath(locStr) {
  return isNode() && (locStr.startsWith('file:') || !hasScheme(locStr));
}

async function nodeImport(name) {
  return import(/* @vite-ignore */ /* webpackIgnore: true */ name);
}

async function localPath(locStr) {
  if (!locStr.startsWith('file:')) return locStr;
  const { fileURLToPath } = await nodeImport('node:url');
  return fileURLToPath(locStr);
}

function httpError(url, resp) {
  return new Error(`cannot fetch ${url}: HTTP ${resp.status}${resp.statusText ? ' ' + resp.statusText : ''}`);
}

/**
 * Read a whole file from a path or URL (sidecars, jobs). options.readBytes(loc) wins when given; otherwise file:
 * URLs and plain paths go to node:fs under Node, and anything else to options.fetch || globalThis.fetch.
 */
export async function readBytes(loc, options = {}) {
  if (typeof options.readBytes === 'function') return toUint8(await options.readBytes(loc));
  const locStr = loc instanceof URL ? loc.href : String(loc);
  if (isLocalPath(locStr)) {
    const fs = await nodeImport('node:fs/promises');
    const p = await localPath(locStr);
    try {
      return new Uint8Array(await fs.readFile(p));
    } catch (e) {
      throw new Error(`cannot read ${p}: ${e.code || e.message}`);
    }
  }
  const f = options.fetch || globalThis.fetch;
  if (typeof f !== 'function') throw new Error(`cannot fetch ${locStr}: no fetch function available`);
  let resp;
  try {
    resp = await f(locStr);
  } catch (e) {
    throw new Error(`cannot fetch ${locStr}: ${e.message}`);
  }
  if (resp.ok === false) throw httpError(locStr, resp);
  return new Uint8Array(await resp.arrayBuffer());
}

/** Read and parse a JSON document from a path or URL (used for sidecars and jobs). */
export async function readJson(loc, options = {}) {
  if (typeof options.readText === 'function') return parseJsonText(await options.readText(loc), String(loc));
  return parseJsonBytes(await readBytes(loc, options), String(loc));
}

// -------------------------------------------------------------------------------------------------------
// files: {loc, size (number, or null while unknown), ranged, requests, bytesRead,
//         probe(n) -> the first min(n, size) bytes, read(a, b) -> exactly bytes [a, b) (fresh), close()}

function shortRead(loc, a, b, got) {
  return new Error(`cannot read ${loc}: asked for bytes ${a}-${b} (end exclusive), the file ends after ${got} of them`);
}

/** What every file kind shares: where it is (for messages), its size once known, whether it reads by ranges, the
 *  coalescing gap it suits, and counters of the reads it made. */
class ByteFile {
  constructor(loc, size, ranged, coalesceDefault) {
    this.loc = loc;
    this.size = size;
    this.ranged = ranged;
    this.coalesceDefault = coalesceDefault;
    this.requests = 0;
    this.bytesRead = 0;
    this.io = null; // the LoadIO of the load that opened it (progress, abort), if any
  }

  /** `n` bytes of the file arrived (from the disk, the network, the cache or memory). */
  delivered(n) {
    this.bytesRead += n;
    if (this.io) this.io.add(n);
  }

  checkAbort() {
    if (this.io) this.io.check();
  }

  /** The whole file of known size, given its first bytes `head`: they and the rest read after them. */
  async rest(head) {
    if (head.byteLength === this.size) return head;
    const tail = await this.read(head.byteLength, this.size);
    const all = new Uint8Array(this.size);
    all.set(head);
    all.set(tail, head.byteLength);
    return all;
  }
}

/** Bytes already in memory (a bytes source, a Response, options.readBytes, a server without Range support). */
class MemoryFile extends ByteFile {
  constructor(bytes, loc) {
    super(loc ?? 'bundle', bytes.byteLength, false, 0);
    this.bytes = bytes;
    this.anonymous = loc === null || loc === undefined; // bytes given by the caller: no location to report
  }

  async probe(n) {
    return this.bytes.subarray(0, Math.min(n, this.size));
  }

  async read(a, b) {
    this.checkAbort();
    if (b > this.size) throw shortRead(this.loc, a, b, Math.max(0, this.size - a));
    this.requests++;
    this.delivered(b - a);
    return this.bytes.slice(a, b);
  }

  async readAll() {
    return this.bytes;
  }

  close() {
    this.bytes = null;
  }
}

/** A local file under Node: one FileHandle, positioned reads into a buffer sized for the range. */
class NodeFile extends ByteFile {
  static async open(locStr) {
    const fs = await nodeImport('node:fs/promises');
    const p = await localPath(locStr);
    let fh;
    try {
      fh = await fs.open(p, 'r');
    } catch (e) {
      throw new Error(`cannot read ${p}: ${e.code || e.message}`);
    }
    let st;
    try {
      st = await fh.stat();
    } catch (e) {
      await fh.close().catch(() => {});
      throw new Error(`cannot read ${p}: ${e.code || e.message}`);
    }
    if (!st.isFile()) {
      await fh.close().catch(() => {});
      throw new Error(`cannot read ${p}: ${st.isDirectory() ? 'EISDIR' : 'not a regular file'}`);
    }
    return new NodeFile(p, fh, st.size);
  }

  constructor(path, fh, size) {
    super(path, size, true, 0); // a positioned read costs a system call, not a round trip: read tensors exactly
    this.fh = fh;
  }

  async probe(n) {
    return this.read(0, Math.min(n, this.size));
  }

  async read(a, b) {
    if (this.fh === null) throw new Error(`cannot read ${this.loc}: the bundle source was closed`);
    this.checkAbort();
    if (b > this.size) throw shortRead(this.loc, a, b, Math.max(0, this.size - a));
    const buf = new Uint8Array(b - a);
    this.requests++;
    let off = 0;
    while (off < buf.byteLength) {
      const len = Math.min(buf.byteLength - off, NODE_READ_PIECE);
      let got;
      try {
        ({ bytesRead: got } = await this.fh.read(buf, off, len, a + off));
      } catch (e) {
        throw new Error(`cannot read ${this.loc}: ${e.code || e.message}`);
      }
      if (got === 0) throw shortRead(this.loc, a, b, off);
      off += got;
      this.delivered(got);
    }
    return buf;
  }

  async readAll(head) {
    return head.byteLength === this.size ? head : this.read(0, this.size);
  }

  close() {
    const fh = this.fh;
    this.fh = null;
    if (fh) fh.close().catch(() => {});
  }
}

function parseContentRange(v) {
  const m = /^\s*bytes\s+(\d+)-(\d+)\/(\d+|\*)\s*$/i.exec(v || '');
  if (!m) return null;
  return { start: Number(m[1]), end: Number(m[2]) + 1, total: m[3] === '*' ? null : Number(m[3]) };
}

function header(resp, name) {
  const h = resp.headers;
  if (!h) return null;
  return typeof h.get === 'function' ? h.get(name) : (h[name] ?? h[name.toLowerCase()] ?? null);
}

function discard(resp) {
  try {
    if (resp.body && typeof resp.body.cancel === 'function') resp.body.cancel().catch(() => {});
  } catch {
    // nothing to release
  }
}

/** A URL read with HTTP Range requests (206); a server that answers 200 is read whole once, when small enough. */
class FetchFile extends ByteFile {
  constructor(url, fetchFn, maxUnranged) {
    super(url, null, true, DEFAULT_COALESCE_BYTES);
    this.fetchFn = fetchFn;
    this.maxUnranged = maxUnranged;
    this.memory = null; // the whole file, when the server ignored the Range header
  }

  async request(a, b) {
    return this.fetchOnce({ headers: { Range: `bytes=${a}-${b - 1}` } });
  }

  /** One fetch of this URL with `init` (plus the load's abort signal); an abort throws the signal's reason. */
  async fetchOnce(init) {
    this.checkAbort();
    const f = this.fetchFn; // called unbound: window.fetch refuses any other `this`
    const signal = this.io && this.io.signal;
    let resp;
    try {
      resp = await f(this.loc, signal ? { ...init, signal } : init);
    } catch (e) {
      this.checkAbort();
      throw new Error(`cannot fetch ${this.loc}: ${e && e.message ? e.message : e}`);
    }
    this.requests++;
    if (!resp || typeof resp !== 'object') throw new Error(`cannot fetch ${this.loc}: fetch returned ${resp === null ? 'null' : typeof resp}`);
    return resp;
  }

  tooLarge(size) {
    return new Error(`cannot fetch ${this.loc}: the server ignored the Range request and sent the whole file `
      + `(HTTP 200, ${size} bytes); bundles over ${this.maxUnranged} bytes must be served by a server that honours `
      + 'HTTP Range requests (206 Partial Content)');
  }

  /**
   * The body of `resp`, counted as it arrives (chunk by chunk when it streams, so progress moves during one large
   * download); more than `limit` bytes throws tooLarge without reading the rest.
   */
  async body(resp, limit = Infinity) {
    const stream = resp.body && typeof resp.body.getReader === 'function' ? resp.body : null;
    const counting = this.io !== null && this.io.onProgress !== null;
    if (stream === null || (!counting && limit === Infinity)) {
      let buf;
      try {
        buf = await resp.arrayBuffer();
      } catch (e) {
        this.checkAbort();
        throw new Error(`cannot fetch ${this.loc}: ${e && e.message ? e.message : e}`);
      }
      const bytes = new Uint8Array(buf);
      if (bytes.byteLength > limit) throw this.tooLarge(bytes.byteLength);
      this.delivered(bytes.byteLength);
      return bytes;
    }
    const reader = stream.getReader();
    const parts = [];
    let n = 0;
    for (;;) {
      let r;
      try {
        r = await reader.read();
      } catch (e) {
        this.checkAbort();
        throw new Error(`cannot fetch ${this.loc}: ${e && e.message ? e.message : e}`);
      }
      if (r.done) break;
      n += r.value.byteLength;
      if (n > limit) {
        reader.cancel().catch(() => {});
        throw this.tooLarge(`more than ${limit}`);
      }
      parts.push(r.value);
      this.delivered(r.value.byteLength);
    }
    if (parts.length === 1) return parts[0];
    const bytes = new Uint8Array(n);
    let o = 0;
    for (const p of parts) {
      bytes.set(p, o);
      o += p.byteLength;
    }
    return bytes;
  }

  /** The body of a 200 answer (the whole file), refusing more than maxUnranged bytes without reading them. */
  async whole(resp) {
    const declared = Number(header(resp, 'content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > this.maxUnranged) {
      discard(resp);
      throw this.tooLarge(declared);
    }
    if (Number.isFinite(declared)) this.size = declared; // progress knows the total while the body arrives
    const bytes = await this.body(resp, this.maxUnranged);
    this.memory = new MemoryFile(bytes, this.loc);
    this.size = bytes.byteLength;
    this.ranged = false;
    return bytes;
  }

  async partial(resp, a, b) {
    const cr = parseContentRange(header(resp, 'content-range'));
    if (cr === null || cr.total === null) {
      discard(resp);
      throw new Error(`cannot fetch ${this.loc}: HTTP 206 without a Content-Range giving the file size `
        + `(got ${JSON.stringify(header(resp, 'content-range'))})`);
    }
    if (this.size === null) this.size = cr.total;
    const want = Math.min(b, cr.total);
    if (cr.start !== a || cr.end !== want) {
      discard(resp);
      throw new Error(`cannot fetch ${this.loc}: asked for bytes ${a}-${want - 1}, the server sent ${cr.start}-${cr.end - 1}`);
    }
    const bytes = await this.body(resp);
    if (bytes.byteLength !== want - a) {
      throw new Error(`cannot fetch ${this.loc}: asked for bytes ${a}-${want - 1} (${want - a} bytes), got ${bytes.byteLength}`);
    }
    return bytes;
  }

  async answer(resp, a, b) {
    const status = resp.status ?? (resp.ok === false ? 0 : 200);
    if (status === 206) return this.partial(resp, a, b);
    if (status === 200 && resp.ok !== false) {
      await this.whole(resp);
      return null; // now in memory
    }
    discard(resp);
    if (status === 416) {
      const cr = /\*\/(\d+)/.exec(header(resp, 'content-range') || '');
      if (a === 0 && cr && Number(cr[1]) === 0) {
        this.size = 0;
        return new Uint8Array(0);
      }
      throw new Error(`cannot fetch ${this.loc}: bytes ${a}-${b - 1} are not in the file (HTTP 416)`);
    }
    throw httpError(this.loc, resp);
  }

  async probe(n) {
    if (this.memory) return this.memory.probe(n);
    const got = await this.answer(await this.request(0, n), 0, n);
    return got === null ? this.memory.probe(n) : got;
  }

  async read(a, b) {
    if (this.memory) return this.memory.read(a, b);
    if (this.size !== null && b > this.size) throw shortRead(this.loc, a, b, Math.max(0, this.size - a));
    if (b === a) return new Uint8Array(0);
    const got = await this.answer(await this.request(a, b), a, b);
    return got === null ? this.memory.read(a, b) : got;
  }

  async readAll(head) {
    if (this.memory) return this.memory.readAll();
    return this.rest(head);
  }

  close() {
    this.memory = null;
  }
}

/** options.readRange(loc, start, end) -> bytes [start, end) (fewer only where the file ends); options.fileSize(loc). */
class CallbackFile extends ByteFile {
  constructor(loc, readRange, fileSize) {
    super(loc, null, true, DEFAULT_COALESCE_BYTES);
    this.readRange = readRange;
    this.fileSize = fileSize;
  }

  async call(a, b) {
    this.checkAbort();
    let got;
    try {
      got = await this.readRange(this.loc, a, b);
    } catch (e) {
      throw new Error(`cannot read ${this.loc}: ${String(e && e.message ? e.message : e).split('\n')[0]}`);
    }
    try {
      got = toUint8(got);
    } catch (e) {
      throw new Error(`readRange(${this.loc}, ${a}, ${b}) must return bytes: ${e.message}`);
    }
    this.requests++;
    if (got.byteLength > b - a) throw new Error(`readRange(${this.loc}, ${a}, ${b}) returned ${got.byteLength} bytes, more than the ${b - a} asked for`);
    // the caller owns what read() returns: copy a view of someone else's buffer
    const own = got.byteOffset === 0 && got.byteLength === got.buffer.byteLength ? got : got.slice();
    this.delivered(own.byteLength);
    return own;
  }

  async probe(n) {
    if (typeof this.fileSize === 'function') {
      const s = Number(await this.fileSize(this.loc));
      if (!Number.isSafeInteger(s) || s < 0) throw new Error(`fileSize(${this.loc}) must be a byte count, got ${s}`);
      this.size = s;
    }
    const want = this.size === null ? n : Math.min(n, this.size);
    const got = await this.call(0, want);
    if (got.byteLength < want) {
      if (this.size !== null) throw shortRead(this.loc, 0, want, got.byteLength);
      this.size = got.byteLength;
    }
    return got;
  }

  async read(a, b) {
    if (this.size !== null && b > this.size) throw shortRead(this.loc, a, b, Math.max(0, this.size - a));
    const got = await this.call(a, b);
    if (got.byteLength !== b - a) throw shortRead(this.loc, a, b, got.byteLength);
    return got;
  }

  async readAll(head) {
    if (this.size !== null) return this.rest(head);
    const parts = [head];
    let n = head.byteLength;
    for (;;) {
      const got = await this.call(n, n + PROBE_BYTES * 16);
      if (got.byteLength === 0) break;
      parts.push(got);
      n += got.byteLength;
    }
    this.size = n;
    const all = new Uint8Array(n);
    let o = 0;
    for (const p of parts) {
      all.set(p, o);
      o += p.byteLength;
    }
    return all;
  }

  close() {}
}

/**
 * The file behind a location: options.readRange, else options.readBytes (whole), else node:fs, else fetch (through
 * the Cache API first when options.cache asks for it). Registered with the load's LoadIO (progress, abort).
 */
async function openFile(loc, options) {
  const io = options[IO] ?? null;
  const locStr = loc instanceof URL ? loc.href : String(loc);
  const own = (file) => (io ? io.register(file) : file);
  if (io) io.check();
  if (typeof options.readRange === 'function') return own(new CallbackFile(locStr, options.readRange, options.fileSize));
  if (typeof options.readBytes === 'function') return own(new MemoryFile(toUint8(await options.readBytes(locStr)), locStr));
  if (isLocalPath(locStr)) return own(await NodeFile.open(locStr));
  const f = options.fetch || globalThis.fetch;
  if (typeof f !== 'function') throw new Error(`cannot fetch ${locStr}: no fetch function available`);
  const max = options.maxUnrangedBytes ?? MAX_UNRANGED_BYTES;
  const file = own(new FetchFile(locStr, f, max));
  // the cache key is the absolute URL (a page's relative location resolved against it)
  const url = !hasScheme(locStr) && typeof location !== 'undefined' && location.href ? new URL(locStr, location.href).href : locStr;
  if (io && io.cache && /^https?:/i.test(url)) {
    const got = await cachedBytes(url, io.cache, {
      stats: io.cacheStats,
      check: () => io.check(),
      fetchOnce: (_url, init) => file.fetchOnce(init),
      download: (resp, limit) => {
        const declared = Number(header(resp, 'content-length') ?? NaN);
        if (Number.isFinite(declared)) file.size = declared; // progress knows the total while the body arrives
        return file.body(resp, limit);
      },
      discard,
      delivered: (n) => file.delivered(n),
    }, max);
    if (got !== null) { // served from the cache, or downloaded whole and stored: read from memory from here on
      file.memory = new MemoryFile(got.bytes, locStr);
      file.size = got.bytes.byteLength;
      file.ranged = false;
      io.emit(false);
    }
  }
  return file;
}

// -------------------------------------------------------------------------------------------------------
// reading byte ranges of one file, neighbouring small ranges coalesced into one request

class RangeReader {
  /** parts: [{start, end}] (absolute, non-overlapping); coalesce: the most bytes one request may cover. */
  constructor(file, parts, coalesce) {
    this.file = file;
    this.parts = parts.slice().sort((x, y) => x.start - y.start || x.end - y.end);
    this.parts.forEach((p, i) => {
      p.idx = i;
      p.reads = 0;
    });
    this.coalesce = coalesce;
    this.window = null; // {start, end, bytes, pending: Set<part>}
  }

  async read(part) {
    const out = await this.fetch(part);
    part.reads++;
    return out;
  }

  async fetch(part) {
    const w = this.window;
    if (w && part.start >= w.start && part.end <= w.end) {
      const out = w.bytes.slice(part.start - w.start, part.end - w.start);
      w.pending.delete(part);
      if (w.pending.size === 0) this.window = null;
      return out;
    }
    const limit = this.file.ranged ? this.coalesce : 0;
    if (limit > 0 && part.end - part.start < limit) {
      // Read ahead over the following ranges that were read no more often than this one (in a first pass: not
      // yet; in a re-read pass: once), while they are close and the request stays within the limit.
      const pending = new Set([part]);
      let end = part.end;
      for (let j = part.idx + 1; j < this.parts.length; j++) {
        const q = this.parts[j];
        if (q.start - end > MAX_GAP_BYTES || q.end - part.start > limit || q.reads > part.reads) break;
        pending.add(q);
        end = Math.max(end, q.end);
      }
      if (pending.size > 1) {
        this.window = null;
        const bytes = await this.file.read(part.start, end);
        if (!this.file.ranged) return bytes.slice(0, part.end - part.start); // the server sent the whole file
        pending.delete(part);
        this.window = { start: part.start, end, bytes, pending };
        return bytes.slice(0, part.end - part.start);
      }
    }
    return this.file.read(part.start, part.end);
  }

  drop() {
    this.window = null;
  }
}

// -------------------------------------------------------------------------------------------------------
// bundle header

function parseMetaJson(metadata, key) {
  if (!(key in metadata)) return undefined;
  try {
    return JSON.parse(metadata[key]);
  } catch (e) {
    throw new Error(`safetensors: __metadata__.${key} is not valid JSON (${e.message})`);
  }
}

function metaFromSafetensors(metadata) {
  return {
    format: metadata.format,
    version: metadata.version,
    config: parseMetaJson(metadata, 'config'),
    tokenizer: parseMetaJson(metadata, 'tokenizer'),
    training: parseMetaJson(metadata, 'training'),
    source: parseMetaJson(metadata, 'source'),
    weights_sha256: metadata.weights_sha256,
    bundle_sha256: metadata.bundle_sha256,
    generated_by: metadata.generated_by,
  };
}

/** The bundle header checks of docs/FORMATS.md (format, version, a valid config whose tensors are `shapes`). */
export function validateBundleHeader(meta, shapes) {
  if (meta.format !== BUNDLE_FORMAT) {
    throw new Error(`not an emlx bundle: format is ${JSON.stringify(meta.format)}, expected "${BUNDLE_FORMAT}"`);
  }
  if (Number(meta.version) !== BUNDLE_VERSION) {
    throw new Error(`emlx bundle version ${JSON.stringify(meta.version)} is not supported (expected ${BUNDLE_VERSION})`);
  }
  if (meta.config === undefined || meta.config === null) throw new Error('emlx bundle has no "config" (ModelSpec)');
  const config = parseSpec(meta.config);
  const problems = checkTensors(config, shapes);
  if (problems.length) throw new Error(`bundle weights do not match its config: ${problems.join('; ')}`);
  const tok = meta.tokenizer === undefined ? null : meta.tokenizer;
  if (tok !== null && (typeof tok !== 'object' || Array.isArray(tok))) {
    throw new Error(`bundle "tokenizer" must be an object or null, got ${typeof tok}`);
  }
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    config,
    tokenizer: tok,
    training: meta.training ?? null,
    source: meta.source ?? null,
    weights_sha256: meta.weights_sha256 ?? null,
    bundle_sha256: meta.bundle_sha256 ?? null,
    generated_by: meta.generated_by ?? null,
  };
}

/** Where a source and a loaded bundle keep what bundle_sha256 covers, as stored (not enumerable). */
export const STORED_IDENTITY = Symbol('emlx.storedIdentity');

/** What bundle_sha256 covers, as the bundle stores it (the config before normalisation). */
function identityOf(meta) {
  return { config: meta.config, tokenizer: meta.tokenizer === undefined ? null : meta.tokenizer };
}

/** The error for a malformed bundle_sha256 claim (null when absent or well formed). */
function claimedBundleHashProblem(claimed) {
  if (claimed === null || claimed === undefined || (typeof claimed === 'string' && /^[0-9a-f]{64}$/.test(claimed))) return null;
  return `bundle_sha256 is ${JSON.stringify(claimed).slice(0, 80)}, expected 64 lowercase hex digits; the bundle is corrupt, re-export it`;
}

export function bundleHashMismatchMessage(claimed, computed) {
  return `bundle_sha256 ${claimed.slice(0, 12)}… does not match its config and tokenizer (${computed.slice(0, 12)}…; `
    + 'the weights match weights_sha256): the config or the tokenizer was changed after export; re-export the bundle';
}

/** The error for a missing or malformed weights_sha256 claim (null when the claim is well formed). */
export function claimedHashProblem(claimed) {
  if (typeof claimed === 'string' && /^[0-9a-f]{64}$/.test(claimed)) return null;
  return `bundle has no valid weights_sha256 (found ${JSON.stringify(claimed)}); re-export it with \`emlx export\`, `
    + 'or pass {verifyHash: false} to load it unverified';
}

export function hashMismatchMessage(claimed, computed) {
  return `bundle weights_sha256 ${claimed.slice(0, 12)}… does not match its weights (${computed.slice(0, 12)}…): `
    + 'the file was modified or is corrupt; re-export it';
}

// -------------------------------------------------------------------------------------------------------
// containers: each gives the reader {header, container, files, tensors: {name: {dtype, shape, byteLength,
// scaleByteLength?}}, raw(name) -> {bytes, scaleBytes?} (fresh), close()}

function jsonTensorInfo(name, w) {
  if (w === null || typeof w !== 'object') throw new Error(`tensor "${name}": expected {dtype, shape, data}, got ${w === null ? 'null' : typeof w}`);
  numel(w.shape, `tensor "${name}"`);
  if (w.dtype === 'float32') {
    const byteLength = base64ByteLength(w.data, `tensor "${name}" data`);
    checkStoredLengths(name, 'float32', w.shape, byteLength);
    return { dtype: 'float32', shape: w.shape.slice(), byteLength };
  }
  if (w.dtype === 'int8') {
    if (typeof w.scale !== 'string') throw new Error(`tensor "${name}": int8 tensor without a "scale" (base64 float32, one per row)`);
    const byteLength = base64ByteLength(w.data, `tensor "${name}" data`);
    const scaleByteLength = base64ByteLength(w.scale, `tensor "${name}" scale`);
    checkStoredLengths(name, 'int8', w.shape, byteLength, scaleByteLength);
    return { dtype: 'int8', shape: w.shape.slice(), byteLength, scaleByteLength };
  }
  throw new Error(`tensor "${name}": unsupported dtype ${JSON.stringify(w.dtype)} (expected "float32" or "int8")`);
}

/** A parsed JSON bundle: metadata at once, one tensor's base64 decoded per read. */
function jsonContainer(obj, files) {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw new Error('bundle JSON must be an object');
  if (obj.weights === null || typeof obj.weights !== 'object' || Array.isArray(obj.weights)) {
    if (obj.format !== BUNDLE_FORMAT) throw new Error(`not an emlx bundle: format is ${JSON.stringify(obj.format)}, expected "${BUNDLE_FORMAT}"`);
    throw new Error('emlx bundle has no "weights" object');
  }
  if (obj.format !== BUNDLE_FORMAT) {
    throw new Error(`not an emlx bundle: format is ${JSON.stringify(obj.format)}, expected "${BUNDLE_FORMAT}"`);
  }
  let weights = obj.weights;
  const tensors = {};
  for (const name of Object.keys(weights).sort()) tensors[name] = jsonTensorInfo(name, weights[name]);
  const header = validateBundleHeader(obj, shapesOf(tensors));
  return {
    header,
    identity: identityOf(obj),
    container: 'json',
    files,
    tensors,
    async raw(name) {
      if (weights === null) throw new Error('bundle source is closed');
      const w = weights[name];
      const bytes = decodeBase64(w.data, `tensor "${name}" data`);
      const scaleBytes = tensors[name].dtype === 'int8' ? decodeBase64(w.scale, `tensor "${name}" scale`) : undefined;
      return { bytes, scaleBytes };
    },
    stats: () => ({ requests: 0, bytesRead: 0 }),
    close() {
      weights = null;
    },
  };
}

function shapesOf(tensors) {
  const shapes = {};
  for (const [k, t] of Object.entries(tensors)) shapes[k] = t.shape;
  return shapes;
}

/** The safetensors header of `file` ({metadata, dataStart, tensors}); `head` is its probe. */
async function readSafetensorsHeader(file, head) {
  const headerLen = safetensorsHeaderLength(head, file.size);
  let bytes = head;
  if (8 + headerLen > head.byteLength) {
    const rest = await file.read(head.byteLength, 8 + headerLen);
    bytes = new Uint8Array(8 + headerLen);
    bytes.set(head);
    bytes.set(rest, head.byteLength);
  }
  const parsed = parseSafetensorsHeader(bytes, file.size);
  if (file.size === null && parsed.dataEnd > 0) {
    // size unknown (readRange without fileSize): the last tensor byte must exist
    const end = parsed.dataStart + parsed.dataEnd;
    try {
      await file.read(end - 1, end);
    } catch {
      throw new Error(`safetensors: ${file.loc}: tensor data_offsets reach byte ${parsed.dataEnd} of the data section, past the end of the file`);
    }
  }
  return parsed;
}

/** A safetensors file starts with an 8-byte little-endian header length that fits the file, then "{". */
function looksLikeSafetensors(head, size) {
  if (head.byteLength < 10) return false;
  const dv = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const n = dv.getUint32(4, true) * 2 ** 32 + dv.getUint32(0, true);
  return n >= 2 && (size === null || 8 + n <= size) && head[8] === 0x7b;
}

/** Safetensors tensors in one or more files: {name: {dtype, shape, data: entry, scale?: entry}}, entry.file. */
function safetensorsContainer(plan, metadata, files, locations, options) {
  const tensors = {};
  const perFile = new Map();
  const partsOf = {};
  for (const [name, t] of Object.entries(plan)) {
    const info = { dtype: t.dtype, shape: t.shape.slice(), byteLength: t.data.end - t.data.begin };
    if (t.scale) info.scaleByteLength = t.scale.end - t.scale.begin;
    tensors[name] = info;
    const part = (e) => {
      const p = { start: e.dataStart + e.begin, end: e.dataStart + e.end, file: e.file };
      if (!perFile.has(e.file)) perFile.set(e.file, []);
      perFile.get(e.file).push(p);
      return p;
    };
    partsOf[name] = { data: part(t.data), scale: t.scale ? part(t.scale) : undefined };
  }
  const readers = new Map();
  for (const [file, parts] of perFile) {
    readers.set(file, new RangeReader(file, parts, options.coalesceBytes ?? file.coalesceDefault ?? 0));
  }
  const meta = metaFromSafetensors(metadata);
  const header = validateBundleHeader(meta, shapesOf(tensors));
  let closed = false;
  return {
    header,
    identity: identityOf(meta),
    container: 'safetensors',
    files: locations,
    tensors,
    async raw(name) {
      if (closed) throw new Error('bundle source is closed');
      const p = partsOf[name];
      const bytes = await readers.get(p.data.file).read(p.data);
      const scaleBytes = p.scale ? await readers.get(p.scale.file).read(p.scale) : undefined;
      return { bytes, scaleBytes };
    },
    stats() {
      let requests = 0;
      let bytesRead = 0;
      for (const f of files) {
        requests += f.requests;
        bytesRead += f.bytesRead;
      }
      return { requests, bytesRead };
    },
    close() {
      closed = true;
      for (const r of readers.values()) r.drop();
      for (const f of files) f.close();
    },
  };
}

function withFile(entries, file, dataStart) {
  const out = {};
  for (const [k, e] of Object.entries(entries)) out[k] = { ...e, file, dataStart };
  return out;
}

async function singleSafetensors(file, head, options) {
  const st = await readSafetensorsHeader(file, head);
  if (st.metadata.format === undefined) throw new Error('safetensors file has no __metadata__.format: not an emlx bundle');
  const plan = bundleTensorsOfSafetensors(withFile(st.tensors, file, st.dataStart));
  return safetensorsContainer(plan, st.metadata, [file], file.anonymous ? [] : [file.loc], options);
}

/**
 * Sharded safetensors: an index {"metadata": {...__metadata__ strings...}, "weight_map": {tensor: shard file}}
 * whose shard paths are relative to the index. Metadata missing from the index is taken from the first shard.
 */
async function shardedSafetensors(index, options, what, base) {
  if (base === undefined || base === null) throw new Error(`${what}: a sharded index must be loaded from a path or URL (shards are relative to it)`);
  const wm = index.weight_map;
  for (const [k, f] of Object.entries(wm)) {
    if (typeof f !== 'string' || f === '') throw new Error(`${what}: weight_map["${k}"] must name a shard file, got ${JSON.stringify(f)}`);
  }
  const names = [...new Set(Object.values(wm))].sort();
  let metadata = index.metadata && typeof index.metadata === 'object' && !Array.isArray(index.metadata) ? { ...index.metadata } : {};
  for (const [k, v] of Object.entries(metadata)) {
    if (typeof v === 'string' && v.length > MAX_METADATA_STRING / 3 && new TextEncoder().encode(v).length > MAX_METADATA_STRING) {
      throw new Error(`${what}: index metadata.${k} is over the ${MAX_METADATA_STRING} bytes a metadata string may hold`);
    }
  }
  const files = [];
  const entries = {};
  try {
    for (const f of names) {
      if (hasScheme(f) || f.startsWith('/') || f.startsWith('\\') || /^[a-zA-Z]:/.test(f) || f.split(/[\\/]/).includes('..')) {
        throw new Error(`${what}: shard ${JSON.stringify(f)} points outside the index's folder`);
      }
      const loc = resolveLocation(f, base);
      const file = await openFile(loc, options);
      files.push(file);
      const head = await file.probe(PROBE_BYTES);
      if (!looksLikeSafetensors(head, file.size)) {
        throw new Error(`${what}: shard ${f} is not a safetensors file (${file.size ?? 'more than ' + head.byteLength} bytes)`);
      }
      let st;
      try {
        st = await readSafetensorsHeader(file, head);
      } catch (e) {
        throw new Error(`${what}: shard ${f}: ${e.message}`);
      }
      for (const key of ['weights_sha256', 'bundle_sha256']) {
        const claimed = metadata[key];
        const own = st.metadata[key];
        if (claimed !== undefined && own !== undefined && String(own) !== String(claimed)) {
          throw new Error(`${what}: shard ${f} belongs to another export (its ${key} ${String(own).slice(0, 12)}… `
            + `differs from ${String(claimed).slice(0, 12)}…)`);
        }
      }
      for (const [k, v] of Object.entries(st.metadata)) if (!(k in metadata)) metadata[k] = v;
      for (const [k, e] of Object.entries(st.tensors)) {
        if (k in entries) throw new Error(`${what}: tensor "${k}" appears in more than one shard`);
        entries[k] = { ...e, file, dataStart: st.dataStart };
      }
    }
    for (const [k, f] of Object.entries(wm)) {
      if (!(k in entries)) throw new Error(`${what}: tensor "${k}" is listed for shard ${f} but is not in it`);
    }
    if (metadata.format === undefined) throw new Error(`${what}: sharded index has no metadata.format: not an emlx bundle`);
    metadata = Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
    const plan = bundleTensorsOfSafetensors(entries);
    const locations = typeof base === 'string' ? [base, ...files.map((f) => f.loc)] : files.map((f) => f.loc);
    return safetensorsContainer(plan, metadata, files, locations, options);
  } catch (e) {
    for (const f of files) f.close();
    throw e;
  }
}

/** An already loaded bundle (loadBundle's result): reads hand out copies of its stored bytes. */
function loadedContainer(bundle) {
  const tensors = {};
  for (const name of Object.keys(bundle.weights).sort()) {
    const t = bundle.weights[name];
    if (!t || !t.stored || !(t.stored.bytes instanceof Uint8Array) || !Array.isArray(t.shape) || typeof t.dtype !== 'string') {
      throw new Error(`openBundle: tensor "${name}" of the loaded bundle has no {dtype, shape, stored: {bytes}} (pass what loadBundle returned)`);
    }
    const info = { dtype: t.dtype, shape: t.shape.slice(), byteLength: t.stored.bytes.byteLength };
    if (t.stored.scaleBytes) info.scaleByteLength = t.stored.scaleBytes.byteLength;
    tensors[name] = info;
  }
  const header = {};
  for (const k of ['format', 'version', 'config', 'tokenizer', 'training', 'source', 'weights_sha256', 'generated_by']) header[k] = bundle[k] ?? null;
  // bundle_sha256 is checked over the config as stored (kept under STORED_IDENTITY by loadBundle)
  header.bundle_sha256 = bundle[STORED_IDENTITY] ? bundle.bundle_sha256 ?? null : null;
  let weights = bundle.weights;
  return {
    header,
    identity: bundle[STORED_IDENTITY] ?? null,
    priorIntegrity: bundle.integrity ?? (bundle.verified === true ? 'bundle' : 'weights'),
    container: bundle.container,
    files: [],
    tensors,
    async raw(name) {
      if (weights === null) throw new Error('bundle source is closed');
      const s = weights[name].stored;
      return { bytes: s.bytes.slice(), scaleBytes: s.scaleBytes ? s.scaleBytes.slice() : undefined };
    },
    stats: () => ({ requests: 0, bytesRead: 0 }),
    close() {
      weights = null;
    },
  };
}

async function fileContainer(file, options, what, base) {
  try {
    const head = await file.probe(PROBE_BYTES);
    if (firstNonSpace(head) === 0x7b) {
      const bytes = await file.readAll(head);
      file.close();
      const c = await parsedContainer(parseJsonBytes(bytes, what), options, what, base, file.anonymous ? [] : [file.loc]);
      const rest = c.stats;
      c.stats = () => { // count reading the JSON document (a bundle, or a shard index) too
        const r = rest();
        return { requests: r.requests + file.requests, bytesRead: r.bytesRead + file.bytesRead };
      };
      return c;
    }
    if (!looksLikeSafetensors(head, file.size)) {
      const hex = Array.from(head.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join(' ');
      throw new Error(`${what}: not an emlx bundle (neither JSON starting with "{" nor a safetensors file): `
        + `${file.size ?? 'more than ' + head.byteLength} bytes starting with ${hex || 'nothing'}; load the .json or .safetensors file written by \`emlx export\``);
    }
    return await singleSafetensors(file, head, options);
  } catch (e) {
    file.close();
    throw e;
  }
}

async function parsedContainer(obj, options, what, base, files) {
  if (obj && typeof obj === 'object' && obj.weight_map && typeof obj.weight_map === 'object') {
    return shardedSafetensors(obj, options, what, base);
  }
  return jsonContainer(obj, files);
}

async function containerOf(source, options, who) {
  if (source === null || source === undefined) throw new Error(`${who}: no source given`);
  const base = options.baseLocation;
  const io = options[IO] ?? null;
  const own = (file) => (io ? io.register(file) : file);
  if (isBytes(source)) return fileContainer(own(new MemoryFile(toUint8(source), null)), options, 'bundle', base);
  if (typeof source === 'string') {
    if (source.trimStart().startsWith('{')) return parsedContainer(parseJsonText(source, 'bundle'), options, 'bundle', base, []);
    return fileContainer(await openFile(source, options), options, source, base ?? source);
  }
  if (typeof URL !== 'undefined' && source instanceof URL) {
    return fileContainer(await openFile(source.href, options), options, source.href, base ?? source.href);
  }
  if (typeof source === 'object' && typeof source.arrayBuffer === 'function' && !('weights' in source)) {
    if (source.ok === false) throw new Error(`${who}: response is HTTP ${source.status}`);
    return fileContainer(own(new MemoryFile(new Uint8Array(await source.arrayBuffer()), null)), options, 'bundle', base);
  }
  if (typeof source === 'object' && source.container && source.config && source.weights) return loadedContainer(source);
  if (typeof source === 'object') return parsedContainer(source, options, 'bundle', base, []);
  throw new Error(`${who}: unsupported source of type ${typeof source}`);
}

// -------------------------------------------------------------------------------------------------------
// the source

/**
 * Open a bundle for streaming reads. `source`: a path (Node) or file: URL, a URL (string or URL object), bytes,
 * a Response, JSON text, a parsed JSON bundle or sharded index, or a bundle loadBundle returned.
 * options: {fetch, readRange(loc, start, end) -> bytes [start, end), fileSize(loc), readBytes(loc) (whole file),
 * baseLocation, verifyHash (default true), coalesceBytes, maxUnrangedBytes}.
 * Resolves to a BundleSource (see the file header and index.d.ts `BundleReader`); throws one-line Errors for
 * anything that is not a valid bundle (header, config, tensor list, byte lengths: everything but the weights'
 * values, which each read() checks).
 */
export async function openBundle(source, options = {}) {
  return openBundleAs(source, options, 'openBundle');
}

/** openBundle with the caller's name in "no source" errors (loadBundle keeps its own messages). */
export async function openBundleAs(source, options, who) {
  const io = new LoadIO(options);
  options = { ...options, [IO]: io };
  io.check();
  const c = await containerOf(source, options, who);
  try {
    return await makeSource(c, options, io);
  } catch (e) {
    c.close();
    throw e;
  }
}

async function makeSource(c, options, io) {
  const names = Object.keys(c.tensors).sort();
  const heads = {};
  let totalBytes = 0;
  let hashBytes = 0;
  for (const name of names) {
    const t = c.tensors[name];
    heads[name] = weightHashHeader(name, t.dtype, t.shape);
    totalBytes += t.byteLength + (t.scaleByteLength ?? 0);
    hashBytes += heads[name].byteLength + t.byteLength + (t.scaleByteLength ?? 0);
  }
  const hashing = options.verifyHash !== false;
  let hasher = hashing ? await createSha256({ totalBytes: hashBytes, engine: options.hashEngine }) : null;
  let cursor = 0; // names[cursor] is the next tensor the hash needs
  let rereads = 0;
  let outcome = null; // null | {ok: true} | {error: message}
  let closed = false;
  let chain = Promise.resolve();
  const serial = (fn) => {
    const p = chain.then(fn);
    chain = p.catch(() => {});
    return p;
  };
  const hashStep = (name, raw) => {
    hasher.update(heads[name]);
    if (raw.scaleBytes) hasher.update(raw.scaleBytes);
    hasher.update(raw.bytes);
    cursor++;
  };
  const tensors = {};
  for (const name of names) tensors[name] = Object.freeze({ ...c.tensors[name], shape: Object.freeze(c.tensors[name].shape.slice()) });

  const src = {
    ...c.header,
    container: c.container,
    files: c.files.slice(),
    totalBytes,
    tensors: Object.freeze(tensors),
    names: Object.freeze(names.slice()),
    hashEngine: hasher ? hasher.engine : null,
    [STORED_IDENTITY]: c.identity,

    /** One tensor, read from its byte range now: {dtype, shape, bytes, data? | scale?, scaleBytes?}, the caller's. */
    read(name) {
      return serial(async () => {
        if (closed) throw new Error('bundle source is closed');
        io.check();
        if (!Object.prototype.hasOwnProperty.call(c.tensors, name)) {
          throw new Error(`no tensor ${JSON.stringify(name)} in this bundle (it has ${names.length}: ${names.slice(0, 3).join(', ')}${names.length > 3 ? ', ...' : ''})`);
        }
        const t = c.tensors[name];
        const raw = await c.raw(name);
        const out = decodeStoredTensor(name, t.dtype, t.shape, raw.bytes, raw.scaleBytes);
        if (hasher && outcome === null && names[cursor] === name) hashStep(name, raw);
        return out;
      });
    },

    /**
     * Check weights_sha256. Free after every tensor was read once in `names` order; otherwise the tensors from the
     * first one missing from that order on are read again (raw bytes only) and hashed. No-op with verifyHash: false.
     */
    verify() {
      if (!hashing) {
        io.emit(true);
        return Promise.resolve();
      }
      return serial(async () => {
        if (outcome && outcome.ok) return;
        if (outcome) throw new Error(outcome.error);
        const problem = claimedHashProblem(c.header.weights_sha256);
        if (problem) throw new Error(problem);
        if (hasher === null) throw new Error('bundle source is closed before every tensor was hashed: verify() before close()');
        while (cursor < names.length) {
          const name = names[cursor];
          hashStep(name, await c.raw(name));
          rereads++;
        }
        const computed = await hasher.hex();
        hasher = null;
        if (computed !== c.header.weights_sha256) {
          outcome = { error: hashMismatchMessage(c.header.weights_sha256, computed) };
          throw new Error(outcome.error);
        }
        // the whole identity: config and tokenizer as stored, with the weights just verified
        const claimed = c.header.bundle_sha256;
        let integrity = 'weights';
        if (claimed !== null && claimed !== undefined && c.identity) {
          const bundleProblem = claimedBundleHashProblem(claimed);
          if (bundleProblem) {
            outcome = { error: bundleProblem };
            throw new Error(outcome.error);
          }
          let whole;
          try {
            whole = await bundleSha256({ ...c.identity, weights_sha256: computed });
          } catch (e) {
            outcome = { error: `bundle_sha256 cannot be computed over its config and tokenizer (${e.message})` };
            throw new Error(outcome.error);
          }
          if (whole !== claimed) {
            outcome = { error: bundleHashMismatchMessage(claimed, whole) };
            throw new Error(outcome.error);
          }
          integrity = 'bundle';
        } else if (c.identity === null) {
          integrity = c.priorIntegrity ?? 'weights';
        }
        outcome = { ok: true, integrity };
        io.emit(true);
      });
    },

    /**
     * True once verify() succeeded over the whole identity: the weights hash to weights_sha256 AND config,
     * tokenizer and weights hash to bundle_sha256. A bundle exported before bundle_sha256 existed stays false
     * (its weights verified, its config and tokenizer bound by nothing): see `integrity`.
     */
    get verified() {
      return outcome !== null && outcome.ok === true && outcome.integrity === 'bundle';
    },

    /** What verify() proved: 'bundle' (the whole identity), 'weights' (weights only: a bundle without
     *  bundle_sha256), or null (not verified yet, or verifyHash: false). */
    get integrity() {
      return outcome !== null && outcome.ok === true ? outcome.integrity : null;
    },

    /** I/O so far: {requests (reads or HTTP requests issued), bytesRead, verifyRereads (tensors verify() re-read)}. */
    stats() {
      const out = { ...c.stats(), verifyRereads: rereads };
      if (io.cacheStats) out.cache = { ...io.cacheStats };
      return out;
    },

    /** Release the files (and anything read ahead); later reads throw. */
    close() {
      if (closed) return;
      closed = true;
      if (cursor < names.length) hasher = null; // verify() could not finish anyway: drop the hash state
      c.close();
    },
  };
  return src;
}
