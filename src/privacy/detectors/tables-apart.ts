import { isSpace } from './scan.js';
import { addGroup, apartRows, push, type TableCells } from './tables-cells.js';
import { emit, isHeaderName, splitLine } from './tables-lines.js';
import { arrayRow } from './tables-source.js';

/**
 * Readers of tables whose column names are written apart from their rows: a JSON result with a
 * `columns` list and then its `rows` (OpenMetadata's sample data, pandas' `to_json(orient="split")`),
 * the `-`/`+` tuples of a datafold `data-diff` run named by its `-k` and `-c` flags, and the rows of
 * a CSV file in a `git diff` whose header sits in the hunk line.
 */

/** `"columns": [`, `'columns': [`. */
const columnsKey = /["']columns["'][ \t]*:[ \t\r\n]*\[/g;
/** The keys that hold the rows after a `columns` list. */
const rowsKeys = new Set(['rows', 'data', 'values', 'data_array']);

/**
 * `{"columns": ["kund_id", "fornamn", …], "rows": [[10482, "Astrid", …], …]}`: a list of column
 * names (two or more names as strings), then, among the next keys of the same object, the rows (an
 * array of arrays) whose items are under those names by position. OpenMetadata's `sampleData`,
 * pandas' `to_json(orient="split")` (`columns`, `index`, `data`), Databricks' `data_array`.
 */
export function columnsThenRows(text: string, out: TableCells): void {
  apartRows.length = 0;
  if (!text.includes('columns')) return;
  columnsKey.lastIndex = 0;
  for (let m = columnsKey.exec(text); m !== null; m = columnsKey.exec(text)) {
    const items: number[] = [];
    const after = arrayRow(text, m.index + m[0].length, items);
    if (after === -1 || items.length < 6) continue;
    const names: string[] = [];
    for (let i = 0; i < items.length; i += 3) {
      const name = text.slice(items[i], items[i + 1]).trim();
      if (items[i + 2] !== 1 || !isHeaderName(name)) break;
      names.push(name);
    }
    if (names.length * 3 !== items.length) continue;
    const open = rowsAfter(text, after);
    if (open !== -1) readRows(text, open, names, out);
  }
}

/**
 * The offset of the `[` that opens the rows, from `p` (after the columns' `]`): up to four keys on
 * in the same object, or -1.
 */
function rowsAfter(text: string, from: number): number {
  let p = from;
  for (let keys = 0; keys < 4; keys++) {
    p = skipBlanks(text, p);
    if (text.charCodeAt(p) !== 44) return -1;
    p = skipBlanks(text, p + 1);
    const quote = text.charCodeAt(p);
    if (quote !== 34 && quote !== 39) return -1;
    const close = text.indexOf(String.fromCharCode(quote), p + 1);
    if (close === -1 || close - p > 40) return -1;
    const key = text.slice(p + 1, close);
    p = skipBlanks(text, close + 1);
    if (text.charCodeAt(p) !== 58) return -1;
    p = skipBlanks(text, p + 1);
    if (rowsKeys.has(key)) return text.charCodeAt(p) === 91 ? p : -1;
    p = valueEnd(text, p);
    if (p === -1) return -1;
  }
  return -1;
}

/** Reads the rows of the array opening at `open` (each an array of literals) under `names`. */
function readRows(text: string, open: number, names: readonly string[], out: TableCells): void {
  const items: number[] = [];
  let p = skipBlanks(text, open + 1);
  let base = -1;
  for (let rows = 0; rows < 10_000 && text.charCodeAt(p) === 91; rows++) {
    items.length = 0;
    const end = arrayRow(text, p + 1, items);
    if (end === -1 || items.length / 3 !== names.length) break;
    if (base === -1) base = addGroup(out, names);
    for (let i = 0; i < items.length; i += 3) {
      const start = items[i] as number;
      const stop = items[i + 1] as number;
      const quoted = items[i + 2] === 1;
      if (stop > start && (quoted || !noValue.test(text.slice(start, stop))))
        push(out, start, stop, stop, base + i / 3, quoted);
    }
    p = skipBlanks(text, end);
    if (text.charCodeAt(p) !== 44) break;
    p = skipBlanks(text, p + 1);
  }
  apartRows.push(open, p);
}

const noValue = /^(?:null|None|true|false|True|False|NaN)$/;

function skipBlanks(text: string, from: number): number {
  let p = from;
  while (p < text.length && isSpace(text.charCodeAt(p))) p++;
  return p;
}

/**
 * Where the JSON value opening at `from` ends: a string, a literal, or an array or object with
 * its nesting and strings (100,000 characters at most); -1 when it does not end so.
 */
function valueEnd(text: string, from: number): number {
  let depth = 0;
  const limit = Math.min(text.length, from + 100_000);
  for (let p = from; p < limit; p++) {
    const c = text.charCodeAt(p);
    if (c === 34 || c === 39) {
      let q = p + 1;
      while (q < limit && text.charCodeAt(q) !== c && text.charCodeAt(q) !== 10)
        q += text.charCodeAt(q) === 92 ? 2 : 1;
      if (text.charCodeAt(q) !== c) return -1;
      p = q;
      if (depth === 0) return p + 1;
    } else if (c === 91 || c === 123) depth++;
    else if (c === 93 || c === 125) {
      if (depth === 0) return p;
      depth--;
      if (depth === 0) return p + 1;
    } else if (depth === 0 && (c === 44 || c === 10)) return p;
  }
  return -1;
}

/**
 * A datafold `data-diff` command line and the `-`/`+` tuples it prints: each tuple holds the key
 * columns (`-k`, `--key-columns`; `id` when none is given), the update column (`-t`) and the extra
 * columns (`-c`, `--columns`), in that order (data-diff's `TableSegment.relevant_columns`).
 */
export function dataDiffRows(text: string, out: TableCells): void {
  for (let at = text.indexOf('data-diff '); at !== -1; at = text.indexOf('data-diff ', at + 1)) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) return;
    const names = diffColumns(text.slice(at, lineEnd));
    if (names.length < 2) continue;
    let base = -1;
    for (let from = lineEnd + 1; from < text.length; from = lineEnd + 1) {
      lineEnd = text.indexOf('\n', from);
      if (lineEnd === -1) lineEnd = text.length;
      const sign = text.charCodeAt(from);
      if (
        (sign !== 45 && sign !== 43) ||
        text.charCodeAt(from + 1) !== 32 ||
        text.charCodeAt(from + 2) !== 40
      )
        break;
      if (splitLine(text, from + 2, lineEnd, 44) !== names.length) continue;
      if (base === -1) base = addGroup(out, names);
      emit(out, base, names.length, 0, names.length);
    }
  }
}

