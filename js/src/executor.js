// The Executor interface: what runs a model's forward pass. GPT (model.js) is a thin facade over one executor;
// there are two, both driven by the same recipe plan (recipe.js) and computing docs/FORMATS.md "Forward":
//
//   WasmExecutor  (wasm-executor.js)  emlx's WebAssembly SIMD kernels on a memory the executor owns; int8 weights
//                                     stay int8. kind 'emlx-wasm-kernels'.
//   TfjsExecutor  (tfjs-executor.js)  TF.js ops on the current TF.js backend (cpu, webgl, webgpu, wasm).
//                                     kind 'tfjs-ops'.
//
// An executor is built for a parsed spec and the bundle's tensor table ({name: {dtype, shape}}, checked against
// the spec by the caller) and implements:
//
//   accept(name, tensor)      one bundle tensor ({dtype, shape, data} float32, or int8 {bytes | stored.bytes,
//                             scale}); tensors come one at a time, in any order, and the caller may drop each
//                             one after the call
//   finish()                  after the last tensor
//   pass(ids, pos0, cache, opts) -> Promise<{logits: Float32Array, rows, taps}>
//                             n = ids.length new tokens at positions pos0..pos0+n-1: stateless when cache is null
//                             (pos0 = 0), else after what the cache holds (the cache is updated: keys/values
//                             appended, rows no later query can see dropped, cache.pos = pos0 + n).
//                             opts.taps: null | true | Set of tap names; opts.tapRows: null | sorted distinct
//                             row indices (relative to pos0) of every tap to return; opts.rows: 'last' | 'all'
//                             (logits [1, vocab] or [n, vocab]). taps: {name: {shape, data: Float32Array}}, q/k/v
//                             as [rows, heads, head_dim], others [rows, width].
//   createCache()             an empty cache {pos: 0, layers, prevX, disposed, dispose(), sizes()} (sizes: keys
//                             held per layer)
//   dispose()                 frees every weight (a cache of a disposed executor holds nothing)
//   residentWeightBytes       bytes the weights occupy where the executor keeps them
//   int8Weights               whether int8 weights are kept as int8 (1 byte each)
//   sharedMemory              WasmExecutor: whether its memory is a SharedArrayBuffer; TfjsExecutor: null
//   kind                      'emlx-wasm-kernels' | 'tfjs-ops'

import * as tf from '@tensorflow/tfjs';
import { simdSupported } from './kernels/index.js';
import { WasmExecutor } from './wasm-executor.js';
import { TfjsExecutor } from './tfjs-executor.js';

export { WasmExecutor, TfjsExecutor };

export const EXECUTORS = Object.freeze(['auto', 'wasm', 'tfjs']);

/**
 * Which executor runs: 'wasm' (emlx's kernels) when asked for, or with 'auto' when the TF.js backend is 'wasm'
 * and the engine supports WebAssembly SIMD; 'tfjs' otherwise.
 */
export function chooseExecutor(choice = 'auto') {
  if (!EXECUTORS.includes(choice)) throw new Error(`GPT: options.executor must be one of ${EXECUTORS.join(', ')}, got ${JSON.stringify(choice)}`);
  if (choice === 'wasm') {
    if (!simdSupported()) throw new Error('GPT: the wasm executor needs WebAssembly SIMD, which this engine does not support');
    return 'wasm';
  }
  if (choice === 'tfjs') return 'tfjs';
  return tf.getBackend() === 'wasm' && simdSupported() ? 'wasm' : 'tfjs';
}

/** A new, empty executor of that kind ('wasm' | 'tfjs') for the spec and tensor table. */
export function createExecutor(which, spec, tensors, options = {}) {
  return which === 'wasm' ? new WasmExecutor(spec, tensors, options) : new TfjsExecutor(spec, tensors, options);
}
