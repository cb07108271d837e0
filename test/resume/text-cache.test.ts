import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Candidates } from '../../src/candidates/candidates.js';
import { extractDocuments } from '../../src/resume/documents/extractor.js';
import { DocumentTextCache } from '../../src/resume/documents/text-cache.js';
import { readResumeFolder } from '../../src/resume/read-folder.js';
import { scannedPdf, textPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/seeds.js';

/** Every cache entry (relative path) under a cache root. */
function entries(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort();
}

const jane = (): Buffer => textPdf(['Jane Roe | Backend Engineer', 'Go, Kafka, PostgreSQL']);

describe('the text of PDF and DOCX files, kept between builds', () => {
  it('is read from the cache the second time, and trimmed to the files still in the folder', async () => {
    const dir = tempDir('candidate-bot-docs-');
    const root = path.join(tempDir(), 'documents');
    writeFileSync(path.join(dir, 'jane.pdf'), jane());
    writeFileSync(path.join(dir, 'scan.pdf'), scannedPdf());
    writeFileSync(path.join(dir, 'notes.md'), '# Bo Chen\n\nRust');

    const first = await readResumeFolder(dir, { documentCache: await DocumentTextCache.open(root) });
    expect(first.files.map((f) => f.source)).toEqual(['jane.pdf', 'notes.md']);
    // The text, and the scan's verdict (the file decides it): two entries; Markdown needs none.
    const kept = entries(root);
    expect(kept).toHaveLength(2);

    // Proof that the second read comes from the cache: an entry changed by hand is what it returns.
    const janeEntry = path.join(
      root,
      kept.find((f) => f.includes(DocumentTextCache.hashOf(jane())))!,
    );
    writeFileSync(janeEntry, JSON.stringify({ ok: true, text: 'Jane Roe (from the cache)' }));
    const second = await readResumeFolder(dir, { documentCache: await DocumentTextCache.open(root) });
    expect(second.files.find((f) => f.source === 'jane.pdf')?.text).toBe('Jane Roe (from the cache)');
    expect(second.warnings.map((w) => w.source)).toEqual(['scan.pdf']);

    // A damaged entry is read again from the file.
    writeFileSync(janeEntry, '{"ok": tru');
    const third = await readResumeFolder(dir, { documentCache: await DocumentTextCache.open(root) });
    expect(third.files.find((f) => f.source === 'jane.pdf')?.text).toMatch(/Jane Roe \| Backend Engineer/);

    // A résumé deleted from the folder leaves no copy of its text behind.
    rmSync(path.join(dir, 'jane.pdf'));
    await readResumeFolder(dir, { documentCache: await DocumentTextCache.open(root) });
    expect(entries(root)).toHaveLength(1);
    expect(readFileSync(path.join(root, entries(root)[0]!), 'utf8')).toMatch(/scanned, no text/);
  }, 60_000);

  it('does not keep a timeout: the file is tried again next time', async () => {
    const root = path.join(tempDir(), 'documents');
    const cache = await DocumentTextCache.open(root);
    const bytes = jane();
    const [slow] = await extractDocuments([{ source: 'slow.pdf', bytes }], { timeoutMs: 1, cache });
    expect(slow).toEqual({ ok: false, reason: expect.stringMatching(/took longer than/) });
    expect(await cache.get(DocumentTextCache.hashOf(bytes))).toBeNull();
    const [again] = await extractDocuments([{ source: 'slow.pdf', bytes }], { cache });
    expect(again?.ok).toBe(true);
    expect(await cache.get(DocumentTextCache.hashOf(bytes))).toEqual(again);
  }, 60_000);

  it('entries of an older reader are removed; the bot keeps its cache under DATA_DIR/documents', async () => {
    const dir = tempDir('candidate-bot-docs-');
    const dataDir = tempDir();
    writeFileSync(path.join(dir, 'jane.pdf'), jane());
    const stale = path.join(dataDir, 'documents', 'old-reader-version', 'ab');
    mkdirSync(stale, { recursive: true });
    writeFileSync(path.join(stale, 'ab12.json'), JSON.stringify({ ok: true, text: 'old' }));

    const candidates = await Candidates.open({ dir, dataDir, build: 'in-process' });
    expect(candidates.current().profiles.map((p) => p.name)).toEqual(['Jane Roe']);
    const versions = readdirSync(path.join(dataDir, 'documents'));
    expect(versions).toHaveLength(1);
    expect(versions[0]).not.toBe('old-reader-version');
    expect(entries(path.join(dataDir, 'documents'))).toHaveLength(1);
  }, 60_000);

  it('quotes on a card come from the kept text, without reading the PDF again', async () => {
    const dir = tempDir('candidate-bot-docs-');
    const dataDir = tempDir();
    writeFileSync(path.join(dir, 'jane.pdf'), jane());
    const candidates = await Candidates.open({ dir, dataDir, build: 'in-process' });
    const root = path.join(dataDir, 'documents');
    const [entry] = entries(root);
    writeFileSync(
      path.join(root, entry!),
      JSON.stringify({ ok: true, text: 'Jane Roe\nKafka streams, as kept by the build' }),
    );
    const page = await candidates.search('kafka');
    expect(JSON.stringify(page.page[0]?.highlights)).toContain('as kept by the build');
    await candidates.close();
  }, 60_000);
});
