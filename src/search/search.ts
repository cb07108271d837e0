import type { PoolSnapshot } from '../store/snapshot.js';
import { degreeRank, degreesFrom, SKILL_KINDS, TECH_KINDS, TRADE_KINDS, type DegreeId } from '../profile/profile.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import {
  alternatives,
  analyzeTerm,
  asWords,
  cjkLiteral,
  groupTerms,
  isWeak,
  type AnyConcept,
  type Concept,
  type TaxonomyConcept,
  type TextConcept,
} from './concepts.js';
import {
  MAX_QUERY_CHARS,
  parseQuery,
  saysOrHigher,
  saysDegreeIn,
  type ParsedQuery,
  type QueryFilter,
  type QueryTerm,
  withoutNegatedClauses,
} from './query-language.js';
import { fold, foldQuery } from '../text/fold.js';
import { hasCjk, isCjk } from '../text/cjk.js';
import { escapeRegExp } from '../text/regexp.js';
import { describe } from './explain.js';
import { nameConcept, typoFixes, type Fix, type Named } from './fallbacks.js';
import { credentialEntry, isCredentialRoot, isPlace, isPostWord, ranked } from './rank.js';
import { exactDocs, type Context } from './retrieve.js';
import { DEFAULT_LIMIT, type SearchOptions, type SearchOutcome } from './types.js';
import {
  anyOf,
  EMPLOYER_BEFORE_EN,
  FUNCTION_WORD_SET,
  HELD_VERBS_ZH,
  NOT_EMPLOYER_BEFORE,
  PROGRAMMER_WORDS,
  wordsOf,
  YEARS_SKILL_FILLER,
  YEARS_TRADE_FILLER,
  TRADE_BODIES_ZH,
  type LexiconWord,
} from '../i18n/lexicon.js';

/*
 * The entry point: a query (text or parsed) against a snapshot. Step 1 turns the query into
 * concepts, filters and years; retrieve.ts, rank.ts and explain.ts do the rest (see types.ts).
 */

/** Runs a query against a snapshot. Total: never throws on any input text. */
export function search(
  snapshot: PoolSnapshot,
  input: string | ParsedQuery,
  taxonomy: Taxonomy,
  options: SearchOptions = {},
): SearchOutcome {
  const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_LIMIT, 10_000));
  const queryText = typeof input === 'string' ? headShared(withoutNegatedClauses(input), taxonomy) : '';
  const parsed = typeof input === 'string' ? parseQuery(queryText) : input;
  const structured: QueryFilter[] = [];
  const filterConcepts: Concept[] = [];
  for (const filter of parsed.filters) {
    if (filter.field === 'skill') {
      const analyzed = analyzeTerm(
        { text: filter.value, phrase: false, presence: filter.negated ? 'prohibited' : 'required' },
        taxonomy,
      );
      filterConcepts.push(...analyzed);
    } else structured.push(filter);
  }
  const notes = [...parsed.notes];
  // `years:go>=3`: years with that skill, required.
  for (const { skill, range } of parsed.skillYears ?? []) {
    const analyzed = analyzeTerm({ text: skill, phrase: false, presence: 'required' }, taxonomy);
    const known = analyzed.find(
      (c): c is TaxonomyConcept => c.kind === 'taxonomy' && SKILL_KINDS.has(taxonomy.kind(c.id) ?? ''),
    );
    if (known) filterConcepts.push({ ...known, years: range });
    else {
      notes.push({ kind: 'not-a-skill', word: skill });
      filterConcepts.push(...analyzed);
    }
  }
  // Typos (`kafak`, `microsft project`, `总会记师`) are put right in the query's words, and the
  // words read again: a corrected word may join its neighbours into a known term (Microsoft Project).
  let reading = readTerms(snapshot, parsed, taxonomy, queryText);
  const didYouMean = typoFixes(snapshot, taxonomy, reading.concepts, queryText);
  let text = queryText;
  if (didYouMean.length > 0) {
    text = fixText(queryText, didYouMean);
    reading = readTerms(snapshot, fixTyping(parsed, didYouMean), taxonomy, text);
  }
  const { named, years } = reading;
  const concepts = withSchoolsThere(reading.concepts, taxonomy, text);
  const rankOnly = withSchoolsThere(reading.rankOnly, taxonomy, text);
  structured.push(...reading.degrees);

  const all = [...concepts, ...filterConcepts];
  const understood = describe(all, structured, { ...parsed, years, notes }, taxonomy);
  const positive = all.filter((c) => c.presence !== 'prohibited');
  const empty = positive.length === 0 && !named && structured.filter((f) => !f.negated).length === 0 && !years;
  const base = { query: queryText, understood, concepts: all };
  if (empty) return { ...base, total: 0, matches: [], relaxed: false, didYouMean: [], empty: true };

  const ctx: Context = {
    snapshot,
    taxonomy,
    filters: structured,
    years,
    limit,
    degreeOrHigher: saysOrHigher(queryText),
    degreeIn: saysDegreeIn(queryText),
    postsOrHigher: postsOrHigher(queryText, all),
  };
  const outcome = ranked(ctx, all, named, rankOnly, modifiersOf(text, concepts), writtenOnto(text, concepts, taxonomy));
  return {
    ...base,
    total: outcome.total,
    matches: outcome.matches,
    relaxed: outcome.relaxed,
    didYouMean,
    empty: false,
  };
}

/** Years at a name (`8 years at Oracle`), beside the words of working there (EMPLOYER_BEFORE_EN). */
const YEARS_AT = /\b(?:years?|yrs?)\s+(?:at|with)\s+(?:the\s+)?$/;
/** … and in Chinese, around it (`在Oracle干过`, `在SAP工作`). */
const EMPLOYER_AFTER_ZH = /^\s*(?:[（(][^)）]*[)）])?\s*(?:公司)?(?:干|工作|任职|上班|就职|待|呆|做)/u;

/**
 * A product asked for where a question asks where one worked (`8+ years working at Oracle`,
 * `在Oracle（甲骨文）干过3年以上`) is its maker, where the taxonomy knows the maker by the product's
 * name and a company's word (`Oracle Corporation`): the employer, not the database.
 */
function employerAsked(c: Concept, queryText: string, taxonomy: Taxonomy): TaxonomyConcept | null {
  if (c.kind !== 'taxonomy' || c.presence === 'prohibited' || taxonomy.kind(c.id) === 'company') return null;
  const typed = foldQuery(c.typed).trim();
  const text = foldQuery(queryText);
  const at = text.indexOf(typed);
  if (typed === '' || at < 0) return null;
  const before = text.slice(0, at);
  const after = text.slice(at + typed.length);
  const asked =
    ((EMPLOYER_BEFORE_EN.test(before) || YEARS_AT.test(before)) && !NOT_EMPLOYER_BEFORE.test(before)) ||
    (/在\s*$/u.test(before) && EMPLOYER_AFTER_ZH.test(after));
  if (!asked) return null;
  const maker = [' corporation', ' corp', '公司']
    .map((word) => taxonomy.lookup(`${typed}${word}`))
    .find((id) => id !== undefined && taxonomy.kind(id) === 'company');
  return maker ? { ...c, id: maker, label: taxonomy.label(maker) } : null;
}

/** Kind words a Chinese list may end with once for all its items (`电子、计算机或者软件企业`). */
const SHARED_HEADS = ['企业', '公司', '行业'];
const LIST_JOINS = /或者|或是|以及|或|和|及/u;
const RUN = 24;

/**
 * A Chinese list whose last item ends with a kind word the others lack (`电子、计算机或者软件企业`):
 * each other item given the word where the whole is a known thing of its own (电子企业: the
 * electronics industry, where 电子 alone is no entry and 计算机 is a field of study), so the list
 * is one of firms. Text without such a list is returned as it is.
 */
function headShared(text: string, taxonomy: Taxonomy): string {
  if (!SHARED_HEADS.some((h) => text.includes(h)) || !/[、]|或|和|及/u.test(text)) return text;
  const edits: { start: number; end: number; to: string }[] = [];
  const free = (a: number, b: number): boolean => edits.every((e) => b <= e.start || a >= e.end);
  for (const head of SHARED_HEADS) {
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + head.length)) {
      // The Han runs before the word, back to where the list starts: split by 、 and by words that join;
      // a run that ends with a kind word of its own ends another list. (Runs of at most RUN characters,
      // lists of at most eight: hostile text is read in linear time.)
      let start = at;
      while (start > 0 && at - start < RUN && isCjk(text.charAt(start - 1))) start--;
      const runs: { start: number; end: number }[] = [{ start, end: at }];
      while (start > 1 && runs.length < 8 && text.charAt(start - 1) === '、') {
        let s = start - 1;
        while (s > 0 && start - 1 - s < RUN && isCjk(text.charAt(s - 1))) s--;
        if (s === start - 1 || SHARED_HEADS.some((h) => text.slice(s, start - 1).endsWith(h))) break;
        runs.unshift({ start: s, end: start - 1 });
        start = s;
      }
      const items: { start: number; end: number; first: boolean }[] = [];
      for (const [k, run] of runs.entries()) {
        let from = run.start;
        const parts = text.slice(run.start, run.end).split(LIST_JOINS);
        if (parts.some((p) => p === '')) continue;
        for (const [j, part] of parts.entries()) {
          const offset = text.indexOf(part, from);
          items.push({ start: offset, end: offset + part.length, first: k === 0 && j === 0 });
          from = offset + part.length;
        }
      }
      if (items.length < 2) continue;
      const last = items[items.length - 1] as { start: number; end: number };
      if (!oneThing(text.slice(last.start, at) + head, taxonomy)) continue;
      // Every other item takes the word, or none does (`审计、财务或者咨询公司`: no 审计公司 is known, so the
      // list stays one of jobs).
      const mine: { start: number; end: number; to: string }[] = [];
      for (const item of items.slice(0, -1)) {
        const word = text.slice(item.start, item.end);
        // The list's first item starts where its run does, or later (`湖南那边电子`: 电子): its longest
        // ending of six characters or fewer that names a thing with the word.
        const from = item.first ? Math.max(0, word.length - 6) : 0;
        let edit: { start: number; end: number; to: string } | null = null;
        for (let n = from; n < (item.first ? word.length : 1) && !edit; n++) {
          const own = word.slice(n);
          if (taxonomy.kind(taxonomy.lookup(own) ?? '') === 'city') break;
          if (oneThing(own + head, taxonomy)) edit = { start: item.start + n, end: item.end, to: own + head };
        }
        if (!edit || !free(edit.start, edit.end)) {
          mine.length = 0;
          break;
        }
        mine.push(edit);
      }
      edits.push(...mine);
    }
  }
  if (edits.length === 0) return text;
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.to + out.slice(e.end);
  return out;
}

/** True when `text` (Chinese) is read as one known thing, not its words (`电子企业`; not `审计公司`). */
function oneThing(text: string, taxonomy: Taxonomy): boolean {
  if (taxonomy.lookup(text) === undefined) return false;
  const read = analyzeTerm({ text, phrase: false, presence: 'default' }, taxonomy);
  return read.length === 1 && read[0]?.kind === 'taxonomy';
}

/** The query's words read as concepts, with what they say besides (years, degree filters, a name). */
interface Reading {
  readonly concepts: Concept[];
  readonly years: ParsedQuery['years'];
  readonly rankOnly: Concept[];
  readonly degrees: QueryFilter[];
  readonly named: Named | null;
}

