#!/usr/bin/env node
// Node entry of the parity harness: node js/harness/node.mjs job.json result.json
//
// Reads the job and every file it names from disk (relative paths are relative to the job file), runs
// harness/run.js and writes the result JSON (atomically). Exit 0 whenever a result was written — judging the
// numbers is Python's job — and 2 with a one-line message on stderr when the job cannot run (bad arguments, bad
// job, unreadable or invalid bundle, backend unavailable).

import { runJob, HarnessInputError } from './run.js';
import { tf } from '../src/backend.js';
import { dieWith, readJob, readBytes, processPhases, runAndWrite } from './node-io.mjs';

const die = dieWith('emlx harness');

async function main(argv) {
  const { job, resultPath } = await readJob(argv, 'node js/harness/node.mjs job.json result.json', ['bundle'], die);
  tf.env().set('PROD', true); // silences the "install tfjs-node" banner; no effect on numerics
  const io = {
    readBytes,
    runtime: { name: 'node', version: process.versions.node },
    ...processPhases(job),
  };
  await runAndWrite(() => runJob(job, io), resultPath, HarnessInputError, die);
}

await main(process.argv.slice(2));
