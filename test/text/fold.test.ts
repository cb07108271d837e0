import { describe, expect, it } from 'vitest';
import { cjkShare } from '../../src/text/cjk.js';
import { fold, foldQuery, toPlain } from '../../src/text/fold.js';
import { TRADITIONAL_PAIRS_SOURCE, toSimplified } from '../../src/text/traditional-chinese.js';

describe('toPlain', () => {
  it.each([
    ['Ｋ８Ｓ，ｒｕｓｔ', 'K8S,rust'],
    ['⼯程师⼩组', '工程师小组'],
    ['a\u200bb\ufeff', 'ab'],
    ['tab\there\u3000wide', 'tab here wide'],
  ])('%s → %s', (input, expected) => {
    expect(toPlain(input)).toBe(expected);
  });
});

describe('fold', () => {
  it('lower-cases and folds Traditional characters without changing any offset', () => {
    const plain = toPlain('軟體開發工程師 Kubernetes İstanbul');
    const folded = fold(plain);
    expect(folded.length).toBe(plain.length);
    expect(folded).toContain('软体开发工程师 kubernetes');
  });

  it('lets a Simplified query find Traditional text and the other way round', () => {
    expect(foldQuery('資料庫 開發')).toBe(foldQuery('资料库 开发'));
  });

  it('tells Chinese from English text', () => {
    expect(cjkShare('负责消息队列的设计与开发')).toBeGreaterThan(0.9);
    expect(cjkShare('Senior engineer building distributed systems')).toBe(0);
  });
});

describe('Traditional → Simplified table', () => {
  it('holds pairs of two different Han characters, never mapping one character two ways', () => {
    const chars = Array.from(TRADITIONAL_PAIRS_SOURCE);
    expect(chars.length % 2).toBe(0);
    const seen = new Map<string, string>();
    for (let i = 0; i < chars.length; i += 2) {
      const [t, s] = [chars[i] as string, chars[i + 1] as string];
      expect(t, `pair at ${i}`).not.toBe(s);
      expect(/\p{Script=Han}/u.test(t) && /\p{Script=Han}/u.test(s), `pair ${t}${s}`).toBe(true);
      if (seen.has(t)) expect(seen.get(t), `pair ${t}`).toBe(s);
      seen.set(t, s);
    }
    expect(seen.size).toBeGreaterThan(500);
  });

  it('converts a Taiwanese résumé line', () => {
    expect(toSimplified('負責後端開發與資料庫維護，熟悉雲端架構')).toBe('负责后端开发与资料库维护，熟悉云端架构');
  });
});
