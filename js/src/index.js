// emlx-gpt: the TF.js port of small GPT checkpoints exported by `emlx export` (the code a website ships).
//
//   import { loadBundle, createModel, Tokenizer, setBackend } from 'emlx-gpt';
//   await setBackend('wasm', { wasmPaths: '/tfjs-wasm/' });     // 'cpu' | 'wasm' | 'webgl'
//   const bundle = await loadBundle('model.json');            // URL, path (Node), object, string or bytes
//   // or, tensor by tensor (large bundles: byte ranges of the file / HTTP Range requests, nothing kept):
//   //   const src = await openBundle('model.safetensors'); for (const n of src.names) use(await src.read(n));
//   const model = await createModel(bundle);
//   const tok = await Tokenizer.fromBundle(bundle);
//   const stream = tok.decodeStream();
//   await model.generate(tok.encode('Hello', { template: true }), 20, { onToken: (id) => { out += stream.write(id); } });
//
// This is the public API, and all of it (types: index.d.ts). Internals (base64 helpers, RoPE tables, masks, the
// safetensors parser, ...) are imported by path from the module that defines them: tests and the parity harness
// do that; a site should not.

export { parseSpec, SPEC_VERSION } from './spec.js';
export { loadBundle, computeWeightsSha256, BUNDLE_FORMAT, BUNDLE_VERSION } from './loader.js';
export { openBundle } from './source.js';
export { GPT, createModel, tapNames } from './model.js';
export { Tokenizer } from './tokenizer.js';
export { setBackend, backendInfo, BACKENDS, tf } from './backend.js';
