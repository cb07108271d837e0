/**
 * Cuts rendered markup to at most `max` UTF-16 units for a platform limit: never inside a surrogate
 * pair or an HTML entity (`&amp;`, `&#42;`), never leaving a bold run open (`marker` is the
 * platform's bold delimiter, `*` for Slack mrkdwn, `**` for Feishu markdown; a zero-width space
 * placed before it goes too), and ends with `…` when it cut.
 */
export function truncateMarkup(text: string, max: number, marker: string): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/&[a-z#0-9]{0,6}$/, '');
  if ((cut.split(marker).length - 1) % 2 === 1) {
    const at = cut.lastIndexOf(marker);
    cut = cut.slice(0, at > 0 && cut[at - 1] === '\u200b' ? at - 1 : at) + cut.slice(at + marker.length);
  }
  return `${cut}…`;
}
