import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { search } from '../../src/search/search.js';
import { analyzeTerm, isWeak } from '../../src/search/concepts.js';
import { nameKeys } from '../../src/search/names.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { names, poolOf, seedSnapshot, sourcesOf } from '../helpers/seeds.js';

const taxonomy = defaultTaxonomy();
const NO_NAME = '001_fdcd70701702a3f1';

describe('search over the seeds (acceptance)', () => {
  it('rust: 张林伟 first, then 王军飞, nobody else', async () => {
    expect(await names('rust')).toEqual(['张林伟', '王军飞']);
    expect(await names('Rust')).toEqual(['张林伟', '王军飞']);
  });

  it('golang finds the four Go developers and not 张林伟', async () => {
    const found = await names('golang');
    expect([...found].sort()).toEqual([NO_NAME, '王小兵', '王军飞', 'Manjusaka'].sort());
    expect(await names('go')).toEqual(found);
  });

  it('k8s and kubernetes give the same three people', async () => {
    const k8s = await names('k8s');
    expect(k8s.sort()).toEqual(['王小兵', '王军飞', 'Manjusaka'].sort());
    expect((await names('kubernetes')).sort()).toEqual(k8s);
    expect((await names('容器编排')).sort()).toEqual(k8s);
  });

  it('消息队列 gives the three with message-queue experience; kafka does not widen to its siblings', async () => {
    expect((await names('消息队列')).sort()).toEqual([NO_NAME, '王小兵', '王军飞'].sort());
    expect((await names('MQ')).sort()).toEqual([NO_NAME, '王小兵', '王军飞'].sort());
    expect(await names('kafka')).toEqual(['王军飞']);
  });

  it('golang 5年以上 leaves out everyone with under five years', async () => {
    const found = await names('golang 5年以上');
    expect(found).not.toContain(NO_NAME);
    expect(found).toEqual(expect.arrayContaining(['王小兵', '王军飞']));
    expect(found).not.toContain('张林伟');
  });

  it('company:美团 gives the two who worked there, under either spelling', async () => {
    expect((await names('company:美团')).sort()).toEqual(['张林伟', '王军飞'].sort());
    expect((await names('company:meituan')).sort()).toEqual(['张林伟', '王军飞'].sort());
    expect(await names('-company:美团 rust')).toEqual([]);
  });
});

