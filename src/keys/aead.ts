import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { decodeBase64 } from './base64.js';

/** Thrown when a sealed value does not open. Deliberately says nothing about why. */
export class UndecryptableError extends Error {
  constructor() {
    super('The secret could not be decrypted.');
    this.name = 'UndecryptableError';
  }
}

// NIST SP 800-38D §8.2.2: 96-bit IVs from a random bit generator; with one data key per secret and
// one wrap per master key and secret, the 2^32 invocations-per-key limit is out of reach.
const nonceBytes = 12;
// NIST SP 800-38D §5.2.1.2 and Appendix C: the full 128-bit tag, set explicitly on decryption too so
// that a truncated tag is not accepted.
const tagBytes = 16;

/** AES-256-GCM under a fresh random nonce; the tag is appended to the ciphertext. */
export function gcmEncrypt(key: Buffer, plaintext: Buffer, aad: Buffer): { sealed: Buffer; nonce: Buffer } {
  const nonce = randomBytes(nonceBytes);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: tagBytes });
  cipher.setAAD(aad);
  const sealed = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return { sealed, nonce };
}

/** Opens what gcmEncrypt made, given both as base64; throws UndecryptableError on any mismatch. */
export function gcmDecrypt(key: Buffer, nonceText: string, sealedText: string, aad: Buffer): Buffer {
  const nonce = decodeBase64(nonceText);
  const sealed = decodeBase64(sealedText);
  if (nonce?.length !== nonceBytes || !sealed || sealed.length < tagBytes) throw new UndecryptableError();
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: tagBytes });
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.subarray(sealed.length - tagBytes));
  // GCM is a stream mode: update() returns all of the plaintext and final() only checks the tag.
  const plain = decipher.update(sealed.subarray(0, sealed.length - tagBytes));
  try {
    decipher.final();
  } catch {
    plain.fill(0);
    throw new UndecryptableError();
  }
  return plain;
}