function readTerms(snapshot: PoolSnapshot, parsed: ParsedQuery, taxonomy: Taxonomy, queryText = ''): Reading {
  let concepts = conceptsOf(parsed, taxonomy);
  // A lone Chinese character left between things asked for (`读过MBA的`: 读; `划VLAN`: 划) is a verb
  // or a particle, not a term, as inside a run (see concepts.ts): it asks for nothing. Alone, it is
  // what is asked.
  const lone = (c: Concept): boolean =>
    c.kind === 'text' &&
    c.presence === 'default' &&
    !c.phrase &&
    Array.from(c.typed.trim()).length === 1 &&
    hasCjk(c.typed);
  // `有物流师、项目管理师这类职业资格证的吗`: asked for as qualifications, a field's 师 is its title, as
  // written (`高级物流师`), not the field (物流, a trade), as a trade's 证 is its certificate.
  // `外语或者外经贸院校`: the last choice's kind word is the others' too (外语院校), where that names a thing.
  concepts = concepts.map((c) => sharedKind(c, taxonomy) ?? c);
  // `CS` is computer science (`a master's in CS`, `CS硕士`), but customer service in a question about
  // shops or service (`淘宝CS`, `CS客服主管`): there it is the word typed.
  if (SERVICE_CONTEXT.test(queryText)) concepts = concepts.map((c) => csAsWord(c) ?? c);
  concepts = concepts.map((c) => employerAsked(c, queryText, taxonomy) ?? c);
  const foldedQuery = foldQuery(queryText);
  if (QUALIFICATION.test(foldedQuery))
    concepts = concepts.map((c) =>
      c.kind === 'any'
        ? { ...c, members: c.members.map((m) => fieldTitle(m, foldedQuery, taxonomy) ?? m) }
        : (fieldTitle(c, foldedQuery, taxonomy) ?? c),
    );
  if (concepts.some((c) => c.presence !== 'prohibited' && !lone(c))) concepts = concepts.filter((c) => !lone(c));
  // Latin words that name someone in the pool (`zhang linwei`, `Linwei Zhang`): that person first,
  // read before any of the words is taken for a degree or a place (`meng jianxin` is no M.Eng).
  const named = nameConcept(snapshot, concepts) ?? nameOfFunctionWords(snapshot, queryText);
  if (named) concepts = named.concepts;
  // Natural years next to a skill (`8年以上Python开发经验`, `5+ years of Java`) are years with it.
  let years = parsed.years;
  const context = parsed.yearsContext;
  const tied = context ? skillNextToYears(concepts, context, taxonomy) : -1;
  if (context && tied >= 0) {
    concepts = concepts.map((c, i) => (i === tied && c.kind === 'taxonomy' ? { ...c, years: context.range } : c));
    years = context.rest;
  }
  // Next to a choice of skills (`3年以上Docker/K8s容器化经验`, `做创投或者股权投资5年以上的`), years are with
  // any of them: the choice ranks by them, as one skill with years does.
  const chosen = context && tied < 0 ? choiceNextToYears(concepts, context, taxonomy) : -1;
  if (context && chosen >= 0) {
    concepts = concepts.map((c, i) =>
      i === chosen && c.kind === 'any' ? { ...c, years: context.range, presence: 'default' as const } : c,
    );
    years = context.rest;
  }
  // A programmer asked for by place alone (`武汉那边的程序员`, `developers in Pune`): the role word,
  // weak beside a skill, is all that is asked besides the place, and says software work.
  const placeOnly = concepts.every((c) => c.presence === 'prohibited' || isWeak(c) || isPlace(c, taxonomy));
  if (placeOnly && concepts.some((c) => c.presence !== 'prohibited' && isPlace(c, taxonomy)))
    concepts = concepts.map((c) => programmerAsSoftware(c, taxonomy, queryText) ?? c);
  // A bare `associate` or `master` with nothing else of schooling asked (`sales associate`, `journeyman
  // or master`) is a rank or a post, not a degree: a word as typed.
  if (!concepts.some((c) => schoolingAsked(c, taxonomy)) && !DEGREE_CONTEXT.test(queryText))
    concepts = concepts.flatMap((c) => bareDegreeAsWord(c));
  // Degrees as alternatives (`master's or MBA`, `本科或硕士`, `PhD or master's`) ask for the lowest
  // of them, or higher: one degree word, made the filter below.
  concepts = concepts.flatMap((c) => lowestDegree(c, taxonomy) ?? degreesThenFields(c, taxonomy) ?? [c]);
  // A certificate named after the last of a choice of things (`an AWS or Azure certification`) is the
  // certificate of each of them.
  concepts = concepts.map((c) => certificateOfEach(c, taxonomy) ?? c);
  // A field named with its degree (`理学博士`, `工学硕士`) asks for the field and the degree.
  concepts = concepts.flatMap((c) =>
    c.kind === 'taxonomy' && c.presence !== 'prohibited' ? fieldAndDegree(c, taxonomy) : [c],
  );
  // A job family next to something more specific (`嵌入式软件工程师`) only ranks: the specialty
  // says the job. Next to a place alone (`software engineers based in Nanjing`) it is what is asked.
  const rankOnly: Concept[] = [];
  const degrees: QueryFilter[] = [];
  // An English question that names a Chinese term in brackets (`a senior political work title
  // (高级政工师)`): the term is what is asked; the plain English words describe it, and only rank.
  const describing = describesGloss(queryText, concepts, taxonomy);
  // … and so do the plain words of a clause that says again what a known term asks (`plant manager -
  // someone who has actually headed a factory`): a résumé in the other language writes none of them.
  const restating = restates(queryText, concepts, taxonomy);
  const described = new Set([...describing, ...restating]);
  if (described.size > 0) {
    concepts = concepts.filter((c) => !described.has(c));
    rankOnly.push(...described);
  }
  if (concepts.some((c) => specific(c, taxonomy)))
    concepts = concepts.filter((c) => {
      if (c.kind !== 'taxonomy' || !JOB_FAMILIES.has(c.id) || c.presence !== 'default') return true;
      rankOnly.push(c);
      return false;
    });
  // A choice of things inside a thing also asked for names examples of it: places in a place
  // (`河南那边做财务的，郑州、洛阳这些地方都行`), products of a practice (`Intune, AirWatch or MobileIron
  // for mobile device management`). It ranks who names one of them, and decides nothing, so the
  // place's other towns and the practice's other products count too.
  // Another choice of places is a place asked too (`Seattle, Denver, Phoenix (Pacific Northwest or
  // Mountain states)`: the cities are examples of the regions).
  // (Not the very places of another choice: `北京或上海…，北京或上海都行` still decides.)
  const thingsAsked = concepts.flatMap((c): { p: TaxonomyConcept; same: boolean; of: Concept }[] =>
    c.presence === 'prohibited'
      ? []
      : c.kind === 'taxonomy'
        ? [{ p: c, same: true, of: c }]
        : c.kind === 'any' && isPlace(c, taxonomy)
          ? c.members.filter((m): m is TaxonomyConcept => m.kind === 'taxonomy').map((p) => ({ p, same: false, of: c }))
          : [],
  );
  const insideAsked = (m: TaxonomyConcept | TextConcept, choice: Concept): boolean =>
    m.kind === 'taxonomy' &&
    thingsAsked.some(
      ({ p, same, of }) =>
        of !== choice &&
        ((same && m.id === p.id) || taxonomy.ancestors(m.id).includes(p.id)) &&
        // A certificate is no example of the field it is in (`SHRM-CP or SHRM-SCP certified HR
        // people`), nor of any certificate at all (`PRINCE2 or CAPM certified`): the choice is
        // which certificate is asked for. Of a kind of certificate it is (`an HR certification
        // like SHRM-CP or PHR`).
        !isCredentialRoot(p.id) &&
        (!credentialEntry(taxonomy, m.id) || credentialEntry(taxonomy, p.id)),
    );
  // A choice of plain words beside a known thing asked for (`做过传感器相关工作的，选型、标定、开发都行`)
  // names the kinds of work on it: it ranks who names one, and decides nothing, so a résumé in the
  // other language, which writes none of the words, still counts. So do words in English (`用过Moshi或者
  // Klaxon的安卓开发`: Android developers, who names one of them first). So does a choice of both
  // (`仪器仪表行业，分析仪器、测试仪器、自动化仪表都算`: two plain words and the thing itself).
  concepts = joinedBack(concepts, taxonomy, insideAsked, rankOnly);
  const plainWordsRank = concepts.some(
    (c) => c.kind === 'taxonomy' && c.presence === 'default' && !DEGREE_LEVELS.has(c.id),
  );
  const plainWord = (m: TaxonomyConcept | TextConcept): boolean => m.kind === 'text' && !m.phrase;
  concepts = choicesThatRank(concepts, (m, choice) => insideAsked(m, choice) || (plainWordsRank && plainWord(m)));
  if (MORE_PLACES.test(queryText)) concepts = oneChoiceOfPlaces(concepts, taxonomy);
  // A degree named as a word (`硕士`, `PhD`, `研究生`) means "at least this degree": a filter.
  // It still ranks: a résumé naming the degree outright comes before one whose profile implies it.
  // Below a degree (`大专以下学历`: not an associate degree or higher; `本科及以下`: nothing above a
  // bachelor's) is a filter that rules the higher ones out, and ranks nothing.
  const below: QueryFilter[] = [];
  concepts = concepts.filter((c) => {
    if (c.kind !== 'taxonomy' || !DEGREE_LEVELS.has(c.id) || c.presence === 'prohibited') return true;
    const under = belowDegree(queryText, c);
    if (under === 'none') return false;
    if (under) {
      if (!below.some((f) => f.value === under)) below.push({ field: 'degree', value: under, negated: true });
      return false;
    }
    degrees.push({ field: 'degree', value: c.id, negated: false });
    rankOnly.push(c);
    return false;
  });
  // A known Chinese compound no résumé in the pool has (`游戏服务端`) is read as its words: who writes
  // them is worth a look, where the term alone would find nobody.
  // A word of it that is a known term of its own (弱电 of 弱电工程师) stays that term.
  concepts = concepts.flatMap((c) =>
    unheld(snapshot, c, taxonomy) ? asWords(c.typed, c.presence).map((w) => knownPart(w, c, taxonomy) ?? w) : [c],
  );
  // `生物相关专业`: asked for as a major, a field's short name (生物 for 生物学) is the field.
  if (concepts.some((c) => c.kind === 'text' && MAJOR_WORDS.has(c.typed.trim())))
    concepts = concepts.map((c) => shortField(c, taxonomy) ?? c);
  // Several degrees named one by one (`bachelor's, master's, PhD or MBA all count`) list the levels
  // that will do: the lowest of them is the filter, as for a choice of degrees.
  const lowest = degrees.reduce<QueryFilter | null>(
    (low, d) => (low === null || degreeRank(d.value as DegreeId) < degreeRank(low.value as DegreeId) ? d : low),
    null,
  );
  return { concepts, years, rankOnly, degrees: [...(lowest ? [lowest] : []), ...below], named };
}

/**
 * The plain English words of an English question that names a known Chinese term in brackets (`the
 * mid-level accountant title (会计师 / 中级会计职称)`, `a senior political work title (高级政工师)`):
 * they describe the term for a reader who knows no Chinese, and the résumés that hold it are Chinese.
 * Known English terms around it (`accountant`) stay what they are.
 */
