import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { freePort, waitFor } from './mock-server.js';
import { APP_ID, ENCRYPT_KEY, VERIFICATION_TOKEN } from './feishu.js';
import { ROOT } from './run.js';
import { tempDir } from './seeds.js';
import { SIGNING_SECRET } from './slack.js';

export interface BotProcess {
  readonly url: string;
  readonly dataDir: string;
  readonly child: ChildProcess;
  stderr(): string;
  stop(): Promise<number | null>;
}

/**
 * Starts the bot exactly as a user does (`npm start` in the repository), with the given platform
 * variables, a fresh DATA_DIR and a free PORT, and waits until `GET /healthz` answers.
 */
export async function startBot(env: Record<string, string>): Promise<BotProcess> {
  const port = await freePort();
  const dataDir = tempDir('candidate-bot-e2e-');
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      NO_PROXY: '127.0.0.1,localhost',
      no_proxy: '127.0.0.1,localhost',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let err = '';
  child.stderr?.on('data', (c: Buffer) => (err += c.toString('utf8')));
  child.stdout?.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`bot exited (${child.exitCode}):\n${err}`);
        try {
          return (await fetch(`${url}/healthz`)).ok;
        } catch {
          return false;
        }
      },
      60_000,
      'the bot to answer /healthz',
    );
  } catch (error) {
    killGroup(child, 'SIGKILL');
    throw error;
  }
  return {
    url,
    dataDir,
    child,
    stderr: () => err,
    stop: async () => {
      // SIGTERM to the bot itself, as a process manager would send it: npm then exits with the bot's
      // own code (npm killed by the signal would exit with none, whatever the bot did).
      terminateBot(child);
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

function terminateBot(child: ChildProcess): void {
  if (!child.pid) return;
  let tree = '';
  try {
    tree = execFileSync('ps', ['-o', 'pid=,comm=', '-g', String(child.pid)], { encoding: 'utf8' });
  } catch {
    // ps found nothing: the group is gone already
  }
  const bots = tree
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([pid, comm]) => comm === 'node' && Number(pid) !== child.pid)
    .map(([pid]) => Number(pid));
  if (bots.length === 0) killGroup(child, 'SIGTERM');
  for (const pid of bots) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // exited meanwhile
    }
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/**
 * The variables for a bot on both platforms against local mocks: Slack in HTTP mode (signed
 * requests) and Feishu in webhook mode (encrypted, signed events).
 */
export function bothPlatformsEnv(slack: { url: string }, feishu: { url: string }): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: 'xoxb-e2e',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: `${slack.url}/api/`,
    FEISHU_APP_ID: APP_ID,
    FEISHU_APP_SECRET: 'secret',
    FEISHU_MODE: 'webhook',
    FEISHU_ENCRYPT_KEY: ENCRYPT_KEY,
    FEISHU_VERIFICATION_TOKEN: VERIFICATION_TOKEN,
    FEISHU_DOMAIN: feishu.url,
  };
}
