import { parseQuery, describeYears, type ParsedQuery, type YearsRange } from '../search/query-language.js';
import { localLabel, type Taxonomy } from '../taxonomy/taxonomy.js';
import { fold, toPlain } from '../text/fold.js';
import { toSimplified } from '../text/traditional-chinese.js';
import { SKILL_KINDS } from '../profile/profile.js';
import { yearsShort } from '../search/concepts.js';
import { yearsDistance } from '../search/search.js';

/**
 * Questions in chat → the same request a slash command would make, without an external LLM.
 * `@bot 谁做过消息队列，5年以上？` becomes a search for `消息队列 years:>=5` and says so
 * ("搜索：消息队列 · 5年以上"); `@bot compare 张林伟 and 王军飞` becomes a comparison.
 */

export type Intent = 'search' | 'show' | 'similar' | 'compare' | 'shortlist' | 'stats' | 'help' | 'reload';
export type Locale = 'zh' | 'en';

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
const MENTION = /<[@!][\w.-]+(?:\|[^>]*)?>|@_user_\d+|^\s*@[\w.\u4e00-\u9fff-]+/gu;
const MAX_QUESTION = 500;

const HELP =
  /^(?:\/?help|\?|？|帮助|帮忙|怎么用|如何使用|使用说明|你能做什么|你会什么|能做什么|what can you do|how (?:do i|to) use( you| this)?|usage|commands?|hi|hello|你好|嗨)$/i;
const RELOAD = /^(?:\/?reload|re-?index|重新加载|重新索引|刷新(?:索引|简历库|人才库)?)$/i;
const STATS =
  /^(?:\/?stats|statistics|pool (?:stats|size)|how many (?:résumés|resumes|candidates|cvs|people)(?: do we have| are there)?|(?:人才库|简历库)?(?:统计|概况|情况)|(?:人才库|简历库)?(?:里)?有?多少(?:份简历|人|个候选人|候选人|简历)?)$/i;
const SHORTLIST =
  /^(?:\/?shortlist|(?:show |list |my |our )?(?:the )?shortlist(?:ed)?(?: candidates)?|(?:我的|我们的)?(?:候选名单|短名单|收藏(?:的候选人|夹)?|备选名单))$/i;
