// What both browser pages of the harness (browser.mjs for the TF.js port, ort-browser.mjs for onnxruntime-web)
// need from the page: the bytes of a served file, the Chromium version for the report, and phases as console lines.

/** Bytes of `loc` fetched from the page's server (Error "cannot fetch LOC: ..." otherwise). */
export async function readBytes(loc) {
  let resp;
  try {
    resp = await fetch(loc);
  } catch (e) {
    throw new Error(`cannot fetch ${loc}: ${e.message}`);
  }
  if (!resp.ok) throw new Error(`cannot fetch ${loc}: HTTP ${resp.status}`);
  return new Uint8Array(await resp.arrayBuffer());
}

export function chromiumVersion() {
  const m = /(?:HeadlessChrome|Chrome|Chromium)\/([\d.]+)/.exec(navigator.userAgent);
  return m ? m[1] : null;
}

/** The page's JS heap where Chromium tells it (performance.memory), in bytes. */
export function pageMemory() {
  const m = globalThis.performance && performance.memory;
  return m ? { js_heap_bytes: m.usedJSHeapSize, js_heap_limit: m.jsHeapSizeLimit } : {};
}

/** io.phase and io.memory of a harness page: one console line per phase, read by the Python runner (progress,
 * and the phase a crashed tab was in). */
export function pagePhases() {
  return {
    phase: (name, info) => console.log(`emlx-phase ${JSON.stringify({ phase: name, ...info, ...pageMemory() })}`),
    memory: pageMemory,
  };
}
