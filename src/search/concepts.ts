import { t, type Locale } from '../i18n/index.js';
import { HAN, hasCjk, isCjk } from '../text/cjk.js';
import {
  anyOf,
  FUNCTION_WORD_SET,
  HELD_VERBS_ZH,
  KINDS_OF_WORK,
  ADMIN_LEVELS,
  PARTICLES,
  QUERY_VERBS_ZH,
  ADVERBS_ZH,
  ADVERB_VERBS_ZH,
  TERM_FILLER,
  WEAK_WORDS,
  wordsOf,
  WORK_WORD_GLOSSES,
} from '../i18n/lexicon.js';
import { foldQuery } from '../text/fold.js';
import { Taxonomy } from '../taxonomy/taxonomy.js';
import type { QueryTerm, YearsRange } from './query-language.js';
import { cjkTerms, latinTerms, trimWord } from '../store/tokenizer.js';
import { wordForms } from './word-forms.js';
import { HEAD_POSTS, TECH_KINDS } from '../profile/profile.js';
import { homophone } from './fuzzy.js';

/**
 * One thing the user asked for. Plain concepts rank (a résumé showing more of them, weighted by
 * rarity, comes first); required ones (`+term`, phrases, alternatives groups, `skill:`) must hold.
 *
 * - `taxonomy`: a known skill, role, place, company… (`k8s` → Kubernetes). Satisfied by any alias
 *   of it or of a narrower entry (`消息队列` is satisfied by Kafka).
 * - `text`: anything else, matched literally: Latin words exactly, Chinese as written (bigrams in
 *   the index, then a verbatim check).
 */
export type Concept = TaxonomyConcept | TextConcept | AnyConcept;

/** Alternatives (`kafka OR rocketmq`, `Elasticsearch/Solr`, `Go或者Rust`): met when any member is. */
export interface AnyConcept {
  readonly kind: 'any';
  readonly typed: string;
  readonly members: readonly (TaxonomyConcept | TextConcept)[];
  readonly presence: QueryTerm['presence'];
  /** A list of examples pointing back to what was asked before it (QueryTerm#refersBack). */
  readonly refersBack?: true;
  /** Listed in a clause of its own, after a comma (`…3年以上的，算法工程师、数据科学家都行`: QueryTerm#afterClause). */
  readonly ownClause?: true;
  /** Years with any of the choice (`3年以上Docker/K8s容器化经验`, see retrieve.ts withYears). */
  readonly years?: YearsRange;
}

export interface TaxonomyConcept {
  readonly kind: 'taxonomy';
  /** What the user typed for it. */
  readonly typed: string;
  readonly id: string;
  readonly label: string;
  readonly presence: QueryTerm['presence'];
  /** Years with the skill (`3年以上Go经验`, `years:go>=3`): met by dated evidence, not by a listing. */
  readonly years?: YearsRange;
  /** Roles whose holders show it too (see TaxonomyEntry#heldBy). */
  readonly heldBy?: readonly string[];
  /** A place asked with study (`山东的大学毕业的`): the schools whose names hold it show it too (Taxonomy#schoolsIn). */
  readonly schools?: readonly string[];
  /**
   * Typed in Chinese as a run of several words (`证券研究员` → 证券, 研究员): each a literal. A résumé
   * that writes them apart (`证券有限公司研究部研究员`) shows the concept in part (it ranks, never matches).
   */
  readonly parts?: readonly TextConcept[];
}

export interface TextConcept {
  readonly kind: 'text';
  readonly typed: string;
  /** Index terms (body field), all of which a match contains. */
  readonly terms: readonly string[];
  /** Folded literals a match must contain verbatim (Chinese runs, phrases). */
  readonly literals: readonly string[];
  readonly presence: QueryTerm['presence'];
  /** Typed in quotes: matched as written, and always required. */
  readonly phrase?: true;
  /**
   * A ranked Chinese run of several words (`律师事务所合伙人`): its words, each a literal of its
   * own. A résumé showing them all, together or apart (`律师事务所高级合伙人`), shows the concept;
   * one that writes the run as typed earns it in full, one that has the words apart in part.
   */
  readonly parts?: readonly TextConcept[];
  /**
   * Other forms of a plain English word (`negotiated` for `negotiation`; see word-forms.ts): a
   * résumé that writes only one of them shows the word in part.
   */
  readonly forms?: readonly string[];
  /**
   * A plain Chinese word's English words (see WORK_WORD_GLOSSES): a résumé that writes one of them
   * writes the word.
   */
  readonly glosses?: readonly string[];
}

const LATIN_OR_CJK = new RegExp(String.raw`((?:(?<![a-z0-9])\.(?=[a-z]))?[a-z0-9][a-z0-9.+#_\-/]*)|(${HAN}+)`, 'g');
/** Spaces next to a Chinese character, which a Chinese alias never has (`消息 队列`). */
const SPACE_BESIDE_HAN = new RegExp(String.raw`\s+(?=${HAN})|(?<=${HAN})\s+`, 'g');
const LONGEST_CJK_ALIAS = 10;

