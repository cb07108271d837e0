import { beforeAll, describe, expect, it } from 'vitest';
import { search } from '../../src/search/search.js';
import type { PoolSnapshot } from '../../src/store/snapshot.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { poolOf, sourcesOf } from '../helpers/seeds.js';
import { isEnglishWord } from '../../src/text/english-words.js';

const taxonomy = defaultTaxonomy();

/** Six résumés alike (`mac-1.md` … `mac-6.md`), enough for a word to be common in a pool of its own. */
function sixFiles(prefix: string, text: (n: number) => string): Record<string, string> {
  return Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`${prefix}-${n}.md`, text(n)]));
}
let snapshot: PoolSnapshot;

const RESUMES: Record<string, string> = {
  'perl-1.md': '# Anna Lee\nBuild engineer. Perl scripting for release automation, Bash.\n',
  'perl-2.md': '# Ben Ortiz\nSystems administrator: Perl and shell scripting, cron jobs.\n',
  'perl-3.md': '# Chen Yu\nBioinformatics pipelines in Perl; scripting with Python.\n',
  'perl-4.md': '# Dana Cruz\nPerl developer, CGI, scripting.\n',
  'perl-5.md': '# Eli Park\nQA engineer; test scripting in Perl and Python.\n',
  // A real word one edit from a skill, in one résumé: the query's `pearl` is still read as Perl.
  'pearl.md': '# Fay Wong\nLogistics coordinator, Pearl River Delta region; scripting in Excel VBA.\n',
  // A rare word near no skill stays as typed.
  'tekla.md': '# Gus Hale\nStructural drafter: Tekla Structures, AutoCAD.\n',
  'pm-1.md': '# Hana Ito\nProject coordinator: schedules in Microsoft Project, budgets in Excel.\n',
  // Words a real word of English no résumé here writes is one edit from: a place (Canton), a word.
  'gz.md': '# Ivy Lam\nOffice manager, Canton (Guangzhou) branch; kept job titles and org charts.\n',
  'flutter.md': '# 何二\nFlutter 跨平台开发\n',

  // A word of English one résumé writes, one letter from a skill many show.
  'taxi.md': '# Joe Kim\nTaxi driver, then dispatch clerk.\n',
  'tax-1.md': '# Kay Orr\nTax accountant: tax returns, tax planning.\n',
  'tax-2.md': '# Lee Pratt\nCorporate tax and audit.\n',
  'tax-3.md': '# Mo Quinn\nSales tax filings, payroll tax.\n',
  'tax-4.md': '# Ned Roe\nTax analyst.\n',
  'tax-5.md': '# Oda Sato\nIndirect tax, VAT.\n',
  'tax-6.md': '# Pat Tran\nTax manager.\n',
  'mq-1.md': '# 王一\n负责消息队列平台，Kafka 集群运维\n',
  'mq-2.md': '# 李二\n熟悉消息队列与 RocketMQ\n',
  'mq-3.md': '# 赵三\n消息队列、Redis 缓存\n',
  'fe-1.md': '# 周四\n前端开发，Vue、React\n',
  'fe-2.md': '# 吴五\n负责前端工程化，Webpack\n',
  'fe-3.md': '# 郑六\n前端开发工程师，TypeScript\n',
  'fe-4.md': '# 孙七\n前端性能优化\n',
  'word.md': '# 钱八\n前段时间负责运维工作\n',
  'name.md': '# 张林\n后端开发，Java\n',
  'dm-1.md': '# 赵九\n数据挖掘与推荐算法\n',
  'dm-2.md': '# 孙十\n用户行为数据挖掘\n',
  'farm-1.md': '# 冯一\n2008年起任某畜牧业公司总经理\n',
  'farm-2.md': '# 冯二\n毕业于农业大学畜牧兽医专业\n',
  'union-1.md': '# 周一\n2010年至今任公司工会主席\n',
  'union-2.md': '# 吴二\n历任车间主任、工会主席\n',
  'union-3.md': '# 冯七\n现任集团工会副主席\n',
  'union-4.md': '# 陈八\n分会主任，工会主席\n',
  // 公会 is a real word (a guild), written often enough to be no rare pair; one résumé writes
  // every pair of 公会主席, apart.
  'guild-1.md': '# 郑三\n游戏公会运营，向社团主席汇报，负责会主页维护\n',
  'guild-2.md': '# 王四\n游戏公会活动策划\n',
  'guild-3.md': '# 李五\n公会玩家社区运营\n',
  'guild-4.md': '# 赵六\n公会系统策划\n',
  'mvc-1.md': '# Ivy Chen\nJava developer: Spring MVC, Hibernate, MySQL.\n',
  'mvc-2.md': '# 钱九\n熟悉SSM框架（Spring MVC、MyBatis）\n',
  // Two known skills one edit from `viso`: Visio, which three résumés show, and CISO, which one does.
  'visio-1.md': '# Jo Kim\nBusiness analyst: process flows in Visio.\n',
  'visio-2.md': '# 孙一\n用Visio画业务流程图\n',
  'visio-3.md': '# Lee Ray\nNetwork diagrams in MS Visio.\n',
  'ciso.md': '# Max Roy\nCISO of a regional bank.\n',
  'lb-1.md': '# Ned Fox\nConfigured load balancers and firewall rules for the web tier.\n',
  'lb-2.md': '# 周八\n负责负载均衡与 Nginx 配置\n',
  'metal-1.md': '# 冶一\n1995年起任某冶金集团总工程师\n',
  'metal-2.md': '# 冶二\n毕业于钢铁冶金专业，任炼钢厂厂长\n',
  'lease-1.md': '# 租一\n2012年起任某融资租赁公司风控总监\n',
  'lease-2.md': '# 租二\n负责设备租赁业务\n',
  // 商场 and 科技, written often: 商汤科技 (SenseTime) is a word, not a slip for 商场科技.
  ...Object.fromEntries([1, 2, 3, 4].map((n) => [`mall-${n}.md`, `# 商${n}\n商场运营经理，后加入某科技公司\n`])),
  // Words no known term names: 勘探, 面向对象; 日志 and 平台, never side by side.
  ...Object.fromEntries(
    [1, 2, 3, 4].map((n) => [
      `geo-${n}.md`,
      `# 勘${n}\n地质队技术员，石油勘探${n}年；面向对象编程，Java\n负责日志采集，搭建监控平台\n`,
    ]),
  ),
};

