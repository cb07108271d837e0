/** Two UTF-16 code units of `text` from `at` as one number: a key of {@link CodeTable}. */
export function pairCode(text: string, at: number): number {
  return (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1);
}

/**
 * Non-zero 32-bit codes → numbers, by open addressing (linear probing, at most half full). For
 * scanners that look up every pair of characters of a text (Chinese bigrams, see {@link pairCode}):
 * a string-keyed Map would first make a two-character string of each pair, and hashing those was
 * a large share of such a scan.
 */
export class CodeTable {
  /** log2 of the number of slots. */
  private bits = 14;
  private keys = new Int32Array(1 << 14);
  private values = new Int32Array(1 << 14);
  private size = 0;

  /** The number stored for `code`, or -1. */
  get(code: number): number {
    const { keys } = this;
    const mask = keys.length - 1;
    for (let i = this.slot(code); ; i = (i + 1) & mask) {
      const key = keys[i] as number;
      if (key === code) return this.values[i] as number;
      if (key === 0) return -1;
    }
  }

  /** Stores `value` for `code`, which is not in the table yet. */
  set(code: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    this.insert(code, value);
    this.size++;
  }

  private insert(code: number, value: number): void {
    const { keys } = this;
    const mask = keys.length - 1;
    let i = this.slot(code);
    while (keys[i] !== 0) i = (i + 1) & mask;
    keys[i] = code;
    this.values[i] = value;
  }

  /** Where `code` starts looking: the top bits of a multiplicative (Fibonacci) hash. */
  private slot(code: number): number {
    return Math.imul(code, 0x9e3779b1) >>> (32 - this.bits);
  }

  private grow(): void {
    const { keys, values } = this;
    this.bits++;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.insert(keys[i] as number, values[i] as number);
  }
}
