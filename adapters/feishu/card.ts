import {
  coverageLine,
  highlightRuns,
  truncateMarkup,
  type Action,
  type CandidateCard,
  type Highlight,
  type Reply,
  t,
  type Locale,
} from '../../src/port.js';

/**
 * Feishu / Lark card JSON 2.0 limits. A card over 30 KB is refused (open.feishu.cn, "延时更新消息
 *卡片" and the message-create limits); 2.0 cards also cap the number of components (error 230099;
 * the exact figure is not documented — 200 is commonly quoted, so we stay far below).
 */
export const FEISHU_LIMITS = {
  cardBytes: 30 * 1024,
  /** Our own budget under the 30 KB limit, leaving room for the envelope of an update. */
  cardBudgetBytes: 28 * 1024,
  elements: 120,
  markdownChars: 5000,
  headerChars: 100,
  buttonChars: 40,
  /** Slack and Feishu carry the same payload; keep Slack's 2,000 so a button works on both. */
  buttonValueChars: 2000,
} as const;

export interface FeishuCard {
  readonly schema: '2.0';
  readonly config: { readonly update_multi: true; readonly width_mode: 'fill' };
  readonly header: {
    readonly title: { readonly tag: 'plain_text'; readonly content: string };
    readonly template: string;
  };
  readonly body: { readonly elements: readonly CardElement[] };
}

type CardElement = Record<string, unknown> & { readonly tag: string };

/** Renders a neutral reply as a Feishu card (JSON 2.0) that stays within every limit. Pure. */
export function renderFeishuCard(reply: Reply): FeishuCard {
  const title = truncate(titleOf(reply), FEISHU_LIMITS.headerChars);
  const template =
    reply.kind === 'notice' && reply.level !== 'info'
      ? reply.level === 'error'
        ? 'red'
        : 'orange'
      : reply.kind === 'contact'
        ? 'orange'
        : 'blue';
  let elements = bodyOf(reply);
  if (elements.length === 0) elements = [markdown(escape(reply.text) || '…')];
  const card = (els: readonly CardElement[]): FeishuCard => ({
    schema: '2.0',
    config: { update_multi: true, width_mode: 'fill' },
    header: { title: { tag: 'plain_text', content: title || '…' }, template },
    body: { elements: els },
  });
  const fitted = card(fit(elements, (els) => bytes(card(els))));
  // Last resort (buttons alone over budget): the text without buttons always fits.
  return bytes(fitted) <= FEISHU_LIMITS.cardBudgetBytes ? fitted : card([markdown(truncate(escape(reply.text), 4000))]);
}

function titleOf(reply: Reply): string {
  switch (reply.kind) {
    case 'results':
      return reply.title;
    case 'profile':
      return reply.card.name;
    case 'compare':
      return reply.columns.map((c) => c.name).join(t(reply.locale).join.versus);
    case 'contact':
      return reply.text.split('\n')[0] ?? reply.name;
    default:
      return (reply.text.split('\n')[0] ?? '').slice(0, 60) || 'candidate-bot';
  }
}

function bodyOf(reply: Reply): CardElement[] {
  switch (reply.kind) {
    case 'results': {
      const els: CardElement[] = [];
      const notes = [reply.range, ...reply.notes].filter((n) => n !== '');
      if (notes.length > 0) els.push(markdown(notes.map((n) => `<font color='grey'>${escape(n)}</font>`).join('\n')));
      for (const card of reply.cards) els.push({ tag: 'hr' }, ...cardElements(card, reply.locale));
      if (reply.actions.length > 0) els.push({ tag: 'hr' }, buttons(reply.actions));
      return els;
    }
    case 'profile': {
      const els = [
        ...(reply.note ? [markdown(escape(reply.note))] : []),
        ...cardElements(reply.card, reply.locale).filter((e) => e.tag !== 'column_set'),
      ];
      for (const s of reply.sections)
        els.push(markdown(`**${escape(s.title)}**\n${s.lines.map((l) => `- ${escape(l)}`).join('\n')}`));
      if (reply.actions.length > 0) els.push(buttons(reply.actions));
      return els;
    }
    case 'compare': {
      const header = `| |${reply.columns.map((c) => ` **${escape(c.name)}** |`).join('')}\n|---|${reply.columns.map(() => '---|').join('')}`;
      const rows = reply.rows.map(
        (r) => `| **${escape(r.label)}** |${r.values.map((v) => ` ${escape(v).replace(/\n/g, ' ')} |`).join('')}`,
      );
      const els: CardElement[] = [markdown([header, ...rows].join('\n'))];
      if (reply.actions.length > 0) els.push(buttons(reply.actions));
      return els;
    }
    case 'contact':
      return [
        markdown(
          [...reply.phones, ...reply.emails, ...reply.links].map((v) => `- ${escape(v)}`).join('\n') ||
            escape(reply.text.split('\n').slice(1).join('\n')),
        ),
      ];
    default: {
      const els: CardElement[] = [markdown(escape(reply.text))];
      if (reply.actions.length > 0) els.push(buttons(reply.actions));
      return els;
    }
  }
}

