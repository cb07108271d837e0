import type { DegreeId } from '../profile/profile.js';
import { SKILL_KINDS } from '../profile/profile.js';
import { fold, toPlain } from '../text/fold.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { hasCjk } from '../text/cjk.js';

/**
 * A job description → what a candidate must and may show, read through the taxonomy: skills and
 * roles, total years and years with a skill, degree, city and spoken languages, each must-have or
 * nice-to-have by the JD's own cues. Age, gender, marital status, ethnicity, appearance, place of
 * origin and the like are never criteria: they are listed as ignored, with why. Pure and total:
 * any text gives an answer.
 */

export type CriterionKind = 'skill' | 'skill-years' | 'years' | 'degree' | 'city' | 'language' | 'title';

export interface Criterion {
  readonly kind: CriterionKind;
  /** Taxonomy id (skill, city, degree), the language id for `language`, the job title for `title`. */
  readonly id: string;
  /** Alternatives (`Kafka 或 RocketMQ`, `Go or Python`, `北京/杭州`, `董事会秘书（董秘）`): any one meets it. */
  readonly anyOf?: readonly string[];
  readonly must: boolean;
  /** Years for `skill-years` and `years`. */
  readonly years?: number;
  /**
   * A nice-to-have named among the duties (what the job does) rather than as an extra (`…优先`,
   * "a plus"): it weighs more than an extra.
   */
  readonly duty?: boolean;
}

export interface IgnoredCue {
  /** The words as the JD has them (`35岁以下`). */
  readonly text: string;
  readonly category: ProtectedCategory;
}

export type ProtectedCategory =
  'age' | 'gender' | 'marital' | 'ethnicity' | 'appearance' | 'origin' | 'religion' | 'health';

export interface JobCriteria {
  readonly criteria: readonly Criterion[];
  readonly ignored: readonly IgnoredCue[];
  /** A title for the reply: the JD's first short line, when it reads like one. */
  readonly title: string | null;
}

/** The longest JD read (several pages of text); the rest is ignored. */
export const MAX_JD_CHARS = 20_000;
/** At most this many criteria: a JD naming fifty tools is matched on its first thirty. */
const MAX_CRITERIA = 30;

type Section = 'must' | 'nice' | 'duties' | 'none';

