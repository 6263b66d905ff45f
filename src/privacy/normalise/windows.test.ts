import { describe, expect, it } from 'vitest';
import { identityView } from './view.js';
import { foldView, joinView, signWindows } from './windows.js';

const windows = (text: string): string[] => {
  const spans = signWindows(text);
  const out: string[] = [];
  for (let i = 0; i < spans.length; i += 2) out.push(text.slice(spans[i], spans[i + 1]));
  return out;
};

describe('signWindows', () => {
  it.each<[string, string, string[]]>([
    ['plain ASCII text', 'id,region,total\n1,EMEA,10.50\n2,NA,7\nSELECT a FROM t WHERE c >= 2;', []],
    ['accents and CJK', 'Düsseldorf, Zürich\n東京都千代田区', []],
    ['the line of a sign', 'one\ntwo a&#64;b\nthree', ['two a&#64;b']],
    [
      'a split value takes in the next line',
      'one\nmail a@exa\nmple.org now\nthree',
      ['mail a@exa\nmple.org now'],
    ],
    ['neighbouring lines merge', 'x\nj\u200bo\nm\u200bo\ny', ['j\u200bo\nm\u200bo']],
    ['a soft line break takes in the next line', 'a\nHerrn Wo=\nlfgang K\nb', ['Herrn Wo=\nlfgang K']],
    [
      'quoted-printable and an encoded word',
      'a\nFrau Schr=C3=B6der\nnothing to see on this line\nTo: =?UTF-8?B?QQ==?=',
      ['Frau Schr=C3=B6der', 'To: =?UTF-8?B?QQ==?='],
    ],
    [
      'the lines of a JSON array of lines merge',
      'x\n[\n "a b\\n",\n "c d\\n",\n "e"\n]',
      [' "a b\\n",\n "c d\\n",\n "e"'],
    ],
    ['a spelled address', 'a\nwrite to john [at] gmail [dot] com\nb', ['write to john [at] gmail [dot] com']],
  ])('%s', (_, text, expected) => {
    expect(windows(text)).toEqual(expected);
  });

  it('clips a long line to the words around the sign', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const text = `${words(200)} a&#64;b ${words(200)}`;
    const [window] = windows(text);
    expect(window).toContain('a&#64;b');
    expect(window?.length).toBeLessThan(300);
    expect(window).toMatch(/^word\d+ .* word\d+$/);
  });

  it("starts a long line's window at the opening quote of the string holding an escaped line break", () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const header = Array.from({ length: 20 }, (_, i) => `column_${i}`).join('  ');
    const text = `{"note": "${words(100)}", "text/plain": "${header}\\n0  1  2", "x": "${words(100)}"}`;
    const [window] = windows(text);
    expect(window?.startsWith(`"${header}\\n0  1  2"`)).toBe(true);
    // A sign in no string (a key's quote is no opening one) keeps its clipped window.
    const prose = `${words(200)} line one\\nline two ${words(200)}`;
    expect(windows(prose)[0]).toMatch(/^word\d+ /);
  });

  it("ends a long line's window at the closing quote of the string holding an escaped line break", () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const rows = Array.from(
      { length: 12 },
      (_, i) => `| ${4400 + i} | pupil number ${i} of homeroom 7C | 2012-03-0${i % 9} |`,
    );
    const table = `| id | note | birth_date |\\n|---|---|---|\\n${rows.join('\\n')}`;
    const text = `{"messages":[{"content":"${words(100)}"},{"role":"tool","content":"${table}"},{"x":"${words(100)}"}]}`;
    const last = windows(text).at(-1);
    expect(last?.endsWith(`${rows[11]}"`)).toBe(true);
    // A sign in no string (only a value's opening quote further on) keeps its clipped window.
    const prose = `${words(100)} line one\\nline two ${words(100)} "x": "y"`;
    expect(windows(prose)[0]).toMatch(/ word\d+$/);
  });
});

describe('window views', () => {
  it('builds a folded view only when something changed', () => {
    const base = (t: string) => () => identityView(t);
    expect(foldView('a&#64;b', base('a&#64;b'))?.text).toBe('a@b');
    expect(foldView('Tom &unknown; x', base('Tom &unknown; x'))).toBeUndefined();
    expect(joinView('a@exa\nmple.org', base('a@exa\nmple.org'))?.text).toBe('a@example.org');
    expect(joinView('the end\nof it', base('the end\nof it'))).toBeUndefined();
  });
});
