// emlx: the TF.js port of small GPT checkpoints exported by `emlx export` (the code a website ships).
//
//   import { createModel, Tokenizer, loadBundle, setBackend } from 'emlx';
//   const bundle = await loadBundle('model.json');            // URL, path (Node), object, string or bytes
//   await setBackend('wasm', { wasmPaths: '/tfjs-wasm/' });     // 'cpu' | 'wasm' | 'webgl'
//   const model = await createModel(bundle);
//   const tok = await Tokenizer.fromBundle(bundle);
//   const { ids } = await model.generate(tok.encode('Hello', { bos: true }), 20);
//   console.log(tok.decode(ids));

export { parseSpec, expectedShapes, checkTensors, kvGroup, SPEC_VERSION } from './spec.js';
export {
  loadBundle, bundleFromObject, bundleFromSafetensors, bundleFromBytes, parseSafetensors, readBytes, readJson,
  resolveLocation, decodeBase64, encodeBase64, decodeB64Array, encodeB64Array, bytesToFloat32, float32ToBytes,
  dequantizeInt8, computeWeightsSha256, verifyWeightsSha256, checkFinite, sha256, isNode, BUNDLE_FORMAT, BUNDLE_VERSION,
} from './loader.js';
export {
  GPT, createModel, tapNames, ropeTables, ropeMultipliers, attentionMask, roundBfloat16, roundFloat16, argmax,
} from './model.js';
export { Tokenizer, parseMergeableRanks, toJsTiktokenRanks } from './tokenizer.js';
export { setBackend, backendInfo, BACKENDS, tf } from './backend.js';
