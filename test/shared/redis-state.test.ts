import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShortlistUnavailable } from '../../src/conversation/shortlist-store.js';
import { connectSharedState, type SharedState } from '../../src/shared/redis-state.js';
import { waitFor } from '../helpers/mock-server.js';
import { startRedis, type RedisServer } from '../helpers/redis.js';
import { tempDir } from '../helpers/seeds.js';
import { AuditLog } from '../../src/conversation/audit-log.js';

const quiet = { info() {}, warn() {}, error() {}, debug() {} };
const alice = { platform: 'slack', userId: 'UALICE', displayName: 'alice', placeKind: 'dm' } as const;
const bob = { platform: 'feishu', userId: 'ou_bob', placeKind: 'dm' } as const;

describe('shared state in Redis: two copies of the bot (issue 15)', () => {
  let redis: RedisServer;
  let a: SharedState;
  let b: SharedState;

  beforeAll(async () => {
    redis = await startRedis();
    a = await connectSharedState(redis.url, quiet);
    b = await connectSharedState(redis.url, quiet);
  }, 30_000);

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await redis?.stop();
  });

  it('an event seen by one copy is a duplicate for the other (atomic set-if-absent with a TTL)', async () => {
    expect(await a.dedupe.seen('slack:Ev1')).toBe(false);
    expect(await b.dedupe.seen('slack:Ev1')).toBe(true);
    expect(await a.dedupe.seen('slack:Ev1')).toBe(true);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).dedupe.seen('feishu:race')));
    expect(results.filter((seen) => !seen)).toHaveLength(1);
    const raw = new Redis(redis.url);
    expect(await raw.pttl('candidate-bot:seen:slack:Ev1')).toBeGreaterThan(11 * 60 * 60 * 1000);
    raw.disconnect();
  });

  it('a shortlist made on one copy is listed on the other; adding twice says who added first', async () => {
    expect((await a.shortlist.add('c1', '张林伟', alice)).status).toBe('added');
    const again = await b.shortlist.add('c1', '张林伟', bob);
    expect(again).toMatchObject({ status: 'already', entry: { addedBy: { userId: 'UALICE', displayName: 'alice' } } });
    await a.shortlist.add('c2', '王军飞', alice);
    await waitFor(() => b.shortlist.list().length === 2, 5000, 'copy B to see the shortlist');
    expect(b.shortlist.list().map((e) => e.candidateId)).toEqual(['c1', 'c2']);
    expect((await b.shortlist.remove('c2')).status).toBe('removed');
    await waitFor(() => a.shortlist.get('c2') === undefined, 5000, 'copy A to see the removal');
  });

  it("audit entries from both copies land in one place (and in each copy's local audit.log)", async () => {
    const dir = tempDir();
    const logA = new AuditLog(path.join(dir, 'a.log'), undefined, a.audit);
    const logB = new AuditLog(path.join(dir, 'b.log'), undefined, b.audit);
    await logA.recordReveal(alice, { id: 'c1', name: '张林伟' }, true);
    await logB.recordReveal(bob, { id: 'c1', name: '张林伟' }, false, 'not on CONTACT_REVEAL_USERS');
    await Promise.all([logA.close(), logB.close()]);
    const raw = new Redis(redis.url);
    const entries = (await raw.xrange('candidate-bot:audit', '-', '+')).map(
      ([, fields]) => JSON.parse(fields[1] as string) as { who: { userId: string } },
    );
    raw.disconnect();
    expect(entries.map((e) => e.who.userId)).toEqual(['UALICE', 'ou_bob']);
  });

  it('a pool change announced by one copy reaches the other', async () => {
    const heard: string[] = [];
    b.onPoolChange((key) => heard.push(key));
    await a.announcePoolChange('key-123');
    await waitFor(() => heard.includes('key-123'), 5000, 'the announcement');
  });

  it('Redis lost while running: dedupe fails open, shortlist writes fail with ShortlistUnavailable, the audit refuses; all recover by themselves', async () => {
    await redis.stop();
    const started = Date.now();
    expect(await a.dedupe.seen('slack:while-down')).toBe(false);
    await expect(a.shortlist.add('c9', 'X', alice)).rejects.toBeInstanceOf(ShortlistUnavailable);
    const log = new AuditLog(path.join(tempDir(), 'audit.log'), undefined, a.audit);
    await expect(log.recordReveal(alice, { id: 'c1', name: '张林伟' }, true)).rejects.toThrow(
      /shared audit trail is unavailable/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    await redis.start();
    await waitFor(
      async () =>
        await a.shortlist.add('c9', 'X', alice).then(
          () => true,
          () => false,
        ),
      15_000,
      'the shortlist to work again',
    );
    expect(await a.dedupe.seen('slack:after')).toBe(false);
    expect(await b.dedupe.seen('slack:after')).toBe(true);
    await log.close();
  }, 40_000);

  it('unreachable at start: an error naming REDIS_URL', async () => {
    await expect(connectSharedState('redis://127.0.0.1:1/0', quiet, { connectTimeoutMs: 500 })).rejects.toThrow(
      /^REDIS_URL: cannot reach Redis at redis:\/\/127\.0\.0\.1:1\/0/,
    );
  });
});
