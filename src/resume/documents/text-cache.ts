import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractOutcome } from './types.js';

/**
 * The text of PDF and DOCX files, kept by the hash of their bytes in `DATA_DIR/documents/`.
 * Reading a Chinese PDF costs pdf.js about 0.1 s (its CMaps are parsed again for every document),
 * and every change to the folder rebuilds the pool: without this, one upload to a pool of 3,000
 * documents would read all 3,000 again. With it, only new or changed files are read.
 *
 * - Entries live under a version: the hash of this folder's code and the reading libraries'
 *   versions. New code reads every file again; the old version's entries are removed.
 * - Only answers that do not depend on the moment are kept: the text, or a reason the file itself
 *   gives (scanned, encrypted, damaged). A timeout or a crashed reader is tried again next time.
 * - A build removes the entries of files no longer in the folder ({@link DocumentTextCache.keepOnly}):
 *   a résumé deleted from the folder leaves no copy of its text behind.
 */
export class DocumentTextCache {
  private readonly dir: string;
  private prepared: Promise<void> | undefined;

  private constructor(
    private readonly root: string,
    private readonly version: string,
  ) {
    this.dir = path.join(root, version);
  }

  static async open(root: string): Promise<DocumentTextCache> {
    return new DocumentTextCache(root, await readerVersion());
  }

  /** The hash that names a file's entry. */
  static hashOf(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  /** The cached outcome for these bytes, or null. A damaged entry is a miss. */
  async get(hash: string): Promise<ExtractOutcome | null> {
    try {
      const entry = JSON.parse(await readFile(this.file(hash), 'utf8')) as unknown;
      if (isOutcome(entry)) return entry;
    } catch {
      // missing or unreadable: read the file again
    }
    return null;
  }

  /** Keeps an outcome (the caller keeps only what the file decides, see extractor.ts). */
  async set(hash: string, outcome: ExtractOutcome): Promise<void> {
    await this.prepare();
    const file = this.file(hash);
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temp, JSON.stringify(outcome), { mode: 0o600 });
      await rename(temp, file);
    } catch {
      // A cache that cannot be written only costs time.
      await rm(temp, { force: true });
    }
  }

  /** Removes every entry but these (the files of the folder just read). */
  async keepOnly(hashes: ReadonlySet<string>): Promise<void> {
    await this.prepare();
    for (const shard of await readdir(this.dir).catch(() => [] as string[])) {
      const folder = path.join(this.dir, shard);
      for (const name of await readdir(folder).catch(() => [] as string[])) {
        const hash = name.replace(/\.json$/, '');
        if (!hashes.has(hash)) await rm(path.join(folder, name), { force: true });
      }
    }
  }

  private file(hash: string): string {
    return path.join(this.dir, hash.slice(0, 2), `${hash}.json`);
  }

  /** Once: removes the entries of other reader versions. */
  private prepare(): Promise<void> {
    this.prepared ??= (async () => {
      for (const name of await readdir(this.root).catch(() => [] as string[])) {
        if (name !== this.version) await rm(path.join(this.root, name), { recursive: true, force: true });
      }
    })();
    return this.prepared;
  }
}

function isOutcome(value: unknown): value is ExtractOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (v['ok'] === true && typeof v['text'] === 'string') || (v['ok'] === false && typeof v['reason'] === 'string');
}

const LIBRARIES = ['pdfjs-dist', 'mammoth', 'jszip', '@xmldom/xmldom'];
let versionPromise: Promise<string> | undefined;

/** This folder's code and the reading libraries' versions, hashed. */
function readerVersion(): Promise<string> {
  versionPromise ??= (async () => {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    for (const name of (await readdir(here)).filter((f) => /\.(ts|js|mjs)$/.test(f)).sort()) {
      hash.update(name);
      hash.update(await readFile(path.join(here, name)));
    }
    const require = createRequire(import.meta.url);
    for (const library of LIBRARIES) {
      let version = 'missing';
      try {
        version =
          (JSON.parse(await readFile(require.resolve(`${library}/package.json`), 'utf8')) as { version?: string })
            .version ?? 'unknown';
      } catch {
        // a library whose package.json is not exported still counts through the code hash
      }
      hash.update(`${library}@${version}`);
    }
    return hash.digest('hex').slice(0, 16);
  })();
  return versionPromise;
}
