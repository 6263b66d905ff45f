import type { Finding } from '../detector.js';
import { Header, headerKind, isBirthHeader } from './date-of-birth-cues.js';
import { dateAt, datesIn, finding, isDate, isDigitAt, wholeDate } from './date-of-birth-dates.js';
import { fixedWidthLayouts, isSpace, layoutValues, matchAt } from './scan.js';
import { tableCells } from './tables.js';

/**
 * DATE_OF_BIRTH readers for text tables with a birth column that the table reader does not take:
 * space-aligned reports, pandas frames of wide characters, delimited header lines, ClickHouse's
 * boxes, markdown tables in escaped strings, and records under a column list or a fixed-width layout
 * given in a comment.
 */

/** Delimited lines whose cell holding a birth word is a birth header: line start, end and delimiter, flat. */
export const headerLines: number[] = [];

/**
 * Space-aligned header lines (a fixed-width report's) with a birth column: the line's end, then the
 * column's start and end as offsets in the line, flat.
 */
export const alignedHeaders: number[] = [];

/** Whether two blanks are at `k - 1` and `k - 2`, or `k` is the line's start: a column's edge. */
function gapBefore(text: string, k: number, lineStart: number): boolean {
  return k === lineStart || (text.charCodeAt(k - 1) === 32 && text.charCodeAt(k - 2) === 32);
}

/**
 * `Time   Patient        DOB          Type`: a line of three or more columns set apart by runs of
 * blanks and holding no digit, with a birth word in it: each column whose whole header is a birth
 * header (a cleaning job's raw and parsed columns, `date_naissance_brute  date_naissance`, are two).
 * See `alignedDates`.
 */
export function alignedHeader(text: string, lineStart: number, lineEnd: number): void {
  let gaps = 0;
  for (let k = lineStart; k < lineEnd; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return;
    if (c === 32 && text.charCodeAt(k + 1) === 32 && text.charCodeAt(k - 1) !== 32) gaps++;
  }
  if (gaps < 2) return;
  for (let k = lineStart; k < lineEnd; ) {
    while (k < lineEnd && text.charCodeAt(k) === 32) k++;
    const from = k;
    while (k < lineEnd && !(text.charCodeAt(k) === 32 && text.charCodeAt(k + 1) === 32)) k++;
    if (k > from && gapBefore(text, from, lineStart) && isBirthHeader(text.slice(from, k).trim()))
      alignedHeaders.push(lineEnd, from - lineStart, k - lineStart);
  }
}

/**
 * The dates under a space-aligned birth column (`alignedHeader`), in the rows up to the next blank
 * line: the word of each row that overlaps the header's columns, when it is a date. A row whose
 * earlier cells overflow theirs (`5yo well child + vaccines; mom Aisling O'Sullivan   Medicaid …`)
 * is still read, its birth date being left of the overflow. Between the header and its first row
 * a rule and a blank line or two are skipped: SAS's PROC PRINT leaves a blank line under its
 * header, MATLAB's table display underlines each name (`____`) and leaves one too.
 */
export function alignedDates(text: string, out: Finding[]): void {
  for (let h = 0; h < alignedHeaders.length; h += 3) {
    const from = alignedHeaders[h + 1] as number;
    const to = alignedHeaders[h + 2] as number;
    let lineStart = (alignedHeaders[h] as number) + 1;
    // Rows end at the next such header line (each row is read once per column) or after a thousand.
    let next = h + 3;
    while (alignedHeaders[next] === alignedHeaders[h]) next += 3;
    const stop = alignedHeaders[next] ?? text.length;
    for (let skipped = 0; skipped < 3 && lineStart < stop; skipped++) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      if (!ruleOrBlank.test(text.slice(lineStart, lineEnd))) break;
      lineStart = lineEnd + 1;
    }
    for (let rows = 0; lineStart < stop && rows < 1000; rows++) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      if (text.slice(lineStart, lineEnd).trim() === '') break;
      let t = lineStart + from;
      while (t < lineStart + to && t < lineEnd && text.charCodeAt(t) === 32) t++;
      while (t > lineStart && lineStart + from - t < 12 && text.charCodeAt(t - 1) !== 32) t--;
      const m = t < lineEnd && isDigitAt(text, t) ? matchAt(dateAt, text, t) : null;
      const end = m === null ? t : t + m[0].length;
      if (m !== null && isDate(m) && end <= lineEnd && (end === lineEnd || text.charCodeAt(end) === 32))
        out.push(finding([t, end], 0.85));
      lineStart = lineEnd + 1;
    }
  }
}

