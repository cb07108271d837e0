import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: the corpora and CLI tests are heavy, so keep the worker count honest.
    maxWorkers: 2,
    // Every temporary folder of a run lives in one folder, removed at the end (test/helpers/temp-root.ts).
    globalSetup: ['test/helpers/temp-root.ts', 'test/helpers/build.ts'],
    // Tests run the TypeScript sources: worker threads and child processes they start inherit
    // these flags, so a worker's entry (`./parse-worker.js`) resolves to its source through tsx.
    execArgv: ['--import', path.resolve(import.meta.dirname, 'scripts', 'dev-loader.mjs')],
  },
});
