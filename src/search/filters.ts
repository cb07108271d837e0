import type { PoolSnapshot } from '../pool/snapshot.js';
import { degreeRank, type DegreeId, type Profile } from '../profile/profile.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { fold, foldQuery } from '../text/fold.js';
import type { QueryFilter, YearsRange } from './query-language.js';

/**
 * Structured filters (`company:美团`, `city:北京`, `degree:硕士` = at least a master's, `title:`,
 * `name:`, years) over the extracted profiles. What they compare is folded once per snapshot.
 */

/** What the filters look at, folded once per snapshot rather than once per query. */
interface FilterFacts {
  readonly titles: readonly string[];
  readonly titleIds: ReadonlySet<string>;
  readonly companies: readonly string[];
  readonly schools: readonly string[];
  readonly names: readonly string[];
  readonly city: string;
}

const filterViews = new WeakMap<PoolSnapshot, FilterFacts[]>();

function filterView(snapshot: PoolSnapshot, taxonomy: Taxonomy): FilterFacts[] {
  let view = filterViews.get(snapshot);
  if (!view) {
    view = snapshot.profiles.map((p) => {
      const titles = [p.headline, p.targetRole, ...p.work.map((w) => w.title)].filter((t): t is string => !!t).map(fold);
      const titleIds = new Set<string>();
      for (const t of titles) for (const h of taxonomy.findAll(t)) for (const id of [h.id, ...taxonomy.ancestors(h.id)]) titleIds.add(id);
      return {
        titles,
        titleIds,
        companies: p.work.map((w) => fold(w.company ?? '')).filter((c) => c !== ''),
        schools: p.education.map((e) => fold(e.school ?? '')).filter((c) => c !== ''),
        names: [p.name, p.displayName].filter((n): n is string => !!n).map(fold),
        city: fold(p.city ?? ''),
      };
    });
    filterViews.set(snapshot, view);
  }
  return view;
}

/** A per-document test for the query's filters and years, or null when there are none. */
export function compileFilters(snapshot: PoolSnapshot, filters: readonly QueryFilter[], years: YearsRange | null, taxonomy: Taxonomy): ((doc: number) => boolean) | null {
  if (filters.length === 0 && !years) return null;
  const facts = filterView(snapshot, taxonomy);
  const prepared = filters.map((f) => ({ filter: f, value: foldQuery(f.value).trim(), id: taxonomy.lookup(foldQuery(f.value).trim()) }));
  return (doc) => {
    const profile = snapshot.profiles[doc] as Profile;
    if (years) {
      if (profile.years === null) return false;
      if (years.min !== undefined && profile.years < years.min) return false;
      if (years.max !== undefined && profile.years > years.max) return false;
    }
    const fact = facts[doc] as FilterFacts;
    for (let i = 0; i < prepared.length; i++) {
      const p = prepared[i] as (typeof prepared)[number];
      if (filterMatches(profile, fact, p.filter.field, p.value, p.id, taxonomy) === p.filter.negated) return false;
    }
    return true;
  };
}

function anyIncludes(list: readonly string[], value: string): boolean {
  for (let i = 0; i < list.length; i++) if ((list[i] as string).includes(value)) return true;
  return false;
}

function filterMatches(profile: Profile, facts: FilterFacts, field: QueryFilter['field'], value: string, id: string | undefined, taxonomy: Taxonomy): boolean {
  if (value === '') return true;
  switch (field) {
    case 'company':
      return (id !== undefined && profile.companyIds.includes(id)) || anyIncludes(facts.companies, value);
    case 'school':
      return (id !== undefined && profile.schoolIds.includes(id)) || anyIncludes(facts.schools, value);
    case 'city':
      return (id !== undefined && profile.cityId === id) || (facts.city !== '' && facts.city.includes(value));
    case 'degree': {
      const wanted = id && taxonomy.kind(id) === 'degree' ? (id as DegreeId) : null;
      return wanted ? degreeRank(profile.highestDegree) >= degreeRank(wanted) : (profile.highestDegree ?? '').includes(value);
    }
    case 'title':
      return anyIncludes(facts.titles, value) || (id !== undefined && facts.titleIds.has(id));
    case 'name':
      return anyIncludes(facts.names, value);
    case 'skill':
      return profile.skills.some((s) => s.id === id);
  }
}
