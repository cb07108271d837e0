/**
 * Worker-thread entry: parses the chunks of résumés it is sent (see `parse.ts`) and posts each back
 * as soon as it is done. One parser serves every chunk, so term ids count across them.
 *
 * Messages in: `{ type: 'parse', chunk, items }` (files read, or listed for this thread to read).
 * Out: `{ type: 'parsed', chunk, count, batch, profiles, readWarnings }` for each, in the order they
 * came. `batch` is the parsed batch without its profiles, `profiles` their JSON in the same order:
 * structured cloning an object tree is slower on the receiving side than `JSON.parse` (measured
 * on 2,000 profiles: 130–290 ms against 90–100 ms), and the receiver is the one thread that also
 * builds the index. The builder ends the thread when it has every chunk back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultTaxonomy } from '../taxonomy/taxonomy.js';
import type { FolderAccess } from '../resume/read-folder.js';
import { readItems, ResumeParser, type ParseItem } from './parse.js';

const { now, access } = workerData as { now: string; access: FolderAccess | null };
const parser = new ResumeParser(defaultTaxonomy(), new Date(now));
parentPort?.on('message', (message: { type: 'parse'; chunk: number; items: ParseItem[] }) => {
  // Listed files are read here: the thread that lists the folder reads none of them.
  const { files, warnings: readWarnings } = readItems(message.items, access);
  const batch = parser.parse(files);
  const transfer = batch.resumes.flatMap((r) =>
    r ? [r.text.buffer, ...r.fields.flatMap((f) => [f.ids.buffer, f.counts.buffer])] : [],
  ) as ArrayBuffer[];
  const profiles = JSON.stringify(batch.resumes.flatMap((r) => (r ? [r.profile] : [])));
  const resumes = batch.resumes.map((r) => r && { ...r, profile: null });
  parentPort?.postMessage(
    {
      type: 'parsed',
      chunk: message.chunk,
      count: message.items.length,
      batch: { ...batch, resumes },
      profiles,
      readWarnings,
    },
    transfer,
  );
});
