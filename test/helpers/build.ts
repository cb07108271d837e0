import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './run.js';

/**
 * vitest global setup: compiles dist/ once, before any test starts the bot as a user does
 * (`npm start`, `npm run cli`), so copies started side by side never build at the same time.
 */
export default function setup(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'ensure-build.mjs')], { cwd: ROOT, stdio: 'inherit' });
}
