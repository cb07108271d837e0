import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { syntheticResume } from './synthetic.js';

/**
 * Synthetic résumés rendered as real PDF and DOCX files, for the intake benchmark (issue 13 item 5).
 * Both carry the résumé as text a reader extracts, Chinese included, so the benchmark times the
 * readers on work like the real thing rather than on files they refuse early.
 *
 * - PDF: written byte by byte. Chinese is shown in STSong-Light, one of the CJK fonts every reader
 *   knows without embedding it, through the predefined CMap UniGB-UCS2-H (the text is UCS-2) and
 *   no ToUnicode map, as many converters and report generators write it: pdf.js then needs its
 *   CMap files to give the text back, a costly path many real Chinese PDFs take (here about 100 ms a
 *   file in one thread, five times a PDF of the same lines in Helvetica).
 * - DOCX: the four parts of a minimal Word package, one paragraph per line, zipped with JSZip.
 */

/**
 * The résumé's lines as a person would type them in a word processor: Markdown heading and bold
 * marks are formatting there, not text (a typed `- ` bullet stays).
 */
export function plainLines(markdown: string): string[] {
  return markdown
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => line.replace(/^#{1,6}\s+/, '').replace(/\*\*/g, ''));
}

// ——— PDF ————————————————————————————————————————————————————————————————————————————————

const PAGE = { width: 595, height: 842, left: 50, top: 792 };
const FONT_SIZE = 10;
const LEADING = 14;
const LINES_PER_PAGE = 50;
/** A line holds 90 width units: a Latin character is 1 (half an em), a CJK character 2. */
const LINE_UNITS = 90;

/** Characters STSong-Light draws a full em wide (CJK ideographs, kana, CJK and full-width punctuation). */
function units(ch: string): number {
  const cp = ch.codePointAt(0) as number;
  return (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60)
    ? 2
    : 1;
}

/**
 * Splits a line into lines of at most {@link LINE_UNITS}: Latin text breaks at the last space
 * when there is one in the line's second half (words stay whole), Chinese anywhere.
 */
function wrap(line: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let width = 0;
  for (const ch of line) {
    const w = units(ch);
    if (width + w > LINE_UNITS) {
      let cut = current.length;
      let seen = 0;
      for (let i = 0; i < current.length; i++) {
        seen += units(current[i] as string);
        if (current[i] === ' ' && seen > LINE_UNITS / 2) cut = i + 1;
      }
      out.push(current.slice(0, cut).join('').trimEnd());
      current = current.slice(cut);
      width = current.reduce((sum, c) => sum + units(c), 0);
    }
    current.push(ch);
    width += w;
  }
  out.push(current.join('').trimEnd());
  return out;
}

/**
 * A line as a PDF hex string in UCS-2 big-endian (`你好` → `<4F60597D>`). UCS-2 holds only the
 * Basic Multilingual Plane: characters beyond it (emoji) are dropped, as are control characters.
 */
function ucs2Hex(line: string): string {
  let hex = '';
  for (const ch of line.replace(/\t/g, ' ')) {
    const cp = ch.codePointAt(0) as number;
    if (cp > 0xffff || cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0xd800 && cp <= 0xdfff)) continue;
    hex += cp.toString(16).toUpperCase().padStart(4, '0');
  }
  return `<${hex}>`;
}

/** A PDF file from its objects (object n is `objects[n - 1]`; object 1 is the catalog), with exact xref offsets. */
function assemblePdf(objects: readonly Buffer[]): Buffer {
  // The second line's high bytes tell transfer tools the file is binary (PDF 32000-1 §7.5.2).
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]?.length ?? 0;
  const push = (b: Buffer): void => {
    parts.push(b);
    length += b.length;
  };
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    push(Buffer.from(`${i + 1} 0 obj\n`, 'latin1'));
    push(body);
    push(Buffer.from('\nendobj\n', 'latin1'));
  });
  const xref = length;
  // Each entry is exactly 20 bytes, its end of line included.
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) tail += `${String(o).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  push(Buffer.from(tail, 'latin1'));
  return Buffer.concat(parts, length);
}

function dictionary(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

/** A content stream, deflated as every real PDF writer does (pdf.js then inflates it, as it would). */
function flateStream(content: string): Buffer {
  const data = deflateSync(Buffer.from(content, 'latin1'));
  return Buffer.concat([
    dictionary(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`),
    data,
    dictionary('\nendstream'),
  ]);
}

