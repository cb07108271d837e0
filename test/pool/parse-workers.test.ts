import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticResume } from '../../bench/synthetic.js';
import { buildSnapshot } from '../../src/pool/build.js';
import type { PoolSnapshot } from '../../src/store/snapshot.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';

const dir = mkdtempSync(path.join(tmpdir(), 'cb-parse-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A digest of everything a build produces that search reads (a failing diff of the arrays would take minutes). */
function contents(snapshot: PoolSnapshot): Record<string, string> {
  const data = snapshot.index.data;
  const digest = (value: unknown): string =>
    createHash('sha256')
      .update(
        ArrayBuffer.isView(value)
          ? Buffer.from(value.buffer, value.byteOffset, value.byteLength)
          : JSON.stringify(value),
      )
      .digest('hex');
  return {
    profiles: digest(snapshot.profiles),
    warnings: digest(snapshot.warnings),
    texts: digest(snapshot.texts.buffer),
    offsets: digest(snapshot.texts.offsets),
    vocabulary: digest(data.vocabulary),
    postingOffsets: digest(data.postingOffsets),
    postings: digest(data.postings),
    postingWeights: digest(data.postingWeights),
    vectorOffsets: digest(data.vectorOffsets),
    vectors: digest(data.vectors),
  };
}

describe('parsing a large pool in worker threads', () => {
  it('builds the same snapshot as parsing in this thread: profiles, duplicates, texts, index', async () => {
    // Over the 1,000 files from which parsing moves to worker threads, and over several of the
    // chunks each worker sends back, with duplicates across the two workers' shares.
    for (let i = 0; i < 1100; i++)
      writeFileSync(path.join(dir, `r-${String(i).padStart(4, '0')}.md`), syntheticResume(i, 3));
    writeFileSync(path.join(dir, 'z-copy-of-0003.md'), syntheticResume(3, 3));
    writeFileSync(path.join(dir, 'z-blank.md'), '<!-- nothing -->\n');
    const options = { taxonomy: defaultTaxonomy(), now: new Date('2026-06-01T00:00:00Z'), key: 'k' };
    const inThread = await buildSnapshot(dir, { ...options, parseWorkers: 1 });
    let parsingReported = 0;
    const inWorkers = await buildSnapshot(dir, {
      ...options,
      parseWorkers: 2,
      onProgress: (p) => {
        if (p.phase === 'parsing') parsingReported = Math.max(parsingReported, p.done);
      },
    });
    expect(inThread.profiles).toHaveLength(1101);
    expect(inThread.profiles.find((p) => p.id === 'z-copy-of-0003')?.duplicateOf).toBe('r-0003');
    expect(inThread.warnings.map((w) => w.source)).toEqual(['z-blank.md']);
    expect(parsingReported).toBe(1102);
    expect(contents(inWorkers)).toEqual(contents(inThread));
  }, 120_000);
});
