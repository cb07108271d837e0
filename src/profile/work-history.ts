import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { fold } from '../text/fold.js';
import { ENGLISH_NUMBERS, findRanges as findAllRanges, monthOf, parseSmallNumber, type MonthRange } from './dates.js';
import type { WorkEntry } from './profile.js';
import { sectionOf, type SectionKind } from './sections.js';

/**
 * Work history: every dated job line (or a date under a company heading or label), its company
 * and title, internships marked; and the total years a résumé states outright.
 */

export const TITLE_WORDS =
  /(工程师|开发|程序员|经理|总监|负责人|架构师|专家|主管|组长|研究员|设计师|运维|测试|产品|实习|顾问|分析师|创始人|合伙人|\b(?:cto|ceo|vp|sre|dba|engineer|developer|programmer|manager|director|architect|intern|consultant|analyst|scientist|lead|leader|head|founder|specialist|administrator|designer|associate|officer|executive|coordinator|technician|accountant|teacher|assistant|representative|supervisor|staff|principal)s?\b)/i;

export const COMPANY_WORDS =
  /(公司|集团|科技|技术|网络|信息|银行|研究院|研究所|实验室|工作室|事务所|inc\.?|ltd\.?|llc|corp\.?|corporation|gmbh|co\.|company|technologies|technology|labs?|solutions|systems|group|bank|university|\.com|\.io)/i;

export const DESCRIPTION_START =
  /^(负责|参与|主导|协助|独立|完成|实现|开发了|使用|基于|通过|工作内容|主要职责|responsible|worked|working|developed|built|led|managed)/i;

export const LABEL_LINE = /^(时间|日期|在职时间|任职时间|time|date|duration|period)\s*[:：]/i;

/**
 * Date ranges of a line; most lines have no year in them at all, so look before parsing. The
 * readers of one résumé ask this of the same dated lines several times over (jobs, dated blocks,
 * strong lines, education): the answers for its lines are kept (they are never changed) until
 * {@link forgetLineRanges}, which `extractProfile` calls for each résumé. A line cut from a
 * résumé's text keeps the whole text alive, so no more than one résumé's lines are kept, and no
 * whole text (`proseJobs` asks of one).
 */
export function findRanges(line: string): readonly MonthRange[] {
  if (!/(?:19|20)\d\d/.test(line)) return NO_RANGES;
  if (line.length > MAX_KEPT_LENGTH || line.includes('\n')) return findAllRanges(line);
  let ranges = rangesByLine.get(line);
  if (ranges === undefined) {
    if (rangesByLine.size >= MAX_KEPT_LINES) rangesByLine.clear();
    ranges = findAllRanges(line);
    rangesByLine.set(line, ranges);
  }
  return ranges;
}

/** Forgets the lines {@link findRanges} kept (those of the résumé read before). */
export function forgetLineRanges(): void {
  rangesByLine.clear();
}

const NO_RANGES: readonly MonthRange[] = [];
const MAX_KEPT_LINES = 1024;
const MAX_KEPT_LENGTH = 400;
const rangesByLine = new Map<string, readonly MonthRange[]>();

/** Taxonomy ids of one kind found in a folded string. */
export function idsOfKind(folded: string, taxonomy: Taxonomy, kind: string): string[] {
  return unique(
    taxonomy
      .findAll(folded)
      .filter((h) => taxonomy.kind(h.id) === kind)
      .map((h) => h.id),
  );
}

