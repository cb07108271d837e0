import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/conversation/actor.js';
import { AuditLog } from '../../src/conversation/audit-log.js';
import { Conversation } from '../../src/conversation/conversation.js';
import { encodePayload } from '../../src/conversation/payload.js';
import type { Reply } from '../../src/conversation/reply.js';
import { ShortlistStore } from '../../src/conversation/shortlist-store.js';
import { Candidates } from '../../src/candidates/candidates.js';
import { NOW, SEED, SEEDS_DIR, tempDir } from '../helpers/seeds.js';

const channel: Actor = {
  platform: 'slack',
  userId: 'U_REC',
  displayName: 'rec',
  placeId: 'C_HIRING',
  placeKind: 'public',
};
const dm: Actor = { platform: 'feishu', userId: 'ou_boss', displayName: 'boss', placeId: 'oc_dm', placeKind: 'dm' };

let dir: string;
let pool: Candidates;
let conversation: Conversation;
let audit: AuditLog;
let shortlist: ShortlistStore;
const reveal = { allowedUsers: [], allowedChannels: [], contactRevealUsers: ['ou_boss'] };

beforeAll(async () => {
  dir = tempDir();
  cpSync(SEEDS_DIR, dir, { recursive: true });
  const dataDir = tempDir();
  pool = await Candidates.open({ dir, dataDir, build: 'in-process', now: () => NOW });
  shortlist = await ShortlistStore.open(path.join(dataDir, 'shortlists.json'));
  audit = new AuditLog(path.join(dataDir, 'audit.log'));
  conversation = new Conversation({ pool, shortlist, audit, access: reveal });
});
afterAll(async () => {
  await audit.close();
  await pool.close();
});

const press = (reply: Reply, action: string, candidate?: string): string => {
  const all = reply.kind === 'results' ? [...reply.cards.flatMap((c) => c.actions), ...reply.actions] : reply.actions;
  const found = all.find((a) => a.action === action && (!candidate || a.value.includes(candidate)));
  if (!found) throw new Error(`no ${action} button`);
  return found.value;
};

