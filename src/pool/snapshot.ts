import type { Profile } from '../profile/profile.js';
import { extractProfile } from '../profile/extract.js';
import { cleanResume } from '../resume/clean.js';
import { readResumeFolder, type LoadWarning, type ResumeFile } from '../resume/read-folder.js';
import { documentFields, FIELDS } from '../search/fields.js';
import { buildCompactIndex, CompactIndex } from '../search/lunr-engine.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { fold } from '../text/fold.js';
import { TextStore } from './text-store.js';

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

export interface BuildProgress {
  readonly phase: 'reading' | 'parsing' | 'indexing' | 'saving';
  readonly done: number;
  readonly total: number;
}

export interface BuildOptions {
  readonly taxonomy: Taxonomy;
  readonly now: Date;
  readonly key: string;
  readonly onProgress?: (progress: BuildProgress) => void;
}

/** Reads the folder and builds a snapshot. Bad files are skipped with a warning. */
export async function buildSnapshot(dir: string, options: BuildOptions): Promise<PoolSnapshot> {
  const { files, warnings } = await readResumeFolder(dir, {
    onProgress: (done, total) => options.onProgress?.({ phase: 'reading', done, total }),
  });
  return buildSnapshotFromFiles(dir, files, warnings, options);
}

/** Builds a snapshot from files already read (tests and benchmarks use this directly). */
export function buildSnapshotFromFiles(
  dir: string,
  files: readonly ResumeFile[],
  readWarnings: readonly LoadWarning[],
  options: BuildOptions,
): PoolSnapshot {
  const { taxonomy } = options;
  const warnings = [...readWarnings];
  const profiles: Profile[] = [];
  const folded: string[] = [];
  const fields: Record<string, string[]>[] = [];
  files.forEach((file, i) => {
    try {
      const clean = cleanResume(file.text);
      const text = fold(clean.text);
      if (text.trim() === '') {
        warnings.push({ source: file.source, reason: 'skipped: no text left after removing markup' });
        return;
      }
      const hits = taxonomy.findAll(text, clean.text);
      const profile = extractProfile({ id: file.id, source: file.source, mtimeMs: file.mtimeMs, clean, folded: text, hits }, taxonomy, { now: options.now });
      profiles.push(profile);
      folded.push(text);
      fields.push(documentFields(profile, text, hits, taxonomy));
    } catch (cause) {
      // Extraction is written not to throw; if it ever does, one résumé must not sink the pool.
      warnings.push({ source: file.source, reason: `skipped: could not be parsed (${cause instanceof Error ? cause.message : String(cause)})` });
    }
    options.onProgress?.({ phase: 'parsing', done: i + 1, total: files.length });
  });
  markDuplicates(profiles);
  options.onProgress?.({ phase: 'indexing', done: 0, total: profiles.length });
  const data = buildCompactIndex(FIELDS, fields);
  options.onProgress?.({ phase: 'indexing', done: profiles.length, total: profiles.length });
  return assembleSnapshot(dir, profiles, TextStore.fromTexts(folded), new CompactIndex(data), warnings, new Date().toISOString(), options.key);
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
  return { dir, profiles, byId, texts, index, warnings, builtAt, key };
}

/** The same person in two files (same phone or e-mail): later files point at the first. */
function markDuplicates(profiles: Profile[]): void {
  const owner = new Map<string, string>();
  for (let i = 0; i < profiles.length; i++) {
    const p = profiles[i] as Profile;
    const keys = [...p.phones.map((x) => `p:${x.replace(/^\+?86/, '')}`), ...p.emails.map((x) => `e:${x}`)];
    const first = keys.map((k) => owner.get(k)).find((id) => id !== undefined);
    if (first !== undefined) profiles[i] = { ...p, duplicateOf: first };
    else for (const k of keys) owner.set(k, p.id);
  }
}
