// Types of the public API of emlx-gpt (src/index.js and the prebuilt dist/emlx.js). Contract: docs/FORMATS.md.
// @public-api

import * as tfjs from '@tensorflow/tfjs';

/** The TensorFlow.js namespace the library runs on (one engine shared with the library). */
export const tf: typeof tfjs;

export const SPEC_VERSION: number;
export const BUNDLE_FORMAT: 'emlx.bundle';
export const BUNDLE_VERSION: number;
export const BACKENDS: readonly ['cpu', 'wasm', 'webgl', 'webgpu'];
export type BackendName = 'cpu' | 'wasm' | 'webgl' | 'webgpu';

/** ModelSpec (docs/FORMATS.md "ModelSpec", the block recipe): validated, frozen, every default filled in. */
export interface ModelSpec {
  readonly family: string;
  readonly source_framework: string;
  readonly vocab_size: number;
  readonly padded_vocab_size: number;
  readonly n_layer: number;
  readonly n_head: number;
  readonly n_kv_head: number;
  readonly n_embd: number;
  readonly head_dim: number;
  readonly mlp_hidden: number;
  readonly sequence_len: number;
  readonly window: ReadonlyArray<number | null>;
  /** null: no rotary embedding. */
  readonly rope: {
    readonly style: 'interleaved' | 'half';
    readonly base: number;
    readonly sign: number;
    readonly table_dtype: 'float32' | 'bfloat16' | 'float16';
    /** Rotated channels per head (the first rotary_dim); null = head_dim. */
    readonly rotary_dim: number | null;
    readonly scaling: { readonly kind: 'none' | 'linear' | 'llama3'; readonly params: Readonly<Record<string, number>> };
  } | null;
  readonly norm_eps: number;
  readonly qk_scale: number;
  readonly value_embed: { readonly layers: readonly number[]; readonly gate_channels: number; readonly gate_scale: number } | null;
  readonly softcap: number | null;
  readonly activation: {
    readonly kind: 'relu2' | 'eml' | 'relu' | 'silu' | 'gelu_tanh' | 'gelu_erf';
    readonly params: Readonly<Record<string, number>>;
  };
  readonly smear: { readonly channels: number } | null;
  readonly backout: { readonly layer: number } | null;
  readonly embed: { readonly norm: boolean; readonly positions: 'none' | 'learned'; readonly tied: boolean };
  readonly norm: { readonly kind: 'rms' | 'layer'; readonly weight: boolean; readonly bias: boolean };
  /** null: no per-head q/k norm. */
  readonly qk_norm: { readonly order: 'after_rope' | 'before_rope'; readonly weight: boolean } | null;
  readonly attn: { readonly qkv_bias: boolean; readonly out_bias: boolean; readonly scale: number | null };
  readonly mlp: { readonly gated: boolean; readonly bias: boolean };
  readonly residual: 'lambdas' | 'plain';
  readonly version: number;
  readonly [key: string]: unknown;
}

/** Parse and validate a ModelSpec (object or JSON text); throws Error("invalid model spec: ...") */
export function parseSpec(input: object | string): ModelSpec;

/** A tiktoken tokenizer block (docs/FORMATS.md "Tokenizer block": nanochat / autoresearch tokenizer.pkl; no kind). */
export interface TiktokenBlock {
  name?: string | null;
  pat_str?: string;
  pat_str_js: string;
  pat_flags_js?: string;
  mergeable_ranks: string;
  special_tokens: Record<string, number>;
  bos_token?: string | null;
  bos_id?: number | null;
  n_vocab?: number;
  [key: string]: unknown;
}