function describesGloss(queryText: string, concepts: readonly Concept[], taxonomy: Taxonomy): ReadonlySet<Concept> {
  const text = foldQuery(queryText);
  const outside = text.replace(/[(（][^()（）]*[)）]/gu, ' ');
  if (hasCjk(outside) || !/[a-z]/.test(outside)) return new Set();
  const glosses = [...text.matchAll(/[(（]([^()（）]*)[)）]/gu)]
    .map((m) => m[1] ?? '')
    .filter((inside) => hasCjk(inside) && !/[a-z]/.test(inside));
  if (glosses.length === 0) return new Set();
  const typedInside = (c: Concept): boolean => {
    const typed = foldQuery(c.typed).trim();
    return typed !== '' && glosses.some((g) => g.includes(typed));
  };
  const inside = (c: Concept): boolean =>
    c.kind === 'any' ? c.members.length > 0 && c.members.every(typedInside) : typedInside(c);
  // A term, not a name: a place, an employer or a school in brackets (`traders based in Hangzhou
  // (杭州)`, `at Ant Group (蚂蚁集团)`) only writes a name again, and the words around it are asked.
  const term = (c: Concept): boolean => c.kind === 'taxonomy' && !NAMES.has(taxonomy.kind(c.id) ?? '');
  const names = concepts.some((c) => inside(c) && (term(c) || (c.kind === 'any' && c.members.some(term))));
  if (!names) return new Set();
  return new Set(
    concepts.filter(
      (c) => c.kind === 'text' && c.presence === 'default' && !c.phrase && !hasCjk(c.typed) && !inside(c),
    ),
  );
}

/**
 * Where an English query says again what it asks, in plain words: after a dash, `someone who …`, `i.e.`
 * (`need a plant manager - someone who has actually headed a factory`).
 */
const RESTATED =
  /(?:\s[-–—]|:|,)\s*(?:i\.?e\.?|that is|meaning|(?:someone|somebody|anyone|a person|people|candidates?|folks)\s+(?:who|that|with|having))\b/;

/**
 * The plain words of a clause that restates a known term asked before it (see {@link RESTATED}): they
 * describe it and only rank. Known terms in the clause stay asked; without a known term before it, the
 * clause's words are what is asked.
 */
function restates(queryText: string, concepts: readonly Concept[], taxonomy: Taxonomy): ReadonlySet<Concept> {
  const text = foldQuery(queryText);
  const m = RESTATED.exec(text);
  if (!m || hasCjk(text)) return new Set();
  const head = text.slice(0, m.index);
  const tail = text.slice(m.index + m[0].length);
  const said = (where: string, c: Concept): boolean => {
    const typed = foldQuery(c.typed).trim();
    return typed !== '' && new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(typed)}(?![\\p{L}\\p{N}])`, 'u').test(where);
  };
  const members = (c: Concept): readonly Concept[] => (c.kind === 'any' ? c.members : [c]);
  const term = (c: Concept): boolean => c.kind === 'taxonomy' && !NAMES.has(taxonomy.kind(c.id) ?? '');
  if (!concepts.some((c) => members(c).some((x) => term(x) && said(head, x)))) return new Set();
  const plain = (c: Concept): boolean => c.kind === 'text' && !c.phrase;
  return new Set(
    concepts.filter(
      (c) =>
        // A choice decides by default; one typed `+word` is the asker's own requirement.
        (c.presence === 'default' || c.kind === 'any') &&
        members(c).length > 0 &&
        members(c).every((x) => plain(x) && said(tail, x) && !said(head, x)),
    ),
  );
}

/** Words for a kind of thing that a Chinese choice may write once, after its last member (`外语或者外经贸院校`). */
const KIND_WORDS = ['院校', '大学', '行业', '企业', '专业', '管理'];

/**
 * A Chinese choice whose last member ends with a kind word the others lack (`外语 | 外经贸院校`), with
 * that word given to each other member where the whole is a known thing (外语院校); null when none is.
 */
function sharedKind(c: Concept, taxonomy: Taxonomy): Concept | null {
  if (c.kind !== 'any' || c.members.length < 2) return null;
  const last = c.members[c.members.length - 1] as TaxonomyConcept | TextConcept;
  const kind = KIND_WORDS.find((w) => last.typed.endsWith(w) && last.typed.length > w.length);
  if (!kind) return null;
  let changed = false;
  const members = c.members.map((m) => {
    // Not a place (`上海或者复旦大学` is no 上海大学).
    if (m === last || !/^\p{Script=Han}+$/u.test(m.typed) || m.typed.endsWith(kind) || isPlace(m, taxonomy)) return m;
    // 管理 ends many a field's own name (项目管理): only a word that names nothing alone takes it (事件 of
    // `事件/变更管理`), not a known field (`物流师、项目管理师` asks for 物流师, not 物流管理).
    if (kind === '管理' && m.kind === 'taxonomy') return m;
    const id = taxonomy.lookup(m.typed + kind);
    if (!id) return m;
    const whole = analyzeTerm({ text: m.typed + kind, phrase: false, presence: m.presence }, taxonomy);
    const one = whole.length === 1 ? whole[0] : undefined;
    if (!one || one.kind !== 'taxonomy') return m;
    changed = true;
    return one;
  });
  return changed ? { ...c, members } : null;
}

/** Words of a question about shops or customer service, where `CS` is its word (`淘宝CS`). */
const SERVICE_CONTEXT = /客服|售后|售前|淘宝|天猫|京东|电商|网店|店铺|customer service|call cent(?:er|re)/iu;

/** A bare `CS` read as computer science, as the word typed (in a choice too); null for anything else. */
function csAsWord(c: Concept): Concept | null {
  const bare = (m: Concept): boolean =>
    m.kind === 'taxonomy' && m.id === 'computer-science' && /^cs$/i.test(m.typed.trim());
  if (bare(c)) return asWords(c.typed, c.presence)[0] ?? null;
  if (c.kind !== 'any' || !c.members.some(bare)) return null;
  const members = c.members.map((m) => (bare(m) ? (asWords(m.typed, 'default')[0] ?? m) : m));
  return { ...c, members: members as (TaxonomyConcept | TextConcept)[] };
}

/** A question about qualifications held (`职业资格证`, `持证`, `职称`, `物流师证`); not 证券. */
const QUALIFICATION = /证书|资格|职称|持证|证(?=$|[的吗呢，。？！、,.?!\s])/u;

/**
 * A known Chinese field typed with 师 (`物流师`, `管理咨询师`) that names no entry itself: the title, as a
 * literal; null for anything else. `text` is the query, folded.
 */
function fieldTitle(c: Concept, text: string, taxonomy: Taxonomy): TextConcept | null {
  if (c.kind !== 'taxonomy' || c.presence === 'prohibited' || !/^\p{Script=Han}{2,}$/u.test(c.typed)) return null;
  const title = `${c.typed}师`;
  // Only where every mention of it is the title (`物流经理，持物流师证` asks for a logistics manager too).
  if (!text.includes(title) || text.split(title).join('').includes(c.typed) || taxonomy.lookup(title) !== undefined)
    return null;
  return cjkLiteral(title, c.presence);
}

/** What makes a degree just before it a ceiling: 以下, with 及 (or （含）, 及本科…) when it is one of them. */
const CEILING =
  /^\s*(?:学历|学位)?\s*([（(]\s*含\s*[）)]|以及|或者|及(?:本科|硕士|大专|专科|博士|研究生)?|或)?\s*(?:学历)?\s*以下(?![几是为列述]|简称)/u;

/**
 * The lowest degree ruled out by a degree asked as a ceiling, right after it (`大专以下`: an associate
 * degree; `本科及以下`: a master's); 'none' for a ceiling above every degree (`博士及以下`), null for none.
 */
function belowDegree(query: string, c: TaxonomyConcept): DegreeId | 'none' | null {
  // (`大专学历以下`, `本科（含）以下`, `本科及本科以下`; not `硕士以下几个方向`, `以下简称`, which point onwards.)
  const m = CEILING.exec(textAfter(query, c.typed.trim(), 16) ?? '');
  if (!m) return null;
  const level = c.id as DegreeId;
  if (!m[1]) return level;
  return degreesFrom(level)[1] ?? 'none';
}

/** Kinds whose name read as words says nothing of them (a place, an employer, a school, a degree). */
const NAMES = new Set(['city', 'company', 'school', 'degree']);

/** Words that ask for a field as one's major (`生物相关专业`, `物理系毕业的`). */
const MAJOR_WORDS: ReadonlySet<string> = new Set(['专业', '系', '学科']);

/**
 * A Chinese word the taxonomy does not know that is the short name of a field it does (`生物` for
 * 生物学, `心理` for 心理学), as that field; null for anything else.
 */
function shortField(c: Concept, taxonomy: Taxonomy): TaxonomyConcept | null {
  if (c.kind !== 'text' || c.phrase || c.presence === 'prohibited') return null;
  const typed = c.typed.trim();
  if (!/^\p{Script=Han}{2,3}$/u.test(typed)) return null;
  const id = taxonomy.lookup(`${typed}学`);
  if (!id || taxonomy.kind(id) !== 'concept') return null;
  return { kind: 'taxonomy', typed: c.typed, id, label: taxonomy.label(id), presence: c.presence };
}

/**
 * A word of the unheld compound `whole` that names what the compound is under (弱电 of 弱电工程师), as
 * that term; else null. Other known words in it (境外 of 境外永久居留权) may mean something else there.
 */
function knownPart(word: Concept, whole: Concept, taxonomy: Taxonomy): TaxonomyConcept | null {
  if (word.kind !== 'text' || whole.kind !== 'taxonomy' || isWeak(word)) return null;
  const typed = word.typed.trim();
  const id = taxonomy.lookup(typed);
  if (!id || id === whole.id || taxonomy.queryOnlyForm(typed) || !taxonomy.ancestors(whole.id).includes(id))
    return null;
  return { kind: 'taxonomy', typed: word.typed, id, label: taxonomy.label(id), presence: word.presence };
}

/** A ranked Chinese compound of three characters or more (`游戏服务端`) that no résumé in the pool has. */
function unheld(snapshot: PoolSnapshot, c: Concept, taxonomy: Taxonomy): boolean {
  if (c.kind !== 'taxonomy' || c.presence !== 'default' || c.years || NAMES.has(taxonomy.kind(c.id) ?? ''))
    return false;
  const typed = c.typed.trim();
  return /^\p{Script=Han}{3,}$/u.test(typed) && exactDocs(snapshot, c).length === 0;
}

/** The parsed query with typos put right in its words (and in the text the years were read from). */
function fixTyping(parsed: ParsedQuery, fixes: readonly Fix[]): ParsedQuery {
  const context = parsed.yearsContext;
  return {
    ...parsed,
    terms: parsed.terms.map((t) =>
      t.phrase
        ? t
        : {
            ...t,
            text: fixText(t.text, fixes),
            // The words an abbreviation stands for, put right too (`performance improvment plans (PIPs)`).
            ...(t.abbreviates ? { abbreviates: t.abbreviates.map((words) => fixText(words, fixes)) } : {}),
          },
    ),
    ...(context
      ? { yearsContext: { ...context, before: fixText(context.before, fixes), after: fixText(context.after, fixes) } }
      : {}),
  };
}

/** `text` with each typo replaced, as a whole word for Latin ones (`Kafak` → kafka), wherever for Chinese ones. */
function fixText(text: string, fixes: readonly Fix[]): string {
  let out = text.normalize('NFKC');
  for (const { from, to } of fixes) {
    const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = /^[\p{Script=Han}]+$/u.test(from) ? escaped : `(?<![a-z0-9])${escaped}(?![a-z0-9])`;
    const re = new RegExp(pattern, 'giu');
    // A Chinese typo was found in the folded words (Simplified): look for it there when the text has it in Traditional.
    if (!re.test(out)) out = foldQuery(out);
    re.lastIndex = 0;
    out = out.replace(re, () => to);
  }
  return out;
}

/**
 * The concepts that weigh half their rarity (MODIFIER_WEIGHT): what only narrows what is asked (see
 * narrowing) and what a clause says will do as well (see allowed). Weak words count for neither.
 */
function modifiersOf(queryText: string, concepts: readonly Concept[]): ReadonlySet<Concept> {
  const text = foldQuery(queryText);
  const fors = [...text.matchAll(/\bfor\b/g)].map((m) => m.index ?? -1);
  const placed = concepts
    .filter((c) => c.presence === 'default' && !isWeak(c))
    .map((c) => ({ c, at: text.indexOf(foldQuery(c.typed).trim()) }))
    .filter((p) => p.at >= 0);
  const also = allowed(text, placed);
  if (!text.includes('的') && fors.length === 0) return also;
  return new Set([...also, ...narrowing(text, fors, placed)]);
}

/** A Chinese clause saying what will do as well (`，社区学院也行`). */
const ALSO_ZH =
  /(?<=^|[,，。；;？?！!(（])[^,，。；;？?！!()（）]*?(?:也算|也行|也可以)(?:看看)?[吧啊哈呢]?\s*(?=$|[,，。；;？?！!)）])/gu;
/** An English one (`community colleges count too`, `(a diploma is fine)`, `interns welcome`). */
const ALSO_EN =
  /(?<=^|[,;.!?(]\s*|\s-\s)(?:(?!\s-\s)[^,;.!?()])*?(?:(?<!\b(?:cycle|head|blood|cell|inventory|word|physical|asset|thread)\s+)\bcounts?|\b(?:is|are)\s+(?:fine|ok|okay|welcome|acceptable)|\bwelcome)(?:\s+(?:too|as well))?\s*(?=$|[,;.!?)]|\s-\s)/giu;

/**
 * What a clause of its own says will do as well (`，社区学院也行`, `在读的也算`, `访问学者也算`): it widens
 * what is asked, so who shows it ranks a little, not as much as who shows what is asked.
 */
function allowed(text: string, placed: readonly { c: Concept; at: number }[]): Set<Concept> {
  const out = new Set<Concept>();
  for (const m of [...text.matchAll(ALSO_ZH), ...text.matchAll(ALSO_EN)]) {
    const start = m.index ?? 0;
    const inside = placed.filter((p) => p.at >= start && p.at < start + m[0].length);
    // Only beside other things asked, outside the clause.
    if (inside.length > 0 && placed.some((p) => p.at < start || p.at >= start + m[0].length))
      for (const p of inside) if (p.c.kind !== 'any') out.add(p.c);
  }
  return out;
}

/**
 * In an English `A for B` (`Kronos for timekeeping`), A is what is asked for and B only narrows it.
 * In a Chinese `A的B` (`上市公司的证券事务代表`, `北京高校的教授`), B is what is asked for and A only
 * narrows it: the concepts typed before the last 的 that has a concept after it (`…的候选人` asks for
 * no one in particular).
 */
function narrowing(text: string, fors: readonly number[], placed: readonly { c: Concept; at: number }[]): Set<Concept> {
  // `Kronos for timekeeping`, `SQL for reporting`: what it is used for only narrows what is asked
  // (the first `for` with a concept before it: `looking for` asks nothing).
  const purpose = fors.find((at) => placed.some((p) => p.at < at));
  if (purpose !== undefined) return new Set(placed.filter((p) => p.at > purpose).map((p) => p.c));
  let split = -1;
  for (let i = text.indexOf('的'); i >= 0; i = text.indexOf('的', i + 1)) {
    if (placed.some((p) => p.at > i)) split = i;
  }
  if (split < 0) return new Set();
  const before = placed.filter((p) => p.at < split).map((p) => p.c);
  return new Set(before);
}

/**
 * Chinese words no entry knows, written onto a skill typed in Latin letters (`ERP实施`, `UML建模`,
 * `WebService接口开发`), each with that skill: they say what was done with it. English résumés show
 * the skill as often as Chinese ones but cannot write the word, so its rarity is no measure of it,
 * and rank.ts lets it weigh at most half the skill. Words apart from the skill (`水文工程师，会Excel`)
 * are things asked for of their own. An English word right after a tool is the same (see below).
 */
function writtenOnto(queryText: string, concepts: readonly Concept[], taxonomy: Taxonomy): Map<Concept, Concept> {
  const text = foldQuery(queryText);
  const onto = new Map<Concept, Concept>();
  const skills = concepts
    .filter((c) => c.kind === 'taxonomy' && c.presence !== 'prohibited' && !hasCjk(c.typed) && !isPlace(c, taxonomy))
    .map((c) => ({ c, name: foldQuery(c.typed).trim() }))
    .filter((k) => k.name !== '');
  if (skills.length === 0) return onto;
  for (const c of concepts) {
    if (c.kind !== 'text' || c.presence !== 'default' || c.phrase) continue;
    const word = foldQuery(c.typed).trim();
    if (hasCjk(c.typed) && !/[a-z]/i.test(c.typed)) {
      const skill = skills.find(({ name }) => text.includes(name + word) || text.includes(word + name));
      if (skill) onto.set(c, skill.c);
    } else if (/^[a-z]+$/.test(word)) {
      // The same in English: what one makes with a tool, named after it (`Visio diagrams`, `Excel
      // spreadsheets`, `Tableau dashboards`). Only after a tool: `insurance claims` asks for claims.
      const skill = skills.find(
        ({ c: s, name }) =>
          s.kind === 'taxonomy' && TECH_KINDS.has(taxonomy.kind(s.id) ?? '') && text.includes(`${name} ${word}`),
      );
      if (skill) onto.set(c, skill.c);
    }
  }
  return onto;
}

