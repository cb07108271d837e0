import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../src/profile/extract.js';
import type { Profile } from '../../src/profile/profile.js';
import { withColonDegrees } from '../../src/profile/studied.js';
import { cleanResume } from '../../src/resume/clean.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { fold } from '../../src/text/fold.js';
import { SEED, seedSnapshot } from '../helpers/seeds.js';

async function profile(id: string): Promise<Profile> {
  const snapshot = await seedSnapshot();
  const p = snapshot.profiles[snapshot.byId.get(id) ?? -1];
  if (!p) throw new Error(`no profile ${id}`);
  return p;
}
const top = (p: Profile, n: number): string[] => p.skills.slice(0, n).map((s) => s.id);

describe('profiles of the five seeds', () => {
  it('000: 张林伟 from the heading, contacts, four jobs, about 8 years', async () => {
    const p = await profile(SEED.zhang);
    expect(p.name).toBe('张林伟');
    expect(p.phones).toEqual(['15071431980']);
    expect(p.emails).toEqual(['lewiszlw520@gmail.com']);
    expect(p.city).toBeNull();
    expect(p.headline).toBe('Rust工程师(数据库) @ 数慧时空');
    expect(p.work.map((w) => w.company)).toEqual(['美团点评', 'Amazon', '小米科技', '数慧时空']);
    expect(p.years).toBeCloseTo(8.3, 0);
    expect(p.education[0]).toMatchObject({ school: '武汉理工大学', degree: 'bachelor', major: '计算机科学与技术' });
    expect(top(p, 3)).toEqual(expect.arrayContaining(['rust', 'datafusion']));
    expect(p.companyIds).toContain('meituan');
    expect(p.links).toContain('github.com/lewiszlw');
  });

  it('001: no name at all → a readable fallback; internships do not count as years', async () => {
    const p = await profile(SEED.noName);
    expect(p.name).toBeNull();
    expect(p.displayName).toBe('(no name) IEG 后端开发工程师 实习 @ 腾讯');
    expect(p.phones).toEqual([]);
    expect(p.emails).toEqual([]);
    expect(p.work.map((w) => [w.company, w.internship])).toEqual([
      ['腾讯', true],
      ['字节跳动', true],
      ['华为技术有限公司', false],
    ]);
    expect(p.years).toBeLessThan(2);
    expect(top(p, 3)).toEqual(expect.arrayContaining(['go']));
  });

  it('002: 王小兵 from the HTML <h1>, 杭州, stated 5 years', async () => {
    const p = await profile(SEED.wangXiaobing);
    expect(p.name).toBe('王小兵');
    expect(p.phones).toEqual(['17742006482']);
    expect(p.emails).toEqual(['meshethan@gmail.com']);
    expect(p.city).toBe('杭州');
    expect(p.targetRole).toBe('后端开发工程师');
    expect(p.years).toBe(5);
    expect(p.yearsSource).toBe('stated');
    expect(p.work).toHaveLength(4);
    expect(p.education[0]).toMatchObject({ school: '华中科技大学文华学院', degree: 'bachelor' });
    expect(top(p, 4)).toEqual(expect.arrayContaining(['backend', 'rabbitmq']));
  });

  it('003: front-matter title "resume" is not the name; 王军飞 from 姓名：; 北京; two decades', async () => {
    const p = await profile(SEED.wangJunfei);
    expect(p.name).toBe('王军飞');
    expect(p.phones).toEqual(['18500022140']);
    expect(p.emails).toEqual(['17321411@qq.com']);
    expect(p.city).toBe('北京');
    expect(p.work.map((w) => w.company)).toEqual(['StoneMQ', '滴滴', '美团', '爱奇艺', 'Tom.com', '北京东华合创']);
    // 2003.07 until the résumé's own date (2025-02), not until today.
    expect(p.years).toBeGreaterThan(20);
    expect(p.years).toBeLessThan(22);
    expect(top(p, 2)).toEqual(['message-queue', 'kafka']);
  });

  it('004: "# Manjusaka 个人简历" is Manjusaka; stated 8 years; an e-mail but no phone', async () => {
    const p = await profile(SEED.manjusaka);
    expect(p.name).toBe('Manjusaka');
    expect(p.emails).toEqual(['me@manjusaka.me']);
    expect(p.phones).toEqual([]);
    expect(p.years).toBe(8);
    expect(p.headline).toBe('Senior SRE @ debank.com & rabby.io');
    expect(p.education[0]).toMatchObject({ school: '西华大学', degree: 'bachelor', major: '信息工程' });
    expect(top(p, 2)).toContain('sre');
  });
});

