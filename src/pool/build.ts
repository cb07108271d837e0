import { availableParallelism } from 'node:os';
import { startWorkerThread } from '../worker-entry.js';
import type { Profile } from '../profile/profile.js';
import {
  bySource,
  openResumeFolder,
  readDocuments,
  readFolderFiles,
  type FolderAccess,
  type LoadWarning,
  type ReadFolderOptions,
  type ResumeFile,
} from '../resume/read-folder.js';
import { DocumentTextCache } from '../resume/documents/text-cache.js';
import { CompactIndex } from '../store/compact-index.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { Worker } from 'node:worker_threads';
import type { ParsedBatch, ParsedResume, ParseItem } from './parse.js';
import { withRoom } from '../store/int-array.js';
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

/** Below this many files, parsing in worker threads costs more than it saves. */
const PARALLEL_FROM = 1000;

/** Résumés per chunk: a worker's unit of work, and how often the index takes in what was parsed. */
const CHUNK = 250;

/**
 * Reads the folder and builds a snapshot. Bad files are skipped with a warning. A large pool's
 * text files are read by the threads that parse them, a chunk at a time, as they go: the folder
 * is only listed here (and its PDF and DOCX files extracted first).
 */
export async function buildSnapshot(dir: string, options: BuildOptions): Promise<PoolSnapshot> {
  const readOptions: ReadFolderOptions = {
    onProgress: (done, total) => options.onProgress?.({ phase: 'reading', done, total }),
    ...(options.maxFileBytes !== undefined ? { maxDocumentBytes: options.maxFileBytes } : {}),
    ...(options.documentCacheDir !== undefined
      ? { documentCache: await DocumentTextCache.open(options.documentCacheDir) }
      : {}),
  };
  const folder = await openResumeFolder(dir, readOptions);
  if (!inWorkers(folder.entries.length, options)) {
    const { files, warnings } = await readFolderFiles(folder, readOptions);
    return buildSnapshotFromFiles(dir, files, warnings, options);
  }
  const documents = folder.entries.filter((e) => e.document).length;
  let done = 0;
  const read = await readDocuments(folder, readOptions, () =>
    options.onProgress?.({ phase: 'reading', done: ++done, total: documents }),
  );
  const items: ParseItem[] = [];
  folder.entries.forEach((entry, i) => {
    if (!entry.document) items.push(entry);
    else {
      const file = read.files.get(i);
      if (file) items.push(file);
    }
  });
  return buildFromItems(dir, items, [...folder.warnings, ...read.warnings], folder.access, options);
}

/**
 * Builds a snapshot from files already read. Large pools are parsed on every core, a chunk at a
 * time, while this thread adds each parsed chunk to the index in file order.
 */
export function buildSnapshotFromFiles(
  dir: string,
  files: readonly ResumeFile[],
  readWarnings: readonly LoadWarning[],
  options: BuildOptions,
): Promise<PoolSnapshot> {
  return buildFromItems(dir, files, readWarnings, null, options);
}

function workerCount(options: BuildOptions): number {
  return Math.max(1, Math.floor(options.parseWorkers ?? Math.min(4, availableParallelism())));
}

function inWorkers(files: number, options: BuildOptions): boolean {
  return files >= PARALLEL_FROM && workerCount(options) > 1;
}

/**
 * Parses and indexes `items` in order (read already, or listed and read on the way through
 * `access`). Warnings: those of reading, sorted as the folder reader sorts them, then those of parsing.
 */
async function buildFromItems(
  dir: string,
  items: readonly ParseItem[],
  readWarnings: readonly LoadWarning[],
  access: FolderAccess | null,
  options: BuildOptions,
): Promise<PoolSnapshot> {
  const { taxonomy } = options;
  // The build pipeline is loaded only when building: starting from a cache never needs it.
  const [{ ResumeParser, readItems }, { IndexBuilder }, { BM25, FIELDS }] = await Promise.all([
    import('./parse.js'),
    import('../store/index-builder.js'),
    import('../store/fields.js'),
  ]);
  const builder = new IndexBuilder(FIELDS, BM25);
  const reading = [...readWarnings];
  const parsing: LoadWarning[] = [];
  const profiles: Profile[] = [];
  const texts: Uint8Array[] = [];
  const contentKeys: (string | null)[] = [];
  const take = (batch: ParsedBatch, terms: ParserTerms): void => {
    append(parsing, batch.warnings);
    for (const resume of batch.resumes) {
      if (!resume) continue;
      profiles.push(resume.profile);
      texts.push(resume.text);
      contentKeys.push(resume.contentKey);
      builder.addNumbered(resume.fields, terms.vocabulary, terms.numbers);
    }
  };
  if (inWorkers(items.length, options))
    await parseInWorkers(items, access, workerCount(options), options, (batch, terms, warnings) => {
      append(reading, warnings);
      take(batch, terms);
    });
  else {
    const parser = new ResumeParser(taxonomy, options.now);
    const terms = new ParserTerms();
    const onEach = progressCounter(items.length, options);
    for (let from = 0; from < items.length; from += CHUNK) {
      // A build in this process lets the event loop run between chunks.
      if (from > 0) await new Promise((resolve) => setImmediate(resolve));
      const chunk = readItems(items.slice(from, from + CHUNK), access);
      append(reading, chunk.warnings);
      for (let i = 0; i < chunk.warnings.length; i++) onEach();
      const batch = parser.parse(chunk.files, onEach);
      terms.add(batch.newTerms);
      take(batch, terms);
    }
  }
  reading.sort(bySource);
  markDuplicates(profiles, contentKeys);
  options.onProgress?.({ phase: 'indexing', done: 0, total: profiles.length });
  const data = builder.build();
  options.onProgress?.({ phase: 'indexing', done: profiles.length, total: profiles.length });
  return assembleSnapshot(
    dir,
    profiles,
    TextStore.fromBytes(texts),
    new CompactIndex(data),
    [...reading, ...parsing],
    new Date().toISOString(),
    options.key,
  );
}

