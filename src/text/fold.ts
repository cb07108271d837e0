import { toSimplified } from './traditional-chinese.js';

/**
 * Text folding shared by indexing, querying and highlighting.
 *
 * `toPlain` is applied once to cleaned résumé text (it may change lengths: NFKC turns full-width
 * `Ｋ８Ｓ` into `K8S` and Kangxi radicals such as `⼯` into `工`). `fold` is then length-preserving
 * (lower-case and Traditional → Simplified, one UTF-16 unit in, one out), so an offset found in the
 * folded text is the same offset in the plain text: highlights can quote the résumé as written.
 */
export function toPlain(text: string): string {
  return plainSpaces(text.normalize('NFKC'));
}

/** {@link toPlain} of text that is NFKC already. */
export function plainSpaces(text: string): string {
  return (
    text
      // Zero-width and BOM characters split words invisibly.
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
      // Unusual spaces (NFKC maps most of them) and tabs become plain spaces.
      .replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
  );
}

/** Lower-case and fold Traditional characters to Simplified, keeping every offset. */
export function fold(plain: string): string {
  const simplified = toSimplified(plain);
  const lower = simplified.toLowerCase();
  if (lower.length === simplified.length) return lower;
  // A few characters change length when lower-cased (e.g. `İ`); keep those as they are.
  let out = '';
  for (const ch of simplified) {
    const lc = ch.toLowerCase();
    out += lc.length === ch.length ? lc : ch;
  }
  return out;
}

/** Plain and folded in one step, for query text. */
export function foldQuery(text: string): string {
  return fold(toPlain(text));
}
