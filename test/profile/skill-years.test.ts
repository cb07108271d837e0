import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../src/profile/extract.js';
import { monthsWith, type Profile } from '../../src/profile/profile.js';
import { cleanResume } from '../../src/resume/clean.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { fold } from '../../src/text/fold.js';

const taxonomy = defaultTaxonomy();
const NOW = new Date('2026-11-22T00:00:00Z');

function profileOf(text: string, file = 'r.md', mtime = NOW.getTime()): Profile {
  const clean = cleanResume(text);
  const folded = fold(clean.text);
  const hits = taxonomy.findAll(folded, clean.text);
  return extractProfile({ id: 'r', source: file, mtimeMs: mtime, clean, folded, hits }, taxonomy, { now: NOW });
}

/** Years with a skill, one decimal; 0 when there is no evidence. */
function years(p: Profile, id: string): number {
  const months = monthsWith(p, id);
  return Math.round((months / 12) * 10) / 10;
}

describe('years with a skill (evidence only)', () => {
  it('reads years stated before the skill without a preposition (`5.8 years of experience DevOps design`)', () => {
    const p = profileOf(
      'Ravi Kumar\nDevOps Consultant with 5.8 years of experience DevOps design, CICD implementation',
    );
    expect(years(p, 'devops')).toBe(5.8);
  });

  it('reads a job whose title and employer stand on their own lines above a bare date (Indeed layout)', () => {
    const p = profileOf(
      [
        'Ramesh Rao',
        'WORK EXPERIENCE',
        '',
        'DevOps Consultant -',
        '',
        'Tech Mahindra Ltd -',
        '',
        'March 2018 to March 2024',
        '',
        'Built release pipelines for banking clients.',
        '',
        'Senior Account Executive',
        '',
        'MongoDB -  Gurgaon, Haryana -',
        '',
        'April 2010 to February 2018',
        '',
        'Sold database subscriptions to enterprise accounts.',
      ].join('\n'),
    );
    expect(years(p, 'devops')).toBe(6);
    // The employer's name is not years of its product.
    expect(years(p, 'mongodb')).toBe(0);
  });

  it('counts the dated jobs that mention the skill, overlaps once; a listed skill gets nothing', () => {
    const p = profileOf(
      [
        '# 李雷',
        '## 专业技能',
        '* 熟悉 Go、Rust、Kafka',
        '## 工作经历',
        '### 字节跳动 | 后端开发工程师 | 2019.07 - 2023.07',
        '负责推荐服务，使用 Go 和 Kafka 开发。',
        '### 美团 | 后端开发工程师 | 2016.07 - 2019.06',
        '使用 Java 开发订单系统，后期用 Go 重写网关。',
        '## 项目经历',
        '### 网关重写 2018.01 - 2020.01',
        '用 Go 重写网关。',
        '## 教育经历',
        '北京大学 计算机 本科 2012.09 - 2016.07 学过 Java',
      ].join('\n'),
    );
    // Go: 2016.07–2019.06, the 2018.01–2020.01 project and 2019.07–2023.07, overlaps once: 84 months.
    expect(years(p, 'go')).toBe(7);
    expect(years(p, 'kafka')).toBe(4);
    expect(years(p, 'java')).toBe(2.9);
    // Listed in the skills section only: no dated evidence, no years.
    expect(years(p, 'rust')).toBe(0);
    expect(p.skills.find((s) => s.id === 'rust')).toBeDefined();
  });

  it('reads years stated next to a skill, in either language', () => {
    const p = profileOf(
      [
        'Skills',
        'Java (15+ years), Django (6 years)',
        'PYTHON- Exprience - 109 months',
        '5年Kafka开发经验',
        'Kubernetes: 3年',
      ].join('\n'),
      'r.txt',
    );
    expect(years(p, 'java')).toBe(15);
    expect(years(p, 'django')).toBe(6);
    // A framework is experience with its language: Django (6) vs. the stated 109 months.
    expect(years(p, 'python')).toBe(9.1);
    expect(years(p, 'kafka')).toBe(5);
    expect(years(p, 'kubernetes')).toBe(3);
  });

  it("gives a summary's years to each skill its sentence names, unless the skill states its own", () => {
    const p = profileOf(
      [
        'Summary',
        '• 10+ years of Experience in Designing, Development, Administration, Analysis, Management in',
        'the Business Intelligence Data warehousing, Client Server Technologies, Web-based Applications.',
        '• Tableau dashboards for finance.',
        '❖ 3+ years of experience in Automation Testing using TOSCA and selenium.',
        'Skills',
        'Selenium (1 year), Core Java (1 year)',
      ].join('\n'),
      'r.txt',
    );
    // The sentence runs on over a wrapped line; the next bullet is another sentence.
    expect(years(p, 'data-warehouse')).toBe(10);
    expect(years(p, 'tableau')).toBe(0);
    // Years a skill states for itself are the more precise.
    expect(years(p, 'selenium')).toBe(1);
    // Other years said on the way belong to what follows them.
    const q = profileOf('Summary\nOver 10 years of IT experience, including 2 years with Kafka.\n', 'r.txt');
    expect(years(q, 'kafka')).toBe(0);
    // An item a word or two long with its years in brackets.
    const r = profileOf(
      'Skills\ncustomer relations (18 years), retail management (9 years), Java (3 years)\n',
      'r.txt',
    );
    expect([years(r, 'retail'), years(r, 'java')]).toEqual([9, 3]);
  });

  it('"many years" of a skill spans a stated career of three years or more, and nothing else', () => {
    const long = profileOf(
      [
        '张三',
        '工作年限：8 年',
        '个人优势',
        '多年 Python 经验，了解 Go/Java',
        'Redis 开发多年',
        'many years of Rust',
      ].join('\n'),
      'r.txt',
    );
    expect(years(long, 'python')).toBe(8);
    expect(years(long, 'redis')).toBe(8);
    expect(years(long, 'rust')).toBe(8);
    // Named in the same sentence, but not what the "many years" are of.
    expect(years(long, 'go')).toBe(0);
    expect(years(long, 'java')).toBe(0);
    // A short or unknown career gives "many years" no number.
    expect(years(profileOf(['李四', '工作年限：2 年', '多年 Python 经验'].join('\n'), 'r.txt'), 'python')).toBe(0);
    expect(years(profileOf(['王五', '多年 Python 经验'].join('\n'), 'r.txt'), 'python')).toBe(0);
  });

  it('a framework dates its language (Gin → Go)', () => {
    const p = profileOf(
      ['## 工作经历', '### 某公司 | 后端开发 | 2020.01 - 2022.01', '技术栈：Gin、Gorm、MySQL'].join('\n'),
    );
    expect(years(p, 'gin')).toBe(2);
    expect(years(p, 'go')).toBe(2);
  });

  it('dates nothing outside work and projects when a résumé has them (a club "2011 – Present" is not Java)', () => {
    const p = profileOf(
      [
        'Experience',
        'Clerk, Shop Inc 2014 - 2015',
        'Sold things.',
        'Additional Information',
        'HTML Java Programming Activities Sports 2011 - Present',
      ].join('\n'),
      'r.txt',
    );
    expect(years(p, 'java')).toBe(0);
  });

  it('an internship still running counts a few months, not until the file date', () => {
    const p = profileOf(
      ['## 工作经历', '### 腾讯 | 后端开发工程师 实习 | 2022.05 - 至今', '使用 Go 开发小应用平台'].join('\n'),
    );
    expect(years(p, 'go')).toBe(0.5);
  });

  it('至今 runs to the résumé file date, not today', () => {
    const text = ['## 工作经历', '### 某公司 | 后端开发工程师 | 2018.01 - 至今', '使用 Go 开发网关'].join('\n');
    expect(years(profileOf(text, 'r.md', Date.parse('2021-01-15T00:00:00Z')), 'go')).toBe(3);
    expect(years(profileOf(text), 'go')).toBe(8.8);
  });

  it('a long job credits a skill it names centrally (title, tech stack, twice), not one passing mention', () => {
    const duties = Array.from({ length: 8 }, (_v, i) => `- 第${i + 1}项职责：负责需求评审与交付`).join('\n');
    const p = profileOf(
      [
        '## 工作经历',
        '美团 | 消息中间件团队负责人',
        '时间：2016.01 – 2020.01',
        duties,
        '- 调研过 DevOps 理念',
        '- 技术栈：Kafka、Java',
        '- Redis 集群治理',
        '- Redis 容量规划',
      ].join('\n'),
    );
    expect(years(p, 'kafka')).toBe(4);
    expect(years(p, 'java')).toBe(4);
    expect(years(p, 'redis')).toBe(4);
    // One passing mention among the duties of a long job: used (ranks above a mere listing), no years.
    expect(years(p, 'devops')).toBe(0);
    expect(p.skills.find((k) => k.id === 'devops')).toMatchObject({ used: true, months: 0 });
    // The title above the labelled date belongs to this job: its company is where.
    expect(p.work[0]?.company).toBe('美团');
  });

  it('a summary after the jobs (`Career Summary`, `Executive Profile`) is no part of the last job', () => {
    for (const heading of [
      'Career Summary',
      'Executive Profile',
      'Executive Summary',
      'Professional Overview',
      '自我描述',
    ]) {
      const p = profileOf(
        [
          'WORK EXPERIENCE',
          '',
          'Python Developer',
          'Microsoft - Bengaluru',
          'June 2017 to November 2017',
          '',
          heading,
          '7.5 years as a software developer, familiar with Django, Flask and TensorFlow.',
        ].join('\n'),
      );
      expect(
        p.skills.find((k) => k.id === 'django'),
        heading,
      ).toMatchObject({ used: false, months: 0 });
      expect(years(p, 'python'), heading).toBeGreaterThan(0);
    }
  });
});

