import type { Edit } from './view.js';

/**
 * Character folding: zero-width characters dropped, fullwidth forms and non-ASCII decimal digits
 * folded to ASCII, Cyrillic/Greek look-alikes folded inside tokens that also hold Latin letters.
 */
const zeroWidth = new Set([0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0xfeff]);

/** Cyrillic, Greek and IPA letters that look like Latin ones (Unicode TR39 confusables, the common part). */
const homoglyphs = new Map<number, string>();
for (const [from, to] of [
  [
    '\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u04bb\u04cf\u051b\u051d',
    'aeopcyxijsdhlqw',
  ],
  [
    '\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0423\u0405\u0406\u0408',
    'ABEKMHOPCTXYSIJ',
  ],
  ['\u03b1\u03bf\u03c1\u03bd\u03b9\u03ba\u03c5', 'aopviku'],
  ['\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7', 'ABEZHIKMNOPTYX'],
  ['\u0261\u0251\u0131', 'gai'],
] as const) {
  for (let i = 0; i < from.length; i++) homoglyphs.set(from.charCodeAt(i), to[i] as string);
}

/**
 * Hyphens and dashes (`536‑22‑8841` with U+2011, `4111–1111–…` with an en dash), the no-break and
 * thin spaces of French and German number formatting (`06 12 34 56 78` with U+202F) and the
 * ideographic space a Japanese IME types between full-width groups (`３５３０　１１３３`): folded to
 * `-` and a space next to a letter or digit, like other punctuation.
 */
const dashes = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63]);
const spaces = new Set([0x00a0, 0x2007, 0x2009, 0x202f, 0x3000]);

/**
 * A full-width colon spaces what follows it as a colon and a blank would: after a label
 * (`カード番号：３５３０…`) it folds to both, so the value reads as one after `: ` does. Between digits
 * (`１２：３０`) it is a time's, and folds to the colon alone.
 */
const FULLWIDTH_COLON = 0xff1a;

type Fold = { value: string; kind: 'alnum' | 'punct' | 'homoglyph' } | null;
const folds = new Map<number, Fold>();
const decimalDigit = /\p{Nd}/u;

/** Unicode keeps each script's decimal digits as a run 0–9, so a digit's value is its place in the run. */
function digitValue(cp: number): number {
  let k = 0;
  while (k < 60 && decimalDigit.test(String.fromCodePoint(cp - k - 1))) k++;
  return k % 10;
}

function foldOf(cp: number): Fold {
  let fold = folds.get(cp);
  if (fold !== undefined) return fold;
  fold = computeFold(cp);
  folds.set(cp, fold);
  return fold;
}

function computeFold(cp: number): Fold {
  let fold: Fold;
  const ch = String.fromCodePoint(cp);
  const glyph = homoglyphs.get(cp);
  const nfkc = ch.normalize('NFKC');
  const code = nfkc.length === 1 ? nfkc.charCodeAt(0) : 0;
  if (glyph !== undefined) fold = { value: glyph, kind: 'homoglyph' };
  else if (dashes.has(cp)) fold = { value: '-', kind: 'punct' };
  else if (spaces.has(cp)) fold = { value: ' ', kind: 'punct' };
  else if (decimalDigit.test(ch)) fold = { value: String(digitValue(cp)), kind: 'alnum' };
  // NFKC folds fullwidth forms (U+FF01–FF5E), ＠ and ﹫, mathematical letters and circled digits.
  else if (code > 0x20 && code < 0x7f) fold = { value: nfkc, kind: isAsciiAlnum(code) ? 'alnum' : 'punct' };
  else fold = null;
  return fold;
}

const isAsciiAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

function isAlnumAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c) || (c >= 0xdc00 && c <= 0xdfff)) return false;
  return c < 0x7f ? isAsciiAlnum(c) : foldOf(text.codePointAt(i) as number)?.kind === 'alnum';
}

/** Characters of a word, an e-mail address or a key, in the scripts homoglyphs come from. */
function isTokenUnit(c: number): boolean {
  if (c < 0x7f)
    return (
      isAsciiAlnum(c) || c === 0x40 || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d
    );
  return (
    (c >= 0xc0 && c <= 0x52f) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    (c >= 0xff01 && c <= 0xff5e) ||
    zeroWidth.has(c)
  );
}

