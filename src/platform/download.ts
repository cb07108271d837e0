/** Downloading files users send: never more bytes than allowed, whatever the sender claims. */

export class DownloadTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`download: over the ${limit}-byte limit`);
    this.name = 'DownloadTooLarge';
  }
}

/**
 * Reads a byte stream to its end, or throws {@link DownloadTooLarge} as soon as it passes
 * `maxBytes` (the rest is not read; `cancel` is called to release the connection).
 */
export async function readLimited(
  chunks: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
  cancel?: () => void,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    total += bytes.length;
    if (total > maxBytes) {
      cancel?.();
      throw new DownloadTooLarge(maxBytes);
    }
    parts.push(bytes);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
