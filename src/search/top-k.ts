import { unitScores, type ScoringUnit } from '../store/compact-index.js';
import { kthLargest } from './select.js';

/*
 * Top-k with dynamic pruning (MaxScore, Turtle & Flood 1995), over our two-part ranking key:
 * first the weighted coverage of the query's concepts (the "level": a résumé showing more of them,
 * weighted by rarity, comes first), then lunr's BM25 score. Both are sums of per-list parts, so
 * each list has an upper bound: a concept list its weight, a scoring list its query weight times
 * its largest posting weight.
 *
 * Concept lists are visited document by document in ascending order, heaviest first, without
 * scoring. Once k candidates are held, the weakest level among them is the threshold: lists whose
 * weights together cannot reach it are "non-essential": a document found only in them can never
 * make the page, so they are no longer walked, only probed (a galloping search from where the last
 * probe stopped) for documents an essential list brings, and a document whose level bound falls
 * below the threshold is dropped. Only the contenders left at the end are scored, by merging each
 * scoring list with them (galloping when they are few). So a query whose first page shows its
 * rare concepts walks their lists, not the thousands that show only a common one.
 *
 * The number of candidates is still exact (the count says "1–5 of 2,345"): it is a pass of marks
 * over the concept lists and the filters, with no scoring.
 */

/** A concept's documents and its weight in the level; `share` scales it per document (years with a skill: 1, 0.7 or 0.5). */
export interface LevelList {
  readonly docs: Int32Array;
  readonly weight: number;
  readonly share?: ((doc: number) => number) | undefined;
}

export interface TopKInput {
  /** Concepts that rank: a candidate is a document in any of them (unless `driver` is given). */
  readonly lists: readonly LevelList[];
  /** The BM25 parts of the score (see CompactIndex#scoringUnits). */
  readonly units: readonly ScoringUnit[];
  /** With requirements: exactly these documents are the candidates (levels still come from `lists`). */
  readonly driver: Int32Array | null;
  /** Filters, exclusions, duplicates: a candidate must pass. */
  readonly accept: ((doc: number) => boolean) | null;
  readonly k: number;
  /** Number of documents in the pool. */
  readonly size: number;
  /**
   * Below this many postings in all the concept lists, one exhaustive pass (marks and levels) is
   * cheaper than pruning's bookkeeping; default {@link PRUNE_FROM}. Tests set it to check both.
   */
  readonly pruneFrom?: number;
  /**
   * A little level a candidate earns beyond its concepts, at most `max` (far less than any
   * concept's weight): it orders documents of equal coverage (years shown by dates before years
   * only estimated). Not a way in: a document still needs a concept (or the driver).
   */
  readonly bonus?: { readonly max: number; readonly of: (doc: number) => number } | undefined;
}

/** Measured on the 268 bench queries: at 10,000 résumés pruning did not pay below about this. */
export const PRUNE_FROM = 20_000;

export interface Scored {
  readonly doc: number;
  /** Weighted coverage, rounded to a key (equal keys: equal coverage). */
  readonly levelKey: number;
  readonly score: number;
}

export interface TopK {
  /** Best first: level, then score, then lower document number. */
  readonly top: readonly Scored[];
  /** Exact number of candidates. */
  readonly total: number;
  /** Documents whose score was computed (for the benchmark and tests: pruning at work). */
  readonly scored: number;
}

/** Levels are compared as integers, so sums in another order cannot split a group. */
export function levelKey(level: number): number {
  return Math.round(level * 1e6);
}

/** The k largest level keys seen, in a min-heap: its root is the level a newcomer must reach. */
class LevelHeap {
  private readonly keys: Float64Array;
  private n = 0;
  constructor(private readonly k: number) {
    this.keys = new Float64Array(Math.max(1, k));
  }

  get full(): boolean {
    return this.n >= this.k;
  }

  /** The threshold: the k-th largest key so far (−∞ until k are held). */
  get root(): number {
    return this.full ? (this.keys[0] as number) : -Infinity;
  }

  push(key: number): void {
    const h = this.keys;
    if (this.n < this.k) {
      let i = this.n++;
      h[i] = key;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if ((h[parent] as number) <= (h[i] as number)) break;
        const t = h[i] as number;
        h[i] = h[parent] as number;
        h[parent] = t;
        i = parent;
      }
      return;
    }
    if (key <= (h[0] as number)) return;
    h[0] = key;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.n && (h[l] as number) < (h[m] as number)) m = l;
      if (r < this.n && (h[r] as number) < (h[m] as number)) m = r;
      if (m === i) break;
      const t = h[i] as number;
      h[i] = h[m] as number;
      h[m] = t;
      i = m;
    }
  }
}

/** A forward-only cursor over a sorted list: `seek(d)` finds d (or the first after it) by galloping. */
class Cursor {
  pos = 0;
  constructor(readonly docs: Int32Array) {}

