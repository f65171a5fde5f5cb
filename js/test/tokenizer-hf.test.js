// tokenizer.json blocks (kind "hf-tokenizers"): the JS ids, decodes and streams against the Rust tokenizers library
// (run through Python on the fixtures in fixtures/tokenizers/), the time budget, the load-time checks.
import test from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Tokenizer, blockKind, DEFAULT_TIME_BUDGET_MS } from '../src/tokenizer.js';
import { HF_SUPPORTED } from '../src/tokenizer-hf.js';
import { runTokenizerSidecar } from '../harness/tokenizer-run.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = ['gpt2', 'llama3', 'qwen2', 'smollm', 'sentencepiece', 'metaspace'];

/** Run Python (with this checkout's emlx) and parse the JSON it prints; null when there is no Python. */
function python(code, ...args) {
  for (const exe of ['python3', 'python']) {
    try {
      const out = execFileSync(exe, ['-c', code, ...args], {
        encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, PYTHONPATH: REPO }, cwd: REPO,
      });
      return JSON.parse(out);
    } catch (e) {
      if (e.code !== 'ENOENT') throw e;
    }
  }
  return null;
}

// The block emlx exports for a fixture folder, and the tokenizer sidecar's cases and decodes for it: ids and texts
// by the tokenizers library (emlx/tokcorpus.py), the same corpus the parity gate uses.
const TRUTH = `
import json, sys
from emlx.exporter.hf_tokenizer import build_hf_tokenizer_block
from emlx.tokcorpus import decode_cases, tokenizer_cases
out = {}
for name in sys.argv[1:]:
    b = build_hf_tokenizer_block("fixtures/tokenizers/" + name)
    cases = tokenizer_cases(b)
    out[name] = {"block": b, "cases": cases, "decodes": decode_cases(b, cases)}
print(json.dumps(out))
`;

// Python decode (tokenizers library) and per-id tokens of id lists: {name: [[text, [token...]]...]}
const DECODE = `
import json, sys
from tokenizers import Tokenizer
name, seqs = sys.argv[1], json.loads(sys.argv[2])
tok = Tokenizer.from_file("fixtures/tokenizers/" + name + "/tokenizer.json")
print(json.dumps([tok.decode(s, skip_special_tokens=False) for s in seqs]))
`;

let truthCache;
function truth(t) {
  if (truthCache === undefined) truthCache = python(TRUTH, ...FIXTURES);
  if (truthCache === null) t.skip('no python to run the tokenizers library');
  return truthCache;
}

function block(t, name) {
  const all = truth(t);
  return all && structuredClone(all[name].block);
}

for (const name of FIXTURES) {
  test(`${name}: ids (special all/none, with and without the template), decodes and streams equal the tokenizers library on the corpus`, (t) => {
    const all = truth(t);
    if (!all) return;
    const { block: b, cases, decodes } = all[name];
    const tok = new Tokenizer(b);
    assert.equal(tok.kind, 'hf-tokenizers');
    const errors = [];
    const got = runTokenizerSidecar(tok, { cases, decodes }, errors);
    assert.deepEqual(errors, []);
    assert.ok(cases.length > 1500 && cases.some((c) => c.template) && decodes.length > 500);
    const bad = cases.filter((c, i) => JSON.stringify(got.tokenizer[i].ids) !== JSON.stringify(c.ids));
    assert.deepEqual(bad.slice(0, 3).map((c) => [c.text, c.special, c.template ?? false]), [], `${bad.length} of ${cases.length} cases differ`);
    decodes.forEach((d, i) => {
      assert.equal(got.tokenizer_decode[i], d.text, `decode ${i}: ${JSON.stringify(d.ids)}`);
      assert.equal(got.tokenizer_stream[i].length, d.ids.length + 1);
      assert.equal(got.tokenizer_stream[i].join(''), d.text, `stream ${i}: ${JSON.stringify(got.tokenizer_stream[i])}`);
    });
  });
}

