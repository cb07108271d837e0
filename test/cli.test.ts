import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCommand, runTs } from './helpers/run.js';
import { tempDir } from './helpers/seeds.js';
import { RUST_DB_JD } from './match/jds.js';

const env = (): NodeJS.ProcessEnv => ({ DATA_DIR: tempDir(), RESUME_DIR: '' });
const search = async (
  ...args: string[]
): Promise<{ code: number | null; json: { total: number; results: { name: string }[]; understood: unknown } }> => {
  const r = await runTs('index/cli.ts', ['search', '--json', ...args], { env: env() });
  return { code: r.code, json: JSON.parse(r.stdout) };
};

describe('npm run cli', () => {
  it('search --json rust lists 张林伟 first, then 王军飞, and no one else (via npm, as documented)', async () => {
    const r = await runCommand('npm', ['run', '-s', 'cli', '--', 'search', '--json', 'rust'], { env: env() });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.results.map((x: { name: string }) => x.name)).toEqual(['张林伟', '王军飞']);
    expect(out.total).toBe(2);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['query', 'understood', 'total', 'results']));
    expect(Object.keys(out.results[0])).toEqual(
      expect.arrayContaining(['id', 'name', 'source', 'score', 'years', 'city', 'degree', 'skills', 'highlights']),
    );
    expect(out.results[0].source).toBe('000_858ca9253fee2070.txt');
  });

  it('golang, k8s, 消息队列, golang 5年以上 and company:美团 give the documented people', async () => {
    const [golang, k8s, mq, senior, meituan] = await Promise.all([
      search('golang'),
      search('k8s'),
      search('消息队列'),
      search('golang', '5年以上'),
      search('company:美团'),
    ]);
    const namesOf = (r: typeof golang): string[] => r.json.results.map((x) => x.name).sort();
    expect(golang.json.total).toBe(4);
    expect(namesOf(golang)).not.toContain('张林伟');
    expect(namesOf(k8s)).toEqual(['Manjusaka', '王军飞', '王小兵'].sort());
    expect(mq.json.total).toBe(3);
    expect(namesOf(senior)).toEqual(expect.arrayContaining(['王军飞', '王小兵']));
    expect(namesOf(senior).some((n) => n.startsWith('(no name)'))).toBe(false);
    expect(namesOf(meituan)).toEqual(['张林伟', '王军飞'].sort());
  });

  it('respects --limit and --dir, and treats -term as part of the query', async () => {
    const limited = await search('--limit', '1', 'golang');
    expect(limited.json.results).toHaveLength(1);
    expect(limited.json.total).toBe(4);
    const excluded = await search('rust', '-kafka');
    expect(excluded.json.results.map((x) => x.name)).toEqual(['张林伟']);
  });

  it('show prints a full profile; --json masks contact details', async () => {
    const text = await runTs('index/cli.ts', ['show', '张林伟'], { env: env() });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('美团点评');
    const json = await runTs('index/cli.ts', ['show', '--json', '000'], { env: env() });
    const out = JSON.parse(json.stdout);
    expect(out.profile.name).toBe('张林伟');
    expect(out.profile.phones).toEqual(['150****1980']);
    expect(json.stdout).not.toContain('15071431980');
  });

  it('ask --json understands chat questions the way the bot does', async () => {
    const [mq, kk, show, help, compare] = await Promise.all([
      runTs('index/cli.ts', ['ask', '--json', '谁做过消息队列，5年以上？'], { env: env() }),
      runTs('index/cli.ts', ['ask', '--json', 'who knows Kafka and Kubernetes?'], { env: env() }),
      runTs('index/cli.ts', ['ask', '--json', '@bot 张林伟的简历'], { env: env() }),
      runTs('index/cli.ts', ['ask', '--json', ''], { env: env() }),
      runTs('index/cli.ts', ['ask', '--json', '对比张林伟和王军飞'], { env: env() }),
    ]);
    const cmp = JSON.parse(compare.stdout);
    expect(cmp.understood).toMatchObject({ intent: 'compare', targets: ['张林伟', '王军飞'] });
    expect(cmp.reply.kind).toBe('compare');
    expect(compare.stdout).not.toContain('15071431980');
    const a = JSON.parse(mq.stdout);
    expect(a.results.map((r: { name: string }) => r.name).sort()).toEqual(['王军飞', '王小兵'].sort());
    expect(a.understood).toMatchObject({
      intent: 'search',
      query: '消息队列 years:>=5',
      summary: '搜索：消息队列 · 5年以上',
      constraints: { terms: ['消息队列'], years: { min: 5 } },
    });
    const b = JSON.parse(kk.stdout);
    expect(b.results[0]).toMatchObject({ name: '王军飞', matched: ['Kafka', 'Kubernetes'], missed: [] });
    expect(b.results.slice(1).every((r: { missed: string[] }) => r.missed.length === 1)).toBe(true);
    expect(b.understood.summary).toBe('Searching: Kafka · Kubernetes');
    const c = JSON.parse(show.stdout);
    expect(c).toMatchObject({ found: true, profile: { name: '张林伟', phones: ['150****1980'] } });
    expect(JSON.parse(help.stdout).understood.intent).toBe('help');
  });

  it('match --json --file JD.txt: the criteria (must/nice), the query, what was ignored, and per-candidate coverage with evidence', async () => {
    const file = path.join(tempDir(), 'jd.txt');
    writeFileSync(file, RUST_DB_JD);
    const r = await runCommand('npm', ['run', '-s', 'cli', '--', 'match', '--json', '--file', file], { env: env() });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.criteria).toEqual(
      expect.arrayContaining([{ kind: 'skill-years', id: 'rust', label: 'Rust', must: true, years: 1 }]),
    );
    expect(out.must).toBeGreaterThan(0);
    expect(out.nice).toBeGreaterThan(0);
    expect(out.query).toMatch(/years:rust>=1/);
    expect(out.ignored).toEqual([
      { text: '年龄30岁以下', category: 'age' },
      { text: '气质佳', category: 'appearance' },
    ]);
    expect(out.results[0]).toMatchObject({ name: '张林伟', must: { met: out.must, of: out.must } });
    expect(out.results[0].checks.find((c: { id: string }) => c.id === 'rust')).toMatchObject({
      met: true,
      evidence: expect.stringMatching(/^Rust ≥ 1 年 · [\d.]+ 年（\d{4}\.\d\d–/),
    });
    const text = await runTs('index/cli.ts', ['match', RUST_DB_JD], { env: env() });
    expect(text.stdout).toMatch(/^JD 匹配：数据库内核研发工程师\(Rust\)\n条件/);
    const usage = await runTs('index/cli.ts', ['match'], { env: env() });
    expect(usage.code).toBe(2);
  });

  it('index prints pool statistics and warnings', async () => {
    const r = await runTs('index/cli.ts', ['index'], { env: env() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/résumés: 5 indexed, 0 duplicates, 0 skipped/);
  });

  it('index prints a file name with control characters as one line: a newline cannot forge a warning', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'ok.md'), '# Alice\nRust developer');
    writeFileSync(path.join(dir, 'evil\nwarning: forged.md'), '');
    const r = await runTs('index/cli.ts', ['index', '--dir', dir], { env: env() });
    expect(r.code).toBe(0);
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('evil\\u000awarning: forged.md');
  });

  it('exits 2 for usage errors and 1 for an unreadable folder, with a message on stderr', async () => {
    const usage = await runTs('index/cli.ts', ['frobnicate'], { env: env() });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/unknown command/);
    const badLimit = await runTs('index/cli.ts', ['search', '--limit', 'x', 'rust'], { env: env() });
    expect(badLimit.code).toBe(2);
    const missing = await runTs('index/cli.ts', ['search', '--dir', '/nonexistent/folder', 'rust'], { env: env() });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read the résumé folder .*nonexistent/);
  });

  it('random and hostile queries always exit 0 with valid JSON', async () => {
    const hostile = [
      'rust:',
      'k8s~',
      '-',
      'https://github.com',
      '😀'.repeat(5000),
      'x'.repeat(10000),
      '\u0001\u0002\u001b[2J',
      '"unclosed',
      '--',
      '+',
    ];
    const random = fc.sample(fc.string({ unit: 'binary', maxLength: 300 }), { numRuns: 10, seed: 42 });
    const queries = [...hostile, ...random].map((q) => q.split('\u0000').join(''));
    for (let i = 0; i < queries.length; i += 4) {
      const batch = queries.slice(i, i + 4);
      const results = await Promise.all(
        batch.map((q) => runTs('index/cli.ts', ['search', '--json', '--', q], { env: env() })),
      );
      results.forEach((r, j) => {
        expect(r.code, JSON.stringify(batch[j])).toBe(0);
        expect(() => JSON.parse(r.stdout), JSON.stringify(batch[j])).not.toThrow();
      });
    }
  }, 180_000);
});

describe('npm start', () => {
  it('with no platform credentials opens the console chat over seeds/ and answers /candidate rust', async () => {
    const r = await runCommand('npm', ['start', '-s'], { env: env(), input: '/candidate rust\nquit\n' });
    expect(r.code).toBe(0);
    expect(r.stdout.indexOf('张林伟')).toBeGreaterThan(-1);
    expect(r.stdout.indexOf('张林伟')).toBeLessThan(r.stdout.indexOf('王军飞'));
    expect(r.stderr).toContain('5 résumés');
  });

  it('names each invalid variable and exits 1', async () => {
    const r = await runTs('index/main.ts', [], { env: { ...env(), PORT: 'abc', BOT_LOCALE: 'fr' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/PORT must be a port number/);
    expect(r.stderr).toMatch(/BOT_LOCALE must be auto, zh or en/);
  });
});
