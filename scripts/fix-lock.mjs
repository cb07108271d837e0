// The registry this project installs from serves only the Linux builds of @node-rs/jieba (used by
// the stock lunr.zh baseline in `npm run bench` / `npm run eval`). npm records the missing
// platform packages as optional dependencies it could not lock, and `npm ci` then refuses the lock
// file. This keeps, in package-lock.json, only the optional platform packages that are locked.
// Run it (`npm run fix-lock`) after any `npm install` that rewrites the lock file.
import { readFileSync, writeFileSync } from 'node:fs';
import { URL } from 'node:url';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
let changed = 0;
for (const [name, entry] of Object.entries(lock.packages ?? {})) {
  if (!entry.optionalDependencies) continue;
  for (const dep of Object.keys(entry.optionalDependencies)) {
    const locked = [`node_modules/${dep}`, `${name}/node_modules/${dep}`].some((key) => key in lock.packages);
    if (!locked) {
      delete entry.optionalDependencies[dep];
      changed++;
    }
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`fix-lock: removed ${changed} optional dependencies that are not in the lock file`);
