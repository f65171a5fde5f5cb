// What both Node entries of the harness (node.mjs for the TF.js port, ort-node.mjs for onnxruntime-node) do around
// a job: read job.json, resolve the paths it names relative to it, read files, write result.json atomically, and
// turn a job that cannot run into one line on stderr and exit 2.

import fs from 'node:fs/promises';
import path from 'node:path';

export function isUrl(s) {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(s);
}

/** A function that prints `${who}: message` on one line and exits 2. */
export function dieWith(who) {
  return (msg) => {
    process.stderr.write(`${who}: ${String(msg).replace(/\s+/g, ' ').trim()}\n`);
    process.exit(2);
  };
}

function unreadable(loc, e) {
  return new Error(`cannot read ${loc}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
}

/**
 * The job in `argv` ([job.json, result.json]), with `fields` (and every sidecar) resolved relative to the job
 * file. Returns {job, resultPath}; a bad command line or job ends the process through `die`.
 */
export async function readJob(argv, usage, fields, die) {
  if (argv.length !== 2 || argv.includes('--help') || argv.includes('-h')) die(`usage: ${usage}`);
  const [jobPath, resultPath] = argv;
  let job;
  try {
    job = JSON.parse(await fs.readFile(jobPath, 'utf8'));
  } catch (e) {
    die(`cannot read job ${jobPath}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
  if (job === null || typeof job !== 'object' || Array.isArray(job)) die(`job ${jobPath} must be a JSON object`);
  const base = path.dirname(path.resolve(jobPath));
  const resolve = (p) => (typeof p === 'string' && p !== '' && !isUrl(p) && !path.isAbsolute(p) ? path.resolve(base, p) : p);
  for (const k of fields) job[k] = resolve(job[k]);
  if (job.sidecars && typeof job.sidecars === 'object') {
    job.sidecars = Object.fromEntries(Object.entries(job.sidecars).map(([k, v]) => [k, resolve(v)]));
  }
  return { job, resultPath };
}

/** Bytes of a path, file: URL or http(s) URL (Error "cannot read LOC: ..." when it cannot be read). */
export async function readBytes(loc) {
  if (isUrl(loc) && !loc.startsWith('file:')) {
    const r = await fetch(loc);
    if (!r.ok) throw new Error(`HTTP ${r.status} for ${loc}`);
    return new Uint8Array(await r.arrayBuffer());
  }
  try {
    return new Uint8Array(await fs.readFile(loc.startsWith('file:') ? new URL(loc) : loc));
  } catch (e) {
    throw unreadable(loc, e);
  }
}

/** A local path that exists (for onnxruntime, which then reads external data beside it), else the URL's bytes. */
export async function localPathOrBytes(loc, fileURLToPath) {
  if (isUrl(loc) && !loc.startsWith('file:')) return readBytes(loc);
  const p = loc.startsWith('file:') ? fileURLToPath(loc) : loc;
  try {
    await fs.access(p);
  } catch (e) {
    throw unreadable(loc, e);
  }
  return p;
}

/** Run `work()`; its result goes to `resultPath` (temp file + rename). An InputError class ends in exit 2. */
export async function runAndWrite(work, resultPath, InputError, die) {
  let result;
  try {
    result = await work();
  } catch (e) {
    if (e instanceof InputError) die(e.message);
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

/**
 * io.phase and io.memory of a Node harness process: with job.phases, one line per phase on stderr
 * (`emlx-phase {"phase", ..., "rss_bytes"}`), read live by the Python runner (progress, and the phase a crash
 * happened in); without it stderr keeps its contract of one line on exit 2.
 */
export function processPhases(job) {
  return {
    phase: (name, info) => job.phases && process.stderr.write(`emlx-phase ${JSON.stringify({ phase: name, ...info, rss_bytes: process.memoryUsage().rss })}\n`),
    memory: () => ({ rss_bytes: process.memoryUsage().rss }),
  };
}