  current(): number {
    return this.pos < this.docs.length ? (this.docs[this.pos] as number) : Infinity;
  }

  /** Moves to the first entry ≥ doc; true when it is doc. */
  seek(doc: number): boolean {
    const docs = this.docs;
    let lo = this.pos;
    if (lo >= docs.length) return false;
    if ((docs[lo] as number) >= doc) return docs[lo] === doc;
    let step = 1;
    let hi = lo + 1;
    while (hi < docs.length && (docs[hi] as number) < doc) {
      lo = hi;
      step *= 2;
      hi = lo + step;
    }
    if (hi > docs.length) hi = docs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((docs[mid] as number) < doc) lo = mid + 1;
      else hi = mid;
    }
    this.pos = lo;
    return lo < docs.length && docs[lo] === doc;
  }
}

/**
 * The k best candidates by (level, score), and how many candidates there are. Two phases: the
 * level pass finds who can still make the page (MaxScore over the concept lists, no scoring), then
 * only those contenders are scored, by merging each scoring list with them (as lunr's scoring
 * reads the stored weights), and the best k picked.
 */
export function topK(input: TopKInput): TopK {
  const { accept, k } = input;
  // Concept lists by weight, lightest first: the non-essential ones are a prefix of this order.
  const lists = [...input.lists].sort((a, b) => a.weight - b.weight);
  const cursors = lists.map((l) => new Cursor(l.docs));
  // prefix[i]: the most level a document can get from lists 0..i-1.
  const prefix = [0];
  for (const l of lists) prefix.push((prefix[prefix.length - 1] as number) + l.weight);
  const heap = new LevelHeap(k);
  const bonus = input.bonus ?? null;
  const most = bonus?.max ?? 0;
  const extra = (doc: number): number => (bonus ? bonus.of(doc) : 0);
  // Who may still make the page, in ascending document order, with their level keys.
  const contenders = new Contenders(
    input.driver ? input.driver.length : lists.length === 1 ? (lists[0] as LevelList).docs.length : 1024,
  );
  /** A little slack so rounding never prunes a document that ties the threshold. */
  const SLACK = 2;

  const consider = (doc: number, level: number, probedFrom: number): void => {
    // Lists below `probedFrom` were not walked: probe them, heaviest first, while they can still matter.
    let lv = level;
    const root = heap.root;
    for (let i = probedFrom - 1; i >= 0; i--) {
      if (levelKey(lv + (prefix[i + 1] as number) + most) + SLACK < root) return;
      const list = lists[i] as LevelList;
      if ((cursors[i] as Cursor).seek(doc)) lv += list.share ? list.weight * list.share(doc) : list.weight;
    }
    const key = levelKey(lv + extra(doc));
    if (key < root) return;
    if (accept && !accept(doc)) return;
    heap.push(key);
    contenders.push(doc, key);
  };

  let total = 0;
  if (lists.length === 0) {
    // Nothing ranks (requirements and filters only): every candidate contends at level 0.
    const driver = input.driver ?? allDocs(input.size);
    for (let i = 0; i < driver.length; i++) {
      const doc = driver[i] as number;
      if (accept && !accept(doc)) continue;
      total++;
      contenders.push(doc, levelKey(extra(doc)));
    }
  } else if (!input.driver && lists.length === 1) {
    // One concept: nothing to prune between lists; every document of it passing the filters contends.
    const list = lists[0] as LevelList;
    for (let i = 0; i < list.docs.length; i++) {
      const doc = list.docs[i] as number;
      if (accept && !accept(doc)) continue;
      total++;
      contenders.push(doc, levelKey((list.share ? list.weight * list.share(doc) : list.weight) + extra(doc)));
    }
  } else if (
    !input.driver &&
    lists.length > 1 &&
    lists.reduce((sum, l) => sum + l.docs.length, 0) < (input.pruneFrom ?? PRUNE_FROM)
  ) {
    // Short lists: every candidate's level in one pass; all contend.
    const level = new Float64Array(input.size);
    const seen = new Uint8Array(input.size);
    for (const list of lists) {
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i] as number;
        level[doc] = (level[doc] as number) + (list.share ? list.weight * list.share(doc) : list.weight);
        seen[doc] = 1;
      }
    }
    for (let d = 0; d < seen.length; d++) {
      if (seen[d] !== 1 || (accept && !accept(d))) continue;
      total++;
      contenders.push(d, levelKey((level[d] as number) + extra(d)));
    }
  } else if (input.driver) {
    // Requirements: the candidates are given; each one's level is probed.
    const driver = input.driver;
    for (let i = 0; i < driver.length; i++) {
      const doc = driver[i] as number;
      if (accept && !accept(doc)) continue;
      total++;
      consider(doc, 0, lists.length);
    }
  } else {
    // The count: every document of any list that passes (marks, no scoring).
    const seen = new Uint8Array(input.size);
    for (const l of lists) for (let i = 0; i < l.docs.length; i++) seen[l.docs[i] as number] = 1;
    for (let d = 0; d < seen.length; d++) if (seen[d] === 1 && (!accept || accept(d))) total++;
    // Document at a time over the essential lists (the heaviest ones, down to the threshold).
    let essentialFrom = 0;
    for (;;) {
      const root = heap.root;
      while (essentialFrom < lists.length && levelKey((prefix[essentialFrom + 1] as number) + most) + SLACK < root)
        essentialFrom++;
      if (essentialFrom >= lists.length) break;
      let doc = Infinity;
      for (let i = essentialFrom; i < lists.length; i++) doc = Math.min(doc, (cursors[i] as Cursor).current());
      if (doc === Infinity) break;
      let level = 0;
      for (let i = essentialFrom; i < lists.length; i++) {
        const c = cursors[i] as Cursor;
        if (c.current() === doc) {
          const list = lists[i] as LevelList;
          level += list.share ? list.weight * list.share(doc) : list.weight;
          c.pos++;
        }
      }
      consider(doc, level, essentialFrom);
    }
  }

  // Scoring: only contenders at or above the final threshold (in place; still ascending).
  const root = heap.root;
  const { docs, keys } = contenders;
  let n = 0;
  for (let i = 0; i < contenders.n; i++) {
    if ((keys[i] as number) >= root) {
      docs[n] = docs[i] as number;
      keys[n] = keys[i] as number;
      n++;
    }
  }
  const scores = unitScores(input.units, docs, n);
  const order = Array.from(n > 2 * k ? head(keys, scores, n, k) : Int32Array.from({ length: n }, (_v, i) => i));
  order.sort(
    (a, b) =>
      (keys[b] as number) - (keys[a] as number) ||
      (scores[b] as number) - (scores[a] as number) ||
      (docs[a] as number) - (docs[b] as number),
  );
  const top = order
    .slice(0, k)
    .map((i) => ({ doc: docs[i] as number, levelKey: keys[i] as number, score: scores[i] as number }));
  return { top, total, scored: n };
}

