import { cfEmailEdits, cfEmailSign } from './cfemail.js';
import { escapeEdits, escapeSign } from './escapes.js';
import { foldEdits, foldSign, neverFolds } from './fold.js';
import { jsonLinesAtNewline, jsonLinesEdits, jsonLinesSign } from './json-lines.js';
import { mimeEdits, mimeSign, mimeSigns } from './mime.js';
import { mojibakeAfterNonAscii, mojibakeEdits, mojibakeSign } from './mojibake.js';
import { ocrEdits, ocrSign } from './ocr.js';
import { spelledEmailEdits, spelledSign, spelledSigns } from './spelled-email.js';
import { splitEdits, splitSign, splitSigns } from './split.js';
import { spokenDigitEdits, spokenSign } from './spoken.js';
import { stringLineEdits, stringLinesSign } from './string-lines.js';
import { applyEdits, type Edit, type View } from './view.js';

/**
 * Where normalising could change a text, and the views of those places. A scan for each stage's sign
 * (fast regexes starting with a rare character) marks the lines around each sign; the stages then run
 * on those windows only, so a text with no sign costs the scans and nothing else, and a window where
 * the stages change nothing costs no view.
 */

/** Lines up to this long are taken whole (table rows keep their columns); longer ones are clipped. */
const MAX_LINE = 512;
/** On a longer line, how far a window reaches either side of a sign (then on to a blank, at most `REACH` more). */
const MARGIN = 96;
const REACH = 256;
/** Windows closer than this are merged (one detector run instead of two). */
const MERGE_GAP = 16;

/**
 * The stages' signs, regrouped by first character for the scan of the whole text: V8 skips fast to a
 * rare character, so one regex holds every sign starting with `% & \\ @ = #` or a bracket, and the
 * signs starting with a line break or a space get one each (mixed in, they would slow the first
 * down); the fold, mojibake and katakana spelled-address signs share one pass over non-ASCII characters.
 */
const scans: readonly RegExp[] = [
  new RegExp(
    `${escapeSign.source}|${spelledSigns.rare}|${splitSigns.at}|${mimeSigns.equals}|${cfEmailSign.source}`,
    'g',
  ),
  new RegExp(`${splitSigns.newline}|\\n(?:${mimeSigns.atNewline}|${jsonLinesAtNewline})`, 'g'),
  new RegExp(spelledSigns.dot, 'g'),
  new RegExp(splitSigns.spaced, 'gm'),
  new RegExp(splitSigns.regrouped, 'g'),
  ocrSign,
  new RegExp(
    `[\\x80-\\uffff](?:(?<=[^${neverFolds}])|${mojibakeAfterNonAscii}|${spelledSigns.katakana})`,
    'g',
  ),
  spokenSign,
];

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** Where a window holding `i` starts: its line's start if the line is short, else a blank before `i`. */
function windowStart(text: string, i: number): number {
  const limit = Math.max(0, i - MAX_LINE);
  for (let k = i; k > limit; k--) if (text.charCodeAt(k - 1) === 10) return k;
  if (limit === 0 && i < MAX_LINE) return 0;
  const floor = Math.max(0, i - MARGIN - REACH);
  for (let k = Math.max(0, i - MARGIN); k > floor; k--) if (isBlank(text.charCodeAt(k - 1))) return k;
  return floor;
}

/** Where a window holding `i` ends: its line's end (its `\n`) if the line is short, else a blank after `i`. */
function windowEnd(text: string, i: number): number {
  const limit = Math.min(text.length, i + MAX_LINE);
  for (let k = i; k < limit; k++) if (text.charCodeAt(k) === 10) return k;
  if (limit === text.length) return limit;
  const ceiling = Math.min(text.length, i + MARGIN + REACH);
  for (let k = Math.min(text.length, i + MARGIN); k < ceiling; k++) if (isBlank(text.charCodeAt(k))) return k;
  return ceiling;
}

/** How far back from a window clipped inside a long line its string's opening quote is looked for. */
const STRING_REACH = 2048;

/**
 * Where a window starting at `start` inside a long line starts instead when it is inside a quoted
 * string: at the string's opening quote, so a table the string holds keeps its header line and its
 * columns (`"text/plain": "     customer_id  segment  …  data_nascimento\n118  88120 …"`, the
 * first `\n` far from the quote). Looked for back to `floor` (the previous window's end: a string
 * opened before it was looked for then) and no further than `STRING_REACH`; `start` if none.
 */
function stringStart(text: string, start: number, floor: number): number {
  if (start === 0 || text.charCodeAt(start - 1) === 10) return start;
  const limit = Math.max(floor, start - STRING_REACH);
  for (let k = start - 1; k >= limit; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return start;
    if (c !== 34 || text.charCodeAt(k - 1) === 92) continue;
    let b = k - 1;
    while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--;
    const before = text.charCodeAt(b);
    return before === 58 || before === 91 || before === 44 ? k : start;
  }
  return start;
}

