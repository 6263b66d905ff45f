import { isSpace } from './scan.js';
import { addGroup, push, readApart, type TableCells } from './tables-cells.js';
import { emit, segEnd, segStart, segValue, segValueEnd, trimInto } from './tables-lines.js';

/**
 * Readers of tables written as source: HTML `<table>` markup, R's `tribble()`, and arrays of rows
 * under a header row (JSON, Python).
 */

const htmlTagAnywhere = /<(\/?)(tr|th|td|table)\b[^>]{0,200}>/gi;

/**
 * HTML tables (`df.to_html()`, scraped pages): the `<th>` cells of the first row are the headers,
 * each later row's `<td>`/`<th>` cells are matched to them by position. Cells holding markup are
 * skipped (their text is not one value).
 */
export function htmlTables(text: string, out: TableCells): void {
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

/**
 * R's `tribble(~nombre, ~apellidos, "Itziar", "Etxeberria Goikoetxea", …)` (tibble): the `~`
 * formulas name the columns, and the values after them fill the rows in turn. A quoted value is read
 * inside its quotes (so is the first string of a call, `as.Date("1988-12-02")`), a bare one (`NA`,
 * `42L`) as written.
 */
export function tribbleRows(text: string, out: TableCells): void {
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

/**
 * An array of rows whose first row names the columns, in JSON or Python: the Google Sheets API's
 * `values` (`"values": [["Prénom", "Nom", "Date de naissance"], ["Gaëlle", "Brossard-Niang",
 * "07/02/1996"], …]`), gspread's `get_all_values()`, `list(csv.reader(f))`. The header row holds
 * three or more strings, none empty or holding a digit (fewer is as likely a list of key/value
 * pairs: Rails' `[["name", "Duarte"], ["dob", …]]`); each later row's items are under the headers
 * by position. Sheets leaves out a row's trailing empty cells, so a row may be shorter; a longer
 * one ends the table. Strings are read inside their quotes, other literals (numbers) as written;
 * `null`, `None` and booleans are no values.
 */
export function headedArrays(text: string, out: TableCells): void {
  rowsOpen.lastIndex = 0;
  for (let m = rowsOpen.exec(text); m !== null; m = rowsOpen.exec(text)) {
    const items: number[] = []; // start, end and quoted (1 or 0) of each item of the row read last
    if (readApart(m.index)) continue; // rows under a `columns` list (see `columnsThenRows`)
    let p = arrayRow(text, m.index + m[0].length, items);
    const count = items.length / 3;
    if (p === -1 || count < 3 || !headerRow(text, items)) continue;
    const names: string[] = [];
    for (let i = 0; i < items.length; i += 3) names.push(text.slice(items[i], items[i + 1]).trim());
    let base = -1;
    for (let rows = 0; rows < 10_000; rows++) {
      while (isSpace(text.charCodeAt(p))) p++;
      if (text.charCodeAt(p) !== 44) break;
      p++;
      while (isSpace(text.charCodeAt(p))) p++;
      if (text.charCodeAt(p) !== 91) break;
      items.length = 0;
      p = arrayRow(text, p + 1, items);
      if (p === -1 || items.length / 3 > count) break;
      if (base === -1) base = addGroup(out, names);
      for (let i = 0; i < items.length; i += 3) {
        let start = items[i] as number;
        let end = items[i + 1] as number;
        while (start < end && isSpace(text.charCodeAt(start))) start++;
        while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
        if (end > start && (items[i + 2] === 1 || !noValue.test(text.slice(start, end))))
          push(out, start, end, end, base + i / 3, items[i + 2] === 1);
      }
    }
    rowsOpen.lastIndex = Math.max(rowsOpen.lastIndex, p === -1 ? 0 : p);
  }
}

/** An array opening with an array: `[["`, `[\n    [`. */
const rowsOpen = /\[[ \t\r\n]*\[/g;
const noValue = /^(?:null|None|true|false|True|False|undefined)$/;

/** Strings all: none empty, none holding a digit, none longer than a header. */
function headerRow(text: string, items: readonly number[]): boolean {
  for (let i = 0; i < items.length; i += 3) {
    const from = items[i] as number;
    const to = items[i + 1] as number;
    if (items[i + 2] !== 1 || to - from > 64 || text.slice(from, to).trim() === '') return false;
    for (let k = from; k < to; k++) if (isDigit(text.charCodeAt(k))) return false;
  }
  return true;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The items of an array row from `from` (after its `[`) into `items` (start, end, quoted: 1 or 0);
 * returns the offset after its `]`, or -1 when it is no row of literals (a nested array or object,
 * an unclosed string). A string holds no line break; a backslash escapes the next character.
 */
export function arrayRow(text: string, from: number, items: number[]): number {
  let p = from;
  for (let count = 0; count < 1000; count++) {
    while (isSpace(text.charCodeAt(p))) p++;
    const c = text.charCodeAt(p);
    if (c === 93 && count === 0) return p + 1;
    if (c === 34 || c === 39) {
      let q = p + 1;
      while (q < text.length && q - p <= 2000) {
        const d = text.charCodeAt(q);
        if (d === c || d === 10) break;
        q += d === 92 ? 2 : 1;
      }
      if (text.charCodeAt(q) !== c) return -1;
      items.push(p + 1, q, 1);
      p = q + 1;
    } else {
      let q = p;
      while (q < text.length && q - p <= 40 && bareChar(text.charCodeAt(q))) q++;
      if (q === p) return -1;
      items.push(p, q, 0);
      p = q;
    }
    while (isSpace(text.charCodeAt(p))) p++;
    const next = text.charCodeAt(p);
    if (next === 93) return p + 1;
    if (next !== 44) return -1;
    p++;
  }
  return -1;
}

/** A character of a bare literal: `-12.5e3`, `null`, `None`. */
const bareChar = (c: number): boolean =>
  isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46 || c === 43;

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
