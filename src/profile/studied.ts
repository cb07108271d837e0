import type { Taxonomy, TaxonomyHit } from '../taxonomy/taxonomy.js';
import { anyOf, DEGREE_NOT_HELD } from '../i18n/lexicon.js';
import { HAN, hasCjk } from '../text/cjk.js';
import { escapeRegExp } from '../text/regexp.js';
import { degreeRank, type DegreeId } from './profile.js';

/**
 * Fields of study: what a résumé names in one clause with a degree it holds (`会计学硕士`, `M.S. in
 * Computer Science`, `计算机应用专业硕士`). The rule is one, read in two places: here, once per résumé
 * over its taxonomy hits (a profile's {@link studiedFields}, which ranking reads for every candidate),
 * and by the search over a page's texts for words the taxonomy does not know (`fieldWithDegree`).
 */

/** A start and end offset in a text. */
export type Span = readonly [number, number];

/**
 * The patterns of the rule, over text in one encoding (`encode`: the search reads UTF-8 bytes as
 * Latin-1 strings, a profile reads characters).
 */
export interface DegreeLinePatterns {
  /** Words ahead of a degree, in its clause, that say it is still being studied for (`正在攻读`, `pursuing`). */
  readonly pendingBefore: RegExp;
  /**
   * Words right after a degree (past spaces, brackets, a comma or a colon) that say it is still
   * being studied for, was only a course or is whom one supervises: `EMBA在读`, `MBA (expected
   * 2026)`, `博士生导师`.
   */
  readonly pendingAfter: RegExp;
  /** A line or sentence ends between a degree and a field (folded text: `；！？` are `;!?` by now). */
  readonly clauseEnd: RegExp;
  /** What joins two degrees into one (`M.S./B.S.`, `本科、硕士`, `BS and MS`). */
  readonly joiner: RegExp;
  /**
   * What makes a Chinese word a major when it follows (`会计学专业`, `会计系`), where a comma stands
   * between it and the degree; null to take any word there.
   */
  readonly major: RegExp | null;
}

/**
 * `strict`: a Chinese word a comma from a degree is a field only when called a major (see
 * {@link onDegreeLine}); a page's re-ordering by nearness to a degree takes it too.
 */
export function degreeLinePatterns(encode: (text: string) => string, strict: boolean): DegreeLinePatterns {
  return {
    pendingBefore: new RegExp(
      encode(`${anyOf(DEGREE_NOT_HELD.before.zh)}|(?<![a-z])(?:${anyOf(DEGREE_NOT_HELD.before.en)})(?![a-z])`),
    ),
    pendingAfter: new RegExp(
      encode(
        `^[\\s(),.:-]{0,6}(?:(?:${anyOf(DEGREE_NOT_HELD.after.zh)})(?!期间)|(?:${anyOf(DEGREE_NOT_HELD.after.en)})(?![a-z]))`,
      ),
    ),
    clauseEnd: new RegExp(`\\n|[;!?]|${encode('。')}`),
    joiner: new RegExp(`^\\s*(?:/|&|and|${encode('、')}|${encode('和')}|${encode('及')}|${encode('与')})\\s*$`),
    major: !strict ? null : new RegExp(`^\\s*(?:${anyOf(['专业', '系', '方向', '学科'].map(encode))})`),
  };
}

/** Most UTF-8 bytes between a degree and its field on one line (`Master of Science (M.S.), Computer Science`). */
export const DEGREE_LINE = 96;

/**
 * True when one of `fields` stands in one clause with one of `held` (degrees held, in `text`): not
 * on another line, not past `。`, `;`, `!` or `?` (a Chinese bio is one line; an English full stop is
 * not taken for one, as `M.S.` has two), not more than {@link DEGREE_LINE} bytes apart (`bytes`
 * measures a stretch of `text`), with strict patterns not a Chinese word a comma away unless it is
 * called a major (a bio lists its degree and titles so: `研究生学历，高级会计师`, `高级会计师，研究生学历`), and not with another degree between them (`计算机科学系本科毕业，
 * 2008年…项目管理专业硕士`: the field is the bachelor's) unless that degree is joined to the one held
 * (`M.S./B.S. in Computer Science`, `计算机专业本科、硕士`). `all`: every degree's mentions, asked
 * for only once a field and a degree stand close enough.
 */
