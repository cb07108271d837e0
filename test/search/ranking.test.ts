import { describe, expect, it } from 'vitest';
import { buildSnapshotFromFiles } from '../../src/pool/build.js';
import type { PoolSnapshot } from '../../src/store/snapshot.js';
import type { ResumeFile } from '../../src/resume/read-folder.js';
import { analyzeTerm, groupTerms, isWeak, wordsOfRun } from '../../src/search/concepts.js';
import { parseQuery } from '../../src/search/query-language.js';
import { search } from '../../src/search/search.js';
import { yearsShortfall } from '../../src/search/retrieve.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { NOW } from '../helpers/seeds.js';
import { coverageFor } from '../../src/conversation/text.js';
import { highlightsFor } from '../../src/search/highlights.js';

const taxonomy = defaultTaxonomy();

function file(id: string, text: string): ResumeFile {
  return { id, source: `${id}.md`, absolutePath: `/pool/${id}.md`, size: Buffer.byteLength(text), mtimeMs: 0, text };
}

function pool(files: readonly ResumeFile[]): Promise<PoolSnapshot> {
  return buildSnapshotFromFiles('/pool', files, [], { taxonomy, now: NOW, key: 'ranking' });
}

const ids = (snapshot: PoolSnapshot, query: string): string[] =>
  search(snapshot, query, taxonomy).matches.map((m) => m.profile.id);

/** Filler that mentions nothing the queries ask for, to give résumés a realistic length. */
const FILLER = Array.from(
  { length: 12 },
  (_, i) => `- 第${i + 1}项工作：负责团队协作与文档整理，按时交付，沟通顺畅。`,
).join('\n');

describe('multi-word skills in a query', () => {
  it('never runs words of grammar together into a name no alias writes so (`find us a Java dev`: no USA)', () => {
    const grouped = (q: string): string[] => groupTerms(parseQuery(q).terms, taxonomy).map((t) => t.text);
    expect(grouped('find us a java dev')).not.toContain('us a');
    // Names written with such words are read as ever.
    expect(grouped('US Army veterans')).toContain('US Army');
    expect(grouped('platform as a service')).toEqual(['platform as a service']);
    // … plural or with an apostrophe too.
    expect(grouped('experience with search engines')).toContain('search engines');
    expect(grouped('know your customers')).toEqual(['know your customers']);
  });

  it('reads neighbouring words that name one skill as that skill', () => {
    const grouped = (q: string): string[] => groupTerms(parseQuery(q).terms, taxonomy).map((t) => t.text);
    expect(grouped('machine learning')).toEqual(['machine learning']);
    expect(grouped('spring boot java')).toEqual(['spring boot', 'java']);
    expect(grouped('senior data warehouse engineer')).toEqual(['senior', 'data warehouse', 'engineer']);
    expect(groupTerms(parseQuery('消息 队列').terms, taxonomy)).toHaveLength(1);
    // A phrase stays as typed; words with different signs are not joined.
    expect(grouped('"machine learning"')).toEqual(['machine learning']);
    expect(groupTerms(parseQuery('"machine learning"').terms, taxonomy)[0]?.phrase).toBe(true);
    expect(grouped('machine -learning')).toEqual(['machine', 'learning']);
    // Chinese written onto the skill's first and last words stays apart.
    expect(grouped('会Spring MVC的')).toEqual(['会', 'Spring MVC', '的']);
    expect(grouped('熟悉Spring Boot')).toEqual(['熟悉', 'Spring Boot']);
    // A name typed in the plural is the name.
    expect(grouped('data scientists or data analysts in Bangalore')).toEqual([
      'data scientists',
      'data analysts',
      'in',
      'Bangalore',
    ]);
    // Lead-in words give their last word up to a longer name it begins.
    expect(grouped('degree in engineering management')).toEqual(['degree', 'in', 'engineering management']);
    expect(grouped('degree in engineering')).toEqual(['degree in engineering']);
    expect(grouped('degree in engineering and physics')).toEqual(['degree in engineering', 'and', 'physics']);
  });

  it('reads a short form known in queries only as a word of its own, never out of a longer word', () => {
    const ids = (q: string): string[] =>
      analyzeTerm({ text: q, phrase: false, presence: 'default' }, taxonomy).map((c) =>
        c.kind === 'taxonomy' ? c.id : c.typed,
      );
    expect(ids('化工')).toEqual(['chemical-industry']);
    // 自动化工程师 is 自动化 and 工程师: no 化工 in it.
    expect(ids('自动化工程师')).not.toContain('chemical-industry');
    expect(ids('bank')).toEqual(['banking']);
    // A development bank and the World Bank are international organisations, no banks of the trade.
    expect(ids('世界银行')).toEqual(['world-bank']);
    expect(ids('亚洲开发银行')).toEqual(['asian-development-bank']);
    expect(ids('World Bank')).toEqual(['world-bank']);
    expect(ids('国际组织')).toEqual(['international-organization']);
    expect(ids('DevRel')).toEqual(['developer-relations']);
    expect(ids('技术布道')).toEqual(['developer-relations']);
    expect(ids('本地缓存')).toEqual(['local-cache']);
    expect(ids('Ehcache')).toEqual(['ehcache']);
    // 物理机 is a physical server, no slip for 物理系; 上云 and 管材 are trades of their own.
    expect(ids('物理机')).toEqual(['bare-metal-server']);
    expect(ids('上云迁移')).toEqual(['cloud-migration']);
    expect(ids('管材企业')).toContain('pipe-industry');
    // A Chinese title asked in English for a Chinese bio is the title, not a job (`mid-level engineer
    // title`); an American post's title is the post (`a Senior Accountant title`).
    expect(ids('Chinese senior engineer title')).toEqual(['zh-senior-engineer']);
    expect(ids('mid-level engineer title')).toEqual(['zh-engineer']);
    expect(ids('Chinese senior accountant title')).toEqual(['zh-senior-accountant']);
    expect(ids('economist title')).toEqual(['zh-economist']);
    expect(ids('Senior Accountant title')).not.toContain('zh-senior-accountant');
    expect(ids('Staff Accountant title')).not.toContain('zh-accountant');
    expect(ids('Senior Engineer title')).not.toContain('zh-senior-engineer');
    // IFC is a file format as well as the World Bank's arm: only its name says the bank.
    expect(ids('IFC model')).not.toContain('world-bank');
    // A recruiter's short forms (注会, 高经, 法考, 外企) as words of their own, not inside others.
    expect(ids('有注会的吗')).toContain('cpa');
    expect(ids('关注会员运营')).not.toContain('cpa');
    expect(ids('高经')).toEqual(['zh-senior-economist']);
    expect(ids('高经理')).not.toContain('zh-senior-economist');
    expect(ids('公司考勤')).not.toContain('legal-qualification');
    expect(ids('外企背景')).toContain('foreign-company');
    expect(ids('校外企业')).not.toContain('foreign-company');
    // A post by its own name (`risk manager`, `风险经理`); a bare risk is anyone's word.
    expect(ids('risk manager')).toEqual(['risk-management']);
    expect(ids('风险经理')).toEqual(['risk-management']);
    expect(ids('risk based testing')).not.toContain('risk-management');
    expect(ids('做过风险代理的律师')).not.toContain('risk-management');
    expect(ids('风险投资经理')).not.toContain('risk-management');
  });

  it('reads a choice after a skill of several words as a name as long, matched as written', async () => {
    const terms = (q: string) => groupTerms(parseQuery(q).terms, taxonomy);
    const balanced = terms('computer vision or image processing');
    expect(balanced.map((t) => t.text)).toEqual(['computer vision', 'image processing']);
    expect(balanced[1]?.phrase).toBe(true);
    expect(balanced[0]?.group).toBe(balanced[1]?.group);
    // The other way round: a word before a choice of several words shares their last word.
    expect(terms('administrative or executive assistant').map((t) => t.text)).toEqual([
      'administrative assistant',
      'executive assistant',
    ]);
    expect(terms('civil or structural engineer').map((t) => t.text)).toEqual(['civil', 'structural', 'engineer']);
    // … and so do the words listed before them, each where it names a known thing.
    expect(terms('PhD in electrical, electronic or communication engineering').map((t) => t.text)).toEqual([
      'PhD',
      'in',
      'electrical engineering',
      'electronic engineering',
      'communication engineering',
    ]);
    // … only where that is a thing of the choice's sort (quality engineer is no field of engineering).
    expect(terms('quality, process or manufacturing engineer').map((t) => t.text)).toEqual([
      'quality',
      'process engineer',
      'manufacturing engineer',
    ]);
    expect(terms('sales, marketing or executive assistant').map((t) => t.text)).toEqual([
      'sales',
      'marketing',
      'executive assistant',
    ]);
    // So in Chinese, where the shared ending is written onto the last choice (数学专业, as 物理专业 is).
    expect(terms('数学或者物理专业出身').map((t) => t.text)).toEqual(['数学专业', '物理专业出身']);
    // … or right after the last choice's known term (证券公司, as 保险 is known and 公司 follows it),
    // and so do the items listed before the choice, the word of place that opens the list apart.
    expect(terms('在银行、证券或者保险公司干过').map((t) => t.text)).toEqual(['在银行', '证券公司', '保险公司干过']);
    expect(terms('在电子、通信或者IT企业做到副总').map((t) => t.text)).toEqual(['电子企业', '通信', 'IT企业做到副总']);
    // An item listed before a choice that stays no known thing ends the walk (`杂项` + 企业 is nothing).
    expect(terms('杂项、电子、通信或者IT企业').map((t) => t.text)).toEqual(['杂项', '电子企业', '通信', 'IT企业']);
    // A choice known as it stands keeps its own name.
    expect(terms('会计或者金融专业').map((t) => t.text)).toEqual(['会计', '金融专业']);
    // Not after a one-word skill, not over a known skill or a role word.
    expect(terms('kafka or image processing').map((t) => t.text)).toEqual(['kafka', 'image', 'processing']);
    expect(terms('machine learning or python developer').map((t) => t.text)).toEqual([
      'machine learning',
      'python',
      'developer',
    ]);
    expect(terms('machine learning or statistics engineer').map((t) => t.text)).toEqual([
      'machine learning',
      'statistics',
      'engineer',
    ]);
    const snapshot = await pool([
      file('cv', `# 李明\n\n- Built image processing pipelines for inspection cameras.\n${FILLER}`),
      file('apart', `# 王强\n\n- Image library curation; batch data processing with Spark.\n${FILLER}`),
    ]);
    expect(ids(snapshot, 'computer vision or image processing')).toEqual(['cv']);
  });

  it('takes only the words next to a slash as the choice; the rest of each side is asked for as it stands', () => {
    const typed = (q: string): string[] =>
      analyzeTerm({ text: q, phrase: false, presence: 'default' }, taxonomy).map((c) =>
        c.kind === 'any' ? c.members.map((m) => m.typed).join(' | ') : c.typed,
      );
    expect(typed('车辆工程/汽车相关专业')).toEqual(['车辆工程 | 汽车', '相关', '专业']);
    expect(typed('Pro/E的')).toEqual(['pro/e']);
    expect(typed('Elasticsearch/Solr')).toEqual(['Elasticsearch | Solr']);
  });

  it('finds a machine-learning résumé for `machine learning`, through its narrower skills too', async () => {
    const snapshot = await pool([
      file('ml', `# 李明\n\n## 技能\n- PyTorch、TensorFlow，深度学习模型训练\n${FILLER}`),
      file('words', `# 王强\n\n- I like machine maintenance and lifelong learning.\n${FILLER}`),
    ]);
    const out = search(snapshot, 'machine learning', taxonomy);
    expect(out.understood.concepts.map((c) => c.kind)).toEqual(['skill']);
    expect(out.matches.map((m) => m.profile.id)).toEqual(['ml']);
  });
});

