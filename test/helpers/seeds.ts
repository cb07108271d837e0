import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSnapshot } from '../../src/pool/build.js';
import type { PoolSnapshot } from '../../src/store/snapshot.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { search } from '../../src/search/search.js';
import { SEEDS_DIR } from '../../bench/corpora.js';

export { SEEDS_DIR };
/** The date the seed expectations are written against (open ranges run to it). */
export const NOW = new Date('2026-11-22T00:00:00Z');

let seeds: Promise<PoolSnapshot> | undefined;

/** The five seeds, built once per test file. */
export function seedSnapshot(): Promise<PoolSnapshot> {
  seeds ??= buildSnapshot(SEEDS_DIR, { taxonomy: defaultTaxonomy(), now: NOW, key: 'seeds' });
  return seeds;
}

/** Display names of the matches, best first. */
export async function names(query: string): Promise<string[]> {
  const snapshot = await seedSnapshot();
  return search(snapshot, query, defaultTaxonomy()).matches.map((m) => m.profile.name ?? m.profile.id);
}

/** A fresh temporary folder, inside the run's own (removed when the run ends, see temp-root.ts). */
export function tempDir(prefix = 'candidate-bot-'): string {
  return mkdtempSync(path.join(process.env['CANDIDATE_BOT_TEST_TMP'] ?? tmpdir(), prefix));
}

/** A snapshot of a pool made of `files` (name → text), written to a fresh temporary folder. */
export function poolOf(files: Record<string, string>, key: string): Promise<PoolSnapshot> {
  const dir = tempDir();
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return buildSnapshot(dir, { taxonomy: defaultTaxonomy(), now: new Date('2026-11-30T00:00:00Z'), key });
}

/** The files a search of `snapshot` finds, best first. */
export function sourcesOf(snapshot: PoolSnapshot, query: string): string[] {
  return search(snapshot, query, defaultTaxonomy()).matches.map((m) => m.profile.source);
}

/** Seed ids by short number. */
export const SEED = {
  zhang: '000_858ca9253fee2070',
  noName: '001_fdcd70701702a3f1',
  wangXiaobing: '002_71ce536fdb3d8537',
  wangJunfei: '003_cf11f62d671c2ef6',
  manjusaka: '004_235f9f369bc934a8',
} as const;
