import lunr from 'lunr';

/**
 * Other forms of a plain English word a résumé may write for the one asked: `negotiated` and
 * `negotiator` for `negotiation`, `monitored` for `monitoring`, `reconciled` for `reconciliation`.
 * A recruiter asking for contract negotiation wants who "negotiated contracts". Stock lunr gets
 * them by stemming everything; we match words as written (stemming the index measured worse, as
 * it also merges the words our other rules tell apart), so a form is a weaker match of its own:
 * the ranking gives it part of the word's weight, and the card quotes it.
 *
 * Forms are made by rule and kept only where Porter's stemmer (lunr's) takes both words to one
 * stem (`center` has no form `cents`). A word ending as a doer or an act does (`negotiator`,
 * `negotiation`) has the forms of what is done (negotiate, negotiated, negotiating); any other word
 * only its inflections (`design`: designs, designed, never designation; `office`, never officer),
 * as the doer or the act of a plain word is often another thing. The other way round is not
 * caught: a word that only ends like a doer or an act takes the word it ends on (`officer` takes
 * office, `production` product, `customer` custom); a form only ranks, at a share cut by how much
 * commoner it is, and never makes a résumé match in full.
 */

/** Suffixes a form may differ by: inflection, the doer, the act. */
const SUFFIXES = [
  's',
  'es',
  'ed',
  'd',
  'ing',
  'er',
  'ers',
  'or',
  'ors',
  'ion',
  'ions',
  'ation',
  'ations',
  'ment',
  'ments',
];
/** The inflections alone: a plain word's forms. */
const INFLECTIONS = ['s', 'es', 'ed', 'd', 'ing'];
/** A word that is itself the doer or the act of something (`negotiator`, `negotiation`, `management`). */
const DERIVED = /(?:ers?|ors?|ions?|ments?)$/;
/** Only words of letters this long have forms (`sap`, `erp`, `it` are names, not words). */
const MIN_LENGTH = 4;
const WORD = /^[a-z]+$/;

/** One key for the forms of a word: its Porter stem. */
function key(word: string): string {
  return lunr.stemmer(new lunr.Token(word, {})).toString();
}

/**
 * True when two words are forms of one (see {@link key}), allowing the `i` Porter keeps before
 * `-ation` (`reconciliation`, `reconcile`); not any last `i`: `academy` (academi) is no `academic` (academ).
 */
function sameWord(a: string, ka: string, b: string, kb: string): boolean {
  if (ka === kb) return true;
  const iation = /iations?$/;
  return (iation.test(a) && ka.replace(/i$/, '') === kb) || (iation.test(b) && kb.replace(/i$/, '') === ka);
}

/** The stems a word's forms are built on (`negotiation` → negotiat, negotiate, negoti, …). */
function bases(word: string): Set<string> {
  const out = new Set<string>([word]);
  // reconciliation → reconcile; variation → vary.
  const iation = word.replace(/iations?$/, '');
  if (iation !== word && iation.length >= 3) for (const end of ['', 'e', 'y']) out.add(iation + end);
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const base = word.slice(0, -suffix.length);
    out.add(base);
    out.add(`${base}e`);
    // planned → plan; applied → apply.
    if (/([b-df-hj-np-tv-z])\1$/.test(base)) out.add(base.slice(0, -1));
    if (base.endsWith('i')) out.add(`${base.slice(0, -1)}y`);
  }
  return out;
}

const cache = new Map<string, readonly string[]>();
const CACHE_MAX = 10_000;

/**
 * Other forms of `word` (lower-case), made by rule and checked by stem; empty for a word too short
 * or not all letters. Whether a résumé writes them is for the index to say.
 */
export function wordForms(word: string): readonly string[] {
  if (word.length < MIN_LENGTH || !WORD.test(word)) return [];
  const known = cache.get(word);
  if (known) return known;
  const want = key(word);
  const suffixes = DERIVED.test(word) ? SUFFIXES : INFLECTIONS;
  const out = new Set<string>();
  for (const base of bases(word)) {
    const roots = base.endsWith('e')
      ? [base, base.slice(0, -1)]
      : base.endsWith('y')
        ? [base, `${base.slice(0, -1)}i`]
        : [base];
    for (const root of roots) {
      out.add(root);
      for (const suffix of suffixes) out.add(root + suffix);
      // plan → planned, planning (and planner, for a doer or an act).
      if (/[aeiou][b-df-hj-np-tv-z]$/.test(root) && !/[aeiou]{2}[b-df-hj-np-tv-z]$/.test(root)) {
        const last = root.slice(-1);
        for (const suffix of suffixes === SUFFIXES ? ['ed', 'ing', 'er', 'ers'] : ['ed', 'ing'])
          out.add(root + last + suffix);
      }
    }
  }
  const forms = [...out].filter((f) => f !== word && f.length >= MIN_LENGTH && sameWord(word, want, f, key(f))).sort();
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(word, forms);
  return forms;
}
