import { degreeRank, monthsWith, usedIn, type DegreeId, type Profile } from '../profile/profile.js';
import { analyzeTerm } from '../search/concepts.js';
import { exactDocs, personOf } from '../search/retrieve.js';
import { findRanges } from '../profile/dates.js';
import { fold } from '../text/fold.js';
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

/**
 * The share of a years-with-a-skill criterion (`3年以上 Android 开发经验`) earned by who names the
 * skill but shows fewer years or none: more than lacking the skill, less than meeting it.
 */
const SHORT_SHARE = 0.5;

/** Ranks the pool for a job. Never throws; a JD with no criteria matches nobody. */
export function matchJob(snapshot: PoolSnapshot, taxonomy: Taxonomy, job: JobCriteria, limit: number): JobMatchOutcome {
  const criteria = job.criteria;
  if (criteria.length === 0) return { total: 0, matches: [] };
  const size = snapshot.profiles.length;
  const bySkill = skillDocs(snapshot);
  const expand = (id: string): string[] => [id, ...taxonomy.descendants(id)];
  const weights = criteria.map((c) => {
    // An extra (`…优先`, "a plus") counts less than what the job's duties name.
    const emphasis = c.must || c.duty ? 1 : EXTRA;
    if (c.kind !== 'skill' && c.kind !== 'skill-years') return emphasis;
    // Rarer skills say more about fit; every skill still counts at least half as much as a degree.
    const ids = (c.anyOf ?? [c.id]).flatMap(expand);
    const df = Math.max(...ids.map((id) => bySkill.get(id)?.length ?? 0));
    return emphasis * Math.max(0.5, Math.min(2, Math.log(1 + size / (1 + df)) / 2));
  });
  const mustWeight = criteria.reduce((a, c, i) => a + (c.must ? (weights[i] as number) : 0), 0);
  const niceWeight = criteria.reduce((a, c, i) => a + (c.must ? 0 : (weights[i] as number)), 0);
  const languages = criteria.some((c) => c.kind === 'language') ? languagesOf(snapshot) : null;
  // Per criterion, who meets it (1) and, for skills, who used it in dated work (2): one pass over
  // the postings of the skills concerned, not over every profile's skills.
  const met = criteria.map((c) => meets(snapshot, taxonomy, c, expand, bySkill, languages));
  const person = personOf(snapshot);

  const must = new Float64Array(size);
  const nice = new Float64Array(size);
  const skills = new Uint16Array(size);
  const dated = new Uint16Array(size);
  criteria.forEach((c, i) => {
    const m = met[i] as Uint8Array;
    const w = weights[i] as number;
    const skill = c.kind === 'skill' || c.kind === 'skill-years';
    for (let doc = 0; doc < size; doc++) {
      const v = m[doc] as number;
      if (v === 0) continue;
      const earned = c.kind === 'skill-years' && v === 1 ? w * SHORT_SHARE : w;
      if (c.must) must[doc] = (must[doc] as number) + earned;
      else nice[doc] = (nice[doc] as number) + earned;
      if (skill) {
        skills[doc] = (skills[doc] as number) + 1;
        if (v === 2) dated[doc] = (dated[doc] as number) + 1;
      }
    }
  });
  const scoreOf = (doc: number): JobMatch['score'] => ({
    must: mustWeight > 0 ? (must[doc] as number) / mustWeight : 0,
    nice: niceWeight > 0 ? (nice[doc] as number) / niceWeight : 0,
    evidence: (skills[doc] as number) > 0 ? (dated[doc] as number) / (skills[doc] as number) : 0,
  });
  // One number orders must-haves, then nice-to-haves, then evidence, then years: each share is
  // in [0, 1] and its smallest step (a criterion's weight over the sum) is far above the next scale.
  const key = new Float64Array(size);
  for (let doc = 0; doc < size; doc++) {
    if ((must[doc] as number) + (nice[doc] as number) === 0) continue;
    const s = scoreOf(doc);
    key[doc] =
      s.must * 1e11 + s.nice * 1e8 + s.evidence * 1e5 + Math.min(99, (snapshot.profiles[doc] as Profile).years ?? 0);
  }
  // Each person once, by their best-fitting file.
  const bestOf = new Int32Array(size).fill(-1);
  for (let doc = 0; doc < size; doc++) {
    if ((key[doc] as number) === 0) continue;
    const who = person[doc] as number;
    const had = bestOf[who] as number;
    if (had < 0 || (key[doc] as number) > (key[had] as number)) bestOf[who] = doc;
  }
  const ranked: number[] = [];
  for (let who = 0; who < size; who++) if ((bestOf[who] as number) >= 0) ranked.push(bestOf[who] as number);
  ranked.sort((x, y) => (key[y] as number) - (key[x] as number) || x - y);
  const matches = ranked.slice(0, Math.max(0, limit)).map((doc): JobMatch => {
    const profile = snapshot.profiles[doc] as Profile;
    const score = scoreOf(doc);
    const checks = criteria.map((criterion, i) => {
      const v = (met[i] as Uint8Array)[doc] as number;
      // A title counts as held when a dated line names it (checked for the page only: it ranks no one).
      const held = criterion.kind === 'title' && v === 1 && namedOnDatedLine(snapshot, doc, criterion);
      return {
        criterion,
        // Years with a skill are met only when shown; the skill alone is part of it.
        met: criterion.kind === 'skill-years' ? v === 2 : v > 0,
        dated: v === 2 || held || (criterion.kind === 'skill-years' && monthsOf(profile, criterion.id, expand) > 0),
      };
    });
    return {
      doc,
      profile,
      must: { met: checks.filter((k) => k.met && k.criterion.must).length, of: criteria.filter((c) => c.must).length },
      nice: {
        met: checks.filter((k) => k.met && !k.criterion.must).length,
        of: criteria.filter((c) => !c.must).length,
      },
      checks,
      score,
    };
  });
  return { total: ranked.length, matches };
}

