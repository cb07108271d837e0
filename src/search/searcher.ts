import type { PoolSnapshot } from '../pool/snapshot.js';
import { filterContaining } from '../pool/verifier.js';
import type { Profile } from '../profile/profile.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { analyzeTerm, groupTerms, type Concept, type TaxonomyConcept, type TextConcept } from './concepts.js';
import { suggest } from './fuzzy.js';
import { compileFilters } from './filters.js';
import { intersect, type Clause } from './lunr-engine.js';
import { nearPairs, PROXIMITY_BOOST, proximityPattern } from './proximity.js';
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
  /** A phone number or e-mail address was left out of the query: contact details are never searchable. */
  readonly contactsDropped?: boolean;
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

/** Ranked matches returned unless the caller asks for more (a page is 5; the CLI may ask 1,000). */
const DEFAULT_LIMIT = 50;
/**
 * lunr scores the best `limit + MARGIN` candidates, picked by the same weights (scoreDocs computes
 * lunr's own score, measured cheaper than lunr for anything over a page), so ties at the cut are
 * still ordered by lunr.
 */
const MARGIN = 10;
/** For a Chinese literal, the index narrows candidates with its rarest bigrams; the rest is checked verbatim. */
const BIGRAMS_PER_LITERAL = 2;

export interface SearchOptions {
  /** How many ranked matches to return (the total is always exact). */
  readonly limit?: number;
}

/** Runs a query against a snapshot. Total: never throws on any input text. */
export function search(snapshot: PoolSnapshot, input: string | ParsedQuery, taxonomy: Taxonomy, options: SearchOptions = {}): SearchOutcome {
  const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_LIMIT, 10_000));
  const queryText = typeof input === 'string' ? input : '';
  const parsed = typeof input === 'string' ? parseQuery(input) : input;
  const concepts = groupTerms(parsed.terms, taxonomy).flatMap((t) => analyzeTerm(t, taxonomy));
  const filterConcepts: Concept[] = [];
  const structured: QueryFilter[] = [];
  for (const filter of parsed.filters) {
    if (filter.field === 'skill') {
      const analyzed = analyzeTerm({ text: filter.value, phrase: false, presence: filter.negated ? 'prohibited' : 'required' }, taxonomy);
      filterConcepts.push(...analyzed);
    } else structured.push(filter);
  }
  const all = [...concepts, ...filterConcepts];
  const understood = describe(all, structured, parsed, taxonomy);
  const positive = all.filter((c) => c.presence !== 'prohibited');
  const empty = positive.length === 0 && structured.filter((f) => !f.negated).length === 0 && !parsed.years;
  const base = { query: queryText, understood, concepts: all };
  if (empty) return { ...base, total: 0, matches: [], relaxed: false, didYouMean: [], empty: true };

  const context: Context = { snapshot, taxonomy, filters: structured, years: parsed.years, limit };
  let outcome = strict(context, all);
  const didYouMean: { from: string; to: string }[] = [];
  if (outcome.total === 0) {
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
    if (didYouMean.length > 0) outcome = strict(context, corrected);
  }
  let relaxed = false;
  if (outcome.total === 0 && positive.filter((c) => c.presence === 'default').length > 1) {
    outcome = partial(context, all);
    relaxed = outcome.total > 0;
  }
  return { ...base, total: outcome.total, matches: outcome.matches, relaxed, didYouMean, empty: false };
}

interface Context {
  readonly snapshot: PoolSnapshot;
  readonly taxonomy: Taxonomy;
  readonly filters: readonly QueryFilter[];
  readonly years: YearsRange | null;
  readonly limit: number;
}

interface Ranked {
  readonly total: number;
  readonly matches: CandidateMatch[];
}

