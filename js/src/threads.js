// Threads for the wasm engine's matmuls: a pool of N-1 workers (Node worker_threads, or Web Workers in a
// cross-origin isolated page) that instantiate the same kernels module on the engine's shared WebAssembly.Memory
// and split a matmul's output columns (rows of W) with the calling thread, which takes the first share.
// Browser-safe: Node's worker_threads is imported dynamically, only under Node. May import kernels/ only.
//
// Synchronisation costs microseconds, not a postMessage per matmul: the job is written into a shared Int32Array
// (CTRL below), the caller bumps a generation counter and Atomics.notify()s it; each worker spins briefly on the
// counter (decode calls matmuls back to back), then Atomics.wait()s; when done it adds 1 to a done counter, the
// last one notifies the caller. The caller waits with Atomics.wait where the platform allows it (Node, workers)
// and spins on Atomics.load where it does not (a browser's main thread).
//
// Determinism: share boundaries are multiples of 8 rows of W (the packed GEMM's 8-row panels, the 2x4 tile, the
// int8 kernels' row pairs), and a kernel's per-output summation order does not depend on N, so every output is
// computed by exactly one thread in the order one thread uses: results are bit-identical to one thread (tested in
// js/test/threads.test.js). With n > 1 rows of x a share's rows of y are strided, so a thread writes its [n, share]
// block into its own 'threads' heap block and copies it into place (copy_rows); with n = 1 it writes y directly.
//
// Workers are started from source text (no separate file to serve or bundle): a Blob URL module-less worker in
// browsers, `new Worker(text, {eval: true})` under Node; they get the compiled WebAssembly.Module, the Memory and
// CTRL by one postMessage at start-up.

/** Jobs (CTRL[OP]). */
export const OP = Object.freeze({ F32: 1, I8: 2, I8X: 3, I8_DEQ_F32: 4 });
/** Share boundaries are multiples of this many rows of W (see the determinism note above). */
export const SHARE_ALIGN = 8;
/**
 * A matmul below this many multiply-adds (n * K * N) runs on the calling thread alone: measured with
 * benchmarks/bench_threads.mjs on this machine (2 cores, loaded), a 2-thread dispatch costs ~5-20 µs, about what
 * one thread needs for 64K multiply-adds of a cache-resident f32 matrix.
 */
export const THREADS_MIN_WORK = 1 << 16;

// CTRL word indices
const GEN = 0; // job generation (bumped per job)
const DONE = 1; // workers finished with the current job
const STOP = 2; // 1: workers exit
const ERR = 3; // 1 + index of a worker whose kernel threw (0: none)
const JOB = 8; // op, x, w, s, y, n, K, N, aux, threads
const PER = 32; // per thread i: PER + 2i = tmp block, PER + 2i + 1 = pack block (byte offsets)
const MAX_THREADS = 64;
const CTRL_WORDS = PER + 2 * MAX_THREADS;
const SPIN = 20000; // Atomics.load rounds before a worker sleeps (tens of µs)

/** The CTRL layout and constants, passed to runShare / workerMain (which must have no free variables). */
const L = Object.freeze({ GEN, DONE, STOP, ERR, JOB, PER, ALIGN: SHARE_ALIGN, SPIN });

/**
 * One share of a job, run by thread `i` (0 is the caller) of CTRL[JOB + 9]: the kernels K (exports), the CTRL
 * words c, the layout L. Self-contained (no free variables but globals): the workers run this function's text,
 * which stays correct when a bundler minifies and renames module-level names.
 */
function runShare(K, c, i, L) {
  const u = (j) => c[j] >>> 0;
  const J = L.JOB;
  const op = c[J];
  const x = u(J + 1);
  const w = u(J + 2);
  const s = u(J + 3);
  const y = u(J + 4);
  const n = u(J + 5);
  const Kc = u(J + 6);
  const N = u(J + 7);
  const aux = u(J + 8);
  const t = u(J + 9);
  const per = Math.ceil(N / t / L.ALIGN) * L.ALIGN;
  const lo = Math.min(N, i * per);
  const cnt = Math.min(N, lo + per) - lo;
  if (!cnt) return;
  const tmp = u(L.PER + 2 * i);
  const pack = u(L.PER + 2 * i + 1);
  const dst = n === 1 ? y + 4 * lo : tmp;
  if (op === 1) K.matmul_f32(x, w + 4 * lo * Kc, dst, n, Kc, cnt, pack);
  else if (op === 2) K.matmul_i8(x, w + lo * Kc, s + 4 * lo, dst, n, Kc, cnt);
  else if (op === 3) K.matmul_i8x(aux, w + lo * Kc, s + 4 * lo, dst, n, Kc, cnt);
  else {
    const d = aux + 4 * lo * Kc; // this share's rows of the dequantised weight
    K.dequant_i8(w + lo * Kc, s + 4 * lo, d, cnt, Kc);
    K.matmul_f32(x, d, dst, n, Kc, cnt, pack);
  }
  if (n !== 1) K.copy_rows(tmp, 4 * cnt, y + 4 * lo, 4 * N, n, 4 * cnt);
}

