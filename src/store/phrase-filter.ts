import { availableParallelism } from 'node:os';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { TextStore } from './text-store.js';

/**
 * Checking a phrase verbatim is the one part of a search whose cost grows with the pool: a Chinese
 * phrase that thousands of résumés contain means reading each of them up to the phrase. With more
 * than one core, a helper thread shares the reading, in the same texts (shared memory, nothing
 * copied). `search()` stays synchronous.
 *
 * The candidates are cut into chunks of {@link CHUNK}, and both threads take the next chunk as they
 * finish one (a shared counter), so neither sits idle while the other still has a long half to
 * read. The main thread never waits for the helper: once no chunk is left to take, it reads
 * itself any chunk the helper took but has not finished (a helper late to wake, or descheduled by
 * a busy machine, costs at most one chunk read twice, never a wait). Each job has a number; the
 * helper marks a chunk done with it, and the main thread takes only the chunks marked with the job
 * it is on, so a helper still busy with an old job can never give an answer to a new one.
 *
 * Anything unusual — one core, a text store not in shared memory, a helper not started yet, gone,
 * or slow — and the main thread does more of it, or all of it, as it would without a helper. The
 * answer is the same either way; only the time differs.
 */

/** Below this many candidates, handing half over costs more than it saves. */
export const PARALLEL_FROM = 1500;
/** Candidates per chunk: about a tenth of a millisecond of reading, against a shared counter's few nanoseconds. */
export const CHUNK = 128;
/** Longest phrase (UTF-8 bytes) handed to the helper; longer ones are rare and checked alone. */
const NEEDLE_MAX = 1024;
/** How long the main thread waits for the helper to take a new text store (a rebuild), before working alone for good. */
const HELPER_TIMEOUT_MS = 250;

// Protocol with phrase-filter-worker.mjs. Every request bumps `wake` (the helper waits on it).
// `state` carries the rare requests: IDLE → LOAD|STOP (main) → DONE (helper) → IDLE (main).
// A job: main writes the needle, its length, the count and the candidates, then `job` (its number)
// and `claim` (the job's number in the top bits, the next chunk below); both threads take chunks
// with a compare-and-swap on `claim`; the helper writes a chunk's finds and count, then the job's
// number into that chunk's `done` slot.
const IDLE = 0;
const DONE = 2;
const STOP = 3;
const LOAD = 4;
const SLOT = { state: 0, needleLength: 1, count: 2, ready: 4, wake: 5, job: 6, claim: 7 } as const;
/** `claim` holds a job number's low bits above the chunk number (chunks: up to 2^20, 134 M candidates). */
const CHUNK_BITS = 20;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;
const JOB_MASK = (1 << (31 - CHUNK_BITS)) - 1;

interface Helper {
  readonly worker: Worker;
  readonly control: Int32Array;
  readonly needle: Uint8Array;
  readonly port: MessagePort;
  /** The text store the helper has, with the shared job arrays sized for it. */
  store: TextStore | null;
  docs: Int32Array;
  /** The helper's finds, chunk c's from c × CHUNK on. */
  results: Int32Array;
  /** Finds per chunk (the helper's). */
  counts: Int32Array;
  /** The job number each chunk was last finished for by the helper. */
  done: Int32Array;
  broken: boolean;
}

type MessagePort = InstanceType<typeof MessageChannel>['port1'];

let helper: Helper | null = null;
let disabled = availableParallelism() < 2;
let jobNumber = 0;
/** Tests: the main thread takes no chunk and waits for the helper's (up to the timeout), so the helper's answers are checked. */
let helperOnly = false;
/** The main thread's finds and its chunks, reused from one job to the next. */
let mine = new Int32Array(0);
let mineCounts = new Int32Array(0);
let taken = new Uint8Array(0);

/**
 * The candidates (ascending) whose text contains `needle`: the same answer as
 * `texts.filterContaining`, shared with the helper thread when that is worth it.
 */