/** Every concept must hold: an exact candidate set, then lunr's ranking of its best. */
function strict(ctx: Context, concepts: readonly Concept[]): Ranked {
  const pos = concepts.filter((c) => c.presence !== 'prohibited');
  const neg = concepts.filter((c) => c.presence === 'prohibited');
  let docs: Int32Array | null = null;
  for (const concept of [...pos].sort((a, b) => estimate(ctx, a) - estimate(ctx, b))) {
    const set = conceptDocs(ctx.snapshot, concept);
    docs = docs === null ? set : intersect(docs, set);
    if (docs.length === 0) return { total: 0, matches: [] };
  }
  let narrowed = docs ?? allDocs(ctx.snapshot);
  for (const concept of pos) {
    if (!needsVerification(concept)) continue;
    for (const literal of (concept as TextConcept).literals) narrowed = filterContaining(ctx.snapshot.texts, narrowed, literalBytes(literal));
  }
  const candidates = keep(ctx, narrowed, neg.length === 0 ? null : (doc) => !neg.some((c) => holds(ctx.snapshot, doc, c)));
  if (pos.length === 0) {
    // Filters only (`company:美团`, `5年以上`): most experienced first.
    // Most experienced first: sort (years, doc) packed into one number, natively.
    const keys = new Float64Array(candidates.length);
    for (let i = 0; i < candidates.length; i++) {
      const doc = candidates[i] as number;
      // Tenths of a year as an integer keep the packed key exact.
      keys[i] = (1000 - Math.round(((ctx.snapshot.profiles[doc] as Profile).years ?? -1) * 10)) * 1e7 + doc;
    }
    keys.sort();
    const best = Array.from(keys.subarray(0, ctx.limit), (k) => k % 1e7);
    return { total: candidates.length, matches: best.map((doc) => match(ctx.snapshot, doc, 0, [])) };
  }
  const clauses = pos.flatMap((c) => clausesFor(ctx.snapshot, c) ?? []);
  const ranked = pos.length < 2 ? rank(ctx, clauses, candidates) : byProximity(ctx, pos, rank({ ...ctx, limit: ctx.limit + PROXIMITY_EXTRA }, clauses, candidates));
  return { total: candidates.length, matches: ranked.map((h) => match(ctx.snapshot, h.doc, h.score, pos)) };
}

/** Nobody matches everything: rank by how many concepts each candidate meets, then by lunr. */
function partial(ctx: Context, concepts: readonly Concept[]): Ranked {
  const mustHave = concepts.filter((c) => c.presence === 'required');
  const optional = concepts.filter((c) => c.presence === 'default');
  const neg = concepts.filter((c) => c.presence === 'prohibited');
  let base: Int32Array | null = null;
  for (const c of mustHave) base = base === null ? conceptDocs(ctx.snapshot, c) : intersect(base, conceptDocs(ctx.snapshot, c));
  const matchedBy = new Map<number, Concept[]>();
  for (const concept of optional) {
    let set = conceptDocs(ctx.snapshot, concept);
    if (base) set = intersect(set, base);
    for (const doc of set) {
      if (!verified(ctx.snapshot, doc, concept)) continue;
      const list = matchedBy.get(doc) ?? [...mustHave];
      list.push(concept);
      matchedBy.set(doc, list);
    }
  }
  const candidates = keep(ctx, Int32Array.from([...matchedBy.keys()].sort((a, b) => a - b)), (doc) =>
    mustHave.every((c) => verified(ctx.snapshot, doc, c)) && !neg.some((c) => holds(ctx.snapshot, doc, c)),
  );
  const clauses = [...mustHave, ...optional].flatMap((c) =>
    (clausesFor(ctx.snapshot, c) ?? []).map((cl) => (c.presence === 'default' && cl.presence === 'required' ? { ...cl, presence: 'optional' as const } : cl)),
  );
  // Group by how many concepts matched; lunr orders within each group.
  const groups = new Map<number, number[]>();
  for (const doc of candidates) {
    const n = (matchedBy.get(doc) as Concept[]).length;
    groups.set(n, [...(groups.get(n) ?? []), doc]);
  }
  const matches: CandidateMatch[] = [];
  for (const n of [...groups.keys()].sort((a, b) => b - a)) {
    if (matches.length >= ctx.limit) break;
    const ranked = rank({ ...ctx, limit: ctx.limit - matches.length }, clauses, Int32Array.from(groups.get(n) as number[]));
    for (const h of ranked) matches.push(match(ctx.snapshot, h.doc, h.score, matchedBy.get(h.doc) as Concept[]));
  }
  return { total: candidates.length, matches };
}

