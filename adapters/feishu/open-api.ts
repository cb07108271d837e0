import type * as lark from '@larksuiteoapi/node-sdk';
import type { Readable } from 'node:stream';
import type { FeishuCard } from './card.js';
import { DownloadTooLarge, readLimited, type Logger } from '../../src/port.js';

/** An Open API answer with a non-zero `code` (or an HTTP error), named by its code. */
export class FeishuApiError extends Error {
  readonly code: string;
  /** The app id / secret were refused (tenant token codes). */
  readonly credentials: boolean;
  constructor(code: string, message: string) {
    super(`feishu: ${message} (${code})`);
    this.name = 'FeishuApiError';
    this.code = code;
    this.credentials = ['10003', '10014', '99991663', '99991664', '99991665', '99991661'].includes(code);
  }
}

/** Rate limited: HTTP 429 at the gateway, or code 99991400 (app) / 230020 (one chat). */
const RATE_LIMITED = new Set(['429', '99991400', '230020']);
const ATTEMPTS = 4;

/**
 * The few Open API calls the bot makes, through the SDK client (which fetches and caches the tenant
 * token). Sends carry a `uuid`, so a retried send is delivered once (Feishu keeps it an hour); rate
 * limits are retried with backoff (0.5 s, 1.5 s, 4.5 s, or the gateway's reset hint).
 */
export class FeishuApi {
  private readonly client: lark.Client;
  private readonly logger: Logger;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    client: lark.Client,
    logger: Logger,
    sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    this.client = client;
    this.logger = logger;
    this.sleep = sleep;
  }

  async botOpenId(): Promise<string> {
    const body = await this.call('bot info', { method: 'GET', url: '/open-apis/bot/v3/info' });
    const openId = (body['bot'] as { open_id?: unknown } | undefined)?.open_id;
    if (typeof openId !== 'string') throw new FeishuApiError('no_bot', 'the app has no bot');
    return openId;
  }

  reply(messageId: string, card: FeishuCard, uuid: string): Promise<Record<string, unknown>> {
    return this.call('reply', {
      method: 'POST',
      url: `/open-apis/im/v1/messages/${encodeURIComponent(messageId)}/reply`,
      data: { msg_type: 'interactive', content: JSON.stringify(card), uuid },
    });
  }

  send(
    receiveIdType: 'open_id' | 'chat_id',
    receiveId: string,
    card: FeishuCard,
    uuid: string,
  ): Promise<Record<string, unknown>> {
    return this.call('send', {
      method: 'POST',
      url: '/open-apis/im/v1/messages',
      params: { receive_id_type: receiveIdType },
      data: { receive_id: receiveId, msg_type: 'interactive', content: JSON.stringify(card), uuid },
    });
  }

  /** A chat's kind: `p2p` (1:1 with the bot), `group` or `topic` (Open API `GET /im/v1/chats/:chat_id`, `chat_mode`). */
  async chatMode(chatId: string): Promise<string | null> {
    const body = await this.call('chat info', {
      method: 'GET',
      url: `/open-apis/im/v1/chats/${encodeURIComponent(chatId)}`,
    });
    const mode = (body['data'] as { chat_mode?: unknown } | undefined)?.chat_mode;
    return typeof mode === 'string' ? mode : null;
  }

  /** A card in a group that only `openId` sees ("仅对你可见"); normal groups only. */
  ephemeral(chatId: string, openId: string, card: FeishuCard): Promise<Record<string, unknown>> {
    return this.call('ephemeral', {
      method: 'POST',
      url: '/open-apis/ephemeral/v1/send',
      data: { chat_id: chatId, open_id: openId, msg_type: 'interactive', card },
    });
  }

  /** Delayed update of a clicked card with the callback's token (valid 30 minutes, usable twice). */
  updateCard(token: string, card: FeishuCard): Promise<Record<string, unknown>> {
    return this.call('card update', {
      method: 'POST',
      url: '/open-apis/interactive/v1/card/update',
      data: { token, card },
    });
  }

  /**
   * A file sent in a message, through the SDK's message-resource call (`GET /im/v1/messages/:id/
   * resources/:key?type=file`). Its stream can be read once; reading stops past `maxBytes`.
   */
  async download(messageId: string, fileKey: string, maxBytes: number): Promise<Uint8Array> {
    let resource: { getReadableStream: () => Readable; headers?: Record<string, unknown> };
    try {
      resource = (await this.client.im.messageResource.get({
        path: { message_id: messageId, file_key: fileKey },
        params: { type: 'file' },
      })) as typeof resource;
    } catch (error) {
      const response = (error as { response?: { status?: number } }).response;
      throw new FeishuApiError(
        String(response?.status ?? 'http'),
        `file download failed: HTTP ${response?.status ?? '?'}`,
      );
    }
    const declared = Number(resource.headers?.['content-length']);
    const stream = resource.getReadableStream();
    if (Number.isFinite(declared) && declared > maxBytes) {
      stream.destroy();
      throw new DownloadTooLarge(maxBytes);
    }
    return readLimited(stream as AsyncIterable<Uint8Array>, maxBytes, () => stream.destroy());
  }

  private async call(
    what: string,
    request: { method: 'GET' | 'POST'; url: string; data?: unknown; params?: Record<string, string> },
  ): Promise<Record<string, unknown>> {
    for (let attempt = 1; ; attempt++) {
      let body: Record<string, unknown> | undefined;
      let failure: FeishuApiError;
      let resetSeconds: number | undefined;
      try {
        body = await this.client.request<Record<string, unknown>>(request);
        const code = Number(body?.['code'] ?? 0);
        if (code === 0) return body ?? {};
        failure = new FeishuApiError(String(code), `${what} failed: ${String(body?.['msg'] ?? '').slice(0, 120)}`);
      } catch (error) {
        const response = (
          error as {
            response?: { status?: number; data?: { code?: unknown; msg?: unknown }; headers?: Record<string, unknown> };
          }
        ).response;
        if (!response) throw error;
        const code =
          response.data?.code !== undefined && Number(response.data.code) !== 0
            ? String(response.data.code)
            : String(response.status ?? 'http');
        failure = new FeishuApiError(
          response.status === 429 ? '429' : code,
          `${what} failed: HTTP ${response.status ?? '?'}`,
        );
        const reset = Number(response.headers?.['x-ogw-ratelimit-reset']);
        if (Number.isFinite(reset) && reset > 0) resetSeconds = reset;
      }
      if (!RATE_LIMITED.has(failure.code) || attempt >= ATTEMPTS) throw failure;
      const wait = resetSeconds !== undefined ? Math.min(resetSeconds * 1000, 10_000) : 500 * 3 ** (attempt - 1);
      this.logger.warn({ what, code: failure.code, attempt, waitMs: wait }, 'feishu: rate limited; retrying');
      await this.sleep(wait);
    }
  }
}
