import type { Button, KnownBlock, MrkdwnElement, PlainTextElement } from '@slack/types';
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
 * Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks and the JSDoc of
 * `@slack/types` 3.2). A message that breaks one is refused whole with `invalid_blocks`, so the
 * renderer enforces every one of them after building, whatever the input.
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  /**
   * Slack refuses messages whose blocks hold more than roughly 13,000 characters in total
   * (`msg_blocks_too_long`, undocumented: bolt-js issue #2509); stay well under it.
   */
  totalBlockText: 11_000,
  /** Fallback text: Slack truncates at 40,000 and recommends at most 4,000. */
  fallbackText: 3000,
} as const;

export interface TextObject {
  readonly type: 'mrkdwn' | 'plain_text';
  readonly text: string;
  readonly emoji?: boolean;
}

export interface ButtonElement {
  readonly type: 'button';
  readonly text: TextObject & { readonly type: 'plain_text' };
  readonly action_id: string;
  readonly value: string;
  readonly style?: 'primary' | 'danger';
}

export type Block =
  | {
      readonly type: 'section';
      readonly block_id?: string;
      readonly text?: TextObject;
      readonly fields?: readonly TextObject[];
    }
  | { readonly type: 'header'; readonly block_id?: string; readonly text: TextObject & { readonly type: 'plain_text' } }
  | { readonly type: 'context'; readonly block_id?: string; readonly elements: readonly TextObject[] }
  | { readonly type: 'actions'; readonly block_id?: string; readonly elements: readonly ButtonElement[] }
  | { readonly type: 'divider'; readonly block_id?: string };

/**
 * The same blocks in `@slack/types`' terms, for the Web API and `respond()`: each block rebuilt
 * field by field, so the compiler checks our shapes against Slack's own types (no casts).
 */
export function toKnownBlocks(blocks: readonly Block[]): KnownBlock[] {
  const text = (t: TextObject): MrkdwnElement | PlainTextElement =>
    t.type === 'mrkdwn'
      ? { type: 'mrkdwn', text: t.text }
      : { type: 'plain_text', text: t.text, ...(t.emoji !== undefined ? { emoji: t.emoji } : {}) };
  const plain = (t: TextObject): PlainTextElement => ({
    type: 'plain_text',
    text: t.text,
    ...(t.emoji !== undefined ? { emoji: t.emoji } : {}),
  });
  return blocks.map((b): KnownBlock => {
    const id = b.block_id !== undefined ? { block_id: b.block_id } : {};
    switch (b.type) {
      case 'section':
        return {
          type: 'section',
          ...id,
          ...(b.text ? { text: text(b.text) } : {}),
          ...(b.fields ? { fields: b.fields.map(text) } : {}),
        };
      case 'header':
        return { type: 'header', ...id, text: plain(b.text) };
      case 'context':
        return { type: 'context', ...id, elements: b.elements.map(text) };
      case 'actions':
        return {
          type: 'actions',
          ...id,
          elements: b.elements.map((e): Button => ({
            type: 'button',
            text: plain(e.text),
            action_id: e.action_id,
            value: e.value,
            ...(e.style ? { style: e.style } : {}),
          })),
        };
      case 'divider':
        return { type: 'divider', ...id };
    }
  });
}

export interface SlackMessage {
  /** Fallback for notifications and screen readers; always present. */
  readonly text: string;
  readonly blocks: readonly Block[];
}

/** Renders a neutral reply as a Block Kit message that Slack always accepts. Pure. */
export function renderSlackMessage(reply: Reply): SlackMessage {
  const blocks = buildBlocks(reply);
  return { text: fallbackText(reply.text), blocks: enforceLimits(blocks) };
}

// ---------------------------------------------------------------------------------------------
// Building

