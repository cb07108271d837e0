import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeFor, t, type Words } from '../../src/i18n/index.js';
import { en } from '../../src/i18n/en.js';
import { zh } from '../../src/i18n/zh.js';
import { cjkRuns, cjkShare, CJK_TEXT, hasCjk, HAN, isCjk } from '../../src/text/cjk.js';

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, at = ''): Leaf[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k));
  return [{ path: at, value }];
}

/** A sample argument for each parameter, so every message function can be called. */
function render(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return [value.join('\n')];
  if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, i) => (i % 2 === 0 ? 7 : 'Kafka'));
    return [String((value as (...a: unknown[]) => unknown)(...args))];
  }
  return [];
}

describe('i18n: one place for every user-facing word', () => {
  it('has the same keys, of the same kind and arity, in both languages', () => {
    const zhLeaves = leaves(zh);
    const enLeaves = leaves(en);
    expect(enLeaves.map((l) => l.path)).toEqual(zhLeaves.map((l) => l.path));
    for (const [i, l] of zhLeaves.entries()) {
      const other = enLeaves[i]?.value;
      expect(typeof other, l.path).toBe(typeof l.value);
      if (typeof l.value === 'function') expect((other as () => void).length, l.path).toBe(l.value.length);
      if (Array.isArray(l.value)) expect((other as unknown[]).length, l.path).toBe(l.value.length);
    }
  });

  it('never says nothing, and says each thing in its own language', () => {
    for (const l of leaves(zh)) for (const text of render(l.value)) expect(text.trim(), `zh.${l.path}`).not.toBe('');
    const withChinese: string[] = [];
    for (const l of leaves(en)) {
      for (const text of render(l.value)) {
        expect(text.trim(), `en.${l.path}`).not.toBe('');
        if (hasCjk(text)) withChinese.push(l.path);
      }
    }
    // English words carry no Chinese, except an example naming people in the sample pool.
    expect(withChinese).toEqual(['chat.compareNeedsTwo']);
    // Chinese sentences are Chinese: every message of more than one word has Chinese in it.
    const latinOnly = leaves(zh)
      .flatMap((l) => render(l.value).map((text) => ({ path: l.path, text })))
      .filter(({ text }) => /[a-z]{3,}\s+[a-z]{3,}/i.test(text) && !hasCjk(text));
    expect(latinOnly).toEqual([]);
  });

  it('fills in what it is given', () => {
    expect(t('zh').chat.added('张林伟')).toContain('张林伟');
    expect(t('en').chat.added('Jane Doe')).toContain('Jane Doe');
    expect(t('zh').years.atLeast(5)).toBe('5年以上');
    expect(t('en').years.atLeast(5)).toBe('5+ years');
    expect(t('zh').join.aside('仅列出')).toBe('（仅列出）');
    expect(t('en').join.aside('listed')).toBe(' (listed)');
  });

  it('is checked by the compiler: a language missing a key does not type-check', () => {
    const { chat, ...withoutChat } = en;
    // @ts-expect-error — `chat` is missing, so this is not a `Words`.
    const incomplete: Words = withoutChat;
    // @ts-expect-error — a key the other language lacks is refused too.
    const extra: Words = { ...en, chat: { ...chat, onlyInEnglish: 'x' } } satisfies Words;
    expect(incomplete).toBeDefined();
    expect(extra).toBeDefined();
  });

  it('answers in Chinese when the text has Chinese in it, unless the operator fixed a language', () => {
    expect(localeFor('谁做过消息队列')).toBe('zh');
    expect(localeFor('kafka 5+ years')).toBe('en');
    expect(localeFor('kafka', 'zh')).toBe('zh');
    expect(localeFor('消息队列', 'en')).toBe('en');
  });
});

describe('cjk: one definition of Chinese characters', () => {
  it('counts the unified ideographs, extension A and the compatibility ideographs as Han', () => {
    for (const ch of ['一', '龥', '㐀', '䶵', '豈', '開']) expect(isCjk(ch), ch).toBe(true);
    for (const ch of ['a', '。', '，', 'あ', 'ア', '한', '⺀', 'Ａ', '']) expect(isCjk(ch), ch).toBe(false);
    expect(hasCjk('use Kafka 消息')).toBe(true);
    expect(hasCjk('use Kafka, 。')).toBe(false);
    expect(new RegExp(HAN).test('開')).toBe(true);
  });

  it('finds runs of Han and measures how Chinese a text is', () => {
    expect(Array.from(cjkRuns('用Kafka做消息队列。'), (m) => m[0])).toEqual(['用', '做消息队列']);
    expect(cjkShare('负责分布式')).toBe(1);
    expect(cjkShare('distributed systems')).toBe(0);
    expect(cjkShare('')).toBe(0);
  });

  it('takes CJK punctuation and kana as East Asian text, not as Han', () => {
    expect(new RegExp(CJK_TEXT).test('。')).toBe(true);
    expect(new RegExp(CJK_TEXT).test('あ')).toBe(true);
    expect(new RegExp(CJK_TEXT).test('a')).toBe(false);
  });

  it('is the only place a CJK range is written out', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (/\.(ts|mjs)$/.test(name) && file !== path.join(root, 'src/text/cjk.ts')) {
          const text = readFileSync(file, 'utf8');
          if (/\\u(?:4e00|3400|2e80|9fff|4dbf)|0x(?:4e00|3400|9fff)/i.test(text)) found.push(path.relative(root, file));
        }
      }
    };
    for (const dir of ['src', 'adapters', 'index']) walk(path.join(root, dir));
    expect(found).toEqual([]);
  });
});
