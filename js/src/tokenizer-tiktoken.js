// tiktoken blocks (docs/FORMATS.md "Tokenizer block": nanochat / autoresearch tokenizer.pkl, no "kind" field).
// Sites use the Tokenizer of ./tokenizer.js, which dispatches here.
//
// Default engine: js-tiktoken (pure JS, no WASM, works in every browser and in Node). Its Tiktoken class wants
// its own compressed rank format ("<name> <first rank> <b64 token> <b64 token> ..." per run of consecutive
// ranks) and compiles the pattern with flags "gu"; we convert our tiktoken-file-format ranks ("<b64> <rank>"
// lines) into that and hand it pat_str_js.
//
// Optional engine: the npm `tiktoken` package (Rust tiktoken compiled to WASM) runs the ORIGINAL pat_str
// unchanged, so it is exact by construction; pass {engine: 'tiktoken'} to Tokenizer.create() (./tokenizer.js),
// which imports it on demand in Node; in a browser pass {tiktokenModule} (an initialised `tiktoken/lite/init`
// module).

import { Tiktoken as JsTiktoken } from 'js-tiktoken/lite';
import { decodeBase64 } from './loader.js';
import { probeRegex } from './regex-probe.js';

/** The most tokens a rank table may hold (emlx/tokcorpus.py MAX_RANKS); tiktoken's ranks are unsigned 32-bit. */
export const MAX_RANKS = 1 << 20;
export const MAX_RANK = 2 ** 32 - 1;
/** Milliseconds one encode() call may take before it throws (options.timeBudgetMs overrides; Infinity disables). */
export const DEFAULT_TIME_BUDGET_MS = 2000;

/** Parse tiktoken file format ranks into [{bytes: Uint8Array, b64: string, rank: number}], sorted by rank. */
export function parseMergeableRanks(text) {
  if (typeof text !== 'string') throw new Error(`tokenizer: mergeable_ranks must be a string in tiktoken file format, got ${typeof text}`);
  const out = [];
  const seenRanks = new Set();
  const seenTokens = new Set();
  const lines = text.split('\n');
  if (lines.length > MAX_RANKS + 1) throw new Error(`tokenizer: mergeable_ranks holds more than ${MAX_RANKS} tokens (the largest tiktoken vocabularies have ~200k)`);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line === '') continue;
    const parts = line.split(' ');
    if (parts.length !== 2 || !/^\d+$/.test(parts[1])) {
      throw new Error(`tokenizer: mergeable_ranks line ${i + 1} is not "<base64 bytes> <rank>": ${JSON.stringify(line.slice(0, 80))}`);
    }
    const rank = Number(parts[1]);
    if (!(rank <= MAX_RANK)) throw new Error(`tokenizer: mergeable_ranks line ${i + 1} has the rank ${parts[1].slice(0, 30)}, above ${MAX_RANK}`);
    const bytes = decodeBase64(parts[0], `tokenizer: mergeable_ranks line ${i + 1}`);
    if (bytes.length === 0) throw new Error(`tokenizer: mergeable_ranks line ${i + 1} is an empty token`);
    if (seenRanks.has(rank)) throw new Error(`tokenizer: rank ${rank} appears twice in mergeable_ranks`);
    if (seenTokens.has(parts[0])) throw new Error(`tokenizer: token ${parts[0]} appears twice in mergeable_ranks`);
    seenRanks.add(rank);
    seenTokens.add(parts[0]);
    out.push({ bytes, b64: parts[0], rank });
  }
  out.sort((a, b) => a.rank - b.rank);
  return out;
}

/** Throw unless parsed ranks hold every one of the 256 single bytes: a byte-level BPE starts from them (tiktoken
 *  panics on a byte without a rank, js-tiktoken silently drops it). The same rule as emlx/tokcorpus.py. */
export function checkMergeableRanks(ranks) {
  const single = new Set(ranks.filter((r) => r.bytes.length === 1).map((r) => r.bytes[0]));
  for (let b = 0; b < 256; b++) {
    if (!single.has(b)) {
      throw new Error(`tokenizer: mergeable_ranks has no token for the single byte 0x${b.toString(16).toUpperCase().padStart(2, '0')}; a byte-level BPE needs all 256 single bytes; re-export the bundle from the tokenizer the model was trained with`);
    }
  }
}

