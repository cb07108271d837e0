import { createDecipheriv, createHash, timingSafeEqual } from 'node:crypto';

/**
 * Feishu / Lark webhook cryptography (open.feishu.cn "Encrypt Key" and "signature verification"):
 * the body `{"encrypt": "…"}` is base64 of a 16-byte IV followed by AES-256-CBC ciphertext (PKCS#7),
 * keyed with SHA-256 of the Encrypt Key; `X-Lark-Signature` is the hex SHA-256 (a plain hash, not an
 * HMAC) of timestamp + nonce + Encrypt Key + the raw body bytes.
 */
export function feishuDecrypt(encryptKey: string, encrypted: string): string {
  const data = Buffer.from(encrypted, 'base64');
  if (data.length < 32 || data.length % 16 !== 0) throw new Error('feishu: ciphertext has the wrong length');
  const key = createHash('sha256').update(encryptKey, 'utf8').digest();
  const decipher = createDecipheriv('aes-256-cbc', key, data.subarray(0, 16));
  return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]).toString('utf8');
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