/** A résumé's text (Markdown) as an A4 PDF: one text line per line, wrapped, about 50 lines a page. */
export function renderPdf(markdown: string): Buffer {
  const lines = plainLines(markdown).flatMap((line) => (line.trim() === '' ? [''] : wrap(line)));
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) pages.push(lines.slice(i, i + LINES_PER_PAGE));
  const fixed = 5; // catalog, page tree, font, descendant font, font descriptor
  const pageObject = (p: number) => fixed + 1 + 2 * p;
  const objects: Buffer[] = [
    dictionary('<< /Type /Catalog /Pages 2 0 R >>'),
    dictionary(
      `<< /Type /Pages /Kids [${pages.map((_, p) => `${pageObject(p)} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    ),
    dictionary(
      '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>',
    ),
    // Widths: ideographs a full em (DW), the Latin CID ranges of Adobe-GB1 half an em.
    dictionary(
      '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500 814 939 500] >>',
    ),
    dictionary(
      '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    ),
  ];
  pages.forEach((page, p) => {
    // `T*` moves to the next line; an empty line is a move with nothing shown.
    const shown = page.map((line) => (line === '' ? 'T*' : `${ucs2Hex(line)} Tj T*`)).join('\n');
    const content = `BT\n/F1 ${FONT_SIZE} Tf\n${LEADING} TL\n${PAGE.left} ${PAGE.top} Td\n${shown}\nET`;
    objects.push(
      dictionary(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageObject(p) + 1} 0 R >>`,
      ),
      flateStream(content),
    );
  });
  return assemblePdf(objects);
}

// ——— DOCX ———————————————————————————————————————————————————————————————————————————————

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';
const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';
const DOCUMENT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';
/** A fixed date inside the zip, so the same résumé always gives the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2024, 0, 1));

function xmlText(s: string): string {
  // XML 1.0 forbids most control characters outright; the rest of the text is escaped.
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}

/** A résumé's text (Markdown) as a Word document: one paragraph per line. */
export async function renderDocx(markdown: string): Promise<Buffer> {
  const paragraphs = plainLines(markdown).map((line) =>
    line === '' ? '<w:p/>' : `<w:p><w:r><w:t xml:space="preserve">${xmlText(line)}</w:t></w:r></w:p>`,
  );
  const document =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}<w:sectPr/></w:body></w:document>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES, { date: ZIP_DATE });
  zip.file('_rels/.rels', PACKAGE_RELS, { date: ZIP_DATE });
  zip.file('word/document.xml', document, { date: ZIP_DATE });
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS, { date: ZIP_DATE });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

// ——— a mixed pool ———————————————————————————————————————————————————————————————————————

/** The format of résumé `index` in a mixed pool: of every 20, 3 PDF and 3 DOCX (15 % each, 30 % documents). */
export function mixedFormat(index: number): 'pdf' | 'docx' | 'md' {
  const slot = index % 20;
  return slot < 3 ? 'pdf' : slot < 6 ? 'docx' : 'md';
}

/**
 * Writes `count` synthetic résumés into `dir` (100 per sub-folder, like `writeSyntheticPool`), 30 %
 * of them rendered as PDF or DOCX (half each), spread evenly through the pool. The same seed always
 * gives the same files.
 */
export async function writeMixedPool(
  dir: string,
  count: number,
  seed = 42,
): Promise<{ pdf: number; docx: number; md: number }> {
  const counts = { pdf: 0, docx: 0, md: 0 };
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, String(Math.floor(i / 100)).padStart(3, '0'));
    if (i % 100 === 0) await mkdir(sub, { recursive: true });
    const format = mixedFormat(i);
    const text = syntheticResume(i, seed);
    const bytes = format === 'pdf' ? renderPdf(text) : format === 'docx' ? await renderDocx(text) : text;
    await writeFile(path.join(sub, `resume-${String(i).padStart(5, '0')}.${format}`), bytes);
    counts[format]++;
  }
  return counts;
}
