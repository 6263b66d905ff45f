import { defaultDetectors } from '../privacy/detectors/index.js';
import { scanStream } from '../privacy/scan.js';

/**
 * `palisade scan`: JSON lines `{"id","text"}` on stdin → `{"id","findings":[…]}` on stdout. Bad
 * lines are reported on stderr by number and skipped; the exit code is 1 if there were any.
 */
export async function scanCommand(): Promise<number> {
  const started = Date.now();
  const summary = await scanStream(process.stdin, process.stdout, defaultDetectors, (line, message) => {
    process.stderr.write(`palisade scan: line ${line}: ${message}; skipped.\n`);
  });
  if (process.stderr.isTTY) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stderr.write(`Scanned ${summary.lines} line(s) in ${seconds} s, ${summary.errors} skipped.\n`);
  }
  return summary.errors > 0 ? 1 : 0;
}
