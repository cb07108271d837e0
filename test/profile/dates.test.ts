import { describe, expect, it } from 'vitest';
import { coveredMonths, findRanges, formatMonth, numeralDates, parseSmallNumber } from '../../src/profile/dates.js';

const show = (text: string): string[] =>
  findRanges(text).map((r) => `${formatMonth(r.start)}..${r.end === null ? 'now' : formatMonth(r.end)}`);

describe('findRanges', () => {
  it.each([
    ['2018.07 - 2019.08', '2018.07..2019.08'],
    ['2019.10-至今', '2019.10..now'],
    ['2022年5月 – 至今', '2022.05..now'],
    ['2017.05-2018.03', '2017.05..2018.03'],
    ['2020年8月 – 2021年7月', '2020.08..2021.07'],
    ['时间：2023.8 – 至今 | 团队规模', '2023.08..now'],
    ['1999-2003', '1999.01..2003.01'],
    ['(2012 ~ 2016)', '2012.01..2016.01'],
    ['November 2017 to Present', '2017.11..now'],
    ['Jan 2015 - Mar 2018', '2015.01..2018.03'],
    ['03/2019 – now', '2019.03..now'],
    ['2013.9~2017.7', '2013.09..2017.07'],
    // The dash lost in PDF extraction: two dates with month names still make a range.
    ['DevOps Engineer Sep. 2023 Mar. 2024', '2023.09..2024.03'],
    ['Intern Jun 2019 Present', '2019.06..now'],
  ])('%s', (text, expected) => {
    expect(show(text)).toEqual([expected]);
  });

  it('two bare years or numeric dates side by side are no range', () => {
    expect(show('2019 2021 2023')).toEqual([]);
    expect(show('awards: 2019.06 2020.06')).toEqual([]);
  });

  it('ignores ranges that end before they start and numbers that are not dates', () => {
    expect(show('2019.08 - 2018.07')).toEqual([]);
    expect(show('150-7143-1980')).toEqual([]);
    expect(show('P99 延迟降低 70%')).toEqual([]);
  });
});

describe('dates in Chinese bios', () => {
  const month = (y: number, m: number): number => y * 12 + m - 1;
  it('reads a month with 份 or a day, and years and months in Chinese numerals', () => {
    expect(findRanges('2007年4月份至今一直担任总经理')).toMatchObject([{ start: month(2007, 4), end: null }]);
    expect(findRanges('2013年3月26日至今，任董事')).toMatchObject([{ start: month(2013, 3), end: null }]);
    expect(findRanges('二〇一四年七月至今任总飞行师')).toMatchObject([{ start: month(2014, 7), end: null }]);
    expect(findRanges('二零零九年十月至二零一二年十一月任董事')).toMatchObject([
      { start: month(2009, 10), end: month(2012, 11) },
    ]);
  });

  it('writes numeral dates in digits in place, and leaves other numerals alone', () => {
    const text = '于二零一三年十一月起担任，二〇一二年十月加入，一二三四五';
    const out = numeralDates(text);
    expect(out).toBe('于2013年11月起担任，2012年10加入，一二三四五');
    expect(out.length).toBe(text.length);
    expect(numeralDates('三四五六年')).toBe('三四五六年');
  });
});

describe('coveredMonths', () => {
  it('counts overlapping jobs once and runs open ranges to the given month', () => {
    const m = (y: number, mo: number): number => y * 12 + mo - 1;
    expect(
      coveredMonths(
        [
          { start: m(2018, 1), end: m(2019, 1) },
          { start: m(2018, 7), end: m(2020, 1) },
        ],
        m(2026, 1),
      ),
    ).toBe(24);
    expect(coveredMonths([{ start: m(2024, 1), end: null }], m(2026, 1))).toBe(24);
    expect(
      coveredMonths(
        [
          { start: m(2010, 1), end: m(2011, 1) },
          { start: m(2015, 1), end: m(2016, 1) },
        ],
        m(2026, 1),
      ),
    ).toBe(24);
  });
});

describe('parseSmallNumber', () => {
  it.each([
    ['5', 5],
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['两', 2],
    ['abc', null],
    ['', null],
  ])('%s', (text, n) => {
    expect(parseSmallNumber(text)).toBe(n);
  });
});
