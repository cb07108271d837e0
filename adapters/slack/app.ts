import bolt from '@slack/bolt';
import type { Logger as BoltLogger, RespondArguments } from '@slack/bolt';
import { renderSlackMessage, toKnownBlocks, type SlackMessage } from './blocks.js';
import { slackIncomingFile, type SlackFile } from './files.js';
import { slackActor, slackTextToPlain } from './inbound.js';
import { SlackHttpReceiver } from './receiver.js';
import {
  EventDedupe,
  PlatformStartError,
  within,
  type Actor,
  type Dedupe,
  type Inbound,
  type Logger,
  type PlatformAdapter,
  type Reply,
} from '../../src/port.js';

const { App, LogLevel } = bolt;
type WebClient = InstanceType<typeof bolt.webApi.WebClient>;

export interface SlackAdapterOptions {
  /** Bot User OAuth Token, `xoxb-…`. */
  readonly botToken: string;
  /** HTTP mode: the app's Signing Secret. */
  readonly signingSecret?: string;
  /** Socket Mode when set: an app-level token, `xapp-…`, with `connections:write`. */
  readonly appToken?: string;
  /** Web API base URL (tests and proxies), e.g. `http://127.0.0.1:4000/api/`. */
  readonly apiUrl?: string;
  readonly conversation: Inbound;
  readonly logger: Logger;
  readonly dedupe?: Dedupe;
  /** Answer a slash command in its ack when the answer is ready this soon; otherwise via `response_url`. */
  readonly ackBudgetMs?: number;
}

/** Files read from one message at most (Slack allows ten per message). */
const MAX_FILES_PER_MESSAGE = 10;

/**
 * The Slack adapter: `/candidate …` commands, `@bot` mentions, direct messages and card buttons,
 * over Socket Mode (when an app token is given) or signed HTTP at `POST /slack/events`.
 * It only translates: Slack payloads become {@link Actor}s and text for the conversation, and
 * replies become Block Kit.
 */
