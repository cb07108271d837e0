import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  criteriaQuery,
  decodeCriteria,
  encodeCriteria,
  readJobDescription,
  type Criterion,
} from '../../src/match/job-description.js';
import { parseQuery } from '../../src/search/query-language.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { MQ_JD, PLATFORM_JD, RUST_DB_JD } from './jds.js';

const taxonomy = defaultTaxonomy();
const read = (jd: string) => readJobDescription(jd, taxonomy);
const find = (criteria: readonly Criterion[], kind: Criterion['kind'], id: string) =>
  criteria.find((c) => c.kind === kind && c.id === id);

describe('reading a job description (issue 14)', () => {
  it('Chinese backend/MQ JD: sections and cues decide must or nice; years with a skill apart from total years', () => {
    const { criteria, ignored, title } = read(MQ_JD);
    expect(title).toBe('高级后端开发工程师(消息队列方向)');
    expect(find(criteria, 'skill-years', 'java')).toMatchObject({ must: true, years: 3 });
    expect(find(criteria, 'skill', 'java')).toBeUndefined();
    expect(find(criteria, 'years', 'total')).toMatchObject({ must: true, years: 5 });
    expect(find(criteria, 'skill', 'kafka|rocketmq')).toMatchObject({ must: true, anyOf: ['kafka', 'rocketmq'] });
    expect(find(criteria, 'skill', 'mysql')?.must).toBe(true);
    expect(find(criteria, 'skill', 'kubernetes')?.must).toBe(false);
    expect(find(criteria, 'degree', 'bachelor')?.must).toBe(true);
    expect(find(criteria, 'city', 'beijing')?.must).toBe(true);
    expect(find(criteria, 'skill', 'microservices')).toMatchObject({ must: false, duty: true });
    expect(ignored.map((i) => i.category).sort()).toEqual(['age', 'gender', 'marital', 'marital', 'origin']);
    expect(ignored.find((i) => i.category === 'age')?.text).toBe('35岁以下');
  });

  it('English platform JD: duties, requirements, nice-to-haves; "Go or Python" is one criterion; remote makes the city welcome, not required', () => {
    const { criteria, ignored } = read(PLATFORM_JD);
    expect(find(criteria, 'skill', 'go|python')).toMatchObject({ must: true, anyOf: ['go', 'python'] });
    expect(find(criteria, 'years', 'total')).toMatchObject({ must: true, years: 5 });
    expect(find(criteria, 'skill', 'terraform')).toMatchObject({ must: false, duty: true });
    expect(find(criteria, 'skill', 'kafka')).toMatchObject({ must: false });
    expect(find(criteria, 'skill', 'kafka')?.duty).toBeUndefined();
    expect(find(criteria, 'degree', 'bachelor')?.must).toBe(false);
    expect(find(criteria, 'city', 'berlin')?.must).toBe(false);
    expect(ignored).toEqual([
      { text: 'under 35', category: 'age' },
      { text: 'male preferred', category: 'gender' },
    ]);
  });

  it('a JD pasted on one line keeps its sections; lists ending in 或 are alternatives', () => {
    const { criteria, ignored } = read(RUST_DB_JD);
    expect(find(criteria, 'skill-years', 'rust')).toMatchObject({ must: true, years: 1 });
    expect(find(criteria, 'skill', 'raft')?.must).toBe(true);
    expect(find(criteria, 'skill', 'datafusion|tidb')).toMatchObject({ must: false, anyOf: ['datafusion', 'tidb'] });
    expect(find(criteria, 'degree', 'master')?.must).toBe(false);
    expect(ignored.map((i) => i.category)).toEqual(['age', 'appearance']);
  });

  it('majors listed with 等相关专业 or "a related field", and a licence "or" a title, are each one criterion', () => {
    const cfo = read(
      '财务总监\n任职要求：\n1. 会计、财务管理、审计等相关专业本科以上；\n2. 具有注册会计师（CPA）资格或高级会计师职称。',
    );
    expect(find(cfo.criteria, 'skill', 'accounting|finance-function|audit')).toMatchObject({
      must: true,
      anyOf: ['accounting', 'finance-function', 'audit'],
    });
    expect(find(cfo.criteria, 'skill', 'cpa|zh-senior-accountant')?.anyOf).toEqual(['cpa', 'zh-senior-accountant']);
    const en = read("Staff Accountant\nRequirements:\n- Bachelor's degree in Accounting, Auditing or a related field.");
    expect(en.criteria.find((c) => c.anyOf?.includes('accounting'))?.anyOf).toEqual(['accounting', 'audit']);
    // A list of skills with no "or" and no major still asks for each.
    const each = read('Requirements:\n- Kafka, Redis, MySQL');
    expect(each.criteria.filter((c) => c.kind === 'skill').map((c) => c.id)).toEqual(['kafka', 'redis', 'mysql']);
  });

  it('a job title the taxonomy does not know is a must-have, with its bracketed alias; cities together and lists after "or" are alternatives; the lower degree is the bar', () => {
    const board = read(
      '上市公司 信息披露专员（信披专员）\n任职要求：本科及以上学历，5年以上证券事务经验；工作地点：北京/上海',
    );
    expect(find(board.criteria, 'title', '信息披露专员')).toMatchObject({
      must: true,
      anyOf: ['信息披露专员', '信披专员'],
    });
    expect(find(board.criteria, 'city', 'beijing|shanghai')).toMatchObject({
      must: true,
      anyOf: ['beijing', 'shanghai'],
    });
    const hr = read(
      "Senior Escalation Coordinator\nRequirements:\n- Bachelor's or Master's degree in Human Resources.\n- Experience with QuickBooks or an ERP system (SAP, Oracle).\n- Young and dynamic team.",
    );
    expect(find(hr.criteria, 'title', 'Escalation Coordinator')?.must).toBe(true);
    expect(find(hr.criteria, 'degree', 'bachelor')?.must).toBe(true);
    expect(find(hr.criteria, 'degree', 'master')).toBeUndefined();
    expect(hr.criteria.find((c) => c.kind === 'skill' && c.anyOf?.includes('sap'))?.anyOf).toEqual([
      'sap',
      'oracle-db',
    ]);
    expect(hr.ignored.map((i) => i.category)).toEqual(['age']);
    // A title the taxonomy knows (a role or skill) adds no title criterion: its skills say it.
    expect(read(MQ_JD).criteria.some((c) => c.kind === 'title')).toBe(false);
    expect(decodeCriteria(encodeCriteria(board.criteria), taxonomy)).toEqual(board.criteria);
    expect(criteriaQuery(board.criteria, taxonomy, 'zh')).toContain('"信息披露专员"');
    // 了解 is a lesser demand: nice to have.
    expect(find(read('任职要求：精通 Python；了解 MongoDB').criteria, 'skill', 'mongodb')?.must).toBe(false);
  });

  it('protected attributes in many forms are never criteria', () => {
    const cases: [string, string][] = [
      ['要求：限男性，年龄25-35岁，身高170cm以上，汉族，籍贯不限，精通 Java', 'java'],
      ['Requirements: female only, aged 25-30, married, good-looking, Hukou in Shanghai; Strong Rust', 'rust'],
      ['任职要求：身体健康，无传染病，未婚，熟悉 Go', 'go'],
    ];
    for (const [jd, skill] of cases) {
      const { criteria, ignored } = read(jd);
      expect(
        criteria.map((c) => c.id),
        jd,
      ).toEqual([skill]);
      expect(ignored.length, jd).toBeGreaterThanOrEqual(3);
    }
  });

  it('the criteria round-trip through a button, and read back as a query', () => {
    for (const jd of [MQ_JD, RUST_DB_JD, PLATFORM_JD]) {
      const { criteria } = read(jd);
      expect(decodeCriteria(encodeCriteria(criteria), taxonomy)).toEqual(criteria);
      for (const locale of ['zh', 'en'] as const) {
        const query = criteriaQuery(criteria, taxonomy, locale);
        const parsed = parseQuery(query);
        expect(parsed.notes, query).toEqual([]);
        expect(query.length).toBeLessThan(500);
      }
    }
    expect(criteriaQuery(read(MQ_JD).criteria, taxonomy, 'zh')).toMatch(/years:java>=3 .*kafka\/rocketmq .*city:北京/);
  });

  it('any text is read without throwing, and a forged button gives nothing unknown', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (text) => {
        const out = read(text);
        expect(out.criteria.length).toBeLessThanOrEqual(30);
      }),
      { numRuns: 300 },
    );
    expect(read('x'.repeat(200_000)).criteria).toEqual([]);
    expect(
      decodeCriteria(
        'm.skill.not-a-skill;x.skill.go;m.years.total.999;m.skill-years.go.3;n.language.english',
        taxonomy,
      ),
    ).toEqual([
      { kind: 'skill-years', id: 'go', must: true, years: 3 },
      { kind: 'language', id: 'english', must: false },
    ]);
  });
});
