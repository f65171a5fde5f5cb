// Cached decode of the wasm engine, old against new, side by side in one process: interleaved rounds, medians.
// Run from js/:
//
//   node ../benchmarks/bench_decode.mjs BUNDLE [BUNDLE ...] [--old=DIR] [--rounds=7] [--tokens=16] [--prompt=8]
//
// Every BUNDLE (a float32 or an int8 bundle; an int8 one is also run dequantised, int8: 'float32') becomes one
// model per source tree: this tree's src/ ("new") and, with --old=DIR, the src/ folder DIR (e.g. a checkout of
// main's js/src: "old"). Each model gets a cache primed with a --prompt-token prefill; every round then decodes
// --tokens tokens on each model in turn (greedy, one token per step), so the variants share the machine's load.
// Reported per variant: tok/s median and spread (min..max over rounds), weight bytes the engine reads per token
// (every matmul weight and its scales: the lm head and the layers' linears, not the embedding tables, which are
// looked up) and the GB/s that makes, by wall clock and by this process's CPU time (on a shared machine the wall
// clock also counts the turns other processes take). Run benchmarks/bench_bandwidth.mjs beside it for the ceiling.

import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const arg = (name, dflt) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const bundles = args.filter((a) => !a.startsWith('--'));
const ROUNDS = Number(arg('rounds', 7));
const TOKENS = Number(arg('tokens', 16));
const PROMPT = Number(arg('prompt', 8));
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
    b += w.bytes ?? (w.int8 ? w.rows * w.cols + 4 * w.rows : 4 * w.rows * w.cols);
  }
  return b;
}

const variants = [];
for (const file of bundles) {
  for (const [tree, m] of Object.entries(mods)) {
    const bundle = await m.loader.loadBundle(file);
    const int8 = Object.values(bundle.weights).some((t) => t.dtype === 'int8');
    const modes = int8 ? ['auto', 'float32'] : ['auto'];
    for (const mode of modes) {
      const model = new m.model.GPT(bundle, { int8: mode });
      const cache = model.createCache();
      const ids = Array.from({ length: PROMPT }, (_, i) => 1 + i);
      let r = await model.step(cache, ids);
      const V = model.spec?.vocab_size ?? bundle.config.vocab_size;
      const argmax = (l, row) => {
        let best = 0;
        for (let j = 1; j < V; j++) if (l[row * V + j] > l[row * V + best]) best = j;
        return best;
      };
      const v = { label: `${path.basename(file)} ${int8 && mode === 'auto' ? 'int8' : 'f32'} ${tree}`, model, cache, next: argmax(r.logits, PROMPT - 1), argmax, tps: [], cpu: [],
                  bytes: readBytes(model.engine ?? model.executor) };
      variants.push(v);
    }
  }
}

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
