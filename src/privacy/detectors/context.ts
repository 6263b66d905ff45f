/**
 * Context-word scoring shared by the detectors (presidio's "context enhancement"): a weak shape (a bare
 * 10-digit number, an SSN without dashes) counts only when a context word such as "phone" or "ssn" is
 * near it. "Near" means one of:
 * - in the same line, shortly before the match (prose `Tel.: …`, log `phone=…`, JSON key `"phone": …`);
 * - in the column header above it, for CSV/TSV, markdown and psql tables (cells split on the delimiter)
 *   and pandas printouts (header words overlapping the value's character columns).
 */

import type { Finding } from '../detector.js';
import { isRuleLine, isSpace } from './scan.js';

/** A set of lower-case context words; see {@link hasContext} for how a word matches a token. */
export type ContextWords = ReadonlySet<string>;

export function contextWords(...words: string[]): ContextWords {
  return new Set(words.map((w) => w.toLowerCase()));
}

/**
 * Whether a documentation word ends just before `start` (`format 123-45-6789`, `(e.g. 0121 234
 * 5678)`, `Beispiel: 030 12345678`): a value given as an example of a format is nobody's.
 */
export function documentedBefore(text: string, start: number): boolean {
  if (documented.test(text.slice(Math.max(0, start - 24), start))) return true;
  // `e.g. \`555-770-7727\` or \`555.770.7727 x1234\``, `(e.g. \`!##-!##-####\` -> 272-285-0453)`: the
  // second of a documentation word's examples, or the result of its first.
  return text.charCodeAt(start - 1) !== 10 && examples.test(text.slice(Math.max(0, start - 100), start));
}

const examples =
  /(?:\be\.g\.|\bexample|\bsuch as)[\s:(=,]{0,4}(?:`[^`\n]{1,40}`[ \t]*(?:\bor\b|,|->|=>|→)[ \t]*)+`?$/i;

const documented =
  /(?:\bformat(?:ted)?|\be\.g\.|\bexample|\bbeispiel|\bz\.b\.|\bpar ex\.|\bpattern|\bmask|\bplaceholder|\bsuch as)[\s:(=,`]{0,4}$/i;

/**
 * Whether `start` is inside the `@example` section of a JSDoc comment (up to its next tag or the
 * comment's end, 2,000 characters at most): `* @example ⏎ * faker.finance.iban() // 'TR7369…'`
 * shows what a call returns, a value made up for the docs (TypeScript declarations ship them).
 */
function inDocExample(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 2000), start);
  // The tag opens a comment line (`* @example`, `/** @example`); `jane@example.com` is an address.
  let at = window.lastIndexOf('@example');
  // (`lastIndexOf(s, -1)` searches from 0: a window opening on `@example` would be found for ever.)
  while (at !== -1 && !exampleTag.test(window.slice(Math.max(0, at - 8), at + 9)))
    at = at === 0 ? -1 : window.lastIndexOf('@example', at - 1);
  return at !== -1 && !window.includes('*/', at) && !docTag.test(window.slice(at + 8));
}

/** `findings` less those inside a JSDoc `@example` section (see `inDocExample`). */
export function outsideDocExamples(text: string, findings: Finding[]): Finding[] {
  return text.includes('@example') ? findings.filter((f) => !inDocExample(text, f.start)) : findings;
}

const exampleTag = /(?:^|\n|\/\*\*|\*)[ \t]*@example(?![\w.@-])/;
const docTag = /\n[ \t]*\*?[ \t]*@[a-z]/;

/**
 * Whether a context word is shortly before `start` on its line or in the column header above the span.
 * A token matches a word when equal to it, or when the word has 5+ letters and the token contains it
 * (`telefonnummer` ⊃ `telefon`, `customer_emails` ⊃ `email`).
 * @example hasContext('phone: 4155550123', 7, 17, contextWords('phone')) // true
 */
export function hasContext(
  text: string,
  start: number,
  end: number,
  words: ContextWords,
  window = 40,
): boolean {
  return isBefore(text, start, words, window) || inColumnHeader(text, start, end, words);
}

/**
 * Whether a context word occurs in the `window` characters before `start`, on the same line and after
 * the end of any earlier value (in `{"ssn": 1, "id": 2}` the word `ssn` does not reach 2). An earlier
 * value ends at a delimiter (`, ; | tab { } [ ]`) or after a `key=value ` / `key: value ` pair, read
 * left to right as the regex `/[,;|\t{}[\]]|[=:]\s*\S+\s/g` would (a char loop), unless that value is
 * a context word right before the match (`Kontakt: Tel. …`).
 */
export function isBefore(text: string, start: number, words: ContextWords, window = 40): boolean {
  const lo = Math.max(0, start - window);
  let from = lo;
  for (let k = start - 1; k >= lo; k--) {
    if (text.charCodeAt(k) === 10) {
      from = k + 1;
      break;
    }
  }
  let i = lo;
  while (i < start) {
    const c = text.charCodeAt(i);
    const role = c < 128 ? roles[c] : 0;
    if (role === 0) {
      i++;
      continue;
    }
    if (role === 1) {
      if (i + 1 > from) from = i + 1;
    } else {
      let j = i + 1;
      while (j < start && isSpace(text.charCodeAt(j))) j++;
      let k = j;
      while (k < start && !isSpace(text.charCodeAt(k))) k++;
      if (k > j && k < start) {
        // `Kontakt: Tel. 4155550123`: a short word value right before the match that is itself a
        // context word labels it (other values are not looked up: this loop runs for every candidate).
        let b = k;
        while (b < start && isSpace(text.charCodeAt(b))) b++;
        const c = text.charCodeAt(j);
        const wordy =
          b === start && k - j <= 12 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 128);
        const next = wordy && anyWord(text.slice(j, k), words) ? j : k + 1;
        if (next > from) from = next;
        i = k + 1;
        continue;
      }
    }
    i++;
  }
  return from < start && anyWord(text.slice(from, start), words);
}

