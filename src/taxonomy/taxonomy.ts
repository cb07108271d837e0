import { createHash } from 'node:crypto';
import { hasCjk, isCjk, isCjkCode } from '../text/cjk.js';
import { CodeTable, pairCode } from '../text/code-table.js';
import { forEachLatinWord } from '../text/latin-words.js';
import { isSpaceCode } from '../text/spaces.js';
import { WORD_JOINER } from '../text/regexp.js';
import { BARE_TITLES, SHADOWED, TAXONOMY, type TaxonomyEntry, type TaxonomyKind } from './entries.js';

/** One place in a (folded) text where a taxonomy alias was found. */
/** Kinds that name a technology (a strict word joined to one by "or"/"and" is one too). */
const SKILL_KINDS_HERE: ReadonlySet<string> = new Set(['language', 'framework', 'database', 'infra', 'tool']);

export interface TaxonomyHit {
  readonly id: string;
  /** The alias as written in the text (folded). */
  readonly alias: string;
  readonly start: number;
  readonly end: number;
}

/** Latin alias keys ignore spaces, `-` and `_`: `spring boot` = `spring-boot` = `springboot`. */
export function aliasKey(alias: string): string {
  return foldedKey(alias.normalize('NFKC').toLowerCase());
}

/** A folded alias's words, one space apart (`e-commerce` → `e commerce`, `AT&T` → `at and t`). */
function aliasWordsOf(folded: string): string {
  return folded
    .replace(/\s*&\s*/g, ' and ')
    .split(/[\s_'’-]+/)
    .filter((w) => w !== '')
    .join(' ');
}

/** {@link aliasKey} for text that is already folded (skips NFKC and lower-casing). */
function foldedKey(folded: string): string {
  if (folded.includes('&')) folded = folded.replace(/\s*&\s*/g, 'and');
  // An apostrophe joins like a space (`driver's license`: the text's words are `driver`, `s`, `license`).
  // Looked for by hand: asked of every word of every résumé, and most have none of them.
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c === 0x5f || c === 0x2d || c === 0x27 || c === 0x2019 || isSpaceCode(c))
      return folded.replace(/[\s_'’-]+/g, '');
  }
  return folded;
}

/**
 * Kinds whose entries name one thing each, unless other entries sit under them (a group of schools).
 * Not employers: a plural is often their own name (`Toyota Motors`).
 */
const ONE_OF_A_KIND: ReadonlySet<string> = new Set(['school']);

/** One letter and an apostrophe: `t's` (of `AT&T's`), `i'm`, `i'd`. */
const LETTER_APOSTROPHE = /^[a-z]['’](?:s|m|d|ll|re|ve)(?![a-z])/;

/** True when `word` holds a character that may join parts (`. / _ - +`): most words hold none. */
function mayJoin(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x2e || c === 0x2f || c === 0x5f || c === 0x2d || c === 0x2b) return true;
  }
  return false;
}

/** A compound word, and its split keeping the joiners (offsets add up): see {@link WORD_JOINER}. */
const COMPOUND = new RegExp(WORD_JOINER);
const COMPOUND_PARTS = new RegExp(`(${WORD_JOINER})`);

/** The Latin words of folded text, as {@link forEachLatinWord} finds them. */
function latinWords(folded: string): { text: string; start: number; end: number }[] {
  const words: { text: string; start: number; end: number }[] = [];
  forEachLatinWord(folded, (start, end) => words.push({ text: folded.slice(start, end), start, end }));
  return words;
}

/** Letters with dots between them (`b.c.a`, `m.s.`): an initialism. */
const INITIALISM = /^(?:[a-z]\.){1,5}[a-z]\.?$/;
/** The shortest part of a name written in two words (`Mongo DB`). */
const MIN_SPLIT_PART = 2;
/**
 * Longest multi-word alias we look for (`industrial and commercial bank of china`); each word that
 * begins one is tried for its own longest alias's words and two more (see findLatin).
 */
const MAX_ALIAS_WORDS = 10;

interface CjkAlias {
  readonly alias: string;
  readonly id: string;
  /** The words that must and must not stand right before it (TaxonomyEntry#after, #notAfter). */
  readonly bound?: Bound;
}

/** The id of a shadowed word's hits (see {@link SHADOWED}), dropped once they have covered what is inside them. */
const SHADOW = '';

/** Strict abbreviations that are also English words, which headings write in capitals (not IT: a pronoun in capitals is rarer than the trade). */
const CAPITALISED_WORDS = new Set(['BE', 'AS', 'OR', 'AN', 'IN', 'ON', 'TO', 'US', 'IS', 'SNOW']);

/**
 * The taxonomy, ready for lookups: alias → canonical id, broader concepts, and finding every
 * alias in a text. Built once per process from {@link TAXONOMY}.
 */
export class Taxonomy {
  readonly entries: ReadonlyMap<string, TaxonomyEntry>;
  /** Hash of the table, part of the index cache key. */
  readonly version: string;
  private readonly latin = new Map<string, string>();
  private readonly strict = new Map<string, { id: string; forms: Set<string> }>();
  /** Chinese aliases by their first two characters (see {@link pairCode}): an index into `cjkLists`. */
  private readonly cjkByBigram = new CodeTable();
  /** Lists of Chinese aliases with the same first two characters, longest first. */
  private readonly cjkLists: CjkAlias[][] = [];
  private readonly cjkExact = new Map<string, string>();
  /** Short forms read in queries only (see TaxonomyEntry#queryOnly), by alias key. */
  private readonly queryOnly = new Map<string, string>();
  /** Each entry's Latin aliases' words (see {@link aliasWords}), made on first ask. */
  private readonly wordsById = new Map<string, ReadonlySet<string>>();
  /**
   * Aliases in both scripts (`go语言`, `pmp证书`), by the code unit of their first Chinese character
   * (each with that character's offset in the alias): text is searched for them only where such a
   * character stands. `mixedAnchor` marks those code units.
   */
  private readonly mixedByAnchor = new Map<number, { alias: string; id: string; offset: number }[]>();
  private readonly mixedAnchor = new Uint8Array(0x10000);
  private readonly ancestorCache = new Map<string, readonly string[]>();
  private readonly descendantCache = new Map<string, readonly string[]>();
  /** The schools in each place, worked out on first use (see {@link schoolsIn}). */
  private schoolPlaces: Map<string, string[]> | null = null;
  /** The entries whose Chinese aliases are bound to the words before them (TaxonomyEntry#after), folded. */
  private readonly bounds = new Map<string, Bound>();
  private readonly children = new Map<string, string[]>();
  /** First words of multi-word Latin aliases (`spring` of `spring boot`): only these start a longer match. */
  /** The first words of aliases of several words, each with its longest such alias's word count. */
  private readonly multiWordHeads = new Map<string, number>();
  /** The Latin alias keys, sorted (see {@link beginsLatinKey}). */
  private readonly latinSorted: readonly string[];
  /**
   * Beginnings of one-word Latin aliases of six letters or more, cut after two letters or more
   * with two or more left (`tensor` of `tensorflow`): only these start a look for a name written
   * in two words (`Tensor Flow`, `Mongo DB`, `Power Shell`).
   */
  private readonly splitHeads = new Set<string>();
  /** A Chinese professional title written bare, as one item of a bio's list (see BARE_TITLES). */
  private readonly bareTitle: RegExp | null;

  constructor(
    entries: readonly TaxonomyEntry[] = TAXONOMY,
    shadowed: readonly string[] = SHADOWED,
    private readonly titles: Readonly<Record<string, string>> = BARE_TITLES,
  ) {
    const byId = new Map<string, TaxonomyEntry>();
    for (const entry of entries) byId.set(entry.id, entry);
    this.entries = byId;
    this.bareTitle =
      Object.keys(titles).length > 0
        ? new RegExp(
            `(?<=[,，、。;；(（]|职称[:：]?|学历|学位|文化|党员)\\s*(${Object.keys(titles).join('|')})(?=\\s*(?:$|[,，、。;；)）]|职称|资格))`,
            'g',
          )
        : null;
    this.version = createHash('sha1')
      .update(JSON.stringify([entries, shadowed, titles]))
      .digest('hex')
      .slice(0, 12);
    // A shadowed word is found as an alias is, so that it covers the alias inside it, and then dropped.
    for (const word of shadowed) this.addCjk(word.normalize('NFKC').toLowerCase(), SHADOW);

    for (const entry of entries) {
      for (const parent of entry.parents ?? []) {
        const list = this.children.get(parent) ?? [];
        list.push(entry.id);
        this.children.set(parent, list);
      }
      const strictKeys = new Set((entry.strict ?? []).map(aliasKey));
      const queryKeys = new Set((entry.queryOnly ?? []).map(aliasKey));
      // The id is an alias of itself unless it is a strict word (`go`, `c`, `r`) or read in queries only
      // (`telecom`, `ccb`): an id must not undo what its entry says of the word.
      const aliases = [...(entry.aliases ?? [])];
      if (!strictKeys.has(aliasKey(entry.id)) && !queryKeys.has(aliasKey(entry.id))) aliases.push(entry.id);
      const bound = entry.after
        ? {
            after: entry.after.map((w) => w.normalize('NFKC').toLowerCase()),
            notAfter: (entry.notAfter ?? []).map((w) => w.normalize('NFKC').toLowerCase()),
          }
        : undefined;
      if (bound) this.bounds.set(entry.id, bound);
      for (const alias of aliases) this.addAlias(alias, entry.id, bound);
      for (const alias of entry.queryOnly ?? [])
        this.queryOnly.set(aliasKey(alias.normalize('NFKC').toLowerCase()), entry.id);
      for (const form of entry.strict ?? []) {
        const key = aliasKey(form);
        const known = this.strict.get(key) ?? { id: entry.id, forms: new Set<string>() };
        known.forms.add(form);
        this.strict.set(key, known);
      }
    }
    for (const list of this.cjkLists) list.sort((a, b) => b.alias.length - a.alias.length);
    this.latinSorted = [...this.latin.keys()].sort();
  }

  private addAlias(alias: string, id: string, bound?: Bound): void {
    const folded = alias.normalize('NFKC').toLowerCase();
    const hasCjk = Array.from(folded).some(isCjk);
    const hasLatin = /[a-z0-9]/.test(folded);
    if (hasCjk && hasLatin) {
      const joined = folded.replace(/\s+/g, '');
      // Its first Chinese character, and where it stands (in code units: what comes before is Latin).
      const anchor = (Array.from(joined).find(isCjk) as string).charCodeAt(0);
      const list = this.mixedByAnchor.get(anchor) ?? [];
      list.push({ alias: joined, id, offset: joined.indexOf(String.fromCharCode(anchor)) });
      this.mixedByAnchor.set(anchor, list);
      this.mixedAnchor[anchor] = 1;
      this.cjkExact.set(folded.replace(/\s+/g, ''), id);
    } else if (hasCjk) {
      this.cjkExact.set(folded, id);
      this.addCjk(folded, id, bound);
    } else {
      this.latin.set(aliasKey(folded), id);
      // Text is read without a word's last dot (`M.S.` → `m.s`, see findLatin): so are dotted aliases.
      const undotted = folded.replace(/\.+$/, '');
      if (undotted !== folded && undotted.includes('.') && !this.latin.has(aliasKey(undotted)))
        this.latin.set(aliasKey(undotted), id);
      const head = (first: string, count: number): void => {
        this.multiWordHeads.set(first, Math.max(count, this.multiWordHeads.get(first) ?? 0));
      };
      const words = folded.split(/[\s_'’-]+/).filter((w) => w !== '');
      // (`&` stands between words as `and` does: `larsen & toubro` is three words of text.)
      const count = folded.split(/[\s_'’&-]+/).filter((w) => w !== '').length;
      if (words.length > 1) head(words[0] as string, count);
      // Text reads a hyphenated word as one (`month-end close` starts with the word `month-end`).
      const spaced = folded.split(/\s+/).filter((w) => w !== '');
      if (spaced.length > 1) head(spaced[0] as string, count);
      else if (/^[a-z]{6,}$/.test(folded))
        for (let k = MIN_SPLIT_PART; k <= folded.length - MIN_SPLIT_PART; k++) this.splitHeads.add(folded.slice(0, k));
    }
  }

  /** A Chinese alias (or a shadowed word) to look for in text. */
  private addCjk(folded: string, id: string, bound?: Bound): void {
    // A text is searched from each two characters on: an alias of one is never found.
    if (folded.length < 2) return;
    const head = pairCode(folded, 0);
    let at = this.cjkByBigram.get(head);
    if (at < 0) {
      at = this.cjkLists.push([]) - 1;
      this.cjkByBigram.set(head, at);
    }
    (this.cjkLists[at] as CjkAlias[]).push(bound ? { alias: folded, id, bound } : { alias: folded, id });
  }

  /**
   * False when the entry binds its Chinese aliases to the words before them (TaxonomyEntry#after) and
   * `text` has none of them right before `at` (a query's bare `院长` or `医院院长` is no college's dean).
   */
  boundAt(id: string, text: string, at: number): boolean {
    const bound = this.bounds.get(id);
    return !bound || boundHere(text, at, bound);
  }

  /** The entry with this id. */
  get(id: string): TaxonomyEntry | undefined {
    return this.entries.get(id);
  }

  /** Display label of an id (the id itself when unknown). */
  label(id: string): string {
    return this.entries.get(id)?.label ?? id;
  }

  kind(id: string): TaxonomyKind | undefined {
    return this.entries.get(id)?.kind;
  }

  /**
   * The canonical id a whole query term stands for, if any: `k8s` → `kubernetes`,
   * `消息队列` → `message-queue`, `Spring Boot` → `spring-boot`. Strict words match in any case
   * here, because a recruiter typing `go` means the language.
   */
  lookup(term: string): string | undefined {
    const folded = term.normalize('NFKC').toLowerCase().trim();
    if (folded === '') return undefined;
    const key = aliasKey(folded);
    return (
      this.latinId(key) ??
      this.strict.get(key)?.id ??
      this.cjkExact.get(folded.replace(/\s+/g, '')) ??
      this.queryOnly.get(key) ??
      this.singularOf(folded)
    );
  }

  /**
   * The words an entry's Latin names are written in (`us`, `army` of US Army; `platform`, `as`, `a`,
   * `service`): a word of grammar among words that name it only when run together (`us a` spells
   * `usa`) is none of them.
   */
  aliasWords(id: string): ReadonlySet<string> {
    let words = this.wordsById.get(id);
    if (!words) {
      const entry = this.entries.get(id);
      const all = entry ? [id, ...(entry.aliases ?? []), ...(entry.queryOnly ?? []), ...(entry.strict ?? [])] : [];
      words = new Set(all.flatMap((a) => aliasWordsOf(a.normalize('NFKC').toLowerCase()).split(' ')));
      this.wordsById.set(id, words);
    }
    return words;
  }

  /** True when `term` is known only as a short form read in queries (see TaxonomyEntry#queryOnly). */
  queryOnlyForm(term: string): boolean {
    const folded = term.normalize('NFKC').toLowerCase().trim();
    const key = aliasKey(folded);
    return (
      this.queryOnly.has(key) &&
      this.latinId(key) === undefined &&
      !this.strict.has(key) &&
      !this.cjkExact.has(folded.replace(/\s+/g, ''))
    );
  }

  /**
   * A name of several words typed in the plural (`data scientists`, `penetration testers`): the
   * entry of its singular. Never for one word, where an s is as often the word's own (`sales`, `ios`).
   */
  private singularOf(folded: string): string | undefined {
    const m = /^([a-z][a-z0-9.+#-]*(?:\s+[a-z0-9.+#-]+)*\s+[a-z][a-z-]*?)(ies|s)$/.exec(folded);
    if (!m || /(?:ss|us|is)$/.test(folded)) return undefined;
    const stem = m[1] as string;
    const singular = m[2] === 'ies' ? `${stem}y` : stem;
    const key = aliasKey(singular);
    const id = this.latinId(key) ?? this.strict.get(key)?.id;
    // The plural of one school's name names others like it (`Tianjin universities`), not it.
    if (id !== undefined && ONE_OF_A_KIND.has(this.kind(id) ?? '') && this.descendants(id).length === 0)
      return undefined;
    return id;
  }

  /** Latin-only alias lookup for one token (used by the tokenizer). */
  lookupLatin(token: string): string | undefined {
    return this.latinId(foldedKey(token));
  }

  /**
   * The id of a Latin alias key. An initialism written with dots (`B.C.A`, `M.S`) is the alias with
   * a closing dot (`m.s.`) or, three letters or more, without dots (`bca`): `p.m` is no PM.
   */
  private latinId(key: string): string | undefined {
    const id = this.latin.get(key);
    if (id !== undefined || !key.includes('.') || !INITIALISM.test(key)) return id;
    const closed = this.latin.get(key.endsWith('.') ? key : `${key}.`);
    if (closed !== undefined) return closed;
    const bare = key.replace(/\./g, '');
    return bare.length >= 3 ? this.latin.get(bare) : undefined;
  }

  /** True when a longer Latin alias key begins with `key` (`springboo` of `springboot`). */
  private beginsLatinKey(key: string): boolean {
    const keys = this.latinSorted;
    // The first key after `key`: any longer key that begins with it comes before every other.
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((keys[mid] as string) <= key) lo = mid + 1;
      else hi = mid;
    }
    return lo < keys.length && (keys[lo] as string).startsWith(key);
  }

  /** Two entries of one sort: one kind, and for the broad kind `concept`, a broader concept in common. */
  ofOneSort(a: string, b: string): boolean {
    const kind = this.kind(a);
    if (kind === undefined || kind !== this.kind(b)) return false;
    if (kind !== 'concept') return true;
    const above = new Set(this.ancestors(a));
    return this.ancestors(b).some((id) => above.has(id));
  }

  /** Every broader concept of `id`, transitively (not including `id`). */
  ancestors(id: string): readonly string[] {
    const cached = this.ancestorCache.get(id);
    if (cached) return cached;
    const out = new Set<string>();
    const stack = [...(this.entries.get(id)?.parents ?? [])];
    while (stack.length > 0) {
      const parent = stack.pop() as string;
      if (out.has(parent)) continue;
      out.add(parent);
      stack.push(...(this.entries.get(parent)?.parents ?? []));
    }
    const result = [...out];
    this.ancestorCache.set(id, result);
    return result;
  }

  /**
   * The schools whose own names hold a place (`四川大学`, `成都理工大学`, `University of Florida`), by
   * the place and every place it is in (成都: 四川 too): where a school is, as far as its name tells.
   */
  schoolsIn(placeId: string): readonly string[] {
    if (this.schoolPlaces === null) this.schoolPlaces = this.locateSchools();
    return this.schoolPlaces.get(placeId) ?? [];
  }

  private locateSchools(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    const place = (id: string | undefined): id is string => id !== undefined && this.kind(id) === 'city';
    /** A place a Chinese name starts with (四川大学, 成都理工大学, 西南交大, 上海高校). */
    const leadingPlace = (names: readonly string[]): Set<string> => {
      const found = new Set<string>();
      for (const run of names.flatMap((n) => n.match(/\p{Script=Han}+/gu) ?? []))
        for (let n = Math.min(6, run.length - 1); n >= 2; n--) {
          const id = this.cjkExact.get(run.slice(0, n));
          if (place(id)) {
            found.add(id);
            break;
          }
        }
      return found;
    };
    const locate = (school: string, places: Iterable<string>): void => {
      for (const p of places)
        for (const at of [p, ...this.ancestors(p)]) {
          const list = out.get(at);
          if (list) {
            if (!list.includes(school)) list.push(school);
          } else out.set(at, [school]);
        }
    };
    for (const [id, entry] of this.entries) {
      if (entry.kind !== 'school') continue;
      // A group of schools named by a place (上海高校): every school in it is there. A group of another
      // kind (财经院校, with 北京商学院 among its names) is in no place.
      if ((this.children.get(id)?.length ?? 0) > 0) {
        const places = leadingPlace([entry.label.normalize('NFKC').toLowerCase()]);
        if (places.size > 0) for (const school of [id, ...this.descendants(id)]) locate(school, places);
        continue;
      }
      const names = [entry.label, ...(entry.aliases ?? [])].map((n) => n.normalize('NFKC').toLowerCase());
      // Its Chinese names where it has them (暨南大学 is in no Jinan, 中欧 no Europe as its English name's words).
      if (names.some(hasCjk)) {
        locate(id, leadingPlace(names));
        continue;
      }
      // A place its name starts with, or names after `of` (`Florida State University`, `University of Florida`).
      const places = new Set<string>();
      for (const name of names) {
        const words: string[] = name.match(/[a-z]+/g) ?? [];
        for (const at of [0, words.indexOf('of') + 1]) {
          if (at === 0 && words[0] === 'university') continue;
          for (let n = Math.min(3, words.length - at); n >= 1; n--) {
            const found = this.latinId(aliasKey(words.slice(at, at + n).join(' ')));
            if (place(found)) {
              places.add(found);
              break;
            }
          }
        }
      }
      locate(id, places);
    }
    return out;
  }

  /** Every narrower entry of `id`, transitively (not including `id`). */
  descendants(id: string): readonly string[] {
    const cached = this.descendantCache.get(id);
    if (cached) return cached;
    const out = new Set<string>();
    const stack = [...(this.children.get(id) ?? [])];
    while (stack.length > 0) {
      const child = stack.pop() as string;
      if (out.has(child)) continue;
      out.add(child);
      stack.push(...(this.children.get(child) ?? []));
    }
    const result = [...out];
    this.descendantCache.set(id, result);
    return result;
  }

  /**
   * Every Latin alias key, for "did you mean" suggestions; strict words too (`spring` for `sping`):
   * a query is read without regard to case.
   */
  *latinAliasKeys(): IterableIterator<string> {
    yield* this.latin.keys();
    for (const key of this.strict.keys()) if (!this.latin.has(key)) yield key;
  }

  /**
   * True for a key known only as an abbreviation in capitals (`HAL`, `SAIL`, `UK`): a word typed in
   * small letters one letter from it (`hale`, a name) is no slip for it.
   */
  isCapitalsOnly(key: string): boolean {
    const strict = this.latin.has(key) ? undefined : this.strict.get(key);
    return strict !== undefined && [...strict.forms].every((f) => f === f.toUpperCase());
  }

  /**
   * Every all-Chinese alias with the id it stands for, for homophone suggestions (`总会记师` → 总会计师),
   * and the Chinese forms read in queries only: they are what a query means to type (`轴成` → 轴承).
   */
  *cjkAliases(): IterableIterator<[alias: string, id: string]> {
    for (const [alias, id] of this.cjkExact) if (Array.from(alias).every(isCjk)) yield [alias, id];
    for (const [form, id] of this.queryOnly)
      if (!this.cjkExact.has(form) && Array.from(form).every(isCjk)) yield [form, id];
  }

  /**
   * Finds every alias in `folded` (lower-cased, Simplified) text. `plain` is the same text before
   * lower-casing, used for strict words (`Go`, `C`). Overlapping hits are resolved longest-first.
   */
  findAll(foldedText: string, plainText: string = foldedText): TaxonomyHit[] {
    // Words inside URLs and domains (`https://github.com/…`, `debank.com`) are addresses, not skills.
    const folded = codeSections(maskAddresses(foldedText));
    const plain = plainText === foldedText ? folded : codeSections(maskAddresses(plainText));
    const hits: TaxonomyHit[] = [];
    this.findLatin(folded, plain, hits);
    this.findCjk(folded, hits);
    this.findMixed(folded, hits);
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: TaxonomyHit[] = [];
    let reach = -1;
    for (const hit of hits) {
      if (hit.start >= reach) {
        if (hit.id !== SHADOW) kept.push(hit);
        reach = hit.end;
      }
    }
    // Most texts hold none of the title words: no scan for them.
    return this.bareTitle && Object.keys(this.titles).some((w) => folded.includes(w))
      ? this.withTitles(folded, kept)
      : kept;
  }

  /**
   * `hits` with each professional title written bare as an item of a list (`大专学历，会计师。`,
   * `工程师、会计师`) read as the title (see BARE_TITLES): in place of the word's own hit, or added
   * where the word is no alias.
   */
  private withTitles(folded: string, hits: TaxonomyHit[]): TaxonomyHit[] {
    let out = hits;
    for (const m of folded.matchAll(this.bareTitle as RegExp)) {
      const alias = m[1] as string;
      const start = (m.index as number) + m[0].length - alias.length;
      const title: TaxonomyHit = { id: this.titles[alias] as string, alias, start, end: start + alias.length };
      const at = out.findIndex((h) => h.end > start);
      const there = at >= 0 ? (out[at] as TaxonomyHit) : null;
      if (there && there.start === title.start && there.end === title.end) out = out.with(at, title);
      else if (!there || there.start >= title.end) out = at < 0 ? [...out, title] : out.toSpliced(at, 0, title);
    }
    return out;
  }

  /** Every occurrence of each mixed-script alias, left to right, none overlapping another of the same alias. */
  private findMixed(folded: string, hits: TaxonomyHit[]): void {
    let reach: Map<string, number> | null = null;
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      if (this.mixedAnchor[code] !== 1) continue;
      for (const { alias, id, offset } of this.mixedByAnchor.get(code) ?? []) {
        const start = i - offset;
        if (start < 0 || !folded.startsWith(alias, start)) continue;
        reach ??= new Map();
        if (start < (reach.get(alias) ?? 0)) continue;
        hits.push({ id, alias, start, end: start + alias.length });
        reach.set(alias, start + alias.length);
      }
    }
  }

  private findLatin(folded: string, plain: string, hits: TaxonomyHit[]): void {
    const words = latinWords(folded);
    for (let i = 0; i < words.length; i++) {
      const first = words[i] as (typeof words)[number];
      // The longest multi-word alias wins: `spring cloud gateway` over `spring cloud` over `spring`.
      // Text may write an alias in more words than it has (`registrar's office`, `L & T`): two more, and never under four.
      const longest = this.multiWordHeads.get(first.text);
      const maxWords = longest ? Math.min(Math.max(longest + 2, 4), MAX_ALIAS_WORDS, words.length - i) : 1;
      // Spans are tried shortest first, the longest that is an alias kept: a span whose key begins
      // no alias's key (most) ends the look, as every longer span's key begins with it.
      let found: { id: string; span: string; end: number; n: number; slash: number } | null = null;
      for (let n = 2; n <= maxWords; n++) {
        const last = words[i + n - 1] as (typeof words)[number];
        // An alias may end at a slash inside its last word (`Electrical Engineer/Sustaining Engineer`):
        // the rest of that word is read on its own.
        const slash = last.text.indexOf('/');
        const ends = slash > 0 && slash < last.text.length - 1 ? [last.end, last.start + slash] : [last.end];
        let longer = false;
        for (const end of ends) {
          const span = folded.slice(first.start, end);
          // Words of one alias sit on one line (`Big Data` ⏎ `Science…` is not data science).
          // `&` joins words of one alias as `and` does (`Electronics & Communication Engineering`).
          if (!/^[a-z0-9.+#/]+(?:(?:[ \t_'’-]+|[ \t]*&[ \t]*)[a-z0-9.+#/]+)*$/.test(span)) continue;
          // One letter before an apostrophe (`AT&T's`, `I'm`, `I'd`) is no term, whatever the letters spell joined (TS, ID).
          if (LETTER_APOSTROPHE.test(span)) continue;
          const key = foldedKey(span);
          if (end === last.end) longer = this.beginsLatinKey(key);
          const id = this.latin.get(key);
          if (!id) continue;
          found = { id, span, end, n, slash };
          break;
        }
        if (!longer) break;
      }
      if (found) {
        const { id, span, end, n, slash } = found;
        const last = words[i + n - 1] as (typeof words)[number];
        hits.push({ id, alias: span, start: first.start, end });
        if (end === last.end) i += n - 1;
        else {
          words[i + n - 1] = { text: last.text.slice(slash + 1), start: end + 1, end: last.end };
          i += n - 2;
        }
        continue;
      }
      const splitId = this.splitName(words, i, folded, plain);
      if (splitId) {
        const second = words[i + 1] as (typeof words)[number];
        hits.push({ id: splitId, alias: folded.slice(first.start, second.end), start: first.start, end: second.end });
        i++;
        continue;
      }
      const id = this.latinId(foldedKey(first.text));
      if (id) {
        hits.push({ id, alias: first.text, start: first.start, end: first.end });
        continue;
      }
      const strictId = this.strictMatch(first.text, first.start, first.end, folded, plain);
      if (strictId) {
        hits.push({ id: strictId, alias: first.text, start: first.start, end: first.end });
        continue;
      }
      // A compound that is not an alias itself: look at its parts (`go/java`, `rust/java/python/c`).
      if (mayJoin(first.text) && COMPOUND.test(first.text)) {
        let offset = first.start;
        for (const part of first.text.split(COMPOUND_PARTS)) {
          if (part.length > 0 && !/^[./_+-]$/.test(part)) {
            const partId =
              this.latin.get(foldedKey(part)) ?? this.strictMatch(part, offset, offset + part.length, folded, plain);
            if (partId) hits.push({ id: partId, alias: part, start: offset, end: offset + part.length });
          }
          offset += part.length;
        }
      }
    }
  }

  /**
   * A one-word name written as two (`Tensor Flow`, `Java Script`, `Mongo DB`): words `i` and `i + 1`,
   * one space apart, that together are an alias. The second must start with a capital, as a name
   * split at its inner capital does: `managed a sales force` is no Salesforce.
   */
  private splitName(
    words: readonly { text: string; start: number; end: number }[],
    i: number,
    folded: string,
    plain: string,
  ): string | undefined {
    const first = words[i] as (typeof words)[number];
    const second = words[i + 1];
    if (!second || !this.splitHeads.has(first.text) || second.text.length < MIN_SPLIT_PART) return undefined;
    if (second.start !== first.end + 1 || folded[first.end] !== ' ') return undefined;
    const capital = plain.charCodeAt(second.start);
    if (capital < 0x41 || capital > 0x5a) return undefined;
    return this.latin.get(first.text + second.text);
  }

  /**
   * Words that are also ordinary English count only when written as listed (`Go`, `C`, `Helm`)
   * and outside English prose: next to Chinese, list punctuation or a line end, never between two
   * English words ("ready to go live", "at the Helm Front Office").
   */
  private strictMatch(word: string, start: number, end: number, folded: string, plain: string): string | undefined {
    const known = this.strict.get(word);
    if (!known) return undefined;
    const written = plain.slice(start, end);
    if (!known.forms.has(written)) return undefined;
    const before = prevNonSpace(plain, start);
    const after = nextNonSpace(plain, end);
    // `go-to person`, `"go to" person`, `go live`, `Spring semester`, `Assembly Line Worker`:
    // English phrases, not the skill.
    if (
      written.length > 1 &&
      /^["'”’]?\s*-?\s*(?:to|live|through|ahead|back|over|out|into|beyond|getter|semester|term|break|festival|season|lines?|workers?|technicians?|operators?|plant|of)\b/i.test(
        plain.slice(end, end + 14),
      )
    ) {
      return undefined;
    }
    // `Electronic Systems (ES)`: an abbreviation defined on the spot, not the skill.
    if (definesAbbreviation(plain, start, written)) return undefined;
    // `Spring 2019`, `Go 2020`: a season or a heading with a year, not the skill.
    if (/^\s*(?:19|20)\d\d\b/.test(plain.slice(end, end + 6))) return undefined;
    // `C.` / `C-level` / `C's` are not the language, nor the R of `R&D` (nor a `Q&A`'s letters).
    if (after !== '' && /['’.&-]/.test(after) && /[a-zA-Z]/.test(plain[end + 1] ?? '')) return undefined;
    if (plain[start - 1] === '&' && /[a-zA-Z]/.test(plain[start - 2] ?? '')) return undefined;
    // `Non-IT recruiter`: what it is not.
    if (/(?:^|[^a-z])non[\s-]$/i.test(plain.slice(Math.max(0, start - 5), start))) return undefined;
    const latinBefore = /[a-zA-Z]/.test(before);
    const latinAfter = /[a-zA-Z]/.test(after);
    // An abbreviation known only in capitals, written so (`Senior HR Manager`, `the SOC team`), is
    // itself between words too.
    // (Not an English word in capitals: `TO BE DETERMINED` holds no B.E.)
    const acronym =
      written.length > 1 &&
      /^[A-Z0-9]+$/.test(written) &&
      !CAPITALISED_WORDS.has(written) &&
      onlyInCapitals(known.forms);
    // Between two English words it is prose ("ready to go live", "At the Helm Front Office"),
    // unless it is joined to another technology by "or"/"and" ("Go or Python", "Java and Go").
    if (
      latinBefore &&
      latinAfter &&
      !acronym &&
      !(written !== written.toLowerCase() && this.joinedToSkill(plain, start, end))
    )
      return undefined;
    // Lower-case after an English word is prose too ("at one go.", "ready to go"), unless a list
    // separates them ("Java, go, Python").
    if (
      latinBefore &&
      written === written.toLowerCase() &&
      /[a-z]/.test(written) &&
      !/[/,、，;|()（）:：&+]/.test(plain.slice(Math.max(0, start - 3), start))
    )
      return undefined;
    if (
      written.length === 1 &&
      (latinBefore || latinAfter) &&
      !/[/,、，;|()（）]/.test(plain.slice(Math.max(0, start - 2), end + 2))
    ) {
      return undefined;
    }
    void folded;
    return known.id;
  }

  /** `Go or Python`, `Rust and Go`, `Java & Go`: next to "or"/"and" and a known, non-strict technology. */
  private joinedToSkill(plain: string, start: number, end: number): boolean {
    const after = /^\s+(?:or|and|&)\s+([A-Za-z][\w.+#-]*)/i.exec(plain.slice(end, end + 40))?.[1];
    const before = /([A-Za-z][\w.+#-]*)\s+(?:or|and|&)\s+$/i.exec(plain.slice(Math.max(0, start - 40), start))?.[1];
    const known = (w: string | undefined): boolean => {
      if (!w) return false;
      const id = this.latin.get(aliasKey(w));
      return id !== undefined && SKILL_KINDS_HERE.has(this.kind(id) ?? '');
    };
    return known(after) || known(before);
  }

  private findCjk(folded: string, hits: TaxonomyHit[]): void {
    for (let i = 0; i < folded.length - 1; i++) {
      const code = folded.charCodeAt(i);
      // Only a Han character can start a Chinese alias.
      if (!isCjkCode(code)) continue;
      const at = this.cjkByBigram.get(pairCode(folded, i));
      if (at < 0) continue;
      for (const { alias, id, bound } of this.cjkLists[at] as CjkAlias[]) {
        if (folded.startsWith(alias, i) && (!bound || boundHere(folded, i, bound))) {
          hits.push({ id, alias, start: i, end: i + alias.length });
          break;
        }
      }
    }
  }
}

/** Where a bound alias's words (TaxonomyEntry#after, #notAfter) must and must not stand before it. */
interface Bound {
  readonly after: readonly string[];
  readonly notAfter: readonly string[];
}

/** True when the text before `at` ends with one of the bound's words and with none of its others (see TaxonomyEntry#after). */
function boundHere(text: string, at: number, { after, notAfter }: Bound): boolean {
  return after.some((w) => text.endsWith(w, at)) && !notAfter.some((w) => text.endsWith(w, at));
}

/** True when `written` (an upper-case abbreviation) stands in brackets after the words it abbreviates: `Electronic Systems (ES)`. */
function definesAbbreviation(plain: string, start: number, written: string): boolean {
  if (written.length < 2 || written !== written.toUpperCase()) return false;
  const before = /([A-Za-z][A-Za-z&\s-]*?)\s*[(（]\s*$/.exec(plain.slice(Math.max(0, start - 80), start));
  if (!before?.[1]) return false;
  const words = before[1].split(/[\s-]+/).filter((w) => /^[A-Za-z]/.test(w) && !/^(?:and|of|the|for|&)$/i.test(w));
  const initials = words
    .slice(-written.length)
    .map((w) => (w[0] as string).toUpperCase())
    .join('');
  return initials === written;
}

/** `401(k)`, `403(b)`: a section of the tax code, read as `401 k` (offsets kept) so an alias (`401 k`) finds it. */
function codeSections(text: string): string {
  return text.includes('(') ? text.replace(/\b(\d{3})\(([a-z])\)/gi, '$1 $2 ') : text;
}

/** URLs, and dotted words that may be domains (`debank.com`, `github.com/x`); see {@link maskAddresses}. */
const ADDRESS = /(?:https?:\/\/|www\.)[^\s<>()"'，。、）]+|(?<![\w.-])[\w-]+(?:\.[\w-]+)+(?:\/[^\s<>()"'，。、）]*)?/gi;
const TLD = /\.(?:com|cn|io|org|net|me|dev|blog|ai|co|app|site|tech|xyz|edu|gov|mil)$/i;

/** Words shaped like domain names that are not: `asp.net`, `vb.net`, `ado.net`, and degrees (`B.Com`, `M.Tech`). */
const NOT_ADDRESSES = /^(?:(?:asp|vb|ado)\.net|[bm]\.(?:com|tech))$/i;

/** Blanks out URLs and domain names, keeping every offset. `node.js` and `asp.net`-like words stay. */
function maskAddresses(text: string): string {
  if (!text.includes('.')) return text;
  // An address never spans white space, so only the runs of non-space characters that hold a `.`
  // or an `http` are searched, each on its own: the same matches as searching the whole text,
  // without trying the pattern at every letter of it.
  const runs: [number, number][] = [];
  const addRun = (at: number): void => {
    const last = runs[runs.length - 1];
    if (last && at < last[1]) return;
    let start = at;
    while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    let end = at;
    while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++;
    runs.push([start, end]);
  };
  const http = /http/gi;
  let nextHttp = http.exec(text)?.index ?? -1;
  for (let dot = text.indexOf('.'); dot >= 0 || nextHttp >= 0;) {
    if (nextHttp >= 0 && (dot < 0 || nextHttp < dot)) {
      addRun(nextHttp);
      nextHttp = http.exec(text)?.index ?? -1;
    } else {
      addRun(dot);
      dot = text.indexOf('.', dot + 1);
    }
  }
  let out = '';
  let copied = 0;
  for (const [start, end] of runs) {
    const run = text.slice(start, end);
    const masked = run.replace(ADDRESS, (m) => {
      const host = m.split('/')[0] as string;
      const isUrl = /^(?:https?:\/\/|www\.)/i.test(m);
      return isUrl || (TLD.test(host) && !NOT_ADDRESSES.test(host)) ? ' '.repeat(m.length) : m;
    });
    if (masked === run) continue;
    out += text.slice(copied, start) + masked;
    copied = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function prevNonSpace(text: string, index: number): string {
  for (let i = index - 1; i >= 0; i--) {
    const ch = text[i] as string;
    if (ch === '\n') return '';
    if (ch !== ' ') return ch;
  }
  return '';
}

function nextNonSpace(text: string, index: number): string {
  for (let i = index; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\n') return '';
    if (ch !== ' ') return ch;
  }
  return '';
}

let shared: Taxonomy | undefined;

/** The process-wide taxonomy built from the bundled table. */
export function defaultTaxonomy(): Taxonomy {
  shared ??= new Taxonomy();
  return shared;
}

/**
 * A label in the asker's language. Bilingual labels are written `中文 / English`
 * (`消息队列 / MQ`, `杭州 / Hangzhou`); single ones (`Kubernetes`, `CI/CD`) are the same in both.
 */
export function localLabel(label: string, locale: 'zh' | 'en'): string {
  const parts = label.split(' / ');
  if (parts.length < 2 || !hasCjk(parts[0] as string)) return label;
  return locale === 'zh' ? (parts[0] as string) : parts.slice(1).join(' / ');
}

/** True when every form of a strict word is written in capitals (`HR`, `SOC`; not `Go`/`GO`/`go`). */
function onlyInCapitals(forms: ReadonlySet<string>): boolean {
  for (const form of forms) if (form !== form.toUpperCase()) return false;
  return true;
}
