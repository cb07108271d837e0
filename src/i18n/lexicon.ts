import { escapeRegExp } from '../text/regexp.js';

/**
 * The words the bot reads, as data: lists per language of what a chat question or a query may say
 * besides what it asks for (filler, role words, negations, alternatives), and the words of each
 * chat command. The code that reads questions (conversation/understand.ts) and queries
 * (search/concepts.ts, search/search.ts) builds its patterns from these lists with
 * {@link anyOf}; to teach the bot a new phrasing, add a word here.
 *
 * Entries are written as typed; matching is case-insensitive for Latin words. An entry with
 * `notAfter` / `notBefore` does not count when one of those characters stands right before / after
 * it (`没有` is a negation, but not inside `有没有` or `没有人`).
 */
export type LexiconWord = string | { readonly word: string; readonly notAfter?: string; readonly notBefore?: string };

/** Words per language. */
export interface Bilingual {
  readonly zh: readonly LexiconWord[];
  readonly en: readonly LexiconWord[];
}

/**
 * A pattern source matching any of `words`, longest first (so `获得过` wins over `获得`), each
 * escaped. Wrap it as needed: `new RegExp(\`\\b(?:${anyOf(words)})\\b\`, 'gi')`.
 */
export function anyOf(...lists: readonly (readonly LexiconWord[])[]): string {
  const entries = lists.flat().map((e) => (typeof e === 'string' ? { word: e } : e));
  // Nothing to match: a pattern that never matches (an empty alternative would match everywhere).
  if (entries.length === 0) return '(?!)';
  entries.sort((a, b) => b.word.length - a.word.length);
  return entries
    .map(
      (e) =>
        `${e.notAfter ? `(?<![${escapeRegExp(e.notAfter)}])` : ''}${escapeRegExp(e.word)}${e.notBefore ? `(?![${escapeRegExp(e.notBefore)}])` : ''}`,
    )
    .join('|');
}

/** The plain words of a list (for sets and exact lookups). */
export function wordsOf(list: readonly LexiconWord[]): string[] {
  return list.map((e) => (typeof e === 'string' ? e : e.word));
}

/** Chat commands: a whole message that is one of these asks for the command. */
export const COMMANDS = {
  help: {
    zh: ['帮助', '帮忙', '怎么用', '如何使用', '使用说明', '你能做什么', '你会什么', '能做什么', '你好', '嗨'],
    // prettier-ignore
    en: [
      'help', '/help', '?', '？', 'what can you do', 'how do i use', 'how do i use you', 'how do i use this',
      'how to use', 'how to use you', 'how to use this', 'usage', 'command', 'commands', 'hi', 'hello',
    ],
  },
  reload: {
    zh: ['重新加载', '重新索引', '刷新', '刷新索引', '刷新简历库', '刷新人才库'],
    en: ['reload', '/reload', 'reindex', 're-index'],
  },
  /** Verbs that ask to compare the people named after them. */
  compare: { zh: ['对比一下', '比较一下', '对比', '比较', '比一比'], en: ['compare'] },
  /** Words between two names that ask to compare them. */
  versus: { zh: ['对比', '比较'], en: ['vs', 'vs.', 'versus'] },
  /** Verbs that ask for one person's profile. */
  show: {
    zh: ['看看', '查看', '打开', '看一下'],
    // prettier-ignore
    en: [
      'show', 'details of', 'details for', 'details on', 'detail of', 'detail for', 'detail on', 'profile of',
      'profile for', 'tell me about', 'who is', 'open',
    ],
  },
  /** What a profile is called, after a name: `张三的简历`, `Jane's profile`. */
  profile: {
    zh: ['简历', '资料', '详情', '详细信息', '档案'],
    en: ['profile', 'details', 'résumé', 'resume', 'cv'],
  },
  /** Paging in the console: the next and the previous page of results. */
  next: { zh: ['下一页'], en: ['next', 'n', 'more'] },
  prev: { zh: ['上一页'], en: ['prev', 'p', 'previous'] },
  /** Words that ask for people like the one named after them. */
  similar: {
    zh: ['类似', '相似'],
    // prettier-ignore
    en: [
      'similar to', 'more like', 'someone like', 'people like', 'candidates like', 'find someone like',
      'find people like', 'find candidates like', 'others like', 'similar',
    ],
  },
} as const satisfies Record<string, Bilingual>;

