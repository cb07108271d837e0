/**
 * Child-process entry for index builds (see `pool.ts`): receives one job over IPC, builds the
 * snapshot, writes the cache, reports progress, exits. Its memory goes back to the OS on exit.
 */
import { CandidateBotError } from '../errors.js';
import { defaultTaxonomy } from '../taxonomy/taxonomy.js';
import { saveSnapshot } from './cache.js';
import { buildSnapshot, type BuildProgress } from './build.js';

interface Job {
  readonly dir: string;
  readonly dataDir: string;
  readonly documentCacheDir?: string;
  readonly key: string;
  readonly now: string;
  readonly maxFileBytes?: number;
}

const send = (message: object): Promise<void> =>
  new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, () => resolve());
  });

process.once('message', (job: Job) => {
  void (async () => {
    try {
      let last = 0;
      const snapshot = await buildSnapshot(job.dir, {
        taxonomy: defaultTaxonomy(),
        now: new Date(job.now),
        key: job.key,
        ...(job.maxFileBytes !== undefined ? { maxFileBytes: job.maxFileBytes } : {}),
        ...(job.documentCacheDir !== undefined ? { documentCacheDir: job.documentCacheDir } : {}),
        onProgress: (progress: BuildProgress) => {
          const now = Date.now();
          // Progress at most ten times a second, plus every phase's end.
          if (now - last >= 100 || progress.done === progress.total) {
            last = now;
            void send({ type: 'progress', progress });
          }
        },
      });
      await send({ type: 'progress', progress: { phase: 'saving', done: 0, total: 1 } });
      await saveSnapshot(job.dataDir, snapshot);
      await send({ type: 'done' });
      process.exit(0);
    } catch (error) {
      await send({
        type: 'error',
        error: error instanceof Error ? error.message : String(error),
        // The parent rethrows it with the same code, so `npm run cli` can say "cannot read the folder" plainly.
        ...(error instanceof CandidateBotError ? { code: error.code } : {}),
      });
      process.exit(1);
    }
  })();
});
