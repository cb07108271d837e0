import { fork } from 'node:child_process';
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CandidateBotError, hasCode, type CandidateBotErrorCode } from '../errors.js';
import type { Profile } from '../profile/profile.js';
import { cleanResume } from '../resume/clean.js';
import { readResumeText } from '../resume/read-folder.js';
import { DocumentTextCache } from '../resume/documents/text-cache.js';
import { maskResumeContacts } from '../profile/contacts.js';
import { defaultTaxonomy, type Taxonomy } from '../taxonomy/taxonomy.js';
import { latestCacheKey, loadSnapshot, poolKey, saveSnapshot } from './cache.js';
import { buildSnapshot, type BuildProgress } from './build.js';
import type { PoolSnapshot } from '../store/snapshot.js';
import type { Logger } from '../logger.js';
import { LRUCache } from 'lru-cache';

/** The logging the pool needs (pino's shape). Never given résumé text or contact details. */

export interface PoolOptions {
  /** The résumé folder. */
  readonly dir: string;
  /** Where the index cache lives. */
  readonly dataDir: string;
  readonly taxonomy?: Taxonomy;
  readonly logger?: Logger;
  readonly now?: () => Date;
  /** Build in a child process (default: its memory goes back to the OS) or in this one. */
  readonly build?: 'child' | 'in-process';
  readonly onProgress?: (progress: BuildProgress) => void;
  /** PDF and DOCX files over this size are skipped with a warning (`MAX_FILE_MB`; default 20 MiB). */
  readonly maxFileBytes?: number;
  /** Told when a new snapshot was swapped in (its cache key), e.g. to tell other copies of the bot. */
  readonly onSwap?: (key: string) => void;
}

const SILENT: Logger = { info() {}, warn() {}, error() {}, debug() {} };
const WATCH_DEBOUNCE_MS = 1500;
const POLL_INTERVAL_MS = 60_000;

/**
 * The résumé pool: the lifecycle and I/O of the folder's snapshot (store/snapshot.ts). It builds or
 * loads the snapshot, keeps it current and reads résumé text; searching it is search/'s business
 * (see candidates/candidates.ts, which puts the two together). A change in the folder rebuilds in
 * the background and swaps the new snapshot in atomically; queries keep using the old one until then.
 */
export class ResumePool {
  readonly dir: string;
  readonly dataDir: string;
  readonly taxonomy: Taxonomy;
  private snapshot: PoolSnapshot;
  private readonly options: PoolOptions;
  private readonly logger: Logger;
  private rebuilding: Promise<boolean> | null = null;
  private watcher: FSWatcher | null = null;
  private poller: NodeJS.Timeout | null = null;
  private debounce: NodeJS.Timeout | null = null;
  /** Cleaned texts of the résumés shown lately (a page's cards, a profile), by file and version. */
  private readonly plainCache = new LRUCache<string, string>({ max: 64 });
  /** The texts the builds kept of PDF and DOCX files, opened on first use. */
  private documents: Promise<DocumentTextCache> | undefined;

  private constructor(options: PoolOptions, snapshot: PoolSnapshot) {
    this.options = options;
    this.dir = path.resolve(options.dir);
    this.dataDir = path.resolve(options.dataDir);
    this.taxonomy = options.taxonomy ?? defaultTaxonomy();
    this.logger = options.logger ?? SILENT;
    this.snapshot = snapshot;
  }

  /** Loads the pool from the cache, or builds (and caches) it. */
  static async open(options: PoolOptions): Promise<ResumePool> {
    const taxonomy = options.taxonomy ?? defaultTaxonomy();
    const logger = options.logger ?? SILENT;
    const started = Date.now();
    // Start loading the newest cache while the folder is fingerprinted; use it only if the keys agree.
    const early = latestCacheKey(options.dataDir)
      .then((k) => (k ? tryLoad(options.dataDir, k, SILENT, taxonomy) : null))
      .catch(() => null);
    const key = await poolKey(options.dir, taxonomy, options.maxFileBytes);
    const speculative = await early;
    let snapshot = speculative?.key === key ? speculative : await tryLoad(options.dataDir, key, logger, taxonomy);
    if (snapshot) {
      logger.info(
        { resumes: snapshot.profiles.length, ms: Date.now() - started, cache: key },
        'index loaded from cache',
      );
    } else {
      snapshot = await build(options, key, taxonomy, logger);
      logger.info(
        { resumes: snapshot.profiles.length, warnings: snapshot.warnings.length, ms: Date.now() - started },
        'index built',
      );
    }
    for (const w of snapshot.warnings) logger.warn({ file: w.source, reason: w.reason }, 'résumé skipped');
    return new ResumePool({ ...options, taxonomy }, snapshot);
  }

  /** The snapshot queries run against right now. */
  current(): PoolSnapshot {
    return this.snapshot;
  }

  /** The profile with this id in the current snapshot, if it is still in the pool. */
  profile(id: string): Profile | undefined {
    const doc = this.snapshot.byId.get(id);
    return doc === undefined ? undefined : this.snapshot.profiles[doc];
  }