/** Multi-character filler in a question, removed wherever it stands outside a known term. */
export const QUESTION_FILLER: Bilingual = {
  // prettier-ignore
  zh: [
    '请帮我找一下', '请帮我找', '帮我找一下', '帮我找找', '帮我推荐', '帮忙找一下', '帮忙找', '帮我找', '给我找', '我想找', '我想要', '我们需要', '我需要', '有没有人', '有没有',
    '有谁', '谁有', '谁是', '谁会', '谁懂', '谁用过', '谁做过', '谁熟悉', '谁干过', '谁搞过', '有人', '哪些人', '哪位', '哪个人', '哪些', '找一下', '找一个', '找个',
    '找找', '推荐一下', '推荐几个', '推荐', '招聘', '候选人', '的人', '人选', '同学', '工程师们', '做过', '用过', '干过', '搞过', '写过', '熟悉', '精通', '了解',
    '擅长', '懂得', '会用', '掌握', '负责过', '参与过', '有过', '的经验', '相关经验', '工作经验', '经验', '工作过', '待过', '呆过', '背景', '出身', '请问', '一下',
    '可以', '能否', '是否', '有吗', '的吗',
    // A degree's "or higher" (`硕士以上`) and generic job words; specific roles (算法工程师) are
    // known terms and were set aside before filler is removed.
    '及以上', '或以上', '以上学历', '学历以上', '以上', '学历', '开发工程师', '工程师', '开发人员', '程序员', '开发者', '开发', '需要', '一个', '一位', '几个', '一些',
    '或者', '或是', '还是', '都行', '都可以', '都算', '也算', '均可', '以前', '之前', '后来', '之后', '曾经', '左右', '上下', '以外', '之外',
  ],
  // prettier-ignore
  en: [
    'which', 'what', 'whose', 'but', 'best', 'top', 'great', 'senior', 'junior', 'everyone', 'everybody', 'who',
    "who's", 'who is', 'who are', 'who has', 'who have', 'who know', 'who knows', 'who can', 'who could', 'who did',
    'whom', 'anyone', 'anybody', 'someone', 'somebody', 'any', 'some', 'all', 'find', 'find me', 'find us', 'search',
    'search for', 'look for', 'looking for', 'show me', 'give me', 'get me', 'list', 'need', 'needs', 'needed', 'want',
    'wants', 'wanted', 'we', 'i', 'us', 'our', 'do', 'does', 'did', 'there', 'is', 'are', 'was', 'were', 'have', 'has',
    'had', 'having', 'with', 'and', 'or', 'plus', 'also', 'a', 'an', 'the', 'that', 'this', 'these', 'those', 'of',
    'on', 'in', 'at', 'for', 'to', 'from', 'by', 'as', 'please', 'pls', 'thank', 'thanks', 'know', 'knows', 'knowing',
    'knew', 'experience', 'experienced', 'experiences', 'skilled', 'skill', 'skills', 'good', 'strong', 'solid', 'deep',
    'expert', 'expertise', 'proficient', 'familiar', 'background', 'worked', 'working', 'works', 'used', 'using',
    'uses', 'built', 'building', 'hands-on', 'candidate', 'candidates', 'people', 'person', 'persons', 'folks',
    'engineer', 'engineers', 'developer', 'developers', 'dev', 'devs', 'programmer', 'programmers', 'profile',
    'profiles', 'résumé', 'résumés', 'resume', 'resumes', 'cv', 'cvs', 'guy', 'guys', 'can', 'could', 'would', 'should',
    'will', 'me', 'it',
    // `either Go or Rust`: the alternatives are read from `or`.
    'either',
  ],
};

/**
 * Single Chinese characters that are filler only at the edge of a run (`会Go的` → `Go`), and the
 * words that start or end with one of them but keep it (`会计师` keeps its 会).
 */
export const EDGE_FILLER = {
  chars: '谁找会懂做搞有的了过吗呢吧个是在和与或及请要想能人',
  keepAtStart: ['会计', '和平', '有限', '过程', '人工', '人力', '人事', '的确', '在读', '在校'],
  keepAtEnd: ['的人'],
} as const;

/** Words that exclude what follows them: `不会Java`, `除了美团以外`, `not java`, `without php`. */
export const NEGATIONS: Bilingual = {
  // prettier-ignore
  zh: [
    '不会', '不懂', '不要', '不用', '不需要', { word: '没有', notAfter: '有', notBefore: '人' }, { word: '没做过', notAfter: '有' }, '排除',
    '除了',
  ],
  en: ['not', 'no', 'without', 'except', 'excluding', 'but not'],
};

/** What closes a Chinese exclusion: `除了美团以外`. */
export const NEGATION_END: readonly string[] = ['以外', '之外'];

/** Words that make the terms on either side alternatives: `Go或者Rust`, `Rust or Kafka`. */
export const ALTERNATIVES: Bilingual = {
  zh: ['或者', '或是', '还是', { word: '或', notBefore: '许' }],
  en: ['or'],
};

/** Words that only join terms that are all wanted: `Go和Rust`, `以及`. Punctuation does the same. */
export const CONNECTORS: Bilingual = {
  zh: ['以及', '还有', '并且', '而且', '同时'],
  en: [],
};

/** Words that join terms only between spaces: 和 inside a word (和平) is part of it. */
export const SPACED_CONNECTORS: readonly string[] = ['和', '与'];

/** Words that join names to compare: `张三和李四`, `Jane and Bo`. */
export const NAME_JOINERS: Bilingual = {
  zh: ['和', '与', '跟', '及', '以及', '对比', '比较'],
  en: ['and', 'vs', 'vs.'],
};

