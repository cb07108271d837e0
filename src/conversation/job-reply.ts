import type { JobMatchPage } from '../candidates/candidates.js';
import {
  criteriaQuery,
  encodeCriteria,
  SPOKEN_LANGUAGES,
  type Criterion,
  type ProtectedCategory,
} from '../match/job-description.js';
import type { CriterionCheck } from '../match/match.js';
import { maskContactsInText } from '../profile/contacts.js';
import type { Profile } from '../profile/profile.js';
import { describeSkillYears, type SkillYearsLine } from '../profile/skill-years.js';
import { localLabel, type Taxonomy } from '../taxonomy/taxonomy.js';
import { candidateCard, pageControls, type CandidateCard, type Reply } from './reply.js';
import type { Locale } from './text.js';

/** Criterion lines on one card at most (must-haves first); the rest are counted. */
const MAX_LINES = 12;

const CATEGORY: Readonly<Record<Locale, Readonly<Record<ProtectedCategory, string>>>> = {
  zh: {
    age: '年龄',
    gender: '性别',
    marital: '婚育状况',
    ethnicity: '民族',
    appearance: '外貌',
    origin: '籍贯/户籍',
    religion: '宗教信仰',
    health: '健康状况',
  },
  en: {
    age: 'age',
    gender: 'gender',
    marital: 'marital status',
    ethnicity: 'ethnicity',
    appearance: 'appearance',
    origin: 'place of origin',
    religion: 'religion',
    health: 'health',
  },
};

const DEGREE: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  zh: { phd: '博士', master: '硕士', bachelor: '本科', associate: '大专' },
  en: { phd: 'PhD', master: "Master's", bachelor: "Bachelor's", associate: 'Associate' },
};

/** A page of people matched against a job description, as cards with a ✓/✗ line per criterion. */
export function jobMatchReply(
  page: JobMatchPage,
  taxonomy: Taxonomy,
  shortlisted: (id: string) => boolean,
  locale: Locale,
  visibility: 'asker' | 'conversation',
  pageSize: number,
): Reply {
  const zh = locale === 'zh';
  const { job } = page;
  const cards: CandidateCard[] = page.page.map((match) => {
    const matched = new Set(match.checks.filter((k) => k.met).flatMap((k) => k.criterion.anyOf ?? [k.criterion.id]));
    const card = candidateCard(match.profile, [], matched, shortlisted(match.profile.id), locale);
    const ordered = [...match.checks].sort((a, b) => Number(b.criterion.must) - Number(a.criterion.must));
    const lines = ordered
      .slice(0, MAX_LINES)
      .map(
        (k) =>
          `${k.met ? '✓' : '✗'} ${k.criterion.must ? '' : zh ? '(加分) ' : '(plus) '}${describeCheck(k, match.profile, match.evidence, taxonomy, locale)}`,
      );
    if (ordered.length > MAX_LINES)
      lines.push(zh ? `…另有 ${ordered.length - MAX_LINES} 项` : `…and ${ordered.length - MAX_LINES} more`);
    const summary = `${zh ? '必须' : 'must'} ${match.must.met}/${match.must.of} · ${zh ? '加分' : 'nice'} ${match.nice.met}/${match.nice.of}`;
    return { ...card, criteria: { summary, lines } };
  });
  const query = criteriaQuery(job.criteria, taxonomy, locale);
  const encoded = encodeCriteria(job.criteria);
  const { actions, range } = pageControls(page, cards, (o) => ({ o, l: locale, j: encoded }), locale, pageSize);
  const notes = [
    `${zh ? '条件（可复制、修改后发回搜索）' : 'Criteria (copy, edit and send back as a search)'}: ${query || (zh ? '（未识别出条件）' : '(none recognised)')}`,
    ...(job.ignored.length > 0
      ? [
          `${zh ? '已忽略' : 'Ignored'}: ${job.ignored.map((i) => `${i.text}${zh ? '（' : ' ('}${CATEGORY[locale][i.category]}${zh ? '）' : ')'}`).join(zh ? '、' : ', ')}${zh ? ' —— 与岗位能力无关，不作为条件' : ' — not job-related, never a criterion'}`,
        ]
      : []),
  ];
  const title = maskContactsInText(
    `${zh ? 'JD 匹配' : 'JD match'}${job.title ? `${zh ? '：' : ': '}${job.title}` : ''}`,
  );
  const text = [
    title,
    ...notes,
    range,
    '',
    ...cards.flatMap((c, i) => [
      `${page.offset + i + 1}. ${c.name}${c.headline ? ` — ${c.headline}` : ''}`,
      `   ${c.criteria?.summary ?? ''}`,
      ...(c.criteria?.lines ?? []).map((l) => `   ${l}`),
      `   ${zh ? '联系方式' : 'Contact'}: ${c.contact.join(' · ') || (zh ? '无' : 'none')}`,
      '',
    ]),
  ].join('\n');
  return {
    kind: 'results',
    locale,
    visibility,
    title,
    total: page.total,
    offset: page.offset,
    range,
    cards,
    notes: notes.map((n) => maskContactsInText(n)),
    actions,
    text: maskContactsInText(text).trimEnd(),
  };
}

