// Encode throughput of the JS tokenizer on the tokenizer.json fixtures (fixtures/tokenizers/), and what the load-time
// checks cost: the numbers js/README.md ("Tokenizers") quotes for the time budget. Run from js/:
//
//   node ../benchmarks/bench_tokenizer.mjs [--sizes=10000,100000,1000000] [--rounds=3]
//
// Blocks are built by Python (emlx.exporter.hf_tokenizer, PYTHONPATH = the checkout). Texts: prose with punctuation,
// digits and a few non-ASCII words, a newline every 11 words (a SentencePiece tokenizer without a pre-tokenizer sees
// the whole text as one word: its worst case), and one 100k-character word. load_ms: new Tokenizer(block), with the
// load-time pattern probes. Medians of --rounds; 2 shared cores here, so read the orders of magnitude.

import path from 'node:path';
import { execFileSync } from 'node:child_process';

const root = path.resolve(process.cwd(), '..');
const { Tokenizer } = await import(path.join(process.cwd(), 'src/tokenizer.js'));
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const sizes = (args.sizes ?? '10000,100000,1000000').split(',').map(Number);
const rounds = Number(args.rounds ?? 3);
const names = ['gpt2', 'llama3', 'qwen2', 'sentencepiece', 'metaspace'];

const blocks = JSON.parse(execFileSync('python3', ['-c', `
import json, sys
from emlx.exporter.hf_tokenizer import build_hf_tokenizer_block
print(json.dumps({n: build_hf_tokenizer_block("fixtures/tokenizers/" + n) for n in sys.argv[1:]}))`, ...names],
{ cwd: root, env: { ...process.env, PYTHONPATH: root }, encoding: 'utf8', maxBuffer: 1 << 28 }));

const words = ['The', 'EML', 'operator', 'exp(x)', 'is', 'a', 'single', 'binary', 'operator,', 'and', '12345', 'café', '中文'];
let prose = '';
for (let i = 0; prose.length < Math.max(...sizes); i++) prose += words[(i * 7) % words.length] + (i % 11 ? ' ' : '\n');
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const time = (fn) => median(Array.from({ length: rounds }, () => { const t0 = performance.now(); fn(); return performance.now() - t0; }));

const rows = [];
for (const name of names) {
  const loadMs = time(() => new Tokenizer(blocks[name]));
  const tok = new Tokenizer(blocks[name]);
  const row = { tokenizer: name, load_ms: +loadMs.toFixed(1) };
  for (const n of sizes) {
    const text = prose.slice(0, n);
    const ms = time(() => tok.encode(text, { timeBudgetMs: Infinity }));
    row[`chars_per_s@${n}`] = Math.round(n / (ms / 1000));
  }
  const word = 'ab'.repeat(50_000);
  row['one_100k_word_ms'] = +time(() => tok.encode(word, { timeBudgetMs: Infinity })).toFixed(0);
  rows.push(row);
}
console.table(rows);
