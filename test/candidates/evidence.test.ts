import { cpSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Candidates } from '../../src/candidates/candidates.js';
import { profileReply, resultsReply } from '../../src/conversation/reply.js';
import { renderPage } from '../../src/conversation/text.js';
import { NOW, SEEDS_DIR, tempDir } from '../helpers/seeds.js';

let candidates: Candidates;

beforeAll(async () => {
  const dir = tempDir('candidate-bot-evidence-');
  cpSync(SEEDS_DIR, dir, { recursive: true });
  candidates = await Candidates.open({ dir, dataDir: tempDir(), build: 'in-process', now: () => NOW });
});

describe('years with a skill on the cards (issue 14)', () => {
  it('years:rust>=1: each card gives Rust years and the dated jobs behind them', async () => {
    const page = await candidates.search('years:rust>=1');
    expect(page.page.map((m) => m.profile.name)).toEqual(['张林伟', '王军飞']);
    for (const m of page.page) {
      const rust = m.evidence.find((e) => e.id === 'rust');
      expect(rust?.months, m.profile.displayName).toBeGreaterThanOrEqual(12);
      expect(rust?.periods.length, m.profile.displayName).toBeGreaterThan(0);
    }
    const text = renderPage(page, 'en');
    expect(text).toMatch(/Experience: Rust · \d+(\.\d)? yrs \(\d{4}\.\d\d–(?:\d{4}\.\d\d|present)(?: @ [^;)]+)?/);
    const zh = renderPage(page, 'zh');
    expect(zh).toMatch(/经历: Rust · \d+(\.\d)? 年（\d{4}\.\d\d–/);
  });

  it('3年以上Go经验: a résumé that only lists Go says so, never a guess', async () => {
    const page = await candidates.search('3年以上Go经验', { limit: 5 });
    const listedOnly = page.page.find((m) => m.profile.name === '王军飞');
    expect(listedOnly).toBeDefined();
    expect(listedOnly?.evidence).toEqual([{ id: 'go', label: 'Go', months: 0, periods: [] }]);
    const reply = resultsReply(page, 'Go', { query: '3年以上Go经验' }, () => false, 'en', 'asker', 5);
    if (reply.kind !== 'results') throw new Error('expected results');
    const card = reply.cards.find((c) => c.name === '王军飞');
    expect(card?.evidence).toEqual(['Go · listed, no dated evidence']);
    // One concept, asked with years: the card still says they are not met.
    expect(card?.coverage).toEqual({ shown: 0, of: 1, missed: ['Go ≥ 3 yrs'] });
    // The card of someone with dated Go shows the years and where.
    const dated = page.page.find((m) => m.profile.name === '王小兵');
    expect(dated?.evidence[0]).toMatchObject({ id: 'go' });
    expect(dated?.evidence[0]?.months).toBeGreaterThan(0);
  });

  it('show: years by skill, the dated ones with where, then the skills named without dates', async () => {
    const found = candidates.find('王军飞');
    if (found.kind !== 'found') throw new Error('王军飞 not found');
    const lines = await candidates.experience(found.profile);
    // Dated skills first, most months first; the jobs behind them are named.
    const dated = lines.filter((l) => l.months > 0);
    expect(dated.length).toBeGreaterThanOrEqual(4);
    expect(dated.map((l) => l.months)).toEqual([...dated.map((l) => l.months)].sort((a, b) => b - a));
    expect(lines.slice(0, dated.length)).toEqual(dated);
    expect(dated.some((l) => l.periods.some((p) => p.where === '美团'))).toBe(true);
    expect(dated.find((l) => l.id === 'message-queue')?.months).toBeGreaterThan(60);
    // Then skills the résumé claims (skills section) without any dated job behind them.
    const listed = lines.slice(dated.length);
    expect(listed.length).toBeGreaterThan(0);
    for (const l of listed) expect(l).toMatchObject({ months: 0, periods: [] });
    const reply = profileReply(found.profile, false, 'zh', 'asker', lines);
    if (reply.kind !== 'profile') throw new Error('expected a profile');
    const section = reply.sections.find((s) => s.title === '技能年限');
    expect(section?.lines.filter((l) => l.endsWith(' · 仅列出，无带日期的经历佐证'))).toHaveLength(listed.length);
    expect(section?.lines.some((l) => /^消息队列 · \d+(\.\d)? 年（.*@ /.test(l))).toBe(true);
    expect(reply.text).toContain('技能年限:');
    // A project line's numbering and empty brackets are not part of where it happened.
    for (const l of lines) for (const p of l.periods) expect(p.where ?? '').not.toMatch(/^\d+\.|\(\s*\)/);
  });
});

describe('a query run by the bot', () => {
  it('is read as typed, as a search reads it: its words are weighed whole (`sales associate` asks no degree, `not python` asks no Python)', async () => {
    const associate = await candidates.search('sales associate');
    expect(associate.understood.filters.filter((f) => f.field === 'degree')).toEqual([]);
    const notPython = await candidates.search('rust not python');
    expect(notPython.understood.concepts.map((c) => c.typed)).toEqual(['rust']);
  });
});
