import { isValidSlackRequest } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { slackSignature, verifySlackSignature } from '../../../adapters/slack/signature.js';

/** Slack's official example (docs.slack.dev "Verifying requests from Slack"; reused by Slack's own SDK tests). */
const VECTOR = {
  secret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: '1531420618',
  body: 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};
const AT_VECTOR_TIME = 1531420618_000;

describe('Slack request signatures', () => {
  it('computes the official test vector exactly', () => {
    expect(slackSignature(VECTOR.secret, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature);
  });

  it('verifies the official test vector with the clock pinned to its time (and Bolt agrees)', () => {
    expect(
      verifySlackSignature({
        signingSecret: VECTOR.secret,
        body: VECTOR.body,
        timestamp: VECTOR.timestamp,
        signature: VECTOR.signature,
        nowMs: AT_VECTOR_TIME,
      }),
    ).toEqual({ ok: true });
    expect(
      verifySlackSignature({
        signingSecret: VECTOR.secret,
        body: Buffer.from(VECTOR.body),
        timestamp: VECTOR.timestamp,
        signature: VECTOR.signature,
        nowMs: AT_VECTOR_TIME + 299_000,
      }),
    ).toEqual({ ok: true });
    expect(
      isValidSlackRequest({
        signingSecret: VECTOR.secret,
        body: VECTOR.body,
        headers: { 'x-slack-signature': VECTOR.signature, 'x-slack-request-timestamp': Number(VECTOR.timestamp) },
        nowMilliseconds: AT_VECTOR_TIME,
      }),
    ).toBe(true);
  });

  it.each([
    ['a tampered body', { body: VECTOR.body.replace('roadrunner', 'coyote') }, 'mismatch'],
    ['another secret', { signingSecret: '8f742231b10e8888abcd99yyyzzz85a6' }, 'mismatch'],
    ['a forged signature', { signature: `v0=${'0'.repeat(64)}` }, 'mismatch'],
    ['an uppercase-hex signature', { signature: VECTOR.signature.toUpperCase().replace('V0=', 'v0=') }, 'malformed'],
    ['a v1 signature', { signature: VECTOR.signature.replace('v0=', 'v1=') }, 'malformed'],
    ['no signature', { signature: undefined }, 'missing'],
    ['no timestamp', { timestamp: undefined }, 'missing'],
    ['a non-numeric timestamp', { timestamp: '1531420618abc' }, 'malformed'],
    ['a timestamp 5 min 1 s old', { nowMs: AT_VECTOR_TIME + 301_000 }, 'stale'],
    ['a timestamp 10 minutes in the future', { nowMs: AT_VECTOR_TIME - 600_000 }, 'stale'],
    ['the real clock (the vector is from 2018)', { nowMs: undefined }, 'stale'],
  ] as const)('rejects %s', (_name, change, reason) => {
    const request = {
      signingSecret: VECTOR.secret,
      body: VECTOR.body,
      timestamp: VECTOR.timestamp as string | undefined,
      signature: VECTOR.signature as string | undefined,
      nowMs: AT_VECTOR_TIME as number | undefined,
      ...change,
    };
    expect(verifySlackSignature(request)).toEqual({ ok: false, reason });
  });
});
