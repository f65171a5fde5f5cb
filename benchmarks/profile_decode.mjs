// Where a cached decode step's time goes on the wasm engine, per kernel and per matmul role. Run from js/:
//
//   node ../benchmarks/profile_decode.mjs BUNDLE [BUNDLE ...] [--length 8] [--tokens 16] [--rounds 3]
//
// Each bundle is loaded once (wasm backend, its engine). Then, in --rounds interleaved rounds (the bundles' order
// rotating), each prefills --length tokens and decodes --tokens, one step per token, with every kernel call of the
// engine timed (performance.now() around the call: the wrapper costs ~1 µs a call, listed as "calls" so it can be
// judged) and every matmul attributed to its weight's role (the canonical tensor name without the layer index:
// attn.c_q, mlp.c_gate, the head ...). Printed per bundle: the median over rounds of ms per token by kernel and by
// matmul role, with the weight bytes each role reads per token and the GB/s that implies, the step's time
// outside any kernel (JS glue, GC), and the process's CPU time per token (what waiting for a shared core leaves out). A profiling aid (benchmarks only): it wraps the engine's private kernel table.

import path from 'node:path';

const js = process.cwd();
const { loadBundle } = await import(path.join(js, 'src/loader.js'));
const { createModel } = await import(path.join(js, 'src/model.js'));
const { setBackend, tf } = await import(path.join(js, 'src/backend.js'));

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const bundles = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
const length = opt('length', 8);
const tokens = opt('tokens', 16);
const rounds = opt('rounds', 3);
if (!bundles.length) {
  process.stderr.write('usage: node ../benchmarks/profile_decode.mjs BUNDLE [BUNDLE ...] [--length 8] [--tokens 16] [--rounds 3]\n');
  process.exit(2);
}

tf.env().set('PROD', true);
await setBackend('wasm');
const now = () => performance.now();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Wrap the engine's kernels and its _matmul so every call adds to `acc` (kernel -> ms, role -> ms). */
function instrument(engine) {
  const acc = { kernel: {}, calls: {}, role: {}, roleBytes: {}, on: false };
  const names = new Map(Object.entries(engine.w).map(([n, e]) => [e, n.replace(/^blocks\.\d+\./, '')]));
  const K = engine.K;
  const wrapped = {};
  for (const [name, fn] of Object.entries(K)) {
    if (typeof fn !== 'function') {
      wrapped[name] = fn;
      continue;
    }
    wrapped[name] = (...a) => {
      if (!acc.on) return fn(...a);
      const t0 = now();
      const r = fn(...a);
      acc.kernel[name] = (acc.kernel[name] ?? 0) + now() - t0;
      acc.calls[name] = (acc.calls[name] ?? 0) + 1;
      return r;
    };
  }
  engine.K = wrapped;
  const matmul = engine._matmul.bind(engine);
  engine._matmul = (xb, w, yb, n, N = w.rows) => {
    if (!acc.on) return matmul(xb, w, yb, n, N);
    const t0 = now();
    matmul(xb, w, yb, n, N);
    const role = names.get(w) ?? '?';
    acc.role[role] = (acc.role[role] ?? 0) + now() - t0;
    acc.roleBytes[role] = (acc.roleBytes[role] ?? 0) + N * w.cols * (w.int8 ? 1 : 4) + (w.int8 ? 4 * N : 0);
  };
  return acc;
}

const models = [];
for (const file of bundles) {
  const bundle = await loadBundle(path.resolve(file));
  const model = await createModel(bundle, {});
  const engine = model.engine ?? model.executor;
  if (engine.kind !== 'emlx-wasm-kernels') throw new Error(`${file}: not on the wasm engine`);
  const acc = instrument(engine);
  const V = model.spec.vocab_size;
  const seq = Array.from({ length: length + tokens }, (_, i) => (i * 7919 + 13) % V);
  await model.forward(seq.slice(0, 8), { lastOnly: true }); // warm-up
  models.push({ file: path.basename(file), model, acc, seq, per: [] });
}

for (let r = 0; r < rounds; r++) {
  for (let j = 0; j < models.length; j++) {
    const m = models[(r + j) % models.length];
    const cache = m.model.createCache();
    await m.model.step(cache, m.seq.slice(0, length));
    for (const k of ['kernel', 'calls', 'role', 'roleBytes']) m.acc[k] = {};
    m.acc.on = true;
    const c0 = process.cpuUsage();
    const t0 = now();
    for (let i = 0; i < tokens; i++) await m.model.step(cache, [m.seq[length + i]]);
    const total = now() - t0;
    const c = process.cpuUsage(c0);
    m.acc.on = false;
    cache.dispose();
    m.per.push({ total, cpu: (c.user + c.system) / 1000, kernel: { ...m.acc.kernel }, calls: { ...m.acc.calls }, role: { ...m.acc.role },
      roleBytes: { ...m.acc.roleBytes } });
  }
}

const out = [];
for (const m of models) {
  const perTok = (f) => median(m.per.map((p) => f(p) / tokens));
  const total = perTok((p) => p.total);
  const kernels = Object.keys(m.per[0].kernel).sort((a, b) => m.per[0].kernel[b] - m.per[0].kernel[a]);
  const inKernels = perTok((p) => Object.values(p.kernel).reduce((a, b) => a + b, 0));
  const cpu = perTok((p) => p.cpu);
  console.log(`\n${m.file}: ${total.toFixed(2)} ms/token (median of ${rounds}; ${(1000 / total).toFixed(2)} tok/s), `
    + `${inKernels.toFixed(2)} in kernels, ${(total - inKernels).toFixed(2)} outside; CPU ${cpu.toFixed(2)} ms/token`);
  for (const k of kernels) {
    const ms = perTok((p) => p.kernel[k] ?? 0);
    console.log(`  kernel ${k.padEnd(16)} ${ms.toFixed(3).padStart(8)} ms  ${(100 * ms / total).toFixed(1).padStart(5)}%  `
      + `${(m.per[0].calls[k] / tokens).toFixed(0)} calls`);
  }
  const roles = Object.keys(m.per[0].role).sort((a, b) => m.per[0].role[b] - m.per[0].role[a]);
  for (const k of roles) {
    const ms = perTok((p) => p.role[k] ?? 0);
    const bytes = m.per[0].roleBytes[k] / tokens;
    console.log(`  matmul ${k.padEnd(22)} ${ms.toFixed(3).padStart(8)} ms  ${(100 * ms / total).toFixed(1).padStart(5)}%  `
      + `${(bytes / 1e6).toFixed(1).padStart(7)} MB  ${(bytes / ms / 1e6).toFixed(2)} GB/s`);
  }
  out.push({ bundle: m.file, ms_per_token: total, cpu_ms_per_token: cpu, runs: m.per });
  m.model.dispose();
}
if (args.includes('--json')) process.stdout.write(JSON.stringify(out) + '\n');
