import { cjkShare, hasCjk } from '../text/cjk.js';
import { fold } from '../text/fold.js';
import type { Taxonomy, TaxonomyHit } from '../taxonomy/taxonomy.js';
import type { CleanResume } from '../resume/clean.js';
import { findEmails, findLinks, findPhones } from './contacts.js';
import { coveredMonths, numeralDates } from './dates.js';
import {
  asOfMonth,
  COMPANY_WORDS,
  findRanges,
  findWork,
  forgetLineRanges,
  idsOfKind,
  latestJob,
  statedYears,
  TITLE_WORDS,
} from './work-history.js';
import { sectionOf, sectionsByLine, type SectionKind } from './sections.js';
import { lineOf, lineStartsOf, skillExperience } from './skill-years.js';
import { degreeLevel, holdsDoubleDegree, studiedFields } from './studied.js';
import {
  degreeRank,
  HEAD_POSTS,
  SKILL_KINDS,
  TRADE_KINDS,
  type DegreeId,
  type Education,
  type Profile,
  type SkillEvidence,
  type WorkEntry,
} from './profile.js';
import { HAN, HAN_CHARS } from '../text/cjk.js';
import {
  ADVISOR_AFTER,
  anyOf,
  DEPUTY_PREFIX,
  EMPLOYER_BEFORE_EN,
  NOT_EMPLOYER_BEFORE,
  RANK_WORDS,
} from '../i18n/lexicon.js';

export interface ExtractInput {
  readonly id: string;
  readonly source: string;
  readonly mtimeMs: number;
  readonly clean: CleanResume;
  /** Folded `clean.text` (see text/fold.ts), computed once by the caller. */
  readonly folded: string;
  /** Taxonomy hits in `folded`, computed once by the caller. */
  readonly hits: readonly TaxonomyHit[];
  /** Contact details found before `clean.text` was masked (see contacts.ts `maskResumeContacts`). */
  readonly contacts?: { readonly phones: readonly string[]; readonly emails: readonly string[] };
}

export interface ExtractOptions {
  /** "Now", for open ranges (`至今`) in résumés without a date of their own. */
  readonly now: Date;
}

const NOT_A_NAME =
  /^(个人简历|简历|resume|résumé|curriculum vitae|cv|about( me)?|经历|个人信息|基本信息|联系方式|home|index|untitled|my resume|portfolio)$/i;
/** The last word of a heading, never of a name (`Career Focus`, `Skill Highlights`, `Education Details`). */
const HEADING_WORD =
  /\b(?:summary|profile|objective|statement|focus|qualifications?|highlights|accomplishments|achievements|details|overview|skills|experience|education|history|information|references|interests|certifications?|reporting|management|designation|professional|committee)$/i;
/** Words of a post or a trade, in a line of capitals (`HR GENERALIST`, `ENGINEERING AIDE`, `IT MANAGEMENT`). */
const CAPITALS_TITLE =
  /\b(?:HR|HRIS|PHR|IT|SR|JR|GENERALIST|CLERK|TUTOR|AIDE|CO-OP|TECH|INSTRUCTOR|ENGINEERING|PARTNER|PROFESSIONAL|RECRUITER|CONSULTING|MANAGEMENT|TECHNOLOGIST|NURSE|CASHIER|TELLER|AGENT|BOOKKEEPER|PARALEGAL|ATTORNEY|SALES|MARKETING|FINANCE|ACCOUNTING|OPERATIONS|SERVICES?)\b/;