/** A Hugging Face tokenizer.json block (docs/FORMATS.md "Tokenizer block", kind "hf-tokenizers"). */
export interface HfTokenizerBlock {
  kind: 'hf-tokenizers';
  version: 1;
  /** The model's tokenizer.json, whole. */
  tokenizer: Record<string, unknown>;
  n_vocab: number;
  bos_token: string | null;
  bos_id: number | null;
  eos_token: string | null;
  /** generation_config.json's eos_token_id, then tokenizer_config.json's eos_token. */
  eos_ids: number[];
  /** What the post-processor puts around one text. */
  template: { prefix: number[]; suffix: number[] };
  /** Whether the template starts with bos_id. */
  adds_bos: boolean;
  /** tokenizer_config.json's add_bos_token as given (tokenizer.json's post-processor decides). */
  add_bos_token: boolean | null;
  /** tokenizer_config.json's (or chat_template.jinja's) chat template, carried for sites; emlx does not render it. */
  chat_template: string | Array<{ name: string; template: string }> | null;
  /** sha256 of the files the block was built from. */
  files: Record<string, string>;
}

/** The tokenizer block of a bundle. */
export type TokenizerBlock = TiktokenBlock | HfTokenizerBlock;

export interface BundleTensor {
  /** dtype as stored in the bundle ('float32' | 'int8' | ...); `data` is always float32 (int8 dequantised). */
  dtype: string;
  shape: number[];
  data: Float32Array;
  stored: { bytes: Uint8Array; scaleBytes?: Uint8Array };
}

/** A loaded bundle (loadBundle()). */
export interface Bundle {
  format: 'emlx.bundle';
  version: number;
  config: ModelSpec;
  tokenizer: TokenizerBlock | null;
  weights: Record<string, BundleTensor>;
  training: unknown;
  source: unknown;
  weights_sha256: string | null;
  /** The whole identity (docs/FORMATS.md "bundle_sha256"): config and tokenizer as stored, with weights_sha256. */
  bundle_sha256: string | null;
  generated_by: unknown;
  container: 'json' | 'safetensors';
  /** Where it was read from: the file, or the index then its shards; empty for bytes or objects. */
  files: string[];
  /** True only when weights_sha256 and bundle_sha256 both matched (false with verifyHash: false). */
  verified: boolean;
  /** What loading proved: 'bundle' (the whole identity), 'weights' (a bundle exported before bundle_sha256: its
   *  config and tokenizer are bound by nothing), null when not verified. */
  integrity: 'bundle' | 'weights' | null;
}

/** Where a bundle comes from: URL (string or URL), filesystem path (Node), Response, JSON text, parsed object, bytes. */
export type BundleSource = string | URL | Response | ArrayBuffer | ArrayBufferView | object;

export interface LoadOptions {
  /** fetch implementation (default globalThis.fetch). URLs are read with HTTP Range requests. */
  fetch?: typeof fetch;
  /** Custom whole-file reader, used instead of fetch / the filesystem (each file is then held in memory). */
  readBytes?: (location: string) => Promise<Uint8Array>;
  /**
   * Custom range reader, used instead of everything else: the bytes [start, end) of the file at `location`
   * (fewer only where the file ends). Wins over readBytes.
   */
  readRange?: (location: string, start: number, end: number) => Uint8Array | Promise<Uint8Array>;
  /** With readRange: the size of a file (else learnt from a short read, or checked with a 1-byte read). */
  fileSize?: (location: string) => number | Promise<number>;
  /** Base for relative locations inside the bundle (shards). */
  baseLocation?: string;
  /** Recompute weights_sha256 and refuse a bundle whose weights do not match it (default true). */
  verifyHash?: boolean;
  /**
   * Called as the bundle's bytes arrive (per HTTP chunk, file read or cache read): `loaded` bytes of the bundle's
   * files so far, `total` the sum of their sizes (null until known); the last call, when the load completes
   * (the weights verified), has loaded === total.
   */
  onProgress?: (progress: { loaded: number; total: number | null }) => void;
  /** Abort the load: checked before every read and passed to fetch; the load rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Keep the bundle's files in the Cache API (opt-in; http(s) URLs in a secure context): true (cache
   * "emlx-bundles"), a cache name, a Cache, or {name, revalidate}. Every read from the cache is checked against
   * the SHA-256 stored with the entry (a corrupted entry is deleted and refetched, never used); `revalidate`
   * (default true) asks the server once per file with If-None-Match / If-Modified-Since (304: no bytes fetched).
   */
  cache?: boolean | string | Cache | { name?: string; revalidate?: boolean };
}

