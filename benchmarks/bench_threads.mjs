// The wasm engine on 1 thread against N threads (options.threads), side by side in one process: interleaved
// rounds, medians; first a control (N workers with no synchronisation) that says how much parallelism the machine
// gives this process at all. Run from js/:
//
//   node ../benchmarks/bench_threads.mjs BUNDLE [BUNDLE ...] [--threads=2] [--rounds=7] [--prefill=64] [--tokens=16]
//                                       [--spin=A,B] [--min-work=X,Y]
//   node ../benchmarks/bench_threads.mjs --dispatch [--threads=2] [--spin=A]   (the pool's cost per matmul, by size)
//
// Every BUNDLE becomes a model on 1 thread and one on N threads per --spin x --min-work value (the engine's tuning
// options threadsSpin and threadsMinWork; default: theirs). Each round runs, on each model in turn: a prefill of
// --prefill tokens into a fresh cache (ms), then --tokens cached decode steps after it (tok/s). Reported per
// variant: medians and spread (min..max over rounds), the speed-ups of the medians, the share of chunks the workers
// ran, and the process's CPU time (all threads) per prefill and per token: on a machine other processes load, the
// wall clock also counts their turns, and 2 runnable threads may get more than twice one thread's turns, so the
// CPU time says what threading costs (the same CPU time per token: no overhead; on idle cores the wall time would
// be about the CPU time / threads).
//
// --dispatch times one f32 matmul of n = 1 row over a range of sizes on 1 thread and on the pool (medians of many
// calls): where the split starts to pay is the THREADS_MIN_WORK threshold in src/threads.js.

import path from 'node:path';
import os from 'node:os';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const arg = (name, dflt) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const bundles = args.filter((a) => !a.startsWith('--'));
const THREADS = Number(arg('threads', 2));
const ROUNDS = Number(arg('rounds', 7));
const PREFILL = Number(arg('prefill', 64));
const TOKENS = Number(arg('tokens', 16));
const list = (name) => (arg(name) === undefined ? [undefined] : arg(name).split(',').map(Number));
const SPINS = list('spin'); // --spin=0,20000: one N-thread variant per value (options.threadsSpin)
const MIN_WORKS = list('min-work'); // --min-work=65536,262144: likewise (options.threadsMinWork)
const src = path.resolve('src');
const imp = (f) => import(pathToFileURL(path.join(src, f)).href);
const now = () => performance.now();
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const fmt = (a, d = 1) => `${median(a).toFixed(d)} (${Math.min(...a).toFixed(d)}..${Math.max(...a).toFixed(d)})`;

console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);

/**
 * The control: THREADS workers each spinning the same fixed loop with no synchronisation at all, against one: the
 * parallel efficiency this machine gives this process now (1.0: THREADS free cores; 1/THREADS: one core's worth,
 * e.g. under the kernel's autogroup scheduling when other sessions keep the cores busy). No threading scheme can
 * beat it.
 */
async function control() {
  const { Worker } = await import('node:worker_threads');
  const src = 'let x = 0; const t = performance.now(); for (let i = 0; i < 1e8; i++) x += i % 7; ' +
    'require("node:worker_threads").parentPort.postMessage([performance.now() - t, x]);';
  const run = (k) => Promise.all(Array.from({ length: k }, () => new Promise((res) => new Worker(src, { eval: true }).once('message', res))));
  const eff = [];
  for (let r = 0; r < 3; r++) {
    let t0 = now();
    await run(1);
    const one = now() - t0;
    t0 = now();
    await run(THREADS);
    eff.push(one / (now() - t0));
  }
  console.log(`control: ${THREADS} unsynchronised busy workers run at ${fmt(eff, 2)}x the efficiency of ${THREADS} free cores`);
}
await control();

