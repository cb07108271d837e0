import type { SearchPage } from '../candidates/candidates.js';
import { maskEmail, maskPhone } from '../profile/contacts.js';
import { formatMonth } from '../profile/dates.js';
import type { Profile } from '../profile/profile.js';
import { describeSkillYears, type SkillYearsLine } from '../profile/skill-years.js';
import { conceptName, coverageOf, yearsShort, type Concept } from '../search/concepts.js';
import type { Highlight } from '../search/highlights.js';
import type { RelatedConcept } from '../search/types.js';
import { describeNote, describeYears } from '../search/query-language.js';
import { localLabel } from '../taxonomy/taxonomy.js';
import { t, type Locale } from '../i18n/index.js';

/** True when the query asked for years with a skill: the card then says whether they are met, even for one concept. */
function withYears(shown: readonly Concept[], missed: readonly Concept[]): boolean {
  return [...shown, ...missed].some((c) => c.kind !== 'text' && c.years !== undefined);
}

/**
 * "matches 3 of 4 · ✗ CI/CD" (符合 3/4 · ✗ CI/CD): how much of the query a candidate shows, for a
 * card — when the query has several concepts, asked for years, or the candidate misses one (a
 * résumé with only some words of a Chinese run ranks too, and says so).
 */
export function coverageFor(
  matched: readonly Concept[],
  missedConcepts: readonly Concept[],
  locale: Locale,
  related: readonly RelatedConcept[] = [],
): { shown: number; of: number; missed: string[] } | undefined {
  const { shown, missed } = coverageOf(matched, missedConcepts);
  const of = shown.length + missed.length;
  // A missed concept the candidate shows something broader than says so: `✗ 税务筹划 (≈ 税务)`.
  const name = (c: Concept): string => {
    const own = conceptName(c, locale);
    const broader = related.find((r) => r.missed === c)?.broader;
    return broader ? `${own} (≈ ${conceptName(broader, locale)})` : own;
  };
  return of >= 2 || missed.length > 0 || withYears(shown, missed)
    ? { shown: shown.length, of, missed: missed.map(name) }
    : undefined;
}

/** One line per skill: years and the dated jobs behind them, in the asker's language. */
export function evidenceLines(lines: readonly SkillYearsLine[], locale: Locale): string[] {
  return lines.map((l) => describeSkillYears({ ...l, label: localLabel(l.label, locale) }, locale));
}

export function coverageLine(
  coverage: { readonly shown: number; readonly of: number; readonly missed: readonly string[] },
  locale: Locale,
): string {
  return [t(locale).card.coverage(coverage.shown, coverage.of), ...coverage.missed.map((m) => `✗ ${m}`)].join(' · ');
}

export function renderHelp(locale: Locale): string {
  return t(locale).card.help.join('\n');
}

/** How the query was understood, e.g. `Searching: Kafka · 5+ years · city: Beijing`. */
export function renderUnderstood(page: SearchPage, locale: Locale): string {
  const u = page.understood;
  const parts = [
    ...u.concepts.map(
      (c) =>
        `${c.presence === 'prohibited' ? '−' : c.presence === 'required' ? '+' : ''}${
          // A group's own label is its members' joined (`法语 / 德语`): each member is put in the language.
          c.members ? c.members.map((m) => localLabel(m, locale)).join(' / ') : localLabel(c.as, locale)
        }${c.years ? ` ${yearsShort(c.years, locale)}` : ''}`,
    ),
    ...u.filters.map((f) => `${f.negated ? '−' : ''}${f.field}:${f.as ? localLabel(f.as, locale) : f.value}`),
    // Total years, told apart from years with a skill: `Go ≥ 3 年 · 总经验 5年以上`.
    ...(u.years
      ? [
          u.concepts.some((c) => c.years)
            ? `${t(locale).card.totalYears} ${describeYears(u.years, locale)}`
            : describeYears(u.years, locale),
        ]
      : []),
  ];
  return `${t(locale).card.searching}: ${parts.join(' · ')}`;
}

/** A result page as text cards. */
export function renderPage(page: SearchPage, locale: Locale): string {
  const L = t(locale).card;
  if (page.empty) return renderHelp(locale);
  const lines = [renderUnderstood(page, locale)];
  for (const note of page.understood.notes) lines.push(`(${describeNote(note, locale)})`);
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
    const coverage = coverageFor(m.matchedConcepts, m.missedConcepts, locale, m.related);
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
  const L = t(locale).card;
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
  const L = t(locale).card;
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
  return [t(locale).card.ambiguous, ...candidates.map((p) => `  - ${p.displayName} (${p.id})`)].join('\n');
}

export function renderNotFound(query: string, locale: Locale): string {
  return t(locale).card.notFound(query);
}

function mark(h: Highlight): string {
  let text = h.text;
  for (const [s, e] of [...h.marks].sort((a, b) => b[0] - a[0]))
    text = `${text.slice(0, s)}«${text.slice(s, e)}»${text.slice(e)}`;
  return text;
}