/** Words in a `show` target that make it a search after all: "show me people who know rust". */
export const SEARCH_MARKERS: Bilingual = {
  zh: ['谁', '哪些', '候选人们', '工程师'],
  en: ['people', 'candidates', 'someone', 'anyone', 'who', 'with', 'engineer', 'engineers', 'developer', 'developers'],
};

/**
 * Role and filler words in a query (engineer, developer, 开发, 工程师, 经验, projects…): they rank a
 * little but never decide who is a match. A Chinese term is weak when nothing else is left in it.
 */
export const WEAK_WORDS: Bilingual = {
  // prettier-ignore
  zh: [
    '获得过', '获得', '得过', '拿过', '拿到过', '有过', '干过', '干了', '干', '做了', '当过', '当了', '当上', '已经', '待了', '现在', '目前', '搞过', '管过', '负责过', '管理过', '带过', '擅长', '业务', '开发工程师', '工程师', '开发者', '开发人员', '开发', '程序员', '专家', '经验', '经历', '相关',
    '项目', '经理', '总监', '主管', '负责人', '人员', '顾问', '资深', '高级', '中级', '初级', '熟悉', '精通', '掌握', '了解', '能力', '工作', '技术', '软件', '做过', '用过', '方向', '岗位', '职位', '候选人',
    '以上', '及以上', '以下', '及以下', '学历', '专业', '从业', '行业', '背景', '领域', '工作过', '待过', '呆过', '出来', '人选', '职称', '毕业', '学位', '出身', '的', '会', '人', '和', '与', '或',
    '用', '使用', '称号', '资格', '架构', '这类', '这种', '之类', '这几家', '这几个', '这几种', '这几类', '这些', '那边', '那里', '这边', '那', '这', '一带', '附近', '企业', '公司', '制品', '基础扎实', '扎实', '处理过', '参与过', '参与', '也', '后来', '做到', '做到了', '下海', '以前', '之前', '之后', '曾经', '也算', '搭建过', '这块', '这一块', '这方面', '读过书', '读过', '上过学', '上过',
    // What is preferred, not required (`高级的更好`, `军工、航空这类行业优先`).
    '更好', '最好', '优先', '为佳', '更佳', '加分',
    // How a total is counted (`几家公司加起来也行`): the total is what is asked.
    '几家', '多家', '加起来', '合起来', '算上', '累计', '累积', '总共', '一共', '合计', '都是',
    // Whether one holds it now or did (`现任前任都行`): either.
    '现任前任',
    // Words of talk around what is asked (`就是美国那种`, `也可以看看`).
    '就是', '那种', '那样', '这样', '看看', '可以', '同时', '并且', '而且', '还要', '还', '另外', '此外',
    '下面', '方面', '比如', '例如', '譬如', '不是', '都有', '不限', '就行', '就好', '至少', '起码', '其中', '什么', '那个', '这个', '自己', '实际', '真正', '写着', '一路', '专门', '既有', '备选', '简历', '帮我', '尤其', '尤其是', '特别是', '包括', '包括但不限于', '不限于',
  ],
  // prettier-ignore
  en: [
    'engineer', 'engineers', 'engineering', 'software', 'developer', 'developers', 'dev', 'devs', 'programmer', 'programmers',
    'coder', 'consultant', 'consultants', 'specialist', 'specialists', 'expert', 'experts', 'professional',
    'professionals', 'experience', 'experienced', 'experiences', 'project', 'projects', 'related', 'relevant', 'senior',
    'junior', 'staff', 'candidate', 'candidates', 'role', 'roles', 'position', 'positions', 'seat', 'seats', 'job', 'jobs', 'work',
    'worked', 'working', 'skill', 'skills', 'skilled', 'knowledge', 'background', 'familiar', 'proficient',
    'proficiency', 'strong', 'good', 'solid', 'hands-on', 'holder', 'holders', 'graduate', 'graduates', 'graduated', 'grad', 'grads', 'alumni', 'degree',
    'degrees', 'year', 'years', 'yrs', 'plus', 'team', 'member', 'members', 'person', 'people', 'someone', 'anyone',
    // How recruiters name the people they want (`IT folks in Noida`, `need Java resources`, `share profiles`).
    'folks', 'guys', 'ppl', 'persons', 'individuals', 'resource', 'resources', 'profile', 'profiles',
    'who', 'knows', 'know', 'with', 'and', 'or', 'either', 'the', 'a', 'an', 'of', 'in', 'on', 'at', 'for', 'to',
    'from', 'by', 'as', 'is', 'are', 'has', 'have', 'having', 'any', 'some', 'all', 'me', 'us', 'find', 'search',
    'show', 'need', 'want', 'looking', 'like', 'able', 'manager', 'hold', 'holds', 'holding', 'based', 'located', 'area', 'areas', 'region', 'major',
    'majors', 'majored', 'studied', 'admin', 'admins', 'administrator', 'administrators', 'executive', 'executives',
    'associate', 'associates', 'officer', 'officers', 'director', 'directors', 'supervisor', 'supervisors', 'head',
    'industry', 'industries', 'sector', 'similar', 'equivalent', 'comparable', 'former', 'previous', 'past',
    'specialization', 'specialisation', 'specializing', 'specialising', 'concentration',
    // Where one worked, said of a trade (`from a hospital setting`, `in a fast-paced environment`).
    'setting', 'settings', 'company', 'companies', 'firm', 'firms',
    // … or of a unit of one (`ran a sales department, region or office`): what it does is what is asked.
    'department', 'departments', 'dept', 'division', 'divisions', 'office', 'offices',
    // Holding, not what is held (`anyone who won a Spot award`, `ACCA or CMA qualified`, `speaks Tamil`).
    'won', 'received', 'earned', 'obtained', 'passed', 'got', 'qualified', 'title', 'titles', 'speaks', 'speak', 'speaking',
    'served', 'serving',
    // Where a post is held, not what it is (`corporate security officer`, `corporate trainer`).
    'corporate',
    // Words that stress (`someone who has actually headed a factory`).
    'actually', 'really', 'truly', 'headed',
    // Verbs and words of any task (`one person to run payroll and handle the paperwork`).
    'one', 'run', 'runs', 'handle', 'handles', 'handled', 'handling', 'new',
    // … and of putting a thing together (`put together the annual training calendar`, `writes SQL`, `builds dashboards`).
    'put', 'puts', 'together', 'writes', 'builds',
    // … and of writing one (`authored a published book`): the thing written is what is asked.
    'authored', 'co-authored', 'wrote', 'published',
    // How at ease one is with a thing (`comfortable with Git`): the thing is what is asked.
    'comfortable', 'confident', 'competent', 'versed', 'well-versed', 'adept', 'savvy',
    // Levels of seniority, as 'senior' and 'junior' are (`mid-level accountant`, `entry level`).
    'mid-level', 'mid', 'midlevel', 'entry-level', 'level', 'levels',
    // The order a path was taken in (`took the diploma route - a polytechnic diploma first`): its steps are what is asked.
    'took', 'taken', 'first', 'route',
    // How varied (`different OS versions`, `various clients`): the things are what is asked. (Not
    // `multiple`: `across multiple states` asks for it.)
    'different', 'various', 'done',
    // Words of talk around what is asked, as 都行 and 也算 are (`either school is fine`, `a diploma is OK too`).
    'fine', 'ok', 'okay', 'acceptable', 'welcome', 'too', 'included', 'incl',
    // … and words pointing back at it (`any one of them is fine`, `either kind is fine`).
    'them', 'they', 'their', 'kind', 'kinds',
    // … and of how one got somewhere, or where things stand (`came up through the plant`, `department
    // head and up`, `that kind of thing`, `old names count`).
    'up', 'out', 'through', 'thing', 'things', 'count', 'counts', 'came', 'come', 'went', 'going', 'moved', 'picked',
    'pulled', 'instead', 'enough', 'already', 'now', 'he', 'she', 'his', 'her', 'him', 'own', 'other', 'others',
    'side', 'old', 'belongs', 'belong', 'keep', 'keeps',
    // … and of when, in a path told in order (`studied engineering and later did an MBA`).
    'later', 'afterwards', 'eventually', 'subsequently',
  ],
};

