import { isAlias, isMap, isScalar, parseDocument } from 'yaml';
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

/**
 * Where front matter is: a block at the very top between `---` (YAML) or `+++` (TOML, Hugo)
 * lines. Finding the block stays ours: the `yaml` package reads a YAML stream, not a Markdown file
 * that starts with one.
 */
const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\n([\s\S]*?)\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * Turns Markdown, HTML or plain text into {@link CleanResume}. The same routine serves every
 * extension because real résumés mix them (Markdown with inline HTML, `.txt` files in Markdown).
 * It never throws on odd input: whatever it does not recognise is kept as text.
 */
export function cleanResume(raw: string): CleanResume {
  let text = raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const fm = FRONT_MATTER.exec(text);
  const frontMatter = !fm ? {} : fm[1] === '+++' ? readToml(fm[2] ?? '') : readYaml(fm[2] ?? '');
  if (fm) text = text.slice(fm[0].length);

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
 * The top-level keys of YAML front matter (lower-cased) whose values are scalars, as written: the
 * failsafe schema keeps `2025-02-20 12:05:24`, `30` and `yes` as strings, never a Date, a number
 * or a boolean. Nested maps and lists are left out (nothing reads them), and so are aliases, which
 * are never expanded. YAML that `yaml` reports an error in gives no keys, the way lines it could
 * not read always gave none: the block is still cut from the text and the rest of the file is
 * read as usual. A later key of the same name wins.
 */
function readYaml(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    const doc = parseDocument(source, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
    if (doc.errors.length > 0 || !isMap(doc.contents)) return out;
    for (const { key, value } of doc.contents.items) {
      if (!isScalar(key) || isAlias(value)) continue;
      const name = String(key.value).toLowerCase();
      if (value === null || value === undefined) out[name] = '';
      else if (isScalar(value) && typeof value.value === 'string') out[name] = value.value.trim();
    }
  } catch {
    // yaml reports problems in doc.errors; this is only a guard: front matter never stops a file.
  }
  return out;
}

/**
 * TOML front matter (`+++`, Hugo) is read line by line, `key = value`, as before: the `yaml`
 * package does not read TOML, and no résumé in our corpora has TOML front matter, so a TOML parser
 * would be a dependency for the keys `date`, `title` and `author`.
 */
function readToml(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of source.split('\n')) {
    const kv = /^\s*([A-Za-z_][\w-]*)\s*[:=]\s*(.*?)\s*$/.exec(line);
    if (kv?.[1] && kv[2] !== undefined) out[kv[1].toLowerCase()] = kv[2].replace(/^["']|["']$/g, '');
  }
  return out;
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
