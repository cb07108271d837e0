import { monthOf } from '../profile/dates.js';
import { monthsWith, SKILL_KINDS, type Profile } from '../profile/profile.js';
import { periodsIn, type SkillYearsLine } from '../profile/skill-years.js';
import { ResumePool, type PoolOptions } from '../pool/pool.js';
import { storeUpload } from '../pool/uploads.js';
import type { JobCriteria } from '../match/job-description.js';
import { matchJob, type JobMatch, type JobMatchOutcome } from '../match/match.js';
import { highlightsFor, type Highlight } from '../search/highlights.js';
import { findByName } from '../search/names.js';
import { parseQuery } from '../search/query-language.js';
import { search } from '../search/search.js';
import { searchSimilar } from '../search/similar.js';
import type { Concept } from '../search/concepts.js';
import type { CandidateMatch, SearchOutcome } from '../search/types.js';
import type { PoolSnapshot } from '../store/snapshot.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { fold, foldQuery } from '../text/fold.js';

/** One page of results, with quotes for the candidates on it. */
export interface SearchPage extends SearchOutcome {
  readonly offset: number;
  readonly page: readonly (CandidateMatch & {
    readonly highlights: readonly Highlight[];
    readonly evidence: readonly SkillYearsLine[];
  })[];
}

/** Skills a card gives years and periods for: the query's skills (roles aside), at most this many. */
const EVIDENCE_LINES = 3;
/** A full profile lists this many skills with dated evidence, then this many named without. */
const PROFILE_DATED_LINES = 6;
const PROFILE_LISTED_LINES = 4;

/** A page of people matched against a job, each skill met with its dated evidence. */
export interface JobMatchPage extends JobMatchOutcome {
  readonly job: JobCriteria;
  readonly offset: number;
  readonly page: readonly (JobMatch & { readonly evidence: ReadonlyMap<string, SkillYearsLine> })[];
}

/** What became of an uploaded résumé once stored and indexed. */
export type UploadOutcome =
  | {
      readonly kind: 'indexed';
      readonly profile: Profile;
      readonly sha256: string;
      readonly source: string;
      readonly sameFile: boolean;
    }
  | {
      readonly kind: 'duplicate';
      readonly profile: Profile;
      readonly original: Profile;
      readonly why: 'phone' | 'email' | 'text';
      readonly sha256: string;
      readonly source: string;
      readonly sameFile: boolean;
    }
  | { readonly kind: 'unreadable'; readonly reason: string; readonly sha256: string; readonly source: string };

export type FindResult =
  | { readonly kind: 'found'; readonly profile: Profile; readonly doc: number }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly Profile[] }
  | { readonly kind: 'none' };

/**
 * The candidates a conversation asks about: the pool (lifecycle and I/O, pool/) searched by
 * search/. The only module that knows both; each page of results gets its quotes here, from the
 * résumé text the pool reads.
 */
export class Candidates {
  readonly pool: ResumePool;

  constructor(pool: ResumePool) {
    this.pool = pool;
  }

  /** Opens (loads or builds) the pool and puts search over it. */
  static async open(options: PoolOptions): Promise<Candidates> {
    return new Candidates(await ResumePool.open(options));
  }

  get taxonomy(): Taxonomy {
    return this.pool.taxonomy;
  }

  /** The snapshot queries run against right now. */
  current(): PoolSnapshot {
    return this.pool.current();
  }

  /** The profile with this id in the current snapshot, if it is still in the pool. */
  profile(id: string): Profile | undefined {
    return this.pool.profile(id);
  }

  /** Runs a query; `limit` candidates from `offset` get highlights. Never throws on user text. */
  async search(
    query: string,
    { limit = 5, offset = 0 }: { limit?: number; offset?: number } = {},
  ): Promise<SearchPage> {
    const snapshot = this.pool.current();
    const parsed = parseQuery(query);
    // The query's own text, as typed: some readings look at it whole (a degree's words, a gloss in brackets).
    const outcome = search(snapshot, query, this.taxonomy, { limit: Math.max(0, offset) + Math.max(1, limit) });
    const extras = parsed.filters
      .filter((f) => !f.negated && (f.field === 'company' || f.field === 'school'))
      .map((f) => f.value);
    return { ...(await this.withHighlights(snapshot, outcome, offset, limit, extras)), query };
  }

  /** Candidates like `id` (sharing its strongest skills), paged like a search; null if `id` is gone. */
  async similar(
    id: string,
    { limit = 5, offset = 0 }: { limit?: number; offset?: number } = {},
  ): Promise<SearchPage | null> {
    const snapshot = this.pool.current();
    const doc = snapshot.byId.get(id);
    if (doc === undefined) return null;
    const outcome = searchSimilar(snapshot, doc, this.taxonomy, { limit: Math.max(0, offset) + Math.max(1, limit) });
    return this.withHighlights(snapshot, outcome, offset, limit, []);
  }

