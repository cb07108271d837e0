import { describe, expect, it } from 'vitest';
import {
  anyOf,
  COMMANDS,
  NEGATIONS,
  QUESTION_FILLER,
  TERM_FILLER,
  WEAK_WORDS,
  wordsOf,
  type Bilingual,
} from '../../src/i18n/lexicon.js';
import { hasCjk } from '../../src/text/cjk.js';

describe('lexicon: the words the bot reads, as data', () => {
  it('matches the longest word first, whatever the order of the list', () => {
    const re = new RegExp(`^(?:${anyOf(['获得', '获得过'])})`);
    expect(re.exec('获得过奖学金')?.[0]).toBe('获得过');
  });

  it('escapes what a word may contain', () => {
    const re = new RegExp(`^(?:${anyOf(['c++', 'vs.', '?'])})$`);
    expect(re.test('c++')).toBe(true);
    expect(re.test('vs.')).toBe(true);
    expect(re.test('?')).toBe(true);
    expect(re.test('vsx')).toBe(false);
    expect(re.test('c')).toBe(false);
  });

  it('honours notAfter and notBefore', () => {
    const re = new RegExp(anyOf(NEGATIONS.zh), 'g');
    expect('没有Java'.match(re)).toEqual(['没有']);
    expect('有没有Java'.match(re)).toBeNull();
    expect('没有人'.match(re)).toBeNull();
    const filler = new RegExp(`(${anyOf(TERM_FILLER)})`);
    expect('高级工程师'.split(filler)).not.toContain('工程师');
    expect('后端工程师'.split(filler)).toContain('工程师');
  });

  it('never matches when a list is empty (an empty alternative would match everywhere)', () => {
    expect(new RegExp(anyOf([])).test('anything')).toBe(false);
    expect(new RegExp(`^(?:${anyOf([], ['x'])})$`).test('x')).toBe(true);
  });

  it('keeps each language to its own script and has no word twice', () => {
    const lists: Record<string, Bilingual> = { QUESTION_FILLER, NEGATIONS, WEAK_WORDS, ...COMMANDS };
    for (const [name, list] of Object.entries(lists)) {
      const zh = wordsOf(list.zh);
      const en = wordsOf(list.en);
      for (const w of zh) expect(/[a-z]/i.test(w), `${name}.zh: ${w}`).toBe(false);
      for (const w of en) expect(hasCjk(w), `${name}.en: ${w}`).toBe(false);
      expect(new Set(zh).size, `${name}.zh`).toBe(zh.length);
      expect(new Set(en).size, `${name}.en`).toBe(en.length);
    }
  });

  it('keeps every filler word cut out of a Chinese term weak: it ranks a little and never decides (`已经在上市公司当上董事`)', () => {
    const weak = new Set(wordsOf(WEAK_WORDS.zh));
    const filler = wordsOf(TERM_FILLER);
    expect(filler.filter((w) => !weak.has(w))).toEqual([]);
  });
});
