import { isEnglishWord } from '../text/english-words.js';
import type { PoolSnapshot } from '../store/snapshot.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { analyzeTerm, cjkLiteral, isWeak, wordBoundaries, type Concept, type TextConcept } from './concepts.js';
import { hasPosting, literalBytes, verbatimDocs } from './retrieve.js';
import { filterContaining } from '../store/phrase-filter.js';
import { intersect } from '../store/compact-index.js';
import { hasCjk, isCjk } from '../text/cjk.js';
import { findByName } from './names.js';
import { alone, homophone, suggest } from './fuzzy.js';
import { looksLike } from '../text/look-alike.js';
import { escapeRegExp } from '../text/regexp.js';
import { ADMIN_LEVELS, wordsOf } from '../i18n/lexicon.js';
import { pinyinSyllableCount, soundsLike } from '../text/pinyin.js';
import { TECH_KINDS } from '../profile/profile.js';

/* Fallbacks: a name typed in Latin letters (`zhang linwei`), and typos (`kafak`, `microsft`, `总会记师`). */

/** A name found among the query's words: the concept standing for it, and the people it names. */
export interface Named {
  readonly concept: Concept;
  readonly concepts: Concept[];
  readonly docs: Int32Array;
}

/** Ranks a named person above every other concept: a name is what the user is looking for. */
export const NAME_WEIGHT = 1000;

/**
 * A name typed in Latin letters among the query's plain words: its words become one concept. A
 * pinyin syllable may also be a known word (`meng` is an M.Eng, `ma` an M.A.): in a run of two or
 * more words that is a name in the pool, it is the name.
 */
export function nameConcept(snapshot: PoolSnapshot, concepts: readonly Concept[]): Named | null {
  // A known thing typed as pinyin syllables apart (`Yi Li` for the place Ili, `Su Zhou`) is its
  // syllables here; one whose own name is two words (Hong Kong) stays that thing.
  const latin = concepts.flatMap((c, i) => {
    const typed = c.typed.trim();
    const usable =
      c.presence !== 'prohibited' &&
      (/^[a-z]+$/i.test(typed) || (/^[a-z]+(?: [a-z]+){1,2}$/i.test(typed) && !namedInWords(c))) &&
      ((c.kind === 'text' && !c.phrase && c.literals.length === 0) || c.kind === 'taxonomy');
    const words = typed.split(' ');
    return usable ? words.map((word, at) => ({ c, i, word, first: at === 0, last: at === words.length - 1 })) : [];
  });
  for (let length = Math.min(3, latin.length); length >= 1; length--) {
    for (let from = 0; from + length <= latin.length; from++) {
      const run = latin.slice(from, from + length);
      // Whole concepts, one after another: never a word of a concept without its others.
      if (!run[0]?.first || !run[length - 1]?.last) continue;
      if (
        run.some((r, k) => {
          const before = run[k - 1];
          return before !== undefined && r.i !== before.i && (r.i !== before.i + 1 || !r.first);
        })
      )
        continue;
      if (length === 1 && run.some((r) => r.c.kind !== 'text')) continue;
      let docs = findByName(
        snapshot,
        run.map((r) => r.word),
      );
      // A known word is a syllable only of a name read in pinyin (not of `HR Business Partner`, a
      // title some résumé gave as its name).
      if (docs && run.some((r) => r.c.kind !== 'text'))
        docs = docs.filter((doc) => hasCjk(snapshot.profiles[doc]?.name ?? ''));
      if (!docs || docs.length === 0) continue;
      const typed = run.map((r) => r.word).join(' ');
      const drop = new Set(run.map((r) => r.i));
      const rest = concepts.filter((_c, i) => !drop.has(i));
      const name: TextConcept = { kind: 'text', typed, terms: [], literals: [], presence: 'default' };
      return { concept: name, concepts: [name, ...rest], docs: Int32Array.from([...docs].sort((a, b) => a - b)) };
    }
  }
  return null;
}

/** A known thing whose own English name is words apart (香港 / Hong Kong), not one word (苏州 / Suzhou). */
function namedInWords(c: Concept): boolean {
  if (c.kind !== 'taxonomy') return false;
  const english = c.label.split(' / ').pop() ?? c.label;
  return /[a-z] [a-z]/i.test(english);
}

/** A word of the query read as another: what was typed, and what is searched for instead. */
export interface Fix {
  readonly from: string;
  readonly to: string;
}

