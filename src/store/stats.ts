import type { PoolSnapshot } from './snapshot.js';

/** What `stats` shows: pool size, duplicates, skipped files, the most common skills, freshness. */
export interface PoolStats {
  readonly resumes: number;
  readonly duplicates: number;
  readonly skipped: number;
  readonly topSkills: readonly { readonly label: string; readonly candidates: number }[];
  readonly newestResume: string | null;
  readonly builtAt: string;
}

/** Statistics of a snapshot; skills counted once per candidate among each one's top ten. */
export function poolStats(snapshot: PoolSnapshot, top = 10): PoolStats {
  const counts = new Map<string, number>();
  let newest: string | null = null;
  for (const p of snapshot.profiles) {
    if (p.duplicateOf !== undefined) continue;
    for (const s of p.skills.slice(0, 10)) counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
    if (!newest || p.modifiedAt > newest) newest = p.modifiedAt;
  }
  return {
    resumes: snapshot.profiles.length,
    duplicates: snapshot.profiles.filter((p) => p.duplicateOf !== undefined).length,
    skipped: snapshot.warnings.length,
    topSkills: [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([label, candidates]) => ({ label, candidates })),
    newestResume: newest,
    builtAt: snapshot.builtAt,
  };
}