/** Weak words that ask for a field as studied (`数学系毕业`, `自动化专业`, `an electrical engineering degree`). */
export const STUDY_WORDS: Bilingual = {
  zh: ['毕业', '专业', '学历', '学位'],
  // prettier-ignore
  en: [
    'graduate', 'graduates', 'graduated', 'grad', 'grads', 'degree', 'degrees', 'major', 'majors', 'majored', 'studied',
    'specialization', 'specialisation', 'specializing', 'specialising', 'concentration',
  ],
};

/**
 * Words that say a degree or a higher one will do, right after it (`硕士以上`, `本科及以上学历`,
 * `master's or above`) or right before it (`至少本科`, `at least a bachelor's`). Without them, a
 * degree with its field (`法学硕士`, `a bachelor's in accounting`) ranks who has that very degree first.
 */
export const OR_HIGHER = {
  after: {
    zh: ['及以上', '或以上', '以上', '或更高', '及更高'],
    en: ['or above', 'or higher', 'and above', 'or more', 'plus'],
  },
  before: { zh: ['至少', '最少', '不低于'], en: ['at least', 'minimum', 'minimum of'] },
} as const;

/**
 * Study words that name the level only (`研究生学历`, `博士学位`): next to them, a profession or a
 * trade is where one worked (`银行高管出身、研究生学历`), not what one studied.
 */
export const LEVEL_WORDS: readonly string[] = ['学历', '学位'];

/**
 * Words for who writes software: weak beside a skill (`Java developers`), the software job family
 * when a place is all else asked (`武汉那边的程序员`, `developers in Pune`).
 */
export const PROGRAMMER_WORDS: Bilingual = {
  zh: ['程序员', '码农', '开发人员', '开发者', '开发工程师'],
  en: ['programmer', 'programmers', 'developer', 'developers', 'coder', 'coders', 'dev', 'devs'],
};

