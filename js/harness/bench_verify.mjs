// Cost of weights_sha256 verification in loadBundle: loads BUNDLE with and without verification in interleaved
// rounds and prints the median/best of each and the ratio.  node harness/bench_verify.mjs BUNDLE [ROUNDS]
import { loadBundle } from '../src/index.js';

const [file, roundsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node harness/bench_verify.mjs BUNDLE [ROUNDS]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 7);
const times = { off: [], on: [] };
for (let r = 0; r < rounds; r++) {
  for (const mode of r % 2 ? ['on', 'off'] : ['off', 'on']) {
    const t0 = performance.now();
    await loadBundle(file, { verifyHash: mode === 'on' });
    times[mode].push(performance.now() - t0);
  }
}
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const best = (a) => Math.min(...a);
const out = {
  bundle: file, rounds,
  load_ms_unverified: { median: +med(times.off).toFixed(1), best: +best(times.off).toFixed(1) },
  load_ms_verified: { median: +med(times.on).toFixed(1), best: +best(times.on).toFixed(1) },
};
out.verify_ms_median = +(out.load_ms_verified.median - out.load_ms_unverified.median).toFixed(1);
out.verify_share_of_load = +(out.verify_ms_median / out.load_ms_verified.median).toFixed(3);
console.log(JSON.stringify(out, null, 1));
