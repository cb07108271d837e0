import { mkdir, readdir, readFile, writeFile, copyFile, utimes } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared/corpora`, beside the repository (CI has it too). Never copied into the repository. */
export const CORPORA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpora');
export const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'seeds');

interface Row {
  id?: string;
  text?: string;
  html?: string;
  duplicate_of?: string;
}

/**
 * Writes the whole corpora folder as résumé files into `target`: Markdown files are copied, every
 * JSONL row becomes one file (`.html` when the row has HTML, `.txt` otherwise). Returns the count.
 * With `distinct`, each résumé is written once: rows the corpus marks `duplicate_of` are left out,
 * and so is a second rendering of the same id in one folder (the livecareer subset ships every
 * résumé as CSV text and again as PDF text; its SOURCES.md says to index one or the other).
 */
export async function materializeCorpora(
  target: string,
  { includeMarkdown = true, distinct = false } = {},
): Promise<number> {
  let count = 0;
  for (const folder of (await readdir(CORPORA_DIR, { withFileTypes: true })).filter((d) => d.isDirectory())) {
    const source = path.join(CORPORA_DIR, folder.name);
    const out = path.join(target, folder.name);
    await mkdir(out, { recursive: true });
    const written = new Set<string>();
    const changed = await lastChanges(source);
    for (const file of await readdir(source)) {
      if (file.endsWith('.md') && file !== 'SOURCES.md' && includeMarkdown) {
        await copyFile(path.join(source, file), path.join(out, file));
        // A résumé's `至今`/`present` runs to its own date (its file's, for the reader): the date its
        // SOURCES.md gives, not the day it was copied here.
        const date = changed.get(file);
        if (date) await utimes(path.join(out, file), date, date);
        count++;
      } else if (file.endsWith('.jsonl')) {
        const stem = file.replace(/\.jsonl$/, '');
        const lines = (await readFile(path.join(source, file), 'utf8')).split('\n').filter((l) => l.trim() !== '');
        for (const [i, line] of lines.entries()) {
          const row = JSON.parse(line) as Row;
          const id = (row.id ?? `${stem}-${i}`).replace(/[^\w.-]+/g, '_');
          if (distinct && (row.duplicate_of !== undefined || written.has(id))) continue;
          written.add(id);
          if (row.html) await writeFile(path.join(out, `${stem}-${id}.html`), row.html);
          else if (row.text) await writeFile(path.join(out, `${stem}-${id}.txt`), row.text);
          else continue;
          count++;
        }
      }
    }
  }
  return count;
}

/**
 * The "last change" column of a folder's SOURCES.md table (`| \`file.md\` (3,430 B) | repo | path |
 * commit | 2024-03-06 | notes |`), which that file says to use as the reference date for `至今`/`present`.
 */
async function lastChanges(folder: string): Promise<Map<string, Date>> {
  const dates = new Map<string, Date>();
  let sources: string;
  try {
    sources = await readFile(path.join(folder, 'SOURCES.md'), 'utf8');
  } catch {
    return dates;
  }
  const header = sources.split('\n').find((l) => l.startsWith('|') && l.includes('last change'));
  if (!header) return dates;
  const column = header.split('|').findIndex((cell) => cell.trim() === 'last change');
  for (const line of sources.split('\n')) {
    const cells = line.split('|');
    const file = /^\s*`([^`]+)`/.exec(cells[1] ?? '')?.[1];
    const day = /^\s*(\d{4}-\d{2}-\d{2})\s*$/.exec(cells[column] ?? '')?.[1];
    if (file && day) dates.set(file, new Date(`${day}T12:00:00Z`));
  }
  return dates;
}
