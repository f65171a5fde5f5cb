// The sidecar kinds every harness runs (docs/FORMATS.md "Harness job and result"), once, over a small model
// adapter: run.js adapts the TF.js port (src/model.js's GPT), ort-run.js an onnxruntime session. So the tokenizer,
// forward, layers and kvcache runs, how a job's sidecars are read and checked, the phases (progress, test-only
// fault injection, a fatal runtime failure ending the run) and the result schema exist here only. The Python side
// has the matching table, KINDS in emlx/verify/kinds.py (build, requires, judge per kind), and the onnxruntime
// Python runner runs the same kinds (KIND_RUNS in emlx/runners/onnxruntime.py); tests/test_registries.py fails
// when the three disagree.
//
// Imports no runtime (no TF.js, no onnxruntime, no Node module), so either harness page loads it.
//
// adapter (every method may be async; numbers are float32 row-major):
//   forward(ids, {lastOnly}) -> Float32Array: logits of a stateless pass over ids, [ids.length * V], or the
//                               last row [V] with lastOnly
//   taps(ids, rows)          -> {logits: [ids.length * V], taps: {name: {data, shape: [rows.length, ...]}}}:
//                               one stateless pass over ids with every tap, kept at positions `rows`
//   createCache() -> cache;  step(cache, ids) -> Float32Array [V]: logits of the last new position after
//                               feeding ids behind what the cache holds;  cachePosition(cache) -> positions held;
//                               disposeCache(cache)
//   liveTensors()            -> the runtime's live tensor count, or null where it has none (then no memory gate)
//   tokenizer()              -> {encode(text, {allowedSpecial}), dispose()} for the bundle's tokenizer block
//   memory()                 -> what the runtime can tell about its memory (for a fatal failure's report)
//   vocab, paddedVocab       -> the spec's vocab_size and padded_vocab_size

import { encodeB64Array, readJson } from '../src/loader.js';
import { oneLine, ms, checkIds, forwardSteps, kvcachePlan, fatalKind } from './inputs.js';
import { runTokenizerSidecar, CORPUS_BUDGET_MS } from './tokenizer-run.js';

/** The result every harness returns (extended with its own fields: versions, session, port ...). */
export function newResult(job, io, fields = {}) {
  return {
    backend: job.backend,
    runtime: io.runtime ?? { name: 'unknown', version: null },
    load_ms: null,
    tokenizer: null,
    forward: null,
    layers: null,
    kvcache: null,
    memory: { num_tensors: [] },
    errors: [],
    ...fields,
  };
}

/**
 * The job's sidecars, read and checked (an object, of the kind it is given as, made for `weightsSha256`); each one
 * that is not ends up in result.errors and is not run. `owner` says whose weights hash that is.
 */
export async function readSidecars(job, io, weightsSha256, owner, result) {
  const sidecars = {};
  for (const [kind, loc] of Object.entries(job.sidecars)) {
    try {
      const sc = await readJson(loc, { readBytes: io.readBytes, fetch: io.fetch });
      if (sc === null || typeof sc !== 'object' || Array.isArray(sc)) throw new Error('not a JSON object');
      if (sc.kind !== undefined && sc.kind !== kind) throw new Error(`has kind ${JSON.stringify(sc.kind)}, expected ${JSON.stringify(kind)}`);
      if (weightsSha256 && sc.weights_sha256 !== weightsSha256) {
        throw new Error(`was made from weights ${sc.weights_sha256} but ${owner} has ${weightsSha256}; refusing it`);
      }
      sidecars[kind] = sc;
    } catch (e) {
      result.errors.push(`sidecar ${kind} (${loc}): ${oneLine(e)}`);
    }
  }
  return sidecars;
}

/**
 * phase(name, info): announces a phase to the runner (io.phase: progress, and the phase a crash happened in).
 * TEST-ONLY (job.fault = {phase, name, message}): that phase throws this error as it starts, e.g. the
 * "RuntimeError: Aborted()" a wasm build throws when its heap cannot grow, so the tests can prove an abort becomes
 * the run's ERROR; never set it in a real run.
 */
export function phases(job, io) {
  return (name, info = {}) => {
    if (typeof io.phase === 'function') io.phase(name, info);
    if (job.fault && job.fault.phase === name) throw Object.assign(new Error(String(job.fault.message)), { name: String(job.fault.name ?? 'Error') });
  };
}

/** Record a failure after which the runtime is unusable (out of memory, abort): the run's ERROR. */
export function setFatal(result, phase, e, memory) {
  result.fatal = { phase, kind: fatalKind(e), message: oneLine(e), backend: result.backend, memory };
}

/**
 * Run every kind of KIND_RUNS the job has a sidecar for, in table order, filling result[kind] (raw numbers) and
 * result.timings_ms; an error is that kind's ("<kind>: ..." in result.errors), a fatal one ends the run.
 */
export async function runKinds({ job, io, adapter, sidecars, result, phase, now }) {
  const timings = result.timings_ms ?? (result.timings_ms = {});
  const ctx = { job, io, adapter, result, stateless: null };
  for (const [kind, run] of Object.entries(KIND_RUNS)) {
    if (!sidecars[kind] || run === null) continue;
    if (kind === 'layers' && !job.taps) continue;
    const t = now();
    try {
      phase(kind);
      result[kind] = await run(ctx, sidecars[kind]);
    } catch (e) {
      result.errors.push(`${kind}: ${oneLine(e)}`);
      if (fatalKind(e)) {
        setFatal(result, kind, e, adapter.memory()); // nothing after this phase runs
        break;
      }
    }
    timings[kind] = ms(now, t);
  }
}

