import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { CompactIndex } from '../store/compact-index.js';
import { lookAlike } from '../text/look-alike.js';
import { soundAlike } from '../text/pinyin.js';

/**
 * "Did you mean": the closest known Latin word to a typo (`kafak` → `kafka`). Only for words of
 * four letters or more — shorter ones have too many neighbours — within one edit (two for words of
 * seven letters or more), counting a swap of two neighbours as one edit. Known skills win over
 * words that merely occur in résumés; among either, the one more résumés show wins (`viso` is
 * Visio, not CISO).
 */
export function suggest(word: string, index: CompactIndex, taxonomy: Taxonomy, knownOnly = false): string | null {
  if (word.length < 4 || !/^[a-z][a-z0-9.+#-]*$/.test(word)) return null;
  const budget = word.length >= 7 ? 2 : 1;
  let best: { term: string; distance: number; rank: number } | null = null;
  const consider = (term: string, rankOf: number | ((term: string) => number)): void => {
    if (Math.abs(term.length - word.length) > budget || term === word) return;
    const distance = editDistance(word, term, budget);
    if (distance > budget) return;
    const rank = typeof rankOf === 'number' ? rankOf : rankOf(term);
    if (!best || distance < best.distance || (distance === best.distance && rank > best.rank))
      best = { term, distance, rank };
  };
  // A known skill ranks above every word (1e9), and by how many résumés show it.
  const known = (key: string): number => {
    const id = taxonomy.lookup(key);
    return 1e9 + (id ? index.documentFrequency(id, 'tags') : 0);
  };
  for (const key of taxonomy.latinAliasKeys())
    if (/^[a-z]/.test(key) && !taxonomy.isCapitalsOnly(key)) consider(key, known);
  if (!knownOnly) for (const term of latinVocabulary(index)) consider(term, index.documentFrequency(term, 'body'));
  // A long word one letter off a word only one résumé writes (`elecrostatic`, electrostatic): a
  // word this long is rarely one letter from another word, and the query's finds nothing as typed.
  if (!best && !knownOnly && word.length >= LONG_WORD) {
    for (const term of rareVocabulary(index)) {
      if (term !== word && Math.abs(term.length - word.length) <= 1 && editDistance(word, term, 1) <= 1) return term;
    }
  }
  return (best as { term: string } | null)?.term ?? null;
}

/** How long a word must be for a neighbour only one résumé writes to put it right (see {@link suggest}). */
const LONG_WORD = 8;

const rareCache = new WeakMap<CompactIndex, string[]>();

/** Words only one résumé has, one letter shorter than {@link LONG_WORD} or longer (a letter may be missing). */
function rareVocabulary(index: CompactIndex): string[] {
  let list = rareCache.get(index);
  if (!list) {
    list = index.data.vocabulary.filter(
      (t) => t.length >= LONG_WORD - 1 && /^[a-z][a-z-]+$/.test(t) && index.documentFrequency(t, 'body') === 1,
    );
    rareCache.set(index, list);
  }
  return list;
}

const vocabularyCache = new WeakMap<CompactIndex, string[]>();

function latinVocabulary(index: CompactIndex): string[] {
  let list = vocabularyCache.get(index);
  if (!list) {
    // Words seen in at least two résumés: a one-off is as likely a typo as the query.
    list = index.data.vocabulary.filter(
      (t) => /^[a-z][a-z0-9.+#-]{2,}$/.test(t) && index.documentFrequency(t, 'body') >= 2,
    );
    vocabularyCache.set(index, list);
  }
  return list;
}

/**
 * A Chinese typo of a known term: the longest piece of `run` (two characters or more) that reads
 * like one of the taxonomy's Chinese aliases, character by character, when it is not that alias
 * (`总会记师` reads as 总会计师: zong hui/kuai ji shi); failing that, a piece of three or more with
 * one character read nearly alike (`数据挖据` → 数据挖掘), or of two or more with one that looks alike
 * (`治金` → 冶金, see look-alike.ts: only a character `boundaries` read as a word of its own, so
 * never without them). Null when nothing sounds or looks alike. With
 * `boundaries` (character offsets where the run's words start and end), only whole words are taken.
 */
export function homophone(
  run: string,
  taxonomy: Taxonomy,
  boundaries: ReadonlySet<number> | null = null,
): { from: string; to: string } | null {
  const chars = Array.from(run);
  const byLength = cjkAliasesByLength(taxonomy);
  // Read alike first; then one character read nearly alike (in a term of three characters or
  // more) or written alike (`治金` for 冶金, in a term of two or more). Pieces of three or more
  // first: a slip inside a longer term (`虚似化`, 虚拟化) is put right before a two-character piece of
  // it that happens to read as some other term (似化: 石化).
  for (const [slack, least] of HOMOPHONE_PASSES) {
    // Two characters are put right only by a look-alike, which needs the segmenter's boundaries.
    if (least === 2 && slack === 1 && boundaries === null) continue;
    const longest = least === 2 ? 2 : Math.min(chars.length, LONGEST_HOMOPHONE);
    for (let length = longest; length >= least; length--) {
      const aliases = byLength.get(length);
      if (!aliases) continue;
      for (let from = 0; from + length <= chars.length; from++) {
        // A piece ending inside a word of the run (电子企 of 电子企业) is no slip for a term.
        if (boundaries && (!boundaries.has(from) || !boundaries.has(from + length))) continue;
        // A character written alike only where it is no part of a word: the segmenter cuts 治金 in
        // two, and keeps 商汤 or 入行 whole.
        const looks = (x: string, y: string, at: number): boolean => lookAlike(x, y) && alone(boundaries, from + at);
        const piece = chars.slice(from, from + length);
        const to = aliases.find((a) =>
          slack === 0 ? soundAlike(piece, a) : length >= 3 ? soundAlike(piece, a, 1, looks) : oneAlike(piece, a, looks),
        );
        if (to) {
          const joined = piece.join('');
          const alias = to.join('');
          if (joined !== alias) return { from: joined, to: alias };
        }
      }
    }
  }
  return null;
}

/** Two texts the same but for one character `near` says is alike (`治金`, 冶金). */
function oneAlike(
  a: readonly string[],
  b: readonly string[],
  near: (x: string, y: string, at: number) => boolean,
): boolean {
  if (a.length !== b.length) return false;
  let slips = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!near(a[i] as string, b[i] as string, i) || ++slips > 1) return false;
  }
  return slips === 1;
}

/** True when the segmenter reads the character at `at` as a word of its own (no boundaries: never). */
export function alone(boundaries: ReadonlySet<number> | null, at: number): boolean {
  return boundaries !== null && boundaries.has(at) && boundaries.has(at + 1);
}

const LONGEST_HOMOPHONE = 8;
/** The order pieces are tried in: [characters read otherwise, least length], longer pieces first. */
const HOMOPHONE_PASSES: readonly (readonly [number, number])[] = [
  [0, 3],
  [1, 3],
  [0, 2],
  [1, 2],
];
const homophoneCache = new WeakMap<Taxonomy, Map<number, string[][]>>();

function cjkAliasesByLength(taxonomy: Taxonomy): Map<number, string[][]> {
  let byLength = homophoneCache.get(taxonomy);
  if (!byLength) {
    byLength = new Map();
    for (const [alias] of taxonomy.cjkAliases()) {
      const chars = Array.from(alias);
      if (chars.length < 2 || chars.length > LONGEST_HOMOPHONE) continue;
      const list = byLength.get(chars.length) ?? [];
      list.push(chars);
      byLength.set(chars.length, list);
    }
    homophoneCache.set(taxonomy, byLength);
  }
  return byLength;
}

/** Optimal-string-alignment distance, giving up (returning budget + 1) once it must exceed `budget`. */
export function editDistance(a: string, b: string, budget: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > budget) return budget + 1;
  let prevPrev = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1).fill(0);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prevPrev[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > budget) return budget + 1;
    prevPrev = prev;
    prev = cur;
  }
  return prev[m] as number;
}