beforeAll(async () => {
  snapshot = await poolOf(RESUMES, 'typos');
});

const sources = (query: string): string[] => sourcesOf(snapshot, query);

describe('typos: a word the pool never uses, or far less than a known skill one edit away', () => {
  it('a rare word one edit from a known skill is read as the skill, and said so', () => {
    const out = search(snapshot, 'pearl scripting', taxonomy);
    expect(out.didYouMean).toEqual([{ from: 'pearl', to: 'perl' }]);
    expect(
      out.matches
        .slice(0, 5)
        .map((m) => m.profile.source)
        .sort(),
    ).toEqual(['perl-1.md', 'perl-2.md', 'perl-3.md', 'perl-4.md', 'perl-5.md'].sort());
  });

  it('two words written as one (`loadbalancer`) are the known term they name apart', () => {
    const out = search(snapshot, 'F5 loadbalancer', taxonomy);
    expect(out.understood.concepts.map((c) => c.as)).toEqual(['F5 BIG-IP']);
    const apart = search(snapshot, 'loadbalancer', taxonomy);
    expect(apart.understood.concepts.map((c) => c.as)).toEqual(['负载均衡 / Load balancing']);
    expect(apart.matches.map((m) => m.profile.source).sort()).toEqual(['lb-1.md', 'lb-2.md']);
  });

  it('a skill known only when capitalised (Spring, not the season) is still what a typo is put right to', () => {
    const out = search(snapshot, '会Sping MVC的', taxonomy);
    expect(out.didYouMean).toEqual([{ from: 'sping', to: 'spring' }]);
    expect(sources('会Sping MVC的').sort()).toEqual(['mvc-1.md', 'mvc-2.md']);
  });

  it('a known word is no typo of a known word that sounds the same (夹具 is no 家具)', async () => {
    const furniture = await poolOf(
      {
        'furniture.md': '# 王明\n\n2010年至今任某家具股份有限公司生产副总经理，负责家具生产。\n',
        'plant.md': '# 李强\n\n2015年至今任某汽车零部件公司制造工程师。\n',
      },
      'typos-homophone-word',
    );
    expect(search(furniture, '设计过工装夹具的', taxonomy).didYouMean).toEqual([]);
    // A slip that is no word still is put right (家居 for 家具 would be a word: 家俱 is not).
    expect(search(furniture, '家俱行业', taxonomy).didYouMean).toEqual([{ from: '家俱', to: '家具' }]);
  });

  it('a word of grammar cut short (`incl.`, `esp.`) is no typo of a name', () => {
    expect(search(snapshot, 'supervisors, incl. employees', taxonomy).didYouMean).toEqual([]);
  });

  it('a word two letters longer than a known term is another word, not a slip of it (`btechxy` is no B.Tech)', async () => {
    const degrees = await poolOf(
      {
        'btech.md': '# Ravi\n\nB.Tech in Mechanical Engineering, 2015.\n',
        'mtech.md': '# Anil\n\nB.Tech, M.Tech in Civil Engineering.\n',
      },
      'typos-two-letters',
    );
    expect(search(degrees, 'btechxy', taxonomy).didYouMean).toEqual([]);
    // One letter off is still a slip.
    expect(search(degrees, 'btechh', taxonomy).didYouMean).not.toEqual([]);
  });

  it('an abbreviation typed in capitals is a name, not a typo of the one a letter away (BSET is not BSIT)', () => {
    expect(search(snapshot, 'ccnb', taxonomy).didYouMean).toEqual([{ from: 'ccnb', to: 'ccna' }]);
    expect(search(snapshot, 'CCNB', taxonomy).didYouMean).toEqual([]);
    // Two of its letters swapped are a known abbreviation's typo all the same.
    expect(search(snapshot, 'CNCA', taxonomy).didYouMean).toEqual([{ from: 'cnca', to: 'ccna' }]);
    // So is its doubled letter doubled next door (`GAPP` for GAAP), in a Chinese question too.
    expect(search(snapshot, '熟悉GAPP的会计', taxonomy).didYouMean).toEqual([{ from: 'gapp', to: 'gaap' }]);
    // Not in three letters, where the doubled one is another abbreviation (EEG is no slip of egg).
    expect(search(snapshot, 'EEG', taxonomy).didYouMean).toEqual([]);
  });

  it('a short word spelt as abbreviations are (`MAcc`, `RFIs`) is a name too, not a typo of a word a letter away', async () => {
    const macs = await poolOf(
      sixFiles('mac', (n) => `# Mac ${n}\n\nDesktop support: Mac and Windows laptops.\n`),
      'typos-abbreviation-case',
    );
    expect(search(macs, 'master of accounting (MAcc)', taxonomy).didYouMean).toEqual([]);
    // Typed in small letters, or as a long name in camel case, it is put right as before.
    expect(search(macs, 'macc', taxonomy).didYouMean).toEqual([{ from: 'macc', to: 'mac' }]);
    // So is a word typed with Shift held a letter too long (`PEarl`: three small letters after the capitals).
    expect(search(snapshot, 'PEarl scripting', taxonomy).didYouMean).toEqual([{ from: 'pearl', to: 'perl' }]);
  });

  it('puts right the words an abbreviation stands for with them (`performance improvment plans (PIPs)`)', async () => {
    const pips = await poolOf(
      sixFiles(
        'hr',
        (n) => `# HR ${n}\n\nHR generalist: performance improvement plans, employee relations, process improvement.\n`,
      ),
      'typos-abbreviation-words',
    );
    const out = search(pips, 'HR who handled performance improvment plans (PIPs)', taxonomy);
    expect(out.didYouMean).toEqual([{ from: 'improvment', to: 'improvement' }]);
    // One concept, read once: the abbreviation says again what its words say.
    expect(out.understood.concepts.filter((c) => c.as.includes('PIP'))).toHaveLength(1);
  });

  it('keeps the numbers of a word (`W-9s` is no slip for W-2s), a version apart (`ggplot2`)', async () => {
    const forms = await poolOf(
      sixFiles('pay', (n) => `# Clerk ${n}\n\nPayroll clerk: W-2s, 1099s, year-end filings.\n`),
      'typos-numbers',
    );
    expect(search(forms, 'vendor setup, W-9s', taxonomy).didYouMean).toEqual([]);
  });

  it('reads a place word after a word as where (`项目里实际写过的`: no slip for 历史系)', async () => {
    const pool = await poolOf(
      {
        ...sixFiles('ts', (n) => `# 开发${n}\n\n前端开发，TypeScript，实际负责项目的落地。\n`),
        'history.md': '# 史一\n\n北京大学历史系毕业，做过编辑。\n',
      },
      'typos-locative',
    );
    expect(search(pool, 'TypeScript 3年以上，项目里实际写过的', taxonomy).didYouMean).toEqual([]);
  });

  it('puts right the first of words joined by a slash by the word before it (`Oracle Froms/Reports`)', async () => {
    const forms = await poolOf(
      sixFiles('forms', (n) => `# Dev ${n}\n\nOracle Forms and Reports developer, PL/SQL.\n`),
      'typos-slash',
    );
    const out = search(forms, '做过Oracle Froms/Reports开发的', taxonomy);
    expect(out.didYouMean).toEqual([{ from: 'froms', to: 'forms' }]);
    expect(out.matches).toHaveLength(6);
  });

  it('leaves a place word at a Chinese word’s end alone (`大学里` is no 大学理)', async () => {
    const schools = await poolOf(
      Object.fromEntries(
        [1, 2, 3, 4, 5].map((n) => [`school-${n}.md`, `# 学${n}\n\n毕业于某大学理工学院，任学生会主席。\n`]),
      ),
      'typos-locative',
    );
    expect(search(schools, '大学里当过学生会主席的', taxonomy).didYouMean).toEqual([]);
  });

  it('puts a Chinese word right by sound to a form read in queries only (`轴成` → 轴承)', async () => {
    const bearings = await poolOf(
      Object.fromEntries([1, 2, 3].map((n) => [`bearing-${n}.md`, `# 轴${n}\n\n2005年起任某轴承厂厂长。\n`])),
      'typos-query-only',
    );
    const out = search(bearings, '有轴成行业背景的吗', taxonomy);
    expect(out.didYouMean).toEqual([{ from: '轴成', to: '轴承' }]);
    expect(out.matches).toHaveLength(3);
  });

  it('of known skills one edit away, the one more résumés show is what a typo is put right to', () => {
    expect(search(snapshot, '会用Viso画流程图的', taxonomy).didYouMean).toEqual([{ from: 'viso', to: 'visio' }]);
  });

  it('a rare word near no known skill, and a word spelled right, are searched as typed', () => {
    expect(search(snapshot, 'tekla', taxonomy).didYouMean).toEqual([]);
    expect(sources('tekla')).toEqual(['tekla.md']);
    expect(search(snapshot, 'perl', taxonomy).didYouMean).toEqual([]);
  });

  it('a word of English is no slip for a place or another word (`carton` is no Canton, `taxi` no tax), but may be for a technology (`fluter`)', () => {
    expect(isEnglishWord('carton')).toBe(true);
    expect(isEnglishWord('kuberentes')).toBe(false);
    expect(search(snapshot, 'carton packaging', taxonomy).didYouMean).toEqual([]);
    expect(search(snapshot, 'tithes', taxonomy).didYouMean).toEqual([]);
    expect(search(snapshot, 'fluter', taxonomy).didYouMean).toEqual([{ from: 'fluter', to: 'flutter' }]);
    // … nor one a résumé writes, however many show the skill it is a letter from (taxi is no tax).
    expect(search(snapshot, 'taxi', taxonomy).didYouMean).toEqual([]);
  });

  it('puts right a slip inside a long Chinese run no résumé writes, by the words around it (国际经济技术合做公司)', async () => {
    const coop = await poolOf(
      Object.fromEntries(
        ['中国', '江苏', '山东', '四川', '湖北'].map((p, i) => [
          `coop-${i}.md`,
          `# 江${i}\n曾任${p}国际经济技术合作公司项目经理，负责对外承包工程。\n`,
        ]),
      ),
      'long-run-typo',
    );
    const out = search(coop, '有在国际经济技术合做公司干过的吗', taxonomy);
    expect(out.didYouMean).toEqual([{ from: '国际经济技术合做公司', to: '国际经济技术合作公司' }]);
    expect(out.matches).toHaveLength(5);
  });

  it('the corrected word is read again with its neighbours: `microsft project` is Microsoft Project', () => {
    const out = search(snapshot, 'Microsft Project', taxonomy);
    expect(out.didYouMean).toEqual([{ from: 'microsft', to: 'microsoft' }]);
    expect(out.concepts.map((c) => (c.kind === 'taxonomy' ? c.id : c.typed))).toEqual(['ms-project']);
    expect(sources('Microsft Project')[0]).toBe('pm-1.md');
  });

  it('a Latin typo inside Chinese text is put right too', () => {
    const out = search(snapshot, '有会kafak的吗', taxonomy);
    expect(out.didYouMean).toEqual([{ from: 'kafak', to: 'kafka' }]);
    expect(sources('有会kafak的吗')).toEqual(['mq-1.md']);
  });

  it('a name typed in pinyin is a name, not a typo', () => {
    const out = search(snapshot, 'zhang lin', taxonomy);
    expect(out.didYouMean).toEqual([]);
    expect(out.matches[0]?.profile.source).toBe('name.md');
  });

  it('a name in pinyin that nobody in the pool has is no typo either (xiaoming is no Liaoning)', () => {
    for (const query of ['wang xiaoming', 'Xiaoming Wang', 'chen jianguo', 'li huaqian java'])
      expect(search(snapshot, query, taxonomy).didYouMean, query).toEqual([]);
    // A word no pinyin spells is still put right beside one (`kafak` is no syllable).
    expect(search(snapshot, 'wang kafak', taxonomy).didYouMean).toEqual([{ from: 'kafak', to: 'kafka' }]);
  });

  it('a word of a name written family name first, with a comma, that the pool holds is that name (`Patel, Zeel`)', async () => {
    // Five graduates of ZUEL, one of Zeel: a rare word so near a known school is put right elsewhere.
    const zuel = Object.fromEntries(
      ['杨明', '李华', '王强', '赵敏', '陈静'].map((name, i) => [
        `zuel-${i}.md`,
        `# ${name}\n\n毕业于中南财经政法大学，会计学。201${i}年起任某公司财务经理。\n`,
      ]),
    );
    const pool = await poolOf(
      {
        ...zuel,
        'zeel.md': '# Master Data Manager\n\nZeel Patel has worked with corporate data in Miami since 2015.\n',
      },
      'name-written',
    );
    for (const query of ['Patel, Zeel', '/candidate Patel, Zeel']) {
      const out = search(pool, query, taxonomy);
      expect(out.didYouMean, query).toEqual([]);
      expect(out.matches[0]?.profile.source, query).toBe('zeel.md');
    }
  });
});

