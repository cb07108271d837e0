/**
 * The folded text of every résumé, packed into one UTF-8 buffer. Used to check Chinese words and
 * phrases verbatim after the index narrowed the candidates (bigrams alone would let `消息中间件`
 * match a résumé with `…消息中…中间件…`). Kept outside the JS heap; `Buffer#indexOf` is a fast
 * byte search, and UTF-8 has no false matches across character boundaries.
 */
export class TextStore {
  readonly buffer: Buffer;
  readonly offsets: Uint32Array;

  constructor(buffer: Buffer, offsets: Uint32Array) {
    this.buffer = buffer;
    this.offsets = offsets;
  }

  static fromTexts(texts: readonly string[]): TextStore {
    const parts = texts.map((t) => Buffer.from(t, 'utf8'));
    const offsets = new Uint32Array(parts.length + 1);
    let total = 0;
    parts.forEach((p, i) => {
      offsets[i] = total;
      total += p.length;
    });
    offsets[parts.length] = total;
    return new TextStore(Buffer.concat(parts, total), offsets);
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

  private bytes(doc: number): Buffer {
    return this.buffer.subarray(this.offsets[doc], this.offsets[doc + 1]);
  }
}
