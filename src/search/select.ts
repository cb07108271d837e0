/* Selection over typed arrays (top-k.ts picks its cut with it). */

/** The k-th largest value (1-based) of `values`, which it reorders: quickselect, linear on average. */
export function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = Math.min(Math.max(k, 1), values.length) - 1;
  while (lo < hi) {
    // Median of three as the pivot; partition into larger | pivot | smaller.
    const mid = (lo + hi) >> 1;
    const a = values[lo] as number;
    const b = values[mid] as number;
    const c = values[hi] as number;
    const pivot = a > b ? (b > c ? b : a > c ? c : a) : a > c ? a : b > c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] as number;
}
