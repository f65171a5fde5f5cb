// Bundle loader (docs/FORMATS.md "JSON bundle" and "safetensors bundle"): the whole bundle at once.
//
// Browser-safe: no Node-only import at the top level. Filesystem paths are read under Node through a dynamic
// import of node:fs/promises, only when the source is a path (or a file: URL).
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
// where each Tensor is { dtype (as stored: "float32" | "int8" | "q4" | ...), shape: number[], data: Float32Array,
// stored: { bytes: Uint8Array, scaleBytes?: Uint8Array, offsetBytes?: Uint8Array, q4? } } and, for int8, scale:
// Float32Array (one per row). For int8, `data` is a getter that dequantises on first access (and keeps the result):
// a port that computes with int8 directly reads `stored.bytes` and `scale` and never pays for the float32 copy.
// A q4 tensor (4-bit groups, docs/FORMATS.md "q4 tensors") has `q4` = {groupSize, scaleDtype, affine}, float32
// `scale` (and, affine, `offset`) per group, and the same lazy `data`, decoded exactly as the reference dequantises
// it (the wasm engine keeps the nibbles resident and never decodes); its stored parts stay for the hash.
//
// It is openBundle (source.js) reading every tensor once, in name order: a safetensors file is read tensor by
// tensor from its byte ranges (never the whole file at once), and weights_sha256 is hashed on the way.
// Every float weight is checked to be finite (a NaN or Infinity throws, naming the tensor, the first index and
// the count), and unless options.verifyHash === false the bundle's identity is verified: weights_sha256 against the
// weights, then bundle_sha256 against config, tokenizer and weights (a mismatch of either throws). `verified` is true
// only when both matched; a bundle exported before bundle_sha256 existed loads with verified false and
// integrity 'weights' (its weights checked, its config and tokenizer bound by nothing).
//
// The byte-level helpers live in tensors.js and the I/O in source.js; this module re-exports them, so code
// importing them from here keeps working.

import { bundleTensor } from './tensors.js';
import { openBundleAs, claimedHashProblem, hashMismatchMessage, bundleHashMismatchMessage, STORED_IDENTITY } from './source.js';
import { bundleSha256, createSha256, weightHashHeader } from './hash.js';

export {
  MAX_SAFETENSORS_HEADER, isNode, decodeBase64, encodeBase64, bytesToFloat32, float32ToBytes, decodeB64Array,
  encodeB64Array, dequantizeInt8, checkFinite, parseSafetensors,
} from './tensors.js';
export { BUNDLE_FORMAT, BUNDLE_VERSION, resolveLocation, readBytes, readJson, openBundle } from './source.js';
export { sha256, canonicalJson, bundleSha256 } from './hash.js';

/**
 * Load an emlx bundle from any supported source (see the file header).
 * options: { fetch, readBytes(loc) -> bytes, readRange(loc, start, end) -> bytes, baseLocation, verifyHash
 * (default true: recompute weights_sha256 and throw when it differs from the bundle's) } (openBundle's options).
 */
export async function loadBundle(source, options = {}) {
  if (source !== null && typeof source === 'object' && source.container && source.config && source.weights) {
    // already loaded: verified now unless it was then
    if (options.verifyHash !== false && source.verified !== true) await verifyWeightsSha256(source);
    return source;
  }
  const src = await openBundleAs(source, options, 'loadBundle');
  try {
    const weights = {};
    for (const name of src.names) weights[name] = bundleTensor(await src.read(name));
    await src.verify();
    const bundle = {
      format: src.format,
      version: src.version,
      config: src.config,
      tokenizer: src.tokenizer,
      weights,
      training: src.training,
      source: src.source,
      weights_sha256: src.weights_sha256,
      bundle_sha256: src.bundle_sha256,
      generated_by: src.generated_by,
      container: src.container,
      files: src.files, // where it was read from (the file, or the index then its shards; empty for bytes or objects)
    };
    // verified: the whole identity matched (weights_sha256 and bundle_sha256); integrity says what was proven
    bundle.verified = src.verified;
    bundle.integrity = src.integrity;
    Object.defineProperty(bundle, STORED_IDENTITY, { value: src[STORED_IDENTITY] ?? null });
    return bundle;
  } finally {
    src.close();
  }
}

/**
 * Verify a loaded bundle's identity: recompute weights_sha256 and throw if the claim is missing or differs (a
 * modified or corrupt file), then bundle_sha256 over the config and tokenizer as loadBundle read them. Sets
 * `verified: true` and `integrity: 'bundle'` when both matched; `integrity: 'weights'` (verified stays false) for a
 * bundle without bundle_sha256.
 */
export async function verifyWeightsSha256(bundle) {
  const claimed = bundle.weights_sha256;
  const problem = claimedHashProblem(claimed);
  if (problem) throw new Error(problem);
  const computed = await computeWeightsSha256(bundle);
  if (computed !== claimed) throw new Error(hashMismatchMessage(claimed, computed));
  const stored = bundle[STORED_IDENTITY];
  if (bundle.bundle_sha256 && stored) {
    const whole = await bundleSha256({ ...stored, weights_sha256: computed });
    if (whole !== bundle.bundle_sha256) throw new Error(bundleHashMismatchMessage(bundle.bundle_sha256, whole));
    bundle.verified = true;
    bundle.integrity = 'bundle';
  } else {
    bundle.integrity = 'weights';
  }
  return bundle;
}

// weights_sha256 (FORMATS.md): SHA-256 over the weights sorted by name; for each the UTF-8 bytes of
// `name + "\n" + dtype + "\n" + ",".join(shape) + "\n"` (q4: then its layout line), then the scale bytes (int8,
// q4), the offset bytes (affine q4), then the data bytes.

/** weights_sha256 of a loaded bundle's stored bytes (hex), hashed incrementally (nothing is concatenated). */
export async function computeWeightsSha256(bundle) {
  const names = Object.keys(bundle.weights).sort();
  const heads = names.map((name) => {
    const w = bundle.weights[name];
    return weightHashHeader(name, w.dtype, w.shape, w.stored.q4);
  });
  let total = 0;
  names.forEach((name, i) => {
    const s = bundle.weights[name].stored;
    total += heads[i].byteLength + s.bytes.byteLength + (s.scaleBytes ? s.scaleBytes.byteLength : 0)
      + (s.offsetBytes ? s.offsetBytes.byteLength : 0);
  });
  const h = await createSha256({ totalBytes: total });
  names.forEach((name, i) => {
    const s = bundle.weights[name].stored;
    h.update(heads[i]);
    if (s.scaleBytes) h.update(s.scaleBytes);
    if (s.offsetBytes) h.update(s.offsetBytes);
    h.update(s.bytes);
  });
  return h.hex();
}
