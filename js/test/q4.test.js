// q4 tensors (docs/FORMATS.md "q4 tensors"): the nibble order, both formulas against hand-computed values, the
// safetensors entries that make one, the weights_sha256 layout line, and corrupt lengths named in one line.
// (Whole q4 bundles written by Python are decoded bit for bit against Python in tests/test_q4.py.)
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  dequantizeQ4, decodeStoredTensor, bundleTensorsOfSafetensors, checkStoredLengths, q4Layout, q4HashLine,
} from '../src/tensors.js';
import { weightHashHeader } from '../src/hash.js';

const f16 = (x) => { // float16 bits of a value exactly representable in float16 (normal range)
  const v = new DataView(new ArrayBuffer(4));
  v.setFloat32(0, x, true);
  const u = v.getUint32(0, true);
  const e = ((u >> 23) & 255) - 127 + 15;
  return ((u >>> 16) & 0x8000) | (e << 10) | ((u >> 13) & 1023);
};
const bytesOf = (typed) => new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);

test('symmetric groups: w = s * (q - 8), the even column in the low nibble', () => {
  const data = new Uint8Array(16).fill(0x80);
  data[0] = 0x2f; // values 15 (low) then 2 (high)
  data[15] = 0x0f; // value 15 then 0
  const w = dequantizeQ4(data, Float32Array.of(0.5), null, [1, 32], 32);
  assert.deepEqual(Array.from(w.slice(0, 4)), [3.5, -3, -4, 0]); // 0x80: 0 then 8
  assert.deepEqual(Array.from(w.slice(30)), [3.5, -4]);
});

test('affine groups: w = fround(fround(s * q) + o), mlx-lm order of rounding', () => {
  const s = Math.fround(1 + 2 ** -23);
  const o = Math.fround(2 ** -22);
  const data = new Uint8Array(16).fill(0x33); // every value 3
  const w = dequantizeQ4(data, Float32Array.of(s), Float32Array.of(o), [1, 32], 32);
  assert.equal(w[0], Math.fround(Math.fround(s * 3) + o));
  assert.notEqual(w[0], Math.fround(s * 3 + o)); // one rounding of the exact value differs: the order matters
});

test('a stored q4 tensor decodes with float16 scales, per group and row', () => {
  // 2 rows x 64 columns, groups of 32: 4 scales (float16) 0.25, 0.5, 1, 2
  const data = new Uint8Array(64).fill(0x9a); // values 10 (low), 9 (high) everywhere
  const scales = Uint16Array.of(f16(0.25), f16(0.5), f16(1), f16(2));
  const q4 = q4Layout('w', 32, 'float16', false);
  const t = decodeStoredTensor('w', 'q4', [2, 64], data, bytesOf(scales), { q4 });
  assert.deepEqual([t.data[0], t.data[1], t.data[32], t.data[64], t.data[127]], [0.5, 0.25, 1, 2, 2]);
  assert.equal(t.data.length, 128);
  assert.equal(t.scaleBytes.byteLength, 8);
  // a non-finite scale is refused (corrupt file)
  const bad = Uint16Array.of(0x7c00, f16(0.5), f16(1), f16(2)); // +Infinity
  assert.throws(() => decodeStoredTensor('w', 'q4', [2, 64], data, bytesOf(bad), { q4 }), /w scale.*non-finite/);
});

test('lengths that do not fit the layout are one-line errors naming the tensor', () => {
  const q4 = q4Layout('w', 32, 'float16', false);
  assert.throws(() => checkStoredLengths('w', 'q4', [2, 64], 63, 8, q4), /tensor "w": q4 data has 63 bytes, expected 64/);
  assert.throws(() => checkStoredLengths('w', 'q4', [2, 64], 64, 16, q4), /q4 scale has 16 bytes, expected 8 \(one float16 per group of 32\)/);
  assert.throws(() => checkStoredLengths('w', 'q4', [2, 48], 48, 6, q4), /columns a multiple of the group size 32/);
  assert.throws(() => checkStoredLengths('w', 'q4', [2, 64], 64, 8, q4, 8), /q4 offset has 8 bytes, expected none/);
  const aff = q4Layout('w', 32, 'float32', true);
  assert.throws(() => checkStoredLengths('w', 'q4', [2, 64], 64, 16, aff), /q4 offset has no bytes, expected 16/);
  assert.throws(() => q4Layout('w', 48, 'float16', false), /q4 group_size 48 is not one of 32, 64, 128/);
  assert.throws(() => q4Layout('w', 32, 'bfloat16', false), /q4 scale_dtype "bfloat16"/);
});

test('safetensors: U8 nibbles + NAME.scale (+ NAME.offset) make a q4 tensor of the logical shape', () => {
  const e = (dtype, shape, begin, end) => ({ dtype, shape, begin, end });
  const plan = bundleTensorsOfSafetensors({
    w: e('U8', [2, 32], 0, 64),
    'w.scale': e('F32', [2, 2], 64, 80),
    'w.offset': e('F32', [2, 2], 80, 96),
    v: e('F32', [3], 96, 108),
  });
  assert.deepEqual(Object.keys(plan), ['v', 'w']);
  assert.deepEqual(plan.w.shape, [2, 64]);
  assert.deepEqual({ ...plan.w.q4 }, { groupSize: 32, scaleDtype: 'float32', affine: true });
  assert.throws(() => bundleTensorsOfSafetensors({ w: e('U8', [2, 32], 0, 64) }), /q4 tensor "w" \(uint8 nibbles\) has no "w.scale"/);
  assert.throws(() => bundleTensorsOfSafetensors({ w: e('U8', [2, 32], 0, 64), 'w.scale': e('F16', [2, 2], 64, 72),
    'w.offset': e('F32', [2, 2], 72, 88) }), /"w.offset" must be F16 like its scale/);
});

test('weights_sha256 hashes a q4 tensor with its layout line', () => {
  const q4 = q4Layout('w', 64, 'float32', false);
  assert.equal(q4HashLine(q4), '64,float32,symmetric');
  assert.equal(new TextDecoder().decode(weightHashHeader('w', 'q4', [2, 64], q4)), 'w\nq4\n2,64\n64,float32,symmetric\n');
  assert.equal(new TextDecoder().decode(weightHashHeader('w', 'int8', [2, 64])), 'w\nint8\n2,64\n');
});
