// model.selfTest() (src/selftest.js) under Node on cpu and wasm. Truth: a certificate whose probe is written here
// from a golden file (the Python float64 reference's logits, testlib/goldens.js; never from the library), so a model
// that computes right passes and one with a single weight moved fails; plus the certificate's structure and
// identity checks.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBundle } from '../src/loader.js';
import { createModel } from '../src/model.js';
import { setBackend } from '../src/backend.js';
import { certificateLocation, compareProbe } from '../src/selftest.js';
import { applyPerturbation } from '../harness/run.js';
import { loadGolden } from '../testlib/goldens.js';

/** A certificate as `emlx parity` writes it (docs/FORMATS.md "Parity certificate"), its probe from a golden's logits. */
function certificateFor(g, { atol = 1e-4, rows = [0, 3, 6, 9], k = 8, slice = [0, 32] } = {}) {
  const obj = g.bundle;
  const IDS = g.ids;
  const V = g.spec.vocab_size;
  const logits = Array.from({ length: IDS.length }, (_, r) => Array.from(g.logits.subarray(r * V, (r + 1) * V)));
  return {
    format: 'emlx.parity-certificate', version: 1, generated_by: 'emlx tests', atol,
    bundle_identity: { weights_sha256: obj.weights_sha256, config_sha256: 'x', tokenizer_sha256: null },
    passed: [{ runtime: 'node', backend: 'cpu', max_abs_logit: 1e-6 }],
    probe: {
      ids: IDS, top_k: k, slice,
      rows: rows.map((r) => {
        const row = logits[r];
        const order = row.map((v, j) => [j, v]).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
        return { row: r, top: order.slice(0, k), slice: row.slice(slice[0], slice[1]), argmax: order[0][0], margin: order[0][1] - order[1][1] };
      }),
    },
  };
}

for (const backend of ['cpu', 'wasm']) {
  test(`selfTest on ${backend}: passes for the model, fails with one weight moved`, async () => {
    await setBackend(backend);
    for (const int8 of [false, true]) {
      const g = loadGolden(`legacy_gqa_interleaved${int8 ? '.int8' : ''}`);
      const obj = g.bundle;
      const cert = certificateFor(g);
      const model = await createModel(await loadBundle(obj));
      const ok = await model.selfTest(cert);
      assert.equal(ok.passed, true, JSON.stringify(ok));
      assert.equal(ok.backend, backend);
      assert.ok(ok.maxAbsDiff > 0 && ok.maxAbsDiff < 1e-4, `maxAbsDiff ${ok.maxAbsDiff}`);
      assert.equal(ok.certified, backend === 'cpu');
      assert.ok(ok.ms >= 0 && ok.rows.length === 4 && ok.reason === null);
      model.dispose();

      const bundle = await loadBundle(obj);
      applyPerturbation(bundle, { tensor: 'blocks.1.mlp.c_fc.weight', index: 7, delta: 0.5 });
      const bad = await createModel(bundle);
      const r = await bad.selfTest(cert);
      assert.equal(r.passed, false);
      assert.ok(r.maxAbsDiff > 1e-4, `perturbed maxAbsDiff ${r.maxAbsDiff}`);
      assert.match(r.reason, /max\|Δlogit\||argmax/);
      bad.dispose();
    }
  });
}

test('selfTest: the certificate next to the bundle file by default; other weights fail; malformed ones throw', async (t) => {
  await setBackend('cpu');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emlx-selftest-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const g = loadGolden('legacy_gqa_interleaved');
  const obj = g.bundle;
  fs.writeFileSync(path.join(dir, 'm.json'), JSON.stringify(obj));
  fs.writeFileSync(path.join(dir, 'm.parity.json'), JSON.stringify(certificateFor(g)));
  const model = await createModel(path.join(dir, 'm.json'));
  assert.equal((await model.selfTest()).passed, true);

  const r = await model.selfTest(certificateFor(loadGolden('legacy_gqa_interleaved.int8'))); // other weights
  assert.equal(r.passed, false);
  assert.match(r.reason, /certificate is for other weights/);

  await assert.rejects(model.selfTest(path.join(dir, 'missing.parity.json')), /cannot read the parity certificate/);
  await assert.rejects(model.selfTest({ ...certificateFor(g), format: 'x' }), /not a parity certificate/);
  const noRows = certificateFor(g);
  noRows.probe.rows[0].row = 99;
  await assert.rejects(model.selfTest(noRows), new RegExp(`probe row 99 outside the ${g.ids.length} ids`));
  const fromObject = await createModel(obj);
  await assert.rejects(fromObject.selfTest(), /was not loaded from a file or URL/);
  model.dispose();
  fromObject.dispose();

  assert.equal(certificateLocation('https://x.test/m/model.safetensors.index.json?v=2'), 'https://x.test/m/model.parity.json');
  assert.equal(certificateLocation('/m/model.int8.json'), '/m/model.int8.parity.json');
  assert.throws(() => certificateLocation('/m/model.bin'), /cannot tell the certificate/);
});

test('compareProbe: hand-made logits; an argmax flip is a failure unless the reference margin is within atol', () => {
  const V = 4;
  const cert = {
    atol: 1e-3,
    probe: { ids: [0, 1], slice: [0, 2], rows: [{ row: 1, top: [[2, 5.0], [3, 4.0]], slice: [1.0, 2.0], argmax: 2, margin: 1.0 }] },
  };
  const good = Float32Array.from([9, 9, 9, 9, 1.0005, 2, 5, 4]);
  const r = compareProbe(cert, good, V);
  assert.equal(r.passed, true);
  assert.ok(Math.abs(r.maxAbsDiff - 0.0005) < 1e-6);
  assert.equal(r.compared, 4);
  const off = Float32Array.from([0, 0, 0, 0, 1, 2, 5, 4.01]);
  assert.match(compareProbe(cert, off, V).reason, /max\|Δlogit\| 0.0100 > atol 0.001 \(row 1\)/);
  const flipped = Float32Array.from([0, 0, 0, 0, 1, 2, 5, 5.5]);
  assert.match(compareProbe(cert, flipped, V).reason, /row 1: argmax 3, the reference's is 2/);
  const tie = { ...cert, probe: { ...cert.probe, rows: [{ ...cert.probe.rows[0], top: [[2, 5.0], [3, 4.9995]], margin: 0.0005 }] } };
  assert.equal(compareProbe(tie, Float32Array.from([0, 0, 0, 0, 1, 2, 5, 5.0001]), V).passed, true);
  const nan = Float32Array.from([0, 0, 0, 0, 1, 2, NaN, 4]);
  assert.equal(compareProbe(cert, nan, V).passed, false);
  assert.match(compareProbe(cert, new Float32Array(3), V).reason, /returned 3 logits for 2 ids x 4/);
});
