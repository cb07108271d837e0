import type { PoolSnapshot } from '../pool/snapshot.js';
import { degreeRank, type DegreeId, type Profile } from '../profile/profile.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { fold, foldQuery } from '../text/fold.js';
import { analyzeTerm, type Concept, type TaxonomyConcept, type TextConcept } from './concepts.js';
import { suggest } from './fuzzy.js';
import type { Clause } from './lunr-engine.js';
import { parseQuery, type ParsedQuery, type QueryFilter, type YearsRange } from './query-language.js';

/** How the query was read, for "Searching: Kafka · 5+ years · Beijing" and for `--json`. */
export interface Understood {
  readonly concepts: readonly {
    readonly typed: string;
    readonly as: string;
    readonly kind: 'skill' | 'text';
    readonly presence: 'default' | 'required' | 'prohibited';
  }[];
  readonly filters: readonly { readonly field: string; readonly value: string; readonly negated: boolean; readonly as?: string }[];
  readonly years: YearsRange | null;
  readonly notes: readonly string[];
}

/** One matching candidate. */
export interface CandidateMatch {
  readonly doc: number;
  readonly profile: Profile;
  readonly score: number;
  /** Concepts this candidate satisfies (all of them unless the result is relaxed). */
  readonly matchedConcepts: readonly Concept[];
}

export interface SearchOutcome {
  readonly query: string;
  readonly understood: Understood;
  /** Concepts the query asked for, in order. */
  readonly concepts: readonly Concept[];
  readonly total: number;
  /** All matches, best first (page them with `slice`). */
  readonly matches: readonly CandidateMatch[];
  /** True when nobody matched everything and these are the best partial matches. */
  readonly relaxed: boolean;
  readonly didYouMean: readonly { readonly from: string; readonly to: string }[];
  /** True when the query asked for nothing: show help, never the whole pool. */
  readonly empty: boolean;
}

/** Top candidates at most (a recruiter pages through tens, not thousands). */
const MAX_MATCHES = 1000;
/** For a Chinese literal, the index narrows candidates with its rarest bigrams; the rest is checked verbatim. */
const BIGRAMS_PER_LITERAL = 2;

/** Runs a query against a snapshot. Total: never throws on any input text. */
export function search(snapshot: PoolSnapshot, input: string | ParsedQuery, taxonomy: Taxonomy): SearchOutcome {
  const queryText = typeof input === 'string' ? input : '';
  const parsed = typeof input === 'string' ? parseQuery(input) : input;
  const concepts = parsed.terms.flatMap((t) => analyzeTerm(t, taxonomy));
  const filterConcepts: Concept[] = [];
  const structured: QueryFilter[] = [];
  for (const filter of parsed.filters) {
    if (filter.field === 'skill') {
      const analyzed = analyzeTerm({ text: filter.value, phrase: true, presence: filter.negated ? 'prohibited' : 'required' }, taxonomy);
      filterConcepts.push(...analyzed);
    } else structured.push(filter);
  }
  const all = [...concepts, ...filterConcepts];
  const understood = describe(all, structured, parsed, taxonomy);
  const positive = all.filter((c) => c.presence !== 'prohibited');
  const empty = positive.length === 0 && structured.filter((f) => !f.negated).length === 0 && !parsed.years;
  const base = { query: queryText, understood, concepts: all };
  if (empty) return { ...base, total: 0, matches: [], relaxed: false, didYouMean: [], empty: true };

  const run = (list: readonly Concept[]): CandidateMatch[] => {
    const pos = list.filter((c) => c.presence !== 'prohibited');
    const neg = list.filter((c) => c.presence === 'prohibited');
    let matches = pos.length > 0 ? matchAll(snapshot, pos, taxonomy) : everyone(snapshot);
    matches = matches.filter((m) => m.profile.duplicateOf === undefined && !neg.some((c) => satisfies(snapshot, m.doc, c)));
    matches = matches.filter((m) => passesFilters(m.profile, structured, parsed.years, taxonomy));
    if (pos.length === 0) matches.sort(byExperience);
    return matches;
  };

  let matches = run(all);
  let relaxed = false;
  const didYouMean: { from: string; to: string }[] = [];
  if (matches.length === 0) {
    // A Latin word that is nowhere in the pool is probably a typo: `kafak` → kafka.
    const corrected = all.map((c) => {
      if (c.kind !== 'text' || c.literals.length > 0 || c.presence === 'prohibited') return c;
      const word = c.terms[0];
      if (!word || snapshot.index.has(word)) return c;
      const to = suggest(word, snapshot.index, taxonomy);
      if (!to) return c;
      didYouMean.push({ from: c.typed, to });
      return analyzeTerm({ text: to, phrase: false, presence: c.presence }, taxonomy)[0] ?? c;
    });
    if (didYouMean.length > 0) matches = run(corrected);
  }
  if (matches.length === 0 && positive.filter((c) => c.presence === 'default').length > 1) {
    matches = relaxedMatches(snapshot, all, taxonomy).filter(
      (m) => m.profile.duplicateOf === undefined && passesFilters(m.profile, structured, parsed.years, taxonomy),
    );
    relaxed = matches.length > 0;
  }
  return { ...base, total: matches.length, matches: matches.slice(0, MAX_MATCHES), relaxed, didYouMean, empty: false };
}

