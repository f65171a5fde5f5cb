#!/usr/bin/env node
// Test support (run by tests/test_heap_plan.py): what the wasm engine actually allocates on its heap.
//
//   node testlib/heap-probe.mjs '{"bundle": PATH | null, "golden": PATH | null, "int8": "auto" | "float32",
//                                 "tokens": T, "steps": [n, ...]}'
//
// Loads the bundle (or a golden file's bundle) into the wasm engine, runs a stateless forward over T tokens with
// every tap, then a cached run fed `steps` tokens at a time, and prints the engine's live heap bytes per kind
// (weights, rope, scratch, cache) as JSON: emlx/runners/memory.py must predict exactly these numbers.
import fs from 'node:fs';
import { GPT } from '../src/model.js';
import { loadBundle } from '../src/loader.js';

const job = JSON.parse(process.argv[2]);
const source = job.golden ? JSON.parse(fs.readFileSync(job.golden, 'utf8')).bundle : job.bundle;
const model = new GPT(await loadBundle(source), { executor: 'wasm', int8: job.int8 ?? 'auto' });
const V = model.spec.vocab_size;
const ids = Array.from({ length: Math.max(job.tokens, job.steps.reduce((a, b) => a + b, 0)) }, (_, i) => (i * 7 + 3) % V);
await model.forward(ids.slice(0, job.tokens), { taps: true });
const cache = model.createCache();
let at = 0;
for (const n of job.steps) {
  await model.step(cache, ids.slice(at, at + n));
  at += n;
}
const s = model.engine.heapStats();
process.stdout.write(`${JSON.stringify({ byTag: s.byTag, live: s.live, memoryBytes: s.memoryBytes, int8: model.int8Mode })}\n`);