describe('query language over the seeds', () => {
  it.each([
    ['Rust工程师', ['张林伟', '王军飞']],
    ['"分布式任务调度"', ['张林伟']],
    ['+rust -java', []],
    ['rust -kafka', ['张林伟']],
    ['c++', ['张林伟', NO_NAME, '王军飞']],
    ['node.js', ['王小兵']],
    ['杭州', ['王小兵']],
    ['Hangzhou', ['王小兵']],
    ['city:北京', ['王军飞']],
    ['city:beijing', ['王军飞']],
    ['滴滴', ['王军飞']],
    ['DataFusion', ['张林伟']],
    ['redis', ['张林伟', NO_NAME, '王小兵', '王军飞']],
    ['raft', ['张林伟', NO_NAME]],
    ['SRE', ['王军飞', 'Manjusaka']],
    ['school:武汉理工', ['张林伟']],
    ['title:SRE', ['Manjusaka']],
    ['degree:硕士', []],
    ['name:王', ['王小兵', '王军飞']],
    ['years:>=20', ['王军飞']],
    ['開發', ['张林伟', NO_NAME, '王小兵', '王军飞', 'Manjusaka']],
    ['軟體', []],
  ])('%s', async (query, expected) => {
    expect((await names(query)).sort()).toEqual([...expected].sort());
  });

  it('ranks strongest evidence first: a Rust job title beats Rust in a skills list', async () => {
    expect((await names('rust'))[0]).toBe('张林伟');
  });

  it('checks Chinese words verbatim: a run written as typed comes before its words apart or alone', async () => {
    // Only 张林伟 writes 任务调度; 002 has 任务 (`部署发布等任务`) and 003 has 调度 (`服务端调度`), apart.
    const snapshot = await seedSnapshot();
    const out = search(snapshot, '任务调度', taxonomy);
    const found = out.matches.map((m) => m.profile.name);
    expect(found[0]).toBe('张林伟');
    expect(found.length).toBe(3);
    // Only the one with both words says it shows the concept; the others miss it.
    expect(out.matches.map((m) => m.missedConcepts.length)).toEqual([0, 1, 1]);
  });

  it('reads a Chinese question as its words: the verbs of asking go, words apart still count', async () => {
    const snapshot = await seedSnapshot();
    const asked = search(snapshot, '找有任务调度经验的', taxonomy);
    expect(asked.concepts.map((c) => c.typed)).toEqual(['任务调度', '经验']);
    expect(asked.matches[0]?.profile.name).toBe('张林伟');
    // A count of people asked for (`一个`, `一位`) asks for nothing.
    const counted = search(snapshot, '需要一位会Rust的', taxonomy);
    expect(counted.concepts.map((c) => c.typed)).toEqual(['rust']);
    expect(counted.matches.map((m) => m.profile.name)).toEqual(['张林伟', '王军飞']);
    // So does the count of employers in `在一家…干了…年` (one employer, all those years).
    expect(search(snapshot, '一家外企做Rust的', taxonomy).concepts.map((c) => c.typed)).toEqual(['外企', 'rust']);
  });

  it('offers "did you mean" for a Latin typo and searches the correction', async () => {
    const snapshot = await seedSnapshot();
    const out = search(snapshot, 'kafak', taxonomy);
    expect(out.didYouMean).toEqual([{ from: 'kafak', to: 'kafka' }]);
    expect(out.matches.map((m) => m.profile.name)).toEqual(['王军飞']);
  });

  it('ranks, not filters: everyone showing all concepts first, then those showing most, each saying what is missing', async () => {
    const snapshot = await seedSnapshot();
    const out = search(snapshot, 'rust 数据库', taxonomy);
    const ranked = out.matches.map((m) => ({ name: m.profile.name, missed: m.missedConcepts.map((c) => c.typed) }));
    expect(
      ranked
        .slice(0, 2)
        .map((r) => r.name)
        .sort(),
    ).toEqual(['张林伟', '王军飞'].sort());
    expect(ranked.slice(0, 2).every((r) => r.missed.length === 0)).toBe(true);
    expect(ranked.length).toBeGreaterThan(2);
    expect(ranked.slice(2).every((r) => r.missed.length === 1)).toBe(true);
    expect(out.relaxed).toBe(false);
  });

  it('requirements stay hard: +term, phrases and alternatives groups', async () => {
    const snapshot = await seedSnapshot();
    const plus = search(snapshot, '+rust 数据库', taxonomy).matches.map((m) => m.profile.name);
    expect(plus.sort()).toEqual(['张林伟', '王军飞'].sort());
    const either = search(snapshot, 'kafka OR rabbitmq', taxonomy).matches.map((m) => m.profile.name);
    expect(either.sort()).toEqual(['王军飞', '王小兵'].sort());
    const slash = search(snapshot, 'Kafka/RabbitMQ', taxonomy).matches.map((m) => m.profile.name);
    expect(slash.sort()).toEqual(either.sort());
    expect(search(snapshot, '"分布式任务调度" kafka', taxonomy).matches.map((m) => m.profile.name)).toEqual(['张林伟']);
    // A choice of kinds of work on the thing asked for says any work on it will do: it ranks. The
    // English résumé of someone who designed it is not lost for lacking the Chinese words.
    const presence = (q: string): string[] => search(snapshot, q, taxonomy).concepts.map((c) => c.presence);
    expect(presence('rust 调试、维护、设计都行')).toEqual(['default', 'default']);
    // Work that is a trade of its own is asked for: one of them is required.
    expect(presence('rust 运维或测试').at(-1)).toBe('required');
    expect(presence('kafka installation or maintenance')).toEqual(['default', 'default']);
    expect(presence('做过销售或者售后都行').at(-1)).toBe('required');
    // A plain word left when the other choice names nothing (`led or mentored`: led is no term) ranks,
    // as any plain word does; a known thing left so still decides.
    const typedPresence = (q: string): string[][] =>
      search(snapshot, q, taxonomy).understood.concepts.map((c) => [c.typed, c.presence]);
    expect(typedPresence('java developer who led or mentored juniors')).toContainEqual(['mentored', 'default']);
    expect(typedPresence('sales manager who has built or managed a dealer network')).toContainEqual([
      'managed',
      'default',
    ]);
  });

  it('role and filler words never decide who matches', async () => {
    const snapshot = await seedSnapshot();
    // Next to a degree (a filter), English filler must not narrow a Chinese pool to nobody.
    const bachelors = snapshot.profiles.filter(
      (p) => p.duplicateOf === undefined && ['bachelor', 'master', 'phd'].includes(p.highestDegree ?? ''),
    ).length;
    expect(bachelors).toBeGreaterThan(0);
    expect(search(snapshot, 'candidates with a bachelor degree', taxonomy).total).toBe(bachelors);
    const withRole = search(snapshot, 'rust engineer 开发', taxonomy).matches.map((m) => m.profile.name);
    expect(withRole.sort()).toEqual(['张林伟', '王军飞'].sort());
    // "Software" is a role word too: `rust 软件工程师` and `rust software engineer` find the same people.
    for (const q of ['rust 软件工程师', 'rust software engineer'])
      expect(
        search(snapshot, q, taxonomy)
          .matches.map((m) => m.profile.name)
          .sort(),
        q,
      ).toEqual(withRole.sort());
  });

  it.each([
    ['zhang linwei', '张林伟'],
    ['Linwei Zhang', '张林伟'],
    ['zhanglinwei', '张林伟'],
    ['Wang Junfei', '王军飞'],
    ['wang junfei rust', '王军飞'],
  ])('finds %s (a name in pinyin, either order) first', async (query, name) => {
    const snapshot = await seedSnapshot();
    expect(search(snapshot, query, taxonomy).matches[0]?.profile.name).toBe(name);
  });

  it('finds a family name of two readings written either way (乐: Yue or Le, 曾: Zeng)', async () => {
    const snapshot = await poolOf(
      {
        'le.md': '# 乐嘉明\n\n2005年起任某公司总经理。',
        'zeng.md': '# 曾国明\n\n2008年起任某公司财务总监。',
      },
      'family-readings',
    );
    for (const [query, name] of [
      ['le jiaming', '乐嘉明'],
      ['Jiaming Yue', '乐嘉明'],
      ['zeng guoming', '曾国明'],
    ] as const)
      expect(search(snapshot, query, taxonomy).matches[0]?.profile.name, query).toBe(name);
    // Only the family names written two ways: 沈 is never Chen.
    expect(nameKeys('沈明')).toEqual(['shenming', 'mingshen']);
  });

  it('finds a résumé with no name by the name in its LinkedIn address, in either order', async () => {
    const snapshot = await poolOf(
      {
        'slug.txt': 'ASSISTANT MANAGER - HR\nwww.linkedin.com/in/sumankumari725b9236\nRecruitment and training.\n',
        'words.txt': 'ACCOUNTANT\nhttps://linkedin.com/in/rahul-verma-4b1a2\nGeneral ledger.\n',
        'other.md': '# Suman Biswas\n\nJava developer.\n',
      },
      'linkedin-names',
    );
    const first = (q: string): string | undefined => sourcesOf(snapshot, q)[0];
    expect(first('kumari suman')).toBe('slug.txt');
    expect(first('suman kumari')).toBe('slug.txt');
    expect(first('verma rahul')).toBe('words.txt');
    expect(first('suman biswas')).toBe('other.md');
  });

  it('takes pinyin that is also a known word (meng: M.Eng, ma: M.A.) for the name it is part of', async () => {
    const snapshot = await poolOf(
      {
        'meng.md': '# 孟建新\n\n1990年至今任湖南某公司证券部部长，高级经济师。',
        'ma.md': '# 马军\n\n江西人，2008年起在南昌做Java开发，硕士学历。',
        'other.md': '# 李伟\n\nM.Eng in Mechanical Engineering; worked in Jiangxi since 2010.',
        'title.md': '# HR Business Partner\n\nHR generalist and business partner to sales since 2015.',
      },
      'pinyin-words',
    );
    for (const [query, name] of [
      ['meng jianxin', '孟建新'],
      ['Jianxin Meng', '孟建新'],
      ['ma jun', '马军'],
    ] as const) {
      const out = search(snapshot, query, taxonomy);
      expect(
        out.matches.map((m) => m.profile.name),
        query,
      ).toEqual([name]);
      expect(out.didYouMean, query).toEqual([]);
    }
    // Only a name read in pinyin: a title given as a name is no name to put known words into.
    expect(search(snapshot, 'HR business partner', taxonomy).understood.concepts.length).toBeGreaterThan(1);
  });

  it('takes a known thing typed as syllables apart (`Yi Li`, the place Ili) for the name it is, not Hong Kong', async () => {
    const snapshot = await poolOf(
      {
        'yili.md': '# 李轶的个人简历\n\n2012年至今在上海做Java开发。',
        'kong.md': '# 孔宏\n\n2010年起任深圳某公司财务经理。',
        'hk.md': '# 陈明\n\n2009年至今任香港某银行风控经理。',
      },
      'pinyin-places',
    );
    expect(search(snapshot, 'Yi Li', taxonomy).matches.map((m) => m.profile.name)).toEqual(['李轶']);
    // Hong Kong is the place's own name in two words: the place, never 孔宏 read backwards.
    expect(search(snapshot, 'Hong Kong', taxonomy).matches.map((m) => m.profile.name)).toEqual(['陈明']);
  });

  it('falls back to partial matches, clearly marked, when nobody has everything', async () => {
    const snapshot = await seedSnapshot();
    const out = search(snapshot, 'rust kafka rabbitmq', taxonomy);
    expect(out.relaxed).toBe(true);
    expect(out.matches[0]?.profile.name).toBe('王军飞');
    expect(out.matches[0]?.matchedConcepts.length).toBe(2);
  });

  it('an empty query asks for help and never returns the whole pool', async () => {
    const snapshot = await seedSnapshot();
    for (const q of ['', '   ', '-', '+', '"', '""', '~', ':']) {
      const out = search(snapshot, q, taxonomy);
      expect(out.empty, q).toBe(true);
      expect(out.matches).toEqual([]);
    }
  });

  it('says how the query was understood', async () => {
    const snapshot = await seedSnapshot();
    const u = search(snapshot, 'k8s +kafka -java city:北京 5年以上', taxonomy).understood;
    expect(u.concepts).toEqual([
      { typed: 'k8s', as: 'Kubernetes', kind: 'skill', presence: 'default' },
      { typed: 'kafka', as: 'Kafka', kind: 'skill', presence: 'required' },
      { typed: 'java', as: 'Java', kind: 'skill', presence: 'prohibited' },
    ]);
    expect(u.filters).toEqual([{ field: 'city', value: '北京', negated: false, as: '北京 / Beijing' }]);
    expect(u.years).toEqual({ min: 5 });
  });

  it('reads degrees given as alternatives as the lowest of them or higher, and programmes as a choice', async () => {
    const snapshot = await seedSnapshot();
    const degree = (q: string) => search(snapshot, q, taxonomy).understood.filters.filter((f) => f.field === 'degree');
    expect(degree("master's or MBA in human resources")).toMatchObject([{ value: 'master', negated: false }]);
    expect(degree('本科或硕士 Java')).toMatchObject([{ value: 'bachelor' }]);
    expect(degree("PhD or master's in statistics")).toMatchObject([{ value: 'master' }]);
    // A bare associate or master beside a post is its rank, not a degree (`sales associate`, `journeyman or master`).
    expect(degree('sales associate')).toEqual([]);
    expect(degree('associate consultant at Infosys')).toEqual([]);
    expect(search(snapshot, 'sales associate', taxonomy).understood.concepts.map((c) => c.typed)).toContain(
      'associate',
    );
    expect(degree('licensed electrician (journeyman or master)')).toEqual([]);
    expect(degree('associate or bachelor')).toMatchObject([{ value: 'associate' }]);
    expect(degree('associate degree in accounting')).toMatchObject([{ value: 'associate' }]);
    expect(degree('master or higher, Java')).toMatchObject([{ value: 'master' }]);
    // Degrees and then the fields to study in one choice: the degrees are the filter, the fields only rank.
    for (const q of [
      "Java developer with a master's or PhD (CS, stats, math, EE or similar)",
      '硕士或博士（计算机、数学）的Java开发',
    ]) {
      const u = search(snapshot, q, taxonomy).understood;
      expect(u.filters, q).toMatchObject([{ field: 'degree', value: 'master', negated: false }]);
      const fields = u.concepts.find((c) => c.members?.includes('数学 / Mathematics'));
      expect(fields, q).toMatchObject({ presence: 'default' });
      expect(fields?.members?.length, q).toBeGreaterThan(1);
      expect(fields?.as, q).not.toMatch(/硕士|博士/);
    }
    // A Chinese list that ends with a kind word once for all its items: each item is of that kind.
    const firms = search(snapshot, '湖南那边电子、计算机或者软件企业出来的有吗？', taxonomy).understood;
    expect(firms.concepts.find((c) => c.members)?.members).toEqual(['电子行业 / Electronics industry', 'IT行业 / IT']);
    expect(firms.concepts.map((c) => c.typed)).not.toContain('那边电子');
    // Two such lists in a row are two choices; a list only some of whose items name a thing with the
    // word is left as typed (`审计、财务或者咨询公司`: jobs, as no 审计公司 is known).
    const two = search(snapshot, '电子、计算机或者软件企业、通信或者互联网企业', taxonomy).understood.concepts;
    expect(two.map((c) => c.members)).toEqual([
      ['电子行业 / Electronics industry', 'IT行业 / IT'],
      ['通信 / Telecom', '互联网 / Internet'],
    ]);
    expect(search(snapshot, '审计、财务或者咨询公司', taxonomy).understood.concepts[0]?.members).toEqual([
      '审计 / Audit',
      '财务 / Finance',
      '咨询 / Consulting',
    ]);
    // Places are no kind of firm (`北京、上海或者深圳企业`), nor are names whose whole is the same thing.
    expect(search(snapshot, '北京、上海或者深圳企业', taxonomy).understood.concepts[0]?.members).toEqual([
      '北京 / Beijing',
      '上海 / Shanghai',
      '深圳 / Shenzhen',
    ]);
    // CS is computer science in an English question, customer service in a Chinese one (`淘宝CS`).
    expect(search(snapshot, 'MS in CS', taxonomy).understood.concepts.map((c) => c.as)).toEqual([
      '计算机 / Computer science',
    ]);
    const service = search(snapshot, '有电商CS经验的', taxonomy).understood.concepts;
    expect(service.map((c) => c.as)).not.toContain('计算机 / Computer science');
    expect(service.find((c) => c.typed.toLowerCase() === 'cs')).toMatchObject({ kind: 'text' });
    // A degree as a ceiling rules out it and the ones above (`大专以下`), or those above it (`本科及以下`).
    expect(degree('大专以下学历，当过总经理的')).toEqual([
      { field: 'degree', value: 'associate', negated: true, as: '大专 / Associate' },
    ]);
    expect(degree('本科及以下学历的Java开发')).toMatchObject([{ value: 'master', negated: true }]);
    expect(degree('博士及以下')).toEqual([]);
    expect(degree('大专学历以下的普工')).toMatchObject([{ value: 'associate', negated: true }]);
    expect(degree('本科（含）以下')).toMatchObject([{ value: 'master', negated: true }]);
    // 以下 that points onwards is no ceiling (`硕士以下几个方向优先`).
    expect(degree('硕士以下几个方向优先：NLP、CV')).toMatchObject([{ value: 'master', negated: false }]);
    // CS is computer science beside a degree in Chinese too (`CS硕士`); in a question about shops, the word.
    expect(search(snapshot, 'CS硕士', taxonomy).understood.concepts.map((c) => c.as)).toEqual([
      '计算机 / Computer science',
    ]);
    // … but experience instead of a degree is no field (`本科或者同等工作经验`): the choice stays.
    expect(degree('本科或者同等工作经验的Java开发')).toEqual([]);
    const programmes = search(snapshot, 'MBA或EMBA', taxonomy).understood;
    // A certificate named after the last of a choice is the certificate of each thing in it.
    const certified = search(snapshot, 'engineers holding an AWS or Azure certification', taxonomy).understood;
    expect(certified.concepts.find((c) => c.members)?.members).toEqual(['AWS Certified', 'Azure Certified']);
    expect(
      search(snapshot, 'Kafka or Azure certification', taxonomy).understood.concepts.find((c) => c.members)?.members,
    ).toEqual(['Kafka', 'Azure Certified']);
    // A thing with several certificates of its own (Kubernetes: the CKA and the CKAD) is left as it is.
    expect(
      search(snapshot, 'Kubernetes or AWS certification', taxonomy).understood.concepts.find((c) => c.members)?.members,
    ).toEqual(['Kubernetes', 'AWS Certified']);
    expect(programmes.filters).toEqual([]);
    expect(programmes.concepts).toHaveLength(1);
  });
});

