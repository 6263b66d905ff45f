import { loadConfig } from '../config/load.js';
import { startPalisade } from '../main.js';

/** `palisade serve`: runs until SIGINT/SIGTERM, then drains and closes the stores. */
export async function serveCommand(): Promise<number> {
  const config = loadConfig();
  const palisade = await startPalisade(config);
  const served = config.nodeRegions.map(
    (r) => `${r} (${describeDatabase(config.regions[r]?.database ?? '')})`,
  );
  console.log(`Palisade is listening on ${palisade.url}`);
  console.log(`Regions served: ${served.join(', ')}`);
  if (palisade.generatedOperatorToken) {
    console.log('');
    console.log('A new operator token was generated. It is shown only this once; store it safely:');
    console.log(`  ${palisade.generatedOperatorToken}`);
    console.log('Lost it? Stop Palisade and run `npx palisade operator-token` for a new one,');
    console.log('or set PALISADE_OPERATOR_TOKEN.');
  } else if (!config.operatorToken) {
    console.log(
      'Operator token: the one printed on first start (or run `npx palisade operator-token` for a new one).',
    );
  }
  if (palisade.generatedMasterKeyFile) {
    console.log('');
    console.log(`WARNING: no PALISADE_MASTER_KEY was set, so a master key was generated into`);
    console.log(`  ${palisade.generatedMasterKeyFile}`);
    console.log('It encrypts workspace provider keys. Fine for trying Palisade; in production set');
    console.log(
      'PALISADE_MASTER_KEY from your secret manager and keep a backup (see README, "Master keys").',
    );
  }
  if (palisade.undecryptableKeys > 0) {
    console.log('');
    console.log(
      `WARNING: ${palisade.undecryptableKeys} workspace provider key(s) are sealed under a master key that is`,
    );
    console.log(
      'not configured; calls that need them are refused. Add the missing key to PALISADE_MASTER_KEY.',
    );
  }
  for (const provider of ['openai', 'anthropic'] as const) {
    if (!config.providers[provider].apiKey) {
      console.log(
        `Note: PALISADE_${provider.toUpperCase()}_API_KEY is not set; ${provider} calls will be refused.`,
      );
    }
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  console.log('Shutting down…');
  await palisade.close();
  return 0;
}

function describeDatabase(database: string): string {
  return database.startsWith('postgres') ? 'PostgreSQL' : database;
}
