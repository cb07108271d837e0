/**
 * The content key of a résumé's folded text: two files with the same key hold the same résumé
 * (saved twice, or exported once more with other line breaks or punctuation).
 */

/** Shorter texts are too thin to call two files the same person (a name and a title, say). */
const MIN_CONTENT_CHARS = 200;

/** Which UTF-16 code units are letters or digits (built once: a table beats a Unicode regex over 50 MB). */
let wordUnits: Uint8Array | undefined;

function isWordUnit(code: number): boolean {
  if (!wordUnits) {
    wordUnits = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (/[\p{L}\p{N}]/u.test(String.fromCharCode(c))) wordUnits[c] = 1;
    // Surrogates: characters beyond the BMP (rare in résumés) count as letters.
    wordUnits.fill(1, 0xd800, 0xe000);
  }
  return wordUnits[code] === 1;
}

/**
 * A key for the letters and digits of a folded text, in order (two independent 32-bit FNV-1a
 * hashes and the count); null when there are too few. Spaces, line breaks and punctuation do not
 * count, so a résumé exported again with other line breaks has the same key.
 */
export function contentKey(folded: string): string | null {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  let n = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (!isWordUnit(c)) continue;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    n++;
  }
  if (n < MIN_CONTENT_CHARS) return null;
  return `t:${n}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}