/**
 * Per ASCII character, its role in `isBefore`: 1 for a delimiter (`, ; | \t { } [ ]`), 2 for `=` and
 * `:`. The loop runs over the window before every candidate of six detectors: one table load per
 * character instead of ten comparisons.
 */
const roles = new Uint8Array(128);
for (const c of ',;|\t{}[]') roles[c.charCodeAt(0)] = 1;
roles[61] = 2;
roles[58] = 2;

/** Memoised per word set: fragments (header cells, `phone: `) repeat across a text and across texts. */
const wordMemo = new WeakMap<ContextWords, Map<string, boolean>>();

function anyWord(fragment: string, words: ContextWords): boolean {
  let memo = wordMemo.get(words);
  if (memo === undefined) {
    memo = new Map();
    wordMemo.set(words, memo);
  }
  const known = memo.get(fragment);
  if (known !== undefined) return known;
  const found = tokensHold(fragment, words);
  if (fragment.length <= 64) {
    if (memo.size >= 4096) memo.clear();
    memo.set(fragment, found);
  }
  return found;
}

function tokensHold(fragment: string, words: ContextWords): boolean {
  const tokens = fragment
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  for (const token of tokens) {
    if (!token) continue;
    if (words.has(token)) return true;
    for (const word of words) if (word.length >= 5 && token.includes(word)) return true;
  }
  return false;
}

interface Layout {
  text: string;
  lineStarts: number[];
  /** Per line: up to two candidate header line indexes (-1 when none). */
  headerA: number[];
  headerB: number[];
  /** Per line, filled lazily: which delimiters the line holds (bit 0x80 once computed, 0 before). */
  delimiters: number[];
  /** Per header line, filled lazily: its text, its cells per delimiter, its words (pandas). */
  headerInfo: Map<number, HeaderInfo>;
}

interface HeaderInfo {
  line: string;
  cells: Map<string, string[]>;
  words?: Array<{ word: string; start: number; end: number }>;
  /** Whether the line is a code comment (see `codeComment`). */
  comment?: boolean;
}

/**
 * A comment or a bullet of prose opening a line (`# call the phone back later`, `-- date of birth
 * filter`, `// retry the sync`, `* note`), its words one blank apart: no column headers, though its
 * words may fall above a value's characters by chance (`x = 4155550123` under `phone`). Still a
 * header when aligned in columns (`#   name          phone`, a `#` column of row numbers) or when
 * the row below shares its delimiter (`np.savetxt` writes its header as `# name,phone`).
 */
function isComment(line: string): boolean {
  const m = commentMark.exec(line);
  return m !== null && !line.includes('  ', m[0].length) && !line.includes('\t', m[0].length);
}

const commentMark = /^[ \t]*(?:#|\/\/|--|\/\*|\*|;|%|<!--) (?=\S)/;

let cached: Layout | undefined;

/** Table rows are short; longer lines (minified JSON, a log blob) are not split into cells. */
const maxRowLength = 4096;

/** One forward pass per text (cached for the next detector on the same text): which lines head which. */
function layout(text: string): Layout {
  if (cached !== undefined && cached.text === text) {
    // An equal copy (a resent prompt) matches by content once; keep it so later checks compare by reference.
    cached.text = text;
    return cached;
  }
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const count = lineStarts.length;
  const headerA: number[] = [];
  const headerB: number[] = [];
  let strong = -1;
  let first = -1;
  let nearest = -1;
  let inBlock = false;
  // Where the first digit at or after the current line is (text.length: none): a regex search
  // skips digit-free stretches faster than a character loop, and runs once per stretch.
  let digitAt = -1;
  for (let i = 0; i < count; i++) {
    const from = lineStarts[i] as number;
    const to = lineEnd(text, lineStarts, i);
    let k = from;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    if (k === to) {
      strong = first = nearest = -1;
      inBlock = false;
      headerA.push(-1);
      headerB.push(-1);
      continue;
    }
    if (inBlock && to - from <= maxRowLength && isRuleLine(text, from, to, true)) strong = i - 1;
    inBlock = true;
    headerA.push(strong !== -1 ? strong : first !== -1 ? first : nearest);
    headerB.push(strong === -1 && first !== -1 && nearest !== first ? nearest : -1);
    if (digitAt < from) {
      digit.lastIndex = from;
      digitAt = digit.test(text) ? digit.lastIndex - 1 : text.length;
    }
    if (digitAt >= to && hasLetter(text, from, to)) {
      if (first === -1) first = i;
      nearest = i;
    }
  }
  cached = {
    text,
    lineStarts,
    headerA,
    headerB,
    delimiters: [],
    headerInfo: new Map(),
  };
  return cached;
}

const digit = /[0-9]/g;

/**
 * Whether `/\p{L}/u` holds on the line, stopping at its first ASCII letter. A line of column
 * headers has letters and no digit; `layout` finds the digits with a regex (`digitAt`).
 */
function hasLetter(text: string, from: number, to: number): boolean {
  let other = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) other = true;
  }
  return other && /\p{L}/u.test(text.slice(from, to));
}

