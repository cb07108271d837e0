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

/** Résumés that say nothing of code, so the two words stay rare. */
const others = Array.from({ length: 40 }, (_, i) =>
  file(
    `other-${i}`,
    `# Person ${i}\n\n## Experience\n\n- Accountant at Firm ${i}: month-end close and reconciliations.\n`,
  ),
);

describe('a two-word name written apart', () => {
  const texts = {
    exact: '# Ann Exact\n\n## Experience\n\n- Developer at Acme: led code review for the payments team.\n',
    apart: '# Ben Apart\n\n## Experience\n\n- Developer at Campus: reviewed the payments code before each release.\n',
    twice:
      '# Cid Twice\n\n## Experience\n\n- Reviewed all backend code.\n- Reviewed the mobile code weekly.\n- Reviewed interns and their code.\n',
    sentences: '# Dee Sentences\n\n## Experience\n\n- Reviewed the contracts. The code was written by a vendor.\n',
    list: '# Eve List\n\n## Skills\n\n- Review, Testing, Code\n',
    far: '# Fay Far\n\n## Experience\n\n- Reviewed seven hundred supplier invoices every single working week and all code.\n',
    order: '# Gus Order\n\n## Experience\n\n- Wrote code for the design review board.\n',
    reversed: '# Ida Reversed\n\n## Experience\n\n- Designed the review code tables.\n',
    lines: '# Hal Lines\n\n## Skills\n\nReviewed\ncode samples\n',
    crowded: '# Ike Crowded\n\n## Experience\n\n- Reviewed the code, code comments and code style.\n',
  };
  const files = [...Object.entries(texts).map(([id, text]) => file(id, text)), ...others];

  it('finds who writes the words close together in one sentence, in either order, and no one else', async () => {
    const snapshot = await pool(files);
    const loose = looseDocs(snapshot, taxonomy, 'code-review');
    const found = [...loose.docs].map((d) => snapshot.profiles[d]!.id);
    expect(found).toEqual(expect.arrayContaining(['apart', 'twice', 'crowded']));
    // A sentence ends between them, a list runs through them, too many words stand between, a word
    // ties two things (`code for the design review`), or a line breaks.
    for (const id of ['exact', 'sentences', 'list', 'far', 'order', 'lines']) expect(found).not.toContain(id);
    // The last word first, right before the other, is another thing (`review code` tables).
    expect(found).not.toContain('reversed');
    const apart = snapshot.profiles.findIndex((p) => p.id === 'apart');
    expect(loose.shown.get(apart)).toEqual({ name: 'code review', written: 'reviewed the payments code' });
    // One place is counted once, however often its words are written in it.
    const count = (id: string): number | undefined => loose.counts.get(snapshot.profiles.findIndex((p) => p.id === id));
    expect([count('crowded'), count('apart'), count('twice')]).toEqual([1, 1, 3]);
  });

  it('ranks them after who shows the name, more places first, each quoted where the words are', async () => {
    const snapshot = await pool(files);
    const out = search(snapshot, 'code review', taxonomy);
    const order = out.matches.map((m) => m.profile.id);
    expect(order.slice(0, 2)).toEqual(['exact', 'twice']);
    const apart = out.matches.find((m) => m.profile.id === 'apart')!;
    expect(apart.matchedConcepts).toHaveLength(0);
    // The name asked is the name found: the card says what is written.
    expect(coverageFor(apart.matchedConcepts, apart.missedConcepts, 'en', apart.related)?.missed).toEqual([
      'Code review (≈ reviewed the payments code)',
    ]);
    const quotes = highlightsFor(
      texts.apart,
      apart.related!.map((r) => r.broader),
      apart.profile,
      taxonomy,
    );
    expect(quotes.map((q) => q.text).join(' ')).toContain('reviewed the payments code');
  });

  it('is read for skills and practices only, not for names of schools, firms, places or posts', async () => {
    const snapshot = await pool([
      file('iowa', '# Jo Iowa\n\n## Education\n\n- Bachelor of Science, University of Northern Iowa, 2010.\n'),
      ...others,
    ]);
    const iowa = snapshot.profiles.findIndex((p) => p.id === 'iowa');
    const school = taxonomy.lookup('university of iowa');
    expect(school).toBeDefined();
    expect(hasDoc(looseDocs(snapshot, taxonomy, school!).docs, iowa)).toBe(false);
  });

  it('is not read for words most résumés write together', async () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      file(`rev-${i}`, `# Rev ${i}\n\n## Experience\n\n- Reviewed reports for the code team.\n`),
    );
    const rare = file('rare', '# Rae Rare\n\n## Experience\n\n- Requested a pull from the release branch.\n');
    const snapshot = await pool([...files, ...many, rare]);
    const loose = looseDocs(snapshot, taxonomy, 'code-review');
    // `code` and `review` are no longer read; the rarer `pull` … `request` still is.
    expect([...loose.shown.keys()].map((d) => snapshot.profiles[d]!.id)).toEqual(['rare']);
  });
});

const hasDoc = (docs: Int32Array, doc: number): boolean => docs.includes(doc);
