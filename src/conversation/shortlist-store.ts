import { readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { z } from 'zod';
import type { Actor } from './actor.js';
import { writeFileAtomic } from './atomic-file.js';

/**
 * The team's shortlist, shared by every platform, in `DATA_DIR/shortlists.json`. Each change is
 * written atomically (see atomic-file.ts), so a crash never leaves a truncated file. Operations are
 * idempotent: adding a candidate who is already there reports who added them and when instead of
 * acting twice (a double click or a platform retry changes nothing).
 *
 * Several processes may share the file (the bot and `npm run cli -- ask`, or two copies of the bot
 * on one machine): each change takes a lock on the file (`shortlists.json.lock`, proper-lockfile),
 * reads the file afresh, applies itself and writes, so no process's change overwrites another's;
 * reads notice another process's writes by the file's size and modification time.
 */

const EntrySchema = z.object({
  candidateId: z.string(),
  candidateName: z.string(),
  addedBy: z.object({ platform: z.string(), userId: z.string(), displayName: z.string().optional() }),
  addedAt: z.string(),
  where: z.object({ platform: z.string(), placeId: z.string().optional() }).optional(),
});
const FileSchema = z.object({ version: z.literal(1), entries: z.array(EntrySchema) });

export type ShortlistEntry = z.infer<typeof EntrySchema>;

export type ShortlistResult =
  | { readonly status: 'added'; readonly entry: ShortlistEntry }
  | { readonly status: 'already'; readonly entry: ShortlistEntry }
  | { readonly status: 'removed'; readonly entry: ShortlistEntry }
  | { readonly status: 'not-shortlisted' };

/** What the conversation needs of a shortlist: a file on one machine, or Redis for several copies. */
export interface Shortlist {
  add(candidateId: string, candidateName: string, actor: Actor): Promise<ShortlistResult>;
  remove(candidateId: string): Promise<ShortlistResult>;
  list(): readonly ShortlistEntry[];
  get(candidateId: string): ShortlistEntry | undefined;
}

/** A shortlist change that could not be saved (shared storage unreachable); nothing was changed. */
export class ShortlistUnavailable extends Error {
  constructor(cause: unknown) {
    super(`shortlist: could not be saved (${cause instanceof Error ? cause.message : String(cause)})`);
    this.name = 'ShortlistUnavailable';
  }
}

export interface ShortlistOptions {
  readonly now?: () => Date;
  /** Told when an unreadable file was set aside (it is kept, renamed, never deleted). */
  readonly onRecovered?: (keptAs: string, reason: string) => void;
}

export class ShortlistStore implements Shortlist {
  readonly file: string;
  private entries: ShortlistEntry[];
  private readonly now: () => Date;
  private queue: Promise<unknown> = Promise.resolve();
  /** Size and modification time of the file as last read or written here. */
  private seen: string | null = null;
  private readonly onRecovered: ShortlistOptions['onRecovered'];

  private constructor(
    file: string,
    entries: ShortlistEntry[],
    now: () => Date,
    onRecovered: ShortlistOptions['onRecovered'],
  ) {
    this.file = file;
    this.entries = entries;
    this.now = now;
    this.onRecovered = onRecovered;
    this.seen = stamp(file);
  }

  /** Opens (or starts) the shortlist in `file`. */
  static async open(file: string, options: ShortlistOptions = {}): Promise<ShortlistStore> {
    const now = options.now ?? (() => new Date());
    await removeStaleTemporaries(file);
    let entries: ShortlistEntry[] = [];
    let text: string | null = null;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      text = null; // no shortlist yet
    }
    if (text !== null) {
      try {
        entries = FileSchema.parse(JSON.parse(text)).entries;
      } catch (cause) {
        // Never lose data: keep the unreadable file beside the new one and say so.
        const keptAs = `${file}.unreadable-${now().toISOString().replace(/[:.]/g, '-')}`;
        await rename(file, keptAs);
        options.onRecovered?.(keptAs, cause instanceof Error ? cause.message : String(cause));
      }
    }
    return new ShortlistStore(file, entries, now, options.onRecovered);
  }

  /** Every entry, oldest first. */
  list(): readonly ShortlistEntry[] {
    this.refresh();
    return this.entries;
  }

  get(candidateId: string): ShortlistEntry | undefined {
    this.refresh();
    return this.entries.find((e) => e.candidateId === candidateId);
  }

  /** Picks up another process's writes (the file changed since this store read or wrote it). */
  private refresh(): void {
    const now = stamp(this.file);
    if (now === this.seen) return;
    try {
      this.entries = now === null ? [] : FileSchema.parse(JSON.parse(readFileSync(this.file, 'utf8'))).entries;
      this.seen = now;
    } catch {
      // Mid-replacement or damaged: keep what we have; the next change sets a damaged file aside.
    }
  }

  /** Adds a candidate; reports `already` (with who and when) if they are on the list. */
  add(candidateId: string, candidateName: string, actor: Actor): Promise<ShortlistResult> {
    return this.serialise(async () => {
      const existing = this.get(candidateId);
      if (existing) return { status: 'already', entry: existing };
      const entry: ShortlistEntry = {
        candidateId,
        candidateName,
        addedBy: {
          platform: actor.platform,
          userId: actor.userId,
          ...(actor.displayName ? { displayName: actor.displayName } : {}),
        },
        addedAt: this.now().toISOString(),
        where: { platform: actor.platform, ...(actor.placeId ? { placeId: actor.placeId } : {}) },
      };
      await this.persist([...this.entries, entry]);
      return { status: 'added', entry };
    });
  }

  /** Removes a candidate; `not-shortlisted` if they were not on the list. */
  remove(candidateId: string): Promise<ShortlistResult> {
    return this.serialise(async () => {
      const existing = this.get(candidateId);
      if (!existing) return { status: 'not-shortlisted' };
      await this.persist(this.entries.filter((e) => e.candidateId !== candidateId));
      return { status: 'removed', entry: existing };
    });
  }

  private async persist(next: ShortlistEntry[]): Promise<void> {
    await writeFileAtomic(this.file, `${JSON.stringify({ version: 1, entries: next }, null, 2)}\n`);
    this.entries = next;
    this.seen = stamp(this.file);
  }

  /**
   * One change at a time, in order, so concurrent clicks cannot interleave writes; and, across
   * processes, under the file's lock with the entries read afresh inside it.
   */
  private serialise<T>(work: () => Promise<T>): Promise<T> {
    const locked = async (): Promise<T> => {
      await mkdir(path.dirname(this.file), { recursive: true });
      const release = await lockfile.lock(this.file, {
        realpath: false,
        lockfilePath: `${this.file}.lock`,
        // A holder that died leaves a lock older than this: it is taken over.
        stale: 10_000,
        retries: { retries: 200, factor: 1.2, minTimeout: 5, maxTimeout: 100, randomize: true },
        // proper-lockfile throws from a timer when it cannot refresh the lock (a long-blocked event
        // loop): that must not bring the bot down; the write itself is still atomic.
        onCompromised: () => undefined,
      });
      try {
        await this.reload();
        return await work();
      } finally {
        await release().catch(() => undefined);
      }
    };
    const run = this.queue.then(locked, locked);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Reads the file (under the lock): what other processes wrote is the base of this change. */
  private async reload(): Promise<void> {
    let text: string | null;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      text = null;
    }
    this.seen = stamp(this.file);
    if (text === null) {
      this.entries = [];
      return;
    }
    try {
      this.entries = FileSchema.parse(JSON.parse(text)).entries;
    } catch (cause) {
      // Never lose data: keep the unreadable file beside the new one and say so.
      const keptAs = `${this.file}.unreadable-${this.now().toISOString().replace(/[:.]/g, '-')}`;
      await rename(this.file, keptAs);
      this.onRecovered?.(keptAs, cause instanceof Error ? cause.message : String(cause));
    }
  }
}

/** A temporary file this old is left over whoever wrote it (a process id can be reused). */
const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * Temporary files left by a crash mid-write (`.shortlists.json.<pid>.<rand>.tmp`). Another
 * process's write in flight (the CLI and the bot share the file) is never touched: only files whose
 * writer is gone, or that are over an hour old, are removed.
 */
async function removeStaleTemporaries(file: string): Promise<void> {
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const full = path.join(dir, name);
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    const age = Date.now() - ((await stat(full).catch(() => null))?.mtimeMs ?? Date.now());
    if (age > STALE_AFTER_MS || !processAlive(pid)) await rm(full, { force: true });
  }
}

function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true; // this process may have a write in flight (another store on the same file)
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The file's size and modification time, or null when it does not exist. */
function stamp(file: string): string | null {
  try {
    const s = statSync(file, { throwIfNoEntry: false });
    return s ? `${s.size}:${s.mtimeMs}` : null;
  } catch {
    return null;
  }
}
