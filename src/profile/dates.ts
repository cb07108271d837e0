/**
 * Dates and date ranges as résumés write them: `2018.07 - 2019.08`, `2019.10-至今`,
 * `2022年5月 – 至今`, `2017.05-2018.03`, `1999-2003`, `November 2017 to Present`, `03/2019 – now`.
 * A month is stored as `year * 12 + (month - 1)`.
 *
 * Our own reader, not a date library: a date library gives days and time zones a résumé does not
 * have, and loses what we need: month precision, open ranges (`2019.10-至今`, `03/2019 – now`),
 * Chinese and English forms mixed in one line, and each range's offsets in the text, which
 * highlights and skill years use.
 */

export interface MonthRange {
  readonly start: number;
  /** `null` when the range is open (`至今`, `present`). */
  readonly end: number | null;
  /** Offsets of the whole range in the text it was found in. */
  readonly index: number;
  readonly length: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const YEAR = '(?:19[5-9]\\d|20[0-4]\\d)';
const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE =
  `(?:${YEAR}\\s*(?:[./年-]|\\s)\\s*(?:1[0-2]|0?[1-9])(?!\\d)\\s*(?:月(?:份|\\s*(?:[12]\\d|3[01]|0?[1-9])\\s*日)?)?` +
  `|${MONTH_NAME}\\.?\\s*,?\\s*${YEAR}` +
  `|(?:1[0-2]|0?[1-9])\\s*[/.]\\s*${YEAR}` +
  `|${YEAR}\\s*年?)`;
const PRESENT = '(?:至今|今|现在|目前|当前|present|current|currently|now|today|ongoing|date)';
const SEPARATOR = '\\s*(?:-{1,2}|–|—|~|～|至|到|to|until|till|→)\\s*';
const NAMED_DATE = `${MONTH_NAME}\\.?\\s*,?\\s*${YEAR}`;
/**
 * Any separator; or none between two dates with month names (`Sep. 2023 Mar. 2024`: PDFs whose
 * font maps the dash to nothing lose it in extraction, and nothing else reads that way).
 */
const RANGE = new RegExp(
  `(?<![\\d.])(${DATE})${SEPARATOR}(${DATE}|${PRESENT})(?![\\d])|(?<![\\w.])(${NAMED_DATE})\\s+(${NAMED_DATE}|${PRESENT})(?![\\w])`,
  'gi',
);

const NAMED_MONTH = new RegExp(`^(${MONTH_NAME})\\.?\\s*,?\\s*((?:19|20)\\d{2})$`);
const OPEN_END = new RegExp(`^${PRESENT}$`, 'i');

/** Parses one date (`2018.07`, `2022年5月`, `Nov 2017`, `03/2019`, `2003`) to a month number. */
export function parseMonth(text: string, role: 'start' | 'end'): number | null {
  const t = text.trim().toLowerCase();
  let m = /^((?:19|20)\d{2})\s*(?:[./年-]|\s)\s*(\d{1,2})\s*(?:月(?:份|\s*\d{1,2}\s*日)?)?$/.exec(t);
  if (m) return toMonth(Number(m[1]), Number(m[2]));
  m = NAMED_MONTH.exec(t);
  if (m?.[1]) return toMonth(Number(m[2]), MONTHS[m[1]] ?? 1);
  m = /^(\d{1,2})\s*[/.]\s*((?:19|20)\d{2})$/.exec(t);
  if (m) return toMonth(Number(m[2]), Number(m[1]));
  m = /^((?:19|20)\d{2})\s*年?$/.exec(t);
  // A bare year: `2014 – 2016` reads as two years whichever month it meant.
  if (m) return toMonth(Number(m[1]), role === 'start' ? 1 : 1);
  return null;
}

function toMonth(year: number, month: number): number | null {
  if (!(month >= 1 && month <= 12)) return null;
  return year * 12 + (month - 1);
}

/** Every date range in `text`, in order. Ranges that end before they start are dropped. */
export function findRanges(text: string): MonthRange[] {
  const ranges: MonthRange[] = [];
  for (const m of numeralDates(text).matchAll(RANGE)) {
    const start = parseMonth(m[1] ?? m[3] ?? '', 'start');
    if (start === null) continue;
    const endText = m[2] ?? m[4] ?? '';
    const open = OPEN_END.test(endText.trim());
    const end = open ? null : parseMonth(endText, 'end');
    if (!open && (end === null || end < start)) continue;
    ranges.push({ start, end, index: m.index, length: m[0].length });
  }
  return ranges;
}

/** A year written in Chinese numerals (`二〇一四年`, `二零零九年`), with its month (`七月`, `十一月`). */
const NUMERAL_DATE = /([〇○零一二三四五六七八九]{4})(\s*年\s*)(?:(十[一二]|[一二三四五六七八九])(?=\s*月)|(十)月)?/g;
const NUMERAL: Readonly<Record<string, string>> = {
  〇: '0',
  '○': '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/**
 * `text` with the years and months that Hong Kong filings write in Chinese numerals in digits
 * (`二〇一四年七月至今` → `2014年7月至今`), every other character where it was: offsets found in
 * the result hold in `text`. `十月` becomes `10` (its 月 dropped, for the same length), which the
 * date patterns read as a month.
 */
export function numeralDates(text: string): string {
  if (!text.includes('年')) return text;
  return text.replace(NUMERAL_DATE, (whole, year: string, sep: string, month?: string, ten?: string) => {
    const digits = Array.from(year, (c) => NUMERAL[c] ?? c).join('');
    if (!/^(?:19|20)\d{2}$/.test(digits)) return whole;
    if (ten) return digits + sep + '10';
    if (!month) return digits + sep;
    return digits + sep + (month.length === 2 ? (month === '十一' ? '11' : '12') : (NUMERAL[month] ?? month));
  });
}

/** Month number of a JavaScript date. */
export function monthOf(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** `2018.07`-style label of a month number. */
export function formatMonth(month: number): string {
  const year = Math.floor(month / 12);
  return `${year}.${String((month % 12) + 1).padStart(2, '0')}`;
}

/**
 * Total months covered by the ranges, counting overlaps once. Open ranges run to `asOf`.
 */
export function coveredMonths(ranges: readonly { start: number; end: number | null }[], asOf: number): number {
  const spans = ranges
    .map((r) => [r.start, Math.max(r.start, r.end ?? asOf)] as const)
    .filter(([s, e]) => e >= s)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let curStart = -1;
  let curEnd = -1;
  for (const [s, e] of spans) {
    if (s > curEnd) {
      if (curEnd > curStart) total += curEnd - curStart;
      curStart = s;
      curEnd = e;
    } else if (e > curEnd) curEnd = e;
  }
  if (curEnd > curStart) total += curEnd - curStart;
  return total;
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** `five years`: the number words a recruiter writes for years. */
export const ENGLISH_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};

/** `5` → 5, `三` → 3, `十二` → 12, `二十` → 20. `five` → 5. Null for anything else. */
export function parseSmallNumber(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,3}(?:\.\d)?$/.test(t)) return Number(t);
  const english = ENGLISH_NUMBERS[t.toLowerCase()];
  if (english !== undefined) return english;
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(t);
  if (!m || t === '') return null;
  if (!m[2]) return m[1] && !m[3] ? (CHINESE_DIGITS[m[1]] ?? null) : null;
  const tens = m[1] ? (CHINESE_DIGITS[m[1]] ?? 1) : 1;
  const ones = m[3] ? (CHINESE_DIGITS[m[3]] ?? 0) : 0;
  return tens * 10 + ones;
}
