import { existsSync } from 'node:fs';
import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

/**
 * Environment → typed, validated configuration (PRODUCT §9). `.env` is read when present; real
 * environment variables win. Every problem is reported at once, each naming the variable and what
 * to put in it.
 */

const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));

const EnvSchema = z.object({
  RESUME_DIR: optionalText,
  DATA_DIR: optionalText,
  PORT: optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a port number such as 3000')
      .transform(Number)
      .refine((n) => n > 0 && n < 65536, 'must be between 1 and 65535')
      .optional(),
  ),
  BOT_LOCALE: optionalText.pipe(z.enum(['auto', 'zh', 'en'], { message: 'must be auto, zh or en' }).optional()),
  LOG_LEVEL: optionalText.pipe(
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        message: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .optional(),
  ),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: optionalText.pipe(z.string().url('must be a URL such as https://slack.com/api/').optional()),
  FEISHU_APP_ID: optionalText,
  FEISHU_APP_SECRET: optionalText,
  FEISHU_ENCRYPT_KEY: optionalText,
  FEISHU_VERIFICATION_TOKEN: optionalText,
  FEISHU_MODE: optionalText.pipe(
    z.enum(['ws', 'webhook'], { message: 'must be ws (long connection) or webhook' }).optional(),
  ),
  FEISHU_DOMAIN: optionalText.pipe(
    z
      .string()
      .regex(/^(feishu|lark|https?:\/\/\S+)$/i, 'must be feishu, lark, or a base URL such as https://open.feishu.cn')
      .optional(),
  ),
  ALLOWED_USERS: list,
  ALLOWED_CHANNELS: list,
  ALLOWED_TEAMS: list,
  CONTACT_REVEAL_USERS: list,
  UPLOAD_USERS: list,
  REDIS_URL: optionalText.pipe(
    z
      .string()
      .regex(/^rediss?:\/\/\S+$/, 'must be a Redis URL such as redis://127.0.0.1:6379/0')
      .optional(),
  ),
  MAX_FILE_MB: optionalText.pipe(
    z
      .string()
      .regex(/^\d+(?:\.\d+)?$/, 'must be a number of megabytes such as 20')
      .transform(Number)
      .refine((n) => n > 0 && n <= 200, 'must be more than 0 and at most 200')
      .optional(),
  ),
});

export interface Config {
  readonly resumeDir: string;
  readonly dataDir: string;
  readonly port: number;
  readonly locale: 'auto' | 'zh' | 'en';
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Socket Mode when `appToken` is set, otherwise HTTP mode (which has a `signingSecret`). */
  readonly slack: {
    readonly botToken: string;
    readonly signingSecret?: string;
    readonly appToken?: string;
    readonly apiUrl?: string;
  } | null;
  readonly feishu: {
    readonly appId: string;
    readonly appSecret: string;
    readonly encryptKey?: string;
    readonly verificationToken?: string;
    readonly mode: 'ws' | 'webhook';
    readonly domain?: string;
  } | null;
  readonly access: {
    readonly allowedUsers: readonly string[];
    readonly allowedChannels: readonly string[];
    readonly contactRevealUsers: readonly string[];
    readonly allowedTeams: readonly string[];
    /** Who may send résumé files to the bot in a direct message (empty: nobody). */
    readonly uploadUsers: readonly string[];
  };
  /** The largest résumé file read from the folder or accepted as an upload, in bytes (`MAX_FILE_MB`). */
  readonly maxFileBytes: number;
  /** Shared state for several copies of the bot (`REDIS_URL`); null: one copy, files under DATA_DIR. */
  readonly redisUrl: string | null;
}

