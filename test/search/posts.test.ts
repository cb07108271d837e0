import { beforeAll, describe, expect, it } from 'vitest';
import { search } from '../../src/search/search.js';
import type { PoolSnapshot } from '../../src/store/snapshot.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { poolOf, sourcesOf } from '../helpers/seeds.js';

const taxonomy = defaultTaxonomy();
let snapshot: PoolSnapshot;

const RESUMES: Record<string, string> = {
  'zh-post.md': '# 张三\n2010年至今任华东某机械公司销售部经理，负责华东区域。\n',
  'en-post.md': '# Jane Roe\nSales Manager, 2015 - 2023\nLed a team of ten account executives.\n',
  'en-head.md': '# Tom Hale\nDirector of Procurement, 2012 - 2020\nSourcing and supplier negotiation.\n',
  // Who only names the function, or someone else's post in it.
  'en-mention.md':
    '# Amy Lin\nData analyst. Built sales dashboards, sales forecasts and sales reports; worked with the sales manager weekly.\n',
  'zh-mention.md': '# 李四\n财务分析，负责销售数据统计与销售报表，向销售总监汇报。\n',
  'en-procure.md': '# Bob Ray\nAccountant. Reconciled procurement card spend and procurement invoices.\n',
};

beforeAll(async () => {
  snapshot = await poolOf(RESUMES, 'posts');
});

const sources = (query: string): string[] => sourcesOf(snapshot, query);

describe('a post asked for: who held it, in either language, before who only names the function', () => {
  it.each(['sales manager', '销售经理', '找个销售总监', 'Sales Director'])('%s', (query) => {
    const found = sources(query);
    expect(found.slice(0, 2).sort()).toEqual(['en-post.md', 'zh-post.md']);
    // The others still come, after them: ranked, not filtered.
    expect(found).toEqual(expect.arrayContaining(['en-mention.md', 'zh-mention.md']));
  });

  it('a post written the other way round (`Director of Procurement`) counts', () => {
    expect(sources('procurement manager')).toEqual(['en-head.md', 'en-procure.md']);
    expect(sources('采购经理')[0]).toBe('en-head.md');
  });

  it('the function alone asks for no post: nobody is put a tier above', () => {
    const out = search(snapshot, 'sales', taxonomy);
    expect(out.matches).toHaveLength(4);
    expect(out.relaxed).toBe(false);
  });
});

describe('a department named by its Chinese name: who heads it holds the post of its function', () => {
  let offices: PoolSnapshot;
  beforeAll(async () => {
    offices = await poolOf(
      {
        'titled.md': '# 周九\n2015年至今任某贸易公司行政经理。\n',
        'head.md': '# 王五\n2008年至今任某集团综合管理部总经理，负责公司行政事务。\n',
        'hr-admin.md': '# 赵六\n2012年起任某科技公司人力行政中心总监。\n',
        'staff.md':
          '# 钱七\n在某公司综合管理部工作，负责文件收发、会议安排、办公用品采购和档案整理。综合管理部日常事务。\n',
        'fined.md': '# 孙八\n律师，代理多起行政处罚、行政处理案件。\n',
      },
      'offices',
    );
  });

  it('`行政经理`: who headed 综合管理部 or 人力行政中心 comes before who only worked in one', () => {
    const found = sourcesOf(offices, '行政经理');
    expect(found.slice(0, 3).sort()).toEqual(['head.md', 'hr-admin.md', 'titled.md']);
    expect(found).toContain('staff.md');
    // A penalty (行政处罚) is no administration department (行政处).
    expect(found).not.toContain('fined.md');
  });

  it('a department of HR and administration (`人力行政中心`) is HR too', () => {
    const out = search(offices, '人力资源', taxonomy);
    expect(out.understood.concepts.map((c) => c.kind)).toEqual(['skill']);
    expect(out.matches.map((m) => m.profile.source)).toEqual(['hr-admin.md']);
  });
});

describe('a place asked with study: a school whose name holds it is there', () => {
  let schools: PoolSnapshot;
  beforeAll(async () => {
    schools = await poolOf(
      {
        'studied.md': '# 李明\n1995年毕业于四川大学，现任北京某公司总经理。\n',
        'elsewhere.md': '# 王强\n1998年毕业于清华大学，现任北京某公司总经理。\n',
      },
      'schools-in-places',
    );
  });

  const showsSichuan = (query: string, source: string): boolean =>
    search(schools, query, taxonomy)
      .matches.find((m) => m.profile.source === source)
      ?.matchedConcepts.some((c) => c.kind === 'taxonomy' && c.id === 'sichuan') ?? false;

  it.each(['四川的大学毕业的有吗', 'grads of universities in Sichuan'])('%s', (query) => {
    expect(sourcesOf(schools, query)[0]).toBe('studied.md');
    expect(showsSichuan(query, 'studied.md')).toBe(true);
    expect(showsSichuan(query, 'elsewhere.md')).toBe(false);
  });

  it('not where nothing of study is asked (`四川 总经理`, `四川 总经理 本科毕业`): the school’s name holds no place of the résumé’s', () => {
    expect(showsSichuan('四川 总经理', 'studied.md')).toBe(false);
    expect(showsSichuan('四川 总经理 本科毕业', 'studied.md')).toBe(false);
    expect(showsSichuan('general manager in Sichuan with a degree', 'studied.md')).toBe(false);
  });
});

describe('a role word next to a place alone is what is asked', () => {
  let placed: PoolSnapshot;
  beforeAll(async () => {
    placed = await poolOf(
      {
        'tx-engineer.md': '# Ann Fox\nProcess Engineer, Houston, TX, 2015 - 2022\nPlant engineering.\n',
        'tx-clerk.md':
          '# Bo Cole\nOffice clerk based in Dallas, Texas. Based in Dallas since 2010; based at the main office.\n',
        'ca-engineer.md': '# Cy Dunn\nEngineer, Los Angeles, 2012 - 2020\n',
      },
      'placed-roles',
    );
  });

  it.each(['engineer based in Texas (Houston, Dallas)', 'city:texas engineer'])('%s', (query) => {
    const found = sourcesOf(placed, query);
    // The place decides who is a candidate; the role, who comes first.
    expect(found[0]).toBe('tx-engineer.md');
    expect(found).not.toContain('ca-engineer.md');
  });
});
