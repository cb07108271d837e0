import type { PoolSnapshot } from '../pool/snapshot.js';
import { filterContaining } from '../pool/verifier.js';
import { monthsWith, SKILL_KINDS, type Profile } from '../profile/profile.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { alternatives, analyzeTerm, conceptName, groupTerms, isWeak, type Concept, type TaxonomyConcept, type TextConcept } from './concepts.js';
import { findByName } from './names.js';
import { suggest } from './fuzzy.js';
import { compileFilters } from './filters.js';
import { intersect, type Clause } from './lunr-engine.js';
import { nearPairs, PROXIMITY_BOOST, proximityPattern } from './proximity.js';
import { parseQuery, type ParsedQuery, type QueryFilter, type QueryTerm, type YearsRange } from './query-language.js';
import { fold } from '../text/fold.js';

/** How the query was read, for "Searching: Kafka · 5+ years · Beijing" and for `--json`. */
export interface Understood {
  readonly concepts: readonly {
    readonly typed: string;
    readonly as: string;
    readonly kind: 'skill' | 'text';
    readonly presence: 'default' | 'required' | 'prohibited';
    /** Years with this skill (`3年以上Go经验`, `years:go>=3`), apart from total years. */
    readonly years?: YearsRange;
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
  /** Concepts this candidate shows (requirements, then the ranked concepts it has). */
  readonly matchedConcepts: readonly Concept[];
  /** Ranked concepts of the query this candidate does not show ("matches 3 of 4 · ✗ CI/CD"). */
  readonly missedConcepts: readonly Concept[];
}

export interface SearchOutcome {
  readonly query: string;
  readonly understood: Understood;
  /** Concepts the query asked for, in order. */
  readonly concepts: readonly Concept[];
  readonly total: number;
  /** All matches, best first (page them with `slice`). */
  readonly matches: readonly CandidateMatch[];
  /** True when nobody shows every concept of the query: the best show most of them. */
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
  const structured: QueryFilter[] = [];
  const filterConcepts: Concept[] = [];
  for (const filter of parsed.filters) {
    if (filter.field === 'skill') {
      const analyzed = analyzeTerm({ text: filter.value, phrase: false, presence: filter.negated ? 'prohibited' : 'required' }, taxonomy);
      filterConcepts.push(...analyzed);
    } else structured.push(filter);
  }
  const notes = [...parsed.notes];
  // `years:go>=3`: years with that skill, required.
  for (const { skill, range } of parsed.skillYears ?? []) {
    const analyzed = analyzeTerm({ text: skill, phrase: false, presence: 'required' }, taxonomy);
    const known = analyzed.find((c): c is TaxonomyConcept => c.kind === 'taxonomy' && SKILL_KINDS.has(taxonomy.kind(c.id) ?? ''));
    if (known) filterConcepts.push({ ...known, years: range });
    else {
      notes.push(`years:${skill} — "${skill}" is not a skill years can be counted for; searched as a word`);
      filterConcepts.push(...analyzed);
    }
  }
  let concepts = conceptsOf(parsed, taxonomy);
  // Natural years next to a skill (`8年以上Python开发经验`, `5+ years of Java`) are years with it.
  let years = parsed.years;
  const context = parsed.yearsContext;
  const tied = context ? skillNextToYears(concepts, context, taxonomy) : -1;
  if (context && tied >= 0) {
    concepts = concepts.map((c, i) => (i === tied && c.kind === 'taxonomy' ? { ...c, years: context.range } : c));
    years = context.rest;
  }
  // A degree named as a word (`硕士`, `PhD`, `研究生`) means "at least this degree": a filter.
  // It still ranks: a résumé naming the degree outright comes before one whose profile implies it.
  const rankOnly: Concept[] = [];
  concepts = concepts.filter((c) => {
    if (c.kind !== 'taxonomy' || !DEGREE_LEVELS.has(c.id) || c.presence === 'prohibited') return true;
    structured.push({ field: 'degree', value: c.id, negated: false });
    rankOnly.push(c);
    return false;
  });
  // Latin words that name someone in the pool (`zhang linwei`, `Linwei Zhang`): that person first.
  const named = nameConcept(snapshot, concepts);
  if (named) concepts = named.concepts;
  // A Latin word that is nowhere in the pool is probably a typo: `kafak` → kafka.
  const didYouMean: { from: string; to: string }[] = [];
  concepts = concepts.map((c) => correct(snapshot, taxonomy, c, didYouMean));

