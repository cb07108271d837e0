import type { SearchPage } from '../src/candidates/candidates.js';
import { maskEmail, maskPhone } from '../src/profile/contacts.js';
import type { Profile } from '../src/profile/profile.js';
import { describePeriod, type SkillYearsLine } from '../src/profile/skill-years.js';
import { conceptName, coverageOf } from '../src/search/concepts.js';
import { describeNote } from '../src/search/query-language.js';

/**
 * The `--json` shapes of PRODUCT §9. Contact details are always masked here: a script that needs
 * them must go through an audited reveal.
 */
export function pageToJson(page: SearchPage): object {
  return {
    query: page.query,
    // Notes stay sentences in --json, as they always were (in English: scripts read them).
    understood: { ...page.understood, notes: page.understood.notes.map((n) => describeNote(n, 'en')) },
    total: page.total,
    relaxed: page.relaxed,
    didYouMean: page.didYouMean,
    results: page.page.map((m) => ({
      id: m.profile.id,
      name: m.profile.displayName,
      source: m.profile.source,
      score: Math.round(m.score * 1000) / 1000,
      years: m.profile.years,
      city: m.profile.city,
      degree: m.profile.highestDegree,
      headline: m.profile.headline,
      skills: m.profile.skills.slice(0, 10).map((s) => s.label.split(' / ')[0]),
      matched: coverageOf(m.matchedConcepts, m.missedConcepts).shown.map((c) => conceptName(c)),
      missed: m.missedConcepts.map((c) => conceptName(c)),
      // Years with each of the query's skills: months of evidence and the dated jobs behind them.
      evidence: experienceToJson(m.evidence),
      highlights: m.highlights,
    })),
  };
}

/** Years by skill: `{skill, years, dated, periods}`; `dated: false` means listed without dated evidence. */
export function experienceToJson(lines: readonly SkillYearsLine[]): object[] {
  return lines.map((e) => ({
    skill: e.label.split(' / ')[0],
    years: Math.round((e.months / 12) * 10) / 10,
    dated: e.months > 0,
    periods: e.periods.map((p) => describePeriod(p, 'en')),
  }));
}

export function profileToJson(p: Profile): object {
  return {
    ...p,
    phones: p.phones.map(maskPhone),
    emails: p.emails.map(maskEmail),
  };
}
