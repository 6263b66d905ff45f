import type { Finding } from '../detector.js';
import { resolveOverlaps } from '../registry.js';
import { isReservedDomain } from './email.js';
import { foldUnsplit, unsplit } from './names.js';
import { printoutValues } from './printouts.js';
import { isDigit, isLetterAt, isRuleLine, isSpace, isWord, matchAt, sticky } from './scan.js';

/**
 * Finds values labelled by a column header or a key in notebook material: result tables (CSV, TSV,
 * semicolon CSV, markdown, psql `|` output with its `---+---` rule, pandas DataFrame and R tibble
 * printouts) and key/value text (JSON, Python dicts, YAML, `.env`, `key=value` logs). Detectors
 * decide which labels matter; this file only says where each value sits in the original text.
 */

export interface Cell {
  /** The key, as written (quotes stripped). */
  header: string;
  /** The keys of the object the pair belongs to (just `[header]` until `keyedValuesWithSiblings`). */
  headers: readonly string[];
  value: string;
  /** Offsets of `value` in the text: `text.slice(start, end) === value`. */
  start: number;
  end: number;
  /** Whether the value was quoted, and the separator used. */
  quoted?: boolean;
  separator?: string;
  /** The table's name when the text says it. */
  table?: string;
  /**
   * A form's label of several words that ends in the key, when it opens its line or field
   * (`Baba Adı : Mustafa`, `1.1 Apellido(s) / Family name(s): GARCÍA`): `Baba Adı`, `Family name`.
   */
  label?: string;
  /** Where `label` starts in the text (it ends at the key's end). */
  labelStart?: number;
}

/** One table: its column headers, as written (quotes stripped), and its name when the text says it. */
export interface TableGroup {
  readonly headers: readonly string[];
  /** `INSERT INTO customers (…)`: `customers`. */
  readonly table?: string;
  /** Where its header line is, for a delimited or ruled table (CSV, markdown, psql). */
  readonly line?: readonly [number, number];
}

/**
 * Every cell of every table in a text, in the order found, as parallel arrays (no object or string
 * per cell: callers slice the few values they need). A cell's column is an index into
 * `columnHeader`/`columnGroup`, numbered across all the text's tables, so callers classify each
 * column's header once, not once per cell.
 */
export interface TableCells {
  readonly start: number[];
  /** Where the cell ends (a pandas cell of a short row may end past its line). */
  readonly end: number[];
  /** Where its value ends: `text.slice(start[i], valueEnd[i])` is the value (never empty). */
  readonly valueEnd: number[];
  readonly column: number[];
  /** SQL `INSERT` values: whether the value was quoted (undefined for other tables). */
  readonly quoted: Array<boolean | undefined>;
  readonly columnHeader: string[];
  readonly columnGroup: TableGroup[];
}

function emptyCells(): TableCells {
  return { start: [], end: [], valueEnd: [], column: [], quoted: [], columnHeader: [], columnGroup: [] };
}

/** Registers a table's columns; returns the id of its first column. */
function addGroup(
  out: TableCells,
  headers: readonly string[],
  table?: string,
  line?: readonly [number, number],
): number {
  const base = out.columnHeader.length;
  const group: TableGroup =
    line !== undefined ? { headers, line } : table === undefined ? { headers } : { headers, table };
  for (const h of headers) {
    out.columnHeader.push(h);
    out.columnGroup.push(group);
  }
  return base;
}

/** Takes back a group added last, and its cells: a table that turned out not to be one. */
function dropGroup(out: TableCells, base: number): void {
  while (out.column.length > 0 && (out.column[out.column.length - 1] as number) >= base) {
    out.start.pop();
    out.end.pop();
    out.valueEnd.pop();
    out.column.pop();
    out.quoted.pop();
  }
  out.columnHeader.length = base;
  out.columnGroup.length = base;
}

function push(
  out: TableCells,
  start: number,
  end: number,
  valueEnd: number,
  column: number,
  quoted?: boolean,
) {
  out.start.push(start);
  out.end.push(end);
  out.valueEnd.push(valueEnd);
  out.column.push(column);
  out.quoted.push(quoted);
}

/**
 * The index of the cell holding `[start, end)` by binary search on the cells' starts (sorted for a
 * text holding one kind of table), or -1.
 */
export function tableCellAt(cells: TableCells, start: number, end: number): number {
  const starts = cells.start;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= start) lo = mid;
    else hi = mid - 1;
  }
  return lo < starts.length && (starts[lo] as number) <= start && end <= (cells.end[lo] as number) ? lo : -1;
}

/** The header of a table cell. */
export function cellHeader(cells: TableCells, i: number): string {
  return cells.columnHeader[cells.column[i] as number] as string;
}

// Lines are `[lineStart[i], lineEnd[i])` of the text (without `\n` and one trailing `\r`); row
// cells are split into the scratch arrays below (reused: no allocation per row).
let lineStart: number[] = [];
let lineEnd: number[] = [];
const segStart: number[] = [];
const segEnd: number[] = [];
const segValueEnd: number[] = [];

function splitLines(text: string): number {
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
function trimInto(text: string, from: number, to: number, limit: number, k: number): void {
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
  }
  segStart[k] = s;
  segEnd[k] = e;
  segValueEnd[k] = e < limit ? e : Math.max(s, limit);
}

const segValue = (text: string, k: number): string =>
  text.slice(segStart[k] as number, segValueEnd[k] as number);

/**
 * Splits line `[from, to)` on `sep` outside double quotes (RFC 4180 style) into the scratch
 * segments; returns how many. With `keep`, gives up (-1) at the first segment failing it. A `"`
 * between two letters of an unquoted field is a letter's mark, as Hebrew writes its gershayim
 * (`דוא"ל`, e-mail; `ת"ז`, identity card), and opens no quoted field.
 */
function splitLine(
  text: string,
  from: number,
  to: number,
  d: number,
  keep?: (value: string, k: number) => boolean,
): number {
  let n = 0;
  let cell = from;
  let quoted = false;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : -1;
    if (c === 34) {
      if (quoted || !inWord(text, i)) quoted = !quoted;
    } else if (i === to || (c === d && !quoted)) {
      trimInto(text, cell, i, to, n);
      if (keep !== undefined && !keep(segValue(text, n), n)) return -1;
      n++;
      cell = i + 1;
    }
  }
  return n;
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
function lineHas(text: string, from: number, to: number, d: number): boolean {
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

function blank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

/** psql/markdown cells: split on `|`, without the empty cells outside a leading and a trailing `|`. */
function pipeCells(text: string, from: number, to: number): [number, number] {
  let count = splitLine(text, from, to, 124);
  let first = 0;
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (s < to && text.charCodeAt(s) === 124) {
    first = 1;
    count--;
  }
  if (e - s > 1 && text.charCodeAt(e - 1) === 124 && count > 0) count--;
  return [first, count];
}

/**
 * A column name: `email`, `Date of birth`, `ת.ז.`, a Hebrew abbreviation's gershayim (`דוא"ל`), and
 * the vowel signs of Indic scripts (`मोबाइल`, `জন্ম তারিখ`).
 */
const isHeaderName = (s: string): boolean =>
  /^[\p{L}_](?:[\p{L}\p{M}\p{N}_ .,#/()%'&-]|(?<=\p{L})"(?=\p{L})){0,63}$/u.test(s);
/** A header cell as exported, stray quotes and commas around it stripped: `",created_at,"` → `created_at`. */
function cleanHeader(s: string): string {
  if (s === '' || (isHeadChar(s.charCodeAt(0)) && isHeadChar(s.charCodeAt(s.length - 1)))) return s;
  return s.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_)%]+$/gu, '');
}