  /** Finds one candidate by id, name, or a unique part of either. */
  find(nameOrId: string): FindResult {
    const snapshot = this.pool.current();
    const wanted = nameOrId.trim();
    if (wanted === '') return { kind: 'none' };
    const exact = snapshot.byId.get(wanted);
    if (exact !== undefined) return { kind: 'found', profile: snapshot.profiles[exact] as Profile, doc: exact };
    const folded = foldQuery(wanted);
    const live = snapshot.profiles.map((p, doc) => ({ p, doc })).filter(({ p }) => p.duplicateOf === undefined);
    const tiers = [
      live.filter(({ p }) => p.name !== null && fold(p.name) === folded),
      live.filter(({ p }) => fold(p.id).startsWith(folded) || fold(p.source) === folded),
      live.filter(({ p }) => fold(p.displayName).includes(folded)),
    ];
    for (const tier of tiers) {
      if (tier.length === 1) {
        const only = tier[0] as { p: Profile; doc: number };
        return { kind: 'found', profile: only.p, doc: only.doc };
      }
      if (tier.length > 1) return { kind: 'ambiguous', candidates: tier.slice(0, 10).map(({ p }) => p) };
    }
    // A name typed in pinyin or Latin order (`zhang linwei`, `Linwei Zhang`).
    const byName = /^[a-z\s.-]+$/i.test(wanted)
      ? findByName(
          snapshot,
          wanted.split(/[\s.-]+/).filter((w) => w !== ''),
        )
      : null;
    if (byName?.length === 1)
      return { kind: 'found', profile: snapshot.profiles[byName[0] as number] as Profile, doc: byName[0] as number };
    if (byName && byName.length > 1)
      return { kind: 'ambiguous', candidates: byName.slice(0, 10).map((d) => snapshot.profiles[d] as Profile) };
    return { kind: 'none' };
  }

  /** The cleaned text of a résumé as it is on disk now (for full profiles and quotes). */
  plainText(snapshot: PoolSnapshot, doc: number): Promise<string | null> {
    return this.pool.plainText(snapshot, doc);
  }

  /**
   * Years by skill for a full profile (`show`, Details): the skills with the most months of dated
   * evidence, with the jobs behind them, then the skills it names as its own without dated evidence.
   */
  async experience(profile: Profile): Promise<SkillYearsLine[]> {
    const dated = profile.skills
      .filter((s) => s.months > 0 && this.taxonomy.kind(s.id) !== 'role')
      .sort((a, b) => b.months - a.months || b.count - a.count)
      .slice(0, PROFILE_DATED_LINES);
    const listed = profile.skills
      .filter((s) => s.months === 0 && s.strong && this.taxonomy.kind(s.id) !== 'role')
      .slice(0, PROFILE_LISTED_LINES);
    if (dated.length + listed.length === 0) return [];
    const snapshot = this.pool.current();
    const doc = snapshot.byId.get(profile.id);
    const plain = doc === undefined ? null : await this.pool.plainText(snapshot, doc);
    const periods =
      plain && dated.length > 0
        ? periodsIn(
            plain,
            dated.map((s) => s.id),
            this.taxonomy,
            monthOf(new Date(profile.modifiedAt)),
          )
        : new Map();
    return [...dated, ...listed].map((s) => ({
      id: s.id,
      label: s.label,
      months: s.months,
      periods: periods.get(s.id) ?? [],
    }));
  }

  /**
   * The people who fit a job description's criteria (match/), a page of them, with the years and
   * dated jobs behind each skill they meet (keyed by skill id).
   */
  async matchJob(
    job: JobCriteria,
    { limit = 5, offset = 0 }: { limit?: number; offset?: number } = {},
  ): Promise<JobMatchPage> {
    const snapshot = this.current();
    const start = Math.max(0, offset);
    const outcome = matchJob(snapshot, this.taxonomy, job, start + Math.max(1, limit));
    const shown = outcome.matches.slice(start, start + Math.max(1, limit));
    const page = await Promise.all(
      shown.map(async (m) => {
        const ids = [
          ...new Set(
            m.checks
              .filter((k) => k.met && (k.criterion.kind === 'skill' || k.criterion.kind === 'skill-years'))
              .flatMap((k) => k.criterion.anyOf ?? [k.criterion.id]),
          ),
        ].filter((id) => m.profile.skills.some((s) => s.id === id) || monthsWith(m.profile, id) > 0);
        const plain = ids.length > 0 ? await this.pool.plainText(snapshot, m.doc) : null;
        const periods = plain
          ? periodsIn(plain, ids, this.taxonomy, monthOf(new Date(m.profile.modifiedAt)))
          : new Map();
        const evidence = new Map<string, SkillYearsLine>(
          ids.map((id) => [
            id,
            { id, label: this.taxonomy.label(id), months: monthsWith(m.profile, id), periods: periods.get(id) ?? [] },
          ]),
        );
        return { ...m, evidence };
      }),
    );
    return { ...outcome, job, offset: start, page };
  }

