import type { PoolSnapshot } from '../store/snapshot.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { fold } from '../text/fold.js';
import { intersect } from '../store/compact-index.js';
import { termDocs, union } from './retrieve.js';
import { wordForms } from './word-forms.js';
import type { TextConcept } from './concepts.js';

/**
 * Loose matches: an English name of two words is often written apart (`network design` in
 * "designed and implemented the campus wireless network", `payroll supervisor` in "supervised a
 * payroll team of five"). Who writes the two words close together, in one sentence and either
 * order, shows part of the thing.
 */

/**
 * Characters between the two words at most: about six words when the name's last word comes first
 * (`designed and implemented the campus network`, `supervised a payroll team`, `design of the
 * network`), two short ones in the name's own order (`network and systems design`); further apart in
 * that order they are mostly two things (`machine maintenance and lifelong learning`).
 */
const WINDOW = 40;
const IN_ORDER = 16;
/** Characters of the longest form of a word read around its root. */
const LONGEST_FORM = 24;
/** Places counted per résumé at most. */
const MAX_TIMES = 8;
/**
 * A pair of words written by more than this share of the résumés is not read (`project`, `manager`):
 * common words near each other say little, and who writes the name itself is found already.
 */
const COMMON_SHARE = 0.08;
/** In a small pool, this many résumés are never too many to read. */
const FEW = 50;
/** Résumés read for one thing asked at most, whatever the pool's size (a query's time). */
const MOST_READ = 2000;
/** Words that join a name's words and say nothing of their own. */
const FILLER = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'a', 'an', 'to', 'with', 'or', 'at', 'by']);
const LATIN = /^[a-z][a-z ]*[a-z]$/;
/** A sentence ends, or a list item does: words on either side are not one thing. */
const STOP = '[^.;:!?•|/()\\n\\r\\t]';

/** What was found for the entries asked lately, per pool (a query asks a few). */
const cache = new WeakMap<PoolSnapshot, Map<string, Loose>>();
const CACHED = 512;

/** The two content words of an alias, or null (one word, three or more, not Latin, too short). */
function pairOf(alias: string): [string, string] | null {
  const folded = fold(alias).trim();
  if (!LATIN.test(folded)) return null;
  const words = folded.split(/\s+/).filter((w) => !FILLER.has(w));
  if (words.length !== 2) return null;
  const [a, b] = words as [string, string];
  if (a.length < 3 || b.length < 3 || a === b) return null;
  return [a, b];
}

function formsPattern(word: string): string {
  return `(?<![a-z])(?:${[word, ...wordForms(word)].sort((x, y) => y.length - x.length).join('|')})(?![a-z])`;
}

/** What a word's forms all start with (`design` for designed, designing; `appl` for applied). */
function rootOf(word: string): string {
  let root = word;
  for (const f of wordForms(word)) while (!f.startsWith(root)) root = root.slice(0, -1);
  return root;
}

function isLetter(byte: number): boolean {
  return (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a);
}

function wordDocs(snapshot: PoolSnapshot, word: string): Int32Array {
  let docs = termDocs(snapshot, word);
  for (const f of wordForms(word)) docs = union(docs, termDocs(snapshot, f));
  return docs;
}

/** Documents that write the words of one of the entry's two-word English aliases close together. */
export interface Loose {
  readonly docs: Int32Array;
  readonly counts: ReadonlyMap<number, number>;
  /** For each résumé, the first place it writes a name apart, and the name as the taxonomy writes it. */
  readonly shown: ReadonlyMap<number, { readonly name: string; readonly written: string }>;
}

export function looseDocs(snapshot: PoolSnapshot, taxonomy: Taxonomy, id: string): Loose {
  let byId = cache.get(snapshot);
  if (!byId) cache.set(snapshot, (byId = new Map()));
  const known = byId.get(id);
  if (known) return known;
  const pairs = new Map<string, { a: string; b: string; name: string }>();
  for (const alias of taxonomy.get(id)?.aliases ?? []) {
    const pair = pairOf(alias);
    // One pair for a name's forms (`network design`, `network designs`): a place is counted once.
    const key = pair ? pair.map(rootOf).sort().join(' ') : '';
    if (pair && !pairs.has(key)) pairs.set(key, { a: pair[0], b: pair[1], name: fold(alias).trim() });
  }
  let out: Int32Array = new Int32Array(0);
  const counts = new Map<number, number>();
  const shown = new Map<number, { name: string; written: string }>();
  // Rarest pairs first, within a budget of résumés read.
  const common = Math.min(MOST_READ / 2, Math.max(FEW, snapshot.profiles.length * COMMON_SHARE));
  const candidates = [...pairs.values()]
    .map(({ a, b, name }) => {
      const withA = wordDocs(snapshot, a);
      const withB = wordDocs(snapshot, b);
      // Each place the rarer word's root is written is read with the window around it.
      const anchor = Buffer.from(rootOf(withA.length <= withB.length ? a : b), 'latin1');
      return { a, b, name, anchor, docs: intersect(withA, withB) };
    })
    .filter((p) => p.docs.length > 0 && p.docs.length <= common)
    .sort((x, y) => x.docs.length - y.docs.length);
  let budget = MOST_READ;
  const { buffer, offsets } = snapshot.texts;
  for (const { a, b, name, anchor, docs } of candidates) {
    if (docs.length > budget) break;
    budget -= docs.length;
    const pa = formsPattern(a);
    const pb = formsPattern(b);
    const near = new RegExp(`${pa}${STOP}{0,${IN_ORDER}}?${pb}|${pb}${STOP}{0,${WINDOW}}?${pa}`);
    const reach = WINDOW + LONGEST_FORM;
    const found: number[] = [];
    for (const doc of docs) {
      const text = buffer.subarray(offsets[doc], offsets[doc + 1]);
      let n = 0;
      for (let at = text.indexOf(anchor); at >= 0 && n < MAX_TIMES; at = text.indexOf(anchor, at + anchor.length)) {
        if (at > 0 && isLetter(text[at - 1] as number)) continue;
        // Read as Latin-1 (a plain copy): the words are ASCII, and UTF-8 bytes of other scripts are not letters.
        const around = text.toString('latin1', Math.max(0, at - reach), Math.min(text.length, at + reach));
        const m = near.exec(around);
        if (!m) continue;
        n++;
        if (!shown.has(doc)) shown.set(doc, { name, written: Buffer.from(m[0], 'latin1').toString('utf8') });
      }
      if (n > 0) {
        found.push(doc);
        counts.set(doc, Math.max(counts.get(doc) ?? 0, n));
      }
    }
    out = union(out, Int32Array.from(found));
  }
  const result = { docs: out, counts, shown };
  if (byId.size >= CACHED) byId.clear();
  byId.set(id, result);
  return result;
}

/** What a résumé that writes a name apart shows: the name, quoted where it is written (see highlights.ts). */
export function looseShown(shown: { readonly name: string; readonly written: string }): TextConcept {
  return { kind: 'text', typed: shown.name, terms: [], literals: [shown.written], presence: 'default' };
}