/**
 * lunr's ranking of `candidates`, best `limit` first. When there are more than `limit + MARGIN`,
 * the best of them by the index's own BM25 weights (exactly what lunr's scoring computes) are
 * handed to lunr, so lunr's work stays bounded whatever the query.
 */
function rank(ctx: Context, clauses: readonly Clause[], candidates: Int32Array): { doc: number; score: number }[] {
  if (candidates.length === 0) return [];
  let pool: ArrayLike<number> = candidates;
  const wanted = ctx.limit + MARGIN;
  if (candidates.length > wanted) {
    const scores = ctx.snapshot.index.scoreDocs(clauses, candidates);
    // The wanted-th best score, then everyone at or above it (ties at the cut included).
    const threshold = kthLargest(scores.slice(), wanted);
    const chosen: number[] = [];
    for (let i = 0; i < candidates.length; i++) if ((scores[i] as number) >= threshold) chosen.push(candidates[i] as number);
    pool = chosen;
  }
  // Documents that satisfy the concepts always match the clauses; lunr gives every one a score.
  const hits = ctx.snapshot.index.query(clauses, pool);
  return hits
    .map((h) => ({ doc: h.doc, score: h.score }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .slice(0, ctx.limit);
}

/** With several concepts, lunr's best are re-ordered by proximity: this many beyond the page are looked at … */
const PROXIMITY_EXTRA = 10;
/** … and never more than this many in all (the first pages; past them lunr's order stands). */
const PROXIMITY_MAX = 30;

/** Re-orders the head of a ranking so résumés where the concepts stand together come first (see proximity.ts). */
function byProximity(ctx: Context, concepts: readonly Concept[], ranked: readonly { doc: number; score: number }[]): { doc: number; score: number }[] {
  const patterns = concepts.map((c) => proximityPattern(c, ctx.taxonomy));
  const pairs = concepts.length - 1;
  const head = ranked.slice(0, PROXIMITY_MAX).map((h) => ({ doc: h.doc, score: h.score * (1 + (PROXIMITY_BOOST * nearPairs(ctx.snapshot.texts, h.doc, patterns)) / pairs) }));
  head.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return [...head, ...ranked.slice(PROXIMITY_MAX)].slice(0, ctx.limit);
}

/** The k-th largest value (1-based) of `values`, which it reorders: quickselect, linear on average. */
export function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = Math.min(Math.max(k, 1), values.length) - 1;
  while (lo < hi) {
    // Median of three as the pivot; partition into larger | pivot | smaller.
    const mid = (lo + hi) >> 1;
    const a = values[lo] as number;
    const b = values[mid] as number;
    const c = values[hi] as number;
    const pivot = a > b ? (b > c ? b : a > c ? c : a) : a > c ? a : b > c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] as number;
}

/** A rough size of a concept's document set, to intersect the smallest first. */
function estimate(ctx: Context, concept: Concept): number {
  const index = ctx.snapshot.index;
  if (concept.kind === 'taxonomy') return index.documentFrequency(concept.id, 'tags');
  const first = concept.terms[0];
  return first ? index.documentFrequency(first, 'body') : ctx.snapshot.profiles.length;
}

/** Documents the index says may hold `concept` (exact for skills and Latin words; Chinese literals are verified after). */
function conceptDocs(snapshot: PoolSnapshot, concept: Concept): Int32Array {
  const index = snapshot.index;
  // `tags` holds every skill a résumé has, strong or passing (see fields.ts).
  if (concept.kind === 'taxonomy') return index.postingsOf(concept.id, 'tags');
  if (requiredTerms(snapshot, concept) === null) return new Int32Array(0);
  // Every bigram narrows (intersections are cheap); fewer résumés are left to check verbatim.
  const terms = concept.terms.filter((t) => t.length > 1 || !/[\u3400-\u9fff]/.test(t));
  if (terms.length === 0) return allDocs(snapshot); // a lone Chinese character: checked verbatim
  let docs: Int32Array | null = null;
  for (const t of terms) docs = docs === null ? index.postingsOf(t, 'body') : intersect(docs, index.postingsOf(t, 'body'));
  return docs ?? new Int32Array(0);
}

/** The body terms a text concept requires (its rarest bigrams for Chinese); null if one is unknown. */
function requiredTerms(snapshot: PoolSnapshot, concept: TextConcept): string[] | null {
  const index = snapshot.index;
  const known = concept.terms.filter((t) => t.length > 1 || !/[\u3400-\u9fff]/.test(t));
  if (known.some((t) => !index.has(t))) return null;
  if (concept.literals.length > 0 && known.length > BIGRAMS_PER_LITERAL) {
    return [...known].sort((a, b) => index.documentFrequency(a, 'body') - index.documentFrequency(b, 'body')).slice(0, BIGRAMS_PER_LITERAL);
  }
  return known;
}

/**
 * lunr clauses for one concept: required terms that every match has, plus optional ones that only
 * rank (a skill named in a skills section or the headline scores above a passing mention).
 */
function clausesFor(snapshot: PoolSnapshot, concept: Concept): Clause[] | null {
  if (concept.kind === 'taxonomy') {
    if (!snapshot.index.has(concept.id)) return null;
    return [{ term: concept.id, fields: ['skills', 'tags'], presence: 'required' }];
  }
  const required = requiredTerms(snapshot, concept);
  if (required === null) return null;
  const clauses: Clause[] = required.map((term) => ({ term, fields: ['body'], presence: 'required' }));
  for (const term of concept.terms) {
    if (!snapshot.index.has(term)) continue;
    // Every bigram of a literal scores, not only the rarest ones that narrowed the candidates.
    if (!required.includes(term)) clauses.push({ term, fields: ['body'], presence: 'optional' });
    clauses.push({ term, fields: ['headline'], presence: 'optional' });
  }
  return clauses;
}

/** True when the index alone cannot prove a concept (a literal longer than one bigram). */
function needsVerification(concept: Concept): boolean {
  return concept.kind === 'text' && concept.literals.some((l) => !(l.length <= 2 && /^[\u3400-\u9fff]+$/.test(l)));
}

/** Chinese literals and phrases, checked verbatim (bigrams alone can straddle words). */
function verified(snapshot: PoolSnapshot, doc: number, concept: Concept): boolean {
  if (!needsVerification(concept)) return true;
  return (concept as TextConcept).literals.every((l) => snapshot.texts.contains(doc, literalBytes(l)));
}

/** Does document `doc` satisfy `concept`? (For exclusions.) */
function holds(snapshot: PoolSnapshot, doc: number, concept: Concept): boolean {
  if (concept.kind === 'taxonomy') return hasPosting(snapshot.index.postingsOf(concept.id, 'tags'), doc);
  if (concept.literals.length > 0) return concept.literals.every((l) => snapshot.texts.contains(doc, literalBytes(l)));
  return concept.terms.length > 0 && concept.terms.every((t) => hasPosting(snapshot.index.postingsOf(t, 'body'), doc));
}

const literalCache = new Map<string, Buffer>();
function literalBytes(literal: string): Buffer {
  let bytes = literalCache.get(literal);
  if (!bytes) {
    if (literalCache.size > 256) literalCache.clear();
    bytes = Buffer.from(literal, 'utf8');
    literalCache.set(literal, bytes);
  }
  return bytes;
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

/** Candidates that are not duplicates, pass the filters and `extra`. */
function keep(ctx: Context, docs: Int32Array, extra: ((doc: number) => boolean) | null): Int32Array {
  const duplicates = duplicateMap(ctx.snapshot);
  const check = compileFilters(ctx.snapshot, ctx.filters, ctx.years, ctx.taxonomy);
  if (!check && !extra && duplicates.count === 0) return docs;
  const out = new Int32Array(docs.length);
  let w = 0;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as number;
    if (duplicates.map[doc] === 1) continue;
    if (check && !check(doc)) continue;
    if (extra && !extra(doc)) continue;
    out[w++] = doc;
  }
  return out.subarray(0, w);
}

const duplicateMaps = new WeakMap<PoolSnapshot, { map: Uint8Array; count: number }>();

function duplicateMap(snapshot: PoolSnapshot): { map: Uint8Array; count: number } {
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

const allDocsCache = new WeakMap<PoolSnapshot, Int32Array>();

function allDocs(snapshot: PoolSnapshot): Int32Array {
  let docs = allDocsCache.get(snapshot);
  if (!docs) {
    docs = new Int32Array(snapshot.profiles.length);
    for (let i = 0; i < docs.length; i++) docs[i] = i;
    allDocsCache.set(snapshot, docs);
  }
  return docs;
}

function match(snapshot: PoolSnapshot, doc: number, score: number, concepts: readonly Concept[]): CandidateMatch {
  return { doc, profile: snapshot.profiles[doc] as Profile, score, matchedConcepts: concepts };
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
    ...(parsed.contactsDropped ? { contactsDropped: true } : {}),
  };
}

/**
 * Candidates like `doc`: anyone sharing one of its strongest skills, ranked by lunr over all of
 * them (shared strong skills and titles count most). The candidate itself and duplicates are left
 * out.
 */
export function searchSimilar(snapshot: PoolSnapshot, doc: number, taxonomy: Taxonomy, options: SearchOptions = {}): SearchOutcome {
  const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_LIMIT, 10_000));
  const profile = snapshot.profiles[doc] as Profile;
  const skills = profile.skills.filter((s) => taxonomy.kind(s.id) !== 'concept' || s.strong).slice(0, 8);
  const concepts: TaxonomyConcept[] = skills.map((s) => ({ kind: 'taxonomy', typed: s.label, id: s.id, label: s.label, presence: 'default' }));
  const understood: Understood = {
    concepts: concepts.map((c) => ({ typed: c.typed, as: c.label, kind: 'skill', presence: 'default' })),
    filters: [],
    years: null,
    notes: [],
  };
  const base = { query: '', understood, concepts };
  if (concepts.length === 0) return { ...base, total: 0, matches: [], relaxed: false, didYouMean: [], empty: false };
  const ctx: Context = { snapshot, taxonomy, filters: [], years: null, limit };
  const lists = concepts.map((c) => snapshot.index.postingsOf(c.id, 'tags'));
  const seen = new Uint8Array(snapshot.profiles.length);
  for (const list of lists) for (const d of list) seen[d] = 1;
  seen[doc] = 0;
  const all: number[] = [];
  seen.forEach((v, d) => {
    if (v === 1) all.push(d);
  });
  const candidates = keep(ctx, Int32Array.from(all), null);
  const clauses: Clause[] = skills.map((s) => ({ term: s.id, fields: ['skills', 'tags'], presence: 'optional', boost: s.strong ? 2 : 1 }));
  const ranked = rank(ctx, clauses, candidates);
  const matches = ranked.map((h) => {
    const p = snapshot.profiles[h.doc] as Profile;
    const shared = concepts.filter((c) => p.skills.some((s) => s.id === c.id));
    return match(snapshot, h.doc, h.score, shared);
  });
  return { ...base, total: candidates.length, matches, relaxed: false, didYouMean: [], empty: false };
}
