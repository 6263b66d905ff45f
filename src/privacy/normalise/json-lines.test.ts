import { describe, expect, it } from 'vitest';
import { jsonLinesEdits, jsonLinesSign } from './json-lines.js';
import { applyEdits, identityView } from './view.js';

const unwrap = (t: string): string => applyEdits(identityView(t), jsonLinesEdits(t)).text;

describe('jsonLinesEdits', () => {
  it.each<[string, string, string]>([
    [
      'a notebook output',
      '"text/plain": [\n   "   id  name\\n",\n   "0   7  Ann Lee\\n",\n   "1   8  Bo Li"\n  ]',
      '"text/plain": [\n   id  name\n0   7  Ann Lee\n1   8  Bo Li\n  ]',
    ],
    ['escapes inside left alone', '  "x = \\"a\\"\\n",\n  "y"', 'x = \\"a\\"\ny'],
    ['an escaped backslash before n is no line end', '  "C:\\\\n",\n  "y"', '  "C:\\\\n",\n  "y"'],
    ['CRLF lines', '  "a\\n",\r\n  "b"\r\n', 'a\r\nb\r\n'],
    [
      'keys and values are no lines',
      '  "id": "3f9a",\n  "name": "x\\n",',
      '  "id": "3f9a",\n  "name": "x\\n",',
    ],
    ['a last element only after a line', '  "a",\n  "b"', '  "a",\n  "b"'],
  ])('%s', (_, text, expected) => {
    expect(unwrap(text)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['"a\\n",\n"b"', true],
    ['"a\\n"\n', true],
    ['"a\\n" + x', false],
  ])('sign in %j: %s', (text, expected) => {
    jsonLinesSign.lastIndex = 0;
    expect(jsonLinesSign.test(text)).toBe(expected);
  });
});