/**
 * The query's typos (`kafak` → kafka, `microsft` → microsoft, `总会记师` → 总会计师): a Latin word
 * the pool never uses, or uses at most {@link RARE} times where a known skill one edit away is far
 * more common; a Chinese word the pool never writes, or far less often than the known term it reads
 * like (see fuzzy.ts's homophone). Names, phrases, exclusions and weak words are taken as typed.
 */
export function typoFixes(
  snapshot: PoolSnapshot,
  taxonomy: Taxonomy,
  concepts: readonly Concept[],
  queryText = '',
): Fix[] {
  const fixes: Fix[] = [];
  // Read only once a word would be put right (the syllables are loaded on first use).
  let names: Set<number> | null = null;
  const named = (i: number): boolean => (names ??= pinyinNameWords(concepts)).has(i);
  // A query written as a name, family name first (`Patel, Zeel`): its words the pool holds are that name.
  const nameWritten = NAME_WRITTEN.test(queryText.replace(ADDRESSED, '').trim());
  const visit = (c: Concept, i: number): void => {
    if (c.kind === 'any') {
      c.members.forEach((m) => visit(m, -1));
      return;
    }
    if (c.kind !== 'text' || c.phrase || c.presence === 'prohibited' || isWeak(c)) return;
    // … no slip for a known term (ZUEL).
    if (nameWritten && c.literals.length === 0 && snapshot.index.has(c.terms[0] ?? '')) return;
    let fix = c.literals.length === 0 ? latinFix(snapshot, taxonomy, c, queryText) : chineseFix(snapshot, taxonomy, c);
    if (!fix && c.literals.length > 0 && i > 0) fix = chineseFixBeside(snapshot, taxonomy, concepts, i, queryText);
    // An abbreviation's plural (`RFIs`, `ECOs`) and a name of two capitalised words one of which no
    // entry knows (`Dale Carnegie`) are written as meant (looked at only for a word that would be put right).
    if (
      fix &&
      c.literals.length === 0 &&
      (pluralAbbreviation(c.typed, queryText) || inAName(concepts, i, queryText, taxonomy))
    )
      return;
    // A slip keeps a word's first letter (`kuberentes`, `pyhton`): one that changes it is another word
    // (`zinc` is no `inc`, `revaluation` no `valuation`, `Taizhou` no Lanzhou).
    if (fix && c.literals.length === 0 && !sameFirstLetter(fix.from, fix.to)) fix = null;
    // … and its numbers: a form or a version with other ones is another (`W-9s` is no W-2s, `ES6` no ES5;
    // `ggplot2` is still ggplot).
    if (fix && c.literals.length === 0 && otherNumbers(fix.from, fix.to)) fix = null;
    // A name in a list of names (`QuickBooks, Xero or MYOB`, `Bloomberg, FactSet or Reuters`): one the
    // pool does not know is a name it lacks, not a slip for a word or a post it has (zero, testers);
    // a slip for a technology is put right (`Kafak or RabbitMQ`), and so is a plural (`the Carolinas`).
    if (
      fix &&
      i < 0 &&
      capitalised(c.typed, queryText) &&
      !TECH_KINDS.has(taxonomy.kind(taxonomy.lookup(fix.to) ?? '') ?? '') &&
      !isPluralOf(fix.from, fix.to)
    )
      return;
    if (fix && !fixes.some((f) => f.from === fix.from) && !(i >= 0 && named(i))) fixes.push(fix);
  };
  concepts.forEach(visit);
  // A slip beside a word it makes a known skill or a common phrase with is put right by it, whatever
  // the word alone would have been put right to (`public speeking`: speaking, not seeking).
  concepts.forEach((c, i) => {
    // A choice's first member stands beside the word before it, its last beside the word after
    // (`animal husbandy or livestock`: husbandy beside animal).
    const first = c.kind === 'any' ? c.members[0] : undefined;
    const last = c.kind === 'any' && c.members.length > 1 ? c.members[c.members.length - 1] : undefined;
    const fix =
      c.kind === 'any'
        ? ((first && fixBeside(snapshot, taxonomy, [...concepts.slice(0, i), first], i, queryText)) ??
          (last && fixBeside(snapshot, taxonomy, [last, ...concepts.slice(i + 1)], 0, queryText)) ??
          null)
        : fixBeside(snapshot, taxonomy, concepts, i, queryText);
    if (!fix || named(i)) return;
    const at = fixes.findIndex((f) => f.from === fix.from || f.from === c.typed);
    if (at < 0) fixes.push(fix);
    else fixes[at] = fix;
  });
  return fixes;
}

