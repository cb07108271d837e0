import type { JobMatchPage } from '../candidates/candidates.js';
import { criteriaQuery, encodeCriteria, SPOKEN_LANGUAGES, type Criterion } from '../match/job-description.js';
import type { CriterionCheck } from '../match/match.js';
import { maskContactsInText } from '../profile/contacts.js';
import type { Profile } from '../profile/profile.js';
import { describeSkillYears, type SkillYearsLine } from '../profile/skill-years.js';
import { localLabel, type Taxonomy } from '../taxonomy/taxonomy.js';
import { candidateCard, pageControls, type CandidateCard, type Reply } from './reply.js';
import { t, type Locale } from '../i18n/index.js';

/** Criterion lines on one card at most (must-haves first); the rest are counted. */
const MAX_LINES = 12;

/** A page of people matched against a job description, as cards with a ✓/✗ line per criterion. */
export function jobMatchReply(
  page: JobMatchPage,
  taxonomy: Taxonomy,
  shortlisted: (id: string) => boolean,
  locale: Locale,
  visibility: 'asker' | 'conversation',
  pageSize: number,
): Reply {
  const w = t(locale);
  const { job } = page;
  const cards: CandidateCard[] = page.page.map((match) => {
    const matched = new Set(match.checks.filter((k) => k.met).flatMap((k) => k.criterion.anyOf ?? [k.criterion.id]));
    const card = candidateCard(match.profile, [], matched, shortlisted(match.profile.id), locale);
    const ordered = [...match.checks].sort((a, b) => Number(b.criterion.must) - Number(a.criterion.must));
    const lines = ordered
      .slice(0, MAX_LINES)
      .map(
        (k) =>
          `${k.met ? '✓' : '✗'} ${k.criterion.must ? '' : w.job.plus}${describeCheck(k, match.profile, match.evidence, taxonomy, locale)}`,
      );
    if (ordered.length > MAX_LINES) lines.push(w.job.more(ordered.length - MAX_LINES));
    const summary = `${w.job.must} ${match.must.met}/${match.must.of} · ${w.job.nice} ${match.nice.met}/${match.nice.of}`;
    return { ...card, criteria: { summary, lines } };
  });
  const query = criteriaQuery(job.criteria, taxonomy, locale);
  const encoded = encodeCriteria(job.criteria);
  const { actions, range } = pageControls(page, cards, (o) => ({ o, l: locale, j: encoded }), locale, pageSize);
  const notes = [
    `${w.job.criteria}: ${query || w.job.noCriteria}`,
    ...(job.ignored.length > 0
      ? [
          `${w.job.ignored}: ${job.ignored.map((i) => `${i.text}${w.join.aside(w.job.category[i.category])}`).join(w.join.list)}${w.job.notJobRelated}`,
        ]
      : []),
  ];
  const title = maskContactsInText(`${w.job.title}${job.title ? `${w.join.colon}${job.title}` : ''}`);
  const text = [
    title,
    ...notes,
    range,
    '',
    ...cards.flatMap((c, i) => [
      `${page.offset + i + 1}. ${c.name}${c.headline ? ` — ${c.headline}` : ''}`,
      `   ${c.criteria?.summary ?? ''}`,
      ...(c.criteria?.lines ?? []).map((l) => `   ${l}`),
      `   ${w.card.contact}: ${c.contact.join(' · ') || w.card.noContact}`,
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
  const w = t(locale);
  const c: Criterion = k.criterion;
  const label = (id: string) => localLabel(taxonomy.label(id), locale);
  const yrs = w.years.amount;
  switch (c.kind) {
    case 'skill': {
      const ids = c.anyOf ?? [c.id];
      const name = ids.map(label).join(w.join.or);
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
      return `${head}${w.join.aside(profile.skills.some((s) => s.id === c.id) ? w.years.listedOnly : w.job.notInResume)}`;
    }
    case 'years': {
      const head = `${w.job.totalExperience} ≥ ${yrs(c.years ?? 0)}`;
      return `${head}${w.join.aside(profile.years === null ? w.job.unknown : yrs(profile.years))}`;
    }
    case 'degree': {
      const head = w.understood.orHigher(w.job.degree[c.id] ?? c.id);
      const best = profile.education.find((e) => e.degree === profile.highestDegree);
      const has = profile.highestDegree
        ? [w.job.degree[profile.highestDegree], best?.school].filter(Boolean).join(' · ')
        : w.job.degreeUnknown;
      return `${head}${w.join.aside(has)}`;
    }
    case 'city':
      return k.met || !profile.city ? label(c.id) : `${label(c.id)}${w.join.aside(profile.city)}`;
    case 'language':
      return SPOKEN_LANGUAGES.find((l) => l.id === c.id)?.label[locale] ?? c.id;
    case 'title': {
      const name = (c.anyOf ?? [c.id]).join(' / ');
      if (!k.met) return name;
      return `${name}${w.join.aside(k.dated ? w.job.heldTitle : w.job.namedInResume)}`;
    }
  }
}