/** Degree levels that a plain word turns into an "at least" filter (MBA and the like stay skills). */
const DEGREE_LEVELS = new Set(['phd', 'master', 'bachelor', 'associate']);

/** A degree level, or the level a named degree is one of (MBA → master), or null. */
function levelOf(id: string, taxonomy: Taxonomy): DegreeId | null {
  if (DEGREE_LEVELS.has(id)) return id as DegreeId;
  return (taxonomy.ancestors(id).find((a) => DEGREE_LEVELS.has(a)) as DegreeId | undefined) ?? null;
}

/**
 * A list of examples in a clause of its own that points back (`有做过注册中心或者配置中心的吗？Nacos、Apollo、
 * Consul、ZooKeeper这些都算`) names more of the thing asked just before it, the nearest past role and
 * filler words: a résumé showing that thing or one of the examples has it, as with examples in brackets
 * (`消息队列（Kafka、RocketMQ）`).
 * - Examples each inside a thing asked (`北京那边的，海淀、朝阳这些都算`) are left to rank (see
 *   choicesThatRank): that thing covers them.
 * - A thing of plain words, which the taxonomy cannot widen, is widened by them: it decides as much as
 *   it did, and who names an example ranks first.
 * - Beside a known thing (a degree and a skill with years too) they only rank: the taxonomy knows its kinds.
 * - After a place, or naming places, employers or schools beside something else (`Java开发，北京、上海这些都行`),
 *   they are a choice of their own, as written.
 */
function joinedBack(
  concepts: Concept[],
  taxonomy: Taxonomy,
  inside: (member: TaxonomyConcept | TextConcept, choice: Concept) => boolean,
  rankOnly: Concept[],
): Concept[] {
  const out = [...concepts];
  for (let i = 0; i < out.length; i++) {
    const back = out[i] as Concept;
    if (back.kind !== 'any' || !back.refersBack || back.presence === 'prohibited') continue;
    if (back.members.every((m) => inside(m, back))) {
      // An example that is the very thing asked (`数据湖？Data Lake、Iceberg这些都算`: Data Lake) ranks
      // nobody above another: the others do.
      const others = back.members.filter(
        (m) => !out.some((c) => c !== back && c.kind === 'taxonomy' && sameMember(c, m)),
      );
      if (others.length > 0 && others.length < back.members.length) out[i] = { ...back, members: others };
      continue;
    }
    let at = i - 1;
    while (at >= 0 && (isWeak(out[at] as Concept) || out[at]?.presence === 'prohibited')) at--;
    const thing = out[at];
    if (!thing || isPlace(thing, taxonomy)) continue;
    const own = thing.kind === 'any' ? thing.members : [thing];
    // Places, employers or schools beside something else (`Java开发，北京、上海这些都行`) are a choice of
    // their own, deciding as any choice of them does.
    const named = (ms: readonly Concept[]): boolean =>
      ms.some((m) => m.kind === 'taxonomy' && NAMES.has(taxonomy.kind(m.id) ?? ''));
    if (named(back.members) && !named(own)) continue;
    // Examples of a known thing rank, deciding nothing: the taxonomy knows the thing's kinds.
    if (thing.kind === 'taxonomy' || (thing.kind === 'any' && thing.members.some((m) => m.kind === 'taxonomy'))) {
      out[i] = { ...back, presence: 'default' };
      continue;
    }
    const members = [...own, ...back.members.filter((m) => !own.some((o) => sameMember(o, m)))];
    const { refersBack: _back, ...choice } = back;
    out[at] = { ...choice, typed: `${thing.typed} | ${back.typed}`, members, presence: thing.presence };
    // Who names one of the examples still comes first among those with the thing (a rank of its own,
    // no thing more asked).
    rankOnly.push({ ...choice, presence: 'default' });
    out.splice(i, 1);
    i--;
  }
  return out;
}

/** The same member of a choice: one known thing, or the same words. */
function sameMember(a: TaxonomyConcept | TextConcept, b: TaxonomyConcept | TextConcept): boolean {
  return a.kind === 'taxonomy' ? b.kind === 'taxonomy' && a.id === b.id : b.kind === 'text' && a.typed === b.typed;
}

/** The required choices whose every member is `of` such a kind made plain, ranked concepts: they decide nothing. */
function choicesThatRank(
  concepts: Concept[],
  of: (member: TaxonomyConcept | TextConcept, choice: Concept) => boolean,
): Concept[] {
  return concepts.map((c) =>
    c.kind === 'any' && c.presence === 'required' && c.members.length > 0 && c.members.every((m) => of(m, c))
      ? { ...c, presence: 'default' }
      : c,
  );
}

/** Words that add to a choice of places said before (`…, plus Alaska/Hawaii`, `深圳/广州也行`). */
const MORE_PLACES = /\b(?:plus|also|as well|too)\b|也行|也可以|也算|都行|都可以|都算/iu;

/**
 * Choices of places asked in parts, the later said to be more of it (`the Mountain West or Pacific
 * Northwest - …, plus Alaska/Hawaii`, `北京或上海，深圳/广州也行`), are one choice: someone is in one
 * place, and each part on its own would decide against the others. (Not two choices of two things:
 * `籍贯四川或重庆，现在在北京或上海`.)
 */
