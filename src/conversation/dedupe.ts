import { appendFile } from 'node:fs/promises';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
/**
 * Remembers platform event ids so a redelivered event never gets a second answer.
 *
 * The TTL must outlast every retry window: Slack retries a failed event three times within about
 * five minutes (https://api.slack.com/apis/events-api#retries), while Feishu retries for hours —
 * its schedule ends roughly seven hours after the first delivery (15 s, 5 min, 1 h, 6 h). Twelve
 * hours covers both with margin. Entries are kept in insertion order, so expired ones are always at
 * the front; a size cap bounds memory under a flood of distinct ids.
 */
export const DEDUPE_TTL_MS = 12 * 60 * 60 * 1000;

export interface DedupeOptions {
  readonly ttlMs?: number;
  readonly maxEntries?: number;
  readonly now?: () => number;
  /**
   * Where seen ids are kept across restarts (`DATA_DIR/dedupe.log`, one `expiry key` line each):
   * a redelivery or a captured request replayed after a restart is still recognised.
   */
  readonly file?: string;
}

/** Has this platform event (or request) been seen? A local memory, or Redis shared by every copy. */
export interface Dedupe {
  /** True when `key` was seen before (within the TTL); records it either way. */
  seen(key: string): boolean | Promise<boolean>;
}

export class EventDedupe implements Dedupe {
  private readonly expiries = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  private readonly file: string | undefined;
  private writes: Promise<void> = Promise.resolve();

  constructor(options: DedupeOptions = {}) {
    this.ttlMs = options.ttlMs ?? DEDUPE_TTL_MS;
    this.maxEntries = options.maxEntries ?? 100_000;
    this.now = options.now ?? Date.now;
    this.file = options.file;
    if (this.file) this.load(this.file);
  }

  /** Ids still within their TTL from an earlier run; the file is rewritten with just those. */
  private load(file: string): void {
    const now = this.now();
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // First run, or unreadable: start empty (the file is rewritten below).
    }
    for (const line of text.split('\n')) {
      const space = line.indexOf(' ');
      const expiry = Number(line.slice(0, space));
      const key = line.slice(space + 1);
      if (space > 0 && Number.isFinite(expiry) && expiry > now && key !== '') this.expiries.set(key, expiry);
    }
    // Entries were appended in time order, so insertion order still has the oldest first.
    while (this.expiries.size > this.maxEntries) this.expiries.delete(this.expiries.keys().next().value as string);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, [...this.expiries].map(([k, e]) => `${e} ${k}\n`).join(''));
      renameSync(tmp, file);
    } catch {
      // Dedupe still works in memory; only restarts lose it.
    }
  }

  /** Resolves when every id recorded so far is in the file. */
  flushed(): Promise<void> {
    return this.writes;
  }

  /**
   * True when `key` was seen within the TTL (a redelivery: do nothing); otherwise records it and
   * returns false (a first delivery: handle it). Empty keys are never deduplicated.
   */
  seen(key: string): boolean {
    if (key === '') return false;
    const now = this.now();
    this.prune(now);
    const expiry = this.expiries.get(key);
    if (expiry !== undefined && expiry > now) return true;
    this.expiries.delete(key);
    this.expiries.set(key, now + this.ttlMs);
    const file = this.file;
    if (file && !/[\n\r]/.test(key)) {
      const line = `${now + this.ttlMs} ${key}\n`;
      this.writes = this.writes.then(() => appendFile(file, line)).catch(() => undefined);
    }
    while (this.expiries.size > this.maxEntries) this.expiries.delete(this.expiries.keys().next().value as string);
    return false;
  }

  get size(): number {
    return this.expiries.size;
  }

  private prune(now: number): void {
    for (const [key, expiry] of this.expiries) {
      if (expiry > now) break;
      this.expiries.delete(key);
    }
  }
}
