// The helper thread of phrase-filter.ts: checks its share of the candidates for a phrase, byte for byte,
// in the texts the main thread shares with it. Plain JavaScript so it starts without a TypeScript
// loader. The protocol (states, slots) is described in phrase-filter.ts; keep the two in step.
import { Buffer } from 'node:buffer';
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { docsContaining } from './byte-search.mjs';

const IDLE = 0;
const JOB = 1;
const DONE = 2;
const STOP = 3;
const LOAD = 4;
const SLOT = { state: 0, needleLength: 1, count: 2, found: 3, ready: 4 };

const control = new Int32Array(workerData.control);
const needleBytes = new Uint8Array(workerData.needle);
const port = workerData.port;

let text = Buffer.alloc(0);
let offsets = new Uint32Array(1);
let docs = new Int32Array(0);
let results = new Int32Array(0);

// Compile the search loop before the first real job (a cold loop would make the main thread wait).
{
  const sample = Buffer.from('负责分布式任务调度平台的设计与开发 designed the pipeline\n'.repeat(8));
  const sampleOffsets = Uint32Array.from({ length: 201 }, (_, i) => Math.min(sample.length, i * 16));
  const sampleDocs = Int32Array.from({ length: 200 }, (_, i) => i);
  const sampleResults = new Int32Array(200);
  for (let round = 0; round < 200; round++)
    scan(sample, sampleOffsets, sampleDocs, 200, Buffer.from('调度平台'), sampleResults);
}

Atomics.store(control, SLOT.ready, 1);
Atomics.notify(control, SLOT.ready);
parentPort?.postMessage('ready');

for (;;) {
  Atomics.wait(control, SLOT.state, IDLE);
  const state = Atomics.load(control, SLOT.state);
  if (state === STOP) break;
  if (state === LOAD) {
    const message = receiveMessageOnPort(port)?.message;
    if (message) {
      text = Buffer.from(message.text);
      offsets = new Uint32Array(message.offsets);
      docs = new Int32Array(message.docs);
      results = new Int32Array(message.results);
    }
    finish(0);
  } else if (state === JOB) {
    const needle = Buffer.from(needleBytes.buffer, 0, Atomics.load(control, SLOT.needleLength));
    finish(scan(text, offsets, docs, Atomics.load(control, SLOT.count), needle, results));
  } else if (state === DONE) {
    // The main thread has not read the answer yet.
    Atomics.wait(control, SLOT.state, DONE);
  }
}

/** Writes to `results` the first `count` of `docs` whose text contains `needle`; returns how many. */
function scan(text, offsets, docs, count, needle, results) {
  return docsContaining(text, offsets, docs, count, needle, results);
}

function finish(found) {
  Atomics.store(control, SLOT.found, found);
  Atomics.store(control, SLOT.state, DONE);
  Atomics.notify(control, SLOT.state);
}
