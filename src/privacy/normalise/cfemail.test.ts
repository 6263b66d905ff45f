import { describe, expect, it } from 'vitest';
import { cfEmailEdits, cfEmailSign } from './cfemail.js';
import { applyEdits, identityView } from './view.js';

const decode = (t: string): string => applyEdits(identityView(t), cfEmailEdits(t)).text;

/** The hex Cloudflare writes for `address` with the key `key`. */
const hide = (address: string, key: number): string =>
  [key, ...Buffer.from(address)]
    .map((b, i) => (i === 0 ? b : b ^ key).toString(16).padStart(2, '0'))
    .join('');

describe('cfEmailEdits', () => {
  it.each<[string, string, string]>([
    [
      'the data-cfemail attribute',
      `<span data-cfemail="${hide('ann@kestrel.de', 0x5c)}">`,
      '<span data-cfemail="ann@kestrel.de">',
    ],
    [
      'the email-protection link',
      `href="/cdn-cgi/l/email-protection#${hide('b.k@x.io', 0x21)}"`,
      'href="/cdn-cgi/l/email-protection#b.k@x.io"',
    ],
    // Near misses: hex elsewhere, hex that decodes to no address, or to control characters.
    [
      'a colour',
      `style="color:#${hide('a@b.c', 0x5c).slice(0, 6)}"`,
      `style="color:#${hide('a@b.c', 0x5c).slice(0, 6)}"`,
    ],
    [
      'no @ once decoded',
      `data-cfemail="${hide('hello world', 0x11)}"`,
      `data-cfemail="${hide('hello world', 0x11)}"`,
    ],
    ['not printable', 'data-cfemail="00010203040506070809"', 'data-cfemail="00010203040506070809"'],
  ])('%s', (_, text, expected) => {
    expect(decode(text)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['<a data-cfemail="5c36">', true],
    ['/cdn-cgi/l/email-protection#5c36', true],
    ['data-email="5c36" #5c36', false],
  ])('sign in %j: %s', (text, expected) => {
    cfEmailSign.lastIndex = 0;
    expect(cfEmailSign.test(text)).toBe(expected);
  });
});
