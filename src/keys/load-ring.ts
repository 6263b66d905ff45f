import { join } from 'node:path';
import { loadOrCreateMasterKeyFile, type MasterKeyRing, parseMasterKeys } from './master-key-ring.js';

/**
 * The master key ring: PALISADE_MASTER_KEY when set (an empty value is refused), otherwise the
 * data dir's `master.key`, generated on the first start.
 */
export function loadMasterKeyRing(
  masterKey: string | undefined,
  dataDir: string,
): { ring: MasterKeyRing; createdFile: string | undefined } {
  if (masterKey !== undefined) {
    return { ring: parseMasterKeys(masterKey, 'PALISADE_MASTER_KEY'), createdFile: undefined };
  }
  const { ring, created } = loadOrCreateMasterKeyFile(dataDir);
  return { ring, createdFile: created ? join(dataDir, 'master.key') : undefined };
}
