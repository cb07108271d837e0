import { writtenFact } from './written-fact.js';

/**
 * Whether a résumé shows a management post (中高层: a department's head or above), read from how such
 * posts are written rather than from a list of titles: a head of a unit named by its kind (`厂长`,
 * `处长`, `科长`, `院长`, a bank's `行长`), a company's officers (`董事长`, `总经理`, `总裁`, `总监`,
 * `总工程师`, `董事会秘书`, a `首席…官`), a party committee's secretary, the head of a department, an
 * office, a centre or a branch (`财务部经理`, `办公室主任`, `部门负责人`, `分公司副总经理`), an assistant
 * to the general manager. Not a project's, a product's or a client's manager (项目经理, 项目部经理, 产品经理,
 * 客户经理), a class teacher (班主任), a head's secretary (总经理秘书), a rank held by no head (主任科员,
 * 主任医师, 主任工程师), nor a qualification (董秘资格).
 *
 * Chinese only: in an English résumé a post's name is as often whom one reported to or assisted
 * (`reports to the CEO`, `assisted the CFO`, `assistant store manager`) as one's own.
 */
// A head's 长 is never the start of 长期, 长远, 长达, 长度, 长效, 长尾… (`全部长期`, `银行长期贷款`), nor
// of a place (`本科长沙理工大学`, `总部长春`, `总部长三角`).
const NOT_LONG = '(?![期远久达度大短效尾三沙春江城安治白兴寿宁乐丰海征])';
// A head's secretary or assistant holds no head's post (`总经理秘书`, `局长秘书`; 总经理助理 is read apart).
const NOT_AIDE = '(?!秘书|助理)';
// A 主任 who heads nothing: a rank (`主任科员`, `主任医师`, `主任工程师`) or a committee's seat (`主任委员`).
const NOT_RANK = '(?!科员|医师|药师|护师|技师|工程师|研究员|编辑|记者|委员)';

const MANAGEMENT_POSTS = new RegExp(
  [
    `董事长${NOT_AIDE}`,
    `总经理${NOT_AIDE}`,
    `总裁${NOT_AIDE}`,
    '总经理助理',
    '总裁助理',
    '总监',
    '总工程师',
    '总会计师',
    '总经济师',
    // Not 总工会 (a trade-union federation), 总工期, 总工资, 总工作量, 总工办 (the chief engineer's office).
    '总工(?![会期资作时办])',
    '董事会秘书(?!资格)',
    '董秘(?!资格)',
    '首席[^，,。；;、\\s]{1,4}?官',
    '(?:党委|党组|纪委)副?书记',
    '监事会主席',
    '监事长',
    // A bank's head (`分行行长`, `副行长`), not a word running on (`银行长期`, `进行长达`).
    `(?<![进运执银平旅航发流履])行长${NOT_LONG}${NOT_AIDE}`,
    // The head of a unit named by its kind (`厂长`, `副局长`, `处长`, `所长`, `院长`, `财务部长`).
    `(?:厂|局|厅|处|科|所|校|院|部|社|站|馆|署)长${NOT_LONG}${NOT_AIDE}`,
    // The head of a department, an office, a centre, a workshop or a branch; not a project's (项目部经理).
    `(?<!项目)(?:部门?|处|科|室|中心|车间|办公室|委员会|分公司|公司|分行|支行|事业部|分厂)副?(?:经理|主任${NOT_RANK}|负责人)`,
    '部门副?总监',
  ].join('|'),
);

const management = writtenFact(MANAGEMENT_POSTS);

/** `folded`: the résumé's folded text (see `fold`). */
export const showsManagementPost = management.shows;

/** Where {@link showsManagementPost} saw it, as offsets into `folded`: the quotes of "why this match". */
export const managementPosts = management.where;
