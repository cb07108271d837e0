import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPORA_DIR, materializeCorpora } from '../bench/corpora.js';
import { buildSnapshot } from '../src/pool/build.js';
import type { PoolSnapshot } from '../src/store/snapshot.js';
import { readResumeFolder } from '../src/resume/read-folder.js';
import { search } from '../src/search/search.js';
import { defaultTaxonomy } from '../src/taxonomy/taxonomy.js';
import { NOW, tempDir } from './helpers/seeds.js';

const taxonomy = defaultTaxonomy();

describe.each(['markdown-zh', 'markdown-en'])('%s', (folder) => {
  it('loads every file with a name or readable fallback, and no warnings', async () => {
    const dir = path.join(CORPORA_DIR, folder);
    const expected = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md');
    const { files, warnings } = await readResumeFolder(dir);
    expect(warnings.filter((w) => w.source !== 'SOURCES.md')).toEqual([]);
    expect(
      files
        .map((f) => f.source)
        .filter((s) => s !== 'SOURCES.md')
        .sort(),
    ).toEqual(expected.sort());
    const snapshot = await buildSnapshot(dir, { taxonomy, now: NOW, key: folder });
    expect(snapshot.warnings).toEqual([]);
    for (const p of snapshot.profiles) expect(p.displayName.trim().length, p.source).toBeGreaterThan(1);
  });
});

describe('the whole corpora folder (JSONL rows written out as files)', () => {
  let snapshot: PoolSnapshot;
  let count = 0;
  beforeAll(async () => {
    const dir = tempDir('candidate-bot-corpora-');
    count = await materializeCorpora(dir);
    snapshot = await buildSnapshot(dir, { taxonomy, now: NOW, key: 'corpora' });
  }, 120_000);

  it('dates each Markdown résumé by its SOURCES.md "last change", the reference for 至今/present', () => {
    // sonald-Resume.md: last change 2016-05-19 in markdown-zh/SOURCES.md.
    const sonald = snapshot.profiles.find((p) => p.source.endsWith('sonald-Resume.md'));
    expect(sonald?.modifiedAt.slice(0, 10)).toBe('2016-05-19');
  });

  it('indexes about 2,000 résumés or more, skipping none', () => {
    expect(count).toBeGreaterThan(2000);
    expect(snapshot.warnings).toEqual([]);
    expect(snapshot.profiles.length).toBe(count);
    // Exact duplicates in the Kaggle data (same e-mail or phone) are recognised.
    expect(snapshot.profiles.some((p) => p.duplicateOf !== undefined)).toBe(true);
  });

  it.each([
    ['python', /python/i],
    ['machine learning', /machine learning|deep learning|tensorflow|pytorch|neural|机器学习|深度学习|神经网络/i],
    ['董事长', /董事长/],
    // 会计师 is an accountant in either language.
    ['会计师', /会计|accountant|accounting/i],
    ['java 5+ years', /java|spring|j2ee/i],
    ['"data warehouse"', /data warehouse/i],
    ['kubernetes', /kubernetes|k8s/i],
  ])('answers %s with relevant résumés', (query, evidence) => {
    const out = search(snapshot, query, taxonomy, { limit: 10 });
    expect(out.total).toBeGreaterThan(0);
    for (const m of out.matches) {
      const text = snapshot.texts.text(m.doc);
      expect(evidence.test(text), `${query}: ${m.profile.source}`).toBe(true);
    }
  });

  it('extracts Traditional Chinese and Kangxi look-alikes into searchable text', () => {
    const kangxi = snapshot.profiles.findIndex((p) => p.source.endsWith('chaihaobo-boice-blog.md'));
    expect(kangxi).toBeGreaterThanOrEqual(0);
    expect(snapshot.texts.text(kangxi)).not.toMatch(/[\u2f00-\u2fdf]/);
    const hant = snapshot.profiles.findIndex((p) => p.source.endsWith('ChienLiu-Resume.md'));
    expect(hant).toBeGreaterThanOrEqual(0);
    // Written 多感測器資料集 (Traditional), found by its Simplified spelling 多感测器资料集; and the Kangxi 爬⾍ as 爬虫.
    const found = (q: string): string[] =>
      search(snapshot, `"${q}"`, taxonomy, { limit: 50 }).matches.map((m) => m.profile.source);
    expect(found('多感测器资料集')).toContain(snapshot.profiles[hant]?.source);
    expect(found('爬虫')).toContain(snapshot.profiles[kangxi]?.source);
  });
});
