import { cjkShare, fold } from '../text/fold.js';
import type { Taxonomy, TaxonomyHit } from '../taxonomy/taxonomy.js';
import type { CleanResume } from '../resume/clean.js';
import { findEmails, findLinks, findPhones } from './contacts.js';
import { coveredMonths, findRanges as findAllRanges, monthOf, parseSmallNumber, type MonthRange } from './dates.js';
import { sectionOf, sectionsByLine, type SectionKind } from './sections.js';
import { degreeRank, type DegreeId, type Education, type Profile, type SkillEvidence, type WorkEntry } from './profile.js';

export interface ExtractInput {
  readonly id: string;
  readonly source: string;
  readonly mtimeMs: number;
  readonly clean: CleanResume;
  /** Folded `clean.text` (see text/fold.ts), computed once by the caller. */
  readonly folded: string;
  /** Taxonomy hits in `folded`, computed once by the caller. */
  readonly hits: readonly TaxonomyHit[];
}

export interface ExtractOptions {
  /** "Now", for open ranges (`至今`) in résumés without a date of their own. */
  readonly now: Date;
}

const SKILL_KINDS = new Set(['language', 'framework', 'database', 'infra', 'tool', 'concept', 'role']);
const NOT_A_NAME = /^(个人简历|简历|resume|résumé|curriculum vitae|cv|about( me)?|经历|个人信息|基本信息|联系方式|home|index|untitled|my resume|portfolio)$/i;
const NAME_SUFFIX = /\s*(的)?(个人简历|简历|求职简历|resume|résumé|cv|curriculum vitae)\s*$/i;
const TITLE_WORDS =
  /(工程师|开发|程序员|经理|总监|负责人|架构师|专家|主管|组长|研究员|设计师|运维|测试|产品|实习|顾问|分析师|创始人|合伙人|\b(?:cto|ceo|vp|sre|dba|engineer|developer|programmer|manager|director|architect|intern|consultant|analyst|scientist|lead|leader|head|founder|specialist|administrator|designer|associate|officer|executive|coordinator|technician|accountant|teacher|assistant|representative|supervisor|staff|principal)s?\b)/i;
const COMPANY_WORDS = /(公司|集团|科技|技术|网络|信息|银行|研究院|研究所|实验室|工作室|事务所|inc\.?|ltd\.?|llc|corp\.?|corporation|gmbh|co\.|company|technologies|technology|labs?|solutions|systems|group|bank|university|\.com|\.io)/i;
const DESCRIPTION_START = /^(负责|参与|主导|协助|独立|完成|实现|开发了|使用|基于|通过|工作内容|主要职责|responsible|worked|working|developed|built|led|managed)/i;
const LABEL_LINE = /^(时间|日期|在职时间|任职时间|time|date|duration|period)\s*[:：]/i;

