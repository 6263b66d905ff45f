import { isSpace } from './scan.js';
import { addGroup, push, type TableCells } from './tables-cells.js';
import { emit, segEnd, segStart, segValue, segValueEnd, trimInto } from './tables-lines.js';

/**
 * Readers of tables written as source: HTML `<table>` markup and R's `tribble()`.
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
