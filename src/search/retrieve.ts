import type { PoolSnapshot } from '../store/snapshot.js';
import { filterContaining } from '../store/phrase-filter.js';
import { monthsWith, type Profile } from '../profile/profile.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { type AnyConcept, type Concept, type TaxonomyConcept, type TextConcept } from './concepts.js';
import { compileFilters } from './filters.js';
import { intersect } from '../store/compact-index.js';
import { type QueryFilter, type YearsRange } from './query-language.js';
import { LRUCache } from 'lru-cache';
import { isCjk } from '../text/cjk.js';

/*
 * Step 2, candidates: which documents show a concept (postings, Chinese literals checked verbatim,
 * skills with years), and which pass the filters, exclusions and duplicate rule.
 */

/** For a Chinese literal, the index narrows candidates with its rarest bigrams; the rest is checked verbatim. */
export const BIGRAMS_PER_LITERAL = 2;

export interface Context {
  readonly snapshot: PoolSnapshot;
  readonly taxonomy: Taxonomy;
  readonly filters: readonly QueryFilter[];
  readonly years: YearsRange | null;
  readonly limit: number;
  /** The query says a degree or higher will do (`硕士以上`, `master's or above`): see query-language.ts. */
  readonly degreeOrHigher?: boolean;
  /** The query names a field with its degree (`a bachelor's in finance`): see query-language.ts. */
  readonly degreeIn?: boolean;
  /** Posts asked as themselves or higher (`副总经理以上`, `deputy GM and up`): see search.ts postsOrHigher. */
  readonly postsOrHigher?: ReadonlySet<Concept>;
}
/** A concept asked with years: a skill, or a choice of skills. */
export type ConceptWithYears = (TaxonomyConcept | AnyConcept) & { years: YearsRange };

/** A skill asked for with years (`3年以上Go经验`, `years:go>=3`), or a choice of skills (`3年以上Docker/K8s经验`). */
export function withYears(c: Concept): c is ConceptWithYears {
  return (c.kind === 'taxonomy' || c.kind === 'any') && c.years !== undefined;
}

const EMPTY_DOCS = new Int32Array(0);

type SkillWithYears = TaxonomyConcept & { years: YearsRange };

/** A choice's known members with its years, made once per choice (asked again for every résumé ranked). */
const choiceSkills = new WeakMap<AnyConcept, readonly SkillWithYears[]>();

/** The known members of a concept with years, each with the years (the skill itself, or a choice's). */
function skillsWithYears(c: ConceptWithYears): readonly SkillWithYears[] {
  if (c.kind === 'taxonomy') return [c];
  let skills = choiceSkills.get(c);
  if (!skills) {
    skills = c.members.flatMap((m) => (m.kind === 'taxonomy' ? [{ ...m, years: c.years }] : []));
    choiceSkills.set(c, skills);
  }
  return skills;
}

/** Months with a skill that meet a years range. */
export function inRange(months: number, years: YearsRange): boolean {
  const y = months / 12;
  return (
    months > 0 &&
    (years.min === undefined || y >= years.min - 0.05) &&
    (years.max === undefined || y <= years.max + 0.05)
  );
}

/** Documents whose evidence shows the skill for the years asked (see profile/skill-years.ts). */
export function experiencedDocs(snapshot: PoolSnapshot, c: ConceptWithYears): Int32Array {
  if (c.kind === 'any')
    return skillsWithYears(c).reduce<Int32Array>((all, m) => union(all, experiencedDocs(snapshot, m)), EMPTY_DOCS);
  const docs = snapshot.index.postingsOf(c.id, 'tags');
  const out = new Int32Array(docs.length);
  let w = 0;
  for (const doc of docs) {
    if (inRange(monthsWith(snapshot.profiles[doc] as Profile, c.id), c.years)) out[w++] = doc;
  }
  return out.subarray(0, w);
}

/** The least share of a skill-with-years concept that a résumé showing the skill earns (see yearsShortfall). */
export const UNPROVEN_YEARS_SHARE = 0.5;

