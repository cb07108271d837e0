import { describe, expect, it } from 'vitest';
import { importPreloads } from '../src/worker-entry.js';

describe('worker threads start the way their process did', () => {
  it('passes the --import preloads on, paths resolved against the working folder as Node does', () => {
    expect(
      importPreloads(
        ['--max-semi-space-size=64', '--import', './scripts/dev-loader.mjs', '--import=some-package', '--import'],
        '/repo',
      ),
    ).toEqual(['file:///repo/scripts/dev-loader.mjs', 'some-package']);
    expect(importPreloads(['--import', '/abs/loader.mjs', '--inspect'], '/repo')).toEqual(['file:///abs/loader.mjs']);
    expect(importPreloads([], '/repo')).toEqual([]);
  });
});
