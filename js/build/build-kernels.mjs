// `npm run build:kernels`: assembles js/src/kernels/kernels.wat (WebAssembly SIMD128 text) with wabt into
// js/src/kernels/kernels-wasm.js, which holds one binary as a base64 string, importing a plain env.memory, plus the
// offset of the byte that makes it import a shared env.memory instead (for workers sharing one memory): the memory
// limits flag, 0x01 (has a maximum) there, 0x03 (shared, has a maximum) in the shared variant. The build assembles
// both variants and checks that they differ in exactly that byte, so the loader's one-byte patch is the assembler's
// shared module. Also the sha256 of the .wat. The output is deterministic (no names section, fixed text), so
// js/test/kernels.test.js rebuilds it in memory and fails when the committed file is stale.
//
// The element-wise kernels are generated (the way XNNPACK generates its micro-kernel variants from one template):
// kernels.wat holds each activation's per-vector body ($silu4, ...) and the marker line `;; @generated`; the two
// templates below write the loops around a body (whole 4-lane vectors, then a 1..3-value tail through $ld_tail /
// $st_part, so no access runs past an array's end) for every row of ELEMENTWISE, and the result replaces the marker
// before assembling. `node build/build-kernels.mjs --print` shows the expanded source.
//
//   node build/build-kernels.mjs          (writes src/kernels/kernels-wasm.js)

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const require = createRequire(import.meta.url);

export const WAT_PATH = path.join(root, 'src', 'kernels', 'kernels.wat');
export const OUT_PATH = path.join(root, 'src', 'kernels', 'kernels-wasm.js');

// The element-wise kernels: export name -> the f32x4 expression of one vector `v` (a WAT expression, used once).
// unary: NAME(x, y, n)           y[i] = f(x[i])                 (y may equal x)
// gated: NAME_mul(g, u, y, n)    y[i] = f32(f(g[i]) * u[i])     (y may equal g or u; the MLP's act(gate) * up)
export const ELEMENTWISE = Object.freeze({
  relu: (v) => `(f32x4.pmax ${v} (v128.const f32x4 0 0 0 0))`,
  relu2: (v) => `(call $relu2_4 ${v})`,
  silu: (v) => `(call $silu4 ${v})`,
  gelu_tanh: (v) => `(call $gelu_tanh4 ${v})`,
  gelu_erf: (v) => `(call $gelu_erf4 ${v})`,
});
const GENERATED_MARKER = '  ;; @generated: the element-wise loops (build/build-kernels.mjs expands its templates here)';

/** y = f(x) over n values: whole vectors, then the 1..3 last values with narrow loads and lane stores. */
function unaryTemplate(name, f) {
  return `
  ;; ${name}(x, y, n): y[i] = ${name}(x[i]) for i < n (generated)
  (func (export "${name}") (param $x i32) (param $y i32) (param $n i32)
    (local $end i32) (local $r i32)
    (local.set $end (i32.add (local.get $x) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $x) (local.get $end)))
        (v128.store align=4 (local.get $y) ${f('(v128.load align=4 (local.get $x))')})
        (local.set $x (i32.add (local.get $x) (i32.const 16)))
        (local.set $y (i32.add (local.get $y) (i32.const 16)))
        (br $l)))
    (local.set $r (i32.and (local.get $n) (i32.const 3)))
    (if (local.get $r)
      (then (call $st_part (local.get $y) ${f('(call $ld_tail (local.get $x) (local.get $r))')}
              (local.get $r) (i32.const 0) (i32.const 4)))))
`;
}

/** y = f32(f(g) * u) over n values (the same loop shape). */
function gatedTemplate(name, f) {
  return `
  ;; ${name}(g, u, y, n): y[i] = f32(f(g[i]) * u[i]) for i < n (generated)
  (func (export "${name}") (param $g i32) (param $u i32) (param $y i32) (param $n i32)
    (local $end i32) (local $r i32)
    (local.set $end (i32.add (local.get $g) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $g) (local.get $end)))
        (v128.store align=4 (local.get $y)
          (f32x4.mul ${f('(v128.load align=4 (local.get $g))')} (v128.load align=4 (local.get $u))))
        (local.set $g (i32.add (local.get $g) (i32.const 16)))
        (local.set $u (i32.add (local.get $u) (i32.const 16)))
        (local.set $y (i32.add (local.get $y) (i32.const 16)))
        (br $l)))
    (local.set $r (i32.and (local.get $n) (i32.const 3)))
    (if (local.get $r)
      (then (call $st_part (local.get $y)
              (f32x4.mul ${f('(call $ld_tail (local.get $g) (local.get $r))')} (call $ld_tail (local.get $u) (local.get $r)))
              (local.get $r) (i32.const 0) (i32.const 4)))))
`;
}

