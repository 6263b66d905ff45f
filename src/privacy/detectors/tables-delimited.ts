import { isLetterAt, isRuleLine, isSpace } from './scan.js';
import { leftAligned } from './tables-aligned.js';
import { addGroup, dropGroup, type TableCells } from './tables-cells.js';
import {
  blank,
  cleanHeader,
  emit,
  headerCellOf,
  inWord,
  isFooter,
  isHeaderCell,
  isHeaderName,
  lineEnd,
  lineHas,
  lineStart,
  nextQuote,
  segEnd,
  segStart,
  segValue,
  segValueEnd,
  splitLine,
  trimInto,
} from './tables-lines.js';
import { stataList } from './tables-statistics.js';

/**
 * Readers of text tables whose columns a character marks: psql and markdown tables under a `---`
 * rule (and `----` dashed rules), box-drawn tables, CSV, TSV, semicolon and pipe rows, and
 * spreadsheet grids pasted with their column letters.
 */

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

/** psql and markdown: header, a `---` rule, then rows. Returns the index after the last row. */
export function ruled(text: string, lines: number, i: number, out: TableCells): number {
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
  if (piped) {
    const box = stataList(text, lines, i, out);
    if (box !== -1) return box;
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
export const boxDrawing = /[\u2502\u2506]/;
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
export function unboxed(text: string): string {
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

export function delimited(text: string, lines: number, i: number, out: TableCells): number {
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
    if ((sep === 44 || sep === 59) && bulleted(text, from) && bulleted(text, lineStart[i + 1] as number))
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
 * Whether the line at `from` opens with a list bullet and a blank (`- `, `* `, `• `): `- Ignatius
 * Fairweather, date of birth 1958/12/03, atorvastatin 20 mg` over another such item is a list of
 * records written as prose, not a CSV header over its rows.
 */
function bulleted(text: string, from: number): boolean {
  const c = text.charCodeAt(from);
  return (c === 45 || c === 42 || c === 0x2022) && text.charCodeAt(from + 1) === 32;
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

/**
 * Whether line `i` is a spreadsheet's column letters (`\tA\tB\tC`: Google Sheets and Excel copied
 * with their headings shown).
 */
export function columnLetters(text: string, i: number): boolean {
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
export function sheetGrid(text: string, lines: number, i: number, out: TableCells): number {
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
