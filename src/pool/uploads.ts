import { createHash, randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { syncFolder } from '../fs/sync-folder.js';

/** Where an uploaded file was stored, relative to the résumé folder. */
export interface StoredUpload {
  /** Path relative to the résumé folder, with `/` separators (the candidate's `source`). */
  readonly source: string;
  /** SHA-256 of the bytes, hex. */
  readonly sha256: string;
  /** The very same bytes were stored before: nothing new was written. */
  readonly existing: boolean;
}

export const UPLOADS_FOLDER = 'uploads';

/**
 * Stores an uploaded résumé under `RESUME_DIR/uploads/<yyyy-mm>/`, atomically and never over
 * another file: the bytes go to a hidden temporary file (the folder reader skips hidden files),
 * are flushed, then get their final name with `link`, which fails rather than replace. The name
 * carries a prefix of the content hash, so the same file sent twice is found and stored once.
 */
export async function storeUpload(
  resumeDir: string,
  fileName: string,
  bytes: Uint8Array,
  now: Date = new Date(),
): Promise<StoredUpload> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const tag = sha256.slice(0, 16);
  const { base, ext } = safeName(fileName);
  const root = path.join(path.resolve(resumeDir), UPLOADS_FOLDER);
  const already = await findByTag(root, tag, ext);
  if (already) return { source: toSource(resumeDir, already), sha256, existing: true };

  const month = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const folder = path.join(root, month);
  await mkdir(folder, { recursive: true });
  const temp = path.join(folder, `.upload-${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    for (let n = 1; ; n++) {
      const final = path.join(folder, `${base}${n > 1 ? `-${n}` : ''}-${tag}${ext}`);
      try {
        await link(temp, final);
        await syncFolder(folder);
        return { source: toSource(resumeDir, final), sha256, existing: false };
      } catch (error) {
        if ((error as { code?: string }).code !== 'EEXIST' || n >= 50) throw error;
      }
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** A file name that is safe on every file system and keeps its letters (Chinese included). */
export function safeName(fileName: string): { base: string; ext: string } {
  const leaf = fileName.split(/[\\/]/).pop() ?? '';
  const dot = leaf.lastIndexOf('.');
  const ext =
    dot > 0
      ? leaf
          .slice(dot)
          .toLowerCase()
          .replace(/[^.a-z0-9]/g, '')
      : '';
  const stem = (dot > 0 ? leaf.slice(0, dot) : leaf)
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^[._-]+/, '')
    .slice(0, 80);
  return { base: stem || 'resume', ext };
}

async function findByTag(root: string, tag: string, ext: string): Promise<string | null> {
  let entries: string[];
  try {
    entries = await readdir(root, { recursive: true });
  } catch {
    return null; // no uploads yet
  }
  const hit = entries.find((e) => path.basename(e).endsWith(`-${tag}${ext}`) && !path.basename(e).startsWith('.'));
  return hit ? path.join(root, hit) : null;
}

function toSource(resumeDir: string, file: string): string {
  return path.relative(path.resolve(resumeDir), file).split(path.sep).join('/');
}