/** The end of line `i` without its `\n` and one trailing `\r`. */
function lineEnd(text: string, lineStarts: readonly number[], i: number): number {
  const next = lineStarts[i + 1];
  const end = next === undefined ? text.length : next - 1;
  return end > (lineStarts[i] as number) && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

function lineIndex(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const delimiterChars = ['|', '\t', ',', ';'] as const;

/** Bits 1, 2, 4, 8: the line holds `|`, tab, `,`, `;` (0x80: computed). */
function delimitersOf(lay: Layout, row: number): number {
  let bits = lay.delimiters[row] ?? 0;
  if (bits !== 0) return bits;
  bits = 0x80;
  const { text, lineStarts } = lay;
  const to = lineEnd(text, lineStarts, row);
  for (let k = lineStarts[row] as number; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 124) bits |= 1;
    else if (c === 9) bits |= 2;
    else if (c === 44) bits |= 4;
    else if (c === 59) bits |= 8;
  }
  lay.delimiters[row] = bits;
  return bits;
}

function headerOf(lay: Layout, h: number): HeaderInfo {
  let info = lay.headerInfo.get(h);
  if (info === undefined) {
    const from = lay.lineStarts[h] as number;
    info = { line: lay.text.slice(from, lineEnd(lay.text, lay.lineStarts, h)), cells: new Map() };
    lay.headerInfo.set(h, info);
  }
  return info;
}

/** Whether the header cell above the span `[start, end)` holds a context word. */
export function inColumnHeader(text: string, start: number, end: number, words: ContextWords): boolean {
  const lay = layout(text);
  const { lineStarts } = lay;
  const row = lineIndex(lineStarts, start);
  const rowStart = lineStarts[row] ?? 0;
  if ((lineStarts[row + 1] ?? text.length) - rowStart > maxRowLength) return false;
  const column = start - rowStart;
  for (const h of [lay.headerA[row] as number, lay.headerB[row] as number]) {
    if (h === -1 || h === row) continue;
    const header = headerOf(lay, h);
    if (header.line.length > maxRowLength) continue;
    // Most header lines hold no delimiter (prose, log and pandas blocks): then the row's are not needed.
    const headerBits = delimitersOf(lay, h);
    const rowBits = headerBits & 0xf ? delimitersOf(lay, row) & headerBits : 0;
    let cell: string | undefined;
    if (rowBits & 0xf) {
      const d = rowBits & 1 ? 0 : rowBits & 2 ? 1 : rowBits & 4 ? 2 : 3;
      const delimiter = delimiterChars[d] as string;
      let cells = header.cells.get(delimiter);
      if (cells === undefined) {
        cells = splitCells(header.line, delimiter);
        header.cells.set(delimiter, cells);
      }
      cell = cells[cellIndex(text, rowStart, Math.min(start, lineEnd(text, lineStarts, row)), delimiter)];
    } else {
      header.comment ??= isComment(header.line);
      if (!header.comment) cell = overlapping(header, column, column + (end - start));
    }
    if (cell && anyWord(cell, words)) return true;
  }
  return false;
}

/** How many delimiters outside double quotes precede `to` on the row (RFC 4180). */
function cellIndex(text: string, from: number, to: number, delimiter: string): number {
  const d = delimiter.charCodeAt(0);
  let quoted = false;
  let index = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 34) quoted = !quoted;
    else if (c === d && !quoted) index++;
  }
  return index;
}

/** Splits a row on a delimiter, ignoring delimiters inside double quotes (RFC 4180). */
function splitCells(row: string, delimiter: string): string[] {
  const cells: string[] = [];
  let quoted = false;
  let cell = '';
  for (const ch of row) {
    if (ch === '"') quoted = !quoted;
    if (ch === delimiter && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** The whitespace-separated header words overlapping character columns `[from, to)` (pandas output). */
function overlapping(header: HeaderInfo, from: number, to: number): string {
  header.words ??= [...header.line.matchAll(/\S+/g)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  let out = '';
  for (const w of header.words) {
    if (w.start < to && w.end > from) out = out === '' ? w.word : `${out} ${w.word}`;
  }
  return out;
}
