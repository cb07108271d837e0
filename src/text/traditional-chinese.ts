import { TRADITIONAL_PAIRS } from './traditional-chinese-table.js';

/**
 * Traditional → Simplified Chinese, one character at a time. Folding both the résumé text and the
 * query through this table lets a recruiter type 开发 and find 開發, and the other way round.
 *
 * The pairs are OpenCC's character table (TSCharacters), generated into traditional-chinese-table.ts
 * by scripts/gen-traditional.mjs: one BMP character in, one out, so offsets in folded text are
 * offsets in the text as written. OpenCC's converter itself is not used: its phrase rules (乾坤
 * stays, 乾淨 → 干净) make a character's folding depend on its neighbours, so a word typed alone and
 * the same word in a résumé could fold apart; and it would be a runtime dependency for a lookup.
 * Character-level folding cannot fix vocabulary differences (資料庫 vs 数据库); the taxonomy's
 * aliases cover the common ones.
 */
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = Array.from(TRADITIONAL_PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const traditional = chars[i] as string;
    const simplified = chars[i + 1] as string;
    if (traditional !== simplified && !map.has(traditional)) map.set(traditional, simplified);
  }
  return map;
})();

/** The raw pair table, for the data-integrity test. */
export const TRADITIONAL_PAIRS_SOURCE = TRADITIONAL_PAIRS;

/** Code unit → its Simplified code unit (0: unchanged). Every pair is one BMP character each way. */
const SIMPLIFIED_UNIT: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  for (const [traditional, simplified] of TRADITIONAL_TO_SIMPLIFIED)
    table[traditional.charCodeAt(0)] = simplified.charCodeAt(0);
  return table;
})();
/** No Traditional character lies below this code unit (CJK starts at U+2E80). */
const FIRST_TRADITIONAL = (() => {
  let first = 0xffff;
  for (const traditional of TRADITIONAL_TO_SIMPLIFIED.keys()) first = Math.min(first, traditional.charCodeAt(0));
  return first;
})();

/**
 * Folds the Traditional characters in `text` to Simplified; every other character is kept. A
 * table lookup per code unit: most résumés have none, and then `text` itself is returned.
 */
export function toSimplified(text: string): string {
  let out: string[] | null = null;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < FIRST_TRADITIONAL) continue;
    const simplified = SIMPLIFIED_UNIT[unit] as number;
    if (simplified === 0) continue;
    (out ??= []).push(text.slice(copied, i), String.fromCharCode(simplified));
    copied = i + 1;
  }
  if (out === null) return text;
  out.push(text.slice(copied));
  return out.join('');
}