describe('a field named with its degree', () => {
  it('asks for the field and the degree (`理学博士`), and leaves a degree of its own (`工商管理硕士`, MBA) as it is', async () => {
    const snapshot = await seedSnapshot();
    const science = search(snapshot, '理学博士', taxonomy).understood;
    expect(science.concepts.map((c) => c.as)).toEqual(['理学 / Natural sciences']);
    expect(science.filters).toMatchObject([{ field: 'degree', value: 'phd', negated: false }]);
    const engineering = search(snapshot, '工学硕士', taxonomy).understood;
    expect(engineering.concepts.map((c) => c.as)).toEqual(['工学 / Engineering (field of study)']);
    expect(engineering.filters).toMatchObject([{ field: 'degree', value: 'master', negated: false }]);
    const mba = search(snapshot, '工商管理硕士', taxonomy).understood;
    expect(mba.concepts.map((c) => c.typed)).toEqual(['工商管理硕士']);
    expect(mba.filters).toEqual([]);
  });
});

describe('a job family', () => {
  it('is what is asked next to a place, and only ranks next to a specialty; years next to it are the career’s', async () => {
    const snapshot = await seedSnapshot();
    const typed = (q: string): string[] => search(snapshot, q, taxonomy).understood.concepts.map((c) => c.typed);
    expect(typed('software engineers based in Nanjing')).toEqual(['software engineers', 'based', 'Nanjing']);
    expect(typed('嵌入式软件工程师')).toEqual(['嵌入式']);
    const career = search(snapshot, '10年以上软件开发经验', taxonomy).understood;
    expect(career.years).toEqual({ min: 10 });
    expect(career.concepts.every((c) => c.years === undefined)).toBe(true);
  });
});