/** A worker's life: start-up message, then jobs until STOP (self-contained like runShare). */
function workerMain(post, onMessage, runShare, L) {
  onMessage((msg) => {
    const { module, memory, ctrl, index } = msg;
    const K = new WebAssembly.Instance(module, { env: { memory } }).exports;
    const c = new Int32Array(ctrl);
    let seen = 0;
    post('ready');
    for (;;) {
      let spins = 0;
      while (Atomics.load(c, L.GEN) === seen && spins < L.SPIN) spins++;
      while (Atomics.load(c, L.GEN) === seen) Atomics.wait(c, L.GEN, seen);
      seen = Atomics.load(c, L.GEN);
      if (Atomics.load(c, L.STOP)) return;
      try {
        runShare(K, c, index, L);
      } catch {
        Atomics.compareExchange(c, L.ERR, 0, 1 + index);
      }
      if (Atomics.add(c, L.DONE, 1) + 1 === c[L.JOB + 9] - 1) Atomics.notify(c, L.DONE);
    }
  });
}

/** A worker's script: workerMain called with the platform's message plumbing (source text of each argument). */
const workerSource = (post, onMessage) => `(${workerMain})(${post}, ${onMessage}, ${runShare}, ${JSON.stringify(L)});\n`;
const NODE_SOURCE = 'const { parentPort } = require("node:worker_threads");\n' +
  workerSource('(m) => parentPort.postMessage(m)', '(f) => parentPort.once("message", f)');
const WEB_SOURCE = workerSource('(m) => self.postMessage(m)',
  '(f) => { self.onmessage = (e) => { self.onmessage = null; f(e.data); }; }');

function isNode() {
  return typeof process !== 'undefined' && !!process.versions?.node && typeof window === 'undefined';
}

/**
 * Why threads cannot run here, or null when they can: they need SharedArrayBuffer (a browser gives it to cross-
 * origin isolated pages only: COOP same-origin + COEP require-corp) and workers.
 */
export function threadsUnavailable() {
  if (typeof SharedArrayBuffer === 'undefined' || (typeof crossOriginIsolated !== 'undefined' && !crossOriginIsolated)) {
    return 'SharedArrayBuffer is unavailable (the page is not cross-origin isolated: serve it with ' +
      'Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp)';
  }
  if (!isNode() && typeof Worker === 'undefined') return 'this context cannot start Web Workers';
  return null;
}

/** Whether Atomics.wait may block this thread (not on a browser's main thread). */
function canBlock() {
  if (isNode()) return true;
  return typeof window === 'undefined'; // a worker
}

async function spawn(index) {
  if (isNode()) {
    const name = 'node:worker_threads'; // import(<variable>): bundlers leave this Node-only branch alone
    const { Worker } = await import(name);
    const w = new Worker(NODE_SOURCE, { eval: true });
    w.unref();
    return {
      send: (m) => w.postMessage(m),
      ready: new Promise((res, rej) => { w.once('message', res); w.once('error', rej); }),
      end: () => w.terminate(),
      index,
    };
  }
  const url = URL.createObjectURL(new Blob([WEB_SOURCE], { type: 'text/javascript' }));
  const w = new Worker(url);
  URL.revokeObjectURL(url);
  return {
    send: (m) => w.postMessage(m),
    ready: new Promise((res, rej) => {
      w.onmessage = () => res();
      w.onerror = (e) => rej(new Error(`emlx threads: worker failed to start (${e.message ?? 'error'})`));
    }),
    end: () => w.terminate(),
    index,
  };
}