/** The profile of one résumé's text, read as a file of the pool would be. */
function profileOfText(text: string): Profile {
  const taxonomy = defaultTaxonomy();
  const clean = cleanResume(text);
  const folded = fold(clean.text);
  return extractProfile(
    {
      id: 'r',
      source: 'r.pdf',
      mtimeMs: 0,
      clean,
      folded,
      hits: withColonDegrees(taxonomy.findAll(folded, clean.text), clean.text),
    },
    taxonomy,
    { now: new Date('2026-11-22T00:00:00Z') },
  );
}

describe('names beside a title or contacts (PDF and DOCX layouts)', () => {
  const nameOf = (text: string): string | null => profileOfText(text).name;

  it.each([
    ['张三 — 高级后端工程师\n工作经历\n阿里巴巴 2018.07 - 至今', '张三'],
    ['Jane Roe | Backend Engineer\nExperience\nAcme Inc. 2019 - 2023', 'Jane Roe'],
    ['页眉：李四 电话：139-0000-5678\n工作经历：美团', '李四'],
    ['Resume\nFull Name: Jane Roe\nProject Name: SWIFT', 'Jane Roe'],
    // A sidebar read first: the name line comes later.
    ['联系方式\n电话：138-0000-1234\n城市：杭州\n技能\nJava\n王五 — Java 开发工程师\n工作经历', '王五'],
    // Personal details as name/sex/birth year.
    ['# 个人简历\n## 联系方式\n- 手机：16600000000\n## 个人信息\n- 彭潇哲/男/2000\n- 本科/湖南工商大学', '彭潇哲'],
    ['## 基本信息\n张小明 | 女 | 28岁\n## 工作经历', '张小明'],
    // A site titled with a handle (`Jagie's Resume`) above the full name as a heading.
    ["---\nlayout: default\ntitle: Jagie's Resume\n---\n陈万飞\n======\n\n男, 全栈软件工程师\n", '陈万飞'],
    ["---\ntitle: Jagie's Resume\n---\n\n男, 全栈软件工程师，现居重庆\n", 'Jagie'],
    // Emoji around the name (with their joiners and skin tones).
    ['# 🧑‍💻赵勇臻\n\n联系方式：（+86）181-0000-0075', '赵勇臻'],
    ['👋🏽 Jane Roe ✨\nBackend Engineer', 'Jane Roe'],
    ['💼 李四 — 产品经理\n工作经历', '李四'],
    // A Chinese name spaced out by character, beside an English one.
    ['李 华 乾 | Andy Lee\n-----------------------\n\n软件工程师\n-----------------------\n', '李华乾'],
    // No name written out, but a LinkedIn profile's address spells it.
    ['SENIOR ACCOUNTANT\nhttps://www.linkedin.com/in/angelo-bennett-a2b638106\nProfessional Summary', 'Angelo Bennett'],
    // Words run together in capitals, in a closing section of profiles however long the résumé.
    [
      `DIRECTOR OF INFORMATION TECHNOLOGY\n${'Managed the help desk.\n'.repeat(80)}Online Profile\nwww.linkedin.com/in/RobertRJordan`,
      'Robert R Jordan',
    ],
    ['IT MANAGER\nlinkedin.com/in/SeanMcCarthy1', 'Sean McCarthy'],
    ['IT MANAGER\nlinkedin.com/in/DrJohnSmith', 'John Smith'],
  ])('%s', (text, name) => {
    expect(nameOf(text)).toBe(name);
  });

  it.each([
    '北京 — 后端工程师\n工作经历',
    '阿里巴巴 | Java 开发工程师 2018 - 2020',
    'Backend Engineer | Go Developer',
    '城市：杭州 电话：138-0000-1234',
    '- 本科/男/2000',
    // A field named like a name that is no person's name.
    'Skills\nSQL, Python\nService Area: Financial Services - BI development Project Name: SWIFT\nClient Name: Acme',
    // A job title in capitals, and headings, as some exports open with.
    'HR GENERALIST\nProfessional Summary\nNine years in human resources.',
    'ENGINEERING AIDE\nCareer Focus\nCivil engineering student.',
    'Core Qualifications\nPayroll, benefits',
    // A title under the first section's heading is that section's line.
    'Education Details \n B.Tech Rayat Institute\nAutomation Tester \n',
    // A profile address that spells a handle, not a name.
    'Summary\nlinkedin.com/in/rajeevkumar91',
    'Summary\nlinkedin.com/in/DataScience',
    'Summary\nlinkedin.com/in/TheJavaGuy',
    // A referee's address far down, beside their words, is not the résumé's owner.
    `IT MANAGER\n${'Managed the help desk.\n'.repeat(80)}References\nJohn Smith, Director, linkedin.com/in/john-smith-4a2b1c`,
  ])('no name in %s', (text) => {
    expect(nameOf(text)).toBeNull();
  });
});

