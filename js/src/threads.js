// Threads for the wasm engine's matmuls: a pool of N-1 workers (Node worker_threads, or Web Workers in a
// cross-origin isolated page) that instantiate the same kernels module on the engine's shared WebAssembly.Memory
// and share a matmul's output columns (rows of W) with the calling thread.
// Browser-safe: Node's worker_threads is imported dynamically, only under Node. May import kernels/ only.
//
// Work sharing: a job's rows of W are cut into chunks (CHUNKS_PER_THREAD per thread, multiples of 8 rows) that
// every thread, the caller included, claims one at a time with a compare-and-swap on one shared word (NEXT:
// job generation << 8 | next chunk). A worker the OS has not scheduled (a loaded machine, a busy page) claims
// nothing and delays nothing: the caller takes the chunks it leaves, and waits only for chunks a worker has
// claimed and not finished. Measured on this 2-core machine under other engineers' load, a static half per thread
// made 2 threads slower than one whenever the worker waited for a core.
//
// Synchronisation costs microseconds, not a postMessage per matmul: the job is written into a shared Int32Array
// (CTRL below) and NEXT set to the new generation, then Atomics.notify(); a worker spins briefly on NEXT (decode
// calls matmuls back to back), then Atomics.wait()s on it. The last chunk to finish notifies the caller, which
// sleeps in Atomics.wait where the platform allows it (Node, workers) and spins where it does not (a browser's
// main thread). Job parameters are read before the claiming compare-and-swap and the caller closes NEXT before it
// rewrites them, so a claim that succeeds saw one job's parameters.
//
// Determinism: chunk boundaries are multiples of 8 rows of W (the packed GEMM's 8-row panels, the 2x4 tile, the
// int8 and q4 kernels' row pairs), and a kernel's per-output summation order does not depend on N, so every output is
// computed by exactly one thread in the order one thread uses: results are bit-identical to one thread, whoever
// takes which chunk (tested in js/test/threads.test.js). With n > 1 rows of x a chunk's rows of y are strided, so
// a thread writes its [n, chunk] block into its own 'threads' heap block and copies it into place (copy_rows);
// with n = 1 it writes y directly.
//
// Workers are started from source text (no separate file to serve or bundle): a Blob URL classic worker in
// browsers, `new Worker(text, {eval: true})` under Node; they get the compiled WebAssembly.Module, the Memory and
// CTRL by one postMessage at start-up.

/** Jobs (CTRL[JOB]). */
export const OP = Object.freeze({ F32: 1, I8: 2, I8X: 3, I8_DEQ_F32: 4, Q4X: 5, Q4_DEQ_F32: 6 });
/** Chunk boundaries are multiples of this many rows of W (see the determinism note above). */
export const SHARE_ALIGN = 8;
/** Chunks per thread of a job (more: less waiting on a descheduled worker's chunk; fewer: fewer claims). */
export const CHUNKS_PER_THREAD = 4;
/**
 * A matmul below this many multiply-adds (n * K * N) runs on the calling thread alone. benchmarks/bench_threads.mjs
 * on this machine (2 cores shared with other engineers' test suites, load average 6-15): --dispatch, a job's
 * round trip costs 25-35 µs when the worker sleeps, what one thread needs for ~200K multiply-adds of a
 * cache-resident f32 matrix, and up to 576 x 1536 (885K) the split lost in most rounds; whole models with 256K,
 * 11.5M decode (its 256 x 1024 MLP split) cost 1.5x the CPU time per token of one thread, 135M 1.03-1.14x.
 */
export const THREADS_MIN_WORK = 1 << 20;

// CTRL word indices
const NEXT = 0; // generation << 8 | next unclaimed chunk (chunk CLOSED: no job open)
const FIN = 1; // chunks finished of the current job
const STOP = 2; // 1: workers exit
const ERR = 3; // 1 + index of a worker whose kernel threw (0: none)
const JOB = 8; // op, x, w, s, y, n, K, N, aux, chunk rows, chunks, G (q4 group size), affine (q4)
const PER = 32; // per thread i: PER + 2i = tmp block, PER + 2i + 1 = pack block (byte offsets)
const MAX_THREADS = 64;
const STAT = PER + 2 * MAX_THREADS; // per thread i: STAT + i = chunks it has run (diagnostics)
const CLOSED = 255;
const MAX_CHUNKS = 254;
const CTRL_WORDS = STAT + MAX_THREADS;
// Atomics.load rounds before a worker sleeps (~1-3 µs: catches a matmul that follows at once, as q/k/v do). Longer
// spins were measured to cost more than they save on this loaded 2-core machine (bench_threads.mjs --spin=0,2000,
// 20000: 20000 made decode 0.5x one thread, the spinning worker taking the core the caller needed).
const SPIN = 1000;