export function createSlackAdapter(options: SlackAdapterOptions): PlatformAdapter {
  const { conversation, logger } = options;
  const dedupe = options.dedupe ?? new EventDedupe();
  const ackBudgetMs = options.ackBudgetMs ?? 2000;
  const socketMode = options.appToken !== undefined;
  if (!socketMode && !options.signingSecret)
    throw new PlatformStartError('config', 'slack: HTTP mode needs a signing secret');
  const receiver = socketMode
    ? undefined
    : new SlackHttpReceiver({ signingSecret: options.signingSecret ?? '', logger });
  const clientOptions = {
    ...(options.apiUrl ? { slackApiUrl: withSlash(options.apiUrl) } : {}),
    // A chat answer is worth a couple of quick retries, not Slack's default half hour of them.
    retryConfig: { retries: 2, minTimeout: 300, maxTimeout: 2000 },
  };
  let app: InstanceType<typeof App> | undefined;

  const send = async (
    work: () => Promise<unknown>,
    retryAsText: () => Promise<unknown>,
    what: string,
  ): Promise<void> => {
    try {
      await work();
    } catch (error) {
      const code = slackErrorCode(error);
      logger.error({ err: code, what }, 'slack: could not deliver an answer');
      // The renderer keeps within every documented limit; if Slack still refuses the blocks, the text gets through.
      if (code === 'invalid_blocks' || code === 'msg_blocks_too_long')
        await retryAsText().catch((e: unknown) =>
          logger.error({ err: slackErrorCode(e), what }, 'slack: text fallback failed too'),
        );
    }
  };

  /** An answer to a mention or a DM: only to the asker in a channel (ephemeral), else in the conversation. */
  const post = async (
    client: WebClient,
    reply: Reply,
    channel: string,
    user: string,
    thread?: string,
  ): Promise<void> => {
    const message = renderSlackMessage(reply);
    const base = { channel, ...(thread ? { thread_ts: thread } : {}) };
    if (reply.visibility === 'asker') {
      await send(
        () => client.chat.postEphemeral({ ...base, user, text: message.text, blocks: toKnownBlocks(message.blocks) }),
        () => client.chat.postEphemeral({ ...base, user, text: message.text }),
        'postEphemeral',
      );
    } else {
      await send(
        () => client.chat.postMessage({ ...base, text: message.text, blocks: toKnownBlocks(message.blocks) }),
        () => client.chat.postMessage({ ...base, text: message.text }),
        'postMessage',
      );
    }
  };

  const register = (a: InstanceType<typeof App>): void => {
    // Redeliveries (same event_id, e.g. X-Slack-Retry-Num: 1 after a slow first answer) never answer twice.
    // A replayed slash command or button click (the same signed request sent again within the
    // five-minute signature window) carries the same trigger_id: acknowledged, never run twice
    // (no second reveal, no second audit line).
    a.use(async (args) => {
      const { body, next, context } = args;
      const eventId = (body as { event_id?: unknown }).event_id;
      if (typeof eventId === 'string' && (await dedupe.seen(`slack:${eventId}`))) {
        logger.debug({ eventId, retryNum: context.retryNum }, 'slack: duplicate event ignored');
        return;
      }
      const triggerId = (body as { trigger_id?: unknown }).trigger_id;
      if (typeof triggerId === 'string' && (await dedupe.seen(`slack:trigger:${triggerId}`))) {
        logger.debug({ kind: 'replay' }, 'slack: replayed command or click ignored');
        const ack = (args as { ack?: () => Promise<void> }).ack;
        if (ack) await ack();
        return;
      }
      await next();
    });

    a.command(/.*/, async ({ command, ack, respond }) => {
      const actor = slackActor(
        { id: command.user_id, name: command.user_name, team: (command as { user_team?: string }).user_team },
        command.channel_id,
        command.team_id,
      );
      const started = Date.now();
      const work = conversation.ask(actor, slackTextToPlain(command.text ?? ''));
      const quick = await within(work, ackBudgetMs);
      if (quick) {
        await ack(asResponse(renderSlackMessage(quick), quick));
        logger.info(
          { platform: 'slack', kind: 'command', reply: quick.kind, ms: Date.now() - started },
          'slack: answered in the ack',
        );
        return;
      }
      await ack();
      const reply = await work;
      const message = renderSlackMessage(reply);
      await send(
        () => respond(asResponse(message, reply)),
        () => respond({ response_type: responseType(reply), text: message.text }),
        'respond',
      );
      logger.info(
        { platform: 'slack', kind: 'command', reply: reply.kind, ms: Date.now() - started },
        'slack: answered through response_url',
      );
    });

    a.event('app_mention', async ({ event, client, context }) => {
      if (!event.user) return;
      const actor = slackActor(
        { id: event.user, team: (event as { user_team?: string }).user_team },
        event.channel,
        context.teamId,
        undefined,
      );
      const files = (event as { files?: SlackFile[] }).files ?? [];
      if (files.length > 0) {
        // A file in a channel is never downloaded: the answer (asker only) says to send it in a DM.
        const hint = await conversation.upload(
          actor,
          slackIncomingFile(files[0] as SlackFile, options.botToken, options.apiUrl),
          event.text,
        );
        await post(client, hint, event.channel, event.user, event.thread_ts);
        logger.info({ platform: 'slack', kind: 'file-in-channel' }, 'slack: file in a channel; hinted to use a DM');
        if (slackTextToPlain(event.text, context.botUserId) === '') return;
      }
      const reply = await conversation.ask(actor, slackTextToPlain(event.text, context.botUserId));
      await post(
        client,
        reply,
        event.channel,
        event.user,
        event.thread_ts ?? (reply.visibility === 'conversation' ? event.ts : undefined),
      );
      logger.info({ platform: 'slack', kind: 'mention', reply: reply.kind }, 'slack: answered a mention');
    });

    a.event('message', async ({ event, client, context }) => {
      const m = event as {
        channel_type?: string;
        subtype?: string;
        bot_id?: string;
        user?: string;
        text?: string;
        channel: string;
        files?: SlackFile[];
      };
      if (m.bot_id !== undefined || !m.user || m.user === context.botUserId) return;
      // A résumé sent to the bot: each file of a direct message (files in channels come as mentions, above).
      if (m.subtype === 'file_share' && m.channel_type === 'im' && (m.files?.length ?? 0) > 0) {
        const actor = slackActor({ id: m.user }, m.channel, context.teamId, 'im');
        for (const file of (m.files ?? []).slice(0, MAX_FILES_PER_MESSAGE)) {
          const reply = await conversation.upload(
            actor,
            slackIncomingFile(file, options.botToken, options.apiUrl),
            m.text ?? '',
          );
          await post(client, reply, m.channel, m.user);
          logger.info({ platform: 'slack', kind: 'upload', reply: reply.kind }, 'slack: answered a file');
        }
        return;
      }
      // Only what a person writes to the bot directly; edits, joins and bots (including this one) are not questions.
      if (m.channel_type !== 'im' || m.subtype !== undefined) return;
      const actor = slackActor({ id: m.user }, m.channel, context.teamId, 'im');
      const reply = await conversation.ask(actor, slackTextToPlain(m.text ?? '', context.botUserId));
      await post(client, reply, m.channel, m.user);
      logger.info({ platform: 'slack', kind: 'dm', reply: reply.kind }, 'slack: answered a direct message');
    });

    a.action({ type: 'block_actions' }, async ({ ack, body, action, respond }) => {
      if (action.type !== 'button') {
        await ack();
        return;
      }
      const b = body as {
        user: { id: string; username?: string; name?: string; team_id?: string };
        channel?: { id?: string; name?: string };
        team?: { id?: string } | null;
      };
      const actor: Actor = slackActor(
        { id: b.user.id, name: b.user.username ?? b.user.name, team: b.user.team_id },
        b.channel?.id,
        b.team?.id ?? undefined,
      );
      const value = action.value ?? '';
      // The click is done (a shortlist change saved) before Slack hears it was received, when that
      // takes less than the ack budget: a copy killed in between leaves the click unacknowledged,
      // and Slack shows the user it failed, instead of an acknowledged click that was lost.
      const work = conversation.act(actor, value);
      await within(work, ackBudgetMs);
      await ack();
      const reply = await work;
      const message = renderSlackMessage(reply);
      const inPlace = reply.delivery === 'replace';
      const args: RespondArguments = inPlace
        ? { replace_original: true, text: message.text, blocks: toKnownBlocks(message.blocks) }
        : {
            replace_original: false,
            response_type: responseType(reply),
            text: message.text,
            blocks: toKnownBlocks(message.blocks),
          };
      await send(
        () => respond(args),
        () => respond({ ...args, blocks: undefined }),
        'respond',
      );
      logger.info({ platform: 'slack', kind: 'button', reply: reply.kind, inPlace }, 'slack: answered a button');
    });

    a.error(async (error) => {
      logger.error({ err: error.code ?? error.message }, 'slack: unhandled error');
    });
  };

  return {
    platform: 'slack',
    routes: receiver ? { '/slack/events': receiver.handle } : {},
    async start() {
      const auth = await checkToken(options.botToken, clientOptions, options.apiUrl);
      // With ALLOWED_TEAMS empty, only the workspace this token belongs to is answered.
      if (auth.teamId) options.conversation.homeWorkspace('slack', auth.teamId);
      app = new App({
        token: options.botToken,
        botId: auth.botId,
        botUserId: auth.userId,
        tokenVerificationEnabled: false,
        ...(receiver
          ? { receiver }
          : { socketMode: true, appToken: options.appToken, installerOptions: { clientOptions } }),
        clientOptions,
        logger: boltLogger(logger),
        ignoreSelf: true,
      });
      register(app);
      try {
        await app.start();
      } catch (error) {
        throw new PlatformStartError(
          'socket',
          `slack: could not open the Socket Mode connection (${slackErrorCode(error)}). Check SLACK_APP_TOKEN: an app-level token (xapp-…) with the connections:write scope, under Basic Information → App-Level Tokens, and that Socket Mode is enabled under Settings → Socket Mode.`,
          error,
        );
      }
      logger.info({ platform: 'slack', mode: socketMode ? 'socket' : 'http', team: auth.team }, 'slack: connected');
    },
    async stop() {
      await app?.stop().catch(() => undefined);
    },
  };
}

