import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeishuAdapter, feishuDomain, type FeishuAdapter } from '../../../adapters/feishu/app.js';
import { EventDedupe } from '../../../src/conversation/dedupe.js';
import { createFeishuWebhook } from '../../../adapters/feishu/webhook.js';
import { AuditLog } from '../../../src/conversation/audit-log.js';
import { Conversation } from '../../../src/conversation/conversation.js';
import { encodePayload } from '../../../src/conversation/payload.js';
import { ShortlistStore } from '../../../src/conversation/shortlist-store.js';
import { Candidates } from '../../../src/candidates/candidates.js';
import {
  APP_ID,
  cardAction,
  cardOf,
  encrypt,
  ENCRYPT_KEY,
  messageEvent,
  signAsFeishu,
  startFeishuMock,
  VERIFICATION_TOKEN,
} from '../../helpers/feishu.js';
import { waitFor, type MockServer } from '../../helpers/mock-server.js';
import { ROOT } from '../../helpers/run.js';
import { tempDir } from '../../helpers/seeds.js';

const QUIET = { info() {}, warn() {}, error() {}, debug() {} };

/**
 * The long connection hands events to the same dispatcher the webhook uses, already decrypted
 * (WSClient calls `invoke(data, { needCheck: false })`). These tests feed it events exactly so.
 */
