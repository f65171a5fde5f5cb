// Hugging Face tokenizer.json blocks (docs/FORMATS.md "Tokenizer block", kind "hf-tokenizers").
//
// The engine is @huggingface/tokenizers (Tokenizers.js: the tokenizer of transformers.js, pure JS, no
// dependencies, ESM for Node and browsers). emlx gates it against the Rust `tokenizers` library (the Python
// reference) on the adversarial corpus, and corrects here, on the instance, the places where it decides otherwise:
//
//   - the ByteLevel pre-tokenizer's built-in GPT-2 pattern uses JS `\s`, which includes U+FEFF and lacks U+0085;
//     Rust's Oniguruma `\s` is White_Space (the library's own Split translation already says so): replaced by
//     the same pattern over \p{White_Space};
//   - the Digits pre-tokenizer splits on JS \d (ASCII digits only); Rust splits on every numeric character (\p{N});
//   - the ByteFallback decoder drops a leading U+FEFF (TextDecoder's default) and replaces an invalid run of byte
//     tokens per maximal subpart; Rust keeps the BOM and gives one U+FFFD per byte of an invalid run;
//   - special tokens as ordinary text (`special: 'none'`, Rust's `encode_special_tokens`) has no switch: a second
//     instance whose added tokens are the non-special ones (the template still finds its special ids);
//   - decode never "cleans up tokenization spaces" (a transformers feature, not the tokenizer's).
//
// Only the components listed in HF_SUPPORTED are accepted: those the corpus gate covers (tests/test_hf_tokenizer.py
// checks this table equals emlx/hftok.py's).

import { Tokenizer as LibTokenizer } from '@huggingface/tokenizers';
import { probeRegex } from './regex-probe.js';

export const HF_KIND = 'hf-tokenizers';
export const HF_VERSION = 1;
/** Milliseconds one encode() call may take before it throws (options.timeBudgetMs overrides; Infinity disables). */
export const DEFAULT_TIME_BUDGET_MS = 2000;
/** JSON nesting the tokenizer.json may have (real ones have about 6). */
export const MAX_DEPTH = 32;

/** Component types emlx accepts, per tokenizer.json section (the same table as emlx/hftok.py HF_SUPPORTED). */
export const HF_SUPPORTED = {
  normalizer: ['NFC', 'NFD', 'NFKC', 'NFKD', 'Prepend', 'Replace', 'Sequence'],
  pre_tokenizer: ['ByteLevel', 'Digits', 'Metaspace', 'Sequence', 'Split'],
  model: ['BPE'],
  post_processor: ['ByteLevel', 'Sequence', 'TemplateProcessing'],
  decoder: ['ByteFallback', 'ByteLevel', 'Fuse', 'Replace', 'Sequence', 'Strip'],
};
const SEQUENCE_ITEMS = { normalizer: 'normalizers', pre_tokenizer: 'pretokenizers', post_processor: 'processors', decoder: 'decoders' };

const BYTE_LEVEL_PATTERN = /'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\p{White_Space}\p{L}\p{N}]+|\p{White_Space}+(?!\P{White_Space})|\p{White_Space}+/gu;
// Rust's Digits splits on char::is_numeric (general category N); the library's pattern uses JS \d (ASCII only)
const DIGITS_PATTERN = /[^\p{N}]+|\p{N}/gu;
const BYTE_TOKEN = /^<0x([0-9A-Fa-f]{2})>$/;

function fail(msg) {
  return new Error(`tokenizer: ${msg}`);
}

