import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePayload } from '../../../src/conversation/payload.js';
import { startBot, type BotProcess } from '../../helpers/bot.js';
import { MQ_JD } from '../../match/jds.js';
import {
  APP_ID,
  cardAction,
  cardButtons,
  cardOf,
  ENCRYPT_KEY,
  messageEvent,
  postFeishu,
  startFeishuMock,
  VERIFICATION_TOKEN,
} from '../../helpers/feishu.js';
import { waitFor, type MockServer, type Recorded } from '../../helpers/mock-server.js';

const ADMIN = 'ou_admin';

/**
 * The bot started the way a user starts it (`npm start`, webhook mode) against a local Open API via
 * FEISHU_DOMAIN; every request is encrypted and signed as Feishu sends it.
 */
describe('Feishu end to end (npm start, webhook mode, encrypted and signed events on 127.0.0.1)', () => {
  let mock: MockServer;
  let bot: BotProcess;
  const sends = (): Recorded[] => mock.requests.filter((r) => /ephemeral\/v1\/send|im\/v1\/messages/.test(r.path));
  let sentinels = 0;
  /**
   * Sends a fresh 1:1 message and waits for its answer. Requests are handled in order of arrival,
   * so once the sentinel is answered, anything sent before it would have been answered too: a
   * "nothing was sent" check needs no sleep.
   */
  const sentinel = async (): Promise<void> => {
    const id = `om_sentinel_${++sentinels}`;
    await postFeishu(bot.url, messageEvent('kafka', { chatType: 'p2p', messageId: id }));
    await waitFor(() => mock.to(`/open-apis/im/v1/messages/${id}/reply`)[0], 10_000, 'the sentinel answer');
  };

  beforeAll(async () => {
    mock = await startFeishuMock();
    bot = await startBot({
      FEISHU_APP_ID: APP_ID,
      FEISHU_APP_SECRET: 'secret',
      FEISHU_MODE: 'webhook',
      FEISHU_ENCRYPT_KEY: ENCRYPT_KEY,
      FEISHU_VERIFICATION_TOKEN: VERIFICATION_TOKEN,
      FEISHU_DOMAIN: mock.url,
      CONTACT_REVEAL_USERS: ADMIN,
    });
  }, 90_000);

  afterAll(async () => {
    // SIGTERM is a graceful shutdown: exit 0 within the 10 s before the helper would SIGKILL it.
    expect(await bot?.stop()).toBe(0);
    await mock?.close();
    expect(bot.stderr()).not.toMatch(/150\d{8}|@gmail\.com|武汉理工/);
  });

  it('answers url_verification (encrypted) within 1 s with the challenge', async () => {
    const r = await postFeishu(
      bot.url,
      { challenge: 'c-123', token: VERIFICATION_TOKEN, type: 'url_verification' },
      { sign: false },
    );
    expect(r.status).toBe(200);
    expect(r.ms).toBeLessThan(1000);
    expect(JSON.parse(r.text)).toEqual({ challenge: 'c-123' });
  });

  it('answers an encrypted group "@bot rust" with exactly one card, visible to the asker only: 张林伟 before 王军飞', async () => {
    const event = messageEvent('@_user_1 rust', { chatType: 'group', chatId: 'oc_recruiting' });
    const before = sends().length;
    const r = await postFeishu(bot.url, event);
    expect(r.status).toBe(200);
    const sent = await waitFor(
      () => mock.to('/open-apis/ephemeral/v1/send').find((q) => q.body['chat_id'] === 'oc_recruiting'),
      10_000,
      'the card',
    );
    expect(sent.body).toMatchObject({ open_id: 'ou_asker', msg_type: 'interactive' });
    expect(sent.headers['authorization']).toBe('Bearer t-mock');
    const card = JSON.stringify(cardOf(sent.body));
    expect(card.indexOf('张林伟')).toBeGreaterThan(-1);
    expect(card.indexOf('张林伟')).toBeLessThan(card.indexOf('王军飞'));
    expect(card).not.toContain('王小兵');
    expect(Buffer.byteLength(card)).toBeLessThanOrEqual(30 * 1024);
    // The same event delivered again (Feishu retries for hours) gets nothing.
    expect((await postFeishu(bot.url, event)).status).toBe(200);
    await sentinel();
    expect(sends().length).toBe(before + 2); // the card and the sentinel's answer
  });

  it('answers a 1:1 "/candidate golang 5年以上" in the chat: 王小兵 and 王军飞, not 张林伟', async () => {
    const event = messageEvent('/candidate golang 5年以上', { chatType: 'p2p', messageId: 'om_p2p_golang' });
    await postFeishu(bot.url, event);
    const sent = await waitFor(() => mock.to('/open-apis/im/v1/messages/om_p2p_golang/reply')[0], 10_000, 'the reply');
    expect(typeof sent.body['uuid']).toBe('string');
    const card = JSON.stringify(cardOf(sent.body));
    expect(card).toContain('王小兵');
    expect(card).toContain('王军飞');
    expect(card).not.toContain('张林伟');
  });

  it('a 1:1 "匹配 <JD>": a card with 必须/加分 per candidate, the criteria, and what was ignored', async () => {
    await postFeishu(bot.url, messageEvent(`匹配 ${MQ_JD}`, { chatType: 'p2p', messageId: 'om_p2p_jd' }));
    const sent = await waitFor(() => mock.to('/open-apis/im/v1/messages/om_p2p_jd/reply')[0], 10_000, 'the reply');
    const card = JSON.stringify(cardOf(sent.body));
    expect(card).toContain('JD 匹配：高级后端开发工程师(消息队列方向)');
    expect(card.indexOf('王军飞')).toBeGreaterThan(-1);
    expect(card).toMatch(/必须 \d+\/\d+ · 加分 \d+\/\d+/);
    expect(card).toContain('已忽略: 35岁以下（年龄）');
    expect(Buffer.byteLength(card)).toBeLessThanOrEqual(30 * 1024);
  });

  it('ignores group messages that do not mention the bot, and messages too old to be new', async () => {
    const before = sends().length;
    await postFeishu(bot.url, messageEvent('rust', { chatType: 'group', mentionBot: false }));
    await postFeishu(bot.url, messageEvent('rust', { chatType: 'p2p', createTime: Date.now() - 60 * 60 * 1000 }));
    await sentinel();
    expect(sends().length).toBe(before + 1);
  });

  it.each([
    ['a wrong signature', { signKey: 'not-the-key' }, 401],
    ['no signature on an event', { sign: false }, 401],
    ['the wrong encrypt key', { key: 'not-the-key' }, 401],
    ['a garbage body', { raw: '{"encrypt": 42' }, 400],
    ['a plain (unencrypted) event', { encrypted: false }, 401],
  ] as const)('rejects %s with %i and sends nothing', async (_name, options, status) => {
    const before = sends().length;
    const r = await postFeishu(bot.url, messageEvent('@_user_1 rust'), options);
    expect(r.status).toBe(status);
    await sentinel();
    expect(sends().length).toBe(before + 1);
  });

  it('rejects a correctly encrypted and signed event carrying the wrong verification token', async () => {
    const before = sends().length;
    const r = await postFeishu(bot.url, messageEvent('@_user_1 rust', { token: 'wrong-token' }));
    expect(r.status).toBe(401);
    await sentinel();
    expect(sends().length).toBe(before + 1);
  });

  it('rejects a signed event a day old or an hour in the future (4xx), and processes nothing', async () => {
    const before = sends().length;
    const day = await postFeishu(bot.url, messageEvent('@_user_1 rust'), {
      timestamp: Math.floor(Date.now() / 1000) - 24 * 3600,
    });
    expect(day.status).toBe(401);
    const ahead = await postFeishu(bot.url, messageEvent('@_user_1 rust'), {
      timestamp: Math.floor(Date.now() / 1000) + 3600,
    });
    expect(ahead.status).toBe(401);
    // A fresh sentinel is answered; had either been processed, its answer would have come first.
    expect((await postFeishu(bot.url, messageEvent('@_user_1 kafka'))).status).toBe(200);
    await waitFor(() => sends().length > before, 10_000, 'the sentinel answer');
    expect(sends().length).toBe(before + 1);
  });

  const click = async (value: string, operator = 'ou_asker'): Promise<Record<string, unknown>> => {
    const r = await postFeishu(bot.url, cardAction(value, { operator, chatId: 'oc_recruiting' }));
    expect(r.status).toBe(200);
    expect(r.ms).toBeLessThan(3000);
    return JSON.parse(r.text) as Record<string, unknown>;
  };

  it('card buttons: Details and Next/Prev update the card in place within 3 s', async () => {
    const details = await click(encodePayload({ a: 'details', c: '000_858ca9253fee2070', l: 'zh' }));
    expect(details['card']).toMatchObject({ type: 'raw' });
    expect(JSON.stringify(details)).toContain('后台开发工程师 @ 美团点评');
    const next = await click(encodePayload({ a: 'next', q: 'golang', o: 2, l: 'en' }));
    expect(JSON.stringify(next)).toContain('showing 3–4 of 4');
    const prevValue = cardButtons(next['card']).find((b) => b.label === 'Prev')?.value ?? '';
    expect(JSON.stringify(await click(prevValue))).toContain('showing 1–4 of 4');
  });

  it('card buttons: Shortlist answers with a toast, idempotently; Similar and Compare arrive as new cards to the asker', async () => {
    const add = encodePayload({ a: 'shortlist-add', c: '000_858ca9253fee2070', l: 'zh' });
    expect(await click(add)).toEqual({
      toast: { type: 'info', content: expect.stringMatching(/^已将 张林伟 加入候选名单/) },
    });
    expect(await click(add, 'ou_other')).toEqual({
      toast: { type: 'info', content: expect.stringMatching(/^张林伟 已在候选名单中（由 @ou_asker/) },
    });
    const before = mock.to('/open-apis/ephemeral/v1/send').length;
    expect(await click(encodePayload({ a: 'similar', c: '000_858ca9253fee2070', l: 'zh' }))).toMatchObject({
      toast: { type: 'info' },
    });
    const similar = await waitFor(() => mock.to('/open-apis/ephemeral/v1/send')[before], 10_000, 'the similar card');
    expect(JSON.stringify(cardOf(similar.body))).toContain('与 张林伟 相似的候选人');
  });

  it('card buttons: Reveal contact is refused (toast) unless allowed, and then goes to the asker only', async () => {
    const reveal = encodePayload({ a: 'reveal', c: '000_858ca9253fee2070', l: 'zh' });
    const refused = await click(reveal);
    expect(refused).toMatchObject({ toast: { type: 'warning' } });
    expect(JSON.stringify(refused)).not.toMatch(/150\d{4}1980/);
    const before = mock.to('/open-apis/ephemeral/v1/send').length;
    await click(reveal, ADMIN);
    const contact = await waitFor(() => mock.to('/open-apis/ephemeral/v1/send')[before], 10_000, 'the contact card');
    expect(contact.body['open_id']).toBe(ADMIN);
    expect(JSON.stringify(cardOf(contact.body))).toMatch(/150\d{4}1980/);
  });

  it('card buttons: a tampered value gets a toast, not an error', async () => {
    expect(await click('{"a":"rm -rf"}')).toEqual({
      toast: { type: 'info', content: 'That button has expired; please search again.' },
    });
  });
});
