/**
 * Contact details: found in résumé text, and masked for display. Masking keeps enough for a
 * recruiter to recognise a number (`150****1980`) without exposing it.
 */

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}/g;
/** Chinese mobile numbers, written with or without separators: 150-7143-1980, 177 4200 6482. */
const CN_MOBILE = /(?<![\d+])(?:\+?86[\s-]?)?(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)/g;
/** International numbers: +49 30 1234567, (555) 123-4567. Needs 8–15 digits. */
const INTL_PHONE = /(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}(?![\w])/g;
const URL = /\b(?:https?:\/\/)?(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com|linkedin\.com\/in|stackoverflow\.com\/users)\/[A-Za-z0-9_./-]+|\bhttps?:\/\/[^\s<>()"'，。、）]+/gi;

/** E-mail addresses in `text`, lower-cased and de-duplicated. */
export function findEmails(text: string): string[] {
  if (!text.includes('@')) return [];
  const lines = text.split('\n').filter((l) => l.includes('@'));
  return unique(
    lines
      .flatMap((line) => Array.from(line.matchAll(EMAIL), (m) => m[0]))
      // `Senior SRE@debank.com` is a title at a company, not an address.
      .filter((e) => !/^[A-Z]{2,6}@/.test(e))
      .map((e) => e.toLowerCase())
      .filter((e) => !/\.(png|jpg|jpeg|gif|svg)$/.test(e)),
  );
}

/** Phone numbers in `text`, digits only (with a leading + for international ones). */
export function findPhones(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(CN_MOBILE)) found.push(`${m[1]}${m[2]}${m[3]}`);
  for (const line of text.split('\n')) {
    // Only lines that look like contact lines: dates and numbers elsewhere are not phones.
    if (!/(phone|mobile|tel|cell|电话|手机|联系|contact|☎|📞|📱)/i.test(line)) continue;
    for (const m of line.matchAll(INTL_PHONE)) {
      const digits = m[0].replace(/[^\d]/g, '');
      if (digits.length < 8 || digits.length > 15) continue;
      if (/^(19|20)\d{2}/.test(digits) && digits.length <= 8) continue; // a date
      const normalised = (m[0].trim().startsWith('+') ? '+' : '') + digits;
      if (!found.some((f) => f.endsWith(digits) || digits.endsWith(f))) found.push(normalised);
    }
  }
  return unique(found);
}

/** Links worth showing (code hosts, LinkedIn, personal sites), de-duplicated. */
export function findLinks(text: string): string[] {
  const links = Array.from(text.matchAll(URL), (m) => m[0].replace(/[.,;:!?)]+$/, ''));
  return unique(links.filter((l) => l.length <= 200)).slice(0, 10);
}

/** `15071431980` → `150****1980`; `+4930123456` → `+49*****3456`. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.length <= 4) return '*'.repeat(digits.length);
  const keepStart = digits.startsWith('+') ? 3 : 3;
  const keepEnd = 4;
  if (digits.length <= keepStart + keepEnd) return `${digits.slice(0, 2)}${'*'.repeat(digits.length - 2)}`;
  return `${digits.slice(0, keepStart)}${'*'.repeat(digits.length - keepStart - keepEnd)}${digits.slice(-keepEnd)}`;
}

/** `lewiszlw520@gmail.com` → `l***@gmail.com`. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/**
 * Replaces every phone number and e-mail address in free text with its masked form, for
 * snippets and full profiles shown without a reveal.
 */
export function maskContactsInText(text: string, phones: readonly string[] = [], emails: readonly string[] = []): string {
  let out = text.includes('@') ? text.replace(EMAIL, (e) => maskEmail(e)) : text;
  out = out.replace(CN_MOBILE, (_m, a: string, b: string, c: string) => maskPhone(`${a}${b}${c}`));
  for (const phone of phones) {
    const digits = phone.replace(/[^\d]/g, '');
    if (digits.length < 8) continue;
    // The same digits with any separators between them.
    const pattern = new RegExp(digits.split('').join('[\\s().-]*'), 'g');
    out = out.replace(pattern, maskPhone(phone));
  }
  for (const email of emails) out = out.split(email).join(maskEmail(email));
  return out;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