export function onDegreeLine(
  text: string,
  fields: readonly Span[],
  held: readonly Span[],
  all: () => readonly Span[],
  patterns: DegreeLinePatterns,
  bytes: (from: number, to: number) => number,
): boolean {
  let degrees: readonly Span[] | null = null;
  for (const [fStart, fEnd] of fields) {
    for (const [dStart, dEnd] of held) {
      const from = Math.min(fEnd, dEnd);
      const to = Math.max(fStart, dStart);
      // A character is a byte or more: far apart in characters is far apart in bytes, and cheaper to tell.
      if (to - from > DEGREE_LINE || bytes(from, to) > DEGREE_LINE) continue;
      const between = text.slice(from, to);
      if (patterns.clauseEnd.test(between)) continue;
      // A Chinese bio lists a degree and a title a comma apart (`研究生学历，高级会计师`, `高级会计师，
      // 研究生学历`): past a comma, a Chinese word is a field only when it says so (`会计学专业`, `会计系`).
      if (
        patterns.major &&
        between.includes(',') &&
        text.charCodeAt(fEnd - 1) >= 0x80 &&
        !patterns.major.test(text.slice(fEnd, fEnd + 12))
      )
        continue;
      const joined = (s: number, e: number): boolean =>
        patterns.joiner.test(e <= dStart ? text.slice(e, dStart) : text.slice(dEnd, s));
      degrees ??= all();
      if (degrees.some(([s, e]) => s >= from && e <= to && !joined(s, e))) continue;
      return true;
    }
  }
  return false;
}

/** Kinds a field of study is never of. */
const NOT_A_FIELD = new Set(['degree', 'school', 'city', 'company']);

const CHARACTERS = degreeLinePatterns((text) => text, true);

/**
 * The fields a résumé studied (see the rule above), each with the degrees it names with it, lowest
 * first, broader entries too (a master's in 财务会计 is one in 会计); undefined when there are none.
 * `hits`: the taxonomy's hits in `folded`, in order.
 */
