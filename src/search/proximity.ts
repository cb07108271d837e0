import type { TextStore } from '../pool/text-store.js';
import { fold } from '../text/fold.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { Concept } from './concepts.js';

/**
 * Proximity: when a query names several things, résumés where they stand together come first.
 * `Java 开发` is a Java developer ("Java开发工程师"), not an Android developer who once wrote Java;
 * `kafka 运维` is someone who ran Kafka. lunr scores each concept on its own, so the best of its
 * ranking are re-ordered by how many neighbouring pairs of the query (in the order typed) occur
 * within a few words of each other in the résumé's text.
 */

/** Bytes between the end of one concept's evidence and the start of the other's (≈ 15 Chinese characters, 6–8 English words). */
const WINDOW = 48;
/** Occurrences looked at per concept and résumé. */
const MAX_OCCURRENCES = 64;
/** A résumé with every pair together scores this much more (half as much for half the pairs). */
export const PROXIMITY_BOOST = 0.5;

/** The folded forms of a concept as they appear in text, longest first. */
export function proximityForms(concept: Concept, taxonomy: Taxonomy): Buffer[] {
  const forms = new Set<string>();
  if (concept.kind === 'text') {
    for (const literal of concept.literals) forms.add(literal);
    if (concept.literals.length === 0) forms.add(fold(concept.typed));
  } else {
    forms.add(fold(concept.typed));
    for (const alias of taxonomy.get(concept.id)?.aliases ?? []) forms.add(fold(alias));
  }
  return [...forms]
    .filter((f) => f.trim() !== '')
    .sort((a, b) => b.length - a.length)
    .map((f) => Buffer.from(f, 'utf8'));
}

/** How many neighbouring pairs of `forms` (one list per concept, in query order) occur close together in `doc`. */
export function nearPairs(texts: TextStore, doc: number, forms: readonly (readonly Buffer[])[]): number {
  const start = texts.offsets[doc] as number;
  const end = texts.offsets[doc + 1] as number;
  const spans = forms.map((list) => occurrences(texts.buffer, start, end, list));
  let near = 0;
  for (let i = 0; i + 1 < spans.length; i++) if (close(spans[i] as number[], spans[i + 1] as number[])) near++;
  return near;
}

/** Start/end byte pairs of every occurrence of any form, as whole words for Latin forms, by start. */
function occurrences(buffer: Buffer, start: number, end: number, forms: readonly Buffer[]): number[] {
  const found: [number, number][] = [];
  for (const form of forms) {
    const latinStart = isWordByte(form[0] as number);
    const latinEnd = isWordByte(form[form.length - 1] as number);
    let at = buffer.indexOf(form, start);
    while (at >= 0 && at + form.length <= end && found.length < MAX_OCCURRENCES) {
      const after = at + form.length;
      // `java` in `javascript` is not Java; a Chinese form needs no word boundary.
      const bounded = (!latinStart || at === start || !isWordByte(buffer[at - 1] as number)) && (!latinEnd || after === end || !isWordByte(buffer[after] as number));
      if (bounded) found.push([at, after]);
      at = buffer.indexOf(form, at + 1);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  return found.flat();
}

/** True when some occurrence in `a` and some in `b` are within the window (either order). */
function close(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 2) {
    for (let j = 0; j < b.length; j += 2) {
      const gap = Math.max((b[j] as number) - (a[i + 1] as number), (a[i] as number) - (b[j + 1] as number));
      if (gap <= WINDOW) return true;
    }
  }
  return false;
}

function isWordByte(byte: number): boolean {
  return (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a);
}
