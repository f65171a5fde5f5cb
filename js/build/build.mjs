// `npm run build`: the prebuilt browser ES module dist/emlx.js (public API of src/index.js with TF.js core + cpu
// + webgl + wasm backends and js-tiktoken inlined), the tfjs-backend-wasm*.wasm binaries next to it, and the
// type declarations. Deterministic: the same sources give the same bytes (js/test/package.test.js rebuilds into a
// temporary folder and compares).
//
//   node build/build.mjs [OUT_DIR]        (default: js/dist)

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const require = createRequire(import.meta.url);

// src/backend.js loads the wasm and WebGPU backends with import(<variable>) so that Node and bundlers only load them
// on demand; a bundler cannot follow a variable, so the build gives each its literal specifier. The wasm backend is
// small and inlined; the WebGPU backend becomes its own chunk (code splitting: it shares TF.js core with emlx.js,
// and a page that never asks for 'webgpu' never downloads it). The build fails if a line changes (rather than
// silently shipping a bundle whose backend cannot load).
const LITERALS = [
  ['await import(/* @vite-ignore */ modName)', "await import('@tensorflow/tfjs-backend-wasm')"],
  ['await import(/* @vite-ignore */ webgpuName)', "await import('@tensorflow/tfjs-backend-webgpu')"],
];
const backendLiterals = {
  name: 'emlx-backend-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]backend\.js$/ }, async (args) => {
      let text = await fs.promises.readFile(args.path, 'utf8');
      for (const [from, to] of LITERALS) {
        if (!text.includes(from)) throw new Error(`build: ${args.path} no longer contains ${from}; update build/build.mjs`);
        text = text.replace(from, to);
      }
      return { contents: text, loader: 'js' };
    });
  },
};

export const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'];

export async function build(outDir = path.join(root, 'dist')) {
  fs.mkdirSync(outDir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: [path.join(here, 'browser-entry.js')],
    outdir: outDir,
    entryNames: 'emlx',
    chunkNames: 'emlx-[name]-[hash]',
    splitting: true,
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'eof',
    charset: 'utf8',
    alias: { '@tensorflow/tfjs': path.join(here, 'tfjs-slim.js') },
    // Node-only branches (filesystem paths, the optional WASM tokenizer engine) use import(<variable>): left
    // alone, never reached in a browser.
    logOverride: { 'unsupported-dynamic-import': 'silent' },
    plugins: [backendLiterals],
    logLevel: 'warning',
  });
  if (result.errors.length) throw new Error(`build: esbuild reported ${result.errors.length} errors`);
  const wasmDir = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json'));
  for (const f of WASM_FILES) fs.copyFileSync(path.join(wasmDir, 'dist', f), path.join(outDir, f));
  const dts = fs.readFileSync(path.join(root, 'src', 'index.d.ts'), 'utf8');
  fs.writeFileSync(path.join(outDir, 'emlx.d.ts'), dts.replace(
    '// @public-api\n',
    '// @public-api\n/** dist build only: the URL of the folder holding emlx.js and the .wasm files (setBackend(\'wasm\') looks there by default). */\nexport const DIST_URL: string;\n',
  ));
  return outDir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await build(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  for (const f of fs.readdirSync(out).sort()) {
    console.log(`${path.join(path.relative(process.cwd(), out) || '.', f)}  ${(fs.statSync(path.join(out, f)).size / 1024).toFixed(0)} KiB`);
  }
}
