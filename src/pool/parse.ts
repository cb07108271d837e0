import { maskResumeContacts } from '../profile/contacts.js';
import { extractProfile } from '../profile/extract.js';
import type { Profile } from '../profile/profile.js';
import { cleanResume } from '../resume/clean.js';
import type { LoadWarning, ResumeFile } from '../resume/read-folder.js';
import { documentFields, FIELDS } from '../store/fields.js';
import { countTerms } from '../store/index-builder.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { fold } from '../text/fold.js';

/** One parsed résumé: its profile, folded text and counted field terms (as local term ids). */
export interface ParsedResume {
  readonly profile: Profile;
  readonly folded: string;
  /** Per field: term ids into the batch vocabulary, their counts, and the field length. */
  readonly fields: readonly { readonly ids: Int32Array; readonly counts: Int32Array; readonly length: number }[];
}

/** A batch of parsed résumés sharing one vocabulary (what a worker sends back). */
export interface ParsedBatch {
  readonly vocabulary: readonly string[];
  /** In input order; `null` where the file was skipped (see warnings). */
  readonly resumes: readonly (ParsedResume | null)[];
  readonly warnings: readonly LoadWarning[];
}

/** Parses files: clean, fold, taxonomy, profile, field terms. Never throws for one bad file. */
export function parseBatch(
  files: readonly ResumeFile[],
  taxonomy: Taxonomy,
  now: Date,
  onEach?: () => void,
): ParsedBatch {
  const vocabulary: string[] = [];
  const ids = new Map<string, number>();
  const warnings: LoadWarning[] = [];
  const resumes = files.map((file) => {
    try {
      // Contacts are found first, then masked in everything indexed, stored and quoted.
      const { clean, phones, emails } = maskResumeContacts(cleanResume(file.text));
      const folded = fold(clean.text);
      if (folded.trim() === '') {
        warnings.push({ source: file.source, reason: 'skipped: no text left after removing markup' });
        return null;
      }
      const hits = taxonomy.findAll(folded, clean.text);
      const profile = extractProfile(
        { id: file.id, source: file.source, mtimeMs: file.mtimeMs, clean, folded, hits, contacts: { phones, emails } },
        taxonomy,
        { now },
      );
      const tokens = documentFields(profile, folded, hits, taxonomy);
      const fields = FIELDS.map((f) => {
        const counted = countTerms(tokens[f.name] ?? []);
        const local = new Int32Array(counted.terms.length);
        counted.terms.forEach((term, i) => {
          let id = ids.get(term);
          if (id === undefined) {
            id = vocabulary.length;
            ids.set(term, id);
            vocabulary.push(term);
          }
          local[i] = id;
        });
        return { ids: local, counts: Int32Array.from(counted.counts), length: counted.length };
      });
      return { profile, folded, fields };
    } catch (cause) {
      // Extraction is written not to throw; if it ever does, one résumé must not sink the pool.
      warnings.push({
        source: file.source,
        reason: `skipped: could not be parsed (${cause instanceof Error ? cause.message : String(cause)})`,
      });
      return null;
    } finally {
      onEach?.();
    }
  });
  return { vocabulary, resumes, warnings };
}
