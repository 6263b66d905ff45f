import { isLetterAt, isSpace, isWord } from './scan.js';
import { push, type TableCells } from './tables-cells.js';

/**
 * Scratch state and row helpers shared by the text-table readers (ruled, delimited, pandas,
 * left-aligned, tibble): the text's lines, one row's cells (reused arrays: no allocation per row),
 * header-cell tests, and `emit`, which adds a row's cells.
 */

// Lines are `[lineStart[i], lineEnd[i])` of the text (without `\n` and one trailing `\r`); row
// cells are split into the scratch arrays below (reused: no allocation per row).
export let lineStart: number[] = [];
export let lineEnd: number[] = [];
export const segStart: number[] = [];
export const segEnd: number[] = [];
export const segValueEnd: number[] = [];

export function splitLines(text: string): number {
  let count = 0;
  let start = 0;
  const shown = text.includes('^M$') || text.includes(caretBom);
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lineStart[count] = text.charCodeAt(start) === 60 ? afterOpeningTag(text, start, end) : start;
    lineEnd[count] = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (shown) shownEnds(text, count);
    count++;
    if (nl === -1) break;
    start = nl + 1;
  }
  return count;
}

/** Lets go of the line arrays after a text of many lines (`parseTableCells` calls it last). */
export function releaseLines(): void {
  if (lineStart.length > 4096) {
    lineStart = [];
    lineEnd = [];
  }
}

/** A UTF-8 byte order mark as `cat -v` and `cat -A` show it. */
const caretBom = 'M-oM-;M-?';

/**
 * `cat -A` (and `cat -v`) shows a file's carriage returns as `^M`, each line's end as `$` and a
 * byte order mark as `M-oM-;M-?`: `M-oM-;M-?"Record ID","First Name"^M$`. Line `k` is read
 * without them, as the file holds it.
 */
function shownEnds(text: string, k: number): void {
  const from = lineStart[k] as number;
  const to = lineEnd[k] as number;
  if (text.startsWith('^M$', to - 3) && to - 3 >= from) lineEnd[k] = to - 3;
  if (text.startsWith(caretBom, from)) lineStart[k] = from + caretBom.length;
}

/**
 * `<output cell="c3">               name     phone`: a notebook output wrapped in an XML tag (as AI
 * prompts carry it) starts its table's header line after the tag, where its columns line up with the
 * rows below. Where line `[start, end)` opens with a tag followed by two blanks, the end of the tag;
 * otherwise `start`.
 */
function afterOpeningTag(text: string, start: number, end: number): number {
  openingTag.lastIndex = start;
  const m = openingTag.exec(text);
  return m !== null && m.index + m[0].length < end ? m.index + m[0].length : start;
}

const openingTag = /<[A-Za-z][\w:.-]*(?:\s[^<>\n]*)?>(?= {2})/y;

/**
 * Trims `[from, to)` (offsets in the text; characters at or past `limit` read as none) of blanks and
 * one pair of surrounding double quotes, into scratch segment `k`; the value ends at `limit` at most.
 */
export function trimInto(text: string, from: number, to: number, limit: number, k: number): void {
  let s = from;
  let e = to;
  while (s < e && s < limit && isSpace(text.charCodeAt(s))) s++;
  while (e > s && e <= limit && isSpace(text.charCodeAt(e - 1))) e--;
  if (e - s >= 2 && e <= limit && text.charCodeAt(s) === 34 && text.charCodeAt(e - 1) === 34) {
    s++;
    e--;
  } else if (
    e - s >= 3 &&
    e <= limit &&
    (text.charCodeAt(s) === 78 || text.charCodeAt(s) === 69) &&
    text.charCodeAt(s + 1) === 39 &&
    text.charCodeAt(e - 1) === 39
  ) {
    // An SQL statement read as a delimited line: `N'María …'` (a Unicode literal) is the string's.
    s += 2;
    e--;
  } else if (e <= limit && pythonString(text, s, e)) {
    // A Python tuple printed as a row (`(1021, 'Pienaar', 'Marlise', …)`, `print(row)` of openpyxl
    // or sqlite3): a string's value is inside its quotes, its tuple's brackets outside them.
    if (text.charCodeAt(s) === 40) s++;
    if (text.charCodeAt(e - 1) === 41) e--;
    s++;
    e--;
  }
  segStart[k] = s;
  segEnd[k] = e;
  segValueEnd[k] = e < limit ? e : Math.max(s, limit);
}

