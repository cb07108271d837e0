import type { PoolSnapshot } from '../store/snapshot.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { analyzeTerm, isWeak, type Concept, type TaxonomyConcept, type TextConcept } from './concepts.js';
import { findByName } from './names.js';
import { suggest } from './fuzzy.js';

/* Fallbacks: a name typed in Latin letters (`zhang linwei`), and a typo the pool never uses (`kafak`). */

/** A name found among the query's words: the concept standing for it, and the people it names. */
export interface Named {
  readonly concept: Concept;
  readonly concepts: Concept[];
  readonly docs: Int32Array;
}

/** Ranks a named person above every other concept: a name is what the user is looking for. */
export const NAME_WEIGHT = 1000;

/** A name typed in Latin letters among the query's plain words: its words become one concept. */
export function nameConcept(snapshot: PoolSnapshot, concepts: readonly Concept[]): Named | null {
  const latin = concepts
    .map((c, i) => ({ c, i }))
    .filter(
      ({ c }) =>
        c.kind === 'text' &&
        !c.phrase &&
        c.literals.length === 0 &&
        c.presence !== 'prohibited' &&
        /^[a-z]+$/i.test(c.typed),
    );
  for (let length = Math.min(3, latin.length); length >= 1; length--) {
    for (let from = 0; from + length <= latin.length; from++) {
      const run = latin.slice(from, from + length);
      if (run.some((r, k) => k > 0 && r.i !== (run[k - 1] as { i: number }).i + 1)) continue;
      const docs = findByName(
        snapshot,
        run.map((r) => r.c.typed),
      );
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
export function correct(
  snapshot: PoolSnapshot,
  taxonomy: Taxonomy,
  c: Concept,
  didYouMean: { from: string; to: string }[],
): Concept {
  if (c.kind === 'any') {
    const members = c.members
      .map((m) => correct(snapshot, taxonomy, m, didYouMean))
      .filter((m): m is TaxonomyConcept | TextConcept => m.kind !== 'any');
    return { ...c, members };
  }
  if (
    c.kind !== 'text' ||
    c.literals.length > 0 ||
    c.phrase ||
    c.presence === 'prohibited' ||
    c.terms.length === 0 ||
    isWeak(c)
  )
    return c;
  const word = c.terms[0];
  if (!word || snapshot.index.has(word)) return c;
  const to = suggest(word, snapshot.index, taxonomy);
  if (!to) return c;
  didYouMean.push({ from: c.typed, to });
  const fixed = analyzeTerm({ text: to, phrase: false, presence: c.presence }, taxonomy)[0];
  return fixed && fixed.kind !== 'any' ? fixed : c;
}