/** Marks something a Latin value is made of: an ASCII or fullwidth letter or digit, or an at sign. */
function isLatinMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x7f
    ? isAsciiAlnum(c) || c === 0x40
    : foldOf(c)?.kind === 'alnum' || c === 0xff20 || c === 0xfe6b;
}

/**
 * `4 1 2 – 6 8 – 3 3 7 1` (an SSN typed into a form's boxes): a dash with a blank and a digit on
 * each side, between digits spaced out one by one, folds too, so that the split-value view can join them.
 */
function spacedDigitDash(text: string, i: number, cp: number): boolean {
  return (
    dashes.has(cp) &&
    text.charCodeAt(i - 1) === 32 &&
    text.charCodeAt(i + 1) === 32 &&
    isDigit(text.charCodeAt(i - 2)) &&
    isDigit(text.charCodeAt(i + 2)) &&
    (text.charCodeAt(i - 3) === 32 || text.charCodeAt(i + 3) === 32)
  );
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** A decimal digit of any script (`4`, `４`, `٤`) at `i`. */
const isDigitAt = (text: string, i: number): boolean => decimalDigit.test(text.charAt(i));

/**
 * Drops zero-width characters, folds fullwidth forms and non-ASCII decimal digits to ASCII (fullwidth
 * punctuation only next to a letter or digit), and Cyrillic/Greek look-alikes only inside a token that
 * also holds Latin letters, digits or `@`, so real Russian or Greek text is left alone.
 */
export function foldEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  let tokenEnd = -1;
  let tokenMixed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x7f) continue;
    if (zeroWidth.has(c)) {
      edits.push({ start: i, end: i + 1, value: '' });
      continue;
    }
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const fold = foldOf(cp);
    if (fold?.kind === 'homoglyph' && i >= tokenEnd) {
      let a = i;
      while (a > 0 && isTokenUnit(text.charCodeAt(a - 1))) a--;
      tokenEnd = i + 1;
      while (tokenEnd < text.length && isTokenUnit(text.charCodeAt(tokenEnd))) tokenEnd++;
      tokenMixed = false;
      for (let j = a; j < tokenEnd && !tokenMixed; j++) tokenMixed = isLatinMark(text, j);
    }
    const applies =
      fold !== null &&
      (fold.kind === 'alnum' ||
        (fold.kind === 'punct' &&
          (isAlnumAt(text, i - 1) || isAlnumAt(text, i + width) || spacedDigitDash(text, i, cp))) ||
        (fold.kind === 'homoglyph' && tokenMixed));
    if (applies) {
      const labelColon = cp === FULLWIDTH_COLON && isAlnumAt(text, i + 1) && !isDigitAt(text, i - 1);
      edits.push({ start: i, end: i + width, value: labelColon ? ': ' : fold.value });
    }
    i += width - 1;
  }
  return edits;
}

/**
 * Characters folding never changes: ASCII, Latin-1 and Latin Extended letters (but `ª ­ ² ³ ¹ º ı ſ`
 * and the no-break space), typographic punctuation (but dashes, the narrow no-break space and the
 * one-dot leader), currency, arrows and box drawing, CJK (but the ideographic space), Hangul, the emoji block and low surrogates
 * (an astral character is told by its high one). A test checks that no character here folds.
 */
export const neverFolds = String.raw`\0-\x7f\u00a1-\u00a9\u00ab\u00ac\u00ae-\u00b1\u00b4-\u00b8\u00bb-\u0130\u0132-\u017e\u0180-\u024f\u2016-\u2023\u2025-\u202e\u2030-\u205f\u20a0-\u20cf\u2190-\u2211\u2213-\u23ff\u2500-\u27bf\u3001-\u9fff\uac00-\ud7a3\ud83d\udc00-\udfff`;

/**
 * A sign that `foldEdits` could change a text: any other character. Accented and CJK text does not
 * match, while Cyrillic, Greek, fullwidth forms, other scripts' digits and invisible characters do
 * (the stage then decides exactly). V8 skips ahead fast to a non-ASCII character and only then tests
 * the long class (as a lookbehind): 1.5 GB/s, where the class alone scans ASCII at 100 MB/s.
 */
export const foldSign = new RegExp(`[\\x80-\\uffff](?<=[^${neverFolds}])`, 'g');
