/**
 * Benchmark worker for candidate-bot's queries (run by bench.ts in a fresh process, --expose-gc),
 * on the index bench/run-build.mjs built and saved:
 *   load <dataDir> <key>       → cache load time, heap after load, query p50/p99, JD match p50/p99
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJobDescription } from '../src/match/job-description.js';
import { matchJob } from '../src/match/match.js';
import { loadSnapshot } from '../src/pool/cache.js';
import { search } from '../src/search/search.js';
import { defaultTaxonomy } from '../src/taxonomy/taxonomy.js';
import { gc, heapMiB, latency } from './measure.js';
import { benchQueries } from './synthetic.js';

const [mode, a, b] = process.argv.slice(2);
const taxonomy = defaultTaxonomy();

/** The job descriptions written for the JD-match evaluation (bench/jds/*.txt). */
async function benchJds(): Promise<string[]> {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'jds');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.txt')).sort();
  return Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')));
}

if (mode === 'load' && a && b) {
  gc();
  const t0 = performance.now();
  const snapshot = await loadSnapshot(a, b);
  const loadMs = performance.now() - t0;
  if (!snapshot) throw new Error('bench: no cache to load');
  gc();
  const afterLoad = heapMiB();
  const queries = benchQueries();
  let hits = 0;
  const lat = latency(queries, (q) => {
    hits += search(snapshot, q, taxonomy).total;
  });
  // JD match as the bot runs it (read the JD, rank the pool), over the JDs in bench/jds.
  const jds = await benchJds();
  const jdMatch =
    jds.length > 0
      ? latency(jds, (jd) => void matchJob(snapshot, taxonomy, readJobDescription(jd, taxonomy), 10), 5)
      : null;
  process.stdout.write(
    JSON.stringify({
      loadMs,
      afterLoad,
      query: lat,
      queries: queries.length,
      meanHits: hits / lat.count / 1,
      jdMatch,
      jds: jds.length,
    }) + '\n',
  );
} else {
  process.stderr.write('usage: run-ours.ts load <dataDir> <key>\n');
  process.exitCode = 2;
}
