/**
 * Benchmark worker for document intake (run by bench.ts in a fresh process, issue 13 item 5).
 * It runs the compiled bot (dist/, built by `npm run bench` first), as users do: run from the
 * sources, every reading thread would also load tsx, which rewrites pdf.js's 1 MB main module for
 * its dynamic imports (about 1 s and 170 MB more per thread, measured).
 *   extract <poolDir> <count>  → files/s reading the first <count> PDFs, then the first <count> DOCX
 *                                files of the pool with `extractDocuments` (default workers)
 *   build <poolDir> [cacheDir] → build time of the whole pool, and this process's peak RSS after it;
 *                                with cacheDir, PDF/DOCX texts are read from and kept in it
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { poolKey } from '../dist/src/pool/cache.js';
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
  const taxonomy = defaultTaxonomy();
  const key = await poolKey(dir, taxonomy);
  // With a third argument: the document text cache the bot keeps in DATA_DIR/documents.
  const cacheDir = countArg;
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
  process.stdout.write(
    JSON.stringify({
      cores: availableParallelism(),
      resumes: snapshot.profiles.length,
      warnings: snapshot.warnings.length,
      ...(firstWarning ? { firstWarning: `${firstWarning.source}: ${firstWarning.reason}` } : {}),
      buildMs,
      maxRssKiB,
    }) + '\n',
  );
} else {
  process.stderr.write('usage: run-intake.ts extract <poolDir> <count> | build <poolDir> [cacheDir]\n');
  process.exitCode = 2;
}
