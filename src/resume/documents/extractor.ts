import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorkerThread } from '../../worker-entry.js';
import { DocumentTextCache } from './text-cache.js';
import type { ExtractOutcome } from './types.js';

/** One document to read: its name (for the extension and messages), and its bytes or its path. */
export type DocumentJob = { readonly source: string } & ({ readonly bytes: Uint8Array } | { readonly path: string });

export interface ExtractOptions {
  /** Worker threads (default: the cores, at most 4). */
  readonly workers?: number;
  /** A document taking longer than this is given up, its worker replaced (default 30 s). */
  readonly timeoutMs?: number;
  readonly onEach?: () => void;
  /** Texts already read, by the hash of the file's bytes; new outcomes are added to it. */
  readonly cache?: DocumentTextCache;
  /** Called with the hash of each file's bytes that was read (for {@link DocumentTextCache.keepOnly}). */
  readonly onHash?: (hash: string) => void;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** Heap for one extraction worker: a hostile file exhausts this worker, not the process. */
const WORKER_HEAP_MB = 512;

/**
 * Extracts text from documents in worker threads, one file at a time per worker. A file that
 * hangs the reader (pdf.js has had endless loops on crafted files) or exhausts its memory costs
 * that worker, which is replaced, and gives a warning naming the file; the rest go on.
 * Results come back in input order.
 */
export async function extractDocuments(
  jobs: readonly DocumentJob[],
  options: ExtractOptions = {},
): Promise<ExtractOutcome[]> {
  const results = new Array<ExtractOutcome>(jobs.length);
  if (jobs.length === 0) return results;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const lanes = Math.max(1, Math.min(options.workers ?? Math.min(4, availableParallelism()), jobs.length));
  let next = 0;
  const lane = async (): Promise<void> => {
    let worker: Worker | null = null;
    try {
      for (;;) {
        const index = next++;
        if (index >= jobs.length) return;
        const job = jobs[index] as DocumentJob;
        let bytes: Uint8Array;
        try {
          // A private copy is transferred to the worker (`new Uint8Array(x)` copies; a Buffer's `slice` would
          // not): a caller's buffer may be a view of a shared pool.
          bytes = 'bytes' in job ? new Uint8Array(job.bytes) : new Uint8Array(await readFile(job.path));
        } catch (cause) {
          results[index] = {
            ok: false,
            reason: `skipped: cannot read it (${(cause as { code?: string }).code ?? String(cause)})`,
          };
          options.onEach?.();
          continue;
        }
        const hash = options.cache || options.onHash ? DocumentTextCache.hashOf(bytes) : null;
        if (hash !== null) options.onHash?.(hash);
        const cached = hash !== null && options.cache ? await options.cache.get(hash) : null;
        if (cached) {
          results[index] = cached;
          options.onEach?.();
          continue;
        }
        worker ??= startWorker();
        const { outcome, healthy } = await runOne(worker, index, job.source, bytes, timeoutMs);
        if (!healthy) {
          void worker.terminate();
          worker = null;
        }
        // Only what the file decides is kept: a timeout or a crashed reader is tried again next time.
        if (healthy && hash !== null && options.cache) await options.cache.set(hash, outcome);
        results[index] = outcome;
        options.onEach?.();
      }
    } finally {
      await worker?.terminate();
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}

function startWorker(): Worker {
  // Resolved as an import is (the compiled file, or its source when the process runs them).
  const entry = import.meta.resolve('./extract-worker.js');
  const worker = startWorkerThread(entry, {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    stdout: true,
    stderr: true,
  });
  // pdf.js prints font warnings on its own; they say nothing a user can act on.
  worker.stdout.resume();
  worker.stderr.resume();
  return worker;
}

function runOne(
  worker: Worker,
  id: number,
  source: string,
  bytes: Uint8Array,
  timeoutMs: number,
): Promise<{ outcome: ExtractOutcome; healthy: boolean }> {
  return new Promise((resolve) => {
    const finish = (outcome: ExtractOutcome, healthy: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve({ outcome, healthy });
    };
    const onMessage = (message: { id: number; outcome: ExtractOutcome }) => {
      if (message.id === id) finish(message.outcome, true);
    };
    const onError = (error: Error) => {
      const memory =
        /heap|memory/i.test(error.message) || (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish(
        {
          ok: false,
          reason: memory
            ? 'skipped: reading it needed more memory than one résumé may use'
            : `skipped: the reader failed (${error.message})`,
        },
        false,
      );
    };
    const onExit = (code: number) =>
      finish({ ok: false, reason: `skipped: the reader stopped (exit code ${code})` }, false);
    const timer = setTimeout(
      () =>
        finish(
          {
            ok: false,
            reason: `skipped: reading it took longer than ${Math.round(timeoutMs / 1000)} s (damaged or hostile file?)`,
          },
          false,
        ),
      timeoutMs,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, source, bytes }, [bytes.buffer as ArrayBuffer]);
  });
}
