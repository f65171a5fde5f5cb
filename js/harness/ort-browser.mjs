// Browser entry of the ONNX parity harness (loaded by ort-browser.html; see its import map).
//
//   const result = await window.emlxRunOrt(job);   // job/result: harness/ort-run.js, docs/FORMATS.md
//   (a job with a "bench" object runs runOrtBench instead: throughput, see ort-run.js)
//
// window.emlxRun is the same function, so emlx/runners/chromium.py drives this page exactly like the TF.js
// one. The job's model, taps model and sidecars are URLs here (the Python runner rewrites paths). Only what a
// browser needs is added to harness/ort-run.js:
//   - the onnxruntime-web build per backend: wasm jobs import 'onnxruntime-web/wasm' (dist/ort.wasm.min.mjs, the
//     wasm execution provider alone), webgpu jobs 'onnxruntime-web' (dist/ort.min.mjs, whose wasm binary also carries
//     the WebGPU kernels and suspends for them). The latter's wasm kernels cost more per op: in headless Chromium an emlx
//     graph's stateless steps ran at 0.7-0.86x a plain export's with it and at 1.0x with the wasm-only build, which
//     is the build a site running the wasm backend should import too (README "The ONNX graph against a plain export");
//   - io.readBytes = fetch (same origin);
//   - ort.env.wasm: wasmPaths = onnxruntime-web's dist/ folder (unless job.wasm_paths), numThreads = job.threads
//     (default 1; more needs crossOriginIsolated, which the runner's COOP/COEP headers give), no proxy worker;
//   - webgpu: a job the page cannot run (no navigator.gpu, no adapter) is refused like an unavailable backend,
//     and the adapter's vendor/architecture/description are reported;
//   - navigator.userAgent and crossOriginIsolated.

import { runOrtJob, runOrtBench, HarnessInputError } from './ort-run.js';
import { readBytes, chromiumVersion, pagePhases } from './page-io.js';

const ORT_DIST = new URL('../node_modules/onnxruntime-web/dist/', import.meta.url).href;

/** The WebGPU adapter's description, or a HarnessInputError when the page has none. */
async function webgpuAdapter() {
  if (!globalThis.navigator || !navigator.gpu) {
    throw new HarnessInputError('backend webgpu: this page has no navigator.gpu (Chromium needs --enable-unsafe-webgpu on this platform, and a secure context such as 127.0.0.1)');
  }
  const adapter = await navigator.gpu.requestAdapter();
  if (!adapter) throw new HarnessInputError('backend webgpu: navigator.gpu.requestAdapter() returned no adapter');
  const info = adapter.info ?? {};
  return { vendor: info.vendor ?? null, architecture: info.architecture ?? null, device: info.device ?? null,
    description: info.description ?? null, is_fallback_adapter: adapter.isFallbackAdapter ?? null };
}

/** The onnxruntime-web module for a backend (one per page: each job runs in a fresh page). */
async function ortFor(backend) {
  return backend === 'webgpu' ? import('onnxruntime-web') : import('onnxruntime-web/wasm');
}

async function emlxRunOrt(job) {
  if (job === null || typeof job !== 'object') throw new Error('emlxRunOrt(job): job must be an object');
  const ort = await ortFor(job.backend ?? 'wasm');
  ort.env.wasm.wasmPaths = job.wasm_paths ?? ORT_DIST;
  ort.env.wasm.numThreads = job.threads ?? 1;
  ort.env.wasm.proxy = false;
  ort.env.logLevel = 'error';
  const adapter = job.backend === 'webgpu' ? await webgpuAdapter() : null;
  const io = { ort, readBytes, runtime: { name: 'chromium', version: chromiumVersion() }, ...pagePhases() };
  const result = await (job.bench ? runOrtBench(job, io) : runOrtJob(job, io));
  result.user_agent = navigator.userAgent;
  result.cross_origin_isolated = globalThis.crossOriginIsolated === true;
  result.wasm = { num_threads: ort.env.wasm.numThreads, simd: ort.env.wasm.simd ?? null, wasm_paths: ort.env.wasm.wasmPaths,
    build: job.backend === 'webgpu' ? 'onnxruntime-web' : 'onnxruntime-web/wasm' };
  if (adapter) {
    result.webgpu = adapter;
    result.renderer = adapter.description || [adapter.vendor, adapter.architecture].filter(Boolean).join(' ') || null;
  }
  return result;
}

window.emlxRunOrt = emlxRunOrt;
window.emlxRun = emlxRunOrt;
