import { describe, expect, it } from 'vitest';
import {
  findEmails,
  findPhones,
  maskContactsInText,
  maskEmail,
  maskPhone,
  replaceNumber,
} from '../../src/profile/contacts.js';

describe('contacts', () => {
  it('finds Chinese mobiles with any separators, and labelled international numbers', () => {
    expect(findPhones('联系方式：150-7143-1980 | 177 4200 6482 | +86 13800138000')).toEqual([
      '15071431980',
      '17742006482',
      '13800138000',
    ]);
    expect(findPhones('Phone: +49 30 1234 5678')).toEqual(['+493012345678']);
    expect(findPhones('2018.07 - 2019.08, 20,000 users')).toEqual([]);
  });

  it('finds e-mails but not a title at a company', () => {
    expect(findEmails('lewiszlw520@gmail.com, Senior SRE@debank.com, Me@Example.org')).toEqual([
      'lewiszlw520@gmail.com',
      'me@example.org',
    ]);
  });

  it('masks phones and e-mails the way the card shows them', () => {
    expect(maskPhone('15071431980')).toBe('150****1980');
    expect(maskEmail('lewiszlw520@gmail.com')).toBe('l***@gmail.com');
  });

  it('masks contact details inside free text whatever the separators', () => {
    const out = maskContactsInText(
      '电话：150-7143-1980，邮箱 lewiszlw520@gmail.com',
      ['15071431980'],
      ['lewiszlw520@gmail.com'],
    );
    expect(out).toBe('电话:150****1980,邮箱 l***@gmail.com'.replace(':', '：').replace(',', '，'));
    expect(out).not.toMatch(/7143|lewiszlw520/);
  });

  it.each([
    ['手机：138-1037-2001 | 邮箱：zhang.san@qq.com', '手机：138****2001 | 邮箱：z***@qq.com'],
    ['Tel: +86 186 2236 4436', 'Tel: +86 186****4436'],
    ['(+86) 13810372001', '+86 138****2001'],
    ['0086 138.1037.2001', '+86 138****2001'],
    ['1 3 8 1 0 3 7 2 0 0 1', '138****2001'],
    ['138 - 1037 - 2001', '138****2001'],
    ['Phone (555) 123-4567', 'Phone 555***4567'],
    ['+49 30 1234567', '+49*****4567'],
    ['010-88886666', '010****6666'],
    ['QQ: 12345678 微信：wxid_abc123', 'QQ: *** 微信：***'],
    ['me [at] example [dot] com', 'm***@***'],
  ])('masks %s in free text without any list of known numbers', (raw, masked) => {
    expect(maskContactsInText(raw)).toBe(masked);
  });

  it.each([
    '2019.07 - 2020.03 字节跳动',
    '1998.09 - 2002.7 北京大学',
    '月薪 15000-25000',
    'Java 8, 2015-2019',
    'Senior SRE@debank.com',
    '微信小程序开发',
  ])('leaves %s as it is', (text) => {
    expect(maskContactsInText(text)).toBe(text);
  });
});

describe("a résumé's own number, masked wherever it stands", () => {
  it('finds it with separators, after + or 00, never inside a longer run of digits', () => {
    const n = '13810372001';
    expect(replaceNumber('tel 138-1037-2001.', n, '#')).toBe('tel #.');
    expect(replaceNumber('(+13810372001) and 0013810372001', n, '#')).toBe('(#) and #');
    expect(replaceNumber('138 (1037) 2001', n, '#')).toBe('#');
    expect(replaceNumber('9138103720019 1381037200', n, '#')).toBe('9138103720019 1381037200');
    expect(replaceNumber('138    1037 2001', n, '#')).toBe('138    1037 2001'); // four spaces: not one number
  });

  it('agrees with the regular expression it stands for, on 20,000 generated strings', () => {
    // `(?<![\d+])(?:\+|00)?d1 SEP d2 … dn(?!\d)`, SEP as in contacts.ts
    const sep = '[ \\t().\\-\u2010-\u2015]{0,3}';
    const alphabet = ['0', '1', '8', '8', '+', ' ', '-', '(', ')', 'x', '\n', '\u2013', '.', '\t'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 20_000; k++) {
      const digits = Array.from({ length: 7 + next(3) }, () => '018'[next(3)]).join('');
      let text = '';
      for (let i = next(30); i > 0; i--)
        text += next(4) === 0 ? digits.slice(0, 1 + next(digits.length)) : alphabet[next(alphabet.length)];
      const at = next(text.length + 1);
      const joiner = ['', ' ', '-', '  ', '().'][next(5)] as string;
      text = `${text.slice(0, at)}${['', '+', '00', '0'][next(4)]}${digits.split('').join(joiner)}${text.slice(at)}`;
      const expected = text.replace(new RegExp(`(?<![\\d+])(?:\\+|00)?${digits.split('').join(sep)}(?!\\d)`, 'g'), '#');
      expect(replaceNumber(text, digits, '#'), JSON.stringify({ text, digits })).toBe(expected);
    }
  });
});