describe('typos: a Chinese word that sounds like words the pool writes', () => {
  it('puts right a character read alike in a pair the pool never writes (地质堪探, 面相对象编程)', () => {
    expect(search(snapshot, '地质堪探', taxonomy).didYouMean).toEqual([{ from: '地质堪探', to: '地质勘探' }]);
    expect(search(snapshot, '熟悉面相对象编程的', taxonomy).didYouMean).toEqual([
      { from: '面相对象编程', to: '面向对象编程' },
    ]);
    expect(sources('地质堪探').sort()).toEqual(['geo-1.md', 'geo-2.md', 'geo-3.md', 'geo-4.md']);
  });

  it('puts right a character written alike in a word the pool writes (枝术员 for 技术员)', () => {
    expect(search(snapshot, '枝术员', taxonomy).didYouMean).toEqual([{ from: '枝术员', to: '技术员' }]);
  });

  it('leaves words the pool writes apart (日志平台), and two rare characters, alone', () => {
    expect(search(snapshot, '日志平台', taxonomy).didYouMean).toEqual([]);
    expect(search(snapshot, '厂务', taxonomy).didYouMean).toEqual([]);
  });
});

describe('typos: a Chinese word that sounds like a known term', () => {
  it('a wrong homophone character is read as the term (消息对列 → 消息队列)', () => {
    const out = search(snapshot, '找做过消息对列的', taxonomy);
    expect(out.didYouMean).toEqual([{ from: '消息对列', to: '消息队列' }]);
    expect(out.matches.map((m) => m.profile.source).sort()).toEqual(['mq-1.md', 'mq-2.md', 'mq-3.md']);
  });

  it('puts right a slip that makes a known term with the known word before it, into a kind of that word (纪委书纪)', async () => {
    const bios = await poolOf(
      {
        'secretary.md': '# 王明\n\n2008年至今任某集团公司纪委书记。\n',
        'auditor.md': '# 李强\n\n2010年至今任某公司审计部经理。\n',
      },
      'typos-beside-cjk',
    );
    expect(search(bios, '有没有当过纪委书纪的', taxonomy).didYouMean).toEqual([{ from: '纪委书纪', to: '纪委书记' }]);
    // Never into something else the two read like (审计部门 is no 省级部门).
    expect(search(bios, '审计部门负责人出身', taxonomy).didYouMean).toEqual([]);
  });

  it('puts right a slip whose first character is a verb of asking (懂秘 for 董秘), which would otherwise go as filler', async () => {
    const bios = await poolOf(
      {
        'secretary.md': '# 王明\n\n2008年至今任某医药股份有限公司董事会秘书（董秘）。\n',
        'pharma.md': '# 李强\n\n2010年至今任某医药公司销售经理。\n',
      },
      'typos-verb-slip',
    );
    const out = search(bios, '药企的懂秘有吗？', taxonomy);
    expect(out.didYouMean).toEqual([{ from: '懂秘', to: '董秘' }]);
    expect(out.matches[0]?.profile.source).toBe('secretary.md');
    // A verb before a character that makes no term with it still goes (`有读过…`: no 有读).
    expect(search(bios, '有读过MBA的吗', taxonomy).understood.concepts.map((c) => c.typed)).not.toContain('有读');
  });

  it('reads what was typed as it mostly reads: 报价 (bao jia) is no slip for 保洁 by 价’s rare jie', async () => {
    const cleaning = await poolOf(
      {
        'facilities.md': '# 王明\n\n2012年至今任某物业公司行政主管，负责保洁、安保与食堂。\n',
        'sales.md': '# 李强\n\n2015年至今任某软件公司销售经理。\n',
      },
      'typos-primary-reading',
    );
    expect(search(cleaning, '做过报价系统的', taxonomy).didYouMean).toEqual([]);
    // A slip whose own common reading is the term's still is one (对 dui for 队 dui).
    expect(search(snapshot, '找做过消息对列的', taxonomy).didYouMean).toEqual([{ from: '消息对列', to: '消息队列' }]);
  });

  it('a character written alike, read otherwise (治金 zhi jin for 冶金 ye jin, 租凭 for 租赁), is put right', () => {
    const out = search(snapshot, '治金行业出来的', taxonomy);
    expect(out.didYouMean).toEqual([{ from: '治金', to: '冶金' }]);
    expect(out.matches.map((m) => m.profile.source).sort()).toEqual(['metal-1.md', 'metal-2.md']);
    expect(search(snapshot, '有做过融资租凭的吗', taxonomy).didYouMean).toEqual([{ from: '租凭', to: '租赁' }]);
    // A character the segmenter reads inside a word is no slip, however alike it looks (汤 and 场).
    expect(search(snapshot, '商汤科技', taxonomy).didYouMean).toEqual([]);
  });

  it('a slip inside a longer term is put right before a piece of it that reads as another term (服务器虚似化: not 石化)', async () => {
    const servers = await poolOf(
      {
        'virt-1.md': '# 王虚\n2015年起负责服务器虚拟化（VMware）平台运维\n',
        'virt-2.md': '# Sam Host\n\nServer virtualization with Hyper-V since 2014.\n',
        'chem.md': '# 李化\n2010年起任某石化公司副总经理\n',
      },
      'typos-virtualization',
    );
    const out = search(servers, '有做过服务器虚似化的吗？', taxonomy);
    expect(out.didYouMean).toEqual([{ from: '服务器虚似化', to: '服务器虚拟化' }]);
    expect(out.matches.map((m) => m.profile.source).sort()).toEqual(['virt-1.md', 'virt-2.md']);
  });

  it('a trade written with a homophone (焦碳 for 焦炭, coke) is put right', async () => {
    const coke = await poolOf(
      { 'coke-1.md': '# 王焦\n2008年起任山西某焦化有限公司总经理\n', 'coke-2.md': '# 李炭\n负责焦炭销售\n' },
      'typos-coke',
    );
    const out = search(coke, '有焦碳行业背景的吗', taxonomy);
    expect(out.didYouMean).toEqual([{ from: '焦碳', to: '焦炭' }]);
    expect(out.matches.map((m) => m.profile.source).sort()).toEqual(['coke-1.md', 'coke-2.md']);
  });

  it('a trade written with a character that only looks alike (朔料 shuo liao for 塑料 su liao) is put right, and asks plastics, not rubber', async () => {
    const plastics = await poolOf(
      {
        'plastic-1.md': '# 王塑\n2008年起任某塑料制品有限公司总经理\n',
        'plastic-2.md': '# 李胶\n负责塑胶模具与注塑工艺\n',
        'tyre.md': '# 赵轮\n2010年起任某轮胎橡胶有限公司生产部经理\n',
      },
      'typos-plastics',
    );
    const out = search(plastics, '有朔料行业背景的吗', taxonomy);
    expect(out.didYouMean).toEqual([{ from: '朔料', to: '塑料' }]);
    expect(out.matches.map((m) => m.profile.source).sort()).toEqual(['plastic-1.md', 'plastic-2.md']);
    expect(
      search(plastics, '橡塑行业', taxonomy)
        .matches.map((m) => m.profile.source)
        .sort(),
    ).toEqual(['plastic-1.md', 'plastic-2.md', 'tyre.md']);
  });

  it('a character read nearly alike (挖据 wa ju for 挖掘 wa jue) is put right too', () => {
    const out = search(snapshot, '数据挖据', taxonomy);
    expect(out.didYouMean).toEqual([{ from: '数据挖据', to: '数据挖掘' }]);
    expect(out.matches.map((m) => m.profile.source).sort()).toEqual(['dm-1.md', 'dm-2.md']);
  });

  it('a character with a like initial (证卷 zheng juan for 证券 zheng quan) is put right; never half a word', async () => {
    const files: Record<string, string> = { 'elec.md': '# 钱八\n曾在深圳某电子企业任工程师，负责电路设计\n' };
    for (let i = 0; i < 6; i++) files[`sec-${i}.md`] = `# 证券${i}\n2010年起任某证券公司投资经理\n`;
    const many = await poolOf(files, 'typos-initial');
    const out = search(many, '有证卷公司工作经历的吗', taxonomy);
    expect(out.didYouMean).toEqual([{ from: '证卷公司', to: '证券公司' }]);
    expect(out.total).toBe(6);
    // 电子企 (of 电子企业) reads nearly as 电子系, but ends inside a word: no typo.
    expect(search(many, '在深圳电子企业待过的人选', taxonomy).didYouMean).toEqual([]);
  });

  it('puts right a known term inside what reads as one word, where a résumé writes the word put right (蓄牧业)', () => {
    const out = search(snapshot, '有蓄牧业背景的吗', taxonomy);
    expect(out.didYouMean).toEqual([{ from: '蓄牧', to: '畜牧' }]);
    expect(out.matches.map((m) => m.profile.source).sort()).toEqual(['farm-1.md', 'farm-2.md']);
  });

  it('a word of common pairs that no résumé writes is put right by its sound (公会主席 for 工会主席)', () => {
    const out = search(snapshot, '找做过公会主席的', taxonomy);
    expect(out.didYouMean).toEqual([{ from: '公会主席', to: '工会主席' }]);
    expect(out.matches.map((m) => m.profile.source).sort()).toEqual([
      'union-1.md',
      'union-2.md',
      'union-3.md',
      'union-4.md',
    ]);
    // A word the pool does write stays as typed.
    expect(search(snapshot, '游戏公会', taxonomy).didYouMean).toEqual([]);
  });

  it('typed in Traditional characters, it is put right all the same', () => {
    const out = search(snapshot, '消息對列', taxonomy);
    expect(out.didYouMean.map((d) => d.to)).toEqual(['消息队列']);
    expect(out.total).toBe(3);
  });

  it('a real word the pool writes, not much rarer than the term it sounds like, is left alone', () => {
    // 前段 is in one résumé, 前端 in four: not enough to call it a typo.
    expect(search(snapshot, '前段开发', taxonomy).didYouMean).toEqual([]);
    expect(search(snapshot, '消息队列', taxonomy).didYouMean).toEqual([]);
  });

  it('a real word far rarer than the term it sounds like is read as the term (前段开发 → 前端)', async () => {
    const files: Record<string, string> = { 'word.md': '# 钱八\n前段时间负责运维工作\n' };
    for (let i = 0; i < 20; i++) files[`fe-${i}.md`] = `# 前端${i}\n前端开发，Vue\n`;
    const many = await poolOf(files, 'typos-fe');
    const out = search(many, '前段开发', taxonomy);
    expect(out.didYouMean).toEqual([{ from: '前段', to: '前端' }]);
    expect(out.total).toBe(20);
    expect(out.matches.map((m) => m.profile.source)).not.toContain('word.md');
  });

  it('a word one résumé misspells, of a word nearly every résumé writes, is read as that word', async () => {
    const files: Record<string, string> = {
      'typo.md': '# Ann Roe\nBuisness analyst; managment reports; led two analysts.\n',
    };
    for (let i = 0; i < 60; i++) files[`p-${i}.md`] = `# Person ${i}\nBusiness analyst, management reports, Vue.\n`;
    const many = await poolOf(files, 'typos-common');
    expect(search(many, 'buisness analyst', taxonomy).didYouMean).toEqual([{ from: 'buisness', to: 'business' }]);
    expect(search(many, 'managment', taxonomy).didYouMean).toEqual([{ from: 'managment', to: 'management' }]);
    // One letter more than a common word is another word more often than a typo.
    expect(search(many, 'analysts', taxonomy).didYouMean).toEqual([]);
  });

  it('a misspelt word of a skill of several words is put right by the word beside it (suply chain)', async () => {
    const files: Record<string, string> = { 'typo.md': '# Ann Roe\nSuply room clerk; inventory counts.\n' };
    for (let i = 0; i < 8; i++) files[`scm-${i}.md`] = `# Person ${i}\nSupply chain management, logistics.\n`;
    const many = await poolOf(files, 'typos-beside');
    const out = search(many, 'suply chain management', taxonomy);
    expect(out.didYouMean).toEqual([{ from: 'suply', to: 'supply' }]);
    expect(out.total).toBe(8);
    // Alone, a short rare word is not put right: it may be a name or an abbreviation.
    expect(search(many, 'suply', taxonomy).didYouMean).toEqual([]);
  });
  it('a misspelt word beside another is put right to what résumés write with it (`public speeking`: speaking)', async () => {
    const many = await poolOf(speakersAndSeekers(), 'typos-together');
    const out = search(many, 'public speeking', taxonomy);
    expect(out.didYouMean).toEqual([{ from: 'speeking', to: 'speaking' }]);
    expect(out.matches.map((m) => m.profile.id).sort()).toEqual(['speak-0', 'speak-1', 'speak-2', 'speak-3']);
  });
  it('a slip that begins or ends a choice is put right by the word beside the choice (`public speeking or training`)', async () => {
    const many = await poolOf(speakersAndSeekers(), 'typos-choice-beside');
    expect(search(many, 'public speeking or training', taxonomy).didYouMean).toEqual([
      { from: 'speeking', to: 'speaking' },
    ]);
  });
  it('an abbreviation in the plural (`RFIs`) and a name of capitalised words (`Dale Carnegie`) are written as meant', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++)
      files[`rifs-${i}.md`] =
        `# Person ${i}\nRan two RIFs (reductions in force). French: DALF C1. Python and Django, training.\n`;
    const many = await poolOf(files, 'typos-names');
    const fixed = (q: string): string[] => search(many, q, taxonomy).didYouMean.map((d) => d.from);
    // Words no pattern could be made of are read, never thrown on (`k++`, `C#s`).
    for (const q of ['k++ and RFIs', 'C#s, Dale (Carnegie)', '.NETs']) expect(() => fixed(q)).not.toThrow();
    expect(fixed('submittals and RFIs')).toEqual([]);
    expect(fixed("anyone who's done Dale Carnegie training?")).toEqual([]);
    // A slip beside a known skill, capitalised as both are, is still put right.
    expect(search(many, 'need Pyhton Django devs', taxonomy).didYouMean).toEqual([{ from: 'pyhton', to: 'python' }]);
  });
  it('a word cut short with a dot inside a name (`Tianjin Univ. of Finance`) is an abbreviation, not a typo', async () => {
    const files: Record<string, string> = { 'univ.md': '# Li Na\nMBA, Tianjin Univ of Finance and Economics.\n' };
    for (let i = 0; i < 8; i++) files[`unix-${i}.md`] = `# Person ${i}\nUnix and Linux administration.\n`;
    const many = await poolOf(files, 'typos-abbreviation');
    expect(search(many, 'grads of Tianjin Univ. of Finance', taxonomy).didYouMean).toEqual([]);
    // Without the dot and the name going on, it is put right.
    expect(search(many, 'univ shell scripting', taxonomy).didYouMean).toEqual([{ from: 'univ', to: 'unix' }]);
    // A sentence's last word is no abbreviation.
    expect(search(many, 'need univ. also shell', taxonomy).didYouMean).toEqual([{ from: 'univ', to: 'unix' }]);
  });
  it('a level of government (`省级机关`) is no slip, though the pool writes 省技 and never 省级机关', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`tech-${i}.md`] = `# 技${i}\n2010年起任省技术监督局科员，省技机关服务中心。\n`;
    files['gov.md'] = '# 王省\n2008年起在省委组织部、省级政府部门工作。\n';
    const many = await poolOf(files, 'typos-level');
    expect(search(many, '在省级机关干过的', taxonomy).didYouMean).toEqual([]);
  });
  it('a name in a list of names (`QuickBooks, Xero or MYOB`) is no slip for a word the pool writes; its plural is', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++)
      files[`zero-${i}.md`] =
        `# Person ${i}\nBookkeeper: QuickBooks, zero-based budgets; procure supplies; worked in North Carolina.\n`;
    const many = await poolOf(files, 'typos-names');
    expect(search(many, "anyone who's done the books in QuickBooks, Xero or MYOB?", taxonomy).didYouMean).toEqual([]);
    expect(search(many, 'anyone who has used Timberline, Procore or Bluebeam?', taxonomy).didYouMean).toEqual([]);
    expect(search(many, 'procore supplies', taxonomy).didYouMean).toEqual([{ from: 'procore', to: 'procure' }]);
    // A slip for a technology, capitalised in a list, is put right.
    expect(search(many, 'Quickbok or Xero', taxonomy).didYouMean).toEqual([{ from: 'quickbok', to: 'quickbooks' }]);
    // A slip outside a list is still put right.
    expect(search(many, 'zerro based budgets', taxonomy).didYouMean).toEqual([{ from: 'zerro', to: 'zero' }]);
  });
  it('a slip keeps the first letter: a word that would change it (`zinc` → inc) is another word', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++) files[`inc-${i}.md`] = `# Person ${i}\nAccountant at Acme Inc. and Widgets Inc.\n`;
    const many = await poolOf(files, 'typos-first-letter');
    expect(search(many, 'aluminum, copper, zinc or nickel', taxonomy).didYouMean).toEqual([]);
  });
  it('a long word one letter off a word only one résumé writes is put right to it; a short one is not', async () => {
    const files: Record<string, string> = {
      'esd.md': '# Ana Ruiz\nLab technician: grounding to prevent electrostatic discharge near components.\n',
      'lab.md': '# Bo Lin\nLab technician: calibration of test equipment.\n',
      'hall.md': '# Cy Moe\nMaintenance: kept the halls clean.\n',
    };
    const few = await poolOf(files, 'typos-rare-long');
    const out = search(few, 'anyone with elecrostatic discharge control in a lab?', taxonomy);
    expect(out.didYouMean).toEqual([{ from: 'elecrostatic', to: 'electrostatic' }]);
    expect(out.matches[0]?.profile.source).toBe('esd.md');
    // `halss` is as near `halls`, but a word this short is too near too many others.
    expect(search(few, 'halss', taxonomy).didYouMean).toEqual([]);
  });
  it('a joint venture typed with a character that sounds alike (`和资`) is put right', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 3; i++) files[`jv-${i}.md`] = `# 合${i}\n2008年起任某中外合资企业生产经理\n`;
    const few = await poolOf(files, 'typos-jv');
    const out = search(few, '有在中外和资企业干过的吗', taxonomy);
    expect(out.didYouMean.map((f) => f.to)).toContain('中外合资');
    expect(out.matches).toHaveLength(3);
  });
  it('puts a doubled letter typed in capitals right to the known abbreviation (`DCCA` → DCAA)', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 3; i++)
      files[`gov-${i}.md`] = `# Person ${i}\nGovernment contract accountant: DCAA audits, billing.\n`;
    const few = await poolOf(files, 'typos-dcaa');
    expect(search(few, '懂DCCA审计的', taxonomy).didYouMean).toEqual([{ from: 'dcca', to: 'dcaa' }]);
  });

  it('puts a slashed word no résumé writes right by the word before it however few show the skill', async () => {
    const forms = await poolOf(
      {
        'forms-1.md': '# Dev 1\n\nOracle Forms and Reports developer, PL/SQL.\n',
        'forms-2.md': '# Dev 2\n\nBuilt screens in Oracle Forms 10g.\n',
        'other.md': '# Dev 3\n\nJava developer, Spring.\n',
      },
      'typos-slash-few',
    );
    expect(search(forms, 'Oracle Froms/Reports', taxonomy).didYouMean).toEqual([{ from: 'froms', to: 'forms' }]);
    expect(sourcesOf(forms, 'Oracle Froms/Reports').sort()).toEqual(['forms-1.md', 'forms-2.md']);
  });

  it('puts right an abbreviation in capitals with two letters swapped that one résumé writes, where far more show the known one (`FEMA` → FMEA)', async () => {
    const files: Record<string, string> = {
      'fema.md': '# Pat Doe\nDisaster recovery coordinator: FEMA grants and public assistance.\n',
    };
    for (let i = 0; i < 5; i++) files[`fmea-${i}.md`] = `# Quality ${i}\nQuality engineer: PFMEA, control plans, 8D.\n`;
    const pool = await poolOf(files, 'typos-fema');
    expect(search(pool, '有做过FEMA分析的工程师吗？', taxonomy).didYouMean).toEqual([{ from: 'fema', to: 'fmea' }]);
    expect(sourcesOf(pool, 'FEMA')).not.toContain('fema.md');
    // Where more résumés write the swapped form, it is a name of its own (the Federal Emergency Management Agency).
    const more = await poolOf(
      { ...files, 'fema-2.md': '# Lee Roe\nFEMA public assistance specialist.\n' },
      'typos-fema-more',
    );
    expect(search(more, 'FEMA grants', taxonomy).didYouMean).toEqual([]);
    // Three letters a résumé writes are a name of their own (ISO is no iOS).
    const iso: Record<string, string> = { 'iso.md': '# Ana Ruiz\nQuality auditor: ISO 9001 audits.\n' };
    for (let i = 0; i < 6; i++) iso[`ios-${i}.md`] = `# Dev ${i}\niOS developer: Swift, UIKit.\n`;
    expect(search(await poolOf(iso, 'typos-iso'), 'ISO auditor', taxonomy).didYouMean).toEqual([]);
  });

  it('puts no word in small letters right to an abbreviation known in capitals only (`hale` is no HAL)', async () => {
    const files: Record<string, string> = { 'hale.md': '# Roz Arasmo\nReference: William Hale, IT director.\n' };
    for (let i = 0; i < 5; i++) files[`hal-${i}.md`] = `# Eng ${i}\nDesign engineer at HAL, Bangalore.\n`;
    const pool = await poolOf(files, 'typos-capitals-only');
    expect(search(pool, 'hale william', taxonomy).didYouMean).toEqual([]);
    expect(sourcesOf(pool, 'hale william')[0]).toBe('hale.md');
    // A word known in any case still puts a slip right (`ccnb` → ccna).
    expect(taxonomy.isCapitalsOnly('ccna')).toBe(false);
    expect(taxonomy.isCapitalsOnly('hal')).toBe(true);
  });
});

/**
 * Four résumés that write `public speaking`, and nine that write `seeking` (the commoner word one
 * edit from `speeking`), never after `public`.
 */
function speakersAndSeekers(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 4; i++) files[`speak-${i}.md`] = `# Speaker ${i}\nStrong public speaking and training skills.\n`;
  for (let i = 0; i < 9; i++) files[`seek-${i}.md`] = `# Seeker ${i}\nSeeking a challenging role in sales.\n`;
  return files;
}
