/** Worker-thread entry: parses its share of the résumés (see `parse.ts`) and posts them back in chunks. */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultTaxonomy } from '../taxonomy/taxonomy.js';
import type { ResumeFile } from '../resume/read-folder.js';
import { ResumeParser } from './parse.js';

/** Résumés per message: the worker never holds its whole share's results, nor copies them in one message. */
const CHUNK = 250;

const { files, now } = workerData as { files: (ResumeFile | null)[]; now: string };
const parser = new ResumeParser(defaultTaxonomy(), new Date(now));
for (let from = 0; from < files.length; from += CHUNK) {
  const chunk = files.slice(from, from + CHUNK) as ResumeFile[];
  // The texts are not needed again: let them go as the share is worked through.
  files.fill(null, from, from + CHUNK);
  const batch = parser.parse(chunk);
  const transfer = batch.resumes.flatMap((r) =>
    r ? [r.text.buffer, ...r.fields.flatMap((f) => [f.ids.buffer, f.counts.buffer])] : [],
  ) as ArrayBuffer[];
  parentPort?.postMessage({ type: 'chunk', batch, done: Math.min(files.length, from + CHUNK) }, transfer);
}
parentPort?.postMessage({ type: 'done' });