export function studiedFields(
  hits: readonly TaxonomyHit[],
  folded: string,
  taxonomy: Taxonomy,
): Record<string, DegreeId[]> | undefined {
  const degrees = degreesNamed(hits, taxonomy);
  const held = heldOf(degrees, folded);
  if (held.length === 0) return undefined;
  const all = degrees.map((d) => d.span);
  const bytes = (from: number, to: number): number => Buffer.byteLength(folded.slice(from, to));
  const out: Record<string, DegreeId[]> = {};
  const add = (ids: readonly string[], levels: readonly DegreeId[]): void => {
    for (const id of ids) {
      const known = new Set([...(out[id] ?? []), ...levels]);
      out[id] = [...known].sort((a, b) => degreeRank(a) - degreeRank(b));
    }
  };
  // A degree named for its field (`工学硕士`, `理学博士`, M.Tech) is that field studied, when held.
  for (const { span, level } of held) {
    const hit = hits.find((h) => h.start === span[0] && h.end === span[1]);
    if (!hit || taxonomy.kind(hit.id) === 'degree') continue;
    add(
      taxonomy
        .ancestors(hit.id)
        .filter((id) => !NOT_A_FIELD.has(taxonomy.kind(id) ?? 'degree') && !degreeLevel(id, taxonomy)),
      [level],
    );
  }
  for (const hit of hits) {
    const kind = taxonomy.kind(hit.id);
    if (kind === undefined || NOT_A_FIELD.has(kind) || degreeLevel(hit.id, taxonomy)) continue;
    const levels = held
      .filter(({ span }) => onDegreeLine(folded, [[hit.start, hit.end]], [span], () => all, CHARACTERS, bytes))
      .map((d) => d.level);
    if (levels.length === 0) continue;
    add([hit.id, ...taxonomy.ancestors(hit.id)], levels);
  }
  // A field's own word inside a major's longer name (`工业自动化专业`, `材料物理系`) or alone by a
  // degree (`Bachelor of Arts : English Lit/Language`): looked for only near a degree held.
  for (const { id, span } of fieldWords(folded, held, hits, taxonomy)) {
    if (out[id]) continue;
    const levels = held
      .filter((d) => onDegreeLine(folded, [span], [d.span], () => all, CHARACTERS, bytes))
      .map((d) => d.level);
    if (levels.length > 0) add([id, ...taxonomy.ancestors(id)], levels);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Every degree a résumé names, with its level, in order. */
function degreesNamed(hits: readonly TaxonomyHit[], taxonomy: Taxonomy): { span: Span; level: DegreeId }[] {
  const degrees: { span: Span; level: DegreeId }[] = [];
  for (const hit of hits) {
    const level = degreeLevel(hit.id, taxonomy);
    if (level) degrees.push({ span: [hit.start, hit.end], level });
  }
  return degrees;
}

/** The degrees held: not a supervisor's title (`会计学教授、硕士研究生导师`), not one still studied for. */
function heldOf<T extends { span: Span }>(degrees: readonly T[], folded: string): T[] {
  return degrees.filter(({ span: [, end] }) => !CHARACTERS.pendingAfter.test(folded.slice(end, end + 24)));
}

/** What stands between an English degree and its field (`Bachelor of Science : Accounting`, `B.Tech in`, `MBA, Finance`). */
const DEGREE_THEN_FIELD = /^\.?(?:['’]?s)?(?:\s+degree)?\s*(?:[:,(–-]|in\b|of\b)?\s*$/;

/** Words on a degree's line, before or after it, that say it is not held (yet): `expected May 2026`, `pursuing a`. */
const NOT_HELD_ON_LINE = new RegExp(
  `(?<![a-z])(?:${anyOf([...DEGREE_NOT_HELD.before.en, ...DEGREE_NOT_HELD.after.en, 'student', 'students', 'program', 'programme', 'instructor', 'tutor'])})(?![a-z])`,
);

/** Kinds of entry a field of study is of (accounting and HR are roles as well). */
const FIELD_KINDS = new Set(['concept', 'role', 'industry']);

/**
 * Two degrees of one level held in two fields (`Bachelor of Science : Accounting` and, on another
 * line, `Bachelor of Science : Business Administration Finance`; `M.S. Chemical Engineering` and
 * `Master of Science Degree : Computer Science`): a double degree, as a recruiter asking for 双学位
 * means it, where the résumé never says so. An English degree's field is the one written right after
 * it (what follows is a minor, a concentration, the school); the same degree written twice (in a
 * summary and in the education section) names one field, or a field and a narrower one, and is one
 * degree. A Chinese bio is prose that names degrees and fields in many clauses: it says 双学位 when
 * it means it, and is not read so.
 */
export function holdsDoubleDegree(hits: readonly TaxonomyHit[], folded: string, taxonomy: Taxonomy): boolean {
  // (Most résumés name one degree or none: nothing to read.)
  const degrees = degreesNamed(hits, taxonomy);
  if (degrees.length < 2) return false;
  const held = heldOf(degrees, folded).filter(({ span }) => {
    if (hasCjk(folded.slice(...span))) return false;
    // A degree still studied for, or only named on a job's line (`Tutor for students pursuing a Bachelor of …`).
    const from = Math.max(folded.lastIndexOf('\n', span[0] - 1) + 1, span[0] - DEGREE_LINE);
    const end = folded.indexOf('\n', span[1]);
    const to = Math.min(end < 0 ? folded.length : end, span[1] + DEGREE_LINE);
    return !NOT_HELD_ON_LINE.test(folded.slice(from, to));
  });
  if (held.length < 2) return false;
  const majors: { level: DegreeId; field: string }[] = [];
  for (const { span, level } of held) {
    const field = hits.find(
      (h) =>
        h.start >= span[1] &&
        h.start - span[1] <= 16 &&
        FIELD_KINDS.has(taxonomy.kind(h.id) ?? '') &&
        !degreeLevel(h.id, taxonomy) &&
        DEGREE_THEN_FIELD.test(folded.slice(span[1], h.start)),
    );
    if (field) majors.push({ level, field: field.id });
  }
  const related = (a: string, b: string): boolean =>
    a === b || taxonomy.ancestors(a).includes(b) || taxonomy.ancestors(b).includes(a);
  return majors.some((a, i) => majors.some((b, j) => j > i && b.level === a.level && !related(a.field, b.field)));
}

/**
 * The word a field of study is named by, read off its names as a major (`自动化` of `自动化专业`,
 * `english` of `degree in english`), where that word alone is no name of the field (a bare 自动化
 * is also `自动化测试`; a bare English is a language spoken). By a degree, it is the field.
 */
interface FieldWords {
  /** Chinese words, each with its field; the pattern finds them, longest first, in a major's name. */
  readonly cjk: ReadonlyMap<string, string>;
  readonly cjkPattern: RegExp | null;
  /** English words, each with its field; the pattern finds them as whole words. */
  readonly latin: ReadonlyMap<string, string>;
  readonly latinPattern: RegExp | null;
}

const fieldWordsByTaxonomy = new WeakMap<Taxonomy, FieldWords>();

/** `X专业`, `X系`; `degree in X`, `major in X`, `B.A. in X`, `X major`. */
const MAJOR_NAME_ZH = new RegExp(`^(${HAN}{2,})(?:专业|系)$`);
const MAJOR_NAME_EN =
  /^(?:(?:degree|major|majored|ba|bs|b\.a\.|b\.s\.|bachelor of (?:arts|science)) in ([a-z][a-z ]{2,})|([a-z][a-z ]{2,}) major)$/;
/** Words that head a résumé's education section, not a field studied (`Education: B.S. Accounting`). */
const SECTION_WORDS = new Set(['education']);

function fieldWordsOf(taxonomy: Taxonomy): FieldWords {
  let known = fieldWordsByTaxonomy.get(taxonomy);
  if (known) return known;
  const cjk = new Map<string, string>();
  const latin = new Map<string, string>();
  for (const entry of taxonomy.entries.values()) {
    if (NOT_A_FIELD.has(entry.kind) || degreeLevel(entry.id, taxonomy)) continue;
    for (const alias of entry.aliases ?? []) {
      const folded = alias.normalize('NFKC').toLowerCase();
      const zh = MAJOR_NAME_ZH.exec(folded)?.[1];
      // `质量体系`, `员工关系`: a system or a relation, no department.
      if (zh && !/[体关联]$/.test(zh) && !cjk.has(zh)) cjk.set(zh, entry.id);
      const en = MAJOR_NAME_EN.exec(folded);
      const word = en?.[1] ?? en?.[2];
      if (word && !SECTION_WORDS.has(word) && !latin.has(word)) latin.set(word, entry.id);
    }
  }
  const longestFirst = (words: Iterable<string>): string[] => [...words].sort((a, b) => b.length - a.length);
  known = {
    cjk,
    // The word, then the rest of the major's name and what calls it one (`工业自动化专业`); not
    // `自动化系统` (a system) or `管理体系`.
    cjkPattern:
      cjk.size === 0
        ? null
        : new RegExp(
            `(${longestFirst(cjk.keys()).map(escapeRegExp).join('|')})(${HAN}{0,6}?)(?:专业|系(?![统列数]))`,
            'g',
          ),
    latin,
    latinPattern:
      latin.size === 0
        ? null
        : new RegExp(`(?<![a-z0-9])(${longestFirst(latin.keys()).map(escapeRegExp).join('|')})(?![a-z0-9])`, 'g'),
  };
  fieldWordsByTaxonomy.set(taxonomy, known);
  return known;
}

/** What ends a school's name, not a major's (`中文大学`, `外语学院`). */
const SCHOOL_WORD = /大学|学院|学校|中学/;

/** How far from a degree a field's word is looked for (characters; the rule itself measures bytes). */
const FIELD_WORD_REACH = DEGREE_LINE;

/**
 * Fields named by their word (see {@link FieldWords}) near a degree held in `folded`. A Chinese
 * word inside a longer term the taxonomy knows counts only as that term's last word, its head
 * (`工业自动化` is automation; `电子商务` is commerce, not electronics).
 */
function fieldWords(
  folded: string,
  held: readonly { span: Span }[],
  hits: readonly TaxonomyHit[],
  taxonomy: Taxonomy,
): { id: string; span: Span }[] {
  const words = fieldWordsOf(taxonomy);
  const out: { id: string; span: Span }[] = [];
  const seen = new Set<number>();
  for (const { span } of held) {
    const from = Math.max(0, span[0] - FIELD_WORD_REACH);
    const to = Math.min(folded.length, span[1] + FIELD_WORD_REACH);
    const window = folded.slice(from, to);
    for (const [pattern, ids] of [
      [words.cjkPattern, words.cjk],
      [words.latinPattern, words.latin],
    ] as const) {
      if (!pattern) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(window); m !== null; m = pattern.exec(window)) {
        const start = from + m.index;
        const word = m[1] as string;
        const end = start + word.length;
        if (seen.has(start)) continue;
        seen.add(start);
        const id = ids.get(word);
        // `香港中文大学专业会计硕士`: a school's name is no major's.
        if (id === undefined || SCHOOL_WORD.test(m[2] ?? '')) continue;
        const inside = hits.find((h) => h.start <= start && h.end >= end && h.id !== id);
        if (inside && inside.end !== end) continue;
        // The field's span runs to where the major is called one (`工业自动化` of `工业自动化专业`).
        out.push({ id, span: [start, end + (m[2]?.length ?? 0)] });
      }
    }
  }
  return out;
}

/** The degree an entry is or is under (MBA → master), or null. */
export function degreeLevel(id: string, taxonomy: Taxonomy): DegreeId | null {
  // Asked of every hit of every résumé: kept per taxonomy.
  let levels = degreeLevels.get(taxonomy);
  if (!levels) degreeLevels.set(taxonomy, (levels = new Map()));
  let level = levels.get(id);
  if (level === undefined) {
    const found =
      taxonomy.kind(id) === 'degree' ? id : taxonomy.ancestors(id).find((a) => taxonomy.kind(a) === 'degree');
    level = (found as DegreeId | undefined) ?? null;
    levels.set(id, level);
  }
  return level;
}

const degreeLevels = new WeakMap<Taxonomy, Map<string, DegreeId | null>>();

/**
 * A degree laid out as its level, a spaced colon and its field (`Associate : Accounting`, `Master :
 * Business Administration`), as one résumé builder writes education. A bare `associate` or `master`
 * is read in queries only (a sales associate, a master electrician), so these are found here. The
 * level starts its line or follows a year or a country (`2007 Master : Science`, `US Associate :
 * Microcomputer Applications`), and a field in capitals follows: not a title's last word (`Cisco
 * Certified Network Associate : 1988`, `Employee Master : …`).
 */
const LEVEL_COLON =
  /(?<=^[ \t]*|\b(?:19|20)\d\d[ \t]+|\bUSA?[ \t]+)(Associates?|ASSOCIATES?|Master|MASTER)[ \t]:[ \t]+(?=[A-Z])/gm;

/** A résumé's taxonomy hits with its degrees laid out `Level : Field` among them, in text order. */
export function withColonDegrees(hits: TaxonomyHit[], plain: string): TaxonomyHit[] {
  const more = colonDegrees(plain).filter((d) => !hits.some((h) => h.start < d.end && d.start < h.end));
  return more.length === 0 ? hits : [...hits, ...more].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Hits of degrees laid out as `Level : Field` in `plain` (offsets as in its folded text). */
function colonDegrees(plain: string): TaxonomyHit[] {
  const hits: TaxonomyHit[] = [];
  for (const m of plain.matchAll(LEVEL_COLON)) {
    const word = m[1] as string;
    const id = word.toLowerCase().startsWith('master') ? 'master' : 'associate';
    hits.push({ id, alias: word.toLowerCase(), start: m.index, end: m.index + word.length });
  }
  return hits;
}