/** One criterion as a card line (without ✓/✗): `Kafka · 4.5 yrs (2019.07–present @ X)`, `Bachelor's or higher (Master's · 浙江大学)`. */
export function describeCheck(
  k: CriterionCheck,
  profile: Profile,
  evidence: ReadonlyMap<string, SkillYearsLine>,
  taxonomy: Taxonomy,
  locale: Locale,
): string {
  const zh = locale === 'zh';
  const c: Criterion = k.criterion;
  const label = (id: string) => localLabel(taxonomy.label(id), locale);
  const yrs = (n: number) => (zh ? `${n} 年` : `${n} yrs`);
  switch (c.kind) {
    case 'skill': {
      const ids = c.anyOf ?? [c.id];
      const name = ids.map(label).join(zh ? ' 或 ' : ' or ');
      if (!k.met) return name;
      const shown = ids.map((id) => evidence.get(id)).find((e) => e !== undefined);
      return shown
        ? describeSkillYears({ ...shown, label: ids.length > 1 ? localLabel(shown.label, locale) : name }, locale)
        : name;
    }
    case 'skill-years': {
      const head = `${label(c.id)} ≥ ${yrs(c.years ?? 0)}`;
      const shown = evidence.get(c.id);
      if (shown && shown.months > 0)
        return `${head} · ${describeSkillYears({ ...shown, label: label(c.id) }, locale)
          .split(' · ')
          .slice(1)
          .join(' · ')}`;
      return `${head}${zh ? '（' : ' ('}${profile.skills.some((s) => s.id === c.id) ? (zh ? '仅列出，无带日期的经历佐证' : 'listed, no dated evidence') : zh ? '简历未提及' : 'not in the résumé'}${zh ? '）' : ')'}`;
    }
    case 'years': {
      const head = `${zh ? '总经验' : 'total experience'} ≥ ${yrs(c.years ?? 0)}`;
      return `${head}${zh ? '（' : ' ('}${profile.years === null ? (zh ? '未知' : 'unknown') : yrs(profile.years)}${zh ? '）' : ')'}`;
    }
    case 'degree': {
      const head = `${DEGREE[locale][c.id] ?? c.id}${zh ? '及以上' : ' or higher'}`;
      const best = profile.education.find((e) => e.degree === profile.highestDegree);
      const has = profile.highestDegree
        ? [DEGREE[locale][profile.highestDegree], best?.school].filter(Boolean).join(' · ')
        : zh
          ? '学历未知'
          : 'degree unknown';
      return `${head}${zh ? '（' : ' ('}${has}${zh ? '）' : ')'}`;
    }
    case 'city':
      return k.met || !profile.city
        ? label(c.id)
        : `${label(c.id)}${zh ? '（' : ' ('}${profile.city}${zh ? '）' : ')'}`;
    case 'language':
      return SPOKEN_LANGUAGES.find((l) => l.id === c.id)?.label[locale] ?? c.id;
    case 'title': {
      const name = (c.anyOf ?? [c.id]).join(' / ');
      if (!k.met) return name;
      return `${name}${zh ? '（' : ' ('}${k.dated ? (zh ? '担任过' : 'held this title') : zh ? '简历中提及' : 'named in the résumé'}${zh ? '）' : ')'}`;
    }
  }
}