/** Candidates satisfying every concept, ranked by lunr's BM25 score over the boosted fields. */
function matchAll(snapshot: PoolSnapshot, concepts: readonly Concept[], taxonomy: Taxonomy): CandidateMatch[] {
  const clauses: Clause[] = [];
  const literals: Buffer[] = [];
  let scanOnly = true;
  for (const concept of concepts) {
    const own = clausesFor(snapshot, concept);
    if (own === null) return []; // a required term the pool has never seen
    if (own.length > 0) scanOnly = false;
    clauses.push(...own);
    if (concept.kind === 'text') for (const l of concept.literals) literals.push(Buffer.from(l, 'utf8'));
  }
  void taxonomy;
  const candidates: { doc: number; score: number }[] = scanOnly
    ? Array.from({ length: snapshot.profiles.length }, (_, doc) => ({ doc, score: 0 }))
    : snapshot.index.query(clauses);
  const out: CandidateMatch[] = [];
  for (const c of candidates) {
    if (literals.some((l) => !snapshot.texts.contains(c.doc, l))) continue;
    out.push({ doc: c.doc, profile: snapshot.profiles[c.doc] as Profile, score: c.score, matchedConcepts: concepts });
  }
  return out;
}

/**
 * lunr clauses for one concept: required terms that every match has, plus optional ones that only
 * rank (a skill named in a skills section or the headline scores above a passing mention).
 * Null when a required term is not in the index at all (nothing can match).
 */
function clausesFor(snapshot: PoolSnapshot, concept: Concept): Clause[] | null {
  if (concept.kind === 'taxonomy') {
    if (!snapshot.index.has(concept.id)) return null;
    return [{ term: concept.id, fields: ['skills', 'tags'], presence: 'required' }];
  }
  const index = snapshot.index;
  const known = concept.terms.filter((t) => t.length > 1 || !/[\u3400-\u9fff]/.test(t));
  if (known.some((t) => !index.has(t))) return null;
  let required = known;
  if (concept.literals.length > 0 && known.length > BIGRAMS_PER_LITERAL) {
    // The rarest bigrams narrow the most; the verbatim check does the rest.
    required = [...known].sort((a, b) => index.documentFrequency(a, 'body') - index.documentFrequency(b, 'body')).slice(0, BIGRAMS_PER_LITERAL);
  }
  const clauses: Clause[] = required.map((term) => ({ term, fields: ['body'], presence: 'required' }));
  for (const term of known) clauses.push({ term, fields: ['headline'], presence: 'optional' });
  return clauses;
}

/** Does document `doc` satisfy `concept`? (Used for exclusions and partial matches.) */
function satisfies(snapshot: PoolSnapshot, doc: number, concept: Concept): boolean {
  if (concept.kind === 'taxonomy') return hasPosting(snapshot.index.postingsOf(concept.id, 'tags'), doc);
  if (concept.literals.length > 0) return concept.literals.every((l) => snapshot.texts.contains(doc, Buffer.from(l, 'utf8')));
  return concept.terms.every((t) => hasPosting(snapshot.index.postingsOf(t, 'body'), doc));
}

