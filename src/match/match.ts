import { degreeRank, monthsWith, usedIn, type DegreeId, type Profile } from '../profile/profile.js';
import { personOf } from '../search/retrieve.js';
import type { PoolSnapshot } from '../store/snapshot.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { SPOKEN_LANGUAGES, type Criterion, type JobCriteria } from './job-description.js';

/**
 * Who in the pool fits a job description: every person is checked against every criterion, and
 * ranked by the weighted share of must-haves met, then of nice-to-haves, then by how much of it
 * their dated work history shows (a skill used in a job beats a skill only listed). Deterministic,
 * and explained: each result says which criteria it meets and which it does not.
 */

export interface CriterionCheck {
  readonly criterion: Criterion;
  readonly met: boolean;
  /** For a skill met: used in a dated job or project (not only listed). */
  readonly dated: boolean;
}

export interface JobMatch {
  readonly doc: number;
  readonly profile: Profile;
  readonly must: { readonly met: number; readonly of: number };
  readonly nice: { readonly met: number; readonly of: number };
  readonly checks: readonly CriterionCheck[];
  /** Weighted share of must-haves met (0–1), then of nice-to-haves, then evidence strength. */
  readonly score: { readonly must: number; readonly nice: number; readonly evidence: number };
}

export interface JobMatchOutcome {
  /** People meeting at least one criterion. */
  readonly total: number;
  readonly matches: readonly JobMatch[];
}

/** The weight of a nice-to-have named as an extra, against one named among the duties. */
const EXTRA = 0.6;

/** Ranks the pool for a job. Never throws; a JD with no criteria matches nobody. */
export function matchJob(snapshot: PoolSnapshot, taxonomy: Taxonomy, job: JobCriteria, limit: number): JobMatchOutcome {
  const criteria = job.criteria;
  if (criteria.length === 0) return { total: 0, matches: [] };
  const size = snapshot.profiles.length;
  const counts = skillCounts(snapshot);
  const expand = (id: string): string[] => [id, ...taxonomy.descendants(id)];
  const weights = criteria.map((c) => {
    // An extra (`…优先`, "a plus") counts less than what the job's duties name.
    const emphasis = c.must || c.duty ? 1 : EXTRA;
    if (c.kind !== 'skill' && c.kind !== 'skill-years') return emphasis;
    // Rarer skills say more about fit; every skill still counts at least half as much as a degree.
    const ids = (c.anyOf ?? [c.id]).flatMap(expand);
    const df = Math.max(...ids.map((id) => counts.get(id) ?? 0));
    return emphasis * Math.max(0.5, Math.min(2, Math.log(1 + size / (1 + df)) / 2));
  });
  const mustWeight = criteria.reduce((a, c, i) => a + (c.must ? (weights[i] as number) : 0), 0);
  const niceWeight = criteria.reduce((a, c, i) => a + (c.must ? 0 : (weights[i] as number)), 0);
  const languages = criteria.some((c) => c.kind === 'language') ? languagesOf(snapshot) : null;
  const person = personOf(snapshot);

  const best = new Map<number, JobMatch>();
  for (let doc = 0; doc < size; doc++) {
    const profile = snapshot.profiles[doc] as Profile;
    const checks = criteria.map((c) => check(profile, doc, c, expand, languages));
    let must = 0;
    let nice = 0;
    let skills = 0;
    let dated = 0;
    checks.forEach((k, i) => {
      if (!k.met) return;
      if (k.criterion.must) must += weights[i] as number;
      else nice += weights[i] as number;
      if (k.criterion.kind === 'skill' || k.criterion.kind === 'skill-years') {
        skills++;
        if (k.dated) dated++;
      }
    });
    if (must + nice === 0) continue;
    const match: JobMatch = {
      doc,
      profile,
      must: { met: checks.filter((k) => k.met && k.criterion.must).length, of: criteria.filter((c) => c.must).length },
      nice: { met: checks.filter((k) => k.met && !k.criterion.must).length, of: criteria.filter((c) => !c.must).length },
      checks,
      score: { must: mustWeight > 0 ? must / mustWeight : 0, nice: niceWeight > 0 ? nice / niceWeight : 0, evidence: skills > 0 ? dated / skills : 0 },
    };
    // Each person once, by their best-fitting file.
    const who = person[doc] as number;
    const had = best.get(who);
    if (!had || compare(match, had) < 0) best.set(who, match);
  }
  const ranked = [...best.values()].sort(compare);
  return { total: ranked.length, matches: ranked.slice(0, Math.max(0, limit)) };
}

/** Must-haves, then nice-to-haves, then evidence, then experience; ties by file order. */
function compare(a: JobMatch, b: JobMatch): number {
  return (
    b.score.must - a.score.must ||
    b.score.nice - a.score.nice ||
    b.score.evidence - a.score.evidence ||
    (b.profile.years ?? 0) - (a.profile.years ?? 0) ||
    a.doc - b.doc
  );
}

function check(profile: Profile, doc: number, c: Criterion, expand: (id: string) => string[], languages: Uint8Array | null): CriterionCheck {
  switch (c.kind) {
    case 'skill': {
      const ids = (c.anyOf ?? [c.id]).flatMap(expand);
      const met = ids.some((id) => profile.skills.some((s) => s.id === id));
      return { criterion: c, met, dated: met && ids.some((id) => usedIn(profile, id)) };
    }
    case 'skill-years': {
      const months = Math.max(...expand(c.id).map((id) => monthsWith(profile, id)));
      return { criterion: c, met: months >= (c.years ?? 0) * 12, dated: months > 0 };
    }
    case 'years':
      return { criterion: c, met: (profile.years ?? 0) >= (c.years ?? 0), dated: false };
    case 'degree':
      return { criterion: c, met: degreeRank(profile.highestDegree) >= degreeRank(c.id as DegreeId), dated: false };
    case 'city':
      return { criterion: c, met: profile.cityId === c.id, dated: false };
    case 'language': {
      const bit = SPOKEN_LANGUAGES.findIndex((l) => l.id === c.id);
      return { criterion: c, met: bit >= 0 && languages !== null && ((languages[doc] as number) & (1 << bit)) !== 0, dated: false };
    }
  }
}

const countsCache = new WeakMap<PoolSnapshot, Map<string, number>>();

/** How many résumés name each skill. */
function skillCounts(snapshot: PoolSnapshot): Map<string, number> {
  let counts = countsCache.get(snapshot);
  if (!counts) {
    counts = new Map();
    for (const p of snapshot.profiles) for (const s of p.skills) counts.set(s.id, (counts.get(s.id) ?? 0) + 1);
    countsCache.set(snapshot, counts);
  }
  return counts;
}

const languagesCache = new WeakMap<PoolSnapshot, Uint8Array>();

/** Per résumé, a bit per spoken language it mentions (read once per snapshot). */
function languagesOf(snapshot: PoolSnapshot): Uint8Array {
  let bits = languagesCache.get(snapshot);
  if (!bits) {
    bits = new Uint8Array(snapshot.profiles.length);
    for (let doc = 0; doc < bits.length; doc++) {
      const text = snapshot.texts.text(doc);
      let b = 0;
      SPOKEN_LANGUAGES.forEach((l, i) => {
        if (l.resume.test(text)) b |= 1 << i;
      });
      bits[doc] = b;
    }
    languagesCache.set(snapshot, bits);
  }
  return bits;
}
