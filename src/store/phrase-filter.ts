import { availableParallelism } from 'node:os';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { TextStore } from './text-store.js';

/**
 * Checking a phrase verbatim is the one part of a search whose cost grows with the pool: a Chinese
 * phrase that thousands of résumés contain means reading each of them up to the phrase. With more
 * than one core, a helper thread reads half of the candidates while the main thread reads the
 * other half, in the same texts (shared memory, nothing copied). `search()` stays synchronous: the
 * main thread waits for the helper with `Atomics.wait`, for about as long as its own half takes.
 *
 * Anything unusual — one core, a text store not in shared memory, a helper not started yet, gone,
 * or late — and the main thread does all of it alone, as it would without a helper. The answer is
 * the same either way; only the time differs.
 */

/** Below this many candidates, handing half over costs more than it saves. */
export const PARALLEL_FROM = 1500;
/** Longest phrase (UTF-8 bytes) handed to the helper; longer ones are rare and checked alone. */
const NEEDLE_MAX = 1024;
/** How long the main thread waits for the helper's half beyond its own, before doing it itself. */
const HELPER_TIMEOUT_MS = 250;

// Protocol with verify-worker.mjs: `state` moves IDLE → JOB|LOAD (main) → DONE (helper) → IDLE (main).
const IDLE = 0;
const JOB = 1;
const DONE = 2;
const STOP = 3;
const LOAD = 4;
const SLOT = { state: 0, needleLength: 1, count: 2, found: 3, ready: 4 } as const;

interface Helper {
  readonly worker: Worker;
  readonly control: Int32Array;
  readonly needle: Uint8Array;
  readonly port: MessagePort;
  /** The text store the helper has, with the shared job arrays sized for it. */
  store: TextStore | null;
  docs: Int32Array;
  results: Int32Array;
  broken: boolean;
  /** A warm-up job is running: searches work alone until it is done. */
  warming: boolean;
}

type MessagePort = InstanceType<typeof MessageChannel>['port1'];

let helper: Helper | null = null;
let disabled = availableParallelism() < 2;

/**
 * The candidates (ascending) whose text contains `needle`: the same answer as
 * `texts.filterContaining`, split with the helper thread when that is worth it.
 */
export function filterContaining(texts: TextStore, candidates: Int32Array, needle: Buffer): Int32Array {
  const h = candidates.length >= PARALLEL_FROM && needle.length <= NEEDLE_MAX && texts.shared ? ready() : null;
  if (!h || !load(h, texts)) return texts.filterContaining(candidates, needle);

  const half = candidates.length >> 1;
  const theirs = candidates.subarray(half);
  h.docs.set(theirs);
  h.needle.set(needle);
  Atomics.store(h.control, SLOT.needleLength, needle.length);
  Atomics.store(h.control, SLOT.count, theirs.length);
  Atomics.store(h.control, SLOT.state, JOB);
  Atomics.notify(h.control, SLOT.state);

  const mine = texts.filterContaining(candidates.subarray(0, half), needle);
  const found = waitForHelper(h);
  if (found !== null) helperJobsDone++;
  const rest = found === null ? texts.filterContaining(theirs, needle) : h.results.slice(0, found);
  const out = new Int32Array(mine.length + rest.length);
  out.set(mine);
  out.set(rest, mine.length);
  return out;
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
  if (helper.broken || helper.warming) return null;
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
    if (h.broken || h.warming || helper !== h) return;
    if (!load(h, texts)) return;
    h.warming = true;
    const count = Math.min(texts.size, h.docs.length);
    for (let i = 0; i < count; i++) h.docs[i] = i;
    // Two bytes that never follow each other in UTF-8 text: the helper reads everything, finds nothing.
    h.needle.set([0xff, 0xfe]);
    Atomics.store(h.control, SLOT.needleLength, 2);
    Atomics.store(h.control, SLOT.count, count);
    Atomics.store(h.control, SLOT.state, JOB);
    Atomics.notify(h.control, SLOT.state);
    const done = (): void => {
      if (h.broken) return;
      if (Atomics.load(h.control, SLOT.state) !== DONE) {
        setTimeout(done, 5).unref();
        return;
      }
      Atomics.store(h.control, SLOT.state, IDLE);
      h.warming = false;
    };
    setTimeout(done, 5).unref();
  };
  if (Atomics.load(h.control, SLOT.ready) === 1) warm();
  else h.worker.once('message', warm);
}

function start(): Helper {
  const control = new Int32Array(new SharedArrayBuffer(8 * Int32Array.BYTES_PER_ELEMENT));
  const needle = new Uint8Array(new SharedArrayBuffer(NEEDLE_MAX));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./phrase-filter-worker.mjs', import.meta.url), {
    workerData: { control: control.buffer, needle: needle.buffer, port: port2 },
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
    broken: false,
    warming: false,
  };
  worker.on('error', () => retire(h));
  worker.on('exit', () => retire(h));
  return h;
}

/** Gives the helper `texts` (and job arrays sized for it) unless it has them already. */
function load(h: Helper, texts: TextStore): boolean {
  if (h.store === texts) return true;
  const size = texts.size;
  const docs = new Int32Array(new SharedArrayBuffer(Math.max(1, size) * Int32Array.BYTES_PER_ELEMENT));
  const results = new Int32Array(new SharedArrayBuffer(Math.max(1, size) * Int32Array.BYTES_PER_ELEMENT));
  h.port.postMessage({
    text: texts.buffer.buffer,
    offsets: texts.offsets.buffer,
    docs: docs.buffer,
    results: results.buffer,
  });
  Atomics.store(h.control, SLOT.state, LOAD);
  Atomics.notify(h.control, SLOT.state);
  if (waitForHelper(h) === null) return false;
  h.store = texts;
  h.docs = docs;
  h.results = results;
  return true;
}

/** Waits for the helper to finish; its count, or null (and the helper retired) when it did not. */
function waitForHelper(h: Helper): number | null {
  const deadline = performance.now() + HELPER_TIMEOUT_MS;
  for (;;) {
    const state = Atomics.load(h.control, SLOT.state);
    if (state === DONE) break;
    const left = deadline - performance.now();
    if (left <= 0 || h.broken) {
      retire(h);
      return null;
    }
    Atomics.wait(h.control, SLOT.state, state, left);
  }
  const found = Atomics.load(h.control, SLOT.found);
  Atomics.store(h.control, SLOT.state, IDLE);
  return found;
}

/** Stops using the helper for good (the main thread works alone from now on). */
function retire(h: Helper): void {
  if (h.broken) return;
  h.broken = true;
  Atomics.store(h.control, SLOT.state, STOP);
  Atomics.notify(h.control, SLOT.state);
  void h.worker.terminate();
}

/** For tests: stop the helper and, with `enabled: false`, never start another. */
export function resetVerifier({ enabled = true }: { enabled?: boolean } = {}): void {
  if (pending) clearTimeout(pending.timer);
  pending = null;
  if (helper) retire(helper);
  helper = null;
  disabled = !enabled || availableParallelism() < 2;
}

/** For tests: true once the helper is running (it starts on first use). */
let helperJobsDone = 0;

/** How many halves of a verification the helper thread has answered (tests: proof it did the work). */
export function helperJobs(): number {
  return helperJobsDone;
}

export function helperRunning(): boolean {
  return helper !== null && !helper.broken && Atomics.load(helper.control, SLOT.ready) === 1;
}
