/** Worker-thread entry: extracts the text of one document per message (see `extractor.ts`). */
import { parentPort } from 'node:worker_threads';
import { extractDocument } from './extract.js';
import type { ExtractOutcome } from './types.js';

parentPort?.on('message', (job: { id: number; source: string; bytes: Uint8Array }) => {
  void extractDocument(job.source, job.bytes)
    .catch((cause: unknown): ExtractOutcome => ({
      ok: false,
      reason: `skipped: could not be read (${cause instanceof Error ? cause.message : String(cause)})`,
    }))
    .then((outcome) => parentPort?.postMessage({ id: job.id, outcome }));
});
