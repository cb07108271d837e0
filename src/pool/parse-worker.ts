/**
 * Worker-thread entry: parses the chunks of résumés it is sent (see `parse.ts`) and posts each back
 * as soon as it is done. One parser serves every chunk, so term ids count across them.
 *
 * Messages in: `{ type: 'parse', chunk, files }`. Out: `{ type: 'parsed', chunk, batch }` for each,
 * in the order they came. The builder ends the thread when it has every chunk back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultTaxonomy } from '../taxonomy/taxonomy.js';
import type { ResumeFile } from '../resume/read-folder.js';
import { ResumeParser } from './parse.js';

const { now } = workerData as { now: string };
const parser = new ResumeParser(defaultTaxonomy(), new Date(now));
parentPort?.on('message', (message: { type: 'parse'; chunk: number; files: ResumeFile[] }) => {
  const batch = parser.parse(message.files);
  const transfer = batch.resumes.flatMap((r) =>
    r ? [r.text.buffer, ...r.fields.flatMap((f) => [f.ids.buffer, f.counts.buffer])] : [],
  ) as ArrayBuffer[];
  parentPort?.postMessage({ type: 'parsed', chunk: message.chunk, batch }, transfer);
});
