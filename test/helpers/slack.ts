import { slackSignature } from '../../adapters/slack/signature.js';
import { startMockServer, type MockRoute, type MockServer, type Recorded } from './mock-server.js';

export const SIGNING_SECRET = 'e2e-signing-secret-0123456789abcdef';
export const BOT_USER = 'UBOT0001';

/**
 * A local Slack: the Web API under /api/ and response_url endpoints under /response/.
 * `socketUrl` answers `apps.connections.open` (Socket Mode) with a local WebSocket URL.
 */
export function startSlackMock(
  options: { socketUrl?: () => string; extra?: (r: Recorded) => ReturnType<MockRoute> | undefined } = {},
): Promise<MockServer> {
  return startMockServer((r) => {
    const extra = options.extra?.(r);
    if (extra) return extra;
    const method = r.path.replace(/^\/api\//, '').split('?')[0];
    if (r.path.startsWith('/response/')) return { body: { ok: true } };
    switch (method) {
      case 'apps.connections.open':
        if (!options.socketUrl) return { body: { ok: false, error: 'not_allowed_token_type' } };
        if (!String(r.headers['authorization'] ?? '').startsWith('Bearer xapp-'))
          return { body: { ok: false, error: 'invalid_auth' } };
        return { body: { ok: true, url: options.socketUrl() } };
      case 'auth.test':
        return {
          body: {
            ok: true,
            url: 'https://test.slack.com/',
            team: 'Test Team',
            user: 'candidate-bot',
            team_id: 'T0001',
            user_id: BOT_USER,
            bot_id: 'B0001',
          },
        };
      case 'chat.postMessage':
      case 'chat.postEphemeral':
        // A channel where Slack refuses blocks, to exercise the plain-text fallback.
        if (r.body['channel'] === 'C0BADBLOCKS' && r.body['blocks'] !== undefined)
          return { body: { ok: false, error: 'invalid_blocks' } };
        return method === 'chat.postMessage'
          ? { body: { ok: true, channel: r.body['channel'], ts: `${Date.now() / 1000}`, message: {} } }
          : { body: { ok: true, message_ts: `${Date.now() / 1000}` } };
      default:
        return { body: { ok: false, error: 'unknown_method' } };
    }
  });
}

/** POSTs `body` to the bot signed as Slack signs it (or with the given signature headers). */
export async function postSigned(
  url: string,
  body: string,
  contentType: 'application/x-www-form-urlencoded' | 'application/json',
  options: { secret?: string; timestamp?: number; headers?: Record<string, string>; sign?: boolean } = {},
): Promise<{ status: number; text: string; ms: number }> {
  const ts = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const headers: Record<string, string> = { 'content-type': contentType, ...options.headers };
  if (options.sign !== false) {
    headers['x-slack-request-timestamp'] = ts;
    headers['x-slack-signature'] = slackSignature(options.secret ?? SIGNING_SECRET, ts, body);
  }
  const started = performance.now();
  const response = await fetch(`${url}/slack/events`, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

/** A `/candidate` slash command's fields as Slack sends them (each with its own trigger_id). */
export function commandFields(
  text: string,
  mock: MockServer,
  fields: Record<string, string> = {},
): Record<string, string> {
  return {
    token: 'legacy-token',
    team_id: 'T0001',
    team_domain: 'test',
    channel_id: 'C0000RECRUIT',
    channel_name: 'recruiting',
    user_id: 'U0000ASKER',
    user_name: 'recruiter',
    command: '/candidate',
    text,
    api_app_id: 'A0001',
    response_url: `${mock.url}/response/${Math.random().toString(36).slice(2)}`,
    trigger_id: `${Date.now()}.1.${Math.random().toString(36).slice(2)}`,
    ...fields,
  };
}

/** The same, form-encoded as in HTTP mode. */
export function commandBody(text: string, mock: MockServer, fields: Record<string, string> = {}): string {
  return new URLSearchParams(commandFields(text, mock, fields)).toString();
}

export function actionBody(value: string, mock: MockServer, user = 'U0000ASKER', channel = 'C0000RECRUIT'): string {
  const payload = {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'legacy-token',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: channel, is_ephemeral: true },
    trigger_id: `${Date.now()}.2.${Math.random().toString(36).slice(2)}`,
    team: { id: 'T0001', domain: 'test' },
    channel: { id: channel, name: 'recruiting' },
    response_url: `${mock.url}/response/${Math.random().toString(36).slice(2)}`,
    actions: [
      {
        type: 'button',
        action_id: 'details-1',
        block_id: 'b3',
        text: { type: 'plain_text', text: 'x' },
        value,
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function mentionEvent(text: string, eventId: string, channel = 'C0000RECRUIT'): string {
  return eventCallback(eventId, {
    type: 'app_mention',
    user: 'U0000ASKER',
    text,
    ts: `${Date.now() / 1000}`,
    channel,
    event_ts: `${Date.now() / 1000}`,
  });
}

/** An Events API `event_callback` envelope around `event`, as Slack posts it. */
function eventCallback(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'legacy-token',
    team_id: 'T0001',
    api_app_id: 'A0001',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T0001', user_id: BOT_USER, is_bot: true }],
    event,
  });
}

/** All the text of a Block Kit message, in order. */
export function blockText(message: { blocks?: unknown }): string {
  return JSON.stringify(message.blocks ?? []);
}

/** A direct message to the bot with files attached (`message` event, `subtype: file_share`). */
export function fileShareEvent(
  eventId: string,
  files: readonly Record<string, unknown>[],
  options: { user?: string; channel?: string; channelType?: string; text?: string } = {},
): string {
  return eventCallback(eventId, {
    type: 'message',
    subtype: 'file_share',
    user: options.user ?? 'U0000ASKER',
    text: options.text ?? '',
    files,
    channel: options.channel ?? 'D0000DIRECT',
    channel_type: options.channelType ?? 'im',
    ts: `${Date.now() / 1000}`,
    event_ts: `${Date.now() / 1000}`,
  });
}
