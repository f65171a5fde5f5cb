// Cached decode of the wasm engine, old against new, side by side in one process: interleaved rounds, medians.
// Run from js/:
//
//   node ../benchmarks/bench_decode.mjs BUNDLE [BUNDLE ...] [--old=DIR] [--rounds=7] [--tokens=16] [--prompt=8]
//                                       [--threads=1[,2]] [--no-dequantised] [--json]
//
// Every BUNDLE (float32, int8 or q4; a quantised one is also run dequantised, int8: 'float32', unless
// --no-dequantised) becomes one model per source tree and per --threads count: this tree's src/ ("new") and, with --old=DIR, the src/ folder DIR (e.g. a checkout of
// main's js/src: "old"). Each model gets a cache primed with a --prompt-token prefill; every round then decodes
// --tokens tokens on each model in turn (greedy, one token per step), so the variants share the machine's load.
// Reported per variant: tok/s median and spread (min..max over rounds), weight bytes the engine reads per token
// (every matmul weight and its scales: the lm head and the layers' linears, not the embedding tables, which are
// looked up) and the GB/s that makes, by wall clock and by this process's CPU time (on a shared machine the wall
// clock also counts the turns other processes take), and the engine's resident weight bytes. --json: one JSON
// document instead of the table (benchmarks/bench_quant.py reads it). Run benchmarks/bench_bandwidth.mjs beside it
// for the ceiling.

import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const arg = (name, dflt) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const bundles = args.filter((a) => !a.startsWith('--'));
const ROUNDS = Number(arg('rounds', 7));
const TOKENS = Number(arg('tokens', 16));
const PROMPT = Number(arg('prompt', 8));
const THREADS = arg('threads', '1').split(',').map(Number);
const JSON_OUT = args.includes('--json');
const DEQUANTISED = !args.includes('--no-dequantised');
const trees = { new: path.resolve('src') };
if (arg('old')) trees.old = path.resolve(arg('old'));

const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const mods = {};
for (const [name, dir] of Object.entries(trees)) {
  const imp = (f) => import(pathToFileURL(path.join(dir, f)).href);
  mods[name] = { model: await imp('model.js'), loader: await imp('loader.js'), backend: await imp('backend.js') };
}
await mods.new.backend.setBackend('wasm');
for (const m of Object.values(mods)) await m.backend.setBackend('wasm');

/** Bytes a decode step reads from the engine's weights: the lm head and every layer's linears (+ scales). */
function readBytes(engine) {
  const names = [engine.plan.head];
  for (const L of engine.plan.layers) {
    for (const lin of [L.q, L.k, L.v, L.proj, L.gate, L.fc, L.down]) if (lin) names.push(lin.weight);
  }
  let b = 0;
  for (const name of new Set(names)) {
    const w = engine.w[name];
    const n = w.rows * w.cols;
    b += w.bytes ?? (w.g ? n / 2 + (8 * n) / w.g : w.int8 ? n + 4 * w.rows : 4 * n);
  }
  return b;
}

const variants = [];
for (const file of bundles) {
  for (const [tree, m] of Object.entries(mods)) {
    let bundle;
    try {
      bundle = await m.loader.loadBundle(file);
    } catch (e) { // e.g. an old tree that predates the bundle's format: the other trees still run it
      console.error(`${path.basename(file)}: the ${tree} tree cannot load it (${e.message.split('\n')[0]}); skipped there`);
      continue;
    }
    const quant = Object.values(bundle.weights).find((t) => t.dtype === 'int8' || t.dtype === 'q4')?.dtype;
    const modes = quant && DEQUANTISED ? ['auto', 'float32'] : ['auto'];
    for (const [mode, threads] of modes.flatMap((md) => THREADS.map((n) => [md, n]))) {
      const model = new m.model.GPT(bundle, { int8: mode, threads });
      if (model.engine?.threadsReady) await model.engine.threadsReady();
      if (threads > 1 && model.engine?.threads !== threads) throw new Error(`${file}: ${threads} threads unavailable (${model.engine.threadsNote})`);
      const cache = model.createCache();
      const ids = Array.from({ length: PROMPT }, (_, i) => 1 + i);
      let r = await model.step(cache, ids);
      const V = model.spec?.vocab_size ?? bundle.config.vocab_size;
      const argmax = (l, row) => {
        let best = 0;
        for (let j = 1; j < V; j++) if (l[row * V + j] > l[row * V + best]) best = j;
        return best;
      };
      const format = quant && mode === 'auto' ? quant : 'f32';
      const label = `${path.basename(file)} ${format}${threads > 1 ? ` ${threads}t` : ''} ${tree}`;
      const v = { label, file, format, threads, tree, model, cache, next: argmax(r.logits, PROMPT - 1), argmax, tps: [], cpu: [],
                  bytes: model.engine?.plan ? readBytes(model.engine) : null, resident: model.residentWeightBytes };
      variants.push(v);
    }
  }
}

// an engine that predates the recipe plan (an --old tree) reads what the new tree's engine reads for that bundle
for (const v of variants) v.bytes ??= variants.find((u) => u.file === v.file && u.format === v.format && u.bytes)?.bytes ?? 0;

for (let round = 0; round < ROUNDS; round++) {
  for (const v of variants) {
    if ((v.cache.pos ?? v.cache.length ?? 0) + TOKENS > 1000) { // stay inside the shortest window: restart the cache
      v.cache.dispose();
      v.cache = v.model.createCache();
      await v.model.step(v.cache, Array.from({ length: PROMPT }, (_, i) => 1 + i));
    }
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    for (let i = 0; i < TOKENS; i++) {
      const r = await v.model.step(v.cache, [v.next]);
      v.next = v.argmax(r.logits, 0);
    }
    v.tps.push(TOKENS / (Number(process.hrtime.bigint() - t0) / 1e9));
    const c = process.cpuUsage(c0);
    v.cpu.push(TOKENS / ((c.user + c.system) / 1e6));
  }
}

if (JSON_OUT) {
  console.log(JSON.stringify({ rounds: ROUNDS, tokens: TOKENS, prompt: PROMPT, variants: variants.map((v) => ({
    file: v.file, format: v.format, threads: v.threads, tree: v.tree, tokens_per_s: median(v.tps),
    tokens_per_cpu_s: median(v.cpu), read_bytes_per_token: v.bytes, resident_weight_bytes: v.resident,
  })) }));
  for (const v of variants) { v.cache.dispose(); v.model.dispose?.(); }
  process.exit(0);
}
console.log(`cached decode, ${ROUNDS} interleaved rounds of ${TOKENS} tokens (prompt ${PROMPT}); tok/s median (min..max) ` +
  'by wall clock, and per CPU second of this process (what the tokens cost when other processes take turns on the cores)');
for (const v of variants) {
  const tps = median(v.tps), cpu = median(v.cpu);
  console.log(`${v.label.padEnd(36)} ${tps.toFixed(1).padStart(7)} tok/s (${Math.min(...v.tps).toFixed(1)}..${Math.max(...v.tps).toFixed(1)})` +
    `  cpu ${cpu.toFixed(1).padStart(6)} tok/s (${Math.min(...v.cpu).toFixed(1)}..${Math.max(...v.cpu).toFixed(1)})` +
    `  ${(v.bytes / 1e6).toFixed(1).padStart(7)} MB/token  ${(tps * v.bytes / 1e9).toFixed(2).padStart(6)} GB/s wall,` +
    ` ${(cpu * v.bytes / 1e9).toFixed(2).padStart(6)} GB/s cpu`);
}
for (const v of variants) { v.cache.dispose(); v.model.dispose?.(); }
