// Runs the TypeScript sources without compiling them (tests, `npm run bench`, `npm run eval`):
// `node --import ./scripts/dev-loader.mjs file.ts`. Unlike `--import tsx`, it also works when a
// worker thread imports it (src/worker-boot.mjs runs the process's --import preloads in workers).
// The bot itself (`npm start`, `npm run cli`) runs the compiled dist/ and never loads this.
import { register } from 'tsx/esm/api';

register();
