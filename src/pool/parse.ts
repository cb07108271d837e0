import { maskResumeContacts } from '../profile/contacts.js';
import { extractProfile } from '../profile/extract.js';
import type { Profile } from '../profile/profile.js';
import { cleanResume } from '../resume/clean.js';
import { contentKey } from './content-key.js';
import type { LoadWarning, ResumeFile } from '../resume/read-folder.js';
import { documentFields, FIELDS } from '../store/fields.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { fold } from '../text/fold.js';

/** One parsed résumé: its profile, folded text and counted field terms (as the parser's term ids). */
export interface ParsedResume {
  readonly profile: Profile;
  /** The folded text, UTF-8 (its own buffer: a worker hands it over without a copy). */
  readonly text: Uint8Array;
  /** The text's content key (see `content-key.ts`), or null when the text is too short for one. */
  readonly contentKey: string | null;
  /** Per field: the parser's term ids (see {@link ParsedBatch.newTerms}), their counts, and the field length. */
  readonly fields: readonly { readonly ids: Int32Array; readonly counts: Int32Array; readonly length: number }[];
}

/** A batch of parsed résumés (what a worker sends back, a chunk at a time). */
export interface ParsedBatch {
  /**
   * Terms first seen in this batch. Term ids count from the parser's first batch on: the ids of a
   * batch index the concatenated `newTerms` of it and every earlier batch of the same parser.
   */
  readonly newTerms: readonly string[];
  /** In input order; `null` where the file was skipped (see warnings). */
  readonly resumes: readonly (ParsedResume | null)[];
  readonly warnings: readonly LoadWarning[];
}

const utf8 = new TextEncoder();

/**
 * Parses files: clean, fold, taxonomy, profile, field terms. Never throws for one bad file. One
 * parser numbers terms across all its batches, so a worker can send its results in small chunks
 * (sending 25,000 résumés at once took a worker 10 s and held them all in its heap).
 */
export class ResumeParser {
  private readonly taxonomy: Taxonomy;
  private readonly now: Date;
  private readonly ids = new Map<string, number>();
  /** Scratch counts by term id, all zero between calls of `count`. */
  private counts = new Int32Array(4096);

  constructor(taxonomy: Taxonomy, now: Date) {
    this.taxonomy = taxonomy;
    this.now = now;
  }

  parse(files: readonly ResumeFile[], onEach?: () => void): ParsedBatch {
    const newTerms: string[] = [];
    const warnings: LoadWarning[] = [];
    const resumes = files.map((file) => {
      try {
        return this.parseOne(file, newTerms, warnings);
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
    return { newTerms, resumes, warnings };
  }

  private parseOne(file: ResumeFile, newTerms: string[], warnings: LoadWarning[]): ParsedResume | null {
    const { taxonomy } = this;
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
      { now: this.now },
    );
    const tokens = documentFields(profile, folded, hits, taxonomy);
    const fields = FIELDS.map((f) => this.count(tokens[f.name] ?? [], newTerms));
    return { profile, text: utf8.encode(folded), contentKey: contentKey(folded), fields };
  }

  /**
   * One field's tokens → its distinct terms as term ids (in the order they first appear, new terms
   * numbered as they come), their counts and the field's length. One map lookup a token.
   */
  private count(
    tokens: readonly string[],
    newTerms: string[],
  ): { ids: Int32Array; counts: Int32Array; length: number } {
    const { ids } = this;
    const seen: number[] = [];
    for (const term of tokens) {
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
        newTerms.push(term);
        if (id >= this.counts.length) {
          const grown = new Int32Array(this.counts.length * 2);
          grown.set(this.counts);
          this.counts = grown;
        }
      }
      const n = this.counts[id] as number;
      if (n === 0) seen.push(id);
      this.counts[id] = n + 1;
    }
    const counts = new Int32Array(seen.length);
    for (let i = 0; i < seen.length; i++) {
      const id = seen[i] as number;
      counts[i] = this.counts[id] as number;
      this.counts[id] = 0;
    }
    return { ids: Int32Array.from(seen), counts, length: tokens.length };
  }
}
