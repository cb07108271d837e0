import { open } from 'node:fs/promises';

/**
 * Flushes a folder to disk: a file just created or renamed into it survives a power cut only once
 * the folder's own entry list is on disk too.
 */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