/** A query that is a name written family name first, with a comma (`Patel, Zeel`, `bradford, april`). */
const NAME_WRITTEN = /^[a-z][a-z'’-]+\s*,\s*[a-z][a-z'’-]+(?:\s+[a-z]\.?)?$/i;
/** The command or mention a query pasted from chat begins with (`/candidate `, `@bot `). */
const ADDRESSED = /^\s*(?:\/[a-z][\w-]*|@[\w.-]+)\s+/i;

/**
 * The query's words that read as a Chinese name in pinyin (`wang xiaoming`, `li huaqian`): a word
 * spelt in pinyin syllables next to another, one of them a single syllable, as a family name or a
 * given name is. Such a word is a name nobody in the pool has, not a typo: `xiaoming` is no
 * Liaoning. (A name someone in the pool has was read as that person before any typo was looked for.)
 */
function pinyinNameWords(concepts: readonly Concept[]): Set<number> {
  const syllables = concepts.map((c) => {
    const word = c.kind === 'any' || c.presence === 'prohibited' ? '' : c.typed.trim();
    return /^[a-z]{2,}$/i.test(word) ? pinyinSyllableCount(word) : null;
  });
  const named = new Set<number>();
  syllables.forEach((count, i) => {
    if (count === null || count > 3) return;
    for (const j of [i - 1, i + 1]) {
      const other = syllables[j];
      if (other !== null && other !== undefined && other <= 3 && (count === 1 || other === 1)) named.add(i);
    }
  });
  return named;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** `word` with the letters at `i` and `i + 1` swapped. */
function swapAt(word: string, i: number): string {
  return word.slice(0, i) + (word[i + 1] as string) + (word[i] as string) + word.slice(i + 2);
}

/** Every word one deletion, swap, change or added letter away from `word`. */
function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(swapAt(word, i));
    for (const ch of LETTERS) {
      if (tail) out.add(head + ch + tail.slice(1));
      out.add(head + ch + tail);
    }
  }
  out.delete(word);
  return out;
}

/**
 * A typo inside a skill of several words (`suply chain management`, `machne learning`): a rare word
 * the pool seldom writes, one edit from a word that with the word typed beside it names a known
 * skill some résumés show. The word alone may be too short or too common a shape to put right.
 */
