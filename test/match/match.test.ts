import { cpSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Candidates } from '../../src/candidates/candidates.js';
import { AuditLog } from '../../src/conversation/audit-log.js';
import { Conversation } from '../../src/conversation/conversation.js';
import { ShortlistStore } from '../../src/conversation/shortlist-store.js';
import { readJobDescription } from '../../src/match/job-description.js';
import { NOW, SEEDS_DIR, tempDir } from '../helpers/seeds.js';
import { MQ_JD, PLATFORM_JD, RUST_DB_JD } from './jds.js';

let candidates: Candidates;
let conversation: Conversation;
let deps: ConstructorParameters<typeof Conversation>[0];
const asker = { platform: 'slack', userId: 'U1', placeKind: 'dm' } as const;

beforeAll(async () => {
  const dir = tempDir('candidate-bot-match-');
  cpSync(SEEDS_DIR, dir, { recursive: true });
  candidates = await Candidates.open({ dir, dataDir: tempDir(), build: 'in-process', now: () => NOW });
  const data = tempDir();
  deps = {
    pool: candidates,
    shortlist: await ShortlistStore.open(path.join(data, 's.json')),
    audit: new AuditLog(path.join(data, 'audit.log')),
    access: { allowedUsers: [], allowedChannels: [], contactRevealUsers: [] },
  };
  conversation = new Conversation(deps);
});

const top = async (jd: string) =>
  (await candidates.matchJob(readJobDescription(jd, candidates.taxonomy), { limit: 5 })).page;