/** Documents with their level keys, in typed arrays that grow as needed. */
class Contenders {
  docs: Int32Array;
  keys: Float64Array;
  n = 0;
  constructor(capacity: number) {
    this.docs = new Int32Array(Math.max(16, capacity));
    this.keys = new Float64Array(Math.max(16, capacity));
  }

  push(doc: number, key: number): void {
    if (this.n === this.docs.length) {
      const docs = new Int32Array(this.n * 2);
      docs.set(this.docs);
      const keys = new Float64Array(this.n * 2);
      keys.set(this.keys);
      this.docs = docs;
      this.keys = keys;
    }
    this.docs[this.n] = doc;
    this.keys[this.n] = key;
    this.n++;
  }
}

/**
 * The positions (of the first n) that can be among the k best by (key, score): whole key groups
 * from the top, then from the group at the cut those at or above its k-th score (ties kept).
 * Linear on average.
 */
function head(keys: Float64Array, scores: Float64Array, n: number, k: number): Int32Array {
  let lowest = Infinity;
  let highest = -Infinity;
  for (let i = 0; i < n; i++) {
    const key = keys[i] as number;
    if (key < lowest) lowest = key;
    if (key > highest) highest = key;
  }
  let needed = k;
  let cutKey = highest;
  let cutScore: number;
  if (lowest === highest) {
    // One group (one concept, or everyone showing the same ones): the k-th best score is the cut.
    cutScore = kthLargest(scores.slice(0, n), k);
  } else {
    // Key groups, best first (few: one per combination of concepts shown).
    const distinct: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < n; i++) {
      const key = keys[i] as number;
      const at = distinct.indexOf(key);
      if (at >= 0) counts[at] = (counts[at] as number) + 1;
      else {
        distinct.push(key);
        counts.push(1);
      }
    }
    const byKey = distinct.map((key, i) => ({ key, count: counts[i] as number })).sort((a, b) => b.key - a.key);
    cutKey = -Infinity;
    for (const { key, count } of byKey) {
      if (count >= needed) {
        cutKey = key;
        break;
      }
      needed -= count;
    }
    const atCut = new Float64Array(n);
    let m = 0;
    for (let i = 0; i < n; i++) if (keys[i] === cutKey) atCut[m++] = scores[i] as number;
    cutScore = m > needed ? kthLargest(atCut.subarray(0, m), needed) : -Infinity;
  }
  const out = new Int32Array(n);
  let w = 0;
  for (let i = 0; i < n; i++)
    if ((keys[i] as number) > cutKey || (keys[i] === cutKey && (scores[i] as number) >= cutScore)) out[w++] = i;
  return out.subarray(0, w);
}

function allDocs(size: number): Int32Array {
  const out = new Int32Array(size);
  for (let i = 0; i < size; i++) out[i] = i;
  return out;
}
