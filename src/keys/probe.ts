import type { Store } from '../store/create-db.js';
import { openSecret } from './envelope.js';
import type { MasterKeyRing } from './master-key-ring.js';
import { sealedOf } from './rotate-master.js';

/**
 * Which master key ids the stored keys need but this ring cannot serve: ids it lacks, and ids whose
 * configured key is wrong (one sealed key per id is opened to prove it). Keys under those ids are
 * `undecryptable`, and `count` says how many there are.
 */
export async function probeMasterKeys(
  stores: Iterable<Store>,
  ring: MasterKeyRing,
): Promise<{ unusable: Set<string>; count: number }> {
  const unusable = new Set<string>();
  const proven = new Set<string>();
  let count = 0;
  for (const store of stores) {
    for (const row of await store.db.selectFrom('provider_keys').selectAll().execute()) {
      const id = row.master_key_id;
      if (!proven.has(id) && !unusable.has(id)) {
        try {
          openSecret(ring, sealedOf(row), {
            workspaceId: row.workspace_id,
            provider: row.provider,
            keyId: row.id,
          });
          proven.add(id);
        } catch {
          unusable.add(id);
        }
      }
      if (unusable.has(id)) count++;
    }
  }
  return { unusable, count };
}
