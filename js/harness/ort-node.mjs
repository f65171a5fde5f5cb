#!/usr/bin/env node
// Node entry of the ONNX parity harness: node js/harness/ort-node.mjs job.json result.json
//
// Runs harness/ort-run.js (runOrtJob; runOrtBench for a job with a "bench" object) with onnxruntime-node (CPU
// execution provider; the binaries ship inside the npm package, nothing is downloaded). Relative paths in the job
// are relative to the job file. Exit 0 whenever a result was written — judging the numbers is Python's job — and 2
// with a one-line message on stderr when the job cannot run (bad arguments, bad job, unreadable or non-conforming
// model, onnxruntime-node missing).

import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOrtJob, runOrtBench, HarnessInputError } from './ort-run.js';

function die(msg) {
  process.stderr.write(`emlx ort harness: ${String(msg).replace(/\s+/g, ' ').trim()}\n`);
  process.exit(2);
}

function isUrl(s) {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(s);
}

async function main(argv) {
  if (argv.length !== 2 || argv.includes('--help') || argv.includes('-h')) {
    die('usage: node js/harness/ort-node.mjs job.json result.json');
  }
  const [jobPath, resultPath] = argv;
  let job;
  try {
    job = JSON.parse(await fs.readFile(jobPath, 'utf8'));
  } catch (e) {
    die(`cannot read job ${jobPath}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
  if (job === null || typeof job !== 'object' || Array.isArray(job)) die(`job ${jobPath} must be a JSON object`);
  if ((job.backend ?? 'cpu') !== 'cpu') die(`backend ${JSON.stringify(job.backend)} is not available under onnxruntime-node here (use "cpu")`);
  const base = path.dirname(path.resolve(jobPath));
  const resolve = (p) => (typeof p === 'string' && p !== '' && !isUrl(p) && !path.isAbsolute(p) ? path.resolve(base, p) : p);
  for (const k of ['model', 'taps_model']) job[k] = resolve(job[k]);
  if (job.sidecars && typeof job.sidecars === 'object') {
    job.sidecars = Object.fromEntries(Object.entries(job.sidecars).map(([k, v]) => [k, resolve(v)]));
  }
  let ort;
  try {
    ort = (await import('onnxruntime-node')).default;
  } catch (e) {
    die(`onnxruntime-node is not installed or does not load on ${process.platform}/${process.arch}: ${e.message}`);
  }
  ort.env.logLevel = 'error';
  const io = {
    ort,
    readBytes: async (loc) => {
      if (isUrl(loc) && !loc.startsWith('file:')) {
        const r = await fetch(loc);
        if (!r.ok) throw new Error(`HTTP ${r.status} for ${loc}`);
        return new Uint8Array(await r.arrayBuffer());
      }
      const p = loc.startsWith('file:') ? new URL(loc) : loc;
      try {
        return new Uint8Array(await fs.readFile(p));
      } catch (e) {
        throw new Error(`cannot read ${loc}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
      }
    },
    // a local model is handed to onnxruntime as a path: it then reads external data (<name>.onnx.data) beside it
    modelSource: async (loc) => {
      if (isUrl(loc) && !loc.startsWith('file:')) return io.readBytes(loc);
      const p = loc.startsWith('file:') ? fileURLToPath(loc) : loc;
      try {
        await fs.access(p);
      } catch (e) {
        throw new Error(`cannot read ${loc}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
      }
      return p;
    },
    runtime: { name: 'node', version: process.versions.node },
  };
  let result;
  try {
    result = await (job.bench ? runOrtBench(job, io) : runOrtJob(job, io));
  } catch (e) {
    if (e instanceof HarnessInputError) die(e.message);
    die(`internal error: ${e && e.stack ? e.stack.split('\n').slice(0, 2).join(' | ') : e}`);
  }
  const tmp = `${resultPath}.tmp-${process.pid}`;
  try {
    await fs.writeFile(tmp, JSON.stringify(result));
    await fs.rename(tmp, resultPath);
  } catch (e) {
    die(`cannot write ${resultPath}: ${e.message}`);
  }
}

await main(process.argv.slice(2));