/** A character a cleaned header may start or end with: a letter, digit, `_` or any non-ASCII character. */
const isHeadChar = (c: number): boolean => isWord(c) || c >= 128;
/** A delimited header cell: a name (after cleaning). */
const isHeaderCell = (s: string): boolean => isHeaderName(cleanHeader(s));
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
function headerCellOf(text: string, sep: number): (s: string, k: number) => boolean {
  return (s, k) => {
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
const footer = /^\s*\(\d+ rows?\)\s*$|^\s*\[\d+ rows x \d+ columns\]\s*$/;

/** `( N rows)`, `[N rows x M columns]`: a line whose first non-blank is `(` or `[` is tested. */
function isFooter(text: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && isSpace(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  return k < to && (c === 40 || c === 91) && footer.test(text.slice(from, to));
}

/** Emits scratch segments `[first, first + count)` as cells of the columns from `base` (`columns` of them). */
function emit(out: TableCells, base: number, columns: number, first: number, count: number): void {
  const n = Math.min(count, columns);
  for (let k = 0; k < n; k++) {
    const s = segStart[first + k] as number;
    const ve = segValueEnd[first + k] as number;
    if (ve - s > 5 && cellText.charCodeAt(s) === 36 && interpolated(s, ve))
      push(out, s + 3, ve - 2, ve - 2, base + k, true);
    else if (ve > s) push(out, s, segEnd[first + k] as number, ve, base + k);
  }
}

/** The text whose tables are being read (`parseTableCells` sets it), for `emit` to look into. */
let cellText = '';

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

/** psql and markdown: header, a `---` rule, then rows. Returns the index after the last row. */
function ruled(text: string, lines: number, i: number, out: TableCells): number {
  const from = lineStart[i] as number;
  const to = lineEnd[i] as number;
  const piped = lineHas(text, from, to, 124);
  if (!piped) {
    const after = dashed(text, lines, i, out);
    if (after !== -1) return after;
    // A report's header between full-width rules (`Conf#     Name      Room Type …` / `-----…`):
    // left-aligned columns under it.
    const rows = leftAligned(text, lines, i, out, i + 2);
    if (rows > i + 2) return rows;
  }
  let first = 0;
  let count = 1;
  if (piped) [first, count] = pipeCells(text, from, to);
  else trimInto(text, from, to, to, 0);
  const names: string[] = [];
  for (let k = 0; k < count; k++) {
    const name = segValue(text, first + k);
    // Polars and DuckDB elide middle columns of a wide table under a `…` header; pandas'
    // `to_markdown()` leaves its index column's header empty. greenmask wraps its own columns in
    // `%` (`%LineNumber%`).
    if (name === '…' || name === '...' || (name === '' && k === 0)) names.push('');
    else if (!isHeaderName(name) && !(name.startsWith('%') && isHeaderName(name.slice(1)))) return i + 1;
    else names.push(name);
  }
  let base = -1;
  let j = i + 2;
  for (; j < lines; j++) {
    const rf = lineStart[j] as number;
    const rt = lineEnd[j] as number;
    if (blank(text, rf, rt) || isFooter(text, rf, rt)) break;
    // A rule among the rows: a box table's under its column types, or its bottom border.
    if (piped && isRuleLine(text, rf, rt, false)) continue;
    if (piped && !lineHas(text, rf, rt, 124)) break;
    if (base === -1) base = addGroup(out, names, undefined, [from, to]);
    if (piped) {
      const [f, c] = pipeCells(text, rf, rt);
      emit(out, base, names.length, f, c);
    } else {
      trimInto(text, rf, rt, rt, 0);
      emit(out, base, names.length, 0, 1);
    }
  }
  return j;
}

/**
 * Fixed-width output under a rule of dash groups, one per column (`sqlcmd`, `sqlplus`, `isql`):
 * `----------- ---------- ----------`. Each column is the span of its dashes (the tools pad every
 * value to it), so values with blanks (`Ana de Lima`) stay whole. Returns -1 when the rule has fewer
 * than two groups or a header is not a name.
 */
function dashed(text: string, lines: number, i: number, out: TableCells): number {
  const rf = lineStart[i + 1] as number;
  const rt = lineEnd[i + 1] as number;
  const left: number[] = [];
  for (let p = rf; p < rt; p++) {
    const c = text.charCodeAt(p);
    if (c !== 45 && c !== 32) return -1;
    if (c === 45 && (p === rf || text.charCodeAt(p - 1) !== 45)) left.push(p - rf);
  }
  if (left.length < 2) return -1;
  const cells = (line: number): void => {
    const f = lineStart[line] as number;
    const t = lineEnd[line] as number;
    for (let c = 0; c < left.length; c++) {
      const to = c + 1 < left.length ? f + (left[c + 1] as number) : t;
      trimInto(text, Math.min(f + (left[c] as number), t), Math.min(to, t), t, c);
    }
  };
  cells(i);
  const names: string[] = [];
  for (let c = 0; c < left.length; c++) {
    const name = segValue(text, c);
    if (!isHeaderName(name)) return -1;
    names.push(name);
  }
  let base = -1;
  let j = i + 2;
  for (; j < lines; j++) {
    if (blank(text, lineStart[j] as number, lineEnd[j] as number)) break;
    if (base === -1) base = addGroup(out, names);
    cells(j);
    emit(out, base, names.length, 0, left.length);
  }
  return j;
}

// Tab, comma, semicolon, and `|` for pipe-delimited exports without a rule (`psql -A`, Hive, bcp).
const separators = [9, 44, 59, 124] as const;

/**
 * Whether the line's first `|` has no blank beside it: exports write `a|b|c`, while markdown, psql
 * and logs pad theirs (` | `), so those lines are not split once more.
 */
function gluedPipe(text: string, from: number, to: number): boolean {
  const bar = text.indexOf('|', from);
  return (
    bar > from && bar < to - 1 && !isSpace(text.charCodeAt(bar - 1)) && !isSpace(text.charCodeAt(bar + 1))
  );
}

/**
 * Whether the line is a row framed by `|` on both sides (`| customer_id | full_name |`): a padded
 * pipe table without a rule under its header (Soda's failed-row samples, some CLIs) is read as
 * delimited when the next line is framed too.
 */
function framed(text: string, from: number, to: number): boolean {
  let a = from;
  while (a < to && isSpace(text.charCodeAt(a))) a++;
  let b = to;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return b - a > 2 && text.charCodeAt(a) === 124 && text.charCodeAt(b - 1) === 124;
}

/** Just after the opening `|` of a framed row, and at its closing `|`. */
function innerStart(text: string, from: number, to: number): number {
  let a = from;
  while (a < to && isSpace(text.charCodeAt(a))) a++;
  return a + 1;
}

function innerEnd(text: string, from: number, to: number): number {
  let b = to;
  while (b > from && isSpace(text.charCodeAt(b - 1))) b--;
  return b - 1;
}

/** Box-drawing table borders (Polars, DuckDB, `rich`): `│ ┆`, `─ ═`, corners and junctions. */
const boxDrawing = /[\u2502\u2506]/;
const boxVertical = new Set([0x2502, 0x2503, 0x2506, 0x2507, 0x250a, 0x250b, 0x2551, 0x254e, 0x254f]);
const boxHorizontal = new Set([0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x2550, 0x254c, 0x254d]);
/** Corners opening a box (`┌ ┏ ╭ ╒ ╓ ╔`) and the left junctions of a rule inside it (`├ ╞ ┝ ╟ ╠ ┠ ┣`). */
const boxTop = /^[ \t]*[\u250c\u250f\u256d\u2552\u2553\u2554]/;
const boxInnerRule = /^[ \t]*[\u251c\u255e\u251d\u255f\u2560\u2520\u2523]/;

/**
 * `text` with box-drawing tables redrawn in ASCII, character for character: verticals as `|`,
 * horizontals as `-`, corners and junctions as `+`. The rows between a box's header and its first
 * inner rule describe the columns (Polars' `---` and `str`, DuckDB's `varchar`): they become rules.
 */
function unboxed(text: string): string {
  const chars = text.split(''); // UTF-16 units: a surrogate pair is split and joined back unchanged
  for (let i = 0; i < chars.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2500 || c > 0x257f) continue;
    chars[i] = boxVertical.has(c) ? '|' : boxHorizontal.has(c) ? '-' : '+';
  }
  const lines = text.split('\n');
  let at = 0;
  for (let l = 0; l < lines.length; l++) {
    if (boxTop.test(lines[l] as string)) {
      let rule = l + 2;
      while (rule < lines.length && rule <= l + 4 && !boxInnerRule.test(lines[rule] as string)) rule++;
      if (rule < lines.length && rule <= l + 4) {
        let k = at + (lines[l] as string).length + 1 + (lines[l + 1] as string).length + 1;
        for (let r = l + 2; r < rule; r++) {
          const line = lines[r] as string;
          for (let x = 0; x < line.length; x++) if (chars[k + x] !== '|') chars[k + x] = '-';
          k += line.length + 1;
        }
      }
    }
    at += (lines[l] as string).length + 1;
  }
  return chars.join('');
}

function delimited(text: string, lines: number, i: number, out: TableCells): number {
  const from = lineStart[i] as number;
  const to = lineEnd[i] as number;
  for (const sep of separators) {
    // A header holding `sep` has two or more names (a quoted `sep` fails isHeaderName), so a next
    // line without `sep` cannot be a row of it.
    if (
      !lineHas(text, from, to, sep) ||
      !lineHas(text, lineStart[i + 1] as number, lineEnd[i + 1] as number, sep)
    )
      continue;
    const frame = sep === 124 && !gluedPipe(text, from, to) && framed(text, from, to);
    // `Time  | Client | Mobile` ⏎ `11:00 | Ahmed Mostafa | …` (a pipe table pasted without its rule
    // or outer bars): read when two rows or more follow with as many cells as its named header.
    const loose = sep === 124 && !gluedPipe(text, from, to) && !frame;
    const count = frame
      ? splitLine(text, innerStart(text, from, to), innerEnd(text, from, to), sep, isHeaderCell)
      : splitLine(text, from, to, sep, headerCellOf(text, sep));
    if (count === -1) continue;
    const names: string[] = [];
    let named = 0;
    for (let k = 0; k < count; k++) {
      const value = segValue(text, k);
      const name = value === '' ? value : cleanHeader(value);
      if (name !== '') named++;
      names.push(name);
    }
    // Two `|` columns are as often `key | value` lines (psql's `\x` display) as a table.
    if (named < (sep === 124 ? 3 : 2)) continue;
    let base = -1;
    let j = i + 1;
    for (; j < lines; j++) {
      // A quoted field may hold line breaks (RFC 4180): the row goes on to the line closing it.
      let last = j;
      if (sep !== 124)
        while (
          last + 1 < lines &&
          last - j < 64 &&
          oddQuotes(text, lineStart[j] as number, lineEnd[last] as number)
        )
          last++;
      const rf = lineStart[j] as number;
      const rt = lineEnd[last] as number;
      if (frame && !framed(text, rf, rt)) break;
      let cells = frame
        ? splitLine(text, innerStart(text, rf, rt), innerEnd(text, rf, rt), sep)
        : splitLine(text, rf, rt, sep);
      if (cells === names.length + 1 && sep === 44) cells = joinStrayComma(text, cells);
      if (cells !== names.length && !(sep === 9 && base !== -1 && shortRow(text, cells, names.length))) break;
      if (base === -1) base = addGroup(out, names, undefined, [from, to]);
      emit(out, base, names.length, 0, cells);
      j = last;
    }
    if (j > i + (loose ? 2 : 1)) return j;
    if (loose && base !== -1) dropGroup(out, base);
  }
  return i + 1;
}

/**
 * A grid copied from a web page as TSV (a sync tool's rejected rows, a report) leaves out the
 * empty cells that end a row: `cus_9014⇥…⇥priya.thakrar@sky.com⇥Priya⇥Thakrar` under eight
 * columns. After a full row, a row of `count` scratch segments, two or more and fewer than
 * `columns`, is read as the first cells of a row, unless each is a name (a header of its own).
 */
function shortRow(text: string, count: number, columns: number): boolean {
  if (count < 2 || count >= columns) return false;
  for (let k = 0; k < count; k++) if (!isHeaderCell(segValue(text, k))) return true;
  return false;
}

/**
 * `KH01431,Nguyen, Thi Lan,0912 448 307,…`: a CSV row with one field too many, a value holding `, `
 * written unquoted. When exactly one field opens with a blank after its comma between two letters
 * (CSV fields otherwise do not), it is joined back to the field before it, in the scratch segments;
 * returns the count of fields after.
 */
function joinStrayComma(text: string, count: number): number {
  let stray = -1;
  for (let k = 1; k < count; k++) {
    const s = segStart[k] as number;
    if (text.charCodeAt(s - 1) !== 32 || text.charCodeAt(s - 2) !== 44 || segEnd[k - 1] !== s - 2) continue;
    if (!isLetterAt(text, s) || !isLetterAt(text, s - 3)) continue;
    if (stray !== -1) return count;
    stray = k;
  }
  if (stray === -1) return count;
  segEnd[stray - 1] = segEnd[stray] as number;
  segValueEnd[stray - 1] = segValueEnd[stray] as number;
  for (let k = stray; k + 1 < count; k++) {
    segStart[k] = segStart[k + 1] as number;
    segEnd[k] = segEnd[k + 1] as number;
    segValueEnd[k] = segValueEnd[k + 1] as number;
  }
  return count - 1;
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

const nextQuote = new NextOccurrence('"');
const nextGap = new NextOccurrence('  ');

/**
 * Whether `[from, to)` holds an odd number of `"`: a quoted field is still open at its end. A `"`
 * between two letters outside a quoted field is a gershayim (see `splitLine`) and is not counted.
 */
function oddQuotes(text: string, from: number, to: number): boolean {
  const quoteAt = nextQuote.after(text, from);
  if (quoteAt === -1 || quoteAt >= to) return false;
  let odd = false;
  for (let q = quoteAt; q !== -1 && q < to; q = text.indexOf('"', q + 1))
    if (odd || !inWord(text, q)) odd = !odd;
  return odd;
}

/** Whether the character at `at` has a letter on both sides (`ת"ז`). */
function inWord(text: string, at: number): boolean {
  return isLetterAt(text, at - 1) && isLetterAt(text, at + 1);
}

/**
 * Whether line `i` is a spreadsheet's column letters (`\tA\tB\tC`: Google Sheets and Excel copied
 * with their headings shown).
 */
function columnLetters(text: string, i: number): boolean {
  const from = lineStart[i] as number;
  const to = lineEnd[i] as number;
  const c = text.charCodeAt(from);
  return (c === 9 || c === 65) && to - from < 80 && sheetLetters.test(text.slice(from, to));
}

const sheetLetters = /^\t?A\tB(?:\t[C-Z])*\t?$/;

/**
 * A spreadsheet pasted with its headings (`Show formulas` in Sheets): under the column letters, each
 * line opens with its row number; row 1 names the columns. Returns the index after the last row.
 */
function sheetGrid(text: string, lines: number, i: number, out: TableCells): number {
  if (i + 2 >= lines) return i + 1;
  const count = splitLine(text, lineStart[i + 1] as number, lineEnd[i + 1] as number, 9);
  if (count < 3 || segValue(text, 0) !== '1') return i + 1;
  const names: string[] = [];
  for (let k = 1; k < count; k++) names.push(cleanHeader(segValue(text, k)));
  const base = addGroup(out, names);
  let j = i + 2;
  for (; j < lines; j++) {
    const n = splitLine(text, lineStart[j] as number, lineEnd[j] as number, 9);
    if (n < 2 || !/^\d+$/.test(segValue(text, 0))) break;
    emit(out, base, names.length, 1, n - 1);
  }
  return j;
}

/** pandas right-aligns each column to its header's right edge, after an index column. */
function pandas(text: string, lines: number, i: number, out: TableCells): number {
  const from = lineStart[i] as number;
  const to = lineEnd[i] as number;
  // The header opens with spaces; the first row must start at the line's first character (see `aligned`).
  // Under `to_string(index=False)` a first header wider than its values opens the line, and every
  // row opens with blanks (`ক্রমিক   নাম` over `     ১   রহিমা খাতুন`, serial number and name).
  if (from === to || i + 1 >= lines) return i + 1;
  const unindexed = text.charCodeAt(from) !== 32;
  if (unindexed && (!isSpace(text.charCodeAt(lineStart[i + 1] as number)) || !lineHasGap(text, from, to)))
    return i + 1;
  let k = from;
  while (k < to && text.charCodeAt(k) === 32) k++;
  if (k === to || isSpace(text.charCodeAt(k))) return i + 1;
  const nf = lineStart[i + 1] as number;
  if (nf === lineEnd[i + 1]) return i + 1;
  // Header words (runs of non-blanks), their starts and right edges, relative to the line.
  const words: string[] = [];
  const starts: number[] = [];
  const edges: number[] = [];
  for (let p = k; p < to; ) {
    let q = p;
    while (q < to && !isSpace(text.charCodeAt(q))) q++;
    words.push(text.slice(p, q));
    starts.push(p - from);
    edges.push(q - from);
    p = q;
    while (p < to && isSpace(text.charCodeAt(p))) p++;
  }
  // The upper level of a two-level header (`nome` over `antes depois`) is read by the level under it.
  if (isSpace(text.charCodeAt(nf)) && upperLevel(text, lines, i, edges)) return i + 1;
  const strong = edges.map((edge, e) => (starts[e + 1] ?? edge + 2) > edge + 1);
  let j = i + 1;
  // `df.set_index("customer_id")` prints the index's name on a line of its own under the header.
  if (i + 2 < lines && indexNameLine(text, nf, lineEnd[i + 1] as number, edges[0] as number)) j = i + 2;
  const first = j;
  // Rows whose values a hand edit pushed off their edges, read by their runs of blanks instead.
  const shifted: number[] = [];
  for (; j < lines; j++) {
    const rf = lineStart[j] as number;
    const rt = lineEnd[j] as number;
    // `to_string(index=False)` right-justifies every column, the first too: such a row may open
    // with blanks; it is then exactly as long as the header, and every value ends at its column's edge.
    if (isSpace(text.charCodeAt(rf))) {
      if (rt - rf !== to - from || !aligned(text, rf, rt, edges, strong, true)) break;
    } else if (unindexed) break;
    else if (!aligned(text, rf, rt, edges, strong, false)) {
      if (j === first || !runPerWord(text, rf, rt, words.length)) break;
      shifted.push(j);
    }
  }
  // Columns set by display width (`display.unicode.east_asian_width`), or a frame aligned again by
  // hand after a value outgrew its column: rows read by their runs of two blanks, when that reads more.
  const gapEnd = gapRows(text, lines, i, first, unindexed, out, j);
  if (gapEnd > j) return gapEnd;
  if (j === first) return j;
  // A header name of several words (`Ngày sinh`, `Phone number`): an edge one blank before the next
  // word is a column's edge only when every row's value ends there too.
  const names: string[] = [];
  const cuts: number[] = [];
  let open = 0;
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e] as number;
    const next = starts[e + 1];
    if (next !== undefined && next === edge + 1 && !everyRowEndsAt(text, first, j, edge, shifted)) continue;
    names.push(words.slice(open, e + 1).join(' '));
    cuts.push(edge);
    open = e + 1;
  }
  // The index is left-justified: a row opening with a blank says there is none.
  let indexed = true;
  for (let r = first; r < j && indexed; r++) indexed = !isSpace(text.charCodeAt(lineStart[r] as number));
  // `df.loc[df.ref == "MR-2023-00871"].T`: a transposed frame's header holds the original rows'
  // labels (`412`) and its index the column names, so each row's values are read under its label.
  const transposed = indexed && names.every((n) => rowLabel.test(n));
  const labels: string[] = [];
  if (transposed)
    for (let r = first; r < j; r++) {
      const rf = lineStart[r] as number;
      const gap = text.indexOf(' ', rf);
      labels.push(text.slice(rf, gap === -1 || gap > (lineEnd[r] as number) ? lineEnd[r] : gap));
    }
  const parents = i > 0 && !transposed ? columnParents(text, i - 1, cuts) : undefined;
  const base = addGroup(out, transposed ? labels : parents === undefined ? names : [...names]);
  if (parents !== undefined) qualify(out, base, names, parents);
  // `df.groupby("owner_name").agg(…)` names its index on a line of its own: the labels are its values.
  const index =
    first === i + 2 && indexed && !transposed ? addGroup(out, [text.slice(nf, lineEnd[i + 1]).trim()]) : -1;
  for (let r = first; r < j; r++) {
    const rf = lineStart[r] as number;
    const rt = lineEnd[r] as number;
    if (index !== -1) {
      const label = indexLabelEnd(text, rf, rt, cuts[0] as number);
      push(out, rf, rf + label, rf + label, index);
    }
    if (shifted.includes(r)) {
      // One run per header word: the row's values, when each word names a column of its own.
      if (names.length === words.length && !transposed) {
        gapSplit(text, rf, rt);
        emit(out, base, names.length, 1, names.length);
      }
      continue;
    }
    let start = indexed ? indexLabelEnd(text, rf, rt, cuts[0] as number) : 0;
    for (let e = 0; e < cuts.length; e++) {
      const edge = cuts[e] as number;
      trimInto(text, rf + Math.min(start, edge), rf + edge, rt, e);
      start = edge;
    }
    if (!transposed) emit(out, base, names.length, 0, cuts.length);
    else
      for (let e = 0; e < cuts.length; e++) {
        const s = segStart[e] as number;
        const ve = segValueEnd[e] as number;
        if (ve > s) push(out, s, segEnd[e] as number, ve, base + r - first);
      }
  }
  return j;
}

/**
 * The upper level of a pandas header of two levels (`df.compare`, `groupby().agg`): each name on
 * line `l` sits over the first column of its group, right-aligned to it, and the columns after it
 * are its own up to the next name. Per column, its group's name; undefined when the line is not
 * such a level. A frame too wide for the screen is printed in blocks, a ` \` ending the first
 * line of each but the last: a block's columns before its first name belong to the previous
 * block's last group (see `wrapped`).
 */
function columnParents(
  text: string,
  l: number,
  cuts: readonly number[],
): Array<string | undefined> | undefined {
  const from = lineStart[l] as number;
  let to = lineEnd[l] as number;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  const wraps = text.charCodeAt(to - 1) === 92 && text.charCodeAt(to - 2) === 32;
  if (wraps) to--;
  if (from === to || text.charCodeAt(from) !== 32) return undefined;
  const line = text.slice(from, to);
  const parents: Array<string | undefined> = cuts.map(() => undefined);
  let named = 0;
  columnName.lastIndex = 0;
  for (let m = columnName.exec(line); m !== null; m = columnName.exec(line)) {
    const k = cuts.indexOf(m.index + m[0].length);
    if (k === -1 || !isHeaderName(m[0])) return undefined;
    parents[k] = m[0];
    named++;
  }
  if (named === 0) return undefined;
  if (wrapped !== undefined && !wrapped.open) wrapped = undefined;
  let parent = wrapped?.parent;
  for (let k = 0; k < parents.length; k++) {
    if (parents[k] === undefined) parents[k] = parent;
    else parent = parents[k];
  }
  wrapped ??= {
    parent: undefined,
    open: false,
    qualifiers: false,
    seen: new Map(),
    columns: [],
    parents: [],
  };
  wrapped.parent = parent;
  wrapped.open = wraps;
  return parents;
}

/**
 * A printout with a two-level header, up to its block without ` \`: the last group, whether the
 * printout goes on, whether its lower level qualifies, the group each lower name was first seen
 * under, and the columns read so far with their groups' names.
 */
let wrapped:
  | {
      parent: string | undefined;
      open: boolean;
      qualifiers: boolean;
      seen: Map<string, string>;
      columns: number[];
      parents: string[];
    }
  | undefined;

/** `df.compare`'s default names for the two frames' columns. */
const compareNames = new Set(['self', 'other']);

/**
 * Names the columns from `base` of a two-level header: a lower level that repeats under different
 * groups, in this block or an earlier one of the printout (`antes`/`depois` under `nome` and
 * `telemovel`, `mean`/`max` under each measure), or is df.compare's `self`/`other`, qualifies its
 * group's values, so the group's name is theirs (`nome`), the earlier blocks' columns too;
 * otherwise (`cliente`: `nome`, `email`) the lower level names them.
 */
function qualify(
  out: TableCells,
  base: number,
  names: readonly string[],
  parents: ReadonlyArray<string | undefined>,
): void {
  const state = wrapped;
  if (state === undefined) return;
  let repeats = state.qualifiers;
  for (let k = 0; k < names.length; k++) {
    const name = names[k] as string;
    const parent = parents[k];
    if (parent === undefined) continue;
    const first = state.seen.get(name);
    if (compareNames.has(name) || (first !== undefined && first !== parent)) repeats = true;
    if (first === undefined) state.seen.set(name, parent);
    state.columns.push(base + k);
    state.parents.push(parent);
  }
  if (!repeats) return;
  state.qualifiers = true;
  for (let c = 0; c < state.columns.length; c++) {
    const column = state.columns[c] as number;
    const group = out.columnGroup[column] as TableGroup;
    const at = column - out.columnGroup.indexOf(group);
    out.columnHeader[column] = state.parents[c] as string;
    (group.headers as string[])[at] = state.parents[c] as string;
  }
  state.columns.length = 0;
  state.parents.length = 0;
}

/**
 * Whether header line `i` (its words' right `edges`) is the upper level of a two-level pandas
 * header: the line under it holds more words, one ending at each of these edges, and an indexed
 * row (opening with a non-blank) follows it, or an index-name line and then one.
 */
function upperLevel(text: string, lines: number, i: number, edges: readonly number[]): boolean {
  if (i + 2 >= lines) return false;
  const from = lineStart[i + 1] as number;
  const to = lineEnd[i + 1] as number;
  let words = 0;
  let matched = 0;
  for (let p = from; p < to; ) {
    while (p < to && isSpace(text.charCodeAt(p))) p++;
    if (p === to) break;
    while (p < to && !isSpace(text.charCodeAt(p))) p++;
    words++;
    if (edges.includes(p - from)) matched++;
  }
  if (words <= edges.length || matched < edges.length) return false;
  const row = lineStart[i + 2] as number;
  return row < (lineEnd[i + 2] as number) && !isSpace(text.charCodeAt(row));
}

/** A row label of a default index, as a transposed frame's header prints it: `0`, `412`. */
const rowLabel = /^\d{1,12}$/;

/**
 * Splits line `[from, to)` into the runs of text two or more blanks apart (a run keeps its single
 * blanks: `CHAN TAI MAN`), into the scratch segments (at most 64); returns how many runs.
 */
function gapSplit(text: string, from: number, to: number): number {
  let n = 0;
  let p = from;
  while (p < to && isSpace(text.charCodeAt(p))) p++;
  while (p < to) {
    const s = p;
    while (p < to && !(isSpace(text.charCodeAt(p)) && (p + 1 >= to || isSpace(text.charCodeAt(p + 1))))) p++;
    if (n < 64) {
      segStart[n] = s;
      segEnd[n] = p;
      segValueEnd[n] = p;
    }
    n++;
    while (p < to && isSpace(text.charCodeAt(p))) p++;
  }
  return n;
}

/**
 * A pandas printout read by runs of two or more blanks (see `gapSplit`): the header's runs name the
 * columns, and each row from line `first` holds as many runs after its index label (none under
 * `index=False`, whose rows open with blanks). Reads the rows when they run past line `aligned`
 * (where the reading by edges stopped) and returns the index after the last, else `first`.
 */
function gapRows(
  text: string,
  lines: number,
  i: number,
  first: number,
  unindexed: boolean,
  out: TableCells,
  aligned: number,
): number {
  let count = gapSplit(text, lineStart[i] as number, lineEnd[i] as number);
  if (count < 2 || count > 64) return first;
  const names: string[] = [];
  for (let k = 0; k < count; k++) names.push(segValue(text, k));
  const skip = unindexed ? 0 : 1;
  // `member_no 中文姓名      name_en`: set by display width, a header one blank from the next.
  if (first < lines && gapSplit(text, lineStart[first] as number, lineEnd[first] as number) > count + skip) {
    const words = text.slice(lineStart[i], lineEnd[i]).trim().split(/ +/);
    if (words.length > count && words.length <= 64) {
      names.length = 0;
      names.push(...words);
      count = words.length;
    }
  }
  if (!names.every(isHeaderName)) return first;
  let j = first;
  for (; j < lines; j++) {
    const rf = lineStart[j] as number;
    const rt = lineEnd[j] as number;
    if (rf === rt || isSpace(text.charCodeAt(rf)) !== unindexed) break;
    if (gapSplit(text, rf, rt) !== count + skip) break;
  }
  if (j <= aligned) return first;
  const base = addGroup(out, names);
  for (let r = first; r < j; r++) {
    gapSplit(text, lineStart[r] as number, lineEnd[r] as number);
    emit(out, base, count, skip, count);
  }
  return j;
}

/**
 * Whether every line of `[i, j)` but the `shifted` ones has a non-blank just before column `edge`
 * and a blank (or its end) at it.
 */
function everyRowEndsAt(
  text: string,
  i: number,
  j: number,
  edge: number,
  shifted: readonly number[],
): boolean {
  for (let r = i; r < j; r++) {
    if (shifted.includes(r)) continue;
    const rf = lineStart[r] as number;
    const rt = lineEnd[r] as number;
    const last = rf + edge - 1;
    if (last >= rt || isSpace(text.charCodeAt(last))) return false;
    if (last + 1 < rt && !isSpace(text.charCodeAt(last + 1))) return false;
  }
  return true;
}

/**
 * Whether line `[from, to)` of a pandas frame holds its index label and one run per header word
 * (see `gapSplit`), with three words or more: a row aligned again by hand after a value outgrew its
 * column (`4  R_9Hj3kL5  153.203.64.5   佐々木     健太郎  kentaro.sasaki@…`, its last values off
 * their edges) is still one value per column.
 */
function runPerWord(text: string, from: number, to: number, words: number): boolean {
  return words >= 3 && lineHasGap(text, from, to) && gapSplit(text, from, to) === words + 1;
}

/** Whether line `[from, to)` holds two spaces in a row. */
function lineHasGap(text: string, from: number, to: number): boolean {
  const gapAt = nextGap.after(text, from);
  return gapAt !== -1 && gapAt < to;
}

const columnName = /\S+(?: \S+)*/g;
/** Scratch: whether a row's text crosses column boundary k (see `leftAligned`). */
const misfit: boolean[] = [];

/** How many blanks (up to four) open line `[from, to)`. */
function indentOf(text: string, from: number, to: number): number {
  let k = 0;
  while (k < 4 && from + k < to && text.charCodeAt(from + k) === 32) k++;
  return k;
}

/** Whether line `[from, to)` opens with exactly `indent` blanks, then a non-blank. */
function indentedRow(text: string, from: number, to: number, indent: number): boolean {
  if (from + indent >= to || isSpace(text.charCodeAt(from + indent))) return false;
  for (let k = 0; k < indent; k++) if (text.charCodeAt(from + k) !== 32) return false;
  return true;
}

/**
 * Left-aligned columns (`docker ps`, `kubectl get`, `column -t`, fixed-width exports and sheets
 * pasted as text): a header of three or more names two or more blanks apart, then rows in which
 * every column's start follows a blank. A cell runs from its column's start to the next one's, so a
 * number right-aligned inside its column is read too. Returns the index after the last row.
 */
function leftAligned(text: string, lines: number, i: number, out: TableCells, rows = i + 1): number {
  const from = lineStart[i] as number;
  const to = lineEnd[i] as number;
  // A report may indent its table (`  Date         Price        Buyer`): rows share the header's indent.
  const indent = indentOf(text, from, to);
  if (
    rows >= lines ||
    from + indent >= to ||
    isSpace(text.charCodeAt(from + indent)) ||
    !lineHasGap(text, from + indent, to)
  )
    return i + 1;
  const nf = lineStart[rows] as number;
  const nt = lineEnd[rows] as number;
  if (!indentedRow(text, nf, nt, indent) || !lineHasGap(text, nf + indent, nt)) return i + 1;
  const line = text.slice(from, to);
  if (line.includes('\t')) return i + 1;
  const names: string[] = [];
  const starts: number[] = [];
  columnName.lastIndex = 0;
  for (let m = columnName.exec(line); m !== null; m = columnName.exec(line)) {
    // `#` heads a column of row numbers (`#  Last Name  First Name`).
    if (!isHeaderName(m[0]) && m[0] !== '#') return i + 1;
    names.push(m[0]);
    starts.push(m.index);
  }
  if (names.length < 3) return i + 1;
  let base = -1;
  let j = rows;
  for (; j < lines; j++) {
    const rf = lineStart[j] as number;
    const rt = lineEnd[j] as number;
    if (!indentedRow(text, rf, rt, indent)) break;
    if (crossesColumns(text, rf, rt, starts)) {
      // `09:30  ** BLOCKED — staff meeting **`: a line across the columns between two rows that
      // keep them (the next one reaching the last column) is skipped.
      const after = lineStart[j + 1] as number;
      const afterEnd = lineEnd[j + 1] as number;
      if (
        j + 1 >= lines ||
        afterEnd - after <= (starts[starts.length - 1] as number) ||
        !indentedRow(text, after, afterEnd, indent) ||
        crossesColumns(text, after, afterEnd, starts)
      )
        break;
      continue;
    }
    if (base === -1) base = addGroup(out, names);
    for (let k = 0; k < starts.length; k++) {
      const a = Math.min(rf + (starts[k] as number), rt);
      const b = k + 1 < starts.length ? Math.min(rf + (starts[k + 1] as number), rt) : rt;
      if (misfit[k] || misfit[k + 1]) {
        segStart[k] = a;
        segEnd[k] = a;
        segValueEnd[k] = a;
      } else {
        trimInto(text, a, b, rt, k);
        if (k + 1 < starts.length) dropFlag(text, k);
      }
    }
    emit(out, base, names.length, 0, starts.length);
  }
  return j;
}

/**
 * Where the index label opening row `[from, to)` ends, relative to the row: its first word, or its
 * words a single blank apart (`Mei-Lin Tsao`, a groupby's index of names) when two blanks follow
 * them before `firstEdge`, the right edge of the first column's values.
 */
function indexLabelEnd(text: string, from: number, to: number, firstEdge: number): number {
  let word = from;
  while (word < to && !isSpace(text.charCodeAt(word))) word++;
  let q = word;
  while (q + 1 < to && text.charCodeAt(q) === 32 && !isSpace(text.charCodeAt(q + 1))) {
    q++;
    while (q < to && !isSpace(text.charCodeAt(q))) q++;
  }
  const words = q > word && q - from + 2 <= firstEdge && isSpace(text.charCodeAt(q + 1));
  return (words ? q : word) - from;
}

/**
 * A fixed-width report may set a flag in a column after its value, two blanks on (`Whitlock,
 * Genevieve  VIP` under `Guest`): the value of scratch segment `k` ends before a last word set so.
 */
function dropFlag(text: string, k: number): void {
  const s = segStart[k] as number;
  const ve = segValueEnd[k] as number;
  let w = ve;
  while (w > s && !isSpace(text.charCodeAt(w - 1))) w--;
  if (w - s < 4 || !isSpace(text.charCodeAt(w - 2))) return;
  let e = w - 2;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  segEnd[k] = e;
  segValueEnd[k] = e;
}

/**
 * Whether row `[from, to)` runs across the column starts `starts` (relative to it), each crossing
 * marked in `misfit`. A value may overflow into the next column (`5yo well child + vaccines; mom
 * Aisling O'Sullivan Medicaid …` in a day sheet): the row stays in the table when its first two
 * boundaries and half the others hold, and only the cells between two boundaries that hold are read.
 */
function crossesColumns(text: string, from: number, to: number, starts: readonly number[]): boolean {
  let misfits = 0;
  for (let k = 1; k < starts.length; k++) {
    const at = from + (starts[k] as number) - 1;
    misfit[k] = at < to && text.charCodeAt(at) !== 32;
    if (misfit[k]) misfits++;
  }
  misfit[starts.length] = false;
  return misfits > 0 && (misfit[1] === true || misfit[2] === true || misfits * 2 > starts.length);
}

/** One word at the line's start, blanks after it, and the word ends before the first column's edge. */
function indexNameLine(text: string, from: number, to: number, firstEdge: number): boolean {
  let k = from;
  while (k < to && !isSpace(text.charCodeAt(k))) k++;
  return k > from && k - from < firstEdge && blank(text, k, to);
}

/**
 * A tibble's column type row: indented, then only `<chr>`, `<int>`, `<date>`, `<dbl>`, … tokens
 * (1–24 characters, no blank or angle bracket inside) apart by blanks. Read by hand, without a
 * slice: indented HTML lines (`<th>…`) are tried here too, and fail at their first token.
 */
function isTypeRow(text: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (k === from || k === to) return false;
  while (k < to) {
    if (text.charCodeAt(k) !== 60) return false;
    const open = k;
    k++;
    while (k < to && k - open <= 25) {
      const c = text.charCodeAt(k);
      if (c === 62 || c === 60 || isSpace(c)) break;
      k++;
    }
    if (k === open + 1 || text.charCodeAt(k) !== 62 || k >= to) return false;
    k++;
    const blanks = k;
    while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k < to && k === blanks) return false;
  }
  return true;
}

/** Whether column `x` of lines `[i, j)` is blank (a line too short for it counts as blank). */
function blankColumn(text: string, i: number, j: number, x: number): boolean {
  for (let l = i; l < j; l++) {
    const at = (lineStart[l] as number) + x;
    if (at < (lineEnd[l] as number) && !isSpace(text.charCodeAt(at))) return false;
  }
  return true;
}

/**
 * R tibble printouts: a header line, a type row (`<int> <chr> <date>`) whose tokens sit over their
 * columns, then rows opening with a row number; `# A tibble: 3 × 4` before and `# ℹ 7 more rows`
 * after are not rows. Text columns are left-aligned, numbers right-aligned, so a value may stick out
 * of its type token on either side: columns are parted at the rightmost position between two tokens
 * that is blank on every line (the header's too), which keeps a value's inner blanks (`Ana Lima`).
 */