function fixBeside(
  snapshot: PoolSnapshot,
  taxonomy: Taxonomy,
  concepts: readonly Concept[],
  i: number,
  queryText: string,
): Fix | null {
  const c = concepts[i] as Concept;
  if (c.kind !== 'text' || c.phrase || c.presence === 'prohibited' || c.literals.length > 0) return null;
  // The first of words joined by a slash (`Oracle Froms/Reports`) is a word beside the one before.
  const slashed = c.terms.length === 1 ? (c.terms[0] as string).split('/') : [];
  const word = slashed.length > 1 ? slashed[0] : c.terms[0];
  if (!word || c.terms.length !== 1 || !/^[a-z]{4,}$/.test(word) || isWeak(c)) return null;
  if (typedInCapitals(word, queryText) || taxonomy.lookup(word)) return null;
  const index = snapshot.index;
  const df = index.documentFrequency(word, 'body');
  if (df > RARE) return null;
  const wordOf = (k: number): string | null => {
    const n = concepts[k];
    const typed = n?.kind === 'any' ? null : n?.typed.trim().toLowerCase();
    return typed && /^[a-z][a-z0-9.+#-]*$/.test(typed) ? typed : null;
  };
  const before = wordOf(i - 1);
  const after = slashed.length > 1 ? null : wordOf(i + 1);
  if (!before && !after) return null;
  let best: { to: string; seen: number } | null = null;
  for (const candidate of oneEditAway(word)) {
    for (const phrase of [after ? `${candidate} ${after}` : null, before ? `${before} ${candidate}` : null]) {
      const id = phrase ? taxonomy.lookup(phrase) : undefined;
      const seen = id ? index.documentFrequency(id, 'tags') : 0;
      if (seen > 0 && (!best || seen > best.seen)) best = { to: candidate, seen };
    }
  }
  // Of no known skill, the words as résumés write them together (`public speeking`: `public speaking`
  // in a dozen résumés, `public seeking` in none), from one word's edits they write at all; not
  // for a word of English (see wordOfItsOwn).
  const known = best !== null;
  if (!best && slashed.length <= 1) {
    // A slip keeps the word's first letter (as latinFix asks); a word most résumés write says nothing
    // by being written beside another, and would cost a read of the whole pool.
    const common = Math.max(COMMON_WORD_MIN, snapshot.profiles.length / COMMON_WORD_SHARE);
    for (const candidate of oneEditAway(word)) {
      const df = index.documentFrequency(candidate, 'body');
      if (df === 0 || df > common || !sameFirstLetter(word, candidate)) continue;
      for (const phrase of [after ? `${candidate} ${after}` : null, before ? `${before} ${candidate}` : null]) {
        const seen = phrase ? writtenTogether(snapshot, phrase) : 0;
        if (seen >= WRITTEN_TOGETHER && (!best || seen > best.seen)) best = { to: candidate, seen };
      }
    }
  }
  // A word no résumé writes is put right by any skill some résumé shows (as a word alone is, see
  // latinFix); a word a résumé or two write, only by a skill far more common.
  return best && best.seen >= MORE_COMMON * df && (known || !wordOfItsOwn(word, best.to, taxonomy))
    ? { from: slashed.length > 1 ? word : c.typed, to: best.to }
    : null;
}

/** How many résumés write two words together, as written (`public speaking`). */
function writtenTogether(snapshot: PoolSnapshot, phrase: string): number {
  const [first, second] = phrase.split(' ') as [string, string];
  const both = intersect(snapshot.index.postingsOf(first, 'body'), snapshot.index.postingsOf(second, 'body'));
  return both.length === 0 ? 0 : filterContaining(snapshot.texts, both, literalBytes(phrase)).length;
}

/** The fewest résumés that must write two words together for a slip beside one to be put right by them. */
const WRITTEN_TOGETHER = 3;
/** A word more than one résumé in this many writes is too common to put a slip beside it right. */
const COMMON_WORD_SHARE = 4;
/** … in a pool of more than this many résumés' worth (a small pool reads fast whatever it writes). */
const COMMON_WORD_MIN = 100;

/**
 * A word short enough to be an abbreviation, typed in the query in capitals as a word of its own
 * (`BSET`), or spelt as abbreviations are: a short word that opens with two or more capitals and
 * ends in one or two small letters (`MAcc`, `MPAcc`, `MSc`, `RFIs`). Not a long name in camel case
 * (`TypeScirpt`, `MangoDB`) nor a word typed with Shift held (`PYthn`): typos to put right.
 */
function typedInCapitals(word: string, queryText: string): boolean {
  if (!/^[a-z][a-z0-9]{1,5}$/.test(word)) return false;
  const upper = word.toUpperCase();
  for (const typed of typedForms(word, queryText)) {
    if (word.length <= 5 && typed === upper) return true;
    if (word.length >= 3 && /^[A-Z]{2,}[a-z]{1,2}$/.test(typed)) return true;
  }
  return false;
}

/** Both words hold numbers, and not the same ones (`W-9s`, `W-2s`). */
function otherNumbers(from: string, to: string): boolean {
  const a = from.replace(/\D+/g, '');
  const b = to.replace(/\D+/g, '');
  return a !== '' && b !== '' && a !== b;
}

/** Both words start with the same letter. */
function sameFirstLetter(from: string, to: string): boolean {
  return from.trim().toLowerCase()[0] === to.trim().toLowerCase()[0];
}

/**
 * A word of English (`carton`, `sitting`, `tithes`) is no slip for another word of English nor for
 * a place (Canton, `setting`, `titles`): it is put right only into a technology's name (`fluter`:
 * Flutter), a word no dictionary holds (`scoop`: Sqoop), or its own other form (`sergeants`).
 */
function wordOfItsOwn(word: string, to: string, taxonomy: Taxonomy): boolean {
  if (!isEnglishWord(word) || isPluralOf(word, to) || isPluralOf(to, word)) return false;
  const kind = taxonomy.kind(taxonomy.lookup(to) ?? '') ?? '';
  if (TECH_KINDS.has(kind)) return false;
  return kind === 'city' || isEnglishWord(to.toLowerCase());
}

/** `carolinas` of `carolina`: the plural of the word put right, not another word. */
function isPluralOf(from: string, to: string): boolean {
  const word = from.trim().toLowerCase();
  return word === `${to}s` || word === `${to}es`;
}

/** Typed with a capital, as a name is, wherever it stands (`Xero`, `ShoreTel`). */
function capitalised(typed: string, queryText: string): boolean {
  const forms = [
    ...queryText.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(typed.trim())}(?![\\p{L}\\p{N}])`, 'giu')),
  ].map((m) => m[0]);
  return forms.length > 0 && forms.every((f) => /^\p{Lu}/u.test(f));
}

/** Typed as an abbreviation in the plural (`RFIs`, `PCBs`), wherever it stands. */
function pluralAbbreviation(typed: string, queryText: string): boolean {
  const word = typed.trim();
  if (!/^[a-z]{3,}$/i.test(word)) return false;
  const forms = typedForms(word, queryText);
  return forms.length > 0 && forms.every((f) => /^[A-Z]{2,}s$/.test(f));
}

/**
 * A capitalised word beside another capitalised word, away from a sentence's start, where one of the
 * two is no known term (`Dale Carnegie`, `Fred Pryor`): a name, not a slip.
 */
function inAName(concepts: readonly Concept[], i: number, queryText: string, taxonomy: Taxonomy): boolean {
  const c = concepts[i];
  if (i < 0 || !c || !capitalisedInside(c.typed, queryText)) return false;
  return [concepts[i - 1], concepts[i + 1]].some(
    (n) =>
      n !== undefined &&
      n.kind === 'text' &&
      n.literals.length === 0 &&
      capitalisedInside(n.typed, queryText) &&
      (taxonomy.lookup(n.typed.trim().toLowerCase()) === undefined ||
        taxonomy.lookup(c.typed.trim().toLowerCase()) === undefined),
  );
}

/** Capitalised wherever the query writes it, and never where a sentence starts (`Dale`, not `Need`). */
function capitalisedInside(typed: string, queryText: string): boolean {
  const word = escapeRegExp(typed.trim());
  if (!/^[a-z]{3,}$/i.test(typed.trim())) return false;
  const found = [...queryText.matchAll(new RegExp(`(^|[.!?]\\s*|\\S\\s+|\\s+)(${word})(?![\\p{L}\\p{N}])`, 'giu'))];
  return (
    found.length > 0 && found.every((m) => /^\p{Lu}\p{Ll}/u.test(m[2] ?? '') && !/^(?:|[.!?]\s*)$/.test(m[1] ?? ''))
  );
}

/** How the query writes `word` (lower case letters and digits), wherever it stands as a word of its own. */
function typedForms(word: string, queryText: string): string[] {
  return [...queryText.matchAll(new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(word)}(?![A-Za-z0-9])`, 'gi'))].map(
    (m) => m[0],
  );
}

