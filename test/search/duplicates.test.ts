import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../src/pool/build.js';
import { search } from '../../src/search/search.js';
import type { PoolSnapshot } from '../../src/store/snapshot.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { tempDir } from '../helpers/seeds.js';

const taxonomy = defaultTaxonomy();
let snapshot: PoolSnapshot;

beforeAll(async () => {
  const dir = tempDir();
  // Two files of one person (same phone): an older résumé and a newer one that adds Flink.
  writeFileSync(path.join(dir, 'a-old.md'), '# 张三\n电话：138-0000-1234\n熟悉 Kafka 和 RocketMQ，负责消息队列平台\n');
  writeFileSync(path.join(dir, 'b-new.md'), '# 张三\n电话：138-0000-1234\n熟悉 Kafka，擅长 Flink 实时风控\n');
  writeFileSync(path.join(dir, 'c-other.md'), '# 李四\n电话：139-0000-5678\nKafka Flink 实时计算\n');
  snapshot = await buildSnapshot(dir, { taxonomy, now: new Date('2026-11-30T00:00:00Z'), key: 'dups' });
});

describe('two files of one person: every file is searched, the person shown once', () => {
  it('a word only the second file has finds the person, by that file', () => {
    const out = search(snapshot, 'Flink 实时风控', taxonomy);
    expect(out.matches.map((m) => m.profile.source)).toEqual(['b-new.md', 'c-other.md']);
    expect(out.total).toBe(2);
  });

  it('a word both files have: the person once, and counted once', () => {
    const out = search(snapshot, 'kafka', taxonomy);
    expect(out.matches.map((m) => m.profile.name)).toEqual(expect.arrayContaining(['张三', '李四']));
    expect(out.matches).toHaveLength(2);
    expect(out.total).toBe(2);
  });

  it('a word only the first file has finds the person by the first file', () => {
    const out = search(snapshot, 'RocketMQ', taxonomy);
    expect(out.matches.map((m) => m.profile.source)).toEqual(['a-old.md']);
    expect(out.total).toBe(1);
  });
});