describe('years in a trade (an industry)', () => {
  it('counts the dated clauses of a bio in prose, one date to the next, the last held since', () => {
    const p = profileOf(
      '中山太郎先生，1955年9月18日出生。1980年3毕业于早稻田大学法务部。1980年4月，任职日产汽车公司。1995年7月，日产汽车中近东南非事业部主担。2003年7月，派驻东风汽车有限公司任经营规划总部总部长。',
      'bio.txt',
      new Date('2013-07-01T00:00:00Z').getTime(),
    );
    // 1980.4 → 2013.7 (the file's date): birth and study are no posts.
    expect(years(p, 'automotive')).toBeCloseTo(33.3, 0);
  });

  it('a birth said before its date (`生于1954年11月`) starts no post, as one said after it', () => {
    const p = profileOf(
      '曲某，女，生于1954年11月，经济学博士，会计学教授。现任厦门大学会计发展研究中心主任、某集团股份有限公司财务总监。2005年3月至今任某会计师事务所合伙人。',
      'bio.txt',
      new Date('2013-07-01T00:00:00Z').getTime(),
    );
    // 2005.3 → 2013.7, not from the year of birth.
    expect(years(p, 'finance-function')).toBeLessThan(10);
    expect(p.years ?? 0).toBeLessThan(10);
    // 先生于 is Mr … from: the post starts there.
    const mr = profileOf(
      '刘某先生，1957年3月生，中国国籍，无境外居留权，大学本科学历，主管药师，现任某制药公司总经理、总工程师。刘先生于1980年至1995年任职于大同市某制药厂，历任技术员、车间主任、副厂长；1995年加入某制药公司，历任副总经理、总经理、总工程师。',
      'bio.txt',
      new Date('2013-07-01T00:00:00Z').getTime(),
    );
    // 1980 → 2013.7 in the trade, not only from 1995.
    expect(years(mr, 'pharmaceutical')).toBeGreaterThan(30);
  });

  it('a job line names its trade by the employer, which for a skill would be no evidence', () => {
    const p = profileOf(
      ['李四', '工作经历', '2008.07 - 2020.06 长城汽车股份有限公司 采购经理', '负责供应商管理与成本控制。'].join('\n'),
    );
    expect(years(p, 'automotive')).toBeCloseTo(12, 0);
  });

  it('a seat on a board and an undated list of earlier posts give the trade no years', () => {
    const p = profileOf(
      '杜某，男，1941年10月生。2001年至今任某省社会科学院研究员；2005年12月至今东北证券有限责任公司独立董事。2014年5月起至今担任金陵酒店股份有限公司总经理，历任甘肃证券有限公司投资银行部高级经理。',
      'bio.txt',
    );
    expect(years(p, 'securities-firm')).toBe(0);
    expect(years(p, 'hospitality')).toBeGreaterThan(12);
  });

  it('a clause that names a post besides the board seat counts (`董事、总经理`)', () => {
    const p = profileOf('王某，1970年生。2010年1月至2020年1月任某证券股份有限公司董事、总经理。', 'bio.txt');
    expect(years(p, 'securities-firm')).toBe(10);
  });
});
