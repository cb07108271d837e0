import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupTerms } from '../../src/search/concepts.js';
import { describeNote, describeYears, parseQuery, withoutNegatedClauses } from '../../src/search/query-language.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';

const words = (q: string): string[] =>
  parseQuery(q).terms.map(
    (t) =>
      `${t.presence === 'required' ? '+' : t.presence === 'prohibited' ? '-' : ''}${t.phrase ? `"${t.text}"` : t.text}`,
  );

/** The query's alternatives groups, each as the texts of its terms. */
const groups = (q: string): string[][] => {
  const by = new Map<number, string[]>();
  for (const t of parseQuery(q).terms) if (t.group !== undefined) by.set(t.group, [...(by.get(t.group) ?? []), t.text]);
  return [...by.values()];
};

describe('parseQuery', () => {
  it.each([
    ['rust 数据库', ['rust', '数据库']],
    ['+rust -java', ['+rust', '-java']],
    ['"分布式任务调度" kafka', ['"分布式任务调度"', 'kafka']],
    ['“消息 队列”', ['"消息 队列"']],
    ['kafka，消息队列', ['kafka', '消息队列']],
    ['c++ c# .net node.js ci/cd', ['c++', 'c#', '.net', 'node.js', 'ci/cd']],
    // Two things joined by + are two words; a name that ends in + keeps it.
    ['MCSE+CCNA Java＋Spring notepad++ A+', ['MCSE', 'CCNA', 'Java', 'Spring', 'notepad++', 'A+']],
    // CompTIA's names keep their +.
    ['Security+CISSP', ['Security+', 'CISSP']],
    ['rust:', ['rust']],
    ['后端:5年', ['后端']],
    ['k8s~ rust^ java* *sql', ['k8s', 'rust', 'java', 'sql']],
    ['-', []],
    ['+', []],
    ['   ', []],
    ['ＲＵＳＴ　ｋ８ｓ', ['RUST', 'k8s']],
  ])('%s', (query, expected) => {
    expect(words(query)).toEqual(expected);
  });

  it.each([
    ['company:美团', { field: 'company', value: '美团', negated: false }],
    ['-city:北京', { field: 'city', value: '北京', negated: true }],
    ['公司：字节跳动', { field: 'company', value: '字节跳动', negated: false }],
    ['degree:硕士', { field: 'degree', value: '硕士', negated: false }],
    ['school:"Carnegie Mellon"', { field: 'school', value: 'Carnegie Mellon', negated: false }],
    ['title:SRE', { field: 'title', value: 'SRE', negated: false }],
    ['name:王', { field: 'name', value: '王', negated: false }],
    ['skill:k8s', { field: 'skill', value: 'k8s', negated: false }],
  ])('filter %s', (query, filter) => {
    expect(parseQuery(query).filters).toEqual([filter]);
  });

  it.each([
    ['golang 5年以上', { min: 5 }],
    ['至少三年 java', { min: 3 }],
    ['5+ years python', { min: 5 }],
    ['more than 5 years', { min: 5 }],
    ['at least 10 yrs of experience', { min: 10 }],
    ['years:>=5', { min: 5 }],
    ['years:<3', { max: 3 }],
    ['3-5年 前端', { min: 3, max: 5 }],
    ['3到5年', { min: 3, max: 5 }],
    ['5年以下', { max: 5 }],
    ['less than 2 years', { max: 2 }],
    ['Golang 5年', { min: 5 }],
    ['五年以上经验', { min: 5 }],
    ['recruiters with more than five years in talent acquisition', { min: 5 }],
    ['at least three years of AWS', { min: 3 }],
    ['two to four years', { min: 2, max: 4 }],
  ])('years: %s', (query, years) => {
    expect(parseQuery(query).years).toEqual(years);
  });

  it('reads no years out of words that end like a number (`someone 5`, `phone years`)', () => {
    expect(parseQuery('someone years').years).toBeNull();
    expect(parseQuery('iphone years ago').years).toBeNull();
  });

  it('does not read calendar years as experience', () => {
    expect(parseQuery('2018年 美团').years).toBeNull();
    expect(words('2018年 美团')).toEqual(['2018年', '美团']);
  });

  it('reads no word in a contraction’s tail (`they’ve`, `we’re`, `I’d`)', () => {
    expect(words("whatever they've used")).toEqual(['whatever', 'they', 'used']);
    for (const tail of ['re', 'd', 'll']) expect(words('we’re hiring; I’d like Java, you’ll see')).not.toContain(tail);
    expect(words("Go devs we'll.")).toEqual(['Go', 'devs', 'we']);
  });

  it('reads unknown field names as words and says so', () => {
    const q = parseQuery('rust:async');
    expect(words('rust:async')).toEqual(['rust', 'async']);
    expect(q.notes.map((n) => describeNote(n, 'en')).join(' ')).toMatch(/not a field/);
  });

  it('shortens very long input and caps the number of words, with notes', () => {
    const q = parseQuery('kafka '.repeat(2000));
    expect(q.terms.length).toBeLessThanOrEqual(24);
    expect(q.notes.length).toBeGreaterThan(0);
    // Function words ask for nothing and are not counted: a long question keeps its last words.
    const long = parseQuery(
      'need a university administrator from a Chinese university - e.g. head of academic affairs (教务处长), ' +
        'director of the research / S&T office (科技处), or assistant to the president (校长助理)',
    );
    expect(long.terms.map((t) => t.text).slice(-2)).toEqual(['president', '校长助理']);
    expect(long.notes).toEqual([]);
    const cut = parseQuery('the '.repeat(30) + Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '));
    expect(cut.terms.filter((t) => t.text !== 'the')).toHaveLength(24);
    // … unless typed to be asked for or excluded (`+the`).
    expect(parseQuery('+the '.repeat(60) + 'java').terms.length).toBeLessThanOrEqual(24);
  });

  it('reads `or other` as a choice of the kind named after it (`Java或其他后端语言`, `AWS or other cloud platforms`)', () => {
    expect(groups('Java或其他后端语言')).toEqual([['Java', '后端语言']]);
    expect(groups('AWS or other cloud platforms')).toEqual([['AWS', 'cloud']]);
    expect(groups('Kafka or any other message queue')).toEqual([['Kafka', 'message']]);
    expect(groups('Go或者Rust')).toEqual([['Go', 'Rust']]);
  });

  it('takes the one word after an article as the other choice (`MS in PM or an MBA`)', () => {
    expect(groups('an MS in PM or an MBA')).toEqual([['PM', 'MBA']]);
    expect(groups('a BSc or an MSc in physics')).toEqual([['BSc', 'MSc']]);
    // More words after it: which one is the choice is not said, so no one word is taken for it.
    expect(groups('client appreciation or a customer award').flat()).not.toContain('customer');
    // Nor the article itself, which would leave the word before it a choice of one, and so required.
    expect(groups('client appreciation or a customer award')).toEqual([]);
    expect(groups('an OSHA 10 or 30-hour card or a HAZMAT certification')).toEqual([['10', '30-hour']]);
    // A word of place before the choice is none of it (`or at Microsoft`, `or for a travel agency`).
    expect(groups('worked at Google or at Microsoft')).toEqual([['Google', 'Microsoft']]);
    expect(groups('worked for an airline or for a travel agency / tour company').flat()).not.toContain('for');
  });

  it('reads a bracketed list of examples as alternatives with the word before it, and one bracketed name as it is', () => {
    expect(groups('accountants in the Gulf (UAE, Qatar, Kuwait)')).toEqual([['Gulf', 'UAE', 'Qatar', 'Kuwait']]);
    expect(groups('消息队列（Kafka、RocketMQ）')).toEqual([['消息队列', 'Kafka', 'RocketMQ']]);
    // Examples of another sort than the word before them are not choices of it: a place is no executive.
    const known = (q: string): string[][] => {
      const by = new Map<number, string[]>();
      for (const t of groupTerms(parseQuery(q).terms, defaultTaxonomy()))
        if (t.group !== undefined) by.set(t.group, [...(by.get(t.group) ?? []), t.text]);
      return [...by.values()];
    };
    expect(known('working in China (execs, board members) with a US degree')).toEqual([['execs', 'board members']]);
    expect(known('accountants in the Gulf (UAE, Qatar, Kuwait)')).toEqual([['Gulf', 'UAE', 'Qatar', 'Kuwait']]);
    expect(known('消息队列（Kafka、RocketMQ）')).toEqual([['消息队列', 'Kafka', 'RocketMQ']]);
    // … nor is a word of a choice before the brackets taken out of it, nor a kind of company's.
    expect(known('accountants in Iowa or Nebraska (factories, farms)')[0]).toEqual(
      expect.arrayContaining(['Iowa', 'Nebraska']),
    );
    expect(known('外企（微软、谷歌）工作过的工程师')[0]).toEqual(['外企', '微软', '谷歌']);
    // After a word that names no skill, the examples alone are the choice.
    expect(groups('cloud experience (AWS, Azure, GCP)')).toEqual([['AWS', 'Azure', 'GCP']]);
    // So after a role or function word: `developers` or `in` is no example of Java.
    expect(groups('developers (Java, Go)')).toEqual([['Java', 'Go']]);
    expect(groups('experience in (AWS, Azure)')).toEqual([['AWS', 'Azure']]);
    expect(groups('Who is a certified public accountant (CPA)?')).toEqual([]);
    // A slash stays inside a name: no list without commas (`or` joins as anywhere else).
    expect(groups('an active security clearance (Secret or TS/SCI)')).toEqual([['Secret', 'TS/SCI']]);
    // An example of several words is one choice, not its words apart; one with a choice in it keeps it.
    expect(groups('people in California (Bay Area, LA, San Diego)')).toEqual([
      ['California', 'Bay Area', 'LA', 'San Diego'],
    ]);
    expect(groups('a degree in education (B.Ed, M.Ed or similar)')).toEqual([['education', 'B.Ed', 'M.Ed', 'similar']]);
    // A Chinese aside of clauses is no list of examples: the choice before it stays its own.
    expect(groups('当过副总经济师或者副总会计师的都行（集团、公司或者院所层面的，副总工程师的先不看）')[0]).toEqual([
      '当过副总经济师',
      '副总会计师的',
    ]);
    // A remark after a semicolon in the brackets is no example: the list before it still is.
    expect(groups('military service in any branch (Army, Navy, Coast Guard; other forces too)')).toEqual([
      ['branch', 'Army', 'Navy', 'Coast Guard'],
    ]);
    // In a list of three or more, the last comes after `or`: it is one of the list, as the others.
    expect(groups("master's in accounting (MAcc, MS Accounting or MPAcc)")).toEqual([
      ['accounting', 'MAcc', 'MS Accounting', 'MPAcc'],
    ]);
    // … unless the `or` says "or anything beyond" (`or above`, `or later`).
    expect(groups("a degree (Bachelor's, Master's or above)").flat()).not.toContain('above');
    expect(groups('Java (Java 8, Java 11 or later)').flat()).not.toContain('later');
  });

  it('reads a 、 list closed by 这类/这种 as examples, with the kind named after it or not', () => {
    expect(groups('会Kafka、RabbitMQ、RocketMQ这类消息队列的')).toEqual([['Kafka', 'RabbitMQ', 'RocketMQ']]);
    expect(groups('有物流师、项目管理师这类职业资格证的吗')).toEqual([['有物流师', '项目管理师']]);
    expect(groups('三星、OPPO这种')).toEqual([['三星', 'OPPO']]);
    // 有 before Chinese may begin a word: it stays (有机合成).
    expect(groups('有机合成、药物化学这类')).toEqual([['有机合成', '药物化学']]);
    // A list that also counts, in a clause of its own, adds to a choice before it: its items are
    // marked as pointing back, for search.ts to join them to that choice.
    expect(groups('有保研或者推免读研的吗？提前攻博、直博这种也算')).toEqual([
      ['有保研', '推免读研的吗'],
      ['提前攻博', '直博'],
    ]);
    const back = parseQuery('有保研或者推免读研的吗？提前攻博、直博这种也算').terms.filter((t) => t.refersBack);
    expect(back.map((t) => t.text)).toEqual(['提前攻博', '直博']);
    // Not in the clause of the choice (`提前攻博、直博这种也算` alone points back to nothing said).
    expect(parseQuery('提前攻博、直博这种也算').terms.some((t) => t.refersBack)).toBe(false);
  });

  it('reads examples after 比如, 例如, such as, like or e.g. as a choice, to the end of the clause', () => {
    expect(groups('熟悉消息队列，比如Kafka、RocketMQ这种')).toEqual([['Kafka', 'RocketMQ']]);
    expect(groups('an association such as the AICPA, IMA or a state CPA society')).toEqual([
      ['AICPA', 'IMA', 'state CPA society'],
    ]);
    expect(groups('cloud, e.g. AWS, Azure; Linux')).toEqual([['AWS', 'Azure']]);
    expect(groups('an allied health cert like CNA, EMT, EKG tech or pharmacy tech')).toEqual([
      ['CNA', 'EMT', 'EKG tech', 'pharmacy tech'],
    ]);
    // `like` before one thing, before a list without `or`, or as a verb brings no list.
    expect(groups('someone like a chief representative')).toEqual([]);
    expect(groups('I would like someone with Java, Spring or Kafka')).toEqual([['Spring', 'Kafka']]);
    expect(groups('something like 5 years of Java, Spring and AWS')).toEqual([]);
    expect(groups('a senior dev like our last hire, strong in Java or Kafka')).toEqual([['Java', 'Kafka']]);
    expect(parseQuery('比如Java认证、Salesforce认证').terms.every((t) => t.example)).toBe(true);
    // One example is no list.
    expect(groups('比如Kafka')).toEqual([]);
    // A last clause that says any will do is no example (`…，中级、初级的也行`); a list written with
    // Chinese commas still is (`比如阿里，腾讯，字节`).
    expect(groups('比如高级会计师加高级经济师，中级、初级的也行')).toEqual([['中级', '初级的']]);
    expect(groups('在大厂待过的，比如阿里，腾讯，字节')).toEqual([['阿里', '腾讯', '字节']]);
    expect(groups('such as AWS, 阿里云 or GCP')).toEqual([['AWS', '阿里云', 'GCP']]);
    expect(words('MCA graduate (Master of Computer Applications)')).toEqual([
      'MCA',
      'graduate',
      'Master',
      'of',
      'Computer',
      'Applications',
    ]);
  });

  it('knows an abbreviation in brackets by the initials of the words before it', () => {
    const abbreviates = (q: string): readonly string[] | undefined =>
      parseQuery(q).terms.find((t) => t.abbreviates)?.abbreviates;
    expect(abbreviates('at least 4 years of Oracle E-Business Suite (EBS) experience')).toEqual([
      'E-Business Suite',
      'Oracle E-Business Suite',
      'of Oracle E-Business Suite',
    ]);
    expect(abbreviates('Master of Public Administration (MPA)')?.[0]).toBe('Master of Public Administration');
    expect(abbreviates('Bachelor of Science (BS) in physics')?.[0]).toBe('Bachelor of Science');
    // A plural's s is no initial.
    expect(abbreviates('handled performance improvement plans (PIPs)')?.[0]).toBe('performance improvement plans');
    expect(abbreviates('key performance indicators (KPIs)')?.[0]).toBe('key performance indicators');
    // Not an abbreviation of what stands before it; and the word itself stays a word.
    expect(abbreviates('cloud engineer (AWS)')).toBeUndefined();
    expect(words('Oracle E-Business Suite (EBS)')).toEqual(['Oracle', 'E-Business', 'Suite', 'EBS']);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string({ unit: fc.constantFrom(...'+-":：~^*()（）“”「」年以上 5k8s消息'.split('')) }),
        ),
        (input) => {
          const q = parseQuery(input);
          expect(Array.isArray(q.terms)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('describes years ranges in both languages', () => {
    expect(describeYears({ min: 5 }, 'zh')).toBe('5年以上');
    expect(describeYears({ min: 5 }, 'en')).toBe('5+ years');
    expect(describeYears({ min: 3, max: 5 }, 'en')).toBe('3–5 years');
  });

  it('reads years:<skill><op><n> as years with a skill, and keeps where natural years stood', () => {
    expect(parseQuery('years:go>=3 rust').skillYears).toEqual([{ skill: 'go', range: { min: 3 } }]);
    expect(parseQuery('years:go>=3 rust').terms.map((t) => t.text)).toEqual(['rust']);
    expect(parseQuery('经验:java<=2').skillYears).toEqual([{ skill: 'java', range: { max: 2 } }]);
    expect(parseQuery('years:>=5').skillYears).toBeUndefined();
    const natural = parseQuery('8年以上Python开发经验');
    expect(natural.years).toEqual({ min: 8 });
    expect(natural.yearsContext).toMatchObject({
      range: { min: 8 },
      after: 'Python开发经验',
      experience: false,
      rest: null,
    });
    expect(parseQuery('5年以上工作经验').yearsContext).toBeUndefined();
    expect(parseQuery('10 years of work experience').yearsContext).toBeUndefined();
    // A post's 总 is no total: `10年以上总经理` is years as a general manager.
    expect(parseQuery('当了10年以上总经理的').yearsContext).toMatchObject({ range: { min: 10 } });
    expect(parseQuery('10年总经验').yearsContext).toBeUndefined();
    expect(parseQuery('10年总从业经验').yearsContext).toBeUndefined();
    // 累计 after a post totals that post's years; alone, or after 工作, the career's.
    expect(parseQuery('当独立董事累计5年以上的').yearsContext).toMatchObject({ range: { min: 5 } });
    expect(parseQuery('累计10年以上的财务经验').yearsContext).toBeUndefined();
    expect(parseQuery('工作累计10年以上').yearsContext).toBeUndefined();
    // `干满5年`: the verb of serving the years is theirs, no word asked.
    const served = parseQuery('IT总监干满5年以上的');
    expect(served.yearsContext).toMatchObject({ range: { min: 5 } });
    expect(served.terms.map((t) => t.text).join(' ')).not.toContain('干');
  });
});

describe('a choice ending in “or higher”', () => {
  it('names no other thing (`lieutenant, captain or higher`)', () => {
    expect(words('lieutenant, captain or higher')).not.toContain('higher');
    expect(words('CPA or above')).not.toContain('above');
    // Higher as a thing asked stays (`higher education`).
    expect(words('higher education administrators')).toContain('higher');
    expect(words('K-12 or higher education')).toContain('higher');
  });
});

describe('a plan named by its tax-code section', () => {
  it('is one word (`401(k)`), not a number and an example in brackets', () => {
    expect(words('401(k) or pension plan experience')).toContain('401k');
    expect(groups('401(k) or pension')).toEqual([['401k', 'pension']]);
  });
});

describe('a possessive', () => {
  it('is the word (`registrar’s office` typed with an apostrophe), not the word and an s', () => {
    expect(words("worked in a registrar's office")).toContain('registrar');
    expect(words("worked in a registrar's office")).not.toContain('s');
    // A contraction is its words, never a word `s`.
    expect(words("anyone who's used Rust")).not.toContain('s');
    expect(words("master's degree in computer science")).toContain('master');
  });
});

describe('an ampersand between words', () => {
  it('is their and (`science & technology progress award`), and a name that holds one stays whole (`R&D`, `AT&T`)', () => {
    expect(words('science & technology progress award')).toEqual(['science', 'and', 'technology', 'progress', 'award']);
    expect(words('R&D or AT&T')).toEqual(['R&D', 'AT&T']);
  });
});

describe('a query pasted as said in chat', () => {
  it('leaves out the slash command and the mentions (`/candidate 找个厂长`, `@bot who knows Rust`)', () => {
    expect(words('/candidate rust')).toEqual(['rust']);
    expect(words('@bot 谁会Go')).not.toContain('bot');
    expect(words('@candidate-bot who knows rust')).not.toContain('candidate-bot');
    expect(words('(@bot) kafka')).toEqual(['kafka']);
    // Words that only contain a slash or an at sign stay: a choice, a handle typed in mid-word.
    expect(words('CI/CD')).toEqual(['CI/CD']);
    expect(words('/candidate')).toEqual([]);
  });
});

describe('what a query says it does not want in words', () => {
  it('is not asked for: the clause is left out, to its end (`not software QA`, `不要语音客服`)', () => {
    const kept = (q: string): string[] => words(withoutNegatedClauses(q));
    expect(kept('java not python')).toEqual(['java']);
    expect(kept('java without spring')).toEqual(['java']);
    expect(kept('Illinois Tech grads - not the Indian IITs')).toEqual(['Illinois', 'Tech', 'grads']);
    expect(kept('test technician, not software QA, 3 years')).not.toContain('QA');
    expect(kept('Oracle (the company, not just the database) 8 years')).not.toContain('database');
    expect(kept('找个BPO出来的流程专员，不要语音客服')).not.toContain('语音客服');
    expect(kept('除了美团以外的Java开发')).not.toContain('美团');
    // `X以外` with no 除了, in brackets or at a clause's start: all but X.
    expect(kept('在美国西部（加州以外）读的大学').join(' ')).not.toContain('加州');
    expect(kept('北京以外的Java开发').join(' ')).not.toContain('北京');
    // `非` before Latin letters or digits (`非IT项目`, `非985`): not that; before Chinese it is a word (非洲, 非常).
    expect(withoutNegatedClauses('制造或者工程建设这类非IT项目都行')).not.toContain('IT');
    expect(withoutNegatedClauses('非985院校毕业的')).not.toContain('985');
    // … in brackets too.
    expect(withoutNegatedClauses('一把手那种（副总不算）')).not.toContain('副总');
    expect(withoutNegatedClauses('在职研究生（MBA/EMBA就不算了）')).not.toContain('MBA');
    expect(withoutNegatedClauses('ACM、蓝桥杯这种纯编程比赛就不算了')).not.toContain('ACM');
    expect(withoutNegatedClauses('这个也不算太难')).toContain('难');
    // `不是X` is not X; `是不是` asks, `不是很` says how much.
    expect(withoutNegatedClauses('211但不是985的学校，计算机专业')).not.toContain('985');
    expect(withoutNegatedClauses('找个系统工程师，不是运维那种')).not.toContain('运维');
    expect(withoutNegatedClauses('是不是做过Java的')).toContain('Java');
    expect(withoutNegatedClauses('英语不是很好也行，会Java')).toContain('Java');
    // … to the end of its words only: not past a space, 而是, 但是 or 就是; not `不是A就是B` nor `不是不`.
    expect(withoutNegatedClauses('Java开发 不是外包 上海 5年以上')).toContain('上海');
    expect(withoutNegatedClauses('学校不是985但是211的')).toContain('211');
    expect(withoutNegatedClauses('要甲方，不是外包而是自研')).toContain('自研');
    expect(withoutNegatedClauses('不是985就是211')).toContain('985');
    expect(withoutNegatedClauses('不是不能接受外包，甲方优先')).toContain('外包');
    // `…就不用了`, `…不考虑`: what the clause names is not wanted either.
    expect(withoutNegatedClauses('有经济师吗？助理经济师也行，高级的就不用了')).not.toContain('高级');
    expect(withoutNegatedClauses('招个Java开发，太资深的不考虑')).not.toContain('资深');
    expect(withoutNegatedClauses('Java开发，外包的就不考虑了')).not.toContain('外包');
    // … or by 的不要 (`外包的不要`, a list in brackets too); 不要 of its own still opens the clause.
    expect(withoutNegatedClauses('Java开发，外包的不要')).not.toContain('外包');
    expect(withoutNegatedClauses('Java开发，外包的都不要')).not.toContain('外包');
    expect(withoutNegatedClauses('Java开发，外包的一律不要')).not.toContain('外包');
    const deans = withoutNegatedClauses('研究院院长，副院长也算（大学里的学院院长、社科院的不要）');
    expect(deans).not.toContain('学院院长');
    expect(deans).not.toContain('社科院');
    expect(deans).toContain('副院长也算');
    expect(withoutNegatedClauses('Java开发，不要外包')).not.toContain('外包');
    // … and a clause closed by 不要 after what is not wanted (`软件测试的QA不要`), not 要不要.
    expect(withoutNegatedClauses('质量工程师，软件测试的QA不要')).not.toContain('QA');
    expect(withoutNegatedClauses('Java开发，外包不要')).not.toContain('外包');
    // … or by 不看 (`深圳的先不看`): that place is not where one is wanted.
    expect(withoutNegatedClauses('广州或者东莞那边的开发有吗？深圳的先不看')).not.toContain('深圳');
    // … with a short aside in brackets before the words that say no, which goes with the clause.
    expect(withoutNegatedClauses('安卓开发3到5年经验的中级有吗？太资深的（8年以上）先不看')).not.toContain('8年以上');
    expect(withoutNegatedClauses('Java开发，外包（驻场）不算')).not.toContain('驻场');
    expect(withoutNegatedClauses('招个质量工程师（Quality Engineer、SQE都行）')).toContain('SQE');
    // Only where those words close the clause: `会计（中级职称）不用出差` keeps its title.
    expect(withoutNegatedClauses('会计（中级职称）不用出差')).toContain('（中级职称）');
    expect(withoutNegatedClauses('深圳的暂时不看了，广州的开发')).toContain('广州的开发');
    // … with 也 or 都 before it, and a clause of a dozen characters or so (`综合办公室那种办公室主任也先不看`).
    const heads = withoutNegatedClauses('综合部的部长，副职也算（综合办公室那种办公室主任也先不看）');
    expect(heads).not.toContain('办公室主任');
    expect(heads).toContain('综合部的部长');
    expect(withoutNegatedClauses('Java开发，外包公司派驻的都不看')).not.toContain('外包');
    // … Latin words with their spaces too (`HR Generalist顺带招人的不算`, `BITS Pilani就不用了`).
    const recruiters = withoutNegatedClauses('招聘专员、Recruiter都算；HR Generalist顺带招人的不算');
    expect(recruiters).not.toContain('Generalist');
    expect(recruiters).toContain('Recruiter');
    expect(withoutNegatedClauses('斋浦尔的工程学院都行，BITS Pilani就不用了')).not.toContain('Pilani');
    // … never through a word of what is wanted (`优先`, `就行`, `只要`, `经验`), nor `其他都不看`, `学历也不看`
    // (nothing else matters: what stands before is what is asked).
    expect(withoutNegatedClauses('北京，5年以上Java开发经验外包不算')).toContain('Java开发');
    expect(withoutNegatedClauses('HRBP，有制造业工厂人事经验的优先外包的不要')).toContain('制造业');
    expect(withoutNegatedClauses('找项目经理，只要有PMP证书其他都不看')).toContain('PMP');
    expect(withoutNegatedClauses('招Java开发，会Spring Cloud就行别的都不看')).toContain('Spring Cloud');
    expect(withoutNegatedClauses('找会计，有中级职称就行学历也不看')).toContain('中级职称');
    // … after a question's mark too, and closed by a bare 不用 (`光有PMP证的不用`).
    expect(withoutNegatedClauses('有项目管理证书的吗？光有PMP证的不用')).not.toContain('PMP');
    expect(withoutNegatedClauses('不用加班的Java开发')).toContain('Java');
    // A list before 不算 goes whole, however long its items (`董事会办公室、党委办公室那种不算`).
    const offices = withoutNegatedClauses('综合办公室都算（董事会办公室、党委办公室那种不算）');
    expect(offices).not.toContain('董事会');
    expect(offices).toContain('综合办公室');
    // A clause saying any level of a title will do asks for no level.
    expect(withoutNegatedClauses('有政工师职称的吗？双职称的那种，高级、中级、助理都行')).not.toContain('中级');
    expect(withoutNegatedClauses('会计，职称高级中级都行')).toBe('会计， ');
    expect(withoutNegatedClauses('要高级职称，正高不限')).toContain('高级职称');
    // Words saying any sort will do ask for none: `branch` would rank as a rare word.
    expect(withoutNegatedClauses('QA or software testers with a B.E. / B.Tech (any branch)')).not.toContain('branch');
    expect(withoutNegatedClauses('worked at a bank in any role: teller or accountant')).not.toMatch(/role/);
    expect(withoutNegatedClauses('Tsinghua alumni - any degree, MBA included')).not.toContain('degree');
    expect(withoutNegatedClauses('military service - any branch (Army, Navy)')).toContain('Navy');
    // Not where `any` asks for something of its own (`any company executives`, `any branches managed`),
    // nor where it is what one holds (`with any degree`).
    expect(withoutNegatedClauses('sales managers with any degree, 5+ years')).toContain('degree');
    expect(withoutNegatedClauses('must have any degree or diploma')).toContain('any degree');
    expect(withoutNegatedClauses('any company executives in Jiangxi')).toContain('company');
    expect(withoutNegatedClauses('managers of any branches managed')).toContain('branches');
    // Long runs of level words with spaces and no closing words: read in one pass, no backtracking.
    expect(withoutNegatedClauses('会计师，' + '高级 '.repeat(120) + '优先')).toContain('优先');
    expect(withoutNegatedClauses('高级  中级  '.repeat(80))).toContain('中级');
    // A clause that says no of its own asks for the thing: only its closing words go.
    expect(withoutNegatedClauses('Java开发，英语不好的就不用了')).toContain('英语');
    expect(withoutNegatedClauses('在非洲做过工程的')).toContain('非洲');
    // `…不算`, `…除外`: that part of the clause is not wanted; `也算`, `都算` are.
    expect(kept('找个当过非执行董事的，独立非执行董事不算')).toEqual(['找个当过非执行董事的']);
    expect(withoutNegatedClauses('海外子公司那种，纯外贸公司的不算')).not.toContain('外贸');
    expect(withoutNegatedClauses('社区学院也算')).toContain('社区学院');
    // Only a short part after a separator: `…经验外包不算` keeps what was asked, `不算高` is no negation,
    // a list before 不算 goes whole, and 南非 is Africa's south.
    expect(withoutNegatedClauses('5年以上Java开发经验外包不算')).toContain('Java开发');
    expect(withoutNegatedClauses('要求不算高,会Excel就行')).toContain('不算高');
    expect(withoutNegatedClauses('Java开发,外包、外派不算')).not.toContain('外包');
    expect(withoutNegatedClauses('南非SAP顾问')).toContain('SAP');
    expect(withoutNegatedClauses('非ＩＴ项目经理')).not.toContain('ＩＴ');
    // A word that starts with not is a word; only -term excludes.
    expect(kept('not-for-profit accountant')).toEqual(['not-for-profit', 'accountant']);
    expect(words(withoutNegatedClauses('rust -java'))).toEqual(['rust', '-java']);
  });
  it("leaves out an English clause of what does not count (`… directors don't count`), to its start only, and a place one is outside", () => {
    const kept = (q: string): string[] => words(withoutNegatedClauses(q));
    expect(
      kept("executive director (执行董事) of a subsidiary. Independent / non-executive directors don't count"),
    ).toEqual(['executive', 'director', '执行董事', 'of', 'a', 'subsidiary']);
    expect(kept('PM certificate program? PMP or CAPM exam prep alone doesn’t count')).toEqual([
      'PM',
      'certificate',
      'program',
    ]);
    // From a dash's aside, not across it; the words after the clause stay.
    expect(kept('java devs - contractors do not count as employees, in Pune')).toEqual(['java', 'devs', 'in', 'Pune']);
    // `outside` a place: that place is not asked for; outside sales is a trade.
    expect(kept('degree in South Asia outside India? Nepal')).toEqual(['degree', 'in', 'South', 'Asia', 'Nepal']);
    expect(kept('java devs outside of the US or Canada')).toEqual(['java', 'devs']);
    expect(kept('Outside Sales rep')).toEqual(['Outside', 'Sales', 'rep']);
    // A clause in brackets goes alone; after a dash's aside, a 。 or a long dash, the words before stay.
    expect(kept("3+ years of Python (bootcamps don't count)")).toEqual(['of', 'Python']);
    expect(kept("Python dev - side projects don't count - based in Berlin")).toEqual([
      'Python',
      'dev',
      'based',
      'in',
      'Berlin',
    ]);
    expect(kept("需要Java开发。Internships don't count")).toEqual(['需要Java开发']);
    // `don't` alone, right after a clause of what counts, says the same of its clause; elsewhere it asks nothing away.
    expect(kept("a US degree; PhD or MBA all count - visiting stints and training trips don't")).not.toContain('trips');
    expect(kept("Java developers who know Kafka and those who don't")).toContain('Kafka');
    // What is not enough is not asked either.
    expect(kept('a senior HR cert - SPHR or GPHR (PHR or SHRM-CP alone isn’t enough)')).not.toContain('PHR');
    expect(kept('SPHR or GPHR; a PHR is not enough')).not.toContain('PHR');
    // A negative contraction is words of grammar, not `don` and `t`.
    expect(words("Java devs who don't need a visa, Kafka")).toEqual([
      'Java',
      'devs',
      'who',
      'need',
      'a',
      'visa',
      'Kafka',
    ]);
    expect(words("people who can't relocate")).toEqual(['people', 'who', 'relocate']);
    expect(kept("React dev who knows Next.js, or Vue if they don't")).toContain('Vue');
    // So does a clause of what is not needed (`? senior engineers (高工) not needed`, `a degree is not required`).
    expect(kept('holds the engineer title (工程师)? senior engineers (高工) not needed')).toEqual([
      'holds',
      'the',
      'engineer',
      'title',
      '工程师',
    ]);
    expect(kept('Rust engineer, a degree is not required, in Berlin')).toEqual(['Rust', 'engineer', 'in', 'Berlin']);
    // Not from the query's start (its subject is unknown), not past a `but`, not what is preferred.
    expect(kept('a degree is not required but Java is')).toContain('degree');
    expect(kept('Go developers who know Kubernetes where a degree is not required')).toEqual(
      expect.arrayContaining(['Go', 'Kubernetes']),
    );
    expect(kept('React developer, TypeScript not required but preferred')).toContain('TypeScript');
    expect(kept("Senior Rust engineer — contract roles don't count")).toEqual(['Senior', 'Rust', 'engineer']);
    expect(kept("Kubernetes engineer. Location doesn't matter as long as they know Terraform")).toContain('Terraform');
    // Outside a place: its name only, not what follows, nor a trade named outside.
    expect(kept('React developers outside of the US with 5+ years of Node')).toEqual([
      'React',
      'developers',
      'with',
      'of',
      'Node',
    ]);
    expect(kept('Java contractor outside IR35 London')).toContain('London');
    expect(kept('Outside Salesperson with HVAC experience')).toContain('Salesperson');
    // No clause closed by those words: nothing goes.
    expect(kept('what counts is python')).toEqual(['what', 'counts', 'is', 'python']);
    // A clause that ends a list of names takes the names before it; a comma's clause of other words stays.
    expect(kept("execs in Changzhou - department heads; Nanjing, Suzhou, Wuxi and Nantong don't count")).toEqual([
      'execs',
      'in',
      'Changzhou',
      'department',
      'heads',
    ]);
    expect(kept("Java developers, freshers and interns don't count")).toEqual(['Java', 'developers']);
    // An aside in brackets saying what is not needed goes whole, whatever it lists; a dash's aside in it stays the clause's.
    expect(kept('HR or finance in Pune (software devs, testers and IT support not needed)')).toEqual([
      'HR',
      'finance',
      'in',
      'Pune',
    ]);
    expect(kept("engineers (mechanical, electrical - CS / IT master's don't count)")).toContain('mechanical');
    // … and so does one setting its things aside (`(Egypt and the rest of Africa aside)`), not a set-aside.
    expect(kept('degree from the Middle East or Turkey (Egypt and the rest of Africa aside)')).not.toContain('Egypt');
    expect(kept('engineers in Texas (interns excluded)')).not.toContain('interns');
    expect(kept('contracts officer (small business set aside)')).toContain('business');
    expect(kept('contracts officer (small business set  aside)')).toContain('business');
    expect(kept('sales rep (travel not included)')).toContain('sales');
  });
  it('costs no more for a long paste', () => {
    const long = 'not '.repeat(20_000) + 'x'.repeat(100_000);
    expect(withoutNegatedClauses(long).length).toBeGreaterThan(100_000);
  });
});

describe('the marks the reader writes while it reads', () => {
  it('are never taken from what the user typed', () => {
    const terms = parseQuery('Kafka \uE001 RocketMQ \uE005Go').terms;
    expect(terms.map((t) => t.text)).toEqual(['Kafka', 'RocketMQ', 'Go']);
    expect(terms.some((t) => t.group !== undefined || t.example)).toBe(false);
  });
});
