import { isSpace } from './scan.js';
import { addGroup, push, type TableCells } from './tables-cells.js';
import { blank, emit, isHeaderName, lineEnd, lineStart, trimInto } from './tables-lines.js';

/**
 * Readers of the tables statistics packages print: R's `summary()` of a data frame (a factor's
 * levels with their counts) and Stata's `list` box.
 */

/** A cue of an R `summary()` printout: a quartile's label, or the count of a factor's other levels. */
export const summaryCue = /Qu\.:|\(Other\)/;

/**
 * The labels `summary()` prints before a `:` (quartiles, a character column's length, class and
 * mode, the count of missing values and of a factor's other levels): none is a value of the column.
 */
const statLabel = /^(?:Min\.|1st Qu\.|Median|Mean|3rd Qu\.|Max\.|NA's|Length|Class|Mode|\(Other\))$/;

/** Scratch: a summary row's cells (label start and end, then where the cell starts). */
const labelStart: number[] = [];
const labelEnd: number[] = [];

/**
 * The `label :value` cells of summary row `[from, to)` into the scratch arrays; their count, or -1
 * when the line holds none. A cell's label runs from the first non-blank after the last value to
 * the blanks before its `:`; its value is the run of non-blanks after the `:` (R pads both).
 */
function summaryCells(text: string, from: number, to: number): number {
  let n = 0;
  let p = from;
  for (;;) {
    while (p < to && isSpace(text.charCodeAt(p))) p++;
    if (p >= to) return n > 0 ? n : -1;
    const colon = text.indexOf(':', p);
    if (colon === -1 || colon >= to) return -1;
    let e = colon;
    while (e > p && isSpace(text.charCodeAt(e - 1))) e--;
    labelStart[n] = p;
    labelEnd[n] = e;
    n++;
    p = colon + 1;
    while (p < to && text.charCodeAt(p) === 32) p++;
    while (p < to && !isSpace(text.charCodeAt(p))) p++;
  }
}

/**
 * R's `summary()` of a data frame: the column names over blocks of `label :value` cells, a
 * numeric column's quartiles, a character column's `Length`, `Class` and `Mode`, and a factor
 * column's most frequent levels with their counts (`Okonkwo, Adaeze :41`, then `(Other) :12`).
 * The levels are the column's values: each is read under its column's name (the quartiles and
 * counts are aggregates, no one's). Returns the index after the last row, or `i + 1`.
 */
export function rSummary(text: string, lines: number, i: number, out: TableCells): number {
  const from = lineStart[i] as number;
  const to = lineEnd[i] as number;
  const names = text
    .slice(from, to)
    .trim()
    .split(/[ \t]+/);
  if (i + 1 >= lines || !names.every(isHeaderName)) return i + 1;
  const first = summaryCells(text, lineStart[i + 1] as number, lineEnd[i + 1] as number);
  // The first row has a cell in every column: where they start places the cells of the rows below.
  if (first !== names.length) return i + 1;
  const rowStart = lineStart[i + 1] as number;
  const starts = labelStart.slice(0, first).map((s) => s - rowStart);
  let stats = false;
  let j = i + 1;
  const cells: number[] = [];
  for (; j < lines; j++) {
    const rf = lineStart[j] as number;
    const rt = lineEnd[j] as number;
    if (blank(text, rf, rt)) break;
    const n = summaryCells(text, rf, rt);
    if (n === -1) break;
    for (let k = 0; k < n; k++) {
      const s = labelStart[k] as number;
      const e = labelEnd[k] as number;
      if (statLabel.test(text.slice(s, e))) stats = true;
      else if (e > s) {
        let col = 0;
        while (col + 1 < first && (starts[col + 1] as number) <= s - rf) col++;
        cells.push(s, e, col);
      }
    }
  }
  if (!stats) return i + 1;
  const base = addGroup(out, names, undefined, [from, to]);
  for (let k = 0; k < cells.length; k += 3)
    push(
      out,
      cells[k] as number,
      cells[k + 1] as number,
      cells[k + 1] as number,
      base + (cells[k + 2] as number),
    );
  return j;
}

/** A Stata variable's name: a letter or `_`, then up to 31 letters, digits and `_`. */
const stataName = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/;

/** Scratch: a Stata box's header names (start and end, as offsets in their line). */
const nameStart: number[] = [];
const nameEnd: number[] = [];

/**
 * Stata's `list` box: a header of variable names inside `| … |`, a `|---|` rule, then a row per
 * observation (`  1. | Tobias Wexler   03jun1971   (412) 683-2917 |`), a rule every few rows and a
 * `+---+` border last. Columns are marked by nothing but alignment: a string column's values and
 * its name start at one place, a number's or a date's end at one place. So a left-aligned column
 * ends where a right-aligned one's name ends or a left-aligned one's name starts; between a
 * left-aligned column and a right-aligned one, at the longest run of blanks every row has there
 * (the rightmost of equal ones: names hold blanks, numbers and dates none), even a single blank when
 * a name fills its column (`Marisela Huerta 19dec1985`). Line `i` is the header, `i + 1` its rule.
 * Returns the index after the last row, or -1 when the lines are no such box.
 */
export function stataList(text: string, lines: number, i: number, out: TableCells): number {
  const from = lineStart[i] as number;
  const to = lineEnd[i] as number;
  const open = text.indexOf('|', from);
  const close = text.lastIndexOf('|', to - 1);
  if (open === -1 || close - open < 4 || !blank(text, from, open) || !blank(text, close + 1, to)) return -1;
  const rule = lineStart[i + 1] as number;
  if (text.charCodeAt(rule + open - from) !== 124 || text.charCodeAt(rule + open - from + 1) !== 45)
    return -1;
  let n = 0;
  for (let p = open + 1; p < close; ) {
    while (p < close && text.charCodeAt(p) === 32) p++;
    if (p >= close) break;
    // (Stata sets its columns three blanks apart: a header of words one blank apart is a phrase.)
    if (n > 0 && p - (nameEnd[n - 1] as number) - from < 2) return -1;
    const s = p;
    while (p < close && text.charCodeAt(p) !== 32) p++;
    if (!stataName.test(text.slice(s, p))) return -1;
    nameStart[n] = s - from;
    nameEnd[n] = p - from;
    n++;
  }
  if (n < 2) return -1;
  const rows: number[] = [];
  let j = i + 2;
  for (; j < lines; j++) {
    const rf = lineStart[j] as number;
    const rt = lineEnd[j] as number;
    if (rt - rf <= open - from + 1) break;
    const c = text.charCodeAt(rf + open - from);
    if (c === 43) {
      j++; // the bottom border
      break;
    }
    if (c === 124 && text.charCodeAt(rf + open - from + 1) === 45) continue; // a rule between rows
    if (c !== 124 || rt - rf <= close - from || text.charCodeAt(rf + close - from) !== 124) break;
    if (!observationNumber.test(text.slice(rf, rf + open - from))) break;
    rows.push(rf);
  }
  if (rows.length === 0) return -1;
  const ends = columnEnds(text, rows, n, close - from);
  if (ends === undefined) return -1;
  const names: string[] = [];
  for (let k = 0; k < n; k++)
    names.push(text.slice(from + (nameStart[k] as number), from + (nameEnd[k] as number)));
  const base = addGroup(out, names, undefined, [from, to]);
  for (const rf of rows) {
    let cell = rf + open - from + 1;
    for (let k = 0; k < n; k++) {
      const end = rf + (ends[k] as number);
      trimInto(text, cell, end, end, k);
      cell = end;
    }
    emit(out, base, n, 0, n);
  }
  return j;
}

/** What opens a Stata row before its `|`: blanks and the observation's number (`  12. `), or blanks only (`noobs`). */
const observationNumber = /^ *(?:\d{1,9}\. )?$/;

/** Whether a row has a non-blank at offset `k` of its line. */
const inked = (text: string, row: number, k: number): boolean => !isSpace(text.charCodeAt(row + k));

/**
 * Where each column of a Stata box ends (offsets in a line; the last at the closing `|`), from the
 * alignment of its values under its name (see `stataList`); undefined when a column is aligned
 * neither way.
 */
function columnEnds(text: string, rows: readonly number[], n: number, close: number): number[] | undefined {
  const left: boolean[] = [];
  const right: boolean[] = [];
  for (let k = 0; k < n; k++) {
    const s = nameStart[k] as number;
    const e = nameEnd[k] as number;
    let l = true;
    let r = true;
    for (const row of rows) {
      let empty = true;
      for (let p = s; p < e && empty; p++) if (inked(text, row, p)) empty = false;
      if (empty) continue;
      if (inked(text, row, s - 1) || !inked(text, row, s)) l = false;
      if (!inked(text, row, e - 1) || inked(text, row, e)) r = false;
    }
    if (!l && !r) return undefined;
    left.push(l);
    right.push(r);
  }
  const ends: number[] = [];
  for (let k = 0; k + 1 < n; k++) {
    if (right[k]) ends.push(nameEnd[k] as number);
    else if (left[k + 1]) ends.push(nameStart[k + 1] as number);
    else {
      const gap = commonGap(text, rows, nameEnd[k] as number, nameStart[k + 1] as number);
      if (gap === -1) return undefined;
      ends.push(gap);
    }
  }
  ends.push(close);
  return ends;
}

/** The start of the longest run of offsets in `[from, to)` blank in every row (the rightmost of equal ones), or -1. */
function commonGap(text: string, rows: readonly number[], from: number, to: number): number {
  let best = -1;
  let bestLength = 0;
  let run = 0;
  for (let p = from; p < to; p++) {
    if (rows.every((row) => !inked(text, row, p))) run++;
    else run = 0;
    if (run > 0 && run >= bestLength) {
      best = p - run + 1;
      bestLength = run;
    }
  }
  return best;
}
