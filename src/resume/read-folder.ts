import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CandidateBotError } from '../errors.js';

/** A résumé file that passed the checks, with its text decoded. */
export interface ResumeFile {
  /** Stable id: the path relative to the résumé folder, without extension (`team/alice`). */
  readonly id: string;
  /** Path relative to the résumé folder, with `/` separators. */
  readonly source: string;
  readonly absolutePath: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly text: string;
}

/** A file that was skipped, and why. Never contains the file's content. */
export interface LoadWarning {
  readonly source: string;
  readonly reason: string;
}

export interface ReadFolderOptions {
  /** Files larger than this are skipped (default 2 MiB: a text résumé is rarely over 100 KB). */
  readonly maxBytes?: number;
  /** Called after each file, for progress displays. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Extensions read as résumés. */
export const RESUME_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.html', '.htm']);
/** Résumé formats we recognise but cannot read yet: worth a warning rather than silence. */
const UNSUPPORTED_RESUME_EXTENSIONS = new Set(['.pdf', '.docx', '.doc', '.rtf', '.odt', '.pages']);
const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
const PARALLEL_READS = 32;

/**
 * Reads every résumé under `dir`, recursively. Bad files (empty, binary, too large, not UTF-8,
 * unreadable) are skipped with a warning naming them; the rest always loads. Hidden files and
 * folders and `node_modules` are ignored. Nothing in the folder is modified.
 *
 * @throws CandidateBotError `RESUME_DIR_UNREADABLE` when `dir` itself cannot be read.
 */
export async function readResumeFolder(
  dir: string,
  options: ReadFolderOptions = {},
): Promise<{ files: ResumeFile[]; warnings: LoadWarning[] }> {
  const root = path.resolve(dir);
  try {
    const info = await stat(root);
    if (!info.isDirectory()) throw new Error('not a directory');
  } catch (cause) {
    throw new CandidateBotError('RESUME_DIR_UNREADABLE', `resume: cannot read the résumé folder ${root}: ${describe(cause)}`, { cause });
  }
  const { paths, warnings } = await listResumeFiles(root);
  const realRoot = await realpath(root);

  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const results: (ResumeFile | undefined)[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    for (;;) {
      const index = next++;
      if (index >= paths.length) return;
      const absolutePath = paths[index] as string;
      const source = toPosix(path.relative(root, absolutePath));
      const outcome = await readOne(absolutePath, source, maxBytes, realRoot);
      if ('reason' in outcome) warnings.push(outcome);
      else results[index] = outcome;
      done++;
      options.onProgress?.(done, paths.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, paths.length) }, worker));

  const files = assignIds(results.filter((f): f is ResumeFile => f !== undefined));
  warnings.sort((a, b) => a.source.localeCompare(b.source));
  return { files, warnings };
}

/**
 * Paths of the résumé files under `root` (sorted), and warnings for what cannot be read. A link is
 * listed only when its target is a file inside the folder: `secrets.txt -> ../.env` would otherwise
 * put the bot's own tokens in the index. Loops and over-long links are skipped with a warning.
 */
export async function listResumeFiles(root: string): Promise<{ paths: string[]; warnings: LoadWarning[] }> {
  const warnings: LoadWarning[] = [];
  const paths: string[] = [];
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch (cause) {
    return { paths, warnings: [{ source: '.', reason: `folder skipped: ${describe(cause)}` }] };
  }
  await walk(root, realRoot, root, paths, warnings);
  paths.sort();
  return { paths, warnings };
}

/** Why the link at `full` may not be read, or null when it points to a file inside the folder. */
async function linkProblem(full: string, realRoot: string): Promise<string | null> {
  let target: string;
  try {
    target = await realpath(full);
  } catch (cause) {
    const code = describe(cause);
    if (code === 'ELOOP') return 'skipped: the link loops (ELOOP)';
    if (code === 'ENAMETOOLONG') return 'skipped: the link is too long to follow (ENAMETOOLONG)';
    if (code === 'ENOENT') return 'skipped: the link points to nothing (broken link)';
    return `skipped: cannot follow the link (${code})`;
  }
  if (!isInside(realRoot, target)) return 'skipped: the link points outside the résumé folder';
  return null;
}

function isInside(realRoot: string, target: string): boolean {
  const rel = path.relative(realRoot, target);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

async function walk(root: string, realRoot: string, dir: string, out: string[], warnings: LoadWarning[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    warnings.push({ source: toPosix(path.relative(root, dir)) || '.', reason: `folder skipped: ${describe(cause)}` });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    // Symbolic links to folders are not followed (they can loop); links to files are read.
    if (entry.isDirectory()) await walk(root, realRoot, full, out, warnings);
    else if (entry.isFile() || entry.isSymbolicLink()) {
      const ext = path.extname(entry.name).toLowerCase();
      if (RESUME_EXTENSIONS.has(ext)) {
        const problem = entry.isSymbolicLink() ? await linkProblem(full, realRoot) : null;
        if (problem) warnings.push({ source: toPosix(path.relative(root, full)), reason: problem });
        else out.push(full);
      } else if (UNSUPPORTED_RESUME_EXTENSIONS.has(ext)) {
        warnings.push({ source: toPosix(path.relative(root, full)), reason: `skipped: ${ext.slice(1).toUpperCase()} is not supported yet (convert it to .md, .txt or .html)` });
      }
    }
  }
}

async function readOne(absolutePath: string, source: string, maxBytes: number, realRoot: string): Promise<ResumeFile | LoadWarning> {
  try {
    // Checked again where it is read: a link may have been changed since the folder was listed.
    const real = await realpath(absolutePath);
    if (!isInside(realRoot, real)) return { source, reason: 'skipped: the link points outside the résumé folder' };
    const info = await stat(real);
    if (!info.isFile()) return { source, reason: 'skipped: not a regular file' };
    if (info.size === 0) return { source, reason: 'skipped: the file is empty' };
    if (info.size > maxBytes) {
      return { source, reason: `skipped: ${formatBytes(info.size)} is over the ${formatBytes(maxBytes)} limit for one résumé` };
    }
    const bytes = await readFile(real);
    const probe = bytes.subarray(0, 8192);
    if (probe.includes(0)) return { source, reason: 'skipped: binary file (contains NUL bytes), not a text résumé' };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { source, reason: 'skipped: not valid UTF-8 text (save it as UTF-8)' };
    }
    text = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
    if (text.trim() === '') return { source, reason: 'skipped: the file has only white space' };
    const id = source.replace(/\.[^./]+$/, '');
    return { id, source, absolutePath, size: info.size, mtimeMs: info.mtimeMs, text };
  } catch (cause) {
    return { source, reason: `skipped: cannot read it (${describe(cause)})` };
  }
}

/** Ids are the path without extension; two files differing only by extension keep theirs. */
function assignIds(files: ResumeFile[]): ResumeFile[] {
  const counts = new Map<string, number>();
  for (const f of files) counts.set(f.id, (counts.get(f.id) ?? 0) + 1);
  return files.map((f) => ((counts.get(f.id) ?? 0) > 1 ? { ...f, id: f.source } : f));
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function describe(cause: unknown): string {
  if (cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return cause instanceof Error ? cause.message : String(cause);
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KiB`;
  return `${n} B`;
}
