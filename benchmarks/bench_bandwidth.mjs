// Read bandwidth of this machine as WebAssembly sees it: the ceiling a memory-bound decode step can reach.
// Run from js/ (wabt comes from its node_modules):
//
//   node ../benchmarks/bench_bandwidth.mjs [--mb=256] [--rounds=7] [--threads=1,2]
//
// A SIMD128 loop streams a buffer of --mb MiB (far beyond the last-level cache) with 16-byte loads into 8
// independent v128.or accumulators (one cheap op per load, so the loop is load-bound, not ALU-bound), reading every
// byte once per pass, as one sequential stream and as 4 (one per quarter of the buffer, like the decode kernels).
// With --threads=T, T workers each stream their own buffer of --mb MiB at the same time
// (all-core bandwidth is their sum). Each round times one pass per worker after a warm-up pass; the report is the
// median and the spread (min..max) over rounds, in GB/s (10^9 bytes per second). A second line does the same on a
// 512 KiB buffer (cache-resident: the loop's own ceiling, i.e. what the probe could read if memory were free).
// Every measurement reads at least 256 MiB (several passes over a smaller buffer).
//
// Also the clock a wasm loop sees (a chain of dependent one-cycle integer ops), to turn kernel times into cycles.
// The machine is shared: run it next to the benchmark it bounds, and read the spread.

import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createRequire } from 'node:module';
import path from 'node:path';

const WAT = `(module
  (memory (export "memory") 1 65536)
  ;; read(p, bytes, passes) -> i32 (an or of everything read, so the loads cannot be dropped); bytes % 128 == 0
  (func (export "read") (param $p i32) (param $bytes i32) (param $passes i32) (result i32)
    (local $a v128) (local $b v128) (local $c v128) (local $d v128)
    (local $e v128) (local $f v128) (local $g v128) (local $h v128) (local $q i32) (local $end i32)
    (loop $pass
      (local.set $q (local.get $p))
      (local.set $end (i32.add (local.get $p) (local.get $bytes)))
      (loop $l
        (local.set $a (v128.or (local.get $a) (v128.load (local.get $q))))
        (local.set $b (v128.or (local.get $b) (v128.load offset=16 (local.get $q))))
        (local.set $c (v128.or (local.get $c) (v128.load offset=32 (local.get $q))))
        (local.set $d (v128.or (local.get $d) (v128.load offset=48 (local.get $q))))
        (local.set $e (v128.or (local.get $e) (v128.load offset=64 (local.get $q))))
        (local.set $f (v128.or (local.get $f) (v128.load offset=80 (local.get $q))))
        (local.set $g (v128.or (local.get $g) (v128.load offset=96 (local.get $q))))
        (local.set $h (v128.or (local.get $h) (v128.load offset=112 (local.get $q))))
        (local.set $q (i32.add (local.get $q) (i32.const 128)))
        (br_if $l (i32.lt_u (local.get $q) (local.get $end))))
      (local.set $passes (i32.sub (local.get $passes) (i32.const 1)))
      (br_if $pass (local.get $passes)))
    (i32x4.extract_lane 0 (v128.or (v128.or (v128.or (local.get $a) (local.get $b)) (v128.or (local.get $c) (local.get $d)))
      (v128.or (v128.or (local.get $e) (local.get $f)) (v128.or (local.get $g) (local.get $h))))))
  ;; read4(p, bytes, passes) -> i32: the same bytes as 4 sequential streams, one per quarter of the buffer (the
  ;; access pattern of the decode kernels: one stream left this machine's DRAM bandwidth mostly unused); bytes % 512 == 0
  (func (export "read4") (param $p i32) (param $bytes i32) (param $passes i32) (result i32)
    (local $a v128) (local $b v128) (local $c v128) (local $d v128)
    (local $e v128) (local $f v128) (local $g v128) (local $h v128)
    (local $q0 i32) (local $q1 i32) (local $q2 i32) (local $q3 i32) (local $end i32) (local $qb i32)
    (local.set $qb (i32.shr_u (local.get $bytes) (i32.const 2)))
    (loop $pass
      (local.set $q0 (local.get $p))
      (local.set $q1 (i32.add (local.get $q0) (local.get $qb)))
      (local.set $q2 (i32.add (local.get $q1) (local.get $qb)))
      (local.set $q3 (i32.add (local.get $q2) (local.get $qb)))
      (local.set $end (local.get $q1))
      (loop $l
        (local.set $a (v128.or (local.get $a) (v128.load (local.get $q0))))
        (local.set $b (v128.or (local.get $b) (v128.load offset=16 (local.get $q0))))
        (local.set $c (v128.or (local.get $c) (v128.load (local.get $q1))))
        (local.set $d (v128.or (local.get $d) (v128.load offset=16 (local.get $q1))))
        (local.set $e (v128.or (local.get $e) (v128.load (local.get $q2))))
        (local.set $f (v128.or (local.get $f) (v128.load offset=16 (local.get $q2))))
        (local.set $g (v128.or (local.get $g) (v128.load (local.get $q3))))
        (local.set $h (v128.or (local.get $h) (v128.load offset=16 (local.get $q3))))
        (local.set $q0 (i32.add (local.get $q0) (i32.const 32)))
        (local.set $q1 (i32.add (local.get $q1) (i32.const 32)))
        (local.set $q2 (i32.add (local.get $q2) (i32.const 32)))
        (local.set $q3 (i32.add (local.get $q3) (i32.const 32)))
        (br_if $l (i32.lt_u (local.get $q0) (local.get $end))))
      (local.set $passes (i32.sub (local.get $passes) (i32.const 1)))
      (br_if $pass (local.get $passes)))
    (i32x4.extract_lane 0 (v128.or (v128.or (v128.or (local.get $a) (local.get $b)) (v128.or (local.get $c) (local.get $d)))
      (v128.or (v128.or (local.get $e) (local.get $f)) (v128.or (local.get $g) (local.get $h))))))
  ;; chain(n, y) -> i32: n iterations of 8 dependent single-cycle integer ops (add, xor alternating) on one value:
  ;; 8 cycles per iteration on any x86 core, so the time per iteration gives the clock the kernels run at
  (func (export "chain") (param $n i32) (param $y i32) (result i32)
    (local $x i32)
    (loop $l
      (local.set $x (i32.xor (i32.add (i32.xor (i32.add (i32.xor (i32.add (i32.xor (i32.add (local.get $x)
        (local.get $y)) (local.get $n)) (local.get $y)) (local.get $n)) (local.get $y)) (local.get $n)) (local.get $y)) (local.get $n)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $l (local.get $n)))
    (local.get $x)))`;

