import { loadConfig } from '../config/load.js';
import { loadMasterKeyRing } from '../keys/load-ring.js';
import { keysByMasterKey, type RotationProgress, rotateMasterKey } from '../keys/rotate-master.js';
import { openStore, type Store } from '../store/create-db.js';

const usage = `Usage: palisade keys <command>

  status                      How many workspace keys each master key seals
  rotate-master [--pause-ms N] Re-wrap every workspace key under the newest master key
                              (the last entry of PALISADE_MASTER_KEY). Safe to interrupt and rerun.
`;

/** `palisade keys …`: master-key operations over every region store this node serves. */
export async function keysCommand(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'status' && command !== 'rotate-master') {
    console.error(command ? `Unknown keys command "${command}".\n\n${usage}` : usage);
    return 2;
  }
  const config = loadConfig();
  const { ring } = loadMasterKeyRing(config.masterKey, config.dataDir);
  const stores: Store[] = [];
  try {
    for (const region of config.nodeRegions)
      stores.push(await openStore(config.regions[region]?.database as string));
    const before = await keysByMasterKey(stores);
    if (command === 'status') {
      printCounts(before, ring.current.id, ring.ids);
      return 0;
    }
    const pauseMs = Number(flag(rest, '--pause-ms') ?? 0);
    if (!Number.isInteger(pauseMs) || pauseMs < 0) {
      console.error('--pause-ms takes a whole number of milliseconds, e.g. --pause-ms 20.');
      return 2;
    }
    console.log(`Re-wrapping workspace keys under master key "${ring.current.id}"…`);
    const result = await rotateMasterKey(stores, ring, { onProgress: progressBar(), pauseMs });
    process.stderr.write('\n');
    const retired = ring.ids.filter((id) => id !== ring.current.id);
    console.log(`Done: ${result.done} key(s) re-wrapped; every key is now under "${ring.current.id}".`);
    if (retired.length > 0) {
      console.log(
        `You can now remove ${retired.map((id) => `"${id}"`).join(', ')} from PALISADE_MASTER_KEY and restart.`,
      );
    }
    return 0;
  } finally {
    await Promise.all(stores.map((store) => store.close()));
  }
}

function printCounts(counts: Map<string, number>, current: string, configured: string[]): void {
  if (counts.size === 0) console.log('No workspace keys are stored.');
  for (const [id, count] of counts) {
    const note =
      id === current
        ? ' (current)'
        : configured.includes(id)
          ? ' (older; run keys rotate-master)'
          : ' (NOT CONFIGURED: undecryptable)';
    console.log(`${id}: ${count} key(s)${note}`);
  }
}

function progressBar(): (progress: RotationProgress) => void {
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  return ({ done, total }) => {
    const share = total === 0 ? 1 : done / total;
    if (tty) {
      const filled = Math.round(share * 30);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${done}/${total} keys`);
    } else if (Math.floor(share * 10) !== lastTenth) {
      lastTenth = Math.floor(share * 10);
      process.stderr.write(`${done}/${total} keys\n`);
    }
  };
}

function flag(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}