/** `'Pienaar'`, `('id'`, `'Sipho')`: a single-quoted string, a tuple's bracket before or after it. */
function pythonString(text: string, s: number, e: number): boolean {
  const open = text.charCodeAt(s) === 40 ? s + 1 : s;
  const close = text.charCodeAt(e - 1) === 41 ? e - 2 : e - 1;
  return close - open >= 1 && text.charCodeAt(open) === 39 && text.charCodeAt(close) === 39;
}

export const segValue = (text: string, k: number): string =>
  text.slice(segStart[k] as number, segValueEnd[k] as number);

/**
 * Splits line `[from, to)` on `sep` outside double quotes (RFC 4180 style) into the scratch
 * segments; returns how many. With `keep`, gives up (-1) at the first segment failing it. A `"`
 * between two letters of an unquoted field is a letter's mark, as Hebrew writes its gershayim
 * (`דוא"ל`, e-mail; `ת"ז`, identity card), and opens no quoted field. A line that is a Python tuple
 * (`(1021, 'Pienaar', datetime.datetime(1986, 3, 14, 0, 0), 38500)`, openpyxl's `print(row)`) is
 * split only outside its single-quoted strings and nested brackets, so a `datetime(…)` is one cell.
 */
export function splitLine(
  text: string,
  from: number,
  to: number,
  d: number,
  keep?: (value: string, k: number) => boolean,
): number {
  let n = 0;
  let cell = from;
  let quoted = false;
  const tuple = pythonTuple(text, from, to);
  let single = false;
  let depth = 0;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : -1;
    if (c === 34) {
      if (!single && (quoted || !inWord(text, i))) quoted = !quoted;
    } else if (tuple && !quoted && (c === 39 || single)) {
      if (c === 39) single = !single;
    } else if (tuple && !quoted && (c === 40 || c === 91 || c === 123)) {
      depth++;
    } else if (tuple && !quoted && (c === 41 || c === 93 || c === 125)) {
      depth--;
    } else if (i === to || (c === d && !quoted && depth <= 1)) {
      trimInto(text, cell, i, to, n);
      if (keep !== undefined && !keep(segValue(text, n), n)) return -1;
      n++;
      cell = i + 1;
    }
  }
  return n;
}

/** Whether line `[from, to)` reads as a printed Python tuple: `(1021, 'Pienaar', …)`, `(` to `)`. */
function pythonTuple(text: string, from: number, to: number): boolean {
  return to - from > 2 && text.charCodeAt(from) === 40 && text.charCodeAt(to - 1) === 41;
}

/**
 * Per delimiter (`\t , ; |`): the first occurrence at or after `searchedFrom` (-1: none), so that
 * asking line after line costs one `indexOf` per occurrence, not one scan to the next occurrence
 * (or the text's end) per line. Reset per text.
 */
const searchedFrom = [0, 0, 0, 0].fill(Number.MAX_SAFE_INTEGER);
const foundAt = [0, 0, 0, 0];

function slotOf(d: number): number {
  return d === 9 ? 0 : d === 44 ? 1 : d === 59 ? 2 : 3;
}

/** Whether line `[from, to)` holds the delimiter `d` (one of `\t , ; |`). */
export function lineHas(text: string, from: number, to: number, d: number): boolean {
  const slot = slotOf(d);
  let at = foundAt[slot] as number;
  const searched = searchedFrom[slot] as number;
  if (from < searched || (at !== -1 && at < from)) {
    at = text.indexOf(String.fromCharCode(d), from);
    searchedFrom[slot] = from;
    foundAt[slot] = at;
  }
  return at !== -1 && at < to;
}

