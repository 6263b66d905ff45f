import { resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { exportTrainingData } from '../sessions/training-export.js';
import { openStore, type Store } from '../store/create-db.js';

const usage = `Usage: palisade training export --out FILE

  Writes the AI sessions that may be used to improve AI features to FILE (JSON lines) and
  FILE.manifest.json (counts, time range, consent snapshot, SHA-256 of FILE): only sessions captured
  with consent, from workspaces that still consent when the export completes. Every region this
  node serves is exported; each included workspace gets an audit entry.
`;

/** `palisade training export`: the operator's training-data export. */
export async function trainingCommand(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const outAt = rest.indexOf('--out');
  const out = outAt >= 0 ? rest[outAt + 1] : undefined;
  if (command !== 'export' || !out) {
    console.error(command === 'export' ? `Name the output file with --out FILE.\n\n${usage}` : usage);
    return 2;
  }
  const config = loadConfig();
  const stores: Array<{ region: string; store: Store }> = [];
  try {
    for (const region of config.nodeRegions) {
      stores.push({ region, store: await openStore(config.regions[region]?.database as string) });
    }
    const manifest = await exportTrainingData(stores, resolve(out), {
      onProgress: ({ region, workspaces, sessions }) =>
        process.stderr.write(`\r${region}: ${workspaces} workspace(s), ${sessions} session(s) exported…`),
    });
    process.stderr.write('\n');
    console.log(
      `Exported ${manifest.counts.sessions} session(s) of ${manifest.counts.workspaces} workspace(s) to ${manifest.file}`,
    );
    console.log(`Manifest: ${manifest.file}.manifest.json (sha256 ${manifest.sha256})`);
    if (manifest.withdrawn_during_export.length > 0) {
      console.log(
        `Left out (consent withdrawn during the export): ${manifest.withdrawn_during_export.join(', ')}`,
      );
    }
    return 0;
  } finally {
    await Promise.all(stores.map(({ store }) => store.close()));
  }
}