  /**
   * Stores an uploaded résumé in the folder (pool/uploads.ts), rebuilds, and says what it became:
   * a new candidate, the same person as one already in the pool (both files kept, shown once), or
   * a file that could not be read after all (it stays stored; the warning names it).
   */
  async addUpload(fileName: string, bytes: Uint8Array, now: Date = new Date()): Promise<UploadOutcome> {
    const stored = await storeUpload(this.pool.dir, fileName, bytes, now);
    const base = { sha256: stored.sha256, source: stored.source };
    // A rebuild already under way may have listed the folder before the file arrived: then once more.
    for (let attempt = 0; attempt < 3; attempt++) {
      const snapshot = this.current();
      const profile = snapshot.profiles.find((p) => p.source === stored.source);
      if (profile) {
        const original = profile.duplicateOf ? this.profile(profile.duplicateOf) : undefined;
        if (original)
          return {
            kind: 'duplicate',
            profile,
            original,
            why: sameBecause(profile, original),
            ...base,
            sameFile: stored.existing,
          };
        return { kind: 'indexed', profile, ...base, sameFile: stored.existing };
      }
      const warning = snapshot.warnings.find((w) => w.source === stored.source);
      if (warning && attempt > 0) return { kind: 'unreadable', reason: warning.reason, ...base };
      await this.pool.refresh();
    }
    return { kind: 'unreadable', reason: 'not in the index after a rebuild (see the server log)', ...base };
  }

  /** Rebuilds if the folder changed (see ResumePool.refresh). */
  refresh(options: { force?: boolean } = {}): Promise<boolean> {
    return this.pool.refresh(options);
  }

  watch(): void {
    this.pool.watch();
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  /**
   * Years and dated periods for the query's skills this candidate shows (and any asked with years):
   * `Go · 4.5 yrs (2019.07–present @ 字节跳动)`, or "listed, no dated evidence" — never a guess.
   */
  private evidence(m: CandidateMatch, plain: string | null): SkillYearsLine[] {
    const concepts: Concept[] = [
      ...m.matchedConcepts,
      ...m.missedConcepts.filter((c) => c.kind === 'taxonomy' && c.years),
    ];
    const seen = new Set<string>();
    const skills: { id: string; label: string }[] = [];
    for (const c of concepts) {
      if (c.kind !== 'taxonomy' || seen.has(c.id)) continue;
      const kind = this.taxonomy.kind(c.id) ?? '';
      if (!SKILL_KINDS.has(kind) || (kind === 'role' && !c.years)) continue;
      // Only skills the résumé names (or implies): a missed one with years says so through its months.
      if (
        !m.profile.skills.some((s) => s.id === c.id) &&
        monthsWith(m.profile, c.id) === 0 &&
        !m.matchedConcepts.includes(c)
      )
        continue;
      seen.add(c.id);
      skills.push({ id: c.id, label: c.label });
    }
    const shown = skills.slice(0, EVIDENCE_LINES);
    if (shown.length === 0) return [];
    const periods = plain
      ? periodsIn(
          plain,
          shown.map((s) => s.id),
          this.taxonomy,
          monthOf(new Date(m.profile.modifiedAt)),
        )
      : new Map();
    return shown.map((s) => ({
      id: s.id,
      label: s.label,
      months: monthsWith(m.profile, s.id),
      periods: periods.get(s.id) ?? [],
    }));
  }

  private async withHighlights(
    snapshot: PoolSnapshot,
    outcome: SearchOutcome,
    offset: number,
    limit: number,
    extras: readonly string[],
  ): Promise<SearchPage> {
    // A page past the end (a stale or edited Next button) shows the last page, never "showing 10001–10000 of 2".
    const size = Math.max(1, limit);
    const last = outcome.matches.length === 0 ? 0 : Math.floor((outcome.matches.length - 1) / size) * size;
    const start = Math.max(0, offset) < outcome.matches.length ? Math.max(0, offset) : last;
    const shown = outcome.matches.slice(start, start + size);
    const page = await Promise.all(
      shown.map(async (m) => {
        const plain = await this.pool.plainText(snapshot, m.doc);
        // Who is here for a broader concept only (see rank.ts BROADER_SHARE) is quoted where they show it.
        const concepts = [...m.matchedConcepts, ...(m.related ?? []).map((r) => r.broader)];
        const highlights = plain ? highlightsFor(plain, concepts, m.profile, this.taxonomy, extras) : [];
        return { ...m, highlights, evidence: this.evidence(m, plain) };
      }),
    );
    return { ...outcome, offset: start, page };
  }
}

function sameBecause(a: Profile, b: Profile): 'phone' | 'email' | 'text' {
  const phone = (x: string) => x.replace(/^\+?86/, '');
  if (a.phones.some((p) => b.phones.map(phone).includes(phone(p)))) return 'phone';
  if (a.emails.some((e) => b.emails.includes(e))) return 'email';
  return 'text';
}