describe('Chinese runs that are no known term', () => {
  /** A run read as words, each with whether it is weak. */
  const readWeak = (text: string): [string, boolean][] =>
    analyzeTerm({ text, phrase: false, presence: 'default' }, taxonomy).map((c) => [c.typed, isWeak(c)]);

  it('reads them as words: verbs of asking out, single characters joined to a word', () => {
    expect(wordsOfRun('找有会计师事务所审计')).toEqual({
      core: '会计师事务所审计',
      words: ['会计师', '事务所', '审计'],
    });
    expect(wordsOfRun('有信托').words).toEqual(['信托']);
    // Words of contrast ask for nothing (`但有高级职称的`: not a slip for 石油).
    expect(wordsOfRun('但有高级职称的').words).toEqual(['高级', '职称']);
    // 在职 (in-service) keeps its 在, however the dictionary cuts it; 在 before a place goes.
    expect(wordsOfRun('在职读的研究生有吗').core).toBe('在职读的研究生');
    expect(wordsOfRun('在北京工作的').words).toEqual(['北京', '工作']);
    expect(wordsOfRun('做独立董事').words).toEqual(['独立', '董事']);
    expect(wordsOfRun('具有律师资格').words).toEqual(['律师', '资格']);
    // … nor do adverbs of also and once, nor a word the segmenter made of them and a verb (`又在`, `同时还有`).
    expect(wordsOfRun('又在企业当过').words).toEqual(['企业']);
    expect(wordsOfRun('又有审计师').words).toEqual(['审计师']);
    expect(wordsOfRun('再保险').words).toEqual(['再保险']);
    expect(wordsOfRun('还款管理').words).toEqual(['还款管理']);
    // A one-character verb inside a word is part of it; at an end it is not.
    expect(wordsOfRun('董事会秘书').words).toEqual(['董事会', '秘书']);
    expect(wordsOfRun('会计学').words).toEqual(['会计学']);
    expect(wordsOfRun('有色金属').words).toEqual(['有色', '金属']);
    // A conjunction joins two words and belongs to neither (`网络和服务器`, `编解码和`); 和平 keeps its 和.
    expect(wordsOfRun('网络和服务器').words).toEqual(['网络', '服务器']);
    expect(wordsOfRun('编解码和').words).toEqual(['编解码']);
    expect(wordsOfRun('和平饭店').words).toContain('和平');
    // Verbs only ask for nothing; a run the segmenter cannot split stays one word.
    expect(wordsOfRun('有没有懂').words).toEqual([]);
    // Question words the segmenter keeps whole (谁有, 有谁, 请问) ask for nothing either.
    expect(wordsOfRun('谁有').words).toEqual([]);
    expect(wordsOfRun('请问有谁').words).toEqual([]);
    expect(wordsOfRun('灰度回滚').words).toEqual(['灰度回滚']);
  });

  it('reads a school the taxonomy does not know, named by its place, as that school (`山东经济学院`)', () => {
    const read = (text: string): string[] =>
      analyzeTerm({ text, phrase: false, presence: 'default' }, taxonomy).map((c) => `${c.kind}:${c.typed}`);
    expect(read('山东经济学院')).toEqual(['text:山东经济学院']);
    expect(read('黑龙江工程学院')).toEqual(['text:黑龙江工程学院']);
    // A known school stays the school; a word for a kind of school is no school's name.
    expect(read('山东大学')).toEqual(['taxonomy:山东大学']);
    expect(read('财经大学')).toEqual(['taxonomy:财经大学']);
  });

  it('ranks the run as typed first, then its words apart, then some of its words', async () => {
    const snapshot = await pool([
      file('apart', `# 李明\n\n- 北京某医院 信息科 副主任\n${FILLER}`),
      file('typed', `# 王强\n\n- 上海某某医院信息科主任\n${FILLER}`),
      file('some', `# 赵六\n\n- 某医院 信息科 工程师\n${FILLER}`),
      file('none', `# 钱七\n\n- 某公司 合规专员\n${FILLER}`),
    ]);
    expect(ids(snapshot, '医院信息科主任')).toEqual(['typed', 'apart', 'some']);
    const out = search(snapshot, '医院信息科主任', taxonomy);
    expect(out.matches.map((m) => m.missedConcepts.length)).toEqual([0, 0, 1]);
  });

  it('leaves industry and background words weak: they rank a little and decide nothing', () => {
    const concepts = analyzeTerm({ text: '殡葬行业背景', phrase: false, presence: 'default' }, taxonomy);
    expect(concepts.map((c) => [c.typed, isWeak(c)])).toEqual([
      ['殡葬', false],
      ['行业', true],
      ['背景', true],
    ]);
  });

  it('reads 已经 and 当上 as talk, not as words to find (`已经在上市公司当上董事的`)', async () => {
    const snapshot = await pool([
      file('talk', `# 赵六\n\n已经当上团队负责人，本科学历。\n${FILLER}`),
      file('board', `# 钱七\n\n现任某上市公司董事，本科学历。\n${FILLER}`),
    ]);
    expect(ids(snapshot, '已经在上市公司当上董事的')).toEqual(['board']);
    expect(ids(snapshot, '本科以上学历、已经在上市公司当上董事的')).toEqual(['board']);
  });

  it('leaves 架构 after a practice weak (`微服务架构`): who shows microservices in English is not put last', async () => {
    const concepts = analyzeTerm({ text: '微服务架构', phrase: false, presence: 'default' }, taxonomy);
    expect(concepts.map((c) => [c.typed, isWeak(c)])).toEqual([
      ['微服务', false],
      ['架构', true],
    ]);
    // 架构 is rarer here than microservices (Spring Cloud is microservices too): as a concept of its
    // own it would put the front-end architect first.
    const snapshot = await pool([
      file('en', `Designed and built microservices on Kubernetes for the payments platform.\n${FILLER}`),
      file('cloud1', `使用Spring Cloud搭建订单服务。\n${FILLER}`),
      file('cloud2', `基于Spring Cloud的会员系统开发。\n${FILLER}`),
      file('zh', `负责前端整体架构设计，组件库建设。\n${FILLER}`),
    ]);
    expect(ids(snapshot, '微服务架构').slice(0, 3).sort()).toEqual(['cloud1', 'cloud2', 'en']);
  });

  it('reads a trade’s 证 as its certificate (`电工证`, `焊工证`), and leaves 证书 and 证券 whole', () => {
    const read = (text: string): string[] =>
      analyzeTerm({ text, phrase: false, presence: 'default' }, taxonomy).map((c) =>
        c.kind === 'taxonomy' ? c.id : `"${c.typed}"`,
      );
    expect(read('电工证')).toEqual(['electrician', 'certificate']);
    expect(read('焊工证')).toEqual(['welder', 'certificate']);
    expect(read('电工证书')).toEqual(['electrician', 'certificate']);
    // A certificate already (教师资格) needs no second one.
    expect(read('教师资格证')).toEqual(['teacher-qualification']);
  });

  it('leaves `setting`, `company`, `title` and the verbs of holding weak, and drops `etc.` and `not`', () => {
    const strong = (q: string): string[] =>
      parseQuery(q)
        .terms.flatMap((t) => analyzeTerm(t, taxonomy))
        .filter((c) => !isWeak(c))
        .map((c) => c.typed);
    expect(strong('HR director from a hospital setting')).toEqual(['HR', 'hospital']);
    expect(strong('supervisory board chairman with senior accountant title')).not.toContain('title');
    expect(strong('IT consultants who have worked onsite in the UK (London etc.)')).not.toContain('etc');
    expect(strong('8+ years working at Oracle (the company, not just the database)')).toEqual(['Oracle', 'database']);
    expect(strong('engineers who passed the FE exam')).not.toContain('passed');
    expect(strong('anyone with a mid-level economist title')).toEqual(['economist']);
    // Corporate says where a post is held, not what it is (`corporate security officer`).
    expect(strong('corporate security officer')).not.toContain('corporate');
    expect(strong('someone who has actually headed a factory')).toEqual(['factory']);
    // How varied (`different OS versions`) asks for nothing; how many may (`across multiple states`).
    expect(strong('done testing on different OS versions')).toEqual(['testing', 'os', 'versions']);
    expect(strong('tax filings across multiple states')).toContain('multiple');
    expect(strong('债券交易这块')).not.toContain('这块');
    // 国内 asks for a career in China (`国内IT企业高管`), which a résumé written in Chinese shows.
    expect(strong('读过MBA的国内IT企业高管')).toContain('国内');
    expect(strong('one person to run payroll and handle new hires')).toEqual(['payroll', 'hires']);
    expect(strong('DBA who can manage both Oracle and SQL Server')).not.toContain('both');
    expect(strong('anyone comfortable with Git for version control?')).not.toContain('comfortable');
    expect(strong('analyst who writes SQL and builds dashboards')).toEqual(['analyst', 'SQL', 'dashboards']);
    expect(strong('put together the annual training calendar')).toEqual(['annual', 'training', 'calendar']);
  });

  it('cuts 工作过 off a run as 做过 is (`在检察院工作过的`)', () => {
    const concepts = analyzeTerm({ text: '检察院工作过', phrase: false, presence: 'default' }, taxonomy);
    expect(concepts.map((c) => [c.typed, isWeak(c)])).toEqual([
      ['检察院', false],
      ['工作过', true],
    ]);
  });

  it('cuts the verbs of doing and holding (做了, 当过) off a run as 做过 is', () => {
    expect(readWeak('做了')).toEqual([['做了', true]]);
    // How recruiters name graduates (`University of Phoenix grads`) asks for no one, and is no typo of `grade`.
    expect(readWeak('grads')).toEqual([['grads', true]]);
    expect(readWeak('现在')).toEqual([['现在', true]]);
    // Now or before, either (`现任前任都行`): no word asked.
    expect(readWeak('现任前任')).toEqual([['现任前任', true]]);
    expect(readWeak('当过理事')).toEqual([
      ['当过', true],
      ['理事', false],
    ]);
  });

  it('reads 系统 after a trade as its sector (`在银行系统工作`), and keeps an IT system as asked', () => {
    expect(readWeak('银行系统工作')).toEqual([
      ['银行', false],
      ['工作', true],
    ]);
    expect(readWeak('推荐系统').map(([typed]) => typed)).toEqual(['推荐系统']);
  });

  it('reads 类 after a known term as of its kind (`金融类项目`), no word of its own; 类脑 stays a word', () => {
    expect(readWeak('金融类项目')).toEqual([
      ['金融', false],
      ['项目', true],
    ]);
    expect(readWeak('金融类脑计算').map(([typed]) => typed)).toContain('类脑计算');
    // 类目 (a shop's category) is a word: `服装类目经理` keeps it.
    expect(readWeak('服装类目经理').map(([typed]) => typed)).toContain('类目经理');
    // Whole words only (`金融类人才`: talent of finance, not 类人); not after 品, whose 品类 is a word.
    expect(readWeak('金融类人才').map(([typed]) => typed)).toEqual(['金融', '人才']);
    expect(readWeak('快消品类管理').map(([typed]) => typed)).toContain('类管理');
  });

  it('finds who practises a licensed trade when the licence is asked (`律师资格`: a practising lawyer holds it)', async () => {
    const snapshot = await pool([
      file('lawyer', `# 李明\n\n- 2010.01-2023.06 某律师事务所 执业律师、合伙人\n${FILLER}`),
      file('licence', `# 王强\n\n- 2012 年通过司法考试，取得律师资格\n${FILLER}`),
      file('neither', `# 赵六\n\n- 2010.01-2023.06 某公司 行政主管\n${FILLER}`),
    ]);
    expect(ids(snapshot, '具有律师资格的候选人').sort()).toEqual(['lawyer', 'licence']);
    // The lawyer does not take the licence as a broader concept: a query for certificates does not find them.
    expect(taxonomy.ancestors('lawyer')).not.toContain('certificate');
  });

  it('puts where someone is before what else they show (`河北国企的人选`)', async () => {
    const snapshot = await pool([
      file('both', `# 李明\n\n- 2010.01-2023.06 石家庄某国企 总经理\n${FILLER}`),
      file('hebei', `# 王强\n\n- 2010.01-2023.06 河北保定某民营公司 总经理\n${FILLER}`),
      file('soe', `# 赵六\n\n- 2010.01-2023.06 广州某国企 总经理\n${FILLER}`),
      // Others in Hebei make it the commoner of the two.
      file('hebei-2', `# 钱七\n\n- 2012.01-2023.06 河北唐山某公司 会计\n${FILLER}`),
      file('hebei-3', `# 孙八\n\n- 2012.01-2023.06 河北廊坊某公司 销售\n${FILLER}`),
    ]);
    const found = ids(snapshot, '河北国企的人选');
    // Who is in Hebei but shows no state-owned employer, in whatever order, before who shows one elsewhere.
    expect(found[0]).toBe('both');
    expect(found.slice(1, 4).sort()).toEqual(['hebei', 'hebei-2', 'hebei-3']);
    expect(found.at(-1)).toBe('soe');
  });

  it('ranks who held a post first when the query names it as one term (`培训经理`)', async () => {
    const snapshot = await pool([
      file(
        'mentions',
        `# 李明\n\n- 2016.01-2023.06 某公司 人事专员：搭建员工培训体系，负责员工培训、培训体系优化与员工培训档案\n${FILLER}`,
      ),
      file('held', `# 王强\n\n- 2015.03-2023.06 某制造公司 培训经理\n${FILLER}`),
    ]);
    expect(ids(snapshot, '培训经理')).toEqual(['held', 'mentions']);
  });

  it('ranks who held a post before its deputy or an assistant to it (`总经理`), unless they are asked', async () => {
    const snapshot = await pool([
      file(
        'deputy',
        `# 李明\n\n2003年起任某公司副总经理，2008年起任某集团副总经理，2012年起任某控股公司常务副总经理。\n${FILLER}`,
      ),
      file('assistant', `# 赵四\n\n2003年起任某公司总经理助理，2008年起任某集团总经理助理。\n${FILLER}`),
      file('held', `# 王强\n\n2003年起任某制造公司总经理，带领助理与生产、销售、采购、质量、设备团队。\n${FILLER}`),
    ]);
    expect(ids(snapshot, '总经理')[0]).toBe('held');
    expect(ids(snapshot, '副总经理')[0]).toBe('deputy');
    expect(ids(snapshot, '总经理 助理')[0]).toBe('assistant');
  });

  it('ranks who was only the deputy first when the deputy’s post is asked (`副总会计师`)', async () => {
    const snapshot = await pool([
      file(
        'chief',
        `# 王强\n\n2003年起任某集团总会计师，2010年起任某控股公司总会计师兼财务总监，负责集团总会计师办公室。\n${FILLER}`,
      ),
      file('deputy', `# 李明\n\n2008年起任某集团副总会计师。\n${FILLER}`),
    ]);
    expect(ids(snapshot, '总会计师')[0]).toBe('chief');
    expect(ids(snapshot, '当过副总会计师的')[0]).toBe('deputy');
  });

  it('asks the deputy’s post for `deputy Party secretary` and `党委副书记`, and both for `副总经理以上`', async () => {
    const snapshot = await pool([
      file(
        'chief',
        `# 王强\n\n2003年起任某集团党委书记，2010年起任某控股公司党委书记兼董事长，主持党委工作，党委书记。\n${FILLER}`,
      ),
      file('deputy', `# 李明\n\n2008年起任某集团党委副书记。\n${FILLER}`),
    ]);
    expect(ids(snapshot, '党委书记')[0]).toBe('chief');
    expect(ids(snapshot, '党委副书记')[0]).toBe('deputy');
    expect(ids(snapshot, 'deputy Party secretary')[0]).toBe('deputy');
    const managers = await pool([
      file(
        'gm',
        `# 王强\n\n2003年起任某制造公司总经理，2008年起任某集团总经理，2012年起任某控股公司总经理。\n${FILLER}`,
      ),
      file('deputy', `# 李明\n\n2008年起任某集团副总经理。\n${FILLER}`),
    ]);
    expect(ids(managers, '副总经理')[0]).toBe('deputy');
    expect(ids(managers, '做到副总经理以上的')[0]).toBe('gm');
    expect(ids(managers, '副总经理级别以上')[0]).toBe('gm');
    expect(ids(managers, 'deputy GM and up')[0]).toBe('gm');
    expect(ids(managers, 'deputy GM or higher')[0]).toBe('gm');
    expect(ids(managers, 'deputy GM')[0]).toBe('deputy');
    // `以上条件` is the conditions above, no post or higher.
    expect(ids(managers, '当过副总经理，以上条件满足即可')[0]).toBe('deputy');
  });

  it('reads 管理 after a known thing as managing it (`供应链管理`), and keeps 管理员 and 管理层 as asked', () => {
    const typed = (text: string): string[] =>
      analyzeTerm({ text, phrase: false, presence: 'default' }, taxonomy).map((c) => c.typed);
    expect(typed('供应链管理')).toEqual(['供应链']);
    expect(typed('供应链管理层')).toEqual(['供应链', '管理层']);
    expect(typed('供应链管理员')).toEqual(['供应链', '管理员']);
  });

  it('puts years written after a managed thing on it (`供应链管理5年以上经验`), not on the career', async () => {
    const snapshot = await pool([
      file('long', `# 李明\n\n- 2015.03-2023.06 某制造公司 供应链经理：负责供应链计划与管理\n${FILLER}`),
      file('short', `# 王强\n\n- 2003.01-2021.12 某公司 行政管理\n- 2022.01-2023.06 某公司 供应链专员\n${FILLER}`),
    ]);
    const out = search(snapshot, '供应链管理5年以上经验', taxonomy);
    expect(out.understood.concepts.map((c) => [c.typed, c.years])).toEqual([['供应链', { min: 5 }]]);
    expect(out.understood.years).toBeNull();
    expect(out.matches.map((m) => m.profile.id)).toEqual(['long', 'short']);
  });

  it('puts who shows a thing asked with years, unproven, before who only writes the plain words beside it', async () => {
    const snapshot = await pool([
      file('firm', `# 李明\n\n现任某会计师事务所合伙人，注册会计师。\n${FILLER}`),
      file('words', `# 王强\n\n在多家大型公司工作，大型市场开拓，大型活动。\n${FILLER}`),
      file('other', `# 赵刚\n\n某公司行政主管。\n${FILLER}`),
    ]);
    const out = search(snapshot, '在大型会计师事务所干过5年以上的', taxonomy);
    expect(out.understood.concepts.find((c) => c.years)?.typed).toBe('会计师事务所');
    expect(out.matches.map((m) => m.profile.id)).toEqual(['firm', 'words']);
    // … and never outweighs a place asked for (`北京 跨境 5年以上Java经验`: who is in Beijing first).
    const placed = await pool([
      file('beijing', `# 李明\n\n北京。跨境电商运营。\n${FILLER}`),
      file('shanghai', `# 王强\n\n上海。\n- 2015.01-2023.12 某公司 Java开发工程师：跨境支付系统\n${FILLER}`),
    ]);
    expect(ids(placed, '北京 跨境 5年以上Java经验')[0]).toBe('beijing');
    // A choice of plain words too (`(OEM, tier supplier or dealership)`).
    const english = await pool([
      file('plant', `# Ann Fox\n\nProduction supervisor at an automotive stamping plant.\n${FILLER}`),
      file(
        'words',
        `# Bo Cole\n\nOEM parts dealership, tier supplier quotes, OEM tier supplier dealership reports.\n${FILLER}`,
      ),
      file('other', `# Cy Dunn\n\nRetail cashier.\n${FILLER}`),
    ]);
    expect(ids(english, 'at least 3 years in the automotive industry (OEM, tier supplier or dealership)')[0]).toBe(
      'plant',
    );
  });

  it('cuts 管过 and 负责过 off a run: what was managed is what is asked (`管过网络`, `负责过IT预算`)', () => {
    const concepts = analyzeTerm({ text: '负责过预算', phrase: false, presence: 'default' }, taxonomy);
    expect(concepts.map((c) => [c.typed, isWeak(c)])).toEqual([
      ['负责过', true],
      ['预算', false],
    ]);
    const managed = analyzeTerm({ text: '管过网络', phrase: false, presence: 'default' }, taxonomy);
    expect(managed.filter((c) => !isWeak(c)).map((c) => c.typed)).toEqual(['网络']);
  });

  it('cuts 待过 and 出来 off a run, and leaves 人选 weak (`在深圳电子企业待过的人选`)', () => {
    const concepts = analyzeTerm({ text: '电子企业待过的人选', phrase: false, presence: 'default' }, taxonomy);
    expect(concepts.filter((c) => !isWeak(c)).map((c) => c.typed)).toEqual(['电子企业']);
    expect(wordsOfRun('要有高级').words).toEqual(['高级']);
  });

  it('puts years next to a choice of skills on the choice (`3年以上Docker/K8s容器化经验`): who has them with either comes first', async () => {
    const snapshot = await pool([
      file('short', `# 李明\n\n- 2022.01-2023.06 某科技公司 运维工程师：Kubernetes 集群维护\n${FILLER}`),
      file('long', `# 王强\n\n- 2016.01-2023.12 某公司 运维工程师：Docker 容器化部署与维护\n${FILLER}`),
      file('none', `# 赵刚\n\n- 2010.01-2023.12 某公司 运维工程师：Linux 服务器维护\n${FILLER}`),
    ]);
    const out = search(snapshot, '3年以上Docker/K8s容器化经验', taxonomy);
    const choice = out.understood.concepts.find((c) => c.members);
    expect(choice?.years).toEqual({ min: 3 });
    expect(out.understood.years).toBeNull();
    expect(out.matches.map((m) => m.profile.id).slice(0, 2)).toEqual(['long', 'short']);
  });

  it('reads `Core Java` as Java: who proves the years with it comes before who writes `core` beside fewer', async () => {
    const snapshot = await pool([
      file('long', `# Li Ming\n\n- 2016.01-2023.12 Acme, Java developer: Spring services on J2EE\n${FILLER}`),
      file(
        'core',
        `# Ravi Rao\n\nCore Java developer.\n- 2021.01-2023.12 Beta, Java developer: Spring, J2EE, core banking\n${FILLER}`,
      ),
    ]);
    const out = search(
      snapshot,
      'Java developer with at least 5 years of hands-on Java (Core Java / J2EE / Spring)',
      taxonomy,
    );
    expect(out.understood.concepts.map((c) => c.typed.toLowerCase())).not.toContain('core');
    expect(out.matches.map((m) => m.profile.id)).toEqual(['long', 'core']);
  });

  it('ranks a choice of who one is in a clause of its own (`…，算法工程师、数据科学家都行`): it says who will do', async () => {
    const snapshot = await pool([
      file('both', `# 李明\n\n- 2016.03-2023.06 某科技公司 算法工程师：机器学习模型训练与上线\n${FILLER}`),
      file('skill', `# 王强\n\n- 2015.01-2023.12 某公司 高级技术经理：机器学习、推荐排序\n${FILLER}`),
      file('title', `# 赵刚\n\n- 2018.01-2023.12 某公司 算法工程师：路径规划\n${FILLER}`),
      file('scientist', `# 孙丽\n\n- 2019.01-2023.12 某银行 数据科学家：风控数据分析\n${FILLER}`),
    ]);
    const found = ids(snapshot, '做机器学习或者深度学习3年以上的，算法工程师、数据科学家都行');
    // Who does the work without either post is found, after who holds one.
    expect(found).toHaveLength(4);
    expect(found[3]).toBe('skill');
    // Asked as the thing itself, a choice of posts still decides.
    expect(ids(snapshot, '算法工程师或者数据科学家')).not.toContain('skill');
  });

  it('reads a comma before a verb of doing as the start of a clause, not a list (`律师，做证券或者并购的都行`)', async () => {
    const snapshot = await pool([file('lawyer', `# 李明\n\n- 某律师事务所 律师：证券业务\n${FILLER}`)]);
    const choice = search(snapshot, '律师，做证券业务或者并购重组业务的都行', taxonomy).understood.concepts.find(
      (c) => c.members !== undefined,
    );
    // The lawyer is asked beside the choice of practices, not as one of them.
    expect(choice?.members?.some((m) => m.includes('律师'))).toBe(false);
    expect(parseQuery('会计，做审计或者税务的都行').terms.map((t) => [t.text, t.listed ?? false])).toEqual([
      ['会计', false],
      ['做审计', false],
      ['税务的', false],
    ]);
    // A list of things stays a list (`Java，Python或者Go都行`).
    expect(parseQuery('Java，Python或者Go都行').terms.find((t) => t.text === 'Python')?.listed).toBe(true);
  });

  it('counts a Chinese word’s rarity among Chinese résumés: 流程, common among them, outweighs no thing asked', async () => {
    const english = Array.from({ length: 8 }, (_, i) =>
      file(`en${i}`, `# Person ${i}\n\nClaims adjuster at an insurance company: files, reports and calls.\n`),
    );
    const systems = ['订单', '信贷', '仓储', '财务', '客服', '排班'].map((what, i) =>
      file(`sys${i}`, `# 钱${i}\n\n2012年至今负责某公司${what}流程设计。\n${FILLER}`),
    );
    const snapshot = await pool([
      ...english,
      ...systems,
      file('insurer', `# 赵六\n\n2010年至今任某保险公司理赔部经理。\n${FILLER}`),
    ]);
    expect(ids(snapshot, '保险 流程')[0]).toBe('insurer');
  });

  it('counts a Chinese word among all résumés in a pool of no Chinese ones (`Languages: English, 普通话`)', async () => {
    const snapshot = await pool([
      file('mandarin', `# Ann Lee\n\nSupport agent. Languages: English, 普通话.\n`),
      file('agent', `# Bo Chen\n\nCustomer support agent, customer calls.\n`),
      file('other', `# Cy Diaz\n\nWarehouse clerk.\n`),
    ]);
    expect(ids(snapshot, '普通话 customer')[0]).toBe('mandarin');
  });

  it('reads an assistant to the head (`总经理助理`, `董事长助理`) as a post of its own: who held it, not the head', async () => {
    const snapshot = await pool([
      file('head', `# 赵六\n\n赵六，2005年起任某股份有限公司总经理，负责公司经营管理。\n${FILLER}`),
      file('assistant', `# 钱七\n\n钱七，2009年4月至2013年2月任某股份有限公司总经理助理。\n${FILLER}`),
      file('sales', `# 孙八\n\n孙八，2010年起任某公司销售助理。\n${FILLER}`),
    ]);
    expect(ids(snapshot, '总经理助理')).toEqual(['assistant']);
    // … inside a sentence too (`做过总经理助理的`, `找一个总经理助理`).
    expect(ids(snapshot, '做过总经理助理的')).toEqual(['assistant']);
    expect(ids(snapshot, '找一个总经理助理')).toEqual(['assistant']);
    expect(ids(snapshot, '总经理助理（总裁助理也行）干过3年以上的')[0]).toBe('assistant');
    // An assistant in a function (销售助理) is no head's: its words are asked as ever.
    expect(ids(snapshot, '销售助理')).toContain('sales');
  });

  it('ties years that end in an experience word to the skill of the clause before them (`iOS开发，3年以上经验`)', async () => {
    const snapshot = await pool([file('ios', `# 李明\n\n- 2016.01-2023.06 某科技公司 iOS开发工程师\n${FILLER}`)]);
    const years = (q: string): string | undefined =>
      search(snapshot, q, taxonomy).understood.concepts.find((c) => c.years)?.typed;
    expect(years('iOS开发，3年以上经验')).toBe('ios');
    // Not across another thing asked (`Java开发，本科，5年以上经验`: the career's).
    expect(years('Java开发，本科，5年以上经验')).toBeUndefined();
    // Two names of one post in a choice, the years after the last (`网络工程师或者网络管理员干满3年以上的`).
    const yearsOfChoice = search(snapshot, '网络工程师或者网络管理员干满3年以上的', taxonomy).concepts.find(
      (c) => c.kind === 'any',
    );
    expect(yearsOfChoice?.kind === 'any' && yearsOfChoice.years).toEqual({ min: 3 });
  });

  it('reads a product asked where one worked as its maker (`8 years at Oracle`, `在Oracle干过`), else the product', async () => {
    const seedsLike = await pool([file('dba', `# Ann Lee\n\nOracle DBA at Oracle India Private Limited.\n`)]);
    const as = (q: string): string[] => search(seedsLike, q, taxonomy).understood.concepts.map((c) => c.as);
    expect(as('8+ years working at Oracle')).toContain(taxonomy.label('oracle-corp'));
    expect(as('在Oracle干过3年以上的')).toContain(taxonomy.label('oracle-corp'));
    expect(as('good at Oracle SQL')).toContain(taxonomy.label('oracle-db'));
    expect(as('Oracle DBA with 5 years')).toContain(taxonomy.label('oracle-db'));
  });

  it('reads the seat one sits in as the role (`3 years in the accounting manager seat`): the role is what is asked', async () => {
    const snapshot = await pool([
      file('held', `# Ann Lee\n\n## Experience\n- 2012 - 2019 Accounting Manager, Acme Corp\n${FILLER}`),
      file(
        'seat',
        `# Bo Chen\n\n## Experience\n- 2012 - 2019 Staff accountant, Civic Theatre: accounting for seat sales\n${FILLER}`,
      ),
    ]);
    expect(ids(snapshot, 'accounting manager with at least 3 years in the accounting manager seat')[0]).toBe('held');
  });

  it('reads `either school is fine` as talk: a choice of two schools still decides who is a match', async () => {
    const snapshot = await pool([
      file('fudan', `# Li Ming\n\n## Education\n- 2008 - 2012 Fudan University, B.A. Economics\n${FILLER}`),
      file(
        'other',
        `# Wang Qiang\n\n## Education\n- 2008 - 2012 Amrita School of Engineering, B.Tech\n\nFine-tuned ESB flows.\n${FILLER}`,
      ),
    ]);
    expect(ids(snapshot, 'Fudan or Nanjing University alumni - either school is fine')).toEqual(['fudan']);
    expect(ids(snapshot, 'Fudan or Nanjing University alumni, a diploma is OK too')).toEqual(['fudan']);
    // Where fine and seat name a thing, the thing is known (fine chemicals, fine dining, seat belts).
    for (const [query, id] of [
      ['fine chemicals engineer', 'chemical-industry'],
      ['fine dining chef', 'restaurants'],
      ['seat belt systems engineer', 'automotive'],
    ])
      expect(
        search(snapshot, query as string, taxonomy)
          .understood.concepts.map((c) => c.as)
          .join(' '),
      ).toContain(taxonomy.label(id as string));
  });

  it('reads 在那 (there) as talk: `在那读过书或者教过书都算` asks nothing that could match nobody', async () => {
    const snapshot = await pool([
      file('sufe', `# 赵六\n\n赵六，1990年毕业于上海财经大学，现任某公司财务总监。\n${FILLER}`),
      file('other', `# 钱七\n\n钱七，毕业于复旦大学，现任某公司总经理。\n${FILLER}`),
    ]);
    expect(ids(snapshot, '上海财经大学或者立信会计学院出来的都行，在那读过书或者教过书都算')).toEqual(['sufe']);
  });

  it('leaves the words of talk around what is asked weak (`就是美国那种`, `也可以看看`, `同时有…`)', () => {
    for (const text of ['就是', '那种', '看看', '也可以看看', '同时', '还要', '那']) {
      const concepts = analyzeTerm({ text, phrase: false, presence: 'default' }, taxonomy);
      expect(concepts.every(isWeak), text).toBe(true);
    }
  });

  it('leaves the verbs of holding weak in English too (`who holds a PMP`)', () => {
    const concepts = analyzeTerm({ text: 'holds', phrase: false, presence: 'default' }, taxonomy);
    expect(concepts.every(isWeak)).toBe(true);
  });

  it('leaves `former`, `previous` and `past` weak: a former police officer is a police officer', () => {
    for (const text of ['former', 'previous', 'past']) {
      const concepts = analyzeTerm({ text, phrase: false, presence: 'default' }, taxonomy);
      expect(concepts.every(isWeak)).toBe(true);
    }
    expect(taxonomy.ancestors('public-security')).toContain('law-enforcement');
  });

  it('leaves where someone is `based` or `located` weak: the city says it', () => {
    for (const text of ['based', 'located']) {
      const concepts = analyzeTerm({ text, phrase: false, presence: 'default' }, taxonomy);
      expect(concepts.every(isWeak)).toBe(true);
    }
  });

  it('leaves a unit of a firm weak (`ran a sales department or office`): what it does is what is asked', () => {
    for (const text of ['department', 'departments', 'dept', 'division', 'office', 'offices']) {
      const concepts = analyzeTerm({ text, phrase: false, presence: 'default' }, taxonomy);
      expect(concepts.every(isWeak)).toBe(true);
    }
    // A thing of several words with one of them is no unit (`office manager`, `Microsoft Office`).
    for (const text of ['office manager', 'Microsoft Office']) {
      const concepts = analyzeTerm({ text, phrase: false, presence: 'default' }, taxonomy);
      expect(concepts.some((c) => c.kind === 'taxonomy')).toBe(true);
    }
  });

  it('keeps exclusions and `+` requirements as typed, and phrases too', () => {
    const read = (presence: 'default' | 'required' | 'prohibited', phrase = false) =>
      analyzeTerm({ text: '街道信息科主任', phrase, presence }, taxonomy).map((c) =>
        c.kind === 'text' ? { literals: c.literals, parts: c.parts?.map((p) => p.typed) ?? null } : null,
      );
    expect(read('default')).toEqual([{ literals: ['街道信息科主任'], parts: ['街道', '信息科', '主任'] }]);
    for (const presence of ['required', 'prohibited'] as const)
      expect(read(presence)).toEqual([{ literals: ['街道信息科主任'], parts: null }]);
    expect(read('default', true)).toEqual([{ literals: ['街道信息科主任'], parts: null }]);
  });
});

