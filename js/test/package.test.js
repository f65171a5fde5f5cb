// The package a site installs: the public API (index.js), its types (index.d.ts), package.json, and the prebuilt
// browser module in dist/ being exactly what `npm run build` produces from the current sources.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import * as api from '../src/index.js';
import { build, WASM_FILES } from '../build/build.mjs';

const JS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const PUBLIC = [
  'BACKENDS', 'BUNDLE_FORMAT', 'BUNDLE_VERSION', 'GPT', 'SPEC_VERSION', 'Tokenizer', 'backendInfo',
  'computeWeightsSha256', 'createModel', 'loadBundle', 'openBundle', 'parseSpec', 'setBackend', 'tapNames', 'tf',
];

test('index.js exports the public API and nothing else', () => {
  assert.deepEqual(Object.keys(api).sort(), [...PUBLIC].sort());
  assert.ok(PUBLIC.length <= 15);
});

test('index.d.ts declares every public name, and only those', () => {
  const dts = fs.readFileSync(path.join(JS, 'src', 'index.d.ts'), 'utf8');
  const declared = [...dts.matchAll(/^export (?:declare )?(?:function|class|const) (\w+)/gm)].map((m) => m[1]);
  assert.deepEqual([...new Set(declared)].sort(), [...PUBLIC].sort());
  // the generation options a site passes are typed
  for (const opt of ['temperature?: number', 'topK?: number', 'seed?: number', 'onToken?:', 'stopIds?: number[]']) {
    assert.ok(dts.includes(opt), opt);
  }
  assert.match(dts, /decodeStream\(\): DecodeStream;/);
});

test('package.json is publishable and exports only the public entry points', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(JS, 'package.json'), 'utf8'));
  assert.equal(pkg.private, undefined);
  assert.equal(pkg.name, 'emlx-gpt');
  assert.deepEqual(Object.keys(pkg.exports).sort(), ['.', './dist', './dist/*', './package.json']);
  assert.equal(pkg.exports['.'].default, './src/index.js');
  assert.equal(pkg.exports['./dist'].default, './dist/emlx.js');
  for (const entry of [pkg.exports['.'], pkg.exports['./dist']]) {
    assert.ok(fs.existsSync(path.join(JS, entry.types)), entry.types);
    assert.ok(fs.existsSync(path.join(JS, entry.default)), entry.default);
  }
  assert.equal(pkg.types, './src/index.d.ts');
  assert.deepEqual(pkg.files, ['src/', 'dist/', 'README.md']);
  assert.equal(pkg.scripts.build, 'node build/build.mjs');
  const lock = JSON.parse(fs.readFileSync(path.join(JS, 'package-lock.json'), 'utf8'));
  assert.equal(lock.name, pkg.name);
  assert.equal(lock.packages[''].name, pkg.name);
});

test('dist/ is up to date: a fresh build gives the same bytes', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'emlx-dist-'));
  try {
    await build(tmp);
    const fresh = fs.readdirSync(tmp).sort();
    const chunks = fresh.filter((f) => /^emlx-[a-z]+-[A-Z0-9]{8}\.js$/.test(f));
    assert.deepEqual(fresh, ['emlx.d.ts', 'emlx.js', ...WASM_FILES, ...chunks].sort());
    assert.deepEqual(fs.readdirSync(path.join(JS, 'dist')).sort(), fresh, 'js/dist holds other files: run `npm run build`');
    for (const f of fresh) {
      const a = fs.readFileSync(path.join(tmp, f));
      const b = fs.readFileSync(path.join(JS, 'dist', f));
      assert.ok(a.equals(b), `js/dist/${f} is stale: run \`npm run build\` in js/ and commit dist/`);
    }
    const text = (f) => fs.readFileSync(path.join(tmp, f), 'utf8');
    const dynamicOf = (f) => [...text(f).matchAll(/\bimport\s*\(\s*["'`]([^"'`]*)/g)].map((m) => m[1]);
    const staticOf = (f) => [...text(f).matchAll(/(?:^|[;}])\s*import\s*(?:\{[^}]*\}|[\w*][^;()]{0,200}?)\s*from\s*["']([^"']+)/g)].map((m) => m[1]);
    // Self-contained: every import is of a file of dist/ (relative) or, in Node-only branches, of a node: module.
    for (const f of ['emlx.js', ...chunks]) {
      for (const spec of [...dynamicOf(f), ...staticOf(f)]) {
        if (spec.startsWith('node:')) continue;
        assert.match(spec, /^\.\/emlx-[a-z]+-[A-Z0-9]{8}\.js$/, `${f} imports ${spec}`);
        assert.ok(chunks.includes(spec.slice(2)), `${f} imports ${spec}, which the build did not write`);
      }
    }
    // The wasm and WebGPU backends are chunks emlx.js imports on demand only (a page that never asks for them
    // never downloads them); TF.js core is shared, so the backends register with the same engine.
    const lazy = dynamicOf('emlx.js').map((s) => s.slice(2));
    const holding = (needle) => chunks.filter((f) => text(f).includes(needle));
    assert.deepEqual(holding('tfjs-backend-wasm-simd.wasm').filter((f) => lazy.includes(f)).length, 1, 'the wasm backend');
    assert.deepEqual(holding('createShaderModule').filter((f) => lazy.includes(f)).length, 1, 'the WebGPU backend');
    assert.ok(!staticOf('emlx.js').some((s) => holding('createShaderModule').includes(s.slice(2))));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('resolved as a dependency: the public entry points import, internals are not exported', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'emlx-consumer-'));
  try {
    fs.mkdirSync(path.join(tmp, 'node_modules'));
    fs.symlinkSync(JS, path.join(tmp, 'node_modules', 'emlx-gpt'), 'dir');
    const code = `
      const api = await import('emlx-gpt');
      const out = { names: Object.keys(api).length, dist: import.meta.resolve('emlx-gpt/dist') };
      for (const spec of ['emlx-gpt/src/loader.js', 'emlx-gpt/harness/run.js']) {
        try { await import(spec); out[spec] = 'importable'; } catch (e) { out[spec] = e.code; }
      }
      console.log(JSON.stringify(out));`;
    const res = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: tmp, encoding: 'utf8' });
    assert.equal(res.status, 0, res.stderr);
    const out = JSON.parse(res.stdout.trim().split('\n').pop());
    assert.equal(out.names, PUBLIC.length);
    assert.ok(out.dist.endsWith('/dist/emlx.js'), out.dist);
    assert.equal(out['emlx-gpt/src/loader.js'], 'ERR_PACKAGE_PATH_NOT_EXPORTED');
    assert.equal(out['emlx-gpt/harness/run.js'], 'ERR_PACKAGE_PATH_NOT_EXPORTED');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