describe('Feishu long-connection path (the shared dispatcher)', () => {
  let mock: MockServer;
  let adapter: FeishuAdapter;
  let pool: Candidates;

  beforeAll(async () => {
    mock = await startFeishuMock({ rateLimitOnce: true });
    const dataDir = tempDir('candidate-bot-feishu-');
    pool = await Candidates.open({ dir: path.join(ROOT, 'seeds'), dataDir, build: 'in-process' });
    const conversation = new Conversation({
      pool,
      shortlist: await ShortlistStore.open(path.join(dataDir, 'shortlists.json')),
      audit: new AuditLog(path.join(dataDir, 'audit.log')),
      access: { allowedUsers: [], allowedChannels: [], contactRevealUsers: [] },
    });
    adapter = createFeishuAdapter({
      appId: APP_ID,
      appSecret: 'secret',
      mode: 'ws',
      domain: mock.url,
      conversation,
      logger: QUIET,
      callbackBudgetMs: 2500,
    });
    await adapter.start();
  }, 60_000);

  afterAll(async () => {
    await adapter?.stop();
    await pool?.close();
    await mock?.close();
  });

  it('tries to open the long connection at FEISHU_DOMAIN with the app credentials', async () => {
    const endpoint = await waitFor(() => mock.to('/callback/ws/endpoint')[0], 10_000, 'the WS endpoint request');
    expect(endpoint.body).toMatchObject({ AppID: APP_ID, AppSecret: 'secret' });
  });

  it('answers a 1:1 message through the Open API, with a uuid, retrying once after a 429', async () => {
    await adapter.dispatch(messageEvent('rust', { chatType: 'p2p', messageId: 'om_ws_1' }));
    await adapter.idle();
    const replies = mock.to('/open-apis/im/v1/messages/om_ws_1/reply');
    expect(replies.length).toBe(2);
    expect(replies[0]?.body['uuid']).toBe(replies[1]?.body['uuid']);
    expect(JSON.stringify(cardOf(replies[1]?.body ?? {}))).toContain('张林伟');
  });

  it('dedupes by event id and by message id', async () => {
    const before = mock.requests.length;
    await adapter.dispatch(messageEvent('rust', { chatType: 'p2p', messageId: 'om_ws_1' }));
    const event = messageEvent('golang', { chatType: 'p2p', eventId: 'ev_same' });
    await adapter.dispatch(event);
    await adapter.dispatch(event);
    await adapter.idle();
    expect(mock.requests.length - before).toBe(1);
  });

  it('in a topic group where ephemeral cards are not possible, answers the asker 1:1', async () => {
    await adapter.dispatch(messageEvent('@_user_1 rust', { chatType: 'group', chatId: 'oc_topicgroup' }));
    await adapter.idle();
    const direct = mock.to('/open-apis/im/v1/messages?receive_id_type=open_id');
    expect(direct.length).toBe(1);
    expect(direct[0]?.body['receive_id']).toBe('ou_asker');
  });

  it('answers card callbacks with the new card (Next) or a toast (Shortlist)', async () => {
    const next = (await adapter.dispatch(cardAction(encodePayload({ a: 'next', q: 'golang', o: 2, l: 'en' })))) as {
      card?: { data: unknown };
    };
    expect(JSON.stringify(next.card?.data)).toContain('showing 3–4 of 4');
    const toast = (await adapter.dispatch(
      cardAction(encodePayload({ a: 'shortlist-add', c: '000_858ca9253fee2070', l: 'en' })),
    )) as { toast?: { content: string } };
    expect(toast.toast?.content).toMatch(/added to the shortlist/);
  });

  it('a click in a 1:1 chat it has never seen (after a restart) is still 1:1: the chat type is looked up, then remembered', async () => {
    const similar = encodePayload({ a: 'similar', c: '000_858ca9253fee2070', l: 'en' });
    const lookups = (): number =>
      mock.requests.filter((r) => r.path.startsWith('/open-apis/im/v1/chats/oc_p2p_fresh')).length;
    await adapter.dispatch(cardAction(similar, { chatId: 'oc_p2p_fresh' }));
    await adapter.idle();
    const toChat = mock.requests.filter(
      (r) => r.path.includes('receive_id_type=chat_id') && r.body['receive_id'] === 'oc_p2p_fresh',
    );
    expect(toChat).toHaveLength(1);
    expect(
      mock.requests.some((r) => r.path === '/open-apis/ephemeral/v1/send' && r.body['chat_id'] === 'oc_p2p_fresh'),
    ).toBe(false);
    await adapter.dispatch(cardAction(similar, { chatId: 'oc_p2p_fresh' }));
    await adapter.idle();
    expect(lookups()).toBe(1);
    // A group it has never seen: the asker alone sees the answer.
    await adapter.dispatch(cardAction(similar, { chatId: 'oc_group_fresh' }));
    await adapter.idle();
    expect(
      mock.requests.some((r) => r.path === '/open-apis/ephemeral/v1/send' && r.body['chat_id'] === 'oc_group_fresh'),
    ).toBe(true);
  });

  it('a captured click replayed after a restart, or a click older than its token, is not processed', async () => {
    const file = path.join(tempDir('candidate-bot-dedupe-'), 'dedupe.log');
    const acts: string[] = [];
    const counting = {
      act: async (_a: unknown, v: string) => (
        acts.push(v),
        { kind: 'notice', level: 'info', locale: 'en', visibility: 'asker', actions: [], text: 'ok' }
      ),
    } as unknown as Conversation;
    const start = async (): Promise<{ adapter: FeishuAdapter; dedupe: EventDedupe }> => {
      const dedupe = new EventDedupe({ file });
      const a = createFeishuAdapter({
        appId: APP_ID,
        appSecret: 'secret',
        mode: 'webhook',
        domain: mock.url,
        encryptKey: ENCRYPT_KEY,
        verificationToken: VERIFICATION_TOKEN,
        logger: QUIET,
        conversation: counting,
        dedupe,
      });
      return { adapter: a, dedupe };
    };
    const click = cardAction(encodePayload({ a: 'shortlist-add', c: 'x', l: 'en' }), { eventId: 'ev_captured' });
    const first = await start();
    await first.adapter.dispatch(click);
    await first.dedupe.flushed();
    expect(acts).toHaveLength(1);
    const restarted = await start();
    await restarted.adapter.dispatch(click);
    expect(acts).toHaveLength(1);
    await restarted.adapter.dispatch(
      cardAction(encodePayload({ a: 'shortlist-add', c: 'y', l: 'en' }), {
        createTime: Date.now() - 2 * 60 * 60 * 1000,
      }),
    );
    expect(acts).toHaveLength(1);
    await restarted.adapter.dispatch(cardAction(encodePayload({ a: 'shortlist-add', c: 'z', l: 'en' })));
    expect(acts).toHaveLength(2);
  });

  it('finishes slow card clicks through the delayed-update token', async () => {
    const slow = createFeishuAdapter({
      appId: APP_ID,
      appSecret: 'secret',
      mode: 'webhook',
      domain: mock.url,
      encryptKey: ENCRYPT_KEY,
      verificationToken: VERIFICATION_TOKEN,
      logger: QUIET,
      callbackBudgetMs: 0,
      conversation: {
        act: async () => {
          await new Promise((r) => setTimeout(r, 50));
          // As the conversation answers a Details click: in place of the card it was on.
          return {
            kind: 'help',
            locale: 'en',
            visibility: 'asker',
            delivery: 'replace',
            actions: [],
            text: 'late answer',
          };
        },
      } as unknown as Conversation,
    });
    const answer = (await slow.dispatch(cardAction(encodePayload({ a: 'details', c: 'x', l: 'en' })))) as {
      toast?: unknown;
    };
    expect(answer.toast).toBeDefined();
    await slow.idle();
    const update = mock.to('/open-apis/interactive/v1/card/update').at(-1);
    expect(update?.body['token']).toMatch(/^c-/);
    expect(JSON.stringify(update?.body['card'])).toContain('late answer');
  });
});

