import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Detector } from './detector.js';
import { scanStream } from './scan.js';

// A stand-in detector for the contract: every "AKIA" + 16 characters is a SECRET.
const akia: Detector = {
  id: 'akia',
  entities: ['SECRET'],
  detect: (text) =>
    [...text.matchAll(/AKIA[0-9A-Z]{16}/g)].map((m) => ({
      type: 'SECRET',
      start: m.index,
      end: m.index + m[0].length,
      score: 1,
      detector: 'akia',
    })),
};

async function scan(lines: string[]) {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c) => chunks.push(String(c)));
  const errors: Array<[number, string]> = [];
  const summary = await scanStream(Readable.from(lines.join('\n')), out, [akia], (line, message) =>
    errors.push([line, message]),
  );
  return {
    summary,
    errors,
    output: chunks
      .join('')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
  };
}

describe('scanStream (the palisade scan contract)', () => {
  it('answers each {"id","text"} line with its findings, offsets as JavaScript string indices', async () => {
    const text = '🌍 key=AKIAABCDEFGHIJKLMNOP';
    const { output, summary } = await scan([
      JSON.stringify({ id: 'a', text }),
      JSON.stringify({ id: 7, text: 'none' }),
    ]);
    expect(output).toEqual([
      { id: 'a', findings: [{ type: 'SECRET', start: 7, end: 27 }] },
      { id: 7, findings: [] },
    ]);
    expect(text.slice(7, 27)).toBe('AKIAABCDEFGHIJKLMNOP');
    expect(summary).toEqual({ lines: 2, errors: 0 });
  });

  it('reports bad lines by number, without their content, and goes on', async () => {
    const { output, errors } = await scan([
      '{"id":1,',
      '[1]',
      '{"text":"x"}',
      '{"id":2,"text":5}',
      '{"id":3,"text":"ok"}',
    ]);
    expect(errors.map(([line]) => line)).toEqual([1, 2, 3, 4]);
    expect(errors.map(([, m]) => m).join(' ')).not.toContain('"id":1');
    expect(output).toEqual([{ id: 3, findings: [] }]);
  });

  it('streams a large input line by line', async () => {
    const line = JSON.stringify({ id: 'x', text: `${'a'.repeat(1000)} AKIAABCDEFGHIJKLMNOP` });
    const { summary, output } = await scan(Array.from({ length: 5_000 }, () => line));
    expect(summary.lines).toBe(5_000);
    expect(output).toHaveLength(5_000);
  });
});