export interface OpenOptions extends LoadOptions {
  /**
   * URLs and readRange: neighbouring tensors up to this many bytes are fetched in one request (default 16 MiB;
   * local files under Node default to 0, one positioned read per tensor).
   */
  coalesceBytes?: number;
  /** A server answering 200 (no Range support) is read whole only up to this size (default 1 GiB). */
  maxUnrangedBytes?: number;
  /** Force a SHA-256 engine (default: node:crypto under Node; subtle for <= 256 MiB in a secure page; noble). */
  hashEngine?: 'node:crypto' | 'subtle' | '@noble/hashes';
}

/** Load and validate an emlx bundle (JSON float32 / int8, safetensors, or a sharded safetensors index). */
export function loadBundle(source: BundleSource, options?: LoadOptions): Promise<Bundle>;

/** What openBundle knows about a tensor before reading it. */
export interface TensorInfo {
  readonly dtype: 'float32' | 'int8' | 'bfloat16' | 'float16';
  readonly shape: readonly number[];
  /** Stored data bytes. */
  readonly byteLength: number;
  /** int8: bytes of the per-row float32 scale. */
  readonly scaleByteLength?: number;
}

/** One tensor read by BundleReader.read(): fresh buffers owned by the caller. */
export interface StreamedTensor {
  dtype: 'float32' | 'int8' | 'bfloat16' | 'float16';
  shape: number[];
  /** The stored bytes (little-endian). */
  bytes: Uint8Array;
  /** float32: a view of `bytes`; bfloat16 / float16: widened to float32. Absent for int8. */
  data?: Float32Array;
  /** int8: one finite float32 per row. */
  scale?: Float32Array;
  /** int8: the bytes `scale` views. */
  scaleBytes?: Uint8Array;
}

/** A bundle opened for streaming reads (openBundle()): metadata at once, one tensor per read(). */
export interface BundleReader {
  format: 'emlx.bundle';
  version: number;
  config: ModelSpec;
  tokenizer: TokenizerBlock | null;
  training: unknown;
  source: unknown;
  weights_sha256: string | null;
  generated_by: unknown;
  container: 'json' | 'safetensors';
  /** Where the bytes come from: the file, or the index then its shards; empty for in-memory sources. */
  files: string[];
  /** Sum of every tensor's stored bytes (data + int8 scales). */
  totalBytes: number;
  tensors: Readonly<Record<string, TensorInfo>>;
  /** Tensor names, sorted: the weights_sha256 order. */
  names: readonly string[];
  /** 'node:crypto' | 'subtle' | '@noble/hashes', or null with verifyHash: false. */
  hashEngine: string | null;
  /** Read one tensor from its byte range (checked: lengths, finite floats, finite int8 scales). */
  read(name: string): Promise<StreamedTensor>;
  /**
   * Throw unless the weights hash to weights_sha256. Free after reading every tensor once in `names` order;
   * otherwise re-reads the tensors from the first one out of that order. No-op with verifyHash: false.
   */
  verify(): Promise<void>;
  /** True once verify() succeeded. */
  readonly verified: boolean;
  /**
   * I/O so far: reads / HTTP requests issued, bytes read, tensors verify() had to re-read; with options.cache, what
   * the cache did (entries used, fetched, found corrupted and refetched, revalidated with a 304, replaced, stored).
   */
  stats(): {
    requests: number; bytesRead: number; verifyRereads: number;
    cache?: { hits: number; misses: number; corrupt: number; revalidated: number; replaced: number; stored: number;
      storeFailed: number; unavailable: number };
  };
  /** Release file handles (and anything read ahead); later reads throw. */
  close(): void;
}

/** Open a bundle (same sources as loadBundle) for reading tensor by tensor, by byte ranges of the file or URL. */
export function openBundle(source: BundleSource | Bundle, options?: OpenOptions): Promise<BundleReader>;

/** SHA-256 of the weights as defined in docs/FORMATS.md (compare with bundle.weights_sha256). */
export function computeWeightsSha256(bundle: Bundle): Promise<string>;

