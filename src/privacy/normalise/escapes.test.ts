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
  ])('%s', (_, text, expected) => {
    expect(decode(text)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['50% off', false],
    ['Tom & Jerry', false],
    ['C:\\users', false],
    ['a%40b', true],
    ['&amp;', true],
    ['\\u0040', true],
    ['{\\"a\\": 1}', true],
  ])('sign in %j: %s', (text, expected) => {
    escapeSign.lastIndex = 0;
    expect(escapeSign.test(text)).toBe(expected);
  });
});