/**
 * Role words that say the same in either language: a weak word of the query stands next to a
 * skill in a résumé written in the other language too (`Django developer` ~ `Django 开发`,
 * `嵌入式软件工程师` ~ `embedded software engineer`). Used for nearness only, never to match.
 */
// prettier-ignore
export const ROLE_EQUIVALENTS: readonly (readonly string[])[] = [
  ['developer', 'developers', 'development', 'dev', '开发', '研发', '开发者', '开发人员', '开发工程师'],
  ['engineer', 'engineers', '工程师'],
  ['programmer', 'programmers', 'coder', '程序员'],
  ['consultant', 'consultants', '顾问'],
  ['specialist', 'specialists', 'expert', 'experts', '专家'],
  ['admin', 'admins', 'administrator', 'administrators', 'administration', '管理员'],
];

/**
 * Role words that make a title of what stands next to them (`采购经理`, `procurement manager`,
 * `PHP developer`): the role equivalents and the words of rank.
 */
export const TITLE_ROLE_WORDS: readonly string[] = [
  ...ROLE_EQUIVALENTS.flat(),
  ...['经理', '总监', '主管', 'manager', 'managers', 'director', 'directors', 'lead'],
];

/**
 * Words of rank that make a post of the function next to them (`销售部经理`, `人力资源总监`, `Sales
 * Manager`, `Director of Procurement`): in a résumé, the function is the candidate's post; in a
 * query (`sales manager`, `采购经理`), they ask for who held it.
 */
export const RANK_WORDS: Bilingual = {
  // prettier-ignore
  zh: ['经理', '总监', '主管', '负责人', '部长', '主任', '总裁', '处长', '科长', '总经理', '副总经理', '副总裁', '副总'],
  // prettier-ignore
  en: ['manager', 'managers', 'director', 'directors', 'head', 'lead', 'leads', 'supervisor', 'supervisors', 'chief', 'vp'],
};

/**
 * Plain Chinese words of work no entry names (`部署`, `调优`, `实施`), each with the English words a
 * résumé in English writes for it, every form: a Chinese question about a skill English résumés show
 * (`有部署或者调优过Tomcat的吗`) finds who deployed or tuned it in English as well. Only words of one
 * meaning, each way, are here: not 编写 (`written communication`), 审核 (a performance review), `test`
 * (blood tests), `reports` (direct reports), `built`; 开发, 管理 and the role words rank too little to need it.
 */
export const WORK_WORD_GLOSSES: Readonly<Record<string, readonly string[]>> = {
  部署: ['deploy', 'deployed', 'deploying', 'deployment', 'deployments'],
  调优: ['tuning', 'tuned', 'tune', 'optimization', 'optimized', 'optimizing'],
  优化: ['optimization', 'optimizations', 'optimized', 'optimize', 'optimizing', 'optimised', 'optimisation'],
  实施: ['implementation', 'implementations', 'implemented', 'implementing', 'implement'],
  测试: ['testing', 'tested'],
  维护: ['maintenance', 'maintained', 'maintaining', 'maintain', 'maintains'],
  调试: ['debugging', 'debugged', 'debug'],
  设计: ['design', 'designed', 'designing', 'designs'],
  搭建: ['setup', 'set up'],
  分析: ['analysis', 'analyses', 'analyzed', 'analysed', 'analyzing', 'analysing'],
  建模: ['modeling', 'modelling'],
  脚本: ['script', 'scripts', 'scripting'],
  接口: ['interface', 'interfaces'],
  报表: ['reporting'],
  迁移: ['migration', 'migrations', 'migrated', 'migrating'],
  排查: ['troubleshooting', 'troubleshoot', 'troubleshooted'],
  集成: ['integration', 'integrations', 'integrated', 'integrating'],
  谈判: ['negotiation', 'negotiations', 'negotiated', 'negotiating'],
  培训: ['training', 'trainings', 'trained'],
  编程: ['programming', 'programmed'],
  安装: ['installation', 'installations', 'installed', 'installing'],
  配置: ['configuration', 'configurations', 'configured', 'configuring'],
  协调: ['coordination', 'coordinated', 'coordinating', 'coordinate'],
  维修: ['repair', 'repairs', 'repaired', 'repairing'],
  检验: ['inspection', 'inspections', 'inspected', 'inspecting'],
  巡检: ['inspection', 'inspections', 'inspected', 'inspecting'],
  验收: ['acceptance'],
  评估: ['assessment', 'assessments', 'assessed', 'evaluation', 'evaluations', 'evaluated'],
  预测: ['forecasting', 'forecast', 'forecasts', 'forecasted'],
  规划: ['planning', 'planned'],
  统计: ['statistics', 'statistical'],
  校准: ['calibration', 'calibrations', 'calibrated', 'calibrating'],
  装配: ['assembly', 'assembled', 'assembling'],
  调度: ['scheduling', 'dispatch', 'dispatching', 'dispatched'],
  结算: ['settlement', 'settlements'],
  预算: ['budget', 'budgets', 'budgeting', 'budgeted'],
  招聘: ['recruiting', 'recruitment', 'recruited', 'hiring'],
  工程: ['engineering', 'engineer', 'engineers'],
  系统: ['system', 'systems'],
  支持: ['support', 'supported', 'supporting'],
  平台: ['platform', 'platforms'],
  框架: ['framework', 'frameworks'],
  模块: ['module', 'modules'],
  供应商: ['vendor', 'vendors', 'supplier', 'suppliers'],
  员工: ['employee', 'employees'],
  课程: ['course', 'courses', 'coursework'],
  理赔: ['claims', 'claim'],
  自动化: ['automation', 'automated', 'automating'],
};

