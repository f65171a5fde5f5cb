#!/usr/bin/env node
// Throughput and memory of the TF.js port, runtime-neutral (Node CLI below; the browser page calls runBench
// through window.emlxRun({bench: {...}})).
//
//   node js/harness/bench.mjs BUNDLE [--backend cpu|wasm] [--lengths 16,64,256] [--tokens 32] [--repeat 3]
//                                    [--int8 auto|packed|float32] [--threads 1]
//
// Prints one JSON object: load time, resident memory (tf.memory().numBytes after load, i.e. the weights as the
// backend holds them; process RSS under Node; the wasm heap size on wasm; the JS heap in Chromium), and for each
// context length L: prefill time (one cached step over L tokens), decode tokens/s stateless (a full forward
// over the growing sequence per token) and cached (one KV-cache step per token), and tf.memory() before/after.
// Each figure is the best of --repeat runs (shared machines are noisy; the best run is the least disturbed one).
// --threads N: the wasm engine's matmuls on N threads (src/threads.js); the report's `threads` says how many ran
// and, when fewer than asked (no SharedArrayBuffer), why.
// A length that runs past the model's sequence_len is measured but warned about (RoPE positions beyond what
// the model was trained on: the speed is real, the text would not be).

import { loadBundle } from '../src/loader.js';
import { createModel } from '../src/model.js';
import { engineHeapBytes } from '../src/wasm-executor.js';
import { setBackend, backendInfo, tf } from '../src/backend.js';

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const round = (x) => Math.round(x * 100) / 100;
const MB = 2 ** 20;

/** Validate bench options; throws Error naming the bad one. */
export function checkBenchOptions(o) {
  const opts = { backend: 'wasm', lengths: [16, 64, 256], tokens: 32, repeat: 3, int8: 'auto', threads: 1, ...o };
  if (typeof opts.bundle !== 'string' || !opts.bundle) throw new Error('bench needs a bundle path or URL');
  if (!Array.isArray(opts.lengths) || !opts.lengths.length || !opts.lengths.every((n) => Number.isInteger(n) && n > 0)) {
    throw new Error('--lengths must be positive integers');
  }
  if (!Number.isInteger(opts.tokens) || opts.tokens < 1) throw new Error('--tokens must be a positive integer');
  if (!Number.isInteger(opts.repeat) || opts.repeat < 1) throw new Error('--repeat must be a positive integer');
  if (!Number.isInteger(opts.threads) || opts.threads < 1 || opts.threads > 64) throw new Error('--threads must be an integer from 1 to 64');
  return opts;
}

/** Memory as this runtime can see it (bytes). */
function memorySnapshot() {
  const m = tf.memory();
  const out = { tf_num_bytes: m.numBytes, tf_num_tensors: m.numTensors };
  if (typeof process !== 'undefined' && typeof process.memoryUsage === 'function') out.rss = process.memoryUsage().rss;
  if (typeof performance !== 'undefined' && performance.memory) out.js_heap_used = performance.memory.usedJSHeapSize;
  try {
    // the wasm engine's own memory (wasm-executor.js), else TF.js's wasm heap
    const b = tf.backend();
    const engine = engineHeapBytes();
    if (engine) out.wasm_heap = engine;
    else if (tf.getBackend() === 'wasm' && b.wasm && b.wasm.HEAPU8) out.wasm_heap = b.wasm.HEAPU8.length;
  } catch {
    // informative only
  }
  return out;
}

/**
 * Run the benchmark. options: {bundle, backend, lengths, tokens, repeat, int8, threads, wasmPaths}; io: {readBytes, fetch,
 * progress(msg)}. Returns the report object (see the file header).
 */