function oneChoiceOfPlaces(concepts: Concept[], taxonomy: Taxonomy): Concept[] {
  const choices = concepts.filter(
    (c): c is AnyConcept => c.kind === 'any' && c.presence === 'required' && isPlace(c, taxonomy),
  );
  const [first, ...rest] = choices;
  if (!first || rest.length === 0) return concepts;
  const members = [...first.members];
  for (const m of rest.flatMap((c) => c.members)) if (!members.some((k) => sameMember(k, m))) members.push(m);
  const merged: AnyConcept = { ...first, typed: members.map((m) => m.typed).join(' | '), members };
  return concepts.flatMap((c) => (c === first ? [merged] : c.kind === 'any' && rest.includes(c) ? [] : [c]));
}

/** Words that ask for a degree (`an associate degree`, `master or higher`, `学历`). */
const DEGREE_CONTEXT =
  /\b(?:degrees?|diplomas?|graduates?|graduated|qualifications?|educat\w*|or (?:higher|above))\b|学历|学位|毕业/i;

/**
 * A name of two or three syllables one of which is an English function word (`you shanfen`: 游善芬,
 * `an qi`), typed alone: the words as written, read as a name, when together they name someone.
 */
function nameOfFunctionWords(snapshot: PoolSnapshot, queryText: string): Named | null {
  const words = queryText.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^[a-z]+$/i.test(w))) return null;
  if (!words.some((w) => FUNCTION_WORD_SET.has(w.toLowerCase()))) return null;
  const concepts: TextConcept[] = words.map((w) => ({
    kind: 'text',
    typed: w,
    terms: [w.toLowerCase()],
    literals: [],
    presence: 'default',
  }));
  const named = nameConcept(snapshot, concepts);
  return named && named.concepts.length === 1 ? named : null;
}

/**
 * Words that ask about schools or study (`山东的大学毕业的`, `在武汉读过书`, `grads of Florida colleges`,
 * `professors at universities in Shanghai`); not a degree asked beside a place (`上海 Java 本科毕业`,
 * `Java developer in Shanghai with a degree`), where the place is where one works.
 */
const STUDY_PLACE =
  /大学|学院|院校|学校|高校|读书|读过|读的|上学|上过学|念书|求学|\b(?:universit(?:y|ies)|colleges?|schools?|grads|alumni|alumnus|studied)\b/i;

/**
 * A place asked with study (`四川或者重庆的大学毕业的`, `grads of Tianjin universities`): a school whose
 * name holds it is there (四川大学, 天津财经大学), though the name holds no place of the résumé's own.
 */
function withSchoolsThere(concepts: readonly Concept[], taxonomy: Taxonomy, text: string): Concept[] {
  if (!STUDY_PLACE.test(text)) return [...concepts];
  const there = <C extends TaxonomyConcept | TextConcept>(c: C): C => {
    if (c.kind !== 'taxonomy' || taxonomy.kind(c.id) !== 'city') return c;
    const schools = taxonomy.schoolsIn(c.id);
    return schools.length > 0 ? { ...c, schools } : c;
  };
  return concepts.map((c) => (c.kind === 'any' ? { ...c, members: c.members.map(there) } : there(c)));
}

/** A degree word that is also a post's word (`sales associate`, `master electrician`), typed bare. */
const BARE_DEGREE_WORDS: ReadonlySet<string> = new Set(['associate', 'master']);

function isBareDegree(c: Concept): boolean {
  return c.kind === 'taxonomy' && DEGREE_LEVELS.has(c.id) && BARE_DEGREE_WORDS.has(c.typed.trim().toLowerCase());
}

/** Schooling asked for besides a bare degree word: another degree, a degree's name (MBA, B.Tech), a field studied. */
function schoolingAsked(c: Concept, taxonomy: Taxonomy): boolean {
  if (c.kind === 'any') return c.members.some((m) => schoolingAsked(m, taxonomy));
  if (c.kind !== 'taxonomy' || isBareDegree(c)) return false;
  return DEGREE_LEVELS.has(c.id) || levelOf(c.id, taxonomy) !== null;
}

/** A bare degree word read as the word typed (in an alternatives group too); anything else as it is. */
function bareDegreeAsWord(c: Concept): Concept[] {
  if (isBareDegree(c)) return asWords(c.typed, c.presence);
  if (c.kind !== 'any' || !c.members.some(isBareDegree)) return [c];
  const members = c.members.flatMap((m) =>
    isBareDegree(m) ? asWords(m.typed, 'default').filter((w) => w.kind !== 'any') : [m],
  );
  return [{ ...c, members: members as (TaxonomyConcept | TextConcept)[] }];
}

/**
 * An alternatives group of degrees with a level among them (`master's or MBA`): that level's
 * lowest, as one degree word. Null for anything else (`MBA或EMBA` stays a choice of programmes).
 */
function lowestDegree(c: Concept, taxonomy: Taxonomy): TaxonomyConcept | null {
  if (c.kind !== 'any' || c.presence === 'prohibited') return null;
  const members = c.members.filter((m): m is TaxonomyConcept => m.kind === 'taxonomy');
  if (members.length !== c.members.length || !members.some((m) => DEGREE_LEVELS.has(m.id))) return null;
  const levels = members.map((m) => levelOf(m.id, taxonomy));
  if (levels.some((l) => l === null)) return null;
  const lowest = (levels as DegreeId[]).reduce((a, b) => (degreeRank(b) < degreeRank(a) ? b : a));
  return { kind: 'taxonomy', id: lowest, label: taxonomy.label(lowest), typed: c.typed, presence: c.presence };
}

/** Words of a choice beside a degree that name no field of study (`同等工作经验`, `equivalent experience`). */
const NOT_A_FIELD = /经验|工作|同等|相当|experience|equivalent/iu;

/**
 * A choice that names degrees and then what to study (`a master's or PhD (CS, stats, math, EE or
 * similar)`, `硕士或博士（计算机、统计、数学）`): the degrees ask for the lowest of them, or higher, as a
 * choice of degrees alone does; the fields after them only rank (one of them, or something like them,
 * will do). Null for anything else.
 */
function degreesThenFields(c: Concept, taxonomy: Taxonomy): Concept[] | null {
  if (c.kind !== 'any' || c.presence === 'prohibited') return null;
  const first = c.members.findIndex((m) => !(m.kind === 'taxonomy' && DEGREE_LEVELS.has(m.id)));
  if (first <= 0) return null;
  // Fields, one of them known at least (`CS, stats`, `计算机、统计`); not experience instead of a degree
  // (`本科或者同等工作经验`).
  const rest = c.members.slice(first);
  if (
    !rest.some((m) => m.kind === 'taxonomy') ||
    rest.some((m) => (m.kind === 'taxonomy' ? levelOf(m.id, taxonomy) !== null : NOT_A_FIELD.test(m.typed)))
  )
    return null;
  const degrees = lowestDegree({ ...c, members: c.members.slice(0, first) }, taxonomy);
  if (!degrees) return null;
  const parts = c.typed.split(' | ');
  const fields: Concept =
    rest.length === 1
      ? { ...(rest[0] as TaxonomyConcept | TextConcept), presence: 'default' }
      : {
          ...c,
          members: rest,
          presence: 'default',
          typed: parts.length >= c.members.length ? parts.slice(first).join(' | ') : c.typed,
        };
  return [degrees, fields];
}

/**
 * A choice whose last member is the certificate of a thing (`AWS or Azure certification`: Azure's
 * certificate) and whose other members are things with certificates of their own: each of those
 * read as its certificate (AWS's), as the words share the one word `certification`. Null for
 * anything else (`AWS or an Azure certificate` is read the same; `Java or a PMP` has no such member).
 */
function certificateOfEach(c: Concept, taxonomy: Taxonomy): Concept | null {
  if (c.kind !== 'any' || c.presence === 'prohibited') return null;
  const last = c.members[c.members.length - 1];
  if (last?.kind !== 'taxonomy' || isCredentialRoot(last.id) || !credentialEntry(taxonomy, last.id)) return null;
  const of = (taxonomy.get(last.id)?.parents ?? []).filter((p) => !credentialEntry(taxonomy, p));
  if (of.length === 0) return null;
  let changed = false;
  const members = c.members.map((m) => {
    if (m === last || m.kind !== 'taxonomy' || credentialEntry(taxonomy, m.id)) return m;
    // Only a thing with one certificate of its own (Kubernetes has the CKA and the CKAD: either may be meant).
    const owns = taxonomy
      .descendants(m.id)
      .filter((d) => credentialEntry(taxonomy, d) && (taxonomy.get(d)?.parents ?? []).includes(m.id));
    const own = owns.length === 1 ? owns[0] : undefined;
    if (own === undefined) return m;
    changed = true;
    return { ...m, id: own, label: taxonomy.label(own) };
  });
  return changed ? { ...c, members } : null;
}

/**
 * The skill that natural years are about, or -1: the skill right after them (`8年以上Python开发经验`,
 * `5+ years of Java`, `at least 2 years Kubernetes`), or right before them when they end in an
 * experience word (`Go 3年以上经验`, `golang developer with 5+ years experience`). Only filler may
 * stand between; anything else (`golang 5年以上`, `kafka city:北京 5年以上`) leaves them total years.
 */
function skillNextToYears(
  concepts: readonly Concept[],
  context: NonNullable<ParsedQuery['yearsContext']>,
  taxonomy: Taxonomy,
): number {
  const nearest = nearestToYears(concepts, (c) => {
    if (c.kind !== 'taxonomy' || c.presence === 'prohibited') return Infinity;
    const sort = yearsSort(taxonomy.kind(c.id));
    // Years in a job family (`10年以上软件开发经验`) are the career's.
    if (sort === null || JOB_FAMILIES.has(c.id)) return Infinity;
    return yearsDistance(context, c.typed, sort);
  });
  let best = nearest.at;
  const bestDistance = nearest.distance;
  // `US Army veterans with at least 4 years of service`, `Navy, 5+ years active duty`: years of
  // service are in the one armed service asked for.
  const service = (c: Concept | undefined): c is TaxonomyConcept =>
    c?.kind === 'taxonomy' &&
    c.presence !== 'prohibited' &&
    (c.id === 'military' || taxonomy.ancestors(c.id).includes('military'));
  // (Nearest the years may be the word for who served: `US Army veterans with…`.)
  if ((best < 0 || service(concepts[best])) && SERVICE_AFTER.test(fold(context.after))) {
    const services = concepts.flatMap((c, i) => (service(c) ? [{ id: c.id, i }] : []));
    // The narrowest (`Navy veteran`: the Navy, not military service at large).
    const narrowest = services.filter((s) => !services.some((o) => o !== s && taxonomy.ancestors(o.id).includes(s.id)));
    const [only] = narrowest;
    if (only && narrowest.length === 1) return only.i;
  }
  // `5+ years of Unix shell scripting`: of technologies written one after another, the last is
  // the one the years are about (the head of the compound; Unix says which shell scripting). A
  // field after a tool says what the tool was for (`Selenium automation testing`, `Spring Boot
  // microservices`): the years stay with the tool.
  if (best >= 0 && Number.isInteger(bestDistance)) {
    const after = fold(context.after);
    const first = fold((concepts[best] as Concept).typed).trim();
    let end = after.indexOf(first) + first.length;
    for (let j = best + 1; end >= first.length && j < concepts.length; j++) {
      const c = concepts[j] as Concept;
      if (c.kind !== 'taxonomy' || c.presence === 'prohibited' || !TECH_KINDS.has(taxonomy.kind(c.id) ?? '')) break;
      const word = fold(c.typed).trim();
      const next = after.indexOf(word, end);
      if (next < 0 || !/^[ \t]+$/.test(after.slice(end, next))) break;
      best = j;
      end = next + word.length;
    }
  }
  return best;
}

