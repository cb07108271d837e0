import { createHash, timingSafeEqual } from 'node:crypto';
import * as lark from '@larksuiteoapi/node-sdk';

/**
 * Feishu / Lark webhook cryptography (open.feishu.cn "Encrypt Key" and "signature verification"):
 * the body `{"encrypt": "…"}` is base64 of a 16-byte IV followed by AES-256-CBC ciphertext (PKCS#7),
 * keyed with SHA-256 of the Encrypt Key; `X-Lark-Signature` is the hex SHA-256 (a plain hash, not an
 * HMAC) of timestamp + nonce + Encrypt Key + the raw body bytes.
 *
 * The signature check is our own, not the SDK's: node-sdk hashes the re-serialised JSON rather than
 * the raw bytes (a body sent with other spacing fails), checks nothing when no Encrypt Key is set,
 * and answers a bad signature with an empty 200 instead of refusing it; ours also bounds the
 * timestamp's age (webhook.ts). Decryption is the SDK's `AESCipher`.
 */
export function feishuDecrypt(encryptKey: string, encrypted: string): string {
  // The SDK's own cipher does the decryption; the length is checked first so a truncated or
  // padded body is refused with a clear reason rather than a cipher error.
  const data = Buffer.from(encrypted, 'base64');
  if (data.length < 32 || data.length % 16 !== 0) throw new Error('feishu: ciphertext has the wrong length');
  return cipherFor(encryptKey).decrypt(encrypted);
}

let cached: { key: string; cipher: lark.AESCipher } | null = null;

/** One cipher per Encrypt Key (the SDK hashes the key once, in its constructor). */
function cipherFor(encryptKey: string): lark.AESCipher {
  if (cached?.key !== encryptKey) cached = { key: encryptKey, cipher: new lark.AESCipher(encryptKey) };
  return cached.cipher;
}

export function feishuSignature(timestamp: string, nonce: string, encryptKey: string, body: Buffer | string): string {
  return createHash('sha256')
    .update(timestamp + nonce + encryptKey, 'utf8')
    .update(body)
    .digest('hex');
}

/** Constant-time check of `X-Lark-Signature` over the raw body. */
export function verifyFeishuSignature(
  request: { timestamp?: string; nonce?: string; signature?: string; body: Buffer | string },
  encryptKey: string,
): boolean {
  const { timestamp, nonce, signature } = request;
  if (!timestamp || !nonce || !signature || !/^[0-9a-f]{64}$/.test(signature)) return false;
  const expected = Buffer.from(feishuSignature(timestamp, nonce, encryptKey, request.body));
  return timingSafeEqual(expected, Buffer.from(signature));
}
