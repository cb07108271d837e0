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
import { monthOf } from '../../src/profile/dates.js';
import { monthsWith, type Profile } from '../../src/profile/profile.js';
import { periodsIn, type SkillYearsLine } from '../../src/profile/skill-years.js';

const taxonomy = defaultTaxonomy();

/** Years-by-skill lines as the bot builds them (the longest: up to `n` skills, three periods each). */
function experience(profile: Profile, text: string, ids: readonly string[]): SkillYearsLine[] {
  const periods = periodsIn(text, ids, taxonomy, monthOf(NOW));
  return ids.map((id) => ({
    id,
    label: taxonomy.label(id),
    months: monthsWith(profile, id),
    periods: periods.get(id) ?? [],
  }));
}

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
        const doc = snapshot.byId.get(profile.id) as number;
        const ids = profile.skills.slice(0, 10).map((k) => k.id);
        const reply = profileReply(profile, false, locale, 'asker', experience(profile, snapshot.texts.text(doc), ids));
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
        const evidence = experience(
          profile,
          plain,
          profile.skills.slice(0, 3).map((k) => k.id),
        );
        return {
          profile,
          doc: start + i,
          score: 1,
          matchedConcepts: outcome.concepts,
          missedConcepts: [],
          highlights: highlightsFor(plain, outcome.concepts, profile, taxonomy),
          evidence,
        };
      });
      const reply = resultsReply(
        { ...outcome, offset: start, total: snapshot.profiles.length, page } as never,
        'java python 管理 engineer 工程师 sql',
        { query: 'java python' },
        () => false,
        'zh',
        'asker',
        5,
      );
      expect(blockKitViolations(renderSlackMessage(reply)), `page at ${start}`).toEqual([]);
      expect(feishuCardViolations(renderFeishuCard(reply)), `page at ${start}`).toEqual([]);
      checked += page.length;
    }
    expect(checked).toBe(snapshot.profiles.length);
  });
});
