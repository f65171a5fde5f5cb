// Catastrophic-backtracking probe for the regular expressions a tokenizer block carries (a tiktoken block's
// pat_str_js; a tokenizer.json's Split and Replace patterns). Run when a tokenizer is built, in a page as in Node,
// and by `emlx export` on a tiktoken pattern (emlx/exporter/tokenizer.py imports this file under Node), so a pattern
// that would hold a page for minutes is refused in one line instead of run.
//
// Probe texts: a run of one character class, then a character that makes the overall match fail late, two
// characters longer each time. A sound pattern takes microseconds on these; an exponential one grows by a
// constant factor per character, so it is caught at the first probe over PROBE_LIMIT_MS, which costs at most a
// few times that. (The Python side probes tokenizer.json patterns the same way with Oniguruma, emlx/hftok.py.)
//
// No imports: Python runs it with a bare `node`.

export const PROBE_UNITS = ['a', '1', ' ', '\n', '!', '\u4e00', 'e\u0301', "'", 'a ', '\r\n'];
export const PROBE_ENDS = ['!', 'a', ' ', '\n', '\u0000', ''];
export const PROBE_LIMIT_MS = 40;
export const PROBE_MIN_LENGTH = 8;
export const PROBE_MAX_LENGTH = 48;

/** Milliseconds of this thread's CPU where the runtime tells them (Node: process.cpuUsage, so a loaded machine
 *  that preempts the probe does not make a sound pattern look slow), else wall time (a page). */
const cpuUsage = globalThis.process && typeof globalThis.process.cpuUsage === 'function' ? globalThis.process.cpuUsage : null;
function now() {
  if (cpuUsage) {
    const u = cpuUsage();
    return (u.user + u.system) / 1000;
  }
  return globalThis.performance ? globalThis.performance.now() : Date.now();
}

function timeOne(re, text) {
  const t0 = now();
  re.lastIndex = 0;
  text.match(re);
  re.lastIndex = 0;
  return now() - t0;
}

/**
 * Throw a one-line Error (code 'EMLX_PATTERN_BACKTRACKS') when `re` (a compiled RegExp) takes over PROBE_LIMIT_MS
 * on one probe text (the fastest of three runs: a pause of the machine is not the pattern's); `where` names the
 * pattern in the message.
 */
export function probeRegex(re, where) {
  for (const unit of PROBE_UNITS) {
    for (const end of PROBE_ENDS) {
      for (let n = PROBE_MIN_LENGTH; n <= PROBE_MAX_LENGTH; n += 2) {
        const text = unit.repeat(n) + end;
        let dt = timeOne(re, text);
        for (let again = 0; again < 2 && dt > PROBE_LIMIT_MS; again++) dt = Math.min(dt, timeOne(re, text));
        if (dt > PROBE_LIMIT_MS) {
          const e = new Error(`tokenizer: ${where} backtracks catastrophically in JS (${dt.toFixed(0)} ms on ${JSON.stringify(text.slice(0, 12))}... of ${text.length} characters, where a sound pattern takes microseconds): it would stall a page; rewrite it without nested quantifiers over the same characters`);
          e.code = 'EMLX_PATTERN_BACKTRACKS';
          throw e;
        }
      }
    }
  }
}
