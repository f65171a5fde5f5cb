// Bundle loader (docs/FORMATS.md "JSON bundle" and "safetensors bundle").
//
// Browser-safe: no Node-only import at the top level. Filesystem paths are read through a dynamic import of
// node:fs/promises, only when running under Node and only when the source is a path (or a file: URL).
//
// loadBundle(source, options) accepts:
//   - a plain object (an already parsed JSON bundle),
//   - a string holding JSON text (starts with "{"),
//   - an ArrayBuffer / typed array / DataView holding JSON bytes or a safetensors file,
//   - a Response (anything with arrayBuffer()),
//   - a URL (string with a scheme, or a URL object) fetched with options.fetch || globalThis.fetch,
//   - a filesystem path (Node only; in a browser a scheme-less string is treated as a relative URL).
// and returns a Bundle:
//   { format, version, config (validated ModelSpec), tokenizer (block or null), weights: {name: Tensor},
//     training, source, weights_sha256, generated_by, container: "json" | "safetensors" }
// where each Tensor is { dtype (as stored: "float32" | "int8" | ...), shape: number[], data: Float32Array,
// stored: { bytes: Uint8Array, scaleBytes?: Uint8Array } } and, for int8, scale: Float32Array (one per row).
// For int8, `data` is a getter that dequantises on first access (and keeps the result): a port that computes
// with int8 directly reads `stored.bytes` and `scale` and never pays for the float32 copy.
//
// Every float weight is checked to be finite (a NaN or Infinity throws, naming the tensor, the first index and
// the count), and weights_sha256 is verified against the weights unless options.verifyHash === false.

import { parseSpec, checkTensors } from './spec.js';

export const BUNDLE_FORMAT = 'emlx.bundle';
export const BUNDLE_VERSION = 1;
/** Refuse safetensors headers larger than this (bytes); a real header is a few KB. */
export const MAX_SAFETENSORS_HEADER = 100 * 1024 * 1024;

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export function isNode() {
  return typeof process !== 'undefined' && process.versions != null && process.versions.node != null
    && typeof window === 'undefined';
}

// -------------------------------------------------------------------------------------------------------
// base64 (strict: a corrupt string must be an error, never silently skipped characters)

const B64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_LOOKUP = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) t[B64_ALPHABET.charCodeAt(i)] = i;
  return t;
})();

/**
 * Decode standard, padded base64 into a fresh Uint8Array (its own ArrayBuffer, offset 0).
 * Throws Error(`${what}: ...`) naming the first bad character or the bad length.
 */
export function decodeBase64(str, what = 'base64 data') {
  if (typeof str !== 'string') throw new Error(`${what}: expected a base64 string, got ${typeof str}`);
  const n = str.length;
  if (n % 4 !== 0) {
    throw new Error(`${what}: corrupt base64 (length ${n} is not a multiple of 4)`);
  }
  let pad = 0;
  if (n > 0 && str.charCodeAt(n - 1) === 61) pad++;
  if (n > 1 && str.charCodeAt(n - 2) === 61) pad++;
  const outLen = (n / 4) * 3 - pad;
  const out = new Uint8Array(outLen);
  let o = 0;
  for (let i = 0; i < n; i += 4) {
    const last = i + 4 === n;
    let v = 0;
    for (let j = 0; j < 4; j++) {
      const c = str.charCodeAt(i + j);
      let d = c < 128 ? B64_LOOKUP[c] : -1;
      if (d < 0) {
        if (c === 61 && last && j >= 4 - pad) {
          d = 0;
        } else {
          const ch = JSON.stringify(str[i + j]);
          throw new Error(`${what}: corrupt base64 (invalid character ${ch} at offset ${i + j})`);
        }
      }
      v = (v << 6) | d;
    }
    out[o++] = (v >>> 16) & 255;
    if (o < outLen) out[o++] = (v >>> 8) & 255;
    if (o < outLen) out[o++] = v & 255;
  }
  return out;
}

