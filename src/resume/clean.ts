import { createRequire } from 'node:module';
import type * as Entities from 'entities';
import type * as HtmlParser from 'htmlparser2';
import type * as Yaml from 'yaml';
import { plainSpaces, toPlain } from '../text/fold.js';
import { isSpaceCode } from '../text/spaces.js';

/*
 * yaml, htmlparser2 and entities load on first use (their CommonJS builds, synchronously): most
 * résumés have neither front matter nor HTML, and a bot answering from its index cache reads few
 * files, while loading the three costs about a tenth of a second of start-up.
 */
const load = createRequire(import.meta.url);
let yamlModule: typeof Yaml | undefined;
let htmlModule: typeof HtmlParser | undefined;
let entitiesModule: typeof Entities | undefined;
const yaml = (): typeof Yaml => (yamlModule ??= load('yaml') as typeof Yaml);
const htmlparser2 = (): typeof HtmlParser => (htmlModule ??= load('htmlparser2') as typeof HtmlParser);
const entities = (): typeof Entities => (entitiesModule ??= load('entities') as typeof Entities);

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
    // Embedded images and other base64 payloads carry no words.
    .replace(/data:[\w/+.-]+;base64,[A-Za-z0-9+/=\s]*/g, ' ')
    // Autolinks `<https://…>` and `<me@example.com>` are text, not tags (an HTML parser reads
    // them as tags named `https:` and `me@example.com`, so they are unwrapped first).
    .replace(/<((?:https?|mailto):[^<>\s]+|[^<>\s@]+@[^<>\s@]+)>/gi, '$1');
  text = dropLongRuns(htmlToText(text));
  // A heading an export glued to the line before it (`Tableau- Exprience - 24 monthsCompany
  // Details`, `…real life solutions.Education Details`) starts its own line again.
  if (text.includes(' Details') || text.includes(' Experience') || text.includes(' History'))
    text = text.replace(GLUED_HEADING, (heading: string, at: number) =>
      at > 0 && /[a-z0-9.)]/.test(text[at - 1] as string) ? `\n${heading}` : heading,
    );

  const lines: string[] = [];
  const headings: { level: number; text: string; line: number }[] = [];
  let inFence = false;
  // NFKC leaves each line of a text it leaves alone as it is (a line break composes with nothing),
  // unless markup taken out of the line put a letter next to a combining mark: those lines, and
  // every line of a text that is not NFKC already, are normalised one by one.
  const normal = text.normalize('NFKC') === text;
  for (const rawLine of text.split('\n')) {
    let line = rawLine;
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (!inFence) {
      if (/^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line)) continue; // table rule
      if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) continue; // horizontal rule
      // Each rewrite runs only on a line with its marker character: most lines have none, and
      // these eleven patterns on every line of 10,000 résumés were an eighth of a build's parsing.
      line = line.replace(/^\s{0,3}>\s?/, '');
      if (line.includes('![')) line = line.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
      if (line.includes('](')) line = line.replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1');
      if (line.includes('*')) {
        line = line.replace(/(\*\*|__)(.+?)\1/g, '$2').replace(/(^|[^\w*])\*(?!\s)([^*\n]+?)\*(?!\w)/g, '$1$2');
      } else if (line.includes('__')) line = line.replace(/(\*\*|__)(.+?)\1/g, '$2');
      if (line.includes('~~')) line = line.replace(/~~(.+?)~~/g, '$1');
      if (line.includes('`')) line = line.replace(/`([^`]*)`/g, '$1');
      if (startsWithBullet(line)) line = line.replace(/^(\s*)[*+•●▪◦·]\s+/, '$1- ');
      if (line.includes('|')) line = line.replace(/^\s*\|\s*|\s*\|\s*$/g, '').replace(/\s*\|\s*/g, ' | ');
    }
    line = (normal && line === rawLine ? plainSpaces(line) : toPlain(line)).replace(/ {2,}/g, ' ').trim();
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

/** A heading word pair; only one glued to the word before it moves (see its use). */
const GLUED_HEADING =
  /(?:Education|Company|Skills?|Work|Professional|Employment|Project|Personal|Technical) (?:Details|Experience|History|Summary|Information)\b/g;

/** Elements whose content is not résumé text. */
const DROPPED = new Set(['script', 'style', 'svg', 'head', 'template', 'noscript']);
/** Elements that start and end a line. */
const BLOCK = new Set([
  'p',
  'div',
  'tr',
  'ul',
  'ol',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'center',
  'blockquote',
  'dl',
  'dt',
  'dd',
  'hr',
  'br',
]);

/**
 * HTML (and the HTML inside Markdown) → text, by htmlparser2. Headings become `#` lines, list
 * items `- ` lines, table cells are split by ` | `, block elements break lines, other tags become a
 * space, and comments and the content of `<script>`, `<style>`, `<svg>`, `<head>` are dropped. Only
 * tags written in the text break lines: the closings HTML implies (`<p>a<p>b`, `<br>`) add nothing.
 * Everything that is not markup, Markdown included, comes through as text.
 *
 * Two things stay ours, because a browser's reading is wrong for Markdown résumés:
 * - A `<` that does not open a tag closed before the next `<` is text (`C<C++`, `x<y`, `<3`): an
 *   HTML tokenizer would read `<C++…` as a tag and drop the rest of the file when no `>` follows.
 * - Character references are decoded by `entities` in strict mode (a `;` is required), not the
 *   parser's legacy mode, which turns `&copy2020` into `©2020` and `&notes` into `¬es`.
 */
