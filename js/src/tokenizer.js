// The tokenizer of a bundle: one API over the kinds of tokenizer block (docs/FORMATS.md "Tokenizer block").
//
//   kind                      block from                                     engine
//   (none: tiktoken)          nanochat / autoresearch tokenizer.pkl          ./tokenizer-tiktoken.js (js-tiktoken)
//   "hf-tokenizers"           a Hugging Face tokenizer.json (+ its configs)  ./tokenizer-hf.js (@huggingface/tokenizers)
//
//   const tok = await Tokenizer.fromBundle(bundle);
//   const ids = tok.encode(prompt, { template: true });        // the model's own template: its BOS, if it has one
//   const stream = tok.decodeStream();                         // streaming output: no U+FFFD for split characters
//   await model.generate(ids, 40, { onToken: (id) => { out.textContent += stream.write(id); } });
//   out.textContent += stream.flush();

import { TiktokenTokenizer, parseMergeableRanks, toJsTiktokenRanks } from './tokenizer-tiktoken.js';
import { HfTokenizer, HF_KIND, DEFAULT_TIME_BUDGET_MS } from './tokenizer-hf.js';

export { parseMergeableRanks, toJsTiktokenRanks, HF_KIND, DEFAULT_TIME_BUDGET_MS };

/** Block kind -> constructor of its engine (a tiktoken block has no "kind" field). */
const KINDS = {
  tiktoken: (block, options) => new TiktokenTokenizer(block, options),
  [HF_KIND]: (block) => new HfTokenizer(block),
};

/** The kind of a tokenizer block: 'tiktoken' or 'hf-tokenizers'; throws on anything else. */
export function blockKind(block) {
  if (block === null || typeof block !== 'object' || Array.isArray(block)) throw new Error('tokenizer: the bundle has no tokenizer block');
  const kind = block.kind ?? 'tiktoken';
  if (!Object.hasOwn(KINDS, kind) || kind === 'tiktoken' && 'kind' in block) {
    throw new Error(`tokenizer: block kind ${JSON.stringify(block.kind)} is not one this library reads (tiktoken blocks have no kind; "${HF_KIND}")`);
  }
  return kind;
}

export class Tokenizer {
  /**
   * Synchronous construction. options.engine (tiktoken blocks only): 'js-tiktoken' (default) or 'tiktoken' with
   * options.tiktokenModule; `await Tokenizer.create(block, {engine: 'tiktoken'})` imports that module itself.
   */
  constructor(block, options = {}) {
    this.kind = blockKind(block);
    this.block = block;
    this._impl = KINDS[this.kind](block, options);
    const impl = this._impl;
    this.name = block.name ?? null;
    this.engine = impl.engine ?? '@huggingface/tokenizers';
    this.specialTokens = impl.specialTokens;
    this.bosToken = impl.bosToken ?? null;
    this.bosId = impl.bosId ?? null;
    this.nVocab = impl.nVocab;
    /** ids generation stops on (tokenizer.json blocks: generation_config's eos_token_id, then eos_token). */
    this.eosIds = impl.eosIds ?? [];
    /** Whether encode(text, {template: true}) starts with bosId. */
    this.addsBos = this.kind === 'tiktoken' ? this.bosId != null : impl.addsBos;
    /** tokenizer_config.json's chat_template (a Jinja string, or a list of named ones), carried for sites. */
    this.chatTemplate = impl.chatTemplate ?? null;
  }

  /** Async factory: options.engine 'tiktoken' loads the optional npm WASM package (tiktoken blocks only). */
  static async create(block, options = {}) {
    if ((options.engine ?? 'js-tiktoken') === 'tiktoken' && !options.tiktokenModule && blockKind(block) === 'tiktoken') {
      const name = 'tiktoken/lite';
      let mod;
      try {
        mod = await import(/* @vite-ignore */ /* webpackIgnore: true */ name);
      } catch (e) {
        throw new Error(`tokenizer: engine 'tiktoken' needs the optional npm package "tiktoken" (${e.message})`);
      }
      options = { ...options, tiktokenModule: mod.Tiktoken ? mod : mod.default };
    }
    return new Tokenizer(block, options);
  }

  /** Tokenizer for a loaded bundle (throws if the bundle has no tokenizer block). */
  static fromBundle(bundle, options = {}) {
    if (!bundle || !bundle.tokenizer) throw new Error('tokenizer: the bundle has no tokenizer block');
    return Tokenizer.create(bundle.tokenizer, options);
  }

  /**
   * Encode text.
   *   special ('none' default | 'all' | tiktoken only: an array of allowed strings): whether special-token strings
   *     in the text become their ids ('all') or are ordinary text ('none': what user text should get);
   *   template (default false): the model's own prompt template — a tokenizer.json's post-processor (its BOS, if
   *     it has one), a tiktoken block's bos_id first;
   *   timeBudgetMs (default DEFAULT_TIME_BUDGET_MS = 2000, Infinity: none): past it the call throws an Error with
   *     code 'EMLX_TOKENIZER_BUDGET' instead of holding the page (both block kinds; a tiktoken block on the optional
   *     WASM engine cannot be interrupted). A pattern that backtracks catastrophically is refused when the
   *     tokenizer is built (./regex-probe.js), since no budget can stop one RegExp match.
   * The older spellings allowedSpecial (= special) and bos (= template) are accepted.
   */
  encode(text, options = {}) {
    if (typeof text !== 'string') throw new Error(`tokenizer: encode expects a string, got ${typeof text}`);
    const special = options.special ?? options.allowedSpecial ?? 'none';
    const template = options.template ?? options.bos ?? false;
    return this._impl.encode(text, { special, template, timeBudgetMs: options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS });
  }

  /** Encode with every special-token string treated as ordinary text. */
  encodeOrdinary(text) {
    return this.encode(text, { special: 'none' });
  }

  /** Text of the ids (unknown ids are an error). options.skipSpecial (tokenizer.json blocks): leave special tokens out. */
  decode(ids, options = {}) {
    return this._impl.decode(Array.from(ids), options);
  }

  /** Bytes of the ids (tiktoken blocks: a token is a byte string; a tokenizer.json's decoder works on text). */
  decodeBytes(ids) {
    if (typeof this._impl.decodeBytes !== 'function') throw new Error(`tokenizer: decodeBytes is for tiktoken blocks; this is a ${this.kind} block (use decode)`);
    return this._impl.decodeBytes(ids);
  }

  /**
   * Incremental decoder for streaming generation: `write(id | ids)` returns the text these ids complete (a
   * character split across tokens waits for the rest), `flush()` what is left. Every write() plus the final flush()
   * add up to decode(allIds), so no U+FFFD appears that decode() would not show.
   */
  decodeStream(options = {}) {
    return this._impl.decodeStream(options);
  }

  /** Release engine memory (the tiktoken WASM engine; a no-op otherwise). */
  dispose() {
    this._impl.dispose();
  }
}
