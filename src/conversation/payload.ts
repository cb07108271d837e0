import { z } from 'zod';

/**
 * What a button carries. Kept small (Slack allows 2,000 characters per button value) and
 * validated on the way back in: a payload is user-controlled input.
 */
const PayloadSchema = z.object({
  /** Action. */
  a: z.enum([
    'next',
    'prev',
    'details',
    'similar',
    'shortlist-add',
    'shortlist-remove',
    'reveal',
    'compare',
    'shortlist-list',
  ]),
  /** Candidate id (details, similar, shortlist, reveal). */
  c: z.string().max(300).optional(),
  /** Candidate ids (compare). */
  ids: z.array(z.string().max(300)).max(3).optional(),
  /** Query (paging a search). */
  q: z.string().max(600).optional(),
  /** Job criteria (paging a JD match; see match/job-description.ts `encodeCriteria`). */
  j: z.string().max(1500).optional(),
  /** Similar-to candidate id (paging "similar"). */
  s: z.string().max(300).optional(),
  /** Offset of the page to show. */
  o: z.number().int().min(0).max(10_000).optional(),
  /** Language of the conversation. */
  l: z.enum(['zh', 'en']).optional(),
});

export type Payload = z.infer<typeof PayloadSchema>;
export type ActionId = Payload['a'];

/** Encodes a payload; long queries are cut so the value stays within platform limits. */
export function encodePayload(payload: Payload): string {
  const value = JSON.stringify(payload);
  if (value.length <= 2000) return value;
  const cut = { ...payload, q: payload.q?.slice(0, 300) };
  // Criteria are cut at a boundary between two of them, never inside one.
  if (payload.j && JSON.stringify(cut).length > 2000) cut.j = payload.j.slice(0, 1000).replace(/;[^;]*$/, '');
  return JSON.stringify(cut);
}

/** Decodes and validates a payload; null for anything malformed. Never throws. */
export function decodePayload(value: unknown): Payload | null {
  if (typeof value !== 'string' || value.length > 4000) return null;
  try {
    const parsed = PayloadSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