describe('Feishu webhook authentication (in process)', () => {
  const calls: unknown[] = [];
  const handler = createFeishuWebhook({
    encryptKey: ENCRYPT_KEY,
    verificationToken: VERIFICATION_TOKEN,
    logger: QUIET,
    dispatch: async (d) => (calls.push(d), { ok: 1 }),
    now: () => 1_700_000_100_000,
  });
  const request = (body: string, signed = true, key = ENCRYPT_KEY) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (signed)
      Object.assign(headers, {
        'x-lark-request-timestamp': '1700000000',
        'x-lark-request-nonce': 'n',
        'x-lark-signature': signAsFeishu('1700000000', 'n', key, body),
      });
    return handler({ method: 'POST', path: '/feishu/events', headers, body: Buffer.from(body) });
  };

  it.each([
    [
      'plain url_verification',
      JSON.stringify({ challenge: 'x1', token: VERIFICATION_TOKEN, type: 'url_verification' }),
      false,
      200,
    ],
    [
      'encrypted url_verification',
      JSON.stringify({
        encrypt: encrypt(JSON.stringify({ challenge: 'x1', token: VERIFICATION_TOKEN, type: 'url_verification' })),
      }),
      false,
      200,
    ],
    [
      'url_verification with the wrong token',
      JSON.stringify({ challenge: 'x1', token: 'nope', type: 'url_verification' }),
      false,
      401,
    ],
    ['a signed body that does not decrypt', JSON.stringify({ encrypt: encrypt('{}', 'another key') }), true, 400],
    ['a signed, encrypted body that is not JSON', JSON.stringify({ encrypt: encrypt('not json') }), true, 400],
    ['an array', '[]', true, 400],
    ['an empty body', '', true, 400],
  ])('%s → %i', async (_name, body, signed, status) => {
    const before = calls.length;
    const response = await request(body, signed);
    expect(response.status).toBe(status);
    if (status === 200) expect(JSON.parse(response.body ?? '{}')).toEqual({ challenge: 'x1' });
    expect(calls.length).toBe(before);
  });

  it('accepts a correctly encrypted and signed event and returns what the dispatcher returns', async () => {
    const response = await request(JSON.stringify({ encrypt: encrypt(JSON.stringify(messageEvent('rust'))) }));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body ?? '')).toEqual({ ok: 1 });
    expect(calls.length).toBe(1);
  });

  it.each([
    ["within Feishu's retry schedule (7 h old)", 7 * 3600, 200],
    ['past it (9 h old)', 9 * 3600, 401],
    ['from the future (10 min ahead)', -600, 401],
  ])('a signed event %s → %i', async (_name, ageSeconds, status) => {
    const seen: unknown[] = [];
    const at = createFeishuWebhook({
      encryptKey: ENCRYPT_KEY,
      verificationToken: VERIFICATION_TOKEN,
      logger: QUIET,
      dispatch: async (d) => (seen.push(d), {}),
      now: () => (1_700_000_000 + ageSeconds) * 1000,
    });
    const body = JSON.stringify({ encrypt: encrypt(JSON.stringify(messageEvent('rust'))) });
    const headers = {
      'content-type': 'application/json',
      'x-lark-request-timestamp': '1700000000',
      'x-lark-request-nonce': 'n',
      'x-lark-signature': signAsFeishu('1700000000', 'n', ENCRYPT_KEY, body),
    };
    const response = await at({ method: 'POST', path: '/feishu/events', headers, body: Buffer.from(body) });
    expect(response.status).toBe(status);
    expect(seen.length).toBe(status === 200 ? 1 : 0);
  });

  it('maps FEISHU_DOMAIN names to the Open API hosts', () => {
    expect(feishuDomain(undefined)).toBe('https://open.feishu.cn');
    expect(feishuDomain('lark')).toBe('https://open.larksuite.com');
    expect(feishuDomain('http://127.0.0.1:9/')).toBe('http://127.0.0.1:9');
  });
});