const arg = (name, dflt) => process.argv.slice(2).find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;

async function probe() {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const wabt = await require('wabt')();
  const mod = wabt.parseWat('bw.wat', WAT, { simd: true });
  const { buffer } = mod.toBinary({});
  mod.destroy();
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(buffer), {});
  return exports;
}

/** One worker (or the main thread): a buffer of `bytes` filled with non-zero data; pass(bytes, passes) -> seconds. */
async function reader(bytes) {
  const k = await probe();
  k.memory.grow(Math.ceil((bytes + 65536) / 65536));
  new Uint8Array(k.memory.buffer, 64, bytes).fill(0x5a);
  return (n, passes, streams = 1) => {
    const t0 = process.hrtime.bigint();
    if (streams === 4) k.read4(64, n, passes);
    else k.read(64, n, passes);
    return Number(process.hrtime.bigint() - t0) / 1e9;
  };
}

if (!isMainThread) {
  const read = await reader(workerData.bytes);
  read(workerData.bytes, 1);
  parentPort.postMessage('ready');
  parentPort.on('message', (m) => {
    if (m === 'stop') process.exit(0);
    parentPort.postMessage(read(m.bytes, m.passes, m.streams));
  });
} else {
  const MB = Number(arg('mb', 256));
  const ROUNDS = Number(arg('rounds', 7));
  const threads = arg('threads', '1,2').split(',').map(Number);
  const bytes = MB << 20; // a multiple of 512
  const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
  const fmt = (gbs) => `${median(gbs).toFixed(1)} GB/s (${Math.min(...gbs).toFixed(1)}..${Math.max(...gbs).toFixed(1)})`;

  const start = async (T) => {
    const ws = [];
    for (let i = 0; i < T; i++) {
      const w = new Worker(new URL(import.meta.url), { workerData: { bytes } });
      await new Promise((res) => w.once('message', res));
      ws.push(w);
    }
    return ws;
  };
  const round = (ws, n, passes, streams = 1) => Promise.all(ws.map((w) => new Promise((res) => {
    w.once('message', res);
    w.postMessage({ bytes: n, passes, streams });
  })));

  const pools = {};
  for (const T of threads) pools[T] = await start(T);
  const dram = Object.fromEntries(threads.map((T) => [T, []]));
  const dram4 = Object.fromEntries(threads.map((T) => [T, []]));
  const cache = Object.fromEntries(threads.map((T) => [T, []]));
  const small = 512 << 10;
  for (let r = 0; r < ROUNDS; r++) {
    for (const T of threads) { // interleaved: every thread count in every round
      const dp = Math.max(1, Math.round((256 << 20) / bytes)); // >= 256 MiB read per measurement
      const secs = await round(pools[T], bytes, dp);
      dram[T].push(secs.reduce((a, s) => a + (bytes * dp) / s, 0) / 1e9);
      const secs4 = await round(pools[T], bytes, dp, 4);
      dram4[T].push(secs4.reduce((a, s) => a + (bytes * dp) / s, 0) / 1e9);
      const passes = Math.max(1, Math.round((256 << 20) / small));
      const cs = await round(pools[T], small, passes);
      cache[T].push(cs.reduce((a, s) => a + (small * passes) / s, 0) / 1e9);
    }
  }
  // the clock: best of 101 runs of 2^20 iterations x 8 dependent ops (single-cycle each)
  const k = await probe();
  let best = Infinity;
  for (let i = 0; i < 101; i++) {
    const t0 = process.hrtime.bigint();
    k.chain(1 << 20, 7);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  console.log(`clock (8-op dependent integer chain, best of 101): ${((8 * 2 ** 20) / best / 1e9).toFixed(2)} GHz`);
  for (const T of threads) {
    console.log(`read bandwidth, ${T} thread${T > 1 ? 's' : ''}: ${MB} MiB each: 1 stream ${fmt(dram[T])}, 4 streams ` +
      `${fmt(dram4[T])}   512 KiB (cache): ${fmt(cache[T])}`);
    for (const w of pools[T]) w.postMessage('stop');
  }
}
