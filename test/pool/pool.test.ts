import { cpSync, existsSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSnapshot, poolKey, saveSnapshot } from '../../src/pool/cache.js';
import { Candidates } from '../../src/candidates/candidates.js';
import { search } from '../../src/search/search.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { NOW, SEEDS_DIR, seedSnapshot, tempDir } from '../helpers/seeds.js';

const taxonomy = defaultTaxonomy();
const QUERIES = [
  'rust',
  'golang 5年以上',
  'k8s',
  '消息队列',
  'company:美团',
  '"分布式任务调度"',
  'kafak',
  'rust kafka rabbitmq',
];

function seedsCopy(): string {
  const dir = tempDir('candidate-bot-seeds-');
  cpSync(SEEDS_DIR, dir, { recursive: true });
  return dir;
}

describe('index cache', () => {
  it('round-trips: the loaded snapshot answers every query exactly like the built one', async () => {
    const built = await seedSnapshot();
    const dataDir = tempDir();
    await saveSnapshot(dataDir, built);
    const loaded = await loadSnapshot(dataDir, built.key);
    expect(loaded).not.toBeNull();
    for (const q of QUERIES) {
      const a = search(built, q, taxonomy).matches.map((m) => [m.profile.id, m.score.toFixed(6)]);
      const b = search(loaded!, q, taxonomy).matches.map((m) => [m.profile.id, m.score.toFixed(6)]);
      expect(b, q).toEqual(a);
    }
    expect(loaded!.profiles).toEqual(built.profiles);
  });

  it('treats a damaged cache as absent (rebuild), never as an answer', async () => {
    const built = await seedSnapshot();
    const dataDir = tempDir();
    const dir = await saveSnapshot(dataDir, built);
    writeFileSync(path.join(dir, 'postings.bin'), Buffer.from([1, 2, 3]));
    await expect(loadSnapshot(dataDir, built.key)).rejects.toMatchObject({ code: 'CACHE_INVALID' });
    writeFileSync(path.join(dir, 'meta.json'), '{"format": 1');
    await expect(loadSnapshot(dataDir, built.key)).rejects.toMatchObject({ code: 'CACHE_INVALID' });
    expect(await loadSnapshot(dataDir, 'no-such-key')).toBeNull();
  });

  it('changes its key when a file changes, appears or goes', async () => {
    const dir = seedsCopy();
    const k1 = await poolKey(dir, taxonomy);
    expect(await poolKey(dir, taxonomy)).toBe(k1);
    writeFileSync(path.join(dir, 'new.md'), '# 新人\nRust');
    const k2 = await poolKey(dir, taxonomy);
    expect(k2).not.toBe(k1);
    utimesSync(path.join(dir, 'new.md'), new Date(2020, 1, 1), new Date(2020, 1, 1));
    expect(await poolKey(dir, taxonomy)).not.toBe(k2);
    rmSync(path.join(dir, 'new.md'));
    expect(await poolKey(dir, taxonomy)).toBe(k1);
  });
});