const NAME_SUFFIX = /\s*(的)?(个人简历|简历|求职简历|resume|résumé|cv|curriculum vitae)\s*$/i;
/** Whose a titled page is (`Jagie's` of `Jagie's Resume`). */
const POSSESSIVE = /['’]s$/i;

/** Builds a {@link Profile} from a cleaned résumé. Pure: never reads files, never throws. */
export function extractProfile(input: ExtractInput, taxonomy: Taxonomy, options: ExtractOptions): Profile {
  forgetLineRanges();
  const { clean, folded, hits } = input;
  const text = clean.text;
  const lines = text.split('\n');
  const lineStarts = lineStartsOf(lines);
  const sections = sectionsByLine(lines);
  const language = cjkShare(text) >= 0.3 ? 'zh' : 'en';

  const emails = input.contacts ? [...input.contacts.emails] : findEmails(text);
  const phones = input.contacts ? [...input.contacts.phones] : findPhones(text);
  const links = findLinks(text);

  const work = findWork(lines, sections, taxonomy);
  const degreeByLine = new Map<number, DegreeId>();
  for (const hit of hits) {
    // An MBA is a master's degree for "at least a master's", a B.Com a bachelor's; `博士生导师` is none.
    const degree = ADVISOR.test(folded.slice(hit.end, hit.end + 8)) ? null : degreeLevel(hit.id, taxonomy);
    if (!degree) continue;
    const line = lineOf(lineStarts, hit.start);
    const best = highest([degreeByLine.get(line) ?? null, degree]);
    if (best) degreeByLine.set(line, best);
  }
  const education = findEducation(lines, sections, degreeByLine, taxonomy);
  const highestDegree =
    highest(education.map((e) => e.degree)) ??
    degreeAnywhere(hits, taxonomy, folded) ??
    (UNIVERSITY_GRADUATE.test(folded) ? 'bachelor' : null);

  const paid = work.filter((w) => !w.internship);
  const { total: stated, floor } = statedYears(text);
  // `至今` runs to the résumé's own date, else its file's date: not to today forever.
  const asOf = resumeDate(
    clean.frontMatter,
    paid,
    stated,
    new Date(Math.min(options.now.getTime(), input.mtimeMs > 0 ? input.mtimeMs : Infinity)),
  );
  // The whole text's dates as digits once (`二〇一四年七月` → `2014年7月`, offsets unchanged), for
  // the readers of bio prose below.
  const dated = numeralDates(text);
  // A bio in prose has no job lines: its dated sentences are its jobs (`1984年至1986年，在国营135工厂工作；
  // 1998年至今，任…`), those about study aside.
  // A bio of one paragraph is one "line" to the job reader, which finds one job in it at most.
  const paragraph = lines.filter((l) => l.trim() !== '').length <= 2;
  const spans: { start: number; end: number | null }[] =
    paid.length === 0 ? proseJobs(dated) : paragraph ? [...paid, ...proseJobs(dated)] : [...paid];
  // And its `2006年10月进入某公司`, `于1997年加入中信证券`, `2004年起出任董事`: a post taken up and, for
  // all the bio says, held since.
  const taken = paid.length === 0 || paragraph ? sinceClause(dated) : null;
  if (taken !== null) spans.push({ start: taken, end: null });
  const months = coveredMonths(spans, asOf);
  const fromJobs = spans.length > 0 ? Math.round((months / 12) * 10) / 10 : null;
  // A bio's `1982年7月参加工作` (started work): its whole career, which its few dated posts may not cover.
  const since = careerStart(dated);
  const fromStart = since !== null && since < asOf ? Math.round(((asOf - since) / 12) * 10) / 10 : null;
  const computed = fromJobs === null ? fromStart : fromStart === null ? fromJobs : Math.max(fromJobs, fromStart);
  // `13 years of Human Resources experience`: the career is at least that long.
  const byFloor = stated === null && floor !== null && (computed === null || floor >= computed);
  const known = stated ?? (byFloor ? floor : computed);
  let yearsSource: Profile['yearsSource'] =
    stated !== null || byFloor ? 'stated' : computed !== null ? 'work-history' : null;

  const targetRole = findLabelled(
    lines,
    /^(?:.*\|\s*)?(求职意向|目标岗位|期望职位|意向岗位|应聘职位|求职岗位|期望岗位|objective|target role|desired (?:position|role))\s*[:：]\s*([^|]+)/i,
  );
  const latest = latestJob(work);
  const headline = latest ? [latest.title, latest.company].filter(Boolean).join(' @ ') || null : targetRole;

  const strongLines = new Set<number>();
  lines.forEach((line, i) => {
    if (
      sections[i] === 'skills' ||
      /^(涉及技术|项目技术|技术栈|技术选型|核心技能|使用技术|tech(nology)? stack|technologies|skills|environment)\s*[:：]/i.test(
        line,
      ) ||
      (sections[i] === 'work' && TITLE_WORDS.test(line) && findRanges(line).length > 0)
    ) {
      strongLines.add(i);
    }
  });
  const headlineFolded = fold(headline ?? '') + ' ' + fold(targetRole ?? '');
  const experience = skillExperience({
    lines,
    sections,
    lineStarts,
    folded,
    hits,
    work,
    asOf,
    isSkill: (id) => SKILL_KINDS.has(taxonomy.kind(id) ?? ''),
    isTrade: (id) => TRADE_KINDS.has(taxonomy.kind(id) ?? ''),
    broader: (id) => taxonomy.ancestors(id),
    careerYears: known,
  });
  // No dates and no total, but `Shell Scripting- Exprience - 96 months` or a dated project with a
  // skill: the career is at least as long as the longest of them.
  let years = known;
  if (years === null) {
    // … of any skill or post, known or not (`Site Engineer- Exprience - 60 months`).
    const listed = Math.max(0, ...[...text.matchAll(LISTED_MONTHS)].map((m) => Number(m[1])));
    const longest = experience.reduce((most, e) => Math.max(most, e.months), listed <= MAX_LISTED_MONTHS ? listed : 0);
    if (longest > 0) {
      years = Math.round((longest / 12) * 10) / 10;
      yearsSource = 'skills';
    }
  }
  // No years at all: about how long a career it is, from the year of birth or of the first degree.
  const start = years === null ? estimatedStart(dated, education) : null;
  const yearsEstimate = start !== null && start < asOf ? Math.round(((asOf - start) / 12) * 10) / 10 : null;
  const monthsById = new Map(experience.map((e) => [e.id, e.months]));
  const usedIds = new Set(experience.filter((e) => e.used).map((e) => e.id));
  const skills = skillEvidence(hits, folded, lineStarts, strongLines, headlineFolded, taxonomy, monthsById, usedIds);
  const named = new Set(skills.map((s) => s.id));
  const broader = experience.filter((e) => !named.has(e.id) && e.months > 0);
  const broaderMonths = broader.length > 0 ? Object.fromEntries(broader.map((e) => [e.id, e.months])) : undefined;
  const tradeMentions = tradeCounts(hits, taxonomy);

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
    ...(yearsEstimate !== null ? { yearsEstimate } : {}),
    skills,
    ...(broaderMonths ? { broaderMonths } : {}),
    ...(tradeMentions ? { tradeMentions } : {}),
    ...titledOf(hits, folded, taxonomy),
    ...deputyOf(hits, folded, taxonomy),
    ...studiedOf(hits, folded, taxonomy),
    ...(holdsDoubleDegree(hits, folded, taxonomy) ? { doubleDegree: true as const } : {}),
    ...studyingOf(paragraph ? [] : education, work, folded, asOf),
    companyIds: unique([
      ...work.flatMap((w) => idsOfKind(fold(w.company ?? ''), taxonomy, 'company')),
      ...employersNamed(hits, folded, taxonomy),
    ]),
    // A bio in prose is one line to the education reader, which may take a post's school for one
    // studied at (`历任天津大学管理学院副教授`): its clauses say which.
    schoolIds: unique([
      ...(paragraph
        ? schoolsStudied(hits, folded, taxonomy)
        : education.flatMap((e) => idsOfKind(fold(e.school ?? ''), taxonomy, 'school'))),
    ]),
    language,
  };
}

// ── Posts ─────────────────────────────────────────────────────────────────────────────────────

/** Kinds that are no function one holds a post in. */
const NOT_A_FUNCTION = new Set(['city', 'company', 'school', 'degree']);
/** `销售部经理`, `采购中心总监`, `营销公司副总经理`: a unit's word (up to four characters) may stand between. */
const RANK_AFTER_ZH = new RegExp(`^${HAN}{0,4}?(?:${anyOf(RANK_WORDS.zh)})`);
/** A post is one's own in the singular (`software testers, sales managers` are people one hired). */
const RANK_EN = RANK_WORDS.en.filter((w) => !/s$/.test(typeof w === 'string' ? w : w.word));
/** `Sales Manager`, `Sales and Marketing Director`, `HR & Safety Manager`. */
const RANK_AFTER_EN = new RegExp(String.raw`^(?:\s*(?:and|&|/)\s*[a-z]+)?\s+(?:${anyOf(RANK_EN)})\b`);
/** `Director of Procurement`, `head of the sales team`. */
const RANK_BEFORE_EN = new RegExp(String.raw`\b(?:${anyOf(RANK_EN)}|vice president)\s+(?:of|for)\s+(?:the\s+)?$`);