export interface BackendInfo {
  backend: string;
  tfjs_version: string;
  wasm_simd?: boolean;
  wasm_threads?: boolean;
  webgl_version?: number;
  webgl_f32?: boolean;
  webgl_force_f16?: boolean;
}

export interface BackendOptions {
  /** Base URL (browser) or folder (Node) of the tfjs-backend-wasm*.wasm files; ends with '/'. */
  wasmPaths?: string;
  /** Threads for the wasm backend where the page is cross-origin isolated. */
  wasmThreads?: number;
}

/** Select and initialise a TF.js backend; resolves to backendInfo(). */
export function setBackend(name?: BackendName, options?: BackendOptions): Promise<BackendInfo>;
/** The backend actually running, the tfjs version and the flags that matter for numerics. */
export function backendInfo(): BackendInfo;

export interface ForwardOptions {
  /** true for every tap, or a list of tap names (tapNames(spec)). */
  taps?: boolean | string[];
  /** Sorted distinct positions: every tap holds only those rows (default: all). */
  tapRows?: number[];
  /** Logits of the last position only. */
  lastOnly?: boolean;
  /** Return logits as a tf.Tensor (the caller disposes it) instead of a Float32Array. */
  returnTensor?: boolean;
}

export interface ForwardResult {
  /** Row-major [T, vocab_size] (or [vocab_size] with lastOnly). */
  logits: Float32Array;
  shape: number[];
  /** Each tap as {shape, data}: q/k/v [rows, heads, head_dim], the others [rows, width]. */
  taps: Record<string, { shape: number[]; data: Float32Array }> | null;
}

export interface KVCache {
  pos: number;
  disposed: boolean;
  dispose(): void;
  /** Keys held per layer. */
  sizes(): number[];
}

/** What runs the forward pass (src/executor.js): emlx's wasm engine or TF.js ops, both driven by the recipe. */
export interface Executor {
  readonly kind: 'emlx-wasm-kernels' | 'tfjs-ops';
  /** Bytes the weights occupy where the executor keeps them. */
  readonly residentWeightBytes: number;
  /** Whether int8 weights are kept as int8 (1 byte each). */
  readonly int8Weights: boolean;
  /** The wasm engine: whether its memory is a SharedArrayBuffer; the TF.js op path: null. */
  readonly sharedMemory: boolean | null;
}

/** The wasm engine (model.engine): an Executor with threads. */
export interface WasmEngine extends Executor {
  readonly kind: 'emlx-wasm-kernels';
  /** Threads its matmuls run on now (1 until the workers are up, or when they could not start). */
  readonly threads: number;
  /** options.threads as given. */
  readonly threadsRequested: number;
  /** Why fewer threads run than requested (no SharedArrayBuffer: a page without COOP/COEP), or null. */
  readonly threadsNote: string | null;
  /** Resolves when the thread workers are up or failed to start (then threadsNote says why). */
  threadsReady(): Promise<void>;
}

export interface ModelOptions {
  /**
   * 'auto' (default): emlx's wasm engine when the TF.js backend is 'wasm' (and WebAssembly SIMD is there), TF.js
   * ops otherwise; 'wasm': the engine whatever the TF.js backend; 'tfjs': TF.js ops on the current backend.
   */
  executor?: 'auto' | 'wasm' | 'tfjs';
  /**
   * How int8 weights stay resident: the wasm engine keeps them int8 (1 byte each) unless 'float32'; the TF.js op
   * path dequantises them ('float32'), packs three per float32 ('packed'), or 'auto' (default): packs only models
   * whose float32 weights would exceed 1 GiB.
   */
  int8?: 'auto' | 'packed' | 'float32';
  /** The wasm engine's memory is a SharedArrayBuffer (needs a cross-origin isolated page). */
  sharedMemory?: boolean;
  /**
   * The wasm engine runs its matmuls on this many threads (default 1; 1..64): workers on its shared memory, results
   * bit-identical to one thread. Needs SharedArrayBuffer (in a browser: a cross-origin isolated page, COOP
   * same-origin + COEP require-corp); without it the engine runs on one thread and engine.threadsNote says why.
   */
  threads?: number;
  /** Tests and benchmarks: matmuls of at least this many multiply-adds are shared (default 2^20; 0: every one). */
  threadsMinWork?: number;
  /** Benchmarks: Atomics.load rounds a worker spins before it sleeps (default 1000). */
  threadsSpin?: number;
}

