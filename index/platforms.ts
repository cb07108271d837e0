import path from 'node:path';
import { createFeishuAdapter } from '../adapters/feishu/app.js';
import { createSlackAdapter } from '../adapters/slack/app.js';
import type { Conversation } from '../src/conversation/conversation.js';
import { EventDedupe, type Dedupe } from '../src/conversation/dedupe.js';
import type { PlatformAdapter } from '../src/platform/http.js';
import type { Logger } from '../src/logger.js';
import type { Candidates } from '../src/candidates/candidates.js';
import type { Config } from './config.js';
import { startHttpServer } from './http-server.js';

export interface PlatformDeps {
  readonly pool: Candidates;
  readonly conversation: Conversation;
  readonly logger: Logger;
  /** Flushes the audit log (and anything else that must reach the disk) on shutdown. */
  readonly closeStores: () => Promise<void>;
  /** Shared by every copy (Redis) when REDIS_URL is set; else kept under DATA_DIR. */
  readonly dedupe?: Dedupe;
}

/**
 * Starts every configured chat platform behind one HTTP port with `GET /healthz`, and runs until
 * SIGTERM / SIGINT, then shuts down gracefully: no new requests, adapters disconnected, the audit
 * log flushed, a rebuild in progress finished.
 */
export async function serveChatPlatforms(config: Config, deps: PlatformDeps): Promise<void> {
  const { pool, conversation, logger } = deps;
  // Kept under DATA_DIR: a redelivery or a replayed request after a restart is still answered once.
  const dedupe = deps.dedupe ?? new EventDedupe({ file: path.join(config.dataDir, 'dedupe.log') });
  const adapters: PlatformAdapter[] = [];
  if (config.slack) {
    adapters.push(
      createSlackAdapter({
        botToken: config.slack.botToken,
        ...(config.slack.appToken
          ? { appToken: config.slack.appToken }
          : { signingSecret: config.slack.signingSecret ?? '' }),
        ...(config.slack.apiUrl ? { apiUrl: config.slack.apiUrl } : {}),
        conversation,
        logger,
        dedupe,
      }),
    );
  }
  if (config.feishu) {
    const f = config.feishu;
    adapters.push(
      createFeishuAdapter({
        appId: f.appId,
        appSecret: f.appSecret,
        mode: f.mode,
        ...(f.domain ? { domain: f.domain } : {}),
        ...(f.encryptKey ? { encryptKey: f.encryptKey } : {}),
        ...(f.verificationToken ? { verificationToken: f.verificationToken } : {}),
        conversation,
        logger,
        dedupe,
      }),
    );
  }
  for (const adapter of adapters) await adapter.start();
  const routes = Object.assign({}, ...adapters.map((a) => a.routes)) as PlatformAdapter['routes'];
  const server = await startHttpServer(config.port, {
    routes,
    logger,
    health: () => {
      const snapshot = pool.current();
      return {
        status: 'ok',
        resumes: snapshot.profiles.length,
        skipped: snapshot.warnings.length,
        indexBuiltAt: snapshot.builtAt,
        indexAgeSeconds: Math.max(0, Math.round((Date.now() - Date.parse(snapshot.builtAt)) / 1000)),
        platforms: adapters.map((a) => a.platform),
      };
    },
  });
  logger.info(
    {
      port: server.port,
      routes: ['/healthz', ...Object.keys(routes)],
      platforms: adapters.map((a) => a.platform),
      resumes: pool.current().profiles.length,
    },
    'candidate-bot: listening',
  );

  await new Promise<void>((resolve) => {
    const stop = (signal: string): void => {
      logger.info({ signal }, 'candidate-bot: shutting down');
      void (async () => {
        await server.close();
        for (const adapter of adapters) await adapter.stop();
        await deps.closeStores();
        await pool.close();
        resolve();
      })();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