/**
 * How much of a skill-with-years concept a résumé that shows the skill but not the years earns:
 * more when its whole career is long enough (the skill may well span it), less when not, and more
 * the more it writes about the skill (`多年 Python 经验` and six Python projects beat one mention in
 * a skills list): depth is the likelier sign of years no dates prove.
 */
export function yearsShortfall(snapshot: PoolSnapshot, doc: number, c: ConceptWithYears): number {
  if (c.kind === 'any') return Math.max(0, ...skillsWithYears(c).map((m) => yearsShortfall(snapshot, doc, m)));
  const profile = snapshot.profiles[doc] as Profile;
  // A career its dates do not show is about as long as the year of birth or of the degree says.
  const career = profile.years ?? profile.yearsEstimate ?? null;
  const careerFits = career !== null && inRange(Math.round(career * 12), c.years);
  const mentions = profile.skills.find((s) => s.id === c.id)?.count ?? profile.tradeMentions?.[c.id] ?? 0;
  const depth = Math.min(Math.max(mentions - 1, 0), 4) / 4;
  return (careerFits ? 0.7 : UNPROVEN_YEARS_SHARE) + 0.2 * depth;
}

/** A requirement: `+term`, a phrase, an alternatives group, `skill:`. Everything else ranks. */
export function isRequirement(c: Concept): boolean {
  return c.presence === 'required' || (c.kind === 'text' && c.phrase === true);
}

/**
 * Exactly the documents that show `concept` (Chinese literals and phrases checked verbatim). Its
 * members and parts are looked up through `of`: a caller that keeps each concept's documents
 * (rank.ts) passes its own lookup, so no part is checked twice in one search.
 */
export function exactDocs(
  snapshot: PoolSnapshot,
  concept: Concept,
  of: (c: Concept) => Int32Array = (c) => exactDocs(snapshot, c),
): Int32Array {
  if (concept.kind === 'any') {
    let docs: Int32Array | null = null;
    for (const m of concept.members) docs = docs === null ? of(m) : union(docs, of(m));
    return docs ?? new Int32Array(0);
  }
  // A run of words (see TextConcept#parts): the documents with every word, together or apart.
  if (concept.kind === 'text' && concept.parts) {
    let docs: Int32Array | null = null;
    for (const part of concept.parts) {
      docs = docs === null ? of(part) : intersect(docs, of(part));
      if (docs.length === 0) break;
    }
    return docs ?? new Int32Array(0);
  }
  const docs = verbatimDocs(snapshot, concept);
  // A plain Chinese word is written in English too (see TextConcept#glosses).
  if (concept.kind === 'text' && concept.glosses)
    return concept.glosses.reduce((all, word) => union(all, glossDocs(snapshot, word)), docs);
  return docs;
}

/** The documents that write an English word, or words in a row (`set up`), of a gloss. */
function glossDocs(snapshot: PoolSnapshot, gloss: string): Int32Array {
  const words = gloss.split(' ');
  let docs: Int32Array | null = null;
  for (const word of words) docs = docs === null ? termDocs(snapshot, word) : intersect(docs, termDocs(snapshot, word));
  return words.length > 1 && docs
    ? filterContaining(snapshot.texts, docs, literalBytes(gloss))
    : (docs ?? new Int32Array(0));
}

/** The documents that show a skill or contain a text concept as written (Chinese literals and phrases checked verbatim). */
export function verbatimDocs(snapshot: PoolSnapshot, concept: TaxonomyConcept | TextConcept): Int32Array {
  let docs = conceptDocs(snapshot, concept);
  if (concept.kind === 'text' && needsVerification(concept)) {
    for (const literal of concept.literals) docs = filterContaining(snapshot.texts, docs, literalBytes(literal));
  }
  return docs;
}

/** Sorted union of two sorted document lists. */
export function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let w = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Infinity;
    const y = j < b.length ? (b[j] as number) : Infinity;
    if (x === y) {
      out[w++] = x;
      i++;
      j++;
    } else if (x < y) {
      out[w++] = x;
      i++;
    } else {
      out[w++] = y;
      j++;
    }
  }
  return out.subarray(0, w);
}

