import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveFingerprintKey, fingerprintSecret, maskSecret } from './fingerprint.js';

const master = randomBytes(32);

describe('deriveFingerprintKey', () => {
  it('is HKDF-SHA256 with an empty salt and the palisade-fingerprint-v1 label (RFC 5869)', () => {
    const prk = createHmac('sha256', Buffer.alloc(0)).update(master).digest();
    const okm = createHmac('sha256', prk).update('palisade-fingerprint-v1').update(Buffer.of(1)).digest();
    expect(deriveFingerprintKey(master).equals(okm)).toBe(true);
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => deriveFingerprintKey(randomBytes(16))).toThrow(RangeError);
  });
});

describe('fingerprintSecret', () => {
  const key = deriveFingerprintKey(master);

  it('is fp_ and the first 16 hex characters of the HMAC', () => {
    const hmac = createHmac('sha256', key).update('sk-proj-abc').digest('hex');
    expect(fingerprintSecret(key, 'sk-proj-abc')).toBe(`fp_${hmac.slice(0, 16)}`);
  });

  it('tells secrets and keys apart', () => {
    const fingerprint = fingerprintSecret(key, 'sk-proj-abc');
    expect(fingerprintSecret(key, 'sk-proj-abd')).not.toBe(fingerprint);
    expect(fingerprintSecret(deriveFingerprintKey(randomBytes(32)), 'sk-proj-abc')).not.toBe(fingerprint);
  });

  it('refuses a short key', () => {
    expect(() => fingerprintSecret(Buffer.alloc(8), 'sk-proj-abc')).toThrow(RangeError);
  });
});

describe('maskSecret', () => {
  it.each([
    ['', '••••'],
    ['abcd', '••••'],
    ['sk-12345678', '••••'],
    ['sk-456789012345', '••••'], // 15 characters
    ['sk-4567890123456', '••••3456'], // 16 characters
    ['sk-ant-api03-SECRETSECRETSECRET-wxyz', '••••wxyz'],
    [`sk-proj-${'Q'.repeat(150)}🔑abc`, '••••🔑abc'],
  ])('masks %j as %j', (secret, masked) => {
    expect(maskSecret(secret)).toBe(masked);
  });

  it('gives the same length for every long secret, and for every short one', () => {
    const lengths = (sizes: number[]) => new Set(sizes.map((size) => maskSecret('k'.repeat(size)).length));
    expect(lengths([16, 17, 40, 51, 164, 1000])).toEqual(new Set([8]));
    expect(lengths([0, 1, 4, 8, 15])).toEqual(new Set([4]));
  });
});
