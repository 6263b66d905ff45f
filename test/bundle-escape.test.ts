// scripts/bundle.mjs keeps the bundle ASCII only (V8 then holds its source one byte a character):
// it rewrites regex literals and `String.raw` templates, which esbuild's `charset: 'ascii'` leaves
// as written. The rewritten code must mean what the original meant.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const script = new URL('../scripts/bundle.mjs', import.meta.url).href;
const { escapeNonAscii } = (await import(script)) as { escapeNonAscii: (code: string) => string };

/** The value of `expression` as written and as escaped, and the escaped code. */
function both(expression: string): { before: unknown; after: unknown; code: string } {
  const code = escapeNonAscii(`(${expression})`);
  return { before: runInNewContext(`(${expression})`), after: runInNewContext(code), code };
}

/** A `String.raw` template around `body`, whose `#{` stand for `${`. */
const raw = (body: string): string => `String.raw\`${body.replaceAll('#{', '${')}\``;

// The subjects are spelled with string escapes: the code outside patterns stays ASCII.
const cases: [string, string][] = [
  ['a class of accented letters', String.raw`/^[à-ÿ]+ [生年]$/.test('\u00e9\u00fc \u751f')`],
  ['an astral character without the u flag (two code units)', String.raw`'a\u{1F600}b'.replace(/😀/, '-')`],
  ['an astral character in a u class range', String.raw`'x\u{1F603}y'.replace(/[😀-🙏]/u, '-')`],
  ['an astral character in a v class', String.raw`/^[😀🙏]$/v.test('\u{1F64F}')`],
  [
    'an astral character in a non-u class (each unit a member)',
    String.raw`'\u{1F600}'.replace(/[😀]/g, '.')`,
  ],
  ['an identity escape', String.raw`/\é\\/.test('\u00e9\\')`],
  ['a pattern reused through .source', String.raw`new RegExp(/[ä-ö]ß/.source, 'i').test('\u00d6\u00df')`],
  ['String.raw with backslashes, a backtick and a dollar', raw('\\d\\`é\\#{}\\\\ñ$')],
  ['String.raw with substitutions', raw('[#{"a"}–#{1 + 1}\\p{L}ü]')],
  ['String.raw as a pattern', 'new RegExp(String.raw`^\\p{Lu}ł\\s`, "u").test("A\\u0142\\u0142 ")'],
];

describe('escapeNonAscii', () => {
  it.each(cases)('%s: same value, ASCII only', (_, expression) => {
    const { before, after, code } = both(expression);
    expect(code).toMatch(/^\p{ASCII}*$/u);
    expect(after).toEqual(before);
  });

  it('leaves strings and comments to esbuild and code without non-ASCII as it is', () => {
    expect(escapeNonAscii("const a = 'é'; // ü")).toBe("const a = 'é'; // ü");
    expect(escapeNonAscii('const a = /x/;')).toBe('const a = /x/;');
  });

  it('refuses another tag, which may read the raw text', () => {
    expect(() => escapeNonAscii('tag`é`')).toThrow(/tagged tag/);
  });
});
