/**
 * Benchmark worker for the baseline: stock lunr + lunr-languages `lunr.zh` (with @node-rs/jieba),
 * indexing each résumé's text in one field and searching with `idx.search(userText)`, as a
 * project would out of the box. Run by bench.ts in a fresh process with --expose-gc.
 */
import { createRequire } from 'node:module';
import lunr from 'lunr';
import { readResumeFolder } from '../src/resume/read-folder.js';
import { gc, heapMiB, latency } from './measure.js';
import { benchQueries } from './synthetic.js';

const require = createRequire(import.meta.url);
(require('lunr-languages/lunr.stemmer.support') as (l: typeof lunr) => void)(lunr);
(require('lunr-languages/lunr.zh') as (l: typeof lunr) => void)(lunr);
const zh = (lunr as unknown as { zh: lunr.Builder.Plugin }).zh;

const dir = process.argv[2] as string;
const { files } = await readResumeFolder(dir);
gc();
const t0 = performance.now();
let index: lunr.Index | null = lunr(function () {
  this.use(zh);
  this.ref('id');
  this.field('body');
  for (const f of files) this.add({ id: f.id, body: f.text });
});
const buildMs = performance.now() - t0;
gc();
const afterBuild = heapMiB();
const t1 = performance.now();
let json: string | null = JSON.stringify(index);
const serializeMs = performance.now() - t1;
const jsonBytes = Buffer.byteLength(json);
index = null;
gc();
const t2 = performance.now();
const loaded = lunr.Index.load(JSON.parse(json));
const loadMs = performance.now() - t2;
json = null;
gc();
const afterLoad = heapMiB();
let throws = 0;
const queries = benchQueries();
const lat = latency(queries, (q) => {
  try {
    loaded.search(q);
  } catch {
    throws++;
  }
});
process.stdout.write(
  JSON.stringify({
    resumes: files.length,
    buildMs,
    afterBuild,
    serializeMs,
    jsonBytes,
    loadMs,
    afterLoad,
    query: lat,
    throwsPerRound: throws / 3,
  }) + '\n',
);
