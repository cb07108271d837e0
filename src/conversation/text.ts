import type { SearchPage } from '../candidates/candidates.js';
import { maskEmail, maskPhone } from '../profile/contacts.js';
import { formatMonth } from '../profile/dates.js';
import type { Profile } from '../profile/profile.js';
import { describeSkillYears, type SkillYearsLine } from '../profile/skill-years.js';
import { conceptName, coverageOf, yearsShort, type Concept } from '../search/concepts.js';
import type { Highlight } from '../search/highlights.js';
import { describeYears } from '../search/query-language.js';
import { localLabel } from '../taxonomy/taxonomy.js';

export type Locale = 'zh' | 'en';

const LABELS = {
  zh: {
    searching: '搜索',
    experience: '经历',
    skillYears: '技能年限',
    totalYears: '总经验',
    results: (from: number, to: number, total: number) => `显示第 ${from}–${to} 位，共 ${total} 位`,
    none: '没有找到符合条件的候选人。',
    relaxed: '没有人同时满足全部条件，以下是最接近的：',
    didYouMean: '你是不是要找',
    years: (n: number) => `${n} 年经验`,
    unknownYears: '经验年限未知',
    skills: '技能',
    why: '匹配依据',
    contact: '联系方式',
    file: '文件',
    noContact: '无',
    more: (n: number) => `还有 ${n} 位：输入 next 查看下一页`,
    degree: { phd: '博士', master: '硕士', bachelor: '本科', associate: '大专' },
    help: [
      '用法：/candidate <查询>，例如：',
      '  /candidate rust',
      '  /candidate golang 5年以上 city:杭州',
      '  /candidate "分布式任务调度" -java company:美团',
      '查询语法：词语（满足越多越靠前）、A/B 或 A或B（任一）、"短语"、+必须 -排除、字段:值（skill company school city degree title name）、总年限（5年以上、years:>=5）、技能年限（3年以上Go经验、years:go>=3）',
      '其他命令：show <姓名|id> 查看完整资料 · match <JD> 按职位描述匹配（年龄、性别等与岗位无关的条件会被忽略）· next / prev 翻页 · help · quit',
      '添加简历：有权限的用户（UPLOAD_USERS）可私信我发送简历文件（PDF、DOCX、Markdown、TXT、HTML）',
    ],
    work: '工作经历',
    education: '教育经历',
    present: '至今',
    internship: '实习',
    ambiguous: '有多位候选人符合，请更具体：',
    notFound: (q: string) => `没有找到“${q}”。`,
  },
  en: {
    searching: 'Searching',
    experience: 'Experience',
    skillYears: 'Years by skill',
    totalYears: 'total',
    results: (from: number, to: number, total: number) => `showing ${from}–${to} of ${total}`,
    none: 'No candidates match.',
    relaxed: 'Nobody matches everything; closest matches:',
    didYouMean: 'Did you mean',
    years: (n: number) => `${n} yrs experience`,
    unknownYears: 'experience unknown',
    skills: 'Skills',
    why: 'Why',
    contact: 'Contact',
    file: 'File',
    noContact: 'none',
    more: (n: number) => `${n} more: type next for the next page`,
    degree: { phd: 'PhD', master: 'Master', bachelor: 'Bachelor', associate: 'Associate' },
    help: [
      'Usage: /candidate <query>, for example:',
      '  /candidate rust',
      '  /candidate golang 5+ years city:Hangzhou',
      '  /candidate "distributed systems" -java company:meituan',
      'Query language: words (more matched ranks higher), A/B or "A or B" (either), "phrases", +required -excluded, field:value (skill company school city degree title name), total years (5+ years, years:>=5), years with a skill (5+ years of Java, years:java>=5)',
      'Other commands: show <name|id> for the full profile · match <job description> to rank the pool against a JD (age, gender and other non-job criteria are ignored) · next / prev to page · help · quit',
      'Adding résumés: people in UPLOAD_USERS can send me a résumé file (PDF, DOCX, Markdown, TXT, HTML) in a direct message',
    ],
    work: 'Work',
    education: 'Education',
    present: 'present',
    internship: 'internship',
    ambiguous: 'Several candidates match; be more specific:',
    notFound: (q: string) => `No candidate called "${q}".`,
  },
} as const;

