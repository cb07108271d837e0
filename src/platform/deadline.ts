/**
 * Resolves with `work`'s value if it settles within `ms`, otherwise with `undefined` (the work
 * keeps running; await it again for the late answer). Platforms give a reply window (Slack 3 s
 * for an ack, Feishu 3 s for a card callback): answer inside it when the work is fast, and
 * continue through the platform's delayed channel when it is not.
 */
export async function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
