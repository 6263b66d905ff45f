import { describe, expect, it } from 'vitest';
import { base64Runs, base64View, decodeBase64Text } from './base64.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('base64', () => {
  it.each<[string, string, string | undefined]>([
    ['text', b64('hello there, world'), 'hello there, world'],
    [
      'url-safe text',
      Buffer.from('card 4111-1111-1111-1111??').toString('base64url'),
      'card 4111-1111-1111-1111??',
    ],
    ['binary', 'OsWrfkgNSgjhlqGnrauy06yCEZEXpC9z', undefined],
    ['hex', 'deadbeefdeadbeefdeadbeef', undefined],
    ['one case only', 'abcdefghijklmnopqrstuvwx', undefined],
    ['too short once decoded', b64('hi you'), undefined],
    [
      'percent-encoded',
      encodeURIComponent(b64('mail ann@kestrel.io ??? >>> o')),
      'mail ann@kestrel.io ??? >>> o',
    ],
  ])('decodes %s', (_, run, expected) => {
    expect(decodeBase64Text(run)).toBe(expected);
  });

  it.each<[string, string, Array<[number, number]>]>([
    ['a padded blob', `x=${b64('contact: ann@x.io')} y`, [[2, 2 + b64('contact: ann@x.io').length]]],
    ['prose', 'the quick brown fox jumps over the lazy dog, twice', []],
    ['a long lower-case identifier', 'customer_account_identifier_v2', []],
    ['a blob at the very start', `${b64('hello there, world')}`, [[0, b64('hello there, world').length]]],
    ['an SMTP AUTH challenge, short', '<~  334 UGFzc3dvcmQ6\n', [[8, 20]]],
    ['a short word after 334 in prose', 'we found 334 results\n', []],
    [
      'a percent-encoded blob in a query string, its padding too',
      `?data=${encodeURIComponent(b64('mail ann@kestrel.io ??? >>> ok!'))}&ip=1`,
      [[6, 6 + encodeURIComponent(b64('mail ann@kestrel.io ??? >>> ok!')).length]],
    ],
  ])('finds runs in %s', (_, text, expected) => {
    expect(base64Runs(text)).toEqual(expected);
  });

  it("decodes no text from an encoded URL's runs joined at its %2F", () => {
    const text = 'u=https%3A%2F%2FshopKestrel.se%2FcheckoutAgain%2Ftack%3Forder%3D1';
    expect(base64Runs(text)).not.toEqual([]);
    expect(base64View(text, base64Runs(text))).toBeUndefined();
  });

  it('maps every character of a decoded blob to the whole blob', () => {
    const blob = b64('mail ann@example.org');
    const text = `a ${blob} b`;
    const view = base64View(text, base64Runs(text));
    expect(view?.text).toBe('mail ann@example.org\n');
    expect([view?.starts[5], view?.ends[5]]).toEqual([2, 2 + blob.length]);
  });
});
