// Bytes and tensors of a bundle (docs/FORMATS.md): strict base64, little-endian float32 / bfloat16 / float16,
// per-row int8, q4 groups (decoded to float32 on first use), the finiteness check, and the safetensors header. No I/O here: source.js reads files and URLs,
// loader.js assembles whole bundles. Browser-safe (no Node import).

/** Refuse safetensors headers larger than this (bytes); a real header is a few KB. */
export const MAX_SAFETENSORS_HEADER = 100 * 1024 * 1024;
/** UTF-8 bytes one __metadata__ string may hold (emlx/formats/safetensors_header.py MAX_METADATA_STRING): the
 *  tokenizer block of a real tokenizer.json (~10 MB) fits; a larger string is refused before it is parsed. */
export const MAX_METADATA_STRING = 32 * 1024 * 1024;

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

/**
 * The number of bytes `str` decodes to, without decoding it; the same errors as decodeBase64 for a value that is
 * not a string or a length that is not a multiple of 4 (bad characters are only found by decoding).
 */
export function base64ByteLength(str, what = 'base64 data') {
  if (typeof str !== 'string') throw new Error(`${what}: expected a base64 string, got ${typeof str}`);
  const n = str.length;
  if (n % 4 !== 0) throw new Error(`${what}: corrupt base64 (length ${n} is not a multiple of 4)`);
  let pad = 0;
  if (n > 0 && str.charCodeAt(n - 1) === 61) pad++;
  if (n > 1 && str.charCodeAt(n - 2) === 61) pad++;
  return (n / 4) * 3 - pad;
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

export function numel(shape, what) {
  if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0)) {
    throw new Error(`${what}: shape must be a list of non-negative integers, got ${JSON.stringify(shape)}`);
  }
  return shape.reduce((a, b) => a * b, 1);
}

// -------------------------------------------------------------------------------------------------------
// tensors

export function bf16ToFloat32(bytes) {
  const n = bytes.byteLength / 2;
  const out = new Float32Array(n);
  const u = new Uint32Array(out.buffer);
  for (let i = 0; i < n; i++) u[i] = ((bytes[2 * i + 1] << 8) | bytes[2 * i]) << 16;
  return out;
}

