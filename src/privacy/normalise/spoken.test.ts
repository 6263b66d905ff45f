import { describe, expect, it } from 'vitest';
import { spokenDigitEdits, spokenSign } from './spoken.js';
import { applyEdits, identityView } from './view.js';

const decode = (t: string): string => applyEdits(identityView(t), spokenDigitEdits(t)).text;

describe('spokenDigitEdits', () => {
  it.each<[string, string, string]>([
    [
      'a phone with oh and double, grouped by pauses',
      'call me on oh seven seven double four, nine three one, two oh eight.',
      'call me on 07744 931 208.',
    ],
    ['a card read in groups', 'four four eight five, two seven one six', '4485 2716'],
    ['Spanish digits', 'Seis cuatro nueve, dos uno ocho, tres tres siete', '649 218 337'],
    [
      'a short run in prose changes nothing',
      'one or two of the three reports',
      'one or two of the three reports',
    ],
    [
      'fewer than seven digits change nothing',
      'press one two three four to continue',
      'press one two three four to continue',
    ],
  ])('%s', (_, text, expected) => {
    expect(decode(text)).toBe(expected);
  });

  it('signs a run of four digit words, not words that merely hold one', () => {
    spokenSign.lastIndex = 0;
    expect(spokenSign.test('one two three four')).toBe(true);
    spokenSign.lastIndex = 0;
    expect(spokenSign.test('someone twofold threefold fourteen')).toBe(false);
  });
});
