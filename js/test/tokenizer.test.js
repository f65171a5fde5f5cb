// Tokenizer: hand-made vocabularies with known ids, round trips, special tokens, and the acceptance tokenizer.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Tokenizer, parseMergeableRanks, toJsTiktokenRanks } from '../src/tokenizer.js';
import { handTokenizerBlock as handBlock, PAT_JS } from '../testlib/fixtures.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ACCEPT = path.resolve(REPO, '..', 'shared', 'acceptance');

async function engines(block) {
  const out = [['js-tiktoken', new Tokenizer(block)]];
  try {
    out.push(['tiktoken', await Tokenizer.create(block, { engine: 'tiktoken' })]);
  } catch {
    // the optional WASM package is not installed: only js-tiktoken runs
  }
  return out;
}

test('rank conversion to the js-tiktoken format keeps every rank', () => {
  const r = parseMergeableRanks('AA== 0\nAQ== 1\nYWI= 5\nYw== 6\n');
  assert.deepEqual(r.map((x) => x.rank), [0, 1, 5, 6]);
  assert.equal(toJsTiktokenRanks(r), '! 0 AA== AQ==\n! 5 YWI= Yw==');
  assert.throws(() => parseMergeableRanks('AA== 0\nAA== 1\n'), /token AA== appears twice/);
  assert.throws(() => parseMergeableRanks('AA== x\n'), /line 1 is not "<base64 bytes> <rank>"/);
  assert.throws(() => parseMergeableRanks('A!== 1\n'), /corrupt base64/);
});

test('known ids on a hand-made vocabulary', async () => {
  for (const [name, tok] of await engines(handBlock())) {
    assert.deepEqual(tok.encode('ab ab'), [256, 257], name);
    assert.deepEqual(tok.encode('abab'), [258], name);
    assert.deepEqual(tok.encode('the other'), [261, 32, 111, 260, 259], name); // "the", " ", "o", "th", "er"
    assert.deepEqual(tok.encode(' the', { bos: true }), [300, 262], name);
    assert.deepEqual(tok.encode('x<|end|>', { allowedSpecial: 'all' }), [120, 301], name);
    assert.deepEqual(tok.encode('x<|end|>', { allowedSpecial: ['<|end|>'] }), [120, 301], name);
    assert.deepEqual(tok.encode('x<|end|>'), tok.encodeOrdinary('x<|end|>'), name);
    assert.equal(tok.encodeOrdinary('x<|end|>').length > 2, true, name);
    assert.equal(tok.decode([300, 261, 301]), '<|bos|>the<|end|>', name);
    tok.dispose();
  }
});

test('round trips: unicode, emoji, whitespace, BOM, invalid UTF-8 pieces', async () => {
  const texts = ['Hello, world!', '日本語のテキスト', '😀👍🏽 family: 👨‍👩‍👧', 'e\u0301 combining', '\ufeffBOM first', 'a\u0085b ſ',
    "I'LL DON'T we've", 'tabs\t\tand\r\n\r\nlines   ', '', ' ', 'x = [1, 22, 333, 4444];'];
  for (const [name, tok] of await engines(handBlock())) {
    for (const s of texts) {
      assert.equal(tok.decode(tok.encode(s)), s, `${name}: ${JSON.stringify(s)}`);
      assert.equal(tok.decode(tok.encode(s, { allowedSpecial: 'all' })), s);
    }
    // half of a multi-byte character decodes to U+FFFD, as tiktoken's errors="replace"
    const ids = tok.encode('é');
    assert.equal(ids.length, 2);
    assert.equal(tok.decode([ids[0]]), '\ufffd');
    assert.deepEqual(Array.from(tok.decodeBytes(ids)), [0xc3, 0xa9]);
    assert.throws(() => tok.decode([9999]), /id 9999 is not in the vocabulary/);
    tok.dispose();
  }
});

