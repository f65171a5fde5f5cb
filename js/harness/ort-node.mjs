#!/usr/bin/env node
// Node entry of the ONNX parity harness: node js/harness/ort-node.mjs job.json result.json
//
// Runs harness/ort-run.js (runOrtJob; runOrtBench for a job with a "bench" object) with onnxruntime-node (CPU
// execution provider; the binaries ship inside the npm package, nothing is downloaded). Relative paths in the job
// are relative to the job file. Exit 0 whenever a result was written — judging the numbers is Python's job — and 2
// with a one-line message on stderr when the job cannot run (bad arguments, bad job, unreadable or non-conforming
// model, onnxruntime-node missing).

import { fileURLToPath } from 'node:url';
import { runOrtJob, runOrtBench, HarnessInputError } from './ort-run.js';
import { dieWith, readJob, readBytes, localPathOrBytes, processPhases, runAndWrite } from './node-io.mjs';

const die = dieWith('emlx ort harness');

async function main(argv) {
  const { job, resultPath } = await readJob(argv, 'node js/harness/ort-node.mjs job.json result.json',
    ['model', 'taps_model'], die);
  if ((job.backend ?? 'cpu') !== 'cpu') die(`backend ${JSON.stringify(job.backend)} is not available under onnxruntime-node here (use "cpu")`);
  let ort;
  try {
    ort = (await import('onnxruntime-node')).default;
  } catch (e) {
    die(`onnxruntime-node is not installed or does not load on ${process.platform}/${process.arch}: ${e.message}`);
  }
  ort.env.logLevel = 'error';
  const io = {
    ort,
    readBytes,
    // a local model is handed to onnxruntime as a path: it then reads external data (<name>.onnx.data) beside it
    modelSource: (loc) => localPathOrBytes(loc, fileURLToPath),
    runtime: { name: 'node', version: process.versions.node },
    ...processPhases(job),
  };
  await runAndWrite(() => (job.bench ? runOrtBench(job, io) : runOrtJob(job, io)), resultPath, HarnessInputError, die);
}

await main(process.argv.slice(2));
