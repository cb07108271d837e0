/**
 * Slack ack latency: the bot started as `npm start` does (HTTP mode) over a résumé folder, against
 * a local Slack Web API mock; signed `/candidate …` commands are POSTed one after another, then 30
 * at once, and the time to the HTTP answer (the ack, which carries the answer when it is ready in
 * time) is measured. `node --import ./scripts/dev-loader.mjs bench/slack-ack.ts <resume dir> [data dir] [--redis]`;
 * prints JSON. With --redis the bot shares its state through a real redis-server started for the
 * run (REDIS_URL), so every command also passes the shared dedupe.
 */
import { startBot } from '../test/helpers/bot.js';
import { startRedis } from '../test/helpers/redis.js';
import { commandBody, postSigned, SIGNING_SECRET, startSlackMock } from '../test/helpers/slack.js';
import { percentile } from './measure.js';
import { benchQueries } from './synthetic.js';

const args = process.argv.slice(2);
const withRedis = args.includes('--redis');
const [resumeDir, dataDir] = args.filter((a) => a !== '--redis');
if (!resumeDir) throw new Error('usage: slack-ack.ts <resume dir> [data dir] [--redis]');
const mock = await startSlackMock();
const redis = withRedis ? await startRedis() : null;
const bot = await startBot({
  SLACK_BOT_TOKEN: 'xoxb-bench',
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: `${mock.url}/api/`,
  RESUME_DIR: resumeDir,
  LOG_LEVEL: 'warn',
  ...(dataDir ? { DATA_DIR: dataDir } : {}),
  ...(redis ? { REDIS_URL: redis.url } : {}),
});
try {
  const queries = benchQueries().slice(0, 200);
  const timed = async (q: string): Promise<number> => {
    const r = await postSigned(bot.url, commandBody(q, mock), 'application/x-www-form-urlencoded');
    if (r.status !== 200) throw new Error(`bench: /candidate ${q} → ${r.status}`);
    return r.ms;
  };
  for (const q of queries.slice(0, 20)) await timed(q); // warm-up
  const sequential: number[] = [];
  for (const q of queries) sequential.push(await timed(q));
  const burst = await Promise.all(queries.slice(0, 30).map(timed));
  const stats = (xs: number[]): { p50: number; p99: number; max: number } => {
    const s = [...xs].sort((a, b) => a - b);
    return { p50: percentile(s, 50), p99: percentile(s, 99), max: s[s.length - 1] ?? 0 };
  };
  const late = mock.to('/response/').length;
  process.stdout.write(
    `${JSON.stringify({ commands: sequential.length, sequential: stats(sequential), concurrent30: stats(burst), answeredLate: late })}\n`,
  );
} finally {
  await bot.stop();
  await mock.close();
  await redis?.stop();
}
