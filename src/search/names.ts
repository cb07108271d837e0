import type { PoolSnapshot } from '../store/snapshot.js';
import type { Profile } from '../profile/profile.js';
import { hasCjk, isCjk } from '../text/cjk.js';
import { nameSyllables } from '../text/pinyin.js';

/**
 * Names typed in Latin letters: `zhang linwei`, `Linwei Zhang` and `zhanglinwei` all find 张林伟;
 * `kumar rahul` finds Rahul Kumar. Each candidate's name gives a few keys (letters only, lower
 * case): the name in its own order and with the family name moved to the other end. Chinese names
 * are read through pinyin-pro (surname readings: 单 is Shan as a family name), and a family name
 * written two ways by its bearers is found either way (see OTHER_FAMILY_SPELLINGS).
 */

/**
 * Family names whose bearers write them two ways, beside pinyin-pro's reading as a family name: 乐
 * (Yue, Le), 盖 (Ge, Gai), 覃 (Qin, Tan), 朴 (Piao, Pu), 查 (Zha, Cha), 区 (Ou, Qu). Not every reading
 * of the character: 沈 is never Chen, 叶 never Xie.
 */
const OTHER_FAMILY_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  乐: ['le'],
  盖: ['gai'],
  覃: ['tan'],
  朴: ['pu'],
  查: ['cha'],
  区: ['qu'],
};

const nameIndexes = new WeakMap<PoolSnapshot, Map<string, number[]>>();

/** The lookup keys of one name. */
export function nameKeys(name: string): string[] {
  const trimmed = name.trim();
  if (trimmed === '') return [];
  const keys = new Set<string>();
  if (hasCjk(trimmed)) {
    const han = Array.from(trimmed).filter(isCjk).join('');
    if (han.length < 2 || han.length > 4) return [];
    const read = nameSyllables(han).map((s) => s.replace(/[^a-z]/g, ''));
    const family = [read[0] ?? '', ...(OTHER_FAMILY_SPELLINGS[Array.from(han)[0] ?? ''] ?? [])].filter((r) => r !== '');
    for (const first of family) {
      const syllables = [first, ...read.slice(1)];
      keys.add(syllables.join(''));
      // Family name last (Latin order); two-character family names (欧阳) too.
      for (const cut of [1, 2])
        if (syllables.length > cut + 0 && syllables.length - cut >= 1)
          keys.add([...syllables.slice(cut), ...syllables.slice(0, cut)].join(''));
    }
  } else {
    const words = trimmed
      .toLowerCase()
      .split(/[\s.,·\-_]+/)
      .map((w) => w.replace(/[^a-z]/g, ''))
      .filter((w) => w !== '');
    if (words.length < 2 || words.length > 4) return [];
    keys.add(words.join(''));
    keys.add([...words].reverse().join(''));
    keys.add([...words.slice(1), words[0] as string].join(''));
  }
  return [...keys].filter((k) => k.length >= 4);
}

/** Key → documents, built once per snapshot (a few milliseconds per thousand names). */
export function nameIndex(snapshot: PoolSnapshot): Map<string, number[]> {
  let index = nameIndexes.get(snapshot);
  if (!index) {
    index = new Map();
    snapshot.profiles.forEach((p: Profile, doc) => {
      if (p.duplicateOf !== undefined) return;
      for (const key of p.name ? nameKeys(p.name) : slugKeys(p.links)) {
        const list = index?.get(key);
        if (list) list.push(doc);
        else index?.set(key, [doc]);
      }
    });
    nameIndexes.set(snapshot, index);
  }
  return index;
}

/**
 * The keys of a name a résumé without one gives only in its LinkedIn address (`linkedin.com/in/
 * sumankumari725b9236`, `linkedin.com/in/rahul-kumar-4b1a2`): the address's words, or its letters
 * run together up to the first digit.
 */
function slugKeys(links: readonly string[]): string[] {
  const keys: string[] = [];
  for (const link of links) {
    const slug = LINKEDIN_SLUG.exec(link)?.[1]?.toLowerCase();
    if (!slug) continue;
    const words = slug.split('-').filter((w) => /^[a-z]{2,}$/.test(w));
    if (slug.includes('-') && words.length >= 2) keys.push(...nameKeys(words.slice(0, 4).join(' ')));
    else {
      const letters = /^[a-z]+/.exec(slug)?.[0] ?? '';
      if (letters.length >= 6 && letters.length <= 24) keys.push(letters);
    }
  }
  return keys;
}

const LINKEDIN_SLUG = /linkedin\.com\/in\/([a-z0-9-]+)/i;

/**
 * Candidates whose name is `words` (Latin, in either order, or run together). Null when the
 * words are not a name in the pool. (A name run together in a LinkedIn address is found in either
 * order too: `kumari suman` finds sumankumari.)
 */
export function findByName(snapshot: PoolSnapshot, words: readonly string[]): number[] | null {
  if (words.length === 0 || words.length > 4) return null;
  const letters = (ws: readonly string[]): string =>
    ws
      .join('')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  const key = letters(words);
  if (key.length < 4) return null;
  const index = nameIndex(snapshot);
  return index.get(key) ?? (words.length === 2 ? index.get(letters([...words].reverse())) : undefined) ?? null;
}
