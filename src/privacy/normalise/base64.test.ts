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
  ])('decodes %s', (_, run, expected) => {
    expect(decodeBase64Text(run)).toBe(expected);
  });

  it.each<[string, string, Array<[number, number]>]>([
    ['a padded blob', `x=${b64('contact: ann@x.io')} y`, [[2, 2 + b64('contact: ann@x.io').length]]],
    ['prose', 'the quick brown fox jumps over the lazy dog, twice', []],
    ['a long lower-case identifier', 'customer_account_identifier_v2', []],
    ['a blob at the very start', `${b64('hello there, world')}`, [[0, b64('hello there, world').length]]],
  ])('finds runs in %s', (_, text, expected) => {
    expect(base64Runs(text)).toEqual(expected);
  });

  it('maps every character of a decoded blob to the whole blob', () => {
    const blob = b64('mail ann@example.org');
    const text = `a ${blob} b`;
    const view = base64View(text, base64Runs(text));
    expect(view?.text).toBe('mail ann@example.org\n');
    expect([view?.starts[5], view?.ends[5]]).toEqual([2, 2 + blob.length]);
  });
});