export function blank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

/**
 * A column name: `email`, `Date of birth`, `ת.ז.`, a Hebrew abbreviation's gershayim (`דוא"ל`), the
 * vowel signs of Indic scripts (`मोबाइल`, `জন্ম তারিখ`), and the degree sign that Romance languages
 * write for "number" after its letter (`N°`, `N° tessera`; `Nº` is a letter's).
 */
export const isHeaderName = (s: string): boolean =>
  /^[\p{L}_](?:[\p{L}\p{M}\p{N}_ .,#/()%'&-]|(?<=\p{L})"(?=\p{L})|(?<=\p{L})°){0,63}$/u.test(s);
/** A header cell as exported, stray quotes and commas around it stripped: `",created_at,"` → `created_at`. */
export function cleanHeader(s: string): string {
  if (s === '' || (isHeadChar(s.charCodeAt(0)) && isHeadChar(s.charCodeAt(s.length - 1)))) return s;
  return s.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_)%]+$/gu, '');
}

/** A character a cleaned header may start or end with: a letter, digit, `_` or any non-ASCII character. */
const isHeadChar = (c: number): boolean => isWord(c) || c >= 128;
/** A delimited header cell: a name (after cleaning). */
export const isHeaderCell = (s: string): boolean => isHeaderName(cleanHeader(s));
/**
 * Survey and learning-platform exports name a column by its whole question or its grade item:
 * `"Wie viele Erwachsene kommen mit?"` (Google Forms), `"Quiz: Week 3 (Real)"` (Moodle),
 * `"Coursework 1 [Total Pts: 100 Score] |1204471"` (Blackboard), `Essay 1: Piaget vs Vygotsky (118207)`
 * (Canvas). Such a header is any text with a letter (up to 200 characters) when it is quoted or
 * tab-separated, which prose is not; unquoted between commas, a name that may hold `: ` after
 * the first cell (prose puts its colon in the first: `Mother: Patricia Santos, native of Quezon City`),
 * or a short question after the first (`كيف عرفت عن الدورة؟`, how did you hear about the course?).
 */
