import lunr from 'lunr';

/**
 * lunr, stored compactly.
 *
 * `lunr.Index#query` runs every query (clause semantics, required / prohibited sets, BM25
 * scoring) over lunr's data model: an inverted index and per-field term vectors, built exactly as
 * lunr's Builder builds them (see `index-builder.ts`). What we change is the storage: lunr keeps
 * about 50 bytes of JS objects per posting and builds a TokenSet trie over the whole vocabulary;
 * at 10,000 Chinese résumés (CJK bigrams make ~1,000 distinct terms per résumé) that is over half
 * a gigabyte of heap and seconds of `Index.load`.
 *
 * Here postings are sorted document numbers in one Int32Array (with their BM25 weights beside
 * them) and field vectors are `[termIndex, score]` pairs in one Float32Array. For each query we
 * hand `lunr.Index#query` a view holding only the terms that query names and the documents it is
 * asked about, materialised as lunr expects them. Exact-match clauses are all we issue (user text
 * never reaches lunr's parser, wildcards or fuzzy), so the view's token set is an exact lookup.
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

/** One (term, field) part of lunr's score: its postings and weights, the query's weight for it, and its largest weight. */
export interface ScoringUnit {
  readonly postings: Int32Array;
  readonly weights: Float32Array;
  /** The clause boosts for this term in this field over the field's query-vector length (as lunr). */
  readonly q: number;
  /** The largest posting weight: q × max bounds what the unit adds to any document. */
  readonly max: number;
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
  /** BM25 weight of each posting (the same number as in the document's field vector). */
  readonly postingWeights: Float32Array;
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
  /** Largest posting weight per (term, field), computed the first time a query needs it (NaN: not yet). */
  private maxWeights: Float32Array | null = null;

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