if (args.includes('--dispatch')) {
  const { Heap } = await imp('heap.js');
  const { instantiateKernels, kernelsModule } = await imp('kernels/index.js');
  const { MatmulPool, OP } = await imp('threads.js');
  const heap = new Heap({ initialBytes: 40 << 20, shared: true });
  const K = instantiateKernels(heap.memory);
  const pool = await MatmulPool.start(THREADS, heap, kernelsModule(true), K, SPINS[0]);
  for (const [Kc, N] of [[64, 64], [128, 128], [256, 256], [256, 512], [576, 576], [576, 1536], [1536, 1536], [576, 8192]]) {
    const x = heap.alloc(4 * Kc, 'b');
    const w = heap.alloc(4 * Kc * N, 'b');
    const y = heap.alloc(4 * N, 'b');
    heap.f32.fill(0.5, w >>> 2, (w >>> 2) + Kc * N);
    const reps = Math.max(20, Math.min(5000, Math.round(5e7 / (Kc * N))));
    const one = [];
    const many = [];
    for (let r = 0; r < 7; r++) {
      let t0 = now();
      for (let i = 0; i < reps; i++) K.matmul_f32(x, w, y, 1, Kc, N, 0);
      one.push((1000 * (now() - t0)) / reps);
      t0 = now();
      for (let i = 0; i < reps; i++) pool.run(OP.F32, x, w, 0, y, 1, Kc, N, 0, 0);
      many.push((1000 * (now() - t0)) / reps);
    }
    console.log(`K ${Kc} N ${N} (${Kc * N} MACs): 1 thread ${fmt(one, 2)} us, ${THREADS} threads ${fmt(many, 2)} us, ` +
      `speed-up ${(median(one) / median(many)).toFixed(2)}x`);
  }
  pool.close();
  process.exit(0);
}

const { GPT } = await imp('model.js');
const { loadBundle } = await imp('loader.js');
const { setBackend } = await imp('backend.js');
await setBackend('wasm');

for (const file of bundles) {
  const bundle = await loadBundle(file);
  const V = bundle.config.vocab_size ?? 256;
  const ids = Array.from({ length: PREFILL + TOKENS }, (_, i) => (i * 7919 + 13) % V);
  const variants = [];
  const configs = [{ label: '1 thread', threads: 1 }];
  for (const spin of SPINS) {
    for (const minWork of MIN_WORKS) {
      const label = `${THREADS} threads` + (spin === undefined ? '' : ` spin ${spin}`) + (minWork === undefined ? '' : ` min-work ${minWork}`);
      configs.push({ label, threads: THREADS, threadsSpin: spin, threadsMinWork: minWork });
    }
  }
  for (const { label, ...options } of configs) {
    const model = new GPT(bundle, options);
    await model.engine.threadsReady();
    if (model.engine.threads !== options.threads) throw new Error(`${options.threads} threads unavailable: ${model.engine.threadsNote}`);
    await model.forward(ids.slice(0, 8), { lastOnly: true }); // warm-up
    variants.push({ label, model, prefill: [], decode: [], prefillCpu: [], decodeCpu: [] });
  }
  for (let r = 0; r < ROUNDS; r++) {
    for (const v of r % 2 ? [...variants].reverse() : variants) {
      const cache = v.model.createCache();
      let t0 = now();
      let c0 = cpuMs();
      await v.model.step(cache, ids.slice(0, PREFILL));
      v.prefill.push(now() - t0);
      v.prefillCpu.push(cpuMs() - c0);
      t0 = now();
      c0 = cpuMs();
      for (let i = 0; i < TOKENS; i++) await v.model.step(cache, [ids[PREFILL + i]]);
      v.decode.push((1000 * TOKENS) / (now() - t0));
      v.decodeCpu.push((cpuMs() - c0) / TOKENS);
      cache.dispose();
    }
  }
  const a = variants[0];
  console.log(`${path.basename(file)} (int8: ${a.model.int8Mode}), ${ROUNDS} rounds:`);
  for (const v of variants) {
    const vs = v === a ? '' : `   vs 1 thread: prefill ${(median(a.prefill) / median(v.prefill)).toFixed(2)}x, ` +
      `decode ${(median(v.decode) / median(a.decode)).toFixed(2)}x`;
    const pool = v.model.engine.pool;
    const took = pool ? `; chunks run by the workers ${(100 * (1 - pool.chunksRun()[0] / pool.chunksRun().reduce((x, y) => x + y, 0))).toFixed(0)}%` : '';
    console.log(`  ${v.label}: prefill-${PREFILL} ${fmt(v.prefill)} ms, cached decode ${fmt(v.decode)} tok/s${vs}${took}`);
    console.log(`    CPU time of the process (all threads): prefill ${median(v.prefillCpu).toFixed(1)} ms, decode ` +
      `${median(v.decodeCpu).toFixed(2)} ms/token`);
  }
  for (const v of variants) v.model.dispose();
}
process.exit(0);
