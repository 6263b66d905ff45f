import { decodeBase64 } from './base64.js';

// What a master key must be, shared by the ring and its parser. Messages name keys by id or position,
// never by content.

/**
 * The master key shown in documentation: 32 bytes in base64 of the right shape, refused wherever a
 * master key is read, so a README copied into production does not start.
 */
export const exampleMasterKey = 'cGFsaXNhZGUtZXhhbXBsZS1rZXktZG8tbm90LXVzZSE=';

const keyBytes = 32;
const idPattern = /^[a-z0-9_-]{1,32}$/;
export const generate = 'Generate one with `openssl rand -base64 32`.';
export const ringFormat = 'A ring is written "k1:<base64>,k2:<base64>", the current key last.';

/** A master key or ring that must not be used; the message says what to do and never holds key bytes. */
export class MasterKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MasterKeyError';
  }
}

// An invalid id is named by position only: it may be key material pasted in the wrong place.
export function checkId(id: string, index: number, source: string): void {
  if (!idPattern.test(id)) {
    throw new MasterKeyError(
      `${source}: entry ${index + 1} has an invalid id; use 1 to 32 characters from a-z, 0-9, "_" and "-".`,
    );
  }
}

export function checkEntry(id: string, key: Buffer, index: number, source: string): void {
  checkId(id, index, source);
  if (key.length !== keyBytes) {
    throw new MasterKeyError(`${source}: key "${id}" is ${key.length} bytes, not 32. ${generate}`);
  }
  if (key.every((byte) => byte === key[0])) {
    throw new MasterKeyError(`${source}: key "${id}" is one byte repeated (such as all zeros). ${generate}`);
  }
  if (key.equals(Buffer.from(exampleMasterKey, 'base64'))) {
    throw new MasterKeyError(`${source}: key "${id}" is the public documentation example. ${generate}`);
  }
}

export function decodeKey(text: string, id: string, source: string): Buffer {
  const key = decodeBase64(text);
  if (!key) throw new MasterKeyError(`${source}: key "${id}" is not valid standard base64. ${generate}`);
  return key;
}