/** Who meets a criterion: 0 no, 1 yes, 2 yes and (for a skill) used in dated work. */
function meets(
  snapshot: PoolSnapshot,
  taxonomy: Taxonomy,
  c: Criterion,
  expand: (id: string) => string[],
  bySkill: ReadonlyMap<string, Int32Array>,
  languages: Uint8Array | null,
): Uint8Array {
  const size = snapshot.profiles.length;
  const out = new Uint8Array(size);
  const profiles = snapshot.profiles;
  switch (c.kind) {
    case 'skill': {
      const ids = (c.anyOf ?? [c.id]).flatMap(expand);
      for (const id of ids) {
        const docs = bySkill.get(id);
        if (!docs) continue;
        const used = usedDocs(snapshot, id, docs);
        for (const doc of docs) if (out[doc] !== 2) out[doc] = used[doc] === 1 ? 2 : 1;
      }
      return out;
    }
    case 'skill-years': {
      const ids = expand(c.id);
      const need = (c.years ?? 0) * 12;
      // Each résumé once: who names the skill (or a narrower one), or has months for it from a
      // broader entry (`Gin` → Go) without naming it.
      const months = ids.map((id) => monthsIndex(snapshot, id));
      for (let doc = 0; doc < size; doc++) {
        let best = 0;
        for (const m of months) best = Math.max(best, m[doc] as number);
        if (best >= need) out[doc] = 2;
      }
      // Who names the skill without showing the years has part of it (see SHORT_SHARE).
      for (const id of ids) for (const doc of bySkill.get(id) ?? []) if (out[doc] === 0) out[doc] = 1;
      return out;
    }
    case 'years':
      for (let doc = 0; doc < size; doc++) if (((profiles[doc] as Profile).years ?? 0) >= (c.years ?? 0)) out[doc] = 1;
      return out;
    case 'degree': {
      const want = degreeRank(c.id as DegreeId);
      for (let doc = 0; doc < size; doc++)
        if (degreeRank((profiles[doc] as Profile).highestDegree) >= want) out[doc] = 1;
      return out;
    }
    case 'city':
      for (let doc = 0; doc < size; doc++) if ((profiles[doc] as Profile).cityId === c.id) out[doc] = 1;
      return out;
    case 'language': {
      const bit = SPOKEN_LANGUAGES.findIndex((l) => l.id === c.id);
      if (bit >= 0 && languages)
        for (let doc = 0; doc < size; doc++) if (((languages[doc] as number) & (1 << bit)) !== 0) out[doc] = 1;
      return out;
    }
    case 'title': {
      // Held the title (a job title, the headline or the target role): 2; named in the résumé: 1.
      const written = (c.anyOf ?? [c.id]).map((n) => fold(n).trim()).filter((n) => n.length >= 2);
      const names = written.map(squash).filter((n) => n.length >= 2);
      // As a quoted phrase is found in search: the index's postings first, then the words verbatim.
      for (const name of written) {
        for (const concept of analyzeTerm({ text: name, phrase: true, presence: 'default' }, taxonomy)) {
          for (const doc of exactDocs(snapshot, concept)) out[doc] = Math.max(out[doc] as number, 1);
        }
      }
      const titles = titlesOf(snapshot);
      for (let doc = 0; doc < size; doc++) if (names.some((n) => (titles[doc] as string).includes(n))) out[doc] = 2;
      return out;
    }
  }
}