/** `经理助理`: who assists the holder of a post. */
const ASSISTANT = /^\s*(?:助理|助手)/;
/** `the sales manager`, `our HR director`: someone else's post. */
const THEIR_POST = /\b(?:the|our|their|his|her)\s+$/;
/** An alias that is a post itself (`safety manager`, `安全总监`, `IT经理`). */
const RANK_IN_ALIAS = new RegExp(String.raw`(?:^|\s|[^a-z\s])(?:${anyOf(RANK_WORDS.zh, RANK_EN)})$`);

/** The functions named as posts (see {@link Profile.titled}), as a field to spread into the profile. */
function titledOf(hits: readonly TaxonomyHit[], folded: string, taxonomy: Taxonomy): { titled?: string[] } {
  const ids = new Set<string>();
  for (const hit of hits) {
    const kind = taxonomy.kind(hit.id);
    if (kind === undefined || NOT_A_FUNCTION.has(kind) || ids.has(hit.id)) continue;
    const before = folded.slice(Math.max(0, hit.start - 32), hit.start);
    const after = folded.slice(hit.end, hit.end + 32);
    const named = RANK_IN_ALIAS.test(hit.alias);
    const zh = !named && hasCjk(hit.alias) ? RANK_AFTER_ZH.exec(after) : null;
    const post =
      named || zh !== null || (!hasCjk(hit.alias) && (RANK_AFTER_EN.test(after) || RANK_BEFORE_EN.test(before)));
    // Someone else's post (`collaborated with the sales manager`, `向人力资源总监汇报`), or an
    // assistant to it (`项目经理助理`, `销售部经理助理`).
    if (!post || OTHERS_POST.test(before) || THEIR_POST.test(before)) continue;
    if (ASSISTANT.test(named ? after : zh ? after.slice(zh[0].length) : '')) continue;
    ids.add(hit.id);
    for (const a of taxonomy.ancestors(hit.id)) ids.add(a);
  }
  return ids.size > 0 ? { titled: [...ids] } : {};
}

/** Written right before a post, a deputy's (`副` of `副总工程师` where the alias is 总工程师). */
const DEPUTY_BEFORE = /(?:^|[^a-z])(?:deputy|vice|assistant)\s+$|副$/;

/** The posts named only as a deputy's or an assistant's (see {@link Profile.deputyOnly}). */
function deputyOf(hits: readonly TaxonomyHit[], folded: string, taxonomy: Taxonomy): { deputyOnly?: string[] } {
  const full = new Set<string>();
  const deputy = new Set<string>();
  for (const hit of hits) {
    if (!HEAD_POSTS.has(hit.id)) continue;
    // A deputy's post when the post without the word is the same thing (not 副教授, an associate
    // professor, nor 副董事长, a vice chairman: posts of their own).
    const prefix = DEPUTY_PREFIX.exec(hit.alias)?.[0];
    // 副 inside the post's name (`党委副书记`, `党组副书记`) is a deputy's too.
    const inner = hit.alias.includes('副') && !prefix ? hit.alias.replace('副', '') : null;
    const lesser =
      (prefix !== undefined && taxonomy.lookup(hit.alias.slice(prefix.length).trim()) === hit.id) ||
      (inner !== null && taxonomy.lookup(inner) === hit.id) ||
      DEPUTY_BEFORE.test(folded.slice(Math.max(0, hit.start - 12), hit.start)) ||
      ASSISTANT.test(folded.slice(hit.end, hit.end + 4));
    (lesser ? deputy : full).add(hit.id);
  }
  const only = [...deputy].filter((id) => !full.has(id));
  return only.length > 0 ? { deputyOnly: only } : {};
}

// ── Employers ─────────────────────────────────────────────────────────────────────────────────

/** `在微软工作`, `2005年加入谷歌`, `现任中国工商银行行长`, `曾任华为…`: the company is where one worked. */
const EMPLOYER_BEFORE_ZH =
  /(?:在|(?:就职|任职|供职|服务|效力|工作)于|加入|进入|入职|就职|任职|供职|效力|任|出任|担任|历任|曾任|现任|调入|调任|创办|创立|创建)\s*$/;
/**
 * `微软亚洲研究院研究员`, `中国移动通信集团副总经理`, `华为公司工作`: a post or work there follows in the
 * clause; not the company's certificate, product or project (`华为认证网络工程师`, `华为设备维护工程师`).
 */