/** How far `stringEnd` read, for the next window of the same sign: it never reads a character twice. */
interface StringScan {
  /** Where the last search stopped. */
  stop: number;
  /** Whether it stopped at a quote that closes no string, or at a line break: no search reads past it. */
  final: boolean;
}

/**
 * Where a window ending at `end` inside a long line ends instead when its sign `at` is inside a
 * quoted string: just after the string's closing quote, so a table the string holds keeps its last
 * rows and the string's text its end (`…| Xiomara | Quintanilla | 2011-03-28 |"}`: a window clipped
 * after `Quintanilla` loses the last row's date, and without the closing quote its first row is no
 * line of its own either: see `stringLineEdits`). A closing quote is the first one not escaped,
 * followed by what ends a value; looked for no further than `STRING_REACH` past `at`, and never
 * over what an earlier search of the same sign's windows read (`scan`); `end` if none.
 */
function stringEnd(text: string, at: number, end: number, scan: StringScan): number {
  if (end === text.length || text.charCodeAt(end) === 10) return end;
  if (end < scan.stop && scan.final) return end;
  const limit = Math.min(text.length, at + STRING_REACH);
  let k = Math.max(end, scan.stop);
  for (; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 92) {
      k++; // an escape, `\"` included: the character after the backslash closes nothing
      continue;
    }
    if (c !== 34 && c !== 10) continue;
    scan.stop = k;
    scan.final = true;
    if (c === 10) return end;
    let a = k + 1;
    while (a < text.length && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
    const after = text.charCodeAt(a);
    const closes =
      a === text.length || after === 44 || after === 125 || after === 93 || after === 41 || after === 10;
    return closes ? k + 1 : end;
  }
  scan.stop = k;
  scan.final = false;
  return end;
}

/**
 * Windows `[start, end)` of the text, as flat pairs sorted by start: each sign's line (a split
 * value's sign takes in the next line too), or on a long line the words around the sign, merged when
 * they overlap or nearly touch.
 */
export function signWindows(text: string): number[] {
  const spans: Array<[number, number]> = [];
  for (const sign of scans) {
    sign.lastIndex = 0;
    let previous = 0;
    const scan: StringScan = { stop: 0, final: false };
    for (let m = sign.exec(text); m !== null; m = sign.exec(text)) {
      let end = windowEnd(text, m.index + m[0].length);
      let start = windowStart(text, m.index);
      if (m[0] === '\\n' && start > previous) start = stringStart(text, start, previous);
      if (m[0] === '\\n') end = stringEnd(text, m.index, end, scan);
      spans.push([start, end]);
      sign.lastIndex = previous = end; // one window per line and sign
    }
  }
  if (spans.length > 1) spans.sort((a, b) => a[0] - b[0]);
  const windows: number[] = [];
  for (const [start, end] of spans) {
    const last = windows.length - 1;
    if (last > 0 && start <= (windows[last] as number) + MERGE_GAP)
      windows[last] = Math.max(windows[last] as number, end);
    else windows.push(start, end);
  }
  return windows;
}

type Stage = (text: string) => Edit[];

const foldStages: ReadonlyArray<[RegExp, Stage]> = [
  [mojibakeSign, mojibakeEdits],
  [mimeSign, mimeEdits],
  [jsonLinesSign, jsonLinesEdits],
  [stringLinesSign, stringLineEdits],
  [escapeSign, escapeEdits],
  [cfEmailSign, cfEmailEdits],
  // Facebook's exports escape each byte of a UTF-8 character as a Latin-1 one (`Nicol\u00c3\u00b2`):
  // mojibake that shows once the escapes are decoded.
  [mojibakeSign, mojibakeEdits],
  [foldSign, foldEdits],
  [ocrSign, ocrEdits],
  [spelledSign, spelledEmailEdits],
  [spokenSign, spokenDigitEdits],
];

/**
 * Repairs mojibake, decodes MIME encodings, unwraps JSON arrays of lines, puts a quoted text's
 * escaped lines on lines of their own, decodes escapes and Cloudflare's hidden addresses, folds characters, reads OCR confusions in labelled numbers and spells out addresses in `text` (the text of the view `base`
 * makes, only called if something changes): undefined if nothing changed.
 */
export function foldView(text: string, base: () => View): View | undefined {
  let folded: View | undefined;
  let current = text;
  for (const [sign, stage] of foldStages) {
    sign.lastIndex = 0;
    if (!sign.test(current)) continue;
    const edits = stage(current);
    if (edits.length === 0) continue;
    folded = applyEdits(folded ?? base(), edits);
    current = folded.text;
  }
  return folded;
}

/** Joins values split by whitespace in `text` (the text of the view `base` makes): undefined if nothing changed. */
export function joinView(text: string, base: () => View): View | undefined {
  splitSign.lastIndex = 0;
  if (!splitSign.test(text)) return;
  const joins = splitEdits(text);
  return joins.length > 0 ? applyEdits(base(), joins) : undefined;
}