test('bad tokenizer blocks are clear errors', () => {
  assert.throws(() => new Tokenizer(null), /no tokenizer block/);
  assert.throws(() => new Tokenizer({ ...handBlock(), pat_str_js: '(' }), /pat_str_js does not compile as a JS RegExp/);
  assert.throws(() => new Tokenizer({ ...handBlock(), pat_flags_js: 'gv' }), /js-tiktoken compiles the pattern with flags "gu"/);
  assert.throws(() => new Tokenizer({ ...handBlock(), special_tokens: { '<|x|>': 65 } }), /reuses ordinary rank 65/);
  assert.throws(() => new Tokenizer({ ...handBlock(), engine: 1 }, { engine: 'sentencepiece' }), /unknown engine/);
});

function acceptanceBlock(pkl) {
  // A restricted unpickler that only rebuilds tiktoken's Encoding state (nothing else is executed).
  const py = [
    'import pickle, sys, json, base64',
    'class Enc:',
    '    def __setstate__(self, st): self.st = st',
    'class U(pickle.Unpickler):',
    '    def find_class(self, m, n):',
    "        if (m, n) == ('tiktoken.core', 'Encoding'): return Enc",
    "        raise pickle.UnpicklingError(f'refused global {m}.{n}')",
    "st = U(open(sys.argv[1], 'rb')).load().st",
    "ranks = sorted(st['mergeable_ranks'].items(), key=lambda kv: kv[1])",
    "print(json.dumps({'pat_str': st['pat_str'], 'special_tokens': st['special_tokens'], 'name': st['name'],",
    "  'mergeable_ranks': ''.join(base64.b64encode(b).decode() + ' ' + str(r) + '\\n' for b, r in ranks)}))",
  ].join('\n');
  for (const exe of ['python3', 'python']) {
    try {
      const st = JSON.parse(execFileSync(exe, ['-c', py, pkl], { encoding: 'utf8', maxBuffer: 64 << 20 }));
      const sp = st.special_tokens;
      const bos = '<|bos|>' in sp ? '<|bos|>' : Object.keys(sp).sort((a, b) => sp[a] - sp[b])[0];
      return { ...st, pat_str_js: PAT_JS, pat_flags_js: 'gu', bos_token: bos, bos_id: sp[bos] };
    } catch (e) {
      if (e.code !== 'ENOENT') throw e;
    }
  }
  return null;
}

const CASES = [
  ['autoresearch-mlx', 'tokenizer.pkl'],
  ['autoresearch-torch', 'tokenizer.pkl'],
  ['nanochat', 'tokenizer/tokenizer.pkl'],
];

for (const [name, pkl] of CASES) {
  test(`acceptance tokenizer ${name}: truth.json prompt encodes (with BOS) to prompt_ids`, async (t) => {
    const dir = path.join(ACCEPT, name);
    if (!fs.existsSync(path.join(dir, 'truth.json'))) return t.skip(`acceptance data absent (${dir})`);
    const block = acceptanceBlock(path.join(dir, pkl));
    if (!block) return t.skip('no python to read tokenizer.pkl');
    const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8'));
    const want = typeof truth.prompt_ids === 'string' ? JSON.parse(truth.prompt_ids) : truth.prompt_ids;
    for (const [eng, tok] of await engines(block)) {
      const ids = tok.encode(truth.prompt, { bos: true });
      assert.deepEqual(ids, want, `${eng} on ${JSON.stringify(truth.prompt.slice(0, 40))}`);
      assert.equal(tok.decode(ids.slice(1)), truth.prompt);
      assert.deepEqual(tok.encode('The EML operator', { bos: true }), [380, 84, 260, 32, 69, 77, 76, 297, 326, 263, 270], eng);
      if (Array.isArray(truth.generated)) assert.equal(typeof tok.decode(truth.generated), 'string');
      tok.dispose();
    }
  });
}

test('decodeStream holds back a character split across tokens: no U+FFFD mid-stream', () => {
  const tok = new Tokenizer(handBlock());
  // Ids 0..255 are single bytes in the hand vocabulary: 'é' = C3 A9, '€' = E2 82 AC, '😀' = F0 9F 98 80.
  const ids = [0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 258];
  const stream = tok.decodeStream();
  const pieces = ids.map((id) => stream.write(id));
  assert.deepEqual(pieces, ['a', '', 'é', '', '', '€', '', '', '', '😀', 'abab']);
  assert.equal(stream.flush(), '');
  assert.equal(pieces.join(''), tok.decode(ids));
  // The naive way (decode each id on its own) is what printed U+FFFD before.
  assert.ok(ids.map((id) => tok.decode([id])).join('').includes('\uFFFD'));
});