function buildBlocks(reply: Reply): Block[] {
  switch (reply.kind) {
    case 'results': {
      const blocks: Block[] = [section(bold(reply.title))];
      const context = [reply.range, ...reply.notes].filter((t) => t !== '');
      if (context.length > 0) blocks.push(contextBlock(context.map(escape)));
      for (const card of reply.cards) blocks.push(...cardBlocks(card, reply.locale), { type: 'divider' });
      if (reply.actions.length > 0) blocks.push(actionsBlock(reply.actions));
      return blocks;
    }
    case 'profile': {
      const blocks: Block[] = [
        ...(reply.note ? [section(escape(reply.note))] : []),
        ...cardBlocks(reply.card, reply.locale).filter((b) => b.type !== 'actions'),
      ];
      for (const s of reply.sections) blocks.push(section(`${bold(s.title)}\n${s.lines.map(escape).join('\n')}`));
      if (reply.actions.length > 0) blocks.push(actionsBlock(reply.actions));
      return blocks;
    }
    case 'compare': {
      const blocks: Block[] = [section(reply.columns.map((c) => bold(c.name)).join(t(reply.locale).join.versus))];
      for (const row of reply.rows) {
        blocks.push({
          type: 'section',
          text: mrkdwn(bold(row.label)),
          fields: row.values.map((v, i) => mrkdwn(`${bold(reply.columns[i]?.name ?? '')}\n${escape(v)}`)),
        });
      }
      if (reply.actions.length > 0) blocks.push(actionsBlock(reply.actions));
      return blocks;
    }
    case 'contact':
      return [
        section(bold(reply.text.split('\n')[0] ?? reply.name)),
        section(
          [...reply.phones, ...reply.emails, ...reply.links].map((v) => `• ${escape(v)}`).join('\n') ||
            escape(reply.text.split('\n').slice(1).join('\n')),
        ),
      ];
    case 'shortlist':
    case 'stats':
    case 'help':
    case 'notice': {
      const blocks = paragraphs(reply.text).map((p) => section(escape(p)));
      if (reply.actions.length > 0) blocks.push(actionsBlock(reply.actions));
      return blocks;
    }
  }
}

/** A candidate card in PRODUCT §4 order: name, headline, years, education, city, skills, why, contact, file. */
function cardBlocks(card: CandidateCard, locale: Locale): Block[] {
  const w = t(locale).card;
  const facts = [card.years === null ? w.unknownYears : w.yearsShort(card.years), card.education, card.city].filter(
    (f): f is string => !!f,
  );
  const lines = [
    `${bold(card.name)}${card.headline ? ` — ${escape(card.headline)}` : ''}${card.shortlisted ? ' ⭐' : ''}`,
    escape(facts.join(' · ')),
  ];
  if (card.skills.length > 0)
    lines.push(`${w.skills}: ${card.skills.map((s) => (s.matched ? bold(s.label) : escape(s.label))).join(', ')}`);
  if (card.coverage) lines.push(`_${escape(coverageLine(card.coverage, locale))}_`);
  if (card.criteria) lines.push(`_${escape(card.criteria.summary)}_`, ...card.criteria.lines.map(escape));
  for (const e of card.evidence ?? []) lines.push(`${w.experience}: ${escape(e)}`);
  for (const h of card.why) lines.push(`> ${highlighted(h)}${h.via ? ` _(${escape(h.via)})_` : ''}`);
  lines.push(`${w.contact}: ${card.contact.length > 0 ? card.contact.map(code).join(' · ') : w.noContact}`);
  return [
    section(lines.join('\n')),
    contextBlock([`${escape(card.source)} · ${escape(card.modified)}`]),
    actionsBlock(card.actions),
  ];
}

/** A quote with its matched ranges in bold. */
function highlighted(h: Highlight): string {
  return highlightRuns(h)
    .map((r) => (r.marked ? bold(r.text) : escape(r.text)))
    .join('');
}

function section(text: string): Block {
  return { type: 'section', text: mrkdwn(text) };
}

function contextBlock(texts: readonly string[]): Block {
  return { type: 'context', elements: texts.map(mrkdwn) };
}

function actionsBlock(actions: readonly Action[]): Block {
  return {
    type: 'actions',
    elements: actions.map((a) => ({
      type: 'button',
      text: { type: 'plain_text', text: a.label, emoji: true },
      action_id: a.id,
      value: a.value,
      ...(a.style ? { style: a.style } : {}),
    })),
  };
}

function mrkdwn(text: string): TextObject {
  return { type: 'mrkdwn', text };
}

/**
 * Résumé text is data, not markup: `&`, `<` and `>` are escaped (so `<!channel>` or a link in a
 * résumé stays literal), and the characters mrkdwn formats with are swapped for look-alikes so a
 * stray `*` or `~` cannot restyle the card.
 */
export function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\*/g, '∗')
    .replace(/~/g, '∼')
    .replace(/`/g, 'ʻ');
}

/** Bold that also works next to Chinese characters (Slack needs a boundary around `*`). */
function bold(text: string): string {
  const inner = escape(text).trim();
  return inner === '' ? '' : `\u200b*${inner}*\u200b`;
}

function code(text: string): string {
  return `\`${text.replace(/`/g, 'ʻ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}\``;
}

