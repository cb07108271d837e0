import { CJK_TEXT } from '../../text/cjk.js';

/**
 * Text positioned on a PDF page → lines in reading order. pdf.js gives text runs in the order the
 * file draws them, which for two-column résumés is often row by row across both columns. This
 * rebuilds lines from positions, finds columns (a vertical gutter no text crosses, with enough
 * lines on both sides), reads each column top to bottom, and then the next.
 *
 * Deliberately not split into columns: a narrow column of dates beside the entries they date
 * (moderncv and many Word templates) — reading it row by row keeps "2018.07 – 至今" with its job.
 */

/** One run of text on a page, in PDF user space (y grows upwards; `y` is the baseline). */
export interface TextRun {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size (the run's height). */
  readonly size: number;
}

interface Chunk {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

interface Line {
  y: number;
  size: number;
  chunks: Chunk[];
}

/** Lines of one page in reading order, each a string (chunks far apart are joined by a space). */
export function pageLines(runs: readonly TextRun[]): string[] {
  const lines = buildLines(
    dedupeRuns(runs.filter((r) => r.text.trim() !== '' && Number.isFinite(r.x) && Number.isFinite(r.y))),
  );
  const out: string[] = [];
  readRegion(lines, out, 0);
  return out;
}

/**
 * Fake bold and shadows draw the same text twice, a fraction of a point apart: keep it once.
 */
function dedupeRuns(runs: TextRun[]): TextRun[] {
  const seen = new Set<string>();
  const out: TextRun[] = [];
  for (const r of runs) {
    const key = `${r.text}\0${Math.round(r.x / 2)}\0${Math.round(r.y / 2)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

/** Groups runs into lines by baseline, and each line into chunks of adjacent runs. */
function buildLines(runs: TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const run of sorted) {
    const size = run.size > 0 ? run.size : 10;
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - run.y) <= 0.45 * Math.min(size, last.size)) {
      last.chunks.push({ text: run.text, x0: run.x, x1: run.x + Math.max(run.width, 0), y: run.y, size });
      last.size = Math.max(last.size, size);
    } else {
      lines.push({
        y: run.y,
        size,
        chunks: [{ text: run.text, x0: run.x, x1: run.x + Math.max(run.width, 0), y: run.y, size }],
      });
    }
  }
  for (const line of lines) line.chunks = mergeChunks(line.chunks);
  return lines;
}

/** Runs of one line, left to right: touching runs join (a space where there is a visible gap). */
function mergeChunks(runs: Chunk[]): Chunk[] {
  runs.sort((a, b) => a.x0 - b.x0);
  const out: Chunk[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    const gap = last ? run.x0 - last.x1 : Infinity;
    // Narrower than a column gutter (see splitColumns), wider than any word space.
    if (last && gap < 0.8 * Math.max(last.size, run.size)) {
      const space = gap > 0.15 * run.size && !/\s$/.test(last.text) && !/^\s/.test(run.text) ? ' ' : '';
      last.text += space + run.text;
      last.x1 = Math.max(last.x1, run.x1);
    } else {
      out.push({ ...run });
    }
  }
  for (const c of out) c.text = c.text.replace(/\s+/g, ' ').trim();
  return out.filter((c) => c.text !== '');
}

/** A line made only of dates, date ranges and "present" words. */
const DATE_ONLY = /^[\s\d.\-–—~/年月日至今]*(?:present|current|now|today|至今|今)?[\s\d.\-–—~/年月日]*$/i;

function readRegion(lines: Line[], out: string[], depth: number): void {
  const gutter = depth < 3 ? findGutter(lines) : null;
  if (gutter === null) {
    for (const line of lines) out.push(lineText(line));
    return;
  }
  // Lines that cross the gutter (a header, a full-width heading, a footer) are read where they
  // are; the runs of lines between them are read column by column.
  let segment: Line[] = [];
  const flush = () => {
    const sides = splitAt(segment, gutter);
    if (sides && judgeSplit(sides[0], sides[1]) > 0) {
      readRegion(sides[0], out, depth + 1);
      readRegion(sides[1], out, depth + 1);
    } else {
      for (const line of segment) out.push(lineText(line));
    }
    segment = [];
  };
  for (const line of lines) {
    if (line.chunks.some((c) => c.x0 < gutter && c.x1 > gutter)) {
      flush();
      out.push(lineText(line));
    } else {
      segment.push(line);
    }
  }
  flush();
}

function lineText(line: Line): string {
  return line.chunks.map((c) => c.text).join(' ');
}

function splitAt(lines: Line[], at: number): [Line[], Line[]] | null {
  const left: Line[] = [];
  const right: Line[] = [];
  for (const line of lines) {
    const l = line.chunks.filter((c) => c.x1 <= at);
    const r = line.chunks.filter((c) => c.x0 >= at);
    if (l.length > 0) left.push({ ...line, chunks: l });
    if (r.length > 0) right.push({ ...line, chunks: r });
  }
  return left.length > 0 && right.length > 0 ? [left, right] : null;
}

/**
 * The x of a column gutter: a vertical strip, wider than a word space, that few lines cross (a
 * header or footer may) and that has real columns on both sides. Null when there is none.
 */
function findGutter(lines: Line[]): number | null {
  const chunks = lines.flatMap((l) => l.chunks);
  if (lines.length < 3 || chunks.length < 6) return null;
  const sizes = chunks.map((c) => c.size).sort((a, b) => a - b);
  const minGutter = Math.max(0.8 * (sizes[sizes.length >> 1] ?? 10), 6);
  const left = Math.floor(Math.min(...chunks.map((c) => c.x0)));
  const right = Math.ceil(Math.max(...chunks.map((c) => c.x1)));
  const width = right - left;
  if (!(width > 0) || width > 20_000) return null;
  const crossing = new Int32Array(width + 1);
  for (const line of lines) {
    // Each line counts once at each x it covers.
    const covered = new Uint8Array(width + 1);
    for (const c of line.chunks)
      for (let x = Math.ceil(c.x0) - left + 1; x < Math.floor(c.x1) - left; x++) covered[x] = 1;
    for (let x = 0; x <= width; x++) crossing[x] = (crossing[x] as number) + (covered[x] as number);
  }
  // A header and a footer may cross; in a long page, a few more (a wide table row, a heading).
  const allowed = Math.max(2, Math.floor(0.15 * lines.length));
  let best: { at: number; score: number } | null = null;
  for (let x = 1; x < width;) {
    if ((crossing[x] as number) > allowed) {
      x++;
      continue;
    }
    let end = x;
    let low = x;
    while (end < width && (crossing[end] as number) <= allowed) {
      if ((crossing[end] as number) < (crossing[low] as number)) low = end;
      end++;
    }
    if (end - x >= minGutter && end < width) {
      // The middle of the least-crossed stretch.
      let high = low;
      while (high + 1 < end && crossing[high + 1] === crossing[low]) high++;
      const at = left + (low + high) / 2;
      const kept = lines.filter((line) => !line.chunks.some((c) => c.x0 < at && c.x1 > at));
      const sides = splitAt(kept, at);
      const score = sides ? judgeSplit(sides[0], sides[1]) : 0;
      if (score > 0 && (!best || score > best.score)) best = { at, score };
    }
    x = end + 1;
  }
  return best?.at ?? null;
}

/**
 * Whether two sides are real columns, and how strongly (the shorter side's line count; 0 = no):
 * three or more lines each, the narrower at least a fifth of the width, and not a column of dates.
 */
function judgeSplit(leftSide: Line[], rightSide: Line[]): number {
  if (leftSide.length < 3 || rightSide.length < 3) return 0;
  const l = leftSide.flatMap((x) => x.chunks);
  const r = rightSide.flatMap((x) => x.chunks);
  const left = Math.min(...l.map((c) => c.x0));
  const right = Math.max(...r.map((c) => c.x1));
  const leftWidth = Math.max(...l.map((c) => c.x1)) - left;
  const rightWidth = right - Math.min(...r.map((c) => c.x0));
  if (Math.min(leftWidth, rightWidth) < 0.2 * (right - left)) return 0;
  const dates = (side: Line[]) => side.filter((line) => DATE_ONLY.test(lineText(line))).length / side.length;
  if (dates(leftSide) > 0.5 || dates(rightSide) > 0.5) return 0;
  return Math.min(leftSide.length, rightSide.length);
}

/**
 * Repairs what PDF text extraction does to words: letter-spaced runs (`K a f k a`, `负 责 分 布 式`)
 * collapse, words hyphenated across lines join, odd hyphens and soft hyphens become plain ones.
 */
export function repairText(text: string): string {
  return (
    text
      // A soft hyphen drawn on a page is a visible hyphen (TeX fonts map their hyphen to U+00AD).
      .replace(/[\u00ad\u2010\u2011\u2043]/g, '-')
      .split('\n')
      .map(collapseLetterSpacing)
      .join('\n')
      .replace(/([a-z]{2,})-\n([a-z]{2,})(?=[\s,.;:)]|$)/gm, '$1$2\n')
  );
}

const SINGLE = /^[\p{L}\p{N}]$/u;
const CJK = new RegExp(CJK_TEXT);
const SPACED_CJK = new RegExp(`${CJK_TEXT} ${CJK_TEXT}`);

/**
 * `负 责 分 布 式 使 用 K a f k a 与` → `负责分布式使用Kafka与`. A run is four or more single
 * characters separated by single spaces (two or more spaces separate words); in Chinese, two are
 * enough. Ordinary English ("a I") is never four single letters in a row.
 */
function collapseLetterSpacing(line: string): string {
  if (!/\S \S \S/.test(line) && !SPACED_CJK.test(line)) return line;
  const words = line.split(/( {2,}|\t)/);
  return words
    .map((part) => {
      if (/^\s+$/.test(part)) return ' ';
      const tokens = part.split(' ');
      const out: string[] = [];
      let run: string[] = [];
      const flush = () => {
        const cjk = run.filter((t) => CJK.test(t)).length;
        if (run.length >= 4 || (run.length >= 2 && cjk === run.length)) out.push(run.join(''));
        else out.push(...run);
        run = [];
      };
      for (const t of tokens) {
        if (SINGLE.test(t)) run.push(t);
        else {
          flush();
          out.push(t);
        }
      }
      flush();
      return out.join(' ');
    })
    .join('')
    .replace(/ {2,}/g, ' ');
}
