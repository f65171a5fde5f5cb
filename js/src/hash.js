// SHA-256 for weights_sha256 (docs/FORMATS.md), incremental so that weights can be hashed as they stream past, and
// bundle_sha256: the whole bundle's identity over RFC 8785 canonical JSON (canonicalJson below).
//
// Engines (createSha256 picks one):
//   - 'node:crypto': under Node, createHash (native, ~1 GB/s), reached through a dynamic import so that
//     browsers never see it;
//   - 'subtle': elsewhere, when crypto.subtle exists (a secure context) and the caller says the whole input is
//     at most SUBTLE_MAX_BYTES: the bytes are copied into one buffer as they arrive and digested at the end.
//     crypto.subtle has no incremental API, but in headless Chromium it hashes ~800 MB/s against ~60 MB/s for
//     the pure-JS engine (measured on 32-128 MB), so small bundles pay one bounded copy instead of seconds;
//   - '@noble/hashes': otherwise (large bundles in a browser, pages without a secure context): audited pure JS,
//     truly incremental, nothing held.

import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { isNode, toUint8 } from './tensors.js';

/** SHA-256 of bytes (any typed array or ArrayBuffer): the 32-byte digest. */
export function sha256(bytes) {
  return nobleSha256(toUint8(bytes));
}

function hex(digest) {
  let s = '';
  for (let i = 0; i < digest.length; i++) s += digest[i].toString(16).padStart(2, '0');
  return s;
}

let nodeCreateHash; // undefined: not looked up yet; null: unavailable

async function nodeHashFactory() {
  if (nodeCreateHash === undefined) {
    nodeCreateHash = null;
    if (isNode()) {
      try {
        const cryptoName = 'node:crypto';
        nodeCreateHash = (await import(/* @vite-ignore */ /* webpackIgnore: true */ cryptoName)).createHash;
      } catch {
        nodeCreateHash = null; // a Node-like runtime without node:crypto: the pure-JS engine below
      }
    }
  }
  return nodeCreateHash;
}

/** Inputs up to this size are hashed with crypto.subtle outside Node (one copy of them is held until the end). */
export const SUBTLE_MAX_BYTES = 256 * 1024 * 1024;

/**
 * An incremental SHA-256: {engine, update(bytes), async hex() -> lowercase hex digest}. `update` copies what it
 * needs before returning (the caller may change its bytes afterwards). options: {totalBytes (how many bytes
 * will be hashed, when known: lets a browser use crypto.subtle), engine ('node:crypto' | 'subtle' |
 * '@noble/hashes' to force one; tests compare them)}.
 */
export async function createSha256(options = {}) {
  const want = options.engine ?? undefined; // null or undefined: choose
  const createHash = want === undefined || want === 'node:crypto' ? await nodeHashFactory() : null;
  if (createHash) {
    const h = createHash('sha256');
    return {
      engine: 'node:crypto',
      update(bytes) {
        h.update(bytes);
      },
      hex: async () => h.digest('hex'),
    };
  }
  const subtle = globalThis.crypto && globalThis.crypto.subtle;
  const total = options.totalBytes;
  if (subtle && (want === 'subtle' || (want === undefined && Number.isInteger(total) && total <= SUBTLE_MAX_BYTES))) {
    let buf = new Uint8Array(Number.isInteger(total) ? total : 1 << 16);
    let n = 0;
    return {
      engine: 'subtle',
      update(bytes) {
        const b = toUint8(bytes);
        if (n + b.byteLength > buf.byteLength) { // more than announced: grow (only when totalBytes was wrong)
          const bigger = new Uint8Array(Math.max(2 * buf.byteLength, n + b.byteLength));
          bigger.set(buf.subarray(0, n));
          buf = bigger;
        }
        buf.set(b, n);
        n += b.byteLength;
      },
      async hex() {
        const d = new Uint8Array(await subtle.digest('SHA-256', buf.subarray(0, n)));
        buf = null;
        return hex(d);
      },
    };
  }
  const h = nobleSha256.create();
  return {
    engine: '@noble/hashes',
    update(bytes) {
      h.update(toUint8(bytes));
    },
    hex: async () => hex(h.digest()),
  };
}

const UTF8 = new TextEncoder();

/** What precedes a weight's bytes in weights_sha256: UTF-8 of `name \n dtype \n shape joined by "," \n`. */
export function weightHashHeader(name, dtype, shape) {
  return UTF8.encode(`${name}\n${dtype}\n${shape.join(',')}\n`);
}

/** Deepest nesting canonicalJson follows (a tokenizer.json has about 6 levels; emlx refuses more than 32). */
export const MAX_CANONICAL_DEPTH = 256;

/**
 * RFC 8785 (JSON Canonicalization Scheme) text of a JSON value: object keys sorted by UTF-16 code units (the order
 * of Array.prototype.sort), no whitespace, numbers and strings exactly as JSON.stringify writes them (the RFC's
 * serialisation is ECMAScript's). The same bytes as Python's `rfc8785.dumps` (emlx/hashing.py). Throws on what JSON
 * cannot hold (a non-finite number, undefined, a function) and past MAX_CANONICAL_DEPTH levels.
 */
export function canonicalJson(value, depth = 0) {
  if (depth > MAX_CANONICAL_DEPTH) throw new Error(`canonical JSON: nested more than ${MAX_CANONICAL_DEPTH} levels deep`);
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`canonical JSON: ${value} is not a JSON number`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v, depth + 1)).join(',')}]`;
  if (typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k], depth + 1)}`).join(',')}}`;
  }
  throw new Error(`canonical JSON: a ${typeof value} is not a JSON value`);
}

/**
 * bundle_sha256 (docs/FORMATS.md): SHA-256 (hex) of the UTF-8 bytes of
 * canonicalJson({config, tokenizer, weights_sha256}), config and tokenizer as the bundle stores them (before any
 * normalisation), tokenizer null when the bundle has none.
 */
export async function bundleSha256({ config, tokenizer, weights_sha256: weights }) {
  const bytes = UTF8.encode(canonicalJson({ config, tokenizer: tokenizer ?? null, weights_sha256: weights }));
  const h = await createSha256({ totalBytes: bytes.byteLength });
  h.update(bytes);
  return h.hex();
}