describe('the person a Chinese bio opens with', () => {
  it.each([
    ['陈平，男，1961年6月出生，中国国籍', '陈平'],
    ['谢卫东先生：1966年12月出生，汉族，硕士研究生', '谢卫东'],
    ['朱慈蕴女士：独立董事，中国国籍，无永久境外居留权', '朱慈蕴'],
    ['闵勇：男，生于1963年，清华大学教授、博士生导师。', '闵勇'],
    ['郑志华男，1960年出生，大学本科学历', '郑志华'],
    ['韩文武（离任）：男，1979年6月出生，本科学历', '韩文武'],
    ['杨小勇先生中国国籍1963年4月出生，汉族', '杨小勇'],
    // With a post or a word between.
    ['谢永林，副行长。1968年出生，获得南京大学理学硕士', '谢永林'],
    ['雷自力：总经理，男，硕士，高级经济师。', '雷自力'],
    ['王昕，律师。曾在山东省淄博市法律顾问处工作', '王昕'],
    ['耿加怀，工程技术应用研究员。耿先生现任本公司副董事长', '耿加怀'],
    ['连维新同志，中国国籍，男，中共党员', '连维新'],
    // Run together, with no mark after the name; and a name of parts joined by a middle dot.
    ['方培琦男1961年9月出生工商管理硕士高级工程师', '方培琦'],
    ['贾一览出生年月：1973年11月性别：女政治面貌：中共党员', '贾一览'],
    ['艾力·巴拉提：男，1956年出生，维吾尔族', '艾力·巴拉提'],
  ])('%s', (text, name) => {
    expect(profileOfText(text).name).toBe(name);
  });

  it('takes no sentence for a name', () => {
    expect(profileOfText('负责公司财务，1998年加入，历任会计主管').name).toBeNull();
    expect(profileOfText('公司简介，成立于1998年，主营业务为软件开发').name).toBeNull();
    expect(profileOfText('男女比例均衡，2019年出生人口').name).toBeNull();
    // Nor a word of a form or of oneself run together with the sex or a field.
    for (const text of [
      '应届生男，22岁',
      '研究生男1990年出生',
      '本人出生年月：1990年',
      '基本情况性别：女',
      '学历本科性别：男',
    ])
      expect(profileOfText(text).name).toBeNull();
    // A given name may end in 男: a name of two before 男 is not taken, one before a field is taken whole.
    expect(profileOfText('张亚男1985年出生，硕士').name).not.toBe('张亚');
    expect(profileOfText('王若男出生年月：1990年').name).toBe('王若男');
  });
});

