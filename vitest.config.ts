import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: the corpora and CLI tests are heavy, so keep the worker count honest.
    maxWorkers: 2,
  },
});