/** Builds a {@link Profile} from a cleaned résumé. Pure: never reads files, never throws. */
export function extractProfile(input: ExtractInput, taxonomy: Taxonomy, options: ExtractOptions): Profile {
  const { clean, folded, hits } = input;
  const text = clean.text;
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  {
    let offset = 0;
    for (const line of lines) {
      lineStarts.push(offset);
      offset += line.length + 1;
    }
  }
  const sections = sectionsByLine(lines);
  const language = cjkShare(text) >= 0.3 ? 'zh' : 'en';

  const emails = findEmails(text);
  const phones = findPhones(text);
  const links = findLinks(text);

  const work = findWork(lines, sections, taxonomy);
  const degreeByLine = new Map<number, DegreeId>();
  for (const hit of hits) {
    // An MBA is a master's degree for "at least a master's".
    const degree = hit.id === 'mba' ? 'master' : taxonomy.kind(hit.id) === 'degree' ? (hit.id as DegreeId) : null;
    if (!degree) continue;
    const line = lineOf(lineStarts, hit.start);
    const best = highest([degreeByLine.get(line) ?? null, degree]);
    if (best) degreeByLine.set(line, best);
  }
  const education = findEducation(lines, sections, degreeByLine, taxonomy);
  const highestDegree = highest(education.map((e) => e.degree)) ?? degreeAnywhere(hits, taxonomy);

  const asOf = asOfMonth(clean.frontMatter, options.now);
  const paid = work.filter((w) => !w.internship);
  const months = coveredMonths(paid, asOf);
  const computed = paid.length > 0 ? Math.round((months / 12) * 10) / 10 : null;
  const stated = statedYears(text);
  const years = stated ?? computed;
  const yearsSource = stated !== null ? 'stated' : computed !== null ? 'work-history' : null;

  const targetRole = findLabelled(lines, /^(?:.*\|\s*)?(求职意向|目标岗位|期望职位|意向岗位|应聘职位|求职岗位|期望岗位|objective|target role|desired (?:position|role))\s*[:：]\s*([^|]+)/i);
  const latest = latestJob(work);
  const headline = latest
    ? [latest.title, latest.company].filter(Boolean).join(' @ ') || null
    : targetRole;

  const strongLines = new Set<number>();
  lines.forEach((line, i) => {
    if (
      sections[i] === 'skills' ||
      /^(涉及技术|项目技术|技术栈|技术选型|核心技能|使用技术|tech(nology)? stack|technologies|skills|environment)\s*[:：]/i.test(line) ||
      (sections[i] === 'work' && TITLE_WORDS.test(line) && findRanges(line).length > 0)
    ) {
      strongLines.add(i);
    }
  });
  const headlineFolded = fold(headline ?? '') + ' ' + fold(targetRole ?? '');
  const skills = skillEvidence(hits, lineStarts, strongLines, headlineFolded, taxonomy);

  const cityInfo = findCity(lines, folded, hits, work, taxonomy);
  const name = findName(clean, lines, sections, taxonomy);
  const displayName = name ?? fallbackName(headline, input.id);

  return {
    id: input.id,
    source: input.source,
    modifiedAt: new Date(input.mtimeMs).toISOString(),
    name,
    displayName,
    phones,
    emails,
    links,
    city: cityInfo?.label ?? null,
    cityId: cityInfo?.id ?? null,
    targetRole,
    headline,
    education,
    highestDegree,
    work,
    years,
    yearsSource,
    skills,
    companyIds: unique(work.flatMap((w) => idsOfKind(fold(w.company ?? ''), taxonomy, 'company'))),
    schoolIds: unique(education.flatMap((e) => idsOfKind(fold(e.school ?? ''), taxonomy, 'school'))),
    language,
  };
}

/** Date ranges of a line; most lines have no year in them at all, so look before parsing. */
function findRanges(line: string): MonthRange[] {
  return /(?:19|20)\d\d/.test(line) ? findAllRanges(line) : [];
}

// ── Name ──────────────────────────────────────────────────────────────────────────────────────