/**
 * The choice of skills that natural years are about (see skillNextToYears: one of its members stands
 * where the skill would), or -1. Every member must be a thing years can be had with.
 */
function choiceNextToYears(
  concepts: readonly Concept[],
  context: NonNullable<ParsedQuery['yearsContext']>,
  taxonomy: Taxonomy,
): number {
  return nearestToYears(concepts, (c) => {
    if (c.kind !== 'any' || c.presence === 'prohibited' || c.members.length === 0) return Infinity;
    let distance = Infinity;
    const sorts = new Set<YearsSort>();
    for (const m of c.members) {
      const sort = m.kind === 'taxonomy' && !JOB_FAMILIES.has(m.id) ? yearsSort(taxonomy.kind(m.id)) : null;
      if (sort === null) return Infinity;
      sorts.add(sort);
      distance = Math.min(distance, yearsDistance(context, m.typed, sort));
    }
    // Two names of one thing make one member (`网络工程师或者网络管理员干满3年以上的`): the last name typed
    // stands next to the years (measured by each member's rule).
    for (const typed of c.typed.split(' | '))
      for (const sort of sorts) distance = Math.min(distance, yearsDistance(context, typed, sort));
    return distance;
  }).at;
}

/** The concept nearest the years by `distance` (Infinity: not about them), first of equals; -1 for none. */
function nearestToYears(
  concepts: readonly Concept[],
  distance: (c: Concept) => number,
): { at: number; distance: number } {
  let at = -1;
  let best = Infinity;
  concepts.forEach((c, i) => {
    const d = distance(c);
    if (d < best) {
      at = i;
      best = d;
    }
  });
  return { at, distance: best };
}

/** Years said to be of service (`4 years of service`, `5+ years active duty`). */
const SERVICE_AFTER = /^\s*(?:of\s+)?(?:active[\s-]duty|(?:military\s+)?service)\b/;

/** What natural years may be about: a skill, a trade (an industry) or a post (a role). */
export type YearsSort = 'skill' | 'trade' | 'post';

/** Which sort of thing years may be about a taxonomy entry of this kind is, or null for none (a city, a school…). */
export function yearsSort(kind: string | undefined): YearsSort | null {
  if (TRADE_KINDS.has(kind ?? '')) return 'trade';
  if (!SKILL_KINDS.has(kind ?? '')) return null;
  return kind === 'role' ? 'post' : 'skill';
}

/**
 * How far `typed` stands from natural years (characters of filler between), or Infinity when the
 * years are not about it: right after them, or right before them when they end in an experience
 * word (see skillNextToYears). Shared with the chat questions' reading (conversation/understand.ts).
 */
export function yearsDistance(
  context: NonNullable<ParsedQuery['yearsContext']>,
  typed: string,
  sort: YearsSort = 'skill',
): number {
  const trade = sort === 'trade';
  const filler = trade ? TRADE_FILLER : YEARS_FILLER;
  const word = fold(typed).trim();
  if (word === '') return Infinity;
  const after = fold(context.after);
  const before = fold(context.before);
  const a = after.indexOf(word);
  const b = before.lastIndexOf(word);
  const between = b >= 0 ? before.slice(b + word.length) : '';
  // Before the years: with an experience word after them (`Go 3年以上经验`); a trade also with the
  // word for its sector, its bodies or working in it (`房地产行业10年以上`, `在金融监管部门干过5年以上`,
  // `在酒店行业干过5年以上的`), or written right onto them in Chinese (`部队服役5年以上`); a post right
  // before them (`执业律师10年以上`, `董秘5年以上`).
  const tiedBefore =
    b >= 0 &&
    // `财务总监经验5年以上`: the experience word before the years.
    (EXPERIENCE_BEFORE.test(between) ||
      (context.experience
        ? // (`iOS开发，3年以上经验`: a comma may close the skill's clause.)
          (trade ? TRADE_BEFORE : filler).test(between.replace(/[,，]\s*$/u, '')) ||
          (sort === 'post' && TOTALLING.test(between))
        : (trade && TRADE_BEFORE.test(between) && (between.trim() !== '' || (between === '' && hasCjk(word)))) ||
          (sort === 'post' && (between === '' || TOTALLING.test(between) || HELD_FOR.test(between)) && hasCjk(word))));
  // A post with its years in English (`a shift supervisor with at least 3 years`); they give way to a
  // thing named after them (`Linux sysadmin with 3 years of Linux server administration`). Not the
  // post of whom one works for (`executive assistant to the CEO with 3+ years`).
  const withPost =
    b >= 0 &&
    !tiedBefore &&
    sort === 'post' &&
    !hasCjk(word) &&
    POST_WITH.test(between) &&
    !SERVING.test(before.slice(0, b));
  return Math.min(
    a >= 0 && filler.test(after.slice(0, a)) ? a : Infinity,
    tiedBefore ? before.length - (b + word.length) + 0.5 : Infinity,
    withPost ? YEARS_CONTEXT_SPAN : Infinity,
  );
}

/** A post and its years in English (`a shift supervisor with at least 3 years`). */
const POST_WITH = /^\s*(?:with|having)\s*$/i;
/**
 * What makes a post whom one serves (`assistant to the CEO`, `secretary for the chairman`, `worked under
 * a plant manager`); not whom a query looks for (`looking for a plant manager`).
 */
const SERVING =
  /(?:\bto|\b(?:assistant|secretary|aide|pa|deputy|reporting|reports?|work(?:ed|ing|s)?|serv(?:ed|ing|es?))\s+(?:for|under))\s+(?:(?:the|a|an|our|its)\s+)?$/i;
/** Farther than any distance within the text read around years (query-language's YEARS_CONTEXT). */
const YEARS_CONTEXT_SPAN = 1000;

/** Words that count a total, between a post and its years (`当独立董事累计5年以上`). */
const TOTALLING = /^\s*(?:累计|累积|总共|一共|合计)\s*$/u;
/** A verb of holding a post between it and its years (`党委书记干过3年以上`, `董秘做了5年`). */
const HELD_FOR = new RegExp(`^\\s*(?:${anyOf([...HELD_VERBS_ZH, '干了', '担任了', '任职'])})\\s*$`, 'u');

/** Experience written between a thing and its years (`财务总监经验5年以上`, `Java开发工作经验3年`). */
const EXPERIENCE_BEFORE = /^[\s的]*(?:开发|工作|从业|任职|管理)?(?:经验|经历)[\s:：]*$/;

/** Only spaces and the words of `lists` (a filler between years and what they are about). */
function fillerOf(...lists: readonly (readonly LexiconWord[])[]): RegExp {
  return new RegExp(`^(?:\\s|${anyOf(...lists)})*$`, 'i');
}
const TRADE_WORDS = [
  ...YEARS_SKILL_FILLER.zh,
  ...YEARS_SKILL_FILLER.en,
  ...YEARS_TRADE_FILLER.zh,
  ...YEARS_TRADE_FILLER.en,
];
/** What may stand between years and their skill: `of`, `with`, `的`, role words. */
const YEARS_FILLER = fillerOf(YEARS_SKILL_FILLER.zh, YEARS_SKILL_FILLER.en);
/** … and their trade: the words for a sector and for working in it too (`行业`, `干过`, `in the … industry`). */
const TRADE_FILLER = fillerOf(TRADE_WORDS);
/** … and before its years, its bodies too (`在金融监管部门干过5年以上`; not after: `5年以上公司金融经验`). */
const TRADE_BEFORE = fillerOf(TRADE_WORDS, TRADE_BODIES_ZH);

/**
 * A field named with its degree (`理学博士`, `工学硕士`): the field (the entry's broader one that is no
 * degree, for a field-and-degree entry such as 理学博士) and the degree, as concepts of the query;
 * any other concept as it is.
 */
function fieldAndDegree(c: TaxonomyConcept, taxonomy: Taxonomy): TaxonomyConcept[] {
  if (DEGREE_LEVELS.has(c.id) || taxonomy.kind(c.id) === 'degree') return [c];
  const suffix = /(博士|硕士|学士)$/.exec(c.typed.trim())?.[1];
  const degree = suffix ? taxonomy.lookup(suffix) : undefined;
  if (!suffix || !degree || !DEGREE_LEVELS.has(degree)) return [c];
  const ancestors = taxonomy.ancestors(c.id);
  // An entry under the degree is the degree and a field (理学博士), or a degree of its own (MBA).
  const fieldId = ancestors.includes(degree) ? ancestors.find((a) => !DEGREE_LEVELS.has(a)) : c.id;
  if (fieldId === undefined) return [c];
  const concept = (id: string, typed: string): TaxonomyConcept => ({
    kind: 'taxonomy',
    typed,
    id,
    label: taxonomy.label(id),
    presence: c.presence,
  });
  return [fieldId === c.id ? c : concept(fieldId, c.typed.trim().slice(0, -2)), concept(degree, suffix)];
}

/** `做开发的`, `安徽的开发有吗`: who develops (software), said of people; not 开发区 or 开发商. */
const DOES_DEVELOPMENT = /(?:(?:做|搞|干)(?:过|了)?|的)开发(?=的|有|吗|呢|[,.?!\s，。？！]|$)/u;

/** See {@link PROGRAMMER_WORDS}. */
const PROGRAMMERS: ReadonlySet<string> = new Set([...wordsOf(PROGRAMMER_WORDS.zh), ...wordsOf(PROGRAMMER_WORDS.en)]);

/** A programmer word (see {@link PROGRAMMER_WORDS}) as the software-engineer job family; null for any other concept. */
function programmerAsSoftware(c: Concept, taxonomy: Taxonomy, queryText: string): TaxonomyConcept | null {
  if (c.kind !== 'text' || c.phrase || c.presence === 'prohibited') return null;
  const word = foldQuery(c.typed).trim();
  // A bare 开发 only as said of who does it (`做开发的`, `安徽的开发有吗`): not 业务开发, 项目开发 or 开发区.
  if (!PROGRAMMERS.has(word) && !(word === '开发' && DOES_DEVELOPMENT.test(queryText))) return null;
  const id = 'software-engineer';
  return { kind: 'taxonomy', typed: c.typed, id, label: taxonomy.label(id), presence: c.presence };
}

/**
 * Job families (软件工程师, software engineer): broader than any skill or specialty in them, they
 * count in full only when the query names nothing more specific (see {@link specific}).
 */
const JOB_FAMILIES: ReadonlySet<string> = new Set(['software-engineer']);

/** A concept that says more about the job than a job family: anything known but a place, employer, school or degree. */
function specific(c: Concept, taxonomy: Taxonomy): boolean {
  if (c.presence === 'prohibited') return false;
  if (c.kind === 'any') return c.members.some((m) => specific(m, taxonomy));
  if (c.kind !== 'taxonomy' || JOB_FAMILIES.has(c.id) || DEGREE_LEVELS.has(c.id)) return false;
  return !['city', 'company', 'school', 'degree'].includes(taxonomy.kind(c.id) ?? '');
}

/** Two skills, certificates, trades… of one sort (kind, and for the broad kind `concept`, a broader concept in common). */
function sameSort(a: Concept, b: Concept, taxonomy: Taxonomy): boolean {
  // Places already read as a choice (`Bangalore, Hyderabad`) are of the sort of another place.
  if (a.kind === 'any') return a.members.length > 0 && a.members.every((m) => sameSort(m, b, taxonomy));
  // Names the taxonomy does not know (`C-DAC, NIIT or Aptech`): a list of them is of one sort.
  if (a.kind === 'text' && b.kind === 'text') return (unknownName(a) && unknownName(b)) || sameHead(a, b);
  return a.kind === 'taxonomy' && b.kind === 'taxonomy' && taxonomy.ofOneSort(a.id, b.id);
}

