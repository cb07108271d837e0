import lunr from 'lunr';

/**
 * lunr, stored compactly.
 *
 * lunr's Builder computes the inverted index and the BM25 field vectors, and `lunr.Index#query`
 * runs every query (clause semantics, required / prohibited sets, scoring). What we change is the
 * storage between the two, because lunr keeps about 50 bytes of JS objects per posting and builds a
 * TokenSet trie over the whole vocabulary: at 10,000 Chinese résumés (CJK bigrams make ~1,000
 * distinct terms per résumé) that is over half a gigabyte of heap and seconds of `Index.load`.
 *
 * Here postings are sorted document numbers in one Int32Array and field vectors are
 * `[termIndex, score]` pairs in one Float32Array. For each query we hand `lunr.Index#query` a
 * view holding only the terms that query names, materialised as lunr expects them. Exact-match
 * clauses are all we issue (user text never reaches lunr's parser, wildcards or fuzzy), so the view's
 * token set is an exact lookup instead of a trie.
 */

export type Presence = 'required' | 'optional' | 'prohibited';

/** One lunr clause: an exact term searched in some fields. */
export interface Clause {
  readonly term: string;
  readonly fields: readonly string[];
  readonly presence: Presence;
  readonly boost?: number;
}

export interface EngineHit {
  /** Document number (position in the pool). */
  readonly doc: number;
  readonly score: number;
  /** Terms that matched, per field. */
  readonly matched: ReadonlyMap<string, readonly string[]>;
}

export interface FieldSpec {
  readonly name: string;
  readonly boost: number;
}

/** The serialisable parts of a compact index. */
export interface CompactIndexData {
  readonly fields: readonly string[];
  readonly docCount: number;
  /** Terms by term index. */
  readonly vocabulary: readonly string[];
  /** For term t and field f: documents are postings[postingOffsets[t*F+f] .. postingOffsets[t*F+f+1]). */
  readonly postingOffsets: Uint32Array;
  readonly postings: Int32Array;
  /** For document d and field f: pairs in vectors[vectorOffsets[d*F+f] .. vectorOffsets[d*F+f+1]). */
  readonly vectorOffsets: Uint32Array;
  readonly vectors: Float32Array;
}

const PRESENCE: Readonly<Record<Presence, number>> = {
  required: lunr.Query.presence.REQUIRED,
  optional: lunr.Query.presence.OPTIONAL,
  prohibited: lunr.Query.presence.PROHIBITED,
};

/** Shared, never-mutated metadata object: we keep no positions, so every posting's is empty. */
const NO_METADATA = Object.freeze(Object.create(null) as object);
const EMPTY_PIPELINE = new lunr.Pipeline();

installFastDot();

/** An index over documents numbered 0..docCount-1, queried through lunr. */
export class CompactIndex {
  readonly fields: readonly string[];
  readonly docCount: number;
  readonly data: CompactIndexData;
  private readonly termIndex: Map<string, number>;

  constructor(data: CompactIndexData) {
    this.data = data;
    this.fields = data.fields;
    this.docCount = data.docCount;
    this.termIndex = new Map();
    data.vocabulary.forEach((term, i) => this.termIndex.set(term, i));
  }

  /** Number of documents containing `term` in `field` (0 when unknown). */
  documentFrequency(term: string, field: string): number {
    const t = this.termIndex.get(term);
    const f = this.fields.indexOf(field);
    if (t === undefined || f < 0) return 0;
    const F = this.fields.length;
    return (this.data.postingOffsets[t * F + f + 1] as number) - (this.data.postingOffsets[t * F + f] as number);
  }

  /** True when the term is anywhere in the index. */
  has(term: string): boolean {
    return this.termIndex.has(term);
  }

  /** Documents containing `term` in `field`, ascending. */
  postingsOf(term: string, field: string): Int32Array {
    const t = this.termIndex.get(term);
    const f = this.fields.indexOf(field);
    if (t === undefined || f < 0) return new Int32Array(0);
    const F = this.fields.length;
    return this.data.postings.subarray(this.data.postingOffsets[t * F + f], this.data.postingOffsets[t * F + f + 1]);
  }

  /** Runs the clauses through `lunr.Index#query`; results best first. */
  query(clauses: readonly Clause[]): EngineHit[] {
    if (clauses.length === 0) return [];
    const view = this.viewFor(clauses);
    const results = view.query((q) => {
      for (const c of clauses) {
        q.term(c.term, {
          fields: [...c.fields],
          presence: PRESENCE[c.presence],
          boost: c.boost ?? 1,
          usePipeline: false,
          wildcard: lunr.Query.wildcard.NONE,
        });
      }
    });
    return results.map((r) => {
      const matched = new Map<string, string[]>();
      for (const [term, byField] of Object.entries(r.matchData.metadata)) {
        for (const field of Object.keys(byField)) {
          const list = matched.get(field) ?? [];
          list.push(term);
          matched.set(field, list);
        }
      }
      return { doc: Number(r.ref), score: r.score, matched };
    });
  }