describe('years of a bio that says when its career began', () => {
  const NOW = new Date('2026-11-22T00:00:00Z');
  it('counts from `参加工作` to the résumé date, as 至今 does', () => {
    const p = profileOfText('王五，男，1960年出生，1982年7月参加工作，高级经济师。历任某银行行长。');
    expect(p.years).toBeCloseTo((NOW.getUTCFullYear() * 12 + NOW.getUTCMonth() - (1982 * 12 + 6)) / 12, 0);
    expect(profileOfText('赵六，女，参加工作时间：1995年，历任某公司财务总监。').years).toBeGreaterThan(30);
    // `1990年7月工作，`: started work then, said without 参加.
    expect(profileOfText('郁某，1968年3月出生，高级工程师，1990年7月工作，现任某建工公司经理。').years).toBeCloseTo(
      (NOW.getUTCFullYear() * 12 + NOW.getUTCMonth() - (1990 * 12 + 6)) / 12,
      0,
    );
  });

  it('keeps a longer dated work history, and has none without either', () => {
    expect(profileOfText('孙七，男，1970年出生，中国国籍，历任某公司董事。').years).toBeNull();
  });

  it('counts from the earliest post a bio says someone took up and kept (`进入`, `加入`, `起出任`)', () => {
    const months = (y: number, m: number): number =>
      (NOW.getUTCFullYear() * 12 + NOW.getUTCMonth() - (y * 12 + m - 1)) / 12;
    expect(
      profileOfText('林金和，男，1963年出生，工程师。2006年10月进入江苏东华公司，现任公司副总经理。').years,
    ).toBeCloseTo(months(2006, 10), 0);
    expect(profileOfText('杨振宇先生，公司监事。杨先生于1997年加入中信证券，2005年获委任为监事。').years).toBeCloseTo(
      months(1997, 1),
      0,
    );
    expect(profileOfText('马忠礼先生，1954年出生。2004年起出任本公司独立非执行董事。').years).toBeCloseTo(
      months(2004, 1),
      0,
    );
  });

  it('reads the other ways a bio says a post was taken up and kept', () => {
    const since = (y: number, m: number): number =>
      (NOW.getUTCFullYear() * 12 + NOW.getUTCMonth() - (y * 12 + m - 1)) / 12;
    const years = (text: string): number | null => profileOfText(`邱某，男，1968年10月出生。${text}`).years;
    expect(years('2014年5月起至今担任某饭店总经理。')).toBeCloseTo(since(2014, 5), 0);
    expect(years('自1997年以来一直任职于公司财务部。')).toBeCloseTo(since(1997, 1), 0);
    expect(years('1990年起，曾任安徽某汽车公司副总经理。')).toBeCloseTo(since(1990, 1), 0);
    expect(years('1986年迄今历任建设银行苏州分行行长。')).toBeCloseTo(since(1986, 1), 0);
    expect(years('于二零一三年十一月起担任非执行董事。')).toBeCloseTo(since(2013, 11), 0);
    // Leaving a post starts nothing.
    expect(years('2013年1月14日起不再担任本公司独立董事。')).toBeNull();
  });

  it('takes neither study nor the end of a range for the start of a career', () => {
    expect(profileOfText('钱某，男，1970年出生。1988年进入北京大学学习，现任某公司董事。').years).toBeNull();
    const p = profileOfText('周某，男，1960年出生。1983年至1997年2月就职于某厂，2003年3月起任某公司经理。');
    // 1983–1997 dated, then 2003 to now: the 1997 after 至 starts nothing.
    const to2026 = (NOW.getUTCFullYear() * 12 + NOW.getUTCMonth() - (2003 * 12 + 2)) / 12;
    expect(p.years).toBeCloseTo(14 + 1 / 12 + to2026, 0);
  });

  it('reads the dated sentences of a bio as its jobs, not those about study', () => {
    const p = profileOfText(
      '喻晓春先生：1963年出生。1979年至1981年在兰州大学学习；1981年至1983年，在兰州军区某部队工作；1986年至1997年，在甘肃省畜产公司工作。',
    );
    expect(p.years).toBe(13);
  });

  it('adds the dated sentences of a one-paragraph bio to the one job the job reader finds in it', () => {
    const p = profileOfText(
      '李海鹰，男，1965年出生，工程师。1990年至2003年任某研究所工程师。2004年2月至2020年2月担任辉煌科技董事长。',
    );
    expect(p.years).toBe(29);
  });
});

describe('years estimated for a résumé that dates no work', () => {
  const NOW = new Date('2026-11-22T00:00:00Z');
  const age = (y: number, m = 1): number => (NOW.getUTCFullYear() * 12 + NOW.getUTCMonth() - (y * 12 + m - 1)) / 12;
  it('estimates from the year of birth (a career from 22) or of the first degree, and shows neither as years', () => {
    const bio = profileOfText('孙七，男，1970年出生，中国国籍，历任某公司董事。');
    expect(bio.years).toBeNull();
    expect(bio.yearsEstimate).toBeCloseTo(age(1992), 0);
    expect(profileOfText('郭某，女，1963年生于辽宁省鞍山市，历任某厂厂长。').yearsEstimate).toBeCloseTo(age(1985), 0);
    expect(profileOfText('王某，男，1998年毕业于四川大学，现任某公司经理。').yearsEstimate).toBeCloseTo(
      age(1998, 7),
      0,
    );
    expect(profileOfText('Jane Roe\nDate of Birth: 12/05/1985\nSkills: Excel\n').yearsEstimate).toBeCloseTo(
      age(2007),
      0,
    );
    // The earlier of the two: a late degree does not shorten a career that birth shows is long.
    expect(
      profileOfText('赵某，男，1960年出生，2005年获工商管理硕士学位后毕业，任某行行长。').yearsEstimate,
    ).toBeCloseTo(age(1982), 0);
  });

  it('estimates nothing with no clue, or when the work is dated', () => {
    expect(profileOfText('郭忠，男，大专文化。先后在某厂任销售主管。').yearsEstimate).toBeUndefined();
    const dated = profileOfText('李某，男，1960年出生。2004年2月至2020年2月担任某公司董事长。');
    expect(dated.years).toBe(16);
    expect(dated.yearsEstimate).toBeUndefined();
  });
});

