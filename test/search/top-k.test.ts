import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScoringUnit } from '../../src/store/compact-index.js';
import { levelKey, topK, type LevelList } from '../../src/search/top-k.js';

const SIZE = 300;

/** Sorted, distinct document numbers. */
const docList = fc
  .uniqueArray(fc.integer({ min: 0, max: SIZE - 1 }), { maxLength: 120 })
  .map((a) => Int32Array.from(a.sort((x, y) => x - y)));

const unit = fc
  .record({
    docs: docList,
    weights: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 120, maxLength: 120 }),
    q: fc.integer({ min: 1, max: 8 }),
  })
  .map(({ docs, weights, q }): ScoringUnit => {
    const w = Float32Array.from(docs, (_d, i) => (weights[i] as number) / 8);
    return { postings: docs, weights: w, q: q / 4, max: w.reduce((m, x) => Math.max(m, x), 0) };
  });

const list = fc
  .record({ docs: docList, weight: fc.integer({ min: 1, max: 16 }), graded: fc.boolean() })
  .map(({ docs, weight, graded }): LevelList => ({
    docs,
    weight: weight / 4,
    share: graded ? (doc: number) => (doc % 3 === 0 ? 1 : doc % 3 === 1 ? 0.75 : 0.5) : undefined,
  }));

/** Every candidate scored, sorted: what topK must return the head of. */
function bruteForce(
  lists: readonly LevelList[],
  units: readonly ScoringUnit[],
  driver: Int32Array | null,
  accept: (d: number) => boolean,
  k: number,
  bonus: ((doc: number) => number) | null = null,
) {
  const candidates = new Set<number>();
  if (driver) driver.forEach((d) => candidates.add(d));
  else if (lists.length === 0)
    for (let d = 0; d < SIZE; d++) candidates.add(d); // nothing ranks: everyone
  else for (const l of lists) l.docs.forEach((d) => candidates.add(d));
  const all = [...candidates].filter(accept).map((doc) => {
    let level = 0;
    for (const l of lists) if (l.docs.includes(doc)) level += l.share ? l.weight * l.share(doc) : l.weight;
    if (bonus) level += bonus(doc);
    let score = 0;
    for (const u of units) {
      const at = u.postings.indexOf(doc);
      if (at >= 0) score += u.q * (u.weights[at] as number);
    }
    return { doc, levelKey: levelKey(level), score };
  });
  all.sort((a, b) => b.levelKey - a.levelKey || b.score - a.score || a.doc - b.doc);
  return { top: all.slice(0, k), total: all.length };
}

describe('topK (MaxScore over coverage, then BM25)', () => {
  it('returns exactly the k best of every candidate, and the exact count, whatever the lists', () => {
    fc.assert(
      fc.property(
        fc.array(list, { maxLength: 5 }),
        fc.array(unit, { maxLength: 5 }),
        fc.option(docList, { nil: null }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(0, Infinity),
        fc.boolean(),
        (lists, units, driver, k, modulo, pruneFrom, withBonus) => {
          const accept = (d: number): boolean => d % modulo !== 1;
          // A bonus as years give one: a little, by document (full, half, none).
          const of = (d: number): number => (d % 5 === 0 ? 0.001 : d % 5 === 1 ? 0.0005 : 0);
          const bonus = withBonus ? { max: 0.001, of } : undefined;
          // pruneFrom 0: MaxScore always; Infinity: the exhaustive pass always.
          const got = topK({ lists, units, driver, accept, k, size: SIZE, pruneFrom, bonus });
          const want = bruteForce(lists, units, driver, accept, k, withBonus ? of : null);
          expect(got.total).toBe(want.total);
          expect(got.top.map((s) => [s.doc, s.levelKey])).toEqual(want.top.map((s) => [s.doc, s.levelKey]));
          got.top.forEach((s, i) => expect(s.score).toBeCloseTo((want.top[i] as { score: number }).score, 9));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('prunes: with a rare concept and a common one, the common one alone is never scored', () => {
    const rare = Int32Array.from({ length: 40 }, (_v, i) => i * 250);
    const common = Int32Array.from({ length: 10_000 }, (_v, i) => i);
    const lists: LevelList[] = [
      { docs: rare, weight: 3 },
      { docs: common, weight: 0.5 },
    ];
    const units: ScoringUnit[] = [{ postings: common, weights: new Float32Array(common.length).fill(1), q: 1, max: 1 }];
    const got = topK({ lists, units, driver: null, accept: null, k: 20, size: 10_000, pruneFrom: 0 });
    expect(got.total).toBe(10_000);
    expect(got.top.every((s) => s.doc % 250 === 0)).toBe(true);
    // Only the rare list's documents (and a few before the threshold formed) get a score.
    expect(got.scored).toBeLessThanOrEqual(60);
  });
});
