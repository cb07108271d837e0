import { mkdir, readdir, readFile, writeFile, copyFile } from 'node:fs/promises';
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
    for (const file of await readdir(source)) {
      if (file.endsWith('.md') && file !== 'SOURCES.md' && includeMarkdown) {
        await copyFile(path.join(source, file), path.join(out, file));
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
