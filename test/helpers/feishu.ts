import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { startMockServer, type MockRoute, type MockServer, type Recorded } from './mock-server.js';

export const APP_ID = 'cli_a1b2c3d4e5f60718';
export const ENCRYPT_KEY = 'e2e-encrypt-key';
export const VERIFICATION_TOKEN = 'e2e-verification-token';
export const BOT_OPEN_ID = 'ou_bot0000000000000000000000000000';

/** A local Feishu Open API: tenant token, bot info, message reply/create, ephemeral cards, delayed update. */
/**
 * A local Feishu Open API. `wsUrl` answers the long connection's endpoint request with a local
 * WebSocket URL (see feishu-long-connection.ts); without it the endpoint says it is unavailable.
 */
export function startFeishuMock(
  options: {
    rateLimitOnce?: boolean;
    wsUrl?: () => string;
    extra?: (r: Recorded) => ReturnType<MockRoute> | undefined;
  } = {},
): Promise<MockServer> {
  let limited = false;
  return startMockServer((r) => {
    const extra = options.extra?.(r);
    if (extra) return extra;
    const path = r.path.split('?')[0] ?? '';
    if (path === '/open-apis/auth/v3/tenant_access_token/internal') {
      if (r.body['app_secret'] === 'wrong-secret') return { body: { code: 10014, msg: 'app secret invalid' } };
      return { body: { code: 0, msg: 'ok', tenant_access_token: 't-mock', expire: 7200 } };
    }
    if (path === '/open-apis/bot/v3/info')
      return {
        body: { code: 0, msg: 'ok', bot: { open_id: BOT_OPEN_ID, app_name: 'candidate-bot', activate_status: 2 } },
      };
    if (path === '/open-apis/ephemeral/v1/send') {
      // A topic group cannot show ephemeral cards.
      if (r.body['chat_id'] === 'oc_topicgroup') return { body: { code: 230002, msg: 'not supported in topic chat' } };
      return { body: { code: 0, msg: 'ok', data: { message_id: `om_e${Date.now()}` } } };
    }
    if (path === '/open-apis/im/v1/messages' || /^\/open-apis\/im\/v1\/messages\/[^/]+\/reply$/.test(path)) {
      if (options.rateLimitOnce && !limited) {
        limited = true;
        return {
          status: 429,
          headers: { 'x-ogw-ratelimit-reset': '1' },
          body: { code: 99991400, msg: 'rate limited' },
        };
      }
      return { body: { code: 0, msg: 'ok', data: { message_id: `om_r${Date.now()}` } } };
    }
    // Chats named oc_p2p… are 1:1 chats with the bot; everything else is a group.
    const chat = /^\/open-apis\/im\/v1\/chats\/([^/]+)$/.exec(path);
    if (chat)
      return { body: { code: 0, msg: 'ok', data: { chat_mode: chat[1]?.startsWith('oc_p2p') ? 'p2p' : 'group' } } };
    if (path === '/open-apis/interactive/v1/card/update') return { body: { code: 0, msg: 'ok' } };
    if (path === '/callback/ws/endpoint') {
      if (!options.wsUrl)
        return { body: { code: 1000040350, msg: 'long connection is not available on this test server' } };
      if (r.body['AppID'] !== APP_ID || typeof r.body['AppSecret'] !== 'string')
        return { body: { code: 1000040343, msg: 'invalid app' } };
      return {
        body: {
          code: 0,
          msg: 'ok',
          data: {
            URL: options.wsUrl(),
            ClientConfig: { PingInterval: 120, ReconnectCount: -1, ReconnectInterval: 1, ReconnectNonce: 0 },
          },
        },
      };
    }
    return { status: 404, body: { code: 404, msg: 'not found' } };
  });
}

/**
 * Signs as Feishu does, written here apart from the adapter's own code so that a mistake there
 * cannot sign and verify alike: lowercase hex SHA-256 of timestamp + nonce + encrypt key + raw body.
 */
export function signAsFeishu(timestamp: string, nonce: string, encryptKey: string, body: string): string {
  return createHash('sha256')
    .update(timestamp + nonce + encryptKey)
    .update(Buffer.from(body, 'utf8'))
    .digest('hex');
}

/** Encrypts as Feishu does: base64(IV ‖ AES-256-CBC(sha256(key), IV, plaintext)). */
export function encrypt(plaintext: string, key = ENCRYPT_KEY): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', createHash('sha256').update(key).digest(), iv);
  return Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