describe('an abbreviation in brackets', () => {
  it('is the known name it abbreviates, not another thing of the same letters (EBS: Elastic Block Store)', async () => {
    const snapshot = await pool([
      file('oracle', `# Ravi\n\nOracle E-Business Suite R12 functional consultant, 2015 - 2021.\n${FILLER}`),
      file('aws', `# Amy\n\nManaged EBS volumes and snapshots on AWS EC2, 2018 - 2023.\n${FILLER}`),
    ]);
    expect(ids(snapshot, 'Oracle E-Business Suite (EBS) experience')).toEqual(['oracle']);
  });
});

describe('ambiguous aliases', () => {
  it('electrical transformers are not machine learning, a marathon is not Mesos', async () => {
    const snapshot = await pool([
      file(
        'electrician',
        `# Tom Baker\n\n## Skills\n- Wiring, transformers, transformer testing, soldering\n- Ran the Houston marathon\n${FILLER}`,
      ),
      file('nlp', `# Ann Lee\n\n## Skills\n- BERT, Hugging Face transformers, LangChain\n${FILLER}`),
    ]);
    expect(ids(snapshot, 'machine learning')).toEqual(['nlp']);
    expect(ids(snapshot, '分布式')).toEqual([]);
  });
});

describe('proximity', () => {
  it('`Java 开发` puts a Java developer before a résumé naming Java and 开发 far apart', async () => {
    const apart = `# 赵六\n\n求职意向：Android 开发工程师\n\n${FILLER}\n\n## 技能\n- 了解 Java、Kotlin\n`;
    const together = `# 钱七\n\n求职意向：后端工程师\n\n${FILLER}\n\n## 技能\n- 三年 Java 开发经验，熟悉 Kotlin\n`;
    const snapshot = await pool([file('apart', apart), file('together', together)]);
    expect(ids(snapshot, 'Java 开发')).toEqual(['together', 'apart']);
    // One concept: no proximity, lunr's order stands (both are found either way).
    expect(ids(snapshot, 'java').sort()).toEqual(['apart', 'together']);
  });

  it('`java` inside `javascript` is not Java standing next to 开发', async () => {
    const fake = `# 孙八\n\n- 了解 Java\n${FILLER}\n- JavaScript 开发经验\n`;
    const real = `# 周九\n\n- 了解 JavaScript\n${FILLER}\n- Java 开发经验\n`;
    const snapshot = await pool([file('fake', fake), file('real', real)]);
    expect(ids(snapshot, 'java 开发')[0]).toBe('real');
  });
});

