// The helper thread of phrase-filter.ts: takes chunks of the candidates for a phrase and checks
// them byte for byte, in the texts the main thread shares with it. Plain JavaScript so it starts
// without a TypeScript loader. The protocol (slots, states, chunks, job numbers) is described in
// phrase-filter.ts; keep the two in step.
import { Buffer } from 'node:buffer';
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { docsContaining } from './byte-search.mjs';

const DONE = 2;
const STOP = 3;
const LOAD = 4;
const SLOT = { state: 0, needleLength: 1, count: 2, ready: 4, wake: 5, job: 6, claim: 7 };
const CHUNK = workerData.chunk;
const CHUNK_BITS = workerData.chunkBits;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;
const JOB_MASK = (1 << (31 - CHUNK_BITS)) - 1;

const control = new Int32Array(workerData.control);
const needleBytes = new Uint8Array(workerData.needle);
const port = workerData.port;

let text = Buffer.alloc(0);
let offsets = new Uint32Array(1);
let docs = new Int32Array(0);
let results = new Int32Array(0);
let counts = new Int32Array(0);
let done = new Int32Array(0);

// Compile the search loop before the first real job (a cold loop would leave the main thread the work).
{
  const sample = Buffer.from('负责分布式任务调度平台的设计与开发 designed the pipeline\n'.repeat(8));
  const sampleOffsets = Uint32Array.from({ length: 201 }, (_, i) => Math.min(sample.length, i * 16));
  const sampleDocs = Int32Array.from({ length: 200 }, (_, i) => i);
  const sampleResults = new Int32Array(200);
  for (let round = 0; round < 200; round++)
    docsContaining(sample, sampleOffsets, sampleDocs, 200, Buffer.from('调度平台'), sampleResults);
}

Atomics.store(control, SLOT.ready, 1);
Atomics.notify(control, SLOT.ready);
parentPort?.postMessage('ready');

let lastJob = 0;
for (;;) {
  const wake = Atomics.load(control, SLOT.wake);
  const state = Atomics.load(control, SLOT.state);
  if (state === STOP) break;
  if (state === LOAD) {
    const message = receiveMessageOnPort(port)?.message;
    if (message) {
      text = Buffer.from(message.text);
      offsets = new Uint32Array(message.offsets);
      docs = new Int32Array(message.docs);
      results = new Int32Array(message.results);
      counts = new Int32Array(message.counts);
      done = new Int32Array(message.done);
    }
    Atomics.store(control, SLOT.state, DONE);
    Atomics.notify(control, SLOT.state);
  }
  const job = Atomics.load(control, SLOT.job);
  if (job !== lastJob) {
    lastJob = job;
    work(job);
  }
  if (Atomics.load(control, SLOT.wake) === wake) Atomics.wait(control, SLOT.wake, wake);
}

/** Reads chunks of job `job` until none is left, another job has begun, or the main thread asks for something else. */
function work(job) {
  const needle = Buffer.from(needleBytes.buffer, 0, Atomics.load(control, SLOT.needleLength));
  const count = Math.min(Atomics.load(control, SLOT.count), docs.length);
  const chunks = Math.ceil(count / CHUNK);
  for (;;) {
    const state = Atomics.load(control, SLOT.state);
    if (state === LOAD || state === STOP) return;
    const chunk = claim(job, chunks);
    if (chunk < 0) return;
    const from = chunk * CHUNK;
    const to = Math.min(count, from + CHUNK);
    counts[chunk] = docsContaining(
      text,
      offsets,
      docs.subarray(from, to),
      to - from,
      needle,
      results.subarray(from, to),
    );
    Atomics.store(done, chunk, job);
  }
}

/** The next chunk of job `job`, or -1 when none is left (or another job has begun). */
function claim(job, chunks) {
  for (;;) {
    const word = Atomics.load(control, SLOT.claim);
    const chunk = word & CHUNK_MASK;
    if (word >>> CHUNK_BITS !== (job & JOB_MASK) || chunk >= chunks) return -1;
    if (Atomics.compareExchange(control, SLOT.claim, word, word + 1) === word) return chunk;
  }
}
