import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../adapters/console/chat.js';
import { syntheticResume } from '../bench/synthetic.js';
import { AuditLog } from '../src/conversation/audit-log.js';
import { Conversation } from '../src/conversation/conversation.js';
import { ShortlistStore } from '../src/conversation/shortlist-store.js';
import { Candidates } from '../src/candidates/candidates.js';
import { NOW, SEEDS_DIR, tempDir } from './helpers/seeds.js';

interface Session {
  readonly output: string;
  readonly dataDir: string;
}

/** Seeds plus twelve synthetic résumés, so a search has more than one page. */
function poolDir(): string {
  const dir = tempDir();
  cpSync(SEEDS_DIR, dir, { recursive: true });
  for (let i = 0; i < 12; i++) writeFileSync(path.join(dir, `synthetic-${i}.md`), syntheticResume(i, 7));
  return dir;
}

async function session(lines: readonly string[], user = 'recruiter', reveal: readonly string[] = []): Promise<Session> {
  const dataDir = tempDir();
  const pool = await Candidates.open({ dir: poolDir(), dataDir, build: 'in-process', now: () => NOW });
  const shortlist = await ShortlistStore.open(path.join(dataDir, 'shortlists.json'));
  const audit = new AuditLog(path.join(dataDir, 'audit.log'));
  const conversation = new Conversation({
    pool,
    shortlist,
    audit,
    access: { allowedUsers: [], allowedChannels: [], contactRevealUsers: reveal },
  });
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString('utf8')));
  const chat = createConsoleAdapter({ conversation, input, output, user });
  expect(chat).toMatchObject({ platform: 'console', routes: {} });
  await chat.start();
  input.end(`${lines.join('\n')}\n`);
  await chat.closed;
  await audit.close();
  await pool.close();
  return { output: text, dataDir };
}

describe('console chat', () => {
  it('answers /candidate rust with text cards, 张林伟 before 王军飞, contacts masked', async () => {
    const { output } = await session(['/candidate rust']);
    expect(output).toContain('Searching: Rust');
    expect(output.indexOf('张林伟')).toBeGreaterThan(-1);
    expect(output.indexOf('张林伟')).toBeLessThan(output.indexOf('王军飞'));
    expect(output).toContain('150****1980');
    expect(output).not.toMatch(/15071431980|lewiszlw520@/);
    expect(output).toMatch(/\[1\] Details {2}\[2\] Similar {2}\[3\] Shortlist ⭐ {2}\[4\] Reveal contact/);
  });

  it('walks search → Next → Details → Shortlist → list → Reveal (refused, then allowed) and audits both', async () => {
    const { output, dataDir } = await session(
      [
        '/candidate java',
        'next',
        '1', // Details of the first candidate on page 2
        '3', // Shortlist ⭐
        '2', // list the shortlist
        '1', // Details from the shortlist
        '4', // Reveal contact: refused for "recruiter"
        '/as hr-lead',
        '/candidate java',
        'next',
        '4', // Reveal contact of the same candidate: allowed for "hr-lead"
      ],
      'recruiter',
      ['hr-lead'],
    );
    expect(output).toMatch(/showing 1–5 of (\d+)/);
    expect(output).toMatch(/showing 6–10 of/);
    expect(output).toContain('added to the shortlist ⭐');
    expect(output).toMatch(/Shortlist \(1\)\n1\. .+ — recruiter, \d{4}-\d\d-\d\d/);
    expect(output).toContain('not allowed to see contact details');
    expect(output).toContain('(now typing as hr-lead)');
    // The full, unmasked phone or e-mail (whichever the candidate on that page gives).
    expect(output).toMatch(
      /Contact details of .+ \(only you can see this; the reveal is audited\)\n(?:1\d{10}|\+?[\d ()-]{8,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\n/,
    );
    expect(output).not.toMatch(/Contact details of .+\n.*\*{3}/);
    const audit = readFileSync(path.join(dataDir, 'audit.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(audit.map((a) => [a.who.userId, a.allowed])).toEqual([
      ['recruiter', false],
      ['hr-lead', true],
    ]);
    expect(audit[0].whom.candidateId).toBe(audit[1].whom.candidateId);
    expect(audit[1].where).toEqual({ platform: 'console', placeKind: 'console' });
    const shortlist = JSON.parse(readFileSync(path.join(dataDir, 'shortlists.json'), 'utf8'));
    expect(shortlist.entries[0].addedBy.userId).toBe('recruiter');
  });

  it('answers in Chinese to a Chinese question, says how it understood it, and shows a full profile', async () => {
    const { output } = await session(['谁做过消息队列，5年以上？', '查看王军飞的简历', 'show 王军飞']);
    expect(output).toContain('搜索：消息队列 · 5年以上');
    expect(output).toContain('工作经历:');
    expect(output).toContain('Work:');
    expect(output).toContain('StoneMQ');
  });

  it('shows help for an empty command, and handles nonsense without crashing', async () => {
    const { output } = await session([
      '/candidate',
      'help',
      '-',
      '😀'.repeat(3000),
      'show nobody',
      '99',
      'quit',
      'rust',
    ]);
    expect(output).toContain('Usage: /candidate <query>');
    expect(output).toContain('No candidate called "nobody"');
    // Nothing after quit is answered.
    expect(output).not.toContain('Searching: Rust');
  });
});

describe('console adapter lifecycle', () => {
  it('stop() ends the chat once what was typed is answered, with the input still open', async () => {
    const dataDir = tempDir();
    const pool = await Candidates.open({ dir: SEEDS_DIR, dataDir, build: 'in-process', now: () => NOW });
    const conversation = new Conversation({
      pool,
      shortlist: await ShortlistStore.open(path.join(dataDir, 'shortlists.json')),
      audit: new AuditLog(path.join(dataDir, 'audit.log')),
      access: { allowedUsers: [], allowedChannels: [], contactRevealUsers: [] },
    });
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d: Buffer) => (text += d.toString('utf8')));
    const chat = createConsoleAdapter({ conversation, input, output, user: 'recruiter' });
    await chat.start();
    input.write('/candidate rust\n');
    await new Promise((r) => setTimeout(r, 50));
    await chat.stop();
    await chat.closed;
    expect(text).toContain('张林伟');
    await pool.close();
  });
});
