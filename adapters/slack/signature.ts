import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Slack request signing (https://docs.slack.dev/authentication/verifying-requests-from-slack):
 * `v0=` + hex HMAC-SHA256(signing secret, `v0:{timestamp}:{raw body}`), compared in constant time.
 *
 * Bolt's own check rejects only timestamps more than five minutes in the past; this one rejects
 * both directions, so a request signed with a clock far in the future cannot be replayed later.
 * The clock is a parameter, so Slack's official test vector (from 2018) can be checked as is.
 */
export const REPLAY_WINDOW_SECONDS = 5 * 60;

export type SignatureCheck =
  { readonly ok: true } | { readonly ok: false; readonly reason: 'missing' | 'malformed' | 'stale' | 'mismatch' };

export interface SignedRequest {
  readonly signingSecret: string;
  readonly body: Buffer | string;
  readonly timestamp: string | undefined;
  readonly signature: string | undefined;
  /** Milliseconds since the epoch; defaults to now. */
  readonly nowMs?: number;
}

export function slackSignature(signingSecret: string, timestamp: string, body: Buffer | string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(body).digest('hex')}`;
}

export function verifySlackSignature(request: SignedRequest): SignatureCheck {
  const { timestamp, signature } = request;
  if (!timestamp || !signature) return { ok: false, reason: 'missing' };
  if (!/^\d{1,12}$/.test(timestamp) || !/^v0=[0-9a-f]{64}$/.test(signature)) return { ok: false, reason: 'malformed' };
  const now = Math.floor((request.nowMs ?? Date.now()) / 1000);
  if (Math.abs(now - Number(timestamp)) > REPLAY_WINDOW_SECONDS) return { ok: false, reason: 'stale' };
  const expected = Buffer.from(slackSignature(request.signingSecret, timestamp, request.body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given)
    ? { ok: true }
    : { ok: false, reason: 'mismatch' };
}
