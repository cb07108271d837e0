import { describe, expect, it } from 'vitest';
import { docsContaining } from '../../src/store/byte-search.mjs';
import { TextStore } from '../../src/store/text-store.js';

/** Documents packed as a text store packs them: one buffer, one offset per document boundary. */
function pack(texts: readonly string[]): { bytes: Buffer; offsets: Uint32Array } {
  const parts = texts.map((t) => Buffer.from(t, 'utf8'));
  const offsets = new Uint32Array(parts.length + 1);
  parts.forEach((p, i) => (offsets[i + 1] = (offsets[i] as number) + p.length));
  return { bytes: Buffer.concat(parts), offsets };
}

function search(texts: readonly string[], needle: string, docs = texts.map((_, i) => i)): number[] {
  const { bytes, offsets } = pack(texts);
  const out = new Int32Array(docs.length);
  const found = docsContaining(bytes, offsets, Int32Array.from(docs), docs.length, Buffer.from(needle), out);
  return [...out.subarray(0, found)];
}

describe('docsContaining', () => {
  it('finds a phrase at the start, the middle and the very end of a document, never across two', () => {
    const texts = [
      '分布式任务调度平台',
      '负责分布式任务调度',
      'xx分布式任务调度yy',
      '分布式任务',
      '调度分布式任务',
      '调度',
    ];
    expect(search(texts, '分布式任务调度')).toEqual([0, 1, 2]);
    // `分布式任务` ends document 3 and `调度` starts document 5: no match straddles them.
    expect(search(['分布式任务', '调度'], '分布式任务调度')).toEqual([]);
  });

  it('handles short needles, repeated bytes, needles longer than a document and an empty needle', () => {
    expect(search(['a', 'ba', 'bb', ''], 'a')).toEqual([0, 1]);
    expect(search(['aaab', 'aab', 'ab', 'abab'], 'aab')).toEqual([0, 1]);
    expect(search(['abc', 'abcd'], 'abcd')).toEqual([1]);
    expect(search(['x', ''], '')).toEqual([0, 1]);
  });

  it('finds a phrase anywhere in a long document: early, across the first 2 KiB, near the end, and not in the next one', () => {
    const filler = (n: number): string => '项目经历'.repeat(n); // 12 bytes each
    const texts = [
      `${filler(300)}分布式任务调度`, // at the very end, far past the first 2 KiB
      `${filler(170)}xy分布式任务调度${filler(10)}`, // starts just before byte 2,048 and ends after it
      `分布式任务调度${filler(400)}`,
      filler(400),
      `${filler(300)}分布式任务`,
      `调度${filler(5)}`,
    ];
    expect(search(texts, '分布式任务调度')).toEqual([0, 1, 2]);
    expect(search(texts, '项目经历')).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('checks only the documents asked about', () => {
    expect(search(['kafka', 'rust', 'kafka rust', 'kafka'], 'kafka', [1, 2, 3])).toEqual([2, 3]);
    expect(search(['消息队列', 'rust', '消息队列 rust', '消息队列'], '消息队列', [1, 2, 3])).toEqual([2, 3]);
    // A Latin needle that runs from one document into the next is in neither.
    expect(search(['kaf', 'ka', 'kafka'], 'kafka', [0, 2])).toEqual([2]);
  });

  it('agrees with Buffer#indexOf on random Chinese and Latin text', () => {
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = [...'分布式任务调度消息队列ab c#+.'];
    const texts = Array.from({ length: 400 }, () =>
      Array.from({ length: next(60) }, () => alphabet[next(alphabet.length)]).join(''),
    );
    const store = new TextStore(pack(texts).bytes, pack(texts).offsets);
    for (const needle of ['任务', '务调度', '分布式任务', 'a', 'b c', 'c#+', '消息队列ab', '度度']) {
      const expected = texts.flatMap((t, i) => (Buffer.from(t).indexOf(Buffer.from(needle)) >= 0 ? [i] : []));
      expect(search(texts, needle)).toEqual(expected);
      expect([...store.filterContaining(Int32Array.from(texts.keys()), Buffer.from(needle))]).toEqual(expected);
    }
  });
});