function tibble(text: string, lines: number, i: number, out: TableCells): number {
  const tf = lineStart[i + 1] as number;
  const tt = lineEnd[i + 1] as number;
  let j = i + 2;
  while (j < lines) {
    const rf = lineStart[j] as number;
    let k = rf;
    while (k < (lineEnd[j] as number) && text.charCodeAt(k) === 32) k++;
    if (!isDigit(text.charCodeAt(k))) break;
    j++;
  }
  if (j === i + 2) return i + 1;
  // Token edges, relative to the line.
  const left: number[] = [];
  const right: number[] = [];
  for (let p = tf; p < tt; p++) {
    if (text.charCodeAt(p) === 60) left.push(p - tf);
    else if (text.charCodeAt(p) === 62) right.push(p - tf + 1);
  }
  // Parts: parts[c] is the blank column before data column c; the row number column precedes the first.
  // The row numbers' column (`1:` in data.table, `1` in a tibble) ends before the first data column:
  // a value wider than its header (`448 120 9318` under `nhs_no`) starts right after it, whatever
  // blanks its digit groups line up.
  let labelEnd = 0;
  let dataTable = false;
  for (let r = i + 2; r < j; r++) {
    const rf = lineStart[r] as number;
    let k = rf;
    while (text.charCodeAt(k) === 32) k++;
    while (isDigit(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) === 58) {
      k++;
      dataTable = true;
    }
    labelEnd = Math.max(labelEnd, k - rf);
  }
  const parts: number[] = [];
  for (let c = 0; c < left.length; c++) {
    const from = c === 0 ? labelEnd : (right[c - 1] as number);
    let x = (left[c] as number) - 1;
    // data.table right-aligns every column: one ends at its type's `>`, and the next starts after
    // it (`Balasubramanian R. Balasubramanian` is a last name, then a guardian's `R. …`).
    if (dataTable && c > 0 && blankColumn(text, i, j, from)) x = from;
    while (x >= from && !blankColumn(text, i, j, x)) x--;
    if (c === 0 && labelEnd > 0 && labelEnd < x && blankColumn(text, i, j, labelEnd)) x = labelEnd;
    parts.push(x >= from ? x : (left[c] as number) - 1);
  }
  const header = (c: number): string => {
    const from = (lineStart[i] as number) + (parts[c] as number) + 1;
    const to =
      c + 1 < parts.length ? (lineStart[i] as number) + (parts[c + 1] as number) : (lineEnd[i] as number);
    return text
      .slice(from, Math.min(to, lineEnd[i] as number))
      .trim()
      .replace(/^`|`$/g, '');
  };
  const names = parts.map((_, c) => header(c));
  const base = addGroup(out, names);
  for (let r = i + 2; r < j; r++) {
    const rf = lineStart[r] as number;
    const rt = lineEnd[r] as number;
    for (let c = 0; c < parts.length; c++) {
      const from = Math.min(rf + (parts[c] as number) + 1, rt);
      const to = c + 1 < parts.length ? Math.min(rf + (parts[c + 1] as number), rt) : rt;
      trimInto(text, from, to, rt, c);
    }
    emit(out, base, names.length, 0, parts.length);
  }
  return j;
}

/**
 * A row of a pandas table: most header edges end a word of it, or every edge a wide gap follows
 * does (`strong`, at least two; only this when `strict`): the words of a header name of several words (`Ngày sinh`) are one
 * blank apart, and most of their edges end no value.
 */
function aligned(
  text: string,
  from: number,
  to: number,
  edges: readonly number[],
  strong: readonly boolean[],
  strict: boolean,
): boolean {
  if (from === to) return false;
  let hits = 0;
  let strongHits = 0;
  let strongCount = 0;
  for (let e = 0; e < edges.length; e++) {
    const last = from + (edges[e] as number) - 1;
    const after = last + 1;
    const hit =
      last < to && !isSpace(text.charCodeAt(last)) && (after >= to || isSpace(text.charCodeAt(after)));
    if (hit) hits++;
    if (strong[e]) {
      strongCount++;
      if (hit) strongHits++;
    }
  }
  if (strict) return strongCount >= 2 && strongHits === strongCount;
  return hits * 2 > edges.length || (strongCount >= 2 && strongHits === strongCount);
}

/**
 * Several detectors read the same text's tables and key/value pairs in turn: the last text's
 * answer is kept (one entry each, so memory stays bounded). Callers must not mutate the result.
 */
export function tableCells(text: string): TableCells {
  if (text !== lastTableText) lastTableCells = parseTableCells(text);
  lastTableText = text; // an equal copy matched by content: compare by reference next time
  return lastTableCells;
}

export function keyedValues(text: string): Cell[] {
  if (text !== lastKeyedText) lastKeyedCells = parseKeyedValues(text);
  lastKeyedText = text;
  return lastKeyedCells;
}

let lastTableText: string | undefined;
let lastTableCells: TableCells = emptyCells();
let lastKeyedText: string | undefined;
let lastKeyedCells: Cell[] = [];

/** Every cell of every table found in `text`, with its column header. */
function parseTableCells(original: string): TableCells {
  const out = emptyCells();
  cellText = original;
  searchedFrom.fill(Number.MAX_SAFE_INTEGER); // nothing searched yet
  nextGap.reset();
  wrapped = undefined;
  nextQuote.reset();
  if (original.includes('</t') || original.includes('</T')) htmlTables(original, out);
  if (original.includes('VALUES') || original.includes('values')) insertValues(original, out);
  if (original.includes(')=(')) keyTuples(original, out);
  if (original.includes('Duplicate entry')) duplicateEntries(original, out);
  if (original.includes(' AS ') || original.includes(' as ')) namedLiterals(aliasedLiteral, 1, original, out);
  if (original.includes(')::')) namedLiterals(planCondition, 2, original, out);
  if (original.includes('FROM stdin')) copyRows(original, out);
  if (original.includes('tribble(')) tribbleRows(original, out);
  const selected = original.includes('\t') && selectWord.test(original) ? selectedRows(original, out) : [];
  if (recordMark.test(original)) detachedRecords(original, out);
  if (original.includes('BEGINDATA')) loaderData(original, out);
  if ((original.includes(" FROM '") || original.includes(" from '")) && original.includes('$ '))
    printedFileRows(original, out);
  if (
    original.includes('PID|') ||
    original.includes('NK1|') ||
    original.includes('PV1|') ||
    original.includes('OBR|')
  )
    hl7Fields(original, out);
  if (original.includes('NM1*') || original.includes('DMG*')) x12Elements(original, out);
  if (original.includes(statisticsHeader)) columnStatistics(original, out);
  // Box-drawn tables are read as pipe tables from a copy of the same length: cell offsets hold in both.
  const text = boxDrawing.test(original) ? unboxed(original) : original;
  const lines = splitLines(text);
  let i = 0;
  while (i < lines) {
    if (i + 1 === lines || blank(text, lineStart[i] as number, lineEnd[i] as number)) i++;
    else if (selected.length > 0 && within(selected, lineStart[i] as number)) i++;
    else if (isRuleLine(text, lineStart[i + 1] as number, lineEnd[i + 1] as number, false))
      i = ruled(text, lines, i, out);
    else if (isTypeRow(text, lineStart[i + 1] as number, lineEnd[i + 1] as number))
      i = tibble(text, lines, i, out);
    else if (columnLetters(text, i)) i = sheetGrid(text, lines, i, out);
    else {
      let after = delimited(text, lines, i, out);
      if (after === i + 1) after = pandas(text, lines, i, out);
      i = after > i + 1 ? after : leftAligned(text, lines, i, out);
    }
  }
  if (lineStart.length > 4096) {
    lineStart = [];
    lineEnd = [];
  }
  if (out.start.length > 0) dictionaryExamples(text, out);
  if (out.start.length > 0) profileRows(text, out);
  if (out.start.length > 0 && text.includes('failure_case')) failureCases(text, out);
  if (out.start.length > 0 && text.includes(discardedMark)) discardedLines(text, out);
  if (out.start.length > 0 && text.includes('alue')) originalValues(text, out);
  return inOrder(out);
}

/**
 * A table of one record, a line per field: greenmask's `validate --diff` table `| Column |
 * OriginalValue | TransformedValue |` over `| first_name | Imogen | Derek |`, and a two-column
 * `Variable  Value` table (Django's debug page lists a request's POST data so: `first_name  '優斗'`).
 * Each (original) value is put under the field its line names (`first_name`); a diff's transformed
 * values, the tool's output, stay under their own header.
 */
function originalValues(text: string, out: TableCells): void {
  const { columnHeader, columnGroup, column, start } = out;
  const renamed = new Map<string, number>();
  const cells = start.length;
  for (let base = 0; base < columnHeader.length; ) {
    const group = columnGroup[base] as TableGroup;
    const pair = group.headers.length === 2;
    const names = group.headers.findIndex((h) => diffNameHeader.test(h) || (pair && pairNameHeader.test(h)));
    const original = group.headers.findIndex((h) => diffOriginalHeader.test(h) || (pair && h === 'Value'));
    if (names !== -1 && original !== -1) {
      let name: string | undefined;
      let nameLine = -1;
      for (let i = 0; i < cells; i++) {
        const col = (column[i] as number) - base;
        const lineFrom = text.lastIndexOf('\n', start[i] as number);
        if (col === names) {
          name = text.slice(start[i], out.valueEnd[i]);
          nameLine = lineFrom;
        } else if (col === original && name !== undefined && lineFrom === nameLine) {
          let id = renamed.get(name);
          if (id === undefined) {
            id = addGroup(out, [name], group.table);
            renamed.set(name, id);
          }
          column[i] = id;
          if (pair) unquoteRepr(text, out, i);
        }
      }
    }
    base += group.headers.length;
  }
}

/** A cell holding a Python `repr()` (`'優斗'`, `"O'Neil"`): the value is inside the quotes. */
function unquoteRepr(text: string, out: TableCells, i: number): void {
  const from = out.start[i] as number;
  const to = out.valueEnd[i] as number;
  const q = text.charCodeAt(from);
  if (to - from < 3 || (q !== 39 && q !== 34) || text.charCodeAt(to - 1) !== q) return;
  out.start[i] = from + 1;
  out.valueEnd[i] = to - 1;
  out.end[i] = to - 1;
  out.quoted[i] = true;
}

/** The header of a diff's column of column names, and of its original values (see `originalValues`). */
const diffNameHeader = /^(?:column|column[ _]?name|field)$/i;
const diffOriginalHeader = /^original[ _]?value$/i;
/** The header over a two-column table's field names, beside a `Value` column (see `originalValues`). */
const pairNameHeader = /^(?:variable|key|name|property|parameter|setting|attribute)$/i;

/** The cells sorted by start, as `tableCellAt` searches them (readers of different kinds add them out of order). */
function inOrder(cells: TableCells): TableCells {
  const { start } = cells;
  let sorted = true;
  for (let i = 1; i < start.length && sorted; i++) sorted = (start[i - 1] as number) <= (start[i] as number);
  if (sorted) return cells;
  const order = start.map((_, i) => i).sort((a, b) => (start[a] as number) - (start[b] as number));
  const pick = <T>(values: T[]): T[] => order.map((i) => values[i] as T);
  return {
    start: pick(cells.start),
    end: pick(cells.end),
    valueEnd: pick(cells.valueEnd),
    column: pick(cells.column),
    quoted: pick(cells.quoted),
    columnHeader: cells.columnHeader,
    columnGroup: cells.columnGroup,
  };
}

