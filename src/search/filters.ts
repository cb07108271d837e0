import type { PoolSnapshot } from '../store/snapshot.js';
import { degreeRank, type DegreeId } from '../profile/profile.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { fold, foldQuery } from '../text/fold.js';
import type { QueryFilter, YearsRange } from './query-language.js';
import { columnsOf } from './columns.js';

/**
 * Structured filters (`company:美团`, `city:北京`, `degree:硕士` = at least a master's, `title:`,
 * `name:`, years) over the extracted profiles. What they compare is folded once per snapshot.
 */

/**
 * What the filters look at, folded once per snapshot: each distinct value with the documents that
 * have it. A filter tests the distinct values (a few thousand `includes` at most) instead of every
 * résumé's list, then marks their documents.
 */
interface FilterFacts {
  readonly titles: ReadonlyMap<string, number[]>;
  readonly titleIds: ReadonlyMap<string, number[]>;
  readonly companies: ReadonlyMap<string, number[]>;
  readonly companyIds: ReadonlyMap<string, number[]>;
  readonly schools: ReadonlyMap<string, number[]>;
  readonly schoolIds: ReadonlyMap<string, number[]>;
  readonly names: ReadonlyMap<string, number[]>;
  readonly cities: ReadonlyMap<string, number[]>;
  readonly cityIds: ReadonlyMap<string, number[]>;
}

/** For each field filtered by id and by words: where its ids and its folded values are kept. */
const FACETS = {
  company: { ids: 'companyIds', values: 'companies' },
  school: { ids: 'schoolIds', values: 'schools' },
  city: { ids: 'cityIds', values: 'cities' },
  title: { ids: 'titleIds', values: 'titles' },
} as const satisfies Record<string, { ids: keyof FilterFacts; values: keyof FilterFacts }>;

const filterViews = new WeakMap<PoolSnapshot, FilterFacts>();

function add(map: Map<string, number[]>, key: string, doc: number): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [doc]);
  else if (list[list.length - 1] !== doc) list.push(doc);
}

function filterView(snapshot: PoolSnapshot, taxonomy: Taxonomy): FilterFacts {
  let view = filterViews.get(snapshot);
  if (!view) {
    const titles = new Map<string, number[]>();
    const titleIds = new Map<string, number[]>();
    const companies = new Map<string, number[]>();
    const companyIds = new Map<string, number[]>();
    const schools = new Map<string, number[]>();
    const schoolIds = new Map<string, number[]>();
    const names = new Map<string, number[]>();
    const cities = new Map<string, number[]>();
    const cityIds = new Map<string, number[]>();
    const idsOfTitle = new Map<string, string[]>();
    snapshot.profiles.forEach((p, doc) => {
      for (const t of [p.headline, p.targetRole, ...p.work.map((w) => w.title)]) {
        if (!t) continue;
        const folded = fold(t);
        add(titles, folded, doc);
        let ids = idsOfTitle.get(folded);
        if (!ids) {
          ids = [...new Set(taxonomy.findAll(folded).flatMap((h) => [h.id, ...taxonomy.ancestors(h.id)]))];
          idsOfTitle.set(folded, ids);
        }
        for (const id of ids) add(titleIds, id, doc);
      }
      for (const w of p.work) add(companies, fold(w.company ?? ''), doc);
      for (const id of p.companyIds) add(companyIds, id, doc);
      for (const e of p.education) add(schools, fold(e.school ?? ''), doc);
      for (const id of p.schoolIds) add(schoolIds, id, doc);
      for (const n of [p.name, p.displayName]) if (n) add(names, fold(n), doc);
      add(cities, fold(p.city ?? ''), doc);
      // A city counts for its province and region too (`city:广东` finds Shenzhen).
      if (p.cityId) for (const id of [p.cityId, ...taxonomy.ancestors(p.cityId)]) add(cityIds, id, doc);
    });
    view = { titles, titleIds, companies, companyIds, schools, schoolIds, names, cities, cityIds };
    filterViews.set(snapshot, view);
  }
  return view;
}

/** A per-document test for the query's filters and years, or null when there are none. */
export function compileFilters(
  snapshot: PoolSnapshot,
  filters: readonly QueryFilter[],
  years: YearsRange | null,
  taxonomy: Taxonomy,
): ((doc: number) => boolean) | null {
  if (filters.length === 0 && !years) return null;
  const size = snapshot.profiles.length;
  // One byte per document: 1 while every filter so far holds.
  const pass = new Uint8Array(size).fill(1);
  if (years) {
    // Years shown by dates decide. A résumé that dates nothing is kept unless the year of its birth
    // or degree rules it out; it ranks after those whose dates show the years (see yearsBonus).
    const { years: column, estimate } = columnsOf(snapshot);
    const min = years.min ?? -Infinity;
    const max = years.max ?? Infinity;
    for (let doc = 0; doc < size; doc++) {
      const known = column[doc] as number;
      const y = Number.isNaN(known) ? (estimate[doc] as number) : known;
      if (!Number.isNaN(y) && !(y >= min && y <= max)) pass[doc] = 0;
    }
  }
  for (const filter of filters) {
    const value = foldQuery(filter.value).trim();
    if (value === '') continue;
    const matches = matching(snapshot, filter.field, value, taxonomy.lookup(value), taxonomy);
    for (let doc = 0; doc < size; doc++) if ((matches[doc] === 1) === filter.negated) pass[doc] = 0;
  }
  return (doc) => pass[doc] === 1;
}

/** Documents (one byte each) whose `field` matches `value`. */
function matching(
  snapshot: PoolSnapshot,
  field: QueryFilter['field'],
  value: string,
  id: string | undefined,
  taxonomy: Taxonomy,
): Uint8Array {
  const out = new Uint8Array(snapshot.profiles.length);
  const mark = (docs: readonly number[] | undefined): void => {
    if (docs) for (const d of docs) out[d] = 1;
  };
  const containing = (map: ReadonlyMap<string, number[]>): void => {
    for (const [key, docs] of map) if (key.includes(value)) mark(docs);
  };
  const facts = field === 'degree' || field === 'skill' ? null : filterView(snapshot, taxonomy);
  const facet = field in FACETS ? FACETS[field as keyof typeof FACETS] : null;
  switch (field) {
    case 'company':
    case 'school':
    case 'city':
    case 'title':
      // The taxonomy id's documents (any spelling), and every value that contains the words.
      if (facet && id !== undefined) mark(facts?.[facet.ids].get(id));
      if (facet && facts) containing(facts[facet.values]);
      break;
    case 'name':
      if (facts) containing(facts.names);
      break;
    case 'degree': {
      const wanted = id && taxonomy.kind(id) === 'degree' ? (id as DegreeId) : null;
      if (wanted) {
        const ranks = columnsOf(snapshot).degree;
        const least = degreeRank(wanted);
        for (let doc = 0; doc < ranks.length; doc++) if ((ranks[doc] as number) >= least) out[doc] = 1;
      } else {
        snapshot.profiles.forEach((p, doc) => {
          if ((p.highestDegree ?? '').includes(value)) out[doc] = 1;
        });
      }
      break;
    }
    case 'skill':
      snapshot.profiles.forEach((p, doc) => {
        if (p.skills.some((s) => s.id === id)) out[doc] = 1;
      });
      break;
  }
  return out;
}
