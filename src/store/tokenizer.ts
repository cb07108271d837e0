import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { WORD_JOINER } from '../text/regexp.js';
import { cjkRuns } from '../text/cjk.js';
import { forEachLatinWord } from '../text/latin-words.js';

/**
 * The one tokenizer used for the index and for queries. Input is folded text (see `text/fold.ts`:
 * NFKC, lower-case, Simplified Chinese), so `Ｋ８Ｓ`, `K8S` and `k8s` are already the same string.
 *
 * - Latin / tech words keep `c++`, `c#`, `.net`, `node.js`, `ci/cd`; a compound that is not a known
 *   alias also yields its parts (`spring-boot` → `spring-boot spring boot springboot`).
 * - Words that are single-word aliases become the canonical id (`k8s` → `kubernetes`,
 *   `golang` → `go`), so synonyms meet in the index whichever way they were written.
 * - Chinese runs become overlapping bigrams (`消息队列` → `消息 息队 队列`); a lone character stays a
 *   unigram. Bigrams need no dictionary, so `分布式` is found inside `分布式系统` however a
 *   segmenter would have cut it.
 * - A number with a Chinese unit (`5年`, `20人`) is kept as one token.
 * - Pure numbers (phones, dates) and very long runs (base64, hashes) are dropped: nobody searches
 *   for them by word, and they would bloat the vocabulary.
 */

const NUMBER_UNIT = /(\d{1,3})\s?([年月天人个万亿倍次])/g;
const MAX_TOKEN = 40;
const PURE_NUMBER = /^[0-9.\-/+#_]+$/;
/** What joins the parts of a compound word: `.`, `/`, `_`, `-`, and a `+` between words (`java+kotlin`, not `c++`). */
const COMPOUND_JOIN = new RegExp(`(?:${WORD_JOINER})+`);

/** Trailing punctuation never belongs to a word, but `c++` and `c#` keep theirs. */
export function trimWord(word: string): string {
  let end = word.length;
  while (end > 0 && '._-/'.includes(word[end - 1] as string)) end--;
  return end === word.length ? word : word.slice(0, end);
}

/** Terms for one Latin word, pushed onto `out`. */
export function latinTerms(word: string, taxonomy: Taxonomy, out: { push(term: string): unknown }): void {
  const w = trimWord(word);
  if (w === '' || w.length > MAX_TOKEN || PURE_NUMBER.test(w)) return;
  const canonical = taxonomy.lookupLatin(w);
  if (canonical) {
    out.push(canonical);
    return;
  }
  out.push(w);
  if (!/[./_\-+]/.test(w.replace(/\+\+$|#$/, ''))) return;
  // Compound: its parts, and for `-`/`_` joins also the glued form (`spring-boot` → `springboot`).
  const parts = w.split(COMPOUND_JOIN).filter((p) => p !== '');
  if (parts.length > 1) {
    for (const part of parts) {
      if (PURE_NUMBER.test(part)) continue;
      out.push(taxonomy.lookupLatin(part) ?? part);
    }
    if (/[_-]/.test(w) && !/[./]/.test(w)) out.push(parts.join(''));
  }
}

/** Bigrams of one CJK run (a single character stays a unigram), pushed onto `out`. */
export function cjkTerms(run: string, out: string[]): void {
  if (run.length === 1) {
    out.push(run);
    return;
  }
  for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
}

/**
 * Receives a text's terms in order (see {@link tokenizeInto}). A Chinese bigram comes as the run and
 * its offset, so that a sink counting terms by number need not make a string of each one.
 */
export interface TermSink {
  push(term: string): void;
  /** The bigram `run.slice(at, at + 2)`. */
  bigram(run: string, at: number): void;
}

/** Every index term of a folded text, in order, with repetitions (for term frequency). */
export function tokenize(folded: string, taxonomy: Taxonomy): string[] {
  const out: string[] = [];
  tokenizeInto(folded, taxonomy, {
    push: (term) => out.push(term),
    bigram: (run, at) => out.push(run.slice(at, at + 2)),
  });
  return out;
}

/** {@link tokenize}, the terms handed to `sink` one by one. */
export function tokenizeInto(folded: string, taxonomy: Taxonomy, sink: TermSink): void {
  forEachLatinWord(folded, (start, end) => latinTerms(folded.slice(start, end), taxonomy, sink));
  for (const m of cjkRuns(folded)) {
    const run = m[0];
    if (run.length === 1) sink.push(run);
    else for (let i = 0; i + 1 < run.length; i++) sink.bigram(run, i);
  }
  for (const m of folded.matchAll(NUMBER_UNIT)) sink.push(`${m[1]}${m[2]}`);
}