/** Encode bytes (Uint8Array or any typed array) as standard padded base64. */
export function encodeBase64(bytes) {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = [];
  let chunk = '';
  let i = 0;
  for (; i + 2 < b.length; i += 3) {
    const v = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
    chunk += B64_ALPHABET[v >>> 18] + B64_ALPHABET[(v >>> 12) & 63] + B64_ALPHABET[(v >>> 6) & 63] + B64_ALPHABET[v & 63];
    if (chunk.length >= 65536) {
      parts.push(chunk);
      chunk = '';
    }
  }
  const rest = b.length - i;
  if (rest === 1) {
    const v = b[i] << 16;
    chunk += B64_ALPHABET[v >>> 18] + B64_ALPHABET[(v >>> 12) & 63] + '==';
  } else if (rest === 2) {
    const v = (b[i] << 16) | (b[i + 1] << 8);
    chunk += B64_ALPHABET[v >>> 18] + B64_ALPHABET[(v >>> 12) & 63] + B64_ALPHABET[(v >>> 6) & 63] + '=';
  }
  parts.push(chunk);
  return parts.join('');
}

/** Little-endian float32 bytes -> Float32Array (copying only when unaligned or on a big-endian host). */
export function bytesToFloat32(bytes) {
  if (bytes.byteLength % 4 !== 0) throw new Error(`float32 data has ${bytes.byteLength} bytes, not a multiple of 4`);
  const n = bytes.byteLength / 4;
  if (LITTLE_ENDIAN) {
    if (bytes.byteOffset % 4 === 0) return new Float32Array(bytes.buffer, bytes.byteOffset, n);
    return new Float32Array(bytes.slice().buffer, 0, n);
  }
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = dv.getFloat32(4 * i, true);
  return out;
}

/** Float32Array -> little-endian bytes (a view when possible). */
export function float32ToBytes(arr) {
  if (LITTLE_ENDIAN) return new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength);
  const out = new Uint8Array(arr.length * 4);
  const dv = new DataView(out.buffer);
  for (let i = 0; i < arr.length; i++) dv.setFloat32(4 * i, arr[i], true);
  return out;
}

/** A "b64 array" of FORMATS.md: {shape, data: base64 little-endian float32}. */
export function decodeB64Array(obj, what = 'array') {
  if (obj === null || typeof obj !== 'object' || !Array.isArray(obj.shape)) {
    throw new Error(`${what}: expected {shape, data}, got ${obj === null ? 'null' : typeof obj}`);
  }
  const n = numel(obj.shape, what);
  const bytes = decodeBase64(obj.data, what);
  if (bytes.byteLength !== 4 * n) {
    throw new Error(`${what}: float32 data has ${bytes.byteLength} bytes, expected ${4 * n} (shape ${JSON.stringify(obj.shape)})`);
  }
  return { shape: obj.shape.slice(), data: bytesToFloat32(bytes) };
}

export function encodeB64Array(data, shape) {
  const f = data instanceof Float32Array ? data : Float32Array.from(data);
  const n = shape.reduce((a, b) => a * b, 1);
  if (n !== f.length) throw new Error(`encodeB64Array: ${f.length} values do not fill shape ${JSON.stringify(shape)}`);
  return { shape: shape.slice(), data: encodeBase64(float32ToBytes(f)) };
}

function numel(shape, what) {
  if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0)) {
    throw new Error(`${what}: shape must be a list of non-negative integers, got ${JSON.stringify(shape)}`);
  }
  return shape.reduce((a, b) => a * b, 1);
}

// -------------------------------------------------------------------------------------------------------
// tensors

function bf16ToFloat32(bytes) {
  const n = bytes.byteLength / 2;
  const out = new Float32Array(n);
  const u = new Uint32Array(out.buffer);
  for (let i = 0; i < n; i++) u[i] = ((bytes[2 * i + 1] << 8) | bytes[2 * i]) << 16;
  return out;
}

