// Browser entry of the parity harness (loaded by browser.html; see its import map).
//
//   const result = await window.emlxRun(job);   // job/result: docs/FORMATS.md "Harness job and result"
//   const report = await window.emlxRun({bundle, backend, bench: {lengths, tokens, repeat, int8}});  // emlx bench
//
// The job's bundle and sidecars are URLs here (the Python runner rewrites paths). The harness itself
// (./run.js, runJob(job, io)) is runtime-neutral; this file only adds what a browser needs and what only a
// browser can report:
//   - io.readBytes = fetch (same origin);
//   - the wasm backend's .wasm files are served next to tf-backend-wasm.fesm.js: setWasmPaths to that folder
//     (resolved from this module's URL unless job.wasm_paths is given);
//   - WebGL: WEBGL_FORCE_F16_TEXTURES is pinned to false (forced f16 is ~1e-2 off, docs/DESIGN.md §6) and the
//     precision flags TF.js settled on are reported, with the unmasked GL renderer;
//   - WebGPU: the adapter (vendor, architecture, description: SwiftShader in headless CI) and the TF.js flags;
//   - navigator.userAgent and crossOriginIsolated (threads need it).

import { runJob } from './run.js';
import { runBench } from './bench.mjs';
import { tf } from '../src/backend.js';
import { readBytes, chromiumVersion, pagePhases } from './page-io.js';

const WASM_DIR = new URL('../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url).href;

const WEBGL_FLAGS = [
  'WEBGL_VERSION', 'WEBGL_RENDER_FLOAT32_CAPABLE', 'WEBGL_RENDER_FLOAT32_ENABLED', 'WEBGL_FORCE_F16_TEXTURES',
  'WEBGL_DOWNLOAD_FLOAT_ENABLED', 'WEBGL_PACK', 'WEBGL_MAX_TEXTURE_SIZE',
];

const WEBGPU_FLAGS = ['WEBGPU_CPU_FORWARD', 'WEBGPU_MATMUL_PROGRAM_TYPE', 'WEBGPU_USE_LOW_POWER_GPU'];

/** What the WebGPU adapter says it is (GPUAdapterInfo: vendor, architecture, device, description). */
export async function webgpuAdapter() {
  if (!navigator.gpu) return { available: false };
  try {
    const adapter = await navigator.gpu.requestAdapter();
    if (!adapter) return { available: false };
    let info = adapter.info ?? null;
    if (!info && typeof adapter.requestAdapterInfo === 'function') info = await adapter.requestAdapterInfo();
    const out = { available: true };
    for (const k of ['vendor', 'architecture', 'device', 'description']) out[k] = info && info[k] ? String(info[k]) : null;
    out.is_fallback_adapter = adapter.isFallbackAdapter ?? null;
    return out;
  } catch (e) {
    return { available: false, error: String(e && e.message ? e.message : e) };
  }
}

/** The GL renderer string: WEBGL_debug_renderer_info when offered, else RENDERER (unmasked in new Chromium). */
export function glRenderer() {
  const canvas = document.createElement('canvas');
  for (const kind of ['webgl2', 'webgl']) {
    let gl = null;
    try {
      gl = canvas.getContext(kind);
    } catch {
      gl = null;
    }
    if (!gl) continue;
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const out = {
      context: kind,
      renderer: ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER),
      vendor: ext ? gl.getParameter(ext.UNMASKED_VENDOR_WEBGL) : gl.getParameter(gl.VENDOR),
      version: gl.getParameter(gl.VERSION),
    };
    const lose = gl.getExtension('WEBGL_lose_context');
    if (lose) lose.loseContext();
    return out;
  }
  return { context: null, renderer: null, vendor: null, version: null };
}

function flags(names) {
  const out = {};
  for (const n of names) {
    try {
      out[n] = tf.env().get(n);
    } catch (e) {
      out[n] = `unavailable: ${e.message}`;
    }
  }
  return out;
}

async function emlxRun(job) {
  if (job === null || typeof job !== 'object') throw new Error('emlxRun(job): job must be an object');
  if (job.backend === 'webgl') tf.env().set('WEBGL_FORCE_F16_TEXTURES', false);
  const io = {
    readBytes,
    wasmPaths: job.wasm_paths ?? WASM_DIR,
    runtime: { name: 'chromium', version: chromiumVersion() },
    ...pagePhases(),
  };
  // {bench: {lengths, tokens, repeat, int8}}: the speed/memory benchmark (js/harness/bench.mjs) instead of parity
  const result = job.bench
    ? { ...(await runBench({ ...job.bench, bundle: job.bundle, backend: job.backend, wasmPaths: io.wasmPaths }, io)), errors: [] }
    : await runJob(job, io);
  result.user_agent = navigator.userAgent;
  result.cross_origin_isolated = globalThis.crossOriginIsolated === true;
  const active = tf.getBackend();
  if (active === 'webgl') {
    const gl = glRenderer();
    result.renderer = gl.renderer;
    result.webgl = { ...gl, flags: flags(WEBGL_FLAGS) };
  } else if (active === 'webgpu') {
    result.webgpu = { ...(await webgpuAdapter()), flags: flags(WEBGPU_FLAGS) };
    result.renderer = result.webgpu.description || [result.webgpu.vendor, result.webgpu.architecture].filter(Boolean).join(' ') || null;
  } else if (active === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    result.wasm = {
      ...flags(['WASM_HAS_SIMD_SUPPORT', 'WASM_HAS_MULTITHREAD_SUPPORT']),
      threads: typeof wasm.getThreadsCount === 'function' ? wasm.getThreadsCount() : null,
      wasm_paths: io.wasmPaths,
    };
  }
  return result;
}

window.emlxRun = emlxRun;