  /** A lunr.Index holding just the postings these clauses name, and every field vector. */
  private viewFor(clauses: readonly Clause[]): lunr.Index {
    const F = this.fields.length;
    const invertedIndex: Record<string, Record<string, unknown>> = Object.create(null);
    for (const { term } of clauses) {
      if (term in invertedIndex) continue;
      const t = this.termIndex.get(term);
      if (t === undefined) continue;
      const posting: Record<string, unknown> = Object.create(null);
      posting['_index'] = t;
      for (let f = 0; f < F; f++) {
        const byDoc: Record<number, object> = Object.create(null);
        const from = this.data.postingOffsets[t * F + f] as number;
        const to = this.data.postingOffsets[t * F + f + 1] as number;
        for (let i = from; i < to; i++) byDoc[this.data.postings[i] as number] = NO_METADATA;
        posting[this.fields[f] as string] = byDoc;
      }
      invertedIndex[term] = posting;
    }
    const data = this.data;
    const fieldNumber = new Map(this.fields.map((name, i) => [name, i]));
    // lunr looks vectors up by `${field}/${docRef}`; answer with a view of the packed pairs.
    const fieldVectors = new Proxy(Object.create(null) as Record<string, lunr.Vector>, {
      get(_target, key) {
        if (typeof key !== 'string') return undefined;
        const slash = key.indexOf('/');
        const f = fieldNumber.get(key.slice(0, slash));
        const d = Number(key.slice(slash + 1));
        if (f === undefined || !Number.isInteger(d)) return undefined;
        const at = d * F + f;
        return new lunr.Vector(data.vectors.subarray(data.vectorOffsets[at], data.vectorOffsets[at + 1]) as unknown as number[]);
      },
    });
    const tokenSet = {
      intersect(other: lunr.TokenSet): { toArray(): string[] } {
        const term = singleWord(other);
        return { toArray: () => (term !== null && term in invertedIndex ? [term] : []) };
      },
    };
    // The typings name lunr's constructor attributes differently from lunr 2.3.9 itself.
    const attributes = { invertedIndex, fieldVectors, tokenSet, fields: [...this.fields], pipeline: EMPTY_PIPELINE };
    return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
  }
}

/** The word spelled by a TokenSet made from one exact term (a single chain of edges). */
function singleWord(set: lunr.TokenSet): string | null {
  let node = set as unknown as { edges: Record<string, unknown>; final: boolean };
  let word = '';
  for (;;) {
    const keys = Object.keys(node.edges);
    if (keys.length === 0) return node.final ? word : null;
    if (keys.length > 1 || keys[0] === '*') return null;
    word += keys[0];
    node = node.edges[keys[0] as string] as typeof node;
  }
}

/**
 * Builds a compact index with lunr's Builder: one document per entry of `docs` (its position is its
 * number), each field a list of already-tokenised terms.
 */
export function buildCompactIndex(
  fields: readonly FieldSpec[],
  docs: Iterable<Readonly<Record<string, readonly string[]>>>,
): CompactIndexData {
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.ref('ref');
  for (const field of fields) builder.field(field.name, { boost: field.boost });
  // Fields arrive tokenised by our tokenizer; lunr only counts them.
  (builder as unknown as { tokenizer: (terms: readonly string[]) => readonly string[] }).tokenizer = (terms) => terms ?? [];
  let n = 0;
  for (const doc of docs) {
    builder.add({ ref: String(n), ...doc });
    n++;
  }
  return compact(builder, fields, n);
}

interface BuilderInternals {
  invertedIndex: Record<string, Record<string, Record<string, unknown>> & { _index: number }>;
  fieldTermFrequencies: Record<string, Record<string, number>>;
  fieldLengths: Record<string, number>;
  averageFieldLength: Record<string, number>;
  documentCount: number;
  _k1: number;
  _b: number;
  calculateAverageFieldLengths(): void;
}

/**
 * lunr's `createFieldVectors` inserts each term into a sorted array with `splice` (quadratic in the
 * terms of a document) and `build()` then makes a TokenSet trie we never use. We compute the same
 * BM25 scores (same k1, b, field boost and 3-decimal rounding as lunr 2.3.9) straight into packed
 * arrays, already sorted by term index.
 */
