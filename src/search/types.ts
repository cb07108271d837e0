import type { Profile } from '../profile/profile.js';
import type { Concept } from './concepts.js';
import type { QueryNote, YearsRange } from './query-language.js';

/*
 * What a search returns: the candidates, how the query was understood, and why each one matched.
 * The steps are parse (query-language.ts, concepts.ts) → candidates (retrieve.ts) → rank (rank.ts)
 * → explain (explain.ts), with the fallbacks (fallbacks.ts: names, typos) and `similar` (similar.ts).
 */

/** How the query was read, for "Searching: Kafka · 5+ years · Beijing" and for `--json`. */
export interface Understood {
  readonly concepts: readonly {
    readonly typed: string;
    readonly as: string;
    readonly kind: 'skill' | 'text';
    readonly presence: 'default' | 'required' | 'prohibited';
    /** Years with this skill (`3年以上Go经验`, `years:go>=3`), apart from total years. */
    readonly years?: YearsRange;
    /** An alternatives group's members, each by its own (bilingual) label: `法语 / French`, `德语 / German`. */
    readonly members?: readonly string[];
  }[];
  readonly filters: readonly {
    readonly field: string;
    readonly value: string;
    readonly negated: boolean;
    readonly as?: string;
  }[];
  readonly years: YearsRange | null;
  readonly notes: readonly QueryNote[];
  /** A phone number or e-mail address was left out of the query: contact details are never searchable. */
  readonly contactsDropped?: boolean;
}

/** One matching candidate. */
export interface CandidateMatch {
  readonly doc: number;
  readonly profile: Profile;
  readonly score: number;
  /** Concepts this candidate shows (requirements, then the ranked concepts it has). */
  readonly matchedConcepts: readonly Concept[];
  /** Ranked concepts of the query this candidate does not show ("matches 3 of 4 · ✗ CI/CD"). */
  readonly missedConcepts: readonly Concept[];
  /** Broader concepts it shows in place of missed ones ("✗ 税务筹划 (≈ 税务)"): what brought it in at the end. */
  readonly related?: readonly RelatedConcept[];
}

/** A concept asked for that a candidate misses, and the broader one it shows instead. */
export interface RelatedConcept {
  readonly missed: Concept;
  readonly broader: Concept;
}

export interface SearchOutcome {
  readonly query: string;
  readonly understood: Understood;
  /** Concepts the query asked for, in order. */
  readonly concepts: readonly Concept[];
  readonly total: number;
  /** All matches, best first (page them with `slice`). */
  readonly matches: readonly CandidateMatch[];
  /** True when nobody shows every concept of the query: the best show most of them. */
  readonly relaxed: boolean;
  readonly didYouMean: readonly { readonly from: string; readonly to: string }[];
  /** True when the query asked for nothing: show help, never the whole pool. */
  readonly empty: boolean;
}

/** Ranked matches returned unless the caller asks for more (a page is 5; the CLI may ask 1,000). */
export const DEFAULT_LIMIT = 50;

export interface SearchOptions {
  /** How many ranked matches to return (the total is always exact). */
  readonly limit?: number;
}
