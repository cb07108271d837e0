import {
  parseQuery,
  describeYears,
  saysOrHigher,
  type ParsedQuery,
  type YearsRange,
} from '../search/query-language.js';
import { localLabel, type Taxonomy, type TaxonomyHit } from '../taxonomy/taxonomy.js';
import { fold, toPlain } from '../text/fold.js';
import { toSimplified } from '../text/traditional-chinese.js';
import { yearsShort } from '../search/concepts.js';
import { yearsDistance, yearsSort } from '../search/search.js';
import { localeFor, t, type Locale } from '../i18n/index.js';
import {
  ALTERNATIVES,
  anyOf,
  COMMANDS,
  CONNECTORS,
  EDGE_FILLER,
  FUNCTION_WORD_SET,
  NAME_JOINERS,
  NEGATION_END,
  NEGATIONS,
  QUESTION_FILLER,
  SEARCH_MARKERS,
  SPACED_CONNECTORS,
  wordsOf,
} from '../i18n/lexicon.js';
import { HAN, HAN_CHARS, hasCjk, isCjk } from '../text/cjk.js';

/**
 * Questions in chat → the same request a slash command would make, without an external LLM.
 * `@bot 谁做过消息队列，5年以上？` becomes a search for `消息队列 years:>=5` and says so
 * ("搜索：消息队列 · 5年以上"); `@bot compare 张林伟 and 王军飞` becomes a comparison.
 */

export type Intent = 'search' | 'show' | 'similar' | 'compare' | 'shortlist' | 'stats' | 'help' | 'reload';

export interface Understanding {
  readonly intent: Intent;
  readonly locale: Locale;
  /** For `search`: the query in the slash-command language (`消息队列 city:北京 years:>=5`). */
  readonly query: string;
  /** For `show`, `similar`, `compare`: the names or ids asked about. */
  readonly targets: readonly string[];
  /** What was understood, to show the asker. */
  readonly constraints: {
    readonly terms: readonly string[];
    readonly years: YearsRange | null;
    readonly city: string | null;
    readonly degree: string | null;
    readonly company: string | null;
    /** Years with one skill (`3年以上Go经验`), apart from total `years`. */
    readonly skillYears?: { readonly term: string; readonly years: YearsRange };
  };
  /** "搜索：Kafka · 5年以上 · 北京" / "Searching: Kafka · 5+ years · Beijing". */
  readonly summary: string;
}

export interface UnderstandOptions {
  /** `auto` picks the asker's language from the question. */
  readonly locale?: 'auto' | Locale;
}

/** Slack `<@U123ABC>` / `<@U1|name>` / `<!here>`, Feishu `@_user_1`, and a leading `@name`. */
const MENTION = new RegExp(String.raw`<[@!][\w.-]+(?:\|[^>]*)?>|@_user_\d+|^\s*@[\w.${HAN_CHARS}-]+`, 'gu');
const MAX_QUESTION = 500;

const HELP = new RegExp(`^(?:${anyOf(COMMANDS.help.zh, COMMANDS.help.en)})$`, 'i');
const RELOAD = new RegExp(`^(?:${anyOf(COMMANDS.reload.zh, COMMANDS.reload.en)})$`, 'i');
const STATS =
  /^(?:\/?stats|statistics|pool (?:stats|size)|how many (?:résumés|resumes|candidates|cvs|people)(?: do we have| are there)?|(?:人才库|简历库)?(?:统计|概况|情况)|(?:人才库|简历库)?(?:里)?有?多少(?:份简历|人|个候选人|候选人|简历)?)$/i;
const SHORTLIST =
  /^(?:\/?shortlist|(?:show |list |my |our )?(?:the )?shortlist(?:ed)?(?: candidates)?|(?:我的|我们的)?(?:候选名单|短名单|收藏(?:的候选人|夹)?|备选名单))$/i;
