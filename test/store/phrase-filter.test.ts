import { availableParallelism } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { TextStore } from '../../src/store/text-store.js';
import {
  filterContaining,
  CHUNK,
  helperChunks,
  helperRunning,
  PARALLEL_FROM,
  prepareNow,
  resetVerifier,
} from '../../src/store/phrase-filter.js';

/** A deterministic pool of short mixed texts, some with the phrases, some with near misses. */
function texts(count: number, seed: number): string[] {
  let s = seed;
  const next = (): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pieces = [
    '分布式任务调度',
    '分布式',
    '任务调度',
    '消息队列',
    '消息中间件',
    'message queue',
    'kafka',
    '负责',
    '平台建设',
    '。',
    ' ',
    '\n',
    'é',
    '😀',
  ];
  return Array.from({ length: count }, () =>
    Array.from({ length: 5 + Math.floor(next() * 40) }, () => pieces[Math.floor(next() * pieces.length)]).join(''),
  );
}

function sequential(store: TextStore, candidates: Int32Array, needle: Buffer): number[] {
  return Array.from(candidates).filter((doc) => store.text(doc).includes(needle.toString('utf8')));
}

async function helperStarted(store: TextStore, candidates: Int32Array): Promise<boolean> {
  const deadline = Date.now() + 10_000;
  while (!helperRunning() && Date.now() < deadline) {
    filterContaining(store, candidates, Buffer.from('分布式'));
    await new Promise((r) => setTimeout(r, 20));
  }
  return helperRunning();
}

const NEEDLES = [
  '分布式任务调度',
  '任务调度平台',
  '消息队列',
  'queue',
  'message queue',
  '😀分布',
  '。\n',
  'absent 不在',
];

afterAll(() => resetVerifier());

describe('phrase verification split with a helper thread', () => {
  const store = TextStore.fromTexts(texts(PARALLEL_FROM * 2, 7));
  const all = Int32Array.from({ length: store.size }, (_, i) => i);
  const odd = all.filter((d) => d % 3 !== 0);

  it('keeps the texts in shared memory', () => {
    expect(store.shared).toBe(true);
  });

  it.runIf(availableParallelism() > 1)('gives exactly the single-threaded answer, in order', async () => {
    expect(await helperStarted(store, all)).toBe(true);
    for (const needle of NEEDLES) {
      const bytes = Buffer.from(needle, 'utf8');
      for (const candidates of [all, odd, all.subarray(0, PARALLEL_FROM + 1)]) {
        const got = Array.from(filterContaining(store, candidates, bytes));
        expect(got, needle).toEqual(sequential(store, candidates, bytes));
        expect(got, needle).toEqual(Array.from(store.filterContaining(candidates, bytes)));
      }
    }
  });

  it.runIf(availableParallelism() > 1)("the helper's chunks alone give the same answer", async () => {
    resetVerifier({ helperOnly: true });
    try {
      expect(await helperStarted(store, all)).toBe(true);
      for (const needle of NEEDLES) {
        const bytes = Buffer.from(needle, 'utf8');
        for (const candidates of [all, odd]) {
          const before = helperChunks();
          const got = Array.from(filterContaining(store, candidates, bytes));
          expect(got, needle).toEqual(sequential(store, candidates, bytes));
          // Every chunk came from the helper: the answer did not come from the main thread alone.
          expect(helperChunks() - before, needle).toBe(Math.ceil(candidates.length / CHUNK));
        }
      }
    } finally {
      resetVerifier();
    }
  });

  it.runIf(availableParallelism() > 1)('moves to a new pool (a rebuild) and back', async () => {
    const other = TextStore.fromTexts(texts(PARALLEL_FROM * 2, 99));
    const everyone = Int32Array.from({ length: other.size }, (_, i) => i);
    for (const [s, c] of [
      [other, everyone],
      [store, all],
      [other, everyone],
    ] as const) {
      const bytes = Buffer.from('分布式任务调度');
      expect(Array.from(filterContaining(s, c, bytes))).toEqual(sequential(s, c, bytes));
    }
  });

  it.runIf(availableParallelism() > 1)(
    'a new pool starts the helper in the background; answers stay the same meanwhile',
    async () => {
      resetVerifier({ helperOnly: true });
      const fresh = TextStore.fromTexts(texts(PARALLEL_FROM * 2, 3));
      const everyone = Int32Array.from({ length: fresh.size }, (_, i) => i);
      const bytes = Buffer.from('任务调度平台');
      prepareNow(fresh);
      // Right away (helper booting or warming): the main thread answers alone, correctly.
      expect(Array.from(filterContaining(fresh, everyone, bytes))).toEqual(sequential(fresh, everyone, bytes));
      const deadline = Date.now() + 10_000;
      while (!helperRunning() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      expect(helperRunning()).toBe(true);
      await new Promise((r) => setTimeout(r, 100));
      const before = helperChunks();
      expect(Array.from(filterContaining(fresh, everyone, bytes))).toEqual(sequential(fresh, everyone, bytes));
      expect(helperChunks()).toBeGreaterThan(before);
      resetVerifier();
    },
  );

  it('works alone when there is no helper, or the texts are not shared', () => {
    resetVerifier({ enabled: false });
    const bytes = Buffer.from('消息队列');
    expect(Array.from(filterContaining(store, all, bytes))).toEqual(sequential(store, all, bytes));
    const plain = new TextStore(Buffer.from(store.buffer), Uint32Array.from(store.offsets));
    expect(plain.shared).toBe(false);
    expect(Array.from(filterContaining(plain, all, bytes))).toEqual(sequential(store, all, bytes));
    resetVerifier();
  });
});
