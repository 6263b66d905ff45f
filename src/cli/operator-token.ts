import { loadConfig } from '../config/load.js';
import { openStore } from '../store/create-db.js';
import { rotateOperatorToken } from '../workspaces/operator.js';

/** `palisade operator-token`: replaces the stored operator token and prints the new one once. */
export async function operatorTokenCommand(): Promise<number> {
  const config = loadConfig();
  if (config.operatorToken) {
    console.error(
      'PALISADE_OPERATOR_TOKEN is set, so that is the operator token; unset it to use a stored one.',
    );
    return 1;
  }
  const home = config.nodeRegions[0] as string;
  const store = await openStore(config.regions[home]?.database as string);
  try {
    const { generated } = await rotateOperatorToken(store);
    console.log('New operator token (shown once; the previous one no longer works once Palisade restarts):');
    console.log(`  ${generated}`);
    return 0;
  } finally {
    await store.close();
  }
}