/**
 * A word of rank in the other language (`总监` is a director, `manager` a 经理): a post asked for
 * in one language is written in the other by résumés in it (`人力资源总监` for `HR Director`).
 */
export const RANK_TRANSLATIONS: Readonly<Record<string, readonly string[]>> = {
  经理: ['manager'],
  总监: ['director'],
  主管: ['supervisor', 'lead'],
  负责人: ['head', 'lead'],
  部长: ['head'],
  主任: ['director', 'head'],
  总裁: ['president'],
  副总裁: ['vice president'],
  manager: ['经理'],
  managers: ['经理'],
  director: ['总监'],
  directors: ['总监'],
  head: ['负责人'],
  lead: ['负责人'],
  leads: ['负责人'],
  supervisor: ['主管'],
  supervisors: ['主管'],
  vp: ['副总裁'],
};

/**
 * The levels a thing is held at (`国家级、省部级都行` of a key lab, `national or state-level awards`): a
 * choice made only of these says any level will do, so it ranks and decides nothing.
 */
// prettier-ignore
export const ADMIN_LEVELS: Bilingual = {
  zh: ['国家级', '国际级', '省部级', '部级', '省级', '部委级', '市级', '地市级', '厅局级', '县级', '区级'],
  // Not `state`, `regional`, `international`: a state's government, a regional manager, international trade.
  en: ['national', 'state-level', 'provincial', 'national-level'],
};

/**
 * Kinds of work done on a thing (`变频器…调试、维护、设计都行`, `PLC programming, installation or
 * maintenance`): a choice made only of these says any work on it will do, so it ranks and decides
 * nothing, where a choice of things (`kafka OR rocketmq`) is a requirement as a whole. Not the work
 * that is a trade of its own (测试, 运维, 研发, testing, support, operations): `Linux 运维或测试` asks for one.
 */
// prettier-ignore
export const KINDS_OF_WORK: Bilingual = {
  zh: [
    '调试', '维护', '设计', '安装', '实施', '维修', '检修', '操作', '编程', '选型', '改造', '部署', '集成', '应用', '使用', '保养',
  ],
  en: [
    'design', 'designing', 'installation', 'installing', 'commissioning', 'maintenance', 'maintaining', 'repair',
    'repairing', 'troubleshooting', 'programming', 'configuration', 'configuring', 'implementation', 'deployment',
    'integration', 'selection', 'servicing',
  ],
};

/**
 * Filler inside a Chinese query term, split off so the rest is found wherever it is written
 * (`获得过奖学金`, `做过直播业务的`); each piece that is a {@link WEAK_WORDS} word stays as a weak word.
 */
// prettier-ignore
export const TERM_FILLER: readonly LexiconWord[] = [
  '做过', '做了', '当过', '当了', '当上', '已经', '待了', '现在', '目前', '用过', '干过', '干了', '搞过', '管过', '负责过', '管理过', '带过', '获得过', '获得', '得过', '拿过', '拿到过', '有过', '熟悉', '精通', '掌握', '了解', '擅长', '相关', '经验', '经历', '开发工程师', '开发者',
  '开发人员', '开发', { word: '工程师', notAfter: '级高' }, '程序员', '专家', '人员', '方向', '岗位', '职位', '候选人', '及以上', '以上', '学历', '专业',
  '业务', '从业', '行业', '背景', '领域', '工作过', '待过', '呆过', '出来', '职称', '毕业', '学位', '出身', '这类', '这种', '之类', '这几家', '这几个', '这几种', '这几类', '这些', '的',
  { word: '处理过', notBefore: '程' }, { word: '参与过', notBefore: '程' }, { word: '搭建过', notBefore: '程' }, '做到了', '做到', '下海', '以前', '之前', '后来', '之后', '曾经', '也算',
  // `本硕都是计算机`: both (degrees) are: no word of the thing asked.
  '都是',
  // How a total is counted (`独立董事累计5年`, `几家加起来`): no word of the thing asked.
  // (Not 合计, 一共: 综合计划, 统一共享.)
  '累计', '累积', '总共', '加起来', '合起来',
  // Words of talk that open an example or a limit (`比如Kafka`, `至少两块`, `专业不限`, `尤其是Spring`). (Not
  // 其中, 例如: 尤其中国, 比例如何; not 不限于, of 包括但不限于, which goes whole.)
  '比如', '至少', '起码', { word: '不限', notBefore: '于' }, '就行', '包括但不限于', '尤其是', '尤其', '特别是',
];

