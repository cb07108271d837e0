import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BaseBinaryDataFactory } from 'pdfjs-dist/types/src/display/binary_data_factory.js';
import { pageLines, repairText, type TextRun } from './layout.js';
import { loadPdfjs } from './pdfjs.js';
import { withDate, type ExtractOutcome } from './types.js';

/**
 * PDF → text with pdf.js 5 (`pdfjs-dist`, pure JavaScript; loaded by `./pdfjs.ts`, which keeps
 * parsed CMaps between documents). Two things its defaults get wrong here:
 *
 * - Chinese in CID fonts without a ToUnicode map (XeLaTeX, many converters) needs pdf.js's CMap
 *   files. A `file://` URL for them is not loaded on Node, and pdf.js then returns no Chinese at
 *   all, with no error, so the files are read from `pdfjs-dist/cmaps/` by {@link FileBinaryData}.
 * - `isEvalSupported` stays false: pdf.js before 4.2.67 ran font code through eval (CVE-2024-4367).
 */

const require = createRequire(import.meta.url);
let dataRoot: string | undefined;

function pdfjsData(): string {
  dataRoot ??= path.dirname(require.resolve('pdfjs-dist/package.json'));
  return dataRoot;
}

const binaryCache = new Map<string, Uint8Array>();

/**
 * What pdf.js does with the `BinaryDataFactory` option: constructs it with the data URLs and calls
 * `fetch`. The option itself is typed `Object`; this is the shape of pdf.js's own factories (their
 * `#private` field keeps a class of ours from being one of them, so only `fetch` is required).
 */
type BinaryDataFactoryClass = new (
  options: ConstructorParameters<typeof BaseBinaryDataFactory>[0],
) => Pick<BaseBinaryDataFactory, 'fetch'>;

/** pdf.js's binary data (CMaps, standard fonts) read from the installed `pdfjs-dist`. */
class FileBinaryData {
  constructor(_options: { cMapUrl?: string | null; standardFontDataUrl?: string | null }) {}

  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const folder = kind === 'cMapUrl' ? 'cmaps' : kind === 'standardFontDataUrl' ? 'standard_fonts' : null;
    if (!folder) throw new Error(`pdf: no ${kind} data here`);
    // Names come from the PDF: only a bare file name inside our own folder is read. The bytes are
    // kept for the worker's life: every Chinese PDF asks for the same few CMaps again.
    const file = path.join(pdfjsData(), folder, path.basename(filename));
    let bytes = binaryCache.get(file);
    if (!bytes) {
      bytes = new Uint8Array(await readFile(file));
      binaryCache.set(file, bytes);
    }
    // pdf.js may transfer or keep what it is given: it gets its own copy.
    return bytes.slice();
  }
}

/** Pages read at most: a résumé is a few pages; a 500-page PDF is not one. */
const MAX_PAGES = 30;

export async function pdfToText(bytes: Uint8Array): Promise<ExtractOutcome> {
  const { pdfjs } = await loadPdfjs();
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: bytes,
      BinaryDataFactory: FileBinaryData satisfies BinaryDataFactoryClass,
      cMapUrl: 'cmaps/',
      cMapPacked: true,
      standardFontDataUrl: 'standard_fonts/',
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (cause) {
    const name = cause instanceof Error ? cause.name : '';
    if (name === 'PasswordException')
      return { ok: false, reason: 'skipped: the PDF is password-protected (send an unprotected copy)' };
    return {
      ok: false,
      reason: `skipped: not a readable PDF (${name || 'damaged'}: ${cause instanceof Error ? cause.message : String(cause)})`,
    };
  }
  try {
    const pages: string[] = [];
    const count = Math.min(doc.numPages, MAX_PAGES);
    for (let n = 1; n <= count; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || item.height;
        runs.push({ text: item.str, x: e ?? 0, y: f ?? 0, width: item.width, size });
      }
      pages.push(pageLines(runs).join('\n'));
      page.cleanup();
    }
    const text = repairText(pages.join('\n\n'));
    const letters = text.replace(/[^\p{L}\p{N}]/gu, '').length;
    if (letters < 20) {
      return {
        ok: false,
        reason: 'scanned, no text: the PDF has page images but no text layer (run OCR on it, or send the original)',
      };
    }
    const info = (await doc.getMetadata().catch(() => null))?.info as
      { ModDate?: unknown; CreationDate?: unknown } | undefined;
    return { ok: true, text: withDate(text, pdfDate(info?.ModDate) ?? pdfDate(info?.CreationDate)) };
  } finally {
    await doc.destroy();
  }
}

/** `D:20150512093000+08'00'` → `2015-05-12`, or null. */
function pdfDate(value: unknown): string | null {
  const m = typeof value === 'string' ? /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value) : null;
  return m ? `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}` : null;
}