const SECTION_HEADINGS: readonly [RegExp, Section][] = [
  [
    /^(?:[^\p{L}]*)(?:任职要求|岗位要求|任职资格|职位要求|职位资格|招聘要求|基本要求|硬性要求|技能要求|requirements?|qualifications?|minimum qualifications|basic qualifications|must[- ]haves?|what you(?:'ll)? (?:need|bring)|what we(?:'re| are) looking for|who you are|you have|about you)(?![A-Za-z])/iu,
    'must',
  ],
  [
    /^(?:[^\p{L}]*)(?:加分项?|优先(?:条件|考虑)?|加分条件|nice[- ]to[- ]haves?|bonus(?: points)?|preferred qualifications|pluses|it(?:'s| is|'d be) (?:a )?(?:plus|nice)|extra credit)(?![A-Za-z])/iu,
    'nice',
  ],
  [
    /^(?:[^\p{L}]*)(?:岗位职责|工作职责|职位描述|工作内容|职责描述|responsibilities|what you(?:'ll)? do|the role|about the role|your role|duties|job description)(?![A-Za-z])/iu,
    'duties',
  ],
];

const NICE_CUE =
  /(优先|加分|更佳|更好|最佳|者佳|为佳|亦可|了解|接触过|exposure to|some experience|preferred|preferably|is a plus|a plus|nice[- ]to[- ]have|bonus|ideally|desirable|advantageous|would be great|good to have)/i;
const MUST_CUE =
  /(必须|必需|须|精通|熟练|熟悉|掌握|具备|要求|扎实|深入|required|require|must|proficien|strong|solid|expert|deep|hands-on|experience (?:with|in)|\d+\+?\s*years)/i;

/** Protected attributes: never criteria. Each pattern finds the words to report. */
const PROTECTED: readonly [RegExp, ProtectedCategory][] = [
  [
    /(?:年龄[^，,。;；\n]{0,12}|\d{2}\s*(?:周)?岁(?:以下|以内|以上|之间|左右)?(?:\s*[-~至到]\s*\d{2}\s*(?:周)?岁)?|(?:under|below|younger than|over|older than|between)\s+(?:the age of\s+)?\d{2}(?:\s*(?:and|-|to)\s*\d{2})?(?:\s*years(?: old)?)?|aged?\s+\d{2}(?:\s*[-–to]+\s*\d{2})?|\d{2}\s*(?:years old|y\/?o)|age (?:limit|requirement|range)[^,.;\n]{0,20}|\b(?:young|youthful)\b(?:\s+(?:team members?|candidates?|persons?|people|graduates?))?|年轻|黄金年龄)/gi,
    'age',
  ],
  [
    /(?:限男|限女|男性|女性|男士|女士|男生|女生|男女不限|性别[^，,。;；\n]{0,10}|仅限[男女]|[男女](?:性)?优先|\b(?:male|female|men|women|man|woman)\b(?:\s+(?:only|preferred|candidates?))?|gender[^,.;\n]{0,20})/gi,
    'gender',
  ],
  [/(?:已婚|未婚|已育|未育|婚育|婚姻状况|婚否|\b(?:married|unmarried|single|marital status)\b)/gi, 'marital'],
  [/(?:汉族|少数民族|民族[^，,。;；\n]{0,6}|\b(?:ethnicity|race|ethnic)\b[^,.;\n]{0,15})/gi, 'ethnicity'],
  [
    /(?:形象好|形象佳|气质佳|气质好|五官端正|相貌端正|相貌|颜值|身高\s*\d+\s*(?:cm|厘米|米)?(?:以上)?|体重[^，,。;；\n]{0,8}|\b(?:good[- ]looking|attractive|appearance|height)\b[^,.;\n]{0,15})/gi,
    'appearance',
  ],
  [
    /(?:本地户口|本地户籍|户籍[^，,。;；\n]{0,8}|户口[^，,。;；\n]{0,8}|籍贯[^，,。;；\n]{0,8}|本地人|\bhukou\b(?:\s+(?:in|of|from)\s+[A-Za-z]+)?|\b(?:local residents?|locals) only\b|\bnative (?:of|to)\b[^,.;\n]{0,15}|\bnationality\b[^,.;\n]{0,15})/gi,
    'origin',
  ],
  [/(?:宗教[^，,。;；\n]{0,8}|信仰[^，,。;；\n]{0,8}|\breligio(?:n|us)\b[^,.;\n]{0,15})/gi, 'religion'],
  [/(?:身体健康|无传染病|无不良病史|孕[^，,。;；\n]{0,4}|\bpregnan\w*|\bhealth (?:status|condition)\b)/gi, 'health'],
];

/** Spoken languages: not in the taxonomy (it names skills), read here. */
export const SPOKEN_LANGUAGES: readonly {
  readonly id: string;
  readonly label: { zh: string; en: string };
  readonly jd: RegExp;
  readonly resume: RegExp;
}[] = [
  {
    id: 'english',
    label: { zh: '英语', en: 'English' },
    jd: /(英语|英文|cet-?[46]|ielts|toefl|\benglish\b)/i,
    resume: /(英语|英文|cet-?[46]|ielts|toefl|雅思|托福|\benglish\b)/i,
  },
  {
    id: 'japanese',
    label: { zh: '日语', en: 'Japanese' },
    jd: /(日语|日文|jlpt|\bjapanese\b)/i,
    resume: /(日语|日文|jlpt|\bjapanese\b|日本語)/i,
  },
  {
    id: 'german',
    label: { zh: '德语', en: 'German' },
    jd: /(德语|\bgerman\b|\bdeutsch\b)/i,
    resume: /(德语|\bgerman\b|\bdeutsch\b)/i,
  },
  {
    id: 'french',
    label: { zh: '法语', en: 'French' },
    jd: /(法语|\bfrench\b)/i,
    resume: /(法语|\bfrench\b|\bfrançais\b)/i,
  },
  {
    id: 'korean',
    label: { zh: '韩语', en: 'Korean' },
    jd: /(韩语|朝鲜语|\bkorean\b)/i,
    resume: /(韩语|朝鲜语|\bkorean\b|한국어)/i,
  },
];

const NUMERALS: Readonly<Record<string, number>> = {
  一: 1,
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
/** `5年以上`, `3-5年`, `三年以上`, `5+ years`, `at least 3 years`, `minimum of 4 years`. */
const YEARS =
  /(?:(\d{1,2}|[一两二三四五六七八九十])\s*(?:\+|年以上|年及以上|年或以上|年\+|年(?:以上)?(?:的)?)|(?:at least|minimum(?: of)?|min\.?|over|more than)\s+(\d{1,2})\s*\+?\s*(?:years?|yrs?)|(\d{1,2})\s*(?:\+|plus)?\s*(?:-\s*\d{1,2}\s*)?(?:years?|yrs?)(?:\s*\+)?)/i;
/** A clause about a whole career, not one skill. */
const TOTAL_YEARS =
  /(工作经验|工作年限|从业|相关经验|开发经验(?!.{0,3}[A-Za-z])|work(?:ing)? experience|professional experience|industry experience|of experience(?! (?:with|in|using))|software (?:development|engineering) experience)/i;
const DEGREE: readonly [RegExp, DegreeId][] = [
  [/(博士|phd|ph\.d|doctorate)/i, 'phd'],
  [/(硕士|研究生|master'?s?\b|\bmsc\b|\bm\.s\.)/i, 'master'],
  [
    /(本科|学士|统招本科|bachelor'?s?|\bbsc\b|\bb\.s\.|undergraduate degree|degree in computer science|cs degree|university degree|college degree)/i,
    'bachelor',
  ],
  [/(大专|专科|associate degree)/i, 'associate'],
];

/** Reads a job description. Never throws. */
export function readJobDescription(input: string, taxonomy: Taxonomy): JobCriteria {
  const text = toPlain(typeof input === 'string' ? input : '')
    .slice(0, MAX_JD_CHARS)
    .replace(/\r\n?/g, '\n');
  const ignored: IgnoredCue[] = [];
  const found = new Map<string, Criterion>();
  const add = (c: Criterion): void => {
    const key = `${c.kind}:${c.id}`;
    const had = found.get(key);
    // Named as a must anywhere, it is a must; the highest years asked win.
    if (!had) found.set(key, c);
    else {
      const must = had.must || c.must;
      const duty = !must && (had.duty === true || c.duty === true);
      const { duty: _old, ...rest } = had;
      void _old;
      found.set(key, {
        ...rest,
        must,
        ...(duty ? { duty: true } : {}),
        ...(c.years !== undefined && (had.years ?? 0) < c.years ? { years: c.years } : {}),
      });
    }
  };

  let section: Section = 'none';
  // A JD pasted as one line still has its sections: each heading starts a line of its own.
  const lines = text
    .replace(
      /([^\n])\s*(?=(?:岗位职责|工作职责|职位描述|任职要求|岗位要求|任职资格|职位要求|加分项|Responsibilities|Requirements|Qualifications|Nice to have)\s*[:：])/g,
      '$1\n',
    )
    .split('\n');
  let title: string | null = null;
  let first = true;
  for (const rawLine of lines) {
    let line = rawLine.trim();
    if (line === '') continue;
    const heading = SECTION_HEADINGS.find(([re]) => re.test(line));
    if (heading) {
      section = heading[1];
      line = line.replace(heading[0], '').replace(/^[\s:：]+/, '');
      if (line === '') continue;
    } else if (first && line.length <= 80 && !/[，,。;；:：]/.test(line.slice(0, -1)) && /[\p{L}]/u.test(line)) {
      title = line.replace(/^#+\s*/, '');
    }
    first = false;
    for (let clause of clauses(line)) {
      // Protected attributes are reported and cut out before anything else is read.
      for (const [re, category] of PROTECTED) {
        clause = clause.replace(re, (m) => {
          if (m.trim() !== '') ignored.push({ text: m.trim(), category });
          return ' ';
        });
      }
      const nice = NICE_CUE.test(clause) || (section === 'nice' && !/(必须|must|required)/i.test(clause));
      const must = !nice && (section === 'must' || section === 'none' || MUST_CUE.test(clause));
      const duty = !must && !nice && section === 'duties';
      readClause(clause, must, taxonomy, duty ? (c) => add({ ...c, duty: true }) : add);
    }
  }
  // The job itself, when the taxonomy names nothing in its title (财务总监, 董事会秘书, HR
  // Generalist, Staff Accountant): who holds or held that title fits best.
  const named = title ? jobTitle(title, taxonomy) : null;
  if (named)
    found.set(`title:${named[0]}`, {
      kind: 'title',
      id: named[0] as string,
      must: true,
      ...(named.length > 1 ? { anyOf: named } : {}),
    });
  // Years with a skill say more than the skill alone: the plain skill criterion goes.
  for (const c of [...found.values()]) if (c.kind === 'skill-years') found.delete(`skill:${c.id}`);
  const criteria = [...found.values()]
    // Must-haves first, then the JD's order.
    .sort((a, b) => Number(b.must) - Number(a.must))
    .slice(0, MAX_CRITERIA);
  return { criteria, ignored: dedupe(ignored), title };
}

const SENIORITY =
  /(?:^|\s)(?:senior|junior|lead|principal|head of|chief|sr\.?|jr\.?|mid-level|entry-level|experienced)(?=\s|$)|高级|资深|初级|中级|首席|(?:上市|大型|知名)?公司/gi;

/**
 * The title words of a JD's first line when they are no skill or role the taxonomy knows, with a
 * bracketed alias (`董事会秘书（董秘）`, `上市公司 财务总监（CFO）`): ['财务总监', 'CFO'].
 */
function jobTitle(title: string, taxonomy: Taxonomy): string[] | null {
  if (taxonomy.findAll(fold(title), title).some((h) => SKILL_KINDS.has(taxonomy.kind(h.id) ?? ''))) return null;
  const aliases = [...title.matchAll(/[(（]([^)）]{1,30})[)）]/g)]
    .map((m) => (m[1] ?? '').trim())
    .filter((a) => /\p{L}/u.test(a) && !/remote|远程|hybrid|base|full[- ]time|part[- ]time|兼职|全职|\d/i.test(a));
  const core = title
    .replace(/[(（][^)）]*[)）]/g, ' ')
    .replace(SENIORITY, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // `上市公司 财务总监`: the last words are the title.
  const words = hasCjk(core) ? (core.split(' ').pop() ?? '') : core;
  const names = [words, ...aliases].filter((w) => w.length >= 2 && w.length <= 40);
  return names.length > 0 ? unique(names) : null;
}

/** `or a related field`: the end of a list of majors, any of which will do. */
const OR_RELATED = String.raw`or (?:a |an |any )?(?:related|similar|equivalent|relevant) (?:field|discipline|degree|major|area)s?`;
/** A comma-separated list that ends in "or a related field". */
const RELATED_FIELDS = new RegExp(String.raw`[^;；。,，]+(?:[,，][^;；。,，]+)+?\s+${OR_RELATED}`, 'gi');

/** A line's clauses: sentences, list items and comma-separated demands. */
function clauses(line: string): string[] {
  // Commas inside brackets list alternatives or examples (`an ERP system (SAP, Oracle)`): not clause ends.
  const KEEP = '\uE002';
  // So are those in a list of majors (`Accounting, Finance, Economics or a related field`).
  const guarded = line
    .replace(/[(（][^()（）]*[)）]/g, (m) => m.replace(/[,，]/g, KEEP))
    .replace(RELATED_FIELDS, (m) => m.replace(/[,，]/g, KEEP));
  return (
    guarded
      .split(/[;；。！!？?]|[，,](?=\s*(?:[^\d]|$))|\s+(?=\d+[.、)]\s)|(?<=\S)\s*[•·]\s*/)
      // List markers go (`1.`, `2、`, `(3)`, `•`); numbers that say something (`35岁`, `3年`) stay.
      .map((c) => c.replace(/^\s*(?:(?:\d{1,2}|[a-z])[.、)）](?!\d)|[(（]\d{1,2}[)）]|[•·*-])\s*/i, '').trim())
      .filter((c) => c !== '')
      .map((c) => c.replace(new RegExp(KEEP, 'g'), ','))
  );
}

function readClause(clause: string, must: boolean, taxonomy: Taxonomy, add: (c: Criterion) => void): void {
  const folded = fold(clause);
  const hits = taxonomy.findAll(folded, clause);
  const skills = unique(hits.map((h) => h.id).filter((id) => SKILL_KINDS.has(taxonomy.kind(id) ?? '')));
  const years = yearsIn(clause);
  if (years !== null) {
    const tech = skills.filter((id) => taxonomy.kind(id) !== 'role');
    if (tech.length > 0 && !TOTAL_YEARS.test(clause.replace(/[A-Za-z][\w.+#-]*\s*(?:开发)?经验/, ''))) {
      for (const id of tech.slice(0, 3)) add({ kind: 'skill-years', id, must, years });
    } else {
      add({ kind: 'years', id: 'total', must, years });
    }
  }
  // `精通 Kafka 或 RocketMQ`, `Go or Rust`, `Elasticsearch/Solr`: one criterion met by either.
  const groups = alternatives(clause, skills, hits);
  const grouped = new Set(groups.flat());
  for (const group of groups) add({ kind: 'skill', id: group.join('|'), anyOf: group, must });
  for (const id of skills) if (!grouped.has(id)) add({ kind: 'skill', id, must });
  // Cities named together (`北京/杭州`, `Berlin or Munich`) are places to choose from; next to
  // "remote"/远程 a city is welcome, not required.
  const cities = unique(hits.filter((h) => taxonomy.kind(h.id) === 'city').map((h) => h.id));
  if (cities.length > 0) {
    const cityMust =
      !/远程|remote|anywhere|居家/i.test(clause) && (must || /工作地点|base|location|地点|办公/i.test(clause));
    add({ kind: 'city', id: cities.join('|'), must: cityMust, ...(cities.length > 1 ? { anyOf: cities } : {}) });
  }
  // `Bachelor's or Master's`, `本科及以上（硕士优先）`: the lowest degree named is the bar.
  const degrees = DEGREE.filter(([re]) => re.test(clause)).map(([, d]) => d);
  const lowest = degrees[degrees.length - 1];
  if (lowest) add({ kind: 'degree', id: lowest, must });
  for (const lang of SPOKEN_LANGUAGES) if (lang.jd.test(clause)) add({ kind: 'language', id: lang.id, must });
}

/**
 * Runs of skills joined by "or" (`Kafka 或 RocketMQ`, `Go or Python`, `Elasticsearch/Solr`, and
 * lists ending in one: `DataFusion、Arrow 或 TiKV`): any one of them meets the criterion. A list
 * joined only by commas or "and" asks for each.
 */
function alternatives(
  clause: string,
  skills: readonly string[],
  hits: readonly { id: string; start: number; end: number }[],
): string[][] {
  const ordered = hits.filter((h) => skills.includes(h.id)).sort((a, b) => a.start - b.start);
  const groups: string[][] = [];
  let run: string[] = [];
  let or = false;
  const close = (): void => {
    const ids = [...new Set(run)];
    if (or && ids.length > 1) groups.push(ids);
    run = [];
    or = false;
  };
  for (let i = 0; i < ordered.length; i++) {
    const h = ordered[i] as { id: string; start: number; end: number };
    run.push(h.id);
    const next = ordered[i + 1];
    const between = next ? clause.slice(h.end, next.start) : '';
    if (next && OR_BETWEEN.test(between)) or = true;
    // A list in brackets after "or" (`QuickBooks or an ERP system (SAP, Oracle, Sage)`) is one too,
    // and so are majors (`会计、财务管理、审计等相关专业`, `Accounting, Finance or a related field`).
    else if (next && /^\s*(?:、|,|，)\s*$/.test(between))
      or ||= orBefore(clause, h.start) || MAJORS_AFTER.test(clause.slice(next.end, next.end + 40));
    else close();
  }
  close();
  return groups;
}

/**
 * "Or" between two skills, after a word or two that belongs to the first (`注册会计师（CPA）资格或
 * 高级会计师职称`, `PMP certification or Scrum`).
 */
const OR_BETWEEN = /^[^,，、;；。和与及]{0,6}?(?:或者|或是|或|还是|\/|\||\bor\b|\beither\b|and\/or)\s*$/i;
/** What ends a list of majors: any one of them will do. */
const MAJORS_AFTER = new RegExp(String.raw`^[^;；。]{0,12}?(?:等(?:相关)?(?:专业|学科)|相关专业|${OR_RELATED})`, 'i');

/** An "or" word shortly before this point of the clause (within the same bracketed list). */
function orBefore(clause: string, at: number): boolean {
  return /(?:或者|或是|或|还是|\bor\b|\beither\b)[^;；。]{0,40}$/i.test(clause.slice(Math.max(0, at - 60), at));
}

function yearsIn(clause: string): number | null {
  const m = YEARS.exec(clause);
  if (!m) return null;
  const raw = m[1] ?? m[2] ?? m[3] ?? '';
  const n = /^\d+$/.test(raw) ? Number(raw) : NUMERALS[raw];
  return n !== undefined && n > 0 && n <= 30 ? n : null;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function dedupe(cues: readonly IgnoredCue[]): IgnoredCue[] {
  const seen = new Set<string>();
  return cues.filter((c) => {
    const key = `${c.category}:${c.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Criteria in a short form for a button (paging a match needs them, not the whole JD):
 * `m.skill.kafka|rocketmq;n.skill.kubernetes;m.skill-years.java.3;m.years.total.5`.
 */
export function encodeCriteria(criteria: readonly Criterion[]): string {
  return criteria
    .map((c) =>
      [
        c.must ? 'm' : c.duty ? 'd' : 'n',
        c.kind,
        c.kind === 'title'
          ? (c.anyOf ?? [c.id]).map((n) => encodeURIComponent(n).replace(/\./g, '%2E')).join('|')
          : c.id,
        ...(c.years !== undefined ? [String(c.years)] : []),
      ].join('.'),
    )
    .join(';');
}

const KINDS = new Set<CriterionKind>(['skill', 'skill-years', 'years', 'degree', 'city', 'language', 'title']);

/** The inverse of {@link encodeCriteria}; anything malformed is dropped. Never throws. */
export function decodeCriteria(value: string, taxonomy: Taxonomy): Criterion[] {
  const out: Criterion[] = [];
  for (const part of value.split(';').slice(0, MAX_CRITERIA)) {
    const [flag, kind, rawId, years] = part.split('.');
    const names = kind === 'title' ? (rawId ?? '').split('|').map(safeDecode) : null;
    if (names && !names.every((n): n is string => typeof n === 'string' && n.length > 0 && n.length <= 40)) continue;
    const id = names ? (names as string[]).join('|') : rawId;
    if ((flag !== 'm' && flag !== 'n' && flag !== 'd') || !KINDS.has(kind as CriterionKind) || !id || id.length > 200)
      continue;
    const n = years === undefined ? undefined : Number(years);
    if (n !== undefined && !(n > 0 && n <= 50)) continue;
    const ids = id.split('|');
    if (names) {
      out.push({
        kind: 'title',
        id: ids[0] as string,
        must: flag === 'm',
        ...(flag === 'd' ? { duty: true } : {}),
        ...(ids.length > 1 ? { anyOf: ids } : {}),
      });
      continue;
    }
    if (kind === 'skill' || kind === 'skill-years' || kind === 'city') {
      if (!ids.every((x) => taxonomy.get(x))) continue;
    }
    out.push({
      kind: kind as CriterionKind,
      id,
      must: flag === 'm',
      ...(flag === 'd' ? { duty: true } : {}),
      ...(ids.length > 1 ? { anyOf: ids } : {}),
      ...(n !== undefined ? { years: n } : {}),
    });
  }
  return out;
}

/**
 * The criteria as a query in the search language, to copy, edit and send back:
 * `+kafka/rocketmq years:java>=3 +mysql kubernetes city:北京 degree:本科 years:>=5`.
 */
export function criteriaQuery(criteria: readonly Criterion[], taxonomy: Taxonomy, locale: 'zh' | 'en'): string {
  const word = (id: string): string => {
    const aliases = taxonomy.get(id)?.aliases ?? [];
    // A word the query reads back as the same concept: one without spaces, Latin for English.
    // (Latin aliases ignore spaces and hyphens: `computer-science` reads back as `computer science`.)
    const latin = aliases.find((a) => /^[\x20-\x7e]+$/.test(a))?.replace(/\s+/g, '-');
    const spaceless = aliases.find((a) => !/\s/.test(a));
    return (locale === 'zh' ? spaceless : (latin ?? spaceless)) ?? id;
  };
  const parts: string[] = [];
  for (const c of criteria) {
    const plus = c.must ? '+' : '';
    switch (c.kind) {
      case 'skill':
        parts.push(c.anyOf ? `${c.anyOf.map(word).join('/')}` : `${plus}${word(c.id)}`);
        break;
      case 'skill-years':
        parts.push(`years:${word(c.id)}>=${c.years ?? 1}`);
        break;
      case 'years':
        parts.push(`years:>=${c.years ?? 1}`);
        break;
      case 'degree':
        parts.push(`degree:${word(c.id)}`);
        break;
      case 'city':
        parts.push(c.anyOf ? c.anyOf.map(word).join('/') : `city:${word(c.id)}`);
        break;
      case 'language': {
        const lang = SPOKEN_LANGUAGES.find((l) => l.id === c.id);
        if (lang) parts.push(lang.label[locale]);
        break;
      }
      case 'title':
        parts.push(`"${(c.anyOf?.[0] ?? c.id).replace(/"/g, '')}"`);
        break;
    }
  }
  return parts.join(' ');
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
