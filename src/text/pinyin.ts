import { createRequire } from 'node:module';
import { unifiedIdeographs } from './cjk.js';

/*
 * Chinese characters read in pinyin (no tones), through pinyin-pro. The library and its dictionary
 * (~80 ms to load) are loaded the first time something is read, not at start-up.
 */

interface PinyinOptions {
  toneType: 'none';
  type: 'array';
  surname?: 'head';
  multiple?: boolean;
  v?: boolean;
}
type Pinyin = (text: string, options: PinyinOptions) => string[];
let pinyinPro: Pinyin | null = null;

function library(): Pinyin {
  pinyinPro ??= (createRequire(import.meta.url) as (id: string) => { pinyin: Pinyin })('pinyin-pro').pinyin;
  return pinyinPro;
}

/** A name's syllables, one per character (`单` read as a family name: Shan; ü written v). */
export function nameSyllables(han: string): string[] {
  return library()(han, { toneType: 'none', type: 'array', surname: 'head', v: true });
}

const readingCache = new Map<string, readonly string[]>();

/** Every reading of one character (`会` → hui, kuai); a character with none reads as itself. */
export function readings(char: string): readonly string[] {
  let found = readingCache.get(char);
  if (!found) {
    const all = library()(char, { toneType: 'none', type: 'array', multiple: true, v: true });
    found = all.length > 0 ? all : [char];
    readingCache.set(char, found);
  }
  return found;
}

/**
 * True when two texts of Chinese characters can be read alike, character by character (`会记` ~
 * `会计`), each typed character as it mostly reads (an input method offers 价 for jia, never for its
 * rare jie: 报价 is no slip for 保洁). With `slack`, that many characters may instead be read nearly
 * alike, one sound more or less at the end (`挖据` wa ju ~ `挖掘` wa jue, `lin` ~ `ling`): the
 * commonest slips of a pinyin input method;
 * or be near as `alsoNear` says of the two characters at that place (characters that look alike).
 */
export function soundAlike(
  a: readonly string[],
  b: readonly string[],
  slack = 0,
  alsoNear: (x: string, y: string, at: number) => boolean = () => false,
): boolean {
  if (a.length !== b.length) return false;
  let near = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) continue;
    const heard = readings(y);
    const said = readings(x).slice(0, 1);
    if (said.some((r) => heard.includes(r))) continue;
    if (near >= slack || !(said.some((r) => heard.some((h) => nearly(r, h))) || alsoNear(x, y, i))) return false;
    near++;
  }
  return true;
}

/**
 * Two syllables one final sound apart (`ju` ~ `jue`, `lin` ~ `ling`), or with one final and
 * initials made alike (`juan` ~ `quan`, `zi` ~ `zhi`, `nan` ~ `lan`): the slips of a pinyin input
 * method, and of characters that look alike and read alike (证卷 for 证券).
 */
function nearly(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length === short.length + 1 && short.length >= 2 && long.startsWith(short)) return true;
  const x = INITIAL.exec(a)?.[0] ?? '';
  const y = INITIAL.exec(b)?.[0] ?? '';
  return x !== y && a.slice(x.length) === b.slice(y.length) && a.length > x.length && ALIKE.has(`${x} ${y}`);
}

const INITIAL = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])/;
/** Initials made in one place of the mouth, or told apart by one feature many speakers drop. */
const ALIKE = new Set(
  [
    ['b', 'p'],
    ['d', 't'],
    ['g', 'k'],
    ['j', 'q'],
    ['j', 'x'],
    ['q', 'x'],
    ['z', 'c'],
    ['zh', 'ch'],
    ['z', 'zh'],
    ['c', 'ch'],
    ['s', 'sh'],
    ['n', 'l'],
    ['f', 'h'],
  ].flatMap(([p, q]) => [`${p} ${q}`, `${q} ${p}`]),
);

let bySound: Map<string, string[]> | null = null;

/**
 * Every common character by its common reading (about 400 syllables), read once on first use
 * (~90 ms): the syllables a pinyin word is spelt in, and the characters a pinyin input method
 * confuses.
 */
function charactersBySound(): Map<string, string[]> {
  if (!bySound) {
    const all = unifiedIdeographs();
    const read = library()(all, { toneType: 'none', type: 'array', v: true });
    const chars = Array.from(all);
    const map = new Map<string, string[]>();
    read.forEach((sound, i) => {
      if (!/^[a-z]+$/.test(sound)) return;
      const list = map.get(sound) ?? [];
      list.push(chars[i] as string);
      map.set(sound, list);
    });
    bySound = map;
  }
  return bySound;
}

const LONGEST_SYLLABLE = 6;

/**
 * How many pinyin syllables a Latin word is made of, at fewest (`xiaoming` → 2, `wang` → 1), or
 * null when it cannot be read as pinyin at all (`kafka`, `linux`).
 */
export function pinyinSyllableCount(word: string): number | null {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return null;
  const known = charactersBySound();
  // fewest[i]: the fewest syllables that spell w's first i letters.
  const fewest: number[] = [0];
  for (let end = 1; end <= w.length; end++) {
    let best = Infinity;
    for (let start = Math.max(0, end - LONGEST_SYLLABLE); start < end; start++) {
      const before = fewest[start] ?? Infinity;
      if (before + 1 < best && known.has(w.slice(start, end))) best = before + 1;
    }
    fewest.push(best);
  }
  const count = fewest[w.length] ?? Infinity;
  return Number.isFinite(count) ? count : null;
}

/**
 * The characters read like `char` (`堪` → 勘, 看, 砍…; `相` → 向, 像, 项…), by each one's common
 * reading: the slips a pinyin input method makes.
 */
export function soundsLike(char: string): readonly string[] {
  const map = charactersBySound();
  const out = new Set<string>();
  for (const sound of readings(char)) for (const c of map.get(sound) ?? []) if (c !== char) out.add(c);
  return [...out];
}