describe('Conversation', () => {
  it('finds people by a name typed in pinyin or Latin order for show, compare and similar', async () => {
    expect(JSON.stringify(await conversation.ask(dm, 'show zhang linwei'))).toMatch(/"kind":"profile".*张林伟/);
    const compared = await conversation.ask(dm, 'compare Linwei Zhang and wang junfei');
    if (compared.kind !== 'compare') throw new Error(compared.kind);
    expect(compared.columns.map((c) => c.name)).toEqual(['张林伟', '王军飞']);
    expect(await conversation.ask(dm, 'similar to zhanglinwei')).toMatchObject({
      kind: 'results',
      title: expect.stringContaining('张林伟'),
    });
  });

  it('answers a channel question to the asker only, a DM to the conversation', async () => {
    const inChannel = await conversation.ask(channel, '<@U_BOT> 谁做过消息队列，5年以上？');
    expect(inChannel).toMatchObject({
      kind: 'results',
      visibility: 'asker',
      locale: 'zh',
      title: '搜索：消息队列 · 5年以上',
      total: 2,
    });
    const inDm = await conversation.ask(dm, 'who knows Kafka and Kubernetes?');
    expect(inDm).toMatchObject({ kind: 'results', visibility: 'conversation', locale: 'en' });
    if (inDm.kind !== 'results') throw new Error(inDm.kind);
    expect(inDm.cards[0]).toMatchObject({ name: '王军飞', coverage: { shown: 2, of: 2, missed: [] } });
    expect(inDm.cards[1]?.coverage).toMatchObject({ shown: 1, of: 2 });
  });

  it('says so on the card when a one-concept search ranks someone who misses it (some words of a Chinese run)', async () => {
    const reply = await conversation.ask(dm, '任务调度');
    if (reply.kind !== 'results') throw new Error(reply.kind);
    expect(reply.cards[0]).toMatchObject({ name: '张林伟' });
    expect(reply.cards[0]?.coverage).toBeUndefined();
    expect(reply.cards.slice(1).map((c) => c.coverage)).toEqual([
      { shown: 0, of: 1, missed: ['任务调度'] },
      { shown: 0, of: 1, missed: ['任务调度'] },
    ]);
  });

  it('builds cards in PRODUCT §4 order with masked contact and the four buttons', async () => {
    const reply = await conversation.ask(dm, 'rust');
    if (reply.kind !== 'results') throw new Error(reply.kind);
    const card = reply.cards[0];
    expect(card).toMatchObject({
      name: '张林伟',
      headline: 'Rust工程师(数据库) @ 数慧时空',
      education: 'Bachelor 武汉理工大学',
      contact: ['150****1980', 'l***@gmail.com'],
      source: '000_858ca9253fee2070.txt',
    });
    expect(card?.skills.find((s) => s.label === 'Rust')?.matched).toBe(true);
    expect(card?.actions.map((a) => a.action)).toEqual(['details', 'similar', 'shortlist-add', 'reveal']);
    expect(new Set(reply.cards.flatMap((c) => c.actions.map((a) => a.id))).size).toBe(reply.cards.length * 4);
    for (const a of reply.cards.flatMap((c) => c.actions)) expect(a.value.length).toBeLessThanOrEqual(2000);
  });

  it('shortlists idempotently and says who did it first', async () => {
    const results = await conversation.ask(channel, 'kafka');
    const add = press(results, 'shortlist-add', SEED.wangJunfei);
    expect((await conversation.act(channel, add)).text).toBe('王军飞 added to the shortlist ⭐');
    expect((await conversation.act(channel, add)).text).toMatch(/^王军飞 is already shortlisted by you/);
    expect((await conversation.act(dm, add)).text).toMatch(/^王军飞 is already shortlisted by @rec/);
    const list = await conversation.ask(dm, 'shortlist');
    expect(list).toMatchObject({ kind: 'shortlist', entries: [{ id: SEED.wangJunfei, name: '王军飞', by: 'rec' }] });
    const remove = encodePayload({ a: 'shortlist-remove', c: SEED.wangJunfei, l: 'en' });
    expect((await conversation.act(channel, remove)).text).toBe('王军飞 removed from the shortlist');
    expect((await conversation.act(channel, remove)).text).toBe('王军飞 is not on the shortlist');
    // The removal is audited like a reveal: who took whom off, where and when (once: the second did nothing).
    const removals = readFileSync(audit.file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { action: string; who: { userId: string }; whom: { candidateId: string } })
      .filter((e) => e.action === 'shortlist-remove');
    expect(removals).toMatchObject([{ who: { userId: 'U_REC' }, whom: { candidateId: SEED.wangJunfei } }]);
  });

  it('reveals contact only to the allowlisted user, always to the asker only, auditing both', async () => {
    const reveal = encodePayload({ a: 'reveal', c: SEED.zhang, l: 'en' });
    const refused = await conversation.act(channel, reveal);
    expect(refused).toMatchObject({ kind: 'notice', level: 'refusal' });
    expect(JSON.stringify(refused)).not.toContain('15071431980');
    const allowed = await conversation.act(dm, reveal);
    expect(allowed).toMatchObject({
      kind: 'contact',
      visibility: 'asker',
      phones: ['15071431980'],
      emails: ['lewiszlw520@gmail.com'],
    });
  });

  it('pages with Next / Prev, compares, finds similar candidates, shows stats and help', async () => {
    const conv = new Conversation({ pool, shortlist, audit, access: reveal, pageSize: 2 });
    const page1 = await conv.ask(dm, 'golang');
    expect(page1.text).toContain('showing 1–2 of 4');
    const page2 = await conv.act(dm, press(page1, 'next'));
    expect(page2.text).toContain('showing 3–4 of 4');
    // Paging replaces the message it was clicked on; a new question, a comparison or a notice is a new message.
    expect(page2.delivery).toBe('replace');
    expect(page1.delivery ?? 'new').toBe('new');
    expect((await conv.act(dm, press(page1, 'compare'))).delivery).toBe('new');
    expect((await conv.act(dm, 'not json')).delivery).toBe('new');
    expect((await conv.act(dm, press(page2, 'prev'))).text).toContain('showing 1–2 of 4');
    const compare = await conv.act(dm, press(page1, 'compare'));
    expect(compare).toMatchObject({ kind: 'compare' });
    if (compare.kind === 'compare') expect(compare.columns).toHaveLength(2);
    expect(await conversation.ask(dm, '对比张林伟和王军飞')).toMatchObject({ kind: 'compare', locale: 'zh' });
    const similar = await conversation.ask(dm, 'similar to 王小兵');
    expect(similar).toMatchObject({ kind: 'results', title: 'Candidates similar to 王小兵' });
    if (similar.kind === 'results') expect(similar.cards.map((c) => c.name)).not.toContain('王小兵');
    expect((await conversation.ask(dm, 'stats')).text).toMatch(/^Pool: 5 résumés/);
    expect((await conversation.ask(dm, '')).kind).toBe('help');
  });

  it('says "no longer in the pool" for a button whose candidate has left, and rejects forged payloads', async () => {
    const details = encodePayload({ a: 'details', c: 'resigned/person', l: 'zh' });
    const gone = await conversation.act(dm, details);
    expect(gone.text).toContain('已不在人才库中');
    // A notice never replaces the card it was clicked on.
    expect(gone.delivery).toBe('new');
    expect((await conversation.act(dm, '{"a":"drop-table"}')).text).toBe(
      'That button has expired; please search again.',
    );
    expect((await conversation.act(dm, 'not json')).kind).toBe('notice');
    expect((await conversation.act(dm, 'x'.repeat(100_000))).kind).toBe('notice');
  });

  it('refuses politely outside the allowlists', async () => {
    const strict = new Conversation({
      pool,
      shortlist,
      audit,
      access: { allowedUsers: ['ou_boss'], allowedChannels: ['C_OK'], contactRevealUsers: [] },
    });
    expect(await strict.ask(channel, 'rust')).toMatchObject({ kind: 'notice', level: 'refusal' });
    expect((await strict.ask({ ...dm, placeKind: 'public', placeId: 'C_OTHER' }, 'rust')).text).toMatch(
      /not enabled in this channel/,
    );
    expect((await strict.ask(dm, 'rust')).kind).toBe('results');
  });
});

