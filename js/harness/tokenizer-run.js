// The tokenizer sidecar run (the tokenizer kind of KIND_RUNS in kinds.js, which every harness runs): the library's
// Tokenizer (src/tokenizer.js, what a site ships) on every case of the sidecar (tokenizer_ids.json), raw results
// only. Imports nothing (the caller passes the Tokenizer), so the onnxruntime page never loads TF.js through it.
//
//   cases   [{text, special: "all"|"none", template?}] -> result.tokenizer        [{ids}] (same order)
//   decodes [{ids}] (tokenizer.json blocks)            -> result.tokenizer_decode [text]
//                                                         result.tokenizer_stream [[piece per id..., flush]]

import { oneLine } from './inputs.js';

/** Run `sc` (the tokenizer sidecar) through `tok`; per-case failures go to `errors` and leave that entry null. */
export function runTokenizerSidecar(tok, sc, errors) {
  const cases = sc.cases;
  if (!Array.isArray(cases) || cases.length === 0) throw new Error('sidecar has no tokenizer cases: nothing to compare; regenerate with `emlx sidecars BUNDLE`');
  const out = {};
  out.tokenizer = cases.map((c, i) => {
    try {
      const special = c.special ?? 'none';
      if (special !== 'all' && special !== 'none') throw new Error(`special must be "all" or "none", got ${JSON.stringify(special)}`);
      // the gate compares ids, not speed: no time budget (a slow engine is timed by the runner as a whole)
      return { ids: tok.encode(c.text, { special, template: c.template === true, timeBudgetMs: Infinity }) };
    } catch (e) {
      errors.push(`tokenizer case ${i}: ${oneLine(e)}`);
      return { ids: null, error: oneLine(e) };
    }
  });
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
