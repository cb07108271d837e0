import { t, type Locale } from '../i18n/index.js';
import type { Taxonomy, TaxonomyHit } from '../taxonomy/taxonomy.js';
import { hasCjk } from '../text/cjk.js';
import { fold } from '../text/fold.js';
import { coveredMonths, formatMonth, numeralDates, parseSmallNumber } from './dates.js';
import { SKILL_KINDS, TRADE_KINDS, type WorkEntry } from './profile.js';
import { sectionsByLine, type SectionKind } from './sections.js';
import { findRanges, findWork, LABEL_LINE } from './work-history.js';

/**
 * Years with a skill, from evidence only (issue 14): the months in which a dated job or project
 * that mentions the skill was running (overlaps counted once), or what the résumé states outright
 * next to the skill (`Java（15+年）`, `Django (6 years)`, `5年Java开发经验`, `PYTHON- Exprience -
 * 109 months`). A skill that is only listed gets nothing: no evidence, no years.
 */
export interface SkillPeriod {
  readonly start: number;
  /** `null` while current. */
  readonly end: number | null;
  /** The job or project: a company, or the line's own words (`字节跳动`, `Project X`). */
  readonly where: string | null;
}

export interface SkillExperience {
  readonly id: string;
  /** Months of evidence: the dated periods, or the stated years, whichever is more. */
  readonly months: number;
  /** The dated periods that mention the skill, most recent first. */
  readonly periods: readonly SkillPeriod[];
  /** Years stated next to the skill, or null. */
  readonly stated: number | null;
  /** Mentioned in a job or project at all (dated or not, centrally or in passing): used, not only listed. */
  readonly used: boolean;
}

export interface SkillYearsInput {
  readonly lines: readonly string[];
  readonly sections: readonly SectionKind[];
  /** Start offset of every line in the text the hits were found in. */
  readonly lineStarts: readonly number[];
  /** The folded text the hits point into (same offsets as the lines' text). */
  readonly folded: string;
  readonly hits: readonly TaxonomyHit[];
  readonly work: readonly WorkEntry[];
  /** The résumé's "now", for open ranges (`至今`). */
  readonly asOf: number;
  /** Which hits are skills. */
  readonly isSkill: (id: string) => boolean;
  /**
   * Which hits are trades (industries): credited like skills, but the employer's name counts, as it
   * says the trade best (`长城汽车股份有限公司`).
   */
  readonly isTrade?: (id: string) => boolean;
  /** Broader entries a skill implies (Gin → Go): experience with it is experience with them. */
  readonly broader: (id: string) => readonly string[];
  /** The whole career's years (stated or from the jobs), for `多年 Python 经验`; null when unknown. */
  readonly careerYears?: number | null;
}

/** A dated block: a job or project line with its date, and the description lines under it. */
interface Block {
  readonly start: number;
  readonly end: number | null;
  readonly where: string | null;
  readonly fromLine: number;
  /** The line with the date (the title may stand on the line above it). */
  readonly dateLine: number;
  readonly toLine: number;
}

