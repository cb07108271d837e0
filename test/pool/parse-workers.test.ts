import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticResume } from '../../bench/synthetic.js';
import { buildSnapshot } from '../../src/pool/build.js';
import type { PoolSnapshot } from '../../src/store/snapshot.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';

const holder = mkdtempSync(path.join(tmpdir(), 'cb-parse-workers-'));
const dir = path.join(holder, 'resumes');
afterAll(() => rmSync(holder, { recursive: true, force: true }));
/** The shared PDF and DOCX fixtures, read in place. */
const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/corpora/pdf-docx');

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
  it('builds the same snapshot as reading and parsing in this thread: profiles, duplicates, texts, index, warnings', async () => {
    // Over the 1,000 files from which the parsing threads read and parse the text files, and over
    // several of the chunks each sends back, with duplicates across chunks, files that cannot be
    // read or parsed, two files that differ only by extension, and documents extracted first.
    mkdirSync(dir);
    for (let i = 0; i < 1100; i++)
      writeFileSync(path.join(dir, `r-${String(i).padStart(4, '0')}.md`), syntheticResume(i, 3));
    writeFileSync(path.join(dir, 'z-copy-of-0003.md'), syntheticResume(3, 3));
    writeFileSync(path.join(dir, 'z-blank.md'), '<!-- nothing -->\n');
    writeFileSync(path.join(dir, 'r-0500-empty.md'), '');
    writeFileSync(path.join(dir, 'r-0700-binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    writeFileSync(path.join(dir, 'r-0800-latin1.txt'), Buffer.from('Ren\xe9 M\xfcller, Rust engineer', 'latin1'));
    writeFileSync(path.join(dir, 'r-0900.txt'), 'Same stem as r-0900.md: Go and Kafka.\n');
    writeFileSync(path.join(holder, 'outside.md'), '# Not in the folder\n');
    symlinkSync(path.join(holder, 'outside.md'), path.join(dir, 'r-0950-link.md'));
    copyFileSync(path.join(FIXTURES, 'awesome-cv-resume-zh.pdf'), path.join(dir, 'r-0600.pdf'));
    copyFileSync(path.join(FIXTURES, 'table-2col.docx'), path.join(dir, 'r-1050.docx'));
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
    expect(inThread.profiles).toHaveLength(1104);
    expect(inThread.profiles.find((p) => p.id === 'z-copy-of-0003')?.duplicateOf).toBe('r-0003');
    expect(inThread.profiles.map((p) => p.id)).toEqual(
      expect.arrayContaining(['r-0600.pdf', 'r-1050.docx', 'r-0900.md', 'r-0900.txt']),
    );
    expect(inThread.warnings.map((w) => w.source)).toEqual([
      'r-0500-empty.md',
      'r-0700-binary.txt',
      'r-0800-latin1.txt',
      'r-0950-link.md',
      'z-blank.md',
    ]);
    // Every file listed and read (the link is not listed), whether or not it could be parsed.
    expect(parsingReported).toBe(1108);
    expect(contents(inWorkers)).toEqual(contents(inThread));
  }, 120_000);

  it('takes a chunk that brings hundreds of thousands of new terms (no argument-list overflow)', async () => {
    const many = path.join(holder, 'many-words');
    mkdirSync(many);
    // 250 résumés (one chunk), each with 1,200 words no other has: 300,000 new terms at once.
    for (let i = 0; i < 250; i++) {
      const words = Array.from({ length: 1200 }, (_, j) => `w${i}x${j}`).join(' ');
      writeFileSync(path.join(many, `r-${i}.md`), `# Candidate ${i}\n\nRust engineer. ${words}\n`);
    }
    const options = { taxonomy: defaultTaxonomy(), now: new Date('2026-06-01T00:00:00Z'), key: 'k', parseWorkers: 1 };
    const snapshot = await buildSnapshot(many, options);
    expect(snapshot.profiles).toHaveLength(250);
    expect(snapshot.index.data.vocabulary.length).toBeGreaterThan(300_000);
  }, 120_000);
});
