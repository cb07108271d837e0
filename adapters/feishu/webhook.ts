import { feishuDecrypt, verifyFeishuSignature } from './crypto.js';
import { header, json, type HttpHandler, type HttpRequest, type HttpResponse, type Logger } from '../../src/port.js';

export interface FeishuWebhookOptions {
  readonly encryptKey: string;
  readonly verificationToken: string;
  /** Hands an authenticated, decrypted event or callback to the dispatcher; its value is the response body. */
  readonly dispatch: (data: Record<string, unknown>) => Promise<unknown>;
  readonly logger: Logger;
  /** Unix milliseconds now (tests move the clock). */
  readonly now?: () => number;
}

/**
 * How old a signed request may be. Feishu retries an unanswered event at 15 s, 5 min, 1 h and 6 h
 * (about 7.1 h in all); whether a retry is signed anew is not documented, so the window covers the
 * whole schedule. Within it, a replay is caught by event-id dedupe. Clocks may differ a little: a
 * timestamp up to five minutes ahead is accepted, further is not.
 */
export const FEISHU_MAX_AGE_MS = 8 * 60 * 60 * 1000;
const MAX_AHEAD_MS = 5 * 60 * 1000;

function freshTimestamp(value: string | undefined, nowMs: number): boolean {
  const seconds = Number(value);
  if (!value || !Number.isFinite(seconds)) return false;
  const age = nowMs - seconds * 1000;
  return age <= FEISHU_MAX_AGE_MS && age >= -MAX_AHEAD_MS;
}

/**
 * `POST /feishu/events` (events and card callbacks). The SDK's own adapter answers 200 to a bad
 * signature and never checks the Verification Token, so this handler does it all before anything
 * reaches the dispatcher: the signature over the raw bytes, decryption with the Encrypt Key, the
 * token in the payload. Anything that fails gets a 4xx and is not processed.
 */
export function createFeishuWebhook(options: FeishuWebhookOptions): HttpHandler {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const reject = (status: number, reason: string): HttpResponse => {
    logger.warn({ reason }, 'feishu: rejected a webhook request');
    return json(status, { error: reason });
  };
  return async (request: HttpRequest): Promise<HttpResponse> => {
    if (request.method !== 'POST') return { status: 405, headers: { allow: 'POST' } };
    const outer = parseObject(request.body.toString('utf8'));
    if (!outer) return reject(400, 'unreadable body');
    const signed = header(request, 'x-lark-signature') !== undefined;
    let data: Record<string, unknown> | null = outer;
    if (typeof outer['encrypt'] === 'string') {
      if (signed && !verifyFeishuSignature(signatureOf(request), options.encryptKey))
        return reject(401, 'bad signature');
      if (signed && !freshTimestamp(header(request, 'x-lark-request-timestamp'), now()))
        return reject(401, 'stale or future timestamp (a replayed request?)');
      try {
        data = parseObject(feishuDecrypt(options.encryptKey, outer['encrypt']));
      } catch {
        data = null;
      }
      if (!data) return reject(400, 'cannot decrypt (check FEISHU_ENCRYPT_KEY)');
    }
    const token =
      typeof data['token'] === 'string' ? data['token'] : (data['header'] as { token?: unknown } | undefined)?.token;
    if (token !== options.verificationToken) return reject(401, 'wrong verification token');
    if (data['type'] === 'url_verification') return json(200, { challenge: String(data['challenge'] ?? '') });
    // Everything else must be both encrypted and signed: with an Encrypt Key set, Feishu always does both.
    if (typeof outer['encrypt'] !== 'string' || !signed) return reject(401, 'unsigned event');
    const result = await options.dispatch(data);
    return json(200, typeof result === 'object' && result !== null ? result : {});
  };
}

function signatureOf(request: HttpRequest): { timestamp?: string; nonce?: string; signature?: string; body: Buffer } {
  return {
    timestamp: header(request, 'x-lark-request-timestamp'),
    nonce: header(request, 'x-lark-request-nonce'),
    signature: header(request, 'x-lark-signature'),
    body: request.body,
  };
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