test('block facts a site reads: BOS from the template, EOS ids, the chat template', (t) => {
  const llama = block(t, 'llama3');
  if (!llama) return;
  const tok = new Tokenizer(llama);
  assert.equal(tok.bosToken, '<|begin_of_text|>');
  assert.equal(tok.addsBos, true);
  assert.deepEqual(tok.encode('', { template: true }), [tok.bosId]);
  assert.deepEqual(tok.encode('Hi', { template: true }), [tok.bosId, ...tok.encode('Hi')]);
  assert.deepEqual(tok.encode('Hi', { bos: true }), tok.encode('Hi', { template: true })); // the older spelling
  assert.deepEqual(tok.eosIds, [tok.specialTokens['<|end_of_text|>'], tok.specialTokens['<|eot_id|>']]);
  assert.match(tok.chatTemplate, /start_header_id/);
  const qwen = new Tokenizer(block(t, 'qwen2'));
  assert.equal(qwen.addsBos, false);
  assert.equal(qwen.bosId, null);
  assert.deepEqual(qwen.encode('Hi', { template: true }), qwen.encode('Hi'));
  // special tokens: ordinary text by default, their ids with special 'all'; a non-special added token always
  assert.deepEqual(qwen.encode('<|im_start|>', { special: 'all' }), [qwen.specialTokens['<|im_start|>']]);
  assert.ok(qwen.encode('<|im_start|>').length > 1);
  assert.equal(qwen.encode('<tool_call>').length, 1);
  assert.deepEqual(qwen.encodeOrdinary('<|im_end|>'), qwen.encode('<|im_end|>', { special: 'none' }));
});

test('streaming decode: a character split across byte tokens waits for its last byte; the naive way shows U+FFFD', (t) => {
  const b = block(t, 'gpt2');
  if (!b) return;
  const tok = new Tokenizer(b);
  // byte-level tokens of single bytes, spelled with GPT-2's byte map: printable bytes as themselves, the other 68
  // as U+0100 + their rank among those (0xF0 -> 'ð', 0x9F -> 'Ł', ...)
  const printable = (x) => (x >= 0x21 && x <= 0x7e) || (x >= 0xa1 && x <= 0xac) || x >= 0xae;
  const others = [...Array(256).keys()].filter((x) => !printable(x));
  const lib = tok._impl._all;
  const byteIds = (s) => [...new TextEncoder().encode(s)].map((x) =>
    lib.token_to_id(String.fromCharCode(printable(x) ? x : 0x100 + others.indexOf(x))));
  const ids = [...byteIds('é'), ...byteIds('😀')];
  assert.ok(ids.every(Number.isInteger), JSON.stringify(ids));
  const s = tok.decodeStream();
  assert.deepEqual(ids.map((id) => s.write(id)), ['', 'é', '', '', '', '😀']);
  assert.equal(s.flush(), '');
  const py = python(DECODE, 'gpt2', JSON.stringify([ids, ...ids.map((id) => [id])]));
  assert.equal(py[0], 'é😀');
  assert.ok(py.slice(1).every((x) => x === '\uFFFD')); // token by token, every byte alone is invalid UTF-8
  assert.deepEqual(ids.map((id) => tok.decode([id])), py.slice(1));
});

test('streaming decode with byte fallback: a run of byte tokens is held until it ends (a later byte can spoil it)', (t) => {
  const b = block(t, 'sentencepiece');
  if (!b) return;
  const tok = new Tokenizer(b);
  const byte = (x) => tok._impl._all.token_to_id(`<0x${x.toString(16).toUpperCase().padStart(2, '0')}>`);
  const a = tok._impl._all.token_to_id('a');
  const emoji = [0xf0, 0x9f, 0x98, 0x80].map(byte);
  const spoilt = [0x4e, 0x4f, 0xac].map(byte); // "NO" then a stray continuation byte
  const seqs = [[...emoji, a], spoilt, [a, ...spoilt, a]];
  const py = python(DECODE, 'sentencepiece', JSON.stringify(seqs));
  assert.deepEqual(py, ['😀a', '\uFFFD\uFFFD\uFFFD', 'a\uFFFD\uFFFD\uFFFDa']); // Rust: one U+FFFD per byte of a bad run
  const pieces = seqs.map((ids) => {
    const s = tok.decodeStream();
    return [...ids.map((id) => s.write(id)), s.flush()];
  });
  assert.deepEqual(pieces[0], ['', '', '', '', '😀a', '']);
  assert.deepEqual(pieces[1], ['', '', '', '\uFFFD\uFFFD\uFFFD']);
  assert.deepEqual(pieces[2].join(''), py[2]);
  assert.deepEqual(seqs.map((ids) => tok.decode(ids)), py);
});

