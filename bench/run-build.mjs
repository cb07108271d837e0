/**
 * Benchmark worker for building the index (run by bench.ts in a fresh process, --expose-gc). It
 * runs the compiled bot (dist/, built by `npm run bench` first), as users do: run from the
 * sources, every parsing and reading thread would also load tsx (measured: 10–15 s more to build
 * 50,000 résumés), and pdf.js's 1 MB main module would be rewritten for its dynamic imports
 * (about 1 s and 170 MB more per reading thread).
 *   extract <poolDir> <count>   → files/s reading the first <count> PDFs, then the first <count>
 *                                 DOCX files of the pool with `extractDocuments` (default workers)
 *   build <poolDir> [options]   → build time of the whole pool and this process's peak RSS after it;
 *     --documents <dir>           PDF/DOCX texts are read from and kept in <dir> (DATA_DIR/documents)
 *     --save <dataDir>            the snapshot is saved there as the bot caches it: heap after the
 *                                 build, the cache key, write time and size too (bench.ts then loads it)
 */
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { poolKey, saveSnapshot } from '../dist/src/pool/cache.js';
import { buildSnapshot } from '../dist/src/pool/build.js';
import { extractDocuments } from '../dist/src/resume/documents/extractor.js';
import { listResumeFiles } from '../dist/src/resume/read-folder.js';
import { defaultTaxonomy } from '../dist/src/taxonomy/taxonomy.js';

const [mode, dir, countArg] = process.argv.slice(2);

/**
 * @param {string} root
 * @param {readonly string[]} paths
 * @param {string} ext
 * @param {number} count
 * @returns {Promise<Record<string, unknown>>}
 */
async function extractRate(root, paths, ext, count) {
  const chosen = paths.filter((p) => p.endsWith(ext)).slice(0, count);
  const jobs = chosen.map((p) => ({ source: path.relative(root, p), path: p }));
  let bytes = 0;
  for (const p of chosen) bytes += (await stat(p)).size;
  // Timed as a build meets it: starting the worker threads (and loading pdf.js or mammoth in
  // them) and reading the files are part of the cost. `firstMs` (until the first file is back)
  // shows how much of it is start-up.
  /** @type {number | undefined} */
  let firstMs;
  const t0 = performance.now();
  const outcomes = await extractDocuments(jobs, { onEach: () => (firstMs ??= performance.now() - t0) });
  const ms = performance.now() - t0;
  const failed = outcomes.filter((o) => !o.ok);
  // A file the reader refuses is quick to refuse: the rate is only meaningful when none failed.
  const firstFailure = failed[0] && !failed[0].ok ? failed[0].reason : undefined;
  return {
    files: jobs.length,
    bytes,
    ms,
    firstMs,
    filesPerS: jobs.length / (ms / 1000),
    failed: failed.length,
    ...(firstFailure ? { firstFailure } : {}),
  };
}

if (mode === 'extract' && dir && countArg) {
  const root = path.resolve(dir);
  const { paths } = await listResumeFiles(root);
  const count = Number(countArg);
  const pdf = await extractRate(root, paths, '.pdf', count);
  const docx = await extractRate(root, paths, '.docx', count);
  process.stdout.write(JSON.stringify({ cores: availableParallelism(), pdf, docx }) + '\n');
} else if (mode === 'build' && dir) {
  const options = process.argv.slice(4);
  /** @param {string} name */
  const option = (name) =>
    options.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1) ??
    (options.includes(name) ? options[options.indexOf(name) + 1] : undefined);
  const cacheDir = option('--documents');
  const dataDir = option('--save');
  // Heap figures after a build mean something only after full collections.
  if (dataDir && !(/** @type {{ gc?: () => void }} */ (globalThis).gc))
    throw new Error('run-build: --save needs --expose-gc');
  const taxonomy = defaultTaxonomy();
  const key = await poolKey(dir, taxonomy);
  collect();
  const t0 = performance.now();
  const snapshot = await buildSnapshot(dir, {
    taxonomy,
    now: new Date(),
    key,
    ...(cacheDir ? { documentCacheDir: cacheDir } : {}),
  });
  const buildMs = performance.now() - t0;
  // The high-water mark of the whole process in KiB, the extraction and parsing threads included.
  const maxRssKiB = process.resourceUsage().maxRSS;
  const firstWarning = snapshot.warnings[0];
  /** @type {Record<string, unknown>} */
  let saved = {};
  if (dataDir) {
    collect();
    const m = process.memoryUsage();
    const mib = (/** @type {number} */ n) => Math.round((n / 1024 / 1024) * 10) / 10;
    const t1 = performance.now();
    const at = await saveSnapshot(dataDir, snapshot);
    const saveMs = performance.now() - t1;
    let cacheBytes = 0;
    for (const f of await readdir(at)) cacheBytes += (await stat(path.join(at, f))).size;
    saved = {
      key,
      afterBuild: { heap: mib(m.heapUsed), external: mib(m.external), rss: mib(m.rss) },
      saveMs,
      cacheBytes,
    };
  }
  process.stdout.write(
    JSON.stringify({
      cores: availableParallelism(),
      resumes: snapshot.profiles.length,
      warnings: snapshot.warnings.length,
      ...(firstWarning ? { firstWarning: `${firstWarning.source}: ${firstWarning.reason}` } : {}),
      buildMs,
      maxRssKiB,
      ...saved,
    }) + '\n',
  );
} else {
  process.stderr.write(
    'usage: run-build.mjs extract <poolDir> <count> | build <poolDir> [--documents <dir>] [--save <dataDir>]\n',
  );
  process.exitCode = 2;
}

/** Full garbage collections, for clean heap figures (bench.ts runs this with --expose-gc; without it, none). */
function collect() {
  const gc = /** @type {{ gc?: () => void }} */ (globalThis).gc;
  for (let i = 0; gc && i < 3; i++) gc();
}