describe('Candidates', () => {
  it('builds once, then loads from the cache on restart', async () => {
    const dir = seedsCopy();
    const dataDir = tempDir();
    const first = await Candidates.open({ dir, dataDir, build: 'in-process', now: () => NOW });
    const key = first.current().key;
    await first.close();
    expect(readdirSync(path.join(dataDir, 'index'))).toEqual([key]);
    const second = await Candidates.open({ dir, dataDir, build: 'in-process', now: () => NOW });
    expect(second.current().builtAt).toBe(first.current().builtAt);
    await second.close();
  });

  it('builds in a child process by default and serves the same answers', async () => {
    const dir = seedsCopy();
    const pool = await Candidates.open({ dir, dataDir: tempDir() });
    const page = await pool.search('rust', { limit: 5 });
    expect(page.page.map((m) => m.profile.name)).toEqual(['张林伟', '王军飞']);
    await pool.close();
  });

  it('rebuilds after a change and swaps atomically while queries keep working', async () => {
    const dir = seedsCopy();
    const dataDir = tempDir();
    const pool = await Candidates.open({ dir, dataDir, build: 'in-process', now: () => NOW });
    const before = pool.current();
    writeFileSync(
      path.join(dir, 'zz-new.md'),
      '# 李新\n\n## 工作经历\n- **某公司** / 2015.01 - 至今 / Rust工程师\n\n## 技能\nRust, Kafka',
    );
    const refreshing = pool.refresh();
    // Queries during the rebuild use the old snapshot.
    expect((await pool.search('rust')).total).toBe(2);
    expect(await refreshing).toBe(true);
    expect(pool.current()).not.toBe(before);
    expect((await pool.search('rust')).page.map((m) => m.profile.name)).toContain('李新');
    expect(await pool.refresh()).toBe(false);
    await pool.close();
  });

  it('keeps serving the old snapshot when a rebuild fails', async () => {
    const dir = seedsCopy();
    const pool = await Candidates.open({ dir, dataDir: tempDir(), build: 'in-process', now: () => NOW });
    rmSync(dir, { recursive: true, force: true });
    expect(await pool.refresh({ force: true })).toBe(false);
    expect((await pool.search('rust')).total).toBe(2);
    await pool.close();
  });

  it('finds candidates by name, id, id prefix, and says when a name is ambiguous', async () => {
    const pool = await Candidates.open({ dir: seedsCopy(), dataDir: tempDir(), build: 'in-process', now: () => NOW });
    expect(pool.find('张林伟')).toMatchObject({ kind: 'found', profile: { name: '张林伟' } });
    expect(pool.find('000')).toMatchObject({ kind: 'found', profile: { name: '张林伟' } });
    expect(pool.find('manjusaka')).toMatchObject({ kind: 'found', profile: { name: 'Manjusaka' } });
    expect(pool.find('王')).toMatchObject({ kind: 'ambiguous' });
    expect(pool.find('nobody')).toEqual({ kind: 'none' });
    await pool.close();
  });

  it('marks the same person in two files as a duplicate and shows them once', async () => {
    const dir = seedsCopy();
    cpSync(path.join(dir, '000_858ca9253fee2070.txt'), path.join(dir, 'zz-copy-of-zhang.md'));
    const pool = await Candidates.open({ dir, dataDir: tempDir(), build: 'in-process', now: () => NOW });
    const copy = pool.current().profiles.find((p) => p.id === 'zz-copy-of-zhang');
    expect(copy?.duplicateOf).toBe('000_858ca9253fee2070');
    expect((await pool.search('rust')).page.map((m) => m.profile.id)).toEqual([
      '000_858ca9253fee2070',
      '003_cf11f62d671c2ef6',
    ]);
    await pool.close();
    expect(existsSync(dir)).toBe(true);
  });

  it('quotes evidence with the synonym that fired and masks contact details in quotes', async () => {
    const pool = await Candidates.open({ dir: seedsCopy(), dataDir: tempDir(), build: 'in-process', now: () => NOW });
    const k8s = await pool.search('k8s', { limit: 5 });
    const junfei = k8s.page.find((m) => m.profile.name === '王军飞');
    expect(junfei?.highlights.some((h) => h.via === 'k8s → Kubernetes')).toBe(true);
    const mq = await pool.search('消息队列', { limit: 5 });
    const xiaobing = mq.page.find((m) => m.profile.name === '王小兵');
    expect(xiaobing?.highlights[0]?.via).toBe('消息队列 → RabbitMQ');
    const phone = await pool.search('联系方式', { limit: 5 });
    const text = JSON.stringify(phone.page.map((m) => m.highlights));
    expect(text).toContain('150****1980');
    expect(text).not.toMatch(/7143|lewiszlw520/);
    await pool.close();
  });
});

describe('a folder with hostile links', () => {
  it('opens, refreshes and answers with loops, over-long links and links out of the folder skipped by name', async () => {
    const dir = seedsCopy();
    const outside = tempDir();
    writeFileSync(path.join(outside, '.env'), 'SLACK_BOT_TOKEN=xoxb-1234-secret');
    symlinkSync(path.join(outside, '.env'), path.join(dir, 'secrets.txt'));
    symlinkSync('loop-b.md', path.join(dir, 'loop-a.md'));
    symlinkSync('loop-a.md', path.join(dir, 'loop-b.md'));
    symlinkSync('y'.repeat(300), path.join(dir, 'long.md'));
    const pool = await Candidates.open({ dir, dataDir: tempDir(), build: 'in-process', now: () => NOW });
    const snapshot = pool.current();
    expect(snapshot.profiles).toHaveLength(5);
    expect(snapshot.warnings.map((w) => w.source).sort()).toEqual(['long.md', 'loop-a.md', 'loop-b.md', 'secrets.txt']);
    expect((await pool.search('xoxb')).total).toBe(0);
    expect((await pool.search('rust')).total).toBe(2);
    await expect(pool.refresh({ force: true })).resolves.toBe(true);
  });
});
