/** `text` with every character that means something in a regular expression escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * What joins the parts of a compound word, as a pattern source: `.`, `/`, `_`, `-`, and a `+`
 * between words (`java+kotlin`), never the pluses of `c++`. The tokenizer and the taxonomy split
 * compounds with it, so both agree on what the parts are.
 */
export const WORD_JOINER = String.raw`[./_-]|(?<=[a-z0-9])\+(?=[a-z])`;