/** A blank line or a rule under a header: `_`, `-`, `=` and blanks only. */
const ruleOrBlank = /^[-_= \t\r]*$/;

/**
 * pandas frames whose header words do not stand over their columns: East-Asian wide characters
 * print two columns wide and pandas pads them as one (`     姓名 出生日期_西元` over `0  林志明
 * 1990-04-16`). The header line's end, the birth column's index among its words, and their count, flat.
 */
export const frameHeaders: number[] = [];

/** A header line of words and no digit whose word at `at` names a birth date (see `frameDates`). */
export function frameHeader(text: string, at: number, lineStart: number, lineEnd: number): void {
  let from = at;
  while (from > lineStart && !isSpace(text.charCodeAt(from - 1))) from--;
  let to = at;
  while (to < lineEnd && !isSpace(text.charCodeAt(to))) to++;
  if (!isBirthHeader(text.slice(from, to))) return;
  let index = -1;
  let count = 0;
  for (let k = lineStart; k < lineEnd; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return;
    if (!isSpace(c) && (k === lineStart || isSpace(text.charCodeAt(k - 1)))) {
      if (k === from) index = count;
      count++;
    }
  }
  if (count >= 2 && index !== -1) frameHeaders.push(lineEnd, index, count);
}

/**
 * The dates under a `frameHeader`, in the rows up to the next blank line that hold the header's
 * words and one more before them, a row index (`3  張家豪    1999-07-29`): the word under the
 * birth column by its order, when it is a date and nothing else.
 */
export function frameDates(text: string, out: Finding[]): void {
  for (let h = 0; h < frameHeaders.length; h += 3) {
    const index = (frameHeaders[h + 1] as number) + 1;
    const count = (frameHeaders[h + 2] as number) + 1;
    let lineStart = (frameHeaders[h] as number) + 1;
    // Rows end at the next such header (each row is read once) or after a thousand.
    const stop = frameHeaders[h + 3] ?? text.length;
    for (let rows = 0; lineStart < stop && rows < 1000; rows++) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      const words: number[] = [];
      for (let k = lineStart; k < lineEnd && words.length <= 2 * count; k++)
        if (!isSpace(text.charCodeAt(k)) && (k === lineStart || isSpace(text.charCodeAt(k - 1)))) {
          let e = k + 1;
          while (e < lineEnd && !isSpace(text.charCodeAt(e))) e++;
          words.push(k, e);
          k = e;
        }
      if (words.length === 0) break;
      if (words.length === 2 * count && /^\d+$/.test(text.slice(words[0], words[1]))) {
        const start = words[2 * index] as number;
        const end = words[2 * index + 1] as number;
        const span = datesIn(text, start, end)[0];
        if (span !== undefined && span[0] === start && span[1] === end) out.push(finding(span, 0.85));
      }
      lineStart = lineEnd + 1;
    }
  }
}

/**
 * ClickHouse's `PrettyCompact` output names the columns in the box's top border, which the table
 * reader does not take: `┌─会员号────┬─姓名───┬─出生日期───┐` over `│ M20190331 │ 陈雅婷 │ 1990-09-18 │`.
 * The dates in the rows' cells under a birth column, up to the box's bottom (`└`).
 */
export function compactBoxDates(text: string, found: Finding[]): void {
  for (const m of text.matchAll(compactBoxTop)) {
    const names = (m[1] as string).split('┬').map((n) => n.replace(/[─┐]/g, '').trim());
    const birth = names.map((n) => n !== '' && isBirthHeader(n));
    if (!birth.includes(true)) continue;
    let lineStart = (m.index as number) + m[0].length + 1;
    for (let rows = 0; lineStart < text.length && rows < 10_000; rows++) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      const line = text.slice(lineStart, lineEnd);
      const first = line.trimStart().charCodeAt(0);
      if (first !== 0x2502) break; // `│`: a row; `└` closes the box
      const cells = boxCells(text, lineStart + line.indexOf('│') + 1, lineEnd);
      if (cells.length === names.length)
        for (let k = 0; k < cells.length; k++)
          if (birth[k])
            for (const span of datesIn(text, ...(cells[k] as [number, number])))
              found.push(finding(span, 0.9));
      lineStart = lineEnd + 1;
    }
  }
}