describe('years an English résumé states', () => {
  const years = (text: string): number | null => profileOfText(`Jane Roe\n${text}\n`).years;
  it('reads a stated total in its common forms', () => {
    expect(years('Total IT Experience 15 years. Core expertise in PHP, MySQL.')).toBe(15);
    expect(years('Total Experience: 2 Years 7 Months')).toBe(2.6);
    expect(years('DevOps engineer with 2.5 years of experience in AWS.')).toBe(2.5);
    expect(years('Drupal developer with five years of experience in site building.')).toBe(5);
    expect(years("Over 10 years' experience in customer relations.")).toBe(10);
    expect(years('Experience Of 2 Yrs As A Java Developer.')).toBe(2);
    expect(years('• 9 years 8 month of total IT relevant experience in analysis, design')).toBe(9.7);
  });

  it('takes years of one line of work as a floor, and a pasted demand as nothing', () => {
    expect(years('Summary: 13 years of Human Resources experience and a passion for people.')).toBe(13);
    expect(years('Candidates need a minimum of three years of related experience in sales.')).toBeNull();
    expect(years('Promoted to team leader within 4 years of employment.')).toBeNull();
  });

  it('with no dates and no total, takes the longest experience stated for one skill', () => {
    const p = profileOfText(
      'Cloud Operations Architect\nSkill Details\nShell Scripting- Exprience - 96 months\nPython- Exprience - 6 months\n',
    );
    expect(p.years).toBe(8);
    expect(p.yearsSource).toBe('skills');
  });

  it('… of any skill or post in such a table, known or not', () => {
    const p = profileOfText(
      'civil site engineer\nSkill Details\nSite Engineer- Exprience - 60 monthsCompany Details\ncompany - Ganesh construction\n',
    );
    expect(p.years).toBe(5);
    expect(p.yearsSource).toBe('skills');
    // Months beyond a working life are no one's experience.
    expect(profileOfText('Skill Details\nWidgets- Exprience - 900 months\n').years).toBeNull();
  });
});

describe('roles a résumé names', () => {
  const roles = (text: string): string[] => profileOfText(text).skills.map((s) => s.id);
  it('are the candidate’s own, not those of the people they worked for', () => {
    expect(
      roles('Staff Accountant\nPrepared monthly reports for the CFO and reported to the Finance Director.'),
    ).not.toContain('cfo');
    expect(roles('负责编制财务报表，向财务总监汇报，协助财务总监完成预算。')).not.toContain('cfo');
    expect(roles('Senior Accountant, 2012 - 2016\nPromoted to CFO in 2016.')).toContain('cfo');
    expect(roles('王某，男，1970年出生，现任公司财务总监。')).toContain('cfo');
  });
});

describe('the degree a named programme stands for', () => {
  const degreeOf = (text: string): string | null => profileOfText(text).highestDegree;

  it.each([
    ['Ravi Kumar\nEDUCATION\nB.Com  Pune University  2013', 'bachelor'],
    ['Ravi Kumar\nEDUCATION\nBachelor of Commerce in Commerce, R.D.S College', 'bachelor'],
    ['Ravi Kumar\nEDUCATION\nBCA, Osmania University', 'bachelor'],
    ['Ravi Kumar\nEDUCATION\nM.Com, Delhi University\nB.Com, Delhi University', 'master'],
    ['张三\n教育经历\n清华大学 MBA 2010 - 2012', 'master'],
    // A supervisor's title says whom one teaches, not what one holds.
    ['闵勇：男，生于1963年，清华大学教授、博士生导师。1984年清华大学电机系本科毕业', 'bachelor'],
    // A Chinese bio's university education, a US résumé's `BS :` line, a postdoc.
    ['龙云刚：男，1976年8月出生，大学文化，注册会计师。', 'bachelor'],
    ['姚越灿先生，毕业于北京外国语大学英语专业，大学学历，副译审。', 'bachelor'],
    ['Education\nUniversity of Texas 5/2006 BS : Mechanical Engineering', 'bachelor'],
    // The same layout with a bare level (`Associate :`, `Master :`), never a title's last word.
    ['Education\nNorthern Maine Community College 1994 Associate : Accounting City , State', 'associate'],
    ['Education\nMARYMOUNT UNIVERSITY 2007 Master : Science Computer Information Systems', 'master'],
    ['Education\nAssociates : Business 1998 Blue River Community College', 'associate'],
    ['Certifications\nCCNA (Cisco Certified Network Associate : 1988', null],
    ['Skills\nMicrosoft Certified Technology Associate: Web Development Fundamentals', null],
    ['Duties\nAccountable for MIS, HRIS and Employee Master : records', null],
    ['Sales Associate : Customer Service, 2015 - 2018', null],
    ['喻陆：1964年1月出生，博士后，教授。', 'phd'],
    // An employer's postdoctoral programme is nobody's doctorate.
    ['王强：本科学历，负责公司博士后工作站的筹建。', 'bachelor'],
    // A university's graduate, no degree named; not a workers' university or a college.
    ['周某，1983年7月毕业于中南大学化学系，高级工程师。', 'bachelor'],
    ['李某，河北工业大学汽车专业毕业，工程师。', 'bachelor'],
    ['张某，成都电力职工大学发电厂及电力系统专业毕业，高级工程师。', null],
    ['赵某，毕业于北京经济管理干部学院，经济师。', null],
  ])('%s', (text, degree) => {
    expect(degreeOf(text)).toBe(degree);
  });
});