const EMPLOYER_AFTER_ZH =
  /^[^，,。；;、\n（(“"]{0,12}?(?:工作|任职|就职|实习|供职|董事|总裁|经理|总监|行长|主任|工程师|研究员|主管|负责人|部长|处长|科长|高管|员工|顾问|架构师|专家|分析师|总工|书记|副总|总会计师|总经济师|院长|所长)/;
/**
 * What after a company's name makes it something of the company's, not one's employer: its certificate,
 * product, project, client or shop (`华为认证`, `华为设备维护工程师`, `淘宝运营主管`, `在华为交换机上配置`).
 */
const NOT_EMPLOYER_AFTER =
  /^[^，,。；;、\n]{0,12}?(?:认证|产品|设备|系统|平台|手机|项目|客户|合作|生态|开发者|交换机|路由器|服务器|运营|店铺|开店|网店|直播|卖家|商家|店主|products?\b|certifi|technolog|platform|stack|tools?\b|suite|office|excel|word\b|sheets|azure|cloud|dynamics|project\b|account\b)/;
/** `company - Tech Mahindra`, `Company: Infosys`, `Employer: Wipro`: a job's company, labelled. */
const COMPANY_LABEL = /(?:^|\n)[\s*#•·-]*(?:company(?:\s+name)?|organi[sz]ation|employer)\s*[-:–—]?\s*$/;
/** `Microsoft Corporation`, `Tech Mahindra Pvt. Ltd`, `西门子(中国)有限公司`, `阿里巴巴集团`: a company's full name, as a job gives it. */
const COMPANY_SUFFIX =
  /^(?:\s*[(（][^)）\n]{1,8}[)）])?\s*(?:(?:技术|科技|信息技术|股份|电子|通信)?(?:有限|股份)?(?:责任)?公司|集团|(?:india\s+)?(?:pvt\b\.?|private\s+limited\b|ltd\b\.?|limited\b|inc\b\.?|corp(?:oration)?\b|llc\b|gmbh\b))/;

/**
 * Companies the text names as where one worked, beyond the jobs' company lines (a bio in prose has
 * none): by the words before or after (see above). A company only named (`Microsoft technologies`,
 * `华为认证`) is no employer.
 */
export function employersNamed(hits: readonly TaxonomyHit[], folded: string, taxonomy: Taxonomy): string[] {
  const ids: string[] = [];
  for (const hit of hits) {
    if (taxonomy.kind(hit.id) !== 'company') continue;
    const before = folded.slice(Math.max(0, hit.start - 24), hit.start);
    const after = folded.slice(hit.end, hit.end + 24);
    if (NOT_EMPLOYER_AFTER.test(after) || NOT_EMPLOYER_BEFORE.test(before)) continue;
    // The words around it are read in their own language (`2014年加入IBM，任…`: Chinese around a Latin name).
    const zhBefore = hasCjk(hit.alias) || hasCjk(before.trimEnd().slice(-1));
    const zhAfter = hasCjk(hit.alias) || hasCjk(after.trimStart().slice(0, 1));
    const named =
      COMPANY_LABEL.test(before) ||
      COMPANY_SUFFIX.test(after) ||
      (zhBefore ? EMPLOYER_BEFORE_ZH.test(before) : EMPLOYER_BEFORE_EN.test(before)) ||
      (zhAfter && EMPLOYER_AFTER_ZH.test(after));
    if (named) ids.push(hit.id);
  }
  return ids;
}

/** Where a clause of prose ends: a school named in it was studied at, or worked at, by what else it says. */
const CLAUSE_END = /[，,。；;：:、\n（）()]/;
/** A clause about study: a degree, graduating, being enrolled (`1989年本科毕业于清华大学`, `北京大学高级工商管理硕士`). */
const STUDY_CLAUSE =
  /毕业|学士|硕士|博士|本科|研究生|学位|学历|就读|攻读|肄业|\b(?:e?mba|mpa|ph\.?\s?d|graduated|alumn\w*|bachelor'?s?|master'?s|master of|degree)\b/;
/** … unless it is a post at the school (`清华大学教授、博士生导师`, `南开大学会计专业硕士项目主任`). */
const POST_CLAUSE =
  /教授|讲师|教师|任教|主任|院长|校长|所长|处长|书记|导师|带头人|工作|任职|委员|董事|助理|负责人|研究员|博士点|博士后|professor|lecturer|faculty|taught|teach|instructor|dean\b|director|staff/;

/**
 * Schools a bio in prose says were studied at (`毕业于南开大学`, `清华大学MBA`): a school named in a
 * clause about study, not about a post there. A résumé of sections has its education section.
 */
function schoolsStudied(hits: readonly TaxonomyHit[], folded: string, taxonomy: Taxonomy): string[] {
  const ids: string[] = [];
  for (const hit of hits) {
    if (taxonomy.kind(hit.id) !== 'school') continue;
    let from = hit.start;
    while (from > 0 && !CLAUSE_END.test(folded[from - 1] as string)) from--;
    let to = hit.end;
    while (to < folded.length && !CLAUSE_END.test(folded[to] as string)) to++;
    const clause = folded.slice(from, to);
    if (STUDY_CLAUSE.test(clause) && !POST_CLAUSE.test(clause)) ids.push(hit.id);
  }
  return ids;
}

/**
 * Still studying as of the résumé's date (see {@link Profile.studying}), as a field to spread into the
 * profile. A bio in prose is read by its words only: its lines join posts and schools (`研究生毕业于吉林
 * 大学。2009年至今任…`), so a range open to now there is a post's.
 */
function studyingOf(
  education: readonly Education[],
  work: readonly WorkEntry[],
  folded: string,
  asOf: number,
): { studying?: true } {
  if (MAY_BE_STUDYING.test(folded) && STILL_STUDYING.test(folded)) return { studying: true };
  const dated = education.filter((e) => e.start !== null);
  if (dated.some((e) => e.end === null || e.end > asOf)) return { studying: true };
  // A degree ending after everything else the résumé dates (`南京大学 硕士 2024.09-2026.06` above
  // an internship of 2025) was still to come when it was written, whatever the file's date. The
  // jobs first; the other dates (projects, what the job reader left out) only for a degree after them.
  let latest = Math.max(-Infinity, ...work.map((w) => w.end ?? asOf));
  const after = dated.filter((e) => e.end !== null && e.end > latest);
  if (after.length === 0) return {};
  const ours = new Set(dated.map((e) => `${e.start}-${e.end}`));
  for (const r of findRanges(folded)) if (!ours.has(`${r.start}-${r.end}`)) latest = Math.max(latest, r.end ?? asOf);
  return latest > -Infinity && after.some((e) => (e.end as number) > latest) ? { studying: true } : {};
}

/** A cheap first look for {@link STILL_STUDYING}, whose lookbehinds are tried at every character. */
const MAY_BE_STUDYING = /在读|届|pursuing|expected/;

/**
 * A degree said to be under way: `硕士在读`, `在读研究生`, `currently pursuing a B.Tech`, `expected
 * graduation`. Not `在读期间` (while studying, told afterwards), nor an MBA taken beside a job.
 */
const STILL_STUDYING =
  /(?<!负责|组织|参与)(?:应届(?:毕业)?生|(?:19|20)\d\d届)(?!校园|校招|招聘|毕业生招聘)|(?:本科|硕士|博士|研究生|学士|大专)(?:学历|学位|生)?\s*在读(?!期间)|在读(?:本科|硕士|博士|研究生|大学生)(?!期间)|(?<![a-z])(?:pursuing (?:a |an |my |the )?(?:b\.?\s?tech|b\.?\s?e\.?(?![a-z])|b\.?\s?sc|bachelor|master'?s|m\.?\s?tech|m\.?\s?sc|ph\.?\s?d|degree|graduation)|expected graduation|expected to graduate)/;

/** The fields studied (see {@link Profile.studied}), as a field to spread into the profile. */
function studiedOf(
  hits: readonly TaxonomyHit[],
  folded: string,
  taxonomy: Taxonomy,
): { studied?: Record<string, DegreeId[]> } {
  const studied = studiedFields(hits, folded, taxonomy);
  return studied ? { studied } : {};
}

// ── Name ──────────────────────────────────────────────────────────────────────────────────────

function findName(
  clean: CleanResume,
  lines: readonly string[],
  sections: readonly SectionKind[],
  taxonomy: Taxonomy,
): string | null {
  const notAPlace = (c: string): boolean =>
    !taxonomy.findAll(fold(c)).some((h) => ['company', 'city', 'school'].includes(taxonomy.kind(h.id) ?? ''));
  for (const line of lines.slice(0, 60)) {
    // `Name:` / `Full Name:` / `姓名：` as a field, never `Project Name:` or `Client Name:`.
    const m = NAME_FIELD.exec(line);
    if (m?.[1] && looksLikeName(m[1])) return m[1].trim();
  }
  // A site's title of one Latin word (`Jagie's Resume`, `Manjusaka`) may be a handle: a name heading or
  // opening the text (`陈万飞`) comes first.
  let handle: string | null = null;
  for (const key of ['name', 'author', 'title', 'subtitle']) {
    const value = clean.frontMatter[key];
    if (value) {
      const candidate = value.replace(NAME_SUFFIX, '').replace(POSSESSIVE, '').trim();
      if (!looksLikeName(candidate)) continue;
      if (key !== 'name' && /^[A-Za-z'’.-]+$/.test(candidate)) handle ??= candidate;
      else return candidate;
    }
  }
  for (const heading of clean.headings.slice(0, 3)) {
    if (heading.line > 12) break;
    // A heading inside a section names a company or project, not the candidate.
    if (sections[heading.line] !== 'header') continue;
    const candidate = undecorated(heading.text).replace(NAME_SUFFIX, '').trim();
    if (looksLikeName(candidate) && notAPlace(candidate)) return candidate;
  }
  // Plain-text résumés: a name on one of the first lines (`#周 丰#` too: a name spaced out; `陈万飞`
  // over a `======` underline).
  for (const line of lines.slice(0, 3)) {
    let candidate = undecorated(line.replace(/^#+\s*|\s*#+$/g, ''))
      .replace(NAME_SUFFIX, '')
      .trim();
    // Past the first section's heading (`Education Details`), a line is that section's, no name.
    if (sectionOf(candidate) || HEADING_WORD.test(candidate)) break;
    if (SPACED_OUT_NAME.test(candidate)) candidate = candidate.replace(/\s/g, '');
    if (looksLikeName(candidate) && !/\d/.test(candidate) && notAPlace(candidate)) return candidate;
    // A name in two scripts (`李 华 乾 | Andy Lee`, `张三 / Zhang San`): the first.
    const names = candidate
      .split(/\s*[|/｜]\s*/)
      .map((p) => (SPACED_OUT_NAME.test(p.trim()) ? p.replace(/\s/g, '') : p.trim()));
    if (names.length === 2 && names.every((n) => looksLikeName(n) && notAPlace(n))) return names[0] as string;
  }
  if (handle) return handle;
  // A name beside its title or contacts: `张三 — 高级后端工程师`, `Jane Doe | Backend Engineer`,
  // `李四 电话：139…` (a page header), also further down when a sidebar was read first.
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    const line = lines[i] as string;
    const parts = line.split(NAME_LINE_PARTS).filter((p) => p !== '');
    if (parts.length < 2) continue;
    // A leading label that is no name field (`页眉：`) is not part of the name.
    const first = undecorated(parts[0] as string)
      .replace(LEADING_LABEL, '')
      .trim();
    const rest = parts.slice(1).join(' ');
    const besideTitle = TITLE_WORDS.test(rest) && !TITLE_WORDS.test(first);
    const besideContact =
      i < 3 && /(电话|手机|邮箱|phone|mobile|e-?mail|tel)\s*[:：]|@|\d{3}[- ]?\d{4}[- ]?\d{4}/i.test(rest);
    if ((besideTitle || besideContact) && looksLikeName(first) && !/\d/.test(first) && notAPlace(first)) return first;
  }
  // A personal-details line that gives name, sex and birth year together: `- 彭潇哲/男/2000`, `张三 | 女 | 28岁`.
  for (const line of lines.slice(0, 40)) {
    const m = NAME_SEX.exec(line);
    // `本科/男/…` is a degree, not a name: no known term stands in that place.
    if (m?.[1] && looksLikeName(m[1]) && taxonomy.findAll(fold(m[1])).length === 0) return m[1];
  }
  // A bio that opens with the person: `陈平，男，1961年6月出生`, `王建华先生，中国国籍`, `谢卫东先生：1966年…`,
  // `朱慈蕴女士：独立董事…`, `闵勇：男，生于1963年`, `郑志华男，1960年…`, `韩文武（离任）：男，…`, also
  // with a post between (`谢永林，副行长。1968年出生`, `雷自力：总经理，男`, `王昕，律师。曾在…`).
  const bio = BIO_OPENING.exec(lines[0] ?? '');
  if (bio?.[1] && (looksLikeName(bio[1]) || DOTTED_NAME.test(bio[1])) && notAPlace(bio[1])) return bio[1];
  // Run together, with no mark after the name; never a word of a form or of oneself (`本人出生年月：`, `应届生男，`).
  const bare = LABELLED_BIO_OPENING.exec(lines[0] ?? '') ?? SEXED_BIO_OPENING.exec(lines[0] ?? '');
  if (
    bare?.[1] &&
    looksLikeName(bare[1]) &&
    notAPlace(bare[1]) &&
    !SELF_WORDS.test(bare[1]) &&
    taxonomy.findAll(fold(bare[1])).length === 0
  )
    return bare[1];
  // Failing all else, the name a LinkedIn profile's address spells (`linkedin.com/in/angelo-bennett-a2b638106`):
  // in the header, or further down on a line of its own under a heading of profiles (`Online Profile`),
  // never a referee's or a former manager's beside their words.
  for (const [i, line] of lines.entries()) {
    const slug = LINKEDIN_PROFILE.exec(line)?.[1];
    if (!slug) continue;
    if (i < 60) return nameOfSlug(slug);
    const above = lines.slice(Math.max(0, i - 3), i).map((l) => l.trim());
    if (ADDRESS_LINE.test(line.trim()) && above.some((l) => PROFILES_HEADING.test(l))) return nameOfSlug(slug);
  }
  return null;
}

/** A line that is only a LinkedIn profile's address. */
const ADDRESS_LINE = /^(?:https?:\/\/)?(?:www\.)?linkedin\.com\/in\/[a-z0-9%_-]+\/?$/i;
/** A heading of one's own profiles and links (`Online Profile`, `Links`, `LinkedIn`). */
const PROFILES_HEADING =
  /^(?:online\s+profiles?|profiles?|links?|linkedin|social(?:\s+media)?|contact(?:\s+info(?:rmation)?)?)\s*:?$/i;
/** A LinkedIn profile's address: `linkedin.com/in/<slug>`. */
const LINKEDIN_PROFILE = /linkedin\.com\/in\/([a-z0-9%_-]{3,100})/i;

/**
 * The name in a profile address's words (`angelo-bennett-a2b638106` → Angelo Bennett): two to four
 * words of letters, the number LinkedIn adds dropped. One word (`rajeevkumar91`) is a handle, no name.
 */
function nameOfSlug(slug: string): string | null {
  // Words run together in capitals (`RobertRJordan`, `SeanMcCarthy1`): each capital opens one, but a
  // surname's Mc, Mac, De, Van or O joins the next; a title first is none of it (`DrJohnSmith`); a
  // word of a handle (`DataScience`, `TheJavaGuy`) is no name.
  const bare = slug.replace(/\d+$/, '');
  const camel = /^(?:[A-Z][a-z]*){2,5}$/.test(bare)
    ? (bare.match(/(?:Mc|Mac|De|Van|O)?[A-Z][a-z]*/g) ?? []).filter((w, i) => !(i === 0 && TITLE_WORD.test(w)))
    : null;
  if (camel && camel.some((w) => HANDLE_WORD.test(w))) return null;
  const words = (camel ?? slug.split(/[-_]+/)).filter((w) => w !== '');
  if (words.length > 1 && /\d/.test(words[words.length - 1] as string)) words.pop();
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^[a-z]+$/i.test(w))) return null;
  if (words.filter((w) => w.length >= 2).length < 2) return null;
  // (Capitals run together are kept as written: McCarthy.)
  const name = camel
    ? words.join(' ')
    : words.map((w) => (w[0] as string).toUpperCase() + w.slice(1).toLowerCase()).join(' ');
  return looksLikeName(name) ? name : null;
}

/** A title before a name run together (`DrJohnSmith`). */
const TITLE_WORD = /^(?:Dr|Mr|Mrs|Ms|Miss|Prof)$/;
/** Words of a handle, not a name (`DataScience`, `GoogleCloud`, `HireMe`, `TheJavaGuy`). */
const HANDLE_WORD =
  /^(?:The|Data|Science|Cloud|Code|Coder|Hire|Me|Tech|Dev|Guy|Ninja|Google|Java|Python|Pro|Web|Design|Sales|Marketing|Navigator|Profile|Official|Career|Jobs?|Resume|Hr|It|Net|Online|Digital|Media|Studio|Solutions|Group|Team)$/;

/** Emoji and pictographs around a name (`# 🧑‍💻赵勇臻`, `👋 Jane Doe ✨`), with their joiners and skin tones. */
const DECORATION_MARK = String.raw`(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0e|\ufe0f|\u20e3|\s)`;
const DECORATION = new RegExp(`^${DECORATION_MARK}+|${DECORATION_MARK}+$`, 'gu');

function undecorated(text: string): string {
  return text.replace(DECORATION, '');
}

/** `姓名：张三`, `Name: Jane Doe`, `Full Name:` as a field (never `Project Name:`). */
const NAME_FIELD = new RegExp(
  String.raw`(?:^|[|,，;；]\s*|\s{2,}|[^\sA-Za-z]\s)(?:姓\s*名|(?:(?:full|candidate|applicant)\s+)?name)\s*[:：]\s*([·${HAN_CHARS}]{2,6}|[A-Za-z][A-Za-z .'-]{1,40}?)(?=\s{2,}|\s*[|,，]|\s+\S+[:：]|$)`,
  'i',
);
/** `- 彭潇哲/男/2000`: a name, then the sex, each set off by a slash, bar or comma. */
const NAME_SEX = new RegExp(String.raw`^[\s*•·-]*(${HAN}{2,4})\s*[/|｜，,]\s*[男女]\s*(?:[/|｜，,]|$)`);
/** `周 丰`: a Chinese name spaced out. */
const SPACED_OUT_NAME = new RegExp(String.raw`^${HAN}(?:\s${HAN}){1,3}$`);
/** What separates a name from its title or contacts on one line. */
const NAME_LINE_PARTS = new RegExp(String.raw`\s*[—–|·•]\s*|\s+-\s+|\s{2,}|\s+(?=${HAN}{2,4}\s*[:：])`);
/** A leading label (`页眉：`, `Header:`) before a name. */
const LEADING_LABEL = new RegExp(String.raw`^${HAN}{1,4}\s*[:：]\s*|^[A-Za-z]{1,10}\s*:\s*`);
/** A bio that opens with the person: `陈平，男，1961年6月出生`. */
const BIO_OPENING = new RegExp(
  String.raw`^(${HAN}{1,4}·${HAN}{1,5}|${HAN}{2,4}?)(?:[（(][^）)\n]{1,12}[）)])?(?:先生|女士|(?:同志|教授)?(?:男|女)?[，,：:]\s*(?:[^，,。；;：:\n]{1,14}[，,。]\s*)?(?:男|女|中国国籍|中国籍|汉族|\d{4}年|生于|出生|硕士|博士|本科|大专|高级|中共党员|现任|曾任|历任|曾在|报告期|${HAN}(?:先生|女士)))`,
);
/** A bio run together, a field of it right after the name (`贾一览出生年月：1973年11月`, `王若男出生年月：`). */
const LABELLED_BIO_OPENING = new RegExp(String.raw`^(${HAN}{2,4})(?=(?:出生年月|出生日期|性别)[:：])`);
/**
 * A bio run together, the sex and the year right after a name of three characters (`方培琦男1961年9月出生`).
 * Not of two: `张亚男1985年出生` may be 张亚 or 张亚男.
 */
const SEXED_BIO_OPENING = new RegExp(String.raw`^(${HAN}{3})[男女](?=\d{4}年)`);
/** Words of a form's fields or of oneself, which no name has (`本人`, `基本情况`, `应届生`, `研究生`). */
const SELF_WORDS = /本人|个人|基本|资料|情况|概况|学历|本科|研究生|应届|学生|求职|应聘|已婚|未婚|民族|籍贯|简历|者$/u;
/** A name of several parts joined by a middle dot (`艾力·巴拉提`), in a bio's opening. */
const DOTTED_NAME = new RegExp(`^${HAN}{1,4}·${HAN}{1,5}$`);
const CHINESE_NAME = new RegExp(`^[·${HAN_CHARS}]{2,5}$`);

function looksLikeName(candidate: string): boolean {
  const c = candidate.trim();
  if (c === '' || NOT_A_NAME.test(c) || sectionOf(c) || HEADING_WORD.test(c)) return false;
  if (TITLE_WORDS.test(c) || COMPANY_WORDS.test(c)) return false;
  // A job title in capitals, as some exports open with (`HR GENERALIST`, `ENGINEERING AIDE`).
  if (/^[A-Z][A-Z .'-]+$/.test(c) && CAPITALS_TITLE.test(c)) return false;
  if (CHINESE_NAME.test(c)) return true;
  // Latin: one to four capitalised words (`Manjusaka`, `Abhishek Jha`, `Mary-Jane O'Neil`).
  return /^[A-Z][A-Za-z'’.-]{1,30}(?:\s+[A-Z][A-Za-z'’.-]{0,30}){0,3}$/.test(c) && c.length <= 40;
}

function fallbackName(headline: string | null, id: string): string {
  const file = id.split('/').pop() ?? id;
  return headline ? `(no name) ${headline}` : `(no name) ${file}`;
}

// ── Education ─────────────────────────────────────────────────────────────────────────────────

const SCHOOL_ZH = new RegExp(String.raw`${HAN}{2,12}?(?:大学|学院|学校)(?:${HAN}{2,6}学院)?`);
const MAJOR_ZH = new RegExp(String.raw`(${HAN}{2,14}?)专业`);
const CHINESE_WORD = new RegExp(String.raw`^${HAN}{2,12}$`);
const SCHOOL_EN =
  /\b(?:(?:University|College|Institute|School) of [A-Z][\w&' ]{2,50}|[A-Z][\w&'.]*(?: [A-Z][\w&'.]*){0,5} (?:University|College|Institute of Technology|Institute|Polytechnic))\b/;

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
    const school =
      (SCHOOL_ZH.exec(line)?.[0] ?? SCHOOL_EN.exec(line)?.[0] ?? null)?.replace(/^(毕业院校|毕业于|学校|院校)/, '') ??
      null;
    if (!school && !degree) continue;
    if (!inEducation && !school && !labelled) continue;
    const range = findRanges(line)[0];
    const major =
      MAJOR_ZH.exec(line)?.[1] ??
      /(?:in|of science in|of engineering in|of arts in)\s+([A-Z][\w &]{2,40})/.exec(line)?.[1]?.trim() ??
      majorFromParts(line, school, taxonomy);
    const entry: Education = {
      school,
      degree,
      major: major ?? null,
      start: range?.start ?? null,
      end: range?.end ?? null,
    };
    // `学历: 本科` and `毕业院校: X` on separate lines describe one education.
    const previous = out[out.length - 1];
    if (
      previous &&
      (!previous.school || !previous.degree) &&
      (!school || !previous.school) &&
      (!degree || !previous.degree) &&
      out.length > 0
    ) {
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
    (p) =>
      p !== '' &&
      p !== school &&
      !degreeIn(fold(p), taxonomy) &&
      findRanges(p).length === 0 &&
      CHINESE_WORD.test(p) &&
      !/(大学|学院)/.test(p),
  );
}

function degreeIn(folded: string, taxonomy: Taxonomy): DegreeId | null {
  return degreeAnywhere(taxonomy.findAll(folded), taxonomy, folded);
}

/**
 * The highest degree the hits (in `folded`) name: a level (硕士, bachelor) or a programme under one
 * (MBA, B.Com, MCA) — not a supervisor's title (`博士生导师`, `硕士研究生导师`), which says whom one
 * teaches, not what one holds.
 */
function degreeAnywhere(hits: readonly TaxonomyHit[], taxonomy: Taxonomy, folded: string): DegreeId | null {
  return highest(hits.map((h) => (ADVISOR.test(folded.slice(h.end, h.end + 8)) ? null : degreeLevel(h.id, taxonomy))));
}

/** `大学` as a university's name ends, not a workers', vocational, TV, open or spare-time one. */
const UNIVERSITY = '(?<!职工|职业|电视|业余|开放|老年|函授)大学(?![生城])';
/**
 * A bio that names no degree but says it graduated from a university (`毕业于中南大学化学系`,
 * `河北工业大学汽车专业毕业`): a university's graduate holds a bachelor's. Not a college (学院: as often
 * a cadre or vocational school) nor a workers', vocational, TV or spare-time university.
 */
const UNIVERSITY_GRADUATE = new RegExp(
  `毕业于[^,，;；。\\n]{0,24}?${UNIVERSITY}|${UNIVERSITY}[^,，;；。\\n]{0,16}?毕业|(?:^|[,，;；。\\n])大学毕业`,
);
/** What follows a degree word in a supervisor's title: `博士生导师`, `硕士研究生导师`, `研究生导师`. */
const ADVISOR = new RegExp(`^(?:${anyOf(ADVISOR_AFTER)})`);

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
  const labelled = findLabelled(
    lines,
    /(工作地点|期望城市|意向城市|期望地点|所在地|所在城市|现居住地|现居|居住地|城市|location|based in|current city|city)\s*[:：]\s*([^|,，;；]+)/i,
  );
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
  folded: string,
  lineStarts: readonly number[],
  strongLines: ReadonlySet<number>,
  headlineFolded: string,
  taxonomy: Taxonomy,
  monthsById: ReadonlyMap<string, number>,
  usedIds: ReadonlySet<string>,
): SkillEvidence[] {
  const byId = new Map<string, { count: number; strong: boolean }>();
  for (const hit of hits) {
    const kind = taxonomy.kind(hit.id) ?? '';
    if (!SKILL_KINDS.has(kind)) continue;
    // Someone else's post is not the candidate's: `ran reports for the CFO`, `向财务总监汇报`.
    if (kind === 'role' && OTHERS_POST.test(folded.slice(Math.max(0, hit.start - 24), hit.start))) continue;
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
    .map(([id, e]) => ({
      id,
      label: taxonomy.label(id),
      count: e.count,
      strong: e.strong,
      months: monthsById.get(id) ?? 0,
      used: usedIds.has(id),
    }))
    .sort((a, b) => Number(b.strong) - Number(a.strong) || b.count - a.count || a.label.localeCompare(b.label));
}

/** How often each trade is named, a narrower one counting for its broader ones; undefined when none is. */
function tradeCounts(hits: readonly TaxonomyHit[], taxonomy: Taxonomy): Record<string, number> | undefined {
  let counts: Record<string, number> | undefined;
  for (const hit of hits) {
    if (!TRADE_KINDS.has(taxonomy.kind(hit.id) ?? '')) continue;
    counts ??= {};
    for (const id of new Set([hit.id, ...taxonomy.ancestors(hit.id)]))
      if (TRADE_KINDS.has(taxonomy.kind(id) ?? '')) counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

/** A skills table's months with one skill or post (`Site Engineer- Exprience - 60 months`). */
const LISTED_MONTHS = /\bexpe?rience\s*[-–:]\s*(\d{1,3})\s*months\b/gi;
/** Fifty years: more is no one's experience (a typo, or a count of something else). */
const MAX_LISTED_MONTHS = 600;

/** Words before a role that make it another person's (`reporting to the CFO`; `promoted to CFO` is the candidate's own). */
const OTHERS_POST =
  /(?:\b(?:(?<!\b(?:promoted|appointed|elevated|rose|moved|transferred|transitioned|named|returned) )to|for|under|with|assist(?:ed|ing|s)?|support(?:ed|ing|s)?)\s+(?:the\s+|our\s+|a\s+|an\s+)?(?:company'?s\s+|group\s+|divisional\s+)?|(?:协助|配合|向|对接)\s*(?:公司|集团)?)$/;

/**
 * The month a résumé speaks from: its front matter's date; else, when it states its total years
 * (`工作经验：5年`), the first job's start plus those years (never before its latest dated month);
 * else the file's date.
 */
function resumeDate(
  frontMatter: Readonly<Record<string, string>>,
  paid: readonly WorkEntry[],
  stated: number | null,
  fileDate: Date,
): number {
  const fromFile = asOfMonth(frontMatter, fileDate);
  if (frontMatter['date'] ?? frontMatter['updated'] ?? frontMatter['lastmod']) return fromFile;
  if (stated === null || paid.length === 0) return fromFile;
  const first = Math.min(...paid.map((w) => w.start));
  const latest = Math.max(...paid.map((w) => w.end ?? w.start));
  const estimate = first + Math.round(stated * 12);
  return estimate >= latest && estimate < fromFile ? estimate : fromFile;
}

/**
 * Date ranges in Chinese running text whose clause is not about study (`1995年至1998年攻读博士学位`).
 * Only Chinese clauses: an English résumé whose jobs were not found keeps no years rather than
 * taking its school years for them.
 */
function proseJobs(text: string): { start: number; end: number | null }[] {
  return findRanges(text).filter((r) => {
    const rest = text.slice(r.index + r.length);
    const clause = rest.slice(0, rest.search(/[。；;\n]|$/));
    return hasCjk(clause) && !STUDY.test(clause);
  });
}

const STUDY = /学习|就读|读书|攻读|求学|进修|毕业|深造|留学|学位/;

/**
 * `1982年7月参加工作`, `1990年7月工作，`, `参加工作时间：1990年`: the month a career began (January when no month is
 * given), or null. `text` has its numeral dates in digits (see numeralDates), as below.
 */
function careerStart(text: string): number | null {
  const m = CAREER_START.exec(text);
  const year = Number(m?.[1] ?? m?.[3]);
  if (!m || !Number.isInteger(year) || year < 1940) return null;
  const month = Number(m[2] ?? m[4] ?? 1);
  return year * 12 + (month >= 1 && month <= 12 ? month - 1 : 0);
}

/**
 * The earliest month a Chinese bio says someone took up a post and gives no end (`2006年10月进入…`,
 * `于1997年加入…`, `2004年起出任…`, `自2012年6月起担任…`), study aside; null when none. The end of a
 * range (`1993年至1997年2月就职于…`) is no start.
 */
function sinceClause(text: string): number | null {
  let best: number | null = null;
  for (const m of text.matchAll(SINCE)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 3), m.index);
    if (/(?:至|到|[-–—~～])\s*$/.test(before)) continue;
    const rest = text.slice((m.index ?? 0) + m[0].length);
    if (STUDY.test(rest.slice(0, rest.search(/[。；;，,\n]|$/)))) continue;
    const month = Number(m[2] ?? 1);
    const start = Number(m[1]) * 12 + (month >= 1 && month <= 12 ? month - 1 : 0);
    if (best === null || start < best) best = start;
  }
  return best;
}

const SINCE =
  /((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月?\s*(?:份|\d{1,2}\s*日)?)?\s*(?:(?:起|开始|以来|迄今)\s*(?:至今|迄今)?\s*[，,]?\s*(?:一直|分别|先后|开始)?\s*(?:先后|历任|担任|出任|兼任|曾任|获委任|任|就职|任职|供职|服务|在|进入|加入|加盟|调入|到|从事)|进入|加入|加盟|调入|入职|就职|任职|供职)/g;

const CAREER_START =
  /((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月\s*份?)?\s*(?:参加工作|工作(?=\s*[，,。；;]))|参加工作(?:时间)?\s*[:：]?\s*((?:19|20)\d{2})\s*(?:年|[./-])\s*(?:(\d{1,2})\s*月?)?/;

/** Age at the start of a career, for a résumé that gives only a year of birth. */
const CAREER_AGE = 22;

/**
 * For a résumé that dates no work: about when its career began (a month number), from the year of
 * birth plus {@link CAREER_AGE} (`1964年10月出生`, `生于1963年`, `born in 1975`, `Date of Birth:
 * 12/05/1985`) or the year its first degree was finished (`1986年毕业于`, an education entry's
 * end), whichever is earlier; null with neither.
 */
function estimatedStart(text: string, education: readonly Education[]): number | null {
  let start: number | null = null;
  const consider = (month: number): void => {
    if (month >= 1940 * 12 && (start === null || month < start)) start = month;
  };
  const born = BIRTH.exec(text) ?? BIRTH_EN.exec(text);
  const birthYear = Number(born?.[1] ?? born?.[2]);
  if (born && Number.isInteger(birthYear) && birthYear >= 1920) consider((birthYear + CAREER_AGE) * 12);
  for (const e of education) if (e.end !== null) consider(e.end);
  for (const m of text.matchAll(GRADUATED))
    consider(Number(m[1]) * 12 + Math.min(Math.max(Number(m[2] ?? 7), 1), 12) - 1);
  return start;
}

const BIRTH =
  /((?:19[2-9]|200)\d)\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?)?\s*(?:出生|生人|生(?=[，,。；;、\s)）]|于))|(?:出生于|生于|出生(?:年月|日期|年份)?\s*[:：])\s*((?:19[2-9]|200)\d)/;
const BIRTH_EN =
  /\b(?:born(?:\s+(?:in|on))?|d\.?o\.?b\.?|date\s+of\s+birth)\s*[:：-]?\s*(?:[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+|\d{1,2}(?:st|nd|rd|th)?[\s-]+[a-z]+\.?,?[\s-]+|\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*)?((?:19[4-9]|200)\d)\b/i;
const GRADUATED =
  /((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月\s*)?(?:(?:大学|本科|大专|专科|研究生|硕士|博士)\S{0,4})?毕业/g;

function findLabelled(lines: readonly string[], pattern: RegExp): string | null {
  for (const line of lines) {
    const m = pattern.exec(line);
    const value = m?.[2]?.trim();
    if (value) return value.slice(0, 80);
  }
  return null;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