/**
 * Words of a Chinese query that ask for nothing when they stand as words of their own (a word
 * segmenter's words, so `会计` keeps its 会 and `有限` its 有): the verbs of asking and having
 * (`找有会计师事务所审计经验的`, `有信托…经验的`, `做独立董事`, `具有律师资格的`).
 */
// prettier-ignore
export const QUERY_VERBS_ZH: readonly string[] = [
  '找', '找个', '找一个', '找些', '找一些', '找位', '寻找', '想找', '要', '想要', '需要', '招', '招聘', '有', '具有', '具备', '拥有', '做', '当', '当过', '担任', '担任过',
  '从事', '从事过', '在', '会', '懂', '能', '谁', '请', '是', '过', '了', '个', '位', '名', '从业', '没有', '有没有', '的', '吗', '呢',
  '吧', '啊', '谁有', '有谁', '谁是', '谁会', '谁能', '谁懂', '哪些', '哪位', '哪个', '请问', '是否', '能否', '有人', '要有', '需有',
  '一个', '一位', '一名', '一些', '几个', '几位', '两个', '两位', '这样的', '这种', '那种', '一家', '一间',
  // Words of contrast before what is asked (`大专学历、但有高级职称的`).
  '但', '但是', '但有',
];

/**
 * Adverbs of also and once (`又在企业当过董事长的`, `也做过`, `曾在`): with a verb of having, being or
 * doing right after them (see ADVERB_VERBS_ZH) they ask for nothing; elsewhere they may begin a
 * word or a name (曾志伟, 都灵, 并网, 都会).
 */
export const ADVERBS_ZH: readonly string[] = ['又', '也', '曾', '都'];
/** The verbs after which such an adverb asks for nothing (`又在`, `也有`, `曾任`, `都做过`). */
// prettier-ignore
export const ADVERB_VERBS_ZH: readonly string[] = [
  '在', '有', '是', '任', '做', '当', '做过', '当过', '干过', '担任', '担任过', '从事', '从事过', '具有', '拥有',
];

/** Particles and conjunctions that ask for nothing when left on their own (`的`, `和`). */
export const PARTICLES = '的地得了吗呢啊吧和与或及之';

/**
 * English function words: they ask for nothing (`master's degree in computer science`) unless
 * typed with `+`. Not `it` (IT) or `us` (US).
 */
// prettier-ignore
export const FUNCTION_WORDS: readonly string[] = [
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'for', 'to', 'from', 'by', 'as', 'is', 'are', 'was', 'were', 'be', 'been',
  'with', 'and', 'or', 'nor', 'any', 'some', 'all', 'who', 'whom', 'which', 'that', 'this', 'these', 'those', 'i', 'we',
  'you', 'my', 'our', 'your', 'its', 'than', 'then', 'so', 'such', 'into', 'onto', 'about', 'also', 'just', 'only',
  'very', 'not', 'e.g', 'eg', 'i.e', 'ie', 'etc', 'both', 'incl', 'including', 'includes', 'esp', 'especially', 'like',
  // Asking, not asked for (`find me a manufacturing engineer`, `does anyone here have …`).
  'find', 'me', 'show', 'search', 'need', 'needs', 'want', 'wants', 'looking', 'seeking', 'please', 'here', 'there',
  'anyone', 'someone', 'somebody', 'anybody', 'has', 'have', 'had', 'having', 'does', 'do', 'did', 'use', 'used', 'handle', 'handles',
  'uses', 'using',
  // Doing, not what was done (`built dashboards in Kibana`, `anyone doing computer vision`).
  'doing', 'done', 'built', 'created', 'creating', 'made', 'making', 'led', 'ran', 'running', 'held', 'sat', 'sits',
  'written', 'wrote', 'won',
  // What is left of `doesn't`, `isn't` where no clause of what does not count took them (not their t: GD&T).
  'doesn', 'isn', 'aren', 'didn', 'hasn', 'haven', 'wasn', 'weren',
  'can', 'could', 'will', 'would', 'should', 'may', 'might', 'must',
];

/** {@link FUNCTION_WORDS} as a set, for lookups. */
export const FUNCTION_WORD_SET: ReadonlySet<string> = new Set(FUNCTION_WORDS);

/** What may stand between years and the skill they are about: `of`, `with`, `的`, role words. */
export const YEARS_SKILL_FILLER: Bilingual = {
  zh: ['的', '开发', '编程', '使用', '语言', '工程师', '管理', '相关', '方面', '工作'],
  // prettier-ignore
  en: [
    'of', 'in', 'with', 'using', 'on', 'hands-on', 'developer', 'development', 'engineer', 'programming', 'programmer',
    'managing', 'leading', 'running', 'working', 'as', 'a', 'an',
    // A rank in the post (`5 years as a senior accountant`, `as a staff accountant`).
    'senior', 'junior', 'staff', 'lead', 'principal',
  ],
};