/** Chinese when the text has Chinese in it, else English, unless the operator fixed a locale. */
export function localeFor(text: string, configured: 'auto' | Locale = 'auto'): Locale {
  if (configured !== 'auto') return configured;
  return /[\u3400-\u9fff]/.test(text) ? 'zh' : 'en';
}

/** "matches 3 of 4 · ✗ CI/CD" (符合 3/4 · ✗ CI/CD): how much of the query a candidate shows. */
/** True when the query asked for years with a skill: the card then says whether they are met, even for one concept. */
export function withYears(shown: readonly Concept[], missed: readonly Concept[]): boolean {
  return [...shown, ...missed].some((c) => c.kind === 'taxonomy' && c.years !== undefined);
}

/** One line per skill: years and the dated jobs behind them, in the asker's language. */
export function evidenceLines(lines: readonly SkillYearsLine[], locale: Locale): string[] {
  return lines.map((l) => describeSkillYears({ ...l, label: localLabel(l.label, locale) }, locale));
}

export function coverageLine(
  coverage: { readonly shown: number; readonly of: number; readonly missed: readonly string[] },
  locale: Locale,
): string {
  const head =
    locale === 'zh' ? `符合 ${coverage.shown}/${coverage.of}` : `matches ${coverage.shown} of ${coverage.of}`;
  return [head, ...coverage.missed.map((m) => `✗ ${m}`)].join(' · ');
}

/** "showing 1–5 of 23", "no candidates match", "closest matches" in the asker's language. */
export function pageLabels(locale: Locale): {
  readonly range: (from: number, to: number, total: number) => string;
  readonly none: string;
  readonly relaxed: string;
} {
  const L = LABELS[locale];
  return { range: L.results, none: L.none, relaxed: L.relaxed };
}

export function renderHelp(locale: Locale): string {
  return LABELS[locale].help.join('\n');
}

/** How the query was understood, e.g. `Searching: Kafka · 5+ years · city: Beijing`. */
export function renderUnderstood(page: SearchPage, locale: Locale): string {
  const u = page.understood;
  const parts = [
    ...u.concepts.map(
      (c) =>
        `${c.presence === 'prohibited' ? '−' : c.presence === 'required' ? '+' : ''}${localLabel(c.as, locale)}${c.years ? ` ${yearsShort(c.years, locale)}` : ''}`,
    ),
    ...u.filters.map((f) => `${f.negated ? '−' : ''}${f.field}:${f.as ? localLabel(f.as, locale) : f.value}`),
    // Total years, told apart from years with a skill: `Go ≥ 3 年 · 总经验 5年以上`.
    ...(u.years
      ? [
          u.concepts.some((c) => c.years)
            ? `${LABELS[locale].totalYears} ${describeYears(u.years, locale)}`
            : describeYears(u.years, locale),
        ]
      : []),
  ];
  return `${LABELS[locale].searching}: ${parts.join(' · ')}`;
}

/** A result page as text cards. */
export function renderPage(page: SearchPage, locale: Locale): string {
  const L = LABELS[locale];
  if (page.empty) return renderHelp(locale);
  const lines = [renderUnderstood(page, locale)];
  for (const note of page.understood.notes) lines.push(`(${note})`);
  if (page.didYouMean.length > 0)
    lines.push(`${L.didYouMean}: ${page.didYouMean.map((d) => `${d.from} → ${d.to}`).join(', ')}?`);
  if (page.total === 0) {
    lines.push(L.none);
    return lines.join('\n');
  }
  if (page.relaxed) lines.push(L.relaxed);
  const from = page.offset + 1;
  const to = page.offset + page.page.length;
  lines.push(L.results(from, to, page.total), '');
  page.page.forEach((m, i) => {
    const { shown, missed } = coverageOf(m.matchedConcepts, m.missedConcepts);
    const of = shown.length + missed.length;
    const coverage =
      of >= 2 || withYears(shown, missed)
        ? { shown: shown.length, of, missed: missed.map((c) => conceptName(c, locale)) }
        : undefined;
    lines.push(
      renderCard(
        m.profile,
        m.highlights,
        from + i,
        matchedSkillIds(page, m),
        locale,
        coverage,
        evidenceLines(m.evidence, locale),
      ),
      '',
    );
  });
  if (to < page.total) lines.push(L.more(page.total - to));
  return lines.join('\n').trimEnd();
}