describe('functions named as posts', () => {
  const titled = (text: string): readonly string[] => profileOfText(text).titled ?? [];

  it.each([
    ['2004年11月至2007年11月任公司人力资源部经理。', 'human-resources'],
    ['曾任公司变压器厂销售公司经理、厂长助理。', 'sales'],
    ['Sales Manager, 01/2015 to Current\nCompany Name', 'sales'],
    ['Director of Procurement at Acme Corp, 2012 - 2020', 'procurement'],
    ['HR & Safety Manager\nPromoted from within.', 'ehs'],
    ['IT Project Manager, 2012 - 2018\nCompany Name', 'project-management'],
    ['2010年至今任公司风险经理。', 'risk-management'],
  ])('%s', (text, id) => {
    expect(titled(text)).toContain(id);
  });

  it('not a function merely named, nor someone else’s post', () => {
    expect(titled('负责公司销售收入统计，参与采购流程优化。')).toEqual([]);
    expect(titled('Built dashboards for sales and procurement teams.')).toEqual([]);
    // An assistant to the post does not hold it.
    expect(titled('2012年起任项目经理助理、销售部经理助理。')).toEqual([]);
  });
});

describe('posts named only as a deputy’s', () => {
  const deputyOnly = (text: string): readonly string[] => profileOfText(text).deputyOnly ?? [];

  it('are a deputy’s or an assistant’s, never beside the post held', () => {
    expect(deputyOnly('2003年11月起任本公司副总经理。')).toContain('general-manager');
    expect(deputyOnly('2008年起任公司总经理助理。')).toContain('general-manager');
    expect(deputyOnly('Deputy General Manager, 2012 - 2020')).toContain('general-manager');
    expect(deputyOnly('2003年起任公司副总经理，2010年起任总经理。')).not.toContain('general-manager');
    // A post of its own that begins with 副: an associate professor, a vice chairman, a senior doctor.
    expect(deputyOnly('现任某大学副教授，某公司副董事长。')).toEqual([]);
    expect(deputyOnly('现任某医院副主任医师、副研究员。')).toEqual([]);
    // An assistant in a function is no deputy of a head; `service` holds no `vice`.
    expect(deputyOnly('2015年起任销售助理。')).toEqual([]);
    expect(deputyOnly('Customer Service Nurse, 2015 - 2020')).toEqual([]);
    expect(deputyOnly('Acme, Assistant General Manager, 2012 - 2020')).toContain('general-manager');
    // 副 inside the post's name.
    expect(deputyOnly('2000年起任公司副总经理、党委副书记。')).toContain('party-secretary');
    expect(deputyOnly('2000年起任公司党委副书记，2008年起任党委书记。')).not.toContain('party-secretary');
  });
});

