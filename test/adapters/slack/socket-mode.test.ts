import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { encodePayload } from '../../../src/conversation/payload.js';
import { startBot, type BotProcess } from '../../helpers/bot.js';
import { freePort, waitFor, type MockServer } from '../../helpers/mock-server.js';
import { BOT_USER, commandFields, mentionEvent, startSlackMock } from '../../helpers/slack.js';

/**
 * Socket Mode, the README's default Slack transport, end to end: `npm start` with an app token;
 * the mock Web API's `apps.connections.open` hands out a ws://127.0.0.1 URL served here, speaking
 * Slack's Socket Mode protocol (hello, envelopes with `envelope_id`, acks with a payload,
 * `disconnect` to make the client reconnect).
 */
interface Ack {
  readonly envelope_id: string;
  readonly payload?: Record<string, unknown>;
}

describe('Slack Socket Mode end to end (npm start, a local Socket Mode server)', () => {
  let mock: MockServer;
  let bot: BotProcess;
  let server: WebSocketServer;
  let port: number;
  const sockets: WebSocket[] = [];
  const acks: Ack[] = [];
  let envelopes = 0;

  beforeAll(async () => {
    port = await freePort();
    server = new WebSocketServer({ host: '127.0.0.1', port });
    server.on('connection', (socket) => {
      sockets.push(socket);
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as Ack;
        if (typeof message.envelope_id === 'string') acks.push(message);
      });
      socket.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'local' },
          connection_info: { app_id: 'A0001' },
        }),
      );
    });
    mock = await startSlackMock({ socketUrl: () => `ws://127.0.0.1:${port}/link/?ticket=${sockets.length + 1}` });
    bot = await startBot({
      SLACK_BOT_TOKEN: 'xoxb-socket',
      SLACK_APP_TOKEN: 'xapp-1-socket',
      SLACK_API_URL: `${mock.url}/api/`,
    });
    await waitFor(() => sockets.length > 0, 30_000, 'the Socket Mode connection');
  }, 90_000);

  afterAll(async () => {
    const code = await bot?.stop();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await mock?.close();
    expect(code).toBe(0);
  });

  const current = (): WebSocket => sockets[sockets.length - 1] as WebSocket;
  /** Sends one envelope on the live connection and waits for its ack. */
  const deliver = async (
    type: string,
    payload: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ): Promise<Ack> => {
    const id = `env-${++envelopes}`;
    current().send(
      JSON.stringify({ envelope_id: id, type, payload, accepts_response_payload: type !== 'events_api', ...extra }),
    );
    return waitFor(() => acks.find((a) => a.envelope_id === id), 10_000, `the ack of ${id}`);
  };
  const command = (text: string): Record<string, unknown> => commandFields(text, mock);
  const mention = (text: string, eventId: string): Record<string, unknown> =>
    JSON.parse(mentionEvent(text, eventId)) as Record<string, unknown>;

  it('answers a slash command in its ack payload: 张林伟 then 王军飞, only to the asker', async () => {
    const ack = await deliver('slash_commands', command('rust'));
    const text = JSON.stringify(ack.payload);
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral' });
    expect(text.indexOf('张林伟')).toBeGreaterThan(-1);
    expect(text.indexOf('张林伟')).toBeLessThan(text.indexOf('王军飞'));
  });

  it('acks an app_mention and answers it once with an ephemeral message', async () => {
    const before = mock.to('/api/chat.postEphemeral').length;
    await deliver('events_api', mention(`<@${BOT_USER}> kafka`, 'EvSocket1'));
    const answer = await waitFor(() => mock.to('/api/chat.postEphemeral')[before], 10_000, 'the mention answer');
    expect(answer.body).toMatchObject({ channel: 'C0000RECRUIT', user: 'U0000ASKER' });
    expect(JSON.stringify(answer.body)).toContain('王军飞');
  });

  it('acks a button click and answers through response_url', async () => {
    const responseUrl = `${mock.url}/response/socket-click`;
    await deliver('interactive', {
      type: 'block_actions',
      user: { id: 'U0000ASKER', username: 'recruiter', team_id: 'T0001' },
      api_app_id: 'A0001',
      container: { type: 'message', message_ts: '1.1', channel_id: 'C0000RECRUIT', is_ephemeral: true },
      trigger_id: `${Date.now()}.click`,
      team: { id: 'T0001', domain: 'test' },
      channel: { id: 'C0000RECRUIT', name: 'recruiting' },
      response_url: responseUrl,
      actions: [
        {
          type: 'button',
          action_id: 'details-1',
          block_id: 'b',
          text: { type: 'plain_text', text: 'x' },
          value: encodePayload({ a: 'details', c: '000_858ca9253fee2070', l: 'en' }),
          action_ts: `${Date.now() / 1000}`,
        },
      ],
    });
    const answer = await waitFor(() => mock.to('/response/socket-click')[0], 10_000, 'the click answer');
    expect(JSON.stringify(answer.body)).toContain('张林伟');
  });

  it('reconnects after a disconnect (refresh) and keeps answering; an event redelivered on the new connection is answered once', async () => {
    const before = mock.to('/api/chat.postEphemeral').length;
    await deliver('events_api', mention(`<@${BOT_USER}> rust`, 'EvSocketRetry'));
    await waitFor(() => mock.to('/api/chat.postEphemeral')[before], 10_000, 'the first answer');
    const connections = sockets.length;
    current().send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested', debug_info: { host: 'local' } }));
    await waitFor(() => sockets.length > connections, 30_000, 'the new connection');
    expect(mock.to('/api/apps.connections.open').length).toBeGreaterThanOrEqual(2);
    // Slack redelivers the same event on the new connection: acknowledged, not answered again.
    await deliver('events_api', mention(`<@${BOT_USER}> rust`, 'EvSocketRetry'), {
      retry_attempt: 1,
      retry_reason: 'timeout',
    });
    const ack = await deliver('slash_commands', command('golang'));
    expect(JSON.stringify(ack.payload)).toContain('王小兵');
    // The command was answered after the redelivery was handled: had that been answered, it would show by now.
    expect(mock.to('/api/chat.postEphemeral').length).toBe(before + 1);
  });
});