/** A word this rare may still be a typo of a known skill (one résumé's own typo, or a different word). */
const RARE = 2;
/** How many times more résumés the known skill must have than the rare word. */
const MORE_COMMON = 5;

function latinFix(snapshot: PoolSnapshot, taxonomy: Taxonomy, c: TextConcept, queryText: string): Fix | null {
  const word = c.terms[0];
  if (!word || c.terms.length !== 1 || !/^[a-z]/.test(word)) return null;
  const index = snapshot.index;
  // A word cut short with a dot inside a name (`Tianjin Univ. of Finance`, `Dept. of Labor`) is an
  // abbreviation, not a slip (a sentence's last word, `need kuberentes. also helm`, is put right).
  if (new RegExp(`(?:^|[^a-z0-9])${escapeRegExp(word)}\\.\\s+(?:of|and|for|&)\\s`, 'i').test(queryText)) return null;
  // An abbreviation typed in capitals (`BSET`, `AAS`) is a name: one letter off another (BSIT) is
  // another thing, not a typo of it. Two of its letters swapped (`DCHP`) are a known one's typo —
  // also where one résumé writes the swapped form of four letters or more (`FEMA` for FMEA) and far
  // more show the known one.
  if (typedInCapitals(word, queryText)) {
    if (taxonomy.lookup(word)) return null;
    // (A three-letter one a résumé writes is a name of its own: ISO is no iOS, SPA no SAP.)
    const seen = index.documentFrequency(word, 'body');
    if (seen > 1 || (seen > 0 && word.length < 4)) return null;
    const known = swappedKnown(word, index, taxonomy);
    return known && known.docs >= MORE_COMMON * seen ? { from: c.typed, to: known.term } : null;
  }
  if (!index.has(word)) {
    const to = suggest(word, index, taxonomy);
    // Two letters fewer is another word, not a slip of it (`biotech` is no B.Tech).
    const letters = (w: string): number => w.replace(/[^a-z0-9]/g, '').length;
    return to && !wordOfItsOwn(word, to, taxonomy) && letters(to) > letters(word) - 2 ? { from: c.typed, to } : null;
  }
  const seen = index.documentFrequency(word, 'body');
  if (seen > RARE || taxonomy.lookup(word)) return null;
  const to = suggest(word, index, taxonomy, true);
  const id = to ? taxonomy.lookup(to) : undefined;
  if (to && id && index.documentFrequency(id, 'tags') >= MORE_COMMON * seen && !wordOfItsOwn(word, to, taxonomy))
    return { from: c.typed, to };
  // … or of a word nearly every résumé writes, one wrong, swapped or missing letter away
  // (`buisness`, `managment`: a few résumés misspell them too). Not one letter more: a word
  // longer than a common one by a letter (`vuex`, vue) is more often another word than a typo.
  // (The pool's words are looked through only for a word long enough to be put right this way.)
  if (word.length < COMMON_MIN_LENGTH) return null;
  const plain = suggest(word, index, taxonomy);
  if (
    plain &&
    plain.length >= word.length &&
    index.documentFrequency(plain, 'body') >= COMMON * seen &&
    !wordOfItsOwn(word, plain, taxonomy)
  )
    return { from: c.typed, to: plain };
  return null;
}

