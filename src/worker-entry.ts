import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on `entry` (an absolute URL, from `import.meta.resolve`) through
 * `worker-boot.mjs`, with the process's `--import` preloads (Node 20 does not give them to worker
 * threads itself). `workerData` gets `entry` and `preload` added.
 */
export function startWorkerThread(
  entry: string,
  options: WorkerOptions & { readonly workerData?: Record<string, unknown> } = {},
): Worker {
  return new Worker(new URL('./worker-boot.mjs', import.meta.url), {
    ...options,
    workerData: { ...options.workerData, entry, preload: importPreloads(process.execArgv) },
  });
}

/**
 * The modules named by `--import` flags (`--import x`, `--import=x`), as Node resolves them: a
 * path (`./x.mjs`) against the working folder, a package name as it is.
 */
export function importPreloads(execArgv: readonly string[], cwd: string = process.cwd()): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i] as string;
    const specifier =
      arg === '--import' ? execArgv[++i] : arg.startsWith('--import=') ? arg.slice('--import='.length) : undefined;
    if (specifier === undefined || specifier === '') continue;
    out.push(/^\.{0,2}\//.test(specifier) ? pathToFileURL(path.resolve(cwd, specifier)).href : specifier);
  }
  return out;
}