/**
 * Chinese words of one kind: a compound names a kind of its last word, so words that end alike
 * (`技术经济、工业经济或者产业经济`) are kinds of one thing.
 */
function sameHead(a: TextConcept, b: TextConcept): boolean {
  const x = Array.from(a.typed.trim());
  const y = Array.from(b.typed.trim());
  if (x.length < 3 || y.length < 3 || isWeak(a) || isWeak(b) || !x.every(isCjk) || !y.every(isCjk)) return false;
  return x.slice(-2).join('') === y.slice(-2).join('');
}

/** A single Latin word the taxonomy does not know, typed as a name is (`NIIT`, `C-DAC`), not a filler. */
function unknownName(c: TextConcept): boolean {
  return !c.phrase && c.literals.length === 0 && !isWeak(c) && /^[a-z][a-z0-9.&+-]*$/i.test(c.typed.trim());
}

const CJK_RUN = /^\p{Script=Han}+$/u;

/**
 * `六西格玛绿带或者黑带`: a member of Chinese words no entry knows after a known one that begins with
 * words it leaves out (六西格玛), when together they name a known term (六西格玛黑带), is that term.
 */
function sharedStarts(members: Concept[], taxonomy: Taxonomy): Concept[] {
  return members.map((m, i) => {
    const before = members[i - 1];
    if (m.kind !== 'text' || m.phrase || before?.kind !== 'taxonomy') return m;
    const own = m.typed.trim();
    const theirs = Array.from(before.typed.trim());
    if (!CJK_RUN.test(own) || !CJK_RUN.test(theirs.join(''))) return m;
    for (let length = theirs.length - 1; length >= 2; length--) {
      const joined = theirs.slice(0, length).join('') + own;
      const id = taxonomy.lookup(joined);
      if (id) return { kind: 'taxonomy', typed: joined, id, label: taxonomy.label(id), presence: m.presence };
    }
    return m;
  });
}

/**
 * One term's concepts with a concept said twice over made one (`建筑施工`: 建筑 and 施工 both name
 * construction): said twice, it would count twice.
 */
function mergeRepeats(concepts: Concept[]): Concept[] {
  const out: Concept[] = [];
  for (const c of concepts) {
    const last = out[out.length - 1];
    if (last?.kind === 'taxonomy' && c.kind === 'taxonomy' && last.id === c.id && last.presence === c.presence) {
      out[out.length - 1] = { ...last, typed: last.typed + c.typed };
    } else out.push(c);
  }
  return out;
}

/**
 * A choice of several Latin words no known name covers (`San Diego` in `California (Bay Area, LA,
 * San Diego)`): one choice, of a résumé with all its words, not its first word alone; and one of
 * a list of examples (QueryTerm#example), one choice however many things it names.
 */
function oneChoice(term: QueryTerm, analyzed: Concept[], taxonomy: Taxonomy, firmsAsked = false): Concept[] {
  if (term.group === undefined) return analyzed;
  // An office named by whose it is (`总经理办公室`, `总裁办`): the item as written, not the post.
  if (
    OFFICE_NAME.test(term.text.trim()) &&
    analyzed.some((c) => c.kind === 'taxonomy' && taxonomy.kind(c.id) === 'role')
  )
    return asWritten(term, taxonomy);
  if (analyzed.length < 2) return analyzed;
  // One of a list of examples (`Salesforce开发者认证`, `a state CPA society`): the most specific
  // thing it names is the choice; the words around it say what the list is of, said before it.
  // In English the last word is the head (`a state CPA society` is a society): the choice is the words.
  if (term.example && hasCjk(term.text)) {
    const known = analyzed.filter((c): c is TaxonomyConcept => c.kind === 'taxonomy' && !isWeak(c));
    // A place and a trade (`北京银行`), or, where firms or schools are asked for, a word the taxonomy
    // does not know (`上海大众、上海通用这种合资厂`), name one firm: the item as written. (A place and a
    // firm, `杭州阿里`, are read as ever; so are a place and a district or a word for around it,
    // `深圳南山、广州天河这种`, `北京地区`.)
    const [first] = analyzed;
    const rest = known.filter((c) => c !== first);
    const unknown = analyzed.slice(1);
    if (
      first &&
      first === known[0] &&
      isPlace(first, taxonomy) &&
      ((rest.length > 0 && rest.every((c) => taxonomy.kind(c.id) === 'industry')) ||
        (firmsAsked &&
          rest.length === 0 &&
          unknown.length > 0 &&
          unknown.every((c) => c.kind === 'text' && !isWeak(c) && !PLACE_TAIL.test(c.typed.trim()))))
    )
      return asWritten(term, taxonomy);
    // The narrowest: SAP ABAP of `SAP ABAP认证`, not SAP.
    const narrow = known.filter((c) => !known.some((d) => d !== c && taxonomy.ancestors(d.id).includes(c.id)));
    // Of posts only, the one written last is what the item is, the one before it whose (`董事长秘书`: a
    // secretary); a firm before a post says whose (`华为销售`), and stays the choice.
    const last = narrow[narrow.length - 1];
    const posts = narrow.length > 1 && narrow.every((c) => taxonomy.kind(c.id) === 'role');
    const narrowest = posts && last ? last : narrow[0];
    if (narrowest) return [narrowest];
  }
  if (hasCjk(term.text) || !/\s/.test(term.text.trim())) return analyzed;
  const words = analyzed.filter((c): c is TextConcept => c.kind === 'text' && !c.phrase && c.literals.length === 0);
  if (words.length !== analyzed.length && !term.example) return analyzed;
  // Each word as written (a known one too: CPA of `a state CPA society` is one of its words).
  const terms = analyzed.flatMap((c) =>
    c.kind === 'text'
      ? c.terms
      : analyzeTerm({ text: c.typed, phrase: true, presence: 'default' }, taxonomy).flatMap((p) =>
          p.kind === 'text' ? p.terms : [],
        ),
  );
  return [{ kind: 'text', typed: term.text, terms: [...new Set(terms)], literals: [], presence: term.presence }];
}

/** One item of a choice as written, a name of one thing (`北京银行`, `总经理办公室`). */
function asWritten(term: QueryTerm, taxonomy: Taxonomy): Concept[] {
  return analyzeTerm({ ...term, phrase: true }, taxonomy).map((c) =>
    c.kind === 'text'
      ? { kind: 'text', typed: c.typed, terms: c.terms, literals: c.literals, presence: c.presence }
      : c,
  );
}

/** An office named by a post or a body before it (`总经理办公室`, `总裁办`, `党委办公室`). */
const OFFICE_NAME = /^\p{Script=Han}{2,}(?:办公室|办)$/u;

/** Words for a place's surroundings (`北京地区`, `上海周边`): with a place, still the place. */
const PLACE_TAIL = /^(?:地区|一带|周边|附近|那边|这边|那块|当地|本地|市区|城区|区域|片区|地方|方向|以外)$/u;

/** A word for firms or schools (`合资厂`, `企业`, `公司`, `学校`). */
const FIRM_WORD = /厂|企业|公司|集团|银行|单位|机构|品牌|学校|大学|院校|高校|车企|药企/u;

/** A word for a professional title (`职称`). */
const TITLE_WORD = /职称/u;

/** A term's concepts; one of a list of titles (see conceptsOf) read as the title its word names. */
function analyzeTitle(term: QueryTerm, taxonomy: Taxonomy, titlesAsked: boolean): Concept[] {
  const listed = term.group !== undefined || term.listed === true || term.example === true;
  const text = term.text.trim();
  if (titlesAsked && listed && hasCjk(text) && !TITLE_WORD.test(text)) {
    const id = taxonomy.lookup(foldQuery(`${text}职称`));
    const [title] = id ? analyzeTerm({ ...term, text: `${text}职称` }, taxonomy) : [];
    if (title?.kind === 'taxonomy' && title.id === id) return [{ ...title, typed: term.text }];
  }
  return analyzeTerm(term, taxonomy);
}

/**
 * What a thing asked is said to be, after it (`PMP证书`, `高级会计师职称`, `Java经验`): a credential's word
 * or a weak word that is no post's head.
 */
function saysWhatItIs(c: Concept): boolean {
  if (c.kind === 'taxonomy') return isCredentialRoot(c.id);
  return isWeak(c) && !isPostWord(c.typed);
}

/** Words for a part of a place (`Northern Virginia`, `upstate NY`), which the place stands for. */
const DIRECTION =
  /^(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|central|upstate|downstate)$/i;

/**
 * A part of a place no entry knows (`Maryland, Northern Virginia or Washington DC`, `Yangzhou or northern
 * Jiangsu`) is the place: the word for the part goes, and the place takes its place in the list or the
 * choice it stood in.
 */
function withoutDirections(terms: readonly QueryTerm[], taxonomy: Taxonomy): QueryTerm[] {
  const out: QueryTerm[] = [];
  // The place's own choice joins the one the part stood in (`or northern Jiangsu (Xuzhou, Yancheng)`).
  const joined = new Map<number, number>();
  for (let t = 0; t < terms.length; t++) {
    const at = terms[t] as QueryTerm;
    const term = at.group !== undefined && joined.has(at.group) ? { ...at, group: joined.get(at.group) } : at;
    const next = terms[t + 1];
    const text = term.text.trim();
    if (
      next &&
      !term.phrase &&
      term.presence === next.presence &&
      DIRECTION.test(text) &&
      // `Eastern Michigan University`, `Western Sydney University`: a school's name, not a part of the place.
      !/^(?:university|college|institute|state|univ|school)$/i.test(terms[t + 2]?.text.trim() ?? '') &&
      taxonomy.lookup(foldQuery(`${text} ${next.text.trim()}`)) === undefined
    ) {
      const [place] = analyzeTerm(next, taxonomy);
      if (place && isPlace(place, taxonomy)) {
        if (next.group !== undefined && term.group !== undefined) joined.set(next.group, term.group);
        out.push({
          ...next,
          ...(term.group !== undefined ? { group: term.group } : {}),
          ...(term.listed ? { listed: true } : {}),
        });
        t++;
        continue;
      }
    }
    out.push(term);
  }
  return out;
}

