/**
 * Contact details: found in résumé text, and masked for display. Masking keeps enough for a
 * recruiter to recognise a number (`150****1980`) without exposing it.
 */

/** `Senior SRE@debank.com` is a title at a company, not an address. */
const TITLE_AT = /^[A-Z]{2,6}@/;
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}/g;
/** Chinese mobile numbers, written with or without separators: 150-7143-1980, 177 4200 6482. */
const CN_MOBILE = /(?<![\d+])(?:\+?86[\s-]?)?(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)/g;
/** International numbers: +49 30 1234567, (555) 123-4567. Needs 8–15 digits. */
const INTL_PHONE = /(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}(?![\w])/g;
const URL =
  /\b(?:https?:\/\/)?(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com|linkedin\.com\/in|stackoverflow\.com\/users)\/[A-Za-z0-9_./-]+|\bhttps?:\/\/[^\s<>()"'，。、）]+/gi;

/** E-mail addresses in `text`, lower-cased and de-duplicated. */
export function findEmails(text: string): string[] {
  if (!text.includes('@')) return [];
  const lines = text.split('\n').filter((l) => l.includes('@'));
  return unique(
    lines
      .flatMap((line) => Array.from(line.matchAll(EMAIL), (m) => m[0]))
      .filter((e) => !TITLE_AT.test(e))
      .map((e) => e.toLowerCase())
      .filter((e) => !/\.(png|jpg|jpeg|gif|svg)$/.test(e)),
  );
}

/** Words that label a contact line (`Phone:`, `电话`, `📱`). */
const CONTACT_LABEL = /phone|mobile|tel|cell|电话|手机|联系|contact|☎|📞|📱/gi;

/** Phone numbers in `text`, digits only (with a leading + for international ones). */
export function findPhones(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(CN_MOBILE)) found.push(`${m[1]}${m[2]}${m[3]}`);
  // Only lines that look like contact lines: dates and numbers elsewhere are not phones. The
  // labels are found in the whole text, then their lines are read, in order, each once.
  let lineEnd = -1;
  for (const label of text.matchAll(CONTACT_LABEL)) {
    if (label.index < lineEnd) continue;
    const lineStart = text.lastIndexOf('\n', label.index) + 1;
    const next = text.indexOf('\n', label.index);
    lineEnd = next < 0 ? text.length : next;
    const line = text.slice(lineStart, lineEnd);
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

/** Between two digits of one phone number: separators as people type them (`138-1037-2001`, `138 1037 2001`, `(0)30`). */
const SEP = '[ \\t().\\-\u2010-\u2015]{0,3}';
/** A Chinese mobile number with any separators, with or without the country code. */
const CN_MOBILE_ANY = new RegExp(
  `(?<!\\d)((?:(?:\\+|00)[ \\t]*86|\\([ \\t]*\\+?86[ \\t]*\\)|86(?=[ \\t-]))${SEP})?(1${SEP}[3-9](?:${SEP}\\d){9})(?!\\d)`,
  'g',
);
/** An international number written with its `+` or `00` prefix: 8–15 digits. */
const PLUS_PHONE = new RegExp(`(?<![\\w+])(?:\\+|00)[ \\t]*\\d(?:${SEP}\\d){7,14}(?!\\d)`, 'g');
/** `(555) 123-4567`, `(010) 8888 6666`: an area code in parentheses. */
const AREA_PHONE = /(?<!\d)\(\d{2,5}\)[ \t.-]{0,3}\d{3,4}[ \t.-]{0,3}\d{3,5}(?!\d)/g;
/** Chinese landlines (`010-88886666`, `0571 8888 6666`) and North American `555-123-4567`. */
const LANDLINE =
  /(?<![\d.])(?:0\d{2,3}[ \t-]{1,3}\d{3,4}[ \t-]?\d{4}|\d{3}[ \t.-]\d{3}[ \t.-]\d{4})(?:[ \t-]{1,3}\d{1,5})?(?![\d.])/g;
/** `name [at] example [dot] com`, `name(at)example.com`. */
const EMAIL_SPELLED =
  /[A-Za-z0-9._%+-]{1,64}[ \t]*[[(（{<][ \t]*(?:at|@)[ \t]*[\])）}>][ \t]*[A-Za-z0-9-]{1,63}(?:[ \t]*(?:\.|[[(（{<][ \t]*dot[ \t]*[\])）}>])[ \t]*[A-Za-z0-9-]{1,63})+/gi;
/** The `[at]` / `(at)` / `(@)` every spelled-out address has. */
const SPELLED_AT = /[[(（{<][ \t]*(?:at|@)[ \t]*[\])）}>]/i;
/** Messenger ids (QQ, WeChat): contact details too. */
const MESSENGER =
  /((?:QQ|微信|微信号|wechat|weixin|vx|wx)(?:号)?)([ \t]*[:：][ \t]*|[ \t]+(?=[A-Za-z0-9_-]*\d))([A-Za-z0-9_-]{5,30})/gi;
/** A 4-digit year followed by a month: `1998.09 - 2002.7` is a date range, not a phone. */
const DATE_LIKE = /(?:^|\D)(?:19|20)\d\d[ \t]*[.\-/年][ \t]*\d{1,2}(?!\d)/;

/**
 * Replaces every phone number, e-mail address and messenger id in free text with its masked form.
 * Résumé text is masked this way once, before it is indexed or quoted (see {@link maskResumeContacts}),
 * so a quote can never cut a number into pieces that no longer look like one, and hidden digits are
 * never searchable. `phones` and `emails` found in the whole résumé are masked wherever they stand,
 * with any separators.
 */
export function maskContactsInText(
  text: string,
  phones: readonly string[] = [],
  emails: readonly string[] = [],
): string {
  let out = text;
  // An address never spans lines: only lines with an `@` are searched (the pattern tries up to 64
  // characters at every letter, a cost worth paying only where an address can be).
  if (out.includes('@'))
    out = out
      .split('\n')
      .map((line) => (line.includes('@') ? line.replace(EMAIL, (e) => (TITLE_AT.test(e) ? e : maskEmail(e))) : line))
      .join('\n');
  // The spelled form needs a bracketed `at`: looked for first, since the full pattern tries up to
  // 64 characters back from every bracket and most résumés have brackets but no such address.
  if (SPELLED_AT.test(out)) out = out.replace(EMAIL_SPELLED, (e) => `${e[0] ?? ''}***@***`);
  for (const email of emails) out = out.split(email).join(maskEmail(email));
  if (!/\d/.test(out)) return out;
  out = out.replace(MESSENGER, (_m, label: string, sep: string) => `${label}${sep}***`);
  for (const phone of phones) {
    const digits = phone.replace(/[^\d]/g, '');
    if (digits.length < 7) continue;
    out = replaceNumber(out, digits, maskPhone(phone));
  }
  // No phone pattern crosses a line, and each needs at least 8 digits: lines with fewer (most of
  // them) are left alone rather than scanned by four patterns that start with a look-behind.
  out = out
    .split('\n')
    .map((line) => (hasDigits(line, MIN_PHONE_DIGITS) ? maskPhonesInLine(line) : line))
    .join('\n');
  // On a contact line, any 8–15 digit number that is not a date is a phone.
  if (/(phone|mobile|tel|cell|电话|手机|联系|contact|☎|📞|📱)/i.test(out)) {
    out = out
      .split('\n')
      .map((line) =>
        /(phone|mobile|tel|cell|电话|手机|联系|contact|☎|📞|📱)/i.test(line)
          ? line.replace(INTL_PHONE, (whole) => {
              const digits = whole.replace(/\D/g, '');
              if (digits.length < 8 || digits.length > 15 || DATE_LIKE.test(whole)) return whole;
              return maskPhone(digits);
            })
          : line,
      )
      .join('\n');
  }
  return out;
}

/** Characters {@link SEP} allows between two digits of one number. */
function isSeparator(c: number): boolean {
  // space, tab, ( ) . - and the dashes U+2010–U+2015
  return (
    c === 0x20 || c === 0x09 || c === 0x28 || c === 0x29 || c === 0x2e || c === 0x2d || (c >= 0x2010 && c <= 0x2015)
  );
}
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * Replaces every occurrence of a known number, its digits in order with up to three separators
 * between two of them ({@link SEP}), optionally after `+` or `00`, and not inside a longer run of
 * digits: `(?<![\d+])(?:\+|00)?d1 SEP d2 … dn(?!\d)` as a regular expression. Scanned by hand:
 * a pattern built for each résumé's own number cost V8 a fresh compilation every time, most of
 * the masking time of a large build.
 */
export function replaceNumber(text: string, digits: string, replacement: string): string {
  let out = '';
  let copied = 0;
  let from = 0;
  for (;;) {
    const at = text.indexOf(digits[0] as string, from);
    if (at < 0) break;
    from = at + 1;
    // Where the match would start: at `+`, at `00`, or at the first digit; nothing that is a digit
    // or `+` may stand before that.
    let start = at;
    if (at >= 1 && text.charCodeAt(at - 1) === 0x2b) start = at - 1;
    else if (at >= 2 && text.startsWith('00', at - 2)) start = at - 2;
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    if (start < copied || isDigit(before) || before === 0x2b) continue;
    let i = at + 1;
    let ok = true;
    for (let d = 1; d < digits.length && ok; d++) {
      let gap = 0;
      while (i < text.length && isSeparator(text.charCodeAt(i)) && gap < 3) {
        i++;
        gap++;
      }
      ok = i < text.length && text.charCodeAt(i) === digits.charCodeAt(d);
      i++;
    }
    if (!ok || (i < text.length && isDigit(text.charCodeAt(i)))) continue;
    out += text.slice(copied, start) + replacement;
    copied = i;
    from = i;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The fewest digits the phone patterns match (`PLUS_PHONE`, `AREA_PHONE`: 8). */
const MIN_PHONE_DIGITS = 8;

function hasDigits(line: string, atLeast: number): boolean {
  let n = 0;
  for (let i = 0; i < line.length; i++) if (isDigit(line.charCodeAt(i)) && ++n >= atLeast) return true;
  return false;
}

function maskPhonesInLine(line: string): string {
  let out = line.replace(CN_MOBILE_ANY, (whole: string, prefix: string | undefined, number: string) => {
    if (DATE_LIKE.test(whole)) return whole;
    return `${prefix ? '+86 ' : ''}${maskPhone(number.replace(/\D/g, ''))}`;
  });
  out = out.replace(PLUS_PHONE, (whole) => maskPhone(`+${whole.replace(/\D/g, '').replace(/^00/, '')}`));
  out = out.replace(AREA_PHONE, (whole) => maskPhone(whole.replace(/\D/g, '')));
  return out.replace(LANDLINE, (whole) => (DATE_LIKE.test(whole) ? whole : maskPhone(whole.replace(/\D/g, ''))));
}

/**
 * A cleaned résumé with its contact details found (for the profile and reveals) and masked in the
 * text that is indexed, stored and quoted. Contact details are never searchable text, and a quote
 * cut from this text cannot reveal a hidden digit.
 */
export function maskResumeContacts<
  T extends { readonly text: string; readonly headings: readonly { level: number; text: string; line: number }[] },
>(clean: T): { readonly clean: T; readonly phones: string[]; readonly emails: string[] } {
  const phones = findPhones(clean.text);
  const emails = findEmails(clean.text);
  const text = maskContactsInText(clean.text, phones, emails);
  const headings = clean.headings.map((h) => ({ ...h, text: maskContactsInText(h.text, phones, emails) }));
  return { clean: { ...clean, text, headings }, phones, emails };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
