import { docsContaining } from './byte-search.mjs';

/**
 * The folded text of every résumé, packed into one UTF-8 buffer. Used to check Chinese words and
 * phrases verbatim after the index narrowed the candidates (bigrams alone would let `消息中间件`
 * match a résumé with `…消息中…中间件…`). Kept outside the JS heap; searched as bytes (see
 * `byte-search.mjs`): UTF-8 has no false matches across character boundaries.
 */
export class TextStore {
  readonly buffer: Buffer;
  readonly offsets: Uint32Array;

  constructor(buffer: Buffer, offsets: Uint32Array) {
    this.buffer = buffer;
    this.offsets = offsets;
  }

  /** Packs the texts into shared memory (see `phrase-filter.ts`). */
  static fromTexts(texts: readonly string[]): TextStore {
    return TextStore.fromBytes(texts.map((t) => Buffer.from(t, 'utf8')));
  }

  /** Packs texts already in UTF-8 into shared memory. */
  static fromBytes(parts: readonly Uint8Array[]): TextStore {
    const offsets = new Uint32Array(new SharedArrayBuffer((parts.length + 1) * Uint32Array.BYTES_PER_ELEMENT));
    let total = 0;
    parts.forEach((p, i) => {
      offsets[i] = total;
      total += p.length;
    });
    offsets[parts.length] = total;
    const buffer = Buffer.from(new SharedArrayBuffer(total));
    parts.forEach((p, i) => buffer.set(p, offsets[i]));
    return new TextStore(buffer, offsets);
  }

  /** True when the texts are in shared memory, so a helper thread can read them too. */
  get shared(): boolean {
    return (
      this.buffer.buffer instanceof SharedArrayBuffer &&
      this.offsets.buffer instanceof SharedArrayBuffer &&
      this.buffer.byteOffset === 0 &&
      this.offsets.byteOffset === 0
    );
  }

  get size(): number {
    return this.offsets.length - 1;
  }

  /** The folded text of document `doc`. */
  text(doc: number): string {
    return this.bytes(doc).toString('utf8');
  }

  /** True when document `doc` contains `needle` (UTF-8 bytes of a folded string). */
  contains(doc: number, needle: Buffer): boolean {
    return this.bytes(doc).indexOf(needle) >= 0;
  }

  /** The candidates (ascending) whose text contains `needle` (see `byte-search.mjs`). */
  filterContaining(candidates: Int32Array, needle: Buffer): Int32Array {
    const out = new Int32Array(candidates.length);
    return out.subarray(0, this.filterInto(candidates, needle, out));
  }

  /** Writes to `out` those of `candidates` (ascending) whose text contains `needle`; returns how many. */
  filterInto(candidates: Int32Array, needle: Buffer, out: Int32Array): number {
    return docsContaining(this.buffer, this.offsets, candidates, candidates.length, needle, out);
  }

  private bytes(doc: number): Buffer {
    return this.buffer.subarray(this.offsets[doc], this.offsets[doc + 1]);
  }
}