describe('duplicates', () => {
  it('the same résumé saved twice (different line breaks and punctuation) is shown once', async () => {
    const body = `${FILLER}\n- 精通 Rust 与 Tokio，负责存储引擎开发\n- 熟悉 Kafka 与 Flink 的实时计算链路\n`;
    const snapshot = await pool([
      file('a/resume', `# 吴十\n${body}`),
      file('b/resume-copy', `# 吴十\r\n\r\n${body.replace(/，/g, ', ').replace(/\n/g, '\r\n\r\n')}`),
      file('c/other', `# 郑一\n${body}\n- 另有五年 Go 开发经验\n`),
    ]);
    expect(snapshot.profiles[1]?.duplicateOf).toBe('a/resume');
    expect(snapshot.profiles[2]?.duplicateOf).toBeUndefined();
    expect(ids(snapshot, 'rust').sort()).toEqual(['a/resume', 'c/other']);
  });

  it('two thin files with the same few words are not called the same person', async () => {
    const snapshot = await pool([file('x', '# 高级工程师\n'), file('y', '# 高级工程师\n')]);
    expect(snapshot.profiles.map((p) => p.duplicateOf)).toEqual([undefined, undefined]);
  });
});

describe('kthLargest', () => {
  it('agrees with sorting, ties and all', async () => {
    const { kthLargest } = await import('../../src/search/select.js');
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 300 }), fc.nat(), (list, n) => {
        const k = (n % list.length) + 1;
        const sorted = [...list].sort((a, b) => b - a);
        return kthLargest(Float64Array.from(list), k) === sorted[k - 1];
      }),
    );
  });
});

describe('evidence over mention', () => {
  it('ranks a skill used in a dated job above the same skill only listed, all else equal', async () => {
    // Both name Kafka twice and list it as a skill; only `used` dates it in a job.
    const listed = `# 甲\n\n## 专业技能\n- Kafka\n\n## 工作经历\n### 某某公司 | 后端开发 | 2018.01 - 2021.01\n负责订单系统\n\n## 其他\n了解 Kafka\n${FILLER}`;
    const used = `# 乙\n\n## 专业技能\n- Kafka\n\n## 工作经历\n### 某某公司 | 后端开发 | 2018.01 - 2021.01\n负责订单系统，使用 Kafka\n\n## 其他\n无\n${FILLER}`;
    const snapshot = await pool([file('a-listed', listed), file('b-used', used)]);
    expect(ids(snapshot, 'kafka')).toEqual(['b-used', 'a-listed']);
    expect(ids(snapshot, 'kafka java')).toEqual(['b-used', 'a-listed']);
  });
});

describe('credentials and awards', () => {
  /** Résumés that name none of it, so the credential is rare in the pool, as it is in real ones. */
  const others = Array.from({ length: 6 }, (_, i) =>
    file(`other-${i}`, `# 候选人${i}\n\n- Java、MySQL、Redis 开发\n${FILLER}`),
  );
  it('ranks holders of a certificate above people who only trained for it or hold the role', async () => {
    // The non-holders mention the credential more often, so BM25 alone would put them first.
    const snapshot = await pool([
      file(
        'trained',
        `# Tom Baker\n\n## Training\n- Trained on PMP course, PMP exam camp, PMP study group, PMP materials\n${FILLER}`,
      ),
      file('holder', `# Ann Lee\n\n## Certifications\n- PMP certified (Project Management Institute), 2019\n${FILLER}`),
      file('zh-holder', `# 李明\n\n注册项目管理专家（PMP），项目经理。\n${FILLER}`),
      ...others,
    ]);
    const order = ids(snapshot, 'PMP 证书');
    expect(order).toHaveLength(3);
    expect(order.indexOf('trained')).toBe(2);

    const scrum = await pool([
      file(
        'role',
        `# Bo Chen\n\n## Experience\n- Scrum Master, Acme 2018 - 2022: Scrum Master for three teams; Scrum Master duties\n${FILLER}`,
      ),
      file('csm', `# Di Wu\n\n## Certifications\n- Certified ScrumMaster (CSM), Scrum Alliance\n${FILLER}`),
      ...others,
    ]);
    expect(ids(scrum, 'Certified Scrum Master')).toEqual(['csm', 'role']);

    // Held as written in one word (`ScrumMaster`), the way the taxonomy reads it too.
    const oneWord = await pool([
      file(
        'role',
        `# Bo Chen\n\n## Experience\n- Scrum Master, Acme 2018 - 2022: Scrum Master for three teams; Scrum Master duties\n${FILLER}`,
      ),
      file('held', `# Di Wu\n\n## Awards\n- Certified ScrumMaster, Scrum Alliance, Dec 2014\n${FILLER}`),
      ...others,
    ]);
    expect(ids(oneWord, 'Certified Scrum Master')).toEqual(['held', 'role']);
  });

  it('a role word next to a credential (`project manager`) decides nothing on its own', async () => {
    const snapshot = await pool([
      file(
        'holder',
        `# Ann Lee\n\n## Certifications\n- PMP (Project Management Professional), PMI, 2016\n\n## Experience\n- IT program lead, 2016 – 2022\n${FILLER}`,
      ),
      file('manager', `# Tom Baker\n\n## Experience\n- Project manager, 2015 – 2022; preparing for PMP\n${FILLER}`),
      ...others,
    ]);
    const result = search(snapshot, 'PMP certified project manager', taxonomy);
    expect(result.matches.map((m) => m.profile.id)).toEqual(['holder', 'manager']);
    expect(result.matches[0]?.missedConcepts).toEqual([]);
  });

  it('takes a programming contest as narrower than any competition', async () => {
    const snapshot = await pool([
      file('singing', `# Ravi Kumar\n\n- Winner of inter-college singing competition, 2012\n${FILLER}`),
      file('icpc', `# 陈晨\n\n- 获得 ACM-ICPC 亚洲区域赛银牌\n${FILLER}`),
      ...others,
    ]);
    expect(ids(snapshot, 'programming contest')).toEqual(['icpc']);
    // A winner of something else still shows, after, for the word it matches.
    expect(ids(snapshot, 'programming contest winner')).toEqual(['icpc', 'singing']);
    expect(ids(snapshot, '竞赛').sort()).toEqual(['icpc', 'singing']);
  });

  it('ranks a hackathon winner above a participant', async () => {
    const snapshot = await pool([
      file(
        'took-part',
        `# Tom Baker\n\n- Took part in two hackathons; organised a hackathon; hackathon mentor\n${FILLER}`,
      ),
      file('won', `# 王强\n\n- 获得 2022 Rust 中文社区黑客马拉松第二名\n${FILLER}`),
      ...others,
    ]);
    expect(ids(snapshot, 'hackathon winner')[0]).toBe('won');
  });
});

describe('a degree in a field', () => {
  const others = Array.from({ length: 6 }, (_, i) =>
    file(`other-${i}`, `# Person ${i}\n\n## Education\n- B.A. in History, 2010\n\nSales and marketing.\n${FILLER}`),
  );
  // A master's in something else; it names Computer Science more often (a bachelor's, a job), so BM25 alone puts it first.
  const elsewhere = file(
    'elsewhere',
    `# Tom Baker\n\n## Education\n- Master of Business Administration, Cardiff University, 2015\n- B.Sc. Computer Science, MGM College, 2012\n\n## Experience\n- Computer Science teaching assistant; Computer Science club\n${FILLER}`,
  );
  it('finds a field studied by its own word in a longer major’s name (`English Lit/Language`, `工业自动化专业`)', async () => {
    const snapshot = await pool([
      file(
        'english',
        `# Ann Lee\n\n## Education\nBachelor of Arts : English Lit/Language, NC State University\n${FILLER}`,
      ),
      file('speaks', `# Bo Li\n\n## Education\nB.S. in Accounting, 2010\n\nFluent in English and Spanish.\n${FILLER}`),
      file('automation', `张伟，1985年毕业于武汉理工大学工业自动化专业，获工学学士学位。\n${FILLER}`),
      ...others,
    ]);
    expect(ids(snapshot, '英语专业本科毕业')).toEqual(['english']);
    expect(ids(snapshot, '自动化专业毕业的')).toEqual(['automation']);
  });

  it('finds who holds two degrees of one level for 双学位 / double degree, as who says so', async () => {
    const snapshot = await pool([
      file(
        'two-bachelors',
        `# Ann Lee\n\n## Education\nBachelor of Science : Accounting , 2010\nBachelor of Science : Business Administration , 2010\n${FILLER}`,
      ),
      file('says-so', `# 王芳\n\n王芳，1990年毕业于南开大学，经济学、法学双学士，高级会计师。\n${FILLER}`),
      file(
        'one-degree-twice',
        `# Bo Li\n\nB.S. in Accounting, CPA.\n\n## Education\nBachelor of Science : Accounting , 2010\n${FILLER}`,
      ),
      file(
        'bachelor-and-master',
        `# Cy Ng\n\n## Education\nMaster of Science : Finance , 2014\nBachelor of Science : Accounting , 2010\n${FILLER}`,
      ),
      ...others,
    ]);
    for (const q of ['有双学位的吗', 'anyone with a double degree?'])
      expect(ids(snapshot, q).sort(), q).toEqual(['says-so', 'two-bachelors']);
  });

  it('ranks a master in the field above a master in something else with the field elsewhere', async () => {
    const snapshot = await pool([
      elsewhere,
      file(
        'in-field',
        `# Ann Lee\n\n## Education\n- M.S. in Computer Science, Arizona State University, 2016\n\n## Experience\n- Backend engineer\n${FILLER}`,
      ),
      file('zh-in-field', `# 李明\n\n李明，计算机应用专业硕士，毕业于浙江大学，后任后端工程师。\n${FILLER}`),
      ...others,
    ]);
    const order = ids(snapshot, "master's degree in computer science");
    expect(order).toHaveLength(3);
    expect(order.indexOf('elsewhere')).toBe(2);
    expect(ids(snapshot, '计算机专业硕士').indexOf('elsewhere')).toBe(2);
  });

  it('with a field asked for as studied (`数学系毕业`, `… degree`), ranks who holds a degree in it above who only names it', async () => {
    const snapshot = await pool([
      file(
        'names-it',
        `# Sam Hill\n\n## Experience\n- Mathematics tutor; taught mathematics and physics; mathematics club, mathematics olympiad coach\n\n## Education\n- B.A. History, State College, 2010\n${FILLER}`,
      ),
      file(
        'studied-it',
        `# Ann Park\n\n## Education\n- B.Sc. Mathematics, Kerala University, 2012\n\n## Experience\n- Analyst\n${FILLER}`,
      ),
      file(
        'zh-studied-it',
        `# 王芳\n\n王芳，1975年出生，1997年北京大学数学系本科毕业，现任某公司副总经理。\n${FILLER}`,
      ),
      ...others,
    ]);
    for (const q of ['有没有数学系毕业的？', 'mathematics degree', 'anyone with a mathematics specialization']) {
      const order = ids(snapshot, q);
      expect(order).toHaveLength(3);
      expect(order.indexOf('names-it'), q).toBe(2);
    }
  });

  it('with a choice of fields asked for as studied (`degree in supply chain management or logistics`), ranks who studied one above who only works in them', async () => {
    // More who work in them than a page holds, each naming them more often than who studied them.
    const workers = Array.from({ length: 40 }, (_, i) =>
      file(
        `works-${i}`,
        `# Worker ${i}\n\n## Experience\n- Logistics Coordinator: supply chain planning, logistics vendors, inbound logistics, supply chain reports, logistics KPIs\n\n## Education\n- Master of Science : Health Administration, 2011\n- Bachelor of Arts Degree, 2008\n${FILLER}`,
      ),
    );
    const snapshot = await pool([
      ...workers,
      file(
        'studied-one',
        `# Ann Park\n\n## Education\n- B.S. Supply Chain Management, Ohio State University, 2012\n\n## Experience\n- Analyst\n${FILLER}`,
      ),
      file(
        'studied-other',
        `# Bo Li\n\n## Education\n- Bachelor of Business Administration, specializing in Logistics, 2014\n\n## Experience\n- Buyer\n${FILLER}`,
      ),
      ...others,
    ]);
    const order = ids(snapshot, 'degree in supply chain management or logistics');
    expect(order.slice(0, 2).sort()).toEqual(['studied-one', 'studied-other']);
  });

  it('takes a school’s diploma in a subject for no degree in it (`High School Diploma , MATHEMATICS`)', async () => {
    const snapshot = await pool([
      file(
        'school',
        `# Sam Hill\n\n## Education\nHigh School Diploma , MATHEMATICS, PHYSICS 2012 Northmead High School\n- B.A. History, State College\n${FILLER}`,
      ),
      file('studied-it', `# Ann Park\n\n## Education\n- B.Sc. Mathematics, Kerala University, 2012\n${FILLER}`),
      ...others,
    ]);
    expect(ids(snapshot, 'degree in mathematics')[0]).toBe('studied-it');
    const out = search(snapshot, 'degree in mathematics', taxonomy).matches;
    const score = (id: string): number => out.find((m) => m.profile.id === id)?.score ?? 0;
    // Only the degree held in the field earns the studied tier (a hundredfold).
    expect(score('studied-it')).toBeGreaterThan(10 * score('school'));
  });

  it('in a Chinese `A的B`, ranks who is B above who only has A', async () => {
    const snapshot = await pool([
      file(
        'setting-only',
        `# 周强\n\n周强，男，1970年出生。历任某上市公司财务经理、上市公司投资部经理，现任另一家上市公司副总经理。\n${FILLER}`,
      ),
      file('head', `# 吴敏\n\n吴敏，女，1980年出生。2008年起任某股份有限公司证券事务代表。\n${FILLER}`),
      file('head-too', `# 郑丽\n\n郑丽，女，1985年出生。2012年起任某科技公司证券事务代表。\n${FILLER}`),
      ...others,
    ]);
    // 上市公司 is the rarer word here; as the setting of what is asked for, it still comes second.
    expect(ids(snapshot, '找上市公司的证券事务代表').slice(0, 2).sort()).toEqual(['head', 'head-too']);
    // Without 的, neither narrows the other: the rarer word leads.
    expect(ids(snapshot, '上市公司 证券事务代表')[0]).toBe('setting-only');
  });

  it('ranks what a clause says will do as well (`，董秘也行`) below what is asked', async () => {
    const snapshot = await pool([
      file('secretary', `# 吴敏\n\n吴敏，1980年出生。2008年起任某股份有限公司董事会秘书。\n${FILLER}`),
      file('rep', `# 郑丽\n\n郑丽，1985年出生。2012年起任某科技公司证券事务代表。\n${FILLER}`),
      file('rep-too', `# 王芳\n\n王芳，1983年出生。2010年起任某能源公司证券事务代表。\n${FILLER}`),
      ...others,
    ]);
    expect(ids(snapshot, '找个证券事务代表，董秘也行').slice(0, 2).sort()).toEqual(['rep', 'rep-too']);
    // Asked alike, the rarer post leads.
    expect(ids(snapshot, '证券事务代表 董秘')[0]).toBe('secretary');
  });

  it('ranks what an English clause says will do as well (`interim roles count too`) below what is asked', async () => {
    const snapshot = await pool([
      file('secretary', `# Ann Lee\n\nCorporate secretary at a listed bank since 2012.\n${FILLER}`),
      file('rep', `# Bo Li\n\nSecurities affairs representative at a listed miner since 2012.\n${FILLER}`),
      file('rep-too', `# Cy Ng\n\nSecurities affairs representative at a listed utility since 2010.\n${FILLER}`),
      ...others,
    ]);
    expect(
      ids(snapshot, 'securities affairs representative - a corporate secretary counts too').slice(0, 2).sort(),
    ).toEqual(['rep', 'rep-too']);
    expect(ids(snapshot, 'securities affairs representative, corporate secretary')[0]).toBe('secretary');
  });

  it('finds a known term typed as Chinese words where a résumé writes the words apart, after who names it', async () => {
    const snapshot = await pool([
      file('apart', `# 吴敏\n\n吴敏，1975年出生。历任广州证券有限公司投资部研究员、投资部经理。\n${FILLER}`),
      file('named', `# 郑丽\n\n郑丽，1980年出生。2008年起任某证券公司证券研究员。\n${FILLER}`),
      file('one-word', `# 周强\n\n周强，1970年出生。曾任某研究所研究员。\n${FILLER}`),
      ...others,
    ]);
    const found = search(snapshot, '证券研究员', taxonomy);
    expect(found.matches.map((m) => m.profile.id).slice(0, 2)).toEqual(['named', 'apart']);
    // Written apart, the term ranks; it is not shown as met.
    expect(found.matches[1]?.missedConcepts.map((c) => c.typed)).toEqual(['证券研究员']);
    // Words that ask for little (高级, 工程师) are in every other résumé: no evidence apart.
    expect(analyzeTerm({ text: '高级工程师', phrase: false, presence: 'default' }, taxonomy)[0]).not.toHaveProperty(
      'parts',
    );
  });

  it('asks for schooling that ended below any degree (`高中学历`): who went on to a degree comes after', async () => {
    const snapshot = await pool([
      file(
        'went-on',
        `# Tom Baker\n\n## Education\nOakton High School 2013 Diploma\nB.S. Mechanical Engineering, 2017, Virginia Tech\n${FILLER}`,
      ),
      file(
        'ended',
        `# 张同松\n\n张同松，男，1978年生，高中学历，助理工程师。2003年起任某钢管公司质检科长。\n${FILLER}`,
      ),
      ...others,
    ]);
    expect(ids(snapshot, '高中学历').slice(0, 2)).toEqual(['ended', 'went-on']);
    expect(ids(snapshot, 'high school diploma').slice(0, 2)).toEqual(['ended', 'went-on']);
  });

  it('finds who does the practice a role asked for is the job of, after who holds the role', async () => {
    const snapshot = await pool([
      file(
        'doer',
        `# Ravi Kumar\n\nSoftware testing: wrote test cases and ran regression suites for a banking app.\n${FILLER}`,
      ),
      file('titled', `# Asha Rao\n\nQA Engineer, 2016 - 2021\nLed the QA team for mobile releases.\n${FILLER}`),
      ...others,
    ]);
    expect(ids(snapshot, 'QA engineer').slice(0, 2)).toEqual(['titled', 'doer']);
  });

  it('finds who holds the role that implies what is asked, after who names it', async () => {
    const snapshot = await pool([
      file('doctoral', `# 吴敏\n\n吴敏，1965年出生，博士，某大学教授、博士生导师。\n${FILLER}`),
      file('masters', `# 郑丽\n\n郑丽，1972年出生，博士，某大学副教授、硕士生导师。\n${FILLER}`),
      file('neither', `# 周强\n\n周强，1970年出生，某大学讲师。\n${FILLER}`),
      ...others,
    ]);
    // A doctoral supervisor supervises master's students too: found, after who says so.
    expect(ids(snapshot, '有硕士生导师资格的吗').slice(0, 2)).toEqual(['masters', 'doctoral']);
    // Not the other way round: a master's supervisor is no doctoral one.
    expect(ids(snapshot, '博士生导师')).toEqual(['doctoral']);
  });

  it('in a one-line bio, takes neither a field past the end of a sentence nor one that another degree stands between', async () => {
    // Both name 计算机 and 硕士/研究生 within a few characters on one line; neither holds a master's in it.
    const snapshot = await pool([
      file(
        'bachelor-between',
        `# 凌伟\n\n凌伟先生：1970年出生，华南计算机科学系本科毕业，2008年项目管理专业硕士毕业，现任某公司总经理。曾从事计算机软件开发，负责计算机网络维护。\n${FILLER}`,
      ),
      file(
        'next-sentence',
        `# 卢明\n\n卢明先生，毕业于中国科学院研究生院。现任长城计算机集团公司董事，负责计算机产品，计算机专业出身。\n${FILLER}`,
      ),
      file('in-field', `# 李明\n\n李明，2009年获计算机应用专业硕士学位，现任后端工程师。\n${FILLER}`),
      ...others,
    ]);
    expect(ids(snapshot, '计算机专业硕士')[0]).toBe('in-field');
    expect(ids(snapshot, "master's degree in computer science")[0]).toBe('in-field');
  });

  it('takes a field for two degrees joined into one (`M.S. and B.S. in Computer Science`, `本科、硕士`)', async () => {
    const snapshot = await pool([
      elsewhere,
      file(
        'joined',
        `# Ann Lee\n\n## Education\n- M.S. and B.S. in Computer Science, Arizona State University, 2016\n${FILLER}`,
      ),
      file('zh-joined', `# 李明\n\n李明，浙江大学计算机专业本科、硕士，现任后端工程师。\n${FILLER}`),
      ...others,
    ]);
    expect(ids(snapshot, "master's degree in computer science").indexOf('elsewhere')).toBe(2);
    expect(ids(snapshot, '计算机专业硕士').indexOf('elsewhere')).toBe(2);
  });
});