describe('matching a job description against the seeds (issue 14)', () => {
  it('Chinese backend/MQ JD: 王军飞 first, meeting every must-have, each ✓ with its evidence', async () => {
    const page = await top(MQ_JD);
    const first = page[0];
    expect(first?.profile.name).toBe('王军飞');
    expect(first?.must).toEqual({ met: first?.must.of, of: first?.must.of });
    const kafka = first?.checks.find((k) => k.criterion.id === 'kafka|rocketmq');
    expect(kafka).toMatchObject({ met: true, dated: true });
    expect(first?.evidence.get('kafka')?.periods.length).toBeGreaterThan(0);
    // Somebody in Hangzhou misses the Beijing must-have.
    const hangzhou = page.find((m) => m.profile.name === '王小兵');
    expect(hangzhou?.checks.find((k) => k.criterion.kind === 'city')?.met).toBe(false);
  });

  it('Rust database JD: 张林伟 first; someone who only lists Rust does not meet "1年以上 Rust"', async () => {
    const page = await top(RUST_DB_JD);
    expect(page[0]?.profile.name).toBe('张林伟');
    expect(page[0]?.checks.find((k) => k.criterion.kind === 'skill-years')?.met).toBe(true);
    for (const m of page) {
      const rust = m.checks.find((k) => k.criterion.kind === 'skill-years' && k.criterion.id === 'rust');
      if (
        m.profile.skills.some((s) => s.id === 'rust') &&
        !m.profile.skills.find((s) => s.id === 'rust')?.used &&
        (m.profile.skills.find((s) => s.id === 'rust')?.months ?? 0) === 0
      )
        expect(rust?.met).toBe(false);
    }
  });

  it('English platform JD: the SRE first; age and gender are reported as ignored, never matched', async () => {
    const page = await top(PLATFORM_JD);
    expect(page[0]?.profile.name).toBe('Manjusaka');
    for (const m of page) expect(m.checks.map((k) => k.criterion.kind)).not.toContain('age');
  });

  it('naming a skill without the years asked earns part of it: before who lacks it, never shown as met', async () => {
    const dir = tempDir('candidate-bot-short-');
    const { writeFileSync } = await import('node:fs');
    const rest = '## 教育\n某大学 本科\n\n## 技能\nJava、Kotlin、Git、Gradle';
    writeFileSync(path.join(dir, 'android.md'), `# 李雷\n\n做过 Android 客户端。\n\n${rest}`);
    writeFileSync(path.join(dir, 'backend.md'), `# 韩梅梅\n\n做过后端服务。\n\n${rest}`);
    const pool = await Candidates.open({ dir, dataDir: tempDir(), build: 'in-process', now: () => NOW });
    const jd =
      '高级 Android 开发工程师\n任职要求：\n- 本科及以上学历，3年以上 Android 开发经验；\n- 精通 Java / Kotlin，熟悉 Git 和 Gradle。';
    const page = await pool.matchJob(readJobDescription(jd, pool.taxonomy), { limit: 5 });
    expect(page.page.map((m) => m.profile.name)).toEqual(['李雷', '韩梅梅']);
    expect(page.page[0]?.score.must).toBeGreaterThan(page.page[1]?.score.must ?? 1);
    expect(page.page[0]?.checks.find((k) => k.criterion.kind === 'skill-years')).toMatchObject({ met: false });
  });

  it('a job title: who held it first, then who names it, before the rest', async () => {
    const dir = tempDir('candidate-bot-title-');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      path.join(dir, 'a.md'),
      '# 李雷\n\n## 工作经历\n某集团 · 信息披露专员 2015.01 - 至今\n负责信息披露与投资者关系。本科。',
    );
    writeFileSync(
      path.join(dir, 'b.md'),
      '# 韩梅梅\n\n## 工作经历\n某证券 · 投资经理 2016.01 - 至今\n曾协助信息披露专员完成信息披露。本科。',
    );
    writeFileSync(path.join(dir, 'c.md'), '# 张伟\n\n## 工作经历\n某科技 · Java 工程师 2016.01 - 至今\n本科。');
    const pool = await Candidates.open({ dir, dataDir: tempDir(), build: 'in-process', now: () => NOW });
    const page = await pool.matchJob(
      readJobDescription('信息披露专员（信披专员）\n任职要求：本科及以上学历', pool.taxonomy),
      { limit: 5 },
    );
    expect(page.page.map((m) => m.profile.name)).toEqual(['李雷', '韩梅梅', '张伟']);
    expect(page.page.map((m) => m.checks.find((k) => k.criterion.kind === 'title'))).toMatchObject([
      { met: true, dated: true },
      { met: true, dated: false },
      { met: false },
    ]);
  });

  it('in chat: `match <JD>` answers with must/nice per card, the criteria as a query, what was ignored; Next pages on', async () => {
    const reply = await conversation.ask(asker, `match ${MQ_JD}`);
    if (reply.kind !== 'results') throw new Error(`expected results, got ${reply.kind}`);
    expect(reply.title).toBe('JD 匹配：高级后端开发工程师(消息队列方向)');
    expect(reply.cards[0]?.name).toBe('王军飞');
    expect(reply.cards[0]?.criteria?.summary).toMatch(/^必须 (\d+)\/\1 · 加分 \d+\/\d+$/);
    expect(reply.cards[0]?.criteria?.lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^✓ Kafka · [\d.]+ 年（\d{4}\.\d\d–/),
        expect.stringMatching(/^✓ Java ≥ 3 年 · /),
      ]),
    );
    expect(reply.notes[0]).toMatch(/^条件（可复制、修改后发回搜索）: .*years:java>=3/);
    expect(reply.notes[1]).toMatch(/^已忽略: 35岁以下（年龄）、男性（性别）.*本地户口（籍贯\/户籍）/);
    expect(reply.text).not.toMatch(/185\d{8}|1\d{10}/);

    const small = new Conversation({ ...deps, pageSize: 2 });
    const first = await small.ask(asker, `匹配 ${MQ_JD}`);
    const next = first.actions.find((a) => a.action === 'next');
    expect(next).toBeDefined();
    const second = await small.act(asker, next?.value ?? '');
    if (second.kind !== 'results' || first.kind !== 'results') throw new Error('expected results');
    expect(second.offset).toBe(2);
    expect(second.cards.map((c) => c.name)).not.toEqual(first.cards.map((c) => c.name));
    expect(second.cards[0]?.criteria?.summary).toMatch(/^必须 \d+\/\d+/);
  });

  it('a pasted JD with a question is matched; a short question is still a search', async () => {
    const pasted = await conversation.ask(asker, `这个岗位谁合适？\n${RUST_DB_JD}`);
    expect(pasted.kind === 'results' && pasted.cards[0]?.name).toBe('张林伟');
    const search = await conversation.ask(asker, '谁做过消息队列，5年以上？');
    expect(search.kind === 'results' && search.title).not.toMatch(/JD/);
    const none = await conversation.ask(asker, 'match hello there, nice to meet you');
    expect(none.kind).toBe('notice');
    expect(none.text).toMatch(/could not read any criteria/);
  });
});
