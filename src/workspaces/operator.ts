import { newId } from '../core/ids.js';
import type { Store } from '../store/create-db.js';
import { generateToken, hashToken } from './tokens.js';

/**
 * The operator's credential. From PALISADE_OPERATOR_TOKEN when set (never stored); otherwise a
 * token generated on first start, returned once for printing and stored only as a hash in the
 * node's first region store.
 */
export async function ensureOperatorToken(
  store: Store,
  configured: string | undefined,
): Promise<{ hash: Buffer; generated?: string }> {
  if (configured) return { hash: Buffer.from(hashToken(configured), 'hex') };
  const existing = await store.db.selectFrom('operator_tokens').select('token_hash').executeTakeFirst();
  if (existing) return { hash: Buffer.from(existing.token_hash, 'hex') };
  return rotateOperatorToken(store);
}

/** Replaces the stored operator token with a new one and returns it (shown once). */
export async function rotateOperatorToken(store: Store): Promise<{ hash: Buffer; generated: string }> {
  const token = generateToken();
  const hash = hashToken(token);
  await store.write(async (trx) => {
    await trx.deleteFrom('operator_tokens').execute();
    await trx
      .insertInto('operator_tokens')
      .values({ id: newId('op'), token_hash: hash, created_at: new Date().toISOString() })
      .execute();
  });
  return { hash: Buffer.from(hash, 'hex'), generated: token };
}