function f16ToFloat32(bytes) {
  const n = bytes.byteLength / 2;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const h = (bytes[2 * i + 1] << 8) | bytes[2 * i];
    const s = h & 0x8000 ? -1 : 1;
    const e = (h >> 10) & 31;
    const m = h & 1023;
    if (e === 0) out[i] = s * m * 2 ** -24;
    else if (e === 31) out[i] = m ? NaN : s * Infinity;
    else out[i] = s * (1 + m / 1024) * 2 ** (e - 15);
  }
  return out;
}

/** Dequantise symmetric per-row int8: w[r, c] = q[r, c] * scale[r], rounded to float32. */
export function dequantizeInt8(q, scale, shape) {
  const rows = shape.length === 0 ? 1 : shape[0];
  const n = q.length;
  const cols = rows === 0 ? 0 : n / rows;
  const out = new Float32Array(n);
  for (let r = 0; r < rows; r++) {
    const s = scale[r];
    const base = r * cols;
    // q * s is exact in float64 (8-bit times 24-bit significand); the Float32Array store rounds once,
    // which is exactly float32 multiplication.
    for (let c = 0; c < cols; c++) out[base + c] = q[base + c] * s;
  }
  return out;
}

/** Throw if `data` holds a NaN or +-Infinity, naming the tensor, the first flat index and the count. */
export function checkFinite(name, data) {
  let first = -1;
  let count = 0;
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (v - v !== 0) { // NaN and +-Infinity, one comparison per value
      if (first < 0) first = i;
      count++;
    }
  }
  if (count) {
    throw new Error(`tensor "${name}" has ${count} non-finite value(s) of ${data.length}, the first ${data[first]} at flat index ${first}; `
      + 'the bundle is corrupt or was made from a diverged run: re-export it from a finite checkpoint');
  }
  return data;
}

function makeF32Tensor(name, shape, bytes) {
  const n = numel(shape, `tensor "${name}"`);
  if (bytes.byteLength !== 4 * n) {
    throw new Error(`tensor "${name}": float32 data has ${bytes.byteLength} bytes, expected ${4 * n} (shape ${JSON.stringify(shape)})`);
  }
  return { dtype: 'float32', shape: shape.slice(), data: checkFinite(name, bytesToFloat32(bytes)), stored: { bytes } };
}

function makeInt8Tensor(name, shape, bytes, scaleBytes) {
  const n = numel(shape, `tensor "${name}"`);
  if (shape.length < 1) throw new Error(`tensor "${name}": int8 tensors need at least one dimension (one scale per row)`);
  if (bytes.byteLength !== n) {
    throw new Error(`tensor "${name}": int8 data has ${bytes.byteLength} bytes, expected ${n} (shape ${JSON.stringify(shape)})`);
  }
  const rows = shape[0];
  if (scaleBytes.byteLength !== 4 * rows) {
    throw new Error(`tensor "${name}": int8 scale has ${scaleBytes.byteLength} bytes, expected ${4 * rows} (one float32 per row, ${rows} rows)`);
  }
  const scale = bytesToFloat32(scaleBytes);
  for (let r = 0; r < rows; r++) {
    if (!Number.isFinite(scale[r])) throw new Error(`tensor "${name}": int8 scale of row ${r} is ${scale[r]}`);
  }
  const t = { dtype: 'int8', shape: shape.slice(), stored: { bytes, scaleBytes }, scale };
  let data = null;
  // Lazy: dequantised on first access only (int8 x finite scale is always finite, so no check is needed).
  Object.defineProperty(t, 'data', {
    enumerable: true,
    configurable: true,
    get() {
      if (data === null) data = dequantizeInt8(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), scale, t.shape);
      return data;
    },
    set(v) {
      data = v;
    },
  });
  return t;
}

