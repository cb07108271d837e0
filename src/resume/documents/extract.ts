import type { ExtractOutcome } from './types.js';

/** Extensions whose files are documents to extract text from (not text to decode). */
export const DOCUMENT_EXTENSIONS = new Set(['.pdf', '.docx']);

/** The kind a file's first bytes show, whatever its name says. */
export function sniff(bytes: Uint8Array): 'pdf' | 'zip' | 'ole' | 'html' | 'text' | 'binary' {
  const head = bytes.subarray(0, 1024);
  const ascii = Buffer.from(head).toString('latin1');
  if (ascii.slice(0, 1024).includes('%PDF-')) return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'ole';
  if (/^\s*<(?:!doctype html|html|head|body)\b/i.test(ascii.replace(/^\ufeff|^\xef\xbb\xbf/, ''))) return 'html';
  if (head.includes(0)) return 'binary';
  return 'text';
}

/**
 * Text of a PDF or DOCX file (`source` names it; only its extension is used). The content decides:
 * a `.pdf` that is really an HTML page (a login page saved by mistake) is refused, never indexed.
 */
export async function extractDocument(source: string, bytes: Uint8Array): Promise<ExtractOutcome> {
  const ext = source.slice(source.lastIndexOf('.')).toLowerCase();
  const kind = sniff(bytes);
  if (ext === '.pdf') {
    if (kind !== 'pdf') return { ok: false, reason: `skipped: named .pdf but it is not a PDF (${describeKind(kind)})` };
    const { pdfToText } = await import('./pdf.js');
    return pdfToText(bytes);
  }
  if (ext === '.docx') {
    if (kind === 'ole')
      return {
        ok: false,
        reason:
          'skipped: the Word document is password-protected or in the old .doc format (save it as .docx without a password)',
      };
    if (kind !== 'zip')
      return { ok: false, reason: `skipped: named .docx but it is not a Word document (${describeKind(kind)})` };
    const { docxToText } = await import('./docx.js');
    return docxToText(bytes);
  }
  return { ok: false, reason: `skipped: ${ext} documents are not supported` };
}

export function describeKind(kind: ReturnType<typeof sniff>): string {
  switch (kind) {
    case 'pdf':
      return 'a PDF';
    case 'zip':
      return 'a ZIP archive';
    case 'ole':
      return 'an old Office file';
    case 'html':
      return 'an HTML page';
    case 'text':
      return 'plain text';
    default:
      return 'unknown binary data';
  }
}
