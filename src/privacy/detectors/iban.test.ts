import { describe, expect, it } from 'vitest';
import { ibanDetector, ibanLength, mod97 } from './iban.js';

const spans = (text: string) => ibanDetector.detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);

describe('ibanDetector', () => {
  it.each<[string, string, string[]]>([
    [
      'DE print form in German prose',
      'Bitte überweisen Sie auf DE89 3704 0044 0532 0130 00 bis Freitag.',
      ['DE89 3704 0044 0532 0130 00'],
    ],
    [
      'a doubled space after the check digits (a scanned letter)',
      'IBAN: DE89  3704 0044 0532 0130 00',
      ['DE89  3704 0044 0532 0130 00'],
    ],
    ['GB electronic form', 'IBAN: GB82WEST12345698765432', ['GB82WEST12345698765432']],
    [
      'after an MT940 subfield code, not glued to other digits',
      ':86:166?30GENODEF1S04?31DE89370400440532013000?32Ana Lima x1DE89370400440532013000',
      ['DE89370400440532013000'],
    ],
    [
      'FR with letters in BBAN',
      'Virement sur FR14 2004 1010 0505 0001 3M02 606, merci.',
      ['FR14 2004 1010 0505 0001 3M02 606'],
    ],
    ['ES in Spanish prose', 'Mi cuenta es ES91 2100 0418 4502 0005 1332.', ['ES91 2100 0418 4502 0005 1332']],
    ['lower case', 'iban=nl91abna0417164300', ['nl91abna0417164300']],
    ['shortest (NO, 15)', 'konto NO9386011117947', ['NO9386011117947']],
    [
      "Iran's Sheba and a Moroccan and a Senegalese IBAN, outside the SWIFT registry",
      'شماره شبا\tIR270170000000100324200001\nRIB: MA64 0115 1900 0001 2050 0053 4921\nSN96A12010010012345678901234',
      ['IR270170000000100324200001', 'MA64 0115 1900 0001 2050 0053 4921', 'SN96A12010010012345678901234'],
    ],
    [
      'longest (RU, 33) and LC (32)',
      'RU0204452560040702810412345678901 LC55HEMM000100010012001200023015',
      ['RU0204452560040702810412345678901', 'LC55HEMM000100010012001200023015'],
    ],
    ['length multiple of four followed by a word', 'BE68 5390 0754 7034 from Anna', ['BE68 5390 0754 7034']],
    [
      'CSV',
      'name,iban\nAnn,CH9300762011623852957\nBob,AT611904300234573201\n',
      ['CH9300762011623852957', 'AT611904300234573201'],
    ],
    [
      'markdown table',
      '| Kunde | IBAN |\n|---|---|\n| Müller | IT60 X054 2811 1010 0000 0123 456 |',
      ['IT60 X054 2811 1010 0000 0123 456'],
    ],
    [
      'psql',
      ' id |            iban\n----+----------------------------\n  1 | PL61109010140000071219812874',
      ['PL61109010140000071219812874'],
    ],
    ['JSON', '{"beneficiary":{"iban":"SE4550000000058398257466"}}', ['SE4550000000058398257466']],
    [
      'SQL literal',
      "INSERT INTO accounts VALUES (1, 'MT84MALT011000012345MTLCAST001S');",
      ['MT84MALT011000012345MTLCAST001S'],
    ],
    [
      'log',
      'payout failed iban=BR1800360305000010009795493C1 reason=closed',
      ['BR1800360305000010009795493C1'],
    ],
    [
      'an IBAN after the comment holding an @example ends',
      "/** @example f() */\nconst payTo = 'DE89 3704 0044 0532 0130 00';",
      ['DE89 3704 0044 0532 0130 00'],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected.map((value) => ['IBAN', value]));
  });

  it.each<[string, string]>([
    [
      'the return values an @example section of a JSDoc comment shows',
      "/**\n * @example\n * faker.finance.iban() // 'TR736918640040966092800056'\n * faker.finance.iban({ formatted: true }) // 'FR20 8008 2330 8984 74S3 Z620 224'\n */",
    ],
    ['bad checksum', 'DE88 3704 0044 0532 0130 00 and GB82WEST12345698765433'],
    [
      'wrong length for country (an Iranian one of 28 with a passing check)',
      'DE89 3704 0044 0532 0130 0 and DE8937040044053201300000 and IR30062960000000100324200001',
    ],
    ['unknown country', 'XX89 3704 0044 0532 0130 00 and US12345678901234567890'],
    ['mixed case', 'Gb82West12345698765432'],
    ['inside a longer token', 'ref-xDE89370400440532013000 and DE89370400440532013000X'],
    ['masked', 'DE89 **** **** **** **** 00 and DE89XXXXXXXXXXXXXXXX00'],
    ['UUID and hash', '550e8400-e29b-41d4-a716-446655440000 de89370400440532013000deadbeefcafe0000'],
    ['column name only', 'SELECT iban, bic FROM accounts'],
  ])('ignores %s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });

  it('knows registry lengths and the MOD 97-10 check', () => {
    expect([ibanLength('de'), ibanLength('NO'), ibanLength('US')]).toEqual([22, 15, undefined]);
    expect([mod97('GB82WEST12345698765432'), mod97('GB83WEST12345698765432')]).toEqual([true, false]);
  });

  it('stays linear on 1 MB of near-misses and finds every real one', () => {
    const text = `${'AB12 '.repeat(100_000)}\n${'DE89 3704 0044 0532 0130 00\n'.repeat(10_000)}${'x'.repeat(200_000)}`;
    const found = ibanDetector.detect(text);
    expect(found).toHaveLength(10_000);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe('DE89 3704 0044 0532 0130 00');
  });
});
