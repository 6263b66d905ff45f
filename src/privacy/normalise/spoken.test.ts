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
      'numbers said half in words: a country code said as plus, digits before and after the words',
      'my mobile is plus three five eight, 40 552 1876. Call me at four one five, 283 99 oh four, or 504 two one seven 6630?',
      'my mobile is +358 40 552 1876. Call me at 415 283 99 04, or 504 217 6630?',
    ],
    [
      'three digit words beside too few digits, or beside a decimal, change nothing',
      'two one three kids, 4 dogs; rated one two three, 4.5 stars',
      'two one three kids, 4 dogs; rated one two three, 4.5 stars',
    ],
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

  it('signs a run of three digit words, not words that merely hold one', () => {
    spokenSign.lastIndex = 0;
    expect(spokenSign.test('one two three four')).toBe(true);
    spokenSign.lastIndex = 0;
    expect(spokenSign.test('504 two one seven 6630')).toBe(true);
    spokenSign.lastIndex = 0;
    expect(spokenSign.test('someone twofold threefold fourteen')).toBe(false);
  });
});
