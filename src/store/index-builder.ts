import type { CompactIndexData, FieldSpec } from './compact-index.js';
import { withRoom } from './int-array.js';

/**
 * Building the index: what lunr's Builder computes, from term counts, into the packed arrays that
 * `compact-index.ts` queries through lunr.
 */

/** One field of one document, already counted: distinct terms, their frequencies, and the length. */
export interface FieldCounts {
  readonly terms: readonly string[];
  readonly counts: ArrayLike<number>;
  /** Number of tokens in the field (the sum of `counts`). */
  readonly length: number;
}

/** Counts the tokens of one field. */
export function countTerms(tokens: readonly string[]): FieldCounts {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return { terms: [...counts.keys()], counts: [...counts.values()], length: tokens.length };
}

/**
 * Builds the index lunr's Builder would build — the same inverted index and the same BM25 field
 * vectors (k1 = 1.2, b = 0.75, field boosts, 3-decimal weights, lunr's idf over all fields) — from
 * term counts, straight into packed arrays. lunr's Builder does the same work one token at a time
 * through string-keyed objects and then inserts every weight with `splice` (quadratic per
 * document): 17 s of a 10,000-résumé build, where this takes a few. A property test checks that
 * queries rank exactly as on an index built by stock lunr.
 */
export class IndexBuilder {
  private readonly fields: readonly FieldSpec[];
  private readonly termIds = new Map<string, number>();
  private readonly vocabulary: string[] = [];
  /** Per document and field: its terms' numbers, ascending, and their counts. */
  private readonly docTerms: Int32Array[] = [];
  private readonly docCounts: Int32Array[] = [];
  private readonly lengths: number[] = [];
  /** Room for one count per term number (see `keep`). */
  private scratch = new Int32Array(1024);
  private docCount = 0;
  private readonly k1: number;
  private readonly b: number;

  /** `k1` and `b` are lunr's BM25 parameters (`Builder#k1`, `Builder#b`; lunr's defaults 1.2 and 0.75). */
  constructor(fields: readonly FieldSpec[], { k1 = 1.2, b = 0.75 }: { k1?: number; b?: number } = {}) {
    this.fields = fields;
    this.k1 = k1;
    this.b = b;
  }

  /** Adds the next document (its number is the count so far). One entry per field, in field order. */
  add(fields: readonly FieldCounts[]): number {
    const F = this.fields.length;
    const doc = this.docCount++;
    for (let f = 0; f < F; f++) {
      const field = fields[f] ?? { terms: [], counts: [], length: 0 };
      const ids = new Int32Array(field.terms.length);
      field.terms.forEach((term, i) => (ids[i] = this.termId(term)));
      this.keep(ids, Int32Array.from(field.counts), field.length);
    }
    return doc;
  }

  /**
   * Adds the next document with its terms given as numbers into `vocabulary` (a parser's own
   * numbering). `numbers` (one per vocabulary entry, -1 at first) remembers each term's number here,
   * so a term is looked up by its text once per vocabulary, not once per document. Terms get their
   * numbers in the same order as through `add`, so the index is the same.
   */
  addNumbered(
    fields: readonly { readonly ids: Int32Array; readonly counts: Int32Array; readonly length: number }[],
    vocabulary: readonly string[],
    numbers: Int32Array,
  ): number {
    const F = this.fields.length;
    const doc = this.docCount++;
    for (let f = 0; f < F; f++) {
      const field = fields[f];
      const local = field?.ids ?? new Int32Array(0);
      const ids = new Int32Array(local.length);
      for (let i = 0; i < local.length; i++) {
        const n = local[i] as number;
        let t = numbers[n] as number;
        if (t < 0) t = numbers[n] = this.termId(vocabulary[n] as string);
        ids[i] = t;
      }
      this.keep(ids, field?.counts ?? new Int32Array(0), field?.length ?? 0);
    }
    return doc;
  }

