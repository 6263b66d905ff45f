import { isDigit, isSpace } from './scan.js';
import { addGroup, type TableCells } from './tables-cells.js';
import {
  emit,
  isHeaderName,
  lineEnd,
  lineHasGap,
  lineStart,
  segEnd,
  segStart,
  segValueEnd,
  trimInto,
} from './tables-lines.js';

/**
 * Readers of text tables whose columns only alignment marks: left-aligned columns (`docker ps`,
 * `kubectl get`, fixed-width exports) and R tibble printouts.
 */

export const columnName = /\S+(?: \S+)*/g;
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
export function leftAligned(text: string, lines: number, i: number, out: TableCells, rows = i + 1): number {
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
  // `fornamn   varchar(80)   PII.Sensitive`: a schema's or a data catalog's column list, whose
  // first line is a column, not a header over the others.
  if (names.some((n) => sqlType.test(n))) return i + 1;
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

/** An SQL column type with its size: `varchar(80)`, `char(13)`, `numeric(10,2)`, `VARCHAR2(50 CHAR)`. */
const sqlType =
  /^(?:n?var)?char(?:acter)?(?: varying)?2?\(\d+(?: char| byte)?\)$|^(?:numeric|decimal|number|float|varbinary|binary|bit|datetime2|timestamp|time)\(\d+(?:, ?\d+)?\)$/i;

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

/**
 * A tibble's column type row: indented, then only `<chr>`, `<int>`, `<date>`, `<dbl>`, … tokens
 * (1–24 characters, no blank or angle bracket inside) apart by blanks. Read by hand, without a
 * slice: indented HTML lines (`<th>…`) are tried here too, and fail at their first token.
 */
export function isTypeRow(text: string, from: number, to: number): boolean {
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
export function tibble(text: string, lines: number, i: number, out: TableCells): number {
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