const questionHeader = /^[^\s"][^"\r\n\t]{0,199}$/;
const hasLetter = /\p{L}/u;
const question = /^[¿\p{L}][^?؟¿]{0,60}[?؟]$/u;
const titledItem = /^\p{L}[\p{L}\p{N}_ .#/()%'&-]{0,40}: [\p{L}\p{N}][\p{L}\p{N}_ .#/()%'&-]{0,80}$/u;
export function headerCellOf(text: string, sep: number): (s: string, k: number) => boolean {
  return (s, k) => {
    // (A clause of six words or more after a comma and a blank is prose, not a column's name.)
    if (sep === 44 && proseClause(text, s, k)) return false;
    if (isHeaderCell(s)) return true;
    // The row labels' column may have no header: `,Q1,Q2` (pandas' `to_csv()` with its index), a
    // gradebook grid copied from the screen (`⇥Unit 2 Quiz⇥Lab: Mendel's Peas`, students below).
    if (k === 0 && s === '') return true;
    const quoted =
      text.charCodeAt((segStart[k] as number) - 1) === 34 && text.charCodeAt(segEnd[k] as number) === 34;
    if (quoted || sep === 9) return questionHeader.test(s) && hasLetter.test(s);
    return (
      k > 0 &&
      (titledItem.test(s) || (question.test(s) && isHeaderName(s.replace(/^¿/, '').slice(0, -1).trim())))
    );
  };
}

/**
 * Whether a comma-separated segment is a clause of prose: after a comma and a blank, as prose writes
 * it, six words or more, no question. `En la Ciudad de México, el día 9 de junio de 2024, el Pbro.
 * Héctor Salgado Ruiz bautizó solemnemente a` is a sentence that wraps, not a CSV header over the
 * next line (which would block the names in it as column names). `Name, Email, Phone` and an export's
 * `…,Date of birth (for venue security),…` (no blank after its comma) are headers.
 */
function proseClause(text: string, s: string, k: number): boolean {
  if (k === 0 || s.length < 24 || s.endsWith('?')) return false;
  const at = segStart[k] as number;
  if (text.charCodeAt(at - 1) !== 32 || text.charCodeAt(at - 2) !== 44) return false;
  let words = 1;
  for (let i = s.indexOf(' '); i !== -1 && words < 6; i = s.indexOf(' ', i + 1)) words++;
  return words >= 6;
}
const footer = /^\s*\(\d+ rows?\)\s*$|^\s*\[\d+ rows x \d+ columns\]\s*$/;

/** `( N rows)`, `[N rows x M columns]`: a line whose first non-blank is `(` or `[` is tested. */
export function isFooter(text: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && isSpace(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  return k < to && (c === 40 || c === 91) && footer.test(text.slice(from, to));
}

/** Emits scratch segments `[first, first + count)` as cells of the columns from `base` (`columns` of them). */
export function emit(out: TableCells, base: number, columns: number, first: number, count: number): void {
  const n = Math.min(count, columns);
  for (let k = 0; k < n; k++) {
    const s = segStart[first + k] as number;
    const ve = segValueEnd[first + k] as number;
    if (ve - s > 5 && cellText.charCodeAt(s) === 36 && interpolated(s, ve))
      push(out, s + 3, ve - 2, ve - 2, base + k, true);
    else if (ve > s) push(out, s, segEnd[first + k] as number, ve, base + k);
  }
}

/** The text whose tables are being read (`startText` sets it), for `emit` to look into. */
let cellText = '';

/** Readies the scratch state to read the tables of `text` (`parseTableCells` calls it first). */
export function startText(text: string): void {
  cellText = text;
  searchedFrom.fill(Number.MAX_SAFE_INTEGER); // nothing searched yet
  nextGap.reset();
  nextQuote.reset();
}

/**
 * Whether the cell `[s, ve)` of `cellText` is one string interpolated into a template literal:
 * a Jest `test.each` table's `${'Te Whata'}` (read as the quoted `Te Whata`).
 */
function interpolated(s: number, ve: number): boolean {
  const t = cellText;
  const q = t.charCodeAt(s + 2);
  return (
    t.charCodeAt(s + 1) === 123 &&
    (q === 39 || q === 34) &&
    t.charCodeAt(ve - 1) === 125 &&
    t.charCodeAt(ve - 2) === q &&
    t.indexOf(String.fromCharCode(q), s + 3) === ve - 2
  );
}

/**
 * The first occurrence of a string at or after a position, remembered: lines asked about in
 * increasing order cost one search in all, not one to the text's end (or the next occurrence) each.
 */
class NextOccurrence {
  #at = -2; // -1: none; -2: not searched yet
  #from = 0;

  constructor(private readonly needle: string) {}

  reset(): void {
    this.#at = -2;
  }

  /** The first occurrence at or after `from`, or -1. */
  after(text: string, from: number): number {
    if (this.#at === -2 || from < this.#from || (this.#at !== -1 && this.#at < from)) {
      this.#at = text.indexOf(this.needle, from);
      this.#from = from;
    }
    return this.#at;
  }
}

export const nextQuote = new NextOccurrence('"');
const nextGap = new NextOccurrence('  ');

/** Whether the character at `at` has a letter on both sides (`ת"ז`). */
export function inWord(text: string, at: number): boolean {
  return isLetterAt(text, at - 1) && isLetterAt(text, at + 1);
}

/** Whether line `[from, to)` holds two spaces in a row. */
export function lineHasGap(text: string, from: number, to: number): boolean {
  const gapAt = nextGap.after(text, from);
  return gapAt !== -1 && gapAt < to;
}
