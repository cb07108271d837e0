import type { Profile } from '../profile/profile.js';
import { showsManagementPost } from '../profile/management.js';
import { showsStateOwnedEmployer } from '../profile/ownership.js';
import { CURRENT_STUDENT, DOUBLE_DEGREE, MAINLAND_CHINA, MANAGEMENT, STATE_OWNED } from '../taxonomy/entries.js';
import type { Taxonomy, TaxonomyHit } from '../taxonomy/taxonomy.js';
import { fold } from '../text/fold.js';
import type { FieldSpec } from './compact-index.js';

/** Years of work beyond which someone still studying is a professional studying on the side. */
const STUDENT_MAX_YEARS = 4;

/**
 * The lunr fields and their boosts. Strong evidence outranks a passing mention:
 * - `headline`: name, latest title @ company, target role (words and bigrams);
 * - `skills`: taxonomy ids named in a skills section, a job title or the headline, plus the
 *   candidate's own city, employers, schools and degree;
 * - `tags`: every taxonomy id mentioned anywhere, with its broader concepts (what queries for a
 *   skill or concept must match);
 * - `body`: every word and bigram of the résumé.
 */
/*
 * Boosts: the headline (the candidate's own title) counts double. `skills` holds each strong skill
 * once, so its BM25 weight mostly reflects how *few* skills a résumé lists, not how deep one runs;
 * at boost 3 it flattened the ranking of every skill query to "listed it, short list first".
 * At 1.5 it still lifts a skill someone claims over a passing mention, while `tags` (mentions,
 * capped) decides between two who both list it. `npm run eval` (distinct résumés), nDCG@10 zh / en:
 * headline 3 + skills 3 → 0.865 / 0.893; 3 + 2 → 0.879 / 0.918; 3 + 1.5 → 0.887 / 0.929;
 * 2 + 1.5 → 0.890 / 0.929 (before proximity, see proximity.ts).
 */
export const FIELDS: readonly FieldSpec[] = [
  { name: 'headline', boost: 2 },
  { name: 'skills', boost: 1.5 },
  { name: 'tags', boost: 1 },
  { name: 'body', boost: 1 },
];

/**
 * lunr's BM25 parameters. lunr's default b = 0.75 normalises so strongly by field length that a
 * 300-character résumé naming a skill once outranks a 5,000-character one built around it.
 * b = 0.3 keeps some normalisation (a long keyword-stuffed résumé does not win; mentions are also
 * capped per field) but lets depth count. `npm run eval` (then with duplicate files), nDCG@10 zh / en: b 0.75 → 0.861 / 0.860,
 * 0.5 → 0.872 / 0.882, 0.3 → 0.879 / 0.902, 0.1 → 0.885 / 0.919 (too little normalisation to
 * trust beyond our own judgments, which grade by mention count).
 */
export const BM25 = { k1: 1.2, b: 0.3 } as const;

/** A mention counts at most this often, so a keyword-stuffed résumé cannot buy the top spot. */
const MAX_TAG_FREQUENCY = 8;

/** What one field of a résumé holds: folded text (its terms are the tokenizer's, see `tokenizer.ts`), or terms. */
export type FieldContent = { readonly text: string } | { readonly terms: readonly string[] };

/** The fields of one résumé: `headline` and `body` as text, `skills` and `tags` as terms. */
export function documentFields(
  profile: Profile,
  folded: string,
  hits: readonly TaxonomyHit[],
  taxonomy: Taxonomy,
): Record<string, FieldContent> {
  const headlineText = fold([profile.name ?? '', profile.headline ?? '', profile.targetRole ?? ''].join(' \n '));
  const skills: string[] = [];
  for (const skill of profile.skills) {
    if (!skill.strong) continue;
    skills.push(skill.id, ...taxonomy.ancestors(skill.id));
  }
  // The candidate's own title names their skills; their name does not (a name may read `SWIFT` or `Go`).
  const title = [profile.headline ?? '', profile.targetRole ?? ''].join(' \n ');
  for (const hit of taxonomy.findAll(fold(title), title)) skills.push(hit.id, ...taxonomy.ancestors(hit.id));
  // Where the candidate is, worked and studied, and their degree, are facts about them, not mentions.
  for (const id of [profile.cityId, ...profile.companyIds, ...profile.schoolIds, profile.highestDegree])
    if (id) skills.push(id);
  // A student, as recruiters mean it: still studying, and no career yet (not an MBA or 在职硕士 beside a job).
  // Years from paid jobs only (a student's dated schooling is no career), or a bio's estimate.
  const career = profile.work.some((w) => !w.internship) ? (profile.years ?? 0) : (profile.yearsEstimate ?? 0);
  if (profile.studying && career < STUDENT_MAX_YEARS) skills.push(CURRENT_STUDENT);
  // Who owns an employer is seldom written; how its posts are named shows a state-owned one.
  if (showsStateOwnedEmployer(folded)) skills.push(STATE_OWNED);

  const counts = new Map<string, number>();
  for (const hit of hits) {
    for (const id of [hit.id, ...taxonomy.ancestors(hit.id)])
      counts.set(id, Math.min(MAX_TAG_FREQUENCY, (counts.get(id) ?? 0) + 1));
  }
  // Every strong skill is also a tag, so a skill's matches are one posting list; so is every
  // field studied (`工业自动化专业` is automation studied, though no 自动化 alias is in it).
  for (const id of [...skills, ...Object.keys(profile.studied ?? {})]) if (!counts.has(id)) counts.set(id, 1);
  // Two degrees held, where the résumé never says 双学位 (`B.S. Accounting`, then `B.S. Business
  // Administration`): a mention, as 双学位 written is, not a skill claimed.
  if (profile.doubleDegree && !counts.has(DOUBLE_DEGREE)) counts.set(DOUBLE_DEGREE, 1);
  // A post heading a department or more, whatever the unit (`财务科科长`, `办公室主任`): a mention, as
  // 中高层 written is, so a manager's skills weigh as anyone's.
  if (!counts.has(MANAGEMENT) && showsManagementPost(folded)) counts.set(MANAGEMENT, 1);
  // A résumé written in Chinese (Profile#language) tells of a career in China, though it never says 中国
  // (a bio names its firms, not their country): what a question means by 国内, or by a Chinese company.
  if (profile.language === 'zh')
    for (const id of [MAINLAND_CHINA, ...taxonomy.ancestors(MAINLAND_CHINA)]) if (!counts.has(id)) counts.set(id, 1);
  const tags: string[] = [];
  for (const [id, n] of counts) for (let i = 0; i < n; i++) tags.push(id);

  return {
    headline: { text: headlineText },
    skills: { terms: [...new Set(skills)] },
    tags: { terms: tags },
    body: { text: folded },
  };
}
