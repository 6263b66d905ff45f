import { describe, expect, it } from 'vitest';
import { escapeEdits } from './escapes.js';
import { foldEdits } from './fold.js';
import { applyEdits, changeCounts, type Edit, identityView, mapSpan, mergeEdits } from './view.js';

describe('views and offset maps', () => {
  it('maps replaced and removed characters to the original spans, through composed edits', () => {
    const text = 'a&#64;b\u200bc';
    const decoded = applyEdits(identityView(text), escapeEdits(text));
    expect(decoded.text).toBe('a@b\u200bc');
    const folded = applyEdits(decoded, foldEdits(decoded.text));
    expect(folded.text).toBe('a@bc');
    expect(mapSpan(folded, 1, 2)).toEqual([1, 6]);
    expect(mapSpan(folded, 0, 4)).toEqual([0, text.length]);
    expect(mapSpan(folded, 3, 4)).toEqual([8, 9]);
  });

  it('maps a piece of a text to its offsets in the whole', () => {
    const view = applyEdits(identityView('x&#64;y', 100), [{ start: 1, end: 6, value: '@' }]);
    expect(view.text).toBe('x@y');
    expect(mapSpan(view, 0, 3)).toEqual([100, 107]);
    expect(mapSpan(view, 1, 2)).toEqual([101, 106]);
  });

  it.each<[string, Edit[], Array<[number, number]>]>([
    [
      'disjoint',
      [
        { start: 5, end: 6, value: '' },
        { start: 0, end: 2, value: '' },
      ],
      [
        [0, 2],
        [5, 6],
      ],
    ],
    [
      'overlapping',
      [
        { start: 0, end: 4, value: '' },
        { start: 2, end: 6, value: '' },
      ],
      [[0, 6]],
    ],
    [
      'touching',
      [
        { start: 0, end: 2, value: '' },
        { start: 2, end: 3, value: '' },
      ],
      [[0, 3]],
    ],
  ])('merges %s edits', (_, edits, expected) => {
    expect(mergeEdits(edits).map((e) => [e.start, e.end])).toEqual(expected);
  });

  it('counts changed positions, and positions next to a removal, but not a joint between pieces', () => {
    const text = 'ab\u200bcd efg';
    const view = applyEdits(identityView(text), [{ start: 2, end: 3, value: '' }]);
    const counts = changeCounts(view, text);
    const changed = (s: number, e: number) => (counts[e] as number) - (counts[s] as number);
    expect(view.text).toBe('abcd efg');
    expect(changed(0, 1)).toBe(0);
    expect(changed(1, 3)).toBe(2); // b and c sit next to the removed character
    expect(changed(5, 8)).toBe(0);
    const header = identityView(text.slice(0, 2), 0);
    const piece = identityView(text.slice(7), 7);
    const joined = {
      text: header.text + piece.text,
      starts: Int32Array.from([...header.starts, ...piece.starts]),
      ends: Int32Array.from([...header.ends, ...piece.ends]),
    };
    expect(changeCounts(joined, text, { joint: 2 })[joined.text.length]).toBe(0);
    expect(changeCounts(joined, text)[joined.text.length]).toBe(2);
  });

  it('counts a removal at the end of the text the view was made from', () => {
    const text = '"1981-10-05" x';
    const view = applyEdits(identityView(text.slice(0, 12)), [
      { start: 0, end: 1, value: '' },
      { start: 11, end: 12, value: '' },
    ]);
    expect(view.text).toBe('1981-10-05');
    const last = (counts: Int32Array) => (counts[10] as number) - (counts[9] as number);
    expect(last(changeCounts(view, text))).toBe(0);
    expect(last(changeCounts(view, text, { end: 12 }))).toBe(1);
    expect(last(changeCounts(identityView(text.slice(0, 12)), text, { end: 12 }))).toBe(0);
  });
});
