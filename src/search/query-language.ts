import { t, type Locale } from '../i18n/index.js';
import { anyOf, FUNCTION_WORD_SET, FUNCTION_WORDS, OR_HIGHER, WEAK_WORDS, wordsOf } from '../i18n/lexicon.js';
import { toPlain } from '../text/fold.js';
import { maskContactsInText } from '../profile/contacts.js';
import { ENGLISH_NUMBERS, parseSmallNumber } from '../profile/dates.js';

/**
 * The `/candidate` query language (PRODUCT §3): words, `"phrases"`, `+required`, `-excluded`,
 * `field:value`, and years of experience in their natural forms (`years:>=5`, `5年以上`,
 * `至少三年`, `5+ years`, `3-5年`). Parsing is total: any input gives a {@link ParsedQuery};
 * nothing here throws, and characters with a meaning elsewhere (`~ ^ * :`) are separators.
 */

export type FilterField = 'skill' | 'company' | 'school' | 'city' | 'degree' | 'title' | 'name';

export interface QueryTerm {
  /** The words as typed (NFKC-normalised, not yet folded). */
  readonly text: string;
  readonly phrase: boolean;
  /** `required` is `+term`; `default` terms rank (see rank.ts); `prohibited` is `-term`. */
  readonly presence: 'default' | 'required' | 'prohibited';
  /** Terms with the same group number are alternatives (`kafka OR rocketmq`, `Go或者Rust`). */
  readonly group?: number;
  /** Joined to its choice by a word or a bar (`PMP证书或者CPA`, `Go or Rust`), not made one by a list or brackets. */
  readonly connected?: true;
  /** Joined to the term before by a comma or 、 (`CISSP, CISM or CEH`): a list the group may take in (search.ts). */
  readonly listed?: boolean;
  /**
   * An abbreviation in brackets right after the words it abbreviates (`Oracle E-Business Suite
   * (EBS)`): those words, and with one or two more words before them, for search.ts to look up.
   */
  readonly abbreviates?: readonly string[];
  /**
   * One of a list of examples (`比如Java认证、Salesforce开发者认证`, `such as … a state CPA society`):
   * one choice, a Chinese one the narrowest thing it names (Java, Salesforce), an English one all
   * its words (its last word is its head: a society, not CPA).
   */
  readonly example?: true;
  /**
   * One of a list of examples in a clause of its own that points back to what was asked before it
   * (`有做过配置中心的吗？Nacos、Apollo这些都算`): more of that thing, for search.ts to join to it.
   */
  readonly refersBack?: true;
  /**
   * Listed after a comma that ends a clause, before a list made with 、 (`做Siebel CRM的，开发、实施都行`):
   * what stands before the comma joins the list only if it is of its sort (search.ts).
   */
  readonly afterClause?: true;
  /**
   * The word a list of examples in brackets follows (`Gulf` of `Gulf (UAE, Qatar)`): one more choice
   * of the list, unless the examples are of another sort (see examplesApart in concepts.ts: `China
   * (execs, engineers)`).
   */
  readonly exemplified?: true;
}

export interface QueryFilter {
  readonly field: FilterField;
  readonly value: string;
  readonly negated: boolean;
}

export interface YearsRange {
  readonly min?: number;
  readonly max?: number;
}

/** `years:go>=3`: years with one skill, a requirement (issue 14). */
export interface SkillYearsFilter {
  readonly skill: string;
  readonly range: YearsRange;
}

/** Where natural years stood (`8年以上Python开发经验`, `5+ years of Java`), to tie them to a skill next to them. */
export interface YearsContext {
  /** The years written there. */
  readonly range: YearsRange;
  /** The years end in an experience word (`3年以上经验`, `5+ years experience`). */
  readonly experience: boolean;
  /** Up to 24 characters of the query before the years, and after them. */
  readonly before: string;
  readonly after: string;
  /** The query's other years (`总共10年以上工作经验`: career length, never tied to a skill), merged. */
  readonly rest: YearsRange | null;
}

export interface ParsedQuery {
  readonly terms: readonly QueryTerm[];
  readonly filters: readonly QueryFilter[];
  readonly years: YearsRange | null;
  /** The first natural years that do not say "total" (`8年以上Python经验`), and where they stood. */
  readonly yearsContext?: YearsContext;
  /** The query says any of its list will do (`华能、大唐或者华电出来的都行`): the list is one choice. */
  readonly anyWillDo?: boolean;
  /** `years:<skill><op><n>`: years with a skill, required. */
  readonly skillYears?: readonly SkillYearsFilter[];
  /** Things the user should know: input shortened, unknown field names read as words. */
  readonly notes: readonly QueryNote[];
  /** True when a phone number or e-mail address was left out of the query (never searchable). */
  readonly contactsDropped?: boolean;
}

/**
 * A clause of what is not wanted, to its end: `not`, `but not`, `without`, `except`, `excluding`,
 * `other than` and what follows them in English; 不要, 不需要, 排除, 不是 (not 是不是) and 除了…以外 in Chinese, and a
 * clause closed by 不算 (就不算了, 都不算, 也不算), 除外, 不用(了), 不考虑, 不看, or 不要 after what is not wanted
 * (`高级的就不用了`, `光有PMP证的不用`, `外包的就不考虑了`, `深圳的先不看`, `办公室主任也先不看`, `社科院的不要`,
 * `软件测试的QA不要`; not 要不要, nor `其他都不看` or `学历也不看`, which say nothing else matters),
 * a short one or a list of short items joined by 、 (`董事会办公室、党委办公室那种不算`), after a comma,
 * a question's mark or a bracket (a longer one, to 24 characters and Latin words with the spaces
 * between them, only after a mark, not where the query starts: `（综合办公室那种办公室主任也先不看）`,
 * `；HR Generalist顺带招人的不算`, `，BITS Pilani就不用了`, but `5年以上Java开发经验外包不算`, and never through a word
 * of what is wanted: `…有制造业工厂人事经验的优先外包的不要` keeps 制造业); not one that says no of its own (`英语不好的就不用了` asks for good
 * English: only its closing words go). `not` must be followed by a space (`not-for-profit` is a word).
 */
