#!/usr/bin/env node
// Node entry of the parity harness: node js/harness/node.mjs job.json result.json
//
// Reads the job and every file it names from disk (relative paths are relative to the job file), runs
// harness/run.js and writes the result JSON (atomically). Exit 0 whenever a result was written — judging the
// numbers is Python's job — and 2 with a one-line message on stderr when the job cannot run (bad arguments, bad
// job, unreadable or invalid bundle, backend unavailable).

import { runJob, HarnessInputError } from './run.js';
import { tf } from '../src/backend.js';
import { dieWith, readJob, readBytes, runAndWrite } from './node-io.mjs';

const die = dieWith('emlx harness');

async function main(argv) {
  const { job, resultPath } = await readJob(argv, 'node js/harness/node.mjs job.json result.json', ['bundle'], die);
  tf.env().set('PROD', true); // silences the "install tfjs-node" banner; no effect on numerics
  const io = {
    readBytes,
    runtime: { name: 'node', version: process.versions.node },
    // with job.phases: one line per phase on stderr, read live by the Python runner (progress, and the phase a
    // crash happened in); without it stderr keeps its contract of one line on exit 2
    phase: (name, info) => job.phases && process.stderr.write(`emlx-phase ${JSON.stringify({ phase: name, ...info, rss_bytes: process.memoryUsage().rss })}\n`),
    memory: () => ({ rss_bytes: process.memoryUsage().rss }),
  };
  await runAndWrite(() => runJob(job, io), resultPath, HarnessInputError, die);
}

await main(process.argv.slice(2));
