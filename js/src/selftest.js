// On-device self-test: does the backend this page got compute what CI proved? (docs/FORMATS.md "Parity certificate")
//
//   const model = await createModel('/models/model.json', { backend: 'webgpu' });
//   const r = await model.selfTest();           // fetches /models/model.parity.json (or pass a URL or the object)
//   // r = {passed, maxAbsDiff, atol, backend, adapter, ms, certified, reason}
//
// `emlx parity` / `emlx gate` write the certificate next to the bundle: the runtimes that passed, bound to the
// bundle's weights_sha256, and a probe: a few token ids with the float64 reference's logits at a few rows (the top-k
// ids with their values and a fixed slice of the vocabulary, each row's argmax and top-1/top-2 margin). The self-test
// runs one stateless forward over the probe ids through the public model API (model.forward) on the backend in use
// and compares: every probed logit within the certificate's atol, and each row's argmax the reference's (unless the
// reference's own margin is within atol: a tie, as in the greedy gate). It catches what a CI machine cannot: a GPU or
// driver that computes differently from the one that was tested (wrong WebGPU results while wasm is right, int8
// gibberish on one vendor, cache aliasing on some GPUs).
//
// Cost: one forward pass over the probe's ids (at most 12) plus a few hundred comparisons.

import { backendInfo, tf } from './backend.js';
import { readJson } from './source.js';

export const CERTIFICATE_FORMAT = 'emlx.parity-certificate';
export const CERTIFICATE_VERSION = 1;

const BUNDLE_SUFFIXES = ['.safetensors.index.json', '.safetensors', '.json', '.onnx'];

