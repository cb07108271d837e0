import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { conceptName, type Concept } from './concepts.js';
import { type ParsedQuery, type QueryFilter } from './query-language.js';
import type { Understood } from './types.js';

/* Step 4, explain: how the query was understood ("Searching: Kafka · 5+ years · Beijing"). */

/** The concepts, filters, years and notes of a query, as they will be shown. */
export function describe(
  concepts: readonly Concept[],
  filters: readonly QueryFilter[],
  parsed: ParsedQuery,
  taxonomy: Taxonomy,
): Understood {
  return {
    concepts: concepts.map((c) =>
      c.kind === 'taxonomy'
        ? { typed: c.typed, as: c.label, kind: 'skill', presence: c.presence, ...(c.years ? { years: c.years } : {}) }
        : c.kind === 'any'
          ? {
              typed: c.typed,
              as: conceptName(c),
              kind: c.members.every((m) => m.kind === 'taxonomy') ? 'skill' : 'text',
              presence: c.presence,
              members: c.members.map((m) => (m.kind === 'taxonomy' ? m.label : m.typed)),
              ...(c.years ? { years: c.years } : {}),
            }
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
