import { maskResumeContacts } from '../profile/contacts.js';
import { extractProfile } from '../profile/extract.js';
import type { Profile } from '../profile/profile.js';
import { cleanResume } from '../resume/clean.js';
import { contentKey } from './content-key.js';
import {
  readTextFile,
  type FolderAccess,
  type FolderEntry,
  type LoadWarning,
  type ResumeFile,
} from '../resume/read-folder.js';
import { documentFields, FIELDS } from '../store/fields.js';
import { withRoom } from '../store/int-array.js';
import { tokenizeInto, type TermSink } from '../store/tokenizer.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { withColonDegrees } from '../profile/studied.js';
import { CodeTable, pairCode } from '../text/code-table.js';
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
 * A file to parse: read already (a document's extracted text, or a file read by the caller), or
 * only listed, for the parsing thread to read itself (see `readTextFile`).
 */
export type ParseItem = ResumeFile | FolderEntry;

/** The items' files, the listed ones read now (`access` says how); those that cannot be read are warned about. */
export function readItems(
  items: readonly ParseItem[],
  access: FolderAccess | null,
): { files: ResumeFile[]; warnings: LoadWarning[] } {
  const files: ResumeFile[] = [];
  const warnings: LoadWarning[] = [];
  for (const item of items) {
    if ('text' in item) files.push(item);
    else if (!access) warnings.push({ source: item.source, reason: 'skipped: cannot read it (no folder given)' });
    else {
      const outcome = readTextFile(item, access);
      if ('reason' in outcome) warnings.push(outcome);
      else files.push(outcome);
    }
  }
  return { files, warnings };
}

/**
 * Parses files: clean, fold, taxonomy, profile, field terms. Never throws for one bad file. One
 * parser numbers terms across all its batches, so a worker can send its results in small chunks
 * (sending 25,000 résumés at once took a worker 10 s and held them all in its heap).
 */
export class ResumeParser {
  private readonly taxonomy: Taxonomy;
  private readonly now: Date;
  private readonly counter = new TermCounter();

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
        // Extraction is written not to throw; if it ever does, one résumé must not sink the pool,
        // nor leave its half-counted field to the next.
        this.counter.take();
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
    const hits = withColonDegrees(taxonomy.findAll(folded, clean.text), clean.text);
    const profile = extractProfile(
      { id: file.id, source: file.source, mtimeMs: file.mtimeMs, clean, folded, hits, contacts: { phones, emails } },
      taxonomy,
      { now: this.now },
    );
    const contents = documentFields(profile, folded, hits, taxonomy);
    const { counter } = this;
    counter.newTerms = newTerms;
    const fields = FIELDS.map((f) => {
      const content = contents[f.name];
      if (content && 'text' in content) tokenizeInto(content.text, taxonomy, counter);
      else for (const term of content?.terms ?? []) counter.push(term);
      return counter.take();
    });
    return { profile, text: utf8.encode(folded), contentKey: contentKey(folded), fields };
  }
}

/**
 * Counts one field's terms at a time as the parser's term ids: ids in the order terms first appear,
 * a new term numbered as it comes (and added to `newTerms`). A Chinese bigram is looked up by its
 * two characters as one number, its string made only when it is new to this table: most of a
 * Chinese résumé's terms are bigrams, and a string-keyed lookup of each was a twelfth of parsing.
 */
class TermCounter implements TermSink {
  newTerms: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly bigrams = new CodeTable();
  /** Counts by term id, all zero between fields. */
  private counts = new Int32Array(4096);
  private readonly seen: number[] = [];
  private length = 0;

  push(term: string): void {
    this.tally(this.idOf(term));
  }

  bigram(run: string, at: number): void {
    const code = pairCode(run, at);
    let id = this.bigrams.get(code);
    if (id < 0) {
      id = this.idOf(run.slice(at, at + 2));
      this.bigrams.set(code, id);
    }
    this.tally(id);
  }

  /** The field counted since the last `take`: its distinct terms' ids, their counts, its length. */
  take(): { ids: Int32Array; counts: Int32Array; length: number } {
    const { seen } = this;
    const counts = new Int32Array(seen.length);
    for (let i = 0; i < seen.length; i++) {
      const id = seen[i] as number;
      counts[i] = this.counts[id] as number;
      this.counts[id] = 0;
    }
    const field = { ids: Int32Array.from(seen), counts, length: this.length };
    seen.length = 0;
    this.length = 0;
    return field;
  }

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
      this.newTerms.push(term);
      this.counts = withRoom(this.counts, id + 1);
    }
    return id;
  }

  private tally(id: number): void {
    this.length++;
    const n = this.counts[id] as number;
    if (n === 0) this.seen.push(id);
    this.counts[id] = n + 1;
  }
}