/** Rows `rows` of a row-major array of shape [T, ...] (an adapter whose runtime returns every position). */
export function pickRows(data, shape, rows) {
  const width = shape.slice(1).reduce((a, b) => a * b, 1);
  const out = new Float32Array(rows.length * width);
  rows.forEach((r, i) => out.set(data.subarray(r * width, (r + 1) * width), i * width));
  return { data: out, shape: [rows.length, ...shape.slice(1)] };
}

function argmax(a, offset, length) {
  let best = 0;
  for (let i = 1; i < length; i++) if (a[offset + i] > a[offset + best]) best = i;
  return best;
}

// ------------------------------------------------------------------------------------------------------------
// One function per sidecar kind: run(ctx, sidecar) -> the result's entry for that kind (raw numbers, never a
// verdict). Errors thrown here land in result.errors as "<kind>: ...".

async function runTokenizer(ctx, sc) {
  const tok = await ctx.adapter.tokenizer();
  try {
    const { tokenizer, ...rest } = runTokenizerSidecar(tok, sc, ctx.result.errors, ctx.job.tokenizer_budget_ms ?? CORPUS_BUDGET_MS);
    Object.assign(ctx.result, rest); // tokenizer_decode, tokenizer_stream (tokenizer.json blocks)
    return tokenizer;
  } finally {
    tok.dispose();
  }
}

async function runForward(ctx, sc) {
  const { adapter } = ctx;
  const V = adapter.vocab;
  const { P, N } = forwardSteps(sc, adapter.paddedVocab);
  const out = new Float32Array(N * V);
  const am = [];
  // Step s is the last position of the stateless forward over ids[:P+s]. Causal attention makes that row P-1+s
  // of one forward over ids[:P+N-1], so steps 0..N-2 come from that pass (its all-positions path); the last step
  // is a forward of its own with lastOnly (the path a page's stateless call takes).
  if (N > 1) {
    const all = await adapter.forward(sc.ids.slice(0, P + N - 2), {});
    out.set(all.subarray((P - 1) * V, (P + N - 2) * V), 0);
  }
  out.set(await adapter.forward(sc.ids.slice(0, P + N - 1), { lastOnly: true }), (N - 1) * V);
  for (let s = 0; s < N; s++) am.push(argmax(out, s * V, V));
  return { step_logits: encodeB64Array(out, [N, V]), argmax: am };
}

/** The layers sidecar's positions (sorted distinct rows of its ids; absent = every position). */
function tapPositions(sc) {
  const T = sc.ids.length;
  const pos = sc.positions ?? Array.from({ length: T }, (_, i) => i);
  if (!Array.isArray(pos) || pos.length === 0 || !pos.every((p, i) => Number.isInteger(p) && p >= 0 && p < T && (i === 0 || p > pos[i - 1]))) {
    throw new Error(`layers.positions must be sorted distinct positions of the ${T} ids`);
  }
  return pos;
}

async function runLayers(ctx, sc) {
  checkIds(sc.ids, 'layers.ids', ctx.adapter.paddedVocab);
  const pos = tapPositions(sc);
  const r = await ctx.adapter.taps(sc.ids, pos);
  // the same stateless pass gives kvcache its stateless rows when both sidecars run over the same ids (they do)
  ctx.stateless = { ids: sc.ids, logits: r.logits };
  const layers = {};
  for (const [name, tap] of Object.entries(r.taps)) layers[name] = encodeB64Array(tap.data, tap.shape);
  return layers;
}

async function runKvcache(ctx, sc) {
  const { adapter, result } = ctx;
  const V = adapter.vocab;
  const { L, prefill, rows } = kvcachePlan(sc, adapter.paddedVocab);
  const cached = new Float32Array(rows * V);
  const live = [];
  const positions = [];
  const before = adapter.liveTensors();
  const cache = adapter.createCache();
  try {
    const stepAndRecord = async (ids, row) => {
      cached.set(await adapter.step(cache, ids), row * V);
      positions.push(adapter.cachePosition(cache));
      if (before !== null) live.push(adapter.liveTensors());
    };
    await stepAndRecord(sc.ids.slice(0, prefill), 0);
    for (let j = prefill; j < L; j++) await stepAndRecord([sc.ids[j]], j - prefill + 1);
  } finally {
    adapter.disposeCache(cache);
  }
  // live tensors after each cached step (the memory gate: no growth); empty where the runtime cannot count them
  result.memory.num_tensors = live;
  result.memory.cache_positions = positions; // positions the cache holds after each step
  if (before !== null) Object.assign(result.memory, { before_kvcache: before, after_kvcache: adapter.liveTensors() });
  const same = ctx.stateless && ctx.stateless.ids.length === L && ctx.stateless.ids.every((x, i) => x === sc.ids[i]);
  const full = same ? ctx.stateless.logits : await adapter.forward(sc.ids, {});
  const stateless = full.subarray((prefill - 1) * V, L * V);
  return { cached_logits: encodeB64Array(cached, [rows, V]), stateless_logits: encodeB64Array(stateless, [rows, V]) };
}

/**
 * {kind: run}: what every harness runs for each sidecar kind, in order; null = judged in Python only (int8). The
 * names and order are those of KINDS in emlx/verify/kinds.py.
 */
export const KIND_RUNS = Object.freeze({
  tokenizer: runTokenizer,
  forward: runForward,
  layers: runLayers,
  kvcache: runKvcache,
  int8: null,
});
