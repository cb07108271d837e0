import { describe, expect, it } from 'vitest';
import { escape, renderSlackMessage, SLACK_LIMITS, toKnownBlocks, truncate } from '../../../adapters/slack/blocks.js';
import { encodePayload } from '../../../src/conversation/payload.js';
import type { Reply } from '../../../src/conversation/reply.js';
import { blockKitViolations } from '../../helpers/block-kit-limits.js';
import { card, hostileCard, results } from '../../helpers/replies.js';

const text = (m: { blocks: readonly unknown[] }): string => JSON.stringify(m.blocks);

describe('Block Kit renderer', () => {
  it('renders a result page as cards in PRODUCT §4 order, with buttons and "showing 1–5 of 23"', () => {
    const message = renderSlackMessage(
      results([card(), card({ id: 'wang', name: '王军飞', headline: null, years: null })]),
    );
    expect(blockKitViolations(message)).toEqual([]);
    const all = text(message);
    expect(all.indexOf('张林伟')).toBeLessThan(all.indexOf('王军飞'));
    expect(all).toContain('显示第 1–5 位，共 23 位');
    for (const label of [
      '8.2 年经验',
      '本科 武汉理工大学',
      '北京',
      '`150****1980`',
      '\u200b*Rust*\u200b',
      '000_858ca9253fee2070.txt · 2026-11-22',
      '经验年限未知',
    ])
      expect(all).toContain(label);
    const buttons = message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    expect(buttons.map((b) => b.text.text)).toEqual([
      'details',
      'similar',
      'shortlist-add',
      'reveal',
      'details',
      'similar',
      'shortlist-add',
      'reveal',
      '下一页',
    ]);
    expect(message.text).toContain('张林伟');
  });

  it("says how much of the query a card shows, in the asker's language", () => {
    const zh = text(renderSlackMessage(results([card({ coverage: { shown: 3, of: 4, missed: ['CI/CD'] } })])));
    expect(zh).toContain('符合 3/4 · ✗ CI/CD');
    const en = text(
      renderSlackMessage(
        results([card({ coverage: { shown: 1, of: 3, missed: ['Kafka', 'Go or Rust'] } })], { locale: 'en' }),
      ),
    );
    expect(en).toContain('matches 1 of 3 · ✗ Kafka · ✗ Go or Rust');
  });

  it('marks matched words in a quote in bold', () => {
    const message = renderSlackMessage(results([card()]));
    expect(text(message)).toContain('数慧时空 / \u200b*Rust*\u200b工程师');
  });

  it('escapes &, < and > in résumé text so it cannot ping a channel or make links; mrkdwn characters cannot restyle', () => {
    const message = renderSlackMessage(
      results([card({ name: '<!channel> A&B', headline: '*bold* ~x~ `y` <https://evil|click>' })]),
    );
    const all = text(message);
    expect(all).toContain('&lt;!channel&gt; A&amp;B');
    expect(all).not.toContain('<!channel>');
    expect(all).not.toContain('<https://evil');
    expect(all).toContain('∗bold∗ ∼x∼ ʻyʻ');
    expect(escape('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
  });

  it.each([
    ['section text (3,000)', { kind: 'notice', level: 'info', text: 'x'.repeat(20_000) }],
    [
      'blocks per message (50)',
      { kind: 'help', text: Array.from({ length: 200 }, (_, i) => `paragraph ${i}`).join('\n\n') },
    ],
    [
      'aggregate block text (msg_blocks_too_long)',
      { kind: 'stats', text: Array.from({ length: 45 }, () => 'y'.repeat(2900)).join('\n\n') },
    ],
    ['an empty text', { kind: 'notice', level: 'info', text: '' }],
  ] as const)('keeps within %s', (_name, partial) => {
    const reply = { locale: 'en', visibility: 'asker', actions: [], ...partial } as unknown as Reply;
    const message = renderSlackMessage(reply);
    expect(blockKitViolations(message)).toEqual([]);
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    expect(message.text.trim()).not.toBe('');
  });

  it('keeps five hostile cards (every field over its limit, markup and emoji) within every limit', () => {
    const reply = results(
      Array.from({ length: 5 }, (_, i) => hostileCard(i)),
      {
        title: 'T'.repeat(5000),
        notes: Array.from({ length: 20 }, (_, i) => `note ${i} `.repeat(500)),
        range: 'r'.repeat(4000),
      },
    );
    const message = renderSlackMessage(reply);
    expect(blockKitViolations(message)).toEqual([]);
    const buttons = message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    // The oversized value is dropped, not cut (a cut payload could not be read back); labels are cut to 75.
    expect(buttons.every((b) => b.value.length <= 2000 && b.text.text.length <= 75)).toBe(true);
    expect(buttons.some((b) => b.value.startsWith('{{{{'))).toBe(false);
    // Paging survives any cut: it is how the asker reaches the rest.
    expect(message.blocks[message.blocks.length - 1]?.type).toBe('actions');
    expect(buttons.some((b) => b.value === encodePayload({ a: 'next', q: 'rust', o: 5, l: 'zh' }))).toBe(true);
  });

  it('gives every button a unique action id and every block a unique block id', () => {
    const same = card({ id: 'same' });
    const message = renderSlackMessage(results([same, same, same]));
    const actionIds = message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.action_id) : []));
    expect(new Set(actionIds).size).toBe(actionIds.length);
    const blockIds = message.blocks.map((b) => b.block_id);
    expect(new Set(blockIds).size).toBe(blockIds.length);
  });

  it('renders compare as fields (at most 10 per section) and contact reveals as plain lines', () => {
    const columns = [card(), card({ id: 'b', name: '王军飞' }), card({ id: 'c', name: '王小兵' })];
    const compare = renderSlackMessage({
      kind: 'compare',
      locale: 'zh',
      visibility: 'asker',
      columns,
      rows: [{ label: '经验', values: ['8 年', '21 年', '6 年'] }],
      actions: [],
      text: '张林伟 对比 王军飞',
    });
    expect(blockKitViolations(compare)).toEqual([]);
    expect(text(compare)).toContain('21 年');
    const contact = renderSlackMessage({
      kind: 'contact',
      locale: 'zh',
      visibility: 'asker',
      candidateId: 'x',
      name: '张林伟',
      phones: ['15012341980'],
      emails: ['l<x>@gmail.com'],
      links: [],
      actions: [],
      text: '张林伟 的联系方式\n15012341980',
    });
    expect(blockKitViolations(contact)).toEqual([]);
    expect(text(contact)).toContain('15012341980');
    expect(text(contact)).toContain('l&lt;x&gt;@gmail.com');
  });
});

