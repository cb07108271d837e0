import { hasCjk } from '../text/cjk.js';

/**
 * A fact of a résumé read from how it is written: a pattern over its folded text (see `fold`), such
 * as a state-owned employer's posts or a management post. Whether the text shows it, and where.
 */
export interface WrittenFact {
  /** Whether the folded text shows the fact. */
  readonly shows: (folded: string) => boolean;
  /** Where it shows it, as offsets into the folded text: the quotes of "why this match". */
  readonly where: (folded: string) => { start: number; end: number }[];
}

/**
 * The fact `pattern` (no `g` flag: it is tested) reads. Its facts are written in Chinese: every match
 * holds a Han character, so a text with none (an English résumé, half the pool) is not searched.
 */
export function writtenFact(pattern: RegExp): WrittenFact {
  const all = new RegExp(pattern.source, `${pattern.flags}g`);
  return {
    shows: (folded) => hasCjk(folded) && pattern.test(folded),
    where: (folded) =>
      hasCjk(folded) ? [...folded.matchAll(all)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [],
  };
}
