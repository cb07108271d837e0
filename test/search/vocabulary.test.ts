import { beforeAll, describe, expect, it } from 'vitest';
import type { PoolSnapshot } from '../../src/store/snapshot.js';
import type { SearchPage } from '../../src/candidates/candidates.js';
import { renderUnderstood } from '../../src/conversation/text.js';
import { search } from '../../src/search/search.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { poolOf, sourcesOf } from '../helpers/seeds.js';

let snapshot: PoolSnapshot;

const RESUMES: Record<string, string> = {
  'fr.md': '# Claire Martin\nProject coordinator.\nLanguages: French (native), German (B2), English.\n',
  'es.md': '# Diego Ruiz\nSales associate. Languages: Spanish, English.\n',
  'zh.md': '# 王五\n外贸业务员，精通德语\n',
  'none.md': '# Tom Lee\nWarehouse associate; forklift certified.\n',
  'driver.md': "# Sam Cole\nDelivery driver. Valid driver's license, CDL Class B.\n",
};

beforeAll(async () => {
  snapshot = await poolOf(RESUMES, 'vocabulary');
});

const sources = (query: string): string[] => sourcesOf(snapshot, query).sort();

describe('spoken languages and licences, asked for in either language', () => {
  it('有会法语或者德语的吗？ finds French and German speakers, in English résumés too', () => {
    expect(sources('有会法语或者德语的吗？')).toEqual(['fr.md', 'zh.md']);
  });

  it('German speakers, in either language', () => {
    expect(sources('German')).toEqual(['fr.md', 'zh.md']);
  });

  it('小语种 finds every language but English', () => {
    expect(sources('小语种')).toEqual(['es.md', 'fr.md', 'zh.md']);
  });

  it("有驾照的 finds a driver's licence written in English", () => {
    expect(sources('有驾照的候选人')).toEqual(['driver.md']);
  });
});

describe('how a choice of languages was understood, in either language', () => {
  it('法语或者德语 is shown with both, each in the reply’s language', () => {
    const understood = (query: string, locale: 'zh' | 'en'): string =>
      renderUnderstood({ understood: search(snapshot, query, defaultTaxonomy()).understood } as SearchPage, locale);
    expect(understood('有会法语或者德语的吗？', 'zh')).toBe('搜索: +法语 / 德语');
    expect(understood('有会法语或者德语的吗？', 'en')).toBe('Searching: +French / German');
  });
});
