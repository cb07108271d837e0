// Runs before `npm start` and `npm run cli`: compiles the bot into dist/ (`npm run build`) when a
// source file changed since the last build, so an edit is never run stale and an unchanged tree
// starts at once (a no-op `tsc` still takes seconds). Installing builds too (`prepare`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.built');
const inputs = ['src', 'adapters', 'index', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

function newest(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const info = statSync(full);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const name of readdirSync(full, { recursive: true })) {
    if (/\.(ts|mts|js|mjs|json)$/.test(name)) latest = Math.max(latest, statSync(path.join(full, name)).mtimeMs);
  }
  return latest;
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (built < Math.max(...inputs.map(newest))) {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) {
    if (existsSync(path.join(root, 'dist', 'index', 'main.js'))) process.exit(0); // installed without dev tools: run what was built
    process.stderr.write(
      'candidate-bot: dist/ is missing and TypeScript is not installed: run `npm install` (it builds the bot)\n',
    );
    process.exit(1);
  }
  process.stderr.write('candidate-bot: compiling into dist/ …\n');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    process.stderr.write('candidate-bot: the build failed (see above); fix it or run `npm run build`\n');
    process.exit(result.status ?? 1);
  }
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}