/**
 * The known term `word` is with two neighbouring letters swapped (`dchp` → dhcp) or its doubled letter
 * doubled next door (`gapp` → gaap), the one more résumés show, with how many show it; or null.
 */
function swappedKnown(
  word: string,
  index: PoolSnapshot['index'],
  taxonomy: Taxonomy,
): { term: string; docs: number } | null {
  let best: { term: string; docs: number } | null = null;
  const candidates: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) candidates.push(swapAt(word, i));
    // Three letters are too few: EEG, OOS, CCS and BAA are abbreviations of their own, not slips of EGG or OSS.
    else if (word.length >= 4) {
      // `gapp`: the pair pp was meant as aa (the letter before) … or, `ggap`, as the letter after.
      if (i > 0) candidates.push(word.slice(0, i) + word[i - 1] + word.slice(i + 1));
      if (i + 2 < word.length) candidates.push(word.slice(0, i + 1) + word[i + 2] + word.slice(i + 2));
    }
  }
  for (const term of candidates) {
    if (term === word) continue;
    const id = taxonomy.lookup(term);
    if (!id) continue;
    const docs = index.documentFrequency(id, 'tags');
    if (!best || docs > best.docs) best = { term, docs };
  }
  return best;
}

/** How many times more résumés a plain word must be in than the rare one that may misspell it. */
const COMMON = 50;
/** Shorter rare words are as often names or abbreviations as typos. */
const COMMON_MIN_LENGTH = 6;

/** A Chinese word this rare may still be a typo of a known term that sounds alike and is this many times more common. */
const RARE_CHINESE = 3;
const MORE_COMMON_CHINESE = 20;

/** The character pairs of a Chinese word (`公会主席` → 公会, 会主, 主席). */
function pairsOf(chars: readonly string[]): string[] {
  return chars.slice(1).map((ch, i) => `${chars[i] as string}${ch}`);
}

/**
 * True when at least `count` résumés hold every one of `terms` (in their bodies). Cheap whatever the
 * terms: the rarest one's documents are walked, each looked up in the others, and the walk stops at
 * the `count`-th found, as it soon does for common words.
 */
function haveAll(snapshot: PoolSnapshot, terms: readonly string[], count: number): boolean {
  const lists = terms.map((t) => snapshot.index.postingsOf(t, 'body')).sort((a, b) => a.length - b.length);
  const [first, ...rest] = lists;
  if (!first || first.length < count) return false;
  let found = 0;
  for (const doc of first) {
    if (rest.every((list) => hasPosting(list, doc)) && ++found >= count) return true;
  }
  return false;
}

/**
 * A Chinese word no known term sounds like, that the pool never writes but writes with one
 * character read or written alike in place of one that makes a pair it never writes (`地质堪探` →
 * 地质勘探, `面相对象` → 面向对象): what the pool writes as typed is no typo, so only a word seen nowhere is
 * put right, and only to a word (or words side by side) {@link RARE_CHINESE}+ résumés write.
 */
