import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bothPlatformsEnv, startBot, type BotProcess } from '../helpers/bot.js';
import { cardOf, fileMessageEvent, postFeishu, startFeishuMock } from '../helpers/feishu.js';
import { waitFor, type MockServer, type Recorded } from '../helpers/mock-server.js';
import { textPdf } from '../helpers/pdf.js';
import { fileShareEvent, mentionEvent, postSigned, startSlackMock } from '../helpers/slack.js';
import { SEEDS_DIR, tempDir } from '../helpers/seeds.js';

const JSON_TYPE = 'application/json';
const UPLOADER = 'U0000UPLOADER';
const FEISHU_UPLOADER = 'ou_uploader';
const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/corpora/pdf-docx');

const JANE = textPdf([
  'Jane Roe | Platform Engineer',
  'jane.roe@example.org  +49 151 2345 6789',
  'Experience',
  'Acme GmbH, Berlin - Staff Engineer 2019.03 - 2024.06',
  'Terraform, Kubernetes, Go, Zanzibar-style authorization',
]);
const BIG = Buffer.concat([textPdf(['Too Big']), Buffer.alloc(1_200_000)]);
const LOGIN_PAGE =
  '<!DOCTYPE html><html><head><title>Slack</title></head><body>Sign in to your workspace</body></html>';
/** Same phone as the seed 张林伟 (150-7143-1980): the same person. */
const SAME_PERSON = '# Lin Wei Zhang\nPhone: 150 7143 1980\nSenior Rust engineer, quorum storage.\n';

/**
 * Résumé files sent to the bot (issue 13 item 4), end to end: `npm start` with Slack (HTTP mode)
 * and Feishu (webhook mode) against local mocks that also serve the files.
 */