export function f16ToFloat32(bytes) {
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

// -------------------------------------------------------------------------------------------------------
// q4 (docs/FORMATS.md "q4 tensors"; emlx/q4.py): 4-bit values in groups along each row, two to a byte (the even
// column in the low nibble), a float16 or float32 scale per group and, for affine groups, an offset.

export const Q4_GROUP_SIZES = Object.freeze([32, 64, 128]);
export const Q4_SCALE_DTYPES = Object.freeze({ float16: 2, float32: 4 });

/** The layout of a q4 tensor: {groupSize, scaleDtype, affine}; throws naming the tensor when it is not one. */
export function q4Layout(name, groupSize, scaleDtype, affine) {
  if (!Q4_GROUP_SIZES.includes(groupSize)) {
    throw new Error(`tensor "${name}": q4 group_size ${JSON.stringify(groupSize)} is not one of ${Q4_GROUP_SIZES.join(', ')}`);
  }
  if (!(scaleDtype in Q4_SCALE_DTYPES)) {
    throw new Error(`tensor "${name}": q4 scale_dtype ${JSON.stringify(scaleDtype)} is not "float16" or "float32"`);
  }
  return Object.freeze({ groupSize, scaleDtype, affine: Boolean(affine) });
}

/** The line weights_sha256 adds after a q4 tensor's shape: "32,float16,symmetric". */
export function q4HashLine(q4) {
  return `${q4.groupSize},${q4.scaleDtype},${q4.affine ? 'affine' : 'symmetric'}`;
}

/** Float32 values of float16 / float32 little-endian bytes (exact). */
function scaleValues(bytes, dtype) {
  return dtype === 'float16' ? f16ToFloat32(bytes) : bytesToFloat32(bytes);
}

/**
 * Dequantise q4 exactly as the reference does (emlx/q4.py), float32 [rows, cols]: symmetric
 * `w = fround(s * (q - 8))`; affine `w = fround(fround(s * q) + o)`. s * q is exact in float64 (a float32 times a
 * 4-bit integer), and a float64 sum of two float32 rounded to float32 is the float32 sum, so each step rounds once,
 * as float32 arithmetic does.
 */
export function dequantizeQ4(bytes, scale, offset, shape, groupSize) {
  const [rows, cols] = shape;
  const groups = cols / groupSize;
  const half = groupSize / 2;
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let g = 0; g < groups; g++) {
      const k = r * groups + g;
      const s = scale[k];
      const o = offset ? offset[k] : 0;
      const base = r * cols + g * groupSize;
      const b0 = base / 2;
      for (let j = 0; j < half; j++) {
        const byte = bytes[b0 + j];
        const lo = byte & 15;
        const hi = byte >> 4;
        if (offset) {
          out[base + 2 * j] = Math.fround(s * lo) + o;
          out[base + 2 * j + 1] = Math.fround(s * hi) + o;
        } else {
          out[base + 2 * j] = s * (lo - 8);
          out[base + 2 * j + 1] = s * (hi - 8);
        }
      }
    }
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

/**
 * Bytes a stored tensor must have: data (and, for int8, the per-row float32 scale; for q4, its scales and offsets
 * given `q4` = {groupSize, scaleDtype, affine}). Throws naming the tensor.
 */
export function checkStoredLengths(name, dtype, shape, byteLength, scaleByteLength, q4, offsetByteLength) {
  const n = numel(shape, `tensor "${name}"`);
  if (dtype === 'q4') {
    if (!q4) throw new Error(`tensor "${name}": q4 tensor without its layout (group_size, scale_dtype)`);
    if (shape.length !== 2 || shape[1] % q4.groupSize !== 0) {
      throw new Error(`tensor "${name}": q4 tensors are 2-D with columns a multiple of the group size ${q4.groupSize}, got shape ${JSON.stringify(shape)}`);
    }
    if (byteLength !== n / 2) {
      throw new Error(`tensor "${name}": q4 data has ${byteLength} bytes, expected ${n / 2} (two values a byte, shape ${JSON.stringify(shape)})`);
    }
    const want = (n / q4.groupSize) * Q4_SCALE_DTYPES[q4.scaleDtype];
    if (scaleByteLength !== want) {
      throw new Error(`tensor "${name}": q4 scale has ${scaleByteLength} bytes, expected ${want} (one ${q4.scaleDtype} per group of ${q4.groupSize})`);
    }
    if (q4.affine ? offsetByteLength !== want : offsetByteLength !== undefined) {
      throw new Error(`tensor "${name}": q4 offset has ${offsetByteLength ?? 'no'} bytes, expected ${q4.affine ? want : 'none (symmetric groups)'}`);
    }
    return;
  }
  if (dtype === 'float32') {
    if (byteLength !== 4 * n) {
      throw new Error(`tensor "${name}": float32 data has ${byteLength} bytes, expected ${4 * n} (shape ${JSON.stringify(shape)})`);
    }
    return;
  }
  if (dtype === 'int8') {
    if (shape.length < 1) throw new Error(`tensor "${name}": int8 tensors need at least one dimension (one scale per row)`);
    if (byteLength !== n) {
      throw new Error(`tensor "${name}": int8 data has ${byteLength} bytes, expected ${n} (shape ${JSON.stringify(shape)})`);
    }
    const rows = shape[0];
    if (scaleByteLength !== 4 * rows) {
      throw new Error(`tensor "${name}": int8 scale has ${scaleByteLength} bytes, expected ${4 * rows} (one float32 per row, ${rows} rows)`);
    }
    return;
  }
  if (dtype === 'bfloat16' || dtype === 'float16') {
    if (byteLength !== 2 * n) {
      throw new Error(`tensor "${name}": ${dtype} data has ${byteLength} bytes, expected ${2 * n} (shape ${JSON.stringify(shape)})`);
    }
    return;
  }
  throw new Error(`tensor "${name}": unsupported dtype ${JSON.stringify(dtype)} (expected "float32", "int8" or "q4")`);
}

/**
 * One stored tensor's bytes -> {dtype, shape, bytes, data?, scale?, scaleBytes?, offsetBytes?, q4?}, checked:
 * lengths, every float finite (checkFinite), one finite scale per int8 row. `bytes` (and `scaleBytes`) are kept,
 * not copied: float32 `data` and int8 `scale` are views of them when aligned; bfloat16 / float16 `data` is widened
 * to float32. A q4 tensor (`extra` = {q4: layout, offsetBytes}) gets its float32 `scale` (and `offset`) per group,
 * checked finite (so its values are finite), and a lazy `data`: decoded on first access (the wasm engine keeps the
 * nibbles resident and never asks); its stored parts stay for the hash.
 */
export function decodeStoredTensor(name, dtype, shape, bytes, scaleBytes, extra = {}) {
  const { q4, offsetBytes } = extra;
  checkStoredLengths(name, dtype, shape, bytes.byteLength, scaleBytes ? scaleBytes.byteLength : undefined, q4,
    offsetBytes ? offsetBytes.byteLength : undefined);
  const out = { dtype, shape: shape.slice(), bytes };
  if (dtype === 'q4') {
    const scale = checkFinite(`${name} scale`, scaleValues(scaleBytes, q4.scaleDtype));
    const offset = offsetBytes ? checkFinite(`${name} offset`, scaleValues(offsetBytes, q4.scaleDtype)) : null;
    Object.assign(out, { q4, scaleBytes, scale, offset });
    if (offsetBytes) out.offsetBytes = offsetBytes;
    lazyData(out, () => dequantizeQ4(bytes, scale, offset, out.shape, q4.groupSize));
    return out;
  }
  if (dtype === 'float32') out.data = checkFinite(name, bytesToFloat32(bytes));
  else if (dtype === 'bfloat16') out.data = checkFinite(name, bf16ToFloat32(bytes));
  else if (dtype === 'float16') out.data = checkFinite(name, f16ToFloat32(bytes));
  else {
    const scale = bytesToFloat32(scaleBytes);
    for (let r = 0; r < scale.length; r++) {
      if (!Number.isFinite(scale[r])) throw new Error(`tensor "${name}": int8 scale of row ${r} is ${scale[r]}`);
    }
    out.scaleBytes = scaleBytes;
    out.scale = scale;
  }
  return out;
}

/**
 * A decoded tensor (decodeStoredTensor) as a loadBundle Tensor: {dtype, shape, data, stored: {bytes, scaleBytes?}}
 * (+ scale for int8). For int8, `data` is a getter that dequantises on first access and keeps the result.
 */
export function bundleTensor(r) {
  if (r.dtype === 'q4') {
    const stored = { bytes: r.bytes, scaleBytes: r.scaleBytes, q4: r.q4 };
    if (r.offsetBytes) stored.offsetBytes = r.offsetBytes;
    const t = { dtype: 'q4', shape: r.shape, q4: r.q4, scale: r.scale, offset: r.offset, stored };
    return lazyData(t, () => r.data);
  }
  if (r.dtype !== 'int8') return { dtype: r.dtype, shape: r.shape, data: r.data, stored: { bytes: r.bytes } };
  const { bytes, scale } = r;
  const t = { dtype: 'int8', shape: r.shape, stored: { bytes, scaleBytes: r.scaleBytes }, scale };
  // int8 x finite scale is always finite, so no check is needed
  return lazyData(t, () => dequantizeInt8(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), scale, t.shape));
}

