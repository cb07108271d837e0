import type { Profile } from '../profile/profile.js';
import type { LoadWarning } from '../resume/read-folder.js';
import type { CompactIndex } from './compact-index.js';
import { prepareVerifier } from './phrase-filter.js';
import type { TextStore } from './text-store.js';

/*
 * The immutable index data a search runs on: profiles, the compact lunr index, the text store and
 * its phrase filter. Built by the pool (pool/build.ts) or loaded from its cache; read by search.
 * This folder imports neither the pool nor search.
 */

/** Everything a search needs, immutable: a rebuild makes a new snapshot and swaps it in. */
export interface PoolSnapshot {
  /** The résumé folder, absolute. */
  readonly dir: string;
  /** Profiles by document number. */
  readonly profiles: readonly Profile[];
  readonly byId: ReadonlyMap<string, number>;
  readonly texts: TextStore;
  readonly index: CompactIndex;
  readonly warnings: readonly LoadWarning[];
  readonly builtAt: string;
  /** Cache key: folder fingerprint, code and taxonomy version. */
  readonly key: string;
}

/** Puts the parts together (after a build or a cache load). */
export function assembleSnapshot(
  dir: string,
  profiles: readonly Profile[],
  texts: TextStore,
  index: CompactIndex,
  warnings: readonly LoadWarning[],
  builtAt: string,
  key: string,
): PoolSnapshot {
  const byId = new Map<string, number>();
  profiles.forEach((p, i) => byId.set(p.id, i));
  prepareVerifier(texts);
  return { dir, profiles, byId, texts, index, warnings, builtAt, key };
}
