import { spawnCollect } from '../../bench/spawn.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** `--import` this to run the TypeScript sources, worker threads included (see scripts/dev-loader.mjs). */
export const DEV_LOADER = path.join(ROOT, 'scripts', 'dev-loader.mjs');

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a TypeScript entry point from the sources (node with the tsx loader); `npm start` runs the compiled dist/. */
export function runTs(
  entry: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; input?: string; cwd?: string } = {},
): Promise<RunResult> {
  return runCommand(
    process.execPath,
    ['--max-semi-space-size=64', '--import', DEV_LOADER, path.join(ROOT, entry), ...args],
    options,
  );
}

export async function runCommand(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; input?: string; cwd?: string } = {},
): Promise<RunResult> {
  const r = await spawnCollect(command, args, {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...options.env },
    ...(options.input !== undefined ? { input: options.input } : {}),
  });
  return { code: r.code, stdout: r.stdout, stderr: r.stderr };
}
