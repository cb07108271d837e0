import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeName, storeUpload } from '../../src/pool/uploads.js';
import { tempDir } from '../helpers/seeds.js';

const NOW = new Date('2026-11-30T10:00:00Z');

describe('storeUpload', () => {
  it('stores under uploads/<yyyy-mm>/ with a content tag, leaves no temporary file, finds the same bytes again', async () => {
    const dir = tempDir();
    const first = await storeUpload(dir, '张三 简历 (final).pdf', Buffer.from('%PDF-1.4 one'), NOW);
    expect(first.existing).toBe(false);
    expect(first.source).toMatch(/^uploads\/2026-11\/张三_简历_final_-[0-9a-f]{16}\.pdf$/);
    expect(readFileSync(path.join(dir, first.source), 'utf8')).toBe('%PDF-1.4 one');
    const again = await storeUpload(dir, 'renamed.pdf', Buffer.from('%PDF-1.4 one'), new Date('2027-01-05T00:00:00Z'));
    expect(again).toEqual({ ...first, existing: true });
    expect(
      readdirSync(path.join(dir, 'uploads'), { recursive: true })
        .map(String)
        .filter((f) => f.includes('.tmp')),
    ).toEqual([]);
  });

  it('never overwrites: another file under the same name gets its own file; the first is intact', async () => {
    const dir = tempDir();
    const a = await storeUpload(dir, 'cv.pdf', Buffer.from('%PDF a'), NOW);
    const b = await storeUpload(dir, 'cv.pdf', Buffer.from('%PDF b'), NOW);
    expect(b.source).not.toBe(a.source);
    expect(b.existing).toBe(false);
    expect(readFileSync(path.join(dir, a.source), 'utf8')).toBe('%PDF a');
    expect(readFileSync(path.join(dir, b.source), 'utf8')).toBe('%PDF b');
  });

  it('file names: no paths, no odd characters, letters kept', () => {
    expect(safeName('../../etc/passwd')).toEqual({ base: 'passwd', ext: '' });
    expect(safeName('C:\\Users\\x\\Résumé 2024.DOCX')).toEqual({ base: 'Résumé_2024', ext: '.docx' });
    expect(safeName('.hidden.pdf')).toEqual({ base: 'hidden', ext: '.pdf' });
    expect(safeName('简历.pdf')).toEqual({ base: '简历', ext: '.pdf' });
  });
});
