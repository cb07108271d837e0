import { Redis } from 'ioredis';
import type { Actor } from '../conversation/actor.js';
import type { AuditEntry, AuditSink } from '../conversation/audit-log.js';
import { DEDUPE_TTL_MS, type Dedupe } from '../conversation/dedupe.js';
import {
  ShortlistUnavailable,
  type Shortlist,
  type ShortlistEntry,
  type ShortlistResult,
} from '../conversation/shortlist-store.js';
import type { Logger } from '../logger.js';

/**
 * State shared by every running copy of the bot through Redis (`REDIS_URL`): event dedupe, the
 * shortlist, the audit trail, and word that the résumé pool changed. Commands fail fast while
 * Redis is away (no offline queue): dedupe then fails open with a warning, shortlist and audit
 * writes fail with a clear message to the user, and everything works again when Redis is back
 * (ioredis reconnects by itself).
 */

const PREFIX = 'candidate-bot:';
const CHANNEL = `${PREFIX}events`;

export interface SharedState {
  readonly dedupe: Dedupe;
  readonly shortlist: Shortlist;
  readonly audit: AuditSink;
  /** Tells the other copies the pool changed (they refresh); `onPoolChange` hears the others. */
  announcePoolChange(key: string): Promise<void>;
  onPoolChange(listener: (key: string) => void): void;
  close(): Promise<void>;
}

/** Connects, or throws an error naming REDIS_URL (start-up stops: several copies without their shared state would answer twice). */
export async function connectSharedState(
  url: string,
  logger: Logger,
  options: { connectTimeoutMs?: number } = {},
): Promise<SharedState> {
  const make = (): Redis =>
    new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: options.connectTimeoutMs ?? 5000,
      // Reconnect for ever, backing off to 2 s: Redis coming back must need no restart of the bot.
      retryStrategy: (times) => Math.min(100 * times, 2000),
    });
  const client = make();
  const subscriber = make();
  const quiet = (what: string) => (error: Error) =>
    logger.warn({ err: error.message, what }, 'redis: connection problem (retrying)');
  client.on('error', quiet('commands'));
  subscriber.on('error', quiet('subscriber'));
  try {
    await client.connect();
    await client.ping();
    await subscriber.connect();
  } catch (error) {
    client.disconnect();
    subscriber.disconnect();
    throw new Error(
      `REDIS_URL: cannot reach Redis at ${redact(url)} (${error instanceof Error ? error.message : String(error)}). Start Redis, fix REDIS_URL, or unset it to run a single copy with files under DATA_DIR.`,
      { cause: error },
    );
  }
  const shortlist = await RedisShortlist.open(client, logger);
  const poolListeners: ((key: string) => void)[] = [];
  await subscriber.subscribe(CHANNEL);
  subscriber.on('message', (_channel: string, message: string) => {
    const event = parse(message);
    if (event?.type === 'shortlist') void shortlist.reload().catch(() => undefined);
    if (event?.type === 'pool' && typeof event.key === 'string') for (const l of poolListeners) l(event.key);
  });
  // After a reconnect, what changed meanwhile is read again.
  client.on('ready', () => void shortlist.reload().catch(() => undefined));
  shortlist.onChange = () => void client.publish(CHANNEL, JSON.stringify({ type: 'shortlist' })).catch(() => undefined);
  return {
    dedupe: new RedisDedupe(client, logger),
    shortlist,
    audit: {
      async append(entry: AuditEntry): Promise<void> {
        await client.xadd(`${PREFIX}audit`, '*', 'entry', JSON.stringify(entry));
      },
    },
    async announcePoolChange(key: string): Promise<void> {
      await client
        .publish(CHANNEL, JSON.stringify({ type: 'pool', key }))
        .catch((error: unknown) => logger.warn({ err: String(error) }, 'redis: could not announce a pool change'));
    },
    onPoolChange(listener: (key: string) => void): void {
      poolListeners.push(listener);
    },
    async close(): Promise<void> {
      await Promise.allSettled([client.quit(), subscriber.quit()]);
    },
  };
}

