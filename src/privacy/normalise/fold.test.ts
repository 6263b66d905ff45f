import { describe, expect, it } from 'vitest';
import { foldEdits, foldSign } from './fold.js';
import { applyEdits, identityView } from './view.js';

const fold = (t: string): string => applyEdits(identityView(t), foldEdits(t)).text;

describe('foldEdits', () => {
  it.each<[string, string, string]>([
    ['zero-width characters', 'jo\u200bhn\u00ad\ufeff', 'john'],
    ['fullwidth letters and at', 'ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ', 'john@gmail.com'],
    ['Devanagari digits', '१२३-४५-६७८९', '123-45-6789'],
    ['Arabic-Indic digits', '+١ ٤١٥', '+1 415'],
    ['look-alikes in a Latin token', 'pa\u0455\u0455word', 'password'],
    [
      'look-alikes next to an at sign',
      '\u043c\u0430\u0439\u043b@x',
      '\u043cai\u043b@x'.replace('i', '\u0439'),
    ],
    [
      'Russian words left alone',
      '\u0441\u0435\u0440\u0432\u0435\u0440 \u0434\u0430',
      '\u0441\u0435\u0440\u0432\u0435\u0440 \u0434\u0430',
    ],
    ['fullwidth punctuation next to a letter or digit', '（本社）、テスト！ＯＫ', '（本社）、テスト!OK'],
    ['accents and CJK left alone', 'Düsseldorf 東京', 'Düsseldorf 東京'],
    [
      'dashes and minus inside numbers',
      '536\u201122\u20118841 4111\u20131111 \u22125',
      '536-22-8841 4111-1111 -5',
    ],
    ['no-break and thin spaces inside numbers', '06\u202f12\u00a034\u200956', '06 12 34 56'],
    ['ideographic spaces between full-width groups', '３５３０\u3000１１３３', '3530 1133'],
    ['an ideographic space between words left alone', '田中\u3000由紀', '田中\u3000由紀'],
    [
      "a full-width colon after a label, and a time's",
      'カード番号：３５３０ 受付１２：３０',
      'カード番号: 3530 受付12:30',
    ],
    ['a dash between words left alone', 'Paris \u2013 Berlin', 'Paris \u2013 Berlin'],
    [
      'a dash between digits spaced out one by one, not between numbers',
      '4 1 2 \u2013 6 8 \u2013 3 3 7 1; pages 12 \u2013 14; 2019 \u2013 2024',
      '4 1 2 - 6 8 - 3 3 7 1; pages 12 \u2013 14; 2019 \u2013 2024',
    ],
  ])('%s', (_, text, expected) => {
    expect(fold(text)).toBe(expected);
  });
});

describe('foldSign', () => {
  it.each<[string, boolean]>([
    ['\u200b', true],
    ['ａ', true],
    ['４', true],
    ['\u0430', true],
    ['٤', true],
    ['𝐚', true],
    ['é', false],
    ['ü', false],
    ['東', false],
    ['😀', false],
    // A no-break space joins the groups of numbers in French and German output (`06 12 34 56 78`).
    ['\u00a0', true],
    ['\u3000', true],
    ['\u3001', false],
    ['\u2013', true],
    ['«', false],
    ['’', false],
    ['€', false],
    ['\u0131', true],
    ['²', true],
  ])('%j: %s', (ch, expected) => {
    foldSign.lastIndex = 0;
    expect(foldSign.test(`x${ch}y`)).toBe(expected);
  });

  it('matches every BMP character folding changes', () => {
    for (let c = 0x7f; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      // Alone, punctuation is only folded next to a letter or digit: try it both ways.
      if (foldEdits(`a${ch}`).length > 0 || foldEdits(ch).length > 0) {
        foldSign.lastIndex = 0;
        expect(foldSign.test(ch), `U+${c.toString(16)}`).toBe(true);
      }
    }
  });
});