/**
 * Give `t` a `data` property computed by `make()` on first access and kept (assignable): a quantised tensor's
 * float32 values exist only when something asks for them (the TF.js executor, a host tensor, the wasm engine told
 * to dequantise), never when the wasm engine keeps the quantised bytes resident. Returns t.
 */
function lazyData(t, make) {
  let data = null;
  Object.defineProperty(t, 'data', {
    enumerable: true,
    configurable: true,
    get() {
      if (data === null) data = make();
      return data;
    },
    set(v) {
      data = v;
    },
  });
  return t;
}

// -------------------------------------------------------------------------------------------------------
// safetensors

/** Bytes per element of the safetensors dtypes the header parser accepts. */
export const ST_DTYPES = { F32: 4, I8: 1, BF16: 2, F16: 2, U8: 1, F64: 8, I32: 4, I64: 8, I16: 2 };

/**
 * The header length a safetensors file declares in its first 8 bytes (`head` holds at least those, unless the
 * file is shorter). `fileSize`: the file's size, or null when unknown (then only the size limit is checked).
 */
export function safetensorsHeaderLength(head, fileSize) {
  const have = fileSize ?? head.byteLength;
  if (have < 8 || head.byteLength < 8) throw new Error(`safetensors: file has ${have} bytes, too short for the 8-byte header length`);
  const dv = new DataView(head.buffer, head.byteOffset, 8);
  const headerLen = dv.getUint32(4, true) * 2 ** 32 + dv.getUint32(0, true);
  if (headerLen > MAX_SAFETENSORS_HEADER) throw new Error(`safetensors: header length ${headerLen} exceeds the ${MAX_SAFETENSORS_HEADER}-byte limit`);
  if (fileSize !== null && fileSize !== undefined && 8 + headerLen > fileSize) {
    throw new Error(`safetensors: header length ${headerLen} runs past the end of the file (${fileSize} bytes)`);
  }
  return headerLen;
}

