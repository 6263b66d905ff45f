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

export function base62(value: number, width: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < width; i++) {
    out = alphabet[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out;
}
