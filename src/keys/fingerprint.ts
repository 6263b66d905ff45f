import { createHmac, hkdfSync } from 'node:crypto';

const keyBytes = 32;
const mask = '••••';

/**
 * Derives the key that fingerprints secrets from a master key. Fingerprints only compare while this
 * key stays the same, so derive it from a key that outlives rotation (the ring's oldest, or a
 * dedicated one), not from whichever master key is current.
 */
export function deriveFingerprintKey(masterKey: Buffer): Buffer {
  if (masterKey.length !== keyBytes) throw new RangeError('A fingerprint key is derived from a 32-byte key.');
  // RFC 5869 §3.1: the salt is optional when the input is already a uniformly random key.
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'palisade-fingerprint-v1', keyBytes));
}

/**
 * A stable, non-reversible name for a secret (`fp_` and 16 hex characters), to tell keys apart in
 * views and audit entries. Keyed, so that a leaked key cannot be checked against stored fingerprints
 * without the fingerprint key.
 */
export function fingerprintSecret(fingerprintKey: Buffer, secret: string): string {
  if (fingerprintKey.length < keyBytes) throw new RangeError('A fingerprint key is at least 32 bytes.');
  return `fp_${createHmac('sha256', fingerprintKey).update(secret, 'utf8').digest('hex').slice(0, 16)}`;
}

/**
 * `••••` and the last four characters of a secret of 16 characters or more; `••••` alone for a
 * shorter one, where four characters would be too much of it. The output never shows the length.
 * @example maskSecret('sk-proj-abcdefghijklmnopWXYZ') // '••••WXYZ'
 */
export function maskSecret(secret: string): string {
  const characters = Array.from(secret);
  return characters.length >= 16 ? mask + characters.slice(-4).join('') : mask;
}
