import type { PoolSnapshot } from '../store/snapshot.js';
import { aliasKey, type Taxonomy } from '../taxonomy/taxonomy.js';
import { fold } from '../text/fold.js';
import { intersect } from '../store/compact-index.js';
import { termDocs, union } from './retrieve.js';
import { wordForms } from './word-forms.js';
import type { TextConcept } from './concepts.js';

/**
 * Loose matches: an English name of a skill or practice in two words is often written apart (`code
 * review` in "reviewed the payments code", `unit testing` in "unit and integration testing"). Who
 * writes the two words close together, in one sentence and either order, shows part of the thing.
 */

/** Characters read on each side of a word for the other (eight words between at most: see nearPattern). */
const WINDOW = 60;
/** Characters of the longest form of a word read around its root. */
const LONGEST_FORM = 24;
/** Places of the word looked at per résumé at most, inside other words too (a long file that writes it everywhere). */
const MAX_LOOKS = 64;
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

/** What was found for the entries asked lately, per pool (a query asks a few). */
const cache = new WeakMap<PoolSnapshot, Map<string, Loose>>();
const LOOSE_KINDS: ReadonlySet<string> = new Set(['language', 'framework', 'database', 'infra', 'tool', 'concept']);
const NONE: Loose = { docs: new Int32Array(0), counts: new Map(), shown: new Map() };
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

/** What a word's forms all start with (`design` for designed, designing; `appl` for applied). */
function rootOf(word: string): string {
  let root = word;
  for (const f of wordForms(word)) while (!f.startsWith(root)) root = root.slice(0, -1);
  return root;
}

function isLetter(byte: number): boolean {
  return (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a);
}

/** A word of the name as written in it, or in the plural (`design`, `designs`), as a pattern. */
function ownForms(word: string): string[] {
  return [word, `${word}s`, `${word}es`].filter((f) => f === word || wordForms(word).includes(f));
}

/** Any of `forms` as a whole word, the longest first. */
function wordsPattern(forms: readonly string[]): string {
  return `(?<![a-z])(?:${[...forms].sort((x, y) => y.length - x.length).join('|')})(?![a-z])`;
}

const SPACE = '[ \\t]';
/** Words that tie two things apart rather than one (`bank with a central`, `approaches to testing`). */
const TIES = 'to|for|with|at|by|from|in|on|as|into|over|than|via|per';
/** A word between the two that is no tie (`the`, `and`, `of` are words of one thing). */
const BETWEEN = `(?!(?:${TIES})(?![a-z0-9]))[a-z0-9][a-z0-9+#-]*`;

/**
 * Where two words of a name stand as one thing, in either order, in one sentence:
 * - in the name's order, as the name writes them (or plural), with one or two words between, or
 *   `and`, `or`, `/` or `&` (`unit and integration testing`, `audio/video`; not a comma: `Java,
 *   Network, Design` is a list; the name itself is the taxonomy's to find);
 * - the name's last word first, in any form, then one to five words, and three more after one comma
 *   at most (`designed and implemented the campus network`, `design, deploy and manage the WAN`,
 *   `reviewed the code`, `design of the network`; not `internal database`, `structured data`).
 * No word between may tie two things (`infrastructure to better service`, `bank with a central`).
 */
function nearPattern(a: string, b: string): RegExp {
  // Spaces of one line: a line break ends a list item or a heading.
  const words = (min: number, max: number): string => `(?:${SPACE}+${BETWEEN}){${min},${max}}`;
  const joiner = `${SPACE}*[/&]${SPACE}*|${SPACE}+(?:and|or)${SPACE}+`;
  const inOrder = `${wordsPattern(ownForms(a))}(?:${words(1, 2)}${SPACE}+|${joiner})${wordsPattern(ownForms(b))}`;
  const reversed = `${wordsPattern([b, ...wordForms(b)])}(?:${words(1, 5)}(?:,${words(1, 3)})?|,${words(1, 3)})${SPACE}+${wordsPattern([a, ...wordForms(a)])}`;
  return new RegExp(`${inOrder}|${reversed}`, 'g');
}