function findName(clean: CleanResume, lines: readonly string[], sections: readonly SectionKind[], taxonomy: Taxonomy): string | null {
  const notAPlace = (c: string): boolean => !taxonomy.findAll(fold(c)).some((h) => ['company', 'city', 'school'].includes(taxonomy.kind(h.id) ?? ''));
  for (const line of lines.slice(0, 60)) {
    const m = /(?:^|[\s|])(?:姓\s*名|name)\s*[:：]\s*([\u4e00-\u9fff·]{2,6}|[A-Za-z][A-Za-z .'-]{1,40}?)(?=\s{2,}|\s*[|,，]|\s+\S+[:：]|$)/i.exec(line);
    if (m?.[1] && looksLikeName(m[1])) return m[1].trim();
  }
  for (const key of ['name', 'author', 'title']) {
    const value = clean.frontMatter[key];
    if (value) {
      const candidate = value.replace(NAME_SUFFIX, '').trim();
      if (looksLikeName(candidate)) return candidate;
    }
  }
  for (const heading of clean.headings.slice(0, 3)) {
    if (heading.line > 12) break;
    // A heading inside a section names a company or project, not the candidate.
    if (sections[heading.line] !== 'header') continue;
    const candidate = heading.text.replace(NAME_SUFFIX, '').trim();
    if (looksLikeName(candidate) && notAPlace(candidate)) return candidate;
  }
  // Plain-text résumés: a name on one of the first lines.
  for (const line of lines.slice(0, 3)) {
    const candidate = line.replace(/^#+\s*/, '').replace(NAME_SUFFIX, '').trim();
    if (looksLikeName(candidate) && !/\d/.test(candidate) && notAPlace(candidate)) return candidate;
  }
  return null;
}

function looksLikeName(candidate: string): boolean {
  const c = candidate.trim();
  if (c === '' || NOT_A_NAME.test(c) || sectionOf(c)) return false;
  if (TITLE_WORDS.test(c) || COMPANY_WORDS.test(c)) return false;
  if (/^[\u4e00-\u9fff·]{2,5}$/.test(c)) return true;
  // Latin: one to four capitalised words (`Manjusaka`, `Abhishek Jha`, `Mary-Jane O'Neil`).
  return /^[A-Z][A-Za-z'’.-]{1,30}(?:\s+[A-Z][A-Za-z'’.-]{0,30}){0,3}$/.test(c) && c.length <= 40;
}

function fallbackName(headline: string | null, id: string): string {
  const file = id.split('/').pop() ?? id;
  return headline ? `(no name) ${headline}` : `(no name) ${file}`;
}

// ── Work history ──────────────────────────────────────────────────────────────────────────────

function findWork(lines: readonly string[], sections: readonly SectionKind[], taxonomy: Taxonomy): WorkEntry[] {
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
      ? section === 'work' || ((section === 'skills' || section === 'other' || section === 'header') && TITLE_WORDS.test(line) && line.length <= 100)
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

function pickCompanyAndTitle(parts: readonly string[], taxonomy: Taxonomy): { company: string | null; title: string | null } {
  const candidates = parts.filter((p) => !DESCRIPTION_START.test(p) && p.length <= 60);
  const company =
    candidates.find((p) => COMPANY_WORDS.test(p) && !TITLE_WORDS.test(p)) ??
    candidates.find((p) => isCompany(p, taxonomy)) ??
    candidates.find((p) => !TITLE_WORDS.test(p) && !/^(全职|兼职|实习|full[- ]time|part[- ]time|remote|contract)$/i.test(p)) ??
    null;
  const titleParts = candidates.filter((p) => p !== company && TITLE_WORDS.test(p));
  const title = titleParts.length > 0 ? titleParts.join(' ').replace(/\s+/g, ' ').slice(0, 80) : null;
  return { company: company ? company.slice(0, 80) : null, title };
}

function latestJob(work: readonly WorkEntry[]): WorkEntry | undefined {
  return [...work].sort((a, b) => (b.end ?? Infinity) - (a.end ?? Infinity) || b.start - a.start)[0];
}

function statedYears(text: string): number | null {
  const zh = /(工作经验|工作年限|从业经验|从业年限|工作经历|开发经验)\s*[:：]?\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*\+?\s*年/.exec(text);
  if (zh?.[2]) {
    const n = parseSmallNumber(zh[2]);
    if (n !== null && n <= 50) return n;
  }
  const en = /(\d{1,2})\+?\s*(?:years|yrs)\.?\s+(?:of\s+)?(?:(?:professional|work|working|industry|industrial|it|total|relevant|hands-on)\s+)*experience/i.exec(text);
  if (en?.[1]) {
    const n = Number(en[1]);
    if (n <= 50) return n;
  }
  return null;
}

function asOfMonth(frontMatter: Readonly<Record<string, string>>, now: Date): number {
  const date = frontMatter['date'] ?? frontMatter['updated'] ?? frontMatter['lastmod'];
  if (date) {
    const parsed = new Date(date.replace(' ', 'T'));
    if (!Number.isNaN(parsed.getTime()) && parsed.getTime() <= now.getTime()) return monthOf(parsed);
  }
  return monthOf(now);
}

// ── Education ─────────────────────────────────────────────────────────────────────────────────

const SCHOOL_ZH = /[\u4e00-\u9fff]{2,12}?(?:大学|学院|学校)(?:[\u4e00-\u9fff]{2,6}学院)?/;
const SCHOOL_EN = /\b(?:(?:University|College|Institute|School) of [A-Z][\w&' ]{2,50}|[A-Z][\w&'.]*(?: [A-Z][\w&'.]*){0,5} (?:University|College|Institute of Technology|Institute|Polytechnic))\b/;

function findEducation(
  lines: readonly string[],
  sections: readonly SectionKind[],
  degreeByLine: ReadonlyMap<number, DegreeId>,
  taxonomy: Taxonomy,
): Education[] {
  const out: Education[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const inEducation = sections[i] === 'education';
    const degree = degreeByLine.get(i) ?? null;
    const labelled = /(毕业院校|毕业学校|学校|院校|学历)\s*[:：]/.test(line);
    if (!inEducation && !degree && !labelled) continue;
    const school = (SCHOOL_ZH.exec(line)?.[0] ?? SCHOOL_EN.exec(line)?.[0] ?? null)?.replace(/^(毕业院校|毕业于|学校|院校)/, '') ?? null;
    if (!school && !degree) continue;
    if (!inEducation && !school && !labelled) continue;
    const range = findRanges(line)[0];
    const major =
      /([\u4e00-\u9fff]{2,14}?)专业/.exec(line)?.[1] ??
      /(?:in|of science in|of engineering in|of arts in)\s+([A-Z][\w &]{2,40})/.exec(line)?.[1]?.trim() ??
      majorFromParts(line, school, taxonomy);
    const entry: Education = { school, degree, major: major ?? null, start: range?.start ?? null, end: range?.end ?? null };
    // `学历: 本科` and `毕业院校: X` on separate lines describe one education.
    const previous = out[out.length - 1];
    if (previous && (!previous.school || !previous.degree) && (!school || !previous.school) && (!degree || !previous.degree) && out.length > 0) {
      out[out.length - 1] = {
        school: previous.school ?? entry.school,
        degree: previous.degree ?? entry.degree,
        major: previous.major ?? entry.major,
        start: previous.start ?? entry.start,
        end: previous.end ?? entry.end,
      };
    } else out.push(entry);
  }
  return out.slice(0, 6);
}

function majorFromParts(line: string, school: string | null, taxonomy: Taxonomy): string | undefined {
  const parts = line.split(/\s*[/|]\s*|\s+-\s+|-/).map((p) => p.replace(/[(（][^)）]*[)）]/g, '').trim());
  return parts.find(
    (p) => p !== '' && p !== school && !degreeIn(fold(p), taxonomy) && findRanges(p).length === 0 && /^[\u4e00-\u9fff]{2,12}$/.test(p) && !/(大学|学院)/.test(p),
  );
}

function degreeIn(folded: string, taxonomy: Taxonomy): DegreeId | null {
  const ids = idsOfKind(folded, taxonomy, 'degree') as DegreeId[];
  return highest(ids);
}

function degreeAnywhere(hits: readonly TaxonomyHit[], taxonomy: Taxonomy): DegreeId | null {
  return highest(hits.filter((h) => taxonomy.kind(h.id) === 'degree').map((h) => h.id as DegreeId));
}

function highest(degrees: readonly (DegreeId | null)[]): DegreeId | null {
  let best: DegreeId | null = null;
  for (const d of degrees) if (d && degreeRank(d) > degreeRank(best)) best = d;
  return best;
}

// ── City, skills, helpers ─────────────────────────────────────────────────────────────────────

function findCity(
  lines: readonly string[],
  folded: string,
  hits: readonly TaxonomyHit[],
  work: readonly WorkEntry[],
  taxonomy: Taxonomy,
): { id: string; label: string } | null {
  const labelled = findLabelled(lines, /(工作地点|期望城市|意向城市|期望地点|所在地|所在城市|现居住地|现居|居住地|城市|location|based in|current city|city)\s*[:：]\s*([^|,，;；]+)/i);
  if (labelled) {
    const id = idsOfKind(fold(labelled), taxonomy, 'city')[0];
    if (id) return { id, label: labelled.trim() };
  }
  // A city on the first lines (a header like `Bengaluru, Karnataka`).
  const headerEnd = lines.slice(0, 8).join('\n').length;
  const header = hits.find((h) => h.start < headerEnd && taxonomy.kind(h.id) === 'city');
  if (header) return { id: header.id, label: folded.slice(header.start, header.end) };
  const latest = latestJob(work);
  if (latest?.company) {
    const id = idsOfKind(fold(latest.company), taxonomy, 'city')[0];
    if (id) return { id, label: taxonomy.label(id).split(' / ')[0] ?? id };
  }
  return null;
}

function skillEvidence(
  hits: readonly TaxonomyHit[],
  lineStarts: readonly number[],
  strongLines: ReadonlySet<number>,
  headlineFolded: string,
  taxonomy: Taxonomy,
): SkillEvidence[] {
  const byId = new Map<string, { count: number; strong: boolean }>();
  for (const hit of hits) {
    if (!SKILL_KINDS.has(taxonomy.kind(hit.id) ?? '')) continue;
    const line = lineOf(lineStarts, hit.start);
    const entry = byId.get(hit.id) ?? { count: 0, strong: false };
    entry.count++;
    if (strongLines.has(line)) entry.strong = true;
    byId.set(hit.id, entry);
  }
  for (const hit of taxonomy.findAll(headlineFolded)) {
    const entry = byId.get(hit.id);
    if (entry) entry.strong = true;
  }
  return [...byId.entries()]
    .map(([id, e]) => ({ id, label: taxonomy.label(id), count: e.count, strong: e.strong }))
    .sort((a, b) => Number(b.strong) - Number(a.strong) || b.count - a.count || a.label.localeCompare(b.label));
}

function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function findLabelled(lines: readonly string[], pattern: RegExp): string | null {
  for (const line of lines) {
    const m = pattern.exec(line);
    const value = m?.[2]?.trim();
    if (value) return value.slice(0, 80);
  }
  return null;
}

function idsOfKind(folded: string, taxonomy: Taxonomy, kind: string): string[] {
  return unique(taxonomy.findAll(folded).filter((h) => taxonomy.kind(h.id) === kind).map((h) => h.id));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