/**
 * Before a company's name, what makes it no employer: a client's (`项目客户：中国建设银行`, `client:
 * Microsoft`), or a skill (`proficient at Microsoft Excel`). In résumés (extract.ts) and questions (search.ts).
 */
export const NOT_EMPLOYER_BEFORE =
  /(?:客户|甲方|合作方|服务对象|client|customer)[^\n]{0,16}$|\b(?:good|proficient|expert|skilled|adept|excellent|strong|great|efficient|best|experience|experienced|versed)\s+(?:at|in|with)\s+$/;
/**
 * `joined Microsoft`, `worked at Infosys`, `working in Wipro`, `consultant for Microsoft`: the employer (not
 * `worked with`, a partner's or a product's; `working in Microsoft technologies` is the product's, see above).
 */
export const EMPLOYER_BEFORE_EN =
  /\b(?:at|joined|joining|rejoined|(?:work(?:ed|ing|s)?|employed|employee|consultant|contractor|intern(?:ed)?|engineer|developer|manager)\s+(?:at|for|by|in))\s+(?:the\s+)?$/;

/** The words that make a post a deputy's (`副总经理`, `常务副总经理`, `deputy general manager`, `vice president`). */
export const DEPUTY_PREFIX = /^(?:副|常务副|执行副|deputy\b|vice\b|assistant\b)/;

/**
 * Verbs of having held a post (`在大学当过老师`, `党委书记干过3年以上`): inside a post written around
 * them, and between a post and its years.
 */
export const HELD_VERBS_ZH: readonly string[] = [
  '当过',
  '做过',
  '干过',
  '任过',
  '担任过',
  '当了',
  '做了',
  '当上',
  '做到了',
];

/**
 * A trade's bodies, between it and its years (`在金融监管部门干过5年以上`, `在房地产公司干了10年`); only
 * before them: after them they may begin a term of their own (`5年以上公司金融经验`: corporate finance).
 */
export const TRADE_BODIES_ZH: readonly string[] = ['部门', '机关', '单位', '企业', '公司', '机构'];

/** What may stand between years and a trade besides: its sector, working in it (`房地产行业10年以上`, `在酒店行业干过5年以上的`, `10+ years in the food and beverage industry`). */
export const YEARS_TRADE_FILLER: Bilingual = {
  // prettier-ignore
  zh: ['行业', '领域', '产业', '系统', '工作', '从业', '干过', '干了', '干', '做过', '做了', '待过', '待了', '呆过', '里', '内'],
  en: [
    'the',
    'industry',
    'industries',
    'sector',
    'field',
    'space',
    'business',
    'working',
    'work',
    'experience',
    'at',
    'with',
  ],
};

/** Words in a résumé that say a certificate or award is held: `Certified ScrumMaster`, `获得PMP证书`. */
export const CREDENTIAL_HELD: Bilingual = {
  zh: [
    '获得',
    '取得',
    '考取',
    '通过',
    '持有',
    '注册',
    '证书',
    '认证',
    '资格',
    '获奖',
    '荣获',
    '一等奖',
    '二等奖',
    '三等奖',
  ],
  en: [
    'certified',
    'certification',
    'certificate',
    'credential',
    'licensed',
    'licenced',
    'accredited',
    'awarded',
    'winner',
    'won',
    'holder',
  ],
};

/** Words that say it is not held yet: `preparing for PMP`, `备考`, `training`. */
export const CREDENTIAL_NOT_YET: Bilingual = {
  zh: ['备考', '正在考', '在考', '学习中', '培训'],
  en: ['preparing', 'pursuing', 'studying for', 'in progress', 'trained', 'training', 'course', 'coursework'],
};

/**
 * Words that say a degree is not held (yet): still studied for (`EMBA在读`, `正在攻读博士`, `pursuing
 * an MBA`, `MBA candidate`, `MBA, expected 2026`) or only a course of it (`EMBA课程高级研修班`,
 * `MBA coursework`). `before` words may stand a few words ahead of the degree in its clause; `after`
 * words must follow it directly (`主修课程：…` after a degree lists its courses), and not as a
 * period (`在读期间`: while studying, told afterwards).
 */
/**
 * What follows a degree word in a supervisor's title (`博士生导师`, `硕士研究生导师`, `MBA硕士生导师`):
 * it says whom one teaches, not what one holds.
 */
export const ADVISOR_AFTER: readonly string[] = [
  '硕士研究生导师',
  '博士研究生导师',
  '硕士生导师',
  '博士生导师',
  '研究生指导教师',
  '研究生导师',
  '生指导教师',
  '指导教师',
  '生导师',
  '导师',
];

export const DEGREE_NOT_HELD = {
  before: { zh: ['正在攻读', '正在就读', '目前就读', '在读'], en: ['pursuing', 'currently enrolled in'] },
  after: {
    zh: ['在读', '课程', '研修', '高研', '进修', '肄业', ...ADVISOR_AFTER],
    en: ['candidate', 'in progress', 'expected', 'ongoing', 'coursework'],
  },
} as const;
