// What both harnesses (run.js for the TF.js port, ort-run.js for onnxruntime) check in a job and its sidecars
// before computing anything. Imports nothing, so the onnxruntime page never loads TF.js through it.

/** Thrown for a job the harness cannot run at all (bad job, unreadable bundle or model, backend unavailable). */
export class HarnessInputError extends Error {
  constructor(message) {
    super(message);
    this.name = 'HarnessInputError';
  }
}

export function oneLine(e) {
  return String(e && e.message ? e.message : e).replace(/\s+/g, ' ').trim();
}

/** Milliseconds since `t0` on the clock `now`, rounded to microseconds. */
export function ms(now, t0) {
  return Math.round((now() - t0) * 1000) / 1000;
}

export function checkIds(arr, what, vocab) {
  if (!Array.isArray(arr) || !arr.every((x) => Number.isInteger(x) && x >= 0 && x < vocab)) {
    throw new Error(`${what} must be a list of token ids in [0, ${vocab})`);
  }
}

/** forward.json: the prompt length P and the number of greedy steps N (at least 1) its ids allow. */
export function forwardSteps(sc, vocab) {
  checkIds(sc.prompt_ids, 'forward.prompt_ids', vocab);
  checkIds(sc.ids, 'forward.ids', vocab);
  const P = sc.prompt_ids.length;
  const N = sc.steps ?? sc.ids.length - P;
  if (!Number.isInteger(N) || N < 1 || P + N - 1 > sc.ids.length || P === 0) {
    throw new Error(`steps ${N} does not fit ${sc.ids.length} ids with a ${P}-token prompt (at least 1 step is needed)`);
  }
  return { P, N };
}

/** kvcache.json: its length L, the prefill (1..L) and the number of cached logit rows after it. */
export function kvcachePlan(sc, vocab) {
  checkIds(sc.ids, 'kvcache.ids', vocab);
  const L = sc.ids.length;
  const prefill = sc.prefill;
  if (!Number.isInteger(prefill) || prefill < 1 || prefill > L) throw new Error(`prefill ${prefill} must be in [1, ${L}]`);
  return { L, prefill, rows: L - prefill + 1 };
}

// ------------------------------------------------------------------------------------------------------------
// Fatal runtime failures: after these the runtime itself is unusable (a wasm abort leaves the module dead; an
// allocation failure leaves it without memory), so the harness stops, and the run is an ERROR naming the phase,
// never a numeric divergence of whatever ran afterwards.

const OOM_PATTERNS = [
  /out of memory/i, /Array buffer allocation failed/i, /Cannot enlarge memory/i, /Maximum memory size exceeded/i,
  /WebAssembly\.Memory\.grow/i, /Invalid typed array length/i, /Allocation failed/i, /could not allocate/i,
  /Failed to allocate/i, /OOM/,
];
const ABORT_PATTERNS = [/\bAborted\(/, /\babort\(/i, /RuntimeError: (unreachable|memory access out of bounds)/i,
  /memory access out of bounds/i, /unreachable executed/i];

/** 'out-of-memory' | 'abort' | null: whether an error leaves the runtime unusable. */
export function fatalKind(e) {
  const text = `${e && e.name ? e.name + ': ' : ''}${e && e.message ? e.message : e}`;
  if (OOM_PATTERNS.some((re) => re.test(text))) return 'out-of-memory';
  if (ABORT_PATTERNS.some((re) => re.test(text))) return 'abort';
  return null;
}
