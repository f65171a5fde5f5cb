// Test support (not part of the library): the golden files of js/test/goldens, written by
// scripts/make_js_goldens.py from the Python float64 reference (emlx.verify.reference): a tiny bundle per recipe
// (float32 and int8) and the reference's logits and taps for a fixed id sequence. The JS tests compare every
// executor against these numbers, so the truth is computed in another language by another implementation.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GOLDEN_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'goldens');

/** Names of the golden files (without .json), sorted. */
export function goldenNames() {
  return fs.readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

function f32(b64arr) {
  const bytes = Buffer.from(b64arr.data, 'base64');
  return { shape: b64arr.shape, data: new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) };
}

/**
 * One golden: {name, note, bundle (a JSON bundle object, loadBundle() takes it), spec (its config), ids,
 * logits: Float32Array [T * vocab_size], taps: {name: {shape, data}}}.
 */
export function loadGolden(name) {
  const doc = JSON.parse(fs.readFileSync(path.join(GOLDEN_DIR, `${name}.json`), 'utf8'));
  return {
    name: doc.name, note: doc.spec_note, bundle: doc.bundle, spec: doc.bundle.config, ids: doc.ids,
    logits: f32(doc.logits).data, taps: Object.fromEntries(Object.entries(doc.taps).map(([k, v]) => [k, f32(v)])),
  };
}

/** The sidecars' tap tolerance: 1e-4 relative to the tap's largest |value| where that is above 1. */
export function tapTolerance(ref) {
  let m = 1;
  for (const v of ref) m = Math.max(m, Math.abs(v));
  return 1e-4 * m;
}
