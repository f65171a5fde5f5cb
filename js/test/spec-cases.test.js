// The shared ModelSpec cases (tests/spec_cases.json, also run by tests/test_spec_schema.py): the same specs are
// valid or invalid in JS as in Python, with the same error substrings, tensor shapes and tap names.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSpec, expectedShapes, tapNames } from '../src/spec.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CASES = JSON.parse(fs.readFileSync(path.join(REPO, 'tests', 'spec_cases.json'), 'utf8'));

function decode(v) {
  if (Array.isArray(v)) return v.map(decode);
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === '$number') return Number(v.$number);
    return Object.fromEntries(keys.map((k) => [k, decode(v[k])]));
  }
  return v;
}

function input(c) {
  if ('input' in c) return decode(c.input);
  let data = structuredClone(CASES.base);
  if (c.input_keys) data = Object.fromEntries(c.input_keys.map((k) => [k, data[k]]));
  for (const dotted of c.delete ?? []) {
    const parts = dotted.split('.');
    let cur = data;
    for (const p of parts.slice(0, -1)) cur = cur[p];
    delete cur[parts.at(-1)];
  }
  for (const [dotted, value] of Object.entries(c.set ?? {})) {
    const parts = dotted.split('.');
    let cur = data;
    for (const p of parts.slice(0, -1)) {
      if (cur[p] === null || cur[p] === undefined) cur[p] = {};
      cur = cur[p];
    }
    cur[parts.at(-1)] = decode(value);
  }
  return data;
}

function lookup(obj, dotted) {
  let cur = obj;
  for (const p of dotted.split('.')) cur = cur !== null && typeof cur === 'object' ? cur[p] : undefined;
  return cur;
}

test('the case file has both kinds of cases', () => {
  assert.ok(CASES.valid.length >= 3 && CASES.invalid.length >= 30);
});

for (const c of CASES.valid) {
  test(`valid: ${c.name}`, () => {
    const spec = parseSpec(input(c));
    for (const [dotted, want] of Object.entries(c.expect.normalized ?? {})) assert.deepEqual(lookup(spec, dotted), want, dotted);
    if (c.expect.shapes) assert.deepEqual(expectedShapes(spec), c.expect.shapes);
    if (c.expect.taps) assert.deepEqual(tapNames(spec), c.expect.taps);
  });
}

for (const c of CASES.invalid) {
  test(`invalid: ${c.name}`, () => {
    let msg = null;
    try {
      parseSpec(input(c));
    } catch (e) {
      msg = e.message;
    }
    assert.ok(msg !== null, 'accepted');
    assert.ok(msg.startsWith('invalid model spec: ') && !msg.includes('\n'), msg);
    for (const needle of c.error) assert.ok(msg.includes(needle), `${JSON.stringify(needle)} not in ${JSON.stringify(msg)}`);
  });
}
