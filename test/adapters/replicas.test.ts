import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePayload } from '../../src/conversation/payload.js';
import { bothPlatformsEnv, startBot, type BotProcess } from '../helpers/bot.js';
import { waitFor, type MockServer } from '../helpers/mock-server.js';
import { startRedis, type RedisServer } from '../helpers/redis.js';
import { messageEvent, postFeishu, startFeishuMock } from '../helpers/feishu.js';
import { actionBody, commandBody, mentionEvent, postSigned, startSlackMock } from '../helpers/slack.js';
import { SEEDS_DIR, tempDir } from '../helpers/seeds.js';

const FORM = 'application/x-www-form-urlencoded';
const ADMIN = 'U0000ADMIN';

interface Message {
  text: string;
  blocks?: { type: string; elements?: { type: string; value?: string; text: { text: string } }[] }[];
}

/**
 * Two copies of the bot (`npm start`, Slack HTTP mode) sharing one real Redis and one résumé
 * folder (issue 15): a retry landing on the other copy, buttons clicked through the other copy,
 * one shortlist, one audit trail.
 */
describe('two copies sharing Redis (npm start × 2, Slack mock)', () => {
  let redis: RedisServer;
  let mock: MockServer;
  let feishu: MockServer;
  let a: BotProcess;
  let b: BotProcess;
  let dir: string;

  beforeAll(async () => {
    redis = await startRedis();
    mock = await startSlackMock();
    feishu = await startFeishuMock();
    dir = tempDir('candidate-bot-replicas-');
    cpSync(SEEDS_DIR, dir, { recursive: true });
    const env = {
      RESUME_DIR: dir,
      REDIS_URL: redis.url,
      CONTACT_REVEAL_USERS: ADMIN,
      ...bothPlatformsEnv(mock, feishu),
    };
    [a, b] = await Promise.all([startBot(env), startBot(env)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await mock?.close();
    await feishu?.close();
    await redis?.stop();
  });

  const command = async (bot: BotProcess, text: string): Promise<Message> => {
    const r = await postSigned(bot.url, commandBody(text, mock), FORM);
    expect(r.status).toBe(200);
    return JSON.parse(r.text || '{}') as Message;
  };
  const buttons = (m: Message) =>
    (m.blocks ?? [])
      .flatMap((x) => x.elements ?? [])
      .filter((e) => e.type === 'button')
      .map((e) => ({ value: e.value ?? '', label: e.text.text }));
  const click = async (bot: BotProcess, value: string, user = 'U0000ASKER'): Promise<Message> => {
    const before = mock.to('/response/').length;
    const r = await postSigned(bot.url, actionBody(value, mock, user), FORM);
    expect(r.status).toBe(200);
    return (await waitFor(() => mock.to('/response/')[before], 10_000, 'the button answer')).body as unknown as Message;
  };

  it('the same event delivered to both copies (a retry landing on the other one) is answered exactly once', async () => {
    const event = mentionEvent('<@UBOT0001> rust replicas-once', 'EvReplicaOnce');
    const [ra, rb] = await Promise.all([
      postSigned(a.url, event, 'application/json'),
      postSigned(b.url, event, 'application/json', {
        headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
      }),
    ]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    const answered = () =>
      mock.to('/api/chat.postEphemeral').filter((p) => JSON.stringify(p.body).includes('replicas-once'));
    // The first search in each process may be slow on a busy machine: wait for the answer itself.
    await waitFor(() => answered().length > 0, 30_000, 'the answer');
    // Then a later, different event through each copy: once both are answered, a second answer to
    // the first would have come too.
    for (const [bot, id] of [
      [a, 'EvAfterA'],
      [b, 'EvAfterB'],
    ] as const)
      await postSigned(bot.url, mentionEvent(`<@UBOT0001> rust ${id}`, id), 'application/json');
    await waitFor(
      () =>
        ['EvAfterA', 'EvAfterB'].every((id) =>
          mock.to('/api/chat.postEphemeral').some((p) => JSON.stringify(p.body).includes(id)),
        ),
      15_000,
      'the later answers',
    );
    expect(answered()).toHaveLength(1);
  }, 60_000);

  it('Feishu: the same encrypted event delivered to both copies (cluster mode, a retry) gets one reply', async () => {
    const event = messageEvent('/candidate rust', {
      chatType: 'p2p',
      messageId: 'om_replica_once',
      eventId: 'ev_replica_once',
    });
    const [ra, rb] = await Promise.all([postFeishu(a.url, event), postFeishu(b.url, event)]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    const replies = () => feishu.requests.filter((q) => q.path === '/open-apis/im/v1/messages/om_replica_once/reply');
    await waitFor(() => replies().length > 0, 30_000, 'the reply');
    for (const [bot, id] of [
      [a, 'om_after_a'],
      [b, 'om_after_b'],
    ] as const)
      await postFeishu(bot.url, messageEvent('/candidate golang', { chatType: 'p2p', messageId: id }));
    await waitFor(
      () =>
        ['om_after_a', 'om_after_b'].every((id) =>
          feishu.requests.some((q) => q.path === `/open-apis/im/v1/messages/${id}/reply`),
        ),
      15_000,
      'the later replies',
    );
    expect(replies()).toHaveLength(1);
  }, 60_000);

  it('a card from copy A, its Next, Details and Shortlist ⭐ clicked through copy B; the shortlist is the same on both; adding again says who added first', async () => {
    const page = await command(a, 'golang');
    const details = buttons(page).find((x) => /Details/.test(x.label));
    const next = buttons(page).find((x) => x.label === 'Next');
    const add = buttons(page).find((x) => /Shortlist/.test(x.label));
    expect((await click(b, details?.value ?? '')).text).toMatch(/Years by skill|Experience/);
    // Five seeds fit one page: the Next button a longer result would carry, for the rest of it.
    const later = next?.value ?? encodePayload({ a: 'next', q: 'golang', o: 2, l: 'en' });
    expect((await click(b, later)).text).toMatch(/showing 3–4 of 4/);
    expect((await click(b, add?.value ?? '')).text).toMatch(/added to the shortlist/);
    expect((await click(a, add?.value ?? '', 'U0000OTHER')).text).toMatch(/is already shortlisted by @u0000asker/);
    const listed = await command(a, 'shortlist');
    expect(JSON.stringify(listed)).toMatch(/u0000asker|U0000ASKER/);
  }, 60_000);

  it('reveal audit lines from both copies are in one place', async () => {
    const page = await command(a, 'rust');
    const reveal = buttons(page).find((x) => /Reveal/.test(x.label))?.value ?? '';
    await click(a, reveal);
    await click(b, reveal, ADMIN);
    const raw = new Redis(redis.url);
    const entries = (await raw.xrange('candidate-bot:audit', '-', '+')).map(
      ([, f]) => JSON.parse(f[1] as string) as { action: string; allowed: boolean; who: { userId: string } },
    );
    raw.disconnect();
    const reveals = entries.filter((e) => e.action === 'reveal-contact');
    expect(reveals.map((e) => [e.who.userId, e.allowed])).toEqual([
      ['U0000ASKER', false],
      [ADMIN, true],
    ]);
  }, 60_000);

  it('a new file in the shared résumé folder: both copies answer with it', async () => {
    writeFileSync(
      path.join(dir, 'new-hire.md'),
      '# Erika Mustermann\n\nSenior Zig developer, Berlin. Zig, Kafka, Kubernetes. 2019.01 - 至今 Zig compiler work at Example GmbH.\n',
    );
    for (const bot of [a, b]) {
      await waitFor(
        async () => JSON.stringify(await command(bot, 'Mustermann')).includes('Erika Mustermann'),
        60_000,
        'the new résumé on each copy',
      );
    }
  }, 150_000);

  it('Redis stopped while the copies run: answers keep coming, a shortlist change is refused with a clear message; after Redis returns it works, no restart', async () => {
    await redis.stop();
    const page = await command(a, 'rust');
    expect(JSON.stringify(page)).toContain('张林伟');
    const add = buttons(page).find((x) => /Shortlist/.test(x.label))?.value ?? '';
    expect((await click(b, add, 'U0000LATE')).text).toMatch(/could not be saved right now .*did not happen/);
    await redis.start();
    await waitFor(
      async () => /added to the shortlist|already shortlisted/.test((await click(b, add, 'U0000LATE')).text),
      30_000,
      'the shortlist to work again',
    );
  }, 90_000);

  it('kill -9 of one copy in the middle of a burst of shortlist clicks: every acknowledged click is in the shortlist, nothing corrupt', async () => {
    for (let i = 0; i < 24; i++)
      writeFileSync(
        path.join(dir, `burst-p${i}.md`),
        `# Person ${i}\n\nKotlin developer, zanzibar${i} project, 2019.01 - 至今.\n`,
      );
    // Five seeds, Erika and these 24: each copy has indexed them all.
    for (const bot of [a, b])
      await waitFor(
        async () => ((await (await fetch(`${bot.url}/healthz`)).json()) as { resumes: number }).resumes === 30,
        60_000,
        'the new résumés on each copy',
      );
    const acknowledged: string[] = [];
    const clicks = Array.from({ length: 24 }, async (_, i) => {
      await new Promise((r) => setTimeout(r, i * 20));
      const id = `burst-p${i}`;
      try {
        const r = await postSigned(
          (i % 2 ? b : a).url,
          actionBody(encodePayload({ a: 'shortlist-add', c: id, l: 'en' }), mock, `U0000BURST${i}`),
          FORM,
        );
        if (r.status === 200) acknowledged.push(id);
      } catch {
        // The killed copy: no acknowledgement.
      }
    });
    await new Promise((r) => setTimeout(r, 200));
    process.kill(-(a.child.pid as number), 'SIGKILL');
    await Promise.all(clicks);
    expect(acknowledged.length).toBeGreaterThanOrEqual(12);
    const raw = new Redis(redis.url);
    const stored = await raw.hgetall('candidate-bot:shortlist');
    raw.disconnect();
    for (const id of acknowledged) expect(Object.keys(stored), id).toContain(id);
    for (const json of Object.values(stored)) expect(() => JSON.parse(json) as unknown).not.toThrow();
    // The surviving copy lists them.
    const listed = JSON.stringify(await command(b, 'shortlist'));
    for (const id of acknowledged) expect(listed).toContain(`zanzibar${id.slice('burst-p'.length)} project`);
  }, 120_000);
});