  /** The cleaned text of a résumé as it is on disk now (for full profiles and quotes). */
  async plainText(snapshot: PoolSnapshot, doc: number): Promise<string | null> {
    const profile = snapshot.profiles[doc];
    if (!profile) return null;
    const file = path.join(snapshot.dir, profile.source);
    const cacheKey = `${file}\0${profile.modifiedAt}`;
    const cached = this.plainCache.get(cacheKey);
    if (cached !== undefined) return cached;
    try {
      this.documents ??= DocumentTextCache.open(documentCacheDir(this.dataDir));
      const raw = await readResumeText(file, profile.source, await this.documents);
      if (raw === null) return null; // removed or changed since the index was built; the watcher will catch up
      const text = maskResumeContacts(cleanResume(raw)).clean.text;
      this.plainCache.set(cacheKey, text);
      return text;
    } catch {
      return null; // removed since the index was built; the watcher will catch up
    }
  }

  /**
   * Rebuilds if the folder changed (or always, with `force`), in the background, then swaps.
   * Resolves true when a new snapshot was swapped in. Concurrent calls share one rebuild.
   */
  refresh({ force = false }: { force?: boolean } = {}): Promise<boolean> {
    this.rebuilding ??= (async () => {
      try {
        const key = await poolKey(this.dir, this.taxonomy, this.options.maxFileBytes);
        if (!force && key === this.snapshot.key) return false;
        const started = Date.now();
        const next =
          (await tryLoad(this.dataDir, key, this.logger, this.taxonomy)) ??
          (await build(this.options, key, this.taxonomy, this.logger));
        this.snapshot = next;
        this.plainCache.clear();
        this.logger.info(
          { resumes: next.profiles.length, warnings: next.warnings.length, ms: Date.now() - started },
          'index rebuilt and swapped in',
        );
        this.options.onSwap?.(next.key);
        return true;
      } catch (error) {
        this.logger.error(
          { err: error instanceof Error ? error.message : String(error) },
          'index rebuild failed; still serving the previous index',
        );
        return false;
      } finally {
        this.rebuilding = null;
      }
    })();
    return this.rebuilding;
  }

  /** Watches the folder and rebuilds on change (with a slow poll as a safety net). */
  watch(): void {
    if (this.watcher || this.poller) return;
    const schedule = (): void => {
      if (this.debounce) clearTimeout(this.debounce);
      this.debounce = setTimeout(() => void this.refresh(), WATCH_DEBOUNCE_MS);
      this.debounce.unref();
    };
    try {
      this.watcher = watch(this.dir, { recursive: true }, schedule);
      this.watcher.on('error', (error) =>
        this.logger.warn({ err: error.message }, 'folder watch failed; polling instead'),
      );
    } catch (error) {
      this.logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'folder watch unavailable; polling instead',
      );
    }
    this.poller = setInterval(() => void this.refresh(), POLL_INTERVAL_MS);
    this.poller.unref();
  }

  /** Stops watching and waits for a rebuild in progress. */
  async close(): Promise<void> {
    this.watcher?.close();
    this.watcher = null;
    if (this.poller) clearInterval(this.poller);
    if (this.debounce) clearTimeout(this.debounce);
    this.poller = null;
    await this.rebuilding;
  }
}

async function tryLoad(dataDir: string, key: string, logger: Logger, taxonomy: Taxonomy): Promise<PoolSnapshot | null> {
  try {
    return await loadSnapshot(dataDir, key, taxonomy);
  } catch (error) {
    if (hasCode(error, 'CACHE_INVALID')) {
      logger.warn({ err: error.message }, 'index cache unreadable; rebuilding');
      return null;
    }
    throw error;
  }
}

async function build(options: PoolOptions, key: string, taxonomy: Taxonomy, logger: Logger): Promise<PoolSnapshot> {
  const now = (options.now ?? (() => new Date()))();
  if (options.build === 'in-process') {
    const snapshot = await buildSnapshot(options.dir, {
      taxonomy,
      now,
      key,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
      documentCacheDir: documentCacheDir(options.dataDir),
    });
    await saveSnapshot(options.dataDir, snapshot).catch((error: unknown) => {
      logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'could not write the index cache; continuing without it',
      );
    });
    return snapshot;
  }
  await buildInChild(options, key, now);
  const loaded = await loadSnapshot(options.dataDir, key, taxonomy);
  if (!loaded) throw new Error('pool: the index build finished but left no cache');
  return loaded;
}

/** Where the text of PDF and DOCX files is kept between builds. */
function documentCacheDir(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'documents');
}

/** Builds and caches in a child process, so the build's peak memory is returned to the OS. */
function buildInChild(options: PoolOptions, key: string, now: Date): Promise<void> {
  return new Promise((resolve, reject) => {
    // The child runs with this process's Node flags (execArgv is inherited).
    const proc = fork(fileURLToPath(import.meta.resolve('./build-child.js')), [], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    proc.on(
      'message',
      (message: { type: string; progress?: BuildProgress; error?: string; code?: CandidateBotErrorCode }) => {
        if (message.type === 'progress' && message.progress) options.onProgress?.(message.progress);
        if (message.type === 'error')
          reject(
            message.code
              ? new CandidateBotError(message.code, message.error ?? 'unknown error')
              : new Error(`pool: index build failed: ${message.error ?? 'unknown error'}`),
          );
      },
    );
    proc.on('error', reject);
    proc.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`pool: index build exited with code ${code}`)),
    );
    proc.send({
      dir: path.resolve(options.dir),
      dataDir: path.resolve(options.dataDir),
      documentCacheDir: documentCacheDir(options.dataDir),
      key,
      now: now.toISOString(),
      maxFileBytes: options.maxFileBytes,
    });
  });
}
