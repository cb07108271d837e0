import { createHash } from 'node:crypto';
import * as lark from '@larksuiteoapi/node-sdk';
import { LRUCache } from 'lru-cache';
import { renderFeishuCard, type FeishuCard } from './card.js';
import { feishuActor, fileOf, questionOf, shouldAnswer, type FeishuMessageEvent } from './inbound.js';
import { FeishuApi, FeishuApiError } from './open-api.js';
import { createFeishuWebhook } from './webhook.js';
import {
  EventDedupe,
  PlatformStartError,
  within,
  type Dedupe,
  type Inbound,
  type Logger,
  type PlatformAdapter,
  type Reply,
  t,
} from '../../src/port.js';

export interface FeishuAdapterOptions {
  readonly appId: string;
  readonly appSecret: string;
  /** `ws` (long connection, no public URL) or `webhook` (`POST /feishu/events`). */
  readonly mode: 'ws' | 'webhook';
  /** `feishu` (default), `lark`, or a base URL (a test server). */
  readonly domain?: string;
  readonly encryptKey?: string;
  readonly verificationToken?: string;
  readonly conversation: Inbound;
  readonly logger: Logger;
  readonly dedupe?: Dedupe;
  /**
   * Messages older than this are not answered as if new (after a reconnect Feishu may deliver what
   * was sent while the bot was away). Default 10 minutes.
   */
  readonly maxMessageAgeMs?: number;
  /** Answer a card click in its callback response when ready this soon (Feishu waits 3 s). */
  readonly callbackBudgetMs?: number;
  readonly now?: () => number;
}

export interface FeishuAdapter extends PlatformAdapter {
  /**
   * The dispatcher both paths share: the long connection (`WSClient`) and the webhook hand it the
   * same decrypted, authenticated events. Tests feed it events exactly as `WSClient` does.
   */
  readonly dispatch: (data: Record<string, unknown>) => Promise<unknown>;
  /** Settles when every answer started so far has been sent (for shutdown and tests). */
  idle(): Promise<void>;
}

/**
 * The Feishu / Lark adapter: questions in 1:1 chats, @mentions and `/candidate …` in groups, and card
 * buttons, over the long connection or a signed, encrypted webhook. Replies are card JSON 2.0; in
 * groups they are visible to the asker only (an ephemeral card), or sent 1:1 where that is not possible.
 */
/** A card click older than this (the life of its callback token) is not processed: a replay. */
const MAX_CLICK_AGE_MS = 30 * 60 * 1000;

/** Chats whose type is remembered (from messages and look-ups); older ones are looked up again. */
const MAX_CHATS = 10_000;

/**
 * A card.action.trigger callback as the SDK's dispatcher hands it over: the event (the SDK's
 * RawCardActionEvent) spread over its header, which gives the event id, tenant and time.
 */
type CardActionData = lark.RawCardActionEvent & {
  readonly event_id?: string;
  readonly tenant_key?: string;
  readonly create_time?: string;
};