describe('fields studied', () => {
  const studied = (text: string): Record<string, readonly string[]> => ({ ...profileOfText(text).studied });

  it('takes a field in one clause with a degree held, with each such degree and its broader fields', () => {
    expect(studied('陈烘，男，1978年出生，会计学硕士、注册会计师。现任公司财务总监。')).toMatchObject({
      accounting: ['master'],
    });
    expect(studied('# Ann Lee\n\n## Education\n- M.S. in Statistics, Arizona State University, 2016\n')).toMatchObject({
      statistics: ['master'],
      'natural-sciences': ['master'],
    });
    expect(studied('王芳，1997年毕业于北京大学，硕士研究生，会计学专业。')).toMatchObject({ accounting: ['master'] });
    expect(studied('杨兴全，1996年会计学硕士研究生毕业，2004年获管理学（会计学）博士学位。').accounting).toEqual([
      'master',
      'phd',
    ]);
  });

  it('takes a degree named for its field (`工学硕士`, `理学博士`, M.Tech) as that field studied, when held', () => {
    expect(studied('刘钊，兰州交通大学工程硕士，高级审计师。')).toMatchObject({ 'engineering-field': ['master'] });
    expect(studied('1990年获理学博士学位。')).toMatchObject({ 'natural-sciences': ['phd'] });
    expect(studied('# Anil Rao\n\n## Education\n- M.Tech, 2012\n')).toMatchObject({ 'engineering-field': ['master'] });
    expect(studied('工学硕士在读。')['engineering-field']).toBeUndefined();
  });

  it('takes no title a bio lists a comma from its degree, and no degree still studied for', () => {
    expect(studied('丁昀先生，1963年出生，研究生学历，高级会计师，历任财务部主管。').accounting).toBeUndefined();
    expect(studied('李强，高级会计师，研究生学历。').accounting).toBeUndefined();
    expect(
      studied('Graduating Ph.D. candidate with a research focus on models using statistics\n').statistics,
    ).toBeUndefined();
    expect(studied('Sales and statistics reporting for ten years.\n')).toEqual({});
  });

  it('takes a field by its own word inside a longer major’s name, or by a degree, where the word alone names no field', () => {
    expect(studied('1985年毕业于武汉理工大学工业自动化专业，获工学学士学位。')['automation-major']).toEqual([
      'bachelor',
    ]);
    expect(studied('本科毕业于北京科技大学材料物理系金属物理专业，工学学士。')['materials-science']).toEqual([
      'bachelor',
    ]);
    expect(
      studied('# Ann Lee\n\n## Education\nBachelor of Arts : English Lit/Language, NC State University\n'),
    ).toMatchObject({ 'english-studies': ['bachelor'] });
    // Commerce is the head of 电子商务 (no electronics); a school's name is no major (香港中文大学).
    expect(studied('2005年毕业于某大学电子商务专业，本科学历。')['electronic-engineering']).toBeUndefined();
    expect(studied('香港中文大学专业会计硕士学位。')['chinese-literature']).toBeUndefined();
    // A system is no department (`自动化系统`), and English spoken is no English studied.
    expect(studied('本科学历，负责工厂自动化系统集成。')['automation-major']).toBeUndefined();
    expect(
      studied('# Bo Li\n\n## Education\nB.S. in Accounting, 2010\n\n## Languages\nFluent in English\n'),
    ).not.toHaveProperty('english-studies');
  });

  it('reads two degrees of one level in two fields as a double degree, and one degree written twice as one', () => {
    const double = (text: string): boolean => profileOfText(text).doubleDegree === true;
    expect(
      double(
        'Education\nBachelor of Science : Accounting , May 2010 University of North Carolina\nBachelor of Science : Business Administration Finance , May 2010\n',
      ),
    ).toBe(true);
    expect(double('EDUCATION\nB.S : Electrical Engineering , June 2009\nB.S : Biology Chemistry , June 2000\n')).toBe(
      true,
    );
    // The same degree in the summary and the education section; a bachelor's and a master's; a minor.
    expect(
      double('Summary\nB.S. in Computer Science, 6 years.\nEducation\nBachelor of Science : Computer Science , 2014\n'),
    ).toBe(false);
    expect(double('Education\nMaster of Science : Finance , 2012\nBachelor of Science : Aerospace Engineering\n')).toBe(
      false,
    );
    expect(double('Education\nB.S. in Computer Science, minor in Mathematics, 2014\n')).toBe(false);
    // Abbreviations with dots; a degree still studied for, or only named on another's line.
    expect(double('Education\nM.S. Chemical Engineering, 2005\nM.S.: Computer Science, 2008\n')).toBe(true);
    expect(double('Education\nB.S. in Computer Science\nB.S. in Mathematics\n')).toBe(true);
    expect(
      double('Education\nBachelor of Science in Biology\nBachelor of Science in Psychology expected May 2026\n'),
    ).toBe(false);
    expect(
      double(
        'Education\nBachelor of Science in Biology\nTutor for students pursuing a Bachelor of Science in Nursing\n',
      ),
    ).toBe(false);
    // A Chinese bio's degrees and fields stand in many clauses: it says 双学位 when it means it.
    expect(double('王芳，中国人民大学法学硕士研究生毕业，内蒙古农业大学经济学硕士研究生毕业。')).toBe(false);
  });
});