/** Letters and digits only, for comparing titles written with other spacing or punctuation. */
function squash(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

function monthsOf(profile: Profile, id: string, expand: (id: string) => string[]): number {
  return monthsIn(profile, expand(id));
}

/** The most months of evidence for any of `ids`. */
function monthsIn(profile: Profile, ids: readonly string[]): number {
  let best = 0;
  for (const id of ids) best = Math.max(best, monthsWith(profile, id));
  return best;
}

/** `某集团 · 董事会秘书 2015.01 - 至今`: the title on a line with dates, a job held. */
function namedOnDatedLine(snapshot: PoolSnapshot, doc: number, c: Criterion): boolean {
  const written = (c.anyOf ?? [c.id]).map((n) => fold(n).trim()).filter((n) => n.length >= 2);
  return snapshot.texts
    .text(doc)
    .split('\n')
    .some((line) => written.some((n) => line.includes(n)) && findRanges(line).length > 0);
}

const titlesCache = new WeakMap<PoolSnapshot, string[]>();

/**
 * Per résumé, its titles squashed into one string (headline, target role, each job's title and
 * company line — the company line when the title was not told apart), built once per snapshot.
 */
function titlesOf(snapshot: PoolSnapshot): string[] {
  let titles = titlesCache.get(snapshot);
  if (!titles) {
    titles = snapshot.profiles.map((p) =>
      [p.headline, p.targetRole, ...p.work.map((w) => `${w.title ?? ''} ${w.company ?? ''}`)]
        .filter((t): t is string => !!t)
        .map((t) => squash(fold(t)))
        .join('\u0000'),
    );
    titlesCache.set(snapshot, titles);
  }
  return titles;
}

const monthsCache = new WeakMap<PoolSnapshot, Map<string, Float32Array>>();

/** Per skill, each résumé's months of evidence for it (`monthsWith`), computed once per snapshot and skill. */
function monthsIndex(snapshot: PoolSnapshot, id: string): Float32Array {
  let bySkill = monthsCache.get(snapshot);
  if (!bySkill) monthsCache.set(snapshot, (bySkill = new Map()));
  let months = bySkill.get(id);
  if (!months) {
    months = new Float32Array(snapshot.profiles.length);
    snapshot.profiles.forEach((p, doc) => {
      (months as Float32Array)[doc] = monthsWith(p, id);
    });
    bySkill.set(id, months);
  }
  return months;
}

const usedCache = new WeakMap<PoolSnapshot, Map<string, Uint8Array>>();

/** Per skill, who used it in dated work (`usedIn`), computed once per snapshot and skill. */
function usedDocs(snapshot: PoolSnapshot, id: string, docs: Int32Array): Uint8Array {
  let bySkill = usedCache.get(snapshot);
  if (!bySkill) usedCache.set(snapshot, (bySkill = new Map()));
  let used = bySkill.get(id);
  if (!used) {
    used = new Uint8Array(snapshot.profiles.length);
    for (const doc of docs) if (usedIn(snapshot.profiles[doc] as Profile, id)) used[doc] = 1;
    bySkill.set(id, used);
  }
  return used;
}

const skillDocsCache = new WeakMap<PoolSnapshot, Map<string, Int32Array>>();

/** For each skill, the résumés that name it, in document order (built once per snapshot). */
function skillDocs(snapshot: PoolSnapshot): Map<string, Int32Array> {
  let index = skillDocsCache.get(snapshot);
  if (!index) {
    const lists = new Map<string, number[]>();
    snapshot.profiles.forEach((p, doc) => {
      for (const s of p.skills) {
        let list = lists.get(s.id);
        if (!list) lists.set(s.id, (list = []));
        list.push(doc);
      }
    });
    index = new Map([...lists].map(([id, docs]) => [id, Int32Array.from(docs)]));
    skillDocsCache.set(snapshot, index);
  }
  return index;
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
