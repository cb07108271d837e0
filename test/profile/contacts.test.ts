import { describe, expect, it } from 'vitest';
import { findEmails, findPhones, maskContactsInText, maskEmail, maskPhone } from '../../src/profile/contacts.js';

describe('contacts', () => {
  it('finds Chinese mobiles with any separators, and labelled international numbers', () => {
    expect(findPhones('联系方式：150-7143-1980 | 177 4200 6482 | +86 13800138000')).toEqual(['15071431980', '17742006482', '13800138000']);
    expect(findPhones('Phone: +49 30 1234 5678')).toEqual(['+493012345678']);
    expect(findPhones('2018.07 - 2019.08, 20,000 users')).toEqual([]);
  });

  it('finds e-mails but not a title at a company', () => {
    expect(findEmails('lewiszlw520@gmail.com, Senior SRE@debank.com, Me@Example.org')).toEqual(['lewiszlw520@gmail.com', 'me@example.org']);
  });

  it('masks phones and e-mails the way the card shows them', () => {
    expect(maskPhone('15071431980')).toBe('150****1980');
    expect(maskEmail('lewiszlw520@gmail.com')).toBe('l***@gmail.com');
  });

  it('masks contact details inside free text whatever the separators', () => {
    const out = maskContactsInText('电话：150-7143-1980，邮箱 lewiszlw520@gmail.com', ['15071431980'], ['lewiszlw520@gmail.com']);
    expect(out).toBe('电话:150****1980,邮箱 l***@gmail.com'.replace(':', '：').replace(',', '，'));
    expect(out).not.toMatch(/7143|lewiszlw520/);
  });
});