function paragraphs(text: string): string[] {
  const parts = text.split(/\n{2,}/).filter((p) => p.trim() !== '');
  return parts.length > 0 ? parts : [text.trim() === '' ? ' ' : text];
}

function fallbackText(text: string): string {
  const plain = text.trim() === '' ? '…' : text;
  return truncate(plain, SLACK_LIMITS.fallbackText);
}

// ---------------------------------------------------------------------------------------------
// Limits

/** Cuts mrkdwn to `max` (see {@link truncateMarkup}). */
export function truncate(text: string, max: number): string {
  return truncateMarkup(text, max, '*');
}

function enforceLimits(input: readonly Block[]): Block[] {
  const L = SLACK_LIMITS;
  const actionIds = new Set<string>();
  let blocks: Block[] = input.map((block) => {
    switch (block.type) {
      case 'section':
        return {
          type: 'section',
          text: mrkdwn(truncate(block.text?.text || ' ', L.sectionText)),
          ...(block.fields && block.fields.length > 0
            ? {
                fields: block.fields
                  .slice(0, L.fieldsPerSection)
                  .map((f) => ({ ...f, text: truncate(f.text || ' ', L.fieldText) })),
              }
            : {}),
        };
      case 'header':
        return { ...block, text: { ...block.text, text: truncate(block.text.text || ' ', L.headerText) } };
      case 'context':
        return {
          type: 'context',
          elements: block.elements
            .slice(0, L.contextElements)
            .map((e) => ({ ...e, text: truncate(e.text || ' ', L.contextText) })),
        };
      case 'actions': {
        // A button whose value cannot fit is dropped rather than cut: a cut payload cannot be read back.
        const elements = block.elements
          .filter((b) => b.value.length <= L.buttonValue)
          .slice(0, L.actionsElements)
          .map((b) => ({
            ...b,
            text: { ...b.text, text: truncate(b.text.text || '·', L.buttonText) },
            action_id: uniqueId(b.action_id, actionIds, L.actionId),
          }));
        return { type: 'actions', elements };
      }
      case 'divider':
        return block;
    }
  });
  blocks = blocks.filter((b) => b.type !== 'actions' || b.elements.length > 0);
  blocks = fitTotalText(blocks, L.totalBlockText);
  if (blocks.length > L.blocksPerMessage) {
    // Keep the paging buttons: they are how the asker gets to the rest.
    const last = blocks[blocks.length - 1];
    const keepLast = last?.type === 'actions';
    const room = L.blocksPerMessage - 1 - (keepLast ? 1 : 0);
    blocks = [...blocks.slice(0, room), contextBlock(['…']), ...(keepLast && last ? [last] : [])];
  }
  while (blocks[blocks.length - 1]?.type === 'divider') blocks.pop();
  const blockIds = new Set<string>();
  return blocks.map((b, i) => ({ ...b, block_id: uniqueId(`b${i}`, blockIds, L.blockId) }));
}

/** Shortens the longest texts until the whole message fits Slack's aggregate budget. */
function fitTotalText(blocks: Block[], budget: number): Block[] {
  let cap: number = SLACK_LIMITS.sectionText;
  let out = blocks;
  while (totalText(out) > budget && cap > 80) {
    cap = Math.floor(cap * 0.7);
    out = out.map((b) => {
      if (b.type === 'section')
        return {
          ...b,
          text: mrkdwn(truncate(b.text?.text ?? ' ', cap)),
          ...(b.fields ? { fields: b.fields.map((f) => ({ ...f, text: truncate(f.text, cap) })) } : {}),
        };
      if (b.type === 'context')
        return { ...b, elements: b.elements.map((e) => ({ ...e, text: truncate(e.text, cap) })) };
      return b;
    });
  }
  return out;
}

function totalText(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.type === 'section') n += (b.text?.text.length ?? 0) + (b.fields ?? []).reduce((s, f) => s + f.text.length, 0);
    else if (b.type === 'context') n += b.elements.reduce((s, e) => s + e.text.length, 0);
    else if (b.type === 'header') n += b.text.text.length;
    else if (b.type === 'actions') n += b.elements.reduce((s, e) => s + e.text.text.length, 0);
  }
  return n;
}

function uniqueId(wanted: string, taken: Set<string>, max: number): string {
  let id = wanted.slice(0, max);
  for (let n = 2; taken.has(id); n++) id = `${wanted.slice(0, max - String(n).length - 1)}~${n}`;
  taken.add(id);
  return id;
}
