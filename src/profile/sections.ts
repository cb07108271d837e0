/** What a part of a résumé is about, from its headings or bare section titles. */
export type SectionKind = 'header' | 'work' | 'education' | 'projects' | 'skills' | 'summary' | 'other';

const KEYWORDS: readonly [SectionKind, RegExp][] = [
  [
    'education',
    /^(教育(背景|经历|信息)?|学历|学习经历|education(al)?( background| history| details)?|academics?|academic (background|qualifications?)|qualifications?)$/i,
  ],
  [
    'projects',
    /^(项目(经历|经验|介绍)?|开源(项目|贡献)(与项目)?|个人项目|主要项目|projects?|project (experience|history|details)|personal projects|open source|side projects)$/i,
  ],
  [
    'skills',
    /^(专业技能|技术技能|技能(清单|特长)?|核心技能|技术栈|个人技能|掌握技能|skills?|skill details|technical skills|skill set|skills? (and|&) (tools|abilities)|tech stack|technologies|core competencies|competencies|key skills|it skills|highlights)$/i,
  ],
  [
    'work',
    /^(工作(经历|经验|履历)|职业经历|实习经历|任职经历|经历|work (experience|history)|experience|company details|professional experience|employment( history)?|career( history)?|work)$/i,
  ],
  [
    'summary',
    /^(个人(信息|简介|总结|评价|资料)|基本信息|联系方式|自我(评价|介绍)|求职意向|关于我|简介|自我描述|about( me)?|summary|profile|(professional|executive|personal|career) (summary|profile)|(career|professional) overview|objective|career objective|contact( information)?|personal (details|information))$/i,
  ],
  [
    'other',
    /^(荣誉|获奖|荣誉(和|与)获奖(记录)?|证书|资格证书|其他|其它|兴趣爱好|爱好|语言能力|文章|博客|awards?|honou?rs?|certifications?|certificates?|publications?|languages?|interests|hobbies|references|achievements|accomplishments|additional information|volunteer( experience)?)$/i,
  ],
];

/**
 * `Python- Exprience - 24 monthsCompany Details`: a section's title run onto the end of the line
 * before it, as text taken from a table or a PDF may have it (the titles such exports use).
 */
const GLUED_TITLE = /[a-z\d.)](company details|education details|project details|skill details)\s*$/i;

/** The section a title names, if it is a section title at all. */
export function sectionOf(title: string): SectionKind | undefined {
  const t = title
    .replace(/[#*:：_\s]+$/g, '')
    .replace(/^[#*\s\d.、]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (t === '' || t.length > 40) return undefined;
  for (const [kind, pattern] of KEYWORDS) if (pattern.test(t)) return kind;
  return undefined;
}

/**
 * The section of every line. Markdown headings that name a section start it; deeper headings
 * stay inside it. A short bare line naming a section (`WORK EXPERIENCE`, `核心技能`) starts one too.
 */
export function sectionsByLine(lines: readonly string[]): SectionKind[] {
  const out: SectionKind[] = [];
  let current: SectionKind = 'header';
  let level = 0;
  for (const line of lines) {
    const heading = /^(#{1,6})\s*(.+)$/.exec(line);
    const bare = heading || line.length > 30 ? undefined : sectionOf(line);
    if (heading?.[1] && heading[2] !== undefined) {
      const kind = sectionOf(heading[2]);
      const depth = heading[1].length;
      if (kind) {
        current = kind;
        level = depth;
      } else if (depth <= level && current !== 'header') {
        current = 'other';
        level = depth;
      }
    } else if (bare) {
      current = bare;
      level = 7;
    } else {
      // The line stays in its section; its glued title starts the next one.
      const glued = GLUED_TITLE.exec(line);
      const kind = glued ? sectionOf(glued[1] as string) : undefined;
      if (kind) {
        out.push(current);
        current = kind;
        level = 7;
        continue;
      }
    }
    out.push(current);
  }
  return out;
}