export function findWork(lines: readonly string[], sections: readonly SectionKind[], taxonomy: Taxonomy): WorkEntry[] {
  const hasWorkSection = sections.includes('work');
  const entries: WorkEntry[] = [];
  let lastHeading: { text: string; line: number } | null = null;
  let consumedUpTo = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const section = sections[i] as SectionKind;
    const heading = /^#{1,6}\s*(.+)$/.exec(line);
    if (heading?.[1] && !sectionOf(heading[1])) lastHeading = { text: heading[1], line: i };
    const ranges = findRanges(line);
    if (ranges.length === 0) continue;
    // A job line outside the work section still counts when it names a title (`Tom.com | 工程师 2005.7-2011.4`).
    const inScope = hasWorkSection
      ? section === 'work' ||
        ((section === 'skills' || section === 'other' || section === 'header') &&
          TITLE_WORDS.test(line) &&
          line.length <= 100)
      : section !== 'education' && section !== 'projects' && section !== 'other';
    if (!inScope) continue;
    // A line of several ranges (a timeline of projects) is not one job.
    const range = ranges[0] as MonthRange;
    if (ranges.length > 2) continue;
    // `优化(2022.6 – 2023.2)`: a phase inside a job, not a job.
    if (/[(（]\s*$/.test(line.slice(0, range.index))) continue;
    let rest = (line.slice(0, range.index) + ' | ' + line.slice(range.index + range.length)).replace(/^#+\s*/, '');
    const labelled = LABEL_LINE.test(rest.trim());
    rest = rest.replace(/(时间|日期|在职时间|任职时间|团队规模|规模|职级|地点|time|date)\s*[:：][^|]*/gi, ' ');
    let parts = splitParts(rest);
    // The date stands alone (or under a label): the job is named on the line(s) above.
    if (parts.length === 0 || labelled) {
      const above: string[] = [];
      for (let j = i - 1; j >= 0 && j > consumedUpTo && above.length < 2; j--) {
        const prev = (lines[j] as string).replace(/^#+\s*/, '');
        if (prev === '') continue;
        if (sectionOf(prev) || findRanges(prev).length > 0 || DESCRIPTION_START.test(prev) || prev.length > 80) break;
        // `成果: …`, `开源地址: https://…` describe the previous job.
        if (/https?:|^[^|]{1,12}[:：]/.test(prev)) break;
        above.unshift(prev);
        const found = pickCompanyAndTitle(splitParts(prev), taxonomy);
        if (found.company && found.title) break;
      }
      parts = [...above.flatMap(splitParts), ...parts];
    }
    const picked = pickCompanyAndTitle(parts, taxonomy);
    const title = picked.title;
    let company = picked.company;
    if (!company && lastHeading && lastHeading.line < i && i - lastHeading.line <= 3) {
      company = splitParts(lastHeading.text).find((p) => !TITLE_WORDS.test(p)) ?? null;
    }
    const internship = /实习|intern(ship)?\b|trainee/i.test(line + ' ' + (title ?? ''));
    entries.push({ company, title, start: range.start, end: range.end, internship });
    consumedUpTo = i;
  }
  return entries;
}

function splitParts(text: string): string[] {
  return text
    .split(/\s+[/|·•]\s+|\s*[|｜]\s*|\s+-\s+|\s*@\s*|\s{2,}|\s*\/\s*(?=[^\d])|[,，;；]\s*/)
    .map((p) => p.replace(/^[\s\-–—:：*()（）]+|[\s\-–—:：*]+$/g, '').trim())
    .filter((p) => p !== '' && !/^[\d\s.~至今-]+$/.test(p));
}

function isCompany(part: string, taxonomy: Taxonomy): boolean {
  return idsOfKind(fold(part), taxonomy, 'company').length > 0;
}

function pickCompanyAndTitle(
  parts: readonly string[],
  taxonomy: Taxonomy,
): { company: string | null; title: string | null } {
  const candidates = parts.filter((p) => !DESCRIPTION_START.test(p) && p.length <= 60);
  const company =
    candidates.find((p) => COMPANY_WORDS.test(p) && !TITLE_WORDS.test(p)) ??
    candidates.find((p) => isCompany(p, taxonomy)) ??
    candidates.find(
      (p) => !TITLE_WORDS.test(p) && !/^(全职|兼职|实习|full[- ]time|part[- ]time|remote|contract)$/i.test(p),
    ) ??
    null;
  const titleParts = candidates.filter((p) => p !== company && TITLE_WORDS.test(p));
  const title = titleParts.length > 0 ? titleParts.join(' ').replace(/\s+/g, ' ').slice(0, 80) : null;
  return { company: company ? company.slice(0, 80) : null, title };
}

export function latestJob(work: readonly WorkEntry[]): WorkEntry | undefined {
  return [...work].sort((a, b) => (b.end ?? Infinity) - (a.end ?? Infinity) || b.start - a.start)[0];
}

/** A count of years as résumés write it: `5`, `2.5`, `five`. */
const COUNT = `(\\d{1,2}(?:\\.\\d{1,2})?|${Object.keys(ENGLISH_NUMBERS).join('|')})`;
const YEARS_UNIT = String.raw`\s*(?:\+|plus)?\s*(?:years?|yrs?)['’]?\.?`;
const QUALIFIERS = String.raw`(?:(?:professional|work|working|industry|industrial|it|total|relevant|hands-on|proven|overall|extensive|rich|diverse|combined)\s+)*`;
/** `Total IT Experience 15 years`, `Total Experience: 2 Years 7 Months`, `overall experience of 6 years`. */
const EN_TOTAL = new RegExp(
  String.raw`\b(?:total|overall)\s+${QUALIFIERS}experience\s*(?:of|[:：\-–])?\s*(?:(?:around|about|over|nearly|approx\.?)\s+)?(?<![\d.])${COUNT}${YEARS_UNIT}(?:\s*(?:and\s+)?(\d{1,2})\s*months?)?`,
  'i',
);
/** `5+ years of professional experience`, `2.5 years' experience`, `9 years 8 month of total IT relevant experience`. */
const EN_YEARS = new RegExp(
  String.raw`(?<![\d.])\b${COUNT}${YEARS_UNIT}(?:\s*(?:and\s+)?(\d{1,2})\s*months?)?\s+(?:of\s+)?${QUALIFIERS}experience`,
  'i',
);
/** `Experience of 2 Yrs`. */
const EN_EXPERIENCE_OF = new RegExp(
  String.raw`\bexperience\s+of\s+(?:(?:around|about|over|nearly)\s+)?(?<![\d.])${COUNT}${YEARS_UNIT}`,
  'i',
);
/**
 * Years of one line of work: `13 years of Human Resources experience`, `10 + years Staffing and
 * Recruiting experience`. The career is at least that long, but may be longer.
 */
const EN_YEARS_OF_FIELD = new RegExp(
  String.raw`(?<![\d.])\b${COUNT}${YEARS_UNIT}\s+(?:of\s+|in\s+)?(?:[a-z][\w/&.+#-]*,?\s+){1,5}experience`,
  'gi',
);
/** A job posting's demand pasted into a résumé (`a minimum of three years of related experience`). */
const DEMANDED = /(?:minimum|at least|required|requires|must have)\s+(?:of\s+)?$/i;

/**
 * The stretches around each `year(s)`/`yr(s)` of a text: every English pattern above names its
 * unit, so they are tried only there (most of a résumé never says `years`), in text order.
 */
function yearsWindows(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(?:years?|yrs?)\b/gi)) {
    out.push(text.slice(Math.max(0, m.index - 60), m.index + 160));
  }
  return out;
}

