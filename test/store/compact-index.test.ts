import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildCompactIndex } from '../../src/store/index-builder.js';
import { CompactIndex, type Clause, type FieldSpec } from '../../src/store/compact-index.js';

/**
 * The compact engine must rank exactly like stock lunr built from the same documents: same
 * matches, same order, same scores (up to the float32 storage of vector weights).
 */
const FIELDS: FieldSpec[] = [
  { name: 'title', boost: 3 },
  { name: 'body', boost: 1 },
];
const VOCAB = ['rust', 'go', 'java', 'kafka', '消息', '队列', 'redis', 'k8s', 'sre', 'raft'];

function stockIndex(docs: Record<string, string[]>[]): lunr.Index {
  return lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref('ref');
    for (const f of FIELDS) this.field(f.name, { boost: f.boost });
    (this as unknown as { tokenizer: (t: string[]) => lunr.Token[] }).tokenizer = (terms) =>
      (terms ?? []).map((t) => new lunr.Token(t, {}));
    docs.forEach((d, i) => this.add({ ref: String(i), ...d }));
  });
}

function stockQuery(index: lunr.Index, clauses: Clause[]): { doc: number; score: number }[] {
  const presence = {
    required: lunr.Query.presence.REQUIRED,
    optional: lunr.Query.presence.OPTIONAL,
    prohibited: lunr.Query.presence.PROHIBITED,
  };
  return index
    .query((q) => {
      for (const c of clauses)
        q.term(c.term, {
          fields: [...c.fields],
          presence: presence[c.presence],
          boost: c.boost ?? 1,
          usePipeline: false,
        });
    })
    .map((r) => ({ doc: Number(r.ref), score: r.score }));
}

const docArb = fc.record({
  title: fc.array(fc.constantFrom(...VOCAB), { maxLength: 4 }),
  body: fc.array(fc.constantFrom(...VOCAB), { maxLength: 40 }),
});
const clauseArb = fc.record({
  term: fc.constantFrom(...VOCAB, 'unknown'),
  fields: fc.subarray(['title', 'body'], { minLength: 1 }),
  presence: fc.constantFrom('required' as const, 'optional' as const, 'prohibited' as const),
});

describe('CompactIndex', () => {
  it('ranks exactly like stock lunr on random documents and queries', () => {
    fc.assert(
      fc.property(
        fc.array(docArb, { minLength: 1, maxLength: 30 }),
        fc.array(clauseArb, { minLength: 1, maxLength: 4 }),
        (docs, clauses) => {
          // A query of only prohibited clauses means "everything but" in lunr; the searcher never sends one.
          fc.pre(clauses.some((c) => c.presence !== 'prohibited'));
          const ours = new CompactIndex(buildCompactIndex(FIELDS, docs)).query(clauses);
          const theirs = stockQuery(stockIndex(docs), clauses);
          expect(ours.map((r) => r.doc).sort()).toEqual(theirs.map((r) => r.doc).sort());
          const scoreOf = new Map(theirs.map((r) => [r.doc, r.score]));
          for (const r of ours) expect(r.score).toBeCloseTo(scoreOf.get(r.doc) as number, 4);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('scoreDocs computes the same score lunr gives every matching document', () => {
    fc.assert(
      fc.property(
        fc.array(docArb, { minLength: 1, maxLength: 30 }),
        fc.array(clauseArb, { minLength: 1, maxLength: 4 }),
        (docs, clauses) => {
          fc.pre(clauses.some((c) => c.presence !== 'prohibited'));
          const theirs = stockQuery(stockIndex(docs), clauses);
          const ours = new CompactIndex(buildCompactIndex(FIELDS, docs)).scoreDocs(
            clauses,
            theirs.map((r) => r.doc),
          );
          theirs.forEach((r, i) => expect(ours[i]).toBeCloseTo(r.score, 4));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports which terms matched in which field', () => {
    const index = new CompactIndex(
      buildCompactIndex(FIELDS, [
        { title: ['rust'], body: ['kafka', 'rust'] },
        { title: [], body: ['go'] },
      ]),
    );
    const [hit] = index.query([{ term: 'rust', fields: ['title', 'body'], presence: 'required' }]);
    expect(hit?.doc).toBe(0);
    expect(hit?.matched.get('title')).toEqual(['rust']);
    expect(index.documentFrequency('rust', 'body')).toBe(1);
    expect(index.has('unknown')).toBe(false);
    expect(Array.from(index.postingsOf('go', 'body'))).toEqual([1]);
    // Restricted to some documents, lunr scores only those, with unchanged scores.
    const all = index.query([
      { term: 'rust', fields: ['body'], presence: 'optional' },
      { term: 'go', fields: ['body'], presence: 'optional' },
    ]);
    const only = index.query(
      [
        { term: 'rust', fields: ['body'], presence: 'optional' },
        { term: 'go', fields: ['body'], presence: 'optional' },
      ],
      [1],
    );
    expect(only.map((h) => h.doc)).toEqual([1]);
    expect(only[0]?.score).toBe(all.find((h) => h.doc === 1)?.score);
  });

  it('returns nothing when a required term is unknown, and ignores wildcard syntax in terms', () => {
    const index = new CompactIndex(buildCompactIndex(FIELDS, [{ title: ['rust'], body: ['java'] }]));
    expect(index.query([{ term: 'nope', fields: ['body'], presence: 'required' }])).toEqual([]);
    expect(index.query([{ term: 'ja*', fields: ['body'], presence: 'required' }])).toEqual([]);
  });
});
