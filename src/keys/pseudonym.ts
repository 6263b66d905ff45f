import { hkdfSync } from 'node:crypto';

/**
 * The key of a workspace's `hash` operator, derived from a master key and the workspace id: hashes
 * of one workspace cannot be compared with another's. Derive it from a key that outlives rotation
 * (the ring's oldest), as fingerprints are, so pseudonyms stay stable while newer keys are added.
 */
export function derivePseudonymKey(masterKey: Buffer, workspaceId: string): Buffer {
  if (masterKey.length !== 32) throw new RangeError('A pseudonym key is derived from a 32-byte key.');
  return Buffer.from(hkdfSync('sha256', masterKey, workspaceId, 'palisade-pseudonym-v1', 32));
}
