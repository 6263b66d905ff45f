/**
 * Context-word scoring shared by the detectors (presidio's "context enhancement"): a weak shape (a bare
 * 10-digit number, an SSN without dashes) counts only when a context word such as "phone" or "ssn" is
 * near it. "Near" means one of:
 * - in the same line, shortly before the match (prose `Tel.: …`, log `phone=…`, JSON key `"phone": …`);
 * - in the column header above it, for CSV/TSV, markdown and psql tables (cells split on the delimiter)
 *   and pandas printouts (header words overlapping the value's character columns).
 */

/** A set of lower-case context words; see {@link hasContext} for how a word matches a token. */
export type ContextWords = ReadonlySet<string>;

export function contextWords(...words: string[]): ContextWords {
  return new Set(words.map((w) => w.toLowerCase()));
}

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

/** Ends of earlier values: a delimiter or a `key=value ` / `key: value ` pair (the word then belongs to it). */
const valueEnd = /[,;|\t{}[\]]|[=:]\s*\S+\s/g;

/**
 * Whether a context word occurs in the `window` characters before `start`, on the same line and after
 * the end of any earlier value (in `{"ssn": 1, "id": 2}` the word `ssn` does not reach 2).
 */
export function isBefore(text: string, start: number, words: ContextWords, window = 40): boolean {
  const before = text.slice(Math.max(0, start - window), start);
  let from = before.lastIndexOf('\n') + 1;
  for (const m of before.matchAll(valueEnd)) from = Math.max(from, m.index + m[0].length);
  return anyWord(before.slice(from), words);
}

function anyWord(fragment: string, words: ContextWords): boolean {
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
  /** Per line: candidate header line indexes (-1 when none). */
  headers: Array<readonly number[]>;
}

let cached: Layout | undefined;

/** Table rows are short; longer lines (minified JSON, a log blob) are not split into cells. */
const maxRowLength = 4096;

/** One forward pass per text (cached for the next detector on the same text): which lines head which. */
function layout(text: string): Layout {
  if (cached?.text === text) return cached;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const headers: Array<readonly number[]> = [];
  let strong = -1;
  let first = -1;
  let nearest = -1;
  let inBlock = false;
  for (let i = 0; i < lineStarts.length; i++) {
    const line = lineOf(text, lineStarts, i);
    if (line.trim() === '') {
      strong = first = nearest = -1;
      inBlock = false;
      headers.push([]);
      continue;
    }
    if (inBlock && isSeparator(line)) strong = i - 1;
    inBlock = true;
    headers.push(strong !== -1 ? [strong] : [first, nearest].filter((h) => h !== -1));
    if (!/\d/.test(line) && /\p{L}/u.test(line)) {
      if (first === -1) first = i;
      nearest = i;
    }
  }
  cached = { text, lineStarts, headers };
  return cached;
}

/** A table rule: `----+----` (psql), `|---|:--:|` (markdown), `=====`. */
function isSeparator(line: string): boolean {
  return line.length <= maxRowLength && line.includes('---') && /^[\s|+:=-]+$/.test(line);
}

function lineOf(text: string, lineStarts: readonly number[], i: number): string {
  const next = lineStarts[i + 1];
  return text.slice(lineStarts[i], next === undefined ? text.length : next - 1).replace(/\r$/, '');
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

/** Whether the header cell above the span `[start, end)` holds a context word. */
export function inColumnHeader(text: string, start: number, end: number, words: ContextWords): boolean {
  const { lineStarts, headers } = layout(text);
  const row = lineIndex(lineStarts, start);
  if ((lineStarts[row + 1] ?? text.length) - (lineStarts[row] ?? 0) > maxRowLength) return false;
  const line = lineOf(text, lineStarts, row);
  const column = start - (lineStarts[row] ?? 0);
  for (const h of headers[row] ?? []) {
    if (h === row) continue;
    const header = lineOf(text, lineStarts, h);
    if (header.length > maxRowLength) continue;
    const delimiter = ['|', '\t', ',', ';'].find((d) => header.includes(d) && line.includes(d));
    const cell = delimiter
      ? splitCells(header, delimiter)[splitCells(line.slice(0, column), delimiter).length - 1]
      : overlapping(header, column, column + (end - start));
    if (cell && anyWord(cell, words)) return true;
  }
  return false;
}

/** Splits a row on a delimiter, ignoring delimiters inside double quotes (RFC 4180). */
function splitCells(row: string, delimiter: string): string[] {
  const cells = [''];
  let quoted = false;
  for (const ch of row) {
    if (ch === '"') quoted = !quoted;
    if (ch === delimiter && !quoted) cells.push('');
    else cells[cells.length - 1] += ch;
  }
  return cells;
}

/** The whitespace-separated header words overlapping character columns `[from, to)` (pandas output). */
function overlapping(header: string, from: number, to: number): string {
  const out: string[] = [];
  for (const m of header.matchAll(/\S+/g)) {
    if (m.index < to && m.index + m[0].length > from) out.push(m[0]);
  }
  return out.join(' ');
}
