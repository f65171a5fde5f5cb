// The cost of the whole-bundle identity on load (docs/FORMATS.md "bundle_sha256"), side by side in one run:
// loadBundle with verifyHash false (no hash) and true (weights_sha256 over every weight, then bundle_sha256 over
// config + tokenizer), interleaved rounds, medians; and bundleSha256 alone (RFC 8785 JSON + SHA-256), also over two
// synthetic tokenizer blocks the size of real ones (a 150k-token tokenizer.json, a 200k-rank tiktoken block), since
// its cost grows with the tokenizer and not with the weights.
//
//   node benchmarks/bench_bundle_hash.mjs BUNDLE... [--rounds 5]
import { performance } from 'node:perf_hooks';
import { loadBundle, bundleSha256 } from '../js/src/loader.js';

const args = process.argv.slice(2);
const r = args.indexOf('--rounds');
const rounds = r >= 0 ? Number(args.splice(r, 2)[1]) : 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (const path of args) {
  const t = { off: [], on: [], identity: [] };
  let b = null;
  for (let i = 0; i < rounds; i++) {
    for (const verifyHash of i % 2 ? [true, false] : [false, true]) { // interleaved, alternating first
      b = null;
      const t0 = performance.now();
      b = await loadBundle(path, { verifyHash });
      t[verifyHash ? 'on' : 'off'].push(performance.now() - t0);
      if (verifyHash && b.verified !== true) throw new Error(`${path}: not verified (${b.integrity})`);
    }
    const t0 = performance.now();
    await bundleSha256({ config: b.config, tokenizer: b.tokenizer, weights_sha256: b.weights_sha256 });
    t.identity.push(performance.now() - t0);
  }
  const tokChars = JSON.stringify(b.tokenizer ?? null).length;
  rows.push({ bundle: path, tokenizer_chars: tokChars, load_ms_no_hash: +median(t.off).toFixed(1),
    load_ms_verified: +median(t.on).toFixed(1), hash_ms: +(median(t.on) - median(t.off)).toFixed(1),
    bundle_sha256_ms: +median(t.identity).toFixed(2) });
}
const vocab = {};
const merges = [];
for (let i = 0; i < 150000; i++) { vocab[`tok${i.toString(36)}\u0120x`] = i; merges.push(`t${i.toString(36)} \u0120y${i % 977}`); }
const ranks = Array.from({ length: 200000 }, (_, i) => `${Buffer.from(`rank${i}`).toString('base64')} ${i}\n`).join('');
const synthetic = {
  'tokenizer.json 150k': { kind: 'hf-tokenizers', tokenizer: { model: { type: 'BPE', vocab, merges } } },
  'tiktoken 200k ranks': { name: 'syn', pat_str: 'x', mergeable_ranks: ranks, special_tokens: { '<|bos|>': 200000 } },
};
for (const [name, tokenizer] of Object.entries(synthetic)) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await bundleSha256({ config: { n_layer: 1 }, tokenizer, weights_sha256: '0'.repeat(64) });
    times.push(performance.now() - t0);
  }
  rows.push({ bundle: `synthetic ${name}`, tokenizer_chars: JSON.stringify(tokenizer).length,
    bundle_sha256_ms: +median(times).toFixed(2) });
}
console.log(JSON.stringify(rows, null, 1));