function htmlToText(html: string): string {
  let out = '';
  let text = '';
  let dropped = 0;
  const flush = (separator: string) => {
    // `&shy;` marks where a word may break and is no part of it; a soft hyphen as a character
    // stays (text taken from PDFs uses it as the dash of a date range).
    if (text !== '') out += entities().decodeHTMLStrict(text.replace(/&shy;/g, ''));
    text = '';
    out += separator;
  };
  const parser = new (htmlparser2().Parser)(
    {
      onopentag(name) {
        if (DROPPED.has(name)) dropped++;
        if (dropped > 0) return;
        if (/^h[1-6]$/.test(name)) flush(`\n${'#'.repeat(Number(name[1]))} `);
        else if (name === 'li') flush('\n- ');
        else if (name === 'td' || name === 'th') flush(' | ');
        else flush(BLOCK.has(name) ? '\n' : ' ');
      },
      onclosetag(name, isImplied) {
        if (DROPPED.has(name)) {
          dropped--;
          if (dropped === 0) flush(' ');
          return;
        }
        // Implied closings add nothing, nor does `</br>`, which HTML reads as `<br>`.
        if (dropped > 0 || isImplied || name === 'br') return;
        if (/^h[1-6]$/.test(name)) flush('\n');
        else if (name === 'td' || name === 'th') flush(' | ');
        else flush(BLOCK.has(name) ? '\n' : ' ');
      },
      ontext(data) {
        if (dropped === 0) text += data;
      },
      oncommentend() {
        if (dropped === 0) flush(' ');
      },
      onprocessinginstruction() {
        if (dropped === 0) flush(' ');
      },
    },
    { decodeEntities: false },
  );
  parser.end(html.replace(/<(?!!--|\/?[A-Za-z][^<>]*>|[!?][^<>]*>)/g, '&lt;'));
  flush('');
  return out;
}

/**
 * The top-level keys of YAML front matter (lower-cased) whose values are scalars, as written: the
 * failsafe schema keeps `2025-02-20 12:05:24`, `30` and `yes` as strings, never a Date, a number
 * or a boolean. Nested maps and lists are left out (nothing reads them), and so are aliases, which
 * are never expanded. A later key of the same name wins.
 *
 * Front matter people write by hand is often not valid YAML (`title: Resume: Ann`, an unclosed
 * bracket); then each top-level `key: value` line is read on its own ({@link readYamlLines}), so
 * one bad line does not cost the file its date and name. Never throws.
 */
function readYaml(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    const { isAlias, isMap, isScalar, parseDocument } = yaml();
    const doc = parseDocument(source, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
    if (doc.errors.length > 0) return readYamlLines(source);
    if (!isMap(doc.contents)) return out;
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
 * Invalid YAML, line by line: each unindented `key: value` is read by `yaml` alone, and when even
 * that fails (`Resume: Ann`), the value is the text after the key, as the person wrote it.
 */
function readYamlLines(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of source.split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$/.exec(line.trimEnd());
    if (!kv?.[1]) continue;
    const raw = (kv[2] ?? '').trim();
    let value = raw;
    try {
      const { isMap, isScalar, parseDocument } = yaml();
      const doc = parseDocument(`v: ${raw}`, { schema: 'failsafe', prettyErrors: false });
      const item = doc.errors.length === 0 && isMap(doc.contents) ? doc.contents.items[0]?.value : undefined;
      if (isScalar(item) && typeof item.value === 'string') value = item.value.trim();
    } catch {
      // The text as written stands.
    }
    out[kv[1].toLowerCase()] = value;
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
  // A run of MIN_RUN or more covers a multiple of MIN_RUN (less one): only those offsets are
  // looked at, and a run is measured from there (most texts hold none; a scan of every character
  // was a hundredth of parsing).
  let scanned = 0;
  for (let at = MIN_RUN - 1; at < text.length; at += MIN_RUN) {
    if (at < scanned || !inRun(text.charCodeAt(at))) continue;
    let start = at;
    while (start > 0 && inRun(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && inRun(text.charCodeAt(end))) end++;
    scanned = end;
    if (end - start >= MIN_RUN) {
      out += `${text.slice(copied, start)} `;
      copied = end;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The shortest run {@link dropLongRuns} takes out. */
const MIN_RUN = 200;

/** A character of the base64 alphabet: letters, digits, `+`, `/`, `=`. */
function inRun(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 61;
}

/** True when the line's first character after its indent is a bullet (`* + • ● ▪ ◦ ·`). */
function startsWithBullet(line: string): boolean {
  let i = 0;
  while (i < line.length && isSpaceCode(line.charCodeAt(i))) i++;
  return i < line.length && '*+•●▪◦·'.includes(line.charAt(i));
}
