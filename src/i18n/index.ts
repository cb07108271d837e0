import { hasCjk } from '../text/cjk.js';
import { en } from './en.js';
import { zh, type Words } from './zh.js';

/**
 * One place for words: every user-facing string, in Chinese and English (`zh.ts`, `en.ts`; the
 * compiler checks that both have the same keys). Code asks `t(locale)` for its words and never
 * writes a user-facing string of its own.
 */

export type Locale = 'zh' | 'en';
export type { Words };

const WORDS: Readonly<Record<Locale, Words>> = { zh, en };

/** The words of one language. */
export function t(locale: Locale): Words {
  return WORDS[locale];
}

/** Chinese when the text has Chinese in it, else English, unless the operator fixed a locale. */
export function localeFor(text: string, configured: 'auto' | Locale = 'auto'): Locale {
  if (configured !== 'auto') return configured;
  return hasCjk(text) ? 'zh' : 'en';
}