function poolHomophone(
  snapshot: PoolSnapshot,
  taxonomy: Taxonomy,
  chars: readonly string[],
): (Fix & { pool: true }) | null {
  // Two characters the pool never writes are as often a rare word (`厂务`) as a slip.
  if (chars.length < 3 || chars.length > LONGEST_POOL_HOMOPHONE) return null;
  const index = snapshot.index;
  const common = (pair: string): boolean => index.documentFrequency(pair, 'body') > RARE_CHINESE;
  const seenAs = (word: string): number => writtenBy(snapshot, taxonomy, word);
  const typed = chars.join('');
  if (seenAs(typed) > 0) return null;
  // Words the pool writes, only never side by side (`日志平台`, `高校任教`): no typo.
  const own = words(chars, common);
  if (own.length > 0 && own.every((w) => seenAs(w) >= RARE_CHINESE)) return null;
  const cuts = wordBoundaries(typed);
  const never = (pair: string | null): boolean => pair !== null && index.documentFrequency(pair, 'body') === 0;
  let best: { to: string; seen: number } | null = null;
  for (let i = 0; i < chars.length; i++) {
    // A place word after a word the pool writes (`大学里`, `公司内`) says where, whatever the pool writes
    // after that word (大学理工); after no word (`经里`), it may be a slip (经理).
    if (
      i === chars.length - 1 &&
      LOCATIVE.has(chars[i] as string) &&
      seenAs(chars.slice(0, -1).join('')) >= RARE_CHINESE
    )
      continue;
    const left = i > 0 ? `${chars[i - 1] as string}${chars[i] as string}` : null;
    const right = i + 1 < chars.length ? `${chars[i] as string}${chars[i + 1] as string}` : null;
    // Only a character in a pair the pool never writes (`厂务`, rare, is still a word).
    if (!never(left) && !never(right)) continue;
    // A character written alike only where the segmenter reads it as a word of its own (治金, not 商汤科技).
    const looks = alone(cuts, i) ? looksLike(chars[i] as string) : [];
    for (const alike of new Set([...soundsLike(chars[i] as string), ...looks])) {
      const leftOk = left !== null && common(`${chars[i - 1] as string}${alike}`);
      const rightOk = right !== null && common(`${alike}${chars[i + 1] as string}`);
      if (!leftOk && !rightOk) continue;
      const changed = [...chars.slice(0, i), alike, ...chars.slice(i + 1)];
      // The word as a whole, or else its words apart where a pair stays rare (`地质 勘探`).
      const pieces = words(changed, common);
      const seen = pieces.length === 0 ? 0 : Math.min(...pieces.map(seenAs));
      if (seen >= RARE_CHINESE && (!best || seen > best.seen)) best = { to: changed.join(''), seen };
    }
  }
  return best ? { from: typed, to: best.to, pool: true } : null;
}

/** Characters that say where, after a noun (`大学里`, `公司内`, `行业中`). */
const LOCATIVE: ReadonlySet<string> = new Set(['里', '内', '中', '上', '外']);

/**
 * A known term read alike inside what the segmenter takes for one word (`蓄牧业`, read as 畜牧 + 业):
 * only where a résumé writes the word put right (畜牧业); nobody writes 电子器业 for 电子企业.
 */
function slipInsideWord(snapshot: PoolSnapshot, taxonomy: Taxonomy, typed: string): Fix | null {
  // Longer runs are several words, each looked at on its own.
  if (Array.from(typed).length > LONGEST_POOL_HOMOPHONE) return null;
  const fix = homophone(typed, taxonomy);
  if (!fix) return null;
  const mended = writtenBy(snapshot, taxonomy, typed.replace(fix.from, fix.to));
  return mended > 0 && mended > writtenBy(snapshot, taxonomy, typed) ? fix : null;
}

/** How many résumés write `word` as typed (checked verbatim). */
function writtenBy(snapshot: PoolSnapshot, taxonomy: Taxonomy, word: string): number {
  const phrase = analyzeTerm({ text: word, phrase: true, presence: 'default' }, taxonomy)[0] as TextConcept;
  return verbatimDocs(snapshot, phrase).length;
}

/** `chars` cut where a pair of them is rare: its words, each of two characters or more, or [] if one is shorter. */
function words(chars: readonly string[], common: (pair: string) => boolean): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 1; i <= chars.length; i++) {
    if (i < chars.length && common(`${chars[i - 1] as string}${chars[i] as string}`)) continue;
    if (i - from < 2) return [];
    out.push(chars.slice(from, i).join(''));
    from = i;
  }
  return out;
}

/** Longer Chinese runs are several words: each is looked at through the known terms instead. */
const LONGEST_POOL_HOMOPHONE = 6;

/**
 * A slip in a run too long to read whole (`国际经济技术合做公司`): the words around the first pair the
 * pool never writes (`技术合做公司`) put right as the pool writes them (合作), in the run.
 */