export interface GenerateOptions {
  /** 0 (default) = greedy (argmax); > 0 samples from softmax(logits / temperature). */
  temperature?: number;
  /** With temperature > 0: sample among the topK most likely ids only (0 = all). */
  topK?: number;
  /** Seed of the sampler's PRNG (mulberry32); the same seed gives the same ids. */
  seed?: number;
  /** Called after each new id, with its index (0-based); return false to stop early. */
  onToken?: (id: number, step: number) => void | boolean | Promise<void | boolean>;
  /** Stop after emitting one of these ids (it is included in the result). */
  stopIds?: number[];
}

export interface GenerateResult {
  /** The new ids. */
  ids: number[];
  /** Prompt followed by the new ids. */
  all: number[];
}

/** What model.selfTest() found (src/selftest.js; docs/FORMATS.md "Parity certificate"). */
export interface SelfTestResult {
  /** Every probed logit within atol and each row's argmax the reference's (ties within atol excepted). */
  passed: boolean;
  /** Largest |logit - reference| over the probe (null when nothing was compared). */
  maxAbsDiff: number | null;
  atol: number;
  /** The backend that ran the probe: 'cpu' | 'wasm' | 'webgl' | 'webgpu'. */
  backend: string;
  /** The GPU adapter (webgpu), GL renderer (webgl), wasm features, or null (cpu). */
  adapter: string | null;
  /** Time of the probe's forward pass and comparison, in ms. */
  ms: number;
  /** The certificate lists this backend as passed in CI. */
  certified: boolean;
  /** Why it failed, else null. */
  reason: string | null;
  rows: { row: number; maxAbsDiff: number; argmax: number; refArgmax: number }[];
}

/** The GPT of a bundle: a facade over an Executor (the wasm engine or TF.js ops). */
export class GPT {
  constructor(bundle: Bundle, options?: ModelOptions);
  /** Build from an open bundle (openBundle()): tensors read one at a time, each handed over and dropped. */
  static fromSource(source: BundleReader, options?: ModelOptions): Promise<GPT>;
  /** Defaults for the constructor options. */
  static defaults: { int8: 'auto' | 'packed' | 'float32'; executor: 'auto' | 'wasm' | 'tfjs'; sharedMemory: boolean; threads: number };
  readonly spec: ModelSpec;
  readonly config: ModelSpec;
  readonly vocabSize: number;
  readonly executor: Executor;
  /** The wasm engine (the executor when its kind is 'emlx-wasm-kernels'), else null. */
  readonly engine: WasmEngine | null;
  /** 'none' (no quantised weights) | 'int8' (kept int8 on the engine) | 'q4' (q4, and any int8, kept as stored on the
   *  engine) | 'float32' (dequantised) | 'packed' (TF.js ops: int8 three to a float32). */
  readonly int8Mode: 'none' | 'int8' | 'q4' | 'float32' | 'packed';
  readonly residentWeightBytes: number;
  /** The bundle's header fields besides the weights (tokenizer, weights_sha256, files, ...). */
  readonly meta: { weights_sha256: string | null; tokenizer: TokenizerBlock | null; files: string[] | null; [key: string]: unknown };
  disposed: boolean;
  /**
   * Run the parity certificate's probe on the backend in use and compare with the float64 reference. certificate:
   * a URL, path or the parsed object; default `<bundle stem>.parity.json` next to the file the model came from.
   * Rejects when the certificate cannot be read or is malformed.
   */
  selfTest(certificate?: string | URL | object, options?: { fetch?: typeof fetch }): Promise<SelfTestResult>;
  /** Stateless forward over `ids`. */
  forward(ids: ArrayLike<number>, options?: ForwardOptions): Promise<ForwardResult>;
  /** An empty KV cache at position 0. */
  createCache(): KVCache;
  /** Feed ids (prefill: many; decode: one) after what the cache holds; logits of the last new position. */
  step(cache: KVCache, ids: ArrayLike<number>, options?: { allPositions?: boolean; returnTensor?: boolean; taps?: boolean | string[]; tapRows?: number[] }): Promise<ForwardResult & { pos: number }>;
  /** Generate up to n ids after promptIds with the KV cache. */
  generate(promptIds: ArrayLike<number>, n: number, options?: GenerateOptions): Promise<GenerateResult>;
  /** Free every weight of the model. */
  dispose(): void;
}

