import { toPlain } from '../text/fold.js';
import { decodeEntities } from './entities.js';

/** A résumé reduced to plain text, keeping the line structure and headings. */
export interface CleanResume {
  /** Plain text: markup removed, NFKC-normalised, one logical line per line. */
  readonly text: string;
  /** Front-matter keys (lower-cased) and their string values. */
  readonly frontMatter: Readonly<Record<string, string>>;
  /** Headings in order, from `#` lines and `<h1>`–`<h6>`. */
  readonly headings: readonly { level: number; text: string; line: number }[];
}

const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\n([\s\S]*?)\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * Turns Markdown, HTML or plain text into {@link CleanResume}. The same routine serves every
 * extension because real résumés mix them (Markdown with inline HTML, `.txt` files in Markdown).
 * It never throws on odd input: whatever it does not recognise is kept as text.
 */
export function cleanResume(raw: string): CleanResume {
  let text = raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const frontMatter: Record<string, string> = {};
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    for (const line of (fm[1] ?? '').split('\n')) {
      const kv = /^\s*([A-Za-z_][\w-]*)\s*[:=]\s*(.*?)\s*$/.exec(line);
      if (kv?.[1] && kv[2] !== undefined) frontMatter[kv[1].toLowerCase()] = kv[2].replace(/^["']|["']$/g, '');
    }
    text = text.slice(fm[0].length);
  }

  text = text
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|svg|head)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    // Embedded images and other base64 payloads carry no words.
    .replace(/data:[\w/+.-]+;base64,[A-Za-z0-9+/=\s]*/g, ' ')
    // Autolinks `<https://…>` and `<me@example.com>` are text, not tags.
    .replace(/<((?:https?|mailto):[^<>\s]+|[^<>\s@]+@[^<>\s@]+)>/gi, '$1')
    .replace(/<h([1-6])\b[^>]*>/gi, (_m, n: string) => `\n${'#'.repeat(Number(n))} `)
    .replace(/<\/h[1-6]\s*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/?(?:td|th)\b[^>]*>/gi, ' | ')
    .replace(
      /<br\s*\/?>|<\/?(?:p|div|tr|ul|ol|table|section|article|header|footer|center|blockquote|dl|dt|dd|hr)\b[^>]*>/gi,
      '\n',
    )
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ');
  text = dropLongRuns(decodeEntities(text));

  const lines: string[] = [];
  const headings: { level: number; text: string; line: number }[] = [];
  let inFence = false;
  for (const rawLine of text.split('\n')) {
    let line = rawLine;
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (!inFence) {
      if (/^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line)) continue; // table rule
      if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) continue; // horizontal rule
      line = line
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[^\w*])\*(?!\s)([^*\n]+?)\*(?!\w)/g, '$1$2')
        .replace(/~~(.+?)~~/g, '$1')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/^(\s*)[*+•●▪◦·]\s+/, '$1- ')
        .replace(/^\s*\|\s*|\s*\|\s*$/g, '')
        .replace(/\s*\|\s*/g, ' | ');
    }
    line = toPlain(line).replace(/ {2,}/g, ' ').trim();
    // Lone bullets or separators left by removed markup.
    if (/^[-|•·*#]*$/.test(line) && !/^#+$/.test(line)) {
      if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
      continue;
    }
    const heading = /^(#{1,6})\s*(.+?)\s*#*$/.exec(line);
    if (heading?.[1] && heading[2]) {
      headings.push({ level: heading[1].length, text: heading[2], line: lines.length });
    }
    lines.push(line);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  while (lines.length > 0 && lines[0] === '') lines.shift();
  return { text: lines.join('\n'), frontMatter, headings };
}

/**
 * Blanks out runs of 200+ base64-alphabet characters (inline images, keys). A hand-written scan:
 * the equivalent regular expression re-scans every run from each of its positions.
 */
function dropLongRuns(text: string): string {
  let out = '';
  let copied = 0;
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const inRun =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 61;
    if (inRun) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      if (i - runStart >= 200) {
        out += `${text.slice(copied, runStart)} `;
        copied = i;
      }
      runStart = -1;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}
