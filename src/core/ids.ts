import { randomFillSync } from 'node:crypto';

export type ProviderId = 'openai' | 'anthropic';
export const providerIds: readonly ProviderId[] = ['openai', 'anthropic'];

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** CSPRNG bytes drawn 4 KB at a time: ids are made on every AI call, one syscall-sized draw each is waste. */
const pool = Buffer.alloc(4096);
let poolAt = pool.length;

function randomByte(): number {
  if (poolAt === pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  return pool[poolAt++] as number;
}

/** Random base62 text of the given length (rejection sampling keeps it uniform). */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    const byte = randomByte();
    if (byte < 248) out += alphabet[byte % 62];
  }
  return out;
}

/** Ids are made in the app (portable across SQLite and PostgreSQL): a prefix and 20 random characters. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBase62(20)}`;
}

/**
 * An id for a row of a table that grows by appends (AI sessions, audit entries): a prefix, the time
 * in milliseconds (8 base62 characters, so ids sort by time as text) and 12 random characters (71
 * bits). Same length and alphabet as `newId`. Random ids put each insert on a random page of the
 * primary key's index: a commit of a few rows then rewrites a page per row, where time-ordered
 * ones fill the last page. Exposes only the creation time, which these rows carry anyway.
 */
export function newTimeOrderedId(prefix: string, now = Date.now()): string {
  return `${prefix}_${base62(now, 8)}${randomBase62(12)}`;
}

export function base62(value: number, width: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < width; i++) {
    out = alphabet[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out;
}
