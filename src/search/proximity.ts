import type { TextStore } from '../store/text-store.js';
import { fold } from '../text/fold.js';
import { escapeRegExp } from '../text/regexp.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { Concept, TaxonomyConcept, TextConcept } from './concepts.js';
import { anyOf, CREDENTIAL_HELD, CREDENTIAL_NOT_YET, ROLE_EQUIVALENTS } from '../i18n/lexicon.js';
import { degreeLinePatterns, onDegreeLine } from '../profile/studied.js';

/**
 * Proximity: when a query names several things, résumés where they stand together come first.
 * `Java 开发` is a Java developer ("Java开发工程师"), not an Android developer who once wrote Java;
 * `kafka 运维` is someone who ran Kafka. lunr scores each concept on its own, so the best of its
 * ranking are re-ordered by how many neighbouring pairs of the query (in the order typed) occur
 * within a few words of each other in the résumé's text.
 */

/** Bytes of UTF-8 between the end of one concept's evidence and the start of the other's (≈ 16 Chinese characters, 6–8 English words). */
const WINDOW = 48;
/** Occurrences looked at per concept and résumé. */
const MAX_OCCURRENCES = 64;
/** A résumé with every pair together scores this much more (half as much for half the pairs). */
export const PROXIMITY_BOOST = 0.5;

/** One pattern per concept (see {@link proximityPattern}), or null when it has no forms. */
export type ProximityPattern = RegExp | null;

/**
 * A pattern for the forms a concept takes in folded text: what was typed and, for a skill, its own
 * aliases (not narrower skills: `消息队列 运维` is about queues in general; Kafka next to 运维 is
 * found through `kafka 运维`). Latin forms match as whole words (`java` is not `javascript`).
 * Forms are matched as bytes (see {@link asBytes}).
 */
export function proximityPattern(concept: Concept, taxonomy: Taxonomy): ProximityPattern {
  const forms = new Set<string>();
  for (const member of concept.kind === 'any' ? concept.members : [concept]) addForms(member, taxonomy, forms);
  const sorted = [...forms]
    .map((f) => f.trim())
    .filter((f) => f !== '')
    .sort((a, b) => b.length - a.length);
  const piece = (f: string): string => `${spelled(f)}${/[a-z0-9]$/.test(f) ? '(?![a-z0-9])' : ''}`;
  // Forms that start a word share one look-behind, checked once at each place rather than once per
  // form (a degree's forty forms: a quarter less time). Only they can match where a letter or digit
  // starts, and only the others elsewhere, so the choice among them is the same as in one list.
  const words = sorted.filter((f) => /^[a-z0-9]/.test(f)).map(piece);
  const pieces = [
    ...(words.length > 0 ? [`(?<![a-z0-9])(?:${words.join('|')})`] : []),
    ...sorted.filter((f) => !/^[a-z0-9]/.test(f)).map(piece),
  ];
  return pieces.length === 0 ? null : new RegExp(pieces.join('|'), 'g');
}

/**
 * A form as the taxonomy matches it: its words joined by spaces, `-`, `_` or nothing
 * (`scrum master` = `Scrum-Master` = `ScrumMaster`, see `aliasKey`), on one line.
 */
function spelled(form: string): string {
  const words = form.split(/[\s_-]+/).filter((w) => w !== '');
  if (words.length === 0) return escapeRegExp(asBytes(form)); // `-` alone stays itself
  return words.map((w) => escapeRegExp(asBytes(w))).join('[ \\t_-]*');
}

/** Each role word → the words of its {@link ROLE_EQUIVALENTS} group. */
const ROLE_GROUPS = new Map(ROLE_EQUIVALENTS.flatMap((group) => group.map((w) => [w, group] as const)));

function addForms(concept: TaxonomyConcept | TextConcept, taxonomy: Taxonomy, forms: Set<string>): void {
  if (concept.kind === 'text') {
    for (const literal of concept.literals) forms.add(literal);
    if (concept.literals.length === 0) forms.add(fold(concept.typed));
    for (const word of ROLE_GROUPS.get(fold(concept.typed).trim()) ?? []) forms.add(word);
  } else {
    forms.add(fold(concept.typed));
    for (const alias of taxonomy.get(concept.id)?.aliases ?? []) forms.add(fold(alias));
  }
}

/**
 * A string's UTF-8 bytes as a one-byte string. Forms and texts are both searched in this form:
 * reading a résumé as Latin-1 is a plain copy, far faster than decoding UTF-8, and UTF-8 never
 * matches across character boundaries. Bytes of Chinese characters are all ≥ 0x80, so the word
 * boundaries of Latin forms still hold next to them (`java开发`).
 */