describe('current students', () => {
  it('finds who is still studying and has no career yet, not a professional studying beside a job', async () => {
    const snapshot = await pool([
      file('student', `# 王同学\n\n## 教育经历\n2023.09-至今 浙江大学 计算机科学 硕士\n\n## 项目\n编译器课程设计\n`),
      file(
        'emba',
        `# 李总\n\n## 工作经历\n2008.01-至今 某集团 财务总监\n\n## 教育经历\n2024.09-至今 中欧国际工商学院 EMBA\n`,
      ),
      file(
        'graduate',
        `# 赵工\n\n## 教育经历\n2012.09-2016.06 浙江大学 本科\n\n## 工作经历\n2016.07-至今 某公司 Java开发\n`,
      ),
    ]);
    expect(ids(snapshot, '在读学生')).toEqual(['student']);
    expect(ids(snapshot, 'current students')).toEqual(['student']);
    // A bare 在读 is the word: `EMBA在读` asks for the executive.
    expect(taxonomy.lookup('在读')).toBeUndefined();
  });
});

describe('state-owned employers', () => {
  it('finds who worked for one by how its posts are written, not only by the word 国企', async () => {
    const bio = (name: string, text: string): ResumeFile => file(name, `${text}\n${FILLER}`);
    const snapshot = await pool([
      bio('party', '张立和，1951年出生，现任大同煤矿集团有限责任公司党委副书记、纪委书记。'),
      bio('chair', '刘军，高级经济师，现任凯得控股有限公司党委书记、董事长。'),
      bio('works', '王平，1983年参加工作，曾任国营第八四三厂会计、财务科副科长。'),
      bio('old-name', '李华，历任云南省机电设备总公司财务科长、副总经理。'),
      bio('said', '赵敏，在国有企业从事财务管理工作二十年。'),
      // A ministry's party group, a private group and a plain company are not state-owned.
      bio('ministry', '陈刚，曾任财政部党组成员、副部长。'),
      bio('private', '周强，现任某某集团有限公司董事长、总经理，民营企业家。'),
      bio('plain', '吴磊，现任某某科技股份有限公司财务总监。'),
      bio('sales', '郑华，曾任中国营销协会理事，全国营销中心总监。'),
      bio('railway', '孙伟，1985年起在成都铁路局工作。'),
      bio('central', '钱进，2001年起在中国石化上海分公司任工程师。'),
      bio('numbered', '冯丽，1979年参加工作，曾任上海第三羊毛衫厂财务科长。'),
      bio('city-firm', '何平，历任湖北省纺织品公司财务主管、武汉市第四建筑工程公司副经理。'),
      // A maker (厂家) and a company-law name are no such thing.
      bio('maker', '许杰，曾任第一品牌厂家驻华代表，现任某某市某某科技有限公司总经理。'),
      // Nor a listed private firm, a market-research firm, a branch, a software house, a factory audit.
      bio('listed', '程亮，曾在上市民营公司任财务经理，后任某市场研究公司分析师。'),
      bio('branch', '林静，任平安保险深圳市罗湖支公司经理，曾在深圳市蓝凌软件公司工作。'),
      bio('audit', '高峰，负责第三方验厂与供应商审核。'),
    ]);
    // The central enterprises the taxonomy knows by name are state-owned too.
    expect(ids(snapshot, '国企').sort()).toEqual([
      'central',
      'chair',
      'city-firm',
      'numbered',
      'old-name',
      'party',
      'railway',
      'said',
      'works',
    ]);
    expect(ids(snapshot, '国企财务科长').slice(0, 3).sort()).toEqual(['numbered', 'old-name', 'works']);
    // "Why this match" quotes the post that shows it.
    const outcome = search(snapshot, '国企', taxonomy);
    const party = outcome.matches.find((m) => m.profile.id === 'party');
    const quotes = highlightsFor(
      '张立和，1951年出生，现任大同煤矿集团有限责任公司党委副书记、纪委书记。',
      party?.matchedConcepts ?? [],
      party!.profile,
      taxonomy,
    );
    expect(quotes.map((h) => h.via)).toEqual(['国企 → 公司党委']);
  });
});

describe('management posts (中高层, 部门负责人以上)', () => {
  it('finds who headed a department or more by how the post is written, and not who only worked there', async () => {
    const bio = (name: string, text: string): ResumeFile => file(name, `${text}\n${FILLER}`);
    const snapshot = await pool([
      bio('chief', '张立和，1961年出生，现任武汉某某机电股份有限公司董事长。'),
      bio('section', '王平，1983年参加工作，曾任武汉第二机床厂财务科科长。'),
      bio('dept', '李华，历任武汉某某电子有限公司销售部经理、总经理助理。'),
      bio('office', '赵敏，现任武汉某某集团办公室主任。'),
      bio('bank', '刘军，现任招商银行武汉分行行长。'),
      // In English a post's name is as often whom one reported to: not read.
      bio('english', 'Asha Rao. Assistant to the CEO and the Plant Manager, Wuhan works, 2012-2020.'),
      // A project's, a product's and a client's manager, a chief physician, a class teacher: no head's post.
      bio('project', '陈刚，在武汉某某软件公司任项目经理、产品经理。'),
      bio('client', '周强，武汉某某银行客户经理，负责银行长期贷款业务。'),
      bio('doctor', '吴磊，武汉协和医院主任医师，班主任。'),
      bio('place', '郑华，毕业于武汉大学，本科长沙理工大学进修，从事软件开发。'),
      // A head's secretary, a desk rank, a qualification, a project department's manager, a word running on.
      bio(
        'aides',
        '孙丽，武汉某某集团总经理秘书，市某某处主任科员，取得董秘资格证书，任项目部经理，建立内部长效机制。',
      ),
    ]);
    expect(ids(snapshot, '中高层').sort()).toEqual(['bank', 'chief', 'dept', 'office', 'section']);
    expect(ids(snapshot, 'department heads').sort()).toEqual(['bank', 'chief', 'dept', 'office', 'section']);
    // Beside a city, who headed something comes before who only lived or worked there.
    expect(ids(snapshot, '武汉那边企业的中高层，部门负责人以上都算').slice(0, 5).sort()).toEqual([
      'bank',
      'chief',
      'dept',
      'office',
      'section',
    ]);
    // "Why this match" quotes the post.
    const outcome = search(snapshot, '中高层', taxonomy);
    const section = outcome.matches.find((m) => m.profile.id === 'section');
    const quotes = highlightsFor(
      '王平，1983年参加工作，曾任武汉第二机床厂财务科科长。',
      section?.matchedConcepts ?? [],
      section!.profile,
      taxonomy,
    );
    expect(quotes.map((h) => h.via)).toEqual(['中高层 → 科长']);
  });
});

describe('a career in China (国内, a Chinese company)', () => {
  it('is what a résumé written in Chinese tells, though it never names the country', async () => {
    const ENGLISH = Array.from({ length: 12 }, (_, i) => `- Task ${i + 1}: documents filed on time.`).join('\n');
    const snapshot = await pool([
      file('bio', `李华，历任某某机械厂人力资源部部长、副总经理。\n${FILLER}`),
      file('dev', `# 王强\n\n- 2016.01-2023.06 某科技公司 HR经理：招聘、绩效、Workday、SuccessFactors\n${FILLER}`),
      file('us', `# Jane Roe\n\nHR Manager, Acme Corp, Ohio, 2012-2020. Recruiting, benefits, HRIS.\n${ENGLISH}`),
      // An English résumé quoting a Chinese name or two is not written in Chinese.
      file('quote', `# John Doe\n\nHR Manager at Acme (艾克米公司), Texas, 2010-2020: benefits, payroll.\n${ENGLISH}`),
    ]);
    expect(ids(snapshot, '国内').sort()).toEqual(['bio', 'dev']);
    expect(ids(snapshot, '在国内企业当过人力资源经理的').slice(0, 2).sort()).toEqual(['bio', 'dev']);
    expect(ids(snapshot, 'HR managers at Chinese companies').slice(0, 2).sort()).toEqual(['bio', 'dev']);
  });
});

describe('a professional title written bare in a bio', () => {
  it('is found by the title asked for (`会计师职称`, `中级职称`) and quoted, and a post of the same word is not it', async () => {
    const bio = (name: string, text: string): ResumeFile => file(name, `${text}\n${FILLER}`);
    const snapshot = await pool([
      bio('titled', '王芳，1968年出生，大专学历，会计师。历任某某机械厂财务科副科长、科长。'),
      bio('engineer', '李强，1970年出生，本科学历，工程师。现任某某电子有限公司生产部经理。'),
      bio('post', '赵敏，1980年出生，曾任某某公司成本会计师、主办会计。'),
      bio('firm', '陈刚，1975年出生，曾在某某会计师事务所任审计员。'),
    ]);
    expect(ids(snapshot, '会计师职称')).toEqual(['titled']);
    expect(ids(snapshot, '有中级职称的').sort()).toEqual(['engineer', 'titled']);
    // Asked as a job, 会计师 still finds everyone who does accounts.
    expect(ids(snapshot, '会计师')).toEqual(expect.arrayContaining(['titled', 'post']));
    const outcome = search(snapshot, '会计师职称', taxonomy);
    const titled = outcome.matches.find((m) => m.profile.id === 'titled');
    const quotes = highlightsFor(
      '王芳，1968年出生，大专学历，会计师。历任某某机械厂财务科副科长、科长。',
      titled?.matchedConcepts ?? [],
      titled!.profile,
      taxonomy,
    );
    expect(quotes.map((h) => h.text).join(' ')).toContain('会计师');
  });
});