export function filterContaining(texts: TextStore, candidates: Int32Array, needle: Buffer): Int32Array {
  const h = candidates.length >= PARALLEL_FROM && needle.length <= NEEDLE_MAX && texts.shared ? ready() : null;
  if (!h || !load(h, texts)) return texts.filterContaining(candidates, needle);

  const count = candidates.length;
  const chunks = Math.ceil(count / CHUNK);
  if (mine.length < count) mine = new Int32Array(texts.size);
  if (taken.length < chunks) {
    taken = new Uint8Array(Math.ceil(texts.size / CHUNK));
    mineCounts = new Int32Array(taken.length);
  }
  taken.fill(0, 0, chunks);

  h.docs.set(candidates);
  h.needle.set(needle);
  const job = publish(h, needle.length, count);

  const read = (c: number): void => {
    const from = c * CHUNK;
    const to = Math.min(count, from + CHUNK);
    mineCounts[c] = texts.filterInto(candidates.subarray(from, to), needle, mine.subarray(from, to));
    taken[c] = 1;
  };
  if (!helperOnly) {
    for (let c = claim(h.control, job, chunks); c >= 0; c = claim(h.control, job, chunks)) read(c);
  } else {
    const deadline = performance.now() + HELPER_TIMEOUT_MS;
    for (let c = 0; c < chunks; c++)
      while (Atomics.load(h.done, c) !== job && performance.now() < deadline)
        Atomics.wait(h.done, c, Atomics.load(h.done, c), 1);
  }

  let total = 0;
  for (let c = 0; c < chunks; c++) {
    if (taken[c] === 0 && Atomics.load(h.done, c) !== job) read(c); // the helper's, not finished: read it here
    total += taken[c] === 1 ? (mineCounts[c] as number) : (h.counts[c] as number);
  }
  const out = new Int32Array(total);
  let w = 0;
  for (let c = 0; c < chunks; c++) {
    const from = c * CHUNK;
    if (taken[c] === 1) {
      const n = mineCounts[c] as number;
      out.set(mine.subarray(from, from + n), w);
      w += n;
    } else {
      const n = h.counts[c] as number;
      out.set(h.results.subarray(from, from + n), w);
      w += n;
      helperChunksDone++;
    }
  }
  return out;
}

/** The next chunk of job `job` for this thread to read, or -1 when none is left (or another job has begun). */
function claim(control: Int32Array, job: number, chunks: number): number {
  for (;;) {
    const word = Atomics.load(control, SLOT.claim);
    const chunk = word & CHUNK_MASK;
    if (word >>> CHUNK_BITS !== (job & JOB_MASK) || chunk >= chunks) return -1;
    if (Atomics.compareExchange(control, SLOT.claim, word, word + 1) === word) return chunk;
  }
}

/** Starts the helper in the background on first use; returns it only once it is running. */
function ready(): Helper | null {
  if (disabled) return null;
  if (!helper) {
    try {
      helper = start();
    } catch {
      disabled = true;
      return null;
    }
  }
  if (helper.broken) return null;
  return Atomics.load(helper.control, SLOT.ready) === 1 ? helper : null;
}

/** A new pool's helper is prepared this long after it is loaded: start-up first, and a one-off CLI search never pays for it. */
const PREPARE_AFTER_MS = 1000;
let pending: { texts: TextStore; timer: NodeJS.Timeout } | null = null;

/**
 * Starts the helper for a pool about to be searched, gives it the texts, and has it read them once
 * (so its code is compiled and the pages are warm) — all in the background, a second after the
 * pool is loaded: until then, searches simply work alone (or start the helper on first need).
 * Called for every new snapshot; only the newest one is prepared.
 */
export function prepareVerifier(texts: TextStore): void {
  if (disabled || !texts.shared || texts.size < PARALLEL_FROM) return;
  if (pending) clearTimeout(pending.timer);
  const timer = setTimeout(() => {
    pending = null;
    prepareNow(texts);
  }, PREPARE_AFTER_MS);
  timer.unref();
  pending = { texts, timer };
}

/** {@link prepareVerifier} without the wait. */
export function prepareNow(texts: TextStore): void {
  if (disabled || !texts.shared || texts.size < PARALLEL_FROM) return;
  if (!helper) {
    try {
      helper = start();
    } catch {
      disabled = true;
      return;
    }
  }
  const h = helper;
  const warm = (): void => {
    if (h.broken || helper !== h || !load(h, texts)) return;
    // A job the helper takes alone, on every document, for two bytes that never follow each
    // other in UTF-8 text: it reads everything and finds nothing. The first search's job replaces it.
    const count = texts.size;
    for (let i = 0; i < count; i++) h.docs[i] = i;
    h.needle.set([0xff, 0xfe]);
    publish(h, 2, count);
  };
  if (Atomics.load(h.control, SLOT.ready) === 1) warm();
  else h.worker.once('message', warm);
}