/** Convert ranks to js-tiktoken's compressed bpe_ranks string (runs of consecutive ranks on one line). */
export function toJsTiktokenRanks(ranks) {
  const lines = [];
  let run = null;
  for (const r of ranks) {
    if (run && r.rank === run.start + run.tokens.length) {
      run.tokens.push(r.b64);
    } else {
      if (run) lines.push(`! ${run.start} ${run.tokens.join(' ')}`);
      run = { start: r.rank, tokens: [r.b64] };
    }
  }
  if (run) lines.push(`! ${run.start} ${run.tokens.join(' ')}`);
  return lines.join('\n');
}

function validateBlock(block) {
  if (block === null || typeof block !== 'object') throw new Error('tokenizer: the bundle has no tokenizer block');
  for (const k of ['pat_str_js', 'mergeable_ranks', 'special_tokens']) {
    if (!(k in block)) throw new Error(`tokenizer: block is missing "${k}"`);
  }
  if (typeof block.pat_str_js !== 'string') throw new Error('tokenizer: pat_str_js must be a string');
  const sp = block.special_tokens;
  if (sp === null || typeof sp !== 'object' || Array.isArray(sp)) throw new Error('tokenizer: special_tokens must be an object {text: id}');
  for (const [k, v] of Object.entries(sp)) {
    if (!Number.isInteger(v) || v < 0) throw new Error(`tokenizer: special token ${JSON.stringify(k)} has id ${JSON.stringify(v)}`);
  }
}

function sameFlags(a, b) {
  return [...a].sort().join('') === [...b].sort().join('');
}

export class TiktokenTokenizer {
  /** options.engine: 'js-tiktoken' (default) | 'tiktoken' (with options.tiktokenModule, the npm WASM package). */
  constructor(block, options = {}) {
    validateBlock(block);
    this.block = block;
    this.name = block.name ?? null;
    this.specialTokens = { ...block.special_tokens };
    this.bosToken = block.bos_token ?? null;
    this.bosId = block.bos_id ?? (this.bosToken != null ? this.specialTokens[this.bosToken] : null) ?? null;
    const ranks = parseMergeableRanks(block.mergeable_ranks);
    checkMergeableRanks(ranks);
    this.nVocab = block.n_vocab ?? Math.max(ranks.length ? ranks[ranks.length - 1].rank + 1 : 0, ...Object.values(this.specialTokens).map((v) => v + 1));
    this._bytesById = new Map();
    for (const r of ranks) this._bytesById.set(r.rank, r.bytes);
    const enc = new TextEncoder();
    for (const [text, id] of Object.entries(this.specialTokens)) {
      if (this._bytesById.has(id)) throw new Error(`tokenizer: special token ${JSON.stringify(text)} reuses ordinary rank ${id}`);
      this._bytesById.set(id, enc.encode(text));
    }
    this.flags = block.pat_flags_js ?? 'gu';
    // Compile once here so a bad pattern fails at load time with a clear message, and probe it: a pattern that
    // backtracks catastrophically would hold the page on the first encode (no time budget can interrupt one
    // RegExp match), so it is refused here (./regex-probe.js).
    try {
      this._regex = new RegExp(block.pat_str_js, this.flags.includes('g') ? this.flags : this.flags + 'g');
    } catch (e) {
      throw new Error(`tokenizer: pat_str_js does not compile as a JS RegExp with flags "${this.flags}": ${e.message}`);
    }
    probeRegex(this._regex, `the split pattern ${JSON.stringify(block.pat_str_js.slice(0, 60))}`);
    this.engine = options.engine ?? 'js-tiktoken';
    if (this.engine === 'js-tiktoken') {
      if (!sameFlags(this.flags.includes('g') ? this.flags : this.flags + 'g', 'gu')) {
        throw new Error(`tokenizer: js-tiktoken compiles the pattern with flags "gu", but the bundle asks for "${this.flags}"; use {engine: 'tiktoken'}`);
      }
      this._impl = new JsTiktoken({ pat_str: block.pat_str_js, special_tokens: this.specialTokens, bpe_ranks: toJsTiktokenRanks(ranks) });
      this._wasm = null;
      this._guardRanks();
    } else if (this.engine === 'tiktoken') {
      if (!options.tiktokenModule) throw new Error("tokenizer: engine 'tiktoken' needs Tokenizer.create() (async) or {tiktokenModule}");
      const Ctor = options.tiktokenModule.Tiktoken;
      if (typeof block.pat_str !== 'string') throw new Error("tokenizer: engine 'tiktoken' needs the original pat_str in the block");
      this._wasm = new Ctor(block.mergeable_ranks, this.specialTokens, block.pat_str);
      this._impl = null;
    } else {
      throw new Error(`tokenizer: unknown engine ${JSON.stringify(this.engine)} (expected 'js-tiktoken' or 'tiktoken')`);
    }
  }

