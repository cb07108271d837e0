/** What reading one résumé document gives: its text, or why there is none (a warning reason). */
export type ExtractOutcome =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/**
 * Puts the date a document was last saved in front of its text as front matter: open ranges
 * (`至今`, present) then run to that date, not to today forever. Implausible dates are left out.
 */
export function withDate(text: string, date: string | null, now = new Date()): string {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return text;
  const time = Date.parse(date.slice(0, 10));
  if (!(time >= Date.UTC(1995, 0, 1)) || time > now.getTime()) return text;
  return `---\ndate: ${date.slice(0, 10)}\n---\n${text}`;
}
