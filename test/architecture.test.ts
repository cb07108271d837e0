import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run.js';

/*
 * The boundaries (PRODUCT §8; issue 11 item 7) are rules in .dependency-cruiser.cjs, checked here
 * by dependency-cruiser itself (`npm run boundaries` runs the same check with its own report).
 */

const run = promisify(execFile);
const CLI = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
}

async function cruise(config: string): Promise<{ violations: Violation[]; modules: number }> {
  // Exit code 1 means "violations found": the JSON report is on stdout either way.
  const { stdout } = await run(
    process.execPath,
    [CLI, 'src', 'adapters', 'index', 'bench', '--config', config, '--output-type', 'json'],
    {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const report = JSON.parse(stdout) as { summary: { violations: Violation[]; totalCruised: number } };
  return { violations: report.summary.violations, modules: report.summary.totalCruised };
}

const temp = mkdtempSync(path.join(tmpdir(), 'boundaries-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('architecture', () => {
  it('keeps every boundary in .dependency-cruiser.cjs: no cycles, search ↮ pool, store is data only, src free of adapters, index and SDKs, adapters apart', async () => {
    const { violations, modules } = await cruise('.dependency-cruiser.cjs');
    expect(modules).toBeGreaterThan(80);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  }, 60_000);

  it('keeps the check honest: a rule against an import that exists is reported by name', async () => {
    const config = path.join(temp, 'probe.cjs');
    writeFileSync(
      config,
      `const base = require(${JSON.stringify(path.join(ROOT, '.dependency-cruiser.cjs'))});
module.exports = { ...base, forbidden: [{ name: 'probe-candidates-to-pool', severity: 'error', from: { path: '^src/candidates/' }, to: { path: '^src/pool/pool\\\\.ts$' } },
  { name: 'probe-slack-sdk', severity: 'error', from: { path: '^adapters/slack/' }, to: { path: 'node_modules/@slack/' } }] };`,
    );
    const { violations } = await cruise(config);
    const names = new Set(violations.map((v) => v.rule.name));
    expect(names).toEqual(new Set(['probe-candidates-to-pool', 'probe-slack-sdk']));
    expect(violations.find((v) => v.rule.name === 'probe-candidates-to-pool')?.from).toBe(
      'src/candidates/candidates.ts',
    );
  }, 60_000);

  it('src/ never reads process.env (configuration comes in through index/)', () => {
    const files = readdirSync(path.join(ROOT, 'src'), { recursive: true })
      .map(String)
      .filter((f) => /\.(ts|mts|js|mjs)$/.test(f));
    expect(files.length).toBeGreaterThan(40);
    for (const file of files)
      expect(readFileSync(path.join(ROOT, 'src', file), 'utf8'), file).not.toMatch(/process\.env/);
  });
});

describe('the port', () => {
  it('an adapter importing any core module but src/port.ts fails the check, naming the rule', async () => {
    // A tiny tree with the repository's own rules: one adapter through the port, one around it.
    const tree = mkdtempSync(path.join(temp, 'port-'));
    const put = (file: string, text: string): void => {
      mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
      writeFileSync(path.join(tree, file), text);
    };
    put('tsconfig.json', readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8'));
    put('src/port.ts', 'export const port = 1;\n');
    put('src/pool/pool.ts', 'export const pool = 2;\n');
    put('adapters/probe/good.ts', "import { port } from '../../src/port.js';\nexport const good = port;\n");
    put('adapters/probe/bad.ts', "import { pool } from '../../src/pool/pool.js';\nexport const bad = pool;\n");
    const { stdout } = await run(
      process.execPath,
      [CLI, 'src', 'adapters', '--config', path.join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json'],
      { cwd: tree, maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const violations = (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
    expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([
      'adapters-import-only-the-port: adapters/probe/bad.ts → src/pool/pool.ts',
    ]);
  }, 60_000);

  it('no adapter opens a button payload itself: a reply says how it is delivered', () => {
    for (const dir of ['slack', 'feishu', 'console']) {
      for (const file of readdirSync(path.join(ROOT, 'adapters', dir)))
        expect(readFileSync(path.join(ROOT, 'adapters', dir, file), 'utf8'), `${dir}/${file}`).not.toMatch(
          /decodePayload/,
        );
    }
  });
});
