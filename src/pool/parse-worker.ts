/** Worker-thread entry: parses one batch of résumés (see `parse.ts`) and posts it back. */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultTaxonomy } from '../taxonomy/taxonomy.js';
import type { ResumeFile } from '../resume/read-folder.js';
import { parseBatch } from './parse.js';

const { files, now } = workerData as { files: ResumeFile[]; now: string };
let done = 0;
const batch = parseBatch(files, defaultTaxonomy(), new Date(now), () => {
  done++;
  if (done % 200 === 0) parentPort?.postMessage({ type: 'progress', done });
});
const transfer = batch.resumes.flatMap((r) =>
  r ? r.fields.flatMap((f) => [f.ids.buffer, f.counts.buffer]) : [],
) as ArrayBuffer[];
parentPort?.postMessage({ type: 'done', batch }, transfer);