/**
 * Parse and validate a safetensors header without touching the data: `head` holds the file's first
 * 8 + headerLength bytes (or more); `fileSize` is the whole file's size (null: unknown, then the caller must check
 * that the file reaches `dataStart + dataEnd`). Returns {metadata: {str: str}, dataStart, dataEnd (the largest
 * end offset), tensors: {name: {dtype, shape, begin, end}}} with offsets relative to the data section.
 * Checks: the size limit, UTF-8 JSON object, __metadata__ strings, known dtypes, shapes, offsets inside the data
 * section, byte length = dtype x shape, no two tensors overlapping.
 */
export function parseSafetensorsHeader(head, fileSize) {
  const headerLen = safetensorsHeaderLength(head, fileSize);
  if (8 + headerLen > head.byteLength) {
    throw new Error(`safetensors: header length ${headerLen} runs past the end of the file (${head.byteLength} bytes)`);
  }
  let header;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(8, 8 + headerLen)));
  } catch (e) {
    throw new Error(`safetensors: header is not valid JSON (${e.message})`);
  }
  if (header === null || typeof header !== 'object' || Array.isArray(header)) throw new Error('safetensors: header must be a JSON object');
  const dataStart = 8 + headerLen;
  const dataLen = fileSize === null || fileSize === undefined ? null : fileSize - dataStart;
  const metadata = {};
  if (header.__metadata__ !== undefined) {
    const m = header.__metadata__;
    if (m === null || typeof m !== 'object' || Array.isArray(m)) throw new Error('safetensors: __metadata__ must be an object of strings');
    for (const [k, v] of Object.entries(m)) {
      if (typeof v !== 'string') throw new Error(`safetensors: __metadata__.${k} must be a string, got ${typeof v}`);
      const bytes = v.length * 3 <= MAX_METADATA_STRING ? v.length : new TextEncoder().encode(v).length;
      if (bytes > MAX_METADATA_STRING) {
        throw new Error(`safetensors: __metadata__.${k} is ${bytes} bytes, over the ${MAX_METADATA_STRING} a metadata string may hold`);
      }
      metadata[k] = v;
    }
  }
  const tensors = {};
  const spans = [];
  let dataEnd = 0;
  for (const [name, info] of Object.entries(header)) {
    if (name === '__metadata__') continue;
    if (info === null || typeof info !== 'object') throw new Error(`safetensors: tensor "${name}" has no header entry object`);
    const { dtype, shape, data_offsets: off } = info;
    if (!(dtype in ST_DTYPES)) throw new Error(`safetensors: tensor "${name}" has unsupported dtype ${JSON.stringify(dtype)}`);
    const n = numel(shape, `safetensors: tensor "${name}"`);
    if (!Array.isArray(off) || off.length !== 2 || !off.every((x) => Number.isInteger(x) && x >= 0) || off[1] < off[0]) {
      throw new Error(`safetensors: tensor "${name}" has bad data_offsets ${JSON.stringify(off)}`);
    }
    if (dataLen !== null && off[1] > dataLen) {
      throw new Error(`safetensors: tensor "${name}" data_offsets ${JSON.stringify(off)} run past the data section (${dataLen} bytes)`);
    }
    const want = n * ST_DTYPES[dtype];
    if (off[1] - off[0] !== want) {
      throw new Error(`safetensors: tensor "${name}" (${dtype}, shape ${JSON.stringify(shape)}) has ${off[1] - off[0]} bytes, expected ${want}`);
    }
    spans.push([off[0], off[1], name]);
    tensors[name] = { dtype, shape: shape.slice(), begin: off[0], end: off[1] };
    if (off[1] > dataEnd) dataEnd = off[1];
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i][0] < spans[i - 1][1]) {
      throw new Error(`safetensors: tensors "${spans[i - 1][2]}" and "${spans[i][2]}" overlap (offsets ${spans[i - 1][0]}-${spans[i - 1][1]} and ${spans[i][0]}-${spans[i][1]})`);
    }
  }
  return { metadata, dataStart, dataEnd, tensors };
}

