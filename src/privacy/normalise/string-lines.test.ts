import { describe, expect, it } from 'vitest';
import { stringLineEdits } from './string-lines.js';
import { applyEdits, identityView } from './view.js';

const lines = (t: string): string => applyEdits(identityView(t), stringLineEdits(t)).text;

describe('stringLineEdits', () => {
  it.each<[string, string, string]>([
    [
      'a Jupyter text/plain output',
      '{"text/plain": "   name  dob\\n0  Ana  1990-02-14"}}],',
      '{"text/plain": "\n   name  dob\\n0  Ana  1990-02-14\n"}}],',
    ],
    [
      'a psql output ending in a line break',
      '"output":" id | name\\n----+-----\\n  1 | Ana\\n(1 row)\\n"}',
      '"output":"\n id | name\\n----+-----\\n  1 | Ana\\n(1 row)\\n"}',
    ],
    ["a Python repr's single quotes", "{'text': 'a\\nb'}", "{'text': '\na\\nb\n'}"],
    ['a string opening a line', '  "x\\ny",', '  "\nx\\ny\n",'],
  ])('%s', (_, text, expected) => {
    expect(lines(text)).toBe(expected);
  });

  it.each<[string, string]>([
    ['strings without a line break', '{"a": "b", "c": "d e"}'],
    ['an escaped backslash before n', '{"path": "C:\\\\new"}'],
    ['a quote in prose, not in a value place', 'He said "no\\n" twice'],
    ['a key (a string before its colon) with no break', '{"a\\\\nb": 1}'],
  ])('leaves %s alone', (_, text) => {
    expect(lines(text)).toBe(text);
  });
});
