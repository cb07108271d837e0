import { degreeRank, monthsWith, usedIn, type DegreeId, type Profile } from '../profile/profile.js';
import { allDocs, personOf } from '../search/retrieve.js';
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
  const met = criteria.map((c) => meets(snapshot, c, expand, bySkill, languages));
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
      if (c.must) must[doc] = (must[doc] as number) + w;
      else nice[doc] = (nice[doc] as number) + w;
      if (skill) {
        skills[doc] = (skills[doc] as number) + 1;
        if (v === 2) dated[doc] = (dated[doc] as number) + 1;
      }
    }
  });
  const key = (doc: number) => ({
    must: mustWeight > 0 ? (must[doc] as number) / mustWeight : 0,
    nice: niceWeight > 0 ? (nice[doc] as number) / niceWeight : 0,
    evidence: (skills[doc] as number) > 0 ? (dated[doc] as number) / (skills[doc] as number) : 0,
  });
  // Each person once, by their best-fitting file.
  const best = new Map<number, { doc: number; score: JobMatch['score']; years: number }>();
  for (let doc = 0; doc < size; doc++) {
    if ((must[doc] as number) + (nice[doc] as number) === 0) continue;
    const entry = { doc, score: key(doc), years: (snapshot.profiles[doc] as Profile).years ?? 0 };
    const who = person[doc] as number;
    const had = best.get(who);
    if (!had || compare(entry, had) < 0) best.set(who, entry);
  }
  const ranked = [...best.values()].sort(compare);
  const matches = ranked.slice(0, Math.max(0, limit)).map(({ doc, score }): JobMatch => {
    const profile = snapshot.profiles[doc] as Profile;
    const checks = criteria.map((criterion, i) => {
      const v = (met[i] as Uint8Array)[doc] as number;
      return { criterion, met: v > 0, dated: v === 2 || (criterion.kind === 'skill-years' && monthsOf(profile, criterion.id, expand) > 0) };
    });
    return {
      doc,
      profile,
      must: { met: checks.filter((k) => k.met && k.criterion.must).length, of: criteria.filter((c) => c.must).length },
      nice: { met: checks.filter((k) => k.met && !k.criterion.must).length, of: criteria.filter((c) => !c.must).length },
      checks,
      score,
    };
  });
  return { total: ranked.length, matches };
}

/** Who meets a criterion: 0 no, 1 yes, 2 yes and (for a skill) used in dated work. */
function meets(snapshot: PoolSnapshot, c: Criterion, expand: (id: string) => string[], bySkill: ReadonlyMap<string, Int32Array>, languages: Uint8Array | null): Uint8Array {
  const size = snapshot.profiles.length;
  const out = new Uint8Array(size);
  const profiles = snapshot.profiles;
  switch (c.kind) {
    case 'skill': {
      const ids = (c.anyOf ?? [c.id]).flatMap(expand);
      for (const id of ids) {
        for (const doc of bySkill.get(id) ?? []) {
          if (out[doc] === 2) continue;
          out[doc] = usedIn(profiles[doc] as Profile, id) ? 2 : 1;
        }
      }
      return out;
    }
    case 'skill-years': {
      const ids = expand(c.id);
      const need = (c.years ?? 0) * 12;
      for (const id of ids) for (const doc of bySkill.get(id) ?? []) if (out[doc] === 0 && monthsOf(profiles[doc] as Profile, c.id, expand) >= need) out[doc] = 2;
      // Months can also come from a broader entry (`Gin` → Go) without the skill itself listed.
      for (let doc = 0; doc < size; doc++) if (out[doc] === 0 && (profiles[doc] as Profile).broaderMonths?.[c.id] !== undefined && monthsOf(profiles[doc] as Profile, c.id, expand) >= need) out[doc] = 2;
      return out;
    }
    case 'years':
      for (let doc = 0; doc < size; doc++) if (((profiles[doc] as Profile).years ?? 0) >= (c.years ?? 0)) out[doc] = 1;
      return out;
    case 'degree': {
      const want = degreeRank(c.id as DegreeId);
      for (let doc = 0; doc < size; doc++) if (degreeRank((profiles[doc] as Profile).highestDegree) >= want) out[doc] = 1;
      return out;
    }
    case 'city':
      for (let doc = 0; doc < size; doc++) if ((profiles[doc] as Profile).cityId === c.id) out[doc] = 1;
      return out;
    case 'language': {
      const bit = SPOKEN_LANGUAGES.findIndex((l) => l.id === c.id);
      if (bit >= 0 && languages) for (let doc = 0; doc < size; doc++) if (((languages[doc] as number) & (1 << bit)) !== 0) out[doc] = 1;
      return out;
    }
    case 'title': {
      // Held the title (a job title, the headline or the target role): 2; named in the résumé: 1.
      const written = (c.anyOf ?? [c.id]).map((n) => fold(n).trim()).filter((n) => n.length >= 2);
      const names = written.map(squash).filter((n) => n.length >= 2);
      const all = allDocs(snapshot);
      for (const name of written) for (const doc of snapshot.texts.filterContaining(all, Buffer.from(name, 'utf8'))) out[doc] = Math.max(out[doc] as number, 1);
      // Named on a dated line (`某集团 · 董事会秘书 2015.01 - 至今`): a job held, even when the
      // profile did not tell the title apart from the company.
      for (let doc = 0; doc < size; doc++) {
        if (out[doc] !== 1) continue;
        const lines = snapshot.texts.text(doc).split('\n');
        if (lines.some((line) => written.some((n) => line.includes(n)) && findRanges(line).length > 0)) out[doc] = 2;
      }
      for (let doc = 0; doc < size; doc++) {
        if (out[doc] === 2) continue;
        const p = profiles[doc] as Profile;
        // A job's line as parsed (title, or the company line when the title was not told apart).
        const titles = [p.headline, p.targetRole, ...p.work.map((w) => `${w.title ?? ''} ${w.company ?? ''}`)].filter((t): t is string => !!t && t.trim() !== '').map((t) => squash(fold(t)));
        if (names.some((n) => titles.some((t) => t.includes(n)))) out[doc] = 2;
      }
      return out;
    }
  }
}

/** Letters and digits only, for comparing titles written with other spacing or punctuation. */
function squash(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

function monthsOf(profile: Profile, id: string, expand: (id: string) => string[]): number {
  return Math.max(...expand(id).map((x) => monthsWith(profile, x)));
}

/** Must-haves, then nice-to-haves, then evidence, then experience; ties by file order. */
function compare(a: { doc: number; score: JobMatch['score']; years: number }, b: { doc: number; score: JobMatch['score']; years: number }): number {
  return b.score.must - a.score.must || b.score.nice - a.score.nice || b.score.evidence - a.score.evidence || b.years - a.years || a.doc - b.doc;
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
