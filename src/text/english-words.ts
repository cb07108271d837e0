import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/*
 * The words of English (sindresorhus/word-list: 274,000 words in small letters, one a line), for
 * telling a word a recruiter typed as meant from a slip: `carton`, `payback` and `handyman` are words
 * of their own, however few résumés write them; `kuberentes`, `managment` and `satelite` are none.
 *
 * The list is kept as read (2.8 MB) with where each line starts, in order, and looked up by halves:
 * a Set of its words would take ten times the memory and the time to load.
 */

let list = '';
let starts: Int32Array | null = null;

const NEWLINE = 0x0a;

/** `list`'s line at `at` against `word`: negative when the line sorts first. */
function compareTo(at: number, word: string): number {
  for (let i = 0; ; i++) {
    const c = at + i < list.length ? list.charCodeAt(at + i) : NEWLINE;
    const w = i < word.length ? word.charCodeAt(i) : NEWLINE;
    if (c !== w) return c === NEWLINE ? -1 : w === NEWLINE ? 1 : c - w;
    if (c === NEWLINE) return 0;
  }
}

/** Two of `list`'s lines against each other. */
function compareLines(a: number, b: number): number {
  for (let i = 0; ; i++) {
    const x = a + i < list.length ? list.charCodeAt(a + i) : NEWLINE;
    const y = b + i < list.length ? list.charCodeAt(b + i) : NEWLINE;
    if (x !== y) return x === NEWLINE ? -1 : y === NEWLINE ? 1 : x - y;
    if (x === NEWLINE) return 0;
  }
}

function load(): Int32Array {
  list = readFileSync(wordListPath, 'utf8');
  const found: number[] = [];
  for (let at = 0; at < list.length;) {
    const end = list.indexOf('\n', at);
    const stop = end < 0 ? list.length : end;
    if (stop > at) found.push(at);
    at = stop + 1;
  }
  const out = Int32Array.from(found);
  // The list is sorted but for a pair or two: put those in their places.
  for (let i = 1; i < out.length; i++) {
    const at = out[i] as number;
    let j = i;
    while (j > 0 && compareLines(out[j - 1] as number, at) > 0) {
      out[j] = out[j - 1] as number;
      j--;
    }
    out[j] = at;
  }
  return out;
}

/** True for a word of English, in small letters (`carton`); the list is read on first use. */
export function isEnglishWord(word: string): boolean {
  const lines = (starts ??= load());
  let low = 0;
  let high = lines.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const order = compareTo(lines[mid] as number, word);
    if (order === 0) return true;
    if (order < 0) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}
