import { beforeAll, describe, expect, it } from 'vitest';
import { search } from '../../src/search/search.js';
import type { PoolSnapshot } from '../../src/store/snapshot.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { poolOf, sourcesOf } from '../helpers/seeds.js';

const taxonomy = defaultTaxonomy();
let snapshot: PoolSnapshot;

const RESUMES: Record<string, string> = {
  // Twenty years at car makers, dated sentence by sentence.
  'long.txt':
    '赵某，男，1970年生，本科。1996年7月，加入长城汽车股份有限公司。2006年3月至2016年3月任长城汽车股份有限公司副总经理。',
  // Two years at a car maker in a long career elsewhere.
  'short.txt':
    '钱某，男，1965年生。1988年至2014年任某市电力公司总经理；2014年至2016年任某汽车股份有限公司副总经理。2016年至今任某电力公司顾问。',
  // A long career, no cars.
  'other.txt': '孙某，男，1960年生。1985年至今任某电力公司总经理。',
  'en-long.md':
    '# Ann Fox\nExperience\nPlant Manager, Ford Motor Company, 2002 - 2020\nRan an automotive assembly plant.\n',
  'en-short.md':
    '# Bo Li\nExperience\nAccountant, City Bank, 1995 - 2018\nQuality Engineer, automotive supplier, 2018 - 2020\nAutomotive parts quality.\n',
};

beforeAll(async () => {
  snapshot = await poolOf(RESUMES, 'trade-years');
});

const sources = (query: string): string[] => sourcesOf(snapshot, query);

describe('years in a trade: who worked in it that long, before who has a long career and a short spell in it', () => {
  // (Written right onto the trade too: `汽车10年以上`, `部队服役5年以上`.)
  it.each([
    '汽车行业10年以上',
    '10年以上汽车行业经验',
    '在汽车行业干过10年以上的',
    '在汽车10年以上的',
    '在汽车企业干了10年以上的',
  ])('%s', (query) => {
    const found = sources(query);
    expect(found[0]).toBe('long.txt');
    expect(found.indexOf('long.txt')).toBeLessThan(found.indexOf('short.txt'));
    // Whoever never worked in the trade is no match, however long the career.
    expect(found).not.toContain('other.txt');
    const outcome = search(snapshot, query, taxonomy);
    const concept = outcome.matches[0]?.matchedConcepts[0];
    expect(concept?.kind === 'taxonomy' && concept.id === 'automotive' && concept.years?.min).toBe(10);
  });

  it('in English too (`10+ years in the automotive industry`)', () => {
    const found = sources('10+ years in the automotive industry');
    // Either language: the two long careers in the trade first.
    expect(found.slice(0, 2).sort()).toEqual(['en-long.md', 'long.txt']);
    expect(found.indexOf('en-long.md')).toBeLessThan(found.indexOf('en-short.md'));
  });

  it('years right after a post are years in it (`总经理10年以上`); after a skill, the career’s (`golang 5年以上`)', () => {
    const post = search(snapshot, '总经理10年以上', taxonomy).matches[0]?.matchedConcepts[0];
    expect(post?.kind === 'taxonomy' && post.id === 'general-manager' && post.years?.min).toBe(10);
    // A word apart from the years (`MQ 运维 10+ years`) leaves them the career's.
    const apart = search(snapshot, 'MQ 总经理 10+ years', taxonomy);
    expect(apart.concepts.some((c) => c.kind === 'taxonomy' && c.years)).toBe(false);
    const skill = search(snapshot, '汽车股份 golang 5年以上', taxonomy).concepts.find(
      (c) => c.kind === 'taxonomy' && c.id === 'go',
    );
    expect(skill?.kind === 'taxonomy' && skill.years).toBeFalsy();
  });

  it('years next to a trade with nothing to tie them stay the career’s (`汽车 10年以上`)', () => {
    const outcome = search(snapshot, '汽车 10年以上', taxonomy);
    const concept = outcome.matches[0]?.matchedConcepts[0];
    expect(concept?.kind === 'taxonomy' && concept.years).toBeFalsy();
  });
});

describe('years after a post in English (`a plant manager with at least 10 years`)', () => {
  const tied = (query: string): string[] =>
    search(snapshot, query, taxonomy).concepts.flatMap((c) =>
      c.kind === 'taxonomy' && c.years ? [c.id] : c.kind === 'any' && c.years ? c.members.map((m) => m.typed) : [],
    );

  it('are years in the post: who held it that long comes first', () => {
    expect(tied('plant manager with at least 10 years')).toEqual(['plant-manager']);
    // (Whom a query looks for is no post one serves.)
    expect(tied('looking for a plant manager with at least 10 years')).toEqual(['plant-manager']);
    // Its bodies before the years, with an experience word too.
    expect(tied('在汽车企业10年以上经验')).toEqual(['automotive']);
    expect(tied('accountant or quality engineer with at least 2 years')).toHaveLength(2);
    expect(sources('plant manager with at least 10 years')[0]).toBe('en-long.md');
  });

  it('give way to a thing named after the years, and a skill’s stay the career’s', () => {
    expect(tied('Linux sysadmin with at least 3 years of Linux server administration')).toEqual(['linux']);
    expect(tied('golang developer with 5+ years')).toEqual([]);
    // A trade's body only before its years: after them it may begin a term (`公司金融`, corporate finance).
    expect(tied('5年以上公司金融经验')).toEqual([]);
    // Not the post of whom one serves (`assistant to the CEO with 3+ years`): the years stay the career's.
    expect(tied('executive assistant to the plant manager with at least 10 years')).toEqual([]);
    // A rank in the post after the years stays with it (`as a senior plant manager`).
    expect(tied('at least 10 years as a senior plant manager')).toEqual(['plant-manager']);
  });
});