  /** The time budget of js-tiktoken's encode: its rank lookups (one per regex match, more inside the BPE of a
   *  long piece) check the deadline every 256 calls, so a long text stops past the budget instead of holding the
   *  page. (One RegExp match cannot be interrupted: the load-time probe refuses patterns that backtrack.) */
  _guardRanks() {
    const map = this._impl.rankMap;
    const get = map.get.bind(map);
    let n = 0;
    map.get = (key) => {
      if ((++n & 255) === 0) this._tick();
      return get(key);
    };
  }

  _tick() {
    if (this._deadline !== undefined && now() > this._deadline) {
      const e = new Error(`tokenizer: encode of a ${this._length}-character text ran past its ${this._budget} ms time budget; split the text, or raise the budget with {timeBudgetMs} (Infinity: none)`);
      e.code = 'EMLX_TOKENIZER_BUDGET';
      throw e;
    }
  }

  /**
   * Encode text. special: 'none' (special-token strings are ordinary text), 'all' (they become their ids) or an
   * array of allowed special-token strings; template: prepend bos_id (the prompt template of these tokenizers; none
   * without a bos_id); timeBudgetMs (default DEFAULT_TIME_BUDGET_MS; Infinity: none): past it the call throws an
   * Error with code 'EMLX_TOKENIZER_BUDGET' (js-tiktoken engine; the WASM engine cannot be interrupted, only probed).
   */
  encode(text, { special = 'none', template = false, timeBudgetMs = DEFAULT_TIME_BUDGET_MS } = {}) {
    if (!(typeof timeBudgetMs === 'number' && timeBudgetMs > 0)) throw new Error(`tokenizer: timeBudgetMs must be a positive number (Infinity: none), got ${JSON.stringify(timeBudgetMs)}`);
    let ids;
    this._budget = timeBudgetMs;
    this._length = text.length;
    this._deadline = now() + timeBudgetMs;
    try {
      if (special === 'none' || (Array.isArray(special) && special.length === 0)) {
        ids = this._impl ? this._impl.encode(text, [], []) : Array.from(this._wasm.encode_ordinary(text));
      } else {
        if (special !== 'all' && !Array.isArray(special)) throw new Error(`tokenizer: special must be 'all', 'none' or a list, got ${JSON.stringify(special)}`);
        ids = this._impl ? this._impl.encode(text, special, []) : Array.from(this._wasm.encode(text, special, []));
      }
    } finally {
      this._deadline = undefined;
    }
    if (template && this.bosId != null) ids.unshift(this.bosId);
    return ids;
  }

  /** Encode with every special-token string treated as ordinary text. */
  encodeOrdinary(text, options = {}) {
    return this.encode(text, { ...options, special: 'none', template: false });
  }

  /** Bytes of the given ids (unknown ids are an error). */
  decodeBytes(ids) {
    const chunks = [];
    let n = 0;
    for (const id of ids) {
      const b = this._bytesById.get(id);
      if (b === undefined) throw new Error(`tokenizer: id ${id} is not in the vocabulary`);
      chunks.push(b);
      n += b.length;
    }
    const out = new Uint8Array(n);
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }

  /** Decode ids to text (invalid UTF-8 becomes U+FFFD, as in tiktoken's errors="replace"). */
  decode(ids) {
    // ignoreBOM keeps a leading U+FEFF, as Python's bytes.decode does.
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(this.decodeBytes(ids));
  }

  /**
   * Incremental decoder for streaming generation: `write(id | ids)` returns the text completed by these ids
   * (never a partial character: the bytes of a character split across tokens are held back until it is whole),
   * `flush()` returns what is left (an incomplete trailing sequence becomes U+FFFD, as in decode()). The
   * concatenation of every write() and the final flush() equals decode(allIds).
   *
   *   const stream = tok.decodeStream();
   *   await model.generate(prompt, 40, { onToken: (id) => { out.textContent += stream.write(id); } });
   *   out.textContent += stream.flush();
   */
  decodeStream() {
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    return {
      write: (ids) => decoder.decode(this.decodeBytes(typeof ids === 'number' ? [ids] : ids), { stream: true }),
      flush: () => decoder.decode(),
    };
  }

  /** Release WASM memory (no-op for js-tiktoken). */
  dispose() {
    if (this._wasm && typeof this._wasm.free === 'function') this._wasm.free();
    this._wasm = null;
  }
}

function now() {
  return globalThis.performance ? globalThis.performance.now() : Date.now();
}