/** The CTRL layout, passed to claimAndRun / workerMain (which must have no free variables). */
const L = Object.freeze({ NEXT, FIN, STOP, ERR, JOB, PER, STAT });

/**
 * One matmul y[n, N] = x @ W^T by op (OP.*) on the kernels K, over N rows of W at w (scales at s): the one place an
 * op becomes kernel calls, for a whole matrix on the calling thread (wasm-executor.js) and for a chunk of rows in
 * claimAndRun. aux: quant_x rows (I8X, Q4X; x unused) or the block the weight is dequantised into (I8_DEQ_F32,
 * Q4_DEQ_F32); pack: the GEMM's panels or 0; G, affine: the q4 layout. Self-contained like claimAndRun.
 */
export function runOp(K, op, x, w, s, y, n, Kc, N, aux, pack, G, affine) {
  if (op === 1) K.matmul_f32(x, w, y, n, Kc, N, pack);
  else if (op === 2) K.matmul_i8(x, w, s, y, n, Kc, N);
  else if (op === 3) K.matmul_i8x(aux, w, s, y, n, Kc, N);
  else if (op === 5) K.matmul_q4x(aux, w, s, y, n, Kc, N, G);
  else { // 4, 6: dequantise once, then the float32 GEMM
    if (op === 6) K.dequant_q4x(w, s, aux, N, Kc, G, affine);
    else K.dequant_i8(w, s, aux, N, Kc);
    K.matmul_f32(x, aux, y, n, Kc, N, pack);
  }
}

/**
 * Claim chunks of generation `gen` and run them as thread `i` until none is left (or the job changed); returns
 * the first error a kernel threw (the chunk still counts as finished) or null. K: kernels (exports); c: CTRL;
 * runOp: the function above (passed in, not closed over). Self-contained (no free variables but globals): the
 * workers run this function's text, which stays correct when a bundler minifies and renames module-level names.
 */
function claimAndRun(K, c, i, L, gen, runOp) {
  const J = L.JOB;
  let err = null;
  for (;;) {
    const v = Atomics.load(c, L.NEXT);
    if (v >>> 8 !== gen) return err;
    const u = (j) => c[j] >>> 0; // the job, read before the claim: valid if the claim succeeds
    const op = c[J];
    const x = u(J + 1);
    const w = u(J + 2);
    const s = u(J + 3);
    const y = u(J + 4);
    const n = u(J + 5);
    const Kc = u(J + 6);
    const N = u(J + 7);
    const aux = u(J + 8);
    const chunk = u(J + 9);
    const chunks = u(J + 10);
    const G = u(J + 11);
    const affine = u(J + 12);
    const tmp = u(L.PER + 2 * i);
    const pack = u(L.PER + 2 * i + 1);
    const k = v & 255;
    if (k >= chunks) return err;
    if (Atomics.compareExchange(c, L.NEXT, v, v + 1) !== v) continue;
    try {
      const lo = k * chunk;
      const cnt = Math.min(N, lo + chunk) - lo;
      const q4 = op === 5 || op === 6;
      const wRow = op === 1 ? 4 * Kc : q4 ? Kc >>> 1 : Kc; // bytes of a row of W, and of its scales
      const sRow = q4 ? 8 * (Kc / G) : 4;
      const deq = op === 4 || op === 6; // aux is the dequantised [N, K] block: this chunk's rows of it
      runOp(K, op, x, w + lo * wRow, s + lo * sRow, n === 1 ? y + 4 * lo : tmp, n, Kc, cnt,
        deq ? aux + 4 * lo * Kc : aux, pack, G, affine);
      if (n !== 1) K.copy_rows(tmp, 4 * cnt, y + 4 * lo, 4 * N, n, 4 * cnt);
    } catch (e) {
      err = err ?? e;
    }
    Atomics.add(c, L.STAT + i, 1);
    if (Atomics.add(c, L.FIN, 1) + 1 === chunks) Atomics.notify(c, L.FIN);
  }
}

/** A worker's life: start-up message, then jobs until STOP (self-contained like claimAndRun). */
function workerMain(post, onMessage, claimAndRun, runOp, L) {
  onMessage((msg) => {
    const { module, memory, ctrl, index, spin } = msg;
    const K = new WebAssembly.Instance(module, { env: { memory } }).exports;
    const c = new Int32Array(ctrl);
    let done = 0; // the last generation this worker has worked on
    post('ready');
    for (;;) {
      let v = Atomics.load(c, L.NEXT);
      for (let spins = 0; (v >>> 8 === done || (v & 255) === 255) && !Atomics.load(c, L.STOP); spins++) {
        if (spins >= spin) Atomics.wait(c, L.NEXT, v);
        v = Atomics.load(c, L.NEXT);
      }
      if (Atomics.load(c, L.STOP)) return;
      done = v >>> 8;
      if (claimAndRun(K, c, index, L, done, runOp)) Atomics.compareExchange(c, L.ERR, 0, 1 + index);
    }
  });
}

