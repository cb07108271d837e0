import { DOMParser } from '@xmldom/xmldom';
import { decodeHTMLStrict } from 'entities';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { withDate, type ExtractOutcome } from './types.js';

/**
 * DOCX → text. mammoth converts the body well (headings, lists, tables) but skips page headers,
 * footers and DrawingML text boxes, where templates often put the name, the phone or a skills box.
 * Those parts are read here from the package itself, and a paragraph already in the body (a text
 * box and its VML fallback, a header repeated for first and other pages) is kept once.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** Uncompressed size read at most: a résumé's XML is well under a megabyte; a zip bomb is not. */
const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

export async function docxToText(bytes: Uint8Array): Promise<ExtractOutcome> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (cause) {
    return {
      ok: false,
      reason: `skipped: not a readable DOCX (${cause instanceof Error ? cause.message : String(cause)})`,
    };
  }
  if (!zip.file('word/document.xml')) {
    if (zip.file('EncryptionInfo') || zip.file('EncryptedPackage'))
      return { ok: false, reason: 'skipped: the document is password-protected (send an unprotected copy)' };
    return { ok: false, reason: 'skipped: not a Word document (no word/document.xml inside)' };
  }
  if (unpackedSize(zip) > MAX_UNPACKED_BYTES)
    return { ok: false, reason: 'skipped: the document unpacks to more than 100 MiB (not a résumé)' };

  let body: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
      },
    );
    body = result.value;
  } catch (cause) {
    return {
      ok: false,
      reason: `skipped: not a readable DOCX (${cause instanceof Error ? cause.message : String(cause)})`,
    };
  }

  const seen = new Set(paragraphsOfHtml(body).map(key));
  const fresh = (paragraphs: string[]) =>
    paragraphs.filter((p) => {
      const k = key(p);
      if (k === '' || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  const parts = Object.keys(zip.files).sort();
  const headers: string[] = [];
  const footers: string[] = [];
  const boxes: string[] = [];
  for (const name of parts) {
    const isHeader = /^word\/header\d*\.xml$/.test(name);
    const isFooter = /^word\/footer\d*\.xml$/.test(name);
    if (!isHeader && !isFooter && name !== 'word/document.xml') continue;
    const xml = await zip.file(name)?.async('string');
    if (!xml) continue;
    // mammoth has read the body already: it is parsed again only for its text boxes, if any.
    if (name === 'word/document.xml' && !xml.includes('txbxContent')) continue;
    const doc = parseXml(xml);
    if (!doc) continue;
    if (name === 'word/document.xml') boxes.push(...textBoxParagraphs(doc));
    else (isHeader ? headers : footers).push(...allParagraphs(doc));
  }
  const head = fresh(headers);
  const extra = fresh(boxes);
  const foot = fresh(footers);
  const html = [...head.map(asParagraph), body, ...extra.map(asParagraph), ...foot.map(asParagraph)].join('\n');
  if (!/[\p{L}\p{N}]/u.test(html.replace(/<[^>]*>/g, '')))
    return { ok: false, reason: 'skipped: the document has no text (only images?)' };
  const core = await zip
    .file('docProps/core.xml')
    ?.async('string')
    .catch(() => undefined);
  const saved = core
    ? (/<dcterms:modified\b[^>]*>\s*(\d{4}-\d{2}-\d{2})/.exec(core)?.[1] ??
      /<dcterms:created\b[^>]*>\s*(\d{4}-\d{2}-\d{2})/.exec(core)?.[1])
    : undefined;
  return { ok: true, text: withDate(html, saved ?? null) };
}

function unpackedSize(zip: JSZip): number {
  let total = 0;
  // JSZip keeps each entry's declared size on an internal field; a declared size that lies is
  // still bounded by the worker's memory limit.
  zip.forEach((_path, file) => {
    const data = (file as unknown as { _data?: { uncompressedSize?: number } })._data;
    total += data?.uncompressedSize ?? 0;
  });
  return total;
}

function parseXml(xml: string): Document | null {
  try {
    const quiet = () => {};
    const doc = new DOMParser({ errorHandler: { warning: quiet, error: quiet, fatalError: quiet } }).parseFromString(
      xml,
      'text/xml',
    );
    return doc.documentElement ? (doc as unknown as Document) : null;
  } catch {
    return null;
  }
}

/** Paragraphs of every text box (DrawingML `wps:txbx` and VML `v:textbox` both hold `w:txbxContent`). */
function textBoxParagraphs(doc: Document): string[] {
  const out: string[] = [];
  const boxes = doc.getElementsByTagNameNS(W, 'txbxContent');
  for (let i = 0; i < boxes.length; i++) out.push(...paragraphsIn(boxes.item(i) as Element));
  return out;
}

function allParagraphs(doc: Document): string[] {
  return doc.documentElement ? paragraphsIn(doc.documentElement as unknown as Element) : [];
}

/** Text of the `w:p` elements under `root`, not counting paragraphs nested in a text box of theirs. */
function paragraphsIn(root: Element): string[] {
  const out: string[] = [];
  const paragraphs = root.getElementsByTagNameNS(W, 'p');
  for (let i = 0; i < paragraphs.length; i++) {
    const text = paragraphText(paragraphs.item(i) as Element)
      .replace(/[ \t]+/g, ' ')
      .trim();
    if (text !== '') out.push(text);
  }
  return out;
}

function paragraphText(p: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (el.namespaceURI === W) {
        if (el.localName === 't') text += el.textContent ?? '';
        else if (el.localName === 'tab') text += ' ';
        else if (el.localName === 'br' || el.localName === 'cr') text += '\n';
        // Deleted text (w:del/w:delText) and nested text boxes (their own paragraphs) are skipped.
        else if (el.localName === 'del' || el.localName === 'txbxContent' || el.localName === 'p') continue;
        else walk(el);
      } else if (el.localName !== 'Fallback') {
        walk(el);
      }
    }
  };
  walk(p);
  return text;
}

/**
 * The paragraphs of mammoth's HTML, split by regular expressions: mammoth writes every tag whole
 * and escapes `<` and `>` in text, so there is nothing here an HTML parser would read better.
 */
function paragraphsOfHtml(html: string): string[] {
  return html
    .split(/<\/?(?:p|h[1-6]|li|td|th|tr)\b[^>]*>/i)
    .map((s) => decodeHTMLStrict(s.replace(/<[^>]*>/g, '')))
    .filter((s) => s.trim() !== '');
}

/** Paragraphs compare by their letters and digits only. */
function key(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

function asParagraph(text: string): string {
  return `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>')}</p>`;
}