describe('uploads from chat (npm start, Slack and Feishu mocks)', () => {
  let slack: MockServer;
  let feishu: MockServer;
  let bot: BotProcess;
  let dir: string;

  const slackFiles: Record<string, { body: Buffer | string; type: string }> = {
    'jane.pdf': { body: JANE, type: 'application/pdf' },
    'big.pdf': { body: BIG, type: 'application/pdf' },
    'login.pdf': { body: LOGIN_PAGE, type: 'text/html' },
    'zhang-again.md': { body: SAME_PERSON, type: 'text/markdown' },
  };

  beforeAll(async () => {
    dir = tempDir('candidate-bot-uploads-');
    cpSync(SEEDS_DIR, dir, { recursive: true });
    slack = await startSlackMock({
      extra: (r) => {
        const m = /^\/files\/([^/?]+)/.exec(r.path);
        if (!m) return undefined;
        // Like files.slack.com: the file only with the bot token; a login page without it.
        if (r.headers['authorization'] !== 'Bearer xoxb-e2e')
          return { headers: { 'content-type': 'text/html' }, body: LOGIN_PAGE };
        const file = slackFiles[decodeURIComponent(m[1] ?? '')];
        return file ? { headers: { 'content-type': file.type }, body: file.body } : { status: 404, body: 'not found' };
      },
    });
    feishu = await startFeishuMock({
      extra: (r) => {
        const m = /^\/open-apis\/im\/v1\/messages\/([^/]+)\/resources\/([^/?]+)\?type=file$/.exec(r.path);
        if (!m) return undefined;
        if (r.headers['authorization'] !== 'Bearer t-mock')
          return { status: 401, body: { code: 99991663, msg: 'token invalid' } };
        if (m[2] === 'file_docx')
          return {
            headers: { 'content-type': 'application/octet-stream' },
            body: readFileSync(path.join(FIXTURES, 'table-2col.docx')),
          };
        return { status: 404, body: { code: 234003, msg: 'file not found' } };
      },
    });
    bot = await startBot({
      RESUME_DIR: dir,
      UPLOAD_USERS: `${UPLOADER},${FEISHU_UPLOADER}`,
      MAX_FILE_MB: '1',
      ...bothPlatformsEnv(slack, feishu),
    });
  }, 120_000);

  afterAll(async () => {
    await bot?.stop();
    await slack?.close();
    await feishu?.close();
    expect(bot.stderr()).not.toMatch(/jane\.roe@example\.org|2345 ?6789|7143 ?1980/);
  });

  const slackFile = (name: string, extra: Record<string, unknown> = {}) => ({
    id: `F${name}`,
    name,
    mode: 'hosted',
    size: Buffer.byteLength(slackFiles[name]?.body ?? ''),
    url_private_download: `${slack.url}/files/${name}`,
    ...extra,
  });
  let events = 0;
  /** Sends a DM file share and waits for the bot's answer in that DM. */
  const shareFile = async (file: Record<string, unknown>, user = UPLOADER, channelType = 'im'): Promise<Recorded> => {
    const channel = `D0000${++events}`;
    const r = await postSigned(
      bot.url,
      fileShareEvent(`EvFile${events}`, [file], { user, channel, channelType }),
      JSON_TYPE,
    );
    expect(r.status).toBe(200);
    return waitFor(
      () => slack.to('/api/chat.postMessage').find((p) => p.body['channel'] === channel),
      60_000,
      'the answer to a file',
    );
  };
  const downloads = (name: string) => slack.requests.filter((r) => r.path === `/files/${name}`);
  const stored = (): string[] =>
    existsSync(path.join(dir, 'uploads'))
      ? readdirSync(path.join(dir, 'uploads'), { recursive: true })
          .map(String)
          .filter((f) => /\.\w+$/.test(f))
      : [];
  const auditLines = (): Record<string, unknown>[] =>
    readFileSync(path.join(bot.dataDir, 'audit.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((e) => e['action'] === 'upload');

  it('Slack DM file share: fetched with the bot token, stored, indexed, answered with the card, audited', async () => {
    const answer = await shareFile(slackFile('jane.pdf'));
    const fetched = downloads('jane.pdf');
    expect(fetched).toHaveLength(1);
    expect(fetched[0]?.headers['authorization']).toBe('Bearer xoxb-e2e');
    const text = `${String(answer.body['text'])} ${JSON.stringify(answer.body['blocks'])}`;
    expect(text).toContain('Added "jane.pdf": Jane Roe');
    expect(text).toMatch(/Terraform/);
    // Contacts stay masked on the card.
    expect(text).not.toMatch(/jane\.roe@example\.org|2345 ?6789/);
    expect(stored()).toEqual([expect.stringMatching(/^\d{4}-\d{2}\/jane-[0-9a-f]{16}\.pdf$/)]);
    // Searchable at once, without a restart.
    const search = await postSigned(
      bot.url,
      mentionEvent('<@UBOT0001> Zanzibar authorization', 'EvSearchJane'),
      JSON_TYPE,
    );
    expect(search.status).toBe(200);
    const found = await waitFor(
      () => slack.to('/api/chat.postEphemeral').find((p) => JSON.stringify(p.body).includes('Jane Roe')),
      20_000,
      'Jane in search results',
    );
    expect(found).toBeDefined();
    const line = auditLines().at(-1);
    expect(line).toMatchObject({
      allowed: true,
      result: 'indexed',
      who: { platform: 'slack', userId: UPLOADER },
      file: { name: 'jane.pdf', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      whom: { candidateName: 'Jane Roe' },
    });
  }, 90_000);

  it('the same file twice is one candidate', async () => {
    const answer = await shareFile(slackFile('jane.pdf', { id: 'Fagain' }));
    expect(String(answer.body['text'])).toContain('was added before (the same file)');
    expect(stored()).toHaveLength(1);
    expect(auditLines().at(-1)).toMatchObject({ result: 'same-file' });
  }, 60_000);

  it('the same person in a new file: both kept, shown once', async () => {
    const answer = await shareFile(slackFile('zhang-again.md'));
    expect(String(answer.body['text'])).toContain(
      'is the same person as 张林伟 (same phone) — both files kept, shown once',
    );
    expect(stored()).toHaveLength(2);
  }, 60_000);

  it('an HTML login page instead of the file: a clear message, nothing indexed', async () => {
    const answer = await shareFile(slackFile('login.pdf'));
    expect(String(answer.body['text'])).toMatch(/returned a web page, not the file; nothing was added\. .*files:read/);
    expect(stored()).toHaveLength(2);
    expect(auditLines().at(-1)).toMatchObject({ allowed: false, result: 'web-page' });
  }, 60_000);

  it('a file over MAX_FILE_MB is refused before the download', async () => {
    const answer = await shareFile(slackFile('big.pdf'));
    expect(String(answer.body['text'])).toMatch(/over the 1\.0 MB limit; it was not downloaded/);
    expect(downloads('big.pdf')).toHaveLength(0);
  }, 60_000);

  it('someone not in UPLOAD_USERS: a polite refusal, no download', async () => {
    const answer = await shareFile(slackFile('jane.pdf', { id: 'Fother' }), 'U0000SOMEONE');
    expect(String(answer.body['text'])).toMatch(/not allowed to add résumés/);
    expect(downloads('jane.pdf')).toHaveLength(2);
    expect(auditLines().at(-1)).toMatchObject({ allowed: false, result: 'refused', who: { userId: 'U0000SOMEONE' } });
  }, 60_000);

  it('a file in a channel (with a mention): a hint to use a DM, no download', async () => {
    const before = downloads('jane.pdf').length;
    const event = JSON.parse(mentionEvent('<@UBOT0001>', 'EvFileInChannel')) as { event: Record<string, unknown> };
    event.event['user'] = UPLOADER;
    event.event['files'] = [slackFile('jane.pdf')];
    await postSigned(bot.url, JSON.stringify(event), JSON_TYPE);
    const hint = await waitFor(
      () => slack.to('/api/chat.postEphemeral').find((p) => String(p.body['text']).includes('direct message')),
      20_000,
      'the hint',
    );
    expect(hint.body['user']).toBe(UPLOADER);
    expect(downloads('jane.pdf')).toHaveLength(before);
  }, 60_000);

  it('Feishu 1:1 file message: fetched through the Open API, answered with the card', async () => {
    const r = await postFeishu(
      bot.url,
      fileMessageEvent('file_docx', '张三简历.docx', { sender: FEISHU_UPLOADER, messageId: 'om_file1' }),
    );
    expect(r.status).toBe(200);
    const fetched = await waitFor(
      () => feishu.requests.find((q) => q.path.startsWith('/open-apis/im/v1/messages/om_file1/resources/file_docx')),
      20_000,
      'the download',
    );
    expect(fetched.headers['authorization']).toBe('Bearer t-mock');
    const reply = await waitFor(
      () => feishu.requests.find((q) => q.path === '/open-apis/im/v1/messages/om_file1/reply'),
      60_000,
      'the reply card',
    );
    const card = JSON.stringify(cardOf(reply.body));
    expect(card).toContain('已收录「张三简历.docx」：张三');
    expect(card).not.toContain('zhang.san@example.com');
    expect(stored().some((f) => /张三简历-[0-9a-f]{16}\.docx$/.test(f))).toBe(true);
  }, 90_000);

  it('Feishu group file: a hint, no download', async () => {
    await postFeishu(
      bot.url,
      fileMessageEvent('file_docx', 'cv.docx', { chatType: 'group', sender: FEISHU_UPLOADER, messageId: 'om_file2' }),
    );
    const hint = await waitFor(
      () =>
        feishu.requests.find(
          (q) =>
            q.path === '/open-apis/ephemeral/v1/send' &&
            q.body['open_id'] === FEISHU_UPLOADER &&
            JSON.stringify(q.body).includes('direct message'),
        ),
      20_000,
      'the hint',
    );
    expect(hint).toBeDefined();
    expect(feishu.requests.filter((q) => q.path.includes('/om_file2/resources/'))).toHaveLength(0);
  }, 60_000);
});