/** A rough size of a concept's document set, to intersect the smallest first. */
export function estimate(ctx: Context, concept: Concept): number {
  const index = ctx.snapshot.index;
  if (concept.kind === 'any') return concept.members.reduce((sum, m) => sum + estimate(ctx, m), 0);
  if (concept.kind === 'taxonomy') return index.documentFrequency(concept.id, 'tags');
  const first = concept.terms[0];
  return first ? index.documentFrequency(first, 'body') : ctx.snapshot.profiles.length;
}

/** Documents the index says may hold `concept` (exact for skills and Latin words; Chinese literals are verified after). */
export function conceptDocs(snapshot: PoolSnapshot, concept: TaxonomyConcept | TextConcept): Int32Array {
  const index = snapshot.index;
  // `tags` holds every skill a résumé has, strong or passing (see fields.ts).
  if (concept.kind === 'taxonomy') {
    let docs = index.postingsOf(concept.id, 'tags');
    for (const role of concept.heldBy ?? []) docs = union(docs, index.postingsOf(role, 'tags'));
    for (const school of concept.schools ?? []) docs = union(docs, index.postingsOf(school, 'tags'));
    return docs;
  }
  if (requiredTerms(snapshot, concept) === null) return new Int32Array(0);
  // Every bigram narrows (intersections are cheap); fewer résumés are left to check verbatim.
  const terms = concept.terms.filter((t) => t.length > 1 || !isCjk(t));
  if (terms.length === 0) return allDocs(snapshot); // a lone Chinese character: checked verbatim
  let docs: Int32Array | null = null;
  for (const t of terms) {
    const withT = termDocs(snapshot, t);
    docs = docs === null ? withT : intersect(docs, withT);
  }
  return docs ?? new Int32Array(0);
}

/** The documents with a term: in the body, or in the headline for what only it holds (a name from front matter: `subtitle: Emanuel Calvo`). */
export function termDocs(snapshot: PoolSnapshot, term: string): Int32Array {
  const body = snapshot.index.postingsOf(term, 'body');
  const headline = snapshot.index.postingsOf(term, 'headline');
  return headline.length === 0 ? body : union(body, headline);
}

/** The body terms a text concept requires (its rarest bigrams for Chinese); null if one is unknown. */
export function requiredTerms(snapshot: PoolSnapshot, concept: TextConcept): string[] | null {
  const index = snapshot.index;
  const known = concept.terms.filter((t) => t.length > 1 || !isCjk(t));
  if (known.some((t) => !index.has(t))) return null;
  if (concept.literals.length > 0 && known.length > BIGRAMS_PER_LITERAL) {
    return [...known]
      .sort((a, b) => index.documentFrequency(a, 'body') - index.documentFrequency(b, 'body'))
      .slice(0, BIGRAMS_PER_LITERAL);
  }
  return known;
}

/**
 * True when the index alone cannot prove a concept: a literal longer than one bigram, or a lone
 * Chinese character (the index holds no single characters, so every résumé is a candidate until read).
 */
export function needsVerification(concept: Concept): boolean {
  return concept.kind === 'text' && concept.literals.some((l) => !(l.length === 2 && Array.from(l).every(isCjk)));
}

/**
 * Whether a document satisfies `concept` (for exclusions), as a test made once per concept: its
 * posting lists and literal bytes are looked up here, not again for each document asked about.
 */
export function holder(snapshot: PoolSnapshot, concept: Concept): (doc: number) => boolean {
  if (concept.kind === 'any') {
    const members = concept.members.map((m) => holder(snapshot, m));
    return (doc) => members.some((m) => m(doc));
  }
  if (concept.kind === 'taxonomy') {
    const postings = snapshot.index.postingsOf(concept.id, 'tags');
    return (doc) => hasPosting(postings, doc);
  }
  if (concept.literals.length > 0) {
    const literals = concept.literals.map(literalBytes);
    return (doc) => literals.every((l) => snapshot.texts.contains(doc, l));
  }
  if (concept.terms.length === 0) return () => false;
  const lists = concept.terms.map((t) => snapshot.index.postingsOf(t, 'body'));
  return (doc) => lists.every((postings) => hasPosting(postings, doc));
}