function slipInLongRun(
  snapshot: PoolSnapshot,
  taxonomy: Taxonomy,
  chars: readonly string[],
): (Fix & { pool: true }) | null {
  if (chars.length <= LONGEST_POOL_HOMOPHONE) return null;
  const at = pairsOf(chars).findIndex((pair) => snapshot.index.documentFrequency(pair, 'body') === 0);
  if (at < 0) return null;
  const from = Math.max(0, Math.min(at - 2, chars.length - LONGEST_POOL_HOMOPHONE));
  const window = chars.slice(from, from + LONGEST_POOL_HOMOPHONE);
  const fix = poolHomophone(snapshot, taxonomy, window);
  if (!fix) return null;
  const typed = chars.join('');
  return {
    from: typed,
    to: [...chars.slice(0, from), fix.to, ...chars.slice(from + window.length)].join(''),
    pool: true,
  };
}

/** Levels of government (`省级`, `国家级`), as written. */
const LEVEL_WORDS_ZH = wordsOf(ADMIN_LEVELS.zh);

/**
 * A Chinese slip that makes a known term with the known word just before it (`纪委书纪`: 纪委 was read
 * alone, 书纪 is no term), put right as the two together; only into a kind of what that word names
 * (纪委书记 is discipline inspection's), never into something else (审计部门 is no 省级部门).
 */
function chineseFixBeside(
  snapshot: PoolSnapshot,
  taxonomy: Taxonomy,
  concepts: readonly Concept[],
  i: number,
  queryText: string,
): Fix | null {
  const before = concepts[i - 1];
  const c = concepts[i];
  if (before?.kind !== 'taxonomy' || c?.kind !== 'text' || !hasCjk(before.typed)) return null;
  const joined = `${before.typed.trim()}${c.typed.trim()}`;
  if (!queryText.includes(joined)) return null;
  const fix = chineseFix(snapshot, taxonomy, cjkLiteral(joined, 'default'));
  const id = fix ? taxonomy.lookup(fix.to) : undefined;
  return fix && id && (id === before.id || taxonomy.ancestors(id).includes(before.id)) ? fix : null;
}

function chineseFix(snapshot: PoolSnapshot, taxonomy: Taxonomy, c: TextConcept): Fix | null {
  const typed = c.typed.trim();
  const chars = Array.from(typed);
  if (chars.length < 2 || !chars.every(isCjk)) return null;
  // A known term is no typo, even where no résumé has it (`夹具` is not 家具).
  if (taxonomy.lookup(typed) !== undefined) return null;
  // A typo makes a pair of characters the pool (nearly) never writes: without one, no search for
  // sound-alikes (which would cost every Chinese query a scan of the taxonomy).
  const index = snapshot.index;
  const pairs = pairsOf(chars);
  const rarePair = pairs.some((pair) => index.documentFrequency(pair, 'body') <= RARE_CHINESE);
  // … or, of common pairs, a word no résumé writes (`公会主席` for 工会主席: 公会 is a guild), which
  // only the few résumés with all its pairs can hold.
  if (!rarePair && (haveAll(snapshot, pairs, RARE_CHINESE + 1) || verbatimDocs(snapshot, c).length > 0)) return null;
  const fix =
    homophone(typed, taxonomy, wordBoundaries(typed)) ??
    slipInsideWord(snapshot, taxonomy, typed) ??
    poolHomophone(snapshot, taxonomy, chars) ??
    slipInLongRun(snapshot, taxonomy, chars);
  if (!fix) return null;
  // A place word before words the pool writes (`项目里实际写过`: 里 ends 项目) says where: no slip (历史系).
  const [first, ...rest] = Array.from(fix.from);
  if (
    first !== undefined &&
    LOCATIVE.has(first) &&
    rest.length >= 2 &&
    writtenBy(snapshot, taxonomy, rest.join('')) >= RARE_CHINESE
  )
    return null;
  // A level of government (`省级机关`, `国家级`) is no slip, whatever the pool writes beside it.
  if (LEVEL_WORDS_ZH.some((level) => fix.from.includes(level) && !fix.to.includes(level))) return null;
  if ('pool' in fix) return { from: fix.from, to: fix.to };
  const id = taxonomy.lookup(fix.to);
  const known = id ? index.documentFrequency(id, 'tags') : 0;
  if (known === 0) return null;
  // Only a word the pool never writes, or far less often than the term it sounds like (`前段开发`):
  // a real word that sounds like a skill is left alone.
  const seen = writtenBy(snapshot, taxonomy, fix.from);
  return seen === 0 || (seen <= RARE_CHINESE && known >= MORE_COMMON_CHINESE * seen) ? fix : null;
}
