#!/usr/bin/env node
// Side-by-side speed of two copies of the emlx JS library (driven by benchmarks/bench_js_speed.py).
//
//   node bench_js_speed.mjs '{"libs": {"old": "/tmp/x/old/src/index.js", "new": ".../src/index.js"},
//                             "bundle": "...", "backend": "wasm", "rounds": 5, "tokens": 32,
//                             "prefill": 64, "stateless_len": 64, "int8_modes": ["float32", "packed"]}'
//
// Every library loads the bundle into its own model; then rounds interleave the libraries (old, new, old,
// new, ...) so that machine noise hits both alike. Per round and library: prefill ms (one cached step over
// `prefill` tokens), cached decode tok/s (`tokens` single-token steps after it), stateless tok/s (`tokens`
// full forwards over stateless_len .. stateless_len+tokens-1 tokens, last position only), tf.memory() and
// process RSS; each speed also per CPU-second of this process (steadier than wall time on a shared machine).
// Prints one JSON object with every round's numbers.

const cfg = JSON.parse(process.argv[2]);
const libs = {};
for (const [name, path] of Object.entries(cfg.libs)) libs[name] = await import(path);
const first = Object.values(libs)[0];
first.tf.env().set('PROD', true);
await first.setBackend(cfg.backend);
for (const lib of Object.values(libs)) {
  if (lib.tf !== first.tf) throw new Error('the libraries resolve to different TF.js instances');
}
const tf = first.tf;
const now = () => performance.now();
// CPU time of this process (ms): on a shared machine it moves far less than wall time under contention
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const models = {};
const load = {};
for (const [name, lib] of Object.entries(libs)) {
  const variants = name === 'old' ? [null] : (cfg.int8_modes ?? [null]);
  for (const mode of variants) {
    const key = mode ? `${name}:${mode}` : name;
    const mem0 = tf.memory().numBytes;
    const t0 = now();
    const bundle = await lib.loadBundle(cfg.bundle);
    const model = mode ? new lib.GPT(bundle, { int8: mode }) : new lib.GPT(bundle);
    // the model's own count where it has one (the wasm engine's weights live on its own heap, outside tf.memory())
    load[key] = { ms: now() - t0, resident_bytes: model.residentWeightBytes ?? tf.memory().numBytes - mem0 };
    models[key] = model;
  }
}
const V = Object.values(models)[0].spec.vocab_size;
const seq = Array.from({ length: cfg.prefill + cfg.stateless_len + cfg.tokens + 8 }, (_, i) => (i * 7919 + 13) % V);
for (const m of Object.values(models)) await m.forward(seq.slice(0, 8), { lastOnly: true }); // warm-up

async function round(model) {
  const out = {};
  const cache = model.createCache();
  let t0 = now();
  let c0 = cpu();
  await model.step(cache, seq.slice(0, cfg.prefill));
  out.prefill_ms = now() - t0;
  out.prefill_cpu_ms = cpu() - c0;
  t0 = now();
  c0 = cpu();
  for (let i = 0; i < cfg.tokens; i++) await model.step(cache, [seq[cfg.prefill + i]]);
  out.cached_tok_s = (1000 * cfg.tokens) / (now() - t0);
  out.cached_tok_cpu_s = (1000 * cfg.tokens) / (cpu() - c0);
  out.num_bytes_with_cache = tf.memory().numBytes;
  cache.dispose();
  t0 = now();
  c0 = cpu();
  const sTok = Math.max(4, Math.floor(cfg.tokens / 4));
  for (let i = 0; i < sTok; i++) await model.forward(seq.slice(0, cfg.stateless_len + i), { lastOnly: true });
  out.stateless_tok_s = (1000 * sTok) / (now() - t0);
  out.stateless_tok_cpu_s = (1000 * sTok) / (cpu() - c0);
  out.rss_mb = process.memoryUsage().rss / 2 ** 20;
  return out;
}

const rounds = Object.fromEntries(Object.keys(models).map((k) => [k, []]));
for (let r = 0; r < cfg.rounds; r++) {
  for (const [k, m] of Object.entries(models)) rounds[k].push(await round(m));
}
process.stdout.write(JSON.stringify({ backend: tf.getBackend(), load, rounds }) + '\n');
