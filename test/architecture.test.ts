import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run.js';

/** PRODUCT §8: src imports only itself and its libraries; adapters never import each other; only index/ wires. */
function sources(dir: string): string[] {
  const full = path.join(ROOT, dir);
  return readdirSync(full, { recursive: true })
    .map(String)
    .filter((f) => /\.(ts|mts|js|mjs)$/.test(f))
    .map((f) => path.join(full, f));
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2]) as string);
}

function resolved(file: string, spec: string): string | null {
  return spec.startsWith('.') ? path.relative(ROOT, path.resolve(path.dirname(file), spec)) : null;
}

describe('architecture', () => {
  it('src/ imports only itself and libraries — no adapters, no index, no platform SDKs, no process.env', () => {
    for (const file of sources('src')) {
      for (const spec of imports(file)) {
        const target = resolved(file, spec);
        if (target) expect(target.startsWith('src'), `${path.relative(ROOT, file)} imports ${spec}`).toBe(true);
        expect(spec, path.relative(ROOT, file)).not.toMatch(/^@slack\/|^@larksuiteoapi\//);
      }
      expect(readFileSync(file, 'utf8'), path.relative(ROOT, file)).not.toMatch(/process\.env/);
    }
  });

  it('each adapter imports src and its own SDK, never another adapter or index/', () => {
    const adapters = readdirSync(path.join(ROOT, 'adapters'));
    for (const adapter of adapters) {
      for (const file of sources(path.join('adapters', adapter))) {
        for (const spec of imports(file)) {
          const target = resolved(file, spec);
          const foreignSdk = { slack: /^@larksuiteoapi\//, feishu: /^@slack\//, console: /^@slack\/|^@larksuiteoapi\// }[adapter];
          if (foreignSdk) expect(spec, `${path.relative(ROOT, file)} imports another platform's SDK`).not.toMatch(foreignSdk);
          if (!target) continue;
          const ok = target.startsWith('src') || target.startsWith(path.join('adapters', adapter));
          expect(ok, `${path.relative(ROOT, file)} imports ${spec}`).toBe(true);
        }
      }
    }
  });

  it('nothing imports index/ (the composition root)', () => {
    for (const dir of ['src', 'adapters', 'bench']) {
      for (const file of sources(dir)) {
        for (const spec of imports(file)) {
          const target = resolved(file, spec);
          expect(target?.startsWith('index') ?? false, `${path.relative(ROOT, file)} imports ${spec}`).toBe(false);
        }
      }
    }
  });

  it('keeps the test of the rule honest: the scanner sees imports', () => {
    expect(imports(path.join(ROOT, 'index', 'main.ts'))).toContain('../src/pool/pool.js');
  });
});
