#!/usr/bin/env node
// Throughput of the TF.js port: node js/harness/bench.mjs BUNDLE [--backend cpu|wasm] [--lengths 16,64,256]
//                                                           [--tokens 32] [--repeat 3]
// Prints one JSON object: load time, and for each context length L: prefill time (one cached step over L
// tokens), decode tokens/s stateless (a full forward over the growing sequence per token) and cached (one
// KV-cache step per token), and tf.memory() before/after. Each figure is the best of --repeat runs (shared
// machines are noisy; the best run is the least disturbed one).

import { loadBundle } from '../src/loader.js';
import { createModel } from '../src/model.js';
import { setBackend, backendInfo, tf } from '../src/backend.js';

function die(msg) {
  process.stderr.write(`emlx bench: ${msg}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { backend: 'wasm', lengths: [16, 64, 256], tokens: 32, repeat: 3, bundle: null };
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
    else if (a === '-h' || a === '--help') die('usage: node js/harness/bench.mjs BUNDLE [--backend cpu|wasm] [--lengths 16,64,256] [--tokens 32] [--repeat 3]');
    else if (a.startsWith('--')) die(`unknown option ${a}`);
    else if (opts.bundle === null) opts.bundle = a;
    else die(`unexpected argument ${a}`);
  }
  if (!opts.bundle) die('usage: node js/harness/bench.mjs BUNDLE [--backend cpu|wasm] [--lengths 16,64,256] [--tokens 32] [--repeat 3]');
  if (!opts.lengths.every((n) => Number.isInteger(n) && n > 0)) die('--lengths must be positive integers');
  if (!Number.isInteger(opts.tokens) || opts.tokens < 1) die('--tokens must be a positive integer');
  if (!Number.isInteger(opts.repeat) || opts.repeat < 1) die('--repeat must be a positive integer');
  return opts;
}

const now = () => performance.now();
const round = (x) => Math.round(x * 100) / 100;

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  tf.env().set('PROD', true);
  try {
    await setBackend(opts.backend);
  } catch (e) {
    die(e.message);
  }
  let t0 = now();
  let model;
  try {
    model = await createModel(await loadBundle(opts.bundle));
  } catch (e) {
    die(`${opts.bundle}: ${e.message}`);
  }
  const loadMs = now() - t0;
  const V = model.spec.vocab_size;
  const ids = (n) => Array.from({ length: n }, (_, i) => (i * 7919 + 13) % V);
  // warm-up (kernel compilation / first-use allocation)
  await model.forward(ids(8), { lastOnly: true });
  const results = [];
  for (const L of opts.lengths) {
    const seq = ids(L + opts.tokens);
    let statelessMs = Infinity;
    let prefillMs = Infinity;
    let cachedMs = Infinity;
    let before = 0;
    let after = 0;
    for (let rep = 0; rep < opts.repeat; rep++) {
      // stateless: one full forward per generated token
      t0 = now();
      for (let i = 0; i < opts.tokens; i++) await model.forward(seq.slice(0, L + i), { lastOnly: true });
      statelessMs = Math.min(statelessMs, now() - t0);
      // cached: prefill, then one step per token
      const cache = model.createCache();
      t0 = now();
      await model.step(cache, seq.slice(0, L));
      prefillMs = Math.min(prefillMs, now() - t0);
      before = tf.memory().numTensors;
      t0 = now();
      for (let i = 0; i < opts.tokens; i++) await model.step(cache, [seq[L + i]]);
      cachedMs = Math.min(cachedMs, now() - t0);
      after = tf.memory().numTensors;
      cache.dispose();
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
    });
  }
  const out = {
    bundle: opts.bundle,
    ...backendInfo(),
    runtime: { name: 'node', version: process.versions.node },
    model: { family: model.spec.family, n_layer: model.spec.n_layer, n_embd: model.spec.n_embd, vocab_size: V },
    load_ms: round(loadMs),
    results,
  };
  model.dispose();
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

await main();