/** A box's top border: `┌─id─┬─name───┐` (its names are checked by `isBirthHeader`). */
const compactBoxTop = /^[ \t]*┌─([^\n]{1,2000}?┐)[ \t]*$/gm;

/** The cells of a box row from after its first `│`: start and end offsets, each up to the next `│`. */
function boxCells(text: string, from: number, to: number): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i < to; i++)
    if (text.charCodeAt(i) === 0x2502) {
      cells.push([start, i]);
      start = i + 1;
    }
  return cells;
}

/** Comment lines (start and end, flat) holding a birth column's name: see `commentColumnDates`. */
export const commentHeaders: number[] = [];

/** Whether the line at `lineStart` is a comment: `--` (SQL), `#`, `//` or `/*` after blanks. */
export function commentLine(text: string, lineStart: number): boolean {
  let k = lineStart;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  const c = text.charCodeAt(k);
  const d = text.charCodeAt(k + 1);
  return c === 35 || (c === 45 && d === 45) || (c === 47 && (d === 47 || d === 42));
}

const sqlType = String.raw`(?:[ \t]+(?:[A-Za-z]\w{0,15}\(\d{1,5}\)|int|integer|bigint|smallint|text|date|timestamp|boolean|varchar|char|numeric|string))?`;
/** Three or more column names (each maybe with its SQL type) joined by commas. */
const columnList = new RegExp(
  String.raw`(?<![\w.])[A-Za-z_]\w{0,63}${sqlType}(?:[ \t]*,[ \t]*[A-Za-z_]\w{0,63}${sqlType}){2,}`,
  'g',
);

/**
 * A record's columns given in a comment (`-- target table: crm.customers (id, first_name, …,
 * birth_date)`, `-- the file header is now customer_id,email,…,birth_date,mobile`) and the raw
 * record printed below it (a load error's `raw_line`, `VALIDATE`'s rejected record): in each later
 * line holding as many `,`- or `|`-separated fields, or more (the record inside a table's row), the
 * field under the birth column, counted from the record's end, when it is a date.
 */
export function commentColumnDates(text: string, out: Finding[]): void {
  for (let h = 0; h < commentHeaders.length; h += 2) {
    const header = text.slice(commentHeaders[h], commentHeaders[h + 1]);
    for (const list of header.matchAll(columnList)) {
      const names = list[0].split(',').map((n) => /^\s*([A-Za-z_]\w*)/.exec(n)?.[1] ?? '');
      const k = names.findIndex((n) => isBirthHeader(n));
      if (k === -1) continue;
      // Records end at the next such comment (each line is read once per list) or after 200 lines.
      const stop = commentHeaders[h + 2] ?? text.length;
      recordFields(
        text,
        (commentHeaders[h + 1] as number) + 1,
        stop,
        names.length,
        names.length - 1 - k,
        out,
      );
    }
  }
}

/**
 * The birth field of a fixed-width file's layout given in a comment (`# layout: rec(3)
 * member_id(10) name(28) dob(8)`, see `fixedWidthLayouts`) on each record line below it, when it is
 * a date and nothing else: `DTL 0048821973 MCALLISTER, BRENDAN J        19780314 M …`.
 */
export function fixedWidthDates(text: string, out: Finding[]): void {
  for (const layout of fixedWidthLayouts(text)) {
    const k = layout.names.findIndex((name) => isBirthHeader(name));
    if (k === -1) continue;
    const values = layoutValues(text, layout, k);
    for (let i = 0; i < values.length; i += 2) {
      const from = values[i] as number;
      const to = values[i + 1] as number;
      if (to - from >= 6) wholeDate(text, from, to, out);
    }
  }
}

/** The `back`-th field from the end of each line from `at` to `stop` with `count` or more fields (of up to 200 lines). */
function recordFields(
  text: string,
  at: number,
  stop: number,
  count: number,
  back: number,
  out: Finding[],
): void {
  for (let lines = 0; at < stop && lines < 200; lines++) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    for (const sep of [44, 124]) {
      const cuts: number[] = [];
      for (let i = at; i < end; i++) if (text.charCodeAt(i) === sep) cuts.push(i);
      if (cuts.length < count - 1) continue;
      // The field's bounds: the separators around it, counted from the line's end.
      const right = back === 0 ? end : (cuts[cuts.length - back] as number);
      const left = (cuts[cuts.length - back - 1] as number) + 1;
      const field = text.slice(left, right);
      const value = field.trim();
      if (value.length < 6 || value.length > 30) continue;
      const from = left + field.indexOf(value);
      const span = datesIn(text, from, from + value.length)[0];
      if (span !== undefined && span[0] === from && span[1] === from + value.length)
        out.push(finding(span, 0.85));
    }
    at = end + 1;
  }
}