/** The query's terms as concepts: multi-word skills joined, alternatives grouped. */
function conceptsOf(parsed: ParsedQuery, taxonomy: Taxonomy): Concept[] {
  const out: Concept[] = [];
  const groups = new Map<
    number,
    {
      typed: string[];
      members: Concept[];
      presence: QueryTerm['presence'];
      at: number;
      refersBack?: true;
      ownClause?: true;
      /** A member typed that names nothing (`top management or on the board`: `on`). */
      lost?: true;
    }
  >();
  // The terms just before, joined to each other by commas, each one concept (`CISSP, CISM` before `or CEH`).
  let list: Concept[] = [];
  // The last concepts of terms of several (`一路做到总工程师`: 总工程师), which may start a list.
  const tails = new Set<Concept>();
  const terms = withoutDirections(groupTerms(parsed.terms, taxonomy), taxonomy);
  /** A place just after a choice of places only (`Bangalore or Pune, Chennai`), which may join that choice. */
  const placeChoiceBefore = (term: QueryTerm, analyzed: readonly Concept[]) => {
    const group = [...groups.values()].find((g) => g.at === out.length - 1);
    const [place] = analyzed;
    return group &&
      analyzed.length === 1 &&
      place &&
      isPlace(place, taxonomy) &&
      group.presence === term.presence &&
      group.members.length > 0 &&
      group.members.every((m) => isPlace(m, taxonomy))
      ? { group, place }
      : null;
  };
  /** A city of a state or province among `places`: a state holds cities only; a region (华北, the Midwest) or a country holds more. */
  const inStateOf = (place: Concept, places: readonly Concept[]): boolean =>
    place.kind === 'taxonomy' &&
    taxonomy.descendants(place.id).length === 0 &&
    places.some(
      (m) =>
        m.kind === 'taxonomy' &&
        (taxonomy.get(place.id)?.parents ?? []).includes(m.id) &&
        taxonomy.descendants(m.id).every((d) => taxonomy.descendants(d).length === 0),
    );
  // Professional titles asked for (`经济师、会计师或者工程师这类职称`): a bare 工程师 or 会计师 in a list or a
  // choice is that title (工程师职称, 会计师职称), not any engineer nor accounting work.
  const titlesAsked = terms.some((t) => TITLE_WORD.test(t.text));
  // Firms or schools asked for (`…这种合资厂`, `…这些学校`): a place and a word no entry knows is one's name.
  const firmsAsked = terms.some((t) => FIRM_WORD.test(t.text));
  for (const [t, term] of terms.entries()) {
    // `Oracle E-Business Suite (EBS)`: an abbreviation of a known name is that name, already read
    // (EBS alone is also Amazon's Elastic Block Store).
    if (term.abbreviates?.some((words) => taxonomy.lookup(words) !== undefined)) continue;
    const analyzed = oneChoice(term, mergeRepeats(analyzeTitle(term, taxonomy, titlesAsked)), taxonomy, firmsAsked);
    const listBefore = term.listed ? list : [];
    // A term of several things (`一路做到总工程师`) starts a list with its last one, the one the 、 joins.
    const lastOf = analyzed[analyzed.length - 1];
    list =
      analyzed.length === 1
        ? [...listBefore, analyzed[0] as Concept]
        : lastOf?.kind === 'taxonomy' && !isWeak(lastOf)
          ? [lastOf]
          : [];
    if (analyzed.length > 1 && lastOf) tails.add(lastOf);
    // What ends a clause before a list made with 、 joins that list only if of its sort (see QueryTerm#afterClause).
    if (terms[t + 1]?.afterClause && lastOf) tails.add(lastOf);
    if (term.group === undefined) {
      // `青海、宁夏`, `Houston, Dallas, Austin`: places listed one after another are where one may
      // be, a choice (nobody is in both). A name in the list the taxonomy does not know (`Mumbai, Pune,
      // Solapur, Nagpur`) stays a word asked, and the places after it are still of the choice.
      const unknown = out[out.length - 1];
      const skipped =
        term.listed &&
        terms[t - 1]?.listed === true &&
        unknown?.kind === 'text' &&
        !unknown.phrase &&
        !isWeak(unknown) &&
        !/\s/.test(unknown.typed.trim()) &&
        out.length >= 2 &&
        isPlace(out[out.length - 2] as Concept, taxonomy)
          ? unknown
          : null;
      const last = skipped ? out[out.length - 2] : out[out.length - 1];
      const place = analyzed[0];
      // `Illinois or Wisconsin - Chicago, Milwaukee`: a city of a place of the choice of places just
      // before, and the places listed after it, are more of that choice (as after one state).
      const placesBefore = skipped ? null : placeChoiceBefore(term, analyzed);
      if (placesBefore && (term.listed || inStateOf(placesBefore.place, placesBefore.group.members))) {
        placesBefore.group.typed.push(placesBefore.place.typed);
        placesBefore.group.members.push(placesBefore.place);
        continue;
      }
      // `Andhra Pradesh - Vizag, Vijayawada`, `广东 深圳`: a state or province, then a city of it, are one
      // choice too (any of the list that follows joins it). Not a country or a region and the
      // places that make it what the recruiter means (`India - Delhi, Mumbai`, `华北 北京`): those
      // places are the choice. A state is inside another place (Florida in the United States); a
      // city holds none.
      const inside =
        !term.listed &&
        place !== undefined &&
        last?.kind === 'taxonomy' &&
        taxonomy.kind(last.id) === 'city' &&
        (taxonomy.get(last.id)?.parents ?? []).length > 0 &&
        inStateOf(place, [last]);
      if (
        (term.listed || inside) &&
        place &&
        last &&
        isPlace(place, taxonomy) &&
        isPlace(last, taxonomy) &&
        (last.kind === 'any' ? last.presence !== 'prohibited' : last.presence === place.presence) &&
        place.presence !== 'prohibited'
      ) {
        if (skipped) out.pop();
        out.pop();
        const members = [...(last.kind === 'any' ? last.members : [last]), place];
        const merged = alternatives(members, members.map((m) => m.typed).join(' | '), term.presence);
        out.push(...merged, ...(skipped ? [skipped] : []), ...analyzed.slice(1));
        // The places so far are one item of the list a choice may end (`Bangalore, Hyderabad, Chennai or Kerala`).
        list = analyzed.length === 1 && merged.length === 1 ? [merged[0] as Concept] : [];
        continue;
      }
      out.push(...analyzed);
      continue;
    }
    // `Unity或Cocos游戏开发`: only the concept next to the connector is an alternative (Cocos);
    // the rest of the term (游戏开发) is a concept of its own.
    const group = groups.get(term.group);
    if (group) {
      const [member, ...rest] = analyzed;
      if (member) {
        group.typed.push(member.typed);
        group.members.push(member);
      } else group.lost = true;
      out.push(...rest);
    } else {
      // `Uttarakhand (Dehradun, Roorkee), Himachal Pradesh or Jammu & Kashmir`: a choice of places listed
      // right after another choice of places is more of it (places listed one after another are one
      // choice, nobody is in both).
      const previous = term.listed ? placeChoiceBefore(term, analyzed) : null;
      if (previous) {
        previous.group.typed.push(previous.place.typed);
        previous.group.members.push(previous.place);
        groups.set(term.group, previous.group);
        continue;
      }
      // `保险公司或者基金公司`: the choice is of insurers or fund companies, not of 公司, which the
      // next choice ends with too: the word before it is the choice.
      const last = analyzed[analyzed.length - 1];
      const next = terms.find((n, k) => k > t && n.group === term.group)?.text.trim() ?? '';
      const before = analyzed[analyzed.length - 2];
      const shared =
        before?.kind === 'taxonomy' &&
        !isWeak(before) &&
        last !== undefined &&
        isWeak(last) &&
        next.indexOf(last.typed) > 0;
      // The thing next to the connector, not a word of talk after it (`PMP证书或者CPA`: PMP; `做过Java开发或者Go`: Java).
      // Of several things before it, the last of the sort of the thing after it (`国企财务管理经验，或者外企`: 国企).
      const after = terms.find((n, k) => k > t && n.group === term.group);
      const other = after ? analyzeTerm(after, taxonomy).find((c) => !isWeak(c)) : undefined;
      const things = analyzed.flatMap((c, k) => (!isWeak(c) && !saysWhatItIs(c) ? [k] : []));
      const strongest =
        things.findLast((k) => other !== undefined && sameSort(analyzed[k] as Concept, other, taxonomy)) ??
        things[things.length - 1] ??
        -1;
      const pick = shared
        ? analyzed.length - 2
        : term.connected && last && saysWhatItIs(last) && strongest >= 0
          ? strongest
          : analyzed.length - 1;
      const member = analyzed[pick];
      out.push(...analyzed.filter((_c, k) => k !== pick));
      // `CISSP, CISM or CEH`, `Python、Java或Go`: a list of the same sort of thing before the first
      // alternative is one choice with it (`Java, Spring, MySQL or PostgreSQL` keeps Java and Spring);
      // any list, where the query says any will do (`华能、大唐、华电或者中电投出来的都行`).
      // A choice that is no known thing (`STM32、51或者Arduino都行`: 51) still takes in the list.
      const taken: Concept[] = [];
      if (analyzed.length <= 1) {
        for (let j = listBefore.length - 1; j >= 0; j--) {
          const c = listBefore[j] as Concept;
          // (Places read as one choice are required, whatever was typed: they are of the list unless it excludes.)
          const placesBefore = c.kind === 'any' && c.presence === 'required' && isPlace(c, taxonomy);
          const sameSign = c.presence === term.presence || (placesBefore && term.presence === 'default');
          if (out[out.length - 1] !== c || !sameSign) break;
          // Unless the query says any will do, only things of one sort make one list with it; the last
          // thing of a clause's words (`河南那边做财务的，郑州、洛阳…都行`: 财务), or what stands before a list
          // pointing back to it (`做财务的，郑州、洛阳这些地方都行`), only ever of its sort.
          if ((!parsed.anyWillDo || tails.has(c) || term.refersBack) && (!member || !sameSort(c, member, taxonomy)))
            break;
          taken.unshift(out.pop() as Concept);
        }
      }
      const members = member ? [...taken, member] : taken;
      groups.set(term.group, {
        typed: members.map((m) => m.typed),
        members,
        presence: term.presence,
        at: out.length,
        ...(term.refersBack ? { refersBack: true as const } : {}),
        ...(term.afterClause && taken.length === 0 ? { ownClause: true as const } : {}),
      });
      out.push({ kind: 'any', typed: '', members: [], presence: 'required' }); // placeholder, replaced below
    }
  }
  // (A group taken into the one before it is one placeholder: see above.)
  const placeholders = [...new Set(groups.values())];
  let next = 0;
  return out.flatMap((c) => {
    if (c.kind !== 'any' || c.typed !== '' || c.members.length > 0) return [c];
    const g = placeholders[next++];
    if (!g) return [];
    // A choice one of whose members named nothing is no choice of the one left: it is asked as typed.
    if (g.lost && g.members.length === 1) return g.members;
    const choice = alternatives(sharedStarts(g.members, taxonomy), g.typed.join(' | '), g.presence);
    const flags = {
      ...(g.refersBack ? { refersBack: true as const } : {}),
      ...(g.ownClause ? { ownClause: true as const } : {}),
    };
    return choice.map((a) => (a.kind === 'any' ? { ...a, ...flags } : a));
  });
}

/**
 * The posts the query asks as themselves or higher, said right after them (`副总经理以上`, `副总经理级别以上`,
 * `deputy GM and up`, `deputy GM or higher`); not `以上条件` (the conditions above).
 */
function postsOrHigher(query: string, concepts: readonly Concept[]): Set<Concept> {
  const text = query.slice(0, MAX_QUERY_CHARS).toLowerCase();
  const out = new Set<Concept>();
  for (const c of concepts) {
    if (c.kind !== 'taxonomy') continue;
    if (POST_OR_HIGHER.test(textAfter(text, c.typed.trim().toLowerCase(), 24) ?? '')) out.add(c);
  }
  return out;
}

/** The `length` characters of `text` right after where `typed` first stands in it; null where it does not. */
function textAfter(text: string, typed: string, length: number): string | null {
  const at = typed === '' ? -1 : text.indexOf(typed);
  return at < 0 ? null : text.slice(at + typed.length, at + typed.length + length);
}

const POST_OR_HIGHER =
  /^(?:\s*(?:级别|级)?\s*(?:及|或)?以上(?!条件|要求|内容|所述|信息|几)|\s+(?:level\s+)?(?:and|or)\s+(?:up|above|higher)\b)/u;