/** Names of the generated exports, in the order they are written. */
export function generatedNames() {
  return [...Object.keys(ELEMENTWISE), ...Object.keys(ELEMENTWISE).map((n) => `${n}_mul`), 'mul_rows'];
}

/** kernels.wat with the marker replaced by the generated element-wise kernels. */
export function expand(wat) {
  if (!wat.includes(GENERATED_MARKER)) throw new Error(`build-kernels: kernels.wat no longer contains the line ${GENERATED_MARKER.trim()}`);
  const parts = [];
  for (const [name, f] of Object.entries(ELEMENTWISE)) parts.push(unaryTemplate(name, f));
  for (const [name, f] of Object.entries(ELEMENTWISE)) parts.push(gatedTemplate(`${name}_mul`, f));
  parts.push(gatedTemplate('mul_rows', (v) => v)); // mul_rows(a, b, y, n): y = f32(a * b)
  return wat.replace(GENERATED_MARKER, `  ;; ---- generated by build/build-kernels.mjs from its templates ----${parts.join('')}`);
}

// The one line that differs between the two variants.
const MEMORY_LINE = '(import "env" "memory" (memory 1 65536)) ;; MEMORY';
const SHARED_LINE = '(import "env" "memory" (memory 1 65536 shared)) ;; MEMORY';

async function assemble(wabt, text, shared) {
  // `threads` only lets the parser accept the `shared` memory limit; the code uses no atomics.
  const features = { simd: true, bulk_memory: true, threads: shared };
  const mod = wabt.parseWat('kernels.wat', text, features);
  try {
    mod.resolveNames();
    mod.validate(features);
    const { buffer } = mod.toBinary({ log: false, write_debug_names: false, canonicalize_lebs: true, relocatable: false });
    return Buffer.from(buffer);
  } finally {
    mod.destroy();
  }
}

/** The one byte offset where `shared` differs from `plain`: the memory limits flag, 0x01 -> 0x03. */
function sharedFlagOffset(plain, shared) {
  const diff = [];
  if (plain.length === shared.length) for (let i = 0; i < plain.length; i++) if (plain[i] !== shared[i]) diff.push(i);
  if (plain.length !== shared.length || diff.length !== 1 || plain[diff[0]] !== 0x01 || shared[diff[0]] !== 0x03) {
    throw new Error(`build-kernels: the shared-memory binary should differ from the plain one in the memory limits flag ` +
      `alone (0x01 -> 0x03), found lengths ${plain.length}/${shared.length} and ${diff.length} differing bytes`);
  }
  return diff[0];
}

/** The text of kernels-wasm.js for the given .wat source. */
export async function generate(source) {
  const wat = expand(source);
  if (!wat.includes(MEMORY_LINE)) throw new Error(`build-kernels: kernels.wat no longer contains ${MEMORY_LINE}`);
  const wabt = await require('wabt')();
  const plain = await assemble(wabt, wat, false);
  const shared = await assemble(wabt, wat.replace(MEMORY_LINE, SHARED_LINE), true);
  const offset = sharedFlagOffset(plain, shared);
  const sha = crypto.createHash('sha256').update(source, 'utf8').digest('hex');
  const wrap = (b64) => b64.match(/.{1,100}/g).map((s) => `  '${s}'`).join(' +\n');
  return [
    '// Generated by js/build/build-kernels.mjs from kernels.wat (npm run build:kernels). Do not edit.',
    '',
    `export const KERNELS_WAT_SHA256 = '${sha}';`,
    '',
    '// env.memory not shared',
    `export const KERNELS_WASM_BASE64 =\n${wrap(plain.toString('base64'))};`,
    '',
    '// env.memory shared (SharedArrayBuffer): the same bytes with this one set from 0x01 to 0x03 (limits: shared, max)',
    `export const KERNELS_WASM_SHARED_FLAG_OFFSET = ${offset};`,
    '',
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv.includes('--print')) {
  process.stdout.write(expand(fs.readFileSync(WAT_PATH, 'utf8')));
} else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = await generate(fs.readFileSync(WAT_PATH, 'utf8'));
  fs.writeFileSync(OUT_PATH, text);
  console.log(`wrote ${path.relative(process.cwd(), OUT_PATH)} (${text.length} bytes)`);
}
