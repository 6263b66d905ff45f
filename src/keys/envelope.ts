import { randomBytes } from 'node:crypto';
import { gcmDecrypt, gcmEncrypt, UndecryptableError } from './aead.js';
import type { MasterKeyRing } from './master-key-ring.js';

export { UndecryptableError } from './aead.js';

/** The row a secret belongs to; it is authenticated with the secret, so a copy to another row does not open. */
export interface SecretBinding {
  readonly workspaceId: string;
  readonly provider: string;
  readonly keyId: string;
}

/** An envelope-encrypted secret; every field but the id is base64, for portable text columns. */
export interface SealedSecret {
  /** The master key that wrapped the data key. */
  readonly masterKeyId: string;
  /** The data key under AES-256-GCM with the master key, tag appended. */
  readonly wrappedKey: string;
  readonly wrapNonce: string;
  /** The secret under AES-256-GCM with the data key, tag appended. */
  readonly ciphertext: string;
  readonly nonce: string;
}

const keyBytes = 32;

/**
 * Encrypts `plaintext` under a fresh data key, and wraps that key with the ring's current master key.
 * @example const sealed = sealSecret(ring, apiKey, { workspaceId, provider: 'openai', keyId });
 */
export function sealSecret(ring: MasterKeyRing, plaintext: string, aad: SecretBinding): SealedSecret {
  const dataKey = randomBytes(keyBytes);
  const plain = Buffer.from(plaintext, 'utf8');
  const master = ring.current;
  try {
    const data = gcmEncrypt(dataKey, plain, secretAad(aad));
    const wrap = gcmEncrypt(master.key, dataKey, wrapAad(aad, master.id));
    return {
      masterKeyId: master.id,
      wrappedKey: wrap.sealed.toString('base64'),
      wrapNonce: wrap.nonce.toString('base64'),
      ciphertext: data.sealed.toString('base64'),
      nonce: data.nonce.toString('base64'),
    };
  } finally {
    dataKey.fill(0);
    plain.fill(0);
    master.key.fill(0);
  }
}

/** Opens a sealed secret for the row it was sealed for; throws UndecryptableError otherwise. */
export function openSecret(ring: MasterKeyRing, sealed: SealedSecret, aad: SecretBinding): string {
  const dataKey = unwrap(ring, sealed, aad);
  try {
    const plain = gcmDecrypt(dataKey, sealed.nonce, sealed.ciphertext, secretAad(aad));
    const text = plain.toString('utf8');
    plain.fill(0);
    return text;
  } finally {
    dataKey.fill(0);
  }
}

/**
 * Re-wraps the data key under the ring's current master key, leaving the ciphertext as it is (master
 * key rotation). A secret already under the current key is returned as it is.
 */
export function rewrapSecret(ring: MasterKeyRing, sealed: SealedSecret, aad: SecretBinding): SealedSecret {
  const master = ring.current;
  try {
    if (sealed.masterKeyId === master.id) return sealed;
    const dataKey = unwrap(ring, sealed, aad);
    try {
      const wrap = gcmEncrypt(master.key, dataKey, wrapAad(aad, master.id));
      return {
        masterKeyId: master.id,
        wrappedKey: wrap.sealed.toString('base64'),
        wrapNonce: wrap.nonce.toString('base64'),
        ciphertext: sealed.ciphertext,
        nonce: sealed.nonce,
      };
    } finally {
      dataKey.fill(0);
    }
  } finally {
    master.key.fill(0);
  }
}

function unwrap(ring: MasterKeyRing, sealed: SealedSecret, aad: SecretBinding): Buffer {
  const masterKey = typeof sealed.masterKeyId === 'string' ? ring.get(sealed.masterKeyId) : undefined;
  if (!masterKey) throw new UndecryptableError();
  try {
    const dataKey = gcmDecrypt(
      masterKey,
      sealed.wrapNonce,
      sealed.wrappedKey,
      wrapAad(aad, sealed.masterKeyId),
    );
    if (dataKey.length === keyBytes) return dataKey;
    dataKey.fill(0);
    throw new UndecryptableError();
  } finally {
    masterKey.fill(0);
  }
}

// Each field length-prefixed, behind a label that keeps data and wrap AADs apart: ("a|b", "c") and
// ("a", "b|c") must not authenticate as the same row.
function binding(label: string, fields: readonly string[]): Buffer {
  return Buffer.concat(
    [label, ...fields].flatMap((field) => {
      const bytes = Buffer.from(field, 'utf8');
      const length = Buffer.alloc(4);
      length.writeUInt32BE(bytes.length);
      return [length, bytes];
    }),
  );
}

const secretAad = (aad: SecretBinding) =>
  binding('palisade-secret-v1', [aad.workspaceId, aad.provider, aad.keyId]);
const wrapAad = (aad: SecretBinding, masterKeyId: string) =>
  binding('palisade-wrap-v1', [aad.workspaceId, aad.provider, aad.keyId, masterKeyId]);
