/*
 * Chinese characters that look alike and are typed or read one for the other (形近字): `治金` for
 * 冶金, `融资租凭` for 融资租赁, `市扬` for 市场. A pinyin input method's slips sound alike (see
 * pinyin.ts); these are the slips of handwriting, a stroke-based input method (五笔) and reading a
 * scan, and are listed only where no reading is shared (what sounds alike is found by sound).
 * Groups of characters each of which may be mistaken for the others; a character may stand in
 * several groups. Not the simplest characters (人 入 八, 大 太, 王 玉): too many real words differ
 * by one of them (八大, 王林).
 */
const GROUPS: readonly string[] = [
  // A stroke or a part more, less or other.
  '冶治',
  '似拟',
  '赁凭任',
  '戊戌戍',
  '拨拔',
  '栽裁载',
  '贷货',
  '券卷',
  '刺剌',
  '徽微',
  '崇祟',
  '逐遂',
  '仓仑',
  '检捡俭验险',
  '营菅',
  '税锐',
  '审宙',
  '拆折析',
  '斤斥',
  '住往',
  '待侍持特',
  '坏怀环',
  '烧浇晓',
  '输偷',
  '铺捕',
  '项顶顷',
  '须预',
  '管菅官',
  '债责绩',
  '抚扰',
  '援缓暖',
  '绿缘',
  '准淮推维',
  '设没投',
  '范苑',
  '培倍陪赔',
  '挖控',
  '探深',
  '稳隐',
  '编偏遍篇骗',
  '集焦售',
  '件伴',
  '储诸',
  '纲网',
  '煤媒谋',
  '客容',
  '庄压',
  '材村林',
  '休体',
  '直真',
  '具真县',
  '贡员',
  '代伐',
  '字宇',
  '收牧枚',
  '政改攻故',
  '效校较郊',
  '技枝',
  '版板贩',
  '征径',
  '经轻',
  '扬杨场汤',
  '备各',
  '务条',
  '授援',
  '伏状',
  '持恃',
  '科料',
  '埋理',
  '现观规视',
  '察祭',
  '际标',
  '陈阵',
  '伤仿',
  '供洪拱',
  '其共具',
  '动劝功',
  '远运',
  '达这过',
  '述迷',
  '辨辩辫瓣',
  '融隔',
  '质盾',
  '负页贞',
  '贪贫',
  '拟似',
  '减咸',
  '钧钓均',
  '贸贺',
  '械诫戒',
  '塑朔',
  '候侯',
  '模横',
];

let byChar: Map<string, string[]> | null = null;

/** The characters that look like `char` (`冶` → 治; `场` → 扬, 杨, 汤), or none. */
export function looksLike(char: string): readonly string[] {
  if (!byChar) {
    const map = new Map<string, string[]>();
    for (const group of GROUPS) {
      const chars = Array.from(group);
      for (const c of chars) {
        const list = map.get(c) ?? [];
        for (const other of chars) if (other !== c && !list.includes(other)) list.push(other);
        map.set(c, list);
      }
    }
    byChar = map;
  }
  return byChar.get(char) ?? [];
}

/** True when `a` and `b` are two characters that look alike (`治`, `冶`). */
export function lookAlike(a: string, b: string): boolean {
  return a !== b && looksLike(a).includes(b);
}