function jsonWeight(name, w) {
  if (w === null || typeof w !== 'object') throw new Error(`tensor "${name}": expected {dtype, shape, data}, got ${w === null ? 'null' : typeof w}`);
  const shape = w.shape;
  numel(shape, `tensor "${name}"`);
  if (w.dtype === 'float32') {
    return makeF32Tensor(name, shape, decodeBase64(w.data, `tensor "${name}" data`));
  }
  if (w.dtype === 'int8') {
    if (typeof w.scale !== 'string') throw new Error(`tensor "${name}": int8 tensor without a "scale" (base64 float32, one per row)`);
    const bytes = decodeBase64(w.data, `tensor "${name}" data`);
    const scaleBytes = decodeBase64(w.scale, `tensor "${name}" scale`);
    return makeInt8Tensor(name, shape, bytes, scaleBytes);
  }
  throw new Error(`tensor "${name}": unsupported dtype ${JSON.stringify(w.dtype)} (expected "float32" or "int8")`);
}

// -------------------------------------------------------------------------------------------------------
// bundle assembly

function finishBundle(meta, weights, container) {
  if (meta.format !== BUNDLE_FORMAT) {
    throw new Error(`not an emlx bundle: format is ${JSON.stringify(meta.format)}, expected "${BUNDLE_FORMAT}"`);
  }
  if (Number(meta.version) !== BUNDLE_VERSION) {
    throw new Error(`emlx bundle version ${JSON.stringify(meta.version)} is not supported (expected ${BUNDLE_VERSION})`);
  }
  if (meta.config === undefined || meta.config === null) throw new Error('emlx bundle has no "config" (ModelSpec)');
  const config = parseSpec(meta.config);
  const shapes = {};
  for (const [k, t] of Object.entries(weights)) shapes[k] = t.shape;
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
    weights,
    training: meta.training ?? null,
    source: meta.source ?? null,
    weights_sha256: meta.weights_sha256 ?? null,
    generated_by: meta.generated_by ?? null,
    container,
  };
}

/** Build a Bundle from a parsed JSON bundle object. */
export function bundleFromObject(obj) {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw new Error('bundle JSON must be an object');
  if (obj.weights === null || typeof obj.weights !== 'object' || Array.isArray(obj.weights)) {
    if (obj.format !== BUNDLE_FORMAT) throw new Error(`not an emlx bundle: format is ${JSON.stringify(obj.format)}, expected "${BUNDLE_FORMAT}"`);
    throw new Error('emlx bundle has no "weights" object');
  }
  if (obj.format !== BUNDLE_FORMAT) {
    throw new Error(`not an emlx bundle: format is ${JSON.stringify(obj.format)}, expected "${BUNDLE_FORMAT}"`);
  }
  const weights = {};
  for (const name of Object.keys(obj.weights).sort()) weights[name] = jsonWeight(name, obj.weights[name]);
  return finishBundle(obj, weights, 'json');
}

const ST_DTYPES = { F32: 4, I8: 1, BF16: 2, F16: 2, U8: 1, F64: 8, I32: 4, I64: 8, I16: 2 };

/**
 * Parse a safetensors file (bytes). Returns {metadata: {str: str}, tensors: {name: {dtype, shape, bytes}}}.
 * Validates the header length, offsets (in range, non-overlapping, matching dtype x shape).
 */
