import { describe, expect, it } from 'vitest';
import { escapeEdits, escapeSign } from './escapes.js';
import { applyEdits, identityView } from './view.js';

const decode = (t: string): string => applyEdits(identityView(t), escapeEdits(t)).text;

describe('escapeEdits', () => {
  it.each<[string, string, string]>([
    ['URL-encoded at', 'john.smith%40gmail.com', 'john.smith@gmail.com'],
    ['URL-encoded UTF-8', 'to=john%EF%BC%A0gmail.com', 'to=john＠gmail.com'],
    ['only valid percent-encoding', '%41%zz%E2%82%AC%C3', 'A%zz€%C3'],
    ['HTML numeric references', 'john&#46;smith&#64;gmail&#x2E;com', 'john.smith@gmail.com'],
    ['HTML named references', 'ann&commat;outlook&period;com', 'ann@outlook.com'],
    ['only known or printable references', '&unknown; &#0; &#x110000; &lt;', '&unknown; &#0; &#x110000; <'],
    ['JSON \\u escapes', 'john\\u0040gmail.com \\u{1F600}', 'john@gmail.com 😀'],
    ['JS \\x escapes', 'john\\x40gmail\\x2ecom', 'john@gmail.com'],
    ['JSON inside a JSON string', '"{\\"dob\\": \\"1983-06-19\\"}"', '"{"dob": "1983-06-19"}"'],
    [
      'JSON in a JSON string in a JSON string: quotes and \\u escapes with their backslashes escaped',
      String.raw`{\\\"name\\\":\\\"G\\\\u00f6ran\\\",\\\"tel\\\":\\\"\\\\u002B46 70\\\"}`,
      '{"name":"Göran","tel":"+46 70"}',
    ],
    ['a string ending in an escaped backslash', String.raw`"C:\\" and "x"`, String.raw`"C:\\" and "x"`],
    ['escaped line breaks and tabs', 'name\\tphone\\r\\nAda\\t555', 'name\tphone\r\nAda\t555'],
    ['an escaped backslash before n kept', 'C:\\\\new', 'C:\\\\new'],
    ['percent-encoding encoded twice', 'email%3Dmarek.novak%2540seznam.cz', 'email=marek.novak@seznam.cz'],
    ['UTF-8 encoded twice', 'H%25C3%25A9lo', 'Hélo'],
    ['a literal %25 before no hex', '50%25 off', '50% off'],
    ['plus as a space in an encoded form value', 'tel=%2B33+6+48&x=1', 'tel=+33 6 48&x=1'],
    ['plus as a space in every value of an encoded form', 'q=a+b&tel=%2B1', 'q=a b&tel=+1'],
    ['plus kept in a form with no escape', 'q=a+b&tel=1 x%40y', 'q=a+b&tel=1 x@y'],
    ['percent-encoding encoded three times', 'hint%253Dt.lind%252540telia.se', 'hint=t.lind@telia.se'],
    ['a literal percent encoded twice', '100%2525 sure', '100% sure'],
    ['plus kept outside a form value', 'c%2B%2B + x', 'c++ + x'],
    ['a leading or doubled plus kept', 'p=+1%20x&q=a++b%20', 'p=+1 x&q=a++b '],
    [
      'HTML references escaped twice',
      'ann&amp;#64;wp.pl 692&amp;nbsp;418 &amp;amp;lt;',
      'ann@wp.pl 692 418 <',
    ],
    ['an escaped ampersand alone', 'Tom &amp; Jerry &amp;c', 'Tom & Jerry &c'],
    ['HTML named Latin-1 letters', 'Jos&eacute; Iba&ntilde;ez, Stra&szlig;e', 'José Ibañez, Straße'],
    ['HTML named references with digits', '&frac12; &sup2;', '½ ²'],
    ['HTML soft hyphen and no-break space', 'Bau&shy;mann&nbsp;GmbH', 'Baumann GmbH'],
    ['HTML typographic references', '&ldquo;x&rdquo; &ndash; &euro;5', '\u201cx\u201d \u2013 \u20ac5'],
    ['object keys are no references', '&toString; &constructor;', '&toString; &constructor;'],
    ['a run of \\x escapes as UTF-8', "b'\\xc5\\x81ukasz Wr\\xc3\\xb3bel'", "b'\u0141ukasz Wr\u00f3bel'"],
    ['a lone \\x escape as Latin-1', 'caf\\xe9 \\xff', 'caf\u00e9 \u00ff'],
    ['octal-escaped UTF-8 (protobuf text format)', 'name: "Aur\\303\\251lien"', 'name: "Aur\u00e9lien"'],
    ['a broken UTF-8 run byte by byte', '\\xc3\\x41', '\u00c3A'],
  ])('%s', (_, text, expected) => {
    expect(decode(text)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['50% off', false],
    ['Tom & Jerry', false],
    ['C:\\users', false],
    ['a%40b', true],
    ['&amp;', true],
    ['&frac12;', true],
    ['b\\xc3\\xb3', true],
    ['\\u0040', true],
    ['{\\"a\\": 1}', true],
    ['"a\\nb"', true],
    ['C:\\\\new', false],
  ])('sign in %j: %s', (text, expected) => {
    escapeSign.lastIndex = 0;
    expect(escapeSign.test(text)).toBe(expected);
  });
});