function progressCounter(total: number, options: BuildOptions): () => void {
  let done = 0;
  return () => options.onProgress?.({ phase: 'parsing', done: ++done, total });
}

/**
 * The terms one parser has numbered so far (its term ids index `vocabulary`), and their numbers in
 * the index (`numbers`, -1 until looked up; see `IndexBuilder.addNumbered`).
 */
class ParserTerms {
  readonly vocabulary: string[] = [];
  numbers = new Int32Array(0);

  add(newTerms: readonly string[]): void {
    append(this.vocabulary, newTerms);
    this.numbers = withRoom(this.numbers, this.vocabulary.length, -1);
  }
}

/** What a parsing worker sends back (see `parse-worker.ts`): a batch whose profiles come as JSON. */
interface WorkerMessage {
  readonly type: string;
  readonly chunk: number;
  /** How many items the chunk had. */
  readonly count: number;
  readonly batch: Omit<ParsedBatch, 'resumes'> & {
    readonly resumes: readonly ((Omit<ParsedResume, 'profile'> & { profile: null }) | null)[];
  };
  readonly profiles: string;
  /** Files of the chunk that could not be read. */
  readonly readWarnings: readonly LoadWarning[];
}

/** Chunks a worker is given ahead: when it finishes one, the next is already waiting. */
const AHEAD = 2;

/**
 * Parses `items` in worker threads (which read the listed ones through `access`), a chunk at a
 * time: each worker gets the next chunk as it sends one back (a slow chunk holds up no other
 * worker). `take` gets the chunks in order, with the terms of the worker that parsed each and the
 * warnings of the files it could not read.
 */
function parseInWorkers(
  items: readonly ParseItem[],
  access: FolderAccess | null,
  count: number,
  options: BuildOptions,
  take: (batch: ParsedBatch, terms: ParserTerms, readWarnings: readonly LoadWarning[]) => void,
): Promise<void> {
  // Resolved as an import is (the compiled file, or its source when the process runs them).
  const entry = import.meta.resolve('./parse-worker.js');
  const chunks = Math.ceil(items.length / CHUNK);
  return new Promise<void>((resolve, reject) => {
    const threads: Worker[] = [];
    const parsed = new Map<number, { batch: ParsedBatch; terms: ParserTerms; readWarnings: readonly LoadWarning[] }>();
    let sent = 0;
    let taken = 0;
    let done = 0;
    let failed = false;
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      for (const thread of threads) void thread.terminate();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const send = (thread: Worker): void => {
      if (sent >= chunks) return;
      const chunk = sent++;
      thread.postMessage({ type: 'parse', chunk, items: items.slice(chunk * CHUNK, (chunk + 1) * CHUNK) });
    };
    // Never a worker without a chunk.
    for (let w = 0; w < Math.min(count, chunks); w++) {
      const terms = new ParserTerms();
      const thread = startWorkerThread(entry, { workerData: { now: options.now.toISOString(), access } });
      threads.push(thread);
      thread.on('message', (message: WorkerMessage) => {
        if (failed || message.type !== 'parsed') return;
        const profiles = JSON.parse(message.profiles) as Profile[];
        let at = 0;
        const batch: ParsedBatch = {
          ...message.batch,
          resumes: message.batch.resumes.map((r) => r && { ...r, profile: profiles[at++] as Profile }),
        };
        // A worker's messages come in the order it parsed them: its new terms are added in that order.
        terms.add(batch.newTerms);
        parsed.set(message.chunk, { batch, terms, readWarnings: message.readWarnings });
        done += message.count;
        options.onProgress?.({ phase: 'parsing', done, total: items.length });
        send(thread);
        try {
          for (let next = parsed.get(taken); next; next = parsed.get(taken)) {
            parsed.delete(taken++);
            take(next.batch, next.terms, next.readWarnings);
          }
        } catch (error) {
          fail(error);
          return;
        }
        if (taken === chunks) {
          for (const t of threads) void t.terminate();
          resolve();
        }
      });
      thread.on('error', fail);
      // After the last chunk this changes nothing; before it, chunks would be lost.
      thread.on('exit', (code) => {
        if (taken < chunks) fail(new Error(`pool: a parsing worker stopped early (exit code ${code})`));
      });
      for (let i = 0; i < AHEAD; i++) send(thread);
    }
  });
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

/**
 * Appends `items` to `target` one by one: `push(...items)` passes them as arguments, and a chunk
 * with a couple of hundred thousand new terms would overflow the stack.
 */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
