// TF.js backend selection: 'cpu' | 'wasm' | 'webgl' | 'webgpu'.
//
// The wasm backend is imported on demand. Its .wasm binaries are located with setWasmPaths: under Node we point
// it at the installed package's dist/ directory; in a browser the page passes {wasmPaths: '<base URL>/'} (the
// folder that serves tfjs-backend-wasm*.wasm) or leaves TF.js to its default (next to the script).
//
// The WebGPU backend (@tensorflow/tfjs-backend-webgpu) is imported on demand too; it needs a browser with
// navigator.gpu (a secure context: https or http://127.0.0.1 / localhost). It computes in float32 (WGSL f32
// storage and arithmetic; TF.js 4.22 has no f16 path), like the webgl backend with f16 textures forced off.

import * as tf from '@tensorflow/tfjs';
import { isNode } from './loader.js';

export { tf };

export const BACKENDS = Object.freeze(['cpu', 'wasm', 'webgl', 'webgpu']);

let wasmModule = null;
let webgpuModule = null;
let wasmPathsSet = null;

async function nodeWasmDir() {
  let url = null;
  if (typeof import.meta.resolve === 'function') {
    try {
      url = import.meta.resolve('@tensorflow/tfjs-backend-wasm');
    } catch {
      url = null;
    }
  }
  const urlName = 'node:url';
  const pathName = 'node:path';
  const { fileURLToPath } = await import(/* @vite-ignore */ /* webpackIgnore: true */ urlName);
  const path = await import(/* @vite-ignore */ /* webpackIgnore: true */ pathName);
  let file;
  if (url) {
    file = fileURLToPath(url);
  } else {
    const modName = 'node:module';
    const { createRequire } = await import(/* @vite-ignore */ /* webpackIgnore: true */ modName);
    file = createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm');
  }
  return path.dirname(file) + path.sep;
}

/**
 * Select and initialise a backend. options.wasmPaths: base URL/dir of the .wasm files (browser);
 * options.wasmThreads: number of threads for the wasm backend where supported.
 * Returns backendInfo(). Throws when the backend cannot be initialised.
 */
export async function setBackend(name = 'cpu', options = {}) {
  if (!BACKENDS.includes(name)) throw new Error(`unknown backend ${JSON.stringify(name)} (expected one of ${BACKENDS.join(', ')})`);
  if (name === 'wasm') {
    if (!wasmModule) {
      const modName = '@tensorflow/tfjs-backend-wasm';
      wasmModule = await import(/* @vite-ignore */ modName);
    }
    const paths = options.wasmPaths ?? (isNode() ? await nodeWasmDir() : null);
    if (paths && wasmPathsSet === null) {
      wasmModule.setWasmPaths(paths);
      wasmPathsSet = paths;
    }
    if (options.wasmThreads && typeof wasmModule.setThreadsCount === 'function') wasmModule.setThreadsCount(options.wasmThreads);
  }
  if (name === 'webgpu') {
    if (typeof navigator === 'undefined' || !navigator.gpu) {
      throw new Error(`TF.js backend "webgpu" failed to initialise: ${isNode() ? 'WebGPU is not available in Node' : 'navigator.gpu is missing (WebGPU needs a secure context and a browser with WebGPU enabled)'}`);
    }
    if (!webgpuModule) {
      const webgpuName = '@tensorflow/tfjs-backend-webgpu';
      try {
        webgpuModule = await import(/* @vite-ignore */ webgpuName);
      } catch (e) {
        throw new Error(`TF.js backend "webgpu" failed to initialise: cannot import ${webgpuName} (${e.message})`);
      }
    }
  }
  if (name === 'webgl') {
    // Pass shapes as uniforms so one compiled shader serves every sequence length: a growing KV cache would
    // otherwise compile new programs at each step (2.7x faster on SwiftShader, identical numbers).
    tf.env().set('WEBGL_USE_SHAPES_UNIFORMS', true);
    tf.env().set('WEBGL_FORCE_F16_TEXTURES', false); // f16 textures are off by ~1e-2: never allow them
  }
  if (tf.getBackend() !== name || !tf.findBackend(name)) {
    let ok;
    try {
      ok = await tf.setBackend(name);
    } catch (e) {
      throw new Error(`TF.js backend "${name}" failed to initialise: ${e.message}`);
    }
    if (!ok) throw new Error(`TF.js backend "${name}" failed to initialise${name === 'webgl' && isNode() ? ' (WebGL is not available in Node)' : ''}`);
  }
  await tf.ready();
  if (tf.getBackend() !== name) throw new Error(`TF.js backend "${name}" was requested but "${tf.getBackend()}" is in use`);
  return backendInfo();
}

/** What is actually running: backend name, tfjs core version and a few relevant flags. */
export function backendInfo() {
  const name = tf.getBackend();
  const info = { backend: name, tfjs_version: tf.version_core };
  try {
    if (name === 'wasm') {
      info.wasm_simd = tf.env().getBool('WASM_HAS_SIMD_SUPPORT');
      info.wasm_threads = tf.env().getBool('WASM_HAS_MULTITHREAD_SUPPORT');
    } else if (name === 'webgl') {
      info.webgl_version = tf.env().getNumber('WEBGL_VERSION');
      info.webgl_f32 = tf.env().getBool('WEBGL_RENDER_FLOAT32_ENABLED');
      info.webgl_force_f16 = tf.env().getBool('WEBGL_FORCE_F16_TEXTURES');
    } else if (name === 'webgpu') {
      info.webgpu_cpu_forward = tf.env().getBool('WEBGPU_CPU_FORWARD');
      const ai = tf.backend().adapterInfo;
      if (ai) info.webgpu_adapter = { vendor: ai.vendor ?? null, architecture: ai.architecture ?? null };
    }
  } catch {
    // flags are informative only
  }
  return info;
}