describe('hostile input', () => {
  const HOSTILE = [
    'rust:',
    'title:rust',
    '后端:5年',
    'k8s~',
    'kafka~1',
    'java*',
    '*sql',
    'c++',
    'C#',
    '-',
    '+',
    '+rust -java',
    'rust^',
    'rust^2',
    'Rust工程师',
    'kafka，消息队列',
    '分布式系统',
    '"消息队列"',
    'node.js',
    'Go/Java',
    'https://github.com',
    "''",
    '   ',
    '😀'.repeat(5000),
    'a'.repeat(10000),
    '\u0000\u0007\u001b[31m',
    '<script>alert(1)</script>',
    'years:>=abc',
    'company:',
    ':::',
    '((((',
    '"unclosed',
  ];

  it.each(HOSTILE)('%s gives an answer, never an exception', async (q) => {
    const snapshot = await seedSnapshot();
    expect(() => search(snapshot, q, taxonomy)).not.toThrow();
  });

  it('random strings never throw', async () => {
    const snapshot = await seedSnapshot();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({
            unit: fc.constantFrom(...'+-":~^*()年以上 5rustk8s消息队列，。😀\u0000'.split('')),
            maxLength: 60,
          }),
        ),
        (q) => {
          const out = search(snapshot, q, taxonomy);
          expect(out.total).toBeGreaterThanOrEqual(out.matches.length);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('years with a skill over the seeds (issue 14)', () => {
  const run = async (q: string) => search(await seedSnapshot(), q, taxonomy);

  it('years:rust>=1 gives the two whose dated jobs show Rust, as a requirement', async () => {
    const out = await run('years:rust>=1');
    expect(out.matches.map((m) => m.profile.name)).toEqual(['张林伟', '王军飞']);
    expect(out.understood.concepts).toEqual([
      { typed: 'rust', as: 'Rust', kind: 'skill', presence: 'required', years: { min: 1 } },
    ]);
    expect((await run('years:rust>=2')).matches.map((m) => m.profile.name)).toEqual(['张林伟']);
  });

  it('3年以上Go经验 is years with Go, not total years: a Go listing alone is shown as missing them', async () => {
    const out = await run('3年以上Go经验');
    expect(out.understood.years).toBeNull();
    expect(out.understood.concepts[0]).toMatchObject({ as: 'Go', years: { min: 3 } });
    // Nobody in the seeds has three dated years of Go: everyone with Go is shown, none as meeting it.
    expect(out.relaxed).toBe(true);
    expect(out.matches).toHaveLength(4);
    for (const m of out.matches)
      expect(m.missedConcepts.map((c) => c.kind === 'taxonomy' && c.years)).toEqual([{ min: 3 }]);
    // One year is met by 王小兵 (Gin and GORM in dated projects), and he comes first.
    const one = await run('1年以上Go经验');
    expect(one.matches[0]?.profile.name).toBe('王小兵');
    expect(one.matches[0]?.matchedConcepts.some((c) => c.kind === 'taxonomy' && c.years?.min === 1)).toBe(true);
  });

  it('ties natural years to the skill next to them, and only then', async () => {
    const tied = async (q: string) => (await run(q)).understood.concepts.filter((c) => c.years).map((c) => c.as);
    expect(await tied('5+ years of Java')).toEqual(['Java']);
    expect(await tied('at least 2 years Kubernetes')).toEqual(['Kubernetes']);
    expect(await tied('Go 3年以上经验')).toEqual(['Go']);
    expect(await tied('golang developer with 5+ years experience')).toEqual(['Go']);
    // A profession's years are years of practice.
    expect(await tied('lawyer with at least 10 years of practice')).toEqual(['律师 / Lawyer']);
    expect(await tied('golang developer with 5+ years practice')).toEqual(['Go']);
    // Not where the word begins the name of a field.
    for (const q of ['10 years of practice management', '10 years of practice-management', '8 years practice head'])
      expect(
        (await run(q)).understood.concepts.some((c) => c.typed.includes('practice')),
        q,
      ).toBe(true);
    // Of technologies written one after another, the last; a field after a tool leaves them with the tool.
    expect(await tied('5+ years of Unix shell scripting experience')).toEqual(['Shell']);
    expect(await tied('3+ years Selenium automation testing')).toEqual(['Selenium']);
    expect(await tied('5+ years of Java and Kafka')).toEqual(['Java']);
    // Years spent managing or leading something are years of it.
    expect(await tied('10+ years managing IT departments')).toEqual(['IT 经理 / IT manager']);
    // A post held for years (`as a`), and experience written before the years.
    expect(await tied('at least 3 years working as a Scrum Master')).toEqual(['Scrum Master']);
    expect(await tied('财务总监经验5年以上')).toEqual(['财务总监 / CFO']);
    expect(await tied('Go开发经验3年以上')).toEqual(['Go']);
    // Years at an employer are years there.
    expect(await tied('5+ years at Infosys')).toEqual(['Infosys']);
    expect(await tied('在华为干了5年以上的')).toEqual(['华为 / Huawei']);
    // Total years: no experience word after a skill, a filter in between, or the words say so.
    expect(await tied('golang 5年以上')).toEqual([]);
    expect(await tied('k8s +kafka city:北京 5年以上')).toEqual([]);
    expect(await tied('5年以上工作经验 Java')).toEqual([]);
    const both = await run('5年以上Go经验，总共10年以上工作经验');
    expect(both.understood.concepts.find((c) => c.years)).toMatchObject({ as: 'Go', years: { min: 5 } });
    expect(both.understood.years).toEqual({ min: 10 });
  });
});

describe('years at an employer', () => {
  it('counts the jobs there, not the whole career (`5+ years at Infosys`)', async () => {
    const snapshot = await poolOf(
      {
        'long.md': '# Ann Roe\n\nSystems Engineer, Infosys Limited, Pune. Jan 2014 to Dec 2020.\n',
        'short.md':
          '# Bo Li\n\nConsultant, Deloitte, Mumbai. Jan 2000 to Dec 2018.\nAnalyst, Infosys Limited, Pune. Jan 2019 to Dec 2020.\n',
      },
      'employer-years',
    );
    const out = search(snapshot, '5+ years at Infosys', taxonomy);
    expect(out.matches.map((m) => m.profile.source)).toEqual(['long.md', 'short.md']);
    expect(out.matches[1]?.missedConcepts.map((c) => c.kind === 'taxonomy' && c.years)).toEqual([{ min: 5 }]);
  });
});

describe('a list before `or`', () => {
  const typed = async (q: string): Promise<string[]> =>
    search(await seedSnapshot(), q, taxonomy).understood.concepts.map((c) => c.typed);
  it('is one choice when its items are of one sort (`CISSP, CISM or CEH`, `Python、Java或Go`)', async () => {
    expect(await typed('Python, Java or Go')).toEqual(['Python | Java | Go']);
    expect(await typed('会Java、Python或者Go的')).toEqual(['java | Python | go']);
    expect(await typed('CISSP, CISM or CEH')).toEqual(['CISSP | CISM | CEH']);
    const out = search(await seedSnapshot(), 'who knows Python, Rust or Kafka?', taxonomy);
    expect(out.matches.map((m) => m.profile.name)).toEqual(expect.arrayContaining(['张林伟', '王军飞']));
  });

  it('takes the thing before the connector, not the word that says what it is (`PMP证书或者CPA`)', async () => {
    expect(await typed('有PMP证书或者CPA的')).toContain('pmp | cpa');
    expect(await typed('有高级会计师职称或者CPA的')).toContain('高级会计师 | cpa');
    // A post's head is no such word: it stays with the post.
    expect((await typed('当过HR经理或者HR总监的')).join(' ')).not.toContain('HR | ');
    // Items made one choice by a list or brackets are read as before.
    expect(await typed('同时有工程师和经济师两个职称的（高工、高经也算）')).not.toContain('经济师 | 高工 | 高经');
  });

  it('keeps items of another sort as concepts of their own (`Java, Spring, MySQL or PostgreSQL`)', async () => {
    expect(await typed('Java, Spring, MySQL or PostgreSQL')).toEqual(['Java', 'Spring', 'MySQL | PostgreSQL']);
    expect(await typed('后端，会Java或者Go')).toEqual(['后端', 'java | Go']);
    // Words apart, not listed: only the two joined by `or` are the choice.
    expect(await typed('Python Java or Go')).toEqual(['Python', 'Java | Go']);
  });

  it('is one choice when it lists places: nobody is in two (`青海、宁夏那边的企业高管`)', async () => {
    expect((await typed('青海、宁夏那边的企业高管'))[0]).toBe('青海 | 宁夏');
    expect((await typed('Java developers in Pune, Mumbai, Bangalore')).slice(-1)).toEqual([
      'Pune | Mumbai | Bangalore',
    ]);
    // Not a place next to a skill.
    expect(await typed('北京、Java')).toEqual(['北京', 'Java']);
    // A list of places ending in a choice is one choice, however long.
    expect((await typed('IT managers in Bangalore, Hyderabad, Chennai or Kerala')).slice(-1)).toEqual([
      'Bangalore | Hyderabad | Chennai | Kerala',
    ]);
    expect((await typed('青海、宁夏、甘肃或者新疆的企业高管'))[0]).toBe('青海 | 宁夏 | 甘肃 | 新疆');
    // A state, then cities of it, are one choice; a region and the cities that make it stay apart.
    expect((await typed('IT people from Andhra Pradesh - Vizag, Vijayawada, Tirupati')).slice(-1)).toEqual([
      'Andhra Pradesh | Vizag | Vijayawada | Tirupati',
    ]);
    expect((await typed('广东 深圳 销售'))[0]).toBe('广东 | 深圳');
    // A US state holds cities only: a state too, though no place holds it.
    expect((await typed('accountant in Florida - Miami, Tampa or Orlando')).slice(-1)).toEqual([
      'Florida | Miami | Tampa | Orlando',
    ]);
    // … also after a choice of states: cities of one of them, and the places listed after it.
    expect((await typed('accountants in Illinois or Wisconsin - Chicago, Milwaukee')).slice(-1)).toEqual([
      'Illinois | Wisconsin | Chicago | Milwaukee',
    ]);
    expect((await typed('IT people in India or Nepal - Kolkata, Patna')).slice(-2)).toEqual([
      'India | Nepal',
      'Kolkata | Patna',
    ]);
    expect((await typed('IT people in India - Kolkata, Patna, Ranchi')).slice(-2)).toEqual([
      'India',
      'Kolkata | Patna | Ranchi',
    ]);
    expect((await typed('华南 深圳 销售')).slice(0, 2)).toEqual(['华南', '深圳']);
    // A country or a region is no state, even with a place of its own next to it.
    expect((await typed('IT people in India - Delhi, Mumbai')).slice(-2)).toEqual(['India', 'Delhi | Mumbai']);
    expect((await typed('华北 北京 销售')).slice(0, 2)).toEqual(['华北', '北京']);
    expect((await typed('珠三角 深圳 销售')).slice(0, 2)).toEqual(['珠三角', '深圳']);
    expect(await typed('+Bangalore, +Hyderabad, +Chennai or +Kerala')).toEqual([
      'Bangalore | Hyderabad | Chennai | Kerala',
    ]);
    // Places excluded stay excluded: the next place is no choice with them.
    const excluded = search(await seedSnapshot(), '-Pune/Mumbai, Chennai', taxonomy).understood.concepts;
    expect(excluded.map((c) => [c.typed, c.presence])).toEqual([
      ['Pune/Mumbai', 'prohibited'],
      ['Chennai', 'default'],
    ]);
  });

  it('takes in a choice of places listed right after a choice of places (`Uttarakhand (Dehradun, Roorkee), Himachal Pradesh or Jammu & Kashmir`)', async () => {
    expect(await typed('engineers in Uttarakhand (Dehradun, Roorkee), Himachal Pradesh or Jammu & Kashmir')).toContain(
      'Uttarakhand | Dehradun | Roorkee | Himachal Pradesh | Jammu and Kashmir',
    );
  });

  it('keeps the places listed after a name it does not know in the choice (`Mumbai, Pune, Solapur, Nagpur`)', async () => {
    const concepts = await typed('advocates or lawyers in Maharashtra - Mumbai, Pune, Solapur, Nagpur');
    expect(concepts).toContain('Maharashtra | Mumbai | Pune | Nagpur');
    // The name unknown stays a word asked.
    expect(concepts).toContain('solapur');
  });

  it('asks a thing as typed, not as a choice of one, when the other member names nothing (`top management or on the board`)', async () => {
    const snapshot = await seedSnapshot();
    const out = search(snapshot, 'now in top management or on the board of a paper company', taxonomy);
    const management = out.understood.concepts.find((c) => c.typed === 'top management');
    expect(management?.presence).toBe('default');
  });

  it('reads an article opening an item of a list as none of it (`Germany, Italy, the UK, South Korea or Japan`)', async () => {
    expect(await typed('worked overseas - Germany, Italy, the UK, South Korea or Japan')).toContain(
      'Germany | Italy | UK | South Korea | Japan',
    );
  });

  it('reads a part of a place no entry knows as the place, in its list (`Maryland, Northern Virginia or Washington DC`)', async () => {
    expect(await typed('accountants in the DC area - Maryland, Northern Virginia or Washington DC')).toContain(
      'Maryland | Virginia | Washington DC',
    );
    expect(await typed('Java devs in Northern Virginia')).toEqual(['Java', 'devs', 'Virginia']);
    // A name that begins with such a word is the name.
    expect(await typed('Western Union agents')).toContain('western');
  });

  it('joins a name split between two choices, and the choices (`Australia or New Zealand (Sydney, Melbourne)`)', async () => {
    expect(await typed('IT people who worked in Australia or New Zealand (Sydney, Melbourne)')).toContain(
      'Australia | New Zealand | Sydney | melbourne',
    );
    expect(await typed('MySQL、SQL Server、PostgreSQL都算')).toEqual(['MySQL | SQL Server | PostgreSQL']);
    // … and a name whose last word a slash's choice took from the next word (`Dallas/Fort Worth`), one
    // choice of places with those listed around it.
    expect(await typed('HR people in Texas - Houston, Dallas/Fort Worth, Austin, San Antonio')).toContain(
      'Texas | Houston | Dallas | Austin | San Antonio',
    );
    // A choice's own members are no name together (`nuclear or power plant`).
    expect(await typed('nuclear or power plant experience')).not.toContain('nuclear power');
    // A higher post (`或者更高职位`) is no vocational college (高职).
    expect((await typed('当过副总经理、总工程师或者更高职位的')).join(' ')).not.toContain('高职');
    // Not across a comma (`Spring, Boot`).
    expect(await typed('Java or Spring, Boot or Quarkus')).not.toContain('Spring Boot');
    // Two choices of places for two things (where from, where now) stay two.
    expect(await typed('籍贯四川或重庆，现在在北京或上海')).toEqual(['籍贯', '四川 | 重庆', '现在', '北京 | 上海']);
    // A verb beside a known thing is another way to have done it, no choice of its own.
    expect(await typed('worked at a telecom operator, or delivered projects for one')).toContain('telecom operator');
  });

  it('is one choice, whatever its items, when the query says any will do (`…或者中电投出来的都行`)', async () => {
    expect(await typed('华能、大唐、华电或者中电投出来的都行')).toEqual(['华能 | 大唐 | 华电 | 中电投', '出来']);
    // An item that is no known thing (51, for 8051 chips) leaves the rest of the list one choice.
    expect(await typed('STM32、51或者Arduino都行')).toEqual(['STM32 | Arduino']);
    // With no 或 at all: the list joined by 、 is the choice.
    expect(await typed('华能、大唐、华电这几家出来的都行')).toEqual(['华能 | 大唐 | 华电', '这几家', '出来']);
    expect(await typed('Python、Java都可以')).toEqual(['Python | Java']);
    // A choice's second member that leaves out the words its first began with (`六西格玛绿带或者黑带`) is
    // the known term they make together.
    const belts = search(await seedSnapshot(), '有六西格玛绿带或者黑带证书的吗？', taxonomy).understood.concepts;
    expect(belts.find((c) => c.members)?.as).toContain('六西格玛黑带');
    // Where the list is joined by 、, a comma ends the clause before it: the thing asked is no item of it.
    const siebel = await typed('找个做Siebel CRM的，开发、实施、测试或者运维支持都行');
    expect(siebel).toContain('crm');
    expect(await typed('做Siebel CRM的，开发、实施、测试都行')).toEqual(['siebel', 'crm', '开发 | 实施 | 测试']);
    // What stands before that comma still joins the list when of its sort (a degree to degrees) …
    expect(await typed('正在读在职硕士的，MBA、EMBA在读也行')).toContain('在职硕士 | MBA | emba');
    // … and only that comma: a list made with commas elsewhere is still a list.
    expect(await typed('北京，上海，深圳，会Java、Go的')).toContain('北京 | 上海 | 深圳');
    // With an 或 in another clause, the clause that says any will do is still its choice.
    expect(await typed('当过行长或者副行长的，总行、分行、支行都算')).toEqual([
      '当过',
      '行长 | 副行长',
      '总行 | 分行 | 支行',
    ]);
    // `都算` says it too (`可靠性测试、可靠性工程都算`); `也算` says more count, and 成都 is a city.
    expect(await typed('Python、Java都算')).toEqual(['Python | Java']);
    expect(await typed('Kafka、RocketMQ也算')).not.toContain('Kafka | RocketMQ');
    expect(await typed('成都算法工程师')).toEqual(['成都', '算法', '工程师']);
    expect(await typed('成都、重庆都行')).toEqual(['成都 | 重庆']);
    // A list closed by `这种` or `这类` names examples, as after `比如`: any will do.
    expect(await typed('熟悉消息队列，Kafka、RocketMQ这类')).toEqual(['熟悉', '消息队列', 'Kafka | RocketMQ']);
    expect(await typed('比如Kafka、RocketMQ这种')).toEqual(['Kafka | RocketMQ']);
    // The choice ends with the list, and a list that does not start a clause is left as written.
    expect(await typed('三星、OPPO这种，还要会Java')).toEqual(['三星 | OPPO', 'java']);
    expect(await typed('后端Java、Go这种')).not.toContain('后端Java | Go');
    expect(await typed('要求熟悉Java、Spring、Redis等等')).not.toContain('Java | Spring | Redis');
    // Without it, a list of another sort keeps its items.
    expect(await typed('Java、Spring、MySQL或PostgreSQL')).toEqual(['Java', 'Spring', 'MySQL | PostgreSQL']);
  });

  it('reads a post written around a verb of having held it as the post (`在大学当过老师`: 大学老师)', async () => {
    expect(await typed('以前在大学当过老师')).toContain('大学老师');
    // Words that are each a term of their own stay apart (`在银行当过行长`: 银行, 行长).
    expect(await typed('在银行当过行长的')).toEqual(expect.arrayContaining(['银行', '行长']));
    // No word is cut to make the post (`在研究院当过所长` is no 研究院所).
    expect(await typed('在研究院当过所长')).toEqual(expect.arrayContaining(['研究院', '所长']));
    expect(await typed('在机构当过设计师')).not.toContain('机构设计');
  });

  it('is a choice of the things before a shared ending, not of the ending (`银行或者证券公司`)', async () => {
    expect(await typed('银行公司或者证券公司出来的')).toEqual(['公司', '银行 | 证券公司', '出来']);
    const understood = search(await seedSnapshot(), '保险公司或者基金公司', taxonomy).understood.concepts;
    expect(understood.find((c) => c.presence === 'required')?.as).toBe('保险 / 基金公司');
    // A word of its own before the ending is kept with it (`优秀毕业生`).
    expect(await typed('拿过优秀毕业生或者三好学生的')).toContain('优秀毕业生 | 三好学生');
  });
});

describe('a metal asked for by one character', () => {
  const as = async (q: string): Promise<(string | undefined)[]> =>
    search(await seedSnapshot(), q, taxonomy).understood.concepts.map((c) => c.as);
  it('is its trade when it stands as a word (`有铜行业背景的`, `做过钢的`), not inside another (钢琴)', async () => {
    expect(await as('有铜行业背景的吗？')).toContain('铜业 / Copper');
    expect(await as('做过钢的')).toContain('钢铁 / Steel');
    expect(await as('煤行业')).toContain('煤炭 / Coal');
    expect(await as('钢琴老师')).not.toContain('钢铁 / Steel');
    expect(await as('铜陵的')).toEqual(['铜陵 / Tongling']);
  });
});

describe('a choice with a role word in it', () => {
  it('decides nothing alone once the role word goes (`developers or support engineers`), nor does one of role words only', async () => {
    const snapshot = await poolOf(
      {
        'dev.md': '# Ann Roe\n\nJava developer at an IT services firm, Noida, Uttar Pradesh, 2019 to 2024.\n',
        'support.md': '# Bo Li\n\nApplication support engineer, Noida, Uttar Pradesh, 2018 to 2024.\n',
        'elsewhere.md': '# Cy Dee\n\nApplication support engineer, Pune, Maharashtra, 2018 to 2024.\n',
        'analyst.md': '# Di Fu\n\nJava programmer analyst, Noida, Uttar Pradesh, 2017 to 2024.\n',
      },
      'role-choice',
    );
    const found = search(snapshot, 'IT folks based in Noida - developers or support engineers', taxonomy).matches.map(
      (m) => m.profile.source,
    );
    expect(found).toEqual(expect.arrayContaining(['dev.md', 'support.md']));
    expect(found.indexOf('elsewhere.md')).not.toBe(0);
    // A choice of role words only is as broad as one: it ranks, and decides nothing.
    const java = search(snapshot, 'Java engineers or developers in Noida', taxonomy).matches.map(
      (m) => m.profile.source,
    );
    expect(java).toEqual(expect.arrayContaining(['dev.md', 'analyst.md']));
  });
});

describe('a field asked for as a major by its short name', () => {
  it('is the field (`生物相关专业` is 生物学, `心理专业` 心理学); without a major word it stays a word', async () => {
    const as = async (q: string): Promise<string[]> =>
      search(await seedSnapshot(), q, taxonomy).understood.concepts.map((c) => c.as);
    expect(await as('生物相关专业本科以上学历')).toContain('生物学 / Biology');
    expect(await as('心理专业毕业')).toContain('心理学 / Psychology');
    expect(await as('生物')).not.toContain('生物学 / Biology');
  });
});

describe('function words', () => {
  it('English function words ask for nothing; IT still does', async () => {
    const out = search(await seedSnapshot(), 'rust in the database', taxonomy);
    expect(out.understood.concepts.map((c) => c.typed)).toEqual(['rust', 'database']);
    // IT is the trade, not the pronoun.
    expect(search(await seedSnapshot(), 'IT in banking', taxonomy).understood.concepts.map((c) => c.as)).toContain(
      'IT行业 / IT',
    );
  });

  it('a particle left on its own (`做过消息队列的`) asks for nothing and is never quoted as evidence', async () => {
    const out = search(await seedSnapshot(), '做过消息队列的', taxonomy);
    expect(out.understood.concepts.map((c) => c.typed)).toEqual(['做过', '消息队列']);
    expect(search(await seedSnapshot(), '的', taxonomy).empty).toBe(true);
  });
});

describe('a name written in both scripts', () => {
  it('is one thing where its Latin word alone names another (`MIS报表`), and stays two words otherwise', async () => {
    const as = async (q: string): Promise<string[]> =>
      search(await seedSnapshot(), q, taxonomy).understood.concepts.map((c) => c.as);
    expect(await as('做MIS报表3年以上的')).toEqual(['MIS报表 / MIS and management reporting']);
    // The Chinese part a name of its own: IT, and a trainer.
    expect(await as('找个IT培训讲师')).toContain('IT行业 / IT');
  });

  it('is one thing where its Latin word names nothing and its Chinese part another thing (`token认证`: no certificate)', async () => {
    const as = async (q: string): Promise<string[]> =>
      search(await seedSnapshot(), q, taxonomy).understood.concepts.map((c) => c.as);
    expect(await as('token认证那种')).toEqual(['鉴权 / Authentication']);
    expect(await as('有什么认证')).toContain('证书 / Certification');
    // Not where the Chinese part names a maker: it stays what is asked (`西门子S7`: Siemens).
    const read = analyzeTerm({ text: '西门子S7 PLC编程', phrase: false, presence: 'default' }, taxonomy);
    expect(read.map((c) => (c.kind === 'taxonomy' ? c.id : c.typed))).toEqual(['siemens', 's7', 'plc', '编程']);
  });

  it('is the narrower thing its Latin word in Chinese names with the same Chinese (`HR助理`: 人事助理)', () => {
    const read = (text: string): string[] =>
      analyzeTerm({ text, phrase: false, presence: 'default' }, taxonomy).map((c) =>
        c.kind === 'taxonomy' ? c.id : c.typed,
      );
    expect(read('做HR助理满')).toEqual(['hr-assistant']);
    // Only where a word ends, and not one character of place or time (`Audit部门`, `PhD后在企业`).
    expect(read('Audit部门经理')).not.toContain('门经理');
    expect(read('PhD后在企业')).not.toContain('postdoc');
    // A lone character beside other things asked is a verb (`算过Cpk`: 算), no word asked.
    expect(read('算过Cpk/过程能力的')).not.toContain('算');
    expect(read('HR助理')).toEqual(['hr-assistant']);
    expect(read('HR文员')).toEqual(['hr-assistant']);
    // Nothing narrower named so: the words stay apart (`ERP文员`, `Java开发`).
    expect(read('ERP文员')).toEqual(['erp', 'administrative-assistant']);
    expect(read('Java开发')[0]).toBe('java');
  });
});

describe('verbs of having done', () => {
  it('ask for nothing (`has written`, `ran`, `held`, `sat on`), and GD&T keeps its T', async () => {
    const typed = async (q: string): Promise<string[]> =>
      search(await seedSnapshot(), q, taxonomy).understood.concepts.map((c) => c.typed.toLowerCase());
    expect(await typed('anyone who has written Java Servlets')).not.toContain('written');
    expect(await typed('ran the housekeeping crew')).not.toContain('ran');
    expect(await typed('has sat on a listed company board')).not.toContain('sat');
    expect(await typed('mechanical design engineer with GD&T')).toContain('t');
  });
});

describe('a like that brings no examples', () => {
  it('asks for nothing (`predictive maintenance like vibration analysis`)', async () => {
    const typed = search(
      await seedSnapshot(),
      'predictive maintenance like vibration analysis',
      taxonomy,
    ).understood.concepts.map((c) => c.typed);
    expect(typed).not.toContain('like');
    expect(typed.join(' ')).toContain('vibration');
  });
});

describe('an abbreviation written in the plural', () => {
  it('is the abbreviation (`CFOs`, `DBAs`), and a word that ends so stays the word', async () => {
    const as = async (q: string): Promise<string[]> =>
      search(await seedSnapshot(), q, taxonomy).understood.concepts.map((c) => c.as);
    expect(await as('CFOs in Beijing')).toContain('财务总监 / CFO');
    expect((await as('Oracle DBAs')).join(' ')).toContain('DBA');
    // Known as written (AWS): as typed.
    expect(await as('AWS')).toEqual(['AWS']);
  });
});

describe('the United States asked for', () => {
  it('is `US` in capitals, `U.S.` and `American`; `us` in lower case is a pronoun', async () => {
    const as = async (q: string): Promise<string[]> =>
      search(await seedSnapshot(), q, taxonomy).understood.concepts.map((c) => c.as);
    const us = '美国 / United States';
    expect(await as('finance grads from US schools')).toContain(us);
    expect(await as('U.S. citizens with Java')).toContain(us);
    expect(await as('a degree at an American university')).toContain(us);
    expect(await as('find us a Java dev')).not.toContain(us);
    // So are other countries' and regions' adjectives; a language's name stays the language.
    expect(await as('Canadian accountants')).toContain('加拿大 / Canada');
    expect(await as('British accountants')).toContain('英国 / United Kingdom');
    expect(await as('European accountants')).toContain('欧洲 / Europe');
    expect(await as('German speakers')).toContain('德语 / German');
  });
});

describe('a choice of places inside a place asked for', () => {
  it('names examples of it: ranks who names one, and the place’s other towns count too', async () => {
    const snapshot = await poolOf(
      {
        'zhengzhou.md': '# 王郑\n\n2010年起任郑州某公司财务经理。\n',
        'kaifeng.md': '# 李汴\n\n2012年起任河南开封某公司财务主管。\n',
        'wuhan.md': '# 赵汉\n\n2011年起任武汉某公司财务经理。\n',
      },
      'place-examples',
    );
    const found = search(snapshot, '河南那边做财务的，郑州、洛阳这些地方都行', taxonomy).matches.map(
      (m) => m.profile.source,
    );
    expect(found.slice(0, 2)).toEqual(['zhengzhou.md', 'kaifeng.md']);
    // The last word of the clause before is no item of the list, which is of places (`这些地方都行`).
    expect(
      search(snapshot, '河南那边做财务的，郑州、洛阳这些地方都行', taxonomy).understood.concepts.map((c) => c.typed),
    ).toEqual(['河南', '那边', '财务', '郑州 | 洛阳']);
    // Alone, a choice of places decides.
    expect(search(snapshot, '郑州或者洛阳做财务的', taxonomy).matches.map((m) => m.profile.source)).toEqual([
      'zhengzhou.md',
    ]);
  });
});

describe('a programmer asked for by place alone', () => {
  it('is software work (`武汉那边的程序员`, `developers in Pune`), not anyone in the place', async () => {
    const snapshot = await poolOf(
      {
        'dev.md': '# 王程\n\n2016年至今在武汉某公司做后端开发，Java、MySQL。\n',
        'cfo.md': '# 李财\n\n2010年起任武汉某集团财务总监，武汉大学会计学硕士。\n',
        // Develops property, not software, in Wuhan and Changsha (`开发` of 房地产开发).
        'estate.md': '# 赵地\n\n2012年至今任武汉某房地产开发公司总经理，兼长沙分公司经理，负责湖北、湖南地产开发。\n',
        'pune.md': '# Ravi Rao\n\nBackend developer, Pune, 2018 to 2024. Java, Spring Boot.\n',
        'sales.md': '# Anil Das\n\nSales manager, Pune, 2015 to 2024.\n',
      },
      'programmer-by-place',
    );
    const names = (q: string): (string | null)[] => search(snapshot, q, taxonomy).matches.map((m) => m.profile.name);
    expect(names('武汉那边的程序员有吗？在武汉读过书或者工作过都算')[0]).toBe('王程');
    expect(names('developers in Pune')[0]).toBe('Ravi Rao');
    // … also as `做开发的` beside a region and a choice of its cities (`这些地方`, a word for places, asks nothing).
    expect(names('华中那边做开发的有吗？武汉、长沙这些地方，在湖北读过书或者工作过都算')[0]).toBe('王程');
    // … not business development (业务开发) nor a development zone (开发区).
    for (const q of ['武汉做业务开发的', '武汉开发区的'])
      expect(search(snapshot, q, taxonomy).understood.concepts.map((c) => c.as)).not.toContain(
        '软件工程师 / Software engineer',
      );
    // Beside a skill the role word stays weak: the skill says the work.
    expect(search(snapshot, 'Java developers in Pune', taxonomy).understood.concepts.map((c) => c.as)).not.toContain(
      '软件工程师 / Software engineer',
    );
  });
});

describe('degrees named one by one', () => {
  it('list the levels that will do: the lowest is the filter (`bachelor’s, master’s, PhD, MBA or EMBA all count`)', async () => {
    const snapshot = await poolOf(
      {
        'ba.md': '# 王本\n\n2005年毕业于清华大学，本科。2005年至今在北京做投资。\n',
        'phd.md': '# 李博\n\n2010年毕业于清华大学，博士。2010年至今在北京做研究。\n',
      },
      'degree-levels',
    );
    const out = search(snapshot, "Tsinghua alumni - bachelor's, master's, PhD, MBA or EMBA all count", taxonomy);
    expect(out.understood.filters.map((f) => f.value)).toEqual(['bachelor']);
    expect(out.matches.map((m) => m.profile.name).sort()).toEqual(['李博', '王本']);
  });
});

describe('a choice of products of a practice asked for', () => {
  it('names examples of it: ranks who names one, and the practice’s other products count too', async () => {
    const snapshot = await poolOf(
      {
        'intune.md':
          '# Ann Lee\n\nIT administrator 2015 - 2020. Rolled out Microsoft Intune for mobile device management.\n',
        'maas.md': '# Bo Chan\n\nIT administrator 2014 - 2021. Ran mobile device management with MaaS360.\n',
        'desk.md': '# Cy Dee\n\nIT administrator 2012 - 2022. Help desk, printers, Active Directory.\n',
      },
      'product-examples',
    );
    const found = search(snapshot, 'Intune, AirWatch or MobileIron for mobile device management', taxonomy).matches.map(
      (m) => m.profile.source,
    );
    expect(found.slice(0, 2)).toEqual(['intune.md', 'maas.md']);
    expect(found).not.toContain('desk.md');
    // Alone, a choice of products decides.
    expect(search(snapshot, 'Intune or AirWatch', taxonomy).matches.map((m) => m.profile.source)).toEqual([
      'intune.md',
    ]);
  });
});

describe('a choice of levels (`国家级、省部级都行`)', () => {
  it('says any level will do: it ranks a little and decides nothing', async () => {
    const snapshot = await poolOf(
      {
        'lab.md': '# 王实\n\n现任先进材料教育部重点实验室主任。\n',
        'level.md': '# 李级\n\n获国家级科技进步奖，任某公司办公室主任。\n',
      },
      'level-choice',
    );
    const out = search(snapshot, '找个当过重点实验室主任的，国家级、省部级都行', taxonomy);
    expect(out.matches.map((m) => m.profile.source)[0]).toBe('lab.md');
  });
});

describe('a choice of plain words beside a known thing asked for', () => {
  it('names kinds of work on it (`选型、标定、开发都行`): it ranks who names one, and a résumé in English still counts', async () => {
    const snapshot = await poolOf(
      {
        'zh.md': '# 王感\n\n2015年起负责压力传感器的选型与标定。\n',
        'en.md':
          '# Sam Field\n\nInstrument technician since 2012: installed and calibrated pressure sensors and transmitters.\n',
        'none.md': '# 李无\n\n2014年起负责ERP系统选型。\n',
        'dev1.md': '# 张开\n\n2016年起做Java后端开发。\n',
        'dev2.md': '# 赵发\n\n2017年起做前端开发。\n',
        'dev3.md': '# 钱程\n\n2018年起做安卓开发。\n',
      },
      'choice-of-work',
    );
    const found = search(snapshot, '做过传感器相关工作的，选型、标定、开发都行', taxonomy).matches.map(
      (m) => m.profile.source,
    );
    expect(found.slice(0, 2)).toEqual(['zh.md', 'en.md']);
    // Alone, a choice of words decides.
    expect(
      search(snapshot, '选型或者标定', taxonomy)
        .matches.map((m) => m.profile.source)
        .sort(),
    ).toEqual(['none.md', 'zh.md']);
  });

  it('ranks, and decides nothing, when it names the thing asked among its plain words (`传感器…选型、标定、传感器都算`)', async () => {
    const snapshot = await poolOf(
      {
        'zh.md': '# 王感\n\n2015年起负责压力传感器的选型与标定。\n',
        'plain.md': '# 李传\n\n2012年起在传感器厂做销售。\n',
        'none.md': '# 赵无\n\n2014年起负责ERP系统选型。\n',
      },
      'choice-with-the-thing',
    );
    const out = search(snapshot, '传感器方面的，选型、标定、传感器研发都算', taxonomy);
    const choice = out.understood.concepts.find((c) => c.members !== undefined);
    expect(choice?.presence).toBe('default');
    expect(out.matches[0]?.profile.source).toBe('zh.md');
    expect(out.matches.map((m) => m.profile.source)).toContain('plain.md');
  });
  it('reads a choice of cities beside a choice of regions holding them as examples (`Denver or Boise (Mountain states or Pacific Northwest)`)', async () => {
    const snapshot = await poolOf(
      {
        'denver.md': '# Ann Hill\n\nSystems administrator, Denver, Colorado, since 2015.\n',
        'slc.md': '# Bo Lake\n\nNetwork engineer, Salt Lake City, Utah, since 2016.\n',
        'chicago.md': '# Cy Wind\n\nSystems administrator, Chicago, Illinois, since 2014.\n',
      },
      'choice-of-regions',
    );
    const out = search(snapshot, 'IT folks in Denver or Boise (Mountain states or Pacific Northwest)', taxonomy);
    expect(out.matches.map((m) => m.profile.source)).toEqual(['denver.md', 'slc.md']);
    // The same places twice are no examples of each other: the choice still decides.
    const twice = search(snapshot, '丹佛或盐湖城的系统管理员，丹佛或盐湖城都行', taxonomy);
    expect(twice.matches.map((m) => m.profile.source).sort()).toEqual(['denver.md', 'slc.md']);
  });
  it('reads choices of places asked in parts as one choice (`Mountain states or Pacific Northwest …, plus Alaska/Hawaii`)', async () => {
    const snapshot = await poolOf(
      {
        'denver.md': '# Ann Hill\n\nMechanical engineer, Denver, Colorado, since 2015.\n',
        'hawaii.md': '# Bo Kai\n\nMechanical engineer at Pearl Harbor, Hawaii, since 2016.\n',
        'chicago.md': '# Cy Wind\n\nMechanical engineer, Chicago, Illinois, since 2014.\n',
      },
      'choice-in-parts',
    );
    const out = search(
      snapshot,
      'mechanical engineers in the Mountain states or Pacific Northwest, plus Alaska/Hawaii',
      taxonomy,
    );
    expect(out.understood.concepts.filter((c) => c.presence === 'required').map((c) => c.typed)).toEqual([
      'Mountain states | Pacific Northwest | Alaska | Hawaii',
    ]);
    expect(out.matches.map((m) => m.profile.source).sort()).toEqual(['denver.md', 'hawaii.md']);
  });
  it('ranks a choice of plain English words beside a known thing as it does Chinese ones (`用过Moshi或者Klaxon的安卓开发`)', async () => {
    const snapshot = await poolOf(
      {
        'okhttp.md': '# 王网\n\n2016年起做Android开发，JSON解析用Moshi。\n',
        'plain.md': '# 李安\n\n2017年起做Android开发，负责UI。\n',
        'ios.md': '# 赵果\n\n2018年起做iOS开发。\n',
      },
      'choice-of-latin-words',
    );
    const found = search(snapshot, '用过Moshi或者Klaxon的安卓开发', taxonomy).matches.map((m) => m.profile.source);
    expect(found.slice(0, 2)).toEqual(['okhttp.md', 'plain.md']);
  });

  it('asked for a company, ranks who worked there before who only names it (products, clients)', async () => {
    const snapshot = await poolOf(
      {
        'user.md':
          '# Ravi\n\n## Experience\nAnalyst, Acme Corp, 2012 - 2020\n- Microsoft Excel, Microsoft SQL Server, Microsoft Azure, Microsoft Dynamics and Microsoft Teams rollout',
        'employee.md': '# Kumar\n\nSupport engineer. I joined Microsoft in 2014 and worked there until 2020.',
      },
      'employer-first',
    );
    for (const query of ['at least 3 years at Microsoft', '有微软工作背景的吗', 'Microsoft'])
      expect(
        search(snapshot, query, taxonomy).matches.map((m) => m.profile.source),
        query,
      ).toEqual(['employee.md', 'user.md']);
  });

  it('reads a clause that says again what a known term asks (`- someone who …`) as words that only rank', async () => {
    const snapshot = await poolOf(
      {
        'bio.md': '# 樊军\n\n1995年起任某机械厂厂长，全面主持工厂生产经营。',
        'words.md':
          '# Sam\n\nMachine operator on a factory floor, 2015 - 2020. Actually headed the night shift safety walk.',
        'dean.md': '# 杨慧\n\n现任某财经大学会计学院副院长、教授。',
      },
      'restated',
    );
    const found = search(snapshot, 'need a plant manager - someone who has actually headed a factory', taxonomy);
    expect(found.matches.map((m) => m.profile.source)).toEqual(['bio.md']);
    // A choice in the clause (`a college or school`) only ranks too.
    expect(
      sourcesOf(
        snapshot,
        '/candidate looking for a dean or associate dean - someone who has headed a college or school within a university',
      ),
    ).toEqual(['dean.md']);
    // Without a known term before it, the clause is what is asked.
    expect(sourcesOf(snapshot, 'night shift - someone who worked on a factory floor')).toEqual(['words.md']);
  });

  it('asked for qualifications, reads a field with 师 as its title (物流师), not the field', async () => {
    const snapshot = await poolOf(
      {
        'title.md': '# 孟建新\n\n高级经济师，高级物流师。1990年至今任某公司副总经理。',
        'trade.md': '# 李明\n\n2005年至今任某物流公司运输部经理，负责物流配送。',
      },
      'field-title',
    );
    expect(sourcesOf(snapshot, '有物流师、项目管理师这类职业资格证的吗？')).toEqual(['title.md']);
    // Asked for as a field, it is the field; and so it is where the query also names the field alone.
    expect(sourcesOf(snapshot, '物流行业出来的')).toContain('trade.md');
    expect(sourcesOf(snapshot, '物流经理，持物流师证')).toContain('trade.md');
  });

  it("gives a Chinese choice's last kind word to the others where that names a thing (外语或者外经贸院校)", async () => {
    const snapshot = await seedSnapshot();
    const [choice] = search(snapshot, '外语或者外经贸院校毕业的', taxonomy).understood.concepts;
    expect(choice?.members).toEqual([
      taxonomy.label('foreign-studies-schools'),
      taxonomy.label('finance-economics-school'),
    ]);
    // … and 管理 after a slash (`事件/变更管理`: incident management, not any 事件).
    const [, managed] = search(snapshot, 'ServiceNow 事件/变更管理', taxonomy).understood.concepts;
    expect(managed?.members).toEqual([taxonomy.label('incident-management'), taxonomy.label('it-change-management')]);
  });

  it('reads the steps of a path taken as what is asked, not the words for taking it', () => {
    const weak = (word: string): boolean =>
      analyzeTerm({ text: word, phrase: false, presence: 'default' }, taxonomy).every(isWeak);
    for (const word of ['took', 'route', 'first']) expect(weak(word), word).toBe(true);
    expect(weak('polytechnic')).toBe(false);
  });
});

describe('a list of examples in a clause of its own that points back (`…这些都算`)', () => {
  const pool = (): ReturnType<typeof poolOf> =>
    poolOf(
      {
        'nacos.md': '# 张注\n\n2019年至今做微服务后端开发，用Nacos做服务发现。\n',
        'registry.md': '# 李册\n\n2018年至今负责公司注册中心的设计与开发。\n',
        'vue.md': '# 王前\n\n2017年至今做前端开发，Vue、React。\n',
      },
      'examples-back',
    );

  it('widens a thing the taxonomy does not know: its examples count as it, and rank', async () => {
    const snapshot = await pool();
    const out = search(snapshot, '有做过注册中心或者配置中心的吗？Nacos、Apollo、Consul这些都算', taxonomy);
    expect(out.understood.concepts.map((c) => [c.typed.toLowerCase(), c.presence])).toEqual([
      ['做过', 'default'],
      ['注册中心 | 配置中心 | nacos | apollo | consul', 'required'],
    ]);
    expect(out.matches.map((m) => m.profile.source).sort()).toEqual(['nacos.md', 'registry.md']);
  });

  it('reads another name in brackets of an item as one more item (`东南（南京工学院）`), a remark not', async () => {
    const snapshot = await pool();
    const typed = (q: string): string[] =>
      search(snapshot, q, taxonomy).understood.concepts.map((c) => c.typed.toLowerCase());
    expect(typed('江苏的高校毕业的有吗？南大、东南（南京工学院）、南航这些都算')).toContain(
      '南大 | 东南 | 南京工学院 | 南航',
    );
    // A name whatever characters it holds (行, 都), and one that only begins like an old name (现代).
    expect(typed('工行、中行（中国银行）、建行出来的都行').join(' ')).toContain('中行 | 中国银行');
    expect(typed('川大、成理（成都理工学院）、西南交大都行').join(' ')).toContain('成理 | 成都理工学院');
    expect(typed('起亚、现代（现代汽车）、丰田都行').join(' ')).not.toContain('代汽车');
    // A remark made of Chinese words alone is no name, and cuts no list: it goes.
    expect(typed('北大、清华（优先考虑）、复旦都行')).toEqual(['北大 | 清华 | 复旦']);
    // A new name or an i.e. is the name (`（现山东科技大学）`, `（即南京工学院）`).
    expect(typed('南大、东南（即南京工学院）、南航这些都算').join(' ')).toContain('东南 | 南京工学院');
    // An old or new name: the name.
    expect(typed('山东的大学毕业的有吗？山大、山东科技大学（原山东矿业学院）、曲阜师大这些都算').join(' ')).toContain(
      '山大 | 山东科技大学 | 山东矿业学院 | 曲阜师大',
    );
    // A remark, or a name in Latin letters (a translation or an abbreviation), is no item.
    expect(typed('江苏的高校毕业的有吗？南大、东南（不含独立学院）、南航这些都算').join(' ')).not.toContain(
      '东南 | 不含独立学院',
    );
    expect(typed('江苏的高校毕业的有吗？南大、东南（SEU）、南航这些都算').join(' ')).not.toContain('东南 | seu');
  });

  it('reads a last example after `，或者` and a kind named after 这类 as the same list (`…Consul，或者Etcd这类组件都算`)', async () => {
    const snapshot = await pool();
    const out = search(snapshot, '有做过注册中心或者配置中心的吗？Nacos、Apollo，或者Consul这类组件都算', taxonomy);
    expect(out.understood.concepts.map((c) => c.typed.toLowerCase())).toContain(
      '注册中心 | 配置中心 | nacos | apollo | consul',
    );
    expect(out.matches.map((m) => m.profile.source).sort()).toEqual(['nacos.md', 'registry.md']);
  });

  it('ranks, and decides nothing, beside a known thing (`消息队列…Kafka、NATS这些都算`)', async () => {
    const snapshot = await poolOf(
      {
        'kafka.md': '# 赵卡\n\n2019年至今做后端开发，Kafka消息队列。\n',
        'rabbit.md': '# 钱兔\n\n2018年至今做后端开发，RabbitMQ。\n',
        'vue.md': '# 王前\n\n2017年至今做前端开发，Vue。\n',
      },
      'examples-back-known',
    );
    const out = search(snapshot, '有做过消息队列的吗？Kafka、NATS这些都算', taxonomy);
    expect(out.understood.concepts.at(-1)?.presence).toBe('default');
    expect(out.matches.map((m) => m.profile.source).slice(0, 2)).toEqual(['kafka.md', 'rabbit.md']);
  });

  it('keeps an item of several words one example, and a place with its company one name (`北京银行`)', async () => {
    const snapshot = await pool();
    const typed = (q: string): string[] => search(snapshot, q, taxonomy).understood.concepts.map((c) => c.typed);
    expect(typed('做过数据湖的吗？Data Lake、Delta Lake、Hudi这些都算').at(-1)).toBe('Data Lake | Delta Lake | Hudi');
    expect(typed('城商行出来的？北京银行、上海银行这种也算')).toContain('城商行 | 北京银行 | 上海银行');
    // A place and a word the taxonomy does not know name one firm too (`上海大众`: no choice of Shanghai);
    // a place and a word for around it stay the place (`北京地区`).
    const firms = search(snapshot, '北京现代、上海通用这种合资厂都行', taxonomy).understood.concepts;
    expect(firms[0]).toMatchObject({ typed: '北京现代 | 上海通用', presence: 'default' });
    expect(typed('北京地区、上海地区这种')).toEqual(['北京 | 上海']);
    // … and, where no firm or school is asked for, a place and a district (`深圳南山`).
    expect(typed('深圳南山、广州天河这种')).toEqual(['深圳 | 广州']);
    // An office named by a post (`总经理办公室`, `总裁办`) is that office, not the post.
    expect(typed('办公室主任干过3年以上的，总经理办公室、总裁办、综合办公室都算')).toContain(
      '总经理办公室 | 总裁办 | 综合办公室',
    );
    // A place and a firm are read as ever (`杭州阿里`: Hangzhou), not as one word no résumé writes.
    expect(JSON.stringify(search(snapshot, 'HR，比如杭州阿里、深圳腾讯', taxonomy).concepts)).not.toContain('杭州阿里');
    // Places beside something else stay a choice of their own, which decides.
    const places = search(snapshot, 'Java开发，北京、上海这些都行', taxonomy).understood.concepts.at(-1);
    expect(places).toMatchObject({ typed: '北京 | 上海', presence: 'required' });
    // `这几种的也可以看看` points back too, and a verb of doing before the list is none of it.
    const more = search(snapshot, '有铅锌背景的吗？矿山、冶炼厂都算，做镍、钼、锡、锑这几种的也可以看看', taxonomy);
    expect(more.understood.concepts.map((c) => [c.typed, c.presence]).at(-1)).toEqual(['镍 | 钼 | 锡 | 锑', 'default']);
    // An aside in brackets after the clause does not hide it (`…这些都算（汽车整车不算）`).
    const aside = search(
      snapshot,
      '有铅锌背景的吗？矿山、冶炼厂都算，做镍、钼、锡这几种的也可以看看（稀土不算）',
      taxonomy,
    );
    expect(aside.understood.concepts.map((c) => [c.typed, c.presence]).at(-1)).toEqual(['镍 | 钼 | 锡', 'default']);
    // Not a list closing a clause that began before it (`熟悉 Kafka、RocketMQ这些都算`: no mark before it).
    expect(typed('熟悉 Kafka、RocketMQ这些都算')).toContain('熟悉');
  });
});

describe('titles listed with 职称 (`经济师、会计师或者工程师这类职称`)', () => {
  it('read a bare 工程师 or 会计师 in the list as that title, not any engineer or accounting work', async () => {
    const snapshot = await seedSnapshot();
    const ids = (q: string): string[] =>
      search(snapshot, q, taxonomy).concepts.flatMap((c) =>
        c.kind === 'any' ? c.members.map((m) => (m.kind === 'taxonomy' ? m.id : m.typed)) : [],
      );
    expect(ids('有经济师、会计师或者工程师这类职称的')).toEqual(['zh-economist', 'zh-accountant', 'zh-engineer']);
    // Without a word for a title, they are what they were.
    expect(ids('会计师或者工程师')).not.toContain('zh-engineer');
  });
});

describe('years of service (`US Army veterans with at least 4 years of service`)', () => {
  it('are in the one armed service asked for, the narrowest', async () => {
    const snapshot = await poolOf(
      {
        'army.md': '# Ann Lee\n\nUS Army, 2008 - 2014: supply sergeant. Veterans outreach volunteer.\n',
        'navy.md': '# Bo Park\n\nUS Navy, 2005 - 2012: electronics technician, active duty.\n',
        'java.md': '# Cy Moe\n\nJava developer, 2015 - 2024, customer service portal.\n',
      },
      'years-of-service',
    );
    const years = (q: string): (string | undefined)[] =>
      search(snapshot, q, taxonomy)
        .understood.concepts.filter((c) => c.years)
        .map((c) => c.typed);
    expect(years('US Army veterans with at least 4 years of service')).toEqual(['US Army']);
    expect(years('Navy veteran, 5+ years active duty')).toEqual(['Navy']);
    // Without an armed service they stay the career's.
    expect(years('Java developer with 5 years of service')).toEqual([]);
  });
});

describe('years after a post and a word that totals them (`当独立董事累计5年以上`)', () => {
  it('are years in that post', async () => {
    const snapshot = await seedSnapshot();
    const [post] = search(snapshot, '当独立董事累计5年以上的', taxonomy).understood.concepts;
    expect(post).toMatchObject({ typed: '独立董事', years: { min: 5 } });
    // … or a verb of holding it (`党委书记干过3年以上`).
    const [held] = search(snapshot, '党委书记干过3年以上的', taxonomy).understood.concepts;
    expect(held).toMatchObject({ typed: '党委书记', years: { min: 3 } });
    const [withExperience] = search(snapshot, '独立董事累计5年以上经验', taxonomy).understood.concepts;
    expect(withExperience).toMatchObject({ typed: '独立董事', years: { min: 5 } });
    // The words that total are cut out of a literal, but not out of words that hold them (综合计划).
    const words = analyzeTerm({ text: '综合计划专员', phrase: false, presence: 'default' }, taxonomy);
    expect(words.map((c) => c.typed)).not.toContain('合计');
  });
});

describe('one of a Chinese list of examples', () => {
  it('is the post written last, the words before it whose post it is (`董事长秘书`: a secretary)', async () => {
    const snapshot = await seedSnapshot();
    const concepts = search(snapshot, '找个秘书，比如局长秘书、董事长秘书', taxonomy).understood.concepts;
    expect(JSON.stringify(concepts)).not.toContain(taxonomy.label('chairman'));
    // A firm before a post says whose post: the firm stays the choice (`华为销售`).
    const firms = search(snapshot, '找个销售，比如华为销售、中兴销售', taxonomy).understood.concepts;
    expect(JSON.stringify(firms)).toContain(taxonomy.label('huawei'));
  });
});

describe('本硕 in a query (`本硕都是计算机`)', () => {
  it("asks for a bachelor's and a master's: a master's at least, and 都是 asks for nothing", async () => {
    const snapshot = await seedSnapshot();
    const out = search(snapshot, '本硕都是计算机相关专业的', taxonomy);
    expect(out.understood.filters).toContainEqual(expect.objectContaining({ field: 'degree', value: 'master' }));
    expect(out.concepts.every((c) => c.typed !== '都是' || isWeak(c))).toBe(true);
  });
});

describe('words of talk in an English question', () => {
  it('ask for nothing of their own: pronouns pointing back and words of how one got somewhere', async () => {
    const snapshot = await seedSnapshot();
    const talk = ['them', 'their', 'kind', 'came', 'up', 'through', 'thing', 'count', 'later', 'eventually'];
    for (const q of [
      'Tamil or Telugu speakers - any one of them is fine',
      'plant manager who came up through the shop floor, that kind of thing; interns count',
      'studied engineering, later did an MBA and eventually ran a plant',
    ]) {
      const words = search(snapshot, q, taxonomy).concepts.filter((c) => talk.includes(c.typed.toLowerCase()));
      expect(words.length).toBeGreaterThan(0);
      expect(words.every(isWeak)).toBe(true);
    }
  });
});

describe('a name of two words split by a slash’s choice (`Office 365/Exchange Online`)', () => {
  it('is read whole on both sides, and a word of digits and letters before a colon is a word', async () => {
    const snapshot = await seedSnapshot();
    const concepts = (q: string) => search(snapshot, q, taxonomy).concepts;
    const [choice] = concepts('Office 365/Exchange Online');
    expect(choice?.kind === 'any' && choice.members.map((m) => (m.kind === 'taxonomy' ? m.id : m.typed))).toEqual([
      'office-365',
      'exchange-server',
    ]);
    // A post's longer name is not taken across it: both choices share the manager.
    const [functions] = concepts('accounting/finance manager');
    expect(functions?.kind === 'any' && functions.members.map((m) => m.typed)).toEqual(['accounting', 'finance']);
    // The word both sides of a choice open with is said once (`sales awards or sales contests`), not
    // where the words go on (`clinical research or clinical data management experience`).
    const shared = concepts('sales awards or sales contests').map((c) => c.typed.toLowerCase());
    expect(shared).toEqual(['sales', 'awards | contests']);
    const onward = concepts('clinical research or clinical data management experience').map((c) => c.typed);
    expect(onward.join(' ')).not.toContain('research | data management');
    for (const q of ['Clinical Research or Clinical Data Management experience', 'sales rep or sales Shanghai'])
      expect(concepts(q).map((c) => c.typed.toLowerCase())).not.toContain('research | data');
    expect(concepts('sales rep or sales Shanghai').map((c) => c.typed)).toContain('Shanghai');
    const [stack] = concepts('Java/Spring Boot');
    expect(stack?.kind === 'any' && stack.members.map((m) => m.typed)).toEqual(['Java', 'Spring Boot']);
    const typed = concepts('Office 365迁移：把邮箱迁到云上').map((c) => c.typed);
    expect(typed).toContain('Office 365');
    expect(typed.join(' ')).not.toContain('365迁移');
    expect(search(snapshot, 'Office 365迁移：把邮箱迁到云上', taxonomy).understood.notes).toEqual([]);
  });
});

describe('a second review of the session’s query reading', () => {
  it('keeps what is asked beside clauses of what is not wanted or will do', async () => {
    const snapshot = await seedSnapshot();
    const typed = (q: string): string[] =>
      search(snapshot, q, taxonomy).understood.concepts.map((c) => c.typed.toLowerCase());
    // A list is taken with its `don't count` clause only where it is a clause of names of its own.
    expect(typed('Backend developer, Java, Spring Boot, MySQL, outsourcing and contract roles do not count')).toEqual(
      expect.arrayContaining(['java', 'mysql']),
    );
    // `X之外，还…` is besides X, not all but X.
    expect(typed('精通Java之外，还要懂Go')).toContain('java');
    // A long clause before `，或者…这类也行` is no example of a list.
    expect(typed('找财务经理，要有五年以上大型国企财务管理经验，或者外企这类也行')).toContain('财务管理');
    // A school named by a part of its place stays the school's words.
    expect(typed('Eastern Michigan University alumni')).toContain('eastern');
    // 其中 and 例如 are cut out of no word (尤其中国, 比例如何); 尤其 is a word of talk.
    expect(typed('尤其中国市场经验')).toContain('中国市场');
    expect(typed('熟悉股权比例如何计算').join(' ')).toContain('比例');
  });

  it('puts right no measure word or particle with the character after it (找位男的销售 is no 渭南)', async () => {
    const snapshot = await seedSnapshot();
    expect(search(snapshot, '找位男的销售', taxonomy).didYouMean).toEqual([]);
  });
});