describe('truncate', () => {
  it.each([
    ['never splits an emoji', '😀'.repeat(10), 6],
    ['never cuts inside an entity', 'ab&amp;cd', 5],
    ['never leaves bold open', 'x \u200b*bold words here*\u200b', 10],
  ])('%s', (_name, input, max) => {
    const out = truncate(input, max);
    expect(out.length).toBeLessThanOrEqual(max);
    expect(out.endsWith('…')).toBe(true);
    expect(out).not.toMatch(/[\ud800-\udbff]…$/);
    expect(out).not.toMatch(/&[a-z]*…$/);
    expect((out.match(/\*/g) ?? []).length % 2).toBe(0);
  });

  it('leaves short text alone', () => {
    expect(truncate('short', 10)).toBe('short');
  });
});

describe('blocks in @slack/types terms', () => {
  it('toKnownBlocks gives Slack exactly the blocks rendered, field for field', () => {
    for (const reply of [
      results([card(), card({ id: 'wang', name: '王军飞', headline: null, years: null })]),
      results(Array.from({ length: 5 }, (_, i) => hostileCard(i))),
    ]) {
      const message = renderSlackMessage(reply);
      expect(JSON.parse(JSON.stringify(toKnownBlocks(message.blocks)))).toEqual(JSON.parse(text(message)));
    }
  });
});