export function parseSafetensors(input) {
  const bytes = toUint8(input);
  if (bytes.byteLength < 8) throw new Error(`safetensors: file has ${bytes.byteLength} bytes, too short for the 8-byte header length`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lo = dv.getUint32(0, true);
  const hi = dv.getUint32(4, true);
  const headerLen = hi * 2 ** 32 + lo;
  if (headerLen > MAX_SAFETENSORS_HEADER) throw new Error(`safetensors: header length ${headerLen} exceeds the ${MAX_SAFETENSORS_HEADER}-byte limit`);
  if (8 + headerLen > bytes.byteLength) {
    throw new Error(`safetensors: header length ${headerLen} runs past the end of the file (${bytes.byteLength} bytes)`);
  }
  let header;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + headerLen)));
  } catch (e) {
    throw new Error(`safetensors: header is not valid JSON (${e.message})`);
  }
  if (header === null || typeof header !== 'object' || Array.isArray(header)) throw new Error('safetensors: header must be a JSON object');
  const dataStart = 8 + headerLen;
  const dataLen = bytes.byteLength - dataStart;
  const metadata = {};
  if (header.__metadata__ !== undefined) {
    const m = header.__metadata__;
    if (m === null || typeof m !== 'object' || Array.isArray(m)) throw new Error('safetensors: __metadata__ must be an object of strings');
    for (const [k, v] of Object.entries(m)) {
      if (typeof v !== 'string') throw new Error(`safetensors: __metadata__.${k} must be a string, got ${typeof v}`);
      metadata[k] = v;
    }
  }
  const tensors = {};
  const spans = [];
  for (const [name, info] of Object.entries(header)) {
    if (name === '__metadata__') continue;
    if (info === null || typeof info !== 'object') throw new Error(`safetensors: tensor "${name}" has no header entry object`);
    const { dtype, shape, data_offsets: off } = info;
    if (!(dtype in ST_DTYPES)) throw new Error(`safetensors: tensor "${name}" has unsupported dtype ${JSON.stringify(dtype)}`);
    const n = numel(shape, `safetensors: tensor "${name}"`);
    if (!Array.isArray(off) || off.length !== 2 || !off.every((x) => Number.isInteger(x) && x >= 0) || off[1] < off[0]) {
      throw new Error(`safetensors: tensor "${name}" has bad data_offsets ${JSON.stringify(off)}`);
    }
    if (off[1] > dataLen) {
      throw new Error(`safetensors: tensor "${name}" data_offsets ${JSON.stringify(off)} run past the data section (${dataLen} bytes)`);
    }
    const want = n * ST_DTYPES[dtype];
    if (off[1] - off[0] !== want) {
      throw new Error(`safetensors: tensor "${name}" (${dtype}, shape ${JSON.stringify(shape)}) has ${off[1] - off[0]} bytes, expected ${want}`);
    }
    spans.push([off[0], off[1], name]);
    tensors[name] = { dtype, shape: shape.slice(), bytes: bytes.slice(dataStart + off[0], dataStart + off[1]) };
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i][0] < spans[i - 1][1]) {
      throw new Error(`safetensors: tensors "${spans[i - 1][2]}" and "${spans[i][2]}" overlap (offsets ${spans[i - 1][0]}-${spans[i - 1][1]} and ${spans[i][0]}-${spans[i][1]})`);
    }
  }
  return { metadata, tensors };
}

function stTensorsToWeights(tensors) {
  const weights = {};
  const names = Object.keys(tensors).sort();
  const scales = new Set();
  for (const name of names) {
    const t = tensors[name];
    if (t.dtype === 'I8') {
      const sname = `${name}.scale`;
      const s = tensors[sname];
      if (!s) throw new Error(`safetensors: int8 tensor "${name}" has no "${sname}" (float32, one per row)`);
      if (s.dtype !== 'F32') throw new Error(`safetensors: "${sname}" must be F32, got ${s.dtype}`);
      scales.add(sname);
      weights[name] = makeInt8Tensor(name, t.shape, t.bytes, s.bytes);
    }
  }
  for (const name of names) {
    if (scales.has(name) || name in weights) continue;
    const t = tensors[name];
    if (t.dtype === 'F32') weights[name] = makeF32Tensor(name, t.shape, t.bytes);
    else if (t.dtype === 'BF16') weights[name] = { dtype: 'bfloat16', shape: t.shape, data: checkFinite(name, bf16ToFloat32(t.bytes)), stored: { bytes: t.bytes } };
    else if (t.dtype === 'F16') weights[name] = { dtype: 'float16', shape: t.shape, data: checkFinite(name, f16ToFloat32(t.bytes)), stored: { bytes: t.bytes } };
    else throw new Error(`safetensors: tensor "${name}" has dtype ${t.dtype}; bundles store F32, or I8 with NAME.scale`);
  }
  return weights;
}

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
    generated_by: metadata.generated_by,
  };
}

