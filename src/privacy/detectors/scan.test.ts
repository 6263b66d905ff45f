import { describe, expect, it } from 'vitest';
import { fixedWidthLayouts, layoutFieldAt, layoutValues, ScriptLines, sqlPositionalValues } from './scan.js';

const read = (text: string): [string, string][] =>
  sqlPositionalValues(text).map((v) => [v.column, text.slice(v.start, v.end)]);

describe('sqlPositionalValues', () => {
  it('places a failing row by the INSERT of the relation the error names, nulls left out', () => {
    const text =
      'INSERT INTO public.patients (id, given_name, family_name, dob) VALUES ($1, $2, $3, $4)\n' +
      'ERROR:  new row for relation "patients" violates check constraint\n' +
      'DETAIL:  Failing row contains (48213, Jürgen, Häberle, null).';
    expect(read(text)).toEqual([
      ['id', '48213'],
      ['given_name', 'Jürgen'],
      ['family_name', 'Häberle'],
    ]);
  });

  it('places logged bind parameters by their placeholder, and a bound tuple by position', () => {
    const binds =
      'LOG:  execute <unnamed>: INSERT INTO patients (id, first_name, phone) VALUES ($1, $2, $3)\n' +
      "DETAIL:  parameters: $1 = '7', $2 = 'Keisha', $3 = '6173940528'";
    expect(read(binds)).toEqual([
      ['id', '7'],
      ['first_name', 'Keisha'],
      ['phone', '6173940528'],
    ]);
    const tuple =
      'cursor.execute(\n    "INSERT INTO dbo.Clienti (Nome, Cognome, Eta) VALUES (?, ?, ?)",\n    ("Federica", "Marchionni", 33),\n)';
    expect(read(tuple)).toEqual([
      ['Nome', 'Federica'],
      ['Cognome', 'Marchionni'],
    ]);
  });

  it('finds nothing without an INSERT that names the columns, or for another relation', () => {
    expect(read('DETAIL:  Failing row contains (1, Ana, Lima).')).toEqual([]);
    expect(
      read(
        'INSERT INTO a (x, y, z) VALUES (1, 2, 3)\nrelation "b"\nDETAIL:  Failing row contains (1, Ana, Lima).',
      ),
    ).toEqual([]);
  });
});

describe('fixed-width layouts', () => {
  const text =
    '# layout: rec(3) member_id(10) name(12) dob(8) eff_date(8)\n' +
    'DTL 0048821973 MCALLISTER B 19780314 20240601\n' +
    'DTL0048821974OKAFOR C    1991120220240601\n' +
    '-- note: x(1) y(2) z(3)\n';

  it('reads a comment giving four or more name(width) fields, not one giving fewer', () => {
    const [layout, ...rest] = fixedWidthLayouts(text);
    expect(rest).toEqual([]);
    expect(layout?.names).toEqual(['rec', 'member_id', 'name', 'dob', 'eff_date']);
    expect(layout?.widths).toEqual([3, 10, 12, 8, 8]);
  });

  it("gives a field's values on each record line, fields a blank apart or packed, blanks trimmed", () => {
    const layout = fixedWidthLayouts(text)[0];
    if (layout === undefined) throw new Error('no layout');
    const values = layoutValues(text, layout, 3);
    const read: string[] = [];
    for (let i = 0; i < values.length; i += 2) read.push(text.slice(values[i], values[i + 1]));
    expect(read).toContain('19780314');
    expect(read).toContain('19911202');
    const names = layoutValues(text, layout, 2);
    expect(text.slice(names[0], names[1])).toBe('MCALLISTER B');
  });

  it('names the field starting at a position, and where it ends', () => {
    const at = text.indexOf('19780314');
    expect(layoutFieldAt(text, at)).toEqual(['dob', at + 8]);
    expect(layoutFieldAt(text, at + 1)).toBeUndefined();
    expect(layoutFieldAt('DTL 0048821973 MCALLISTER B 19780314', 4)).toBeUndefined();
  });
});

describe('ScriptLines', () => {
  const han = /\p{sc=Han}/u;
  const names = /(?<![\p{sc=Han}] ?)\p{sc=Han}{1,3}[ \u3000]\p{sc=Han}{1,3}(?! ?\p{sc=Han})/gu;
  const text = [
    'Ticket 4411 opened by the night shift.',
    '担当: 中谷 八重子 (Osaka)',
    'No Han here at all, just a long line of English notes.',
    'Escalated to 高橋 誠一郎 and 渡辺 美咲',
    '追記: 佐藤 健',
    'closing line',
  ].join('\n');

  it('finds on the script lines what a search of the whole text finds, at offsets into the text', () => {
    const whole = [...text.matchAll(names)].map((m) => [m.index, m[0]]);
    const lines = new ScriptLines(text, han);
    expect(lines.any).toBe(true);
    expect(lines.matchAll(names).map((m) => [m.index, m[0]])).toEqual(whole);
    expect(whole.length).toBe(4);
  });

  it('searches from the lastIndex a loop sets, and leaves lastIndex as an offset into the text', () => {
    const lines = new ScriptLines(text, han);
    names.lastIndex = text.indexOf('渡辺');
    const m = lines.exec(names);
    expect(m?.[0]).toBe('渡辺 美咲');
    expect(names.lastIndex).toBe((m?.index ?? 0) + 5);
    expect(lines.exec(names)?.[0]).toBe('佐藤 健');
  });

  it("offsets a match's group indices (the d flag) into the text too", () => {
    const quoted = /(\p{sc=Han}+) (\p{sc=Han}+)/dgu;
    const [m] = new ScriptLines(text, han).matchAll(quoted);
    const [start, end] = m?.indices?.[2] ?? [0, 0];
    expect(text.slice(start, end)).toBe('八重子');
  });

  it('searches no line without the script', () => {
    const words = /[a-z]+ [a-z]+/g;
    const lines = new ScriptLines(text, han);
    expect(lines.matchAll(words).map((m) => m[0])).toEqual(['scalated to']);
    expect(new ScriptLines('only English', han).any).toBe(false);
    expect(new ScriptLines('only English', han).matchAll(words)).toEqual([]);
  });
});