describe('an engineering background asked for (`理工科出身`)', () => {
  it('is shown by an engineer’s professional title too, after who names the field', async () => {
    const bio = (name: string, text: string): ResumeFile => file(name, `${text}\n${FILLER}`);
    const snapshot = await pool([
      bio('titled', '刘强，1964年出生，研究生学历，高级工程师。历任某某煤业集团人力资源部部长。'),
      bio('studied', '王磊，1970年出生，工科出身，毕业于某某工学院机械系。现任某某公司人力资源部部长。'),
      bio('plain', '赵敏，1975年出生，本科学历，经济师。现任某某公司人力资源部部长。'),
    ]);
    expect(ids(snapshot, '理工科').sort()).toEqual(['studied', 'titled']);
    const found = ids(snapshot, '理工科出身、后来做到人力资源部负责人的');
    expect(found.slice(0, 2).sort()).toEqual(['studied', 'titled']);
    expect(found[0]).toBe('studied');
  });
});

describe('a degree below a bachelor’s asked for', () => {
  it('puts whose schooling stopped there before who went on, both matches (`大专学历的财务总监`)', async () => {
    const snapshot = await pool([
      file(
        'bachelor',
        `# 李本科\n\n2003年大专毕业，2006年专升本取得本科学历。2008年起任某集团财务总监，兼任两家子公司财务总监，主持财务总监例会。\n${FILLER}`,
      ),
      file('associate', `# 王大专\n\n大专学历。2010年起任某公司财务总监。\n${FILLER}\n${FILLER}`),
    ]);
    expect(ids(snapshot, '大专学历的财务总监')).toEqual(['associate', 'bachelor']);
    // Or higher said: both are matches in full.
    expect(ids(snapshot, '大专及以上学历的财务总监').sort()).toEqual(['associate', 'bachelor']);
  });
});

describe('a supervisor is no degree', () => {
  it('does not take a supervisor of master students for a master', async () => {
    const snapshot = await pool([
      // BM25 alone would put the professor first: 会计学 three times.
      file(
        'supervisor',
        `# 邵毅\n\n邵毅，男，本科学历，浙江财经学院会计学教授、硕士研究生导师，中国会计学会会员，主讲会计学。\n${FILLER}`,
      ),
      file('held', `# 林立\n\n林立，男，1978年出生，会计学硕士、注册会计师。\n${FILLER}`),
      file('other', `# 王五\n\n王五，男，本科学历，销售经理。\n${FILLER}`),
    ]);
    expect(ids(snapshot, '会计学硕士')).toEqual(['held']);
  });
});

describe('a degree held, not studied for', () => {
  const others = Array.from({ length: 8 }, (_, i) =>
    file(`other-${i}`, `# Person ${i}\n\nSales and marketing, 2010 – 2020.\n${FILLER}`),
  );
  it('ranks a completed EMBA above one still studied for or taken as a course, which still match', async () => {
    const snapshot = await pool([
      // Not held: still studied for, or only a course (they name EMBA more often, so BM25 alone puts them first).
      file('studying', `# 陈艳\n\n陈艳，女，本科学历，EMBA在读。现任某公司副总经理，正在攻读北京大学EMBA。\n${FILLER}`),
      file('course', `# 卢楚隆\n\n卢楚隆，男，本科学历。中山大学EMBA课程高级研修班结业，现任公司董事长。\n${FILLER}`),
      file('comma', `# 严志荣\n\n严志荣，男，本科学历，EMBA，在读，会计师。\n${FILLER}`),
      // Held, with words like 课程 or 在读 near it in another sense.
      file(
        'held',
        `# 宋永红\n\n宋永红，男，本科学历，湖南大学高级管理人员工商管理硕士（EMBA），曾任总经理。\n${FILLER}`,
      ),
      file(
        'past-study',
        `# 林峰\n\n林峰，本科学历，2007年-2010年于厦门大学管理学院攻读EMBA。曾任销售总监。\n${FILLER}`,
      ),
      file(
        'courses-listed',
        `# 王兰\n\n王兰，本科学历，工商管理硕士（EMBA） 主修课程：财务管理、战略管理。\n${FILLER}`,
      ),
      file('other-clause', `# 钱进\n\n钱进，本科学历，正在攻读博士，2011年获EMBA学位。\n${FILLER}`),
      file('during', `# 赵磊\n\n赵磊，本科学历，EMBA在读期间获奖学金，2012年毕业。\n${FILLER}`),
      file(
        'other-wording',
        `# 周明\n\n周明，本科学历，2015年取得香港科技大学高层管理人员工商管理硕士学位。\n${FILLER}`,
      ),
      ...others,
    ]);
    for (const query of ['EMBA学历', 'EMBA']) {
      const order = ids(snapshot, query);
      expect(order, query).toHaveLength(9);
      expect(order.slice(0, 6).sort(), query).toEqual([
        'courses-listed',
        'during',
        'held',
        'other-clause',
        'other-wording',
        'past-study',
      ]);
      expect(order.slice(6).sort(), query).toEqual(['comma', 'course', 'studying']);
    }
  });

  it('ranks an MBA held (an Executive MBA too) above one being pursued or expected', async () => {
    const snapshot = await pool([
      file(
        'pursuing',
        `# Tom Baker\n\n## Education\n- Currently pursuing an MBA at Cardiff University, student council lead\n${FILLER}`,
      ),
      file(
        'expected',
        `# Ray Park\n\n## Education\n- Master of Business Administration (MBA), Expected May 2026\n${FILLER}`,
      ),
      file('emba', `# Ann Lee\n\n## Education\n- Executive MBA, London Business School, 2015\n${FILLER}`),
      file(
        'mba-then-more',
        `# Bo Chen\n\n## Education\n- MBA, INSEAD, 2008\n- Currently pursuing an Executive MBA, Wharton\n${FILLER}`,
      ),
      ...others,
    ]);
    const order = ids(snapshot, 'MBA');
    expect(order).toHaveLength(4);
    expect(order.slice(0, 2).sort()).toEqual(['emba', 'mba-then-more']);
    expect(order.slice(2).sort()).toEqual(['expected', 'pursuing']);
  });
});

describe('years asked for, against résumés that date no work', () => {
  const bank = (name: string, rest: string): string => `${name}，男，${rest}\n${FILLER}`;
  const files = [
    file('dated', `# 张三\n\n## 工作经历\n2010.01-至今 某银行 支行行长\n${FILLER}`),
    file('short', `# 钱七\n\n## 工作经历\n2022.01-至今 某银行 客户经理\n${FILLER}`),
    file('born', bank('李四', '1965年出生，高级经济师。历任某银行支行行长、分行副行长。')),
    file('young', bank('王五', '2001年出生，现任某银行柜员。')),
    file('noclue', bank('赵六', '高级经济师。历任某银行支行行长、分行副行长。')),
  ];

  it('keeps an undated résumé unless its year of birth rules it out, after every résumé whose dates show the years', async () => {
    const snapshot = await pool(files);
    expect(ids(snapshot, '银行 10年以上')).toEqual(['dated', 'born', 'noclue']);
    expect(ids(snapshot, 'years:>=10')).toEqual(['dated', 'born', 'noclue']);
    // A résumé whose dates fall short stays out, whatever its year of birth.
    expect(ids(snapshot, '银行 years:>=30')).toEqual(['born', 'noclue']);
  });
});

describe('years in a trade, against bios that date no post', () => {
  it('credits the bio of many posts in the trade more than the bio of one', async () => {
    // Neither dates a post; both were born long enough ago. Four posts in pharmaceuticals are
    // likelier ten years than one.
    const snapshot = await pool([
      file('one', `赵一，男，1962年出生。现任某药业公司副总经理。\n${FILLER}`),
      file(
        'four',
        `钱二，男，1964年出生。历任某制药厂质监科科长、副厂长，另一制药厂厂长，某药业集团总经理。\n${FILLER}`,
      ),
    ]);
    const doc = (id: string): number => snapshot.profiles.findIndex((p) => p.id === id);
    expect(snapshot.profiles[doc('four')]?.tradeMentions?.['pharmaceutical']).toBe(3);
    const pharma = {
      kind: 'taxonomy',
      typed: '医药',
      id: 'pharmaceutical',
      label: '医药',
      presence: 'default',
    } as const;
    const tenYears = { ...pharma, years: { min: 10 } };
    expect(yearsShortfall(snapshot, doc('four'), tenYears)).toBeGreaterThan(
      yearsShortfall(snapshot, doc('one'), tenYears),
    );
    expect(ids(snapshot, '医药行业10年以上经验')).toEqual(['four', 'one']);
  });
});

describe('a role asked for, against who only does its practice', () => {
  it('orders who does the practice by how much of it the résumé shows, not by file order', async () => {
    const snapshot = await pool([
      file('passing', `# Ann Lee\n\nOffice assistant. Made reports with embedded charts.\n${FILLER}`),
      file(
        'deep',
        `# Bo Chen\n\nFirmware developer: embedded C on ARM microcontrollers, firmware updates, embedded Linux drivers.\n${FILLER}`,
      ),
      file('role', `# Cy Diaz\n\nEmbedded Software Engineer, 2015 - 2020: firmware for sensors.\n${FILLER}`),
    ]);
    expect(ids(snapshot, 'embedded software engineer')).toEqual(['role', 'deep', 'passing']);
  });

  it('puts who only does a post’s practice after who held the post, when the post is asked (`质量经理`)', async () => {
    const snapshot = await pool([
      file(
        'engineer',
        `# 李质检\n\n- 2016.03-2022.08 某汽车零部件公司 质量工程师，负责来料检验与质量体系。\n${FILLER}`,
      ),
      file('manager', `# 王品质\n\n- 2015.01-2023.06 某电子公司 质量部经理，负责质量管理与客户投诉处理。\n${FILLER}`),
      file('other', `# 赵销售\n\n- 2014.01-2020.06 某公司 销售经理。\n${FILLER}`),
      file('mention', `# 钱生产\n\n- 2016.01-2021.06 某机械公司 生产主管，配合质量经理完成客户审核。\n${FILLER}`),
    ]);
    // Who holds the post, then who names it without holding it, then who only does the work.
    expect(ids(snapshot, '质量经理')).toEqual(['manager', 'mention', 'engineer']);
  });

  it('reads a risk manager as a post of risk management, in either language, never everyone’s risks', async () => {
    const snapshot = await pool([
      file('risks', `# Ann Lee\n\nProject Manager, 2014 - 2020: tracked project risks and issues.\n${FILLER}`),
      file('titled', `# Bo Chen\n\nSenior Risk Manager @ Acme Bank, 2012 - 2021: credit and market risk.\n${FILLER}`),
      file('bio', `# 王风控\n\n2010年至2020年任某银行风险管理部总经理。\n${FILLER}`),
    ]);
    expect(ids(snapshot, 'risk manager').slice(0, 2).sort()).toEqual(['bio', 'titled']);
    expect(ids(snapshot, '风险经理').slice(0, 2).sort()).toEqual(['bio', 'titled']);
  });
});

describe('a post asked for among other things', () => {
  it('reads a word of rank right after a function as the post: who held it comes first', async () => {
    const snapshot = await pool([
      file(
        'associate',
        `# Ann Rao\n\nHR Associate, Pune, 2015 - 2020: HR operations, HR policies and HR records; reported to the HR Manager.\n${FILLER}`,
      ),
      file('director', `# Bo Das\n\nDirector of Human Resources, Pune, 2014 - 2021.\n${FILLER}`),
    ]);
    expect(ids(snapshot, 'HR manager in Pune')).toEqual(['director', 'associate']);
  });

  it('keeps a word of rank after a kind of employer asked for (`国企科长`)', async () => {
    const snapshot = await pool([
      file(
        'clerk',
        `# 李会计\n\n- 2010.01-2020.06 某国有企业 会计，负责国有企业财务核算、国有企业改制、国企审计。\n${FILLER}`,
      ),
      file('chief', `# 王科长\n\n- 2008.01-2021.06 某国有企业 生产科科长。\n${FILLER}`),
    ]);
    const out = search(snapshot, '国企科长', taxonomy);
    expect(out.matches.map((m) => m.profile.id)).toEqual(['chief', 'clerk']);
    // 科长 is asked for: the clerk is told it is missing.
    expect(out.matches[1]?.missedConcepts.map((c) => c.typed)).toEqual(['科长']);
  });

  it('so in Chinese, where the word of rank is no concept of its own (`国企当过财务科长的`)', async () => {
    const snapshot = await pool([
      file(
        'clerk',
        `# 李会计\n\n- 2010.01-2020.06 某国有企业 财务部会计，负责财务核算、财务报表，每月配合财务科科长对账。\n${FILLER}`,
      ),
      file('chief', `# 王处长\n\n- 2008.01-2021.06 某国有企业 财务处处长。\n${FILLER}`),
    ]);
    // Who headed the finance office comes before who only worked beside its 科长, and misses nothing.
    const out = search(snapshot, '找个在国企当过财务科长的', taxonomy);
    expect(out.matches.map((m) => m.profile.id)).toEqual(['chief', 'clerk']);
    expect(out.matches[0]?.missedConcepts).toEqual([]);
  });
});

describe('examples of several words in brackets', () => {
  it('reads an example no name covers as one choice of all its words (`Santa Clara`)', async () => {
    const snapshot = await pool([
      file('clara', '# Ann Lee\n\nSoftware engineer, Santa Clara.\n'),
      file('santa', '# Bo Chen\n\nSoftware engineer. Santa Monica pier volunteer.\n'),
      file('sf', '# Cy Diaz\n\nSoftware engineer, San Francisco.\n'),
    ]);
    const out = search(snapshot, 'software engineers in California (Santa Clara, Bay Area)', taxonomy);
    expect(out.understood.concepts.find((c) => c.members)?.members).toEqual([
      '加利福尼亚 / California',
      'Santa Clara',
      '旧金山 / San Francisco',
    ]);
    expect(out.matches.map((m) => m.profile.id).sort()).toEqual(['clara', 'sf']);
  });
});

describe('a word of rank in the other language', () => {
  it('finds `人力资源总监` written `HR Director` before other HR posts, beside a place too', async () => {
    const snapshot = await pool([
      file('assistant', `# Ann Lee\n\nHR Assistant, Beta Corp, Shanghai: payroll, onboarding and HR records.\n`),
      file('director', `# Bo Chen\n\nHR Director, Acme Inc., Shanghai.\n${FILLER}\n${FILLER}`),
      file('generalist', `# Cy Diaz\n\nHR Generalist, Shanghai: HR policies, HR audits, HR reports.\n`),
    ]);
    // Beside a place, as where the post is no longer the one thing asked.
    expect(ids(snapshot, '上海的人力资源总监')[0]).toBe('director');
  });
});

describe('examples given as such', () => {
  it('takes the narrowest known thing of a Chinese example as the choice, and an English one’s words', async () => {
    const snapshot = await pool([file('one', '# Ann Lee\n\nJava developer.\n')]);
    const typed = (q: string): string[] => search(snapshot, q, taxonomy).understood.concepts.map((c) => c.typed);
    expect(typed('开发类的技术认证，比如Java认证、Salesforce开发者认证、SAP ABAP认证这种')).toContain(
      'java | salesforce | abap',
    );
    expect(typed('member of an association such as the AICPA, IMA or a state CPA society')).toContain(
      'aicpa | ima | state CPA society',
    );
  });
});