function kindOf(v) {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** Deepest nesting of a JSON value, without recursion (a hostile block must not overflow the stack). */
function depthOf(root, limit) {
  const stack = [[root, 1]];
  let max = 0;
  while (stack.length) {
    const [v, d] = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    max = Math.max(max, d);
    if (max > limit) return max;
    for (const c of Array.isArray(v) ? v : Object.values(v)) if (c !== null && typeof c === 'object') stack.push([c, d + 1]);
  }
  return max;
}

function checkComponents(tj) {
  for (const [section, types] of Object.entries(HF_SUPPORTED)) {
    const walk = (node, where) => {
      if (node === null || node === undefined) {
        if (section === 'model') throw fail('tokenizer.json has no model');
        return;
      }
      if (typeof node !== 'object' || typeof node.type !== 'string') throw fail(`tokenizer.json ${where} is ${kindOf(node)} without a "type"`);
      if (!types.includes(node.type)) {
        throw fail(`tokenizer.json ${where} is ${JSON.stringify(node.type)}, which emlx does not gate (supported: ${types.join(', ')})`);
      }
      if (node.type === 'Digits' && node.individual_digits !== true) {
        throw fail(`tokenizer.json ${where}: Digits without individual_digits is not gated (only individual digits)`);
      }
      if (node.type === 'Split' && !(String(node.behavior).toLowerCase() === 'isolated' && !node.invert)) {
        throw fail(`tokenizer.json ${where}: Split with behavior ${JSON.stringify(node.behavior)}${node.invert ? ', invert' : ''} is not gated (only "Isolated", not inverted)`);
      }
      if (node.type === 'Sequence') {
        const items = node[SEQUENCE_ITEMS[section]];
        if (!Array.isArray(items)) throw fail(`tokenizer.json ${where}.${SEQUENCE_ITEMS[section]} is ${kindOf(items)}, expected an array`);
        items.forEach((x, i) => walk(x, `${where}.${SEQUENCE_ITEMS[section]}[${i}]`));
      }
    };
    walk(tj[section], section);
  }
  const m = tj.model;
  if (m.dropout !== undefined && m.dropout !== null && m.dropout !== 0) throw fail(`tokenizer.json model.dropout is ${JSON.stringify(m.dropout)}: a random encoder cannot be gated; expected null`);
  for (const k of ['continuing_subword_prefix', 'end_of_word_suffix']) {
    if (m[k] !== undefined && m[k] !== null && m[k] !== '') throw fail(`tokenizer.json model.${k} is ${JSON.stringify(m[k])}, which emlx does not gate; expected null`);
  }
}

/** Every node of a component tree (Sequence items included), depth first. */
function* nodes(root, childKeys = ['tokenizers', 'normalizers', 'decoders', 'processors']) {
  const stack = root ? [root] : [];
  while (stack.length) {
    const n = stack.pop();
    yield n;
    for (const k of childKeys) if (Array.isArray(n[k])) stack.push(...n[k].filter(Boolean));
  }
}

/** Rust ByteFallback: a run of <0xNN> tokens that is valid UTF-8 becomes its text (a BOM kept), else one U+FFFD
 *  per byte. */
function byteFallbackChain(tokens) {
  const out = [];
  let run = [];
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const end = () => {
    if (!run.length) return;
    try {
      out.push(decoder.decode(Uint8Array.from(run)));
    } catch {
      out.push('\uFFFD'.repeat(run.length));
    }
    run = [];
  };
  for (const t of tokens) {
    const m = BYTE_TOKEN.exec(t);
    if (m) {
      run.push(parseInt(m[1], 16));
    } else {
      end();
      out.push(t);
    }
  }
  end();
  return out;
}

/** The compiled RegExps of a library instance that come from the tokenizer.json (Split and Replace patterns; the
 *  ByteLevel pattern is this file's), with where they came from. */
function* regexps(lib) {
  for (const [name, root] of [['pre_tokenizer', lib.pre_tokenizer], ['normalizer', lib.normalizer], ['decoder', lib.decoder]]) {
    for (const n of nodes(root)) {
      if (n.pattern instanceof RegExp && n.config && (n.config.type === 'Split' || n.config.type === 'Replace')) {
        yield [n.pattern, `the ${name} pattern ${JSON.stringify(String(n.config.pattern?.Regex ?? n.pattern.source).slice(0, 60))}`];
      }
    }
  }
}

export class HfTokenizer {
  /** @param block an "hf-tokenizers" tokenizer block; throws a one-line Error when it is unusable. */
  constructor(block) {
    if (block.version !== HF_VERSION) throw fail(`tokenizer block version ${JSON.stringify(block.version)}; this emlx reads version ${HF_VERSION} of "${HF_KIND}" blocks (re-export the bundle)`);
    const tj = block.tokenizer;
    if (tj === null || typeof tj !== 'object' || Array.isArray(tj)) throw fail(`block field "tokenizer" is ${kindOf(tj)}, expected the tokenizer.json object`);
    const depth = depthOf(tj, MAX_DEPTH);
    if (depth > MAX_DEPTH) throw fail(`tokenizer.json is nested more than ${MAX_DEPTH} levels deep; expected a tokenizer.json as the tokenizers library writes it`);
    checkComponents(tj);
    if (!Array.isArray(tj.added_tokens)) throw fail(`tokenizer.json added_tokens is ${kindOf(tj.added_tokens)}, expected an array`);
    this.nVocab = block.n_vocab;
    if (!Number.isInteger(this.nVocab) || this.nVocab < 1) throw fail(`n_vocab is ${JSON.stringify(this.nVocab)}, expected a positive integer`);
    this._tj = tj;
    this._all = this._build(tj);
    this._noneLib = null; // built on first use of special: 'none'
    for (const [re, where] of regexps(this._all)) probeRegex(re, where);

    this.specialTokens = {};
    for (const t of tj.added_tokens) if (t.special) this.specialTokens[t.content] = t.id;
    this.bosToken = block.bos_token ?? null;
    this.bosId = block.bos_id ?? null;
    this.eosIds = Array.isArray(block.eos_ids) ? [...block.eos_ids] : [];
    this.addsBos = block.adds_bos === true;
    this.chatTemplate = block.chat_template ?? null;
    for (const [what, id] of [['bos_id', this.bosId], ...this.eosIds.map((id) => ['eos_ids', id])]) {
      if (id !== null && (!Number.isInteger(id) || id < 0 || id >= this.nVocab || this._all.id_to_token(id) === undefined)) {
        throw fail(`${what} ${JSON.stringify(id)} is not an id of this tokenizer.json`);
      }
    }
    const tmpl = block.template;
    if (tmpl) {
      const got = this.encode('', { special: 'all', template: true });
      const want = [...(tmpl.prefix ?? []), ...(tmpl.suffix ?? [])];
      if (JSON.stringify(got) !== JSON.stringify(want)) throw fail(`the block's template adds ${JSON.stringify(want)} but tokenizer.json's post-processor adds ${JSON.stringify(got)}; re-export the bundle`);
    }
    this._byteRuns = [...nodes(tj.decoder)].some((n) => n.type === 'ByteFallback');
  }

  _build(tj) {
    let lib;
    try {
      lib = new LibTokenizer(tj, { clean_up_tokenization_spaces: false });
    } catch (e) {
      throw fail(`tokenizer.json does not build a tokenizer (${String(e && e.message ? e.message : e).split('\n')[0]})`);
    }
    this._correct(lib);
    return lib;
  }

  /** The instance that treats special-token strings as text: the same tokenizer.json without its special added
   *  tokens, whose model still maps their contents to their ids (the template inserts them by content). */
  get _none() {
    if (!this._noneLib) {
      const tj = this._tj;
      const lib = this._build({ ...tj, added_tokens: tj.added_tokens.filter((t) => !t.special) });
      for (const t of tj.added_tokens) {
        if (t.special && !lib.model.tokens_to_ids.has(t.content)) lib.model.tokens_to_ids.set(t.content, t.id);
      }
      this._noneLib = lib;
    }
    return this._noneLib;
  }

  _correct(lib) {
    for (const n of nodes(lib.pre_tokenizer)) {
      if (n.config && n.config.type === 'ByteLevel' && n.use_regex) n.pattern = BYTE_LEVEL_PATTERN;
      if (n.config && n.config.type === 'Digits') n.pattern = DIGITS_PATTERN;
    }
    for (const n of nodes(lib.decoder)) {
      if (n.config && n.config.type === 'ByteFallback') n.decode_chain = byteFallbackChain;
    }
    // time budget: checked before each normalization, pre-tokenization and word of the BPE, and within long words
    const self = this;
    const guard = (obj, method) => {
      if (!obj) return;
      const orig = obj[method];
      obj[method] = function guarded(...args) {
        self._tick();
        return orig.apply(this, args);
      };
    };
    guard(lib.normalizer, '_call');
    guard(lib.pre_tokenizer, '_call');
    guard(lib.model, 'bpe');
    // inside one long word (a SentencePiece text without a pre-tokenizer is one word): every 1024th merge candidate
    const addNode = lib.model.add_node;
    if (typeof addNode === 'function') {
      let n = 0;
      lib.model.add_node = function guardedAddNode(...args) {
        if ((++n & 1023) === 0) self._tick();
        return addNode.apply(this, args);
      };
    }
  }

  _tick() {
    if (this._deadline !== undefined && now() > this._deadline) {
      const e = fail(`encode of a ${this._length}-character text ran past its ${this._budget} ms time budget; split the text, or raise the budget with {timeBudgetMs} (Infinity: none)`);
      e.code = 'EMLX_TOKENIZER_BUDGET';
      throw e;
    }
  }

  /**
   * Encode as the Rust tokenizers library does. special: 'none' (special-token strings are ordinary text) or 'all'
   * (they become their ids); template: apply tokenizer.json's post-processor (its BOS, if it has one).
   */
  encode(text, { special = 'none', template = false, timeBudgetMs = DEFAULT_TIME_BUDGET_MS } = {}) {
    if (special !== 'all' && special !== 'none') throw fail(`special must be 'all' or 'none' for a tokenizer.json block, got ${JSON.stringify(special)}`);
    if (!(typeof timeBudgetMs === 'number' && timeBudgetMs > 0)) throw fail(`timeBudgetMs must be a positive number (Infinity: none), got ${JSON.stringify(timeBudgetMs)}`);
    const lib = special === 'all' ? this._all : this._none;
    this._budget = timeBudgetMs;
    this._length = text.length;
    this._deadline = now() + timeBudgetMs;
    try {
      const { ids } = lib.encode(text, { add_special_tokens: template === true });
      for (let i = 0; i < ids.length; i++) {
        if (!Number.isInteger(ids[i])) throw fail(`token ${i} of the encoding has no id (${JSON.stringify(ids[i])})`);
      }
      return ids;
    } finally {
      this._deadline = undefined;
    }
  }

  _checkIds(ids) {
    if (!Array.isArray(ids)) throw fail(`decode expects an array of ids, got ${kindOf(ids)}`);
    for (const id of ids) {
      if (!Number.isInteger(id) || id < 0 || id >= this.nVocab || this._all.id_to_token(id) === undefined) {
        throw fail(`id ${JSON.stringify(id)} is not in the vocabulary`);
      }
    }
  }

  /** Text of the ids, as the Rust library's decode(ids, skip_special_tokens) gives it. */
  decode(ids, { skipSpecial = false } = {}) {
    this._checkIds(ids);
    if (ids.length === 0) return '';
    return this._all.decode(ids, { skip_special_tokens: skipSpecial, clean_up_tokenization_spaces: false });
  }

  /**
   * Streaming decode: write(id | ids) returns the text these ids complete, flush() the rest. Decodes a window of
   * recent ids and emits what it adds to the window's previous text (as the Rust library's DecodeStream), but
   * holds back while that text ends in U+FFFD (a character split across tokens) or, with a ByteFallback decoder,
   * while the ids end in a byte token (a later byte can turn the whole run into U+FFFD). So the writes and the
   * flush add up to decode(allIds) and never show a replacement character that decode() does not.
   */
  decodeStream({ skipSpecial = false } = {}) {
    let window = [];
    let prefix = '';
    let start = 0;
    const dec = (ids) => (ids.length ? this.decode(ids, { skipSpecial }) : '');
    const step = (id) => {
      this._checkIds([id]);
      window.push(id);
      if (this._byteRuns && BYTE_TOKEN.test(this._all.id_to_token(id))) return '';
      const text = dec(window);
      if (text.length <= prefix.length || text.endsWith('\uFFFD') || !text.startsWith(prefix)) return '';
      const out = text.slice(prefix.length);
      const next = window.length - start;
      window = window.slice(start);
      prefix = dec(window);
      start = next;
      return out;
    };
    return {
      write: (ids) => {
        let out = '';
        for (const id of typeof ids === 'number' ? [ids] : ids) out += step(id);
        return out;
      },
      flush: () => {
        const text = dec(window);
        const out = text.startsWith(prefix) ? text.slice(prefix.length) : text.slice(commonPrefix(text, prefix));
        window = [];
        prefix = '';
        start = 0;
        return out;
      },
    };
  }

  dispose() {}
}

function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function now() {
  return globalThis.performance ? globalThis.performance.now() : Date.now();
}