export class MatmulPool {
  /**
   * threads: N >= 2 (the caller + N-1 workers); heap: the engine's Heap (shared); module: the compiled kernels
   * (shared-memory variant); K: the caller's kernels. Use MatmulPool.start (async: the workers start).
   */
  constructor(threads, heap, module, K) {
    if (!Number.isInteger(threads) || threads < 2 || threads > MAX_THREADS) {
      throw new Error(`emlx threads: threads must be an integer in 2..${MAX_THREADS}, got ${threads}`);
    }
    this.threads = threads;
    this.heap = heap;
    this.module = module;
    this.K = K;
    this.ctrl = new Int32Array(new SharedArrayBuffer(4 * CTRL_WORDS));
    this.workers = [];
    this._tmp = new Array(threads).fill(0); // per thread: heap block for its [n, share] output
    this._tmpBytes = new Array(threads).fill(0);
    this._pack = new Array(threads).fill(0);
    this._block = canBlock();
    this.closed = false;
  }

  static async start(threads, heap, module, K) {
    const pool = new MatmulPool(threads, heap, module, K);
    try {
      for (let i = 1; i < threads; i++) pool.workers.push(await spawn(i));
      for (const w of pool.workers) {
        w.send({ module, memory: heap.memory, ctrl: pool.ctrl.buffer, index: w.index });
      }
      await Promise.all(pool.workers.map((w) => w.ready));
    } catch (e) {
      pool.close();
      throw e;
    }
    return pool;
  }

  /** Heap blocks: per thread, an output block of `bytes` (n > 1) and the GEMM's pack space (when pack). */
  _blocks(tmpBytes, packBytes) {
    const c = this.ctrl;
    for (let i = 0; i < this.threads; i++) {
      if (tmpBytes > this._tmpBytes[i]) {
        this.heap.release(this._tmp[i]);
        this._tmp[i] = this.heap.alloc(tmpBytes, 'threads');
        this._tmpBytes[i] = tmpBytes;
      }
      if (packBytes && !this._pack[i]) this._pack[i] = this.heap.alloc(packBytes, 'threads');
      c[PER + 2 * i] = this._tmp[i];
      c[PER + 2 * i + 1] = packBytes ? this._pack[i] : 0;
    }
  }

  /**
   * y[n, N] = x @ W^T split over the threads. op: OP.*; x: x (F32, I8, I8_DEQ_F32) or unused (I8X); w: weight;
   * s: scales (int8); aux: quant_x rows (I8X) or the dequantised weight's block [N, K] (I8_DEQ_F32);
   * packBytes: the GEMM's scratch per thread, or 0 (n below the packed path's rows).
   */
  run(op, x, w, s, y, n, K, N, aux, packBytes) {
    if (this.closed) throw new Error('emlx threads: the pool has been closed');
    const t = this.threads;
    const per = Math.ceil(N / t / SHARE_ALIGN) * SHARE_ALIGN;
    this._blocks(n === 1 ? 0 : 4 * n * per, packBytes);
    const c = this.ctrl;
    const words = [op, x, w, s, y, n, K, N, aux, t];
    for (let j = 0; j < words.length; j++) c[JOB + j] = words[j] | 0;
    Atomics.store(c, DONE, 0);
    Atomics.add(c, GEN, 1);
    Atomics.notify(c, GEN);
    let err = null;
    try {
      runShare(this.K, c, 0, L);
    } catch (e) {
      err = e;
    }
    const want = t - 1;
    for (;;) {
      const d = Atomics.load(c, DONE);
      if (d === want) break;
      if (this._block) Atomics.wait(c, DONE, d, 1000);
    }
    if (err) throw err;
    const bad = Atomics.load(c, ERR);
    if (bad) {
      Atomics.store(c, ERR, 0);
      throw new Error(`emlx threads: a kernel failed in worker ${bad - 1} (op ${op}, n ${n}, K ${K}, N ${N})`);
    }
  }

  /** Stop the workers and give the heap blocks back (the heap may already be gone). */
  close() {
    if (this.closed) return;
    this.closed = true;
    Atomics.store(this.ctrl, STOP, 1);
    Atomics.add(this.ctrl, GEN, 1);
    Atomics.notify(this.ctrl, GEN);
    for (const w of this.workers) w.end();
    this.workers = [];
  }
}