const statisticsHeader = 'min / max';
/** A row of `parquet meta`'s column statistics: the column's name, its figures, `"min" / "max"`. */
const statisticsRow =
  /[ \t]*([\p{L}_][\p{L}\p{N}_.]{0,63})[ \t]{2,}[^"\n]*?"((?:[^"\\\n]|\\.){1,200})" \/ "((?:[^"\\\n]|\\.){1,200})"[ \t]*(?:\r?\n|$)/duy;

/**
 * `parquet meta` (parquet-cli) prints each row group's column statistics one column a row, under
 * a header ending in `min / max`: `vorname  BINARY  S _ R  48213  1.12 B  12  "Aaliyah" / "Zülfiye"`.
 * The smallest and largest values are the column's own: both are read under the row's name.
 */
function columnStatistics(text: string, out: TableCells): void {
  for (let at = text.indexOf(statisticsHeader); at !== -1; at = text.indexOf(statisticsHeader, at + 1)) {
    statisticsRow.lastIndex = text.indexOf('\n', at) + 1;
    if (statisticsRow.lastIndex === 0) return;
    for (let m = statisticsRow.exec(text); m !== null; m = statisticsRow.exec(text)) {
      const base = addGroup(out, [m[1] as string]);
      for (const [start, end] of (m.indices as RegExpIndicesArray).slice(2, 4) as Array<[number, number]>)
        push(out, start, end, end, base, true);
    }
  }
}

const discardedMark = 'discarded non-empty line: <<';

/**
 * data.table's `fread` warning quotes the CSV line it stopped at (`Stopped early on line 2219. …
 * First discarded non-empty line: <<2218,Fathima,Rizwana,"Shaik, Abdul",2006-10-02,…,>>`). The
 * file's columns are those of the first table printed after it (the `dt` it read): the line is
 * read under them when it splits into as many fields, a trailing comma's empty field left out.
 */
function discardedLines(text: string, out: TableCells): void {
  for (let at = text.indexOf(discardedMark); at !== -1; at = text.indexOf(discardedMark, at + 1)) {
    const from = at + discardedMark.length;
    const close = text.indexOf('>>', from);
    const eol = text.indexOf('\n', from);
    if (close === -1 || (eol !== -1 && eol < close)) continue;
    const next = out.start.findIndex((start) => start > close);
    if (next === -1) continue;
    const names = (out.columnGroup[out.column[next] as number] as TableGroup).headers.filter((h) => h !== '');
    const to = text.charCodeAt(close - 1) === 44 ? close - 1 : close;
    const fields = splitFields(text, from, to, 44, names.length);
    if (fields === undefined) continue;
    pushFields(text, fields, addGroup(out, names), out);
  }
}

/** Pushes the non-empty fields (`[start, end)` pairs, see `splitFields`) as cells of the columns from `base`, quotes stripped. */
function pushFields(text: string, fields: readonly number[], base: number, out: TableCells): void {
  for (let k = 0; 2 * k < fields.length; k++) {
    let a = fields[2 * k] as number;
    let b = fields[2 * k + 1] as number;
    const quoted = b - a >= 2 && text.charCodeAt(a) === 34 && text.charCodeAt(b - 1) === 34;
    if (quoted) {
      a++;
      b--;
    }
    if (b > a) push(out, a, b, b, base + k, quoted);
  }
}

/**
 * pandera's `SchemaError` lists the values that failed a column's check in a table headed
 * `failure_case`; the column is named in the error above it (`<Schema Column(name=ssn, …)>`, `Column
 * 'ssn' failed …`): the failure cases are values of that column.
 */
function failureCases(text: string, out: TableCells): void {
  for (let c = 0; c < out.columnHeader.length; c++) {
    if (out.columnHeader[c] !== 'failure_case') continue;
    const first = out.column.indexOf(c);
    if (first === -1) continue;
    const before = text.slice(Math.max(0, (out.start[first] as number) - 800), out.start[first]);
    let name: string | undefined;
    for (const m of before.matchAll(failedColumn)) name = m[1] ?? m[2];
    if (name !== undefined) out.columnHeader[c] = name;
  }
}

/**
 * A form printed as text with its labels on one line, set wide apart, and their values on the next
 * (a W-2's box e: `e Employee's first name and initial   Last name   Suff.` ⏎ `  NAOMI R
 * ACHTERBERG`): the values in turn under the labels (box letters dropped), when a label names a
 * name and the values do not start under their labels (such columns are read as a table).
 */
function labelRows(text: string, out: Cell[]): void {
  let done = -1;
  for (let at = text.indexOf('ame   '); at !== -1; at = text.indexOf('ame   ', at + 6)) {
    const from = text.lastIndexOf('\n', at) + 1;
    if (from <= done) continue;
    let to = text.indexOf('\n', at);
    if (to === -1) to = text.length;
    done = to;
    const labels = wideRuns(text, from, to, 3);
    if (labels.length < 4 || labels.length > 16) continue;
    const names: string[] = [];
    for (let k = 0; k < labels.length; k += 2) names.push(text.slice(labels[k], labels[k + 1]));
    if (!names.every((n) => formRowLabel.test(n)) || !names.some((n) => labelName.test(n))) continue;
    const next = to + 1;
    let end = text.indexOf('\n', next);
    if (end === -1) end = text.length;
    const values = wideRuns(text, next, end, 2);
    if (values.length === 0 || values.length > labels.length) continue;
    let underLabels = true;
    for (let k = 0; k < values.length && underLabels; k += 2)
      underLabels = (values[k] as number) - next === (labels[k] as number) - from;
    if (underLabels) continue;
    const cells: Cell[] = [];
    for (let k = 0; k < values.length; k += 2) {
      const value = text.slice(values[k], values[k + 1]);
      if (value.length > 60 || value.includes(':') || labelName.test(value)) break;
      const header = (names[k / 2] as string).replace(boxLetter, '');
      const start = values[k] as number;
      cells.push({ header, headers: [header], value, start, end: start + value.length, quoted: false });
    }
    if (cells.length === values.length / 2) out.push(...cells);
  }
}

/** A label of a form's line of labels: capitalised words, maybe after a box letter (`e Employee's first name`). */
const formRowLabel = /^(?:[a-z\d]{1,3} )?[A-Z][A-Za-z\u00c0-\u024f'’.,()/& -]{0,60}$/;
const labelName = /name/i;
/** A box's letter or number before its label on a tax form: `e `, `12a `. */
const boxLetter = /^[a-z\d]{1,3} (?=[A-Z])/;

/**
 * The runs of line `[from, to)` set apart by `gap` blanks or more, as `[start, end)` pairs (single
 * blanks inside a run: `Last name`).
 */
function wideRuns(text: string, from: number, to: number, gap: number): number[] {
  const runs: number[] = [];
  let p = from;
  while (p < to) {
    while (p < to && isSpace(text.charCodeAt(p))) p++;
    if (p === to) break;
    const s = p;
    let e = p;
    while (p < to) {
      let q = p;
      while (q < to && !isSpace(text.charCodeAt(q))) q++;
      e = q;
      let b = q;
      while (b < to && isSpace(text.charCodeAt(b))) b++;
      p = b;
      if (b - q >= gap || b === to) break;
    }
    runs.push(s, e);
  }
  return runs;
}

/**
 * Forms, ID documents and passports read by OCR put a label on a line of its own and the value on
 * the next: `Surname / Nom / Apellidos` ⏎ `WHITMORE`, `नाम / Name` ⏎ `RAJESH KUMAR SHARMA`, `Name:` ⏎
 * `Ana Lima`. A multilingual label is read by its first part in Latin letters.
 */
function stackedLabels(text: string, out: Cell[]): void {
  // Only lines that end with `:` or hold ` / ` are labels: found by search, not line by line.
  const labelEnds = new Set<number>();
  // A form's label opens with a capital (`Full name:`); YAML keys (`metadata:`) rarely do.
  for (let at = text.indexOf(':\n'); at !== -1; at = text.indexOf(':\n', at + 2)) {
    let k = at;
    while (k > 0 && text.charCodeAt(k - 1) !== 10 && at - k < 42) k--;
    while (k < at && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 0xc0) labelEnds.add(at + 1);
  }
  for (let at = text.indexOf(' / '); at !== -1; at = text.indexOf(' / ', at + 3)) {
    const eol = text.indexOf('\n', at);
    if (eol === -1) break;
    labelEnds.add(eol);
    at = eol;
  }
  for (const eol of [...labelEnds].sort((a, b) => a - b)) {
    const line = text.slice(text.lastIndexOf('\n', eol - 1) + 1, eol).trim();
    if (line.length <= 2 || line.length >= 120 || !(stackedLabel.test(line) || colonLabel.test(line)))
      continue;
    const next = eol + 1;
    let nextEnd = text.indexOf('\n', next);
    if (nextEnd === -1) nextEnd = text.length;
    const raw = text.slice(next, nextEnd);
    const value = raw.trim();
    // Not a YAML or code block under a key (`metadata:` ⏎ `  name: web`): a value of its own.
    if (value === '' || value.length > 80 || value.includes(': ') || value.endsWith(':')) continue;
    if (stackedLabel.test(value) || colonLabel.test(value)) continue;
    const header = (line.split(' / ').find((part) => /[A-Za-z]/.test(part)) ?? line).replace(/:$/, '').trim();
    const start = next + raw.indexOf(value);
    out.push({ header, headers: [header], value, start, end: start + value.length });
  }
}

const stackedLabel = /^[\p{L}][\p{L}\p{M}'’. ]{1,40}(?: \/ [\p{L}][\p{L}\p{M}'’. ]{1,40})+$/u;
const colonLabel = /^[\p{L}][\p{L}\p{M}'’. ]{1,40}:$/u;

/**
 * A passport's or an ID card's machine-readable zone (ICAO 9303): the holder's name
 * (`WHITMORE<<ELEANOR<GRACE`, from line 1 of a passport, line 3 of an ID card) and birth date (YYMMDD
 * on the line with the document number). Not the specimens printed in manuals (`MUSTERMANN`).
 */
function machineReadableZone(text: string, out: Cell[]): void {
  for (const m of text.matchAll(mrzPassport)) mrzCells(m, 1, 2, out);
  for (const m of text.matchAll(mrzIdCard)) mrzCells(m, 2, 1, out);
}

function mrzCells(
  m: RegExpExecArray | RegExpMatchArray,
  nameGroup: number,
  dobGroup: number,
  out: Cell[],
): void {
  const name = (m[nameGroup] as string).replace(/<+$/, '');
  if (!name.includes('<<') || /MUSTERMANN|SPECIMEN|SAMPLE|MUSTER/.test(name)) return;
  const at = m.index as number;
  const cells: Cell[] = [];
  for (const [header, value] of [
    ['full_name', name],
    ['date_of_birth', m[dobGroup] as string],
  ] as const) {
    const start = at + m[0].indexOf(value, header === 'date_of_birth' ? m[0].indexOf('\n') : 0);
    cells.push({ header, headers: [header], value, start, end: start + value.length });
  }
  out.push(...cells.sort((a, b) => a.start - b.start));
}

const mrzPassport =
  /^P[A-Z<][A-Z<]{3}([A-Z<]{39})[ \t]*\r?\n[A-Z0-9<]{9}\d[A-Z<]{3}(\d{6})\d[MFX<]\d{7}[A-Z0-9<]{14}\d\d[ \t]*$/gm;
const mrzIdCard =
  /^[ACI][A-Z<][A-Z<]{3}[A-Z0-9<]{25}[ \t]*\r?\n(\d{6})\d[MFX<]\d{7}[A-Z<]{3}[A-Z0-9<]{11}\d[ \t]*\r?\n([A-Z<]{30})[ \t]*$/gm;

/**
 * The PDF417 barcode of a US or Canadian driver licence, decoded (AAMVA): each element's id glued to
 * its value at a line's start — `DCS` family name, `DAC` first, `DAD` middle names, `DBB` birth date
 * (MMDDCCYY in the US).
 */
function aamvaElements(text: string, out: Cell[]): void {
  for (const m of text.matchAll(aamvaElement)) {
    const header = aamvaHeaders[m[1] as string] as string;
    const value = (m[2] as string).trimEnd();
    if (value === '' || value === 'NONE' || value === 'unavl') continue;
    const start = (m.index as number) + 3;
    out.push({ header, headers: [header], value, start, end: start + value.length });
  }
}

const aamvaElement = /^(DCS|DAC|DAD|DCT|DBB)([^\r\n]{1,40})$/gm;
const aamvaHeaders: Readonly<Record<string, string>> = {
  DCS: 'last_name',
  DAC: 'first_name',
  DAD: 'middle_name',
  DCT: 'first_name',
  DBB: 'date_of_birth',
};

/**
 * The front of a US driver licence as OCR reads it (AAMVA field codes before the values): `LN
 * GARCIA-MOLINA`, `FN ROSA ELENA`, `DOB 03/14/1988`.
 */
function licenceFields(text: string, out: Cell[]): void {
  for (const m of text.matchAll(licenceField)) {
    const header = m[1] === 'LN' ? 'last_name' : m[1] === 'FN' ? 'first_name' : 'date_of_birth';
    const value = m[2] as string;
    const start = (m.index as number) + m[0].length - value.length;
    out.push({ header, headers: [header], value, start, end: start + value.length });
  }
}

const licenceField = /^[ \t|]*(LN|FN|DOB) ([\p{Lu}\d][\p{Lu}\d'’ ./-]{0,40}?)(?=[ \t]{2,}|[ \t]*\r?$)/gmu;

/**
 * A DICOM header as dcmdump prints it: `(0010,0010) PN [BRENNAN^SIOBHAN]   #  16, 1 PatientName`,
 * the value between brackets and its keyword at the line's end. A person name (`PN`) is read as a
 * person's full name, its family, given and middle components (not a prefix: `Lindqvist^Ylva^^Dr`);
 * other values under their keyword (`PatientBirthDate`).
 */
function dicomValues(text: string, out: Cell[]): void {
  for (const m of text.matchAll(dicomElement)) {
    const [, vr, value = '', keyword = ''] = m;
    const start = (m.index as number) + m[0].indexOf('[') + 1;
    if (vr === 'PN') {
      const [family = '', given = '', middle = ''] = value.split('^');
      if (family === '') continue;
      const kept = given === '' ? [family] : middle === '' ? [family, given] : [family, given, middle];
      const end = start + kept.join('^').length;
      out.push({
        header: 'person_full_name',
        headers: ['person_full_name'],
        value: text.slice(start, end),
        start,
        end,
      });
    } else if (value !== '')
      out.push({ header: keyword, headers: [keyword], value, start, end: start + value.length });
  }
}

const dicomSign = /PN \[|DA \[/;
const aamvaSign = /ANSI 6|\nDCS/;
const dicomElement =
  /^\([0-9A-Fa-f]{4},[0-9A-Fa-f]{4}\) ([A-Z]{2}) \[([^\]\n]{0,200})\][ \t]*#[^\n]*?([A-Za-z][A-Za-z0-9]*)[ \t]*$/gm;

/**
 * pandera's one-line `SchemaError`: `Column 'ssn' failed element-wise validator number 0: … failure
 * cases: 214673390, 447 09 2286`, each failure case a value of the column.
 */
function panderaFailures(text: string, out: Cell[]): void {
  for (const m of text.matchAll(inlineFailures)) {
    const header = m[1] as string;
    let at = (m.index as number) + m[0].length - (m[2] as string).length;
    for (const item of (m[2] as string).split(',')) {
      const value = item.trim();
      const start = at + item.indexOf(value);
      if (value !== '') out.push({ header, headers: [header], value, start, end: start + value.length });
      at += item.length + 1;
    }
  }
}

const inlineFailures = /Column '([^'\n]{1,64})' failed [^\n]{0,300}? failure cases: ([^\n]{1,2000})/g;

const failedColumn = /Column\(name=['"]?([^'",)\s]+)|Column '([^'\n]+)' failed/g;

const exampleish = /ampl|e\.?_?g\b|beispiel|jemplo|xempl|sempio|voorbeeld/i;
const fieldHeaders = new Set([
  'column',
  'column_name',
  'field',
  'field_name',
  'name',
  'attribute',
  'variable',
  'col',
  'spalte',
  'feld',
  'campo',
  'colonne',
  'champ',
  'kolom',
]);
const exampleHeaders = new Set([
  'example',
  'examples',
  'sample',
  'sample_value',
  'example_value',
  'e_g',
  'beispiel',
  'ejemplo',
  'exemplo',
  'exemple',
  'esempio',
  'voorbeeld',
]);

/**
 * A data dictionary (`| column | type | description | example |`): each row's example is a value of
 * the column the row describes, so it is put under that column's name (`dob`, `full_name`) instead
 * of under `example`.
 */
function dictionaryExamples(text: string, out: TableCells): void {
  let group: TableGroup | undefined;
  let field = -1;
  let example = -1;
  let columns: Map<string, number> | undefined;
  for (let i = 0; i < out.start.length; i++) {
    const column = out.column[i] as number;
    if (out.columnGroup[column] !== group) {
      group = out.columnGroup[column] as TableGroup;
      // Most tables are no dictionary: settled by a look at the raw headers.
      if (group.headers.length < 3 || !group.headers.some((h) => exampleish.test(h))) {
        field = -1;
        example = -1;
        continue;
      }
      let base = column;
      while (base > 0 && out.columnGroup[base - 1] === group) base--;
      const names = group.headers.map(normalizeHeader);
      const f = names.findIndex((n) => fieldHeaders.has(n));
      const e = names.findIndex((n) => exampleHeaders.has(n));
      field = f === -1 || e === -1 ? -1 : base + f;
      example = f === -1 || e === -1 ? -1 : base + e;
    }
    if (column !== example) continue;
    // The row's field cell: among the few cells before, in the same table.
    for (let j = i - 1; j >= 0 && j >= i - 16 && out.columnGroup[out.column[j] as number] === group; j--) {
      if (out.column[j] !== field) continue;
      const name = text.slice(out.start[j], out.valueEnd[j]).replace(/^`|`$/g, '');
      columns ??= new Map();
      let id = columns.get(name);
      if (id === undefined) {
        id = addGroup(out, [name]);
        columns.set(name, id);
      }
      out.column[i] = id;
      break;
    }
  }
}

/**
 * What a profile's statistic holds of the column it describes: one of its values (`min`, `max`,
 * `earliest`, `latest`), a list of its values (`samples`, `sample values`), or a list of its most
 * frequent values (`top values (count)`, `most common`, `mode`); undefined for a measure (`nulls`,
 * `distinct`, `mean`) or any other header.
 */
type Stat = 'single' | 'list' | 'frequent';

/** A column's extremes in a profile; not `min_value`/`minimum`, a validation rule's or a schema's bounds. */
const extremeStat = /^(?:min|max|smallest|largest|earliest|latest|lowest|highest|first_value|last_value)$/;
const sampleStat =
  /^(?:samples|sample_?values|sample_?data|examples|example_?values|sample_?rows|histogram_?bounds)$/;
const frequentStat =
  /^(?:top|top_?values?|top_?\d{1,2}(?:_?values)?|most_?(?:common|frequent)(?:_?val(?:ue)?s?)?|modes?|(?:most_)?frequent_?values|common_?values)$/;
/** What a profile measures of a column beside its values: nulls, distinct values, a mean. */
const measureStat =
  /^(?:nulls?|nil|null_?(?:count|pct|percent|rate|ratio|frac|fraction|proportion)|missing(?:_?(?:count|pct|percent|values))?|distinct(?:_?(?:count|values|pct|percent|proportion))?|n_?distinct|n_?unique|unique(?:_?count)?|cardinality|count|non_?null(?:_?count)?|mean|avg|average|median|std|stddev|freq)$/;
/** A trailing note in brackets: `top values (count)`, `null (%)`. */
const bracketNote = /[ \t]*\([^()]{0,40}\)$/;

function statOf(header: string): Stat | undefined {
  const key = normalizeHeader(header.endsWith(')') ? header.replace(bracketNote, '') : header);
  return extremeStat.test(key)
    ? 'single'
    : sampleStat.test(key)
      ? 'list'
      : frequentStat.test(key)
        ? 'frequent'
        : undefined;
}

const isMeasure = (header: string): boolean =>
  measureStat.test(normalizeHeader(header.endsWith(')') ? header.replace(bracketNote, '') : header));

/** The name a profile gives the column a row or an object describes: `first_name`, the last part of `hms_prod.patients.date_of_birth`. */
function profiledName(value: string): string | undefined {
  const name = value.replace(/^[`"'[]+|[`"'\]]+$/g, '');
  const last = name.slice(name.lastIndexOf('.') + 1);
  return profiledColumn.test(last) ? last : undefined;
}
const profiledColumn = /^[\p{L}_][\p{L}\p{N}_ -]{0,63}$/u;

/**
 * The items of a list of a column's values in `[from, to)`, as flat `[start, end)` pairs:
 * `Oluwaseun (4,120), Chinonso (3,882)`, `1977-08-30, 2001-12-17`, `['Ana', 'Rui']`, `{Maria,Ana}`.
 * Split at `,` and `;` outside brackets; each item without its count (in brackets, or after `:` or
 * `=`), its quotes and the list's brackets; an empty or missing one (`—`, `null`) left out.
 */
function listItems(text: string, from: number, to: number): number[] {
  const items: number[] = [];
  let depth = 0;
  let itemStart = from;
  let cut = -1;
  for (let k = from; k <= to; k++) {
    const c = k < to ? text.charCodeAt(k) : 44;
    if (c === 40) {
      if (depth === 0 && cut === -1) cut = k;
      depth++;
    } else if (c === 41) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === 44 || c === 59)) {
      listItem(text, itemStart, cut === -1 ? k : cut, items);
      itemStart = k + 1;
      cut = -1;
    } else if (
      depth === 0 &&
      cut === -1 &&
      (c === 58 || c === 61) &&
      countAfter.test(text.slice(k + 1, k + 16))
    )
      cut = k;
  }
  return items;
}
const countAfter = /^[ \t]*\d[\d,. ]*%?[ \t]*(?:[,;]|$)/;
const listTrim = (c: number): boolean =>
  isSpace(c) || c === 34 || c === 39 || c === 96 || c === 91 || c === 93 || c === 123 || c === 125;
const missingValue = /^(?:—|–|-|null|none|nan|n\/a|<na>|\.\.\.|…)$/i;

function listItem(text: string, from: number, to: number, items: number[]): void {
  while (from < to && listTrim(text.charCodeAt(from))) from++;
  while (to > from && listTrim(text.charCodeAt(to - 1))) to--;
  if (to > from && to - from <= 200 && !missingValue.test(text.slice(from, to))) items.push(from, to);
}

/** Whether `[from, to)` holds a digit: a frequent value with one is a default or a bucket (`1990-01-01 (41,207 rows)`), no one's. */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isDigit(text.charCodeAt(k))) return true;
  return false;
}

/**
 * A profile or statistics table describes a column a row (`| column | type | null % | distinct |
 * min | max | top values (count) |`, dbt and catalog profiles, `df.describe(include='object').T`,
 * PostgreSQL's `pg_stats` with its `most_common_vals` and `histogram_bounds` arrays):
 * the row's extremes, samples and frequent values are values of the column the row names, so they
 * are put under its name (`first_name`, `date_of_birth`), a list's items one by one. Only in a
 * table that measures its columns too (`nulls`, `distinct`, `mean`): without a measure, `min` and
 * `max` are a validation rule's bounds. A frequent value holding a digit is left where it is: the
 * most frequent date or number of a column is a default or a bucket (`1990-01-01 (41,207 rows)`),
 * a frequent name is a name many people share.
 */
function profileRows(text: string, out: TableCells): void {
  let group: TableGroup | undefined;
  let base = 0;
  let field = -1;
  let stats: Array<Stat | undefined> = [];
  let columns: Map<string, number> | undefined;
  let name: string | undefined;
  let row = -1;
  const count = out.start.length;
  for (let i = 0; i < count; i++) {
    const column = out.column[i] as number;
    const start = out.start[i] as number;
    if (out.columnGroup[column] !== group) {
      group = out.columnGroup[column] as TableGroup;
      field = -1;
      row = -1;
      if (group.headers.length < 3) continue;
      stats = group.headers.map(statOf);
      if (stats.every((stat) => stat === undefined) || !group.headers.some(isMeasure)) continue;
      base = column;
      while (base > 0 && out.columnGroup[base - 1] === group) base--;
      const first = group.headers[0] as string;
      // `df.describe(include='object').T` prints the column names as its index, before the cells.
      const key = normalizeHeader(first);
      field = first === '' || fieldHeaders.has(key) || key === 'attname' ? base : rowLabels;
    }
    if (field === -1) continue;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (lineStart !== row) {
      row = lineStart;
      name = undefined;
      if (field === rowLabels) {
        let k = lineStart;
        while (k < start && !isSpace(text.charCodeAt(k))) k++;
        if (k < start) name = profiledName(text.slice(lineStart, k));
      }
    }
    if (column === field) {
      name = profiledName(text.slice(start, out.valueEnd[i]));
      continue;
    }
    const stat = stats[column - base];
    if (stat === undefined || name === undefined) continue;
    columns ??= new Map();
    let id = columns.get(name);
    if (id === undefined) {
      id = addGroup(out, [name]);
      columns.set(name, id);
    }
    if (stat === 'single') {
      out.column[i] = id;
      continue;
    }
    const items = listItems(text, start, out.valueEnd[i] as number);
    let first = true;
    for (let k = 0; k < items.length; k += 2) {
      const a = items[k] as number;
      const b = items[k + 1] as number;
      if (stat === 'frequent' && hasDigit(text, a, b)) continue;
      if (!first) {
        push(out, a, b, b, id);
        continue;
      }
      first = false;
      out.start[i] = a;
      out.end[i] = b;
      out.valueEnd[i] = b;
      out.column[i] = id;
    }
  }
}

/** `profileRows`' mark for a table whose rows open with their column's name, outside any cell. */
const rowLabels = -2;

const htmlTagAnywhere = /<(\/?)(tr|th|td|table)\b[^>]{0,200}>/gi;

/**
 * HTML tables (`df.to_html()`, scraped pages): the `<th>` cells of the first row are the headers,
 * each later row's `<td>`/`<th>` cells are matched to them by position. Cells holding markup are
 * skipped (their text is not one value).
 */
function htmlTables(text: string, out: TableCells): void {
  htmlTagAnywhere.lastIndex = 0;
  let headers: string[] | null = null;
  let base = -1;
  let row = 0;
  let allTh = true;
  let open = -1;
  for (let m = htmlTagAnywhere.exec(text); m !== null; m = htmlTagAnywhere.exec(text)) {
    const closing = m[1] === '/';
    const tag = (m[2] as string).toLowerCase();
    if (tag === 'table') {
      headers = null;
      row = 0;
      open = -1;
    } else if (tag === 'tr') {
      if (closing && row > 0) {
        if (headers === null) {
          if (allTh) {
            headers = [];
            for (let k = 0; k < row; k++) headers.push(segValue(text, k));
            base = addGroup(out, headers);
          }
        } else emit(out, base, headers.length, 0, row);
      }
      row = 0;
      allTh = true;
      open = -1;
    } else if (!closing) {
      open = m.index + m[0].length;
      if (tag === 'td') allTh = false;
    } else if (open !== -1) {
      const from = open;
      open = -1;
      if (m.index - from > 300 || text.slice(from, m.index).includes('<')) {
        segStart[row] = from;
        segEnd[row] = from;
        segValueEnd[row] = from;
      } else trimInto(text, from, m.index, m.index, row);
      row++;
    }
  }
}

const insertHead =
  /(?:\binsert[ \t]+(?:ignore[ \t]+)?(?:into[ \t]+)?([\w."`[\]]{1,128})[ \t]*\(([^()]{1,4000})\)\s*(?:->\s*)?values|(?:\bwith(?:[ \t]+recursive)?\s+|,\s*)([\w"`]{1,128})[ \t]*\(([^()]{1,4000})\)\s*as\s*\(\s*values)\s*/gi;
/**
 * `insertHead` without its common table expression: that one's `, t (…)` opening tries every comma
 * of a text (reading up to 4,000 characters after each for the parenthesis), so it runs only where
 * `AS (VALUES` is written. (The SQL patterns here need no `u` flag: with `i`, it makes V8 fold the
 * case of every character through Unicode's tables, ten times slower a search.)
 */
const insertOnlyHead =
  /\binsert[ \t]+(?:ignore[ \t]+)?(?:into[ \t]+)?([\w."`[\]]{1,128})[ \t]*\(([^()]{1,4000})\)\s*(?:->\s*)?values\s*/gi;
const literalRows = /\bas\s*\(\s*values/i;

/**
 * SQL `INSERT INTO t (a, b, …) VALUES (…), (…)` and a common table expression of literal rows, `WITH
 * t (a, b, …) AS (VALUES (…), (…))`: each value under its column name (quoted strings unquoted, `''`
 * kept as written, `DATE '…'`, `'…'::date` and `CAST(N'…' AS Date)` read as their string), the table
 * name kept for the detectors. SQL Server's `INSERT [dbo].[Pacientes] ([Nombre], …)` leaves out
 * `INTO`; the mysql client's continuation prompt `    -> VALUES (…)` may open a line.
 */
function insertValues(text: string, out: TableCells): void {
  const head = literalRows.test(text) ? insertHead : insertOnlyHead;
  head.lastIndex = 0;
  for (let m = head.exec(text); m !== null; m = head.exec(text)) {
    const table = (m[1] ?? (m[3] as string)).replace(/["`[\]]/g, '');
    const names = (m[2] ?? (m[4] as string)).split(',').map((c) =>
      c
        .trim()
        .replace(continuationPrompt, '')
        .replace(/^["`[]|["`\]]$/g, ''),
    );
    const base = addGroup(out, names, table);
    const values = m.index + m[0].length;
    let p = tuples(text, values, names.length, base, out);
    // SQLAlchemy's errors print a statement with placeholders, then the values bound to them.
    if (placeholder.test(text.slice(values, values + 3))) {
      const at = text.indexOf('[parameters: ', p);
      if (at !== -1 && at - p < 200) {
        let q = at + 13;
        if (text.charCodeAt(q) === 91) q++;
        p = tuples(text, q, names.length, base, out);
      }
    }
    head.lastIndex = Math.max(head.lastIndex, p);
  }
  // `INSERT INTO rh.salaries VALUES (…)` after `CREATE TABLE rh.salaries (matricule …, nom …)`: the
  // columns in the order the table declares them.
  if (!/create[ \t]+table/i.test(text)) return;
  insertNoColumns.lastIndex = 0;
  for (let m = insertNoColumns.exec(text); m !== null; m = insertNoColumns.exec(text)) {
    const table = (m[1] as string).replace(/["`[\]]/g, '');
    const names = declaredColumns(text, table);
    if (names === undefined) continue;
    tuples(text, m.index + m[0].length, names.length, addGroup(out, names, table), out);
  }
}

/**
 * R's `tribble(~nombre, ~apellidos, "Itziar", "Etxeberria Goikoetxea", …)` (tibble): the `~`
 * formulas name the columns, and the values after them fill the rows in turn. A quoted value is read
 * inside its quotes (so is the first string of a call, `as.Date("1988-12-02")`), a bare one (`NA`,
 * `42L`) as written.
 */
function tribbleRows(text: string, out: TableCells): void {
  for (let at = text.indexOf('tribble('); at !== -1; at = text.indexOf('tribble(', at + 8)) {
    const names: string[] = [];
    const values: number[] = []; // start, end and quoted (1 or 0) of each value, in turn
    const limit = Math.min(text.length, at + 20_000);
    let p = skipRSpace(text, at + 8, limit);
    while (p < limit && text.charCodeAt(p) !== 41) {
      const c = text.charCodeAt(p);
      let next: number;
      if (c === 126) {
        if (values.length > 0) break;
        tribbleName.lastIndex = p + 1;
        const m = tribbleName.exec(text);
        if (m === null) break;
        names.push((m[1] ?? m[2]) as string);
        next = tribbleName.lastIndex;
      } else if (c === 34 || c === 39) {
        next = rStringEnd(text, p, limit);
        if (next === -1) break;
        values.push(p + 1, next - 1, 1);
      } else {
        next = rItemEnd(text, p, limit);
        if (next === -1) break;
        const quote = text.slice(p, next).search(/["']/);
        const close = quote === -1 ? -1 : rStringEnd(text, p + quote, next);
        if (close === -1) values.push(p, next, 0);
        else values.push(p + quote + 1, close - 1, 1);
      }
      p = skipRSpace(text, next, limit);
      if (text.charCodeAt(p) === 44) p = skipRSpace(text, p + 1, limit);
      else if (text.charCodeAt(p) !== 41) break;
    }
    if (names.length < 2 || text.charCodeAt(p) !== 41) continue;
    const base = addGroup(out, names);
    for (let v = 0; v < values.length; v += 3) {
      let end = values[v + 1] as number;
      while (end > (values[v] as number) && isSpace(text.charCodeAt(end - 1))) end--;
      if (end > (values[v] as number))
        push(out, values[v] as number, end, end, base + ((v / 3) % names.length), values[v + 2] === 1);
    }
  }
}

/** A tribble's column formula after its `~`: a name, or a name in backticks (group 1 or 2). */
const tribbleName = /([\p{L}.][\p{L}\p{N}_.]{0,63})|`([^`\n]{1,64})`/uy;

/** Blanks, line breaks and `#` comments from `p`: where the next item starts. */
function skipRSpace(text: string, from: number, limit: number): number {
  let p = from;
  for (;;) {
    while (p < limit && isSpace(text.charCodeAt(p))) p++;
    if (text.charCodeAt(p) !== 35) return p;
    const eol = text.indexOf('\n', p);
    p = eol === -1 ? limit : eol + 1;
  }
}

/** The offset after the R string opening at `q` (its quote), backslash escapes skipped; -1 if unclosed. */
function rStringEnd(text: string, q: number, limit: number): number {
  const quote = text.charCodeAt(q);
  for (let p = q + 1; p < limit; p++) {
    const c = text.charCodeAt(p);
    if (c === 92) p++;
    else if (c === quote) return p + 1;
    else if (c === 10) return -1;
  }
  return -1;
}

/** Where a bare item from `p` ends: at a `,` or `)` outside brackets and strings; -1 past `limit`. */
function rItemEnd(text: string, from: number, limit: number): number {
  let depth = 0;
  for (let p = from; p < limit; p++) {
    const c = text.charCodeAt(p);
    if (c === 34 || c === 39) {
      const end = rStringEnd(text, p, limit);
      if (end === -1) return -1;
      p = end - 1;
    } else if (c === 40 || c === 91) depth++;
    else if (c === 41 || c === 93) {
      if (depth === 0) return p;
      depth--;
    } else if (c === 44 && depth === 0) return p;
    else if (c === 10 && depth === 0) return p;
  }
  return -1;
}

/** The mysql client's prompt opening a continued line: `    -> ('Begoña', …`. */
const continuationPrompt = /^->\s*/;

const insertNoColumns = /\binsert[ \t]+(?:ignore[ \t]+)?into[ \t]+([\w."`[\]]{1,128})\s+values\s*/gi;
const createTable =
  /\bcreate[ \t]+(?:or[ \t]+replace[ \t]+)?(?:temp(?:orary)?[ \t]+)?table[ \t]+(?:if[ \t]+not[ \t]+exists[ \t]+)?([\w."`[\]]{1,128})[ \t]*\(/gi;
const notColumn = /^(?:primary|constraint|unique|foreign|key|index|check|exclude|period)$/i;

/** The column names `CREATE TABLE table (…)` declares in `text`, in order (constraints left out). */
function declaredColumns(text: string, table: string): string[] | undefined {
  createTable.lastIndex = 0;
  for (let m = createTable.exec(text); m !== null; m = createTable.exec(text)) {
    if ((m[1] as string).replace(/["`[\]]/g, '') !== table) continue;
    const names: string[] = [];
    let depth = 0;
    let item = m.index + m[0].length;
    for (let i = item; i < text.length && i - item < 20_000; i++) {
      const c = text.charCodeAt(i);
      if (c === 39) i = Math.max(i, text.indexOf("'", i + 1));
      else if (c === 40) depth++;
      else if ((c === 44 && depth === 0) || (c === 41 && depth-- === 0)) {
        const name = /^\s*["`[]?([\p{L}_][\p{L}\p{N}_]*)/u.exec(text.slice(item, i))?.[1];
        if (name !== undefined && !notColumn.test(name)) names.push(name);
        item = i + 1;
        if (c === 41) return names.length > 0 ? names : undefined;
      }
    }
  }
  return undefined;
}

/** A bind placeholder opening a `VALUES` tuple: `(?`, `(%s`, `(%(name)s`, `($1`, `(:name`. */
const placeholder = /^\((?:\?|%s|%\(|\$1|:\w)/;

/**
 * `( … ), ( … )` from `p`: each tuple's cells under the columns from `base`; returns where they end.
 * A seed script's `-- comment` after a tuple's comma is skipped: `('Mario', …),  -- riga di esempio`.
 */
function tuples(text: string, from: number, columns: number, base: number, out: TableCells): number {
  let p = from;
  for (;;) {
    p = skipSqlSpace(text, p);
    if (text.charCodeAt(p) !== 40) return p;
    const end = insertTuple(text, p + 1, columns, base, out);
    if (end === -1) return p;
    p = end;
    while (p < text.length && isSpace(text.charCodeAt(p))) p++;
    if (text.charCodeAt(p) !== 44) return p;
    p++;
  }
}

/**
 * Spaces, `-- …` line comments and the mysql client's continuation prompt (`    -> (…)` opening a
 * line) from `p`; the offset after them.
 */
function skipSqlSpace(text: string, from: number): number {
  let p = from;
  for (;;) {
    while (p < text.length && isSpace(text.charCodeAt(p))) p++;
    if (text.charCodeAt(p) === 45 && text.charCodeAt(p + 1) === 62 && promptLine(text, p)) {
      p += 2;
      continue;
    }
    if (text.charCodeAt(p) !== 45 || text.charCodeAt(p + 1) !== 45) return p;
    const eol = text.indexOf('\n', p);
    if (eol === -1) return text.length;
    p = eol + 1;
  }
}

/** Whether only blanks stand between the line's start and `at`: `    -> ` is a prompt there. */
function promptLine(text: string, at: number): boolean {
  let p = at - 1;
  while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p--;
  return p < 0 || text.charCodeAt(p) === 10;
}

/** Whether the quote at `q` is escaped by a backslash (MySQL's `'O\'Driscoll'`): an odd run of them before it. */
function escaped(text: string, q: number): boolean {
  let p = q - 1;
  while (text.charCodeAt(p) === 92) p--;
  return (q - 1 - p) % 2 === 1;
}

/** One `( … )` tuple from just after its `(`: its cells, and the offset after its `)` (-1 if malformed). */
function insertTuple(text: string, from: number, columns: number, base: number, out: TableCells): number {
  let p = from;
  let k = 0;
  const limit = Math.min(text.length, from + 8000);
  for (;;) {
    while (p < limit && isSpace(text.charCodeAt(p))) p++;
    let start: number;
    let end: number;
    let quoted = false;
    // A typed literal: `DATE '1974-02-08'`, `TIMESTAMP '…'`.
    if ((text.charCodeAt(p) | 32) === 100 || (text.charCodeAt(p) | 32) === 116) {
      typedLiteral.lastIndex = p;
      if (typedLiteral.test(text)) p = typedLiteral.lastIndex;
    }
    // SQL Server's `CAST(N'1992-03-14' AS Date)`: the literal, then its closing bracket.
    let cast = false;
    if ((text.charCodeAt(p) | 32) === 99) {
      castOpen.lastIndex = p;
      cast = castOpen.test(text);
      if (cast) p = castOpen.lastIndex;
    }
    // SQL Server's Unicode literal `N'María …'`, PostgreSQL's escape string `E'…'`.
    if ((text.charCodeAt(p) === 78 || text.charCodeAt(p) === 69) && text.charCodeAt(p + 1) === 39) p++;
    if (text.charCodeAt(p) === 39) {
      start = p + 1;
      let q = start;
      for (;;) {
        q = text.indexOf("'", q);
        if (q === -1 || q >= limit) return -1;
        if (text.charCodeAt(q + 1) === 39) q += 2;
        else if (escaped(text, q)) q++;
        else break;
      }
      end = q;
      p = q + 1;
      quoted = true;
      // A cast after it: `'1986-10-03'::date`.
      if (text.charCodeAt(p) === 58 && text.charCodeAt(p + 1) === 58) {
        p += 2;
        while (p < limit && (isWord(text.charCodeAt(p)) || text.charCodeAt(p) === 32)) p++;
      }
      if (cast) {
        castClose.lastIndex = p;
        if (!castClose.test(text)) return -1;
        p = castClose.lastIndex;
      }
    } else {
      start = p;
      let depth = 0;
      while (p < limit) {
        const c = text.charCodeAt(p);
        if (c === 40) depth++;
        else if (c === 41) {
          if (depth === 0) break;
          depth--;
        } else if (c === 44 && depth === 0) break;
        else if (c === 10 || c === 59) return -1;
        p++;
      }
      end = p;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    }
    if (k < columns && end > start) push(out, start, end, end, base + k, quoted);
    k++;
    while (p < limit && isSpace(text.charCodeAt(p))) p++;
    const c = text.charCodeAt(p);
    if (c === 41) return p + 1;
    if (c !== 44) return -1;
    p++;
  }
}

/**
 * A literal a query names by an alias, `'1986-10-03'::date AS birth_date`, `'Renata Moura' AS
 * full_name` (a `MERGE … USING (SELECT …)` source row), or a query plan's condition on a column,
 * `((last_name)::text = 'Kowalczyk'::text)`: the value under that name. `pattern` captures the
 * literal's text (group `literal`, 1 or 2) and the name (the other one); the first `'` of a match
 * opens the literal.
 */
function namedLiterals(pattern: RegExp, literal: 1 | 2, text: string, out: TableCells): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (pattern === aliasedLiteral && castBefore.test(text.slice(Math.max(0, m.index - 8), m.index)))
      continue;
    const start = m.index + (m[0] as string).indexOf("'") + 1;
    const end = start + (m[literal] as string).length;
    push(out, start, end, end, addGroup(out, [m[3 - literal] as string]), true);
  }
}

const aliasedLiteral =
  /'((?:[^'\n]|''){1,200})'(?:::[A-Za-z]\w{0,31}(?:\(\d{1,4}\))?)?[ \t]+as[ \t]+["`]?([A-Za-z_]\w{0,63})/gi;
/** `CAST(` or `CAST(N` just before a literal: its `AS Date` is a type, no alias. */
const castBefore = /cast[ \t]*\([ \t]*N?$/i;
const planCondition = /\(([A-Za-z_]\w{0,63})\)::\w{1,32} = '((?:[^'\n]|''){1,200})'/g;

/** `CAST(` before a quoted literal (`CAST(N'1992-03-14' AS Date)`), and the ` AS Date)` after it. */
const castOpen = /cast[ \t]*\([ \t]*(?=N?')/iy;
const castClose = /[ \t]+as[ \t]+\w{1,32}(?:\([\d, ]{1,12}\))?[ \t]*\)/iy;

const typedLiteral = /(?:date|timestamp|timestamptz|time)[ \t]+(?=')/iy;

const x12Headers = [
  'last_name',
  'first_name',
  'middle_name',
  'contact_name',
  'phone',
  'date_of_birth',
  'ssn',
];

/**
 * ASC X12 health care transactions (837 claims, 834 enrolments, 270/271 eligibility): `~`-ended
 * segments of `*`-separated elements, named by segment and position. Read: the family, given and
 * middle names of a person (`NM1*IL*1*BEAUCHAMP*LORRAINE`, entity type 1), a contact's name and phone
 * numbers (`PER*IC*JANELLE FORTIER*TE*4048723310`), a birth date (`DMG*D8*19710311`) and a social
 * security number (`REF*SY*529441806`).
 */
function x12Elements(text: string, out: TableCells): void {
  let base = -1;
  const cell = (from: number, to: number, column: number): void => {
    if (to <= from) return;
    if (base === -1) base = addGroup(out, x12Headers);
    push(out, from, to, to, base + column, undefined);
  };
  for (const m of text.matchAll(x12Segment)) {
    const id = m[1] as string;
    const elements: Array<[number, number]> = [];
    let from = (m.index as number) + m[0].indexOf('*') + 1;
    const end = (m.index as number) + m[0].length;
    for (let star = text.indexOf('*', from); ; star = text.indexOf('*', from)) {
      const to = star === -1 || star > end ? end : star;
      elements.push([from, to]);
      if (to === end) break;
      from = to + 1;
    }
    const value = (i: number): string => {
      const e = elements[i - 1];
      return e === undefined ? '' : text.slice(e[0], e[1]);
    };
    const at = (i: number, column: number): void => {
      const e = elements[i - 1];
      if (e !== undefined) cell(e[0], e[1], column);
    };
    if (id === 'NM1' && value(2) === '1') {
      at(3, 0);
      at(4, 1);
      at(5, 2);
    } else if (id === 'PER') {
      at(2, 3);
      for (let q = 3; q + 1 <= elements.length; q += 2)
        if (/^(?:TE|CP|FX|HP|WP)$/.test(value(q))) at(q + 1, 4);
    } else if (id === 'DMG' && value(1) === 'D8') at(2, 5);
    else if (id === 'REF' && value(1) === 'SY') at(2, 6);
  }
}

const x12Segment = /(?<=^|~[ \t]*(?:\r?\n)?)(NM1|PER|DMG|REF)\*[^~\n]*/gm;

/** An HL7 XCN field names a provider after an id (`1184629375^WHITFIELD^ELENA^^^DR^^^NPI`). */
const xcn = 'provider_full_name';

/** The HL7 v2 fields that hold a person's name or birth date, by segment and position. */
const hl7Labels: Readonly<Record<string, ReadonlyArray<readonly [number, string]>>> = {
  PID: [
    [3, 'patient_identifier_list'],
    [5, 'patient_name'],
    [7, 'date_of_birth'],
    [9, 'patient_alias_name'],
  ],
  NK1: [[2, 'next_of_kin_name']],
  PV1: [
    [7, xcn],
    [8, xcn],
    [9, xcn],
    [17, xcn],
  ],
  ORC: [[12, xcn]],
  OBR: [
    [16, xcn],
    [28, xcn],
  ],
};

const hl7Segment = /^(PID|NK1|PV1|ORC|OBR)\|/gm;

/**
 * HL7 v2 messages (`PID|1||0042217^^^HOSP^MR||HALVORSEN^TOVE||19580919|F|…`): fields are `|`
 * separated and named by position, so the name (PID-5, NK1-2) and birth date (PID-7) are read
 * under those names. A name field is one value, components and all (`FAMILY^GIVEN`).
 */
function hl7Fields(text: string, out: TableCells): void {
  hl7Segment.lastIndex = 0;
  for (let m = hl7Segment.exec(text); m !== null; m = hl7Segment.exec(text)) {
    const labels = hl7Labels[m[1] as string] ?? [];
    const base = addGroup(
      out,
      labels.map(([, name]) => name),
    );
    let ssn = -1;
    const newline = text.indexOf('\n', m.index);
    let last = newline === -1 ? text.length : newline;
    if (text.charCodeAt(last - 1) === 13) last--;
    let from = m.index + 4;
    for (let field = 1; from <= last; field++) {
      let to = text.indexOf('|', from);
      if (to === -1 || to > last) to = last;
      const k = labels.findIndex(([position]) => position === field);
      if (k !== -1 && to > from) {
        const label = (labels[k] as readonly [number, string])[1];
        if (label === xcn) {
          const [s, e] = xcnName(text, from, to);
          if (e > s) push(out, s, e, e, base + k, undefined);
        } else if (label === 'patient_identifier_list') {
          // `318527764^^^SSA^SS`: an identifier of type SS is a social security number.
          for (const [s, e] of socialSecurityIds(text, from, to)) {
            if (ssn === -1) ssn = addGroup(out, ['ssn']);
            push(out, s, e, e, ssn, undefined);
          }
        } else push(out, from, to, to, base + k, undefined);
      }
      from = to + 1;
    }
  }
}

/** The `FAMILY^GIVEN` (and middle, when given) components of an XCN field `[from, to)`, or an empty span. */
function xcnName(text: string, from: number, to: number): [number, number] {
  const repeat = text.indexOf('~', from);
  const field = text.slice(from, repeat !== -1 && repeat < to ? repeat : to).split('^');
  const [id = '', family = '', given = '', middle = ''] = field;
  if (family === '' || given === '') return [from, from];
  const start = from + id.length + 1;
  return [start, start + family.length + 1 + given.length + (middle === '' ? 0 : middle.length + 1)];
}

/** The ids of type `SS` among the repetitions of PID-3 `[from, to)` (`ID^^^AUTHORITY^SS`). */
function socialSecurityIds(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let s = from; s < to; ) {
    let e = text.indexOf('~', s);
    if (e === -1 || e > to) e = to;
    const parts = text.slice(s, e).split('^');
    if (parts[4] === 'SS' && /^\d[\d-]{8,10}$/.test(parts[0] as string))
      out.push([s, s + (parts[0] as string).length]);
    s = e + 1;
  }
  return out;
}

const keyTupleHead = /\bKey \(([^()\n]{1,1000})\)=\(/g;

/**
 * PostgreSQL's `DETAIL:  Key (first_name, last_name)=(Oskar, Bergqvist) already exists.`: each
 * value under its column, as in an `INSERT`.
 */
function keyTuples(text: string, out: TableCells): void {
  keyTupleHead.lastIndex = 0;
  for (let m = keyTupleHead.exec(text); m !== null; m = keyTupleHead.exec(text)) {
    const names = (m[1] as string).split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    insertTuple(text, m.index + m[0].length, names.length, addGroup(out, names), out);
  }
}

const copyHead = /^COPY[ \t]+([\w."]{1,128})[ \t]*\(([^()\n]{1,4000})\)[ \t]+FROM[ \t]+stdin;[ \t]*\r?\n/gm;

/**
 * A `pg_dump` data block: `COPY public.customers (id, name, …) FROM stdin;`, then one line per row,
 * its values separated by tabs (`\N` is null), up to a line `\.`. Each value under its column.
 */
function copyRows(text: string, out: TableCells): void {
  copyHead.lastIndex = 0;
  for (let m = copyHead.exec(text); m !== null; m = copyHead.exec(text)) {
    const names = (m[2] as string).split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    const base = addGroup(out, names, (m[1] as string).replace(/"/g, ''));
    let line = m.index + m[0].length;
    while (line < text.length) {
      const newline = text.indexOf('\n', line);
      let eol = newline === -1 ? text.length : newline;
      if (eol > line && text.charCodeAt(eol - 1) === 13) eol--;
      if (text.startsWith('\\.', line) && eol - line === 2) break;
      let from = line;
      for (let k = 0; from <= eol; k++) {
        let to = text.indexOf('\t', from);
        if (to === -1 || to > eol) to = eol;
        if (k < names.length && to > from && !(to - from === 2 && text.startsWith('\\N', from)))
          push(out, from, to, to, base + k, undefined);
        from = to + 1;
      }
      line = newline === -1 ? text.length : newline + 1;
    }
    copyHead.lastIndex = Math.max(copyHead.lastIndex, line);
  }
}

const selectWord = /\bselect\b/i;
/** A `SELECT` list and the end of its statement (a `;`, or a blank line). */
const selectStatement =
  /\bSELECT[ \t\r\n]+(?:DISTINCT[ \t\r\n]+)?([^;]{1,2000}?)[ \t\r\n]+FROM\b[^;]{0,2000}?(?:;[ \t]*\r?\n|\n[ \t]*\r?\n)/gi;
/** A column of a `SELECT` list: `t.first_name`, `"Last Name"`, `x AS alias`; group 1 or 2 names it. */
const selectItem =
  /^(?:[\w"`[\]]+\.)*([\p{L}_][\p{L}\p{N}_]*|"[^"]+")$|[ \t]AS[ \t]+([\p{L}_][\p{L}\p{N}_]*|"[^"]+")$/iu;

/**
 * A grid copied without its header row (DBeaver's plain Ctrl+C, a SQL client's "Copy") under the
 * query that made it: `SELECT t.lease_id, t.first_name, … FROM …;`, a blank line, then tab-separated
 * rows of as many cells. The rows are read under the `SELECT` list's columns (an alias names its
 * column). Returns the spans `[from, to)` of the rows read, which no other reader takes as a table.
 */
function selectedRows(text: string, out: TableCells): number[] {
  const spans: number[] = [];
  for (const m of text.matchAll(selectStatement)) {
    const names = selectNames(m[1] as string);
    if (names === undefined || names.length < 2) continue;
    let at = (m.index as number) + m[0].length;
    while (text.charCodeAt(at) === 10 || text.charCodeAt(at) === 13) at++;
    const from = at;
    let base = -1;
    for (;;) {
      const nl = text.indexOf('\n', at);
      const end = nl === -1 ? text.length : nl;
      const to = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      if (to === at || splitLine(text, at, to, 9) !== names.length) break;
      // A header row copied with the grid is the names again: the table reader's, not this one's.
      if (base === -1 && segValue(text, 0) === names[0]) break;
      if (base === -1) base = addGroup(out, names);
      emit(out, base, names.length, 0, names.length);
      at = nl === -1 ? text.length : nl + 1;
    }
    if (base !== -1) spans.push(from, at);
  }
  return spans;
}

/** The column names of a `SELECT` list, or undefined when one is no column (`*`, an expression without alias). */
function selectNames(list: string): string[] | undefined {
  const names: string[] = [];
  for (const raw of list.split(',')) {
    const m = selectItem.exec(raw.trim());
    if (m === null) return undefined;
    names.push((m[2] ?? (m[1] as string)).replace(/^"|"$/g, ''));
  }
  return names;
}

/** Whether `at` falls in one of the spans `[from, to)` listed in pairs. */
function within(spans: readonly number[], at: number): boolean {
  for (let k = 0; k < spans.length; k += 2)
    if (at >= (spans[k] as number) && at < (spans[k + 1] as number)) return true;
  return false;
}

/**
 * A file's header line printed apart from its records (`!head -1 employees.csv`, `.shell head -1
 * …`) and a record a loader's error quotes below it: the last tab-separated field of Snowflake's
 * `VALIDATE` rows (`REJECTED_RECORD`), DuckDB's `Original Line: …`, a `raw_line=…`. A record split
 * by the header's delimiter (double quotes respected) into exactly as many fields is a row of it.
 * The load's `COPY table (columns) FROM … DELIMITER '|'` names the columns as well as a header line
 * (Redshift's `stl_load_errors.raw_line`).
 */
function detachedRecords(text: string, out: TableCells): void {
  for (const h of text.matchAll(detachedHeader)) {
    const names = (h[1] as string).split(h[2] as string);
    recordsUnder(text, names, (h[2] as string).charCodeAt(0), (h.index as number) + h[0].length + 1, out);
  }
  if (text.includes('--') || text.includes('#'))
    for (const c of text.matchAll(commentColumns)) {
      const names = columnNames(c[1] as string);
      if (names === undefined) continue;
      const first = (c.index as number) + c[0].length;
      recordsUnder(text, names, 124, first, out);
      recordsUnder(text, names, 44, first, out);
    }
  if (!text.includes('COPY')) return;
  for (const c of text.matchAll(copyFrom)) {
    const delimiter = c[3] ?? (c[4] !== undefined ? ',' : undefined);
    if (delimiter === undefined) continue;
    const names = (c[2] as string).split(',').map((n) => n.trim().replace(/^"|"$/g, ''));
    recordsUnder(text, names, delimiter.charCodeAt(0), (c.index as number) + c[0].length, out);
  }
}

/**
 * A load's `COPY` from a file with its column list and delimiter (`DELIMITER '|'`, `DELIMITER AS
 * ','`, or `CSV`): the table, the columns, the delimiter or the `CSV` keyword.
 */
const copyFrom =
  /\bCOPY[ \t]+([\w."]{1,128})[ \t]*\(([^()\n]{1,4000})\)[ \t]*\r?\n?[ \t]*FROM[ \t]+'[^'\n]{1,1000}'[^;]{0,1000}?(?:\bDELIMITER[ \t]+(?:AS[ \t]+)?'([^'\n])'|\b(CSV)\b)[^;]{0,1000};/gi;

/**
 * A comment naming a table's columns, alone on its line: `-- target table: crm.customers (id,
 * first_name, last_name, email, phone varchar(20), birth_date)`. Group 1 is the list.
 */
const commentColumns =
  /^[ \t]*(?:--|#)[^\n(]{0,120}?[\w."]{1,128}[ \t]*\(((?:[^()\n]|\(\d{1,5}(?:,\d{1,3})?\)){1,2000})\)[ \t]*\r?$/gm;

/**
 * The column names of a list of three or more, each maybe with its SQL type (`phone varchar(20)`,
 * `dob DATE "DD-MON-YYYY"`), or undefined when an item is no column.
 */
function columnNames(list: string): string[] | undefined {
  const names: string[] = [];
  for (const item of list.split(/,(?![\d ]*\))/)) {
    const m = columnItem.exec(item);
    if (m === null) return undefined;
    names.push(m[1] as string);
  }
  return names.length >= 3 ? names : undefined;
}

const columnItem =
  /^\s*"?([\p{L}_][\p{L}\p{N}_]{0,63})"?(?:[ \t]+[A-Za-z]\w{0,31}(?:\([\d, ]{1,12}\))?(?:[ \t]+"[^"\n]{1,40}")?)?\s*$/u;

/**
 * An Oracle SQL*Loader control file with its data inline: the field list `( emp_no, first_name, …,
 * dob DATE "DD-MON-YYYY", … )` after `FIELDS TERMINATED BY '|'`, then the records after
 * `BEGINDATA`, one a line (`100231|Karthikeyan|Subramaniam|14-JUN-1985|…`): each field under its
 * name, the `OPTIONALLY ENCLOSED BY '"'` quotes left out.
 */
function loaderData(text: string, out: TableCells): void {
  for (const m of text.matchAll(loaderControl)) {
    const names = columnNames(m[2] as string);
    if (names === undefined) continue;
    const delimiter = (m[1] as string).charCodeAt(0);
    let base = -1;
    let at = (m.index as number) + m[0].length;
    for (let lines = 0; at < text.length && lines < 10_000; lines++) {
      let end = text.indexOf('\n', at);
      if (end === -1) end = text.length;
      const to = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      if (to === at) break;
      const fields = splitFields(text, at, to, delimiter, names.length);
      if (fields !== undefined) {
        if (base === -1) base = addGroup(out, names);
        pushFields(text, fields, base, out);
      }
      at = end + 1;
    }
  }
}

/**
 * A file a `COPY` or psql's `\copy` loads, its columns named (`\copy patients(nhs_number, forename,
 * …) FROM 'export_2024-06.csv' CSV HEADER`), and lines of it printed by a shell command naming the
 * file below (`$ sed -n 4118p export_2024-06.csv`): each printed record of as many fields (split at
 * the `DELIMITER`, a comma for CSV, a tab otherwise) under those columns.
 */
function printedFileRows(text: string, out: TableCells): void {
  for (const m of text.matchAll(copyFile)) {
    const names = columnNames(m[1] as string);
    if (names === undefined) continue;
    const path = m[2] as string;
    const file = path.slice(path.lastIndexOf('/') + 1);
    const options = m[3] as string;
    const delimiter =
      /delimiter[ \t]+(?:as[ \t]+)?'(.)'/i.exec(options)?.[1] ?? (/\bcsv\b/i.test(options) ? ',' : '\t');
    let base = -1;
    for (
      let at = text.indexOf(file, (m.index as number) + m[0].length);
      at !== -1;
      at = text.indexOf(file, at + 1)
    ) {
      const lineFrom = text.lastIndexOf('\n', at) + 1;
      if (!text.startsWith('$ ', lineFrom)) continue;
      let p = text.indexOf('\n', at) + 1;
      for (let lines = 0; p > 0 && p < text.length && lines < 100 && !text.startsWith('$ ', p); lines++) {
        let end = text.indexOf('\n', p);
        if (end === -1) end = text.length;
        const to = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
        if (to === p) break;
        const fields = splitFields(text, p, to, delimiter.charCodeAt(0), names.length);
        if (fields !== undefined) {
          if (base === -1) base = addGroup(out, names);
          pushFields(text, fields, base, out);
        }
        p = end + 1;
      }
    }
  }
}

/** A `COPY`'s or `\copy`'s column list (group 1), file (2) and the options after it on its line (3). */
const copyFile =
  /\bcopy[ \t]+[\w."]{1,128}[ \t]*\(([^()\n]{1,4000})\)[ \t]*from[ \t]+'([^'\n]{1,1000})'([^\n]{0,200})/gi;

/**
 * MySQL's `Duplicate entry 'VASSEUR-Chloé-1993-07-21' for key 'adherents.uq_nom_prenom_naissance'`:
 * the values of a composite unique key joined by `-`, the key named after its columns. Each value
 * is read under its column's word (`nom`, `prenom`, `naissance`) when the parts and the words
 * agree in number, a date at the end kept whole; a one-column key's value is read as it is.
 */
function duplicateEntries(text: string, out: TableCells): void {
  for (const m of text.matchAll(duplicateEntry)) {
    const words = (m[2] as string).split('_').filter((w) => w !== '' && !keyPrefix.test(w));
    if (words.length === 0) continue;
    const start = (m.index as number) + "Duplicate entry '".length;
    const value = m[1] as string;
    const cuts: number[] = [0];
    if (words.length > 1) {
      const date = trailingDate.exec(value);
      const head = date === null ? value.length : date.index - 1;
      for (let k = value.indexOf('-'); k !== -1 && k < head; k = value.indexOf('-', k + 1))
        cuts.push(k, k + 1);
      if (date !== null) cuts.push(head, head + 1);
    }
    cuts.push(value.length);
    if (cuts.length !== 2 * words.length) continue;
    const base = addGroup(out, words);
    for (let k = 0; k < cuts.length; k += 2)
      if ((cuts[k + 1] as number) > (cuts[k] as number))
        push(
          out,
          start + (cuts[k] as number),
          start + (cuts[k + 1] as number),
          start + (cuts[k + 1] as number),
          base + k / 2,
          true,
        );
  }
}

const duplicateEntry = /Duplicate entry '([^'\n]{1,300})' for key '(?:\w{1,64}\.)?(\w{1,128})'/g;
/** A unique key's name's prefix or suffix that names no column: `uq_`, `uniq_`, `_key`, `idx_`. */
const keyPrefix = /^(?:uq|uk|ux|uniq|unique|idx|index|key|ix|un)$/i;
const trailingDate = /(?<=-)\d{4}-\d\d-\d\d$/;

/**
 * A SQL*Loader control file's field terminator (group 1) and field list (group 2), up to its
 * `BEGINDATA` line.
 */
const loaderControl =
  /\bFIELDS[ \t]+TERMINATED[ \t]+BY[ \t]+'([^'\n])'[^(]{0,200}\(((?:[^()]|\(\d{1,5}(?:,\d{1,3})?\)){1,4000})\)\s*BEGINDATA[ \t]*\r?\n/gi;

/** Reads the records quoted on the (up to 100) lines from `at` under `names` (see `detachedRecords`). */
function recordsUnder(
  text: string,
  names: readonly string[],
  delimiter: number,
  first: number,
  out: TableCells,
): void {
  let base = -1;
  let at = first;
  for (let lines = 0; at < text.length && lines < 100; lines++) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const lineEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const from = recordStart(text, at, lineEnd);
    const fields = from === -1 ? undefined : splitFields(text, from, lineEnd, delimiter, names.length);
    if (fields !== undefined) {
      if (base === -1) base = addGroup(out, names);
      pushFields(text, fields, base, out);
    }
    at = end + 1;
  }
}

/** Where a quoted record starts on the line `[at, end)`: after its last tab, or after `Original Line: `, `raw_line=`; or -1. */
function recordStart(text: string, at: number, end: number): number {
  const tab = text.lastIndexOf('\t', end - 1);
  if (tab >= at) return tab + 1;
  const m = recordLabel.exec(text.slice(at, end));
  return m === null ? -1 : at + m.index + m[0].length;
}

/**
 * `[start, end)` pairs of the fields of `text[from, to)` split at `delimiter` outside double
 * quotes, when there are exactly `count`; otherwise undefined.
 */
function splitFields(
  text: string,
  from: number,
  to: number,
  delimiter: number,
  count: number,
): number[] | undefined {
  const out: number[] = [from];
  let quoted = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === delimiter && !quoted) {
      if (out.length / 2 + 1 > count) return undefined;
      out.push(i, i + 1);
    }
  }
  out.push(to);
  return out.length === 2 * count ? out : undefined;
}

/** Words of a loader's error that quote the record it rejected. */
const recordMark = /REJECTED_RECORD|Original Line: |raw_line|raw_record/;
/** A header line of three or more identifiers joined by `,` or `;`, alone on its line. */
const detachedHeader = /^([A-Za-z_]\w{0,63}([,;])[A-Za-z_]\w{0,63}(?:\2[A-Za-z_]\w{0,63})+)\r?$/gm;
const recordLabel =
  /(?:Original Line|raw_line|raw_record)["']?(?::[ \t]*|=|[ \t]+\|[ \t])(?:\d{1,9}:[ \t]*)?/;

// A form pads its labels to one column (`Adı Soyadı           : …`) and marks a plural or the other
// gender in brackets (`Prénom(s)`, `Family name(s)`, `Né(e)`). A phone's area code in brackets may
// open an unquoted value (`Cep Telefonu: (0532) 614 27 89`).
const keyed =
  /(?<![\p{L}\p{N}_.]-*)(["']?)\$?([\p{L}_][\p{L}\p{N}_.-]{0,63}(?:\(\p{Ll}{1,2}\))?|(?:[\p{L}_][\p{L}\p{N}_.-]{0,63})?\[[\p{L}_][\p{L}\p{N}_ .-]{0,63}\](?=["']))\1(?: \([^()\n]{1,40}\))?[ \t]{0,40}(:=|=>|[:=])[ \t]{0,40}(?:"((?:[^"\\\n]|\\.){0,2000})"|'((?:[^'\\\n]|\\.){0,2000})'|((?:\(\d{1,5}\)[ \t]?)?[^\s"',;&{}[\]()<>][^\n"',;&{}[\]()<>=]{0,300}))/gu;

const keyedAt = sticky(keyed);

/** `[\p{L}\p{N}_.-]`, for the key character ending at `k` (exclusive): its length in code units, or 0. */
function keyCharBefore(text: string, k: number): number {
  const c = text.charCodeAt(k - 1);
  if (c < 128) return isWord(c) || c === 46 || c === 45 ? 1 : 0;
  if (c >= 0xdc00 && c <= 0xdfff && k >= 2) {
    const pair = text.slice(k - 2, k);
    if (pair.charCodeAt(0) >= 0xd800 && pair.charCodeAt(0) <= 0xdbff)
      return letterOrNumber.test(pair) ? 2 : 0;
  }
  return letterOrNumber.test(text[k - 1] as string) ? 1 : 0;
}

const letterOrNumber = /^[\p{L}\p{N}]$/u;

/** The length of a form's plural or gender mark ending at `end` (`(s)`, `(e)`, `(es)`), or 0. */
function formMark(text: string, end: number): number {
  if (text.charCodeAt(end - 1) !== 41) return 0;
  for (let k = end - 2; k >= end - 4 && k > 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 40) return k < end - 2 && keyCharBefore(text, k) > 0 ? end - k : 0;
    if (c < 97 || c > 122) return 0;
  }
  return 0;
}

/**
 * The label of a form field ending in the key at `[keyAt, keyEnd)` (one word): the words before it
 * on its line, one blank apart, when they open the line (after blanks, a bullet or a number such as
 * `1.1`), follow two blanks or a tab (`Civilité : Mme   Nom de naissance : …`) or the first
 * language's label and a slash (`Apellido(s) / Family name(s):`). Plural and
 * gender marks are dropped (`Family name(s)` → `Family name`). Undefined for a key alone.
 */
function formLabel(text: string, keyAt: number, keyEnd: number): [string, number] | undefined {
  let p = keyAt;
  let words = 0;
  while (words < 6 && p >= 2 && text.charCodeAt(p - 1) === 32) {
    // `Name, Vorname des Versicherten`: a comma after the label's first word joins the fields it names.
    const comma = p >= 3 && text.charCodeAt(p - 2) === 44 ? 1 : 0;
    if (!labelChar(text.charCodeAt(p - 2 - comma))) break;
    let w = p - 1 - comma;
    while (w > 0 && labelChar(text.charCodeAt(w - 1)) && p - w < 40) w--;
    if (!isLetterAt(text, w)) break;
    p = w;
    words++;
    if (comma === 1) break;
  }
  if (words === 0) return undefined;
  // What opens the label: the line's start, a field gap, or a bullet or a number opening the line.
  let b = p;
  while (b > 0 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
  const gap = p - b >= 2 || (p > b && text.charCodeAt(p - 1) === 9);
  // `Apellido(s) / Family name(s):` (a bilingual form): the label in its second language.
  const bilingual = p - b === 1 && text.charCodeAt(b - 1) === 47 && text.charCodeAt(b - 2) === 32;
  if (!gap && !bilingual && b > 0 && text.charCodeAt(b - 1) !== 10) {
    let n = b;
    while (n > 0 && (labelNumbering(text.charCodeAt(n - 1)) || numberingLetter(text, n - 1))) n--;
    if (n === b || (n > 0 && text.charCodeAt(n - 1) !== 10 && text.charCodeAt(n - 1) !== 32))
      return undefined;
  }
  return [text.slice(p, keyEnd).replace(/\(\p{Ll}{1,2}\)/gu, ''), p];
}

/** A character of a label's word: a letter, a mark, an apostrophe, a dot, a hyphen, a bracket. */
function labelChar(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c >= 192 ||
    c === 39 ||
    c === 46 ||
    c === 45 ||
    c === 40 ||
    c === 41
  );
}

/** A letter numbering a form's field (`4.a.`, `b)`): lower case, a dot or a bracket after it, no letter before. */
function numberingLetter(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  const after = text.charCodeAt(k + 1);
  return c >= 97 && c <= 122 && (after === 46 || after === 41) && (k === 0 || !isLetterAt(text, k - 1));
}

/** Digits, dots, brackets and bullets numbering a form's field (`1.1`, `7.`, `a)`, `-`, `•`). */
function labelNumbering(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 41 || c === 45 || c === 42 || c === 0x2022;
}

/** A value of `key=value` pairs in brackets, keys of words: `[first name=Inês, infix=null, last name=Carvalho]`. */
const bracketedPairs = /^\[[A-Za-z][A-Za-z _]{0,30}=[^,=\]]*(?:, [A-Za-z][A-Za-z _]{0,30}=[^,=\]]*)+\]$/;
const bracketedPair = /([A-Za-z][A-Za-z _]{0,30})=([^,=\]]*)/g;

/** Pushes the pairs of a `bracketedPairs` value `[from, to)` as cells, `null` values left out. */
function innerPairs(text: string, from: number, to: number, out: Cell[]): void {
  for (const m of text.slice(from, to).matchAll(bracketedPair)) {
    const value = m[2] as string;
    if (value === '' || value === 'null') continue;
    const header = m[1] as string;
    const start = from + (m.index as number) + header.length + 1;
    out.push({
      header,
      headers: [header],
      value,
      start,
      end: start + value.length,
      quoted: true,
      separator: '=',
    });
  }
}

/**
 * The length of a form's note in brackets after its label, ending at `end`: ` (Last Name)` of
 * `4.a. Family Name (Last Name): Abernathy-Quist`, ` (mm/dd/yyyy)`; or 0. The label is the key.
 */
function labelNote(text: string, end: number): number {
  if (text.charCodeAt(end - 1) !== 41) return 0;
  const open = text.lastIndexOf('(', end - 2);
  if (open < 2 || end - open > 42 || text.charCodeAt(open - 1) !== 32) return 0;
  return keyCharBefore(text, open - 1) > 0 && noteText.test(text.slice(open + 1, end - 1))
    ? end - open + 1
    : 0;
}

/** What a label's note in brackets may say: words, a date's format, an abbreviation (`A-Number`). */
const noteText = /^[\p{L}\p{N}][\p{L}\p{N} /.'’-]{0,39}$/u;

/**
 * The length of a DAX column reference ending at `end`, inside a key's quotes: `[Full Name]` of
 * Power BI's `executeQueries` rows (`'Employee[Full Name]': …`, `'[Name]': …`); or 0.
 */
function columnReference(text: string, end: number): number {
  if (text.charCodeAt(end - 1) !== 93) return 0;
  const open = text.lastIndexOf('[', end - 2);
  return open !== -1 && end - open <= 66 && daxColumn.test(text.slice(open, end)) ? end - open : 0;
}

const daxColumn = /^\[[\p{L}_][\p{L}\p{N}_ .-]{0,63}\]$/u;

/**
 * Where a `keyed` match whose separator is at `sep` must start, or -1: the key is the whole run of
 * key characters before the blanks (the lookbehind forbids starting inside it), behind a matching
 * opening quote when a quote closes it.
 */
function keyStart(text: string, sep: number): number {
  let e = sep;
  while (e > 0 && sep - e <= 40 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  if (sep - e > 40) return -1;
  e -= labelNote(text, e);
  e -= formMark(text, e);
  const q = text.charCodeAt(e - 1);
  const quoted = q === 34 || q === 39;
  if (quoted) e--;
  let s = quoted ? e - columnReference(text, e) : e;
  for (let step = keyCharBefore(text, s); s > 0 && step > 0; step = s > 0 ? keyCharBefore(text, s) : 0)
    s -= step;
  // The dashes of a command-line option are not the key's: `--password=…` is keyed `password`.
  while (s < e && text.charCodeAt(s) === 45) s++;
  if (s === e) return -1;
  if (!quoted) return s;
  // Mixpanel's reserved properties and MongoDB's operators: `"$first_name": …` is keyed `first_name`.
  if (text.charCodeAt(s - 1) === 36) s--;
  return s > 0 && text.charCodeAt(s - 1) === q ? s - 1 : -1;
}

/**
 * Values under keys: `"key": "value"`, `'key': 'v'`, `key: value`, `KEY=value`, `key => "v"`, lists
 * of strings under a key, the `key | value` lines of psql's expanded display, and the printouts of
 * `printouts.ts` (XML elements, a pandas Series, R's `glimpse()`).
 */
function parseKeyedValues(text: string): Cell[] {
  const out: Cell[] = [];
  if (text.includes('RECORD')) {
    // Gated on the word alone: a search for `-[ RECORD ` stalls on every `-` of a text's rules.
    // The records' lines are read here and blanked for the pairs below (a value such as `a=b` is
    // no key of its own); the two lists are merged in text order, as sibling grouping needs.
    const records = expandedRecords(text, out);
    if (records !== text) return [...out, ...parseKeyedValues(records)].sort((a, b) => a.start - b.start);
  }
  // Every match holds one separator (`:`, `=`, `:=`, `=>`) right after its key: try the regex only
  // where the key before a `:` or `=` starts, in order, as `matchAll` would.
  let next = 0;
  let dtype = false; // a pandas Series footer (`Name: 0, dtype: object`) among the pairs
  let goAt = -1; // where the next field of a Go `%+v` struct starts
  let colon = text.indexOf(':');
  let equals = text.indexOf('=');
  /** Reads on from `to`: after a value cut short, or inside one that holds pairs of its own. */
  const resume = (to: number): void => {
    next = to;
    colon = text.indexOf(':', to);
    equals = text.indexOf('=', to);
  };
  while (colon !== -1 || equals !== -1) {
    const sep = colon === -1 ? equals : equals === -1 ? colon : Math.min(colon, equals);
    const m = sep < next ? null : keyedMatch(text, sep, next);
    if (m !== null) next = m.index + m[0].length;
    else if (sep >= next) next = Math.max(next, listValues(text, sep, next, out));
    const from = Math.max(sep + 1, next);
    if (colon !== -1 && colon < from) colon = text.indexOf(':', from);
    if (equals !== -1 && equals < from) equals = text.indexOf('=', from);
    if (m === null) continue;
    const key = m[2] as string;
    const header = key.endsWith(')') ? key.slice(0, key.lastIndexOf('(')) : key;
    if (header === 'dtype') dtype = true;
    const quoted = m[4] ?? m[5];
    const end = (m.index as number) + m[0].length;
    let bare = m[6];
    if (bare !== undefined && m[3] === ':' && nextKeyOnly(text, bare, end)) {
      // `surviving: first_name="Marieke" last_name=…`: the colon labels the pairs after it, and its
      // one-word "value" is the first pair's key.
      resume(end - bare.length);
      continue;
    }
    if (bare !== undefined && text.charCodeAt(end) === 61) {
      // `msg: upserted contact name="Ana"`: the last word of an unquoted value before `=` is the next key.
      const blank = Math.max(bare.lastIndexOf(' '), bare.lastIndexOf('\t'));
      if (blank > 0) {
        next = end - bare.length + blank + 1;
        bare = bare.slice(0, blank);
      }
    }
    const goStruct = m.index === goAt || text.charCodeAt(m.index - 1) === 123;
    if (bare !== undefined && m[3] === ':' && goStruct && goField.test(header) && bare.includes(':')) {
      // Go's `%+v` (`{ID:42 Name:Luana Ferreira Batista Email:luana@uol.com.br}`): in a struct's
      // braces, an exported field name and a colon after a blank open the next field.
      const cut = goNextField.exec(bare);
      if (cut !== null) {
        resume(end - bare.length + cut.index + 1);
        goAt = next;
        bare = bare.slice(0, cut.index);
      }
    }
    if (bare !== undefined && m[3] === ':' && bare.includes(': ') && isUpper(header.charCodeAt(0))) {
      // `Naam: J.P. de Vries-Bakker Omschrijving: huur april IBAN: NL61…` (a one-line record): a
      // capitalised word, a colon and a blank open the next field of a capitalised key.
      const cut = nextTitledKey.exec(bare);
      if (cut !== null) {
        resume(end - (m[6] as string).length + cut.index + 1);
        // `Coach: Jukka Lehtonen. Club: …`: the sentence's full stop is no part of the value.
        // `Employee Name: Ananya Iyer      Emp Code: KT4471`: the next key's label opens after the gap.
        bare = bare
          .slice(0, cut.index)
          .replace(gapLabel, '')
          .replace(/[ \t·|;,]+$/, '')
          .replace(/(\p{L}{2})\.$/u, '$1');
      }
    }
    if (bare !== undefined && m[3] === ':' && bare.includes(': ') && bare.includes('  ')) {
      // `Surname: Abernethy-Clarke        Forenames or initials: Fiona Jane` (a form printed in
      // columns): blanks and a capitalised label of a few words with a colon open the next field.
      const cut = alignedKey.exec(bare);
      if (cut !== null) {
        resume(end - (m[6] as string).length + cut.index + cut[0].search(/\S/));
        bare = bare.slice(0, cut.index);
      }
    }
    if (bare !== undefined && text.charCodeAt(end) === 40 && bare.includes('  ')) {
      // `Nom : DIOP   Prénom(s) : Awa`: the value ran into the next field's label, stopped by its mark.
      markedKey.lastIndex = end;
      const cut = markedKey.test(text) ? gapLabel.exec(bare) : null;
      if (cut !== null) {
        resume(end - (m[6] as string).length + cut.index + cut[0].search(/\S/));
        bare = bare.slice(0, cut.index);
      }
    }
    if (bare !== undefined && m[3] === ':' && bare.endsWith(' /')) {
      // `Prénom: ÉLODIE    Initial / Initiale: M` (a bilingual form): the next key's first language.
      const cut = bilingualKey.exec(bare);
      if (cut !== null) bare = bare.slice(0, cut.index);
    }
    if (bare?.includes(' · ')) {
      // `Assignee: Hamid Rezaei-Tehrani · Incident 4f8c…`: a middle dot separates fields of a UI line.
      bare = bare.slice(0, bare.indexOf(' · '));
      resume(end - (m[6] as string).length + bare.length);
    }
    if (bare !== undefined && text.charCodeAt(end) === 40 && dateStringCall.test(bare)) {
      // `dateOfBirth: ISODate('1989-06-21T00:00:00.000Z')` (mongosh): the date is the call's string.
      const q = text.charCodeAt(end + 1);
      const close = q === 34 || q === 39 ? text.indexOf(text[end + 1] as string, end + 2) : -1;
      if (close !== -1 && close - end <= 48 && text.charCodeAt(close + 1) === 41) {
        out.push(quotedCell(text, header, end + 2, close, m[3]));
        next = close + 2;
        continue;
      }
    }
    if (bare !== undefined && text.charCodeAt(end) === 91 && elixirDate.test(bare)) {
      // `date_of_birth: ~D[1993-04-08]` (Elixir's date sigils): the date is inside the brackets.
      const close = text.indexOf(']', end);
      if (close !== -1 && close - end <= 40) {
        out.push(quotedCell(text, header, end + 1, close, m[3]));
        next = close + 1;
        continue;
      }
    }
    if (bare !== undefined && text.charCodeAt(end) === 44 && weekday.test(bare)) {
      // `birth_date: Sun, 27 May 1990` (Ruby's Date#inspect): the comma is inside the value.
      rubyDate.lastIndex = end;
      if (rubyDate.test(text)) {
        next = rubyDate.lastIndex;
        const start = end - bare.length;
        out.push({
          header,
          headers: [header],
          value: text.slice(start, next),
          start,
          end: next,
          quoted: false,
          separator: m[3] as string,
        });
        continue;
      }
    }
    if (m[4] === '{' || m[4] === '[{') {
      // `"input":"{"last_name": "Papadakis"}"`: an escaped JSON string, decoded in a folded view,
      // whose opening quote closes a one-character value. The object's pairs are read from its quote.
      resume(end - 1);
      continue;
    }
    if (quoted !== undefined && m[5] !== undefined && jsonInside.test(quoted)) {
      // `data: '{"email":"…","firstname":"Takeshi"}'` (a request body logged as a string): the
      // object's own pairs are the values, read from inside the quotes.
      resume(end - quoted.length - 1);
      continue;
    }
    if (quoted?.startsWith('[') && bracketedPairs.test(quoted)) {
      // `"shopperName": "[first name=Inês, infix=null, last name=Carvalho]"` (an object's Java
      // toString): the pairs inside, under their own keys.
      innerPairs(text, end - quoted.length - 1, end - 1, out);
      continue;
    }
    const raw = quoted ?? (bare as string).trimEnd();
    const start = quoted === undefined ? end - (m[6] as string).length : end - raw.length - 1;
    const cell: Cell = {
      header,
      headers: [header],
      value: raw,
      start,
      end: start + raw.length,
      quoted: quoted !== undefined,
      separator: m[3] as string,
    };
    if (m[1] === '' && m[3] === ':' && text.charCodeAt(m.index - 1) === 32) {
      const label = formLabel(text, m.index, m.index + (m[2] as string).length);
      if (label !== undefined) [cell.label, cell.labelStart] = label;
    }
    out.push(cell);
  }
  const more = out.length;
  sqlInLists(text, out);
  // The readers below are gated on literals that open with rare characters (a search for a blank
  // or a common letter stops at every one); all but two need a `[` in the text.
  const bracket = text.includes('[');
  if (text.includes('$ ') || (bracket && text.includes('[1] "'))) rPrintouts(text, out);
  if (bracket) {
    if (text.includes('[["')) bindPairs(text, out);
    if (text.includes('] => ') || text.includes(']=>')) phpDumps(text, out);
    if (text.includes('(through reference chain: ')) jacksonValues(text, out);
    if (text.includes('unexpected_list"')) expectationSamples(text, out);
  }
  if (text.includes("' failed ")) panderaFailures(text, out);
  if (dicomSign.test(text)) dicomValues(text, out);
  stackedLabels(text, out);
  if (text.includes('ame   ') || text.includes('AME   ')) labelRows(text, out);
  if (text.includes('\nLN ') && text.includes('\nFN ')) licenceFields(text, out);
  if (text.includes('<<')) machineReadableZone(text, out);
  if (aamvaSign.test(text)) aamvaElements(text, out);
  // SWIFT fields open their lines (a search for `:50` alone stops at every `10:50`).
  if (text.includes('\n:59') || text.includes('\n:50') || text.includes(':86:')) swiftParties(text, out);
  printoutValues(text, out, dtype);
  if (text.includes(') "')) numberedPairs(text, out);
  if (out.length > more) out.sort((a, b) => a.start - b.start);
  if (
    text.includes('ample') ||
    text.includes('min') ||
    text.includes('max') ||
    text.includes('earliest') ||
    text.includes('latest') ||
    text.includes('top') ||
    text.includes('common') ||
    text.includes('mode')
  )
    catalogSamples(text, out);
  const unwrapped = text.includes('{') ? typedValues(text, out) : new Set<Cell>();
  if (text.includes('alue')) namedValues(text, out, unwrapped);
  if (text.includes('"ref"')) referencedAnswers(text, out);
  if (text.includes('nam"') || text.includes("nam'")) certificateNames(text, out);
  return out;
}

/**
 * The EU Digital COVID Certificate's `nam` object names its holder by short keys: `fn` and `gn`
 * (family and given name), `fnt` and `gnt` (the same, standardised as ICAO 9303 writes them:
 * `GRUBER<MAYRHOFER`). Each is put under the name field it is: `{ "fn": "Gruber-Mayrhofer", … }`.
 */
function certificateNames(text: string, out: Cell[]): void {
  for (const m of text.matchAll(certificateName)) {
    const open = (m.index as number) + m[0].length;
    const close = text.indexOf('}', open);
    if (close === -1 || close - open > 600) continue;
    for (const cell of out) {
      const field = cell.start > open && cell.end < close ? certificateFields.get(cell.header) : undefined;
      if (field !== undefined) renameCell(cell, field);
    }
  }
}

const certificateName = /["']nam["'][ \t]*:[ \t]*\{/g;
const certificateFields: ReadonlyMap<string, string> = new Map([
  ['fn', 'family_name'],
  ['fnt', 'family_name'],
  ['gn', 'given_name'],
  ['gnt', 'given_name'],
]);

/**
 * Typeform's answers name their question by the field's `ref` one level down, and hold the value
 * under the key their `type` names: `{ "type": "text", "text": "Aurélien", "field": { "id": "Xa1",
 * "type": "short_text", "ref": "prenom" } }`. The value is read under the `ref` (`prenom`).
 */
function referencedAnswers(text: string, out: Cell[]): void {
  for (let i = 2; i < out.length; i++) {
    const ref = out[i] as Cell;
    if (ref.header !== 'ref' || !fieldIdentifier.test(ref.value)) continue;
    for (let j = i - 1; j > 0 && j >= i - 4; j--) {
      const cell = out[j] as Cell;
      const type = out[j - 1] as Cell;
      if (type.header !== 'type' || type.value !== cell.header) continue;
      const between = text.slice(cell.end, ref.start);
      if (between.split('{').length !== 2 || between.includes('}')) break;
      cell.header = ref.value;
      cell.headers = [ref.value];
      break;
    }
  }
}

/**
 * The type a typed JSON wraps a value in (see `typedValues`): Avro's primitive types, DynamoDB's
 * attribute types, Firestore's value fields, BigQuery's and GA4's `string_value`, MongoDB's `$date`.
 */
const typeTag =
  /^(?:S|N|B|BOOL|string|int|long|float|double|boolean|bytes|(?:string|timestamp|integer|double|boolean|bytes|reference)Value|(?:string|int|float|double)_value|date)$/;
/** A key, a colon and the wrapper's opening brace and key before its value, at the end of a slice. */
const wrapperHead =
  /(["'])([\p{L}_][\p{L}\p{N}_.-]{0,63})\1[ \t]*:[ \t\r\n]*\{[ \t\r\n]*(["'])(\$?)\w{1,16}\3[ \t]*:[ \t]*["']?$/u;

/**
 * Typed JSON wraps each value in an object holding one key, its type: Avro's JSON encoding of a
 * union (`"dob": {"string": "14/03/1990"}`), DynamoDB's attribute values (`"givenName": {"S":
 * "Marisela"}`), Firestore's REST fields (`"dob": {"timestampValue": "1987-04-09T12:00:00Z"}`),
 * MongoDB's extended JSON (`"dob": {"$date": "…"}`). The value is read under the key holding the
 * wrapper. An object with other keys beside the type's (`"birth": {"date": …, "place": …}`) is none.
 */
function typedValues(text: string, out: Cell[]): Set<Cell> {
  const unwrapped = new Set<Cell>();
  for (const cell of out) {
    if (!typeTag.test(cell.header)) continue;
    let after = cell.end + (cell.quoted === true ? 1 : 0);
    while (isSpace(text.charCodeAt(after))) after++;
    if (text.charCodeAt(after) !== 125 /* } */) continue;
    const head = wrapperHead.exec(text.slice(Math.max(0, cell.start - 200), cell.start));
    // `$date` (MongoDB's) is the one tag written with a `$`; a plain `date` key is no tag.
    if (head === null || (head[4] === '$') !== (cell.header === 'date')) continue;
    cell.header = head[2] as string;
    cell.headers = [cell.header];
    unwrapped.add(cell);
  }
  return unwrapped;
}

/** The keys of a name/value pair: HubSpot's `propertyName`/`propertyValue`, GA4's `key`/`value`. */
const pairName = /^(?:property_?name|name|key|field|field_?name|attribute|attribute_?name)$/;
const pairValue = /^(?:property_?value|value|field_?value|attribute_?value)$/;
/** A field's name as a name/value pair gives it: an identifier (`firstname`, `date_of_birth`). */
const fieldIdentifier = /^[\p{L}_][\p{L}\p{N}_.-]{0,63}$/u;

/**
 * Whether the pairs `name` and `value` sit in one flow mapping on one line, where YAML leaves the
 * field's name unquoted: Liquibase's `- column: { name: full_name, value: "Chen Jiahui" }`.
 */
function flowMapping(text: string, name: Cell, value: Cell): boolean {
  const from = Math.min(name.start, value.start);
  const to = Math.max(name.end, value.end);
  // (Both searches bounded by the 400 characters a mapping may span: a long text without braces must
  // not be read back to its start for each of its pairs.)
  const reach = Math.max(0, to - 400);
  const opened = text.slice(reach, from + 1).lastIndexOf('{');
  if (opened === -1) return false;
  const open = reach + opened;
  const closed = text.slice(to, open + 401).indexOf('}');
  if (closed === -1) return false;
  const close = to + closed;
  const inside = text.slice(open, close);
  return !inside.includes('\n') && inside.lastIndexOf('{') === 0;
}

/**
 * Name/value pairs spell a field's name as a value beside the field's value, in one object:
 * HubSpot's webhooks and forms (`{"propertyName": "firstname", "propertyValue": "Oluwaseun"}`),
 * GA4's event parameters (`{"key": "first_name", "value": {"string_value": "Ana"}}`), AWS tags
 * (`{"Key": "Owner", "Value": …}`). The value is read under the field's name, when that is an
 * identifier (a `name` holding a person's name names no field). A value read from its typed
 * wrapper (`unwrapped`, see `typedValues`) is one brace deeper than its name.
 */
function namedValues(text: string, out: Cell[], unwrapped: ReadonlySet<Cell>): void {
  for (let i = 0; i < out.length; i++) {
    const cell = out[i] as Cell;
    if (!pairValue.test(normalizeHeader(cell.header))) continue;
    for (const j of [i - 1, i + 1]) {
      const name = out[j];
      if (
        name === undefined ||
        (name.quoted !== true && !flowMapping(text, name, cell)) ||
        !pairName.test(normalizeHeader(name.header))
      )
        continue;
      const [from, to] = j < i ? [name.end, cell.start] : [cell.end, name.start];
      const between = text.slice(from, to);
      const depth = unwrapped.has(cell) && j < i ? 1 : 0;
      if (
        !fieldIdentifier.test(name.value) ||
        between.split('{').length - 1 !== depth ||
        between.includes('}')
      )
        continue;
      cell.header = name.value;
      cell.headers = [name.value];
      break;
    }
    if (pairValue.test(normalizeHeader(cell.header))) labelledValue(text, out, i);
  }
}

/**
 * A form field as an object of its own, its label a few keys away from its value: Tally's `{ "key":
 * "question_7Kx1pd", "label": "Voornaam", "type": "INPUT_TEXT", "value": "Joost" }`. The value is read
 * under the label when the same object (no brace between, six keys either side) has a `type` too.
 */
function labelledValue(text: string, out: Cell[], i: number): void {
  const cell = out[i] as Cell;
  let label: string | undefined;
  let typed = false;
  for (const step of [-1, 1]) {
    for (let j = i + step, k = 0; k < 6 && j >= 0 && j < out.length; j += step, k++) {
      const other = out[j] as Cell;
      const [from, to] = step < 0 ? [other.end, cell.start] : [cell.end, other.start];
      if (to - from > 400 || /[{}]/.test(text.slice(from, to))) break;
      if (other.header === 'type') typed = true;
      else if (other.quoted === true && other.header === 'label' && fieldLabel.test(other.value))
        label = other.value;
    }
  }
  // A form field says its input type: `{label: "Revenue", value: 1200}` (a chart's point) is none.
  if (label === undefined || !typed) return;
  cell.header = label;
  cell.headers = [label];
}

/** A form field's label: a few words (`Voornaam`, `Geboortedatum (i.v.m. de verzekering)`). */
const fieldLabel = /^\p{L}[\p{L}\p{M}\p{N} .,'()/-]{0,79}$/u;

/** A line of redis-cli's reply to a list: its number and the quoted string. */
const numberedLine = /^[ \t]*(\d{1,5})\) "((?:[^"\\\n]|\\.){0,2000})"[ \t]*\r?$/gm;
/** A hash's field name, as `HGETALL` lists it. */
const hashField = /^[\p{L}_][\p{L}\p{N}_:.-]{0,63}$/u;

/**
 * redis-cli prints `HGETALL` (and `CONFIG GET`) as numbered lines, each field's name before its
 * value: `1) "first_name"` ⏎ `2) "Temitope"`. A run of lines numbered from 1, of even length,
 * whose odd lines are all field names, is read as fields and values.
 */
function numberedPairs(text: string, out: Cell[]): void {
  let run: RegExpExecArray[] = [];
  const close = (): void => {
    if (
      run.length >= 2 &&
      run.length % 2 === 0 &&
      run.every((m, k) => k % 2 === 1 || hashField.test(m[2] as string))
    )
      for (let k = 1; k < run.length; k += 2) {
        const m = run[k] as RegExpExecArray;
        const value = m[2] as string;
        if (value === '') continue;
        const start = m.index + m[0].indexOf('"') + 1;
        out.push(quotedCell(text, (run[k - 1] as RegExpExecArray)[2] as string, start, start + value.length));
      }
    run = [];
  };
  for (const m of text.matchAll(numberedLine)) {
    const previous = run[run.length - 1];
    const next =
      previous !== undefined &&
      Number(m[1]) === run.length + 1 &&
      text.lastIndexOf('\n', m.index - 1) < previous.index + previous[0].length + 1;
    if (!next) close();
    if (next || m[1] === '1') run.push(m);
  }
  close();
}

/** A data catalog's key for a column's sample values: `sampleValues`, `sample_values`, `examples`. */
const sampleKey = /^(?:sample|example)_?values?$|^(?:samples|examples|sample_?data)$/;
/** Its key for the column's name: DataHub's `fieldPath`, OpenMetadata's `name`, `column_name`. */
const catalogField = /^(?:field_?path|field|field_?name|column|column_?name|name)$/;
/** The keys naming the column a catalog's page or a profile printout describes (`Asset: hms.patients.date_of_birth`). */
const profiledField = /^(?:field_?path|field|field_?name|column|column_?name|name|asset|attribute)$/;

/**
 * Data catalogs (DataHub, OpenMetadata, Amundsen, a dbt or Glue export) list a column's sample
 * values beside its name in one object: `{ "fieldPath": "full_name_ar", "sampleValues": ["خالد
 * إبراهيم المنصوري", …] }`. Each sample is read under the column's name. So are the other values
 * of the column its profile gives (see `statOf`), once the profile has measured it too (a count of
 * nulls or distinct values: without one, `min` and `max` are a rule's bounds): Metabase's
 * fingerprint `{"name": "date_of_birth", … "distinct-count": 15302, … {"earliest": "1921-03-04"}}`,
 * a catalog page's `Asset: hms_prod.patients.date_of_birth` … `nulls: 2.1%` … `min: 1921-03-15`,
 * `sample values: 1977-08-30, 2001-12-17` (read item by item to the end of the line).
 */
function catalogSamples(text: string, out: Cell[]): void {
  let field: Cell | undefined;
  let name: string | undefined;
  let measured = false;
  const count = out.length;
  for (let i = 0; i < count; i++) {
    const cell = out[i] as Cell;
    const key = normalizeHeader(cell.header);
    if (profiledField.test(key) && (cell.quoted === true || cell.separator === ':')) {
      const profiled = profiledName(cell.value);
      if (cell.quoted === true && catalogField.test(key)) {
        field = cell;
        name = profiled;
        measured = false;
      } else if (profiled !== undefined && cell.value.length <= 128) {
        field = cell;
        name = profiled;
        measured = false;
      }
      continue;
    }
    if (field === undefined) continue;
    const label = cell.label ?? cell.header;
    const stat = sampleKey.test(key) ? 'samples' : statOf(label);
    if (stat === undefined) {
      if (isMeasure(label)) measured = true;
      continue;
    }
    if (!sameRecord(text, field, cell)) continue;
    if (stat === 'samples' && field.quoted === true) {
      cell.header = field.value;
      cell.headers = [field.value];
      continue;
    }
    if (name === undefined || (stat !== 'samples' && stat !== 'list' && !measured)) continue;
    if (cell.quoted === true || stat === 'single') {
      if (stat !== 'frequent' || !hasDigit(text, cell.start, cell.end)) renameCell(cell, name);
      continue;
    }
    // An unquoted list, its first item read alone: the rest of its line.
    let lineEnd = text.indexOf('\n', cell.start);
    if (lineEnd === -1) lineEnd = text.length;
    const items = listItems(text, cell.start, lineEnd);
    for (let k = 0; k < items.length; k += 2) {
      const a = items[k] as number;
      const b = items[k + 1] as number;
      if (stat === 'frequent' && hasDigit(text, a, b)) continue;
      if (a === cell.start) {
        cell.end = b;
        cell.value = text.slice(a, b);
        renameCell(cell, name);
      } else
        out.push({ header: name, headers: [name], value: text.slice(a, b), start: a, end: b, quoted: false });
    }
  }
  if (out.length > count) out.sort((a, b) => a.start - b.start);
}

function renameCell(cell: Cell, name: string): void {
  cell.header = name;
  cell.headers = [name];
  cell.label = undefined;
  cell.labelStart = undefined;
}

/**
 * Whether `cell` belongs to the record `field` opens: in the same JSON object, or for a field
 * that is no JSON string, in the same paragraph (no blank line between) within 1500 characters.
 */
function sameRecord(text: string, field: Cell, cell: Cell): boolean {
  if (field.quoted === true) return sameObject(text, field.end, cell.start);
  if (cell.start - field.end > 1500) return false;
  let blank = false; // whether the current line is blank so far
  for (let k = field.end; k < cell.start; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      if (blank) return false;
      blank = true;
    } else if (c !== 13 && c !== 32 && c !== 9) blank = false;
  }
  return true;
}

/** Whether `[from, to)` (up to 3000 characters) closes no object it did not open. */
function sameObject(text: string, from: number, to: number): boolean {
  if (to - from > 3000) return false;
  let depth = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 123) depth++;
    else if (c === 125 && --depth < 0) return false;
  }
  return true;
}

const bindPair =
  /\[\[?"([\p{L}_][\p{L}\p{N}_.]{0,63})", (?:"((?:[^"\\\n]|\\.){0,400})"|(-?\d[\d.]{0,30}|nil|null))\]/guy;

/**
 * Rails' SQL log binds (`[["name", "Duarte Magalhães"], ["birth_date", "1991-08-23"]]`): each
 * value under the column of its pair, in a list of two or more pairs. Read from each `[["`.
 */
function bindPairs(text: string, out: Cell[]): void {
  for (let at = text.indexOf('[["'); at !== -1; at = text.indexOf('[["', at + 3)) {
    bindPair.lastIndex = at;
    const pairs: Cell[] = [];
    let count = 0;
    for (let m = bindPair.exec(text); m !== null; m = bindPair.exec(text)) {
      count++;
      const value = m[2];
      if (value !== undefined && value !== '') {
        const end = m.index + m[0].length - 2;
        pairs.push(quotedCell(text, m[1] as string, end - value.length, end));
      }
      if (text.startsWith(', [', bindPair.lastIndex)) bindPair.lastIndex += 2;
      else break;
    }
    // One pair alone is as likely a list of two names (`df[["full_name", "dob"]]`).
    if (count >= 2) for (const pair of pairs) out.push(pair);
  }
}

/**
 * SWIFT messages: the name of an MT103's ordering customer (`:50K:`) and beneficiary (`:59:`), on
 * the field's first line or on the line after its `/account`; and the counterparty of an MT940
 * statement line in the `?32`/`?33` subfields of its `:86:` (German structured purpose).
 */
const swiftParty = /^:(50[AFK]?|59[AF]?):(?:\/[^\n]{1,40}\r?\n)?(?:1\/)?([^\n/:][^\n]{1,69})$/gm;
const mt940Name = /\?3[23]([^?\n]{2,54})/g;

function swiftParties(text: string, out: Cell[]): void {
  swiftParty.lastIndex = 0;
  for (let m = swiftParty.exec(text); m !== null; m = swiftParty.exec(text)) {
    const header = (m[1] as string).startsWith('50') ? 'ordering_customer_name' : 'beneficiary_name';
    const start = m.index + m[0].length - (m[2] as string).length;
    out.push(quotedCell(text, header, start, start + (m[2] as string).trimEnd().length));
  }
  for (let line = text.indexOf(':86:'); line !== -1; line = text.indexOf(':86:', line + 4)) {
    const eol = text.indexOf('\n', line);
    mt940Name.lastIndex = line;
    for (
      let m = mt940Name.exec(text);
      m !== null && (eol === -1 || m.index < eol);
      m = mt940Name.exec(text)
    ) {
      out.push(quotedCell(text, 'payer_or_payee_name', m.index + 3, m.index + m[0].length));
    }
  }
}

/**
 * Great Expectations results: the sample values of a failed expectation
 * (`"partial_unexpected_list": ["14/07/1987", …]`) are values of the column its `kwargs` name.
 */
const expectationColumn = /"column": ?"([^"\n]{1,64})"/g;
const unexpectedList = /"(?:partial_)?unexpected_list": ?\[/y;

function expectationSamples(text: string, out: Cell[]): void {
  expectationColumn.lastIndex = 0;
  for (let m = expectationColumn.exec(text); m !== null; m = expectationColumn.exec(text)) {
    const header = m[1] as string;
    const list = text.indexOf('unexpected_list"', m.index);
    const nextColumn = text.indexOf('"column"', m.index + m[0].length);
    if (list === -1 || list - m.index > 800 || (nextColumn !== -1 && nextColumn < list)) continue;
    unexpectedList.lastIndex = text.lastIndexOf('"', list - 1);
    if (unexpectedList.test(text)) quotedRun(text, header, unexpectedList.lastIndex, out);
  }
}

/** A double-quoted string, then blanks or a `,`: read one after the other, sticky. */
const quotedStrings = /[ \t]*"((?:[^"\\\n]|\\.){0,400})"[ \t]*,?/y;

/**
 * The double-quoted strings from `from` on, one after the other (`"a", "b"` in a JSON list, `"a"
 * "b"` in R's `str()`): each a value under `header`, unless blank.
 */
function quotedRun(text: string, header: string, from: number, out: Cell[]): void {
  quotedStrings.lastIndex = from;
  for (let q = quotedStrings.exec(text); q !== null; q = quotedStrings.exec(text)) {
    const start = q.index + q[0].indexOf('"') + 1;
    const value = q[1] as string;
    if (value.trim() !== '') out.push(quotedCell(text, header, start, start + value.length));
  }
}

/**
 * Jackson's deserialisation errors: `Cannot deserialize value of type … from String "14/11/1983"`
 * … `(through reference chain: com.acme.CustomerDto["birthDate"])`. The strings the message quotes
 * (`from String "…"`, `Text '…'`) are values of the field the chain ends at.
 */
const referenceChain = /\(through reference chain: [^\n]{0,300}?\["([\p{L}_][\p{L}\p{N}_]{0,63})"\]\)/gu;
const jacksonQuoted = /(?:from String "((?:[^"\\\n]|\\.){1,200})"|Text '([^'\n]{1,200})')/g;

function jacksonValues(text: string, out: Cell[]): void {
  let from = 0;
  referenceChain.lastIndex = 0;
  for (let m = referenceChain.exec(text); m !== null; m = referenceChain.exec(text)) {
    const header = m[1] as string;
    const message = text.slice(Math.max(from, m.index - 1200), m.index);
    const base = m.index - message.length;
    for (const q of message.matchAll(jacksonQuoted)) {
      const value = (q[1] ?? q[2]) as string;
      const start = base + (q.index as number) + q[0].length - value.length - 1;
      out.push(quotedCell(text, header, start, start + value.length));
    }
    from = m.index + m[0].length;
  }
}

/**
 * PHP's `print_r` (`    [first_name] => Dragan`) and `var_dump` (`  ["dob"]=>` / `  string(10)
 * "1988-01-30"`): each value under its key.
 */
const printR = /^[ \t]*\[([\p{L}_][\p{L}\p{N}_.-]{0,63})\] => ([^\s(][^\n]{0,299}?)[ \t\r]*$/gmu;
const varDump =
  /^[ \t]*\["([\p{L}_][\p{L}\p{N}_.-]{0,63})"\]=>\r?\n[ \t]*string\(\d{1,6}\) "([^\n]{0,400})"[ \t\r]*$/gmu;

function phpDumps(text: string, out: Cell[]): void {
  for (const re of [printR, varDump]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const header = m[1] as string;
      const value = m[2] as string;
      const start = m.index + m[0].trimEnd().length - value.length - (re === varDump ? 1 : 0);
      if (value !== '')
        out.push({
          header,
          headers: [header],
          value,
          start,
          end: start + value.length,
          quoted: re === varDump,
        });
    }
  }
}

/**
 * R's console: `str()` of a data frame (` $ name : chr  "Aarav Deshpande" "Ishita Banerjee" ...`,
 * ` $ dob  : Date, format: "1994-06-12" …`) and a printed list (`$name` / `[1] "Aarav Deshpande"`):
 * each string under its column or element name. A factor's strings are its levels, not values.
 */
const rStrLine = /^ \$ ([\p{L}_.][\p{L}\p{N}_.]{0,63}) *: (?:chr|Date, format:|POSIXct, format:) +(?=")/gmu;
const rListItem = /^\$([\p{L}_.][\p{L}\p{N}_.]{0,63})\r?\n\[1\] +(?=")/gmu;

function rPrintouts(text: string, out: Cell[]): void {
  for (const re of [rStrLine, rListItem]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text))
      quotedRun(text, m[1] as string, m.index + m[0].length, out);
  }
}

/** `column [NOT] IN (`, read backwards from the `(`: the column is group 1. */
const inListHead = /([\p{L}_][\p{L}\p{N}_.]{0,63})[ \t]+(?:NOT[ \t]+)?IN[ \t]*$/iu;

/**
 * SQL `column IN ('a', 'b', …)`: each string literal a value under the column, as `column = 'a'`
 * is (the inside of the quotes, `''` kept as written). Found from the rare `('` (a search for
 * ` IN (` would stall on every blank of the text).
 */
function sqlInLists(text: string, out: Cell[]): void {
  let next = 0;
  for (let q = text.indexOf("('"); q !== -1; q = text.indexOf("('", q + 1)) {
    if (q < next) continue;
    const m = inListHead.exec(text.slice(Math.max(0, q - 96), q));
    if (m === null) continue;
    const header = m[1] as string;
    let i = q + 1;
    for (let count = 0; count < 1000 && text.charCodeAt(i) === 39; count++) {
      let j = i + 1;
      for (; j < text.length && j - i <= 2000; j++) {
        if (text.charCodeAt(j) !== 39) continue;
        if (text.charCodeAt(j + 1) === 39) j++;
        else break;
      }
      if (text.charCodeAt(j) !== 39) break;
      if (j > i + 1) out.push(quotedCell(text, header, i + 1, j));
      i = j + 1;
      while (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 44) i++;
    }
    next = i;
  }
}

const expandedRecord =
  /^-(?:\[ RECORD \d+ \]|RECORD \d+)-*\+?-*\r?\n(?:[ \t]?[\p{L}_][\p{L}\p{N}_ .#/-]{0,63}\|.*(?:\r?\n|$))+/gmu;

/**
 * psql's expanded display (`\x`): each record a `-[ RECORD 1 ]-+----` line, then one
 * `column | value` line per column, the column names padded to one width. Spark's
 * `show(vertical=True)` is the same with `-RECORD 0-----` lines and a blank before each column.
 * Pushes each value under its column to `out`; returns the text with the records blanked (same
 * length), or `text` if none. A JSON object in a column (`record | {"given_name": "Ngaio", …}`,
 * a loader's rejected record) is left in place: its own pairs are the values.
 */
function expandedRecords(text: string, out: Cell[]): string {
  return text.replace(expandedRecord, (record: string, at: number) => {
    let kept = '';
    let line = record.indexOf('\n') + 1;
    while (line < record.length) {
      const newline = record.indexOf('\n', line);
      const eol = newline === -1 ? record.length : newline;
      const bar = record.indexOf('|', line);
      const header = record.slice(line, bar).trim();
      const raw = record.slice(bar + 1, eol);
      const value = raw.trim();
      const start = at + bar + 1 + raw.indexOf(value);
      if (header !== '' && jsonObject.test(value)) {
        kept = kept.padEnd(start - at) + value;
      } else if (header !== '' && value !== '') {
        out.push({ header, headers: [header], value, start, end: start + value.length, separator: '|' });
      }
      line = eol + 1;
    }
    return kept.padEnd(record.length);
  });
}

/** A JSON object on one line, opening with its first key: `{"member_id": 20044187, … }`. */
const jsonObject = /^\{"[^"\n]{1,64}": ?.*\}$/;

const listHead =
  /(["']?)([\p{L}_][\p{L}\p{N}_.-]{0,63})\1[ \t]{0,8}(:=|=>|[:=])[ \t]{0,8}\[[ \t\r\n]{0,200}(?=["'])/uy;

/**
 * A list of strings under a key (`"dob": ["1994-07-19", "1988-12-02"]`, a column of
 * `pd.DataFrame({…})` or `df.to_dict('list')`): each string is a value under the key. Pushes them
 * to `out` and returns where the list ends, or -1 when the separator at `sep` opens no such list.
 * The list ends at its first element that is not a string.
 */
function listValues(text: string, sep: number, next: number, out: Cell[]): number {
  // Most failed separators (times, URLs, prose) have no `[` after them: settled without the regex.
  let k = sep + 1;
  if (text.charCodeAt(k) === 61 || text.charCodeAt(k) === 62) k++;
  while (k - sep <= 10 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (text.charCodeAt(k) !== 91 /* [ */) return -1;
  const from = keyStart(text, sep);
  if (from < next) return -1;
  const head = matchAt(listHead, text, from);
  if (head === null) return -1;
  const header = head[2] as string;
  const separator = head[3] as string;
  let i = from + head[0].length;
  for (let count = 0; count < 10_000; count++) {
    const quote = text.charCodeAt(i);
    if (quote !== 34 && quote !== 39) break;
    let j = i + 1;
    while (j < text.length && j - i <= 2000) {
      const c = text.charCodeAt(j);
      if (c === quote || c === 10) break;
      j += c === 92 ? 2 : 1; // a backslash escapes the next character
    }
    if (text.charCodeAt(j) !== quote) break;
    out.push(quotedCell(text, header, i + 1, j, separator));
    i = j + 1;
    while (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 44) i++;
  }
  return i;
}

/** The quoted value `text[start, end)` of a list under `header`. */
function quotedCell(text: string, header: string, start: number, end: number, separator?: string): Cell {
  const cell: Cell = { header, headers: [header], value: text.slice(start, end), start, end, quoted: true };
  if (separator !== undefined) cell.separator = separator;
  return cell;
}

let groupedText: string | undefined;

/**
 * Which cells of a text's tables sit in a placeholder row, a fixture or test account seeded among
 * real ones: a row holding an e-mail at a reserved domain (`jan.kowalski@example.com`, RFC 2606)
 * in a table whose other rows hold real ones, a filler phone number of zeros after a short prefix
 * (`13800000000`, `0900000000`), or a specimen id (see `specimenId`). Its names and dates (`Jan
 * Kowalski`, `1900-01-01`) are the fixture's, no person's. Rows are runs of cells of one table with
 * rising columns. Memoised for the last table read.
 */
export function placeholderRows(text: string, table: TableCells): Uint8Array {
  if (table === lastPlaceholderTable) return lastPlaceholderRows;
  const marks = new Uint8Array(table.start.length);
  const { start, valueEnd, column, columnGroup } = table;
  // Tables holding a real e-mail: a reserved one stands out among them.
  const real = new Set<TableGroup>();
  for (let i = 0, at = text.indexOf('@'); i < start.length && at !== -1; i++) {
    if ((valueEnd[i] as number) <= at) continue;
    if ((start[i] as number) > at) {
      at = text.indexOf('@', start[i]);
      if (at === -1 || at >= (valueEnd[i] as number)) continue;
    }
    if (!reservedMail(text.slice(start[i], valueEnd[i])))
      real.add(columnGroup[column[i] as number] as TableGroup);
  }
  let rowStart = 0;
  let dummy = false;
  for (let i = 0; i <= start.length; i++) {
    const col = column[i];
    const newRow =
      i === start.length ||
      (i > 0 &&
        (columnGroup[col as number] !== columnGroup[column[i - 1] as number] ||
          (col as number) <= (column[i - 1] as number)));
    if (newRow) {
      if (dummy) marks.fill(1, rowStart, i);
      rowStart = i;
      dummy = false;
    }
    if (i === start.length || dummy) continue;
    const length = (valueEnd[i] as number) - (start[i] as number);
    if (length < 8 || length > 60) continue;
    const value = text.slice(start[i], valueEnd[i]);
    dummy = value.includes('@')
      ? reservedMail(value) && real.has(columnGroup[col as number] as TableGroup)
      : zeroFiller.test(value.replace(/[ ()+-]/g, '')) || specimenId.test(value);
  }
  if (marks.includes(1) && text.includes('-')) fixtureKeyedRows(text, table, marks);
  lastPlaceholderTable = table;
  lastPlaceholderRows = marks;
  return marks;
}

/**
 * Rows keyed to a fixture row (see `placeholderRows`) by a UUID only that row holds in its table: a
 * seed's `public.patients` row `(1, 'b3f1c9a2-4e7d-…', 'Dev Patient', null, '1990-01-01')` whose
 * `user_id` is the `dev@example.com` user's id. A UUID other rows share (an `instance_id` of zeros)
 * keys no one row. Marks them in `marks`.
 */
function fixtureKeyedRows(text: string, table: TableCells, marks: Uint8Array): void {
  const { start, valueEnd, column, columnGroup } = table;
  const uuidAt = (i: number): string | undefined =>
    (valueEnd[i] as number) - (start[i] as number) === 36 && uuid.test(text.slice(start[i], valueEnd[i]))
      ? text.slice(start[i], valueEnd[i])
      : undefined;
  // Each UUID's table, and whether it is a fixture row's alone there.
  const owner = new Map<string, [TableGroup, boolean]>();
  for (let i = 0; i < start.length; i++) {
    const id = uuidAt(i);
    if (id === undefined) continue;
    const group = columnGroup[column[i] as number] as TableGroup;
    const seen = owner.get(id);
    if (seen === undefined) owner.set(id, [group, marks[i] === 1]);
    else if (seen[0] === group) seen[1] &&= marks[i] === 1;
  }
  let rowStart = 0;
  let keyed = false;
  for (let i = 0; i <= start.length; i++) {
    const newRow =
      i === start.length ||
      (i > 0 &&
        (columnGroup[column[i] as number] !== columnGroup[column[i - 1] as number] ||
          (column[i] as number) <= (column[i - 1] as number)));
    if (newRow) {
      if (keyed) marks.fill(1, rowStart, i);
      rowStart = i;
      keyed = false;
    }
    if (i === start.length || keyed || marks[i] === 1) continue;
    const id = uuidAt(i);
    const seen = id === undefined ? undefined : owner.get(id);
    keyed = seen?.[1] === true && seen[0] !== columnGroup[column[i] as number];
  }
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let lastPlaceholderTable: TableCells | undefined;
let lastPlaceholderRows = new Uint8Array(0);

/** Whether `value` is an e-mail address at a domain reserved for examples and tests (see `isReservedDomain`). */
export function reservedMail(value: string): boolean {
  const at = value.lastIndexOf('@');
  return at > 0 && /^[\w.-]+$/.test(value.slice(at + 1)) && isReservedDomain(value.slice(at + 1));
}

/**
 * Whether the line holding `at` holds an e-mail at a reserved domain (`…@example.com`) in the same
 * record: a line of several records (`[{'nombre': 'Iker', …}, {…, 'email': 'qa+alta@example.com'}]`,
 * a mysqldump's `VALUES (1,'Siobhán',…),(3,'Test',…,'test.contact@example.co.uk',…)`) is one only
 * in the record holding that address.
 */
export function fixtureLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', at);
  if (to === -1) to = text.length;
  if (to - from > 2000) return false;
  for (const m of text.slice(from, to).matchAll(mailWord))
    if (reservedMail(m[0]) && sameRecordOnLine(text, at, from + (m.index as number))) return true;
  return false;
}

/** Record separators of a line of records: `}, {` between objects, `), (` between SQL tuples. */
const recordBreak = /\}[ \t]*,[ \t]*\{|\)[ \t]*,[ \t]*\(/g;

/** Whether no record separator (see `recordBreak`) stands between offsets `a` and `b` of one line. */
function sameRecordOnLine(text: string, a: number, b: number): boolean {
  recordBreak.lastIndex = Math.min(a, b);
  const m = recordBreak.exec(text);
  return m === null || m.index >= Math.max(a, b);
}

const mailWord = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Whether the text holds an e-mail at a domain not reserved for examples. */
export function hasRealMail(text: string): boolean {
  for (const m of text.matchAll(mailWord)) if (!reservedMail(m[0])) return true;
  return false;
}
/**
 * A national id filled with digits counting up, as a government's specimen shows it: Hong Kong's
 * HKID `A123456(3)`, Taiwan's `A123456789`, Spain's `12345678Z`, Korea's `900101-1234567`, the SSN
 * `123-45-6789`. The row holding one is the specimen's (`陳大文  CHAN TAI MAN  A123456(3)`).
 */
const specimenId = /^(?:[A-Z]{1,2}123456(?:\d|\(\w\)|\d{3})|12345678[A-Z]|\d{6}-1234567|123-45-6789)$/;

/**
 * Nine to twenty digits, all zeros after a short prefix that is not: a filler phone number
 * (`13800000000`, `0900000000`, `050-0000000`). Zeros alone are as often a value not known (a
 * report's `SSN ZERO` error) and say nothing.
 */
const zeroFiller = /^(?=\d{9,20}$)0{0,2}[1-9]\d{0,2}0{7,}$/;

/**
 * `keyedValues(text)` with each pair's `headers` set to the keys of its object (see
 * `groupSiblings`): computed on demand, once per text, since few callers need the siblings.
 */
export function keyedValuesWithSiblings(text: string): Cell[] {
  const cells = keyedValues(text);
  if (groupedText !== text || groupedCells !== cells) {
    groupSiblings(text, cells);
    groupedText = text;
    groupedCells = cells;
  }
  return cells;
}

let groupedCells: Cell[] | undefined;

/**
 * Gives each key/value pair the keys of its object as `headers`: the pairs between braces (a list
 * under a key, `"given": ["Ann", "Bo"]`, stays in its object), or on one unindented line (a log
 * line, a top-level YAML or `.env` key). So a `name` next to `email` reads as a person's, a `name`
 * next to `sku` and `price` as a product's.
 */
function groupSiblings(text: string, cells: Cell[]): void {
  let first = 0;
  const close = (to: number): void => {
    if (to - first > 1) {
      const keys: string[] = [];
      for (let k = first; k < to; k++) keys.push((cells[k] as Cell).header);
      for (let k = first; k < to; k++) (cells[k] as Cell).headers = keys;
    }
    first = to;
  };
  for (let i = 1; i < cells.length; i++) {
    const prev = cells[i - 1] as Cell;
    const cur = cells[i] as Cell;
    let split = false;
    let newLine = false;
    for (let k = prev.end; k < cur.start && !split; k++) {
      const c = text.charCodeAt(k);
      if (c === 123 || c === 125) split = true;
      else if (c === 10) {
        split = newLine && text.charCodeAt(k - 1) === 10;
        newLine = true;
      } else if (newLine && c >= 48 && c <= 57) split = true; // a log line's timestamp opens a record
    }
    if (split) close(i);
  }
  close(cells.length);
}

/**
 * Date constructors whose string argument is the value: MongoDB's `ISODate('…')`, `new Date("…")`,
 * pandas' `Timestamp('…')`.
 */
const dateStringCall = /^(?:ISODate|new Date|Date|(?:pd\.)?Timestamp)$/;
/** A Go struct's exported field name, and one opening the next field inside a `%+v` value. */
const goField = /^[A-Z][A-Za-z0-9]*$/;
const goNextField = / [A-Z][A-Za-z0-9]*:(?!\/\/)/;
/** A JSON object or array of objects, as a single-quoted string holds it. */
const jsonInside = /^\[?\{"/;
const nextTitledKey = / \p{Lu}[\p{L}\p{N}_.-]{1,40}: /u;
/** The first words of the next field's label after a gap, before its last word (see `formLabel`). */
const markedKey = /\(\p{Ll}{1,2}\)[ \t]*:/uy;
// A field's number may open its label: `4.b. Given Name`, `12a Employer`.
const gapLabel =
  /[ \t]{2,}(?:\d{1,2}(?:\.?[a-z\d]{1,2})*\.? )?\p{Lu}[\p{L}\p{N}.'’-]{0,30}(?: [\p{L}\p{N}.'’-]{1,30}){0,4}$/u;
const bilingualKey = /[ \t]{2,}\p{Lu}[\p{L}\p{N}_.'’ -]{0,40} \/$/u;
const alignedKey = /[ \t]{2,}(?:\d{1,2}(?:\.?[a-z\d]{1,2})*\.? )?\p{Lu}[\p{L}\p{N}_.'’ /-]{1,40}: /u;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
/** Elixir's date and time sigils: `~D[…]`, `~U[…]`, `~N[…]`. */
const elixirDate = /^~[DUN]$/;
const weekday = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/;
const rubyDate = /, \d{1,2} [A-Z][a-z]{2} \d{4}(?![\d:])/y;

/** A key as a `key=value` pair writes it: `first_name`, `user.email`. */
const pairKey = /^[A-Za-z_][\w.-]{0,63}$/;

/**
 * Whether the unquoted value `bare`, ending at `end` just before a `=` and a value, is the key of the
 * next pair: `surviving: first_name="Marieke"` reads `first_name`, not `surviving`'s value.
 */
function nextKeyOnly(text: string, bare: string, end: number): boolean {
  if (text.charCodeAt(end) !== 61) return false;
  const after = text.charCodeAt(end + 1);
  // `==` compares, `= ` or a line's end leaves the key without a value.
  if (after === 61 || after === 32 || after === 9 || after === 10 || Number.isNaN(after)) return false;
  return pairKey.test(bare);
}

function keyedMatch(text: string, sep: number, next: number): RegExpExecArray | null {
  const start = keyStart(text, sep);
  return start < next ? null : matchAt(keyedAt, text, start);
}

/**
 * A name column's header that offers an initial instead or besides: `First name or initial` (HMRC's
 * Gift Aid schedule) and `first name and initial` (a W-2's box e) are `first_name`.
 */
const orInitial = /(?<=name)_(?:or|and)_initials?_?$/;

/** A column of a name's reading, written in kana: `given_kana`, `last_name_furigana`. */
const nameReading = /^(first|last|given|family)(?:_name)?_(?:kana|furigana|yomi)$/;

/** Lower case, accents stripped, separators as `_`: `Date de naissance` → `date_de_naissance`. */
export function normalizeHeader(header: string): string {
  const known = normalized.get(header);
  if (known !== undefined) return known;
  if (normalized.size > 10_000) normalized.clear(); // headers repeat per cell: memoised, bounded
  const normal = header
    // `r.nome`, `row.first_name`, `self.email` (a loop variable's or an object's field): the field.
    .replace(fieldOwner, '')
    // `RECIPIENT'S name` (IRS forms): the possessive is no word of the name.
    .replace(/['’]s\b/gi, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(unsplit, foldUnsplit)
    .replace(/[^a-z0-9]+/g, '_')
    // `First name or initial` (HMRC's Gift Aid schedule), `Middle name or initials`: the name's column.
    .replace(orInitial, '')
    // `family_kana`, `first_name_kana` (a Japanese form's reading of the name in katakana): the name's column.
    .replace(nameReading, '$1_name');
  normalized.set(header, normal.replace(/^_|_$/g, ''));
  return normalized.get(header) as string;
}

const normalized = new Map<string, string>();
const fieldOwner = /^(?:r|row|rec|record|x|item|obj|o|p|c|u|e|self|this|data|df)\./;

/** Keeps, among overlapping findings, the higher score and then the longer span (the registry's rule). */
export function dedupe(findings: Finding[]): Finding[] {
  return resolveOverlaps(findings);
}
