import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfToText } from '../../src/resume/documents/pdf.js';
import { WORKER_EDITS, cMapMemoStats, patchWorker } from '../../src/resume/documents/pdfjs.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/corpora/pdf-docx');
const require = createRequire(import.meta.url);
const stockWorker = readFileSync(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');

async function read(file: string): Promise<string> {
  const outcome = await pdfToText(new Uint8Array(readFileSync(path.join(FIXTURES, file))));
  if (!outcome.ok) throw new Error(`${file}: ${outcome.reason}`);
  return outcome.text;
}

describe('pdf.js with its predefined CMaps kept between documents', () => {
  it('every edit finds its anchor exactly once in the installed pdfjs-dist (redo them when it is upgraded)', () => {
    for (const { anchor } of WORKER_EDITS) {
      expect(stockWorker.split(anchor).length - 1, anchor.slice(0, 60)).toBe(1);
    }
    const patched = patchWorker(stockWorker);
    expect(patched).not.toBeNull();
    expect(patched).toContain('createBuiltInCMapUncached');
    expect(patched).toContain('export { __candidateBotCMapMemo as cMapMemo };');
    expect(patched).not.toContain('sourceMappingURL');
  });

  it('gives up, rather than guessing, when an anchor is missing or repeated', () => {
    const first = WORKER_EDITS[0]?.anchor ?? '';
    expect(patchWorker(stockWorker.replace(first, 'async function somethingElse() {'))).toBeNull();
    expect(patchWorker(`${stockWorker}\n${first}}\n`)).toBeNull();
  });

  it('a Chinese PDF read again gives the same text from the kept maps, and the maps are not parsed again', async () => {
    // Non-embedded STSong-Light through UniGB-UCS2-H, no ToUnicode: the costly case.
    const first = await read('cid-stsong-nonembedded-rows.pdf');
    const afterFirst = await cMapMemoStats();
    expect(afterFirst).not.toBeNull();
    expect(afterFirst?.cMaps).toBeGreaterThanOrEqual(2); // UniGB-UCS2-H and Adobe-GB1-UCS2
    expect(afterFirst?.tables).toBeGreaterThanOrEqual(1);
    expect(afterFirst?.fontChars).toBeGreaterThanOrEqual(1); // STSong-Light is not embedded

    const second = await read('cid-stsong-nonembedded-rows.pdf');
    const afterSecond = await cMapMemoStats();
    expect(second).toBe(first);
    expect(first).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(afterSecond?.cMaps).toBe(afterFirst?.cMaps);
    expect(afterSecond?.tables).toBe(afterFirst?.tables);
    expect(afterSecond?.fontChars).toBe(afterFirst?.fontChars);
    expect(afterSecond?.hits).toBeGreaterThan(afterFirst?.hits ?? 0);
  });

  it('other PDFs read between them are untouched by the kept maps (XeLaTeX Identity-H, embedded TrueType)', async () => {
    const xelatex = await read('billryan-resume-zh_CN.pdf');
    const embedded = await read('ttf-wqy-embedded-columns.pdf');
    await read('cid-stsong-nonembedded-rows.pdf');
    expect(await read('billryan-resume-zh_CN.pdf')).toBe(xelatex);
    expect(await read('ttf-wqy-embedded-columns.pdf')).toBe(embedded);
    expect(xelatex).toMatch(/[\u4e00-\u9fff]{4}/);
  });
});
