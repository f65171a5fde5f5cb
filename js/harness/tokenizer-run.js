// The tokenizer sidecar run (the tokenizer kind of KIND_RUNS in kinds.js, which every harness runs): the library's
// Tokenizer (src/tokenizer.js, what a site ships) on every case of the sidecar (tokenizer_ids.json), raw results
// only. Imports nothing (the caller passes the Tokenizer), so the onnxruntime page never loads TF.js through it.
//
//   cases   [{text, special: "all"|"none", template?}] -> result.tokenizer        [{ids}] (same order)
//   decodes [{ids}] (tokenizer.json blocks)            -> result.tokenizer_decode [text]
//                                                         result.tokenizer_stream [[piece per id..., flush]]

import { oneLine } from './inputs.js';

/** Milliseconds the whole corpus may take to encode (job.tokenizer_budget_ms overrides): a real tokenizer needs a
 *  few seconds even in a slow browser backend; past it the run reports an ERROR instead of sitting in the
 *  tokenizer phase until the runner's timeout. Each case's encode gets what is left (the library's time budget). */
export const CORPUS_BUDGET_MS = 120000;

function now() {
  return globalThis.performance ? globalThis.performance.now() : Date.now();
}

/** Run `sc` (the tokenizer sidecar) through `tok`; per-case failures go to `errors` and leave that entry null.
 *  `budgetMs`: the time the corpus may take (the cases not reached by then are null, with one error saying so). */
export function runTokenizerSidecar(tok, sc, errors, budgetMs = CORPUS_BUDGET_MS) {
  const cases = sc.cases;
  if (!Array.isArray(cases) || cases.length === 0) throw new Error('sidecar has no tokenizer cases: nothing to compare; regenerate with `emlx sidecars BUNDLE`');
  if (!(typeof budgetMs === 'number' && budgetMs > 0)) throw new Error(`tokenizer budget must be a positive number of ms, got ${JSON.stringify(budgetMs)}`);
  const out = {};
  const deadline = now() + budgetMs;
  let stopped = null; // the case at which the budget ran out
  out.tokenizer = cases.map((c, i) => {
    if (stopped !== null) return { ids: null, error: 'not run: the corpus ran past its time budget' };
    try {
      const special = c.special ?? 'none';
      if (special !== 'all' && special !== 'none') throw new Error(`special must be "all" or "none", got ${JSON.stringify(special)}`);
      const left = deadline - now();
      if (left <= 0) throw Object.assign(new Error('no time left'), { code: 'EMLX_TOKENIZER_BUDGET' });
      return { ids: tok.encode(c.text, { special, template: c.template === true, timeBudgetMs: left }) };
    } catch (e) {
      if (e && e.code === 'EMLX_TOKENIZER_BUDGET') {
        stopped = i;
        errors.push(`tokenizer: the corpus ran past its ${budgetMs} ms time budget at case ${i} of ${cases.length} `
          + `(${JSON.stringify(String(c.text).slice(0, 40))}, ${String(c.text).length} characters): the tokenizer is `
          + 'too slow for a page; the remaining cases were not run');
        return { ids: null, error: oneLine(e) };
      }
      errors.push(`tokenizer case ${i}: ${oneLine(e)}`);
      return { ids: null, error: oneLine(e) };
    }
  });
  if (stopped !== null) return out; // decodes would only add more of the same wait
  if (sc.decodes !== undefined) {
    if (!Array.isArray(sc.decodes)) throw new Error('sidecar decodes must be a list of {ids, text}');
    out.tokenizer_decode = [];
    out.tokenizer_stream = [];
    sc.decodes.forEach((d, i) => {
      try {
        out.tokenizer_decode.push(tok.decode(d.ids));
      } catch (e) {
        errors.push(`tokenizer decode ${i}: ${oneLine(e)}`);
        out.tokenizer_decode.push(null);
      }
      try {
        const stream = tok.decodeStream();
        const pieces = d.ids.map((id) => stream.write(id));
        pieces.push(stream.flush());
        out.tokenizer_stream.push(pieces);
      } catch (e) {
        errors.push(`tokenizer stream ${i}: ${oneLine(e)}`);
        out.tokenizer_stream.push(null);
      }
    });
  }
  return out;
}
