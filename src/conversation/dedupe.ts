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
}

export class EventDedupe {
  private readonly expiries = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: DedupeOptions = {}) {
    this.ttlMs = options.ttlMs ?? DEDUPE_TTL_MS;
    this.maxEntries = options.maxEntries ?? 100_000;
    this.now = options.now ?? Date.now;
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