  /**
   * Keeps one field of the document just added (`ids`: its distinct terms' numbers, sorted here in
   * place), its terms sorted by number as its vector will list them: the sorting is done while the
   * pool is still being parsed. Postings are not kept apart: `build` lays them out from these lists
   * (a growing array per term and field held 35 million numbers for 50,000 résumés, in the heap).
   */
  private keep(ids: Int32Array, counts: Int32Array, length: number): void {
    // A term appears once in a field's list: its count waits in `scratch`, under its number.
    const scratch = (this.scratch = withRoom(this.scratch, this.vocabulary.length));
    for (let j = 0; j < ids.length; j++) scratch[ids[j] as number] = counts[j] as number;
    const sortedIds = ids.sort();
    const sortedCounts = new Int32Array(ids.length);
    for (let j = 0; j < sortedIds.length; j++) sortedCounts[j] = scratch[sortedIds[j] as number] as number;
    this.docTerms.push(sortedIds);
    this.docCounts.push(sortedCounts);
    this.lengths.push(length);
  }

  /** The number of `term`, given one when it is new. */
  private termId(term: string): number {
    let t = this.termIds.get(term);
    if (t === undefined) {
      t = this.vocabulary.length;
      this.termIds.set(term, t);
      this.vocabulary.push(term);
    }
    return t;
  }

  build(): CompactIndexData {
    const F = this.fields.length;
    const T = this.vocabulary.length;
    const N = this.docCount;
    // Postings come from the documents' term lists: counted per (term, field), then laid out.
    const postingOffsets = new Uint32Array(T * F + 1);
    for (let i = 0; i < N * F; i++) {
      const f = i % F;
      const ids = this.docTerms[i] as Int32Array;
      for (let j = 0; j < ids.length; j++) (postingOffsets[(ids[j] as number) * F + f] as number)++;
    }
    const idf = new Float64Array(T);
    let total = 0;
    for (let t = 0; t < T; t++) {
      let df = 0;
      for (let f = 0; f < F; f++) {
        const count = postingOffsets[t * F + f] as number;
        postingOffsets[t * F + f] = total;
        total += count;
        df += count;
      }
      // lunr.idf: documents with the term are counted once per field they have it in.
      idf[t] = Math.log(1 + Math.abs((N - df + 0.5) / (df + 0.5)));
    }
    postingOffsets[T * F] = total;
    const postings = new Int32Array(total);

    const average = this.fields.map((_, f) => {
      let sum = 0;
      for (let d = 0; d < N; d++) sum += this.lengths[d * F + f] as number;
      return N > 0 ? sum / N : 0;
    });
    const vectorOffsets = new Uint32Array(N * F + 1);
    let pairs = 0;
    for (let i = 0; i < N * F; i++) {
      vectorOffsets[i] = pairs * 2;
      pairs += (this.docTerms[i] as Int32Array).length;
    }
    vectorOffsets[N * F] = pairs * 2;
    const vectors = new Float32Array(pairs * 2);
    const postingWeights = new Float32Array(total);
    // Documents are visited in order, so each (term, field) list is filled in ascending order.
    const cursor = postingOffsets.slice(0, T * F);
    const { k1, b } = this;
    for (let i = 0; i < N * F; i++) {
      const f = i % F;
      const doc = (i - f) / F;
      const ids = this.docTerms[i] as Int32Array;
      const counts = this.docCounts[i] as Int32Array;
      const boost = (this.fields[f] as FieldSpec).boost || 1;
      const norm = k1 * (1 - b + b * ((this.lengths[i] as number) / (average[f] as number)));
      // Terms are kept sorted by number (see `keep`), as a vector lists them.
      let at = vectorOffsets[i] as number;
      for (let j = 0; j < ids.length; j++) {
        const t = ids[j] as number;
        const tf = counts[j] as number;
        const score = (((idf[t] as number) * ((k1 + 1) * tf)) / (norm + tf)) * boost;
        const rounded = Math.round(score * 1000) / 1000;
        vectors[at++] = t;
        vectors[at++] = rounded;
        const slot = (cursor[t * F + f] as number)++;
        postings[slot] = doc;
        postingWeights[slot] = rounded;
      }
    }
    return {
      fields: this.fields.map((f) => f.name),
      docCount: N,
      vocabulary: this.vocabulary,
      postingOffsets,
      postings,
      postingWeights,
      vectorOffsets,
      vectors,
    };
  }
}

/** Builds a compact index from documents given as token lists per field. */
export function buildCompactIndex(
  fields: readonly FieldSpec[],
  docs: Iterable<Readonly<Record<string, readonly string[]>>>,
  bm25: { k1?: number; b?: number } = {},
): CompactIndexData {
  const builder = new IndexBuilder(fields, bm25);
  for (const doc of docs) builder.add(fields.map((f) => countTerms(doc[f.name] ?? [])));
  return builder.build();
}
