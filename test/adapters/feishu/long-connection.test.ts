import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePayload } from '../../../src/conversation/payload.js';
import { startBot, type BotProcess } from '../../helpers/bot.js';
import { startLongConnectionServer, type LongConnectionServer } from '../../helpers/feishu-long-connection.js';
import { APP_ID, cardAction, cardOf, messageEvent, startFeishuMock } from '../../helpers/feishu.js';
import { waitFor, type MockServer } from '../../helpers/mock-server.js';

/**
 * The Feishu/Lark long connection, the README's default Feishu transport, end to end: `npm start`
 * with FEISHU_MODE unset (ws); the mock Open API's `/callback/ws/endpoint` hands out a local
 * gateway speaking node-sdk WSClient's own protocol.
 */
describe('Feishu long connection end to end (npm start, a local WSClient gateway)', () => {
  let mock: MockServer;
  let gateway: LongConnectionServer;
  let bot: BotProcess;

  beforeAll(async () => {
    gateway = await startLongConnectionServer();
    mock = await startFeishuMock({ wsUrl: () => gateway.url() });
    bot = await startBot({ FEISHU_APP_ID: APP_ID, FEISHU_APP_SECRET: 'secret', FEISHU_DOMAIN: mock.url });
    await waitFor(() => gateway.connections.length > 0, 30_000, 'the long connection');
  }, 90_000);

  afterAll(async () => {
    const code = await bot?.stop();
    await gateway?.close();
    await mock?.close();
    expect(code).toBe(0);
  });

  it('answers "@bot rust" in a group with one card only the asker sees: 张林伟 before 王军飞', async () => {
    const answer = await gateway.send(messageEvent('@_user_1 rust', { chatType: 'group', chatId: 'oc_ws_group' }));
    expect(answer.code).toBe(200);
    const sent = await waitFor(
      () => mock.to('/open-apis/ephemeral/v1/send').find((r) => r.body['chat_id'] === 'oc_ws_group'),
      30_000,
      'the card',
    );
    expect(sent.body).toMatchObject({ open_id: 'ou_asker' });
    const card = JSON.stringify(cardOf(sent.body));
    expect(card.indexOf('张林伟')).toBeGreaterThan(-1);
    expect(card.indexOf('张林伟')).toBeLessThan(card.indexOf('王军飞'));
    // The client keeps the connection alive with pings, answered with pongs carrying its settings.
    expect(gateway.pings).toBeGreaterThan(0);
  });

  it('answers a 1:1 message in the chat', async () => {
    await gateway.send(messageEvent('golang 5年以上', { chatType: 'p2p', messageId: 'om_ws_p2p' }));
    const reply = await waitFor(() => mock.to('/open-apis/im/v1/messages/om_ws_p2p/reply')[0], 10_000, 'the reply');
    expect(JSON.stringify(cardOf(reply.body))).toContain('王小兵');
  });

  it('answers a card click on the connection itself: Next gives the new card, Shortlist a toast', async () => {
    const next = await gateway.send(cardAction(encodePayload({ a: 'next', q: 'golang', o: 2, l: 'en' })));
    expect(next.code).toBe(200);
    expect(JSON.stringify(next.data)).toContain('showing 3–4 of 4');
    const shortlist = await gateway.send(
      cardAction(encodePayload({ a: 'shortlist-add', c: '000_858ca9253fee2070', l: 'en' })),
    );
    expect(shortlist.data).toMatchObject({ toast: { content: expect.stringMatching(/added to the shortlist/) } });
  });

  it('reconnects when the gateway drops the connection, and keeps answering; a redelivered event is answered once', async () => {
    const event = messageEvent('kafka', { chatType: 'p2p', messageId: 'om_ws_before_drop' });
    await gateway.send(event);
    await waitFor(() => mock.to('/open-apis/im/v1/messages/om_ws_before_drop/reply')[0], 10_000, 'the first reply');
    const connections = gateway.connections.length;
    const pings = gateway.pings;
    gateway.drop();
    // Open on our side is not yet ready on the client's: the SDK pings as its socket opens and
    // starts reading frames just after, so its first ping on the new connection says it listens.
    await waitFor(
      () =>
        gateway.connections.length > connections &&
        gateway.connections.at(-1)?.readyState === 1 &&
        gateway.pings > pings,
      30_000,
      'the new connection',
    );
    // The same event again on the new connection (a redelivery): acknowledged, not answered twice.
    expect((await gateway.send(event)).code).toBe(200);
    await gateway.send(messageEvent('rust', { chatType: 'p2p', messageId: 'om_ws_after_drop' }));
    await waitFor(
      () => mock.to('/open-apis/im/v1/messages/om_ws_after_drop/reply')[0],
      10_000,
      'the reply after reconnecting',
    );
    expect(mock.to('/open-apis/im/v1/messages/om_ws_before_drop/reply')).toHaveLength(1);
  });
});
