/**
 * Which characters count as Chinese, defined once for the whole bot.
 *
 * - **Han** (`HAN`): CJK Unified Ideographs, Extension A and the Compatibility Ideographs. These are
 *   the characters the index bigrams, the query splits into concepts, names are made of, and that
 *   make a text Chinese. Extension B and beyond (outside the BMP) are left out on purpose: every
 *   offset in the bot counts UTF-16 units, and one such character would be two.
 * - **CJK text** (`CJK_TEXT`): Han plus the radicals, CJK symbols and punctuation, kana and the
 *   other East Asian blocks from U+2E80: what a line written in Chinese is made of. Only layout
 *   repair (letter-spaced runs in PDFs) needs it.
 *
 * Patterns that need a Han class build it from `HAN` (`new RegExp(\`${HAN}{2,4}\`)`), so no range is
 * written out anywhere else.
 */

const HAN_RANGES = String.raw`\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff`;

/** One Han ideograph, as a pattern source. */
export const HAN = `[${HAN_RANGES}]`;

/** The inside of {@link HAN}'s class, to combine with other characters: `[·${HAN_CHARS}]`. */
export const HAN_CHARS = HAN_RANGES;

/** One character of East Asian text (Han, radicals, CJK punctuation, kana), as a pattern source. */
export const CJK_TEXT = String.raw`[\u2e80-\u9fff\uf900-\ufaff]`;

const ONE_HAN = new RegExp(HAN);
const HAN_RUN = new RegExp(`${HAN}+`, 'g');

/** True when `text` contains a Han ideograph; for one character, whether it is one. */
export function hasCjk(text: string): boolean {
  return ONE_HAN.test(text);
}

/** True for a single Han ideograph (the characters we bigram). */
export function isCjk(ch: string): boolean {
  return ch.length === 1 && isCjkCode(ch.charCodeAt(0));
}

/** {@link isCjk} for a UTF-16 code unit, for loops over `charCodeAt`. */
export function isCjkCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** The maximal runs of Han ideographs in `text`. */
export function cjkRuns(text: string): IterableIterator<RegExpMatchArray> {
  return text.matchAll(HAN_RUN);
}

/** Share of Han ideographs among letters, to tell a Chinese résumé from an English one. */
export function cjkShare(text: string): number {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isCjkCode(c)) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  // A Chinese character carries about as much as an English word of ~4 letters.
  const total = cjk + latin / 4;
  return total === 0 ? 0 : cjk / total;
}

/** Every character of the unified ideographs' main block (U+4E00–U+9FFF), in order: to read them all once. */
export function unifiedIdeographs(): string {
  let out = '';
  for (let code = 0x4e00; code <= 0x9fff; code++) out += String.fromCharCode(code);
  return out;
}