/** Starts a job on the candidates and needle already written to the shared arrays; returns its number. */
function publish(h: Helper, needleLength: number, count: number): number {
  const job = (jobNumber = (jobNumber % 0x7fffffff) + 1);
  Atomics.store(h.control, SLOT.needleLength, needleLength);
  Atomics.store(h.control, SLOT.count, count);
  Atomics.store(h.control, SLOT.job, job);
  Atomics.store(h.control, SLOT.claim, (job & JOB_MASK) << CHUNK_BITS);
  wake(h);
  return job;
}

function wake(h: Helper): void {
  Atomics.add(h.control, SLOT.wake, 1);
  Atomics.notify(h.control, SLOT.wake);
}

function start(): Helper {
  const control = new Int32Array(new SharedArrayBuffer(8 * Int32Array.BYTES_PER_ELEMENT));
  const needle = new Uint8Array(new SharedArrayBuffer(NEEDLE_MAX));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./phrase-filter-worker.mjs', import.meta.url), {
    workerData: { control: control.buffer, needle: needle.buffer, port: port2, chunk: CHUNK, chunkBits: CHUNK_BITS },
    transferList: [port2],
    // Small: it holds no data of its own, only views of shared memory.
    resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
  });
  // Never keeps the process alive, and a failure only means working alone.
  worker.unref();
  port1.unref();
  const h: Helper = {
    worker,
    control,
    needle,
    port: port1,
    store: null,
    docs: new Int32Array(0),
    results: new Int32Array(0),
    counts: new Int32Array(0),
    done: new Int32Array(0),
    broken: false,
  };
  worker.on('error', () => retire(h));
  worker.on('exit', () => retire(h));
  return h;
}

/** Gives the helper `texts` (and job arrays sized for it) unless it has them already. */
function load(h: Helper, texts: TextStore): boolean {
  if (h.store === texts) return true;
  const size = Math.max(1, texts.size);
  const chunks = Math.ceil(size / CHUNK);
  const shared = (length: number): Int32Array =>
    new Int32Array(new SharedArrayBuffer(length * Int32Array.BYTES_PER_ELEMENT));
  const docs = shared(size);
  const results = shared(size);
  const counts = shared(chunks);
  const done = shared(chunks);
  h.port.postMessage({
    text: texts.buffer.buffer,
    offsets: texts.offsets.buffer,
    docs: docs.buffer,
    results: results.buffer,
    counts: counts.buffer,
    done: done.buffer,
  });
  Atomics.store(h.control, SLOT.state, LOAD);
  wake(h);
  // The helper takes it between two chunks of whatever it is reading.
  const deadline = performance.now() + HELPER_TIMEOUT_MS;
  for (;;) {
    const state = Atomics.load(h.control, SLOT.state);
    if (state === DONE) break;
    const left = deadline - performance.now();
    if (left <= 0 || h.broken) {
      retire(h);
      return false;
    }
    Atomics.wait(h.control, SLOT.state, state, left);
  }
  Atomics.store(h.control, SLOT.state, IDLE);
  h.store = texts;
  h.docs = docs;
  h.results = results;
  h.counts = counts;
  h.done = done;
  return true;
}

/** Stops using the helper for good (the main thread works alone from now on). */
function retire(h: Helper): void {
  if (h.broken) return;
  h.broken = true;
  Atomics.store(h.control, SLOT.state, STOP);
  wake(h);
  void h.worker.terminate();
}

/**
 * For tests: stop the helper and, with `enabled: false`, never start another. With `helperOnly`,
 * the main thread takes no chunk and waits for the helper's, so its answers are what is checked.
 */
export function resetVerifier({
  enabled = true,
  helperOnly: only = false,
}: { enabled?: boolean; helperOnly?: boolean } = {}): void {
  if (pending) clearTimeout(pending.timer);
  pending = null;
  if (helper) retire(helper);
  helper = null;
  disabled = !enabled || availableParallelism() < 2;
  helperOnly = only;
}

let helperChunksDone = 0;

/** How many chunks of the answers given the helper thread read (tests: proof it did the work). */
export function helperChunks(): number {
  return helperChunksDone;
}

/** For tests: true once the helper is running (it starts on first use). */
export function helperRunning(): boolean {
  return helper !== null && !helper.broken && Atomics.load(helper.control, SLOT.ready) === 1;
}