/** The columns of a data-diff command's tuples, by its flags (see `dataDiffRows`). */
function diffColumns(command: string): string[] {
  const keys: string[] = [];
  const update: string[] = [];
  const extra: string[] = [];
  diffFlag.lastIndex = 0;
  for (let m = diffFlag.exec(command); m !== null; m = diffFlag.exec(command)) {
    const flag = m[1] as string;
    const list =
      flag === '-k' || flag === '--key-columns'
        ? keys
        : flag === '-t' || flag === '--update-column'
          ? update
          : extra;
    list.push(m[2] as string);
  }
  if (extra.length === 0) return [];
  return [...(keys.length === 0 ? ['id'] : keys), ...update, ...extra];
}

const diffFlag = /(?<=\s)(-[kct]|--key-columns|--update-column|--columns)[ =]["']?([\p{L}_][\p{L}\p{N}_]*)/gu;

/** A hunk's header line: `@@ -12,3 +12,3 @@`, then the context git shows (group 1). */
const hunkLine = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@ ?(.*)$/gm;

/**
 * The rows of a CSV file in a `git diff`: git shows in the hunk line the last line above the hunk
 * that opens with a letter, which for a file whose rows open with an id is its header
 * (`@@ -12,3 +12,3 @@ kund_id,fornamn,efternamn`); a hunk from line 1 holds the header as its first
 * line. The hunk's lines, after their ` `, `-` or `+`, are rows under it when they hold as many
 * cells.
 */
export function hunkRows(text: string, out: TableCells): void {
  hunkLine.lastIndex = 0;
  for (let m = hunkLine.exec(text); m !== null; m = hunkLine.exec(text)) {
    let from = m.index + m[0].length + 1;
    let header = (m[2] as string).trim();
    if (header === '' && m[1] === '1' && text.charCodeAt(from) === 32) {
      const end = text.indexOf('\n', from);
      if (end === -1) continue;
      header = text.slice(from + 1, end).trim();
      from = end + 1;
    }
    const sep = delimiterOf(header);
    if (sep === -1) continue;
    const names = header.split(String.fromCharCode(sep)).map((h) => h.trim().replace(/^"|"$/g, ''));
    let base = -1;
    for (; from < text.length; ) {
      let end = text.indexOf('\n', from);
      if (end === -1) end = text.length;
      const sign = text.charCodeAt(from);
      if (sign !== 32 && sign !== 45 && sign !== 43) break;
      if (text.startsWith('--- ', from) || text.startsWith('+++ ', from)) break;
      if (splitLine(text, from + 1, end, sep) === names.length) {
        if (base === -1) base = addGroup(out, names);
        emit(out, base, names.length, 0, names.length);
      }
      from = end + 1;
    }
    hunkLine.lastIndex = Math.max(hunkLine.lastIndex, from - 1);
  }
}

/**
 * A CSV header's name, quoted or not: letters first, then letters, digits, `_`, `.`, `/`, `-` and
 * blanks. No brackets or colons, so a function's signature git shows for a code hunk
 * (`def load(path, sep, header):`) is none.
 */
const csvName = /^"?[\p{L}_][\p{L}\p{N}_ ./-]{0,63}"?$/u;

/** The delimiter (`,`, `;`, tab, `|`) that splits a CSV header into three or more names, or -1. */
function delimiterOf(header: string): number {
  for (const sep of [44, 59, 9, 124]) {
    const cells = header.split(String.fromCharCode(sep));
    if (cells.length >= 3 && cells.every((c) => csvName.test(c.trim()))) return sep;
  }
  return -1;
}