function hasPosting(postings: Int32Array, doc: number): boolean {
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

/** Nobody matches everything: rank by how many concepts each candidate meets, then by score. */
function relaxedMatches(snapshot: PoolSnapshot, concepts: readonly Concept[], taxonomy: Taxonomy): CandidateMatch[] {
  const mustHave = concepts.filter((c) => c.presence === 'required');
  const optional = concepts.filter((c) => c.presence === 'default');
  const prohibited = concepts.filter((c) => c.presence === 'prohibited');
  const byDoc = new Map<number, { score: number; matched: Concept[] }>();
  for (const concept of optional) {
    for (const m of matchAll(snapshot, [...mustHave, concept], taxonomy)) {
      const entry = byDoc.get(m.doc) ?? { score: 0, matched: [...mustHave] };
      entry.score += m.score;
      entry.matched.push(concept);
      byDoc.set(m.doc, entry);
    }
  }
  return [...byDoc.entries()]
    .filter(([doc]) => !prohibited.some((c) => satisfies(snapshot, doc, c)))
    .map(([doc, e]) => ({ doc, profile: snapshot.profiles[doc] as Profile, score: e.score, matchedConcepts: e.matched }))
    .sort((a, b) => b.matchedConcepts.length - a.matchedConcepts.length || b.score - a.score);
}

function everyone(snapshot: PoolSnapshot): CandidateMatch[] {
  return snapshot.profiles.map((profile, doc) => ({ doc, profile, score: 0, matchedConcepts: [] }));
}

function byExperience(a: CandidateMatch, b: CandidateMatch): number {
  return (b.profile.years ?? -1) - (a.profile.years ?? -1) || a.profile.displayName.localeCompare(b.profile.displayName);
}

// ── Structured filters ────────────────────────────────────────────────────────────────────────

function passesFilters(profile: Profile, filters: readonly QueryFilter[], years: YearsRange | null, taxonomy: Taxonomy): boolean {
  if (years) {
    if (profile.years === null) return false;
    if (years.min !== undefined && profile.years < years.min) return false;
    if (years.max !== undefined && profile.years > years.max) return false;
  }
  for (const filter of filters) {
    const ok = filterMatches(profile, filter, taxonomy);
    if (ok === filter.negated) return false;
  }
  return true;
}

function filterMatches(profile: Profile, filter: QueryFilter, taxonomy: Taxonomy): boolean {
  const value = foldQuery(filter.value).trim();
  if (value === '') return true;
  const id = taxonomy.lookup(value);
  const contains = (text: string | null | undefined): boolean => !!text && fold(text).includes(value);
  switch (filter.field) {
    case 'company':
      return (id !== undefined && profile.companyIds.includes(id)) || profile.work.some((w) => contains(w.company));
    case 'school':
      return (id !== undefined && profile.schoolIds.includes(id)) || profile.education.some((e) => contains(e.school));
    case 'city':
      return (id !== undefined && profile.cityId === id) || contains(profile.city);
    case 'degree': {
      const wanted = id && taxonomy.kind(id) === 'degree' ? (id as DegreeId) : null;
      return wanted ? degreeRank(profile.highestDegree) >= degreeRank(wanted) : contains(profile.highestDegree);
    }
    case 'title': {
      const titles = [profile.headline, profile.targetRole, ...profile.work.map((w) => w.title)];
      if (titles.some(contains)) return true;
      if (id === undefined) return false;
      const family = new Set([id, ...taxonomy.descendants(id)]);
      return titles.some((t) => !!t && taxonomy.findAll(fold(t)).some((h) => family.has(h.id) || taxonomy.ancestors(h.id).includes(id)));
    }
    case 'name':
      return contains(profile.name) || contains(profile.displayName);
    case 'skill':
      return profile.skills.some((s) => s.id === id);
  }
}

// ── Understood ────────────────────────────────────────────────────────────────────────────────

function describe(concepts: readonly Concept[], filters: readonly QueryFilter[], parsed: ParsedQuery, taxonomy: Taxonomy): Understood {
  return {
    concepts: concepts.map((c) =>
      c.kind === 'taxonomy'
        ? { typed: c.typed, as: (c as TaxonomyConcept).label, kind: 'skill', presence: c.presence }
        : { typed: c.typed, as: (c as TextConcept).typed, kind: 'text', presence: c.presence },
    ),
    filters: filters.map((f) => {
      const id = taxonomy.lookup(f.value);
      return id ? { ...f, as: taxonomy.label(id) } : { ...f };
    }),
    years: parsed.years,
    notes: parsed.notes,
  };
}
