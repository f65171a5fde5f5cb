// Entry of the prebuilt browser module (dist/emlx.js): the public API of src/index.js, with one browser
// convenience. TF.js, its wasm backend and the tokenizer are inlined by build.mjs; the .wasm binaries are copied
// next to the bundle, and setBackend('wasm') finds them there unless the page passes its own {wasmPaths}.

import { setBackend as setBackendFrom } from '../src/backend.js';

export * from '../src/index.js';

/** The folder this module was loaded from (where build.mjs puts the tfjs-backend-wasm*.wasm files). */
export const DIST_URL = new URL('./', import.meta.url).href;

export function setBackend(name = 'cpu', options = {}) {
  if (name === 'wasm' && options.wasmPaths == null) options = { ...options, wasmPaths: DIST_URL };
  return setBackendFrom(name, options);
}