/** A block never runs longer than this many lines (a date with no next date must not claim the rest). */
const MAX_BLOCK_LINES = 40;
/** An internship still running when the résumé was written: it had lasted a few months, not until the file's date. */
const OPEN_INTERNSHIP_MONTHS = 6;
/** A block this short (a project entry) credits every skill it mentions. */
const SHORT_BLOCK_LINES = 6;
/** A line that lists the technologies of a job or project. */
const TECH_STACK_LINE =
  /^[\s*#>_\-•·]*(?:涉及技术|项目技术|技术栈|技术选型|使用技术|开发环境|开发工具|后端技术栈|前端技术栈|技术|tech(?:nology)?(?: stack)?|technologies|tools?(?: used)?|environment|skills used)\s*[:：]/i;
/** Nobody has 50 years with a skill: a larger number is something else (a year, a count). */
const MAX_STATED_YEARS = 45;

const NUMBER = '(\\d{1,3}(?:\\.\\d{1,2})?|[一二两三四五六七八九十]{1,3})';
const UNIT = '(年|years?|yrs?\\.?|个月|months?)';
/** After the skill: `Java（15+年）`, `Django (6 years)`, `Python: 3年`, `JAVA- Exprience - 109 months`, `Go 3年经验`. */
const AFTER = new RegExp(
  `^\\s*(?:语言|开发|编程|development|programming)?\\s*(?:[-–—:：(（,，]\\s*)?(?:(?:exprience|experience|经验)\\s*[-–—:：]?\\s*)?(?:约|近|超过|over|about|~)?\\s*${NUMBER}\\s*\\+?\\s*${UNIT}(?![a-z])`,
  'i',
);
/** An item a word or two long, then its years in brackets: `retail management (9 years' experience)`. */
const AFTER_ITEM = new RegExp(`^\\s*(?:[a-z]+\\s+){1,2}\\(\\s*${NUMBER}\\s*\\+?\\s*${UNIT}(?![a-z])`, 'i');
/** Before the skill: `5年Java`, `8年以上Python`, `3 years of Python`, `6+ years experience in Java`, `5.8 years of experience DevOps design`. */
const BEFORE = new RegExp(
  `(?<![\\d.])${NUMBER}\\s*\\+?\\s*(年|years?|yrs?)\\s*(?:以上|多|\\+)?\\s*(?:的)?\\s*(?:of\\s+)?(?:(?:hands-on|professional|working|work|industry|commercial)\\s+)?(?:(?:experience|exp)\\s+(?:(?:in|with|on|using|of)\\s+)?)?(?:使用|从事|做)?\\s*$`,
  'i',
);

/** Years and periods per skill that has evidence; skills without any are left out. */
export function skillExperience(input: SkillYearsInput): SkillExperience[] {
  const isTrade = input.isTrade ?? (() => false);
  const counted = (id: string): boolean => input.isSkill(id) || isTrade(id);
  const clauses = proseClauses(input);
  const blocks = datedBlocks(input, clauses);
  const periodsById = new Map<string, SkillPeriod[]>();
  const statedById = new Map<string, number>();
  const summaryById = new Map<string, number>();
  let b = 0;
  // A block credits a skill it mentions centrally (its title or date line, a tech-stack line, a
  // line that opens with the skill), twice or more, or anywhere in a short block (a project
  // entry). One passing mention in a long job description is not years of it.
  const mentions = new Map<string, number>();
  const central = new Set<string>();
  const used = new Set<string>();
  const credit = (block: Block): void => {
    for (const [id, n] of mentions) {
      if (n < 2 && !central.has(id) && block.toLine - block.fromLine + 1 > SHORT_BLOCK_LINES) continue;
      const list = periodsById.get(id) ?? [];
      if (!list.some((p) => p.start === block.start && p.end === block.end))
        list.push({ start: block.start, end: block.end, where: block.where });
      periodsById.set(id, list);
    }
    mentions.clear();
    central.clear();
  };
  const summaries = yearsSummaries(input.folded);
  let sum = 0;
  for (const hit of [...input.hits].sort((x, y) => x.start - y.start)) {
    const trade = isTrade(hit.id);
    if (!trade && !input.isSkill(hit.id)) continue;
    const ids = [hit.id, ...input.broader(hit.id).filter(counted)];
    const line = lineOf(input.lineStarts, hit.start);
    while (sum < summaries.length && (summaries[sum] as Summary).end <= hit.start) sum++;
    const stated = statedNear(input, hit, line);
    if (stated !== null) for (const id of ids) statedById.set(id, Math.max(statedById.get(id) ?? 0, stated));
    // A summary's years count only for a skill given no years of its own (`Selenium (1 year)`).
    const summed = stated === null ? summaryOver(input.folded, summaries[sum - 1], hit) : null;
    if (summed !== null) for (const id of ids) summaryById.set(id, Math.max(summaryById.get(id) ?? 0, summed));
    // A bio in prose: the dated clause the mention stands in is its period (a clause is one post).
    const prose = clauses.get(line);
    if (prose) {
      const clause = prose.find((c) => c.from <= hit.start && hit.start < c.to);
      for (const id of ids) {
        used.add(id);
        if (!clause || (clause.seat && isTrade(id))) continue;
        const list = periodsById.get(id) ?? [];
        if (!list.some((p) => p.start === clause.start && p.end === clause.end))
          list.push({ start: clause.start, end: clause.end, where: null });
        periodsById.set(id, list);
      }
      continue;
    }
    // Hits in text order, blocks too.
    while (b < blocks.length && (blocks[b] as Block).toLine < line) {
      credit(blocks[b] as Block);
      b++;
    }
    const block = blocks[b];
    if (!block || block.fromLine > line) {
      // Undated, but in the work or projects section (a project list without dates, a job whose
      // dates the résumé left out): used there, though no months are counted.
      const section = input.sections[line];
      if (section === 'work' || section === 'projects') for (const id of ids) used.add(id);
      continue;
    }
    // Central: the title or date line, a tech-stack line, or a line that opens with the skill (`Kafka 架构优化：`).
    const lineStart = input.lineStarts[line] as number;
    // The employer's name (`MongoDB - Gurgaon`, `Oracle`) on the job's header lines is no evidence of use.
    // A trade is the other way round: the employer's name says it best.
    if (!trade && line < block.dateLine && employerHit(input, block, hit)) continue;
    const isCentral =
      line === block.fromLine ||
      line === block.dateLine ||
      TECH_STACK_LINE.test(input.lines[line] as string) ||
      /^[\s*#>_\-•·\d.、()（）]*$/.test(input.folded.slice(lineStart, hit.start));
    for (const id of ids) {
      mentions.set(id, (mentions.get(id) ?? 0) + 1);
      used.add(id);
      if (isCentral) central.add(id);
    }
  }
  if (b < blocks.length) credit(blocks[b] as Block);
  const out: SkillExperience[] = [];
  for (const id of summaryById.keys()) if (!statedById.has(id)) statedById.set(id, summaryById.get(id) as number);
  for (const id of new Set([...periodsById.keys(), ...statedById.keys(), ...used])) {
    const periods = (periodsById.get(id) ?? []).sort(
      (x, y) => (y.end ?? input.asOf) - (x.end ?? input.asOf) || y.start - x.start,
    );
    const dated = coveredMonths(periods, input.asOf);
    const stated = statedById.get(id) ?? null;
    const months = Math.max(dated, stated === null ? 0 : Math.round(stated * 12));
    if (months <= 0 && !used.has(id)) continue;
    out.push({ id, months, periods, stated, used: used.has(id) });
  }
  return out;
}

/**
 * Dated blocks: a line with one or two date ranges in the work or project sections (anywhere but
 * education, skills and "other" in a résumé without them) starts one, which runs until the next dated line, the end of its section, or {@link MAX_BLOCK_LINES}.
 */
function datedBlocks(input: SkillYearsInput, prose: ReadonlyMap<number, readonly Clause[]>): Block[] {
  const { lines, sections } = input;
  const blocks: Block[] = [];
  let open: {
    start: number;
    end: number | null;
    where: string | null;
    fromLine: number;
    dateLine: number;
    section: SectionKind;
  } | null = null;
  const close = (toLine: number): void => {
    if (open)
      blocks.push({
        start: open.start,
        end: open.end,
        where: open.where,
        fromLine: open.fromLine,
        dateLine: open.dateLine,
        toLine,
      });
    open = null;
  };
  // With work or project sections, only they date anything (`2011 – Present` under "Activities" is a club).
  const sectioned = sections.some((k) => k === 'work' || k === 'projects');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const section = sections[i] as SectionKind;
    if (open && (section !== open.section || i - open.fromLine >= MAX_BLOCK_LINES || prose.has(i))) close(i - 1);
    if (prose.has(i)) continue;
    if (
      sectioned
        ? section !== 'work' && section !== 'projects'
        : section === 'education' || section === 'skills' || section === 'other'
    )
      continue;
    const ranges = findRanges(line);
    if (ranges.length === 0 || ranges.length > 2) continue;
    const range = ranges[0] as (typeof ranges)[number];
    // `2. 发展期（2019-2020）`: a phase inside the job above, not a job of its own.
    if (/[(（]\s*$/.test(line.slice(0, range.index))) continue;
    // A date under a label or alone (`时间：2017.10 – 2022.4`) belongs to the title lines above it.
    const bare = clip(line.slice(0, range.index) + ' ' + line.slice(range.index + range.length))
      .replace(/\|.*$/, '')
      .trim();
    const previous = open as { dateLine: number } | null;
    const fromLine: number =
      LABEL_LINE.test(line.trim()) || bare === ''
        ? headerStart(lines, sections, i, previous ? previous.dateLine : -1)
        : i;
    const above = lines.slice(fromLine, i).join(' ');
    close(fromLine - 1);
    const internship: boolean =
      /实习|intern(ship)?\b|trainee/i.test(line) || (fromLine < i && /实习|intern(ship)?\b|trainee/i.test(above));
    const end =
      range.end === null && internship ? Math.min(input.asOf, range.start + OPEN_INTERNSHIP_MONTHS) : range.end;
    open = {
      start: range.start,
      end,
      where: whereOf(input, i, range.index, range.length),
      fromLine,
      dateLine: i,
      section,
    };
  }
  close(lines.length - 1);
  return blocks;
}

/** A dated clause of a bio in prose, from its date to the next one: one post (offsets in the folded text). */
interface Clause {
  readonly start: number;
  readonly end: number | null;
  readonly from: number;
  readonly to: number;
  /** Only a seat on a board (`2005年12月至今东北证券有限责任公司独立董事`): no years in the firm's trade. */
  readonly seat: boolean;
}

/** Where a dated clause ends: its sentence, or a list of posts it does not date (`，曾任…`, `，历任…`). */
const CLAUSE_END =
  /[。；;]|[，,、]\s*(?:此前|之前|曾任|曾担任|曾就职|曾在|历任|先后(?:担任|任|在)|现任|目前|现兼任|还担任|兼任)/;
/** A seat on a board (`独立董事`, `非执行董事`, `监事`): no career in the firm's trade. */
const BOARD_SEAT = /独立董事|非执行董事|外部董事|独董|(?<!职工)监事|董事(?![长会])/g;
/** A post in the firm besides, which is a career in its trade (`董事、总经理`, `董事长`). */
const EXECUTIVE_POST =
  /董事长|总经理|经理|总裁|行长|总监|主任|部长|处长|科长|主管|负责人|总工|工程师|分析师|研究员|会计|职员|顾问|董事会秘书|合伙人|首席/;
/** A clause that names a board seat and no other post. */
function boardSeatOnly(clause: string): boolean {
  const rest = clause.replace(BOARD_SEAT, '');
  return rest !== clause && !EXECUTIVE_POST.test(rest);
}

/** A year, and maybe a month, in running Chinese text (numerals already digits): `2004年`, `1995年7月`. */
const POINT = /((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月?)?/g;
/** A clause about birth or study, which is no post: `1956年出生`, `1980年3毕业于…`, `1995年至1998年攻读博士学位`. */
const NO_POST =
  /^[^。；;，,]{0,4}(?:出生|生人|生于|生[，,。；;])|^[^。；;]{0,24}?(?:学习|就读|读书|攻读|求学|进修|毕业|深造|留学|学位)/;

/**
 * Birth said before its date (`生于1954年11月`, `出生于1963年`, `出生年月：1960年`): no post starts there.
 * Not 先生于 (`刘先生于1980年至1995年任职于…`: Mr Liu, from 1980).
 */
const BORN_BEFORE = /(?:(?<!先)生于|出生于|出生|出生年月|出生日期|诞生于)\s*[:：]?\s*$/;

/**
 * The dated clauses of a bio written as one paragraph in Chinese (no work section, a line or two:
 * `1980年4月，任职日产汽车公司。1995年7月，日产汽车中近东南非事业部主担。…2003年7月，派驻东风汽车
 * 有限公司…`), by line. A clause runs from its date to the next date; a range dates it itself, a
 * year alone runs until the next clause's year (the last one, for all the bio says, is held since).
 * Clauses about birth or study are none. Empty for any other résumé: its dates are on job lines.
 */
function proseClauses(input: SkillYearsInput): Map<number, Clause[]> {
  const out = new Map<number, Clause[]>();
  const { lines, sections } = input;
  const filled = lines.filter((l) => l.trim() !== '').length;
  if (filled === 0 || filled > 2 || sections.some((k) => k === 'work' || k === 'projects')) return out;
  lines.forEach((line, i) => {
    if (line.length < 40 || !hasCjk(line) || !/(?:19|20)\d\d/.test(line)) return;
    const text = numeralDates(line);
    const marks: { at: number; length: number; start: number; end: number | null | undefined }[] = [];
    const ranges = findRanges(text);
    for (const r of ranges) marks.push({ at: r.index, length: r.length, start: r.start, end: r.end });
    for (const m of text.matchAll(POINT)) {
      const at = m.index ?? 0;
      if (ranges.some((r) => at >= r.index && at < r.index + r.length)) continue;
      const month = Number(m[2] ?? 1);
      const start = Number(m[1]) * 12 + (month >= 1 && month <= 12 ? month - 1 : 0);
      marks.push({ at, length: m[0].length, start, end: undefined });
    }
    marks.sort((a, b) => a.at - b.at);
    const lineStart = input.lineStarts[i] as number;
    const found: Clause[] = [];
    marks.forEach((mark, k) => {
      const next = marks[k + 1];
      const words = text.slice(mark.at + mark.length, next ? next.at : undefined);
      if (NO_POST.test(words) || BORN_BEFORE.test(text.slice(Math.max(0, mark.at - 6), mark.at))) return;
      const end = mark.end !== undefined ? mark.end : next ? Math.max(next.start, mark.start) : null;
      // The clause ends with its sentence, or where an undated list of other posts begins.
      const cut = words.search(CLAUSE_END);
      const to = mark.at + mark.length + (cut < 0 ? words.length : cut);
      found.push({
        start: mark.start,
        end,
        from: lineStart + mark.at,
        to: lineStart + to,
        seat: boardSeatOnly(words.slice(0, cut < 0 ? undefined : cut)),
      });
    });
    if (found.length > 0) out.set(i, found);
  });
  return out;
}

/**
 * Where the job of a date line that has nothing else on it begins: its title and company lines just
 * above (`DevOps Consultant -` ⏎ ⏎ `Tech Mahindra Ltd -` ⏎ ⏎ `March 2018 to Present`), blank lines
 * between them skipped. At most two short lines, never a bullet, a sentence or a line of the job before.
 */
function headerStart(
  lines: readonly string[],
  sections: readonly SectionKind[],
  i: number,
  previousDateLine: number,
): number {
  let from = i;
  let taken = 0;
  for (let j = i - 1; j > previousDateLine && j >= i - 5 && taken < 2; j--) {
    const text = (lines[j] as string).trim();
    if (text === '') continue;
    if (
      sections[j] !== sections[i] ||
      text.length > 80 ||
      findRanges(text).length > 0 ||
      /^[•·▪●*\-–]\s/.test(text) ||
      /[.。;；]$/.test(text)
    )
      break;
    from = j;
    taken++;
  }
  return from;
}

/** True when `hit` lies inside the company name of the job that `block` dates. */
function employerHit(input: SkillYearsInput, block: Block, hit: TaxonomyHit): boolean {
  const company = input.work.find((w) => w.start === block.start && w.end === block.end && w.company)?.company;
  if (!company) return false;
  const lineStart = input.lineStarts[lineOf(input.lineStarts, hit.start)] as number;
  const lineEnd = input.folded.indexOf('\n', hit.end);
  const at = input.folded.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).indexOf(fold(company));
  return at >= 0 && lineStart + at <= hit.start && hit.end <= lineStart + at + company.length;
}

/** The job's company, else the line's words without the date, else the line above. */
function whereOf(input: SkillYearsInput, i: number, index: number, length: number): string | null {
  const line = input.lines[i] as string;
  const range = findRanges(line)[0];
  const job = range ? input.work.find((w) => w.start === range.start && w.end === range.end && w.company) : undefined;
  if (job?.company) return short(job.company);
  const rest = clip(line.slice(0, index) + ' ' + line.slice(index + length));
  if (rest !== '') return short(rest);
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    const above = clip(input.lines[j] as string);
    if (above !== '') return short(above);
  }
  return null;
}

function clip(text: string): string {
  return text
    .replace(/^#+\s*/, '')
    .replace(/^\s*(?:\d{1,2}[.、)）]|[-*•·])\s*/, '')
    .replace(/[(（]\s*[)）]/g, ' ')
    .replace(/(时间|日期|在职时间|任职时间|time|date|duration|period)\s*[:：]/gi, ' ')
    .replace(/[*_`|｜]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—:：,，·•]+|[\s\-–—:：,，·•]+$/g, '')
    .trim();
}

function short(text: string): string {
  const first = text.split(/\s+[/|·•]\s+|\s{2,}|[,，;；]/)[0]?.trim() || text;
  return first.length > 30 ? `${first.slice(0, 29)}…` : first;
}

/**
 * "Many years" of a skill, with no number: `多年 Python 经验`, `Python 开发多年`, `many years of
 * Java`. With a career of {@link MANY_YEARS_CAREER} years or more, the skill is taken to span it, as
 * a recruiter reads `工作年限 8 年 … 多年 Python 经验`.
 */
const MANY_BEFORE =
  /(?:多年|many years(?: of)?)\s*(?:的)?\s*(?:(?:hands-on|professional|working|industry)\s+)?(?:(?:experience|exp)\s+(?:in|with|of|using)\s+)?(?:使用|从事|做)?\s*$/i;
const MANY_AFTER = /^\s*(?:语言|开发|编程|development|programming)?\s*(?:经验|工作|experience)?\s*多年/i;
const MANY_YEARS_CAREER = 3;

/**
 * A summary's years of experience (`10+ years of experience in designing … data warehousing, client
 * server technologies`, `Over 8 years of professional experience with Java, Spring and AWS`): the
 * sentence after them names what they were spent on, each skill in it for those years.
 */
const SUMMARY =
  /(?<![\d.])(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?)\.?\s*(?:of\s+)?(?:(?:hands-on|professional|progressive|progressively|working|work|industry|it|total|rich|solid|extensive|diverse|relevant)\s+){0,2}(?:experience|exp\b)/g;
/** How far after its years a summary's sentence may name a skill. */
const SUMMARY_REACH = 240;
/** Where a summary's sentence ends: a full stop or semicolon before a space, a new bullet, a blank line, a heading. */
const SENTENCE_END = /[.;!?。；！？](?:\s|$)|\n\s*(?:[•·*▪●◦\-–]|\d+[.)]\s|#)|\n\s*\n|•/;

interface Summary {
  readonly end: number;
  readonly years: number;
}

function yearsSummaries(folded: string): Summary[] {
  if (!/year|yr/.test(folded)) return [];
  const out: Summary[] = [];
  for (const m of folded.matchAll(SUMMARY)) {
    const years = Number(m[1]);
    if (years > 0 && years <= MAX_STATED_YEARS) out.push({ end: m.index + m[0].length, years });
  }
  return out;
}

/** Other years said between a summary and a skill (`10 years of IT experience, including 2 years with Java`). */
const OTHER_YEARS = /\d\s*\+?\s*(?:years?|yrs?)\b/;

/** The years of the summary whose sentence names `hit` (with no other years between them), or null. */
function summaryOver(folded: string, summary: Summary | undefined, hit: TaxonomyHit): number | null {
  if (!summary || hit.start - summary.end > SUMMARY_REACH) return null;
  const between = folded.slice(summary.end, hit.start);
  return SENTENCE_END.test(between) || OTHER_YEARS.test(between) ? null : summary.years;
}

/** A unit of time the stated-years patterns need (a quick test before them). */
const UNIT_NEAR = /年|月|year|yr|month/i;

/** Years stated right next to a skill mention, or null. */
function statedNear(input: SkillYearsInput, hit: TaxonomyHit, line: number): number | null {
  const lineStart = input.lineStarts[line] as number;
  const lineEnd = line + 1 < input.lineStarts.length ? (input.lineStarts[line + 1] as number) - 1 : input.folded.length;
  const afterText = input.folded.slice(hit.end, Math.min(lineEnd, hit.end + 40));
  const beforeText = input.folded.slice(Math.max(lineStart, hit.start - 40), hit.start);
  // Every form below names its unit (年, 个月, years, yrs, months; 多年, many years): without one
  // nearby (folded text is lower-case), none can match, and most mentions have none.
  if (!UNIT_NEAR.test(afterText) && !UNIT_NEAR.test(beforeText)) return null;
  const after = AFTER.exec(afterText);
  const before = BEFORE.exec(beforeText);
  const m = after ?? before ?? AFTER_ITEM.exec(afterText);
  if (!m && (MANY_BEFORE.test(beforeText) || MANY_AFTER.test(afterText))) {
    const career = input.careerYears ?? null;
    return career !== null && career >= MANY_YEARS_CAREER && career <= MAX_STATED_YEARS ? career : null;
  }
  if (!m?.[1] || !m[2]) return null;
  const n = parseSmallNumber(m[1]);
  if (n === null || n <= 0) return null;
  const years = /^(个月|month)/i.test(m[2]) ? n / 12 : n;
  return years > 0 && years <= MAX_STATED_YEARS ? Math.round(years * 10) / 10 : null;
}

/** `2019.07–至今 @ 字节跳动` for cards and `show`. */
export function describePeriod(period: SkillPeriod, locale: Locale): string {
  const end = period.end === null ? t(locale).years.present : formatMonth(period.end);
  const when = `${formatMonth(period.start)}–${end}`;
  return period.where ? `${when} @ ${period.where}` : when;
}

/** The start offset of each line (lines split on `\n`). */
export function lineStartsOf(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return starts;
}

/** The line an offset falls on, given each line's start offset. */
export function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** What a card says about one skill: its months of evidence and the periods behind them. */
export interface SkillYearsLine {
  readonly id: string;
  readonly label: string;
  /** Months of evidence (as indexed); 0: the skill is only listed. */
  readonly months: number;
  /** The dated jobs and projects that mention it, most recent first (at most three). */
  readonly periods: readonly SkillPeriod[];
}

/**
 * The periods behind each of `ids` in a résumé's text (for cards and `show`; the months come from
 * the profile, as the index has them). Pure: the text is the cleaned, masked text of the file.
 */
export function periodsIn(
  text: string,
  ids: readonly string[],
  taxonomy: Taxonomy,
  asOf: number,
): Map<string, SkillPeriod[]> {
  const lines = text.split('\n');
  const lineStarts = lineStartsOf(lines);
  const folded = fold(text);
  const sections = sectionsByLine(lines);
  const wanted = new Set(ids);
  const experience = skillExperience({
    lines,
    sections,
    lineStarts,
    folded,
    hits: taxonomy.findAll(folded, text),
    work: findWork(lines, sections, taxonomy),
    asOf,
    isSkill: (id) => SKILL_KINDS.has(taxonomy.kind(id) ?? ''),
    isTrade: (id) => TRADE_KINDS.has(taxonomy.kind(id) ?? ''),
    broader: (id) => taxonomy.ancestors(id),
  });
  const out = new Map<string, SkillPeriod[]>();
  for (const e of experience) if (wanted.has(e.id)) out.set(e.id, e.periods.slice(0, 3));
  return out;
}

/** `Go · 4.5 yrs (2019.07–present @ 字节跳动; 2017.01–2018.03 @ 美团)`, or `Rust · listed, no dated evidence`. */
export function describeSkillYears(line: SkillYearsLine, locale: Locale): string {
  const w = t(locale);
  if (line.months <= 0) return `${line.label} · ${w.years.listedOnly}`;
  const amount = w.years.amount(Math.round((line.months / 12) * 10) / 10);
  const periods = line.periods.slice(0, 2).map((p) => describePeriod(p, locale));
  const why = periods.length > 0 ? periods.join('; ') : w.years.asStated;
  return `${line.label} · ${amount}${w.join.aside(why)}`;
}