/** Load a bundle (any source) and build the model; options.backend selects the TF.js backend first. */
export function createModel(source: BundleSource | Bundle, options?: LoadOptions & BackendOptions & ModelOptions & { backend?: BackendName }): Promise<GPT>;

/** Names of the per-layer activation taps the forward can return, in order. */
export function tapNames(spec: ModelSpec): string[];

export interface EncodeOptions {
  /** 'none' (default: special-token strings are plain text), 'all' (they become their ids), or (tiktoken blocks)
   *  the allowed special-token strings. */
  special?: 'none' | 'all' | string[];
  /** The model's own prompt template: a tokenizer.json's post-processor (its BOS, if any); a tiktoken block's bos_id. */
  template?: boolean;
  /** Milliseconds the call may take (tokenizer.json blocks; default 2000, Infinity: none); past it, an Error with
   *  code 'EMLX_TOKENIZER_BUDGET' is thrown instead of holding the page. */
  timeBudgetMs?: number;
  /** Older spelling of `special`. */
  allowedSpecial?: 'none' | 'all' | string[];
  /** Older spelling of `template`. */
  bos?: boolean;
}

/** Incremental decoding of generated ids (see Tokenizer.decodeStream). */
export interface DecodeStream {
  /** Text completed by these ids; a character split across tokens waits for the rest. */
  write(ids: number | ArrayLike<number>): string;
  /** The rest (an incomplete trailing sequence becomes U+FFFD, as decode() gives it). */
  flush(): string;
}

export class Tokenizer {
  /** Synchronous construction; options.engine: tiktoken blocks only ('js-tiktoken' default). */
  constructor(block: TokenizerBlock, options?: { engine?: 'js-tiktoken' });
  /** options.engine 'tiktoken' uses the optional WASM package (browser: pass an initialised tiktokenModule). */
  static create(block: TokenizerBlock, options?: { engine?: 'js-tiktoken' | 'tiktoken'; tiktokenModule?: unknown }): Promise<Tokenizer>;
  static fromBundle(bundle: Bundle, options?: { engine?: 'js-tiktoken' | 'tiktoken'; tiktokenModule?: unknown }): Promise<Tokenizer>;
  /** 'tiktoken' or 'hf-tokenizers'. */
  readonly kind: 'tiktoken' | 'hf-tokenizers';
  readonly name: string | null;
  readonly bosId: number | null;
  readonly bosToken: string | null;
  /** Ids generation stops on (tokenizer.json blocks; [] for tiktoken blocks). */
  readonly eosIds: number[];
  /** Whether encode(text, {template: true}) starts with bosId. */
  readonly addsBos: boolean;
  /** The chat template the block carries (tokenizer.json blocks), or null. */
  readonly chatTemplate: string | Array<{ name: string; template: string }> | null;
  readonly nVocab: number;
  readonly specialTokens: Record<string, number>;
  encode(text: string, options?: EncodeOptions): number[];
  encodeOrdinary(text: string): number[];
  /** options.skipSpecial (tokenizer.json blocks): leave special tokens out. */
  decode(ids: ArrayLike<number> | Iterable<number>, options?: { skipSpecial?: boolean }): string;
  /** tiktoken blocks only. */
  decodeBytes(ids: ArrayLike<number> | Iterable<number>): Uint8Array;
  decodeStream(): DecodeStream;
  decodeStream(options: { skipSpecial?: boolean }): DecodeStream;
  dispose(): void;
}

