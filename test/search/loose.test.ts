import { describe, expect, it } from 'vitest';
import { buildSnapshotFromFiles } from '../../src/pool/build.js';
import type { PoolSnapshot } from '../../src/store/snapshot.js';
import type { ResumeFile } from '../../src/resume/read-folder.js';
import { looseDocs } from '../../src/search/loose.js';
import { search } from '../../src/search/search.js';
import { coverageFor } from '../../src/conversation/text.js';
import { highlightsFor } from '../../src/search/highlights.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { NOW } from '../helpers/seeds.js';

const taxonomy = defaultTaxonomy();

function file(id: string, text: string): ResumeFile {
  return { id, source: `${id}.md`, absolutePath: `/pool/${id}.md`, size: Buffer.byteLength(text), mtimeMs: 0, text };
}

function pool(files: readonly ResumeFile[]): Promise<PoolSnapshot> {
  return buildSnapshotFromFiles('/pool', files, [], { taxonomy, now: NOW, key: 'loose' });
}

/** Résumés that say nothing of networks, so the two words stay rare. */
const others = Array.from({ length: 40 }, (_, i) =>
  file(
    `other-${i}`,
    `# Person ${i}\n\n## Experience\n\n- Accountant at Firm ${i}: month-end close and reconciliations.\n`,
  ),
);

describe('a two-word name written apart', () => {
  const texts = {
    exact: '# Ann Exact\n\n## Experience\n\n- Network Architect at Acme: owned the network design for three sites.\n',
    apart:
      '# Ben Apart\n\n## Experience\n\n- IT lead at Campus: designed and implemented the first wireless network on campus.\n',
    twice:
      '# Cid Twice\n\n## Experience\n\n- IT lead: designed the new campus network.\n- Designed a branch office network and its VPN.\n- Designed the guest network for visitors.\n',
    sentences:
      '# Dee Sentences\n\n## Experience\n\n- Designed the billing forms. The office network was run by a vendor.\n',
    list: '# Eve List\n\n## Experience\n\n- Recruited architects/developers/administrators, network/system engineers.\n',
    order: '# Gus Order\n\n## Experience\n\n- Ran network maintenance and the office security design review.\n',
    lines: '# Hal Lines\n\n## Skills\n\nDesigned\nnetwork maintenance\n',
    crowded:
      '# Ike Crowded\n\n## Experience\n\n- Designed the office network, network cabling and network monitoring.\n',
    far: '# Fay Far\n\n## Experience\n\n- Designed forms, reports, dashboards, workflows, templates and many other things for the network team.\n',
  };
  const files = [...Object.entries(texts).map(([id, text]) => file(id, text)), ...others];

  it('finds who writes the words close together in one sentence, in either order, and no one else', async () => {
    const snapshot = await pool(files);
    const loose = looseDocs(snapshot, taxonomy, 'network-architect');
    const found = [...loose.docs].map((d) => snapshot.profiles[d]!.id);
    expect(found).toEqual(expect.arrayContaining(['apart', 'twice']));
    // A sentence ends between them, a list of roles runs through them, or too many words stand between.
    expect(found).not.toContain('sentences');
    expect(found).not.toContain('list');
    expect(found).not.toContain('far');
    // A line break ends an item or a heading.
    expect(found).not.toContain('lines');
    // One place is counted once, however often its words are written in it.
    const count = (id: string): number | undefined => loose.counts.get(snapshot.profiles.findIndex((p) => p.id === id));
    expect([count('crowded'), count('apart'), count('twice')]).toEqual([1, 1, 3]);
    // In the name's own order, words further apart than two short ones are two things.
    expect(found).not.toContain('order');
    const apart = snapshot.profiles.findIndex((p) => p.id === 'apart');
    expect(loose.shown.get(apart)).toEqual({
      name: 'network design',
      written: 'designed and implemented the first wireless network',
    });
  });

  it('ranks them after who shows the name, more places first, each quoted where the words are', async () => {
    const snapshot = await pool(files);
    const out = search(snapshot, 'network architect', taxonomy);
    const order = out.matches.map((m) => m.profile.id);
    expect(order.slice(0, 3)).toEqual(['exact', 'twice', 'apart']);
    const apart = out.matches.find((m) => m.profile.id === 'apart')!;
    expect(apart.matchedConcepts).toHaveLength(0);
    expect(coverageFor(apart.matchedConcepts, apart.missedConcepts, 'en', apart.related)?.missed).toEqual([
      'Network architect (≈ network design)',
    ]);
    const quotes = highlightsFor(
      texts.apart,
      apart.related!.map((r) => r.broader),
      apart.profile,
      taxonomy,
    );
    expect(quotes.map((q) => q.text).join(' ')).toContain('designed and implemented the first wireless network');
  });

  it('is not read for words most résumés write together', async () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      file(`net-${i}`, `# Net ${i}\n\n## Experience\n\n- Designed reports for the network team.\n`),
    );
    const rare = file('rare', '# Rae Rare\n\n## Experience\n\n- Chief architect of the campus network.\n');
    const snapshot = await pool([...files, ...many, rare]);
    const loose = looseDocs(snapshot, taxonomy, 'network-architect');
    // `network` and `design` are no longer read; the rarer `network` … `architect` still is.
    expect([...loose.shown.keys()].map((d) => snapshot.profiles[d]!.id)).toEqual(['rare']);
  });
});