/** The first place in `around` that holds the word found at `at`, or null. */
function placeAt(around: string, near: RegExp, at: number, length: number): RegExpExecArray | null {
  near.lastIndex = 0;
  for (let m = near.exec(around); m !== null; m = near.exec(around)) {
    if (m.index <= at && m.index + m[0].length >= at + length) return m;
    if (m.index > at) return null;
    near.lastIndex = m.index + 1;
  }
  return null;
}

function wordDocs(snapshot: PoolSnapshot, word: string): Int32Array {
  let docs = termDocs(snapshot, word);
  for (const f of wordForms(word)) docs = union(docs, termDocs(snapshot, f));
  return docs;
}

/** Who writes a name apart, how often, and where first. */
export interface Loose {
  readonly docs: Int32Array;
  readonly counts: ReadonlyMap<number, number>;
  /** For each résumé, a place it writes a name apart (of the rarest pair it writes so), and the name as the taxonomy writes it. */
  readonly shown: ReadonlyMap<number, { readonly name: string; readonly written: string }>;
}

/** Documents that write the words of one of the entry's two-word English aliases close together. */
export function looseDocs(snapshot: PoolSnapshot, taxonomy: Taxonomy, id: string): Loose {
  // Skills and practices only: the words of a school's, a firm's, a place's, a trade's or a post's name
  // written apart are mostly another name (Iowa State University for the University of Iowa; a
  // process executive for a senior executive; presented to the board of directors).
  if (!LOOSE_KINDS.has(taxonomy.kind(id) ?? '')) return NONE;
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
    const near = nearPattern(a, b);
    const reach = WINDOW + LONGEST_FORM;
    const found: number[] = [];
    for (const doc of docs) {
      const text = buffer.subarray(offsets[doc], offsets[doc + 1]);
      let n = 0;
      let looks = 0;
      // Where the last place counted ends: a place is counted once, whichever of its words was found.
      let counted = 0;
      for (
        let at = text.indexOf(anchor);
        at >= 0 && n < MAX_TIMES && looks < MAX_LOOKS;
        at = text.indexOf(anchor, at + anchor.length)
      ) {
        looks++;
        if ((at > 0 && isLetter(text[at - 1] as number)) || at < counted) continue;
        const start = Math.max(0, at - reach);
        const end = Math.min(text.length, at + reach);
        // Read as Latin-1 (a plain copy): the words are ASCII, and every byte of another script stops a place.
        const around = text.toString('latin1', start, end);
        const place = placeAt(around, near, at - start, anchor.length);
        if (!place) continue;
        // A word cut at the edge of what was read is no word (`design` of `designers`).
        const from = start + place.index;
        const to = from + place[0].length;
        // A word is of one place only.
        if (from < counted) continue;
        if ((from > 0 && isLetter(text[from - 1] as number)) || (to < text.length && isLetter(text[to] as number)))
          continue;
        const written = Buffer.from(place[0], 'latin1').toString('utf8');
        // The name as written is the taxonomy's to find; where it found none, it meant none.
        if (aliasKey(written).includes(aliasKey(name))) continue;
        n++;
        counted = to;
        if (!shown.has(doc)) shown.set(doc, { name, written });
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

/**
 * What a résumé that writes a name apart shows, quoted where it is written (see highlights.ts): named
 * by the name, or by what is written where the name is the one asked (`Code review (≈ reviewed the
 * code)`, not `Code review (≈ code review)`).
 */
export function looseShown(
  shown: { readonly name: string; readonly written: string },
  asked: readonly string[],
): TextConcept {
  const same = asked.some((n) => aliasKey(n) === aliasKey(shown.name));
  return {
    kind: 'text',
    typed: same ? shown.written : shown.name,
    terms: [],
    literals: [shown.written],
    presence: 'default',
  };
}
