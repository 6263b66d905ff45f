import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every detector must end on any text (see the `Detector` contract). Two loops that did not were
 * found by scanning this repository's own test files whole, each as one text of tens of kilobytes:
 * a `COPY … FROM` a folder beside a shell prompt, and a finding 2,000 characters after an address at
 * example.com. The same scan runs here, in a child process with a generous bound, so a text that
 * never ends fails the run instead of hanging it. It asserts termination, not speed: how fast the
 * detectors are is `npm run bench:privacy`'s business.
 */
const root = resolve(import.meta.dirname, '..');
const files = [
  ...readdirSync(join(root, 'test'))
    .filter((f) => f.startsWith('privacy-holdout') && f.endsWith('.ts'))
    .map((f) => join(root, 'test', f)),
  ...readdirSync(join(root, 'src', 'privacy', 'detectors'))
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(root, 'src', 'privacy', 'detectors', f)),
  join(root, 'README.md'),
  join(root, 'docs', 'privacy-holdouts.md'),
];

describe('the detectors end on every text', () => {
  it('scans each of the repository’s own test files and docs whole, as one text', {
    timeout: 660_000,
  }, () => {
    const run = spawnSync(
      process.execPath,
      [join(root, 'test', 'support', 'scan-whole-files.mjs'), ...files],
      {
        encoding: 'utf8',
        timeout: 600_000,
      },
    );
    const scanned = run.stdout.split('\n').filter((line) => line.startsWith('scanned '));
    const next = files[scanned.length];
    expect(run.signal, `still scanning ${next ?? '(none)'} when stopped`).toBeNull();
    expect(run.stderr).toBe('');
    expect(scanned).toHaveLength(files.length);
  });
});
