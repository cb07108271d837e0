import { beforeAll, describe, expect, it } from 'vitest';
import { renderFeishuCard } from '../../adapters/feishu/card.js';
import { renderSlackMessage } from '../../adapters/slack/blocks.js';
import { materializeCorpora } from '../../bench/corpora.js';
import { profileReply, resultsReply } from '../../src/conversation/reply.js';
import { buildSnapshot } from '../../src/pool/build.js';
import type { PoolSnapshot } from '../../src/store/snapshot.js';
import { search } from '../../src/search/search.js';
import { highlightsFor } from '../../src/search/highlights.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { blockKitViolations } from '../helpers/block-kit-limits.js';
import { feishuCardViolations } from '../helpers/feishu-card-limits.js';
import { NOW, tempDir } from '../helpers/seeds.js';

const taxonomy = defaultTaxonomy();

/** Every profile of ../shared/corpora (all folders, JSONL rows as files), through both renderers. */
describe('rendering every profile of the corpora within Slack and Feishu limits', () => {
  let snapshot: PoolSnapshot;
  beforeAll(async () => {
    const dir = tempDir('candidate-bot-render-');
    await materializeCorpora(dir);
    snapshot = await buildSnapshot(dir, { taxonomy, now: NOW, key: 'render' });
  }, 180_000);

  it('renders each profile (Details) in both languages', () => {
    expect(snapshot.profiles.length).toBeGreaterThan(2000);
    for (const profile of snapshot.profiles) {
      for (const locale of ['zh', 'en'] as const) {
        const reply = profileReply(profile, false, locale, 'asker');
        expect(blockKitViolations(renderSlackMessage(reply)), profile.source).toEqual([]);
        expect(feishuCardViolations(renderFeishuCard(reply)), profile.source).toEqual([]);
      }
    }
  });

  it('renders each profile as a result card with its "why" quotes, five to a page', () => {
    const outcome = search(snapshot, 'java python 管理 engineer 工程师 sql', taxonomy, { limit: 1 });
    let checked = 0;
    for (let start = 0; start < snapshot.profiles.length; start += 5) {
      const page = snapshot.profiles.slice(start, start + 5).map((profile, i) => {
        const plain = snapshot.texts.text(start + i);
        return { profile, doc: start + i, score: 1, matchedConcepts: outcome.concepts, missedConcepts: [], highlights: highlightsFor(plain, outcome.concepts, profile, taxonomy) };
      });
      const reply = resultsReply({ ...outcome, offset: start, total: snapshot.profiles.length, page } as never, 'java python 管理 engineer 工程师 sql', { query: 'java python' }, () => false, 'zh', 'asker', 5);
      expect(blockKitViolations(renderSlackMessage(reply)), `page at ${start}`).toEqual([]);
      expect(feishuCardViolations(renderFeishuCard(reply)), `page at ${start}`).toEqual([]);
      checked += page.length;
    }
    expect(checked).toBe(snapshot.profiles.length);
  });
});
