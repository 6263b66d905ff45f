import { describe, expect, it } from 'vitest';
import { ocrEdits, ocrSign } from './ocr.js';
import { applyEdits, identityView } from './view.js';

const read = (t: string): string => applyEdits(identityView(t), ocrEdits(t)).text;

describe('ocrEdits', () => {
  it.each<[string, string, string]>([
    ['a mobile', 'Mobil: +43 664 l82 4O71', 'Mobil: +43 664 182 4071'],
    ['an IBAN, its country code kept', 'IBAN: AT8O 32OO OOOO l284 7263', 'IBAN: AT80 3200 0000 1284 7263'],
    ['an SSN', 'Social Security Number: 4l2 - 73 - 9O65', 'Social Security Number: 412 - 73 - 9065'],
    [
      'a birth date after a note on its format',
      'Date of Birth (mm/dd/yyyy): O3/l7/l986',
      'Date of Birth (mm/dd/yyyy): 03/17/1986',
    ],
    [
      'a phone with a word after it',
      'Home Phone: (480) 7l9-2263 (home)',
      'Home Phone: (480) 719-2263 (home)',
    ],
    ["a Philippine form's Cel. No.", 'Cel. No.: O9l8 224 7790', 'Cel. No.: 0918 224 7790'],
    [
      'numbers listed after a phrase asking to call',
      'We tried to contact you on O113 2O4 7781 and 07946 5l8 223 without success.',
      'We tried to contact you on 0113 204 7781 and 07946 518 223 without success.',
    ],
    [
      'after a call phrase, a value of few digits, and ids with no phrase before them',
      'Call us on l2 O5 or come by. Our ref: NGB/MTG/4471O28, account ending 3O92',
      'Call us on l2 O5 or come by. Our ref: NGB/MTG/4471O28, account ending 3O92',
    ],
    // Near misses: no label, a label of something else, few digits, mostly letters, a word after.
    ['no label', 'Ref 4l2 73 9O65', 'Ref 4l2 73 9O65'],
    ['a word holding cel', 'Parcel: 4l2 73 9O65', 'Parcel: 4l2 73 9O65'],
    ['a label of another value', 'Order: 4l2 73 9O65', 'Order: 4l2 73 9O65'],
    ['too short', 'DOB: l9O5', 'DOB: l9O5'],
    ['more letters than digits', 'Phone: lOl 1O IOI lIl', 'Phone: lOl 1O IOI lIl'],
    ['a word after the number', 'Phone: 555 0199 lol', 'Phone: 555 0199 lol'],
    ['a bank name, no number', 'IBAN: ING Bank, ask Ola', 'IBAN: ING Bank, ask Ola'],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['4l2', true],
    ['9O65', true],
    ['O3/', true],
    ['Old 1', false],
    ['Hello', false],
  ])('sign in %j: %s', (text, expected) => {
    ocrSign.lastIndex = 0;
    expect(ocrSign.test(text)).toBe(expected);
  });
});
