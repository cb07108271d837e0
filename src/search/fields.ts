import type { Profile } from '../profile/profile.js';
import type { Taxonomy, TaxonomyHit } from '../taxonomy/taxonomy.js';
import { fold } from '../text/fold.js';
import type { FieldSpec } from './lunr-engine.js';
import { tokenize } from './tokenizer.js';

/**
 * The lunr fields and their boosts. Strong evidence outranks a passing mention:
 * - `headline`: name, latest title @ company, target role (words and bigrams);
 * - `skills`: taxonomy ids named in a skills section, a job title or the headline, plus the
 *   candidate's own city, employers, schools and degree;
 * - `tags`: every taxonomy id mentioned anywhere, with its broader concepts (what queries for a
 *   skill or concept must match);
 * - `body`: every word and bigram of the résumé.
 */
export const FIELDS: readonly FieldSpec[] = [
  { name: 'headline', boost: 3 },
  { name: 'skills', boost: 3 },
  { name: 'tags', boost: 1 },
  { name: 'body', boost: 1 },
];

/** A mention counts at most this often, so a keyword-stuffed résumé cannot buy the top spot. */
const MAX_TAG_FREQUENCY = 8;

/** The field terms of one résumé. */
export function documentFields(
  profile: Profile,
  folded: string,
  hits: readonly TaxonomyHit[],
  taxonomy: Taxonomy,
): Record<string, string[]> {
  const headlineText = fold([profile.name ?? '', profile.headline ?? '', profile.targetRole ?? ''].join(' \n '));
  const skills: string[] = [];
  for (const skill of profile.skills) {
    if (!skill.strong) continue;
    skills.push(skill.id, ...taxonomy.ancestors(skill.id));
  }
  for (const hit of taxonomy.findAll(headlineText)) skills.push(hit.id, ...taxonomy.ancestors(hit.id));
  // Where the candidate is, worked and studied, and their degree, are facts about them, not mentions.
  for (const id of [profile.cityId, ...profile.companyIds, ...profile.schoolIds, profile.highestDegree]) if (id) skills.push(id);

  const counts = new Map<string, number>();
  for (const hit of hits) {
    for (const id of [hit.id, ...taxonomy.ancestors(hit.id)]) counts.set(id, Math.min(MAX_TAG_FREQUENCY, (counts.get(id) ?? 0) + 1));
  }
  // Every strong skill is also a tag, so a skill's matches are one posting list.
  for (const id of skills) if (!counts.has(id)) counts.set(id, 1);
  const tags: string[] = [];
  for (const [id, n] of counts) for (let i = 0; i < n; i++) tags.push(id);

  return {
    headline: tokenize(headlineText, taxonomy),
    skills: [...new Set(skills)],
    tags,
    body: tokenize(folded, taxonomy),
  };
}
