import { describe, expect, it } from 'vitest';
import { escape, FEISHU_LIMITS, renderFeishuCard, truncate } from '../../../adapters/feishu/card.js';
import type { Reply } from '../../../src/conversation/reply.js';
import { cardButtons } from '../../helpers/feishu.js';
import { feishuCardViolations } from '../../helpers/feishu-card-limits.js';
import { card, hostileCard, results } from '../../helpers/replies.js';

describe('Feishu card renderer (JSON 2.0)', () => {
  it('renders a result page: cards in PRODUCT §4 order, matched words bold, buttons as callbacks', () => {
    const rendered = renderFeishuCard(results([card(), card({ id: 'w', name: '王军飞' })]));
    expect(feishuCardViolations(rendered)).toEqual([]);
    const all = JSON.stringify(rendered);
    expect(all.indexOf('张林伟')).toBeLessThan(all.indexOf('王军飞'));
    for (const part of [
      '显示第 1–5 位，共 23 位',
      '8.2 年经验',
      '本科 武汉理工大学',
      '**Rust**',
      '数慧时空 / **Rust**工程师',
      '000_858ca9253fee2070.txt · 2026-11-22',
    ])
      expect(all).toContain(part);
    expect(cardButtons(rendered).map((b) => b.label)).toEqual([
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
    expect(rendered.config.update_multi).toBe(true);
  });

  it('says how much of the query a card shows ("符合 3/4 · ✗ CI/CD")', () => {
    const json = JSON.stringify(
      renderFeishuCard(results([card({ coverage: { shown: 3, of: 4, missed: ['CI/CD'] } })])),
    );
    expect(json).toContain('符合 3/4 · ✗ CI/CD');
  });

  it('escapes résumé text: no @all, no font tags, no links, no bold from the résumé', () => {
    const all = JSON.stringify(
      renderFeishuCard(
        results([card({ name: '<at id=all></at> *x* [click](https://evil)', headline: '<font color=red>A&B</font>' })]),
      ),
    );
    expect(all).not.toContain('<at id=all>');
    expect(all).not.toContain('<font color=red>');
    expect(all).not.toContain('[click](https://evil)');
    expect(all).toContain('&lt;at id=all&gt;&lt;/at&gt; ∗x∗ ［click］(https://evil)');
    expect(escape('# title')).toBe('＃ title');
  });

  it('keeps five hostile cards (every field over its limit) within 30 KB with paging kept', () => {
    const rendered = renderFeishuCard(
      results(
        Array.from({ length: 5 }, (_, i) => hostileCard(i)),
        { title: 'T'.repeat(5000), notes: Array.from({ length: 20 }, () => 'n'.repeat(3000)) },
      ),
    );
    expect(feishuCardViolations(rendered)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(rendered))).toBeLessThanOrEqual(FEISHU_LIMITS.cardBudgetBytes);
    expect(cardButtons(rendered).some((b) => b.label === '下一页')).toBe(true);
    expect(cardButtons(rendered).every((b) => b.value.length <= 2000)).toBe(true);
  });

  it.each([
    ['a huge notice', { kind: 'notice', level: 'error', text: '错'.repeat(50_000) }],
    ['an empty help', { kind: 'help', text: '' }],
    [
      'a compare table',
      {
        kind: 'compare',
        columns: [card(), card({ name: 'B|C' })],
        rows: [{ label: '经验', values: ['8 年', '21 | 年'] }],
        text: 'A vs B',
      },
    ],
    [
      'a contact reveal',
      {
        kind: 'contact',
        candidateId: 'x',
        name: '张林伟',
        phones: ['15012341980'],
        emails: ['a@b.c'],
        links: [],
        text: '张林伟 的联系方式',
      },
    ],
  ] as const)('keeps %s within the limits', (_name, partial) => {
    const reply = { locale: 'zh', visibility: 'asker', actions: [], ...partial } as unknown as Reply;
    expect(feishuCardViolations(renderFeishuCard(reply))).toEqual([]);
  });

  it('cuts markdown without leaving bold open, splitting an emoji or an entity', () => {
    for (const [input, max] of [
      ['x **bold words here** y', 10],
      ['😀'.repeat(10), 6],
      ['ab&amp;cd', 5],
    ] as const) {
      const out = truncate(input, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect((out.match(/\*\*/g) ?? []).length % 2).toBe(0);
      expect(out).not.toMatch(/[\ud800-\udbff]…$|&[a-z]*…$/);
    }
  });
});
