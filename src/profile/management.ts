/**
 * Whether a résumé shows a management post (中高层: a department's head or above), read from how such
 * posts are written rather than from a list of titles: a head of a unit named by its kind (`厂长`,
 * `处长`, `科长`, `院长`, a bank's `行长`), a company's officers (`董事长`, `总经理`, `总裁`, `总监`,
 * `总工程师`, `董事会秘书`, a `首席…官`), a party committee's secretary, the head of a department, an
 * office, a centre or a branch (`财务部经理`, `办公室主任`, `部门负责人`, `分公司副总经理`), an assistant
 * to the general manager. Not a project's, a product's or a client's manager (项目经理, 产品经理, 客户经理),
 * a class teacher (班主任), a chief physician (主任医师), or a rank held by no head (主任科员).
 *
 * In English, the posts that head something by their name (`general manager`, `plant manager`,
 * `vice president`, `chief financial officer`); a bare `director` or `manager` is as often a board's
 * member, a project's manager or whom one reported to.
 */
// A head's 长 is never the start of 长期, 长远, 长达, 长度… (`全部长期`, `银行长期贷款`), nor of a place
// (`本科长沙理工大学`, `总部长春`).
const NOT_LONG = '(?![期远久达度大短沙春江城安治白兴寿宁乐丰海征])';

const MANAGEMENT_POSTS = new RegExp(
  [
    '董事长',
    '总经理(?!助理)',
    '总裁(?!助理)',
    '总经理助理',
    '总裁助理',
    '总监',
    '总工程师',
    '总会计师',
    '总经济师',
    '总工(?![会期资作时])',
    '董事会秘书',
    '董秘',
    '首席[^，,。；;、\\s]{1,4}?官',
    '(?:党委|党组|纪委)副?书记',
    '监事会主席',
    '监事长',
    // A bank's head (`分行行长`, `副行长`), not a word running on (`银行长期`, `进行长达`).
    `(?<![进运执银平旅航发流履])行长${NOT_LONG}`,
    // The head of a unit named by its kind (`厂长`, `副局长`, `处长`, `所长`, `院长`, `财务部长`).
    `(?:厂|局|厅|处|科|所|校|院|部|社|站|馆|署)长${NOT_LONG}`,
    // The head of a department, an office, a centre, a workshop or a branch.
    '(?:部门?|处|科|室|中心|车间|办公室|委员会|分公司|公司|分行|支行|事业部|分厂)副?(?:经理|主任|负责人)',
    '部门副?总监',
    // English: posts that name what they head.
    '\\b(?:general manager|deputy general manager|managing director|vice president|senior vice president|plant manager|branch manager|department manager|department head|head of department|store manager|regional manager|country manager|chief (?:executive|financial|operating|technology|information|marketing|human resources|investment|risk) officer|(?:ceo|cfo|coo|cto|cio))\\b',
  ].join('|'),
);

const MANAGEMENT_POSTS_ALL = new RegExp(MANAGEMENT_POSTS.source, 'g');

/** `folded`: the résumé's folded text (see `fold`). */
export function showsManagementPost(folded: string): boolean {
  return MANAGEMENT_POSTS.test(folded);
}

/** Where {@link showsManagementPost} saw it, as offsets into `folded`: the quotes of "why this match". */
export function managementPosts(folded: string): { start: number; end: number }[] {
  return [...folded.matchAll(MANAGEMENT_POSTS_ALL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
