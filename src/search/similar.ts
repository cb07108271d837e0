import type { PoolSnapshot } from '../store/snapshot.js';
import type { Profile } from '../profile/profile.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { TaxonomyConcept } from './concepts.js';
import type { Clause } from '../store/compact-index.js';
import { lunrOrder, MARGIN, match } from './rank.js';
import { topK } from './top-k.js';
import { type Context, keep } from './retrieve.js';
import { DEFAULT_LIMIT, type SearchOptions, type SearchOutcome, type Understood } from './types.js';

/* `similar`: candidates sharing someone's strongest skills. */

/**
 * Candidates like `doc`: anyone sharing one of its strongest skills, ranked by lunr over all of
 * them (shared strong skills and titles count most). The candidate itself and duplicates are left
 * out.
 */
export function searchSimilar(
  snapshot: PoolSnapshot,
  doc: number,
  taxonomy: Taxonomy,
  options: SearchOptions = {},
): SearchOutcome {
  const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_LIMIT, 10_000));
  const profile = snapshot.profiles[doc] as Profile;
  const skills = profile.skills.filter((s) => taxonomy.kind(s.id) !== 'concept' || s.strong).slice(0, 8);
  const concepts: TaxonomyConcept[] = skills.map((s) => ({
    kind: 'taxonomy',
    typed: s.label,
    id: s.id,
    label: s.label,
    presence: 'default',
  }));
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
  const clauses: Clause[] = skills.map((s) => ({
    term: s.id,
    fields: ['skills', 'tags'],
    presence: 'optional',
    boost: s.strong ? 2 : 1,
  }));
  // The best by BM25 (top-k over the candidates, nothing else ranks), ordered by lunr.
  const best = topK({
    lists: [],
    units: snapshot.index.scoringUnits(clauses),
    driver: candidates,
    accept: null,
    k: limit + MARGIN,
    size: snapshot.profiles.length,
  });
  const ranked = lunrOrder(
    ctx,
    clauses,
    best.top.map((s) => s.doc),
    limit,
  );
  const matches = ranked.map((h) => {
    const p = snapshot.profiles[h.doc] as Profile;
    const shared = concepts.filter((c) => p.skills.some((s) => s.id === c.id));
    return match(snapshot, h.doc, h.score, shared, []);
  });
  return { ...base, total: candidates.length, matches, relaxed: false, didYouMean: [], empty: false };
}
