import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CandidateBotError } from '../../src/errors.js';
import { readResumeFolder } from '../../src/resume/read-folder.js';
import { tempDir } from '../helpers/seeds.js';

describe('readResumeFolder', () => {
  it('reads every supported file recursively and skips bad ones with a warning naming them', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'team', 'deep'), { recursive: true });
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, 'alice.md'), '# Alice\nRust developer');
    writeFileSync(path.join(dir, 'team', 'bob.TXT'), 'Bob\nGo developer');
    writeFileSync(path.join(dir, 'team', 'deep', 'carol.html'), '<h1>Carol</h1><p>Java</p>');
    writeFileSync(path.join(dir, 'team', 'dave.markdown'), '\ufeff# Dave\r\nKafka');
    writeFileSync(path.join(dir, 'team', 'erin.htm'), '<h1>Erin</h1>');
    writeFileSync(path.join(dir, 'empty.md'), '');
    writeFileSync(path.join(dir, 'blank.txt'), ' \n\t\n');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9]));
    writeFileSync(path.join(dir, 'huge.md'), 'x'.repeat(3 * 1024 * 1024));
    writeFileSync(path.join(dir, 'cv.pdf'), '%PDF-1.4');
    writeFileSync(path.join(dir, 'old.doc'), 'an old Word file');
    writeFileSync(path.join(dir, 'photo.png'), 'not a résumé');
    writeFileSync(path.join(dir, '.git', 'config.md'), 'hidden');

    const { files, warnings } = await readResumeFolder(dir);
    expect(files.map((f) => f.source)).toEqual([
      'alice.md',
      'team/bob.TXT',
      'team/dave.markdown',
      'team/deep/carol.html',
      'team/erin.htm',
    ]);
    expect(files.map((f) => f.id)).toEqual(['alice', 'team/bob', 'team/dave', 'team/deep/carol', 'team/erin']);
    expect(files.find((f) => f.id === 'team/dave')?.text).toBe('# Dave\nKafka');
    expect(warnings.map((w) => w.source)).toEqual([
      'binary.txt',
      'blank.txt',
      'cv.pdf',
      'empty.md',
      'huge.md',
      'latin1.txt',
      'old.doc',
    ]);
    const reason = (source: string): string => warnings.find((w) => w.source === source)?.reason ?? '';
    expect(reason('binary.txt')).toMatch(/binary/);
    expect(reason('empty.md')).toMatch(/empty/);
    expect(reason('huge.md')).toMatch(/over the .* limit/);
    expect(reason('latin1.txt')).toMatch(/UTF-8/);
    // A PDF header and nothing else: read as a PDF (see documents.test.ts), and named as damaged.
    expect(reason('cv.pdf')).toMatch(/not a readable PDF/);
    expect(reason('old.doc')).toMatch(/save it as \.docx/);
  });

  it('keeps both files when two differ only by extension', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.md'), 'A one');
    writeFileSync(path.join(dir, 'a.txt'), 'A two');
    const { files } = await readResumeFolder(dir);
    expect(files.map((f) => f.id)).toEqual(['a.md', 'a.txt']);
  });

  it('reports an unreadable folder with a code and the folder name', async () => {
    const missing = path.join(tempDir(), 'nope');
    await expect(readResumeFolder(missing)).rejects.toThrow(CandidateBotError);
    await expect(readResumeFolder(missing)).rejects.toMatchObject({
      code: 'RESUME_DIR_UNREADABLE',
      message: expect.stringContaining('nope'),
    });
  });

  it('skips a file it cannot open and still loads the rest', async () => {
    if (process.getuid?.() === 0) return; // root can read anything; nothing to test there
    const dir = tempDir();
    writeFileSync(path.join(dir, 'ok.md'), 'fine');
    writeFileSync(path.join(dir, 'locked.md'), 'secret');
    chmodSync(path.join(dir, 'locked.md'), 0o000);
    const { files, warnings } = await readResumeFolder(dir);
    expect(files.map((f) => f.id)).toEqual(['ok']);
    expect(warnings[0]?.source).toBe('locked.md');
  });
});

describe('readResumeFolder and links', () => {
  it('reads a link only when it points to a file inside the folder; loops, long and outside links are skipped by name', async () => {
    const outside = tempDir();
    writeFileSync(path.join(outside, '.env'), 'SLACK_BOT_TOKEN=xoxb-secret-token');
    writeFileSync(path.join(outside, 'other.md'), '# Mallory\nRust');
    const dir = tempDir();
    mkdirSync(path.join(dir, 'team'));
    writeFileSync(path.join(dir, 'alice.md'), '# Alice\nRust developer');
    symlinkSync(path.join(outside, '.env'), path.join(dir, 'secrets.txt'));
    symlinkSync('../../' + path.basename(outside) + '/other.md', path.join(dir, 'team', 'relative.md'));
    symlinkSync('../alice.md', path.join(dir, 'team', 'alice-link.md'));
    symlinkSync('loop-b.md', path.join(dir, 'loop-a.md'));
    symlinkSync('loop-a.md', path.join(dir, 'loop-b.md'));
    symlinkSync('x'.repeat(300), path.join(dir, 'long.md'));
    symlinkSync(path.join(dir, 'missing.md'), path.join(dir, 'broken.md'));

    const { files, warnings } = await readResumeFolder(dir);
    expect(files.map((f) => f.source)).toEqual(['alice.md', 'team/alice-link.md']);
    expect(files.some((f) => f.text.includes('xoxb'))).toBe(false);
    const reason = (source: string): string => warnings.find((w) => w.source === source)?.reason ?? '';
    expect(reason('secrets.txt')).toMatch(/outside the résumé folder/);
    expect(reason('team/relative.md')).toMatch(/outside the résumé folder/);
    expect(reason('loop-a.md')).toMatch(/loop/);
    expect(reason('loop-b.md')).toMatch(/loop/);
    expect(reason('long.md')).toMatch(/too long|ENAMETOOLONG/);
    expect(reason('broken.md')).toMatch(/broken/);
  });

  it('follows the folder itself when RESUME_DIR is a link', async () => {
    const real = tempDir();
    writeFileSync(path.join(real, 'alice.md'), '# Alice\nRust developer');
    const holder = tempDir();
    symlinkSync(real, path.join(holder, 'resumes'));
    const { files, warnings } = await readResumeFolder(path.join(holder, 'resumes'));
    expect(files.map((f) => f.source)).toEqual(['alice.md']);
    expect(warnings).toEqual([]);
  });
});