test('decodeStream: arrays of ids, a dangling sequence at the end, BOM kept, same text as decode()', () => {
  const tok = new Tokenizer(handBlock());
  const s1 = tok.decodeStream();
  assert.equal(s1.write([0x68, 0xc3]), 'h');
  assert.equal(s1.flush(), '\uFFFD'); // incomplete at the end: replaced, exactly like decode([0x68, 0xc3])
  assert.equal(tok.decode([0x68, 0xc3]), 'h\uFFFD');
  const s2 = tok.decodeStream();
  const bom = [0xef, 0xbb, 0xbf, 0x78];
  assert.equal(bom.map((id) => s2.write(id)).join('') + s2.flush(), '\uFEFFx');
  // A stray continuation byte in the middle is invalid in the whole text too.
  const bad = [0x78, 0xa9, 0x79, 301];
  const s3 = tok.decodeStream();
  assert.equal(bad.map((id) => s3.write(id)).join('') + s3.flush(), tok.decode(bad));
  assert.equal(tok.decode(bad), 'x\uFFFDy<|end|>');
  assert.throws(() => tok.decodeStream().write(999), /id 999 is not in the vocabulary/);
});

test('tiktoken blocks are bounded: a rank table without every single byte, a pattern that backtracks catastrophically', () => {
  const block = handBlock();
  const lines = block.mergeable_ranks.split('\n').filter((l) => l && l.split(' ')[0] !== Buffer.from('A').toString('base64'));
  assert.throws(() => new Tokenizer({ ...block, mergeable_ranks: lines.join('\n') + '\n' }), /no token for the single byte 0x41/);
  assert.throws(() => parseMergeableRanks(`AA== ${2 ** 32}\n`), /above 4294967295/);
  const t0 = performance.now();
  assert.throws(() => new Tokenizer({ ...block, pat_str_js: '(\\p{L}+)+$|\\s+|.' }),
    (e) => /backtracks catastrophically in JS/.test(e.message) && e.code === 'EMLX_PATTERN_BACKTRACKS');
  assert.ok(performance.now() - t0 < 5000, 'the probe stops at the first slow text');
});

test('tiktoken encode stops at its time budget (EMLX_TOKENIZER_BUDGET) instead of holding the page', () => {
  const tok = new Tokenizer(handBlock());
  const text = 'the other abab '.repeat(200000); // 3M characters: far more than 1 ms of work
  assert.throws(() => tok.encode(text, { timeBudgetMs: 1 }), (e) => e.code === 'EMLX_TOKENIZER_BUDGET' && /time budget/.test(e.message));
  assert.throws(() => tok.encode('x', { timeBudgetMs: 0 }), /timeBudgetMs must be a positive number/);
  assert.deepEqual(tok.encode('ab ab', { timeBudgetMs: Infinity }), [256, 257]); // the budget changes nothing else
  assert.deepEqual(tok.encode('ab ab'), [256, 257]);
});

test('the gate corpus runs under a time budget: past it the run reports an error, not a hang', async () => {
  const { runTokenizerSidecar } = await import('../harness/tokenizer-run.js');
  const tok = new Tokenizer(handBlock());
  const slow = 'the other abab '.repeat(200000);
  const sc = { cases: [{ text: 'ab ab', special: 'none' }, { text: slow, special: 'none' }, { text: 'abab', special: 'all' }] };
  const errors = [];
  const t0 = performance.now();
  const out = runTokenizerSidecar(tok, sc, errors, 50);
  assert.ok(performance.now() - t0 < 5000);
  assert.deepEqual(out.tokenizer[0].ids, [256, 257]);
  assert.equal(out.tokenizer[1].ids, null);
  assert.equal(out.tokenizer[2].ids, null);
  assert.equal(errors.length, 1);
  assert.match(errors[0], /the corpus ran past its 50 ms time budget at case 1 of 3/);
  const ok = [];
  assert.deepEqual(runTokenizerSidecar(tok, { cases: sc.cases.filter((c) => c.text !== slow) }, ok).tokenizer.map((r) => r.ids), [[256, 257], [258]]);
  assert.deepEqual(ok, []);
});