/**
 * The years a résumé states: `total`, its whole career (`工作经验：5年`, `Total IT Experience 15
 * years`), else null; and, only when it states no total, `floor`, the most it states for one line
 * of work (`13 years of Human Resources experience`), which the career is at least.
 */
export function statedYears(text: string): { total: number | null; floor: number | null } {
  const zh =
    /(工作经验|工作年限|从业经验|从业年限|工作经历|开发经验)\s*[:：]?\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*\+?\s*年/.exec(
      text,
    );
  if (zh?.[2]) {
    const n = parseSmallNumber(zh[2]);
    if (n !== null && n <= 50) return { total: n, floor: null };
  }
  const windows = yearsWindows(text);
  for (const window of windows) {
    const total = EN_TOTAL.exec(window);
    if (!total?.[1]) continue;
    const n = parseSmallNumber(total[1]);
    const months = total[2] ? Number(total[2]) : 0;
    if (n !== null && n <= 50 && months < 12) return { total: Math.round((n + months / 12) * 10) / 10, floor: null };
    break;
  }
  for (const pattern of [EN_YEARS, EN_EXPERIENCE_OF]) {
    for (const window of windows) {
      const m = pattern.exec(window);
      if (!m?.[1]) continue;
      if (DEMANDED.test(window.slice(Math.max(0, m.index - 20), m.index))) break;
      const n = parseSmallNumber(m[1]);
      const months = m[2] ? Number(m[2]) : 0;
      if (n !== null && n > 0 && n <= 50 && months < 12)
        return { total: Math.round((n + months / 12) * 10) / 10, floor: null };
      break;
    }
  }
  let floor: number | null = null;
  for (const window of windows) {
    for (const m of window.matchAll(EN_YEARS_OF_FIELD)) {
      if (!m[1] || DEMANDED.test(window.slice(Math.max(0, m.index - 20), m.index))) continue;
      const n = parseSmallNumber(m[1]);
      if (n !== null && n > 0 && n <= 50 && (floor === null || n > floor)) floor = n;
    }
  }
  return { total: null, floor };
}

/** The month open ranges (`至今`) run to: the résumé's own date when it has one, else now. */
export function asOfMonth(frontMatter: Readonly<Record<string, string>>, now: Date): number {
  const date = frontMatter['date'] ?? frontMatter['updated'] ?? frontMatter['lastmod'];
  if (date) {
    const parsed = new Date(date.replace(' ', 'T'));
    if (!Number.isNaN(parsed.getTime()) && parsed.getTime() <= now.getTime()) return monthOf(parsed);
  }
  return monthOf(now);
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