/** A configuration problem a person can fix; `problems` names each variable. */
export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`candidate-bot: configuration problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Reads `.env` (if any) into the environment without overriding what is already set. */
export function loadEnvFile(cwd = process.cwd()): void {
  const file = path.join(cwd, '.env');
  if (existsSync(file)) loadDotenv({ path: file, quiet: true });
}

/** Validates `env` into a {@link Config}; throws {@link ConfigError} listing every problem. */
export function parseConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${String(issue.path[0] ?? '?')} ${issue.message}`));
  }
  const e = parsed.data;
  const slackSet = [e.SLACK_BOT_TOKEN, e.SLACK_SIGNING_SECRET, e.SLACK_APP_TOKEN].some((v) => v !== undefined);
  const feishuSet = [e.FEISHU_APP_ID, e.FEISHU_APP_SECRET].some((v) => v !== undefined);
  const problems = [...(slackSet ? slackProblems(e) : []), ...(feishuSet ? feishuProblems(e) : [])];
  if (problems.length > 0) throw new ConfigError(problems);
  const resumeDir = path.resolve(cwd, e.RESUME_DIR ?? './seeds');
  return {
    resumeDir,
    dataDir: path.resolve(cwd, e.DATA_DIR ?? './.data'),
    port: e.PORT ?? 3000,
    locale: e.BOT_LOCALE ?? 'auto',
    logLevel: e.LOG_LEVEL ?? 'info',
    slack: slackSet
      ? {
          botToken: e.SLACK_BOT_TOKEN ?? '',
          signingSecret: e.SLACK_SIGNING_SECRET,
          appToken: e.SLACK_APP_TOKEN,
          apiUrl: e.SLACK_API_URL,
        }
      : null,
    feishu: feishuSet
      ? {
          appId: e.FEISHU_APP_ID ?? '',
          appSecret: e.FEISHU_APP_SECRET ?? '',
          encryptKey: e.FEISHU_ENCRYPT_KEY,
          verificationToken: e.FEISHU_VERIFICATION_TOKEN,
          mode: e.FEISHU_MODE ?? 'ws',
          domain: e.FEISHU_DOMAIN,
        }
      : null,
    access: {
      allowedUsers: e.ALLOWED_USERS,
      allowedChannels: e.ALLOWED_CHANNELS,
      contactRevealUsers: e.CONTACT_REVEAL_USERS,
      allowedTeams: e.ALLOWED_TEAMS,
      uploadUsers: e.UPLOAD_USERS,
    },
    maxFileBytes: Math.round((e.MAX_FILE_MB ?? 20) * 1024 * 1024),
    redisUrl: e.REDIS_URL ?? null,
  };
}

type Env = z.infer<typeof EnvSchema>;
const SLACK_APPS = 'https://api.slack.com/apps → your app';

/** Slack is configured: say exactly which variable is missing or wrong, and where Slack shows it. */
function slackProblems(e: Env): string[] {
  const problems: string[] = [];
  if (!e.SLACK_BOT_TOKEN)
    problems.push(
      `SLACK_BOT_TOKEN is missing: set it to the Bot User OAuth Token (xoxb-…) under ${SLACK_APPS} → OAuth & Permissions (install the app to your workspace first)`,
    );
  else if (!e.SLACK_BOT_TOKEN.startsWith('xoxb-'))
    problems.push(
      `SLACK_BOT_TOKEN must be a bot token starting with xoxb- (the Bot User OAuth Token under ${SLACK_APPS} → OAuth & Permissions)`,
    );
  if (e.SLACK_APP_TOKEN !== undefined && !e.SLACK_APP_TOKEN.startsWith('xapp-')) {
    problems.push(
      `SLACK_APP_TOKEN must be an app-level token starting with xapp- (${SLACK_APPS} → Basic Information → App-Level Tokens, with the connections:write scope); leave it unset to use HTTP mode`,
    );
  }
  if (e.SLACK_APP_TOKEN === undefined && !e.SLACK_SIGNING_SECRET) {
    problems.push(
      `SLACK_SIGNING_SECRET is missing: HTTP mode needs the Signing Secret under ${SLACK_APPS} → Basic Information → App Credentials. ` +
        'Or set SLACK_APP_TOKEN (xapp-…, Basic Information → App-Level Tokens) to use Socket Mode, which needs no public URL',
    );
  }
  return problems;
}

const FEISHU_CONSOLE =
  'the developer console (https://open.feishu.cn/app, or https://open.larksuite.com/app for Lark) → your app';

/** Feishu is configured: the same, pointing into the Feishu / Lark developer console. */
function feishuProblems(e: Env): string[] {
  const problems: string[] = [];
  if (!e.FEISHU_APP_ID)
    problems.push(
      `FEISHU_APP_ID is missing: copy the App ID (cli_…) from ${FEISHU_CONSOLE} → Credentials & Basic Info (凭证与基础信息)`,
    );
  if (!e.FEISHU_APP_SECRET)
    problems.push(
      `FEISHU_APP_SECRET is missing: copy the App Secret from ${FEISHU_CONSOLE} → Credentials & Basic Info (凭证与基础信息)`,
    );
  if ((e.FEISHU_MODE ?? 'ws') === 'webhook') {
    // The SDK alone authenticates nothing without an Encrypt Key and never checks the token: require both.
    if (!e.FEISHU_ENCRYPT_KEY)
      problems.push(
        `FEISHU_ENCRYPT_KEY is missing: webhook mode needs the Encrypt Key from ${FEISHU_CONSOLE} → Events & Callbacks → Encryption Strategy (加密策略)`,
      );
    if (!e.FEISHU_VERIFICATION_TOKEN)
      problems.push(
        `FEISHU_VERIFICATION_TOKEN is missing: webhook mode needs the Verification Token from ${FEISHU_CONSOLE} → Events & Callbacks → Encryption Strategy (加密策略)`,
      );
  }
  return problems;
}