function asBytes(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** How many neighbouring pairs of `patterns` (one per concept, in query order) occur close together in `doc`. */
export function nearPairs(texts: TextStore, doc: number, patterns: readonly ProximityPattern[]): number {
  const text = texts.buffer.toString('latin1', texts.offsets[doc], texts.offsets[doc + 1]);
  const spans = patterns.map((p) => (p ? occurrences(text, p) : []));
  let near = 0;
  for (let i = 0; i + 1 < spans.length; i++)
    if (close(spans[i] as (readonly [number, number])[], spans[i + 1] as (readonly [number, number])[])) near++;
  return near;
}

/** Start/end of the first occurrences of `pattern` in `text`. */
function occurrences(text: string, pattern: RegExp): (readonly [number, number])[] {
  const found: (readonly [number, number])[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null && found.length < MAX_OCCURRENCES; m = pattern.exec(text))
    found.push([m.index, m.index + m[0].length]);
  return found;
}

/** True when some occurrence in `a` and some in `b` are within the window, in either order. */
function close(a: readonly (readonly [number, number])[], b: readonly (readonly [number, number])[]): boolean {
  for (const [aStart, aEnd] of a) {
    for (const [bStart, bEnd] of b) if (Math.max(bStart - aEnd, aStart - bEnd) <= WINDOW) return true;
  }
  return false;
}

/**
 * Words that say a credential or award is held (`Certified ScrumMaster`, `获得PMP证书`, `awarded`), and
 * words that say it is not, yet (`preparing for PMP`, `备考`, `training`). Folded text, as bytes.
 */
const HELD = new RegExp(asBytes(anyOf(CREDENTIAL_HELD.zh, CREDENTIAL_HELD.en)), 'g');
const NOT_YET = new RegExp(
  asBytes(`${anyOf(CREDENTIAL_NOT_YET.zh)}|(?<![a-z])(?:${anyOf(CREDENTIAL_NOT_YET.en)})`),
  'g',
);

/**
 * True when `doc` shows a credential (`pattern`: its forms) as held: some mention stands next to a
 * word that says so, and none of those mentions next to "preparing", "training" or 备考.
 */
export function heldCredential(texts: TextStore, doc: number, pattern: ProximityPattern): boolean {
  if (!pattern) return false;
  const text = texts.buffer.toString('latin1', texts.offsets[doc], texts.offsets[doc + 1]);
  const mentions = occurrences(text, pattern);
  if (mentions.length === 0) return false;
  const markers = occurrences(text, HELD);
  const held = mentions.filter((m) => close([m], markers));
  if (held.length === 0) return false;
  const notYet = occurrences(text, NOT_YET);
  return held.some((m) => !close([m], notYet));
}

/**
 * The degree-line rule's patterns (see studied.ts) over folded text as bytes; not strict, as a
 * page is re-ordered by what stands near the degree asked for (`研究生学历，高级工程师`).
 */
const BYTES = degreeLinePatterns(asBytes, false);

/** Bytes ahead of a degree looked at for a `pendingBefore` word (`正在攻读清华大学EMBA`: 8 characters between). */
const BEFORE_WINDOW = 36;
/** A clause ends: a line, a sentence, `;`, or a comma (folded text: `，；` are `,;` by now). */
const CLAUSE_BREAK = new RegExp(`[\\n,;!?]|${asBytes('。')}|${asBytes('、')}`, 'g');

/**
 * True when `doc` names a degree (`pattern`: its forms) as held: some mention that is neither
 * still being studied for (`EMBA在读`, `正在攻读EMBA`, `pursuing an MBA`, `MBA, expected 2026`) nor
 * only a course (`中山大学EMBA课程高级研修班结业`). A mention the words only stand near, in another
 * clause or past other words (`MBA, 2005. … courses`, `工商管理硕士（MBA） 主修课程：…`), is held.
 */
export function heldDegree(texts: TextStore, doc: number, pattern: ProximityPattern): boolean {
  if (!pattern) return false;
  const text = texts.buffer.toString('latin1', texts.offsets[doc], texts.offsets[doc + 1]);
  // Mentions side by side are one (`Master of Business Administration (MBA)`, `工商管理硕士（EMBA）`).
  const spans: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const last = spans[spans.length - 1];
    const end = m.index + m[0].length;
    if (last && BESIDE.test(text.slice(last[1], m.index))) last[1] = end;
    else spans.push([m.index, end]);
  }
  return spans.some(([start, end]) => {
    if (BYTES.pendingAfter.test(text.slice(end, end + 24)) || ofSchool(text, start)) return false;
    // Only the part of the window in the mention's own clause.
    const window = text.slice(Math.max(0, start - BEFORE_WINDOW), start);
    let from = 0;
    CLAUSE_BREAK.lastIndex = 0;
    for (let b = CLAUSE_BREAK.exec(window); b !== null; b = CLAUSE_BREAK.exec(window)) from = b.index + b[0].length;
    return !BYTES.pendingBefore.test(window.slice(from));
  });
}

/** A school's diploma (`High School Diploma`, `Higher Secondary Diploma`) is no degree's: the word before says so. */
function ofSchool(text: string, start: number): boolean {
  return SCHOOL_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}
const SCHOOL_BEFORE = /\b(?:high|secondary|senior secondary|higher secondary)(?: school)?[ \t]*$/i;

/** What stands between two mentions of one degree (`…Administration (MBA`). */
const BESIDE = /^[ \t(]{0,4}$/;

/**
 * True when `doc` names the field (`pattern`: a concept's forms) in one clause with a degree
 * (`degrees`: the forms of the degrees asked for or higher): `M.S. in Computer Science`,
 * `计算机应用专业硕士`. The rule is studied.ts's {@link onDegreeLine}; `anyDegree`: the forms of
 * every degree, for a degree standing between.
 */
export function fieldWithDegree(
  texts: TextStore,
  doc: number,
  pattern: ProximityPattern,
  degrees: ProximityPattern,
  anyDegree: ProximityPattern,
): boolean {
  if (!pattern || !degrees) return false;
  const text = texts.buffer.toString('latin1', texts.offsets[doc], texts.offsets[doc + 1]);
  const fields = occurrences(text, pattern);
  if (fields.length === 0) return false;
  // A supervisor's title (`会计学教授、硕士研究生导师`) names no degree held.
  const held = occurrences(text, degrees).filter(
    ([start, end]) => !BYTES.pendingAfter.test(text.slice(end, end + 24)) && !ofSchool(text, start),
  );
  if (held.length === 0) return false;
  return onDegreeLine(
    text,
    fields,
    held,
    () => (anyDegree ? occurrences(text, anyDegree) : []),
    BYTES,
    (from, to) => to - from,
  );
}