const COMPARE = /^(?:compare|对比(?:一下)?|比较(?:一下)?|比一比)\s*(.+)$/i;
const VERSUS = /^(.+?)\s+(?:vs\.?|versus|对比|比较)\s+(.+)$/i;
const SIMILAR = [
  /^(?:similar to|more like|someone like|people like|candidates like|find (?:someone|people|candidates) like|others like)\s+(.+)$/i,
  /^(?:找|推荐)?(?:和|跟|与|像)\s*(.+?)\s*(?:类似|相似|差不多|一样)的?(?:人|候选人|简历)?$/,
  /^(?:similar|类似|相似)\s+(.+)$/i,
];
const SHOW = [
  /^(?:show|details? (?:of|for|on)|profile (?:of|for)|tell me about|who is|open|看看|查看|打开|看一下)\s*(.+?)(?:\s*的?(?:简历|资料|详情|详细信息|档案))?$/i,
  /^(.+?)\s*的(?:简历|资料|详情|详细信息|档案)$/,
  /^(.+?)(?:'s)?\s+(?:profile|details|résumé|resume|cv)$/i,
];

/** Multi-character Chinese filler, longest first; removed wherever it stands outside a known term. */
const ZH_FILLER = [
  '请帮我找一下',
  '请帮我找',
  '帮我找一下',
  '帮我找找',
  '帮我推荐',
  '帮忙找一下',
  '帮忙找',
  '帮我找',
  '给我找',
  '我想找',
  '我想要',
  '我们需要',
  '我需要',
  '有没有人',
  '有没有',
  '有谁',
  '谁有',
  '谁是',
  '谁会',
  '谁懂',
  '谁用过',
  '谁做过',
  '谁熟悉',
  '谁干过',
  '谁搞过',
  '有人',
  '哪些人',
  '哪位',
  '哪个人',
  '哪些',
  '找一下',
  '找一个',
  '找个',
  '找找',
  '推荐一下',
  '推荐几个',
  '推荐',
  '招聘',
  '候选人',
  '的人',
  '人选',
  '同学',
  '工程师们',
  '做过',
  '用过',
  '干过',
  '搞过',
  '写过',
  '熟悉',
  '精通',
  '了解',
  '擅长',
  '懂得',
  '会用',
  '掌握',
  '负责过',
  '参与过',
  '有过',
  '的经验',
  '相关经验',
  '工作经验',
  '经验',
  '工作过',
  '待过',
  '呆过',
  '背景',
  '出身',
  '请问',
  '一下',
  '可以',
  '能否',
  '是否',
  '有吗',
  '的吗',
  // A degree's "or higher" (`硕士以上`) and generic job words; specific roles (算法工程师) are known
  // terms and were set aside before filler is removed.
  '及以上',
  '或以上',
  '以上学历',
  '学历以上',
  '以上',
  '学历',
  '开发工程师',
  '工程师',
  '开发人员',
  '程序员',
  '开发者',
  '开发',
  '需要',
  '一个',
  '一位',
  '几个',
  '一些',
  '或者',
  '或是',
  '还是',
  '都行',
  '都可以',
  '均可',
  '左右',
  '上下',
  '以外',
  '之外',
];
/** Stands for "or" between two alternatives while filler is removed. */
const OR_MARK = '\uE001';
/** Single Chinese characters that are filler only at the edge of a run (`会计师` keeps its 会). */
const ZH_EDGE = new Set(Array.from('谁找会懂做搞有的了过吗呢吧个是在和与或及请要想能人'));
const EN_FILLER =
  /\b(?:which|what|whose|but|best|top|great|senior|junior|everyone|everybody|who(?:'s| is| are| has| have| knows?| can| could| did)?|whom|anyone|anybody|someone|somebody|any|some|all|find(?: me| us)?|search(?: for)?|look(?:ing)? for|show me|give me|get me|list|need(?:s|ed)?|want(?:s|ed)?|we|i|us|our|do|does|did|there|is|are|was|were|have|has|had|having|with|and|or|plus|also|a|an|the|that|this|these|those|of|on|in|at|for|to|from|by|as|please|pls|thanks?|know(?:s|ing)?|knew|experience[ds]?|skilled|skills?|good|strong|solid|deep|expert(?:ise)?|proficient|familiar|background|worked|working|works|used|using|uses|built|building|hands-on|candidates?|people|persons?|folks|engineers?|developers?|devs?|programmers?|profiles?|résumés?|resumes?|cvs?|guys?|someone|somebody|can|could|would|should|will|me|it)\b/gi;

/** Understands a chat question. Total: any text gives an {@link Understanding}. */
export function understand(question: string, taxonomy: Taxonomy, options: UnderstandOptions = {}): Understanding {
  const raw = typeof question === 'string' ? question : '';
  const text = toPlain(raw.replace(MENTION, ' '))
    .slice(0, MAX_QUESTION)
    .replace(/^\s*\/candidate\b/i, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const locale: Locale =
    options.locale && options.locale !== 'auto' ? options.locale : /[\u3400-\u9fff]/.test(text) ? 'zh' : 'en';
  const bare = text.replace(/[?？!！。.,，、~～]+$/u, '').trim();
  const none = { terms: [], years: null, city: null, degree: null, company: null };
  const simple = (intent: Intent, targets: readonly string[] = []): Understanding => {
    // "similar to 王小兵" is English: judge the language without the names in it.
    const rest = targets.reduce((t, name) => t.split(name).join(' '), bare);
    const own: Locale =
      options.locale && options.locale !== 'auto'
        ? options.locale
        : /[\u3400-\u9fff]/.test(rest) || !/[a-z]{2}/i.test(rest)
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
    .replace(
      /(?:不会|不懂|不要|不用|不需要|(?<!有)没有(?!人)|(?<!有)没做过|排除|除了)\s*([A-Za-z][\w.+#-]*|[\u4e00-\u9fff]{2,8}?)(?=\s*(?:以外|之外|的|,|，|、|$|\s|[\u4e00-\u9fff]))(?:\s*(?:以外|之外))?/g,
      (_m, word: string) => {
        signed.push(negate(word, taxonomy));
        return ' ';
      },
    )
    .replace(/\b(?:not|no|without|except|excluding|but not)\s+([A-Za-z][\w.+#-]*)/gi, (_m, word: string) => {
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
  for (const hit of hits) {
    const kind = taxonomy.kind(hit.id);
    const written = rest.slice(hit.start, hit.end);
    if (kind === 'city' && !city) {
      city = written;
      protectedSpans.push({ start: hit.start, end: hit.end, keep: false });
    } else if (kind === 'degree' && !degree) {
      degree = written;
      protectedSpans.push({ start: hit.start, end: hit.end, keep: false });
    } else if (kind === 'company' && !company) {
      company = written;
      protectedSpans.push({ start: hit.start, end: hit.end, keep: false });
    } else protectedSpans.push({ start: hit.start, end: hit.end, keep: true });
  }
  const terms = [...extractTerms(rest, protectedSpans), ...signed];
  if (city) filters.push(`city:${city}`);
  if (degree) filters.push(`degree:${degree}`);
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
      if (!id || !SKILL_KINDS.has(taxonomy.kind(id) ?? '')) return;
      const distance = yearsDistance(context, t);
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
  const labelled = terms.map((t, i) => {
    if (i === tied && tiedLabel) return tiedLabel;
    const sign = /^[+-]/.test(t) ? (t[0] === '-' ? '−' : '+') : '';
    const body = t.replace(/^[+-]/, '').replace(/^company:/, '');
    return `${sign}${body
      .split(' OR ')
      .map(label)
      .join(locale === 'zh' ? ' 或 ' : ' or ')}`;
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

  // Alternatives (`Go或者Rust`, `Rust or Kafka`, `Elasticsearch/Solr`) survive filler removal as a marker.
  let out = masked
    .replace(/\s+or\s+|\s*[|｜/]\s*|或者|或是|还是|或(?!许)/giu, ` ${OR_MARK} `)
    .replace(/\beither\b/gi, ' ');
  for (const filler of ZH_FILLER) out = out.split(filler).join(' ');
  out = out.replace(EN_FILLER, ' ');
  // Punctuation and connectors separate terms (AND semantics).
  out = out.replace(/[?？!！。,，、;；:：()（）[\]【】"“”'‘’~～…·|/\\]+|\s和\s|\s与\s|以及|还有|并且|而且|同时/gu, ' ');
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
      if (word !== '' && !/^[\d.+-]+$/.test(word) && !/^[\u3400-\u9fff]$/.test(word)) push(word);
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
    if (
      chars.length > 1 &&
      ZH_EDGE.has(chars[0] as string) &&
      !/^会计|^和平|^有限|^过程|^人工|^人力|^人事|^的确/.test(w)
    )
      w = chars.slice(1).join('');
    const after = Array.from(w);
    if (after.length > 1 && ZH_EDGE.has(after[after.length - 1] as string) && !/的人$/.test(w))
      w = after.slice(0, -1).join('');
    if (w === before) break;
  }
  return Array.from(w).length === 1 && ZH_EDGE.has(w) ? '' : w.replace(/^[-_.]+|[-_.]+$/g, '');
}

/** The question again without its years (the query language set them aside while parsing). */
function withoutYears(parsed: ParsedQuery): string {
  const kept = parsed.terms.map((t) =>
    t.phrase ? `"${t.text}"` : `${t.presence === 'prohibited' ? '-' : t.presence === 'required' ? '+' : ''}${t.text}`,
  );
  const filters = parsed.filters.map((f) => `${f.negated ? '-' : ''}${f.field}:${f.value}`);
  return [...kept, ...filters].join(' ');
}

function splitNames(text: string): string[] {
  return text
    .split(/\s*(?:,|，|、|\band\b|\bvs\.?\b|和|与|跟|及|以及|对比|比较)\s*/i)
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
  if (/\b(?:people|candidates|someone|anyone|who|with|engineers?|developers?)\b|谁|哪些|候选人们|工程师/i.test(target))
    return true;
  const folded = fold(target).trim();
  return taxonomy.lookup(folded) !== undefined || parseQuery(target).years !== null;
}

const INTENT_LABEL: Readonly<Record<Locale, Readonly<Record<Intent, string>>>> = {
  zh: {
    search: '搜索',
    show: '查看',
    similar: '相似候选人',
    compare: '对比',
    shortlist: '候选名单',
    stats: '人才库概况',
    help: '帮助',
    reload: '重新加载',
  },
  en: {
    search: 'Searching',
    show: 'Showing',
    similar: 'Similar to',
    compare: 'Comparing',
    shortlist: 'Shortlist',
    stats: 'Pool statistics',
    help: 'Help',
    reload: 'Reloading',
  },
};

function summarise(
  intent: Intent,
  targets: readonly string[],
  c: Understanding['constraints'],
  locale: Locale,
  taxonomy?: Taxonomy,
): string {
  const label = INTENT_LABEL[locale][intent];
  const sep = locale === 'zh' ? '：' : ': ';
  if (intent !== 'search')
    return targets.length > 0 ? `${label}${sep}${targets.join(locale === 'zh' ? '、' : ', ')}` : label;
  const place = (value: string | null): string | null => {
    if (!value || !taxonomy) return value;
    const id = taxonomy.lookup(fold(value));
    return id ? localLabel(taxonomy.label(id), locale) : value;
  };
  const parts = [
    ...c.terms,
    c.years ? describeYears(c.years, locale) : null,
    place(c.city),
    place(c.degree) ? (locale === 'zh' ? `${place(c.degree)}及以上` : `${place(c.degree)} or higher`) : null,
    place(c.company) ? (locale === 'zh' ? `公司：${place(c.company)}` : `at ${place(c.company)}`) : null,
  ].filter((p): p is string => !!p);
  return parts.length > 0 ? `${label}${sep}${parts.join(' · ')}` : label;
}