/**
 * Parse a whole safetensors file (bytes). Returns {metadata: {str: str}, tensors: {name: {dtype, shape, bytes}}}
 * (each `bytes` a copy). Validation: parseSafetensorsHeader.
 */
export function parseSafetensors(input) {
  const bytes = toUint8(input);
  const { metadata, dataStart, tensors: entries } = parseSafetensorsHeader(bytes, bytes.byteLength);
  const tensors = {};
  for (const [name, e] of Object.entries(entries)) {
    tensors[name] = { dtype: e.dtype, shape: e.shape, bytes: bytes.slice(dataStart + e.begin, dataStart + e.end) };
  }
  return { metadata, tensors };
}

/**
 * The bundle tensors of a safetensors header's entries: F32 -> float32, BF16 -> bfloat16, F16 -> float16, I8
 * `NAME` + F32 `NAME.scale` -> int8, and U8 `NAME` [rows, cols/2] + F16/F32 `NAME.scale` [rows, groups] (+ the same
 * `NAME.offset`) -> q4. Returns {name: {dtype, shape, data: entry, scale?: entry, offset?: entry, q4?}}, sorted by
 * name.
 */
export function bundleTensorsOfSafetensors(entries) {
  const out = {};
  const names = Object.keys(entries).sort();
  const parts = new Set();
  for (const name of names) {
    const t = entries[name];
    if (t.dtype === 'I8') {
      const sname = `${name}.scale`;
      const s = entries[sname];
      if (!s) throw new Error(`safetensors: int8 tensor "${name}" has no "${sname}" (float32, one per row)`);
      if (s.dtype !== 'F32') throw new Error(`safetensors: "${sname}" must be F32, got ${s.dtype}`);
      parts.add(sname);
    } else if (t.dtype === 'U8') {
      const sname = `${name}.scale`;
      const s = entries[sname];
      if (!s) throw new Error(`safetensors: q4 tensor "${name}" (uint8 nibbles) has no "${sname}" (a scale per group)`);
      if (s.dtype !== 'F16' && s.dtype !== 'F32') throw new Error(`safetensors: "${sname}" must be F16 or F32, got ${s.dtype}`);
      parts.add(sname);
      const o = entries[`${name}.offset`];
      if (o) {
        if (o.dtype !== s.dtype) throw new Error(`safetensors: "${name}.offset" must be ${s.dtype} like its scale, got ${o.dtype}`);
        parts.add(`${name}.offset`);
      }
    }
  }
  const KINDS = { F32: 'float32', BF16: 'bfloat16', F16: 'float16', I8: 'int8', U8: 'q4' };
  for (const name of names) {
    if (parts.has(name)) continue;
    const t = entries[name];
    if (!(t.dtype in KINDS)) throw new Error(`safetensors: tensor "${name}" has dtype ${t.dtype}; bundles store F32, I8 with NAME.scale, or U8 (q4) with NAME.scale`);
    const dtype = KINDS[t.dtype];
    const e = { dtype, shape: t.shape, data: t };
    if (dtype === 'int8') e.scale = entries[`${name}.scale`];
    if (dtype === 'q4') {
      e.scale = entries[`${name}.scale`];
      e.offset = entries[`${name}.offset`];
      const [rows, half] = t.shape.length === 2 ? t.shape : [NaN, NaN];
      const groups = e.scale.shape.length === 2 && e.scale.shape[0] === rows ? e.scale.shape[1] : NaN;
      const cols = 2 * half;
      if (!(groups > 0) || cols % groups !== 0) {
        throw new Error(`safetensors: q4 tensor "${name}" ${JSON.stringify(t.shape)} and its scale ${JSON.stringify(e.scale.shape)} do not make groups of a row`);
      }
      if (e.offset && JSON.stringify(e.offset.shape) !== JSON.stringify(e.scale.shape)) {
        throw new Error(`safetensors: "${name}.offset" ${JSON.stringify(e.offset.shape)} differs in shape from its scale ${JSON.stringify(e.scale.shape)}`);
      }
      e.shape = [rows, cols];
      e.q4 = q4Layout(name, cols / groups, e.scale.dtype === 'F16' ? 'float16' : 'float32', Boolean(e.offset));
    }
    checkStoredLengths(name, dtype, e.shape, t.end - t.begin, e.scale ? e.scale.end - e.scale.begin : undefined, e.q4,
      e.offset ? e.offset.end - e.offset.begin : undefined);
    out[name] = e;
  }
  return out;
}

// -------------------------------------------------------------------------------------------------------
// bytes and JSON

export function toUint8(input) {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (typeof SharedArrayBuffer !== 'undefined' && input instanceof SharedArrayBuffer) return new Uint8Array(input);
  throw new Error(`expected bytes, got ${input === null ? 'null' : typeof input}`);
}

export function isBytes(x) {
  return x instanceof ArrayBuffer || ArrayBuffer.isView(x)
    || (typeof SharedArrayBuffer !== 'undefined' && x instanceof SharedArrayBuffer);
}

export function firstNonSpace(bytes) {
  for (let i = 0; i < bytes.length && i < 4096; i++) {
    const c = bytes[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xef && c !== 0xbb && c !== 0xbf) return c;
  }
  return -1;
}

/** Parse a JSON document given as bytes; errors name what was being read. */
export function parseJsonBytes(bytes, what) {
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    throw new Error(`${what}: not valid UTF-8 (${e.message})`);
  }
  return parseJsonText(text, what);
}

export function parseJsonText(text, what) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${what}: not valid JSON (${e.message})`);
  }
}