/** The certificate next to a bundle: model.json / model.safetensors[.index.json] / model.onnx -> model.parity.json. */
export function certificateLocation(bundleLocation) {
  const loc = bundleLocation instanceof URL ? bundleLocation.href : String(bundleLocation);
  const cut = loc.search(/[?#]/);
  const path = cut < 0 ? loc : loc.slice(0, cut);
  const suffix = BUNDLE_SUFFIXES.find((s) => path.endsWith(s));
  if (!suffix) throw new Error(`selfTest: cannot tell the certificate of ${loc} (not a .json, .safetensors or .onnx bundle); pass it`);
  return path.slice(0, path.length - suffix.length) + '.parity.json';
}

function isNum(x) {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Structure of a certificate (one-line Error naming what is wrong). */
export function checkCertificate(doc, where = 'certificate') {
  const bad = (what) => new Error(`${where}: ${what}`);
  if (!doc || typeof doc !== 'object' || doc.format !== CERTIFICATE_FORMAT) throw bad(`not a parity certificate (format "${CERTIFICATE_FORMAT}" expected)`);
  if (doc.version !== CERTIFICATE_VERSION) throw bad(`version ${JSON.stringify(doc.version)}; this emlx reads version ${CERTIFICATE_VERSION}`);
  if (!doc.bundle_identity || typeof doc.bundle_identity.weights_sha256 !== 'string') throw bad('bundle_identity.weights_sha256 missing');
  if (!isNum(doc.atol) || doc.atol <= 0) throw bad(`atol must be a positive number, got ${JSON.stringify(doc.atol)}`);
  const p = doc.probe;
  if (!p || !Array.isArray(p.ids) || p.ids.length === 0 || !p.ids.every((i) => Number.isInteger(i) && i >= 0)) throw bad('probe.ids must be token ids');
  if (!Array.isArray(p.slice) || p.slice.length !== 2 || !p.slice.every(Number.isInteger)) throw bad('probe.slice must be [start, end]');
  if (!Array.isArray(p.rows) || p.rows.length === 0) throw bad('probe.rows must be a non-empty list');
  for (const r of p.rows) {
    if (!Number.isInteger(r.row) || r.row < 0 || r.row >= p.ids.length) throw bad(`probe row ${JSON.stringify(r.row)} outside the ${p.ids.length} ids`);
    if (!Array.isArray(r.top) || !r.top.every((e) => Array.isArray(e) && Number.isInteger(e[0]) && isNum(e[1]))) throw bad(`probe row ${r.row}: top must be [[id, logit], ...]`);
    if (!Array.isArray(r.slice) || r.slice.length !== p.slice[1] - p.slice[0] || !r.slice.every(isNum)) throw bad(`probe row ${r.row}: slice must hold ${p.slice[1] - p.slice[0]} logits`);
    if (!Number.isInteger(r.argmax)) throw bad(`probe row ${r.row}: argmax must be a token id`);
  }
  if (!Array.isArray(doc.passed)) throw bad('passed must be a list');
  return doc;
}

/** The certificate: an object, or a URL / path (fetched with options.fetch, or read under Node). */
export async function loadCertificate(source, options = {}) {
  if (source && typeof source === 'object' && !(source instanceof URL)) return checkCertificate(source);
  const loc = source instanceof URL ? source.href : String(source);
  let doc;
  try {
    doc = await readJson(loc, options);
  } catch (e) {
    throw new Error(`selfTest: cannot read the parity certificate ${loc}: ${String(e && e.message ? e.message : e).split('\n')[0]}`);
  }
  return checkCertificate(doc, loc);
}

/** What the backend runs on: the GPU adapter (webgpu), the GL renderer (webgl), the wasm features, or null (cpu). */
export async function describeAdapter(backend = tf.getBackend()) {
  try {
    if (backend === 'webgpu') {
      const info = tf.backend().adapterInfo ?? {};
      const parts = [info.vendor, info.architecture, info.device, info.description].filter((x) => x);
      return parts.length ? parts.join(' ') : null;
    }
    if (backend === 'webgl') {
      const gl = tf.backend().gpgpu && tf.backend().gpgpu.gl;
      if (!gl) return null;
      const ext = gl.getExtension('WEBGL_debug_renderer_info');
      return String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    }
    if (backend === 'wasm') {
      const info = backendInfo();
      return `wasm${info.wasm_simd ? ' simd' : ''}${info.wasm_threads ? ' threads' : ''}`;
    }
  } catch {
    // informative only
  }
  return null;
}

function rowArgmax(logits, offset, V) {
  let best = 0;
  for (let j = 1; j < V; j++) if (logits[offset + j] > logits[offset + best]) best = j;
  return best;
}

/**
 * Compare the model's logits over the probe ids with the certificate's (pure: no I/O). logits: Float32Array
 * [T*V] of a stateless forward over probe.ids. Returns {passed, maxAbsDiff, compared, reason, rows}.
 */
export function compareProbe(cert, logits, V) {
  const { probe, atol } = cert;
  const T = probe.ids.length;
  if (logits.length !== T * V) return { passed: false, maxAbsDiff: null, compared: 0, reason: `the model returned ${logits.length} logits for ${T} ids x ${V}`, rows: [] };
  let maxAbsDiff = 0;
  let compared = 0;
  let reason = null;
  const rows = [];
  for (const r of probe.rows) {
    const off = r.row * V;
    let worst = 0;
    const take = (id, ref) => {
      const got = logits[off + id];
      const d = Number.isFinite(got) ? Math.abs(got - ref) : Infinity;
      if (!(d <= worst)) worst = d;
      compared++;
    };
    for (const [id, v] of r.top) {
      if (id >= V) return { passed: false, maxAbsDiff: null, compared, reason: `probe id ${id} outside the model's vocabulary (${V})`, rows };
      take(id, v);
    }
    r.slice.forEach((v, k) => take(probe.slice[0] + k, v));
    const argmax = rowArgmax(logits, off, V);
    const tie = isNum(r.margin) && r.margin <= atol;
    if (argmax !== r.argmax && !tie && reason === null) reason = `row ${r.row}: argmax ${argmax}, the reference's is ${r.argmax} (margin ${r.margin})`;
    if (!(worst <= maxAbsDiff)) maxAbsDiff = worst;
    rows.push({ row: r.row, maxAbsDiff: worst, argmax, refArgmax: r.argmax });
  }
  if (reason === null && !(maxAbsDiff <= atol)) {
    const w = rows.reduce((a, b) => (b.maxAbsDiff > a.maxAbsDiff || !Number.isFinite(b.maxAbsDiff) ? b : a));
    reason = `max|Δlogit| ${maxAbsDiff.toPrecision(3)} > atol ${atol} (row ${w.row})`;
  }
  return { passed: reason === null && compared > 0, maxAbsDiff, compared, reason: compared > 0 ? reason : 'nothing compared', rows };
}

/**
 * Run the certificate's probe on `model` (anything with forward(ids) -> {logits} and spec.vocab_size, e.g. a GPT)
 * on the current backend. certificate: the object, a URL or path, or omitted: `<bundle stem>.parity.json` next to the
 * file or URL the model was loaded from (model.meta.files[0]). options: {fetch} for reading the certificate.
 * Resolves to {passed, maxAbsDiff, atol, backend, adapter, ms (the probe's forward pass and comparison), certified
 * (did CI pass this backend: the certificate lists it), reason (why it failed, else null), rows}.
 * Throws when the certificate cannot be read or is malformed (nothing was tested).
 */
export async function selfTest(model, certificate, options = {}) {
  let source = certificate;
  if (source === undefined || source === null) {
    const files = model && model.meta && model.meta.files;
    if (!Array.isArray(files) || !files.length) {
      throw new Error('selfTest: the model was not loaded from a file or URL, so its certificate cannot be found next to it; pass the certificate (URL or object)');
    }
    source = certificateLocation(files[0]);
  }
  const cert = await loadCertificate(source, options);
  const backend = tf.getBackend();
  const adapter = await describeAdapter(backend);
  const certified = cert.passed.some((r) => r.backend === backend);
  const base = { atol: cert.atol, backend, adapter, certified };
  const weights = model && model.meta ? model.meta.weights_sha256 : undefined;
  if (weights !== cert.bundle_identity.weights_sha256) {
    return { ...base, passed: false, maxAbsDiff: null, ms: 0, rows: [],
      reason: `the certificate is for other weights (${String(cert.bundle_identity.weights_sha256).slice(0, 12)}…, the model has ${String(weights).slice(0, 12)}…)` };
  }
  const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
  const t0 = now();
  const { logits } = await model.forward(cert.probe.ids);
  const cmp = compareProbe(cert, logits, model.spec.vocab_size);
  const ms = now() - t0;
  return { ...base, passed: cmp.passed, maxAbsDiff: cmp.maxAbsDiff, ms, reason: cmp.reason, rows: cmp.rows };
}
