import { setTimeout as sleep } from 'node:timers/promises';
import { announceChange } from '../store/change-feed.js';
import type { Store } from '../store/create-db.js';
import type { ProviderKeyTable } from '../store/database.js';
import { rewrapSecret, type SealedSecret } from './envelope.js';
import type { MasterKeyRing } from './master-key-ring.js';

export interface RotationProgress {
  done: number;
  total: number;
}

/**
 * Re-wraps every workspace key's data key under the ring's current master key. Each row changes in
 * one single-row UPDATE guarded by its old master key id (compare-and-set), so a crash at any point
 * leaves every row either fully old or fully new, and running it again finishes the rest. The
 * ciphertext itself is untouched: only the wrapped data key changes.
 */
export async function rotateMasterKey(
  stores: readonly Store[],
  ring: MasterKeyRing,
  options: { onProgress?(progress: RotationProgress): void; pauseMs?: number } = {},
): Promise<RotationProgress> {
  const current = ring.current.id;
  const pending: Array<{ store: Store; row: ProviderKeyTable }> = [];
  for (const store of stores) {
    const rows = await store.db
      .selectFrom('provider_keys')
      .selectAll()
      .where('master_key_id', '!=', current)
      .execute();
    for (const row of rows) pending.push({ store, row });
  }
  const progress = { done: 0, total: pending.length };
  options.onProgress?.(progress);
  for (const { store, row } of pending) {
    const next = rewrapSecret(ring, sealedOf(row), {
      workspaceId: row.workspace_id,
      provider: row.provider,
      keyId: row.id,
    });
    await store.write(async (trx) => {
      await trx
        .updateTable('provider_keys')
        .set({
          master_key_id: next.masterKeyId,
          wrapped_key: next.wrappedKey,
          wrap_nonce: next.wrapNonce,
          version: row.version + 1,
        })
        .where('id', '=', row.id)
        .where('master_key_id', '=', row.master_key_id)
        .execute();
      await announceChange(trx, store.kind, row.workspace_id);
    });
    progress.done++;
    options.onProgress?.(progress);
    if (options.pauseMs) await sleep(options.pauseMs);
  }
  return progress;
}

/** How many keys each master key id seals, across the stores. */
export async function keysByMasterKey(stores: readonly Store[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const store of stores) {
    for (const row of await store.db.selectFrom('provider_keys').select('master_key_id').execute()) {
      counts.set(row.master_key_id, (counts.get(row.master_key_id) ?? 0) + 1);
    }
  }
  return counts;
}

export function sealedOf(row: ProviderKeyTable): SealedSecret {
  return {
    masterKeyId: row.master_key_id,
    wrappedKey: row.wrapped_key,
    wrapNonce: row.wrap_nonce,
    ciphertext: row.ciphertext,
    nonce: row.nonce,
  };
}