/** POSTs an event to /feishu/events, encrypted and signed as Feishu sends it (compact JSON). */
export async function postFeishu(
  url: string,
  payload: unknown,
  options: {
    key?: string;
    signKey?: string;
    sign?: boolean;
    raw?: string;
    encrypted?: boolean;
    timestamp?: number;
  } = {},
): Promise<{ status: number; text: string; ms: number }> {
  const body =
    options.raw ??
    (options.encrypted === false
      ? JSON.stringify(payload)
      : JSON.stringify({ encrypt: encrypt(JSON.stringify(payload), options.key ?? ENCRYPT_KEY) }));
  const ts = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = Math.random().toString(36).slice(2);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.sign !== false) {
    headers['x-lark-request-timestamp'] = ts;
    headers['x-lark-request-nonce'] = nonce;
    headers['x-lark-signature'] = signAsFeishu(ts, nonce, options.signKey ?? options.key ?? ENCRYPT_KEY, body);
  }
  const started = performance.now();
  const response = await fetch(`${url}/feishu/events`, { method: 'POST', headers, body });
  return { status: response.status, text: await response.text(), ms: performance.now() - started };
}

let seq = 0;

/** An `im.message.receive_v1` envelope (schema 2.0). `text` may contain `@_user_1` for the bot. */
export function messageEvent(
  text: string,
  options: {
    chatType?: 'p2p' | 'group';
    chatId?: string;
    eventId?: string;
    messageId?: string;
    sender?: string;
    createTime?: number;
    token?: string;
    mentionBot?: boolean;
  } = {},
): Record<string, unknown> {
  seq += 1;
  const mentions =
    options.mentionBot === false
      ? []
      : text.includes('@_user_1')
        ? [
            {
              key: '@_user_1',
              id: { open_id: BOT_OPEN_ID, union_id: 'on_bot', user_id: '' },
              name: 'candidate-bot',
              tenant_key: 'tk',
            },
          ]
        : [];
  return {
    schema: '2.0',
    header: {
      event_id: options.eventId ?? `ev_${Date.now()}_${seq}`,
      event_type: 'im.message.receive_v1',
      create_time: String(Date.now()),
      token: options.token ?? VERIFICATION_TOKEN,
      app_id: APP_ID,
      tenant_key: 'tk',
    },
    event: {
      sender: {
        sender_id: { open_id: options.sender ?? 'ou_asker', union_id: 'on_asker', user_id: 'u1' },
        sender_type: 'user',
        tenant_key: 'tk',
      },
      message: {
        message_id: options.messageId ?? `om_${Date.now()}_${seq}`,
        chat_id: options.chatId ?? (options.chatType === 'p2p' ? 'oc_p2p' : 'oc_group'),
        chat_type: options.chatType ?? 'group',
        message_type: 'text',
        content: JSON.stringify({ text }),
        create_time: String(options.createTime ?? Date.now()),
        mentions,
      },
    },
  };
}

/** A `card.action.trigger` callback (schema 2.0) for a button whose value is `{ v: payload }`. */
export function cardAction(
  value: string,
  options: { operator?: string; chatId?: string; eventId?: string; createTime?: number } = {},
): Record<string, unknown> {
  seq += 1;
  return {
    schema: '2.0',
    header: {
      event_id: options.eventId ?? `ev_card_${Date.now()}_${seq}`,
      event_type: 'card.action.trigger',
      create_time: String(options.createTime ?? Date.now()),
      token: VERIFICATION_TOKEN,
      app_id: APP_ID,
      tenant_key: 'tk',
    },
    event: {
      operator: { open_id: options.operator ?? 'ou_asker', union_id: 'on_asker', user_id: 'u1', tenant_key: 'tk' },
      token: `c-${seq}`,
      action: { tag: 'button', value: { v: value } },
      host: 'im_message',
      context: { open_message_id: 'om_card', open_chat_id: options.chatId ?? 'oc_group' },
    },
  };
}

/** The card a mock request carried (reply/create send `content` as a string; ephemeral and update send `card`). */
export function cardOf(body: Record<string, unknown>): Record<string, unknown> {
  if (typeof body['content'] === 'string') return JSON.parse(body['content']) as Record<string, unknown>;
  return (body['card'] ?? {}) as Record<string, unknown>;
}

/** Every button value on a card, with its label. */
export function cardButtons(card: unknown): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n['tag'] === 'button') {
        const behaviors = n['behaviors'] as { value?: { v?: string } }[] | undefined;
        out.push({
          label: String((n['text'] as { content?: string })?.content ?? ''),
          value: behaviors?.[0]?.value?.v ?? '',
        });
      }
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** A file message (`message_type: "file"`), 1:1 unless `chatType` says otherwise. */
export function fileMessageEvent(
  fileKey: string,
  fileName: string,
  options: { chatType?: 'p2p' | 'group'; sender?: string; messageId?: string } = {},
): Record<string, unknown> {
  const event = messageEvent('', {
    chatType: options.chatType ?? 'p2p',
    mentionBot: false,
    ...(options.sender ? { sender: options.sender } : {}),
    ...(options.messageId ? { messageId: options.messageId } : {}),
  });
  const message = (event['event'] as { message: Record<string, unknown> }).message;
  message['message_type'] = 'file';
  message['content'] = JSON.stringify({ file_key: fileKey, file_name: fileName });
  return event;
}
