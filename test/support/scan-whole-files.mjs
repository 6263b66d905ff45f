// Child of privacy-termination.test.ts: scans each file named on the command line as one text with
// the built detectors (dist/, as `npm test` builds it first) and prints one line per file.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = resolve(import.meta.dirname, '..', '..', 'dist');
const { detectAll } = await import(pathToFileURL(join(dist, 'privacy', 'registry.js')).href);
const { defaultDetectors } = await import(pathToFileURL(join(dist, 'privacy', 'detectors', 'index.js')).href);
for (const file of process.argv.slice(2)) {
  detectAll(defaultDetectors, readFileSync(file, 'utf8'));
  console.log(`scanned ${file}`);
}