/**
 * Rows under a delimited header line naming a birth column that the table reader left alone (a pipe
 * table without outer bars, a semicolon export whose header it did not take, a CSV whose header
 * holds a cell it does not read as a name: `تاريخ الميلاد,…,كيف عرفت عن الدورة؟`): the cell in that
 * column of each following row with as many cells, while rows keep coming.
 */
export function headerColumnDates(text: string, out: Finding[]): void {
  for (let h = 0; h < headerLines.length; h += 3) {
    const sep = String.fromCharCode(headerLines[h + 2] as number);
    const end = headerLines[h + 1] as number;
    const names = text.slice(headerLines[h] as number, end).split(sep);
    const k = names.findIndex((n) => n.trim() !== '' && isBirthHeader(n.trim()));
    if (k !== -1) columnRows(text, end + 1, sep, names.length, k, out);
  }
}

function columnRows(text: string, at: number, sep: string, count: number, k: number, out: Finding[]): void {
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const row = text.slice(at, end);
    if (!row.includes(sep)) {
      // A box's rule between its header and its rows (`├───┼───┤`) is no row.
      if (!boxRule.test(row)) return;
      at = end + 1;
      continue;
    }
    const cells = splitRow(row, sep);
    if (cells.length === count) {
      let from = at;
      for (let c = 0; c < k; c++) from += (cells[c] as string).length + 1;
      const cell = cells[k] as string;
      // Between commas (prose has them too) only a cell that is a date and nothing else, maybe quoted
      // (a tribble's rows under its `~fecha_nacimiento,` header: `"Itziar", "1988-12-02",`).
      const value = sep === ',' ? unquoted(cell.trim()) : cell;
      if (sep === ',') from += cell.indexOf(value);
      for (const span of datesIn(text, from, from + value.length))
        if (sep !== ',' || span[1] - span[0] === value.length) out.push(finding(span, 0.9));
    }
    at = end + 1;
  }
}

/** A value without its double quotes: `"1988-12-02"` is `1988-12-02`. */
function unquoted(value: string): string {
  return value.length > 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

const boxRule = /^[ \t]*[├┼┤─═╞╪╡]+[ \t]*$/;

/**
 * A row's cells between `sep`: a cell that opens with `"` runs to its closing quote (`""` inside
 * it is a quote), as CSV quotes an address holding the delimiter (`"שדרות הרצל 41, רחובות"`); a
 * quote inside a cell is a letter (Hebrew's `דוא"ל`). Cells keep their quotes: their lengths add up
 * to the row's.
 */
export function splitRow(row: string, sep: string): string[] {
  if (!row.includes('"')) return row.split(sep);
  const cells: string[] = [];
  let from = 0;
  while (from <= row.length) {
    let k = from;
    if (row.charCodeAt(k) === 34) {
      k++;
      for (;;) {
        const q = row.indexOf('"', k);
        if (q === -1) return row.split(sep); // unbalanced: read as a plain split
        if (row.charCodeAt(q + 1) === 34) k = q + 2;
        else {
          k = q + 1;
          break;
        }
      }
    }
    const next = row.indexOf(sep, k);
    const to = next === -1 ? row.length : next;
    cells.push(row.slice(from, to));
    from = to + 1;
  }
  return cells;
}

/**
 * A markdown table inside a JSON or Python string (a chat message's `content`, a tool's result), its
 * line breaks escaped: `'Two customers:\n\n| Name | Date of birth |\n|---|---|\n| Radhika … |
 * 1986-06-19 |'`. Read with each `\n` made a blank and a line break, so offsets hold: the dates
 * under a birth column.
 */
export function escapedTableDates(text: string, found: Finding[]): void {
  const cells = tableCells(text.replace(escapedBreak, ' \n'));
  const kinds = cells.columnHeader.map(headerKind);
  for (let i = 0; i < cells.start.length; i++)
    if (kinds[cells.column[i] as number] === Header.birth)
      for (const span of datesIn(text, cells.start[i] as number, cells.end[i] as number))
        found.push(finding(span, 0.85));
}

/** `\n` in a string literal, not after another backslash (`\\n` is a backslash and an `n`). */
const escapedBreak = /(?<!\\)\\n/g;
