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

/** Characters between the end of one concept's evidence and the start of the other's. */
const WINDOW = 20;
/** Occurrences looked at per concept and résumé. */
const MAX_OCCURRENCES = 64;
/** A résumé with every pair together scores this much more (half as much for half the pairs). */
export const PROXIMITY_BOOST = 0.5;

/**
 * One pattern per concept matching its forms in folded text: what was typed and, for a skill, its
 * own aliases (not narrower skills: `消息队列 运维` is about queues in general, and Kafka next to
 * 运维 is found through `kafka 运维`). Latin forms match as whole words (`java` is not `javascript`).
 */
export function proximityPattern(concept: Concept, taxonomy: Taxonomy): RegExp | null {
  const forms = new Set<string>();
  if (concept.kind === 'text') {
    for (const literal of concept.literals) forms.add(literal);
    if (concept.literals.length === 0) forms.add(fold(concept.typed));
  } else {
    forms.add(fold(concept.typed));
    for (const alias of taxonomy.get(concept.id)?.aliases ?? []) forms.add(fold(alias));
  }
  const pieces = [...forms]
    .map((f) => f.trim())
    .filter((f) => f !== '')
    .sort((a, b) => b.length - a.length)
    .map((f) => `${/^[a-z0-9]/.test(f) ? '(?<![a-z0-9])' : ''}${escapeRegExp(f)}${/[a-z0-9]$/.test(f) ? '(?![a-z0-9])' : ''}`);
  return pieces.length === 0 ? null : new RegExp(pieces.join('|'), 'g');
}

/** How many neighbouring pairs of `patterns` (one per concept, in query order) occur close together in `doc`. */
export function nearPairs(texts: TextStore, doc: number, patterns: readonly (RegExp | null)[]): number {
  const text = texts.text(doc);
  const spans = patterns.map((p) => (p ? occurrences(text, p) : []));
  let near = 0;
  for (let i = 0; i + 1 < spans.length; i++) if (close(spans[i] as number[], spans[i + 1] as number[])) near++;
  return near;
}

/** Start/end pairs of the first occurrences of `pattern` in `text`, by start. */
function occurrences(text: string, pattern: RegExp): number[] {
  const found: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null && found.length < 2 * MAX_OCCURRENCES; m = pattern.exec(text)) {
    found.push(m.index, m.index + m[0].length);
  }
  return found;
}

/** True when some occurrence in `a` and some in `b` are within the window (either order); both lists by start. */
function close(a: readonly number[], b: readonly number[]): boolean {
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    const start = a[i] as number;
    const end = a[i + 1] as number;
    // Skip what ends too far before `a[i]`; lists are by start, so a later `a` never needs them.
    while (j < b.length && (b[j + 1] as number) < start - WINDOW) j += 2;
    for (let k = j; k < b.length && (b[k] as number) <= end + WINDOW; k += 2) return true;
  }
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