export function createFeishuAdapter(options: FeishuAdapterOptions): FeishuAdapter {
  const { conversation, logger } = options;
  const dedupe = options.dedupe ?? new EventDedupe();
  const now = options.now ?? Date.now;
  const maxAge = options.maxMessageAgeMs ?? 10 * 60 * 1000;
  const budget = options.callbackBudgetMs ?? 2500;
  const domain = feishuDomain(options.domain);
  const sdkLogger = quietLogger(logger);
  const client = new lark.Client({
    appId: options.appId,
    appSecret: options.appSecret,
    domain,
    logger: sdkLogger,
    loggerLevel: lark.LoggerLevel.warn,
  });
  const api = new FeishuApi(client, logger);
  // Card callbacks do not say whether the chat is a group; remember it from the messages (default: group, the private choice).
  // Bounded: the chats least recently seen are forgotten first (and looked up again if clicked).
  const chatTypes = new LRUCache<string, string>({ max: MAX_CHATS });
  const rememberChat = (chatId: string, type: string): void => {
    chatTypes.set(chatId, type);
  };
  /** A chat's type from messages seen, else from the Open API: after a restart a 1:1 click is still 1:1. */
  const chatTypeOf = async (chatId: string | undefined): Promise<string | undefined> => {
    if (!chatId) return undefined;
    const known = chatTypes.get(chatId);
    if (known) return known;
    try {
      const mode = await api.chatMode(chatId);
      if (mode) rememberChat(chatId, mode);
      return mode ?? undefined;
    } catch (error) {
      // Unknown is treated as a group: the answer then goes to the asker only.
      logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'feishu: could not look up a chat type',
      );
      return undefined;
    }
  };
  const inFlight = new Set<Promise<void>>();
  let botOpenId: string | undefined;
  let ws: lark.WSClient | undefined;

  const track = (work: Promise<void>): void => {
    const p = work.catch((error: unknown) => logger.error({ err: errorCode(error) }, 'feishu: answering failed'));
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  };

  /** Sends a reply where it belongs: asker-only in a group (ephemeral, else 1:1), in context elsewhere. */
  const deliver = async (
    reply: Reply,
    where: { chatId?: string; chatType?: string; messageId?: string; openId: string },
    idempotencyKey: string,
  ): Promise<void> => {
    const card = renderFeishuCard(reply);
    const uuid = createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40);
    if (where.chatType !== 'p2p' && reply.visibility === 'asker' && where.chatId) {
      try {
        await api.ephemeral(where.chatId, where.openId, card);
        return;
      } catch (error) {
        // Topic groups and some chats cannot show "visible to you only" cards: answer 1:1 instead.
        logger.warn({ err: errorCode(error) }, 'feishu: ephemeral card refused; answering 1:1');
        await api.send('open_id', where.openId, card, uuid);
        return;
      }
    }
    if (where.messageId) await api.reply(where.messageId, card, uuid);
    else if (where.chatId) await api.send('chat_id', where.chatId, card, uuid);
    else await api.send('open_id', where.openId, card, uuid);
  };

  const onMessage = async (data: FeishuMessageEvent): Promise<void> => {
    const message = data.message;
    const openId = data.sender?.sender_id?.open_id;
    if (!message?.message_id || !openId) return;
    // One after the other, never both at once: with copies racing on one Redis, the copy that
    // claimed the event id goes on to claim the message id (a retry may carry a new event id for the
    // same message); claimed in parallel, each copy could win one key and both would stay silent.
    const duplicate =
      (data.event_id !== undefined && (await dedupe.seen(`feishu:${data.event_id}`))) ||
      (await dedupe.seen(`feishu:msg:${message.message_id}`));
    if (duplicate) {
      logger.debug({ eventId: data.event_id }, 'feishu: duplicate delivery ignored');
      return;
    }
    if (message.chat_id && message.chat_type) rememberChat(message.chat_id, message.chat_type);
    const sent = Number(message.create_time);
    if (Number.isFinite(sent) && sent > 0 && now() - sent > maxAge) {
      logger.info(
        { ageSeconds: Math.round((now() - sent) / 1000) },
        'feishu: message too old to answer as new; skipped',
      );
      return;
    }
    if (message.message_type === 'file') {
      const file = fileOf(message.content);
      if (!file || (data.sender?.sender_type !== undefined && data.sender.sender_type !== 'user')) return;
      const actor = feishuActor(openId, message.chat_id, message.chat_type, data.tenant_key);
      const messageId = message.message_id;
      track(
        (async () => {
          // In a group the conversation answers with a hint and never calls download().
          const reply = await conversation.upload(actor, {
            name: file.name,
            download: (max) => api.download(messageId, file.key, max),
          });
          await deliver(
            reply,
            { chatId: message.chat_id, chatType: message.chat_type, messageId, openId },
            `upload:${messageId}`,
          );
          logger.info(
            { platform: 'feishu', kind: message.chat_type === 'p2p' ? 'upload' : 'file-in-group', reply: reply.kind },
            'feishu: answered a file',
          );
        })(),
      );
      return;
    }
    const question = questionOf(data, botOpenId);
    if (!shouldAnswer(data, question)) return;
    const actor = feishuActor(openId, message.chat_id, message.chat_type, data.tenant_key);
    track(
      (async () => {
        const reply = await conversation.ask(actor, question.text);
        await deliver(
          reply,
          { chatId: message.chat_id, chatType: message.chat_type, messageId: message.message_id, openId },
          `answer:${message.message_id}`,
        );
        logger.info(
          { platform: 'feishu', kind: message.chat_type === 'p2p' ? 'p2p' : 'group', reply: reply.kind },
          'feishu: answered a message',
        );
      })(),
    );
  };

  const onCardAction = async (data: CardActionData): Promise<unknown> => {
    const operator = data.operator?.open_id;
    const action = data.action;
    const context = data.context;
    const callbackToken = typeof data.token === 'string' ? data.token : undefined;
    const eventId = typeof data.event_id === 'string' ? data.event_id : undefined;
    if (!operator) return {};
    // A click is answered within seconds; one older than its callback token (30 minutes) is a replay.
    const clickedAt = Number(data.create_time);
    if (Number.isFinite(clickedAt) && clickedAt > 0 && now() - clickedAt > MAX_CLICK_AGE_MS) {
      logger.warn({ ageSeconds: Math.round((now() - clickedAt) / 1000) }, 'feishu: card click too old; ignored');
      return {};
    }
    if (eventId && (await dedupe.seen(`feishu:${eventId}`))) return {};
    const value =
      typeof action?.value === 'object' && action.value !== null ? (action.value as { v?: unknown }).v : undefined;
    const chatId = context?.open_chat_id;
    const chatType = await chatTypeOf(chatId);
    const actor = feishuActor(
      operator,
      chatId,
      chatType,
      typeof data.tenant_key === 'string' ? data.tenant_key : undefined,
    );
    const work = conversation.act(actor, typeof value === 'string' ? value : '');
    const respondWith = async (reply: Reply): Promise<unknown> => {
      const inPlace = reply.delivery === 'replace';
      if (inPlace) return { card: { type: 'raw', data: renderFeishuCard(reply) } };
      if (reply.kind === 'notice')
        return {
          toast: {
            type: reply.level === 'info' ? 'info' : reply.level === 'error' ? 'error' : 'warning',
            content: reply.text.slice(0, 500),
          },
        };
      track(
        deliver(
          reply,
          { chatId, chatType, openId: operator },
          `action:${eventId ?? `${operator}:${String(value)}:${now()}`}`,
        ),
      );
      return { toast: { type: 'info', content: t(reply.locale).chat.sent } };
    };
    const quick = await within(work, budget);
    if (quick) return respondWith(quick);
    // Slow: answer Feishu now, and finish through the delayed-update token (valid 30 min, twice).
    track(
      (async () => {
        const reply = await work;
        const response = (await respondWith(reply)) as { card?: { data: FeishuCard } };
        if (response.card && callbackToken) await api.updateCard(callbackToken, response.card.data);
      })(),
    );
    return { toast: { type: 'info', content: '…' } };
  };

  // The SDK types its events (EventHandles); callbacks such as card.action.trigger are not among
  // them, so register's type parameter adds that one.
  const dispatcher = new lark.EventDispatcher({ logger: sdkLogger, loggerLevel: lark.LoggerLevel.warn }).register<{
    'card.action.trigger': (data: CardActionData) => Promise<unknown>;
  }>({
    'im.message.receive_v1': async (data) => {
      // Feishu wants an answer within 3 s: acknowledge at once and answer through the API.
      track(onMessage(data));
      return {};
    },
    'card.action.trigger': onCardAction,
  });
  const dispatch = (data: Record<string, unknown>): Promise<unknown> => dispatcher.invoke(data, { needCheck: false });

  const routes: PlatformAdapter['routes'] =
    options.mode === 'webhook'
      ? {
          '/feishu/events': createFeishuWebhook({
            encryptKey: options.encryptKey ?? '',
            verificationToken: options.verificationToken ?? '',
            dispatch,
            logger,
          }),
        }
      : {};

  return {
    platform: 'feishu',
    routes,
    dispatch,
    async idle() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    async start() {
      try {
        botOpenId = await api.botOpenId();
      } catch (error) {
        const code = errorCode(error);
        if (error instanceof FeishuApiError && error.credentials) {
          throw new PlatformStartError(
            code,
            `feishu: the Open API refused FEISHU_APP_ID / FEISHU_APP_SECRET (${code}). Copy both from the developer console → your app → Credentials & Basic Info (凭证与基础信息).`,
            error,
          );
        }
        if (error instanceof FeishuApiError) {
          throw new PlatformStartError(
            code,
            `feishu: could not read the bot's identity (${code}). Enable the Bot capability (应用能力 → 机器人) for the app and publish a version.`,
            error,
          );
        }
        throw new PlatformStartError(
          'unreachable',
          `feishu: cannot reach the Open API at ${domain} (${code}). Check the network, or FEISHU_DOMAIN if you set it.`,
          error,
        );
      }
      if (options.mode === 'ws') {
        ws = new lark.WSClient({
          appId: options.appId,
          appSecret: options.appSecret,
          domain,
          logger: sdkLogger,
          loggerLevel: lark.LoggerLevel.warn,
          autoReconnect: true,
        });
        await ws.start({ eventDispatcher: dispatcher });
      }
      logger.info({ platform: 'feishu', mode: options.mode }, 'feishu: connected');
    },
    async stop() {
      ws?.close();
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}

/** FEISHU_DOMAIN: `feishu` (open.feishu.cn), `lark` (open.larksuite.com) or a base URL. */
export function feishuDomain(value: string | undefined): string {
  if (!value || value.toLowerCase() === 'feishu') return 'https://open.feishu.cn';
  if (value.toLowerCase() === 'lark') return 'https://open.larksuite.com';
  return value.replace(/\/+$/, '');
}

function errorCode(error: unknown): string {
  if (error instanceof FeishuApiError) return error.code;
  const e = error as { message?: unknown } | null;
  return typeof e?.message === 'string' ? e.message.slice(0, 200) : String(error).slice(0, 200);
}

/** The SDK logs whole request errors (with bodies) at error level; keep only their messages. */
function quietLogger(logger: Logger): {
  error: (...m: unknown[]) => void;
  warn: (...m: unknown[]) => void;
  info: (...m: unknown[]) => void;
  debug: (...m: unknown[]) => void;
  trace: (...m: unknown[]) => void;
} {
  const line = (args: unknown[]): string =>
    args
      .flat()
      .map((a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : ''))
      .filter(Boolean)
      .join(' ')
      .slice(0, 300);
  return {
    error: (...m) => logger.warn({ component: 'lark-sdk' }, line(m)),
    warn: (...m) => logger.warn({ component: 'lark-sdk' }, line(m)),
    info: (...m) => logger.debug({ component: 'lark-sdk' }, line(m)),
    debug: (...m) => logger.debug({ component: 'lark-sdk' }, line(m)),
    trace: () => undefined,
  };
}
