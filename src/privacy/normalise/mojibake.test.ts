import { describe, expect, it } from 'vitest';
import { mojibakeEdits, mojibakeSign } from './mojibake.js';
import { applyEdits, identityView } from './view.js';

const repair = (t: string): string => applyEdits(identityView(t), mojibakeEdits(t)).text;

describe('mojibakeEdits', () => {
  it.each<[string, string, string]>([
    ['Latin-1 letters', 'RenÃ©e LefÃ¨vre, OrlÃ©ans', 'Renée Lefèvre, Orléans'],
    ['ß and Å, whose second bytes Windows-1252 shows as Ÿ and …', 'JÃ¼rgen WeiÃŸ, Ã…sa', 'Jürgen Weiß, Åsa'],
    ['Latin Extended-A', 'Å\u0081ukasz, ÄŒech, Å¡imon', 'Łukasz, Čech, šimon'],
    ['Cyrillic', 'Ð˜Ñ€Ð¸Ð½Ð°', 'Ирина'],
    ['a three-byte letter', 'æ\u009d±äº¬', '東京'],
    ['a no-break space', '+33Â\u00a06Â\u00a012', '+33\u00a06\u00a012'],
    ['punctuation, symbols and IPA letters left alone', 'Fuß… CAFÉ–BAR â€™ Â©', 'Fuß… CAFÉ–BAR â€™ Â©'],
    ['accented text left alone', 'Düsseldorf, São Paulo, NÃO, Åsa', 'Düsseldorf, São Paulo, NÃO, Åsa'],
    ['a lead at the end', 'abcÃ', 'abcÃ'],
  ])('%s', (_, text, expected) => {
    expect(repair(text)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['RenÃ©e', true],
    ['Ð˜', true],
    ['Renée Sjöström Weiß', false],
    ['plain ASCII', false],
  ])('sign in %j: %s', (text, expected) => {
    mojibakeSign.lastIndex = 0;
    expect(mojibakeSign.test(text)).toBe(expected);
  });
});