  /**
   * Runs the clauses through `lunr.Index#query`; results best first. With `only`, lunr sees just
   * those documents' postings: scores are unchanged (term weights were fixed at build time), and
   * lunr's work is proportional to the documents it is asked about, not to the whole pool.
   */
  query(clauses: readonly Clause[], only?: ArrayLike<number>): EngineHit[] {
    if (clauses.length === 0) return [];
    const view = this.viewFor(clauses, only ? ascending(only) : undefined);
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

  /**
   * The score `lunr.Index#query` gives each of `docs` (any order) for these clauses, computed
   * directly from the stored weights: per field, the dot product of the query vector (clause
   * boosts) and the document's term weights, divided by the query vector's length, summed over
   * fields. Each term's postings carry their weights, so this is a merge of sorted lists. Used to
   * pick which documents to hand lunr when there are thousands; lunr still scores what is shown.
   */
  scoreDocs(clauses: readonly Clause[], docs: ArrayLike<number>): Float64Array {
    // The merge needs documents in ascending order; remember where each one goes back.
    let ascending = true;
    for (let i = 1; i < docs.length && ascending; i++) ascending = (docs[i - 1] as number) <= (docs[i] as number);
    const order = ascending
      ? null
      : Array.from({ length: docs.length }, (_, i) => i).sort((a, b) => (docs[a] as number) - (docs[b] as number));
    const sorted = order ? Int32Array.from(order, (i) => docs[i] as number) : docs;
    const sortedScores = unitScores(this.scoringUnits(clauses), sorted, sorted.length);
    if (!order) return sortedScores;
    const scores = new Float64Array(docs.length);
    order.forEach((original, i) => (scores[original] = sortedScores[i] as number));
    return scores;
  }

  /**
   * The parts of `scoreDocs`'s sum, one per (term, field), in the same order it adds them: for
   * dynamic pruning (search/top-k.ts), which needs each part's bound and random access to it.
   */
  scoringUnits(clauses: readonly Clause[]): ScoringUnit[] {
    const F = this.fields.length;
    const query = this.queryVectors(clauses);
    const units: ScoringUnit[] = [];
    query.forEach((q, f) => {
      const magnitude = Math.sqrt([...q.values()].reduce((sum, w) => sum + w * w, 0));
      if (magnitude === 0) return;
      for (const [t, boost] of q) {
        const from = this.data.postingOffsets[t * F + f] as number;
        const to = this.data.postingOffsets[t * F + f + 1] as number;
        if (to <= from) continue;
        units.push({
          postings: this.data.postings.subarray(from, to),
          weights: this.data.postingWeights.subarray(from, to),
          q: boost / magnitude,
          max: this.maxWeight(t * F + f, from, to),
        });
      }
    });
    return units;
  }

  private maxWeight(slot: number, from: number, to: number): number {
    this.maxWeights ??= new Float32Array(this.data.postingOffsets.length).fill(Number.NaN);
    let max = this.maxWeights[slot] as number;
    if (Number.isNaN(max)) {
      max = 0;
      for (let i = from; i < to; i++)
        if ((this.data.postingWeights[i] as number) > max) max = this.data.postingWeights[i] as number;
      this.maxWeights[slot] = max;
    }
    return max;
  }

  /** Per field: term index → summed clause boost (prohibited clauses do not score). */
  private queryVectors(clauses: readonly Clause[]): Map<number, number>[] {
    const query: Map<number, number>[] = this.fields.map(() => new Map());
    for (const c of clauses) {
      if (c.presence === 'prohibited') continue;
      const t = this.termIndex.get(c.term);
      if (t === undefined) continue;
      for (const field of c.fields) {
        const f = this.fields.indexOf(field);
        if (f < 0) continue;
        const q = query[f] as Map<number, number>;
        q.set(t, (q.get(t) ?? 0) + (c.boost ?? 1));
      }
    }
    return query;
  }

  /** A lunr.Index holding just the postings these clauses name, and every field vector. */
  private viewFor(clauses: readonly Clause[], only?: Int32Array): lunr.Index {
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
        if (only) {
          // Few documents asked about, long postings: look each one up (both lists are sorted).
          let lo = from;
          for (let k = 0; k < only.length && lo < to; k++) {
            const doc = only[k] as number;
            let hi = to;
            while (lo < hi) {
              const mid = (lo + hi) >> 1;
              if ((this.data.postings[mid] as number) < doc) lo = mid + 1;
              else hi = mid;
            }
            if (lo < to && this.data.postings[lo] === doc) byDoc[doc] = NO_METADATA;
          }
        } else {
          for (let i = from; i < to; i++) byDoc[this.data.postings[i] as number] = NO_METADATA;
        }
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
        return new lunr.Vector(
          data.vectors.subarray(data.vectorOffsets[at], data.vectorOffsets[at + 1]) as unknown as number[],
        );
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

/**
 * BM25 of the first n of ascending `docs` from scoring units (see CompactIndex#scoringUnits): each
 * unit merged with them, its parts added in unit order, as lunr's scoring adds them. A long unit
 * against few documents is searched (a binary search from where the last one stopped), not walked.
 */
export function unitScores(units: readonly ScoringUnit[], docs: ArrayLike<number>, n: number): Float64Array {
  const scores = new Float64Array(n);
  for (const unit of units) {
    const { postings, weights, q } = unit;
    if (n * 16 < postings.length) {
      let lo = 0;
      for (let i = 0; i < n && lo < postings.length; i++) {
        const d = docs[i] as number;
        let hi = postings.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if ((postings[mid] as number) < d) lo = mid + 1;
          else hi = mid;
        }
        if (lo < postings.length && postings[lo] === d) scores[i] = (scores[i] as number) + q * (weights[lo] as number);
      }
      continue;
    }
    let j = 0;
    for (let i = 0; i < n && j < postings.length;) {
      const d = docs[i] as number;
      const p = postings[j] as number;
      if (d === p) {
        scores[i] = (scores[i] as number) + q * (weights[j] as number);
        i++;
        j++;
      } else if (d < p) i++;
      else j++;
    }
  }
  return scores;
}

/** The documents, sorted ascending and without repeats. */
function ascending(docs: ArrayLike<number>): Int32Array {
  const sorted = Int32Array.from(docs).sort();
  let w = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[w++] = sorted[i] as number;
  return sorted.subarray(0, w);
}

/** Intersection of two sorted lists, sorted. */
export function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let w = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out[w++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, w);
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
 * `lunr.Vector#dot` walks both vectors element by element: a query of 3 terms against a résumé of
 * 1,500 terms costs 1,500 steps, for every matching résumé. This version binary-searches the longer
 * vector for each element of the shorter one and sums the same products in the same order, so
 * scores are identical. It replaces the prototype method once, for every lunr index in the process.
 */
function installFastDot(): void {
  const proto = lunr.Vector.prototype as unknown as {
    dot: (other: { elements: ArrayLike<number> }) => number;
    __fastDot?: boolean;
  };
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
        sum += swapped
          ? (b[2 * l + 1] as number) * (a[i + 1] as number)
          : (a[i + 1] as number) * (b[2 * l + 1] as number);
        lo = l + 1;
      } else lo = l;
    }
    return sum;
  };
  proto.__fastDot = true;
}
