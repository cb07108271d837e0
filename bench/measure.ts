/** Helpers shared by the benchmark workers. */

export function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('bench: run with --expose-gc');
  for (let i = 0; i < 3; i++) collect();
}

export function heapMiB(): { heap: number; external: number; rss: number } {
  const m = process.memoryUsage();
  const mib = (n: number): number => Math.round((n / 1024 / 1024) * 10) / 10;
  // `external` already includes `arrayBuffers` (Buffers and typed arrays).
  return { heap: mib(m.heapUsed), external: mib(m.external), rss: mib(m.rss) };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, i)] as number) * 1000) / 1000;
}

/** Runs every query `rounds` times; returns p50/p99 in ms over all runs after one warm-up pass. */
export function latency(
  queries: readonly string[],
  run: (q: string) => void,
  rounds = 2,
): { p50: number; p99: number; max: number; count: number } {
  for (const q of queries) run(q);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t0 = performance.now();
      run(q);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), max: percentile(times, 100), count: times.length };
}