/** Chinese characters written onto the start or end of a Latin run (`会Spring`, `MVC的`). */
const HAN_HEAD = /^\p{Script=Han}+(?=[A-Za-z0-9])/u;
const HAN_TAIL = /(?<=[A-Za-z0-9.+#])\p{Script=Han}+$/u;

/** The most words a multi-word alias spans (`spring boot`, `industrial and commercial bank of china`). */
const LONGEST_ALIAS_WORDS = 8;

/**
 * Joins neighbouring words that together name one taxonomy entry: `machine learning`,
 * `project management`, `spring boot` (and `消息 队列`) are one skill each, not two words that
 * must both appear somewhere. Only plain words with the same sign are joined; phrases stay as typed.
 */
export function groupTerms(terms: readonly QueryTerm[], taxonomy: Taxonomy): QueryTerm[] {
  terms = joinedAcrossSlash(joinedAcrossChoices(terms, taxonomy), taxonomy);
  const out: QueryTerm[] = [];
  let i = 0;
  while (i < terms.length) {
    let found = joinAt(terms, i, taxonomy);
    // `degree in engineering management`: a name that is lead-in words and one last word (`degree
    // in engineering`) gives that word up to a longer name it begins (`engineering management`).
    if (found && found.used > 2) {
      const last = i + found.used - 1;
      const later = joinAt(terms, last, taxonomy);
      if (later && terms.slice(i, last).every((t) => isLeadIn(t.text))) found = null;
    }
    if (found) out.push(...found.joined);
    else out.push(terms[i] as QueryTerm);
    i += found?.used ?? 1;
  }
  return examplesApart(balanceChoices(sharedOpening(out, taxonomy), taxonomy), taxonomy);
}

/** Kinds of the words whose bracketed examples of another sort are no choice of them (see examplesApart). */
const APART_KINDS: ReadonlySet<string> = new Set(['city', 'degree']);

/**
 * `anyone working in China (execs, board members, engineers)`, `a PhD (physics, maths)`: examples in
 * brackets of another sort than the place or degree they follow are not choices of it (a place is no
 * executive): the word stands on its own, the examples stay a choice. A place chosen among others
 * before the brackets (`Iowa or Nebraska (factories, farms)`) keeps its choice: those others are
 * compared too, and are of its sort. Examples of its sort or under it (`Gulf (UAE, Qatar)`, `消息队列（Kafka、
 * RocketMQ）`) stay choices of it, as does a word no entry names.
 */
function examplesApart(terms: readonly QueryTerm[], taxonomy: Taxonomy): QueryTerm[] {
  return terms.map((marked) => {
    if (!marked.exemplified) return marked;
    // (The mark is read here only.)
    const { exemplified: _exemplified, ...term } = marked;
    const head = term.group === undefined ? undefined : taxonomy.lookup(foldQuery(term.text).trim());
    // Only a place's or a degree's: a kind of company names its examples by name (`外企（微软、谷歌）`,
    // `世界500强（壳牌、西门子）`), which no entry puts under it.
    if (head === undefined || !APART_KINDS.has(taxonomy.kind(head) ?? '')) return term;
    const items = terms
      .filter((t) => t !== marked && t.group === term.group)
      .flatMap((t) => taxonomy.lookup(foldQuery(t.text).trim()) ?? []);
    const related = (id: string): boolean =>
      taxonomy.ofOneSort(head, id) || taxonomy.ancestors(id).includes(head) || taxonomy.ancestors(head).includes(id);
    if (items.length === 0 || items.some(related)) return term;
    const { group: _group, connected: _connected, ...alone } = term;
    return alone;
  });
}

/**
 * `sales awards or sales contests`: the word both sides of a choice open with is said once, beside
 * the choice, which is of the words after it (awards or contests). Only of words no known name joins
 * (`data engineer or data scientist` are names, joined already).
 */
function sharedOpening(terms: readonly QueryTerm[], taxonomy: Taxonomy): QueryTerm[] {
  const out = [...terms];
  for (let i = 0; i + 3 < out.length; i++) {
    const x = out[i] as QueryTerm;
    const y = out[i + 1] as QueryTerm;
    const again = out[i + 2] as QueryTerm;
    const z = out[i + 3] as QueryTerm;
    const shape =
      x.group === undefined &&
      y.group !== undefined &&
      again.group === y.group &&
      z.group === undefined &&
      !z.listed &&
      ![x, y, again, z].some((t) => t.phrase || t.presence !== x.presence || !/^[a-z][a-z.'-]*$/i.test(t.text)) &&
      x.text.toLowerCase() === again.text.toLowerCase() &&
      !out.slice(i + 3).some((t) => t.group === y.group);
    if (!shape) continue;
    // Not where the words after it go on (`clinical research or clinical data management experience`;
    // a word in the case of the one before goes on with it, `Clinical Data Management`, while
    // `contests? President's Club` starts anew).
    const next = out[i + 4];
    const goesOn =
      next !== undefined &&
      (taxonomy.lookup(foldQuery(`${z.text} ${next.text}`).trim()) !== undefined ||
        (next.group === undefined &&
          !next.listed &&
          /^[a-z][a-z-]*$/i.test(next.text) &&
          !isLeadIn(next.text) &&
          /^[A-Z]/.test(next.text) === /^[A-Z]/.test(z.text)));
    // Nor where a place, a company or a school would join the choice (`sales rep or sales Shanghai`).
    const named = [y, z].some((t) =>
      ['city', 'company', 'school'].includes(taxonomy.kind(taxonomy.lookup(foldQuery(t.text).trim()) ?? '') ?? ''),
    );
    if (!goesOn && !named) out.splice(i + 2, 2, { ...z, group: y.group });
  }
  return out;
}

/**
 * A name of two words split between two choices: the last word of one and the first of the next
 * (`Australia or New Zealand (Sydney, Melbourne)`: `or` took `New`, the examples in brackets took
 * `Zealand`). The two words are one name, and the choices one choice (the examples are of it).
 */
function joinedAcrossChoices(terms: readonly QueryTerm[], taxonomy: Taxonomy): readonly QueryTerm[] {
  for (let i = 0; i + 1 < terms.length; i++) {
    const [a, b] = [terms[i] as QueryTerm, terms[i + 1] as QueryTerm];
    const from = b.group;
    const to = a.group;
    if (to === undefined || from === undefined || to === from || a.phrase || b.phrase) continue;
    // Not across a comma (`Java or Spring, Boot or Quarkus`).
    if (a.presence !== b.presence || b.listed || terms.slice(i + 2).some((t) => t.group === to)) continue;
    const text = `${a.text} ${b.text}`;
    if (!/^[a-z][a-z.'-]* [a-z][a-z.'-]*$/i.test(text) || !taxonomy.lookup(foldQuery(text).trim())) continue;
    const joined: QueryTerm = { ...a, text };
    return joinedAcrossChoices(
      [...terms.slice(0, i), joined, ...terms.slice(i + 2).map((t) => (t.group === from ? { ...t, group: to } : t))],
      taxonomy,
    );
  }
  return terms;
}

/**
 * A name of two words the last of which a slash's choice took from the word after it (`Dallas/Fort
 * Worth`): the slashed word and the next are one term, so the choice is of Dallas and Fort Worth;
 * the longer name too where the word alone is one (`Java/Spring Boot`: Spring Boot, not Spring).
 */
function joinedAcrossSlash(terms: readonly QueryTerm[], taxonomy: Taxonomy): readonly QueryTerm[] {
  terms = joinedBeforeSlash(terms, taxonomy);
  const out: QueryTerm[] = [];
  for (let i = 0; i < terms.length; i++) {
    const a = terms[i] as QueryTerm;
    const b = terms[i + 1];
    const last = a.text.includes('/') ? a.text.slice(a.text.lastIndexOf('/') + 1) : '';
    const name = `${last} ${b?.text ?? ''}`;
    if (b && plainPair(a, b) && /^[a-z][a-z.'-]* [a-z][a-z.'-]*$/i.test(name) && longerName(name, last, taxonomy)) {
      out.push({ ...a, text: `${a.text} ${b.text}` });
      i++;
    } else out.push(a);
  }
  return out;
}

/** Two terms a slash's name may join across: neither a phrase, of one sign, the second in no choice or list. */
function plainPair(a: QueryTerm, b: QueryTerm): boolean {
  return !a.phrase && !b.phrase && a.presence === b.presence && b.group === undefined && !b.listed;
}

/**
 * Whether `name` (the slashed word and the next) is a name to read whole: when the slashed word alone
 * is none; when it is one, only for a technology's longer name (`Java/Spring Boot`), never a post or a
 * word two choices share (`accounting/finance manager`: accounting or finance, and the manager).
 */
function longerName(name: string, last: string, taxonomy: Taxonomy): boolean {
  const id = taxonomy.lookup(foldQuery(name).trim());
  if (id === undefined) return false;
  if (taxonomy.lookup(foldQuery(last).trim()) === undefined) return true;
  return TECH_KINDS.has(taxonomy.kind(id) ?? '');
}

/**
 * The other way round: a name of two words whose second opens a slash's choice (`Office 365/Exchange
 * Online`: `Office` and `365/Exchange`). The word before joins the term.
 */
function joinedBeforeSlash(terms: readonly QueryTerm[], taxonomy: Taxonomy): readonly QueryTerm[] {
  const out: QueryTerm[] = [];
  for (let i = 0; i < terms.length; i++) {
    const a = terms[i] as QueryTerm;
    const b = terms[i + 1];
    const first = b && b.text.includes('/') ? b.text.slice(0, b.text.indexOf('/')) : '';
    const name = `${a.text} ${first}`;
    if (
      b &&
      first !== '' &&
      plainPair(a, b) &&
      a.group === undefined &&
      /^[a-z][a-z.'-]* [a-z0-9][a-z0-9.'-]*$/i.test(name) &&
      taxonomy.lookup(foldQuery(name).trim()) !== undefined &&
      taxonomy.lookup(foldQuery(first).trim()) === undefined
    ) {
      out.push({ ...a, text: `${a.text} ${b.text}` });
      i++;
    } else out.push(a);
  }
  return out;
}

/** A word that only leads into a name (`degree in`, `experience with`): weak or a function word. */
function isLeadIn(text: string): boolean {
  const w = foldQuery(text).trim();
  return FUNCTION_WORD_SET.has(w) || weakLatinWord(w);
}

/** The longest run of words from `i` that together name one taxonomy entry, as the terms it becomes. */
function joinAt(
  terms: readonly QueryTerm[],
  i: number,
  taxonomy: Taxonomy,
): { joined: QueryTerm[]; used: number } | null {
  const first = terms[i] as QueryTerm;
  if (first.phrase) return null;
  for (let n = Math.min(LONGEST_ALIAS_WORDS, terms.length - i); n >= 2; n--) {
    const run = terms.slice(i, i + n);
    if (run.some((t) => t.phrase || t.presence !== first.presence)) continue;
    // `Power BI or QlikView`: the skill's words join, and the skill takes the alternatives group.
    const groups = new Set(run.map((t) => t.group).filter((g) => g !== undefined));
    if (groups.size > 1 || run.slice(1, -1).some((t) => t.group !== undefined)) continue;
    if (groups.size === 1 && run[0]?.group === undefined && run[run.length - 1]?.group === undefined) continue;
    // The choice's own members are no name together (`nuclear or power plant`: nuclear, or a power plant).
    const [only] = groups;
    if (
      groups.size === 1 &&
      run.every((t) => t.group === only) &&
      terms.every((t, k) => (k >= i && k < i + n) || t.group !== only)
    )
      continue;
    // Chinese written onto the first and last words (`会Spring MVC的`, `熟悉Spring Boot的`) stays apart.
    const whole = run.map((t) => t.text).join(' ');
    const head = HAN_HEAD.exec(whole)?.[0] ?? '';
    const tail = n > 1 ? (HAN_TAIL.exec(whole.slice(head.length))?.[0] ?? '') : '';
    const text = whole.slice(head.length, whole.length - tail.length);
    const folded = foldQuery(text).trim();
    const squeezed = folded.replace(SPACE_BESIDE_HAN, '');
    const id =
      folded === ''
        ? undefined
        : (taxonomy.lookup(folded) ?? (squeezed !== folded ? taxonomy.lookup(squeezed) : undefined));
    // Words that only run together into a name (`find us a Java dev`: `us a` spells `usa`) are not it
    // when a word of grammar among them is no word of its names (`us army`, `know your customer` are).
    const spelt =
      id !== undefined &&
      n > 1 &&
      !hasCjk(folded) &&
      folded.split(/\s+/).some((w) => FUNCTION_WORD_SET.has(w) && !taxonomy.aliasWords(id).has(w));
    if (id !== undefined && !spelt) {
      const group = [...groups][0];
      const piece = (t: string): QueryTerm => ({ text: t, phrase: false, presence: first.presence });
      const joined = [
        ...(head ? [piece(head)] : []),
        {
          text: taxonomy.lookup(folded) ? text : squeezed,
          phrase: false,
          presence: first.presence,
          ...(group === undefined ? {} : { group }),
          ...(first.listed ? { listed: true } : {}),
        },
        ...(tail ? [piece(tail)] : []),
      ];
      return { joined, used: n };
    }
  }
  return null;
}

/**
 * `computer vision or image processing`: after a skill of several words, a choice whose first word
 * names nothing known, with another plain word after it, is a name as long (`image processing`),
 * matched as written, not its first word alone with the second asked for apart. And the other way
 * round (`administrative or executive assistant`), see below.
 */
function balanceChoices(terms: readonly QueryTerm[], taxonomy: Taxonomy): QueryTerm[] {
  const plain = (t: QueryTerm | undefined, presence: QueryTerm['presence']): t is QueryTerm => {
    if (!t || t.phrase || t.presence !== presence || !/^[a-z][a-z0-9+#-]*$/i.test(t.text)) return false;
    const w = foldQuery(t.text).trim();
    return !taxonomy.lookup(w) && !FUNCTION_WORD_SET.has(w) && !weakLatinWord(w);
  };
  const out: QueryTerm[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as QueryTerm;
    const before = out[out.length - 1];
    const next = terms[i + 1];
    if (
      term.group !== undefined &&
      before?.group === term.group &&
      /\s/.test(before.text.trim()) &&
      plain(term, term.presence) &&
      plain(next, term.presence) &&
      next.group === undefined &&
      !next.listed
    ) {
      out.push({ ...term, text: `${term.text} ${next.text}`, phrase: true });
      i++;
      continue;
    }
    // `administrative or executive assistant`: a word no term names before a choice of several words
    // shares its last words (administrative assistant), when together they name a known term.
    const shared = next?.text.trim().split(/\s+/).slice(1).join(' ');
    const whole = shared ? `${term.text} ${shared}` : '';
    const wholeId = whole ? taxonomy.lookup(foldQuery(whole).trim()) : undefined;
    if (term.group !== undefined && next?.group === term.group && plain(term, term.presence) && whole && wholeId) {
      // … and so do the words listed before it (`electrical, electronic or communication engineering`).
      for (let j = out.length - 1, after = term; j >= 0 && after.listed; j--) {
        const before = out[j] as QueryTerm;
        const joined = `${before.text} ${shared}`;
        const id = taxonomy.lookup(foldQuery(joined).trim());
        // Only a thing of the choice's sort, which joins it (`electrical engineering` beside electronic
        // engineering, both fields; not `quality engineer` beside process engineering: see search.ts).
        if (before.group !== undefined || !plain(before, term.presence) || !id || !taxonomy.ofOneSort(id, wholeId))
          break;
        out[j] = { ...before, text: joined };
        after = before;
      }
      out.push({ ...term, text: whole });
    } else if (term.group !== undefined && next?.group === term.group) {
      // … and so do the Chinese items listed before it (`电子、通信或者IT企业`: 电子企业, as IT企业 is).
      for (let j = out.length - 1, after = term; j >= 0 && after.listed; j--) {
        const before = out[j] as QueryTerm;
        if (before.group !== undefined || before.presence !== term.presence) break;
        if (taxonomy.lookup(foldQuery(before.text).trim()) === undefined) {
          const ended = sharedEnding(before, next, taxonomy);
          if (ended === before) break;
          out[j] = ended;
        }
        after = before;
      }
      out.push(sharedEnding(term, next, taxonomy));
    } else out.push(term);
  }
  return out;
}

/**
 * `数学或者物理专业`: Chinese that names nothing known before a choice whose known term ends in a
 * word it shares (数学专业, as 物理专业 is), when together they name a known term.
 */
function sharedEnding(term: QueryTerm, next: QueryTerm, taxonomy: Taxonomy): QueryTerm {
  const typed = foldQuery(term.text).trim();
  if (term.phrase || !CJK_ONLY.test(typed) || taxonomy.lookup(typed)) return term;
  // The word of place that opens a list is none of its first item (`在电子、通信或者IT企业`).
  const owns = typed.length > 2 && /^[在于从]/u.test(typed) ? [typed, typed.slice(1)] : [typed];
  const theirs = Array.from(foldQuery(next.text).trim());
  for (let length = Math.min(theirs.length, LONGEST_CJK_ALIAS); length >= 2; length--) {
    const head = theirs.slice(0, length).join('');
    if (!taxonomy.lookup(head)) continue;
    // The ending inside the choice's known term (数学专业, as 物理专业 is), or right after it
    // (`证券或者保险公司`: 保险 is the known term, and 证券公司 is one too).
    const after = theirs.slice(length, length + 3).join('');
    const endings = [
      ...Array.from({ length: Math.min(3, length - 1) }, (_x, k) => head.slice(-(k + 1))),
      ...Array.from({ length: after.length }, (_x, k) => after.slice(0, k + 1)).filter((e) => CJK_ONLY.test(e)),
    ];
    for (const own of owns)
      for (const ending of endings) if (taxonomy.lookup(own + ending)) return { ...term, text: own + ending };
    return term;
  }
  return term;
}
const CJK_ONLY = new RegExp(`^${HAN}+$`);

/** Turns one query term into concepts. */
export function analyzeTerm(term: QueryTerm, taxonomy: Taxonomy): Concept[] {
  const folded = foldQuery(term.text).trim();
  if (folded === '') return [];
  // Quotes mean "exactly this": a phrase is matched as written, never widened through synonyms.
  if (term.phrase) {
    const terms: string[] = [];
    for (const m of folded.matchAll(LATIN_OR_CJK)) {
      if (m[1]) latinTerms(m[1], taxonomy, terms);
      else if (m[2]) cjkTerms(m[2], terms);
    }
    return [
      {
        kind: 'text',
        typed: term.text,
        terms: unique(terms),
        literals: [folded.replace(/\s+/g, ' ')],
        presence: term.presence,
        phrase: true,
      },
    ];
  }
  const whole = taxonomy.lookup(folded);
  if (whole && unbound(taxonomy, whole, folded, 0)) return [taxonomyConcept(term.text, whole, term.presence, taxonomy)];
  // `Elasticsearch/Solr`, `前端/后端`: alternatives, unless the whole is one name (`ci/cd`, `tcp/ip`).
  // Chinese written onto a choice (`Pro/E的`): the choice, then the rest.
  const tail = folded.includes('/') ? /(?<=[a-z0-9.+#)])\p{Script=Han}+$/u.exec(folded)?.[0] : undefined;
  if (tail)
    return [
      ...analyzeTerm({ ...term, text: folded.slice(0, -tail.length) }, taxonomy),
      ...analyzeTerm({ ...term, text: tail }, taxonomy),
    ];
  if (/[^/]\/[^/]/.test(folded)) {
    const parts = term.text
      .split('/')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const analyzed = parts.map((p) =>
      analyzeTerm({ text: p, phrase: false, presence: 'default' }, taxonomy).filter(
        (c): c is TaxonomyConcept | TextConcept => c.kind !== 'any',
      ),
    );
    // Only the concepts next to a slash are the choice (`车辆工程/汽车相关专业`: 车辆工程 or 汽车; `前端/后端开发`:
    // 前端 or 后端); the rest of each side (相关专业, 开发) is asked for as it stands.
    const members = analyzed.map((cs, k) => {
      const strong = cs.filter((c) => !isWeak(c));
      return k === 0 ? strong[strong.length - 1] : strong[0];
    });
    if (parts.length > 1 && members.every((m) => m !== undefined)) {
      const chosen = members as (TaxonomyConcept | TextConcept)[];
      const rest = (cs: readonly (TaxonomyConcept | TextConcept)[]): Concept[] =>
        cs.filter((c) => !chosen.includes(c)).map((c) => ({ ...c, presence: term.presence }));
      return acrossRuns(
        [
          ...rest(analyzed[0] ?? []),
          {
            kind: 'any',
            typed: term.text,
            members: chosen,
            presence: term.presence === 'prohibited' ? 'prohibited' : 'required',
          },
          ...analyzed.slice(1).flatMap(rest),
        ],
        term.presence,
      );
    }
  }
  // A name written in both scripts whose Latin word alone names another thing (`MIS报表`: management
  // reports, where MIS alone is information systems) is that name, not the two words. Where the word
  // alone names the same thing or a broader or narrower one (`IT总监`, `Shell脚本`), the words stay
  // apart and rank as they do.
  if (/[a-z]/.test(folded) && hasCjk(folded)) {
    const mixed = taxonomy.findAll(folded).find((h) => {
      const latin = /[a-z][a-z0-9.+#]*/.exec(h.alias)?.[0];
      if (!latin || !hasCjk(h.alias)) return false;
      const han = taxonomy.lookup(h.alias.replace(/[^\p{Script=Han}]/gu, ''));
      const alone = taxonomy.lookup(latin);
      // A Latin word that names nothing alone is one with a Chinese part naming another thing
      // (`token认证`: no certificate); not with one naming the same thing or a broader one, nor a
      // maker, a school or a place, which stays what is asked (`西门子S7`: Siemens).
      if (alone === undefined)
        return (
          han !== undefined &&
          han !== h.id &&
          !taxonomy.ancestors(h.id).includes(han) &&
          !NAMED_KINDS.has(taxonomy.kind(han) ?? '')
        );
      // Nor where the Chinese part is a name of its own (`IT培训讲师`: IT, and a trainer; `西门子S7`).
      if (han !== undefined) return false;
      return alone !== h.id && !taxonomy.ancestors(h.id).includes(alone) && !taxonomy.ancestors(alone).includes(h.id);
    });
    if (mixed) {
      const around = (text: string): Concept[] => (text.trim() === '' ? [] : analyzeTerm({ ...term, text }, taxonomy));
      return [
        ...around(folded.slice(0, mixed.start)),
        taxonomyConcept(folded.slice(mixed.start, mixed.end), mixed.id, term.presence, taxonomy),
        ...around(folded.slice(mixed.end)),
      ];
    }
  }
  const out: Concept[] = [];
  const runs = [...folded.matchAll(LATIN_OR_CJK)];
  for (let i = 0; i < runs.length; i++) {
    const m = runs[i];
    const next = runs[i + 1];
    const translated =
      m?.[1] && next?.[2] && next.index === m.index + m[1].length
        ? translatedCompound(m[1], next[2], term.presence, taxonomy)
        : null;
    if (translated) {
      out.push(...translated);
      i++;
    } else if (m?.[1])
      out.push(
        ...analyzeLatin(
          inCapitals(m[1], term.text) ?? singularAbbreviation(m[1], term.text, taxonomy) ?? m[1],
          term.presence,
          taxonomy,
        ),
      );
    else if (m?.[2]) out.push(...analyzeCjk(m[2], term.presence, taxonomy));
  }
  return acrossRuns(out, term.presence);
}

/**
 * A Latin word written onto Chinese (`HR助理`, `HR文员`) names what the Chinese name of the word's
 * entry written onto the same Chinese names (人事助理: an HR assistant), when that is a narrower
 * entry of the word's: the whole is that one thing, not the broad word and a loose Chinese one.
 * The longest Chinese opening that names one wins; the rest is read as it stands. Null otherwise.
 */
function translatedCompound(
  latin: string,
  han: string,
  presence: QueryTerm['presence'],
  taxonomy: Taxonomy,
): Concept[] | null {
  const id = taxonomy.lookup(latin);
  const entry = id ? taxonomy.get(id) : undefined;
  if (!id || !entry) return null;
  const names = [...(entry.aliases ?? []), ...(entry.queryOnly ?? [])].filter((a) => CJK_ONLY.test(a));
  // Only an opening that ends where a word does (`Audit部门` is no 审计部 and a 门), of two characters
  // or more unless it is all there is (`PhD后在企业`: 后 is after, no postdoc).
  const cuts = wordBoundaries(han);
  for (let k = Math.min(han.length, LONGEST_CJK_ALIAS); k >= (han.length === 1 ? 1 : 2); k--) {
    if (cuts && !cuts.has(k)) continue;
    const opening = han.slice(0, k);
    for (const name of names) {
      const narrower = taxonomy.lookup(name + opening);
      if (!narrower || narrower === id || !taxonomy.ancestors(narrower).includes(id)) continue;
      // A lone character left after it is a verb or a particle (`HR助理满`), no word asked.
      const rest = han.slice(k);
      return [
        taxonomyConcept(latin + opening, narrower, presence, taxonomy),
        ...(Array.from(rest).length <= 1 ? [] : analyzeCjk(rest, presence, taxonomy)),
      ];
    }
  }
  return null;
}

/**
 * A lone Chinese character beside other things asked (`会写作业指导书`: 写; `算过Cpk`: 算, calculated)
 * is a verb or a particle, no word asked: it would be found in every Chinese résumé. Alone, it stays.
 */
function withoutLoneCharacters(concepts: Concept[]): Concept[] {
  const lone = (c: Concept): boolean =>
    c.kind === 'text' && !c.phrase && CJK_ONLY.test(c.typed) && Array.from(c.typed).length === 1;
  return concepts.some((c) => !lone(c)) ? concepts.filter((c) => !lone(c)) : concepts;
}

/** … and across a term's runs of both scripts, of a ranked term only (a `+` or `-` one is kept as typed). */
function acrossRuns(concepts: Concept[], presence: QueryTerm['presence']): Concept[] {
  return presence === 'default' ? withoutLoneCharacters(concepts) : concepts;
}

/** Kinds of entry that name one maker, school or place (`西门子`, `清华`, `北京`). */
const NAMED_KINDS: ReadonlySet<string> = new Set(['company', 'school', 'city']);

/**
 * An abbreviation written in the plural (`CFOs`, `DBAs`): the abbreviation, when the plural names no
 * entry and the singular does; else null. `typed` is the term as written, whose capitals tell it.
 */
function singularAbbreviation(word: string, typed: string, taxonomy: Taxonomy): string | null {
  if (!/^[a-z]{2,5}s$/.test(word)) return null;
  const singular = word.slice(0, -1);
  if (taxonomy.lookup(word) || !taxonomy.lookup(singular)) return null;
  return new RegExp(`\\b${singular.toUpperCase()}s\\b`).test(typed) ? singular : null;
}

/** Words that name a place only in capitals (`US schools`; `find us a dev` is no country), and the name they stand for. */
const IN_CAPITALS: Readonly<Record<string, string>> = { us: 'united states' };

/** What `word` stands for when `typed` (the term as written) has it in capitals, else null (see {@link IN_CAPITALS}). */
function inCapitals(word: string, typed: string): string | null {
  const name = IN_CAPITALS[word];
  return name !== undefined && new RegExp(`(?<![\\p{L}\\p{N}])${word.toUpperCase()}(?![\\p{L}\\p{N}])`, 'u').test(typed)
    ? name
    : null;
}

function analyzeLatin(word: string, presence: QueryTerm['presence'], taxonomy: Taxonomy): Concept[] {
  const w = trimWord(word);
  if (w === '') return [];
  const id = taxonomy.lookup(w);
  if (id) return [taxonomyConcept(w, id, presence, taxonomy)];
  // English function words ask for nothing (`master's degree in computer science`): they would only
  // add noise to the score and pairs to proximity. Typed with `+` they still count. Not `it` (IT) or `us` (US).
  if (presence === 'default' && FUNCTION_WORD_SET.has(w)) return [];
  const terms: string[] = [];
  latinTerms(w, taxonomy, terms);
  if (terms.length === 0) return [];
  // The compound itself if indexed, else its parts: `foo.bar` is found as written.
  const term = terms[0] as string;
  // Another form of the word names no entry of its own (`testers` is not software testing).
  const forms = term === w ? wordForms(w).filter((f) => taxonomy.lookupLatin(f) === undefined) : [];
  return [{ kind: 'text', typed: w, terms: [term], literals: [], presence, ...(forms.length > 0 ? { forms } : {}) }];
}

/** Filler inside a Chinese literal: split off (kept as its own weak word when it is one of {@link WEAK_CJK}). */
const CJK_FILLER = new RegExp(`(${anyOf(TERM_FILLER)})`);
const ONLY_PARTICLES = new RegExp(`^[${PARTICLES}]+$`);

/** A verb of having held a post, written inside it (`在大学当过老师`). */
const HELD_VERB_ONCE = new RegExp(anyOf(HELD_VERBS_ZH), 'u');

/**
 * `在大学当过老师`: a post written around a verb of having held it is the post (大学老师), when the
 * words on either side, whole, name a known term together that neither names alone: all of what
 * stands between 在 (or the run's start) and the verb, and all of what follows it (`在研究院当过所长`
 * is no 研究院所 and 长; `在机构当过设计师` no 机构设计).
 */
function acrossHeldVerb(run: string, taxonomy: Taxonomy): string {
  const m = HELD_VERB_ONCE.exec(run);
  if (!m) return run;
  const before = run.slice(0, m.index);
  const at = before.lastIndexOf('在');
  const left = before.slice(at + 1);
  const right = run.slice(m.index + m[0].length).replace(/的$/u, '');
  const length = Array.from(left).length + Array.from(right).length;
  if (left === '' || right === '' || Array.from(left).length > 4 || length < 3 || length > LONGEST_CJK_ALIAS)
    return run;
  if ((taxonomy.lookup(left) && taxonomy.lookup(right)) || taxonomy.lookup(left + right) === undefined) return run;
  // The verb goes before the post, where it is filler as ever: 以前在当过大学老师.
  return `${before.slice(0, at + 1)}${m[0]}${left}${right}`;
}

/** Longest taxonomy aliases first; what is left is matched literally. */
/** A school's name: a place, a word or more, and a word for a school (`山东|经济|学院`, `浙江|工商|大学`). */
const SCHOOL_NAME = /^\p{Script=Han}{3,10}(?:大学|学院|师大|师院|工大|财大|农大|医大|科大|交大)$/u;

/** The word for an assistant (`总经理助理`, `董事长特别助理`). */
const ASSISTANT_WORD_ZH = /(?:特别)?助理/gu;

/**
 * Where in a run an assistant to the head of a firm or a board is named (`做过总经理助理的`: 总经理助理),
 * as character offsets; null when nowhere.
 */
function assistantPost(run: string, taxonomy: Taxonomy): { at: number; end: number } | null {
  for (const m of run.matchAll(ASSISTANT_WORD_ZH)) {
    const before = run.slice(0, m.index);
    for (let n = Math.min(4, before.length); n >= 2; n--) {
      const head = taxonomy.lookup(before.slice(-n));
      if (head !== undefined && (HEAD_POSTS.has(head) || head === 'chairman'))
        return { at: m.index - n, end: m.index + m[0].length };
    }
  }
  return null;
}

function analyzeCjk(typed: string, presence: QueryTerm['presence'], taxonomy: Taxonomy): Concept[] {
  // A school the taxonomy does not know, named by its place (`山东经济学院`, `浙江工商大学`): that school
  // as written, not the place and a field.
  if (SCHOOL_NAME.test(typed) && taxonomy.lookup(typed) === undefined) {
    const place = [2, 3].some((n) => taxonomy.kind(taxonomy.lookup(typed.slice(0, n)) ?? '') === 'city');
    if (place) return [cjkLiteral(typed, presence)];
  }
  // `总经理助理`, `总裁助理`: an assistant to the head is a post of its own, found as written, not
  // the head's post with 助理 somewhere else.
  const assisted = assistantPost(typed, taxonomy);
  if (assisted) {
    const { at, end } = assisted;
    return [
      ...(at > 0 ? analyzeCjk(typed.slice(0, at), presence, taxonomy) : []),
      cjkLiteral(typed.slice(at, end), presence),
      ...(end < typed.length ? analyzeCjk(typed.slice(end), presence, taxonomy) : []),
    ];
  }
  const run = presence === 'default' ? acrossHeldVerb(typed, taxonomy) : typed;
  const out: Concept[] = [];
  let rest = '';
  const literalOf = (text: string): TextConcept => cjkLiteral(text, presence);
  const literal = (text: string): void => {
    out.push(literalOf(text));
  };
  const flush = (): void => {
    // `做过直播业务的`: a particle or conjunction left on its own asks for nothing.
    if (ONLY_PARTICLES.test(rest)) rest = '';
    if (rest === '') return;
    // `获得过奖学金`, `做过直播业务的`: filler words are cut out of a literal, so the rest is found
    // wherever it is written; the filler itself stays as a weak word (it only ranks).
    const pieces = rest.split(CJK_FILLER).filter((p) => p !== '');
    rest = '';
    // An exclusion or a `+term` is kept as typed: it decides who matches, so it is not loosened.
    if (presence !== 'default') {
      if (pieces.length <= 1 || presence === 'prohibited') literal(pieces.join(''));
      else for (const piece of pieces) if (Array.from(piece).length > 1) literal(piece);
      return;
    }
    // A ranked run is read as words (`找有会计师事务所审计` → 会计师, 事务所, 审计): the verbs of
    // asking go, and a résumé that writes the words apart (`律师事务所高级合伙人`) shows it too.
    // A verb's character kept with a lone one (see wordsOfRun) where the lone one stays as typed in the
    // term and the verb's is the slip (懂秘 → 董秘, not 位男 → 渭南), never a measure word or a particle.
    const slip = (word: string, lone: number): boolean => {
      if (taxonomy.lookup(word) !== undefined || /[个位名的吗吧呢了过]/u.test(word)) return false;
      const fix = homophone(word, taxonomy);
      return fix !== null && fix.from === word && Array.from(fix.to)[lone] === Array.from(word)[lone];
    };
    const runs = pieces.map((piece) =>
      CJK_FILLER.test(piece) ? { core: piece, words: [piece] } : wordsOfRun(piece, slip),
    );
    const kept = runs.filter((r) => r.words.length > 0);
    for (const { core, words } of kept) {
      if (Array.from(core).length <= 1 && kept.length > 1) continue;
      // A lone character is no part of its own (it would be looked for in every résumé).
      const parts = unique(words).filter((w) => Array.from(w).length > 1);
      out.push(
        parts.length > 1
          ? { ...literalOf(core), parts: parts.map((p) => cjkLiteral(p, presence, false)) }
          : literalOf(words.length === 1 ? (words[0] as string) : core),
      );
    }
  };
  // A short form read in queries only (`化工`) is taken as a word of its own, never out of a longer
  // one (`自动化工程师`: 自动化, 工程师).
  let boundaries: ReadonlySet<number> | null | undefined;
  const wholeWord = (from: number, to: number): boolean => {
    if (boundaries === undefined) boundaries = wordBoundaries(run);
    return boundaries === null || (boundaries.has(from) && boundaries.has(to));
  };
  let i = 0;
  while (i < run.length) {
    let matched = false;
    for (let len = Math.min(LONGEST_CJK_ALIAS, run.length - i); len >= 1; len--) {
      const piece = run.slice(i, i + len);
      const id = taxonomy.lookup(piece);
      if (!id || !unbound(taxonomy, id, run, i)) continue;
      // One character is a term only as a short form of a query, standing as a word (`做过钢的`, not 钢琴).
      const form = taxonomy.queryOnlyForm(piece);
      if ((len > 1 || form) && (!form || wholeWord(i, i + len))) {
        // `当过副总会计师的`: a deputy's post is typed with its 副, which the post asked reads (see rank.ts).
        const deputy = taxonomy.kind(id) === 'role' ? (/(?:常务|执行)?副$/u.exec(rest)?.[0] ?? '') : '';
        rest = rest.slice(0, rest.length - deputy.length);
        flush();
        out.push(
          deputy === ''
            ? taxonomyConcept(piece, id, presence, taxonomy)
            : { ...taxonomyConcept(piece, id, presence, taxonomy), typed: deputy + piece },
        );
        i += len;
        // `银行系统`, `电力系统`: after a trade, 系统 is its sector (an IT system has its own alias).
        if (run.startsWith(SECTOR, i) && taxonomy.kind(id) === 'industry') i += SECTOR.length;
        // `供应链管理5年以上`, `设备管理经理`: managing a thing is the thing asked for, not a word of its own.
        else if (MANAGING.test(run.slice(i))) i += 2;
        // `金融类项目`, `电商类产品`: 类 says of that kind, no word of its own (the rest is what it was);
        // not after 品, whose 品类 is a word (`快消品类管理`: category management).
        else if (OF_KIND.test(run.slice(i)) && run[i - 1] !== '品') i += 1;
        // `电工证`, `焊工证`: a trade's 证 is its certificate (not 证书, 证券: those are terms of their own).
        else if (CERTIFICATE_OF.test(run.slice(i))) {
          const certificate = taxonomy.lookup(CERTIFICATE);
          if (certificate && certificate !== id && !taxonomy.ancestors(id).includes(certificate))
            out.push(taxonomyConcept(run.slice(i, i + 1), certificate, presence, taxonomy));
          i += 1;
        }
        matched = true;
        break;
      }
    }
    if (!matched) {
      rest += run[i] as string;
      i++;
    }
  }
  flush();
  // A lone character between known terms (`会写作业指导书`: 写) is a verb or a particle, not a term.
  return withoutLoneCharacters(out);
}

/** A Chinese term read at `at` of `text` as the entry `id`, unless the entry binds it to other words before it (see Taxonomy#boundAt). */
function unbound(taxonomy: Taxonomy, id: string, text: string, at: number): boolean {
  return !hasCjk(text.slice(at)) || taxonomy.boundAt(id, text, at);
}

/** A taxonomy that knows nothing: words read through it are plain words. */
let plainWords: Taxonomy | null = null;

/**
 * What was typed for a known term, read as plain words (`游戏服务端` → 游戏, 服务端): for a term no
 * résumé in the pool has, so the search finds who writes its words rather than nobody.
 */
export function asWords(typed: string, presence: QueryTerm['presence']): Concept[] {
  plainWords ??= new Taxonomy([]);
  return analyzeTerm({ text: typed, phrase: false, presence }, plainWords);
}

/** The sector of a trade (`银行系统工作`: in banking), no word of its own. */
const SECTOR = '系统';
/** 证 right after a known thing, alone (`电工证`), not the start of another word (证书, 证券, 证明, 证件). */
const CERTIFICATE_OF = /^证(?![书券明件据监照实])/;
/** The entry a trade's 证 stands for. */
const CERTIFICATE = '证书';
/** 管理 after a known thing (its management), not the start of a post or a body (管理员, 管理层, 管理局). */
const MANAGING = /^管理(?![员者层师处局部学人])/;
/**
 * 类 after a known term: of its kind (`金融类项目`, `金融类人才`), not a word it begins (类脑, 类型, 类别,
 * 类似, 类比, 类推理, 类目 of 服装类目经理, 类人机, 类固醇, 类风湿, 类器官).
 */
const OF_KIND = /^类(?!脑|型|别|似|比|推理|目|人机|人猿|人形|固醇|风湿|器官)/;

const SEGMENTER = segmenter();
const QUERY_VERBS = new Set(QUERY_VERBS_ZH);
/** Conjunctions the segmenter gives as words of their own (`和`, `与`, `及`, `或`, `跟`). */
const CONJUNCTIONS = new Set(['和', '与', '及', '或', '跟']);

const ADVERBS = new Set(ADVERBS_ZH);
const ADVERB_VERBS = new Set(ADVERB_VERBS_ZH);

/**
 * A verb of asking, or an adverb of also or once written onto a verb of having or doing (`又在`,
 * `也有`, `曾任`: the segmenter's one word): it asks for nothing.
 */
function verbLike(text: string): boolean {
  const [first = '', ...rest] = Array.from(text);
  return QUERY_VERBS.has(text) || (ADVERBS.has(first) && ADVERB_VERBS.has(rest.join('')));
}

function segmenter(): Intl.Segmenter | null {
  try {
    // Node's ICU has a Chinese word dictionary; a build without it gives no Chinese words.
    return Intl.Segmenter.supportedLocalesOf(['zh']).length > 0
      ? new Intl.Segmenter('zh', { granularity: 'word' })
      : null;
  } catch {
    return null;
  }
}

/** The character offsets where ICU's dictionary starts and ends the words of a Chinese run, or null without one. */
export function wordBoundaries(run: string): Set<number> | null {
  if (!SEGMENTER) return null;
  const out = new Set<number>([0]);
  let at = 0;
  for (const s of SEGMENTER.segment(run)) {
    at += Array.from(s.segment).length;
    out.add(at);
  }
  return out;
}

/**
 * A Chinese run that is no known term, read by ICU's dictionary: `core`, the run without the verbs
 * of asking and having at its ends (`找有会计师事务所审计` → 会计师事务所审计), and its `words`
 * (会计师, 事务所, 审计): those verbs left out anywhere — a one-character one only at either end,
 * where it cannot be part of a word (`董事会秘书` keeps its 会) — and other single characters
 * joined to the word before them (`会计|师` → 会计师) or, at the start, to the one after. A run
 * the segmenter cannot split is one word; one of verbs only has none.
 */
export function wordsOfRun(
  run: string,
  slip?: (word: string, lone: number) => boolean,
): { core: string; words: string[] } {
  if (!SEGMENTER) return { core: run, words: [run] };
  const segments = Array.from(SEGMENTER.segment(run), (s) => ({ text: s.segment, word: s.isWordLike === true }));
  const verb = (s: { text: string; word: boolean }): boolean => !s.word || verbLike(s.text);
  // An adverb of also or once standing before a verb of having or doing (`也|做过`, `又|在`).
  const adverb = (k: number): boolean =>
    ADVERBS.has(segments[k]?.text ?? '') && ADVERB_VERBS.has(segments[k + 1]?.text ?? '');
  let from = 0;
  let to = segments.length;
  // (`在职`, in-service, keeps its 在 where the dictionary cut it off (`在职读的研究生`: 在|职|读…); not
  // before a word of its own (`在职能部门`, `在职场`: at, in).)
  while (
    from < to &&
    (verb(segments[from] as { text: string; word: boolean }) || adverb(from)) &&
    !(segments[from]?.text === '在' && segments[from + 1]?.text === '职')
  )
    from++;
  while (to > from && verb(segments[to - 1] as { text: string; word: boolean })) to--;
  // A verb's character that leaves one character alone is part of its word where the two are a slip
  // for a term (`懂秘有吗`: 懂秘, for 董秘).
  const one = (k: number): boolean => Array.from(segments[k]?.text ?? '').length === 1 && segments[k]?.word === true;
  const pair = (a: number, lone: number): boolean =>
    slip?.(`${segments[a]?.text ?? ''}${segments[a + 1]?.text ?? ''}`, lone) === true;
  if (to - from === 1 && one(from)) {
    if (from > 0 && one(from - 1) && pair(from - 1, 1)) from--;
    else if (to < segments.length && one(to) && pair(from, 0)) to++;
  }
  const inner = segments.slice(from, to);
  const words: string[] = [];
  let pending = '';
  let open = false; // the last word may take a following single character
  for (const { text, word } of inner) {
    if (!word || (Array.from(text).length > 1 && verbLike(text))) {
      open = false;
      continue;
    }
    // `网络和服务器`, `编解码和流媒体`: a conjunction joins two words, and belongs to neither.
    if (CONJUNCTIONS.has(text)) {
      if (pending !== '') words.push(pending);
      pending = '';
      open = false;
      continue;
    }
    if (Array.from(text).length === 1) {
      if (open) words[words.length - 1] += text;
      else pending += text;
      continue;
    }
    words.push(pending + text);
    pending = '';
    open = true;
  }
  if (pending !== '') {
    if (open) words[words.length - 1] += pending;
    else words.push(pending);
  }
  return { core: inner.map((s) => s.text).join(''), words };
}

function taxonomyConcept(
  typed: string,
  id: string,
  presence: QueryTerm['presence'],
  taxonomy: Taxonomy,
): TaxonomyConcept {
  const heldBy = taxonomy.get(id)?.heldBy;
  const parts = presence === 'default' ? wordsApart(typed) : [];
  return {
    kind: 'taxonomy',
    typed,
    id,
    label: taxonomy.label(id),
    presence,
    ...(heldBy ? { heldBy } : {}),
    ...(parts.length > 1 ? { parts: parts.map((p) => cjkLiteral(p, presence, false)) } : {}),
  };
}

/** A Chinese literal: found verbatim, looked up by its index terms. */
export function cjkLiteral(text: string, presence: QueryTerm['presence'], whole = true): TextConcept {
  const terms: string[] = [];
  cjkTerms(text, terms);
  // A word asked for in English too (see TextConcept#glosses), whole: a part of a longer run
  // (`测试脚本编写`) is no word asked, and an exclusion stays as typed.
  const glosses = whole && presence !== 'prohibited' ? WORK_WORD_GLOSSES[text] : undefined;
  return {
    kind: 'text',
    typed: text,
    terms: unique(terms),
    literals: [text],
    presence,
    ...(glosses ? { glosses } : {}),
  };
}

/** The words of a Chinese name of five characters or more (`证券研究员` → 证券, 研究员), or none. */
function wordsApart(typed: string): string[] {
  const run = typed.trim();
  const chars = Array.from(run);
  // Four characters or fewer are one tight word (固定资产, 投资银行): its halves apart are no evidence.
  if (chars.length < 5 || !chars.every(isCjk)) return [];
  const words = unique(wordsOfRun(run).words);
  // A word that asks for little (`高级工程师` → 高级, 工程师) is in every other résumé: no evidence apart.
  return words.every((w) => Array.from(w).length > 1 && w.replace(WEAK_CJK, '') !== '') ? words : [];
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * Members of an alternatives group made of several query terms (`kafka OR rocketmq`): one
 * concept met when any member is. A group is a requirement as a whole (PRODUCT §3).
 */
export function alternatives(members: readonly Concept[], typed: string, presence: QueryTerm['presence']): Concept[] {
  // `B.Ed, M.Ed or similar`, `Java or equivalent`: a filler word is no alternative to a skill.
  // Two ways of naming one thing (`administrative or executive assistant`) are one member.
  const named = members.flatMap((m) => (m.kind === 'any' ? m.members : [m]));
  const all = named.filter(
    (m, i) => m.kind !== 'taxonomy' || named.findIndex((o) => o.kind === 'taxonomy' && o.id === m.id) === i,
  );
  // A verb beside a known thing (`worked at a telecom operator, or delivered projects for one`) is
  // another way to have done it, no thing of its own: as weak as a role word here.
  const known = all.some((m) => m.kind === 'taxonomy');
  const asked = (m: Concept): boolean => !isWeak(m) && !(known && pastTenseWord(m));
  const flat = all.some(asked) ? all.filter(asked) : all;
  if (flat.length === 0) return [];
  // One left once the role words go (`developers or support engineers`): the choice was as broad as
  // a role word, so what is left ranks and decides nothing alone. (One left of two names for one
  // thing stays a choice, below.)
  // A plain word left alone when the other choices named nothing (`built or managed`, `led or mentored`:
  // built and led are no terms) is a word of the query as any other: it ranks.
  if (flat.length === 1 && (flat.length < all.length || named.length === 1)) {
    const only = flat[0] as TaxonomyConcept | TextConcept;
    const ranks = flat.length < all.length || (only.kind === 'text' && !only.phrase);
    return [{ ...only, presence: presence === 'prohibited' ? 'prohibited' : ranks ? presence : 'required' }];
  }
  // A choice of role words only (`engineers or developers`) is as broad as one: it ranks. So does a
  // choice of kinds of work (`调试、维护、设计都行`): any work on the thing asked for will do; a choice of
  // levels (`国家级、省部级都行`) is one of weak words.
  const broad = flat.every(isWeak) || flat.every(kindOfWork);
  return [
    {
      kind: 'any',
      typed,
      members: flat,
      presence: presence === 'prohibited' ? 'prohibited' : broad ? presence : 'required',
    },
  ];
}

/** A plain English word in the past tense (`delivered`, `supported`): a verb, typed as it was. */
function pastTenseWord(c: Concept): boolean {
  return c.kind === 'text' && !c.phrase && /^[a-z]{3,}ed$/i.test(c.typed.trim());
}

/**
 * Role and filler words (engineer, developer, 开发, 工程师, 经验, projects…): they rank a little but
 * never decide who is a match. Folded forms; a Chinese run is filler when nothing else is left in it.
 */
const WEAK_LATIN = new Set(wordsOf(WEAK_WORDS.en));
const WEAK_CJK = new RegExp(anyOf(WEAK_WORDS.zh), 'g');

const WORK_KINDS = new Set([...KINDS_OF_WORK.zh, ...KINDS_OF_WORK.en]);
const LEVELS = new Set([...ADMIN_LEVELS.zh, ...ADMIN_LEVELS.en]);

/** A word naming a kind of work on a thing (see {@link KINDS_OF_WORK}). */
function kindOfWork(concept: Concept): boolean {
  return concept.kind !== 'any' && WORK_KINDS.has(foldQuery(concept.typed).trim());
}

/** True for a role or filler word, which ranks a little but never decides who matches. */
export function isWeak(concept: Concept): boolean {
  // A choice of role words only (`consultants or developers`) is as weak as one of them.
  if (concept.kind === 'any') return concept.members.length > 0 && concept.members.every(isWeak);
  if (concept.kind !== 'text' || concept.phrase) return false;
  const typed = foldQuery(concept.typed).trim();
  if (typed === '') return true;
  // A level beside a thing (`国家级`) says how high it is held, and ranks a little as a role word does.
  if (LEVELS.has(typed)) return true;
  if (hasCjk(typed)) return typed.replace(WEAK_CJK, '').trim() === '';
  return typed.split(/\s+/).every(weakLatinWord);
}

/** A folded Latin word that is a role or filler word, or the plural of one. */
function weakLatinWord(w: string): boolean {
  return WEAK_LATIN.has(w) || WEAK_LATIN.has(w.replace(/s$/, ''));
}

/** A concept as a recruiter reads it: the skill's label (`Kafka`), the words typed, or `Go / Rust`. */
export function conceptName(concept: Concept, locale: Locale | null = null): string {
  if (concept.kind === 'any') {
    const joined = concept.members.map((m) => conceptName(m, locale)).join(locale ? t(locale).join.or : ' / ');
    return concept.years ? `${joined} ${yearsShort(concept.years, locale)}` : joined;
  }
  if (concept.kind === 'text') return concept.typed;
  const [first, second] = concept.label.split(' / ');
  const name = locale === 'en' && second && hasCjk(first ?? '') ? second : (first ?? concept.label);
  return concept.years ? `${name} ${yearsShort(concept.years, locale)}` : name;
}

/** `≥ 3 yrs`, `≥ 3 年`, `2–4 yrs`, `≤ 2 年`. */
export function yearsShort(years: YearsRange, locale: Locale | null): string {
  const unit = t(locale ?? 'en').years.unit;
  const n = (v: number): string => String(Math.round(v * 10) / 10);
  if (years.min !== undefined && years.max !== undefined) return `${n(years.min)}–${n(years.max)} ${unit}`;
  if (years.min !== undefined) return `≥ ${n(years.min)} ${unit}`;
  return `≤ ${n(years.max ?? 0)} ${unit}`;
}

/** "matches 3 of 4 · ✗ CI/CD": the concepts shown and missed, role and filler words left out. */
export function coverageOf(
  matched: readonly Concept[],
  missed: readonly Concept[],
): { readonly shown: readonly Concept[]; readonly missed: readonly Concept[] } {
  return { shown: matched.filter((c) => !isWeak(c) || missed.length + matched.length === 1), missed };
}

/** True when a concept is (partly) Chinese. */
export function isCjkConcept(concept: Concept): boolean {
  return Array.from(concept.typed).some(isCjk);
}
