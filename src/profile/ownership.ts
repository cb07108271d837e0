import { writtenFact } from './written-fact.js';

/**
 * Whether a Chinese résumé shows work for a state-owned employer, read from how such posts are
 * written rather than from a list of names (the pool's bios name hundreds of provincial and city
 * firms once each): a party or discipline committee of a company, group, works or mine (`大同煤矿集团
 * 有限责任公司党委副书记`, `天原化工厂…党委副书记`, `中国船舶重工集团公司党组副书记`), a chairman or
 * general manager who is also its party secretary (`党委书记、董事长`), an old `国营` works
 * (`国营第八四三厂`), a bureau that ran an industry (矿务局, 铁路局, 工程局), a state-asset operating
 * company, a name from before the company law (`XX集团公司`, `XX总公司`, a numbered works, a city's
 * `XX市纺织品公司`). A ministry's 党组 is not
 * one: a company word must stand right before it. A private firm with a party committee reads as one.
 */
const STATE_OWNED_POSTS = new RegExp(
  [
    '(?:公司|集团|总厂|厂|矿务局|煤矿|矿)(?:党委|纪委|党总支|党组)',
    '(?:董事长|总经理|厂长|总裁)[、，,；;\\s]?兼?(?:任)?(?:党委书记|党委副书记)',
    '(?:党委书记|党委副书记)[、，,；;\\s]?兼?(?:任)?(?:副?董事长|总经理|厂长|总裁)',
    // An old state works by its number or its kind (`国营第八四三厂`, `国营135工厂`, `国营农场`), never 全国营销/中国营口.
    '(?<![全中])国营(?:第|[0-9一二三四五六七八九〇零]|[^，,。；;、]{0,8}?(?:厂|农场|公司))',
    // The bureaus that ran state industry and utilities (`大同矿务局`, `中国建筑第六工程局`, `成都铁路局`).
    '(?:矿务|工程|勘探|铁路|电业|供电|港务)局',
    '国有资产(?:经营|投资|运营)',
    '国有资本(?:投资|运营)',
    '国资公司',
    // How state enterprises were named before the company law: `XX集团公司` (not `集团有限公司`), `XX总公司`.
    '集团公司(?!有限|股份)',
    '总公司',
    // A numbered works (`上海第三羊毛衫厂`, `武汉第二机床厂`), as the plan named them; not a maker (厂商, 厂家).
    '第[一二三四五六七八九十]{1,3}(?![方次年个份副期名批届])[^，,。；;、的\\d]{1,6}?厂(?!商|家)',
    // A province's, city's or county's company with no company-law words in its name (`湖北省纺织品公司`,
    // `武汉市第四建筑工程公司`, `县棉花公司`).
    // Not 上市/超市/城市/门市/全省 (上市民营公司, 超市连锁公司), 市场/市值/省内, a branch (支公司, 分公司) or a
    // trade of the market era (软件, 网络, 咨询).
    '(?<![上超城门全都])[省市县](?![场值内民])[^，,。；;、任现本的]{2,10}?(?<!有限|股份|责任|控股|科技|实业|投资|支|分|软件|网络|咨询|技术)公司',
  ].join('|'),
);

const stateOwned = writtenFact(STATE_OWNED_POSTS);

/** `folded`: the résumé's folded text (see `fold`). */
export const showsStateOwnedEmployer = stateOwned.shows;

/** Where {@link showsStateOwnedEmployer} saw it, as offsets into `folded`: the quotes of "why this match". */
export const stateOwnedPosts = stateOwned.where;
