import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePayload } from '../../../src/conversation/payload.js';
import { startBot, type BotProcess } from '../../helpers/bot.js';
import { blockKitViolations } from '../../helpers/block-kit-limits.js';
import { waitFor, type MockServer, type Recorded } from '../../helpers/mock-server.js';
import {
  actionBody,
  commandBody,
  mentionEvent,
  postSigned,
  SIGNING_SECRET,
  startSlackMock,
} from '../../helpers/slack.js';
import { PLATFORM_JD } from '../../match/jds.js';

const FORM = 'application/x-www-form-urlencoded';
const ADMIN = 'U0000ADMIN';

interface Message {
  response_type?: string;
  replace_original?: boolean;
  text: string;
  blocks?: { type: string; elements?: { type: string; value?: string; text: { text: string } }[] }[];
}

/**
 * The bot started the way a user starts it (`npm start`, HTTP mode), against a local Slack Web API
 * mock via SLACK_API_URL; every request is signed exactly as Slack signs it.
 */
describe('Slack end to end (npm start, HTTP mode, signed requests on 127.0.0.1)', () => {
  let mock: MockServer;
  let bot: BotProcess;

  beforeAll(async () => {
    mock = await startSlackMock();
    bot = await startBot({
      SLACK_BOT_TOKEN: 'xoxb-e2e',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${mock.url}/api/`,
      CONTACT_REVEAL_USERS: ADMIN,
    });
  }, 90_000);

  afterAll(async () => {
    const code = await bot?.stop();
    await mock?.close();
    // Info-level logs never carry résumé text or contact details.
    expect(bot.stderr()).not.toMatch(/150\d{8}|15012341980|@gmail\.com|武汉理工/);
    // SIGTERM is a graceful shutdown: exit 0 within the 10 s before the helper would SIGKILL it.
    expect(code).toBe(0);
  });

  const command = async (
    text: string,
    fields: Record<string, string> = {},
  ): Promise<Message & { status: number; ms: number }> => {
    const r = await postSigned(bot.url, commandBody(text, mock, fields), FORM);
    return { status: r.status, ms: r.ms, ...(JSON.parse(r.text || '{}') as Message) };
  };
  const buttons = (m: Message): { value: string; label: string }[] =>
    (m.blocks ?? [])
      .flatMap((b) => b.elements ?? [])
      .filter((e) => e.type === 'button')
      .map((e) => ({ value: e.value ?? '', label: e.text.text }));
  const click = async (value: string, user = 'U0000ASKER'): Promise<Message> => {
    const before = mock.to('/response/').length;
    const r = await postSigned(bot.url, actionBody(value, mock, user), FORM);
    expect(r.status).toBe(200);
    expect(r.ms).toBeLessThan(3000);
    const answer = await waitFor(() => mock.to('/response/')[before], 10_000, 'the button answer');
    expect(blockKitViolations(answer.body)).toEqual([]);
    return answer.body as unknown as Message;
  };
  const posts = (): Recorded[] => [...mock.to('/api/chat.postMessage'), ...mock.to('/api/chat.postEphemeral')];
  let sentinels = 0;
  /** A fresh mention, awaited: once it is answered, anything sent before it would have been too (no sleep). */
  const sentinel = async (): Promise<void> => {
    const id = `EvSentinel${++sentinels}`;
    await postSigned(bot.url, mentionEvent(`<@UBOT0001> sentinel-${sentinels}`, id), 'application/json');
    await waitFor(
      () =>
        mock
          .to('/api/chat.postEphemeral')
          .find(
            (r) =>
              String(r.body['text']).includes(`sentinel-${sentinels}`) ||
              JSON.stringify(r.body).includes(`sentinel-${sentinels}`),
          ),
      10_000,
      'the sentinel answer',
    );
  };

  it('serves /healthz with the pool size and index age', async () => {
    const health = (await (await fetch(`${bot.url}/healthz`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ status: 'ok', resumes: 5, platforms: ['slack'] });
    expect(typeof health['indexAgeSeconds']).toBe('number');
  });

  it('answers a signed /candidate rust in the ack, within 3 s, only to the asker: 张林伟 then 王军飞, no one else', async () => {
    const answer = await command('rust');
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(3000);
    expect(answer.response_type).toBe('ephemeral');
    expect(blockKitViolations(answer)).toEqual([]);
    const blocks = JSON.stringify(answer.blocks);
    expect(blocks.indexOf('张林伟')).toBeGreaterThan(-1);
    expect(blocks.indexOf('张林伟')).toBeLessThan(blocks.indexOf('王军飞'));
    for (const other of ['王小兵', 'Manjusaka']) expect(blocks).not.toContain(other);
    expect(blocks).toContain('150****1980');
    expect(blocks).not.toMatch(/150\d{4}1980/);
  });

  it('/candidate match <JD>: within 3 s, only to the asker, must/nice per card, criteria as a query, age and gender ignored', async () => {
    const answer = await command(`match ${PLATFORM_JD}`);
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(3000);
    // In the ack when ready in time, else through response_url: either way the same message.
    const message = answer.blocks
      ? answer
      : ((
          await waitFor(
            () => mock.to('/response/').find((r) => JSON.stringify(r.body).includes('JD match')),
            10_000,
            'the match',
          )
        ).body as unknown as Message);
    expect(message.response_type).toBe('ephemeral');
    expect(blockKitViolations(message)).toEqual([]);
    const blocks = JSON.stringify(message.blocks);
    expect(blocks).toContain('JD match: Senior Platform Engineer / SRE (Berlin or remote)');
    expect(blocks.indexOf('Manjusaka')).toBeGreaterThan(-1);
    expect(blocks).toMatch(/must \d+\/\d+ · nice \d+\/\d+/);
    expect(blocks).toMatch(/Ignored: under 35 \(age\), male preferred \(gender\)/);
    expect(blocks).toMatch(/Criteria \(copy, edit and send back as a search\): .*golang\/python/);
  });

  it('answers in the conversation in a DM, and with help (not the whole pool) for an empty /candidate', async () => {
    expect(
      (await command('golang 5年以上', { channel_id: 'D0000DM', channel_name: 'directmessage' })).response_type,
    ).toBe('in_channel');
    // A channel someone named `directmessage` is a channel: the answer stays with the asker.
    expect(
      (await command('golang 5年以上', { channel_id: 'C0000TRICK', channel_name: 'directmessage' })).response_type,
    ).toBe('ephemeral');
    const help = await command('');
    expect(help.text).toMatch(/\/candidate rust/);
    expect(JSON.stringify(help.blocks)).not.toContain('张林伟');
  });

  it.each([
    ['forged (another secret)', { secret: 'not-the-secret' }],
    ['missing', { sign: false }],
    ['stale (10 minutes old)', { timestamp: Math.floor(Date.now() / 1000) - 600 }],
    ['from 10 minutes in the future', { timestamp: Math.floor(Date.now() / 1000) + 600 }],
  ])('rejects a %s signature with 401 and processes nothing', async (_name, options) => {
    const before = mock.requests.length;
    const slash = await postSigned(bot.url, commandBody('rust', mock), FORM, options);
    const event = await postSigned(
      bot.url,
      mentionEvent('<@UBOT0001> rust', `EvForged${Math.random()}`),
      'application/json',
      options,
    );
    expect([slash.status, event.status]).toEqual([401, 401]);
    expect(slash.text + event.text).toBe('');
    await sentinel();
    expect(mock.requests.slice(before).filter((r) => !JSON.stringify(r.body).includes('sentinel-'))).toEqual([]);
  });

  it('answers an app_mention exactly once, to the asker only; a retry of the same event gets nothing', async () => {
    const body = mentionEvent('<@UBOT0001> 谁做过消息队列，5年以上？', 'Ev0MENTION1');
    const before = posts().length;
    expect((await postSigned(bot.url, body, 'application/json')).status).toBe(200);
    const answer = await waitFor(
      () => mock.to('/api/chat.postEphemeral').find((r) => String(r.body['text']).includes('消息队列')),
      10_000,
      'the mention answer',
    );
    expect(answer.body).toMatchObject({ channel: 'C0000RECRUIT', user: 'U0000ASKER' });
    expect(String(answer.body['text'])).toMatch(/^搜索：消息队列 · 5年以上/);
    expect(blockKitViolations(answer.body)).toEqual([]);
    const retry = await postSigned(bot.url, body, 'application/json', {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    await sentinel();
    expect(posts().length).toBe(before + 2); // the answer and the sentinel's
  });

  it('answers a direct message in the DM, and ignores its own messages', async () => {
    const dm = (event: Record<string, unknown>, id: string): string =>
      JSON.stringify({
        type: 'event_callback',
        team_id: 'T0001',
        api_app_id: 'A0001',
        event_id: id,
        event_time: 1,
        event: { type: 'message', channel: 'D0000DM', channel_type: 'im', ts: '1.2', ...event },
      });
    await postSigned(bot.url, dm({ user: 'U0000ASKER', text: 'show 张林伟' }, 'Ev0DM1'), 'application/json');
    const answer = await waitFor(
      () => mock.to('/api/chat.postMessage').find((r) => r.body['channel'] === 'D0000DM'),
      10_000,
      'the DM answer',
    );
    expect(String(answer.body['text'])).toContain('张林伟');
    const count = mock.to('/api/chat.postMessage').length;
    await postSigned(bot.url, dm({ bot_id: 'B0001', user: 'UBOT0001', text: 'rust' }, 'Ev0DM2'), 'application/json');
    await postSigned(bot.url, dm({ subtype: 'message_changed', text: 'rust' }, 'Ev0DM3'), 'application/json');
    await sentinel();
    expect(mock.to('/api/chat.postMessage').length).toBe(count);
  });

  it('falls back to plain text when Slack refuses the blocks', async () => {
    await postSigned(bot.url, mentionEvent('<@UBOT0001> rust', 'Ev0BAD1', 'C0BADBLOCKS'), 'application/json');
    const fallback = await waitFor(
      () =>
        mock
          .to('/api/chat.postEphemeral')
          .find((r) => r.body['channel'] === 'C0BADBLOCKS' && r.body['blocks'] === undefined),
      10_000,
      'the text fallback',
    );
    expect(String(fallback.body['text'])).toContain('张林伟');
  });

  it('buttons: Details and Next/Prev replace the message; Similar and Compare answer anew', async () => {
    const page = await command('golang');
    const [details, similar] = buttons(page);
    const profile = await click(details?.value ?? '');
    expect(profile.replace_original).toBe(true);
    expect(profile.text).toMatch(/Work:|工作经历/);

    const more = await click(similar?.value ?? '');
    expect(more).toMatchObject({ replace_original: false, response_type: 'ephemeral' });
    expect(more.text).toMatch(/^Candidates similar to/);

    const next = await click(encodePayload({ a: 'next', q: 'golang', o: 2, l: 'en' }));
    expect(next.replace_original).toBe(true);
    expect(JSON.stringify(next.blocks)).toContain('showing 3–4 of 4');
    const prev = await click(buttons(next).find((b) => b.label === 'Prev')?.value ?? '');
    expect(JSON.stringify(prev.blocks)).toContain('showing 1–4 of 4');

    const compare = await click(buttons(page).find((b) => /Compare/.test(b.label))?.value ?? '');
    expect(compare.replace_original).toBe(false);
    expect(compare.text).toMatch(/ vs /);
  });

  it('buttons: Shortlist is idempotent ("already shortlisted by you"), kept in shortlists.json, and removable', async () => {
    const page = await command('rust');
    const add = buttons(page).find((b) => /Shortlist/.test(b.label));
    expect((await click(add?.value ?? '')).text).toMatch(/^张林伟 added to the shortlist/);
    expect((await click(add?.value ?? '', 'U0000OTHER')).text).toMatch(/^张林伟 is already shortlisted by @u0000asker/);
    const stored = JSON.parse(readFileSync(path.join(bot.dataDir, 'shortlists.json'), 'utf8')) as unknown;
    expect(JSON.stringify(stored)).toContain('U0000ASKER');
    const removed = await click(encodePayload({ a: 'shortlist-remove', c: JSON.parse(add?.value ?? '{}').c, l: 'en' }));
    expect(removed.text).toMatch(/^张林伟 removed from the shortlist/);
  });

  it('buttons: Reveal contact is refused for most users, allowed for CONTACT_REVEAL_USERS, and every request is audited', async () => {
    const page = await command('rust');
    const reveal = buttons(page).find((b) => /Reveal/.test(b.label))?.value ?? '';
    const refused = await click(reveal);
    expect(refused.text).toMatch(/not allowed|permission/i);
    expect(refused.text).not.toMatch(/150\d{4}1980/);
    const allowed = await click(reveal, ADMIN);
    expect(allowed).toMatchObject({ replace_original: false, response_type: 'ephemeral' });
    expect(allowed.text).toMatch(/150\d{4}1980/);
    const audit = readFileSync(path.join(bot.dataDir, 'audit.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(
      audit
        .slice(-2)
        .map((a) => [
          a['allowed'],
          (a['who'] as Record<string, unknown>)['userId'],
          (a['where'] as Record<string, unknown>)['placeId'],
        ]),
    ).toEqual([
      [false, 'U0000ASKER', 'C0000RECRUIT'],
      [true, ADMIN, 'C0000RECRUIT'],
    ]);
  });

  it('politely refuses another workspace and a Slack Connect user from another organisation', async () => {
    const other = await command('rust', { team_id: 'T9999OTHER' });
    expect(other.text).toMatch(/only for this organisation/);
    expect(JSON.stringify(other)).not.toMatch(/张林伟/);
    const connect = await command('rust', { user_team: 'T8888PARTNER' });
    expect(connect.text).toMatch(/only for this organisation/);
    expect((await command('rust')).text).toMatch(/张林伟/);
  });

  it('a replayed command or click (same signed request, same trigger_id) is answered once', async () => {
    const body = commandBody('rust', mock);
    const first = await postSigned(bot.url, body, FORM);
    expect(JSON.parse(first.text).text).toMatch(/张林伟/);
    const again = await postSigned(bot.url, body, FORM);
    expect(again.status).toBe(200);
    expect(again.text).toBe('');

    const page = await command('rust');
    const reveal = buttons(page).find((b) => /Reveal/.test(b.label))?.value ?? '';
    const auditLines = (): number =>
      readFileSync(path.join(bot.dataDir, 'audit.log'), 'utf8').trim().split('\n').length;
    const click = actionBody(reveal, mock, ADMIN);
    const before = mock.to('/response/').length;
    expect((await postSigned(bot.url, click, FORM)).status).toBe(200);
    await waitFor(() => mock.to('/response/')[before], 10_000, 'the reveal');
    const lines = auditLines();
    expect((await postSigned(bot.url, click, FORM)).status).toBe(200);
    // A sentinel click after the replay: once it is answered, a second reveal would have been too.
    await postSigned(bot.url, actionBody('{"a":"drop-table"}', mock), FORM);
    await waitFor(() => mock.to('/response/')[before + 1], 10_000, 'the sentinel');
    expect(mock.to('/response/').length).toBe(before + 2);
    expect(auditLines()).toBe(lines);
  });

  it('buttons: a tampered value gets a clear answer, not an error', async () => {
    expect((await click('{"a":"drop-table"}')).text).toMatch(/button has expired; please search again/);
  });

  it('answers a block_actions payload without a user with 400, not 500', async () => {
    const payload = JSON.parse(
      new URLSearchParams(actionBody('{"a":"details","c":"x"}', mock)).get('payload') as string,
    ) as Record<string, unknown>;
    delete payload['user'];
    const r = await postSigned(bot.url, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), FORM);
    expect(r.status).toBe(400);
  });

  it('a Next button past the last page shows the last page, never "showing 10001–10000 of 2"', async () => {
    const reply = await click('{"a":"next","q":"rust","o":10000,"l":"en"}');
    expect(reply.text).toMatch(/showing 1–2 of 2/);
  });
});