/** Build a Bundle from safetensors bytes. */
export function bundleFromSafetensors(input) {
  const { metadata, tensors } = parseSafetensors(input);
  if (metadata.format === undefined) throw new Error('safetensors file has no __metadata__.format: not an emlx bundle');
  return finishBundle(metaFromSafetensors(metadata), stTensorsToWeights(tensors), 'safetensors');
}

// -------------------------------------------------------------------------------------------------------
// sources

function toUint8(input) {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (typeof SharedArrayBuffer !== 'undefined' && input instanceof SharedArrayBuffer) return new Uint8Array(input);
  throw new Error(`expected bytes, got ${input === null ? 'null' : typeof input}`);
}

function isBytes(x) {
  return x instanceof ArrayBuffer || ArrayBuffer.isView(x)
    || (typeof SharedArrayBuffer !== 'undefined' && x instanceof SharedArrayBuffer);
}

function firstNonSpace(bytes) {
  for (let i = 0; i < bytes.length && i < 4096; i++) {
    const c = bytes[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xef && c !== 0xbb && c !== 0xbf) return c;
  }
  return -1;
}

/** Parse a JSON document given as text or bytes; errors name what was being read. */
function parseJsonBytes(bytes, what) {
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    throw new Error(`${what}: not valid UTF-8 (${e.message})`);
  }
  return parseJsonText(text, what);
}

function parseJsonText(text, what) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${what}: not valid JSON (${e.message})`);
  }
}

/** Bundle from bytes: JSON if the first non-space byte is "{", else safetensors (or a sharded index). */
export async function bundleFromBytes(input, options = {}, what = 'bundle') {
  const bytes = toUint8(input);
  if (firstNonSpace(bytes) === 0x7b) {
    const obj = parseJsonBytes(bytes, what);
    return bundleFromParsed(obj, options, what);
  }
  if (!looksLikeSafetensors(bytes)) {
    const head = Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join(' ');
    throw new Error(`${what}: not an emlx bundle (neither JSON starting with "{" nor a safetensors file): `
      + `${bytes.byteLength} bytes starting with ${head || 'nothing'}; load the .json or .safetensors file written by \`emlx export\``);
  }
  return bundleFromSafetensors(bytes);
}

/** A safetensors file starts with an 8-byte little-endian header length that fits the file, then "{". */
function looksLikeSafetensors(bytes) {
  if (bytes.byteLength < 10) return false;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = dv.getUint32(4, true) * 2 ** 32 + dv.getUint32(0, true);
  return n >= 2 && 8 + n <= bytes.byteLength && bytes[8] === 0x7b;
}

async function bundleFromParsed(obj, options, what) {
  if (obj && typeof obj === 'object' && obj.weight_map && typeof obj.weight_map === 'object') {
    return bundleFromShardIndex(obj, options, what);
  }
  return bundleFromObject(obj);
}

/**
 * Sharded safetensors: an index {"metadata": {...__metadata__ strings...}, "weight_map": {tensor: shard file}}
 * whose shard paths are relative to the index. Metadata missing from the index is taken from the first shard.
 */
async function bundleFromShardIndex(index, options, what) {
  const base = options.baseLocation;
  if (base === undefined) throw new Error(`${what}: a sharded index must be loaded from a path or URL (shards are relative to it)`);
  const files = [...new Set(Object.values(index.weight_map))].sort();
  const tensors = {};
  let metadata = index.metadata && typeof index.metadata === 'object' ? { ...index.metadata } : {};
  for (const f of files) {
    const loc = resolveLocation(f, base);
    const bytes = await readBytes(loc, options);
    const part = parseSafetensors(bytes);
    for (const [k, v] of Object.entries(part.metadata)) if (!(k in metadata)) metadata[k] = v;
    for (const [k, v] of Object.entries(part.tensors)) {
      if (k in tensors) throw new Error(`${what}: tensor "${k}" appears in more than one shard`);
      tensors[k] = v;
    }
  }
  for (const [k, f] of Object.entries(index.weight_map)) {
    if (!(k in tensors)) throw new Error(`${what}: tensor "${k}" is listed for shard ${f} but is not in it`);
  }
  if (metadata.format === undefined) throw new Error(`${what}: sharded index has no metadata.format: not an emlx bundle`);
  metadata = Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  return finishBundle(metaFromSafetensors(metadata), stTensorsToWeights(tensors), 'safetensors');
}