function asResponse(message: SlackMessage, reply: Reply): RespondArguments {
  return { response_type: responseType(reply), text: message.text, blocks: toKnownBlocks(message.blocks) };
}

function responseType(reply: Reply): 'ephemeral' | 'in_channel' {
  return reply.visibility === 'asker' ? 'ephemeral' : 'in_channel';
}

/** Calls `auth.test` once, so a wrong token fails at start-up with a fix, not at the first question. */
async function checkToken(
  token: string,
  clientOptions: object,
  apiUrl: string | undefined,
): Promise<{ botId?: string; userId?: string; team?: string; teamId?: string }> {
  const client = new bolt.webApi.WebClient(token, {
    ...clientOptions,
    retryConfig: { retries: 1, minTimeout: 200, maxTimeout: 1000 },
  });
  try {
    const result = await client.auth.test();
    return {
      ...(result.bot_id ? { botId: result.bot_id } : {}),
      ...(result.user_id ? { userId: result.user_id } : {}),
      ...(result.team ? { team: result.team } : {}),
      ...(result.team_id ? { teamId: result.team_id } : {}),
    };
  } catch (error) {
    const code = slackErrorCode(error);
    if (['invalid_auth', 'not_authed', 'token_revoked', 'account_inactive', 'token_expired'].includes(code)) {
      throw new PlatformStartError(
        code,
        `slack: Slack refused SLACK_BOT_TOKEN (${code}). Copy the Bot User OAuth Token (xoxb-…) from your app's settings at https://api.slack.com/apps → OAuth & Permissions, and reinstall the app if you changed its scopes.`,
        error,
      );
    }
    throw new PlatformStartError(
      'unreachable',
      `slack: cannot reach the Slack Web API at ${apiUrl ?? 'https://slack.com/api/'} (${code}). Check the network, or SLACK_API_URL if you set it.`,
      error,
    );
  }
}

function slackErrorCode(error: unknown): string {
  const e = error as { data?: { error?: unknown }; code?: unknown; message?: unknown } | null;
  if (typeof e?.data?.error === 'string') return e.data.error;
  if (typeof e?.code === 'string') return e.code;
  return typeof e?.message === 'string' ? e.message.slice(0, 200) : String(error).slice(0, 200);
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** Bolt's logger, onto ours (Bolt logs no payloads unless in developer mode, which we never enable). */
function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const line = (args: unknown[]): string =>
    args
      .map((a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : ''))
      .filter(Boolean)
      .join(' ')
      .slice(0, 500);
  return {
    debug: (...args: unknown[]) => logger.debug({ component: 'bolt' }, line(args)),
    info: (...args: unknown[]) => logger.info({ component: 'bolt' }, line(args)),
    warn: (...args: unknown[]) => logger.warn({ component: 'bolt' }, line(args)),
    error: (...args: unknown[]) => logger.error({ component: 'bolt' }, line(args)),
    setLevel: (l: typeof level) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