  const all = [...concepts, ...filterConcepts];
  const understood = describe(all, structured, { ...parsed, years, notes }, taxonomy);
  const positive = all.filter((c) => c.presence !== 'prohibited');
  const empty = positive.length === 0 && !named && structured.filter((f) => !f.negated).length === 0 && !years;
  const base = { query: queryText, understood, concepts: all };
  if (empty) return { ...base, total: 0, matches: [], relaxed: false, didYouMean: [], empty: true };

  const ctx: Context = { snapshot, taxonomy, filters: structured, years, limit };
  const outcome = ranked(ctx, all, named, rankOnly);
  return { ...base, total: outcome.total, matches: outcome.matches, relaxed: outcome.relaxed, didYouMean, empty: false };
}

/** Degree levels that a plain word turns into an "at least" filter (MBA and the like stay skills). */
const DEGREE_LEVELS = new Set(['phd', 'master', 'bachelor', 'associate']);

/**
 * The skill that natural years are about, or -1: the skill right after them (`8年以上Python开发经验`,
 * `5+ years of Java`, `at least 2 years Kubernetes`), or right before them when they end in an
 * experience word (`Go 3年以上经验`, `golang developer with 5+ years experience`). Only filler may
 * stand between; anything else (`golang 5年以上`, `kafka city:北京 5年以上`) leaves them total years.
 */
function skillNextToYears(concepts: readonly Concept[], context: NonNullable<ParsedQuery['yearsContext']>, taxonomy: Taxonomy): number {
  const after = fold(context.after);
  const before = fold(context.before);
  let best = -1;
  let bestDistance = Infinity;
  concepts.forEach((c, i) => {
    if (c.kind !== 'taxonomy' || c.presence === 'prohibited' || !SKILL_KINDS.has(taxonomy.kind(c.id) ?? '')) return;
    const typed = fold(c.typed).trim();
    if (typed === '') return;
    const a = after.indexOf(typed);
    const b = context.experience ? before.lastIndexOf(typed) : -1;
    const distance = Math.min(
      a >= 0 && YEARS_FILLER.test(after.slice(0, a)) ? a : Infinity,
      b >= 0 && YEARS_FILLER.test(before.slice(b + typed.length)) ? before.length - (b + typed.length) + 0.5 : Infinity,
    );
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}

/** What may stand between years and their skill: `of`, `with`, `的`, role words. */
const YEARS_FILLER = /^(?:\s|的|of|in|with|using|on|hands-on|开发|编程|使用|语言|developer|development|engineer|programming|工程师|programmer)*$/i;

/** The query's terms as concepts: multi-word skills joined, alternatives grouped. */
function conceptsOf(parsed: ParsedQuery, taxonomy: Taxonomy): Concept[] {
  const out: Concept[] = [];
  const groups = new Map<number, { typed: string[]; members: Concept[]; presence: QueryTerm['presence']; at: number }>();
  for (const term of groupTerms(parsed.terms, taxonomy)) {
    const analyzed = analyzeTerm(term, taxonomy);
    if (term.group === undefined) {
      out.push(...analyzed);
      continue;
    }
    // `Unity或Cocos游戏开发`: only the concept next to the connector is an alternative (Cocos);
    // the rest of the term (游戏开发) is a concept of its own.
    const group = groups.get(term.group);
    if (group) {
      const [member, ...rest] = analyzed;
      if (member) {
        group.typed.push(member.typed);
        group.members.push(member);
      }
      out.push(...rest);
    } else {
      const member = analyzed[analyzed.length - 1];
      out.push(...analyzed.slice(0, -1));
      groups.set(term.group, { typed: member ? [member.typed] : [], members: member ? [member] : [], presence: term.presence, at: out.length });
      out.push({ kind: 'any', typed: '', members: [], presence: 'required' }); // placeholder, replaced below
    }
  }
  const placeholders = [...groups.values()];
  let next = 0;
  return out.flatMap((c) => {
    if (c.kind !== 'any' || c.typed !== '' || c.members.length > 0) return [c];
    const g = placeholders[next++];
    return g ? alternatives(g.members, g.typed.join(' | '), g.presence) : [];
  });
}

/** A name found among the query's words: the concept standing for it, and the people it names. */
interface Named {
  readonly concept: Concept;
  readonly concepts: Concept[];
  readonly docs: Int32Array;
}

/** Ranks a named person above every other concept: a name is what the user is looking for. */
const NAME_WEIGHT = 1000;

/** A name typed in Latin letters among the query's plain words: its words become one concept. */
function nameConcept(snapshot: PoolSnapshot, concepts: readonly Concept[]): Named | null {
  const latin = concepts.map((c, i) => ({ c, i })).filter(({ c }) => c.kind === 'text' && !c.phrase && c.literals.length === 0 && c.presence !== 'prohibited' && /^[a-z]+$/i.test(c.typed));
  for (let length = Math.min(3, latin.length); length >= 1; length--) {
    for (let from = 0; from + length <= latin.length; from++) {
      const run = latin.slice(from, from + length);
      if (run.some((r, k) => k > 0 && r.i !== (run[k - 1] as { i: number }).i + 1)) continue;
      const docs = findByName(snapshot, run.map((r) => r.c.typed));
      if (!docs) continue;
      const typed = run.map((r) => r.c.typed).join(' ');
      const drop = new Set(run.map((r) => r.i));
      const rest = concepts.filter((_c, i) => !drop.has(i));
      const name: TextConcept = { kind: 'text', typed, terms: [], literals: [], presence: 'default' };
      return { concept: name, concepts: [name, ...rest], docs: Int32Array.from([...docs].sort((a, b) => a - b)) };
    }
  }
  return null;
}

/** Replaces a Latin word the pool never uses by the closest one it does (`kafak` → kafka). */
function correct(snapshot: PoolSnapshot, taxonomy: Taxonomy, c: Concept, didYouMean: { from: string; to: string }[]): Concept {
  if (c.kind === 'any') {
    const members = c.members.map((m) => correct(snapshot, taxonomy, m, didYouMean)).filter((m): m is TaxonomyConcept | TextConcept => m.kind !== 'any');
    return { ...c, members };
  }
  if (c.kind !== 'text' || c.literals.length > 0 || c.phrase || c.presence === 'prohibited' || c.terms.length === 0 || isWeak(c)) return c;
  const word = c.terms[0];
  if (!word || snapshot.index.has(word)) return c;
  const to = suggest(word, snapshot.index, taxonomy);
  if (!to) return c;
  didYouMean.push({ from: c.typed, to });
  const fixed = analyzeTerm({ text: to, phrase: false, presence: c.presence }, taxonomy)[0];
  return fixed && fixed.kind !== 'any' ? fixed : c;
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
  readonly relaxed: boolean;
}

/**
 * The retrieval model (PRODUCT §3, "ranking, not filtering"). Requirements (`+term`, phrases,
 * alternatives groups, `skill:`, filters, years) decide who is a candidate; plain concepts decide
 * the order: candidates are grouped by the share of the query's concepts they show, each weighted
 * by its rarity in the pool (idf), and lunr's BM25 (skills, titles and the headline weigh more
 * than free text) with proximity orders each group. Role and filler words (engineer, 开发…) only
 * add to lunr's score. Groups below the page are never scored: the cost is the concept postings
 * plus lunr over the groups shown.
 */
function ranked(ctx: Context, concepts: readonly Concept[], named: Named | null, rankOnly: readonly Concept[] = []): Ranked {
  const { snapshot } = ctx;
  const pos = concepts.filter((c) => c.presence !== 'prohibited');
  const neg = concepts.filter((c) => c.presence === 'prohibited');
  const hard = pos.filter(isRequirement);
  const soft = pos.filter((c) => !isRequirement(c));
  const strong = soft.filter((c) => !isWeak(c));
  // A query of role words only (`engineer`) is ranked by them; next to a requirement, a filter or
  // years (`candidates with a PhD`, `+rust engineer`) they decide nothing.
  const decided = hard.length > 0 || ctx.filters.some((f) => !f.negated) || ctx.years !== null;
  const ranking = strong.length > 0 || decided ? strong : soft;
  const weak = [...(strong.length > 0 || decided ? soft.filter(isWeak) : []), ...rankOnly];
  const exact = new Map<Concept, Int32Array>();
  const docsOf = (c: Concept): Int32Array => {
    let docs = exact.get(c);
    if (!docs) {
      // Years with a skill as a requirement (`years:go>=3`): only who shows them.
      docs = named && c === named.concept ? named.docs : withYears(c) && isRequirement(c) ? experiencedDocs(snapshot, c) : exactDocs(snapshot, c);
      exact.set(c, docs);
    }
    return docs;
  };
  const experienced = new Map<TaxonomyConcept, Int32Array>();
  /** Documents that show a ranked concept fully (a skill with years: the years too). */
  const showsOf = (c: Concept): Int32Array => {
    if (!withYears(c)) return docsOf(c);
    let docs = experienced.get(c);
    if (!docs) experienced.set(c, (docs = experiencedDocs(snapshot, c)));
    return docs;
  };

  let required: Int32Array | null = null;
  for (const c of [...hard].sort((a, b) => estimate(ctx, a) - estimate(ctx, b))) {
    required = required === null ? docsOf(c) : intersect(required, docsOf(c));
    if (required.length === 0) return { total: 0, matches: [], relaxed: false };
  }

  const size = snapshot.profiles.length;
  const weights = ranking.map((c) => (named && c === named.concept ? NAME_WEIGHT : Math.log(1 + size / (1 + docsOf(c).length))));
  const fullWeight = weights.reduce((a, b) => a + b, 0);
  // One ranked concept: its documents are the candidates, all in one group.
  const graded = ranking.some(withYears);
  const single = ranking.length === 1 && !graded ? docsOf(ranking[0] as Concept) : null;
  const level = ranking.length > 1 || graded ? new Float64Array(size) : null;
  let candidates: Int32Array;
  if (ranking.length === 0) candidates = required ?? allDocs(snapshot);
  else if (single) candidates = required ?? single;
  else {
    const seen = new Uint8Array(size);
    ranking.forEach((c, i) => {
      const w = weights[i] as number;
      const shows = withYears(c) ? showsOf(c) : null;
      for (const doc of docsOf(c)) {
        const share = shows && withYears(c) && !hasPosting(shows, doc) ? yearsShortfall(snapshot, doc, c) : 1;
        (level as Float64Array)[doc] = ((level as Float64Array)[doc] as number) + w * share;
        seen[doc] = 1;
      }
    });
    if (required) candidates = required;
    else {
      let n = 0;
      for (let d = 0; d < size; d++) n += seen[d] as number;
      candidates = new Int32Array(n);
      let w = 0;
      for (let d = 0; d < size; d++) if (seen[d] === 1) candidates[w++] = d;
    }
  }
  candidates = keep(ctx, candidates, neg.length === 0 ? null : (doc) => !neg.some((c) => holds(snapshot, doc, c)));

  if (pos.length === 0 && rankOnly.length === 0) return { total: candidates.length, matches: byExperience(ctx, candidates), relaxed: false };

  const clauses = [
    ...hard.flatMap((c) => clausesOf(snapshot, c, 'hard')),
    ...ranking.flatMap((c) => clausesOf(snapshot, c, 'soft')),
    ...weak.flatMap((c) => clausesOf(snapshot, c, 'weak')),
  ];
  // Groups by the weighted share of concepts shown, best first (one group unless several concepts rank).
  const groups = groupByLevel(candidates, level, single && required ? single : null, fullWeight);
  const explainable = [...hard, ...ranking];
  const matches: CandidateMatch[] = [];
  for (const { docs } of groups) {
    if (matches.length >= ctx.limit) break;
    const want = ctx.limit - matches.length;
    let hits = byEvidence(ctx, explainable, rank({ ...ctx, limit: want + PROXIMITY_EXTRA }, clauses, docs));
    hits = explainable.length + weak.length >= 2 ? byProximity({ ...ctx, limit: want }, [...explainable, ...weak], hits) : hits.slice(0, want);
    for (const h of hits) {
      const shown = ranking.filter((c) => hasPosting(showsOf(c), h.doc));
      const missed = ranking.filter((c) => !shown.includes(c));
      const alsoWeak = weak.filter((c) => hasPosting(docsOf(c), h.doc));
      matches.push(match(snapshot, h.doc, h.score, [...hard, ...shown, ...alsoWeak], missed));
    }
  }
  const relaxed = (ranking.length > 1 || graded) && (groups[0]?.complete ?? true) === false;
  return { total: candidates.length, matches, relaxed };
}

/**
 * Candidates in groups of equal weighted coverage, best first. `level` is each document's summed
 * concept weight (null with one ranked concept: then `within` splits the candidates into those
 * showing it and those meeting only the requirements).
 */
function groupByLevel(candidates: Int32Array, level: Float64Array | null, within: Int32Array | null, fullWeight: number): { docs: Int32Array; complete: boolean }[] {
  if (!level) {
    if (!within) return [{ docs: candidates, complete: true }];
    const yes: number[] = [];
    const no: number[] = [];
    for (const doc of candidates) (hasPosting(within, doc) ? yes : no).push(doc);
    return [
      { docs: Int32Array.from(yes), complete: true },
      { docs: Int32Array.from(no), complete: false },
    ].filter((g) => g.docs.length > 0);
  }
  const byLevel = new Map<number, number[]>();
  for (const doc of candidates) {
    const key = Math.round((level[doc] as number) * 1e6);
    const list = byLevel.get(key);
    if (list) list.push(doc);
    else byLevel.set(key, [doc]);
  }
  const full = Math.round(fullWeight * 1e6);
  return [...byLevel.keys()].sort((a, b) => b - a).map((key) => ({ docs: Int32Array.from(byLevel.get(key) as number[]), complete: key >= full }));
}

/** A skill asked for with years (`3年以上Go经验`, `years:go>=3`). */
function withYears(c: Concept): c is TaxonomyConcept & { years: YearsRange } {
  return c.kind === 'taxonomy' && c.years !== undefined;
}

/** Months with a skill that meet a years range. */
function inRange(months: number, years: YearsRange): boolean {
  const y = months / 12;
  return months > 0 && (years.min === undefined || y >= years.min - 0.05) && (years.max === undefined || y <= years.max + 0.05);
}

/** Documents whose evidence shows the skill for the years asked (see profile/skill-years.ts). */
function experiencedDocs(snapshot: PoolSnapshot, c: TaxonomyConcept & { years: YearsRange }): Int32Array {
  const docs = snapshot.index.postingsOf(c.id, 'tags');
  const out = new Int32Array(docs.length);
  let w = 0;
  for (const doc of docs) {
    if (inRange(monthsWith(snapshot.profiles[doc] as Profile, c.id), c.years)) out[w++] = doc;
  }
  return out.subarray(0, w);
}

/**
 * How much of a skill-with-years concept a résumé that shows the skill but not the years earns:
 * more when its whole career is long enough (the skill may well span it), less when not.
 */
function yearsShortfall(snapshot: PoolSnapshot, doc: number, c: TaxonomyConcept & { years: YearsRange }): number {
  const profile = snapshot.profiles[doc] as Profile;
  const careerFits = profile.years !== null && inRange(Math.round(profile.years * 12), c.years);
  return careerFits ? 0.7 : 0.5;
}

/** A requirement: `+term`, a phrase, an alternatives group, `skill:`. Everything else ranks. */
function isRequirement(c: Concept): boolean {
  return c.presence === 'required' || (c.kind === 'text' && c.phrase === true);
}

/** Filters only (`company:美团`, `5年以上`): most experienced first. */
function byExperience(ctx: Context, candidates: Int32Array): CandidateMatch[] {
  // Sort (years, doc) packed into one number, natively; tenths of a year keep the key exact.
  const keys = new Float64Array(candidates.length);
  for (let i = 0; i < candidates.length; i++) {
    const doc = candidates[i] as number;
    keys[i] = (1000 - Math.round(((ctx.snapshot.profiles[doc] as Profile).years ?? -1) * 10)) * 1e7 + doc;
  }
  keys.sort();
  return Array.from(keys.subarray(0, ctx.limit), (k) => match(ctx.snapshot, k % 1e7, 0, [], []));
}

/** Exactly the documents that show `concept` (Chinese literals and phrases checked verbatim). */
function exactDocs(snapshot: PoolSnapshot, concept: Concept): Int32Array {
  if (concept.kind === 'any') {
    let docs: Int32Array | null = null;
    for (const m of concept.members) docs = docs === null ? exactDocs(snapshot, m) : union(docs, exactDocs(snapshot, m));
    return docs ?? new Int32Array(0);
  }
  let docs = conceptDocs(snapshot, concept);
  if (concept.kind === 'text' && needsVerification(concept)) {
    for (const literal of concept.literals) docs = filterContaining(snapshot.texts, docs, literalBytes(literal));
  }
  return docs;
}

/** Sorted union of two sorted document lists. */
function union(a: Int32Array, b: Int32Array): Int32Array {
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

/** Weak words add a little to lunr's score; they never decide a match. */
const WEAK_BOOST = 0.3;

/** lunr clauses for one concept, by its role in the query. */
function clausesOf(snapshot: PoolSnapshot, concept: Concept, role: 'hard' | 'soft' | 'weak'): Clause[] {
  if (concept.kind === 'any') return concept.members.flatMap((m) => clausesOf(snapshot, m, role === 'weak' ? 'weak' : 'soft'));
  const clauses = clausesFor(snapshot, concept) ?? [];
  if (role === 'hard') return clauses;
  return clauses.map((cl) => ({ ...cl, presence: 'optional' as const, ...(role === 'weak' ? { boost: (cl.boost ?? 1) * WEAK_BOOST } : {}) }));
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
  const out = hits.map((h) => ({ doc: h.doc, score: h.score }));
  // A candidate lunr has no clause for (found by name alone) still belongs to its group.
  if (out.length < pool.length) {
    const scored = new Set(out.map((h) => h.doc));
    for (let i = 0; i < pool.length; i++) if (!scored.has(pool[i] as number)) out.push({ doc: pool[i] as number, score: 0 });
  }
  return out.sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, ctx.limit);
}

/**
 * Evidence over mention: a skill the résumé shows in dated jobs or projects (or with stated years)
 * counts for more than one it only lists. Scores grow by up to this share when every skill of the
 * query has such evidence.
 */
const EVIDENCE_BOOST = 0.3;
/** Technologies, whose use a dated job shows (a role, a field or an award is not "used"). */
const TECH_KINDS: ReadonlySet<string> = new Set(['language', 'framework', 'database', 'infra', 'tool']);

/** Re-orders lunr's best by how many of the query's skills each résumé backs with dated evidence. */
function byEvidence(ctx: Context, concepts: readonly Concept[], ranked: readonly { doc: number; score: number }[]): { doc: number; score: number }[] {
  const tech = (c: Concept): boolean => c.kind === 'taxonomy' && TECH_KINDS.has(ctx.taxonomy.kind(c.id) ?? '');
  const skills = concepts.filter((c) => tech(c) || (c.kind === 'any' && c.members.some(tech)));
  if (skills.length === 0) return [...ranked];
  const evidenced = (profile: Profile, c: Concept): boolean =>
    c.kind === 'taxonomy' ? monthsWith(profile, c.id) > 0 : c.kind === 'any' && c.members.some((m) => m.kind === 'taxonomy' && monthsWith(profile, m.id) > 0);
  const out = ranked.slice(0, PROXIMITY_MAX).map((h) => {
    const profile = ctx.snapshot.profiles[h.doc] as Profile;
    const share = skills.filter((c) => evidenced(profile, c)).length / skills.length;
    return { doc: h.doc, score: h.score * (1 + EVIDENCE_BOOST * share) };
  });
  out.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return [...out, ...ranked.slice(PROXIMITY_MAX)];
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
  if (concept.kind === 'any') return concept.members.reduce((sum, m) => sum + estimate(ctx, m), 0);
  if (concept.kind === 'taxonomy') return index.documentFrequency(concept.id, 'tags');
  const first = concept.terms[0];
  return first ? index.documentFrequency(first, 'body') : ctx.snapshot.profiles.length;
}

/** Documents the index says may hold `concept` (exact for skills and Latin words; Chinese literals are verified after). */
function conceptDocs(snapshot: PoolSnapshot, concept: TaxonomyConcept | TextConcept): Int32Array {
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
function clausesFor(snapshot: PoolSnapshot, concept: TaxonomyConcept | TextConcept): Clause[] | null {
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

/** Does document `doc` satisfy `concept`? (For exclusions.) */
function holds(snapshot: PoolSnapshot, doc: number, concept: Concept): boolean {
  if (concept.kind === 'any') return concept.members.some((m) => holds(snapshot, doc, m));
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

function match(snapshot: PoolSnapshot, doc: number, score: number, concepts: readonly Concept[], missed: readonly Concept[]): CandidateMatch {
  return { doc, profile: snapshot.profiles[doc] as Profile, score, matchedConcepts: concepts, missedConcepts: missed };
}

// ── Understood ────────────────────────────────────────────────────────────────────────────────

function describe(concepts: readonly Concept[], filters: readonly QueryFilter[], parsed: ParsedQuery, taxonomy: Taxonomy): Understood {
  return {
    concepts: concepts.map((c) =>
      c.kind === 'taxonomy'
        ? { typed: c.typed, as: c.label, kind: 'skill', presence: c.presence, ...(c.years ? { years: c.years } : {}) }
        : c.kind === 'any'
          ? { typed: c.typed, as: conceptName(c), kind: c.members.every((m) => m.kind === 'taxonomy') ? 'skill' : 'text', presence: c.presence }
          : { typed: c.typed, as: c.typed, kind: 'text', presence: c.presence },
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
    return match(snapshot, h.doc, h.score, shared, []);
  });
  return { ...base, total: candidates.length, matches, relaxed: false, didYouMean: [], empty: false };
}