describe('what a tool is used for', () => {
  it('asks for the tool: `used` asks for nothing, and what follows `for` only narrows it', async () => {
    const snapshot = await pool([
      file('kronos', '# Ann Lee\n\nPayroll clerk. Entered hours in Kronos every week.\n'),
      file('timekeeping', '# Bo Chen\n\nTimekeeping and timekeeping audits; timekeeping reports.\n'),
      file('both', '# Cy Diaz\n\nRan Kronos for timekeeping across three sites.\n'),
    ]);
    const out = search(snapshot, 'has anyone here used Kronos for timekeeping?', taxonomy);
    expect(out.understood.concepts.map((c) => c.typed)).toEqual(['Kronos', 'timekeeping']);
    expect(out.matches.map((m) => m.profile.id)).toEqual(['both', 'kronos', 'timekeeping']);
    // `looking for` asks nothing: the `for` that counts has a concept before it.
    const looking = search(snapshot, 'looking for Kronos for timekeeping', taxonomy);
    expect(looking.matches.map((m) => m.profile.id)).toEqual(['both', 'kronos', 'timekeeping']);
  });
});

describe('one thing asked for with a role word', () => {
  it('looks past lunr’s first page for who holds it as a title (`采购经理`)', async () => {
    const distractors = Array.from({ length: 24 }, (_, i) =>
      file(
        `d${i}`,
        `# 员工${i}\n\n- 参与采购流程，配合采购询价，整理采购单据，跟进采购到货。\n${FILLER}\n- 每周向部门经理汇报。\n`,
      ),
    );
    const snapshot = await pool([
      ...distractors,
      file('title', `赵强，男，1970年出生，高级经济师。历任某电器公司采购部经理、副总经理。${FILLER}${FILLER}`),
    ]);
    const top = search(snapshot, '采购经理', taxonomy, { limit: 3 }).matches.map((m) => m.profile.id);
    expect(top[0]).toBe('title');
  });
});

describe('a field studied, past lunr’s first page', () => {
  it('ranks who studied the field at the degree asked for above many who name it more often', async () => {
    // Masters in other fields who write 会计 all over their résumés: BM25 puts every one of them first.
    const namers = Array.from({ length: 40 }, (_, i) =>
      file(
        `namer-${i}`,
        `# 员工${i}\n\n员工${i}，工商管理硕士。历任会计、主管会计、会计部经理，负责会计核算与会计报表。\n${FILLER}`,
      ),
    );
    const snapshot = await pool([
      ...namers,
      file('studied', `# 陈烘\n\n陈烘，男，1978年出生，会计学硕士、注册会计师。现任某公司财务总监。\n${FILLER}`),
      file('bachelor', `# 林立\n\n林立，会计学学士，现任某公司财务经理。\n${FILLER}`),
    ]);
    const order = ids(snapshot, '会计学硕士学历');
    expect(order[0]).toBe('studied');
    expect(order).not.toContain('bachelor');
    expect(order).toContain('namer-0');
  });
});

describe('a known compound nobody in the pool has', () => {
  it('is read as its words, and a word of it that is a known term of its own stays that term (`弱电工程师`)', async () => {
    const snapshot = await pool([
      file('elv', `# 王强\n\n负责酒店弱电系统维护：视频监控、门禁。\n${FILLER}`),
      file('engineer', `# 李明\n\n机械工程师，负责设备维修。\n${FILLER}`),
    ]);
    const out = search(snapshot, '弱电工程师', taxonomy);
    expect(out.concepts.map((c) => (c.kind === 'taxonomy' ? c.id : c.typed))).toEqual(['elv-systems', '工程师']);
    expect(out.matches[0]?.profile.id).toBe('elv');
  });
});

describe('engineering as a field of study', () => {
  it('finds an engineering master by any engineering major, in either language, before engineers who studied else', async () => {
    const snapshot = await pool([
      file(
        'mech',
        `# Raj Kumar\n\n## Education\nM.S. in Mechanical Engineering, 2015\n\nDesign engineer since 2015.\n`,
      ),
      file('mtech', `# Anil Rao\n\n## Education\nM.Tech, Power Electronics, 2012\n\nTest engineer.\n`),
      file('zh', `# 刘钊\n\n刘钊，兰州交通大学工程硕士，高级工程师。\n${FILLER}`),
      file('mba', `# Ann Lee\n\n## Education\nMBA, 2014\n\nEngineering manager; electrical engineering projects.\n`),
      file('bachelor', `# Bo Chen\n\n## Education\nB.E. in Civil Engineering, 2010\n\nSite engineer.\n`),
    ]);
    const order = ids(snapshot, '工学硕士');
    expect(order.slice(0, 3).sort()).toEqual(['mech', 'mtech', 'zh']);
    expect(order).not.toContain('bachelor');
  });
});

describe('a degree asked for with its field, or that degree or higher', () => {
  it('ranks who has the very degree in the field before a higher one; `以上` takes both alike', async () => {
    const snapshot = await pool([
      // The doctor names law more often, and a master's (in economics): BM25 alone puts them first.
      file(
        'doctor',
        `# 王律\n\n王律，经济学硕士，法学博士，法学院教授，长期从事法学研究、法学教育，主编法学教材多部，任法学会理事、法学期刊编委。\n${FILLER}`,
      ),
      file('master', `# 李法\n\n李法，1980年出生，法学硕士，现任某公司法务总监。\n${FILLER}\n${FILLER}`),
    ]);
    expect(ids(snapshot, '法学硕士')).toEqual(['master', 'doctor']);
    expect(ids(snapshot, '法学硕士以上').sort()).toEqual(['doctor', 'master']);
  });
});

describe("a field named as the field of a degree (`a bachelor's in finance`)", () => {
  const EN_FILLER = Array.from({ length: 12 }, (_, i) => `- Task ${i + 1}: team work, reports on time.`).join('\n');
  it('asks for who studied it, before everyone who only works in it', async () => {
    // Eighty who work in finance and write it often, each with a bachelor's in another field: lunr's
    // first pages are theirs.
    const workers = Array.from({ length: 80 }, (_, i) =>
      file(
        `worker-${i}`,
        `# Worker ${i}\n\nFinance Manager. Finance operations, finance reporting, finance planning, corporate finance.\n\nEducation\nB.A. in History, 2005, Ohio State University\n${EN_FILLER}`,
      ),
    );
    const snapshot = await pool([
      ...workers,
      file(
        'studied',
        `# Bo Li\n\nAnalyst at a retail bank.\n\nEducation\nB.S. in Finance, 2012, Towson University\n${EN_FILLER}`,
      ),
    ]);
    expect(ids(snapshot, "anyone with a bachelor's in finance?")[0]).toBe('studied');
    expect(ids(snapshot, 'B.S. in finance')[0]).toBe('studied');
  });
});

describe('IT asked for as a trade', () => {
  it('finds who works in software or IT operations, not who only writes the pronoun (`IT people in Pune`)', async () => {
    const snapshot = await pool([
      file('accountant', `# Ann Rao\n\nAccountant, Pune. Made it work: closed it every month on time.\n${FILLER}`),
      file('developer', `# Bo Das\n\nSoftware engineer, Pune, 2016 - 2022: Java services.\n${FILLER}`),
      file('admin', `# Cy Jain\n\nSystem administrator, Pune, 2014 - 2020.\n${FILLER}`),
    ]);
    const found = ids(snapshot, 'IT people in Pune');
    expect(found.slice(0, 2).sort()).toEqual(['admin', 'developer']);
  });
});

describe('a choice of role words only', () => {
  it('weighs as little as one role word: the skill asked for comes first (`SAP consultants or developers`)', async () => {
    const snapshot = await pool([
      file('sap', `# Ann Rao\n\nSAP FICO functional lead, Hyderabad, 2012 - 2020: SAP S/4HANA rollouts.\n${FILLER}`),
      file('dev', `# Bo Das\n\nLed a team of Java developers and consultants, Hyderabad, 2014 - 2021.\n${FILLER}`),
      // SAP is common in this pool, the role words are not: still the role words decide nothing.
      ...['a', 'b', 'c'].map((k) => file(`sap-${k}`, `# Cy ${k}\n\nSAP MM key user, Pune.\n`)),
    ]);
    expect(ids(snapshot, 'any SAP consultants or developers in Hyderabad?').slice(0, 2)).toEqual(['sap', 'dev']);
  });
});

describe('a choice in a description of several things', () => {
  const files = [
    file('all', '# Ann Lee\n\nStorage admin: SAN zoning, NetApp filers, Veeam backup jobs.\n'),
    file('no-backup', '# Bo Chen\n\nStorage admin: SAN zoning and EMC arrays for ten years.\n'),
    file('backup-only', '# Cy Diaz\n\nCommvault operator; tape rotation.\n'),
    file('none', '# Di Fox\n\nPayroll clerk.\n'),
  ];

  it('ranks the choice like the other things asked: who lacks it comes after, and is told so', async () => {
    const snapshot = await pool(files);
    const out = search(snapshot, 'storage admin with SAN, EMC/NetApp and Veeam or Commvault', taxonomy);
    expect(out.matches.map((m) => m.profile.id)).toEqual(['all', 'no-backup', 'backup-only']);
    expect(out.matches[1]?.missedConcepts.map((c) => c.typed)).toEqual(['veeam | commvault']);
  });

  it('takes a list of names it does not know before `or` as one choice (`C-DAC, NIIT or Aptech`)', async () => {
    const snapshot = await pool([
      file('cdac', '# Anil Rao\n\nPG-DAC from C-DAC Pune, 2014. Java developer.\n'),
      file('niit', '# Ravi Kumar\n\nGNIIT diploma, NIIT Delhi; certified in .NET.\n'),
      file('aptech', '# Sunil Das\n\nADSE from Aptech Computer Education.\n'),
    ]);
    const out = search(snapshot, 'anyone with a C-DAC, NIIT or Aptech certification?', taxonomy);
    expect(out.matches.map((m) => m.profile.id).sort()).toEqual(['aptech', 'cdac', 'niit']);
    expect(out.understood.concepts.map((c) => c.typed)).toEqual(['c-dac | niit | aptech', 'certification']);
    // Known skills of different sorts stay apart (`Java, Spring, MySQL or PostgreSQL`).
    expect(
      search(snapshot, 'Java, Spring, MySQL or PostgreSQL', taxonomy).understood.concepts.map((c) => c.typed),
    ).toEqual(['Java', 'Spring', 'MySQL | PostgreSQL']);
    // Chinese words it does not know that end alike are kinds of one thing, and so one list.
    expect(
      search(snapshot, '技术经济、工业经济或者产业经济专业毕业的', taxonomy).understood.concepts.map((c) => c.typed)[0],
    ).toBe('技术经济 | 工业经济 | 产业经济');
    expect(
      search(snapshot, '数据治理、项目管理或者产业经济', taxonomy).understood.concepts.map((c) => c.typed),
    ).not.toContain('数据治理 | 项目管理 | 产业经济');
  });

  it('counts no verb of doing as a thing asked (`built dashboards in Kibana or Grafana`)', async () => {
    const snapshot = await pool(files);
    const out = search(snapshot, 'anyone who has built dashboards in Kibana or Grafana?', taxonomy);
    expect(out.understood.concepts.map((c) => c.typed)).toEqual(['dashboards', 'Kibana | Grafana']);
    expect(out.understood.concepts[1]?.presence).toBe('required');
    expect(search(snapshot, 'anyone doing computer vision?', taxonomy).understood.concepts.map((c) => c.typed)).toEqual(
      ['computer vision'],
    );
    expect(search(snapshot, 'who can run Kafka', taxonomy).understood.concepts.map((c) => c.typed)).not.toContain(
      'can',
    );
    // Two names of one thing make one member, and the choice stays a choice.
    const one = search(snapshot, 'SHRM-CP or SHRM-SCP certified HR people', taxonomy).concepts[0];
    expect(one).toMatchObject({ kind: 'any', presence: 'required' });
  });

  it('keeps a choice asked for alone, or beside one other thing, a requirement', async () => {
    const snapshot = await pool(files);
    expect(ids(snapshot, 'Veeam or Commvault').sort()).toEqual(['all', 'backup-only']);
    expect(ids(snapshot, 'SAN Veeam or Commvault')).toEqual(['all', 'backup-only']);
  });
});

describe('the products of a trade (`橡胶制品`)', () => {
  it('are the trade: 制品 ranks a little and decides nothing', async () => {
    const snapshot = await pool([
      file('rubber', `# 王明\n\n2008年至今任某橡胶股份有限公司生产部经理，负责轮胎生产。\n${FILLER}`),
      file('flax', `# 李强\n\n2001年起任某股份公司亚麻制品分公司经理。\n${FILLER}`),
    ]);
    expect(ids(snapshot, '做过橡胶制品的')).toEqual(['rubber']);
    expect(isWeak(analyzeTerm({ text: '制品', phrase: false, presence: 'default' }, taxonomy)[0]!)).toBe(true);
    // Praise of one's grounding (`基础扎实`) asks for nothing, as `solid` does.
    expect(isWeak(analyzeTerm({ text: '基础扎实', phrase: false, presence: 'default' }, taxonomy)[0]!)).toBe(true);
  });
});

describe('a lone character between known terms', () => {
  it('is a verb or a particle, not a term (`会写作业指导书`, `会画原理图`), unless it is all there is', () => {
    const typed = (q: string): string[] =>
      analyzeTerm({ text: q, phrase: false, presence: 'default' }, taxonomy).map((c) => c.typed);
    expect(typed('会画原理图')).not.toContain('画');
    expect(typed('会画原理图')).toContain('原理图');
    expect(typed('墨')).toEqual(['墨']);
  });
});

describe('a Chinese word beside a skill typed in Latin letters (`UML建模`)', () => {
  it('says what was done with the skill: everyone with the skill comes before who only writes the word', async () => {
    const english = (id: string, n: number): ResumeFile =>
      file(id, `# Engineer ${n}\n\nSoftware Engineer at Acme ${n}. Designed services with UML class diagrams.\n`);
    const snapshot = await pool([
      ...[1, 2, 3, 4].map((n) => english(`uml-${n}`, n)),
      file('both', `# 王明\n\n2015年至今任某软件公司架构师，用UML建模，负责系统设计。\n${FILLER}`),
      file('word-only', `# 李强\n\n2012年至今任某研究所工程师，负责水文数据建模。\n${FILLER}`),
      ...[1, 2, 3, 4].map((n) => file(`other-${n}`, `# 张${n}\n\n2010年至今任某公司会计，负责财务报表。\n${FILLER}`)),
    ]);
    const found = ids(snapshot, 'UML建模');
    expect(found[0]).toBe('both');
    expect(found.indexOf('word-only')).toBeGreaterThan(Math.max(...[1, 2, 3, 4].map((n) => found.indexOf(`uml-${n}`))));
    // Written apart, the word is a thing asked for of its own; a name keeps its weight even written onto it.
    expect(ids(snapshot, '建模 UML').indexOf('word-only')).toBe(1);
    expect(ids(snapshot, '李强UML')[0]).toBe('word-only');
  });
});

describe('an English word after a tool (`Visio diagrams`)', () => {
  it('is what one makes with the tool: everyone with the tool comes before who only writes the word', async () => {
    const visio = (n: number): ResumeFile =>
      file(`visio-${n}`, `# Analyst ${n}\n\nBusiness analyst at Acme ${n}. Tools: MS Visio, Excel, Jira.\n`);
    const snapshot = await pool([
      ...[1, 2, 3, 4].map(visio),
      file('both', '# Ann Roe\n\nNetwork engineer. Drew network diagrams in Visio for every site.\n'),
      file('word-only', '# Bo Li\n\nElectrician. Read wiring diagrams and installed panels.\n'),
      ...[1, 2, 3, 4].map((n) =>
        file(`other-${n}`, `# Cy ${n}\n\nAccountant at Firm ${n}. Prepared monthly reports.\n`),
      ),
    ]);
    const found = ids(snapshot, 'Visio diagrams');
    expect(found[0]).toBe('both');
    expect(found.indexOf('word-only')).toBeGreaterThan(
      Math.max(...[1, 2, 3, 4].map((n) => found.indexOf(`visio-${n}`))),
    );
  });
});

