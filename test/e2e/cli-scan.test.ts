import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = resolve(import.meta.dirname, '../../dist/bin/main.js');

function scan(input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [cli, 'scan']);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  child.stdin.end(input);
  return new Promise((done) => child.once('exit', (code) => done({ code, stdout, stderr })));
}

describe('palisade scan (the DESIGN contract, through the CLI)', () => {
  it('writes one findings line per input line with offsets into the original text', async () => {
    const texts = [
      { id: 'r1', text: 'Contact jane.doe@acme.io, card 4111 1111 1111 1111' },
      { id: 2, text: 'nothing here but 123e4567-e89b-12d3-a456-426614174000 and test@example.com' },
    ];
    const result = await scan(`${texts.map((t) => JSON.stringify(t)).join('\n')}\n`);
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['r1', 2]);
    const values = lines[0].findings.map((f: { type: string; start: number; end: number }) => [
      f.type,
      texts[0]?.text.slice(f.start, f.end),
    ]);
    expect(values).toEqual([
      ['EMAIL', 'jane.doe@acme.io'],
      ['CREDIT_CARD', '4111 1111 1111 1111'],
    ]);
    expect(lines[1].findings).toEqual([]);
  });

  it('reports a bad line on stderr by number, skips it and exits 1', async () => {
    const result = await scan('{"id":1,"text":"ok"}\nnot json\n');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('line 2');
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });
});
