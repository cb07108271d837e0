import { degreeRank, type Profile } from '../profile/profile.js';
import type { PoolSnapshot } from '../store/snapshot.js';

/**
 * The facts every filtered query reads for every résumé (total years, highest degree), one typed
 * array each, made once per snapshot. Reading them from 10,000 profile objects on each query cost
 * more than the rest of a `degree:硕士` search.
 */
export interface Columns {
  /** Total years of experience; NaN when unknown. */
  readonly years: Float64Array;
  /** With years unknown, the estimate from a year of birth or degree (profile.yearsEstimate); else NaN. */
  readonly estimate: Float64Array;
  /** How years are known: 2 by dates or statement, 1 only estimated, 0 not at all (a years query ranks in this order). */
  readonly certainty: Uint8Array;
  /** The highest degree's rank (profile.degreeRank); 0 when none. */
  readonly degree: Uint8Array;
}

const cache = new WeakMap<PoolSnapshot, Columns>();

export function columnsOf(snapshot: PoolSnapshot): Columns {
  let columns = cache.get(snapshot);
  if (!columns) {
    const size = snapshot.profiles.length;
    const years = new Float64Array(size);
    const estimate = new Float64Array(size);
    const certainty = new Uint8Array(size);
    const degree = new Uint8Array(size);
    for (let doc = 0; doc < size; doc++) {
      const p = snapshot.profiles[doc] as Profile;
      years[doc] = p.years ?? Number.NaN;
      estimate[doc] = p.years === null ? (p.yearsEstimate ?? Number.NaN) : Number.NaN;
      certainty[doc] = p.years !== null ? 2 : p.yearsEstimate !== undefined ? 1 : 0;
      degree[doc] = degreeRank(p.highestDegree);
    }
    columns = { years, estimate, certainty, degree };
    cache.set(snapshot, columns);
  }
  return columns;
}