function compact(builderPublic: lunr.Builder, fields: readonly FieldSpec[], docCount: number): CompactIndexData {
  const builder = builderPublic as unknown as BuilderInternals;
  builder.calculateAverageFieldLengths();
  const F = fields.length;
  const names = fields.map((f) => f.name);
  const terms = Object.keys(builder.invertedIndex);
  const vocabulary = new Array<string>(terms.length);
  for (const term of terms) vocabulary[(builder.invertedIndex[term] as { _index: number })._index] = term;

  const postingOffsets = new Uint32Array(vocabulary.length * F + 1);
  let total = 0;
  for (let t = 0; t < vocabulary.length; t++) {
    const posting = builder.invertedIndex[vocabulary[t] as string] as Record<string, Record<string, unknown>>;
    for (let f = 0; f < F; f++) {
      postingOffsets[t * F + f] = total;
      total += Object.keys(posting[names[f] as string] as object).length;
    }
  }
  postingOffsets[vocabulary.length * F] = total;
  const postings = new Int32Array(total);
  const idf = new Float64Array(vocabulary.length);
  for (let t = 0; t < vocabulary.length; t++) {
    const posting = builder.invertedIndex[vocabulary[t] as string] as Record<string, Record<string, unknown>>;
    let documentsWithTerm = 0;
    for (let f = 0; f < F; f++) {
      const docs = Object.keys(posting[names[f] as string] as object).map(Number).sort((a, b) => a - b);
      postings.set(docs, postingOffsets[t * F + f] as number);
      documentsWithTerm += docs.length;
    }
    // lunr.idf: log(1 + |N - df + 0.5| / (df + 0.5)), df counted over every field's postings.
    idf[t] = Math.log(1 + Math.abs((docCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5)));
  }

  const vectorOffsets = new Uint32Array(docCount * F + 1);
  let pairs = 0;
  for (let d = 0; d < docCount; d++) {
    for (let f = 0; f < F; f++) {
      vectorOffsets[d * F + f] = pairs * 2;
      const freqs = builder.fieldTermFrequencies[`${names[f]}/${d}`];
      pairs += freqs ? Object.keys(freqs).length : 0;
    }
  }
  vectorOffsets[docCount * F] = pairs * 2;
  const vectors = new Float32Array(pairs * 2);
  const k1 = builder._k1;
  const b = builder._b;
  for (let d = 0; d < docCount; d++) {
    for (let f = 0; f < F; f++) {
      const field = fields[f] as FieldSpec;
      const ref = `${field.name}/${d}`;
      const freqs = builder.fieldTermFrequencies[ref];
      if (!freqs) continue;
      const length = builder.fieldLengths[ref] ?? 0;
      const average = builder.averageFieldLength[field.name] || 1;
      const entries = Object.entries(freqs).map(([term, tf]) => {
        const t = (builder.invertedIndex[term] as { _index: number })._index;
        const score = ((idf[t] as number) * ((k1 + 1) * tf)) / (k1 * (1 - b + b * (length / average)) + tf) * (field.boost || 1);
        return [t, Math.round(score * 1000) / 1000] as const;
      });
      entries.sort((x, y) => x[0] - y[0]);
      let at = vectorOffsets[d * F + f] as number;
      for (const [t, score] of entries) {
        vectors[at++] = t;
        vectors[at++] = score;
      }
    }
  }
  return { fields: names, docCount, vocabulary, postingOffsets, postings, vectorOffsets, vectors };
}

/**
 * `lunr.Vector#dot` walks both vectors element by element: a query of 3 terms against a résumé of
 * 1,500 terms costs 1,500 steps, for every matching résumé. This version binary-searches the longer
 * vector for each element of the shorter one and sums the same products in the same order, so
 * scores are identical. It replaces the prototype method once, for every lunr index in the process.
 */
function installFastDot(): void {
  const proto = lunr.Vector.prototype as unknown as { dot: (other: { elements: ArrayLike<number> }) => number; __fastDot?: boolean };
  if (proto.__fastDot) return;
  proto.dot = function fastDot(this: { elements: ArrayLike<number> }, other: { elements: ArrayLike<number> }): number {
    let a = this.elements;
    let b = other.elements;
    let swapped = false;
    if (a.length > b.length) {
      [a, b] = [b, a];
      swapped = true;
    }
    const pairsB = b.length >> 1;
    let sum = 0;
    let lo = 0;
    for (let i = 0; i < a.length && lo < pairsB; i += 2) {
      const index = a[i] as number;
      let l = lo;
      let h = pairsB;
      while (l < h) {
        const m = (l + h) >> 1;
        if ((b[2 * m] as number) < index) l = m + 1;
        else h = m;
      }
      if (l < pairsB && b[2 * l] === index) {
        sum += swapped ? (b[2 * l + 1] as number) * (a[i + 1] as number) : (a[i + 1] as number) * (b[2 * l + 1] as number);
        lo = l + 1;
      } else lo = l;
    }
    return sum;
  };
  proto.__fastDot = true;
}