function matchedSkillIds(page: SearchPage, match: SearchPage['page'][number]): Set<string> {
  return new Set(match.matchedConcepts.flatMap((c) => (c.kind === 'taxonomy' ? [c.id] : [])));
}

/** One candidate card (PRODUCT §4 order), contact details masked. */
export function renderCard(
  profile: Profile,
  highlights: readonly Highlight[],
  n: number,
  matched: ReadonlySet<string>,
  locale: Locale,
  coverage?: { readonly shown: number; readonly of: number; readonly missed: readonly string[] },
  evidence: readonly string[] = [],
): string {
  const L = LABELS[locale];
  const out: string[] = [];
  out.push(`${n}. ${profile.displayName}${profile.headline && profile.name ? ` — ${profile.headline}` : ''}`);
  const facts = [
    profile.years !== null ? L.years(profile.years) : L.unknownYears,
    [
      profile.highestDegree ? L.degree[profile.highestDegree] : null,
      profile.education.find((e) => e.school)?.school ?? null,
    ]
      .filter(Boolean)
      .join(' '),
    profile.city ?? '',
  ].filter((s) => s !== '');
  out.push(`   ${facts.join(' · ')}`);
  const skills = profile.skills
    .slice(0, 8)
    .map((s) => (matched.has(s.id) ? `★${localLabel(s.label, locale)}` : localLabel(s.label, locale)));
  if (skills.length > 0) out.push(`   ${L.skills}: ${skills.join(', ')}`);
  if (coverage) out.push(`   ${coverageLine(coverage, locale)}`);
  for (const e of evidence) out.push(`   ${L.experience}: ${e}`);
  for (const h of highlights) out.push(`   ${L.why}: ${mark(h)}${h.via ? `  (${h.via})` : ''}`);
  const contact = [...profile.phones.slice(0, 1).map(maskPhone), ...profile.emails.slice(0, 1).map(maskEmail)];
  out.push(`   ${L.contact}: ${contact.length > 0 ? contact.join(' · ') : L.noContact}`);
  out.push(`   ${L.file}: ${profile.source} (${profile.modifiedAt.slice(0, 10)})`);
  return out.join('\n');
}

/** Full profile as text, contact details masked. */
export function renderProfile(profile: Profile, locale: Locale, experience: readonly string[] = []): string {
  const L = LABELS[locale];
  const lines = [renderCard(profile, [], 1, new Set(), locale).replace(/^1\. /, '')];
  if (profile.work.length > 0) {
    lines.push(`   ${L.work}:`);
    for (const w of profile.work) {
      const when = `${formatMonth(w.start)} – ${w.end === null ? L.present : formatMonth(w.end)}`;
      lines.push(
        `     - ${when}  ${[w.title, w.company].filter(Boolean).join(' @ ')}${w.internship ? ` (${L.internship})` : ''}`,
      );
    }
  }
  if (profile.education.length > 0) {
    lines.push(`   ${L.education}:`);
    for (const e of profile.education) {
      const when =
        e.start !== null ? `${formatMonth(e.start)} – ${e.end === null ? L.present : formatMonth(e.end)}  ` : '';
      lines.push(
        `     - ${when}${[e.school, e.degree ? L.degree[e.degree] : null, e.major].filter(Boolean).join(' · ')}`,
      );
    }
  }
  if (experience.length > 0) {
    lines.push(`   ${L.skillYears}:`);
    for (const e of experience) lines.push(`     - ${e}`);
  }
  if (profile.skills.length > 0)
    lines.push(
      `   ${L.skills}: ${profile.skills
        .slice(0, 20)
        .map((s) => localLabel(s.label, locale))
        .join(', ')}`,
    );
  return lines.join('\n');
}

export function renderAmbiguous(candidates: readonly Profile[], locale: Locale): string {
  return [LABELS[locale].ambiguous, ...candidates.map((p) => `  - ${p.displayName} (${p.id})`)].join('\n');
}

export function renderNotFound(query: string, locale: Locale): string {
  return LABELS[locale].notFound(query);
}

function mark(h: Highlight): string {
  let text = h.text;
  for (const [s, e] of [...h.marks].sort((a, b) => b[0] - a[0]))
    text = `${text.slice(0, s)}«${text.slice(s, e)}»${text.slice(e)}`;
  return text;
}
