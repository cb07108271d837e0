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
  const [{ parseBatch }, { IndexBuilder }, { BM25, FIELDS }] = await Promise.all([
    import('./parse.js'),
    import('../store/index-builder.js'),
    import('../store/fields.js'),
  ]);
  const workers = Math.min(4, availableParallelism());
  const batches =
    files.length >= PARALLEL_FROM && workers > 1
      ? await parseInWorkers(files, workers, options)
      : [parseBatch(files, taxonomy, options.now, progressCounter(files.length, options))];
  const warnings = [...readWarnings, ...batches.flatMap((b) => b.warnings)];
  const profiles: Profile[] = [];
  const folded: string[] = [];
  const builder = new IndexBuilder(FIELDS, BM25);
  const parsed: { resume: ParsedResume; vocabulary: readonly string[] }[] = [];
  for (const batch of batches)
    for (const resume of batch.resumes) if (resume) parsed.push({ resume, vocabulary: batch.vocabulary });
  const all = parsed.map((p) => p.resume.profile);
  markDuplicates(
    all,
    parsed.map((p) => p.resume.folded),
  );
  options.onProgress?.({ phase: 'indexing', done: 0, total: parsed.length });
  parsed.forEach(({ resume, vocabulary }, i) => {
    profiles.push(all[i] as Profile);
    folded.push(resume.folded);
    builder.add(
      resume.fields.map((f) => ({
        terms: Array.from(f.ids, (id) => vocabulary[id] as string),
        counts: f.counts,
        length: f.length,
      })),
    );
  });
  const data = builder.build();
  options.onProgress?.({ phase: 'indexing', done: parsed.length, total: parsed.length });
  return assembleSnapshot(
    dir,
    profiles,
    TextStore.fromTexts(folded),
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

/** Splits the files over worker threads; batches come back in input order. */
function parseInWorkers(files: readonly ResumeFile[], count: number, options: BuildOptions): Promise<ParsedBatch[]> {
  // Resolved as an import is (the compiled file, or its source when the process runs them).
  const entry = import.meta.resolve('./parse-worker.js');
  const size = Math.ceil(files.length / count);
  const done = new Array<number>(count).fill(0);
  return Promise.all(
    Array.from({ length: count }, (_, w) => {
      const slice = files.slice(w * size, (w + 1) * size);
      return new Promise<ParsedBatch>((resolve, reject) => {
        const worker = startWorkerThread(entry, { workerData: { files: slice, now: options.now.toISOString() } });
        worker.on('message', (message: { type: string; done?: number; batch?: ParsedBatch }) => {
          if (message.type === 'progress') {
            done[w] = message.done ?? 0;
            options.onProgress?.({ phase: 'parsing', done: done.reduce((a, b) => a + b, 0), total: files.length });
          } else if (message.type === 'done' && message.batch) {
            resolve(message.batch);
            void worker.terminate();
          }
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0) reject(new Error(`pool: a parsing worker exited with code ${code}`));
        });
      });
    }),
  );
}

/**
 * The same person in two files: same phone or e-mail, or the same text (a résumé saved twice, or
 * exported once more with different line breaks or punctuation). Later files point at the first.
 */
function markDuplicates(profiles: Profile[], folded: readonly string[]): void {
  const owner = new Map<string, string>();
  for (let i = 0; i < profiles.length; i++) {
    const p = profiles[i] as Profile;
    const keys = [...p.phones.map((x) => `p:${x.replace(/^\+?86/, '')}`), ...p.emails.map((x) => `e:${x}`)];
    const content = contentKey(folded[i] ?? '');
    if (content) keys.push(content);
    const first = keys.map((k) => owner.get(k)).find((id) => id !== undefined);
    if (first !== undefined) profiles[i] = { ...p, duplicateOf: first };
    else for (const k of keys) owner.set(k, p.id);
  }
}

/** Shorter texts are too thin to call two files the same person (a name and a title, say). */
const MIN_CONTENT_CHARS = 200;

/** Which UTF-16 code units are letters or digits (built once: a table beats a Unicode regex over 50 MB). */
let wordUnits: Uint8Array | undefined;

function isWordUnit(code: number): boolean {
  if (!wordUnits) {
    wordUnits = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (/[\p{L}\p{N}]/u.test(String.fromCharCode(c))) wordUnits[c] = 1;
    // Surrogates: characters beyond the BMP (rare in résumés) count as letters.
    wordUnits.fill(1, 0xd800, 0xe000);
  }
  return wordUnits[code] === 1;
}

/**
 * A key for the letters and digits of a folded text, in order (two independent 32-bit FNV-1a
 * hashes and the count); null when there are too few. Spaces, line breaks and punctuation do not
 * count, so a résumé exported again with other line breaks has the same key.
 */
function contentKey(folded: string): string | null {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  let n = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (!isWordUnit(c)) continue;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    n++;
  }
  if (n < MIN_CONTENT_CHARS) return null;
  return `t:${n}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}
