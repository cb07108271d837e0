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
  'fixed.md': '# Ann Ward\nStaff accountant: fixed asset register, depreciation, additions and disposals.\n',
  'plan.md': '# 赵六\n赵六，历任某市发改委副主任，分管全市固定资产投资和重大项目。\n',
  'prof.md': '# 钱七\n钱七，管理学博士，教授，博士生导师，现任某大学商学院院长。\n',
  'mba-prof.md': '# 孙八\n孙八，研究生学历，贵州财经大学会计学硕士生导师、MBA硕士生导师。\n',
  'nit.md': '# Ravi Kumar\nB.Tech, NIT Trichy, 2012. Java developer.\n',
  'unit.md': '# Mia Park\nNursing unit leader; night shifts.\n',
  'vba.md': '# Lee Grant\nExcel reporting automated with VBA macros.\n',
  'osha.md': '# Kim Ross\nSafety coordinator: OSHA 30 certified; maintained OSHA logs.\n',
  'ehs.md': '# Joe Bell\nEHS manager: health and safety audits, ISO 14001.\n',
  'fw.md': '# Raj Iyer\nNetwork engineer: Check Point and Cisco ASA firewalls, VPN.\n',
  'pa.md': '# Sara Lim\nSecurity engineer: Palo Alto Networks firewalls, Panorama.\n',
  'inservice.md': '# 马十\n马十，1970年出生，在职研究生学历，高级经济师。\n',
  'bed.md': '# Anu Nair\nB.Ed, University of Kerala, 2012. Primary school teacher.\n',
  'grid.md': '# 何一\n何一，历任国家电网公司处长、国家电力公司副总经理。\n',
  'midea.md': '# 林二\n林二，2008年起任某家电企业总经理，主管白色家电业务。\n',
  'irep.md': '# 邓三\n邓三，2012年起任某上市公司证券事务代表。\n',
  'foundation.md': '# 宋四\n宋四，现任某慈善基金会理事长。\n',
  'fund.md': '# 唐五\n唐五，2010年至今任某公募基金公司基金经理。\n',
  'cad-1.md': '# 周六\n机械结构设计，熟练使用UG、AutoCAD。\n',
  'cad-2.md': '# 吴七\n产品结构设计，Pro/E 三维建模。\n',
  'cad-3.md': '# 郑八\n机械设计，熟练使用SolidWorks。\n',
  'game.md': '# 冯九\n为数十款游戏提供直播服务，负责服务端开发（Go）。\n',
  'vbnet.md': '# Ray Cho\nDeveloper: VB.NET and ASP.NET web forms, SQL Server.\n',
  'uat.md': '# Liz Moon\nQA analyst: coordinated UAT with business users; wrote test cases.\n',
  'manual.md': '# Tim Hale\nQA analyst: manual testing and regression testing of web apps.\n',
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

describe('trades, titles and schools, asked for in either language', () => {
  it('固定资产会计 finds a fixed-asset accountant writing English, not an official in charge of investment', () => {
    const found = sourcesOf(snapshot, '固定资产会计');
    expect(found[0]).toBe('fixed.md');
    expect(found).not.toContain('plan.md');
  });

  it('doctoral supervisors are found in Chinese bios; a supervisor of master students is none', () => {
    expect(sources('any doctoral supervisors (PhD advisors)?')).toEqual(['prof.md']);
    expect(sources('博导')).toEqual(['prof.md']);
  });

  it('a supervisor of MBA students holds no MBA: 会计学 next to it is not studied at a master’s', () => {
    expect(snapshot.profiles.find((p) => p.source === 'mba-prof.md')?.studied).toBeUndefined();
  });

  it('NIT in capitals is the school; a nursing unit is not', () => {
    expect(sources('anyone who graduated from an IIT or NIT?')).toEqual(['nit.md']);
  });

  it('Visual Basic takes its dialects (VBA); VBA does not take Visual Basic', () => {
    expect(sources('Visual Basic developer')).toEqual(['vba.md', 'vbnet.md']);
  });
});

describe('things named by their makers or their rules, and degrees by their forms', () => {
  it('OSHA is part of EHS: EHS finds it, OSHA finds only it', () => {
    expect(sources('OSHA')).toEqual(['osha.md']);
    expect(sources('EHS')).toEqual(['ehs.md', 'osha.md']);
  });

  it('Check Point or Palo Alto: either maker, and no other firewall', () => {
    expect(sources('Check Point or Palo Alto firewall experience')).toEqual(['fw.md', 'pa.md']);
  });

  it('在职研究生 is a master’s degree, studied while working', () => {
    expect(sources('在职研究生学历')).toEqual(['inservice.md']);
    expect(snapshot.profiles.find((p) => p.source === 'inservice.md')?.highestDegree).toBe('master');
  });

  it('`or similar` is no alternative: B.Ed or M.Ed is asked for', () => {
    const concepts = search(snapshot, 'B.Ed, M.Ed or similar', defaultTaxonomy()).concepts;
    expect(concepts).toHaveLength(1);
    expect(concepts[0]?.kind === 'any' ? concepts[0].members.map((m) => m.typed) : []).toEqual(['B.Ed', 'M.Ed']);
    expect(sources('B.Ed, M.Ed or similar')).toEqual(['bed.md']);
  });
});

describe('trades by the names their people write, never inside another word', () => {
  it('家电 is the appliance trade, not the state grid (国家电网) or the power company (国家电力)', () => {
    expect(sources('家电行业')).toEqual(['midea.md']);
  });

  it('a listed company’s securities representative is not of the securities trade; a foundation is no fund', () => {
    // Nobody is of the securities trade: only the fund manager comes, for the financial trade above it.
    const brokers = search(snapshot, '券商', defaultTaxonomy()).matches;
    expect(brokers.map((m) => m.profile.source)).toEqual(['fund.md']);
    expect(brokers[0]?.missedConcepts.map((c) => c.typed)).toEqual(['券商']);
    expect(brokers[0]?.related).toHaveLength(1);
    // And the page says that nobody shows what was asked.
    expect(search(snapshot, '券商', defaultTaxonomy()).relaxed).toBe(true);
    expect(sources('基金公司')).toEqual(['fund.md']);
  });
});

describe('design tools and the work they are for', () => {
  it('UG or Pro/E: either CAD tool, written in a Chinese question', () => {
    expect(sources('会UG或者Pro/E的都行')).toEqual(['cad-1.md', 'cad-2.md']);
  });
});

describe('a known term no résumé in the pool has', () => {
  it('is read as its words (游戏服务端: 游戏 and 服务端), not left to find nobody', () => {
    expect(sources('游戏服务端开发工程师')).toEqual(['game.md']);
  });
});

describe('a narrow name is its own entry, under the broad one', () => {
  it('VB.NET finds VB.NET, not VBA macros; Visual Basic finds both', () => {
    expect(sources('VB.NET developer')).toEqual(['vbnet.md']);
    expect(sources('Visual Basic')).toEqual(['vba.md', 'vbnet.md']);
  });

  it('UAT finds who ran UAT, not every tester; software testing finds them all', () => {
    expect(sources('UAT')).toEqual(['uat.md']);
    expect(sources('软件测试')).toEqual(['manual.md', 'uat.md']);
  });
});
