import { availableParallelism } from 'node:os';
import { startWorkerThread } from '../worker-entry.js';
import type { Profile } from '../profile/profile.js';
import { readResumeFolder, type LoadWarning, type ResumeFile } from '../resume/read-folder.js';
import { DocumentTextCache } from '../resume/documents/text-cache.js';
import { CompactIndex } from '../store/compact-index.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { ParsedBatch, ParsedResume } from './parse.js';
import { TextStore } from '../store/text-store.js';
import { assembleSnapshot, type PoolSnapshot } from '../store/snapshot.js';

export interface BuildProgress {
  readonly phase: 'reading' | 'parsing' | 'indexing' | 'saving';
  readonly done: number;
  readonly total: number;
}

export interface BuildOptions {
  readonly taxonomy: Taxonomy;
  readonly now: Date;
  readonly key: string;
  readonly onProgress?: (progress: BuildProgress) => void;
  /** PDF and DOCX files over this size are skipped with a warning (default 20 MiB). */
  readonly maxFileBytes?: number;
  /** Where the text of PDF and DOCX files is kept between builds (`DATA_DIR/documents`); none: read every file. */
  readonly documentCacheDir?: string;
  /** Threads that parse a pool of 1,000 files or more (default: one per core, at most 4); 1: this thread. */
  readonly parseWorkers?: number;
}

/** Reads the folder and builds a snapshot. Bad files are skipped with a warning. */
export async function buildSnapshot(dir: string, options: BuildOptions): Promise<PoolSnapshot> {
  const { files, warnings } = await readResumeFolder(dir, {
    onProgress: (done, total) => options.onProgress?.({ phase: 'reading', done, total }),
    ...(options.maxFileBytes !== undefined ? { maxDocumentBytes: options.maxFileBytes } : {}),
    ...(options.documentCacheDir !== undefined
      ? { documentCache: await DocumentTextCache.open(options.documentCacheDir) }
      : {}),
  });
  return buildSnapshotFromFiles(dir, files, warnings, options);
}

/** Below this many files, parsing in worker threads costs more than it saves. */
const PARALLEL_FROM = 1000;

/** Builds a snapshot from files already read. Parsing runs on every core for large pools. */
export async function buildSnapshotFromFiles(
  dir: string,
  files: readonly ResumeFile[],
  readWarnings: readonly LoadWarning[],
  options: BuildOptions,
): Promise<PoolSnapshot> {
  const { taxonomy } = options;
  // The build pipeline is loaded only when building: starting from a cache never needs it.
  const [{ ResumeParser }, { IndexBuilder }, { BM25, FIELDS }] = await Promise.all([
    import('./parse.js'),
    import('../store/index-builder.js'),
    import('../store/fields.js'),
  ]);
  const workers = Math.max(1, Math.floor(options.parseWorkers ?? Math.min(4, availableParallelism())));
  const shares =
    files.length >= PARALLEL_FROM && workers > 1
      ? await parseInWorkers(files, workers, options)
      : [shareOf([new ResumeParser(taxonomy, options.now).parse(files, progressCounter(files.length, options))])];
  const warnings = [...readWarnings, ...shares.flatMap((b) => b.warnings)];
  const builder = new IndexBuilder(FIELDS, BM25);
  const parsed: { resume: ParsedResume; share: ParsedShare }[] = [];
  for (const share of shares) for (const resume of share.resumes) if (resume) parsed.push({ resume, share });
  const profiles = parsed.map((p) => p.resume.profile);
  markDuplicates(
    profiles,
    parsed.map((p) => p.resume.contentKey),
  );
  options.onProgress?.({ phase: 'indexing', done: 0, total: parsed.length });
  // Each share numbers its terms itself; a table per share turns them into the index's numbers.
  const termMaps = new Map(shares.map((share) => [share, new Int32Array(share.vocabulary.length).fill(-1)]));
  for (const { resume, share } of parsed)
    builder.addNumbered(resume.fields, share.vocabulary, termMaps.get(share) as Int32Array);
  const data = builder.build();
  options.onProgress?.({ phase: 'indexing', done: parsed.length, total: parsed.length });
  return assembleSnapshot(
    dir,
    profiles,
    TextStore.fromBytes(parsed.map((p) => p.resume.text)),
    new CompactIndex(data),
    warnings,
    new Date().toISOString(),
    options.key,
  );
}

function progressCounter(total: number, options: BuildOptions): () => void {
  let done = 0;
  return () => options.onProgress?.({ phase: 'parsing', done: ++done, total });
}

/** One parser's results, its batches joined: term ids index `vocabulary`. */
interface ParsedShare {
  readonly vocabulary: readonly string[];
  readonly resumes: readonly (ParsedResume | null)[];
  readonly warnings: readonly LoadWarning[];
}

/** Joins the batches of one parser, in the order it made them. */
function shareOf(batches: readonly ParsedBatch[]): ParsedShare {
  return {
    vocabulary: batches.flatMap((b) => b.newTerms),
    resumes: batches.flatMap((b) => b.resumes),
    warnings: batches.flatMap((b) => b.warnings),
  };
}

/** Splits the files over worker threads, which send results back in chunks; shares come back in input order. */
function parseInWorkers(files: readonly ResumeFile[], count: number, options: BuildOptions): Promise<ParsedShare[]> {
  // Resolved as an import is (the compiled file, or its source when the process runs them).
  const entry = import.meta.resolve('./parse-worker.js');
  const size = Math.ceil(files.length / count);
  // Never a worker without files.
  const workers = Math.ceil(files.length / size);
  const done = new Array<number>(workers).fill(0);
  return Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const slice = files.slice(w * size, (w + 1) * size);
      const batches: ParsedBatch[] = [];
      return new Promise<ParsedShare>((resolve, reject) => {
        const worker = startWorkerThread(entry, { workerData: { files: slice, now: options.now.toISOString() } });
        worker.on('message', (message: { type: string; done?: number; batch?: ParsedBatch }) => {
          if (message.type === 'chunk' && message.batch) {
            batches.push(message.batch);
            done[w] = message.done ?? 0;
            options.onProgress?.({ phase: 'parsing', done: done.reduce((a, b) => a + b, 0), total: files.length });
          } else if (message.type === 'done') {
            resolve(shareOf(batches));
            void worker.terminate();
          }
        });
        worker.on('error', reject);
        // After `done` this changes nothing; before it, the worker's share would be lost.
        worker.on('exit', (code) => reject(new Error(`pool: a parsing worker stopped early (exit code ${code})`)));
      });
    }),
  );
}

/**
 * The same person in two files: same phone or e-mail, or the same text (a résumé saved twice, or
 * exported once more with different line breaks or punctuation). Later files point at the first.
 */
function markDuplicates(profiles: Profile[], contentKeys: readonly (string | null)[]): void {
  const owner = new Map<string, string>();
  for (let i = 0; i < profiles.length; i++) {
    const p = profiles[i] as Profile;
    const keys = [...p.phones.map((x) => `p:${x.replace(/^\+?86/, '')}`), ...p.emails.map((x) => `e:${x}`)];
    const content = contentKeys[i];
    if (content) keys.push(content);
    const first = keys.map((k) => owner.get(k)).find((id) => id !== undefined);
    if (first !== undefined) profiles[i] = { ...p, duplicateOf: first };
    else for (const k of keys) owner.set(k, p.id);
  }
}