const COMPARE = new RegExp(String.raw`^(?:${anyOf(COMMANDS.compare.zh, COMMANDS.compare.en)})\s*(.+)$`, 'i');
const VERSUS = new RegExp(String.raw`^(.+?)\s+(?:${anyOf(COMMANDS.versus.zh, COMMANDS.versus.en)})\s+(.+)$`, 'i');
const SIMILAR = [
  new RegExp(String.raw`^(?:${anyOf(COMMANDS.similar.en, COMMANDS.similar.zh)})\s+(.+)$`, 'i'),
  /^(?:找|推荐)?(?:和|跟|与|像)\s*(.+?)\s*(?:类似|相似|差不多|一样)的?(?:人|候选人|简历)?$/,
];
const SHOW = [
  new RegExp(
    String.raw`^(?:${anyOf(COMMANDS.show.en, COMMANDS.show.zh)})\s*(.+?)(?:\s*的?(?:${anyOf(COMMANDS.profile.zh)}))?$`,
    'i',
  ),
  new RegExp(String.raw`^(.+?)\s*的(?:${anyOf(COMMANDS.profile.zh)})$`),
  new RegExp(String.raw`^(.+?)(?:'s)?\s+(?:${anyOf(COMMANDS.profile.en)})$`, 'i'),
];

/** Multi-character Chinese filler, in the lexicon's order (longer before the shorter words they contain). */
const ZH_FILLER = wordsOf(QUESTION_FILLER.zh);
/** Stands for "or" between two alternatives while filler is removed. */
const OR_MARK = '\uE001';
/** Single Chinese characters that are filler only at the edge of a run (`会计师` keeps its 会). */
const ZH_EDGE = new Set(Array.from(EDGE_FILLER.chars));
const EN_FILLER = new RegExp(`\\b(?:${anyOf(QUESTION_FILLER.en)})\\b`, 'gi');
const NEGATED_ZH = new RegExp(
  String.raw`(?:${anyOf(NEGATIONS.zh)})\s*([A-Za-z][\w.+#-]*|${HAN}{2,8}?)(?=\s*(?:${anyOf(NEGATION_END)}|的|,|，|、|$|\s|${HAN}))(?:\s*(?:${anyOf(NEGATION_END)}))?`,
  'g',
);
const NEGATED_EN = new RegExp(String.raw`\b(?:${anyOf(NEGATIONS.en)})\s+([A-Za-z][\w.+#-]*)`, 'gi');
/** A word of a question, or a known term kept aside (see extractTerms). */
const CHOICE_WORD = String.raw`(?:[A-Za-z][\w+#.-]*|\uE000\d+\uE000)`;
/** A choice's marker, an article and its word, and the word after it if one follows in the clause. */
const OR_ARTICLE = new RegExp(
  String.raw`${OR_MARK}\s+(?:a|an|the)\s+(${CHOICE_WORD})(?:[ \t]+(${CHOICE_WORD}))?`,
  'gi',
);
const OR_WORDS = new RegExp(
  String.raw`\s+(?:${anyOf(ALTERNATIVES.en)})\s+|\s*[|｜/]\s*|${anyOf(ALTERNATIVES.zh)}`,
  'giu',
);
/** A list joined by 、 closed by words for examples or for "any will do" (`…这种`, `…出来的都行`). */
const CHOICE_LIST =
  /((?:[^,，。；;！!？?()（）、]{1,40}、)+[^,，。；;！!？?()（）、]{1,40}?)\s*(这种|这类|之类|(?:出来)?的?都行|都可以|都算)(?=$|[\s,，。；;！!？?的])/gu;
/** Words that make a list the things not wanted (`除了阿里、腾讯以外的都行`). */
const EXCLUDED_LIST = /除了|不要|不是|以外|之外|除外/u;
/** Punctuation and connectors: they separate terms that are all wanted. */
const SEPARATORS = new RegExp(
  String.raw`[?？!！。,，、;；:：()（）[\]【】"“”'‘’~～…·|/\\]+|\s(?:${anyOf(SPACED_CONNECTORS)})\s|${anyOf(CONNECTORS.zh, CONNECTORS.en)}`,
  'gu',
);
const NAME_SEPARATOR = new RegExp(
  String.raw`\s*(?:,|，|、|\b(?:${anyOf(NAME_JOINERS.en)})\b|${anyOf(NAME_JOINERS.zh)})\s*`,
  'i',
);
const SEARCH_WORDS = new RegExp(String.raw`\b(?:${anyOf(SEARCH_MARKERS.en)})\b|${anyOf(SEARCH_MARKERS.zh)}`, 'i');