/** A worker's script: workerMain called with the platform's message plumbing (source text of each argument). */
const workerSource = (post, onMessage) => `(${workerMain})(${post}, ${onMessage}, ${claimAndRun}, ${runOp}, ${JSON.stringify(L)});\n`;
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
  constructor(threads, heap, module, K, spin = SPIN) {
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
    this.spin = spin;
    this.gen = 0;
    this.jobs = 0; // matmuls shared so far
    Atomics.store(this.ctrl, NEXT, CLOSED); // generation 0, closed: no job yet
    this.closed = false;
  }

  static async start(threads, heap, module, K, spin = SPIN) {
    if (!Number.isInteger(spin) || spin < 0) throw new Error(`emlx threads: spin must be a non-negative integer, got ${spin}`);
    const pool = new MatmulPool(threads, heap, module, K, spin);
    try {
      for (let i = 1; i < threads; i++) pool.workers.push(await spawn(i));
      for (const w of pool.workers) {
        w.send({ module, memory: heap.memory, ctrl: pool.ctrl.buffer, index: w.index, spin });
      }
      await Promise.all(pool.workers.map((w) => w.ready));
    } catch (e) {
      pool.close();
      throw e;
    }
    return pool;
  }

  /** Heap blocks: per thread, an output block of `tmpBytes` (n > 1) and the GEMM's pack space (when packBytes). */
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
   * y[n, N] = x @ W^T shared by the threads. op: OP.*; x: x (F32, I8, I8_DEQ_F32, Q4_DEQ_F32) or unused (I8X,
   * Q4X); w: weight; s: scales (int8: one per row; q4: a (scale, offset) pair per group); aux: quant_x rows (I8X,
   * Q4X) or the dequantised weight's block [N, K] (I8_DEQ_F32, Q4_DEQ_F32); packBytes: the GEMM's scratch per
   * thread, or 0 (n below the packed path's rows); G: the q4 group size (Q4X, Q4_DEQ_F32); affine: 1 for affine q4
   * groups (Q4_DEQ_F32).
   */
  run(op, x, w, s, y, n, K, N, aux, packBytes, G = 0, affine = 0) {
    if (this.closed) throw new Error('emlx threads: the pool has been closed');
    const c = this.ctrl;
    const per = Math.ceil(N / (this.threads * CHUNKS_PER_THREAD) / SHARE_ALIGN) * SHARE_ALIGN;
    const chunk = Math.max(per, SHARE_ALIGN * Math.ceil(N / MAX_CHUNKS / SHARE_ALIGN));
    const chunks = Math.ceil(N / chunk);
    // close the current generation (no claim can succeed) before the job words change
    Atomics.store(c, NEXT, (this.gen << 8) | CLOSED);
    this._blocks(n === 1 ? 0 : 4 * n * chunk, packBytes);
    const words = [op, x, w, s, y, n, K, N, aux, chunk, chunks, G, affine];
    for (let j = 0; j < words.length; j++) c[JOB + j] = words[j] | 0;
    Atomics.store(c, FIN, 0);
    this.gen = (this.gen % 0x7fffff) + 1;
    this.jobs++;
    Atomics.store(c, NEXT, this.gen << 8);
    Atomics.notify(c, NEXT);
    const err = claimAndRun(this.K, c, 0, L, this.gen, runOp);
    for (;;) {
      const f = Atomics.load(c, FIN);
      if (f === chunks) break;
      if (this._block) Atomics.wait(c, FIN, f, 1000);
    }
    if (err) throw err;
    const bad = Atomics.load(c, ERR);
    if (bad) {
      Atomics.store(c, ERR, 0);
      throw new Error(`emlx threads: a kernel failed in worker ${bad - 1} (op ${op}, n ${n}, K ${K}, N ${N})`);
    }
  }

  /** Chunks each thread has run so far (index 0: the caller): how much the workers took on. */
  chunksRun() {
    return Array.from({ length: this.threads }, (_, i) => Atomics.load(this.ctrl, STAT + i));
  }

  /** Stop the workers and give the heap blocks back (the heap may already be gone). */
  close() {
    if (this.closed) return;
    this.closed = true;
    Atomics.store(this.ctrl, STOP, 1);
    Atomics.store(this.ctrl, NEXT, 0); // a changed word wakes a sleeping worker, which then sees STOP
    Atomics.notify(this.ctrl, NEXT);
    for (const w of this.workers) w.end();
    this.workers = [];
  }
}