describe('privacy across every reply kind', () => {
  it('never shows contact details unmasked unless an allowed reveal asked for that candidate', async () => {
    const profiles = pool.current().profiles;
    const secrets = profiles.flatMap((p) => [
      ...p.phones.map((x) => ({ id: p.id, pattern: new RegExp(x.replace(/^\+/, '').split('').join('[\\s().-]*')) })),
      ...p.emails.map((x) => ({ id: p.id, pattern: new RegExp(x.replace(/[.+]/g, '\\$&'), 'i') })),
    ]);
    const questions = [
      'rust',
      'golang',
      '联系方式',
      '电话',
      'gmail',
      'qq.com',
      '150',
      '对比张林伟和王军飞',
      'similar to 王军飞',
      'show 张林伟',
      '张林伟的简历',
      'stats',
      'shortlist',
      'help',
      'company:美团',
      '"150-7143-1980"',
      'lewiszlw520@gmail.com',
      '17742006482',
    ];
    const actions = [
      'details',
      'similar',
      'shortlist-add',
      'shortlist-remove',
      'reveal',
      'compare',
      'next',
      'prev',
      'shortlist-list',
    ] as const;
    const ids = profiles.map((p) => p.id);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(channel, dm, { ...channel, userId: 'ou_boss', platform: 'feishu' as const }),
        fc.oneof(
          fc.record({ kind: fc.constant('ask' as const), text: fc.constantFrom(...questions) }),
          fc.record({
            kind: fc.constant('act' as const),
            a: fc.constantFrom(...actions),
            c: fc.constantFrom(...ids, 'gone'),
            q: fc.constantFrom('rust', '联系方式', 'gmail'),
            o: fc.nat(6),
          }),
        ),
        async (actor, step) => {
          const reply =
            step.kind === 'ask'
              ? await conversation.ask(actor, step.text)
              : await conversation.act(
                  actor,
                  encodePayload({ a: step.a, c: step.c, q: step.q, o: step.o, ids: ids.slice(0, 2), l: 'en' }),
                );
          const shown = JSON.stringify(reply);
          for (const secret of secrets) {
            if (!secret.pattern.test(shown)) continue;
            const allowedReveal =
              reply.kind === 'contact' && reply.candidateId === secret.id && actor.userId === 'ou_boss';
            expect(allowedReveal, `${reply.kind} shows ${secret.pattern} (${JSON.stringify(step)})`).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