function hasScheme(s) {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(s) || /^(data|blob):/.test(s);
}

/** Resolve `loc` against `base` (a URL string or a filesystem path). */
export function resolveLocation(loc, base) {
  if (base === undefined || base === null || hasScheme(loc) || loc.startsWith('/')) return loc;
  if (hasScheme(base)) return new URL(loc, base).href;
  const i = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
  return i >= 0 ? base.slice(0, i + 1) + loc : loc;
}

/**
 * Read bytes from a path or URL. options.readBytes(loc) wins when given; otherwise file: URLs and plain
 * paths go to node:fs under Node, and anything else to options.fetch || globalThis.fetch.
 */
export async function readBytes(loc, options = {}) {
  if (typeof options.readBytes === 'function') return toUint8(await options.readBytes(loc));
  const locStr = loc instanceof URL ? loc.href : String(loc);
  if (isNode() && (locStr.startsWith('file:') || !hasScheme(locStr))) {
    const fsName = 'node:fs/promises';
    const fs = await import(/* @vite-ignore */ /* webpackIgnore: true */ fsName);
    let p = locStr;
    if (locStr.startsWith('file:')) {
      const urlName = 'node:url';
      const { fileURLToPath } = await import(/* @vite-ignore */ /* webpackIgnore: true */ urlName);
      p = fileURLToPath(locStr);
    }
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
  if (resp.ok === false) throw new Error(`cannot fetch ${locStr}: HTTP ${resp.status}${resp.statusText ? ' ' + resp.statusText : ''}`);
  return new Uint8Array(await resp.arrayBuffer());
}

/** Read and parse a JSON document from a path or URL (used for sidecars and jobs). */
export async function readJson(loc, options = {}) {
  if (typeof options.readText === 'function') return parseJsonText(await options.readText(loc), String(loc));
  return parseJsonBytes(await readBytes(loc, options), String(loc));
}

/**
 * Load an emlx bundle from any supported source (see the file header).
 * options: { fetch, readBytes(loc) -> bytes, baseLocation, verifyHash (default true: recompute weights_sha256 and
 * throw when it differs from the bundle's) }.
 */
export async function loadBundle(source, options = {}) {
  const bundle = await loadBundleUnverified(source, options);
  if (options.verifyHash !== false && bundle.verified !== true) await verifyWeightsSha256(bundle);
  return bundle;
}

/**
 * Recompute weights_sha256 and throw if the bundle's claim is missing or differs (a modified or corrupt file).
 * Marks the bundle `verified: true` on success.
 */
export async function verifyWeightsSha256(bundle) {
  const claimed = bundle.weights_sha256;
  if (typeof claimed !== 'string' || !/^[0-9a-f]{64}$/.test(claimed)) {
    throw new Error(`bundle has no valid weights_sha256 (found ${JSON.stringify(claimed)}); re-export it with \`emlx export\`, `
      + 'or pass {verifyHash: false} to load it unverified');
  }
  const computed = await computeWeightsSha256(bundle);
  if (computed !== claimed) {
    throw new Error(`bundle weights_sha256 ${claimed.slice(0, 12)}… does not match its weights (${computed.slice(0, 12)}…): `
      + 'the file was modified or is corrupt; re-export it');
  }
  bundle.verified = true;
  return bundle;
}

async function loadBundleUnverified(source, options) {
  if (source === null || source === undefined) throw new Error('loadBundle: no source given');
  if (isBytes(source)) return bundleFromBytes(source, options);
  if (typeof source === 'string') {
    const t = source.trimStart();
    if (t.startsWith('{')) return bundleFromParsed(parseJsonText(source, 'bundle'), options, 'bundle');
    const bytes = await readBytes(source, options);
    return bundleFromBytes(bytes, { ...options, baseLocation: options.baseLocation ?? source }, source);
  }
  if (typeof URL !== 'undefined' && source instanceof URL) {
    const bytes = await readBytes(source, options);
    return bundleFromBytes(bytes, { ...options, baseLocation: options.baseLocation ?? source.href }, source.href);
  }
  if (typeof source === 'object' && typeof source.arrayBuffer === 'function' && !('weights' in source)) {
    if (source.ok === false) throw new Error(`loadBundle: response is HTTP ${source.status}`);
    return bundleFromBytes(new Uint8Array(await source.arrayBuffer()), options);
  }
  if (typeof source === 'object' && source.container && source.config && source.weights) return source; // already loaded
  if (typeof source === 'object') return bundleFromParsed(source, options, 'bundle');
  throw new Error(`loadBundle: unsupported source of type ${typeof source}`);
}

// -------------------------------------------------------------------------------------------------------
// weights_sha256 (FORMATS.md): SHA-256 over the weights sorted by name; for each the UTF-8 bytes of
// `name + "\n" + dtype + "\n" + ",".join(shape) + "\n"`, then (int8 only) the scale bytes, then the data bytes.

export async function computeWeightsSha256(bundle) {
  const subtle = globalThis.crypto && globalThis.crypto.subtle;
  const enc = new TextEncoder();
  const parts = [];
  let total = 0;
  for (const name of Object.keys(bundle.weights).sort()) {
    const t = bundle.weights[name];
    const head = enc.encode(`${name}\n${t.dtype}\n${t.shape.join(',')}\n`);
    parts.push(head);
    total += head.byteLength;
    if (t.stored.scaleBytes) {
      parts.push(t.stored.scaleBytes);
      total += t.stored.scaleBytes.byteLength;
    }
    parts.push(t.stored.bytes);
    total += t.stored.bytes.byteLength;
  }
  const all = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    all.set(p, o);
    o += p.byteLength;
  }
  // crypto.subtle exists in Node and in secure browser contexts; a page served over plain http has none.
  const digest = subtle ? new Uint8Array(await subtle.digest('SHA-256', all)) : sha256(all);
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

const SHA256_K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** SHA-256 (FIPS 180-4) of bytes, for contexts without crypto.subtle. Returns the 32-byte digest. */
export function sha256(bytes) {
  const H = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const W = new Uint32Array(64);
  const n = bytes.byteLength;
  const full = Math.floor(n / 64);
  const tail = new Uint8Array(n % 64 < 56 ? 64 : 128);
  tail.set(bytes.subarray(full * 64));
  tail[n % 64] = 0x80;
  const tv = new DataView(tail.buffer);
  tv.setUint32(tail.length - 8, Math.floor(n / 2 ** 29), false);
  tv.setUint32(tail.length - 4, (n * 8) >>> 0, false);
  const block = (src, off) => {
    for (let t = 0; t < 16; t++) {
      const i = off + 4 * t;
      W[t] = (src[i] << 24) | (src[i + 1] << 16) | (src[i + 2] << 8) | src[i + 3];
    }
    for (let t = 16; t < 64; t++) {
      const a = W[t - 15];
      const b = W[t - 2];
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      W[t] = (W[t - 16] + s0 + W[t - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, h] = H;
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + S1 + ch + SHA256_K[t] + W[t]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    H[0] += a; H[1] += b; H[2] += c; H[3] += d; H[4] += e; H[5] += f; H[6] += g; H[7] += h;
  };
  for (let i = 0; i < full; i++) block(bytes, i * 64);
  for (let off = 0; off < tail.length; off += 64) block(tail, off);
  const out = new Uint8Array(32);
  const ov = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) ov.setUint32(4 * i, H[i], false);
  return out;
}