/** Documents that satisfy none of `concepts` (exclusions), as a test; null when there are none. */
export function excluding(snapshot: PoolSnapshot, concepts: readonly Concept[]): ((doc: number) => boolean) | null {
  if (concepts.length === 0) return null;
  const tests = concepts.map((c) => holder(snapshot, c));
  return (doc) => !tests.some((holds) => holds(doc));
}

/** UTF-8 bytes of the literals of recent queries (Chinese words, phrases), checked verbatim in the texts. */
export const literalCache = new LRUCache<string, Buffer>({ max: 256 });
export function literalBytes(literal: string): Buffer {
  let bytes = literalCache.get(literal);
  if (!bytes) {
    bytes = Buffer.from(literal, 'utf8');
    literalCache.set(literal, bytes);
  }
  return bytes;
}

export function hasPosting(postings: Int32Array, doc: number): boolean {
  let lo = 0;
  let hi = postings.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = postings[mid] as number;
    if (v === doc) return true;
    if (v < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Candidates that are not duplicates, pass the filters and `extra`. */
export function keep(ctx: Context, docs: Int32Array, extra: ((doc: number) => boolean) | null): Int32Array {
  const accept = acceptor(ctx, extra);
  if (!accept) return docs;
  const out = new Int32Array(docs.length);
  let w = 0;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as number;
    if (accept(doc)) out[w++] = doc;
  }
  return out.subarray(0, w);
}

/**
 * The test a candidate must pass (not a duplicate, the filters and years, `extra`), or null when
 * every document passes. With `duplicates: 'keep'` every file of a person may pass: the caller
 * shows each person once (see {@link personOf}).
 */
export function acceptor(
  ctx: Context,
  extra: ((doc: number) => boolean) | null,
  duplicates: 'drop' | 'keep' = 'drop',
): ((doc: number) => boolean) | null {
  const dups = duplicateMap(ctx.snapshot);
  const check = compileFilters(ctx.snapshot, ctx.filters, ctx.years, ctx.taxonomy);
  const drop = duplicates === 'drop' && dups.count > 0;
  if (!check && !extra && !drop) return null;
  const map = dups.map;
  return (doc) => (!drop || map[doc] !== 1) && (!check || check(doc)) && (!extra || extra(doc));
}

const persons = new WeakMap<PoolSnapshot, Int32Array>();

/**
 * The person each document belongs to: the document of the file the others of the same person
 * point at (`duplicateOf`), or itself. Two files of one person share it.
 */
export function personOf(snapshot: PoolSnapshot): Int32Array {
  let out = persons.get(snapshot);
  if (!out) {
    const person = new Int32Array(snapshot.profiles.length);
    snapshot.profiles.forEach((p, i) => {
      const first = p.duplicateOf === undefined ? undefined : snapshot.byId.get(p.duplicateOf);
      person[i] = first ?? i;
    });
    out = person;
    persons.set(snapshot, out);
  }
  return out;
}

export const duplicateMaps = new WeakMap<PoolSnapshot, { map: Uint8Array; count: number }>();

export function duplicateMap(snapshot: PoolSnapshot): { map: Uint8Array; count: number } {
  let entry = duplicateMaps.get(snapshot);
  if (!entry) {
    const map = new Uint8Array(snapshot.profiles.length);
    let count = 0;
    snapshot.profiles.forEach((p, i) => {
      if (p.duplicateOf !== undefined) {
        map[i] = 1;
        count++;
      }
    });
    entry = { map, count };
    duplicateMaps.set(snapshot, entry);
  }
  return entry;
}

export const allDocsCache = new WeakMap<PoolSnapshot, Int32Array>();

export function allDocs(snapshot: PoolSnapshot): Int32Array {
  let docs = allDocsCache.get(snapshot);
  if (!docs) {
    docs = new Int32Array(snapshot.profiles.length);
    for (let i = 0; i < docs.length; i++) docs[i] = i;
    allDocsCache.set(snapshot, docs);
  }
  return docs;
}