export async function runBench(options, io = {}) {
  const opts = checkBenchOptions(options);
  const say = io.progress ?? (() => {});
  await setBackend(opts.backend, { wasmPaths: opts.wasmPaths });
  const mem0 = memorySnapshot();
  let t0 = now();
  const bundle = await loadBundle(opts.bundle, { readBytes: io.readBytes, fetch: io.fetch });
  const loadMs = now() - t0;
  t0 = now();
  const model = await createModel(bundle, { int8: opts.int8, threads: opts.threads });
  if (model.engine) await model.engine.threadsReady();
  const threads = {
    requested: opts.threads, used: model.engine ? model.engine.threads : 1,
    note: model.engine ? model.engine.threadsNote : opts.threads > 1 ? 'threads apply to the wasm engine only' : null,
  };
  const buildMs = now() - t0;
  const memLoaded = memorySnapshot();
  const residentBytes = model.residentWeightBytes;
  const spec = model.spec;
  const V = spec.vocab_size;
  const warnings = [];
  const ids = (n) => Array.from({ length: n }, (_, i) => (i * 7919 + 13) % V);
  const results = [];
  try {
    await model.forward(ids(8), { lastOnly: true }); // warm-up (kernel compilation / first-use allocation)
    for (const L of opts.lengths) {
      if (L + opts.tokens > spec.sequence_len) {
        warnings.push(`length ${L} + ${opts.tokens} decoded tokens runs past sequence_len ${spec.sequence_len}: `
          + 'positions beyond the trained context (timed anyway)');
      }
      say(`length ${L}`);
      const seq = ids(L + opts.tokens);
      let statelessMs = Infinity;
      let prefillMs = Infinity;
      let cachedMs = Infinity;
      let before = 0;
      let after = 0;
      let peakBytes = 0;
      for (let rep = 0; rep < opts.repeat; rep++) {
        // stateless: one full forward per generated token
        t0 = now();
        for (let i = 0; i < opts.tokens; i++) await model.forward(seq.slice(0, L + i), { lastOnly: true });
        statelessMs = Math.min(statelessMs, now() - t0);
        // cached: prefill, then one step per token
        const cache = model.createCache();
        try {
          t0 = now();
          await model.step(cache, seq.slice(0, L));
          prefillMs = Math.min(prefillMs, now() - t0);
          before = tf.memory().numTensors;
          t0 = now();
          for (let i = 0; i < opts.tokens; i++) await model.step(cache, [seq[L + i]]);
          cachedMs = Math.min(cachedMs, now() - t0);
          after = tf.memory().numTensors;
          peakBytes = Math.max(peakBytes, tf.memory().numBytes);
        } finally {
          cache.dispose();
        }
      }
      results.push({
        length: L,
        tokens: opts.tokens,
        repeat: opts.repeat,
        prefill_ms: round(prefillMs),
        stateless_ms_per_token: round(statelessMs / opts.tokens),
        cached_ms_per_token: round(cachedMs / opts.tokens),
        stateless_tokens_per_s: round((1000 * opts.tokens) / statelessMs),
        cached_tokens_per_s: round((1000 * opts.tokens) / cachedMs),
        num_tensors_before_decode: before,
        num_tensors_after_decode: after,
        tf_num_bytes_with_cache: peakBytes,
      });
    }
  } finally {
    model.dispose();
  }
  const memEnd = memorySnapshot();
  const weightsF32 = Object.values(bundle.weights).reduce((a, w) => a + 4 * w.shape.reduce((x, y) => x * y, 1), 0);
  return {
    bundle: opts.bundle,
    ...backendInfo(),
    model: {
      family: spec.family, n_layer: spec.n_layer, n_embd: spec.n_embd, vocab_size: V, sequence_len: spec.sequence_len,
      weights_dtype: [...new Set(Object.values(bundle.weights).map((w) => w.dtype))].sort().join('+'),
      int8_mode: model.int8Mode,
    },
    threads,
    load_ms: round(loadMs),
    build_ms: round(buildMs),
    memory: {
      resident_weight_bytes: residentBytes, // the model's weights as held (engine: heap + its few JS-held scalars)
      backend_bytes_after_load: memLoaded.tf_num_bytes - mem0.tf_num_bytes,
      float32_weight_bytes: weightsF32,
      after_load: memLoaded,
      at_end: memEnd,
    },
    warnings,
    results,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Node CLI

function parseArgs(argv, die) {
  const opts = { lengths: [16, 64, 256], tokens: 32, repeat: 3, backend: 'wasm', int8: 'auto', threads: 1, bundle: null };
  const usage = 'usage: node js/harness/bench.mjs BUNDLE [--backend cpu|wasm] [--lengths 16,64,256] [--tokens 32] [--repeat 3] [--int8 auto|packed|float32] [--threads 1]';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) die(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--backend') opts.backend = val();
    else if (a === '--lengths') opts.lengths = val().split(',').map((s) => Number(s));
    else if (a === '--tokens') opts.tokens = Number(val());
    else if (a === '--repeat') opts.repeat = Number(val());
    else if (a === '--int8') opts.int8 = val();
    else if (a === '--threads') opts.threads = Number(val());
    else if (a === '-h' || a === '--help') die(usage);
    else if (a.startsWith('--')) die(`unknown option ${a}`);
    else if (opts.bundle === null) opts.bundle = a;
    else die(`unexpected argument ${a}`);
  }
  if (!opts.bundle) die(usage);
  return opts;
}

async function main() {
  const die = (msg) => {
    process.stderr.write(`emlx bench: ${String(msg).replace(/\s+/g, ' ').trim()}\n`);
    process.exit(2);
  };
  const opts = parseArgs(process.argv.slice(2), die);
  tf.env().set('PROD', true);
  let out;
  try {
    checkBenchOptions(opts);
    out = await runBench(opts);
  } catch (e) {
    die(`${opts.bundle}: ${e.message}`);
  }
  out.runtime = { name: 'node', version: process.versions.node };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

async function isMain() {
  if (typeof window !== 'undefined' || typeof process === 'undefined' || !process.argv || !process.argv[1]) return false;
  const urlName = 'node:url';
  const { pathToFileURL } = await import(/* @vite-ignore */ urlName);
  const fsName = 'node:fs';
  const fs = await import(/* @vite-ignore */ fsName);
  let p = process.argv[1];
  try {
    p = fs.realpathSync(p);
  } catch {
    // keep the path as given
  }
  return import.meta.url === pathToFileURL(p).href;
}

if (await isMain()) await main();