describe('still studying as of the résumé', () => {
  const studying = (text: string): boolean => profileOfText(text).studying === true;

  it('an education open to now, one said to be under way, or one ending after all else the résumé dates', () => {
    expect(studying('# 王同学\n\n## 教育经历\n2023.09-至今 浙江大学 计算机科学 硕士\n')).toBe(true);
    expect(studying('# 李同学\n\n学历：全日制本科/南京工程学院/2020届应届生\n')).toBe(true);
    expect(studying('# 赵同学\n\n软件工程硕士在读，熟悉Java。\n')).toBe(true);
    expect(studying('# Ann Lee\n\nCurrently pursuing a B.Tech in Computer Science.\n')).toBe(true);
    expect(
      studying(
        '# 周同学\n\n## 教育经历\n南京大学 硕士 软件工程（2024.09-2026.06）\n\n## 实习经历\n腾讯 后端开发实习（2025.06-2025.09）\n',
      ),
    ).toBe(true);
  });

  it('not who finished and went to work, nor a bio whose posts run to now beside its schools', () => {
    expect(
      studying('# 钱工\n\n## 教育经历\n2012.09-2016.06 浙江大学 本科\n\n## 工作经历\n2016.07-至今 某公司 Java开发\n'),
    ).toBe(false);
    expect(studying('孙先生，1960年生，研究生毕业于吉林大学经济系。2009年至今任某研究所所长。')).toBe(false);
    expect(studying('# 吴同学\n\n在读期间获国家奖学金。2015年毕业于复旦大学。\n')).toBe(false);
    expect(studying('# 郑经理\n\n在读研究生期间发表论文两篇。负责2024届校园招聘。\n')).toBe(false);
    expect(studying('# Bo Chen\n\nCurrently pursuing AWS certification.\n')).toBe(false);
    // A job still held, begun before the degree ended: the degree is behind them.
    expect(
      studying('# 冯工\n\n## 教育经历\n2019.09-2023.06 浙江大学 本科\n\n## 工作经历\n2023.03-至今 某公司 Java开发\n'),
    ).toBe(false);
  });
  it('reads a section title run onto the line before it (`…24 monthsCompany Details`): the jobs under it use their skills', () => {
    const p = profileOfText(
      [
        'Skills * Python, SQL, Tableau, Hive.Education Details ',
        'B.E. Computer Science Pune University',
        'Data Analyst ',
        'Skill Details ',
        'Python- Exprience - 24 monthsCompany Details ',
        'company - Ernst & Young LLP',
        'description - Fraud analytics team',
        '* Created customized Tableau dashboards for effective reporting and visualizations.',
      ].join('\n'),
    );
    expect(p.skills.find((s) => s.id === 'tableau')?.used).toBe(true);
    expect(p.skills.find((s) => s.id === 'python')?.strong).toBe(true);
    expect(p.skills.find((s) => s.id === 'hive')?.used).toBe(false);
  });
  it('reads the schools a bio studied at from its clauses about study, not from a post at a school', () => {
    const alumnus = profileOfText(
      '唐福生，1989年本科毕业于清华大学，2005年9月至2007年8月就读于南开大学MBA专业。现任某集团副总经理。',
    );
    expect(alumnus.schoolIds).toEqual(expect.arrayContaining(['tsinghua', 'nankai']));
    const professor = profileOfText(
      '赵黎明：男，1951年出生，管理学博士，历任天津大学管理学院副教授、教授等职；现任天津大学管理学院教授、博士生导师。',
    );
    expect(professor.schoolIds).not.toContain('tianjin-university');
    expect(profileOfText('南开大学经济学博士、博士生导师，现任某集团董事长。').schoolIds).toContain('nankai');
    // `mba` inside Mumbai, `graph d…` no PhD: a project for a school is no study there.
    expect(
      profileOfText('Implemented ERP for University of Mumbai; built graph database for Tsinghua University.')
        .schoolIds,
    ).toEqual([]);
  });

  it('reads employers named in prose and labelled lines, not companies only named', () => {
    expect(profileOfText('现任中国工商银行武汉分行行长；2005年加入华为，任市场部经理。').companyIds).toEqual([
      'icbc',
      'huawei',
    ]);
    expect(profileOfText('I joined Microsoft in May 2015 as a full-time employee.').companyIds).toEqual(['microsoft']);
    expect(profileOfText('Java developer\ncompany - Tech Mahindra\nDescription: testing').companyIds).toEqual([
      'tech-mahindra',
    ]);
    // Products, clients and look-alikes are no employers.
    expect(profileOfText('Worked with Microsoft technologies for 10 years. 华为认证网络工程师。').companyIds).toEqual(
      [],
    );
    expect(
      profileOfText('业务模式类似于京东；1977年在阿里军分区服兵役；广州三五知微信息科技有限公司董事。').companyIds,
    ).toEqual([]);
  });
});