const NEGATED_CLAUSE =
  /(?<![\p{L}\p{N}-])(?:not|without|except|excluding|other than)\s+[^,;.!?()[\]（）【】，；。！？\n]*?(?=\s+-\s|\s*[,;.!?()[\]（）【】，；。！？\n]|$)|(?:不要|不需要|排除)[^,;.!?()（），；。！？、\n]*|(?<![是岂要])不是(?!很|太|特别|非常|必须|一定|说|吗|呢|不)(?![^\s,，;；。！？!?]{0,12}?就是)[^\s,;.!?()（），；。！？、\n而但却就]{1,12}|除了[^,;.!?()（），；。！？\n]*?(?:以外|之外)|(?:(?<=^|[,;，；。？！?!\s(（])(?:(?:(?![不没])[^,;.!?()（），；。！？\s、]){1,10}、){1,5}(?:(?![不没])[^,;.!?()（），；。！？\s、]){1,10}?|(?<=^|[,;，；。？！?!\s(（])(?:(?![不没])[^,;.!?()（），；。！？\s]){2,10}?|(?<=[,;，；。？！?!(（])(?:(?![不没]|优先|就行|即可|必须|只要|要求|其他|其余|别的|经验)[^,;.!?()（），；。！？\s]|(?<=[a-z])\s(?=[a-z])){11,24}?)?(?:(?:就|都|也)?不算了?|除外|(?:就)?不用了?|(?:就)?不考虑了?|(?:也|都)?(?:先|就|暂时|暂)?(?<!(?:其他|其它|其余|别的|学历|年龄|专业)(?:也|都)?(?:先|就|暂时|暂)?)不看了?|(?<=的)(?:就|都|也|一律|一概|统统|全)?不要了?|(?<=[\p{L}\p{N}])(?<![要想需])(?:就|都|也|一律|一概|统统|全)?不要了?)[吧哈]?(?=$|[,;.!?，；。！？\s)）])|(?<![南北东西中亚除莫并无])非(?=[a-z0-9ａ-ｚＡ-Ｚ０-９])[a-z0-9ａ-ｚＡ-Ｚ０-９.+#/&-]+/giu;

/**
 * An English clause saying what does not count, from where a sentence, a comma's clause, a bracket
 * or a dash's aside starts to its end (`. Independent / non-executive directors don't count`, `?
 * business federations (工商联) don't count`, `(bootcamps don't count)`), as 不算 closes one in
 * Chinese: those things are not asked for. Brackets inside it only as a pair; the words after it
 * stay (`- side projects don't count - based in Berlin`). So is a clause saying what is not needed
 * (`? senior engineers (高工) not needed`, `, a degree is not required`), after a mark that starts one
 * only (`Go developers where a degree is not required`: the subject is not known), to a `but`, and
 * not one that goes on `but preferred`.
 */
const NOT_COUNTED_CLAUSE =
  /(?<=^|[,;.!?(:。—–]\s*|\s-\s)(?:(?!\s-\s)(?:\([^()\n]{0,40}\)|[^,;.!?()\n。—–])){1,80}?\s(?:don['’]?t|doesn['’]?t|do not|does not|won['’]?t|will not|wouldn['’]?t|would not)\s+(?:count|qualify)\b(?:(?!\s-\s)[^,;.!?()\n。—–]){0,40}|(?<=[,;.!?(:。—–]\s*|\s-\s)(?:(?!\s-\s)(?:\([^()\n]{0,40}\)|[^,;.!?()\n。—–])){1,60}?\s(?:(?:is|are)\s+)?(?:not|isn['’]?t|aren['’]?t)\s+(?:needed|wanted|required|necessary|enough)\b(?!\s+but\b)(?:(?!\s-\s|\sbut\s)[^,;.!?()\n。—–]){0,40}/giu;

/**
 * `don't` alone closing the clause right after one of what counts (`PhD or MBA all count - visiting
 * stints and training trips don't`): it says the clause's things do not count. Only there: elsewhere
 * (`Java developers who know Kafka and those who don't`) it asks nothing away.
 */
const NOT_COUNTED_AFTER_COUNTED =
  /(?<=\b(?:counts?|qualif(?:y|ies))\s*(?:[,;.!?:]|\s[-–—]|[-–—])\s*)(?:(?!\s-\s)[^,;.!?()\n。—–]){1,80}?\s(?:don['’]?t|doesn['’]?t|do not|does not|won['’]?t|will not)(?=\s*(?:$|[,;.!?)]))/giu;

/**
 * An aside in brackets saying what is not wanted (`(software devs, testers and IT support not needed)`,
 * `(contractors don't count)`, `(PHR alone isn't enough)`): all of it, whatever it lists; a dash's
 * aside in brackets is the clause's.
 * So is one that ends by setting its things aside (`(Egypt and the rest of Africa aside)`, `(interns
 * excluded)`; not a `set aside` of procurement, however spaced).
 */
const NOT_NEEDED_ASIDE =
  /[(（](?:(?!\s[-–—]\s)[^()（）]){0,160}?\s(?:(?:don['’]?t|doesn['’]?t|do not|does not)\s+(?:count|qualify)|(?:(?:is|are)\s+)?not\s+(?:needed|wanted|required|necessary|enough)|(?:isn['’]?t|aren['’]?t)\s+(?:needed|wanted|required|enough))\b[^()（）]{0,40}[)）]|[(（][^()（）]{1,120}?(?<!\bset\s*)\s+(?:aside|excluded|left out)\s*[)）]/giu;

/**
 * `outside` a place (`in South Asia outside India`, `outside of the US or Canada`): that place is not
 * asked for — its name, words in capitals (joined by of, the, and, or), and no more. Not outside
 * sales, counsel, a broadcast, a director or a plant (a trade or a post each), nor IR35 (a tax rule).
 */
const OUTSIDE_CLAUSE =
  /(?<![\p{L}\p{N}-])[Oo]utside (?:of )?(?:the )?(?!(?:Sales|Counsel|Broadcast|Director|Plant|IR35)\w*)\p{Lu}[\p{L}\p{N}.]*(?:(?:\s+(?:of|the|and|or|&)){1,2}\s+\p{Lu}[\p{L}\p{N}.]*|\s+\p{Lu}[\p{L}\p{N}.]*)*/gu;

/**
 * `X以外` with no 除了, alone in brackets or before what is asked of all the rest (`在美国西部（加州以外）读的大学`,
 * `北京以外的Java开发`): all but X, so X is not asked for. Not `X之外，还…` (besides X, also), which has no 的.
 */
const OUTSIDE_ZH =
  /[(（]\s*[^()（）,，。；;！!？?]{1,10}?(?:以外|之外)\s*[)）]|(?<=^|[,，。；;！!？?\s])[^\s,，。；;！!？?()（）]{1,10}?(?:以外|之外)的/gu;

/**
 * A clause of what does not count that ends a list (`Nanjing, Suzhou, Wuxi and Nantong don't count`)
 * is the whole list: the names before it (words in capitals or Chinese, a few each) go with it, where
 * the list is a clause of its own. Marked here, removed with the clause (see withoutNegatedClauses).
 */
const LISTED_BEFORE =
  /(?<=[;.!?(:。—–]\s*|\s-\s)(?:(?:\p{Lu}|\p{Script=Han})[\p{L}\p{N}.'’&-]*(?:\s+(?:\p{Lu}|\p{Script=Han})[\p{L}\p{N}.'’&-]*){0,2}\s*,\s*){1,8}\uE00F/gu;
const NOT_COUNTED_MARK = '\uE00F';
/** A clause of names only, joined by and or or, before the words that say they do not count. */
const NAMES_CLAUSE =
  /^\s*(?:(?:\p{Lu}|\p{Script=Han})[\p{L}\p{N}.'’&-]*\s+){1,3}(?:and|or|&)\s+(?:(?:\p{Lu}|\p{Script=Han})[\p{L}\p{N}.'’&-]*\s+){1,3}(?:don|doesn|do|does|won|will|wouldn|would)\b/u;

/** Only a clause of names ends a list of names of its own (`; Nanjing, Suzhou, Wuxi and Nantong don't count`). */
function notCountedList(clause: string): string {
  return NAMES_CLAUSE.test(clause) ? ` ${NOT_COUNTED_MARK}` : ' ';
}

/**
 * The query without what it says it does not want in words (`- not the Indian IITs`, `not software
 * QA`, `不要语音客服`, `非IT项目`, `独立非执行董事不算`): those words are not asked for, so they are left out;
 * only `-term` excludes.
 * For a query typed as a search (a question's negations are read as exclusions before, see
 * conversation/understand.ts).
 */
export function withoutNegatedClauses(text: string): string {
  // Only as far as a query is read (see MAX_QUERY_CHARS): a long paste costs no more.
  return (
    text
      .slice(0, MAX_QUERY_CHARS)
      .replace(NOT_NEEDED_ASIDE, ' ')
      .replace(ASIDE_BEFORE_NO, '、$1')
      .replace(NOT_COUNTED_CLAUSE, notCountedList)
      .replace(NOT_COUNTED_AFTER_COUNTED, ' ')
      .replace(OUTSIDE_CLAUSE, ' ')
      .replace(NEGATED_CLAUSE, ' ')
      .replace(OUTSIDE_ZH, ' ')
      .replace(ANY_LEVEL_CLAUSE, ' ')
      .replace(ANY_SORT, ' ')
      .replace(LISTED_BEFORE, ' ')
      .replaceAll(NOT_COUNTED_MARK, ' ') + text.slice(MAX_QUERY_CHARS)
  );
}

/**
 * A short aside in brackets right before the words that say no (`太资深的（8年以上）先不看`, `外包（驻场）不算`):
 * one more item of the clause they close, not words of their own (8年以上 would ask for eight years).
 */
const ASIDE_BEFORE_NO =
  /[(（]([^()（）,，。；;！!？?]{1,12})[)）](?=(?:就|都|也|一律)?(?:先|暂时|暂)?(?:不算|不看|不要|不用|不考虑|除外)了?[吧哈]?(?:$|[,;.!?，；。！？\s)）]))/gu;

/**
 * A clause saying any level of a title will do (`，高级、中级、助理都行`, `正高副高都可以`): it asks for no
 * level, so it is left out (the title asked for before it finds every level).
 */
const ANY_LEVEL_CLAUSE =
  /(?<=^|[,，。；;！!？?])\s*(?:职称)?(?:(?:正高级?|副高级?|高级|中级|初级|助理级?|员级)(?:职称)?\s*(?:[、,，/／和或及]\s*)?){2,}的?(?:都行|都可以|均可|都算|也行|也可以|不限)[吧啊哈呢]?\s*(?=$|[,，。；;！!？?])/gu;

/**
 * Words saying any sort will do (`(any branch)`, `in any role:`, `at any level`, `any degree, MBA
 * included`): they ask for no role, degree, level or field, so they are left out (`branch` would rank
 * as a rare word). Only where the words end a clause or open its examples, and not where they are
 * what one holds (`sales managers with any degree`, `must have any degree or diploma`).
 */
const ANY_SORT =
  /(?:\b(?:in|at|of|from|for)\s+)?(?<![\p{L}\p{N}])(?<!\b(?:with|hold|holds|holding|have|has|having|need|needs|needed|require|requires|required)\s+)any\s+(?:roles?|degrees?|levels?|departments?|fields?|branch(?:es)?|majors?|tracks?|subjects?|positions?|jobs?|disciplines?|streams?|speciali[sz]ations?|functions?|industry|industries|sectors?)(?![\p{L}\p{N}])(?=\s*(?:$|[,;.!?()（）:：\-–—]|(?:and|or|is|are|will|works?|counts?|fine|ok|okay|welcome|included|incl|including)(?![\p{L}\p{N}])))/giu;

/** Longest query we read; the rest is ignored with a note. */
export const MAX_QUERY_CHARS = 500;
const MAX_TERMS = 24;
/** Stands between two alternatives while the query is split into words. */
const ALTERNATIVE = '\uE001';
/** CompTIA's names end in + (`Security+CISSP`: Security+ and CISSP). */
const PLUS_NAME = /(?:^|[^\p{L}])(?:a|network|security|server|cloud|linux|project|data|pentest|cysa|casp)$/iu;

/** Stands for a comma or 、 between two words while the query is split into words. */
const LIST = '\uE002';
/** Stands for a word that joins alternatives (或者, or, |): an {@link ALTERNATIVE} said as such. */
const OR_WORD = '\uE008';
/** A comma before a Chinese verb of doing or having (`，做过…`, `，会…`): what follows is a clause. */
const CLAUSE_VERB = /\s*[,，]\s*(?=(?:做过|做|干过|当过|担任过|负责过|会|懂|有过|在)\p{Script=Han})/gu;
/** A comma that ends a clause before a list made with 、 (see QueryTerm#afterClause). */
const CLAUSE_LIST = '\uE007';
/** A word and a bracketed list of examples after it: `Gulf (UAE, Qatar)`, `消息队列（Kafka、RocketMQ）`. */
const EXAMPLES = /([\p{L}\p{N}.+#]+)\s*[(（]([^()（）]+)[)）]/gu;
/**
 * A short Chinese name in brackets, perhaps said to be the old or new one (`原山东矿业学院`, `现在的山东财经大学`;
 * a bare 原, 现, 今 or 即 only before no word it begins, as 原子能, 现代, 今日 or 即墨 do), with none of the words of a remark (不含,
 * 也算, 优先, 本部…). (A Latin one is a translation or an abbreviation, read as such: `（CEM）`, `（claims）`.)
 */
const OTHER_NAME =
  /^(?:原名|现名|现在的|现在叫|旧称|曾用名|又名|简称|原(?![子因则料始创理本来先油生材型件告地位著籍])|现(?![代在金场实行象状有任役])|今(?![日天年后])|即(?![墨将使便刻时]))?(\p{Script=Han}{2,12})$/u;
/** A remark in brackets that names nothing (`（优先考虑）`, `（本部）`): a list goes on through it. */
const EMPTY_REMARK = /^(?:优先考虑|优先|最好|更好|为佳|本部|校本部|全日制|统招)$/u;
/** Words of a remark in brackets, not a name (`（不含独立学院）`, `（优先考虑）`, `（本部）`, `（最好）`). */
const REMARK_WORDS =
  /不含|不包括|不算|除外|除了|也算|都算|也行|都行|均可|可以|优先|最好|为佳|更好|本部|全日制|统招|以上|以下|包括|的|等$|^(?:只|仅)/u;
/**
 * Words a list of examples may follow without being one of them: role, filler and function words
 * (`developers (Java, Go)`, `experience in (AWS, Azure)`) and the words that bring examples in.
 */
const WEAK_HEAD = new Set([
  ...wordsOf(WEAK_WORDS.en),
  ...wordsOf(WEAK_WORDS.zh),
  ...FUNCTION_WORDS,
  ...['such', 'including', 'e.g.', 'eg', 'tools', 'languages', '技能', '工具', '比如', '例如', '包括', '如'],
]);

const FIELD_NAMES: Readonly<Record<string, FilterField | 'years'>> = {
  skill: 'skill',
  skills: 'skill',
  技能: 'skill',
  tech: 'skill',
  company: 'company',
  companies: 'company',
  公司: 'company',
  employer: 'company',
  school: 'school',
  学校: 'school',
  university: 'school',
  院校: 'school',
  毕业院校: 'school',
  city: 'city',
  城市: 'city',
  location: 'city',
  地点: 'city',
  工作地点: 'city',
  degree: 'degree',
  学历: 'degree',
  education: 'degree',
  title: 'title',
  职位: 'title',
  role: 'title',
  岗位: 'title',
  position: 'title',
  name: 'name',
  姓名: 'name',
  名字: 'name',
  years: 'years',
  year: 'years',
  yrs: 'years',
  experience: 'years',
  exp: 'years',
  经验: 'years',
  工作年限: 'years',
  年限: 'years',
};

/** A number of years: digits, Chinese numerals or an English number word (`five`). */
const NUM = `(\\d{1,2}(?:\\.\\d)?|[一二两三四五六七八九十]{1,3}|(?<![a-z])(?:${Object.keys(ENGLISH_NUMBERS).join('|')}))`;
/** `years:go>=3`: a field name, a skill, an operator and a number. */
const SKILL_YEARS =
  /(?<=^|\s)(?:years?|yrs|experience|exp|经验|年限)\s*[:：]\s*([\p{L}][\p{L}\p{N}.+#_-]*?)\s*(>=|=>|>|<=|=<|<|=)\s*(\d{1,2}(?:\.\d)?)\s*(?:年|years?|yrs?)?(?=\s|$)/giu;
/** Characters of context kept on each side of natural years. */
const YEARS_CONTEXT = 40;
/** Words that make years a career's length, not years with a skill. */
const TOTAL_YEARS =
  /工作经验|工作经历|工作年限|总经验|work(?:ing)? experience|professional experience|industry experience/i;
/** … or right after them: `5 years in total`, `10年工作`, `8 years overall` (not a post's 总: `10年以上总经理`). */
const TOTAL_AFTER =
  /^\s*(?:的)?\s*(?:工作|总(?!经理|监|工|裁|助|部|代表|会计|经济|师|公司|行|编|调|队|院|局|厂)|累计|全职|in total|total|overall|of (?:total |overall )?(?:work|professional|industry|career)|career)/i;

const YEARS_PATTERNS: readonly { re: RegExp; read: (m: RegExpExecArray) => YearsRange | null; natural?: true }[] = [
  // years:>=5, years:3-5, 经验:5
  {
    re: /(?:^|\s)(?:years?|yrs|experience|exp|经验|工作年限|年限)\s*[:=]\s*(>=|=>|>|<=|=<|<|=)?\s*(\d{1,2}(?:\.\d)?)(?:\s*(?:-|~|to|到)\s*(\d{1,2}))?\s*(?:年|years?|yrs?)?(?=\s|$)/gi,
    read: (m) => {
      const n = Number(m[2]);
      if (m[3]) return { min: n, max: Number(m[3]) };
      if (m[1] === '<' || m[1] === '<=' || m[1] === '=<') return { max: n };
      return { min: n };
    },
  },
  // 3-5年, 3到5年, 3~5 years
  {
    natural: true,
    re: new RegExp(
      `${NUM}\\s*(?:-|~|到|至|to)\\s*${NUM}\\s*(?:年|years?|yrs?)(?:工作)?(?:经验|经历|工作经验|(?:of )?(?:experience|practice(?![ \\t-]*(?:management|manager|area|lead|head|director|development))))?`,
      'gi',
    ),
    read: (m) => {
      const a = parseSmallNumber(m[1] ?? '');
      const b = parseSmallNumber(m[2] ?? '');
      return a !== null && b !== null && a <= b ? { min: a, max: b } : null;
    },
  },
  // 5年以下, 不到5年, 少于3年, less than 3 years, under 3 years
  {
    natural: true,
    re: new RegExp(
      `(?:(?:不到|不足|少于|低于|小于|未满|less than|under|fewer than|below|<)\\s*${NUM}\\s*\\+?\\s*(?:年|years?|yrs?)|${NUM}\\s*(?:年|years?|yrs?)\\s*(?:以下|以内|或以下|or less))(?:工作)?(?:经验|经历|工作经验|(?:of )?(?:experience|practice(?![ \\t-]*(?:management|manager|area|lead|head|director|development))))?`,
      'gi',
    ),
    read: (m) => {
      const n = parseSmallNumber(m[1] ?? m[2] ?? '');
      return n === null ? null : { max: n };
    },
  },
  // 5年以上, 五年+, 至少三年, 超过5年, 5+年, 5 years, 5+ years, at least 5 years, more than 5 yrs
  {
    natural: true,
    re: new RegExp(
      `(?:至少|最少|不少于|不低于|超过|大于|多于|(?:干|做|当)?满|at least|minimum(?: of)?|min\\.?|more than|over|>=?)?\\s*${NUM}\\s*(?:\\+\\s*)?(?:年|years?|yrs?)(?![a-z])\\s*(?:\\+|以上|及以上|或以上|或更多|or more|plus)?(?:的)?(?:工作)?(?:经验|经历|工作经验|(?:of )?(?:(?:work |professional |relevant )?experience|practice(?![ \\t-]*(?:management|manager|area|lead|head|director|development)))|exp)?`,
      'gi',
    ),
    read: (m) => {
      const n = parseSmallNumber(m[1] ?? '');
      return n === null || n > 50 ? null : { min: n };
    },
  },
];

/** A degree's word in a query, as {@link OR_HIGHER} stands beside it. */
const DEGREE_WORD = String.raw`(?:博士|硕士|研究生|本科|学士|大专|专科|(?:a |an )?(?:bachelor|master|doctorate|phd|ph\.d\.?|associate|undergraduate|postgraduate|graduate)(?:['’]?s)?(?: degree)?|degree)`;
const OR_HIGHER_PATTERN = new RegExp(
  String.raw`${DEGREE_WORD}\s*(?:学历|学位)?\s*(?:${anyOf(OR_HIGHER.after.zh, OR_HIGHER.after.en)})|(?:${anyOf(OR_HIGHER.before.zh, OR_HIGHER.before.en)})\s*${DEGREE_WORD}`,
  'i',
);

/** True when the query says a degree or a higher one will do (`硕士以上`, `本科及以上学历`, `at least a master's`). */
export function saysOrHigher(query: string): boolean {
  return OR_HIGHER_PATTERN.test(typeof query === 'string' ? query.slice(0, MAX_QUERY_CHARS) : '');
}

/** A degree named as English names a field of study with it (`bachelor's in finance`, `B.S. in`, `MBA in`, `master of`). */
const DEGREE_IN_PATTERN = new RegExp(
  String.raw`(?:^|[^a-z])(?:${DEGREE_WORD}|b\.?sc?\.?|m\.?sc?\.?|bba|mba|b\.?tech|m\.?tech|b\.?com|m\.?com|b\.e\.|m\.e\.)\s+(?:in|of)\s+\S`,
  'i',
);

/** True when the query names a field with its degree in English words (`a bachelor's in finance`, `degree in physics`). */
export function saysDegreeIn(query: string): boolean {
  return DEGREE_IN_PATTERN.test(typeof query === 'string' ? query.slice(0, MAX_QUERY_CHARS) : '');
}

/** Parses a query. Total: never throws, whatever the input. */
export function parseQuery(input: string): ParsedQuery {
  const notes: QueryNote[] = [];
  let text = typeof input === 'string' ? input : String(input ?? '');
  // Control characters are never meaningful in a query, nor are the private-use characters the reader
  // marks words with while it reads (see ALTERNATIVE).
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  text = toPlain(text).replace(/[\u0000-\u001f\u007f-\u009f\ue000-\ue00f]/g, ' ');
  // A plan named by its section of the tax code (`401(k)`, `403(b)`) is one word, not a number and an example.
  text = text.replace(/\b(\d{3})\(([a-z])\)/gi, '$1$2');
  // A possessive (`registrar's office`, `master's degree`) is the word, not the word and an `s` (a
  // contraction, `who's`, is left to the question's filler).
  text = text.replace(/\b(?!(?:who|what|that|it|he|she|there|here|where|how|let)['’]s\b)([a-z]+)['’]s\b/gi, '$1');
  // `science & technology`: an ampersand between words is their `and` (the names say it either way).
  text = text.replace(/(?<=[\p{L}\p{N}])\s+&\s+(?=[\p{L}\p{N}])/gu, ' and ');
  // `这些地方` (these places) after a list of places is `这些`: the places are what is asked (not 地方国企).
  text = text.replace(/(这些|那些|这几个|这几)地方/gu, '$1');
  // `或者更高职位` (or a higher post) is `或者更高`: no 高职 (a vocational college) in it.
  text = text.replace(/更高(?:的)?(?:职位|职务|岗位)/gu, '更高');
  // … and a contraction is its words (`anyone who's worked`: function words both), never a word `s`.
  text = text.replace(/\b(who|what|that|it|he|she|there|here|where|how|let)['’]s\b/gi, '$1 is');
  // Pasted as said in chat (`/candidate 找个厂长`, `@bot who knows Rust`): the command and the mentions
  // address the bot, they ask for nothing.
  text = text.replace(/^\s*\/[a-z][\w-]*(?=\s|$)/i, ' ').replace(/(?<![^\s(（,，、:：])@[\w.-]+/g, ' ');
  if (text.length > MAX_QUERY_CHARS) {
    text = text.slice(0, MAX_QUERY_CHARS);
    notes.push({ kind: 'shortened', limit: MAX_QUERY_CHARS });
  }

  // Contact details are never searchable (PRODUCT §6): a phone number or e-mail in a query is
  // dropped, so the answer can never confirm hidden digits or an address.
  const withoutContacts = maskContactsInText(text);
  const contactsDropped = withoutContacts !== text;
  if (contactsDropped) {
    text = withoutContacts.replace(/\S*\*{2,}\S*/g, ' ');
    notes.push({ kind: 'contacts' });
  }

  // `years:go>=3`, `years:kubernetes>2`, `经验:java>=5`: years with that skill, required.
  const skillYears: SkillYearsFilter[] = [];
  text = text.replace(SKILL_YEARS, (whole, skill: string, op: string, n: string) => {
    const value = Number(n);
    if (!(value >= 0 && value <= 50)) return whole;
    const range: YearsRange = op.startsWith('<')
      ? { max: value }
      : op === '>'
        ? { min: value + 0.1 }
        : op === '='
          ? { min: value, max: value + 0.99 }
          : { min: value };
    skillYears.push({ skill, range });
    return ' ';
  });

  let years: YearsRange | null = null;
  let yearsContext: YearsContext | undefined;
  const others: YearsRange[] = [];
  for (const { re, read, natural } of YEARS_PATTERNS) {
    const source = text;
    text = text.replace(re, (...args) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      // A 4-digit number is a year of the calendar, not of experience (`2018年`).
      const whole = String(args[0]);
      const at = Number(args[args.length - 2]);
      const before = source.charAt(at - 1);
      if (/\d/.test(before)) return whole;
      const range = read(match);
      if (!range) return whole;
      years = mergeYears(years, range);
      const total =
        TOTAL_YEARS.test(whole) ||
        TOTAL_AFTER.test(source.slice(at + whole.length, at + whole.length + 24)) ||
        // 累计 after a post counts that post's years (`当独立董事累计5年`); alone, the career's.
        /(?:(?:^|[,，。;；:：、(（]|工作|从业)\s*(?:总共|累计|累积|一共|合计)|总|total|overall)\s*$/i.test(
          source.slice(Math.max(0, at - 8), at),
        );
      if (natural && !total && !yearsContext) {
        yearsContext = {
          range,
          // `10 years of practice`: a profession's experience (a lawyer's, a doctor's).
          experience: /(?:经验|经历|experience|exp|practice)$/i.test(whole.trim()),
          // With the spaces the match began with: whether the years stand right after a word counts.
          before: source.slice(Math.max(0, at - YEARS_CONTEXT), at + (/^\s*/.exec(whole)?.[0].length ?? 0)),
          after: source.slice(at + whole.length, at + whole.length + YEARS_CONTEXT),
          rest: null,
        };
      } else others.push(range);
      return ' ';
    });
  }

  const terms: QueryTerm[] = [];
  const filters: QueryFilter[] = [];
  const quote = /(?:^|\s)([+-]?)(?:([\p{L}_]+)[:：])?["“”「」『』]([^"“”「」『』]*)["“”「」『』]?/gu;
  text = text.replace(quote, (_m, sign: string, field: string | undefined, body: string) => {
    const phrase = body.replace(/\s+/g, ' ').trim();
    if (phrase === '') return ' ';
    const presence = sign === '-' ? 'prohibited' : sign === '+' ? 'required' : 'default';
    const known = field ? FIELD_NAMES[field.toLowerCase()] : undefined;
    if (known && known !== 'years') filters.push({ field: known, value: phrase, negated: presence === 'prohibited' });
    else terms.push({ text: phrase, phrase: true, presence });
    return ' ';
  });

  // Another name of an item of a Chinese list made with 、 (`南大、东南（南京工学院）、南航`) is one more
  // item of it: a name, not a remark (`（不含独立学院）`, `（副职也算）`).
  // A remark there that names nothing (`清华（优先考虑）`, `东南（本部）`) is no item and cuts no list: it goes.
  text = text.replace(EXAMPLES, (whole, before: string, bracketed: string, at: number, all: string) => {
    if (!/\p{Script=Han}$/u.test(before) || (all.charAt(at - 1) !== '、' && all.charAt(at + whole.length) !== '、'))
      return whole;
    const found = OTHER_NAME.exec(bracketed.trim())?.[1];
    if (found && !REMARK_WORDS.test(found)) return `${before}、${found}`;
    return EMPTY_REMARK.test(bracketed.trim()) ? before : whole;
  });
  // An abbreviation in brackets (`Microsoft Office Specialist (MOS)`): marked, so the words it
  // abbreviates can be found once the query is in words.
  text = text.replace(ABBREVIATION, (_whole, short: string) => ` ${BRACKETED}${short} `);
  // Examples in brackets are alternatives, with the word they are examples of: `the Gulf (UAE,
  // Qatar, Kuwait)`, `消息队列（Kafka、RocketMQ）`. One item in brackets (`CPA`, `Master of Computer
  // Applications`) is another name for what stands before it, and stays as it is.
  text = text.replace(EXAMPLES, (whole, before: string, bracketed: string) => {
    // A remark after a semicolon (`(Army, Navy, Marines; other countries' forces count too)`) is no item:
    // it stays as words of its own, after the list.
    const [list = '', ...remarks] = bracketed.split(/\s*[;；]\s*/);
    const remark = remarks.join(' ');
    // Commas make the list; a slash stays inside a name (`TS/SCI`, `CI/CD`).
    // In a list of three or more, the last comes after `or` (`MAcc, MS Accounting or MPAcc`), unless
    // the `or` says "or anything like it" (`M.Ed or similar`); `or above` is dropped. Two things joined by `or` alone
    // (`(Android or iOS)`) are a choice of their own, read as one.
    // A Chinese aside of clauses (`（集团、公司或者院所层面的，副总工程师的先不看）`) is no list of examples:
    // a comma beside a list made with 、 ends a clause there (NFKC has made ， a comma), and a clause
    // closed by 的 says of what kind.
    if (
      /[\p{Script=Han}]/u.test(list) &&
      ((list.includes('、') && /[,，]/.test(list)) || /的\s*(?:[、,，]|$)/u.test(list))
    )
      return whole;
    const listed = list.split(/\s*[,，、]\s*/).filter((i) => i !== '');
    const items =
      listed.length < 2
        ? listed
        : listed.flatMap((i) =>
            /\sor\s+(?:similar|equivalent|related|others?|anything)\b/i.test(i)
              ? [i]
              : // `or above`, `or later` says "or beyond", no item of its own (a degree's is read from the query).
                i.replace(/\s+or\s+(?:above|higher|later|newer|more|better|plus)\s*$/i, '').split(/\s+or\s+/i),
          );
    if (items.length < 2 || items.length > 8 || items.some((i) => i.length > 24 || i.split(/\s+/).length > 3))
      return whole;
    const head = WEAK_HEAD.has(before.toLowerCase()) ? `${before} ` : `${before} ${ALTERNATIVE} ${EXEMPLIFIED} `;
    // An item of several words is one choice (`Bay Area`, `San Diego`), not its words apart; one
    // with a choice or a word of its own in it (`M.Ed or similar`, `and others`) is left as written.
    const choices = items.map((item) =>
      /\s(?:or|and|similar|other|others|etc\.?)(?:\s|$)/i.test(` ${item} `) || /[|｜或]/u.test(item)
        ? item
        : item.trim().split(/\s+/).join(JOINED),
    );
    return ` ${head}${choices.join(` ${ALTERNATIVE} `)} ${remark} `;
  });
  // A clause that is only a list saying these count too (`…配置中心的吗？Nacos、Apollo、Consul这些都算`)
  // names examples of what was asked just before it, each item one example, of several words too
  // (`Delta Lake`). The words that point back name nothing; the words that say they count are kept.
  text = text.replace(BACK_EXAMPLES, (whole, list: string, kind: string | undefined, willDo: string) => {
    // A verb of doing before the first item is none of it (`做镍、钼这几种的也可以看看`).
    const verb = (LIST_VERB.exec(list) ?? DOING_VERB.exec(list))?.[0] ?? '';
    // The last item may come after `，或者` (`Quartz、crontab，或者Control-M这类都算`); the kind named
    // after the words that point back (`这类批处理作业调度都算`) stays a word of its own.
    const items = list
      .slice(verb.length)
      .split(/、|[,，]\s*(?:或者|或是|还是)/u)
      .map((i) => i.trim());
    if (items.length > 8 || items.some((i) => i === '' || i.split(/\s+/).length > 4)) return whole;
    // After `，或者` the items are names, short (not a clause: `，要有五年以上大型国企财务管理经验，或者外企这类也行`).
    if (/[,，]\s*(?:或者|或是|还是)/u.test(list) && items.some((i) => Array.from(i).length > 12)) return whole;
    return `${verb}${examplesChoice(items, BACK)} ${kind ?? ''} ${willDo}`;
  });
  // A Chinese list closed by `这种`, `这类` (`三星、OPPO、小米这种`, `变压器、开关柜这类`) names examples
  // as `比如` does. It starts a clause and its first item is short, so no word before it joins the
  // first choice (`手机厂商三星、OPPO这种` is left as written); the choice ends where the list does.
  // A verb of having or knowing before the list is none of it (`会Kafka、RabbitMQ这类消息队列的`).
  text = text.replace(LISTED_EXAMPLES, (whole, list: string) => {
    if (/^(?:比如|例如|譬如|诸如)/u.test(list)) return whole;
    const verb = LIST_VERB.exec(list)?.[0] ?? '';
    const items = list.slice(verb.length).split('、');
    return items.length > 8 || Array.from(items[0] ?? '').length > 5 ? whole : `${verb}${examplesChoice(items)}`;
  });
  // Examples after `比如`, `例如`, `such as`, `like`, `e.g.` are a choice too: any of them will do
  // (`熟悉消息队列，比如Kafka、RocketMQ`, `an association such as the AICPA, IMA or a state CPA society`).
  text = text.replace(SUCH_AS, (whole, marker: string, found: string, at: number, all: string) => {
    // A last clause that says any will do is a list of its own (`…，中级、初级的也行`), no example.
    const cut = found.search(WILL_DO_CLAUSE);
    const list = cut > 0 ? found.slice(0, cut) : found;
    const tail = cut > 0 ? found.slice(cut) : '';
    const rest = list.replace(EXAMPLES_END, '');
    // `like` brings examples only when they end in `or` (`a cert like CNA, EMT or EKG tech`) and it is
    // no verb (`I would like Java, Spring and Kafka`, `something like 5 years of …`).
    if (/^like$/i.test(marker) && (!/\sor\s/i.test(rest) || LIKE_AS_VERB.test(all.slice(Math.max(0, at - 16), at))))
      return whole;
    const items = rest
      .split(/\s*(?:[,，、]|\s(?:or|and)\s|或者|或是|或|以及|及)\s*/u)
      .map((i) => i.replace(/^(?:the|a|an|other)\s+/i, '').trim())
      .filter((i) => i !== '');
    if (items.length < 2 || items.length > 8 || items.some((i) => i.length > 24 || i.split(/\s+/).length > 4))
      return whole;
    // An item that opens with a function word is a phrase, not an example (`like our last hire, strong in Java`).
    if (items.some((i) => FUNCTION_WORD_SET.has((i.split(/\s+/)[0] ?? '').toLowerCase()))) return whole;
    return `${examplesChoice(items)}${tail}`;
  });
  // A comma before a clause that lists with 、 ends a clause as well as listing (`做Siebel CRM的，开发、
  // 实施、测试都行`, `在职硕士，MBA、EMBA也行`): marked, for search.ts to join what stands before it to
  // the list only if it is of its sort.
  text = text.replace(/\s*[,，](?=[^,，;；。!！?？]*、)/gu, `, ${CLAUSE_LIST} `);
  // Alternatives: `kafka OR rocketmq`, `kafka | rocketmq`, `Go或者Rust`, `Go 还是 Rust 都行`,
  // `either Go or Rust`. Each connector becomes a marker between the two terms it joins.
  // `华能、大唐、华电出来的都行`: saying any will do makes a list joined by 、 (Chinese's mark for
  // items of one list) a choice, with or without 或.
  // With an or elsewhere (`当过行长或者副行长的，总行、分行、支行都算`), only the clause that says so.
  const anyWillDo = text.search(ANY_WILL_DO) >= 0;
  if (anyWillDo && text.search(CONNECTORS) < 0) text = text.replace(/\s*、\s*/g, ` ${ALTERNATIVE} `);
  else if (anyWillDo)
    text = text.replace(/[^,，;；。!！?？]+/gu, (clause) =>
      clause.search(ANY_WILL_DO) >= 0 && clause.search(CONNECTORS) < 0
        ? clause.replace(/\s*、\s*/g, ` ${ALTERNATIVE} `)
        : clause,
    );
  text = text
    // `MCSE+CCNA`, `Java+Spring`: two things asked, each a word of its own (`C++`, `Notepad++` keep theirs).
    .replace(/(?<=[\p{L}\p{N}])[+＋](?=[\p{L}\p{N}])/gu, (_plus, at: number, all: string) =>
      PLUS_NAME.test(all.slice(Math.max(0, at - 12), at)) ? '+ ' : ' ',
    )
    .replace(/(^|\s)either\s+/gi, ' ')
    // `RHCE或者其他Linux认证`, `AWS or other cloud platforms`: the other choice is the kind named after it.
    .replace(OTHER_CHOICE, '$1')
    // `lieutenant, captain or higher`: the choice names no other thing (a degree's `or above` is read
    // apart, from the whole query: see OR_HIGHER).
    .replace(/\s+(?:or|and)\s+(?:higher|above)\b(?!\s+(?:education|ed|learning|studies))/gi, ' ')
    .replace(CONNECTORS, ` ${OR_WORD} `)
    .replace(ANY_WILL_DO, ' ')
    // `律师，做证券业务或者并购重组的都行`: a comma before a verb of doing starts a clause, not an item of a list.
    .replace(CLAUSE_VERB, ' ')
    .replace(/\s*[,，、]\s*/g, ` ${LIST} `);
  let alternativeNext = false;
  let orNext = false;
  let listNext = false;
  let clauseNext = false;
  let groups = 0;
  const push = (term: QueryTerm): void => {
    const previous = terms[terms.length - 1];
    if (alternativeNext && previous && !previous.phrase && !term.phrase && previous.presence === term.presence) {
      const group = previous.group ?? groups++;
      terms[terms.length - 1] = { ...previous, group, ...(orNext ? { connected: true as const } : {}) };
      terms.push({
        ...term,
        group,
        ...(orNext ? { connected: true as const } : {}),
        ...(listNext ? { listed: true } : {}),
        ...(clauseNext ? { afterClause: true } : {}),
      });
    } else
      terms.push(
        listNext && terms.length > 0 ? { ...term, listed: true, ...(clauseNext ? { afterClause: true } : {}) } : term,
      );
    alternativeNext = false;
    orNext = false;
    listNext = false;
    clauseNext = false;
  };
  /** Where in `terms` an abbreviation in brackets will go. */
  const bracketed = new Set<number>();
  const chunks = text.split(/[\s,，、;；。!！?？()（）[\]【】{}<>《》|｜~^*=]+/u).filter((c) => c !== '');
  for (const [at, chunk] of chunks.entries()) {
    if (chunk === ALTERNATIVE || chunk === OR_WORD) {
      alternativeNext = terms.length > 0;
      orNext = chunk === OR_WORD;
      continue;
    }
    if (chunk === LIST) {
      listNext = true;
      continue;
    }
    if (chunk === EXEMPLIFIED) {
      const head = terms[terms.length - 1];
      if (head) terms[terms.length - 1] = { ...head, exemplified: true };
      continue;
    }
    if (chunk === CLAUSE_LIST) {
      listNext = true;
      clauseNext = true;
      continue;
    }
    // `MS in PM or an MBA with…`: the choice is the MBA, not its article. When more words follow
    // (`client appreciation or a customer award`), which of them is the choice is not said: no choice,
    // and never the article itself.
    // `Germany, Italy, the UK or Japan`: an article opening an item of a list is none of it.
    if (listNext && /^(?:a|an|the)$/i.test(chunk)) continue;
    // `worked for an airline or for a travel agency`: the word of place before the choice is none of it.
    if (alternativeNext && /^(?:for|at|in|with|from)$/.test(chunk)) continue;
    if (alternativeNext && /^(?:a|an|the)$/i.test(chunk)) {
      if (!endsPhrase(chunks[at + 2])) alternativeNext = false;
      continue;
    }
    let body = chunk;
    if (body.startsWith(BRACKETED)) {
      body = body.slice(BRACKETED.length);
      if (body !== '') bracketed.add(terms.length);
    }
    const refersBack = body.startsWith(BACK);
    if (refersBack) body = body.slice(BACK.length);
    const example = body.startsWith(EXAMPLE);
    if (example) body = body.slice(EXAMPLE.length);
    let presence: QueryTerm['presence'] = 'default';
    if (/^[+＋]/.test(body)) {
      presence = 'required';
      body = body.replace(/^[+＋]+/, '');
    } else if (/^[-－—]/.test(body)) {
      presence = 'prohibited';
      body = body.replace(/^[-－—]+/, '');
    }
    // (A word of digits and letters is a word too: `365迁移：…`.)
    const field = /^([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)[:：](.*)$/u.exec(body);
    if (field?.[1] !== undefined) {
      const known = FIELD_NAMES[field[1].toLowerCase()];
      const value = (field[2] ?? '').replace(/^[:：]+/, '').trim();
      if (known && known !== 'years' && value !== '') {
        filters.push({ field: known, value, negated: presence === 'prohibited' });
        listNext = false;
        continue;
      }
      // (No note for a word of digits and letters before a colon: `Office 365迁移：…` is a clause.)
      if (!known && field[1] !== '' && !/^https?$/i.test(field[1]) && !/\d/.test(field[1]))
        notes.push({ kind: 'not-a-field', field: field[1] });
      // Unknown field (`rust:`, `后端:5年`): both sides are words.
      for (const part of [field[1], value]) {
        const word = cleanWord(part);
        if (word !== '') push({ text: word, phrase: false, presence });
      }
      continue;
    }
    const word = cleanWord(body).replaceAll(JOINED, ' ').trim();
    if (word !== '')
      push({
        text: word,
        phrase: false,
        presence,
        ...(example ? { example } : {}),
        ...(refersBack ? { refersBack } : {}),
      });
  }

  for (const at of bracketed) {
    const term = terms[at];
    const abbreviates = term ? abbreviated(terms.slice(0, at), term) : null;
    if (term && abbreviates) terms[at] = { ...term, abbreviates };
  }
  // Function words (`a`, `of`, `the`) ask for nothing and are not counted against the limit: a long
  // question keeps its last words (`… or assistant to the president (校长助理)`).
  let counted = 0;
  const over = terms.findIndex(
    (term) =>
      (term.phrase || term.presence !== 'default' || !FUNCTION_WORD_SET.has(term.text.toLowerCase())) &&
      ++counted > MAX_TERMS,
  );
  if (over >= 0) {
    notes.push({ kind: 'too-many-words', limit: MAX_TERMS });
    terms.length = over;
  }
  return {
    terms,
    filters,
    years,
    notes,
    ...(yearsContext
      ? { yearsContext: { ...yearsContext, rest: others.reduce<YearsRange | null>((a, r) => mergeYears(a, r), null) } }
      : {}),
    ...(skillYears.length > 0 ? { skillYears } : {}),
    ...(contactsDropped ? { contactsDropped } : {}),
    ...(anyWillDo ? { anyWillDo } : {}),
  };
}

/** Marks a word that stood alone in brackets while the query is split into words. */
const BRACKETED = '\uE003';
/** Joins the words of one bracketed example (`Bay Area`) while the query is split into words. */
const JOINED = '\uE004';
/** Marks one of a list of examples after `比如`, `such as` (see QueryTerm#example). */
const EXAMPLE = '\uE005';
/** Marks one of a list of examples that points back to what was asked before it (see QueryTerm#refersBack). */
const BACK = '\uE006';
/** Marks the word a list of examples in brackets follows (see QueryTerm#exemplified). */
const EXEMPLIFIED = '\uE009';
/** One word of capitals in brackets (`(EBS)`, `（MOS）`, `(B.Ed)` is no abbreviation of words). */
const ABBREVIATION = /[(（]\s*([A-Z][A-Za-z&]{1,7})\s*[)）]/gu;
/** Words an abbreviation may leave out or keep (`Bachelor of Science` is BS; `Bank of America`, BOA). */
const LINKING_WORDS = new Set(['of', 'and', 'for', 'the', 'in', 'on', '&']);

/**
 * The words an abbreviation in brackets stands for, when the initials of the words right before it
 * spell it (`Oracle E-Business Suite (EBS)`: E-Business Suite; `certified public accountant (CPA)`),
 * with one and two more words before them (`Oracle E-Business Suite`); null when they do not.
 */
function abbreviated(before: readonly QueryTerm[], term: QueryTerm): string[] | null {
  // A plural's s is no initial (`performance improvement plans (PIPs)`, `KPIs`).
  const letters = term.text
    .replace(/(?<=[A-Z]{2})s$/, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (letters.length < 2 || term.text.replace(/[^A-Z]/g, '').length < 2) return null;
  const words: string[] = [];
  for (let i = before.length - 1; i >= 0 && words.length < letters.length * 2 + 2; i--) {
    const t = before[i] as QueryTerm;
    if (t.phrase || t.group !== undefined || t.presence !== term.presence) break;
    words.unshift(t.text);
  }
  // Initials of the last n words, each word's parts (`E-Business`: e, b), linking words optional.
  for (let n = 1; n <= words.length; n++) {
    const tail = words.slice(words.length - n);
    if (spells(tail, letters)) {
      const longer = [1, 2].filter((k) => n + k <= words.length).map((k) => words.slice(words.length - n - k));
      return [tail, ...longer].map((w) => w.join(' '));
    }
  }
  return null;
}

/** True when the initials of `words` (their hyphenated parts too; linking words optional) are `letters`. */
function spells(words: readonly string[], letters: string): boolean {
  const initials = (w: string): string =>
    w
      .toLowerCase()
      .split(/[-/]/)
      .filter((p) => p !== '')
      .map((p) => p.charAt(0))
      .join('');
  const go = (i: number, at: number): boolean => {
    if (i === words.length) return at === letters.length;
    const w = words[i] as string;
    const own = initials(w);
    if (own !== '' && letters.startsWith(own, at) && go(i + 1, at + own.length)) return true;
    return LINKING_WORDS.has(w.toLowerCase()) && go(i + 1, at);
  };
  return go(0, 0);
}

/** Examples as one choice, each example of several words one item of it. */
function examplesChoice(items: readonly string[], mark = ''): string {
  return ` ${items.map((item) => mark + EXAMPLE + item.split(/\s+/).join(JOINED)).join(` ${ALTERNATIVE} `)} `;
}

/** `other` after a connector (`或者其他`, `or any other`): it names no choice of its own. */
const OTHER_CHOICE = /(\s+or\s+|\s*(?:或者|或是|还是|或))\s*(?:any\s+other\s+|other\s+|其他的?|其它的?|别的)/giu;

/**
 * Examples introduced as such, to the end of the clause: `比如Kafka、RocketMQ`, `such as the AICPA, IMA or
 * …`, `a cert like CNA, EMT or …`. A clause after a comma that says any will do is no example
 * (`比如高级会计师加高级经济师，中级、初级的也行`).
 */
const SUCH_AS =
  /(比如说?|例如|譬如|诸如|\bsuch as\b|\blike\b|\be\.g\.,?|\bfor example,?)\s*([^。；;！!？?()（）\n]+)/giu;
/**
 * A clause of its own that lists things and says these count (`，LED、光通信、激光这些都算`, `？泵、电机这类都行`):
 * after a mark that ends a clause, two or more items joined by 、 (none holding a mark the reader left),
 * a word pointing back (这些, 这类…) and words saying they will do, to the clause's end (or an
 * aside in brackets after it: `…这些都算（汽车整车不算）`).
 */
const BACK_EXAMPLES =
  /(?<=[,，。；;！!？?])\s*((?:[^\s,，。；;！!？?()（）、\ue000-\ue00f][^,，。；;！!？?()（）、\ue000-\ue00f]{0,23}(?:、|[,，]\s*(?:或者|或是|还是)))+[^\s,，。；;！!？?()（）、\ue000-\ue00f][^,，。；;！!？?()（）、\ue000-\ue00f]{0,23}?)\s*(?:这些|这类|这种|之类|这几种|这几类|这几家|这几个)(?:城市|地区|([^\s,，。；;！!？?()（）、\ue000-\ue00f的都也]{2,10}?))?的?\s*((?:都|也)(?:算|行|可以)|均可)(?:看看|考虑)?[吧啊哈呢]?\s*(?=$|[,，。；;！!？?(（])/gu;
/**
 * A Chinese list of two or more things joined by 、, starting a clause and closed by a word for "of
 * this kind" (`三星、OPPO这种`), perhaps with the kind named after it (`物流师、项目管理师这类职业资格证`);
 * not 等等 (etc.), which closes lists of things all asked for, nor a list that also counts (`提前攻博、直博这种也算`,
 * more choices of a choice before it).
 */
const LISTED_EXAMPLES =
  /(?<=^|[\s,，。；;！!？?()（）])((?:[^\s,，。；;！!？?()（）、]{1,16}、)+[^\s,，。；;！!？?()（）、]{1,16}?)(这种|这类|之类)(?!也)/gu;
/**
 * A verb of knowing or doing that opens a list of examples (`会Kafka、…这类`, `用过Ghost、…这类`). 有, 会
 * and 懂 only before Latin letters: before Chinese they may begin a word (有机合成, 会展, 懂车帝).
 */
const LIST_VERB = /^(?:(?:有|会|懂)(?=[a-z])|用过|做过|熟悉|精通|掌握|拿过|考过)(?=[^、]+、)/iu;
/** … and one of having done work on the items (`干过`; a bare 做 only before a short item: `做镍、钼`, not 做市商). */
const DOING_VERB = /^(?:搞过|干过|(?:做|搞)(?=[^、]{1,2}、))/u;
/** What before `like` makes it a verb or a comparison (`would like`, `I'd like`, `looks like`, `something like`). */
const LIKE_AS_VERB =
  /(?:\b(?:would|i|we|you|they|who|people|to|looks?|seems?|feels?|something|anything|sounds?)|'d)\s*$/i;
/** What closes a list of examples and names none (`这种`, `等`, `etc.`). */
const EXAMPLES_END = /\s*(?:这种|这类|之类|这些|等等|等|的都行|都行|都可以|的都算|都算|etc\.?)\s*$/iu;

/** Words that join alternatives (`kafka OR rocketmq`, `kafka | rocketmq`, `Go或者Rust`). */
const CONNECTORS = /\s+or\s+|\s*[|｜]\s*|\s*(?:或者|或是|还是|或)\s*/giu;
/**
 * Words that say any of the choices will do (`Go 还是 Rust 都行`); not the 都 of a place (成都算法工程师,
 * 首都行政). `也算` says more things count, not that any one will do.
 */
const ANY_WILL_DO = /(?<![成首京])(?:都行|都可以|都算)|均可|皆可|也行|也可以/g;

/** A clause after a comma that says any will do (`，中级、初级的也行`), at the end of a list of examples. */
const WILL_DO_CLAUSE = /[,，][^,，]*(?:都行|都可以|都算|也行|也可以|也算|均可)\s*$/u;

/** A contraction's tail (`they've`, `we're`, `you'll`, `I'd`, `I'm`): no word of its own. */
const CONTRACTION = /(?<=[a-z])['’](?:ve|re|ll|d|m)(?=[^\p{L}\p{N}]*$)/iu;

/**
 * A verb's negative contraction (`don't`, `can't`, `won't`, `isn't`): words of grammar, as do and not
 * are (see FUNCTION_WORDS); not the words `don` and `t`.
 */
const NEGATIVE_CONTRACTION = /^(?:do|does|did|ca|wo|is|are|was|were|have|has|had|should|would|could|must|need)n['’]t$/i;

/** Strips what cannot start or end a word, keeping `c++`, `c#`, `.net`, `node.js`. */
function cleanWord(word: string): string {
  if (NEGATIVE_CONTRACTION.test(word.replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, ''))) return '';
  let w = word
    .replace(CONTRACTION, '')
    .replace(/[:：'"`´‘’]+/g, ' ')
    .trim();
  w = w.replace(/^[^\p{L}\p{N}.]+/u, '').replace(/[^\p{L}\p{N}+#]+$/u, '');
  if (w === '.' || /^\.+$/.test(w)) return '';
  return w.split(/\s+/)[0] === w ? w : w.replace(/\s+/g, ' ');
}

function mergeYears(current: YearsRange | null, next: YearsRange): YearsRange {
  if (!current) return next;
  return {
    min: next.min !== undefined ? Math.max(next.min, current.min ?? 0) : current.min,
    max: next.max !== undefined ? Math.min(next.max, current.max ?? Infinity) : current.max,
  } as YearsRange;
}

/** Short description of a years range: `5+ years`, `3–5 years`, `≤ 2 years`. */
export function describeYears(years: YearsRange, locale: Locale): string {
  const { min, max } = years;
  const w = t(locale).years;
  if (min !== undefined && max !== undefined) return w.between(min, max);
  if (min !== undefined) return w.atLeast(min);
  return w.atMost(max ?? 0);
}

/** A remark about how a query was read, shown beside the results. */
export type QueryNote =
  | { readonly kind: 'shortened'; readonly limit: number }
  | { readonly kind: 'contacts' }
  | { readonly kind: 'not-a-field'; readonly field: string }
  | { readonly kind: 'too-many-words'; readonly limit: number }
  | { readonly kind: 'not-a-skill'; readonly word: string };

/** A note in the asker's language. */
export function describeNote(note: QueryNote, locale: Locale): string {
  const w = t(locale).notes;
  switch (note.kind) {
    case 'shortened':
      return w.shortened(note.limit);
    case 'contacts':
      return w.contacts;
    case 'not-a-field':
      return w.notAField(note.field);
    case 'too-many-words':
      return w.tooManyWords(note.limit);
    case 'not-a-skill':
      return w.notASkill(note.word);
  }
}

/** True when a query's next chunk ends the phrase before it: nothing, a marker, or a function word (`with`). */
function endsPhrase(next: string | undefined): boolean {
  return (
    next === undefined ||
    next === ALTERNATIVE ||
    next === OR_WORD ||
    next === LIST ||
    FUNCTION_WORD_SET.has(next.toLowerCase())
  );
}
