import { describe, expect, it } from 'vitest';
import { feishuDecrypt, feishuSignature, verifyFeishuSignature } from '../../../adapters/feishu/crypto.js';
import { encrypt } from '../../helpers/feishu.js';

describe('Feishu encryption and signatures', () => {
  it('decrypts the Feishu documentation sample ("test key" → "hello world")', () => {
    expect(feishuDecrypt('test key', 'P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=')).toBe('hello world');
  });

  it("decrypts the node-sdk's own challenge vector", () => {
    const encrypted =
      'tT1xP+ovuc0T3b/rnZX3ax76exqAn0ANQ6/U45GcciC0mgNBc8JtvqOJGNAPMKpgRs2dVU1NYk9VDeqS8T4SYtU0hzNU54aS84WnxvZ3VFfDcy/RyABlNqlUiGyLDzFI0yxdCMT4KR/YEQXlt6nZi50KwRlZ+A75r645KesZuLMljezYyY8VeeXEVjPw35+e';
    expect(JSON.parse(feishuDecrypt('mazhe.nerd', encrypted))).toEqual({
      challenge: '5634b122-c042-4634-bc7f-b07a3c3e77ad',
      token: 'iRdCP2WwXNBXRM3mGLqhrgch3cn0gbT6',
      type: 'url_verification',
    });
  });

  it('round-trips what the test helper encrypts, and fails loudly with the wrong key or a broken ciphertext', () => {
    const text = JSON.stringify({ 你好: 'rust 😀' });
    expect(feishuDecrypt('k', encrypt(text, 'k'))).toBe(text);
    expect(() => JSON.parse(feishuDecrypt('other', encrypt(text, 'k')))).toThrow();
    expect(() => feishuDecrypt('k', 'not base64 at all')).toThrow();
    expect(() => feishuDecrypt('k', '')).toThrow();
  });

  it('signs as sha256(timestamp + nonce + key + body), hex, and verifies in constant time', () => {
    const body = '{"encrypt":"abc"}';
    const signature = feishuSignature('1700000000', 'nonce', 'key', body);
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyFeishuSignature({ timestamp: '1700000000', nonce: 'nonce', signature, body }, 'key')).toBe(true);
    expect(verifyFeishuSignature({ timestamp: '1700000000', nonce: 'nonce', signature, body: `${body} ` }, 'key')).toBe(
      false,
    );
    expect(verifyFeishuSignature({ timestamp: '1700000001', nonce: 'nonce', signature, body }, 'key')).toBe(false);
    expect(verifyFeishuSignature({ timestamp: '1700000000', nonce: 'nonce', signature, body }, 'other')).toBe(false);
    expect(verifyFeishuSignature({ nonce: 'nonce', signature, body }, 'key')).toBe(false);
    expect(
      verifyFeishuSignature(
        { timestamp: '1700000000', nonce: 'nonce', signature: signature.toUpperCase(), body },
        'key',
      ),
    ).toBe(false);
  });
});
