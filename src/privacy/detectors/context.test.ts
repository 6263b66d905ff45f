import { describe, expect, it } from 'vitest';
import type { Finding } from '../detector.js';
import { contextWords, hasContext, inColumnHeader, isBefore, outsideDocExamples } from './context.js';

const words = contextWords('phone', 'telefon', 'ip');

/** Whether `value` (its first occurrence after `after`) has context in `text`. */
function contextOf(text: string, value: string, after = ''): boolean {
  const start = text.indexOf(value, text.indexOf(after) + after.length);
  if (start < 0) throw new Error(`fixture lacks ${value}`);
  return hasContext(text, start, start + value.length, words);
}

describe('context words', () => {
  it.each<[string, string, string, boolean]>([
    ['prose before', 'my phone is 4155550123', '4155550123', true],
    ['German compound', 'Telefonnummer: 030123456', '030123456', true],
    ['camelCase key', '{"mobilePhone": 4155550123}', '4155550123', true],
    ['too far before', `phone ${'x'.repeat(60)} 4155550123`, '4155550123', false],
    ['other line, other column', 'phone\nthe id is 4155550123', '4155550123', false],
    ['short words match whole tokens only', 'zip code 4155550123', '4155550123', false],
    ['a nearer JSON key owns the value', '{"phone": 1, "id": 4155550123}', '4155550123', false],
    ['a nearer log pair owns the value', 'phone=1 id=4155550123', '4155550123', false],
    ['a pair whose value is the context word', 'Kontakt: Telefon 4155550123', '4155550123', true],
    ['CSV header', 'id,phone\n1,4155550123', '4155550123', true],
    ['CSV header, other column', 'phone,id\n1,4155550123', '4155550123', false],
    ['CSV quoted comma', 'name,phone\n"Lee, Ann",4155550123', '4155550123', true],
    ['TSV header', 'id\tphone\n1\t4155550123', '4155550123', true],
    ['markdown header', '| id | phone |\n|---|---|\n| 1 | 4155550123 |', '4155550123', true],
    ['psql header', ' id | phone\n----+-----------\n  1 | 4155550123', '4155550123', true],
    [
      'psql row without digits does not become the header',
      ' n | phone\n---+------\n a | b\n c | 4155550123',
      '4155550123',
      true,
    ],
    ['pandas header', '   id       phone\n0   1  4155550123', '4155550123', true],
    ['pandas header, other column', '        phone  id\n0  4155550123   1', '1', false],
    [
      'header after code without blank line',
      'print(df)\n   id       phone\n0   1  4155550123',
      '4155550123',
      true,
    ],
    ['blank line ends a table', 'id,phone\n\n1,4155550123', '4155550123', false],
    ['a cell before the value is another field', 'phone,4155550123', '4155550123', false],
    [
      'a code comment above a value is no header',
      '# call the phone back later\nx = 4155550123',
      '4155550123',
      false,
    ],
    [
      'a SQL comment above a value is no header',
      '-- telefon export\nWHERE batch = 4155550123',
      '4155550123',
      false,
    ],
    ['a commented header of a delimited file', '# id,phone\n1,4155550123', '4155550123', true],
    ['a header line opening with #', '#   phone\n0   4155550123', '4155550123', true],
  ])('%s', (_name, text, value, expected) => {
    expect(contextOf(text, value)).toBe(expected);
  });

  it('exposes the two sources separately', () => {
    const text = 'ip,host\n10.0.0.1,web';
    expect(isBefore(text, 8, words)).toBe(false);
    expect(inColumnHeader(text, 8, 16, words)).toBe(true);
  });

  it('answers on one huge line and on a huge table (linear: no timing, the runner timeout guards)', () => {
    const line = `${'phone 4155550123, '.repeat(50_000)}`;
    const table = `id,phone\n${'1,4155550123\n'.repeat(50_000)}`;
    let onLine = 0;
    let inTable = 0;
    for (let i = 0; i < line.length; i += 180) if (hasContext(line, i + 6, i + 16, words)) onLine++;
    for (let i = 9; i < table.length; i += 130) if (hasContext(table, i + 2, i + 12, words)) inTable++;
    expect(onLine).toBe(Math.ceil(line.length / 180));
    expect(inTable).toBe(Math.ceil((table.length - 9) / 130));
  });
});

describe('outsideDocExamples', () => {
  it('ends when the 2,000 characters before a finding open on an address at example.com', () => {
    // The window the JSDoc rule reads starts at the `@` of `a@example.com`: no tag there, and the
    // search for an earlier one once came back to the same place for ever.
    const text = `a@example.com\n${'x'.repeat(1980)}\nphone 0171 234 5678`;
    const start = text.indexOf('0171');
    expect(start - 2000).toBe(1);
    const found: Finding[] = [{ type: 'PHONE', start, end: start + 13, score: 0.9, detector: 'phone' }];
    expect(outsideDocExamples(text, found)).toEqual(found);
  });

  it('drops a finding inside a JSDoc @example section', () => {
    const text = '/**\n * @example\n * faker.phone.number() // 0171 234 5678\n */';
    const start = text.indexOf('0171');
    const found: Finding[] = [{ type: 'PHONE', start, end: start + 13, score: 0.9, detector: 'phone' }];
    expect(outsideDocExamples(text, found)).toEqual([]);
  });
});