/** Understands a chat question. Total: any text gives an {@link Understanding}. */
export function understand(question: string, taxonomy: Taxonomy, options: UnderstandOptions = {}): Understanding {
  const raw = typeof question === 'string' ? question : '';
  const text = toPlain(raw.replace(MENTION, ' '))
    .slice(0, MAX_QUESTION)
    .replace(/^\s*\/candidate\b/i, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const locale = localeFor(text, options.locale ?? 'auto');
  const bare = text.replace(/[?？!！。.,，、~～]+$/u, '').trim();
  const none = { terms: [], years: null, city: null, degree: null, company: null };
  const simple = (intent: Intent, targets: readonly string[] = []): Understanding => {
    // "similar to 王小兵" is English: judge the language without the names in it.
    const rest = targets.reduce((t, name) => t.split(name).join(' '), bare);
    const own: Locale =
      options.locale && options.locale !== 'auto'
        ? options.locale
        : hasCjk(rest) || !/[a-z]{2}/i.test(rest)
          ? locale
          : 'en';
    return {
      intent,
      locale: own,
      query: '',
      targets,
      constraints: none,
      summary: summarise(intent, targets, none, own),
    };
  };

  if (bare === '' || HELP.test(bare)) return simple('help');
  if (RELOAD.test(bare)) return simple('reload');
  if (STATS.test(bare)) return simple('stats');
  if (SHORTLIST.test(bare)) return simple('shortlist');
  const compare = COMPARE.exec(bare) ?? null;
  if (compare?.[1]) return simple('compare', splitNames(compare[1]));
  const versus = VERSUS.exec(bare);
  if (versus?.[1] && versus[2])
    return simple('compare', [...splitNames(versus[1]), ...splitNames(versus[2])].slice(0, 3));
  for (const pattern of SIMILAR) {
    const m = pattern.exec(bare);
    if (m?.[1]) return simple('similar', [cleanName(m[1])]);
  }
  for (const pattern of SHOW) {
    const m = pattern.exec(bare);
    if (m?.[1] && !looksLikeSearch(m[1], taxonomy)) return simple('show', [cleanName(m[1])]);
  }
  return search(text, locale, taxonomy);
}

/** The search a question asks for: filler out, constraints into filters. */
function search(question: string, locale: Locale, taxonomy: Taxonomy): Understanding {
  // Traditional characters folded (length-preserving) so filler such as 工程師 is recognised.
  const text = toSimplified(question);
  // Years first (`5年以上`, `至少三年`, `5+ years`), through the query language's own reader.
  const yearsOnly = parseQuery(text);
  let rest = yearsOnly.years ? withoutYears(yearsOnly) : text;
  // `+rust` / `-java` keep their meaning; so do negations in words (`不会Java`, `除了美团以外`,
  // `not java`, `rust but no c++`, `without php`).
  const signed: string[] = [];
  rest = rest
    .replace(NEGATED_ZH, (_m, word: string) => {
      signed.push(negate(word, taxonomy));
      return ' ';
    })
    .replace(NEGATED_EN, (_m, word: string) => {
      signed.push(negate(word, taxonomy));
      return ' ';
    });
  rest = rest.replace(/(^|\s)([+-])([^\s:：]+)(?=\s|$)/g, (_m, space: string, sign: string, word: string) => {
    signed.push(`${sign}${word}`);
    return space;
  });
  // Keep the query language's own syntax when someone writes it in a question.
  const explicit = parseQuery(rest);
  const filters: string[] = explicit.filters.map(
    (f) => `${f.negated ? '-' : ''}${f.field}:${/\s/.test(f.value) ? `"${f.value}"` : f.value}`,
  );
  rest = rest.replace(/(?:^|\s)-?[\p{L}_]+[:：](?:"[^"]*"|\S+)/gu, ' ');

  // Known things in the question: cities, companies and degrees become filters, skills stay terms.
  const folded = fold(rest);
  const hits = taxonomy.findAll(folded, rest);
  let city: string | null = null;
  let degree: string | null = null;
  let company: string | null = null;
  const protectedSpans: { start: number; end: number; keep: boolean }[] = [];
  const companies = hits.filter((h) => taxonomy.kind(h.id) === 'company');
  for (const hit of hits) {
    const kind = taxonomy.kind(hit.id);
    const written = rest.slice(hit.start, hit.end);
    if (kind === 'city' && !city) {
      city = written;
      protectedSpans.push({ start: hit.start, end: hit.end, keep: false });
    } else if (kind === 'degree' && !degree) {
      degree = written;
      protectedSpans.push({ start: hit.start, end: hit.end, keep: false });
    } else if (kind === 'company' && !company && !inList(rest, hit, companies)) {
      company = written;
      protectedSpans.push({ start: hit.start, end: hit.end, keep: false });
    } else protectedSpans.push({ start: hit.start, end: hit.end, keep: true });
  }
  const terms = [...extractTerms(rest, protectedSpans), ...signed];
  if (city) filters.push(`city:${city}`);
  // `大专及以上`, `at least a master's`: the filter says so, or search reads the degree as asked exactly.
  if (degree) filters.push(saysOrHigher(rest) ? `degree:${degree} 以上` : `degree:${degree}`);
  if (company) filters.push(`company:${company}`);
  // Years next to a skill (`谁有3年以上Go经验`, `who has 5+ years of Java`) are years with it: the
  // query says so in the natural form the query language ties the same way (`3年以上Go经验`).
  let years = yearsOnly.years;
  const context = yearsOnly.yearsContext;
  let tied = -1;
  let tiedLabel: string | null = null;
  let skillYears: { term: string; years: YearsRange } | null = null;
  if (context) {
    let bestDistance = Infinity;
    terms.forEach((t, i) => {
      const id = /^[+-]/.test(t) || /\s/.test(t) ? undefined : taxonomy.lookup(fold(t));
      const sort = id ? yearsSort(taxonomy.kind(id)) : null;
      if (sort === null) return;
      const distance = yearsDistance(context, t, sort);
      if (distance < bestDistance) {
        tied = i;
        bestDistance = distance;
      }
    });
    if (tied >= 0) {
      const term = terms[tied] as string;
      const id = taxonomy.lookup(fold(term)) as string;
      tiedLabel = `${localLabel(taxonomy.label(id), locale)} ${yearsShort(context.range, locale)}`;
      skillYears = { term, years: context.range };
      years = context.rest;
    }
  }
  const yearsExpr = years
    ? years.min !== undefined && years.max !== undefined
      ? `years:${years.min}-${years.max}`
      : years.min !== undefined
        ? `years:>=${years.min}`
        : `years:<=${years.max}`
    : '';
  const queryTerms = terms.map((t, i) =>
    i === tied && skillYears ? naturalSkillYears(skillYears.years, t, locale) : t,
  );
  const query = [...queryTerms, ...filters, yearsExpr].filter((s) => s !== '').join(' ');
  const constraints = { terms, years, city, degree, company, ...(skillYears ? { skillYears } : {}) };
  const label = (word: string): string => {
    const id = taxonomy.lookup(fold(word));
    return id ? localLabel(taxonomy.label(id), locale) : word;
  };
  const or = t(locale).join.or;
  const labelled = terms.map((term, i) => {
    if (i === tied && tiedLabel) return tiedLabel;
    const sign = /^[+-]/.test(term) ? (term[0] === '-' ? '−' : '+') : '';
    const body = term.replace(/^[+-]/, '').replace(/^company:/, '');
    return `${sign}${body.split(' OR ').map(label).join(or)}`;
  });
  return {
    intent: 'search',
    locale,
    query,
    targets: [],
    constraints,
    summary: summarise('search', [], { ...constraints, terms: labelled }, locale, taxonomy),
  };
}

/** Years with a skill written so the query language ties them to it: `3年以上Go经验`, `5+ years of Java`. */
function naturalSkillYears(range: YearsRange, term: string, locale: Locale): string {
  const { min, max } = range;
  if (locale === 'zh') {
    if (min !== undefined && max !== undefined) return `${min}-${max}年${term}经验`;
    return min !== undefined ? `${min}年以上${term}经验` : `${max}年以下${term}经验`;
  }
  if (min !== undefined && max !== undefined) return `${min}-${max} years of ${term}`;
  return min !== undefined ? `${min}+ years of ${term}` : `less than ${max} years of ${term}`;
}

/**
 * True when a company stands beside another across 、 or 或 (`三星、OPPO、小米`, `美团或者阿里`): one
 * choice of a list, no filter (`字节、3年以上` keeps its filter).
 */
function inList(text: string, hit: TaxonomyHit, companies: readonly TaxonomyHit[]): boolean {
  return companies.some((other) => {
    const between =
      other.start >= hit.end
        ? text.slice(hit.end, other.start)
        : other.end <= hit.start
          ? text.slice(other.end, hit.start)
          : null;
    return between !== null && /^\s*(?:、|或者?|或是|or)\s*$/iu.test(between);
  });
}

/** `-java`, or `-company:美团` when the word names a company. */
function negate(word: string, taxonomy: Taxonomy): string {
  const id = taxonomy.lookup(fold(word));
  return id && taxonomy.kind(id) === 'company' ? `-company:${word}` : `-${word}`;
}

/** The words left once filler is gone, in order. Known terms are never cut into. */
function extractTerms(text: string, spans: readonly { start: number; end: number; keep: boolean }[]): string[] {
  // Replace known terms by placeholders so filler removal cannot touch them.
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const kept: string[] = [];
  let masked = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    masked += text.slice(at, s.start);
    if (s.keep) {
      masked += ` \uE000${kept.length}\uE000 `;
      kept.push(text.slice(s.start, s.end));
    } else masked += ' ';
    at = s.end;
  }
  masked += text.slice(at);

  // A list joined by 、 that names examples or says any will do (`三星、OPPO、小米这种`,
  // `华能、大唐、华电出来的都行`) is a choice, as the query language reads it.
  const listed = masked.replace(CHOICE_LIST, (whole, list: string) =>
    EXCLUDED_LIST.test(list) ? whole : ` ${list.split('、').join(` ${OR_MARK} `)} `,
  );
  // Alternatives (`Go或者Rust`, `Rust or Kafka`, `Elasticsearch/Solr`) survive filler removal as a marker.
  let out = listed.replace(OR_WORDS, ` ${OR_MARK} `);
  // `client appreciation or a customer award`: with more words after the article's word, which of
  // them is the choice is not said, so there is none (`MS in PM or an MBA with…` keeps its choice).
  out = out.replace(OR_ARTICLE, (whole, word: string, next: string | undefined) =>
    next === undefined || FUNCTION_WORD_SET.has(next.toLowerCase()) ? whole : ` ${word} ${next} `,
  );
  for (const filler of ZH_FILLER) out = out.split(filler).join(' ');
  out = out.replace(EN_FILLER, ' ');
  // Punctuation and connectors separate terms (AND semantics).
  out = out.replace(SEPARATORS, ' ');
  const words: string[] = [];
  let alternative = false;
  const push = (word: string): void => {
    const last = words[words.length - 1];
    if (alternative && last !== undefined) words[words.length - 1] = `${last} OR ${word}`;
    else words.push(word);
    alternative = false;
  };
  for (const chunk of out.split(/\s+/)) {
    if (chunk === '') continue;
    if (chunk === OR_MARK) {
      alternative = words.length > 0;
      continue;
    }
    for (const piece of chunk.split(/(\uE000\d+\uE000)/)) {
      const placeholder = /^\uE000(\d+)\uE000$/.exec(piece);
      if (placeholder) {
        push(kept[Number(placeholder[1])] as string);
        continue;
      }
      const word = trimEdges(piece);
      // A lone Chinese character left over (`数据分析师` → 数据分析 + 师) carries no meaning alone.
      if (word !== '' && !/^[\d.+-]+$/.test(word) && !isCjk(word)) push(word);
    }
  }
  return [...new Set(words)].slice(0, 12);
}

/** Strips single filler characters from the edges of a Chinese run (`会Go的` → `Go`; `会计师` stays). */
function trimEdges(word: string): string {
  let w = word;
  for (let guard = 0; guard < 8; guard++) {
    const before = w;
    const chars = Array.from(w);
    if (chars.length > 1 && ZH_EDGE.has(chars[0] as string) && !EDGE_FILLER.keepAtStart.some((k) => w.startsWith(k)))
      w = chars.slice(1).join('');
    const after = Array.from(w);
    if (
      after.length > 1 &&
      ZH_EDGE.has(after[after.length - 1] as string) &&
      !EDGE_FILLER.keepAtEnd.some((k) => w.endsWith(k))
    )
      w = after.slice(0, -1).join('');
    if (w === before) break;
  }
  return Array.from(w).length === 1 && ZH_EDGE.has(w) ? '' : w.replace(/^[-_.]+|[-_.]+$/g, '');
}

/** The question again without its years (the query language set them aside while parsing). */
function withoutYears(parsed: ParsedQuery): string {
  // The choices the query language read (`三星、OPPO、小米这种`) stay choices: joined by OR.
  const kept = parsed.terms.map((t, i) => {
    const word = t.phrase
      ? `"${t.text}"`
      : `${t.presence === 'prohibited' ? '-' : t.presence === 'required' ? '+' : ''}${t.text}`;
    const previous = parsed.terms[i - 1];
    return t.group !== undefined && previous?.group === t.group ? `OR ${word}` : word;
  });
  const filters = parsed.filters.map((f) => `${f.negated ? '-' : ''}${f.field}:${f.value}`);
  return [...kept, ...filters].join(' ');
}

function splitNames(text: string): string[] {
  return text
    .split(NAME_SEPARATOR)
    .map(cleanName)
    .filter((s) => s !== '')
    .slice(0, 3);
}

function cleanName(text: string): string {
  return text
    .replace(/^(?:the |candidate |候选人)/i, '')
    .replace(/(?:的(?:简历|资料|详情|人)?|'s)$/i, '')
    .replace(/[?？!！。.,，]+$/u, '')
    .trim();
}

/** "show me people who know rust" is a search, not a request for someone called "people…". */
function looksLikeSearch(target: string, taxonomy: Taxonomy): boolean {
  if (SEARCH_WORDS.test(target)) return true;
  const folded = fold(target).trim();
  return taxonomy.lookup(folded) !== undefined || parseQuery(target).years !== null;
}

function summarise(
  intent: Intent,
  targets: readonly string[],
  c: Understanding['constraints'],
  locale: Locale,
  taxonomy?: Taxonomy,
): string {
  const w = t(locale);
  const label = w.understood.intent[intent];
  const sep = w.join.colon;
  if (intent !== 'search') return targets.length > 0 ? `${label}${sep}${targets.join(w.join.list)}` : label;
  const place = (value: string | null): string | null => {
    if (!value || !taxonomy) return value;
    const id = taxonomy.lookup(fold(value));
    return id ? localLabel(taxonomy.label(id), locale) : value;
  };
  const parts = [
    ...c.terms,
    c.years ? describeYears(c.years, locale) : null,
    place(c.city),
    place(c.degree) ? w.understood.orHigher(place(c.degree) as string) : null,
    place(c.company) ? w.understood.atCompany(place(c.company) as string) : null,
  ].filter((p): p is string => !!p);
  return parts.length > 0 ? `${label}${sep}${parts.join(' · ')}` : label;
}
