/**
 * `npm start`: starts every configured adapter (Slack, Feishu) behind one HTTP port with
 * `/healthz`; with none configured, the console chat over the résumé folder (./seeds by default).
 * The composition root: the only place that wires the core (src/) to the adapters.
 */
import path from 'node:path';
import { createConsoleAdapter } from '../adapters/console/chat.js';
import { AuditLog } from '../src/conversation/audit-log.js';
import { Conversation } from '../src/conversation/conversation.js';
import { ShortlistStore } from '../src/conversation/shortlist-store.js';
import { Candidates } from '../src/candidates/candidates.js';
import { ConfigError, loadEnvFile, parseConfig } from './config.js';
import { createLogger } from './logger.js';
import { operatorName } from './operator.js';
import { serveChatPlatforms } from './platforms.js';
import { connectSharedState } from '../src/shared/redis-state.js';

async function main(): Promise<number> {
  loadEnvFile();
  const config = parseConfig(process.env);
  // The console chat shares the terminal with its user: only warnings unless LOG_LEVEL says otherwise.
  const consoleOnly = !config.slack && !config.feishu;
  const logger = createLogger(consoleOnly && !process.env['LOG_LEVEL'] ? 'warn' : config.logLevel);
  // With REDIS_URL, every copy of the bot shares dedupe, the shortlist, the audit trail and news
  // of pool changes; unreachable at start, start-up stops with a message naming REDIS_URL.
  const shared = config.redisUrl ? await connectSharedState(config.redisUrl, logger) : null;
  const pool = await Candidates.open({
    dir: config.resumeDir,
    dataDir: config.dataDir,
    maxFileBytes: config.maxFileBytes,
    logger,
    ...(shared ? { onSwap: (key: string) => void shared.announcePoolChange(key) } : {}),
  });
  pool.watch();
  // Another copy rebuilt (a new file on the shared volume, an upload): look again now.
  shared?.onPoolChange((key) => {
    if (key !== pool.current().key) void pool.refresh();
  });
  const shortlist =
    shared?.shortlist ??
    (await ShortlistStore.open(path.join(config.dataDir, 'shortlists.json'), {
      onRecovered: (keptAs, reason) =>
        logger.warn({ keptAs, reason }, 'shortlists.json was unreadable; kept it aside and started a new one'),
    }));
  const audit = new AuditLog(path.join(config.dataDir, 'audit.log'), undefined, shared?.audit);
  const conversation = new Conversation({
    pool,
    shortlist,
    audit,
    access: config.access,
    locale: config.locale,
    logger,
    maxFileBytes: config.maxFileBytes,
  });
  if (!consoleOnly) {
    await serveChatPlatforms(config, {
      pool,
      conversation,
      logger,
      closeStores: async () => {
        await audit.close();
        await shared?.close();
      },
      ...(shared ? { dedupe: shared.dedupe } : {}),
    });
    return 0;
  }
  const snapshot = pool.current();
  process.stderr.write(
    `candidate-bot: ${snapshot.profiles.length} résumés from ${config.resumeDir}` +
      `${snapshot.warnings.length > 0 ? ` (${snapshot.warnings.length} files skipped; see the warnings above)` : ''}. Type /candidate <query>, help or quit.\n`,
  );
  const chat = createConsoleAdapter({
    conversation,
    input: process.stdin,
    output: process.stdout,
    user: operatorName(),
    locale: config.locale,
  });
  // Graceful shutdown: answer what was typed, finish a rebuild in progress and flush the audit log.
  const stop = async (): Promise<void> => {
    await chat.stop();
    await audit.close();
    await pool.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  await chat.start();
  await chat.closed;
  await audit.close();
  await pool.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : `candidate-bot: ${error instanceof Error ? error.message : String(error)}`}\n`,
    );
    process.exit(1);
  },
);
