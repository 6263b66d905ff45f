import { describe, expect, it } from 'vitest';
import { spelledEmailEdits, spelledSign } from './spelled-email.js';
import { applyEdits, identityView } from './view.js';

const spell = (t: string): string => applyEdits(identityView(t), spelledEmailEdits(t)).text;

describe('spelledEmailEdits', () => {
  it.each<[string, string, string]>([
    ['[at] and [dot]', 'write to john [at] gmail [dot] com', 'write to john@gmail.com'],
    ['(at) and (dot)', 'john.smith(at)gmail(dot)com', 'john.smith@gmail.com'],
    ['{at} with a real dot', 'ann{at}firma.de', 'ann@firma.de'],
    ['at and dot as words', 'mail me: john at gmail dot com', 'mail me: john@gmail.com'],
    ['Spanish arroba and punto', 'es fjruiz arroba movistar punto es', 'es fjruiz@movistar.es'],
    ['upper case', 'JANE.DOE AT ACME DOT CO DOT UK', 'JANE.DOE@ACME.CO.UK'],
    ['spaced @', 'reach john @ gmail.com', 'reach john@gmail.com'],
    ['a spelled dot in the local part', 'anna dot berg at telia dot se', 'anna.berg@telia.se'],
    ['a bracketed dot in the local part', 'john [dot] smith [at] acme [dot] io', 'john.smith@acme.io'],
    ['prose with at', 'I work at acme.com now', 'I work at acme.com now'],
    ['at and dot without a common TLD', 'meet at noon dot then lunch', 'meet at noon dot then lunch'],
    ['a site to buy at', 'Buy followers at cheap-likes dot biz', 'Buy followers at cheap-likes dot biz'],
    ['a pronoun at a site', 'find us at kestrel dot io', 'find us at kestrel dot io'],
    ['an address after a verb of mailing', 'write to likes at kestrel dot io', 'write to likes@kestrel.io'],
  ])('%s', (_, text, expected) => {
    expect(spell(text)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['john [at] gmail', true],
    ['john (AT) gmail', true],
    ['john @ gmail', true],
    ['john\t@gmail', true],
    ['x dot y', true],
    ['john@gmail.com (at home)', false],
    ['a dotted line', false],
  ])('sign in %j: %s', (text, expected) => {
    spelledSign.lastIndex = 0;
    expect(spelledSign.test(text)).toBe(expected);
  });
});