/** Event ids seen by any copy: `SET key 1 NX PX ttl`, the one atomic step that decides who answers. */
export class RedisDedupe implements Dedupe {
  private warned = 0;
  constructor(
    private readonly client: Redis,
    private readonly logger: Logger,
    private readonly ttlMs = DEDUPE_TTL_MS,
  ) {}

  async seen(key: string): Promise<boolean> {
    try {
      const set = await this.client.set(`${PREFIX}seen:${key}`, '1', 'PX', this.ttlMs, 'NX');
      return set === null;
    } catch (error) {
      // Fail open: answering a redelivery twice is better than not answering at all.
      if (Date.now() - this.warned > 10_000) {
        this.warned = Date.now();
        this.logger.warn(
          { err: error instanceof Error ? error.message : String(error) },
          'redis: dedupe unavailable; answering without it',
        );
      }
      return false;
    }
  }
}

/**
 * The team's shortlist in one Redis hash (candidate id → entry). `HSETNX` makes adding atomic and
 * idempotent across copies ("already shortlisted by @A" holds whichever copy answers); reads come
 * from a local copy kept current by each change and by the other copies' announcements.
 */
export class RedisShortlist implements Shortlist {
  private entries = new Map<string, ShortlistEntry>();
  onChange: () => void = () => undefined;

  private constructor(private readonly client: Redis) {}

  static async open(client: Redis, logger: Logger): Promise<RedisShortlist> {
    const store = new RedisShortlist(client);
    await store
      .reload()
      .catch((error: unknown) => logger.warn({ err: String(error) }, 'redis: could not read the shortlist yet'));
    return store;
  }

  async reload(): Promise<void> {
    const all = await this.client.hgetall(`${PREFIX}shortlist`);
    const next = new Map<string, ShortlistEntry>();
    for (const [id, json] of Object.entries(all)) {
      const entry = parseEntry(json);
      if (entry) next.set(id, entry);
    }
    this.entries = next;
  }

  list(): readonly ShortlistEntry[] {
    return [...this.entries.values()].sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  }

  get(candidateId: string): ShortlistEntry | undefined {
    return this.entries.get(candidateId);
  }

  async add(candidateId: string, candidateName: string, actor: Actor): Promise<ShortlistResult> {
    const entry: ShortlistEntry = {
      candidateId,
      candidateName,
      addedBy: {
        platform: actor.platform,
        userId: actor.userId,
        ...(actor.displayName ? { displayName: actor.displayName } : {}),
      },
      addedAt: new Date().toISOString(),
      where: { platform: actor.platform, ...(actor.placeId ? { placeId: actor.placeId } : {}) },
    };
    try {
      const added = await this.client.hsetnx(`${PREFIX}shortlist`, candidateId, JSON.stringify(entry));
      if (added === 1) {
        this.entries.set(candidateId, entry);
        this.onChange();
        return { status: 'added', entry };
      }
      const existing = parseEntry((await this.client.hget(`${PREFIX}shortlist`, candidateId)) ?? '') ?? entry;
      this.entries.set(candidateId, existing);
      return { status: 'already', entry: existing };
    } catch (error) {
      throw new ShortlistUnavailable(error);
    }
  }

  async remove(candidateId: string): Promise<ShortlistResult> {
    try {
      const json = await this.client.hget(`${PREFIX}shortlist`, candidateId);
      const removed = await this.client.hdel(`${PREFIX}shortlist`, candidateId);
      this.entries.delete(candidateId);
      const entry = json ? parseEntry(json) : null;
      if (removed === 0 || !entry) return { status: 'not-shortlisted' };
      this.onChange();
      return { status: 'removed', entry };
    } catch (error) {
      throw new ShortlistUnavailable(error);
    }
  }
}

function parseEntry(json: string): ShortlistEntry | null {
  try {
    const e = JSON.parse(json) as ShortlistEntry;
    return typeof e?.candidateId === 'string' && typeof e.addedAt === 'string' && typeof e.addedBy?.userId === 'string'
      ? e
      : null;
  } catch {
    return null;
  }
}

function parse(message: string): { type?: string; key?: unknown } | null {
  try {
    return JSON.parse(message) as { type?: string; key?: unknown };
  } catch {
    return null;
  }
}

/** A URL without its password, for messages. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'REDIS_URL (not a valid URL)';
  }
}
