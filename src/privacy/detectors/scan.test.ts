import { describe, expect, it } from 'vitest';
import { sqlPositionalValues } from './scan.js';

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
