// What both browser pages of the harness (browser.mjs for the TF.js port, ort-browser.mjs for onnxruntime-web)
// need from the page: the bytes of a served file, and the Chromium version for the report.

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
