/**
 * `array` when it has room for `length` entries; else a copy at least twice as long, the new
 * entries set to `fill` (for tables indexed by a growing number: term ids, vocabulary entries).
 */
export function withRoom(array: Int32Array<ArrayBuffer>, length: number, fill = 0): Int32Array<ArrayBuffer> {
  if (array.length >= length) return array;
  const grown = new Int32Array(Math.max(length, array.length * 2, 1024));
  if (fill !== 0) grown.fill(fill, array.length);
  grown.set(array);
  return grown;
}