describe('a named bachelor’s degree asked for (`BSc or BS in Computer Science`)', () => {
  it('puts who holds that degree before a B.Tech in the same field', async () => {
    const snapshot = await pool([
      file(
        'btech',
        '# Ravi K\n\nEducation\nB.Tech in Computer Science, Anna University, 2015\n\nJava developer at Infosys.\n',
      ),
      file(
        'bsc',
        '# Ann Roe\n\nEducation\nBS in Computer Science, Ohio State University, 2012\n\nJava developer at Acme.\n',
      ),
      file('arts', '# Bo Li\n\nEducation\nBachelor of Arts in History, 2010\n\nTeacher.\n'),
    ]);
    // Named alone it ranks; a choice of its names (`BSc or BS`) is a requirement, as any choice is.
    const found = ids(snapshot, 'BSc in Computer Science');
    expect(found[0]).toBe('bsc');
    expect(found).toContain('btech');
    expect(ids(snapshot, 'BSc or BS in Computer Science')).toEqual(['bsc']);
    expect(taxonomy.ancestors('bachelor-of-science')).toContain('bachelor');
    expect(taxonomy.ancestors('engineering-bachelor')).not.toContain('bachelor-of-science');
  });
});

describe('a broader concept backs a narrow one at the end', () => {
  // 税务筹划 (tax planning) is under 税务 (tax): who only does tax comes after everyone who shows
  // anything asked for, and says so.
  const resumes = (others: number): ResumeFile[] => [
    file('planner', `# 李筹划\n负责集团税务筹划与合规。\n${FILLER}`),
    file('planner-auditor', `# 王两者\n负责税务筹划，兼做内部审计。\n${FILLER}`),
    file('tax-auditor', `# 赵税审\n负责企业审计，也处理税务申报。\n${FILLER}`),
    file('auditor', `# 钱审计\n负责企业审计。\n${FILLER}`),
    file('tax-only', `# 孙税务\n负责税务申报与发票管理。\n${FILLER}`),
    ...Array.from({ length: others }, (_, i) => file(`other-${i}`, `# 前端${i}\n熟悉React与TypeScript。\n${FILLER}`)),
  ];

  it('brings in who shows only the broader concept after who shows the narrow one, marked as missing it', async () => {
    const snapshot = await pool(resumes(95));
    const outcome = search(snapshot, '懂税务筹划的', taxonomy);
    const order = outcome.matches.map((m) => m.profile.id);
    expect(order.slice(0, 2).sort()).toEqual(['planner', 'planner-auditor']);
    expect(order.slice(2).sort()).toEqual(['tax-auditor', 'tax-only']);
    expect(outcome.total).toBe(4);
    const tail = outcome.matches.find((m) => m.profile.id === 'tax-only');
    expect(tail?.missedConcepts.map((c) => c.typed)).toEqual(['税务筹划']);
    expect(tail?.related?.map((r) => [r.missed.typed, r.broader.kind === 'taxonomy' && r.broader.id])).toEqual([
      ['税务筹划', 'tax'],
    ]);
    expect(coverageFor(tail?.matchedConcepts ?? [], tail?.missedConcepts ?? [], 'zh', tail?.related)).toEqual({
      shown: 0,
      of: 1,
      missed: ['税务筹划 (≈ 税务)'],
    });
    // Who shows the narrow concept has nothing related to report, and the page is not relaxed.
    expect(outcome.matches.find((m) => m.profile.id === 'planner')?.related).toBeUndefined();
    expect(outcome.relaxed).toBe(false);
  });

  it('never stands in with what is asked besides, or with another sort of thing', async () => {
    const snapshot = await pool(resumes(95));
    // 税务 is asked too: who shows only it shows it, and nothing stands in for 税务筹划.
    const both = search(snapshot, '税务 税务筹划', taxonomy);
    const taxOnly = both.matches.find((m) => m.profile.id === 'tax-only');
    expect(taxOnly?.related).toBeUndefined();
    expect(taxOnly?.matchedConcepts.map((c) => c.typed)).toContain('税务');
    // A school stands in for a school, never for the field its name says: no agronomist for 华中农业大学.
    const schools = await pool([
      ...resumes(95),
      file('hzau', `# 周农大\n2005年毕业于华中农业大学。\n${FILLER}`),
      file('agronomist', `# 吴农学\n农学专业，从事园艺研究。\n${FILLER}`),
    ]);
    expect(ids(schools, '华中农业大学')).toEqual(['hzau']);
  });

  it('orders only among who show the same things: never above a concept shown', async () => {
    const snapshot = await pool(resumes(95));
    const order = ids(snapshot, '税务筹划 审计');
    expect(order[0]).toBe('planner-auditor');
    // The auditor who also does tax comes just before the auditor who does not, and who only does
    // tax comes last, after everyone who shows something asked.
    expect(order.indexOf('tax-auditor')).toBe(order.indexOf('auditor') - 1);
    expect(order.at(-1)).toBe('tax-only');
    expect(order).toHaveLength(5);
  });

  it('leaves a broader concept that many résumés show out (it would say little)', async () => {
    // 40 résumés: four show tax, more than 5 % of the pool.
    const snapshot = await pool(resumes(35));
    const order = ids(snapshot, '懂税务筹划的');
    expect(order.sort()).toEqual(['planner', 'planner-auditor']);
  });
});

describe('a lone Chinese character', () => {
  const resumes = [
    file('with', `# 甲\n关注用户体验，负责前端开发。\n${FILLER}`),
    file('mba', `# 乙\n销售出身，读过MBA，现任副总经理。\n${FILLER}`),
    file('plain', `# 丙\n熟悉React与TypeScript。\n${FILLER}`),
  ];

  it('alone, finds the résumés that write it, not every résumé (the index holds no single characters)', async () => {
    const snapshot = await pool(resumes);
    const outcome = search(snapshot, '注', taxonomy);
    expect(outcome.matches.map((m) => m.profile.id)).toEqual(['with']);
    expect(outcome.total).toBe(1);
  });

  it('between things asked for, asks for nothing (`读过MBA的`: 读 is a verb)', async () => {
    const snapshot = await pool(resumes);
    const outcome = search(snapshot, '销售出身、读过MBA的', taxonomy);
    expect(outcome.understood.concepts.map((c) => c.typed)).not.toContain('读');
    expect(outcome.matches[0]?.profile.id).toBe('mba');
    expect(outcome.total).toBe(1);
  });

  it('next to an exclusion only, is still what is asked', async () => {
    const snapshot = await pool(resumes);
    const outcome = search(snapshot, '注 -前端', taxonomy);
    expect(outcome.empty).toBe(false);
    expect(outcome.matches.map((m) => m.profile.id)).toEqual([]);
    expect(search(snapshot, '注 -React', taxonomy).matches.map((m) => m.profile.id)).toEqual(['with']);
  });
});

describe('an English question that names a Chinese term in brackets', () => {
  it('asks for the term; its English description only ranks', async () => {
    const snapshot = await pool([
      file('bio', `# 马政工\n马政工，高级政工师，曾任某纺织公司党委书记。\n${FILLER}`),
      file('english', `# Sam Ward\nSenior political work analyst; job title: senior staff.\n${FILLER}`),
    ]);
    const outcome = search(snapshot, 'anyone holding a senior political work title (高级政工师)?', taxonomy);
    expect(outcome.understood.concepts.map((c) => c.typed)).toEqual(['高级政工师']);
    expect(outcome.matches.map((m) => m.profile.id)).toEqual(['bio']);
    // Without a known term in the brackets, the English words are what is asked; a place in brackets
    // only writes the name again (`traders based in Hangzhou (杭州)`: traders are asked).
    expect(ids(snapshot, 'senior political work (某某)')).toContain('english');
    const placed = search(snapshot, 'senior political analysts based in Hangzhou (杭州)', taxonomy);
    expect(placed.understood.concepts.map((c) => c.typed)).toContain('political');
  });
});

describe('a post held, asked for in a choice', () => {
  it('keeps both sides of `executives or board directors`, and finds a director named in a Chinese bio', async () => {
    const snapshot = await pool([
      file('director', `张伟，1965年出生，现任广西某某股份有限公司董事、财务总监。\n${FILLER}`),
      file('executive', `李明，1970年出生，现任柳州某某集团有限公司高级管理人员。\n${FILLER}`),
      file('clerk', `王芳，1980年出生，南宁某某公司会计。\n${FILLER}`),
    ]);
    const outcome = search(
      snapshot,
      'executives or board directors at companies in Guangxi (Nanning, Liuzhou)',
      taxonomy,
    );
    const choice = outcome.understood.concepts.find((c) => c.members && c.as.includes('董事'));
    expect(choice?.as ?? '').toContain('高管');
    expect(outcome.matches.map((m) => m.profile.id).sort()).toEqual(['director', 'executive']);
    expect(ids(snapshot, '当过董事的')).toEqual(['director']);
  });
});

describe('a plain Chinese word of work asked of English résumés', () => {
  it('finds who writes it in English (`部署` → deployed) as who writes it, and quotes the English word', async () => {
    const snapshot = await pool([
      file('deployed', `# Ann Lee\n\n- Deployed and tuned Java web applications on Apache Tomcat.\n${FILLER}`),
      file('zh', `# 李明\n\n- 负责Tomcat集群部署与调优。\n${FILLER}`),
      file('lists', `# Bo Li\n\nSkills: Java, Tomcat, Oracle, HTML\n\n- Wrote reports for sales.\n${FILLER}`),
      file('neither', `# Cy Ng\n\n- Built dashboards in Excel.\n${FILLER}`),
    ]);
    const outcome = search(snapshot, '有部署或者调优过Tomcat的吗？', taxonomy);
    const order = outcome.matches.map((m) => m.profile.id);
    expect(order.slice(0, 2).sort()).toEqual(['deployed', 'zh']);
    expect(order[2]).toBe('lists');
    const deployed = outcome.matches.find((m) => m.profile.id === 'deployed');
    expect(deployed?.missedConcepts).toEqual([]);
    const quotes = highlightsFor(
      'Deployed and tuned Java web applications on Apache Tomcat.',
      (deployed?.matchedConcepts ?? [])
        .flatMap((c) => (c.kind === 'any' ? c.members : [c]))
        .filter((c) => c.typed === '部署'),
      deployed!.profile,
      taxonomy,
    );
    expect(quotes.map((h) => h.via)).toContain('部署 → deployed');
  });

  it('finds the systems and claims of insurance IT written in English (`保险行业的系统开发，理赔…`)', async () => {
    const snapshot = await pool([
      file('claims', `# Ann Lee\n\n- Developer on the claims and policy systems of an insurance company.\n${FILLER}`),
      file('insurer', `# Bo Li\n\n- Sales agent at an insurance company; health insurance benefits.\n${FILLER}`),
      file('zh', `# 李明\n\n- 负责电商网站的后台系统开发与运维支持。\n${FILLER}`),
    ]);
    const outcome = search(snapshot, '做过保险行业的系统开发，理赔、核保都行', taxonomy);
    expect(outcome.matches[0]?.profile.id).toBe('claims');
    expect(outcome.matches[0]?.missedConcepts).toEqual([]);
  });

  it('finds an engineer written in English for `做工程的` (工程 → engineering)', async () => {
    const snapshot = await pool([
      file('engineer', `# Ann Lee\n\n- Mechanical engineer: plant engineering and equipment layout.\n${FILLER}`),
      file('clerk', `# Bo Li\n\n- Office clerk: filing and scheduling.\n${FILLER}`),
    ]);
    expect(ids(snapshot, '做工程的有吗')).toEqual(['engineer']);
  });

  it('gives words of one meaning only, and none to the parts of a longer run or to an exclusion', async () => {
    const snapshot = await pool([
      file(
        'alice',
        `# Alice Roe\n\n- Managed 6 direct reports. Excellent written and verbal communication skills.\n- Ran blood tests and wrote scripts for the play.\n${FILLER}`,
      ),
      file('zh', `# 张明\n\n- 负责编写测试脚本，报表开发。\n${FILLER}`),
      file('tester', `# Bo Li\n\n- Manual testing of web applications; tested releases weekly.\n${FILLER}`),
    ]);
    expect(ids(snapshot, '测试脚本编写')).toEqual(['zh']);
    expect(ids(snapshot, '会编写技术文档的')).not.toContain('alice');
    expect(ids(snapshot, '报表')).toEqual(['zh']);
    expect(ids(snapshot, '测试')).toEqual(expect.arrayContaining(['zh', 'tester']));
    expect(ids(snapshot, '测试')).not.toContain('alice');
    expect(ids(snapshot, 'web -测试')).toEqual(['tester']);
  });
});

describe('another form of an English word asked for', () => {
  const resumes = (): ResumeFile[] => [
    file('typed', `# Ann Typed\n\n- Led contract negotiation with suppliers.\n${FILLER}`),
    file('formed', `# Bob Formed\n\n- Negotiated each contract with regional suppliers.\n${FILLER}`),
    file('contract', `# Cy Contract\n\n- Reviewed each contract before signature.\n${FILLER}`),
    file('neither', `# Di Neither\n\n- Built dashboards in Excel.\n${FILLER}`),
  ];

  it('puts who writes another form after who writes the word, and before who lacks it', async () => {
    const snapshot = await pool(resumes());
    const outcome = search(snapshot, 'contract negotiation', taxonomy);
    expect(outcome.matches.map((m) => m.profile.id)).toEqual(['typed', 'formed', 'contract']);
    // The card counts the form as shown, and quotes it.
    const formed = outcome.matches.find((m) => m.profile.id === 'formed');
    expect(formed?.missedConcepts).toEqual([]);
    const quotes = highlightsFor(
      'Negotiated each contract with regional suppliers.',
      (formed?.matchedConcepts ?? []).filter((c) => c.typed === 'negotiation'),
      formed!.profile,
      taxonomy,
    );
    expect(quotes.map((h) => h.via)).toContain('negotiation → negotiated');
    expect(outcome.matches.find((m) => m.profile.id === 'contract')?.missedConcepts.map((c) => c.typed)).toEqual([
      'negotiation',
    ]);
  });

  it('reads forms by rule and stem: never a word that only looks alike, never a short name', () => {
    const forms = (w: string): string[] => {
      const c = analyzeTerm({ text: w, phrase: false, presence: 'default' }, taxonomy)[0];
      return c?.kind === 'text' ? [...(c.forms ?? [])] : [];
    };
    expect(forms('negotiation')).toEqual(
      expect.arrayContaining(['negotiate', 'negotiated', 'negotiator', 'negotiations']),
    );
    expect(forms('estimation')).toEqual(expect.arrayContaining(['estimate', 'estimated', 'estimating']));
    expect(forms('planning')).toEqual(expect.arrayContaining(['plan', 'planned', 'plans']));
    expect(forms('mentoring')).toEqual(expect.arrayContaining(['mentor', 'mentored', 'mentors']));
    expect(forms('former')).not.toContain('forms');
    expect(forms('office')).not.toContain('officer');
    expect(forms('abap')).toEqual([]);
  });
});

describe('plain words of an English query beside known things', () => {
  it('weigh less than their rarity: who shows the things asked comes before who writes more of the words', async () => {
    const snapshot = await pool([
      file('words', '# Ben Ito\n\nIT support for commerce and retail clients, 2012 to 2020.\n'),
      file('bcom', '# Asha Rao\n\nB.Com, Pune University, 2010.\nIT support, 2012 to 2020.\n'),
    ]);
    const ids = search(snapshot, 'B.Com grads in IT support, commerce', taxonomy).matches.map((m) => m.profile.id);
    expect(ids[0]).toBe('bcom');
  });
});
