import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * vitest global setup: one temporary folder per test run, which every test's `tempDir()` lives in
 * (see seeds.ts), removed when the run ends, so a run leaves nothing behind in the system's temp folder.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'candidate-bot-test-'));
  process.env['CANDIDATE_BOT_TEST_TMP'] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
