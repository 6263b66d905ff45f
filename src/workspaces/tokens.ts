import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { base62, randomBase62 } from '../core/ids.js';

/**
 * Workspace API tokens: `pal_` + 30 random base62 characters + a 6-character CRC32 checksum, the
 * GitHub scheme, so secret scanners can recognise a Palisade token and a typo is caught without a
 * database read. Only the SHA-256 of a token is stored.
 */
const prefix = 'pal_';
const bodyLength = 30;
const checksumLength = 6;
export const tokenPattern = /^pal_[0-9A-Za-z]{36}$/;

export function generateToken(): string {
  const body = randomBase62(bodyLength);
  return `${prefix}${body}${checksum(body)}`;
}

/** True when the token has the right shape and its checksum matches. */
export function isWellFormedToken(token: string): boolean {
  if (!tokenPattern.test(token)) return false;
  const body = token.slice(prefix.length, prefix.length + bodyLength);
  return token.slice(prefix.length + bodyLength) === checksum(body);
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** What a list shows: the prefix and the last four characters, never the length. */
export function maskToken(lastFour: string): string {
  return `pal_••••${lastFour}`;
}

function checksum(body: string): string {
  return base62(crc32(body), checksumLength);
}