/** PRODUCT §4 order: name, headline, years, education, city, skills, why, contact, file; then the buttons. */
function cardElements(card: CandidateCard, locale: Locale): CardElement[] {
  const w = t(locale).card;
  const facts = [card.years === null ? w.unknownYears : w.yearsShort(card.years), card.education, card.city].filter(
    (f): f is string => !!f,
  );
  const lines = [
    `**${escape(card.name)}**${card.headline ? ` — ${escape(card.headline)}` : ''}${card.shortlisted ? ' ⭐' : ''}`,
    escape(facts.join(' · ')),
  ];
  if (card.skills.length > 0)
    lines.push(
      `${w.skills}: ${card.skills.map((s) => (s.matched ? `**${escape(s.label)}**` : escape(s.label))).join(', ')}`,
    );
  if (card.coverage) lines.push(escape(coverageLine(card.coverage, locale)));
  if (card.criteria) lines.push(`*${escape(card.criteria.summary)}*`, ...card.criteria.lines.map(escape));
  for (const e of card.evidence ?? []) lines.push(`${w.experience}: ${escape(e)}`);
  for (const h of card.why) lines.push(`▸ ${highlighted(h)}${h.via ? ` *(${escape(h.via)})*` : ''}`);
  lines.push(`${w.contact}: ${card.contact.length > 0 ? card.contact.map(escape).join(' · ') : w.noContact}`);
  lines.push(`<font color='grey'>${escape(card.source)} · ${escape(card.modified)}</font>`);
  return [markdown(lines.join('\n')), buttons(card.actions)];
}

function highlighted(h: Highlight): string {
  return highlightRuns(h)
    .map((r) => (r.marked ? `**${escape(r.text)}**` : escape(r.text)))
    .join('');
}

function markdown(content: string): CardElement {
  return { tag: 'markdown', content: truncate(content, FEISHU_LIMITS.markdownChars) };
}

/**
 * A row of buttons. Callback values must be objects for the SDKs, so the neutral payload (a JSON
 * string shared with Slack) travels as `{ v: payload }`. A value that is too long is dropped, not cut.
 */
function buttons(actions: readonly Action[]): CardElement {
  const usable = actions.filter((a) => a.value.length <= FEISHU_LIMITS.buttonValueChars);
  return {
    tag: 'column_set',
    flex_mode: 'flow',
    horizontal_spacing: '8px',
    columns: usable.map((a) => ({
      tag: 'column',
      width: 'auto',
      elements: [
        {
          tag: 'button',
          text: { tag: 'plain_text', content: truncate(a.label, FEISHU_LIMITS.buttonChars) || '·' },
          type: a.style === 'primary' ? 'primary' : a.style === 'danger' ? 'danger' : 'default',
          size: 'small',
          behaviors: [{ type: 'callback', value: { v: a.value } }],
        },
      ],
    })),
  };
}

/**
 * Résumé text is data: `&`, `<`, `>` become entities (so `<at id=all>` or `<font>` in a résumé stays
 * literal) and markdown's own characters are swapped for look-alikes, so a résumé cannot bold,
 * link or @mention anything.
 */
export function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\*/g, '∗')
    .replace(/~/g, '∼')
    .replace(/`/g, 'ʻ')
    .replace(/\[/g, '［')
    .replace(/\]/g, '］')
    .replace(/^#/gm, '＃')
    .replace(/\|/g, '│');
}

/** Cuts card markdown to `max` (see {@link truncateMarkup}). */
export function truncate(text: string, max: number): string {
  return truncateMarkup(text, max, '**');
}

function bytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

/**
 * Keeps the card under the size and element budgets: first shortens the longest markdown, then drops
 * elements from the end of the body while keeping the last row of buttons (paging).
 */
function fit(input: CardElement[], size: (els: readonly CardElement[]) => number): CardElement[] {
  let els = input.slice(0, FEISHU_LIMITS.elements);
  let cap: number = FEISHU_LIMITS.markdownChars;
  while (size(els) > FEISHU_LIMITS.cardBudgetBytes && cap > 200) {
    cap = Math.floor(cap * 0.7);
    els = els.map((e) =>
      e.tag === 'markdown' && typeof e['content'] === 'string' ? { ...e, content: truncate(e['content'], cap) } : e,
    );
  }
  const last = els[els.length - 1];
  const keepLast = last?.tag === 'column_set' ? last : undefined;
  while (size(els) > FEISHU_LIMITS.cardBudgetBytes && els.length > 1) {
    els = [...els.slice(0, keepLast ? -2 : -1), ...(keepLast ? [keepLast] : [])];
  }
  return els;
}