test(`time budget: an encode past it throws (default ${DEFAULT_TIME_BUDGET_MS} ms), Infinity lifts it`, (t) => {
  const b = block(t, 'sentencepiece');
  if (!b) return;
  const tok = new Tokenizer(b);
  assert.equal(DEFAULT_TIME_BUDGET_MS, 2000);
  const text = 'ab'.repeat(50_000); // one SentencePiece word: the budget is checked inside it
  const t0 = performance.now();
  assert.throws(() => tok.encode(text, { timeBudgetMs: 20 }), (e) => e.code === 'EMLX_TOKENIZER_BUDGET' && /ran past its 20 ms time budget/.test(e.message));
  assert.ok(performance.now() - t0 < 1000, 'the budget stopped the call early');
  assert.ok(tok.encode(text, { timeBudgetMs: Infinity }).length > 1000);
  assert.throws(() => tok.encode('x', { timeBudgetMs: 0 }), /timeBudgetMs must be a positive number/);
  // a budget error leaves the tokenizer usable
  assert.deepEqual(tok.encode('ab'), tok.encode('ab', { timeBudgetMs: Infinity }));
});

test('a catastrophically backtracking pattern is refused at load, quickly, instead of stalling a page later', (t) => {
  const b = block(t, 'llama3');
  if (!b) return;
  for (const pat of ['(\\p{L}+)+$|\\s+|.', '(a|a)+$|.', '(\\s*)*x|.', '(\\p{L}++)+$|.']) {
    const bad = structuredClone(b);
    bad.tokenizer.pre_tokenizer.pretokenizers[0].pattern.Regex = pat;
    const t0 = performance.now();
    assert.throws(() => new Tokenizer(bad), /backtracks catastrophically in JS/);
    assert.ok(performance.now() - t0 < 3000, `${pat}: ${performance.now() - t0} ms`);
  }
});

test('bad tokenizer.json blocks are one-line errors', (t) => {
  const b = block(t, 'llama3');
  if (!b) return;
  const edit = (fn) => {
    const c = structuredClone(b);
    fn(c);
    return c;
  };
  const cases = [
    [edit((c) => { c.version = 2; }), /version 2; this emlx reads version 1/],
    [edit((c) => { c.kind = 'sentencepiece'; }), /block kind "sentencepiece" is not one this library reads/],
    [edit((c) => { c.tokenizer.model.type = 'WordPiece'; }), /model is "WordPiece", which emlx does not gate \(supported: BPE\)/],
    [edit((c) => { c.tokenizer.pre_tokenizer.pretokenizers[0].behavior = 'MergedWithPrevious'; }), /Split with behavior "MergedWithPrevious"/],
    [edit((c) => { c.tokenizer.pre_tokenizer.pretokenizers.push({ type: 'Whitespace' }); }), /pre_tokenizer.pretokenizers\[2\] is "Whitespace"/],
    [edit((c) => { c.tokenizer.model.dropout = 0.1; }), /dropout is 0.1/],
    [edit((c) => { c.eos_ids = [99999]; }), /eos_ids 99999 is not an id/],
    [edit((c) => { c.template.prefix = []; }), /template adds \[\] but tokenizer.json's post-processor adds \[370\]/],
    [edit((c) => { c.tokenizer = []; }), /"tokenizer" is array/],
    [edit((c) => { let x = {}; for (let i = 0; i < 40; i++) x = { a: x }; c.tokenizer.extra = x; }), /nested more than 32 levels/],
  ];
  for (const [bad, re] of cases) {
    assert.throws(() => new Tokenizer(bad), (e) => re.test(e.message) && !e.message.includes('\n') && e.message.startsWith('tokenizer: '), re.source);
  }
  const tok = new Tokenizer(b);
  assert.throws(() => tok.encode('x', { special: ['<|eot_id|>'] }), /special must be 'all' or 'none' for a tokenizer.json block/);
  assert.throws(() => tok.decodeBytes([1]), /decodeBytes is for tiktoken blocks/);
  assert.throws(() => tok.decode([9999]), /id 9999 is not in the vocabulary/);
  assert.throws(() => tok.decodeStream().write(-1), /id -1 is not in the vocabulary/);
  assert.equal(tok.decode([]), '');
  assert.equal(blockKind({ pat_str_js: 'x' }), 'tiktoken');
  assert.throws(() => blockKind({ kind: 'tiktoken' }), /block kind "tiktoken"/);
});

test('the components this library accepts are the table emlx/hftok.py validates with', (t) => {
  const py = python('import json; from emlx.hftok import HF_SUPPORTED; print(json.dumps(HF_SUPPORTED))');
  if (!py) return t.skip('no python');
  assert.deepEqual(HF_SUPPORTED, py);
});
