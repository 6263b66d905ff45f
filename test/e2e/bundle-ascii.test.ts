// The built bundle is ASCII only (scripts/bundle.mjs: V8 then keeps each chunk's source one byte a
// character), and the detectors whose patterns were written in other scripts still match through it.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = resolve(import.meta.dirname, '../../dist/bin');

describe('the built bundle', () => {
  it('is ASCII only', () => {
    const chunks = readdirSync(bin).filter((name) => name.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(1);
    const nonAscii = chunks.filter((name) => /[^\p{ASCII}]/u.test(readFileSync(join(bin, name), 'utf8')));
    expect(nonAscii).toEqual([]);
  });

  it('still finds what patterns in other scripts describe', () => {
    const texts = ['生年月日: 1990年4月12日', 'Контакт: дата рождения 12.04.1990'];
    const input = texts.map((text, id) => JSON.stringify({ id, text })).join('\n');
    const result = spawnSync(process.execPath, [join(bin, 'main.js'), 'scan'], { input, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const found = result.stdout
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as { id: number; findings: { type: string; start: number; end: number }[] },
      )
      .map(({ id, findings }) => findings.map((f) => [f.type, texts[id]?.slice(f.start, f.end)]));
    expect(found).toEqual([[['DATE_OF_BIRTH', '1990年4月12日']], [['DATE_OF_BIRTH', '12.04.1990']]]);
  });
});
