/** A job in the work history. Months are `year * 12 + (month - 1)`. */
export interface WorkEntry {
  readonly company: string | null;
  readonly title: string | null;
  readonly start: number;
  /** `null` while current (`至今`, `present`). */
  readonly end: number | null;
  readonly internship: boolean;
}

export type DegreeId = 'phd' | 'master' | 'bachelor' | 'associate';

export interface Education {
  readonly school: string | null;
  readonly degree: DegreeId | null;
  readonly major: string | null;
  readonly start: number | null;
  readonly end: number | null;
}

/** A skill from the taxonomy, with the evidence for it. */
export interface SkillEvidence {
  readonly id: string;
  readonly label: string;
  /** How many times it is mentioned. */
  readonly count: number;
  /** Named in a skills section, a job title or the headline (not just a passing mention). */
  readonly strong: boolean;
  /**
   * Months of evidence with the skill: dated jobs and projects that mention it (overlaps once), or
   * years stated next to it, whichever is more (see skill-years.ts). 0 when it is only listed.
   */
  readonly months: number;
  /** Mentioned in a dated job or project at all (centrally or in passing): used, not only listed. */
  readonly used: boolean;
}

/** Everything extracted from one résumé. */
export interface Profile {
  /** Stable id: the file path relative to the résumé folder, without extension. */
  readonly id: string;
  /** File path relative to the résumé folder. */
  readonly source: string;
  readonly modifiedAt: string;
  /** The name as written, or null when the résumé has none. */
  readonly name: string | null;
  /** The name, or a readable fallback built from the headline and file. */
  readonly displayName: string;
  readonly phones: readonly string[];
  readonly emails: readonly string[];
  readonly links: readonly string[];
  readonly city: string | null;
  readonly cityId: string | null;
  readonly targetRole: string | null;
  /** Latest title @ company, or the target role. */
  readonly headline: string | null;
  readonly education: readonly Education[];
  readonly highestDegree: DegreeId | null;
  readonly work: readonly WorkEntry[];
  /** Total years of experience (one decimal), or null when unknown. */
  readonly years: number | null;
  /**
   * Where `years` comes from: the résumé's own statement, the work history, or (with neither) the
   * longest experience it shows with one skill, a floor for the career.
   */
  readonly yearsSource: 'stated' | 'work-history' | 'skills' | null;
  /**
   * For a résumé with no years: about how many it has, from its year of birth or of its first
   * degree (see extract.ts). Ranks a years query's undated résumés; never shown as its years.
   */
  readonly yearsEstimate?: number;
  readonly skills: readonly SkillEvidence[];
  /**
   * Months with broader skills the résumé shows only through narrower ones (Gin and GORM → Go):
   * evidence for `3年以上Go经验` that `skills` has no entry for. Absent when there are none.
   */
  readonly broaderMonths?: Readonly<Record<string, number>>;
  /**
   * How often the résumé names each trade (industry or employer) it names, counting a narrower
   * one for its broader ones (`兰州制药厂` for pharmaceuticals): for `医药行业10年以上`, a bio of
   * four posts in the trade and no dates is likelier to have the years than one of a single post.
   * Absent when it names none.
   */
  readonly tradeMentions?: Readonly<Record<string, number>>;
  /**
   * Functions and fields the résumé names as a post's own, with their broader ones: right before
   * a word of rank (`销售部经理`, `Sales Manager`) or after one (`Director of Procurement`).
   */
  readonly titled?: readonly string[];
  /**
   * Posts the résumé names only as a deputy's or an assistant's (`副总经理`, `总经理助理`, `deputy
   * general manager`), never as the holder's.
   */
  readonly deputyOnly?: readonly string[];
  /**
   * Still studying as of the résumé: an education open to its date or ending after it (`2021.09-至今
   * 某大学 本科`, `B.Tech, 2019 - 2023` in a 2022 résumé), or a degree said to be under way (`硕士在读`,
   * `currently pursuing a B.Tech`). Absent otherwise.
   */
  readonly studying?: true;
  /**
   * Fields the résumé names in one clause with a degree it holds (`会计学硕士`, `M.S. in Computer
   * Science`), with their broader ones, each with those degrees, lowest first (see studied.ts).
   */
  readonly studied?: Readonly<Record<string, readonly DegreeId[]>>;
  /** Two degrees of one level held in two fields (see holdsDoubleDegree in studied.ts). Absent otherwise. */
  readonly doubleDegree?: true;
  /** Taxonomy ids of companies worked at (for `company:` filters across spellings). */
  readonly companyIds: readonly string[];
  readonly schoolIds: readonly string[];
  readonly language: 'zh' | 'en';
  /** Set when another file has the same phone or e-mail: the id of the profile kept. */
  readonly duplicateOf?: string;
}

/** Taxonomy kinds that are skills a résumé shows (and that years can be counted for). */
export const SKILL_KINDS: ReadonlySet<string> = new Set([
  'language',
  'framework',
  'database',
  'infra',
  'tool',
  'concept',
  'role',
]);

/** Technologies, whose use a dated job shows (a role, a field or an award is not "used"). */
export const TECH_KINDS: ReadonlySet<string> = new Set(['language', 'framework', 'database', 'infra', 'tool']);

/**
 * Taxonomy kinds that are trades (industries) and employers: years in one are counted as for a
 * skill, from the jobs in it (`10+ years in the telecom industry`, `5+ years at Infosys`).
 */
export const TRADE_KINDS: ReadonlySet<string> = new Set(['industry', 'company']);

/**
 * The heads of a firm, a plant, a bank or a college, whose deputies are posts below them (not 副教授,
 * 副研究员 or 副主任医师, ranks of their own, nor an assistant in a function: 销售助理).
 */
export const HEAD_POSTS: ReadonlySet<string> = new Set([
  'general-manager',
  'chief-executive',
  'chief-engineer',
  'chief-accountant',
  'chief-economist',
  'bank-president',
  'college-dean',
  'plant-manager',
  'party-secretary',
  'finance-manager',
]);

/** Months of evidence with a skill, named or implied by a narrower one; 0 when it is only listed or absent. */
export function monthsWith(profile: Profile, id: string): number {
  return profile.skills.find((s) => s.id === id)?.months ?? profile.broaderMonths?.[id] ?? 0;
}

/** Used in a dated job or project (any mention), or with months of evidence (stated years too). */
export function usedIn(profile: Profile, id: string): boolean {
  const skill = profile.skills.find((s) => s.id === id);
  return (skill?.used ?? false) || monthsWith(profile, id) > 0;
}

const DEGREE_RANK: Readonly<Record<DegreeId, number>> = { associate: 1, bachelor: 2, master: 3, phd: 4 };

/** Order of degrees, for "at least a master's". */
export function degreeRank(degree: DegreeId | null | undefined): number {
  return degree ? DEGREE_RANK[degree] : 0;
}

/** `degree` and every degree above it. */
export function degreesFrom(degree: DegreeId): DegreeId[] {
  return (Object.keys(DEGREE_RANK) as DegreeId[]).filter((d) => DEGREE_RANK[d] >= DEGREE_RANK[degree]);
}
