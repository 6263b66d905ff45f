import type { Finding } from '../detector.js';
import { resolveOverlaps } from '../registry.js';
import { isRuleLine } from './scan.js';
import { isTypeRow, leftAligned, tibble } from './tables-aligned.js';
import { columnsThenRows, dataDiffRows, hunkRows } from './tables-apart.js';
import { type Cell, emptyCells, type TableCells } from './tables-cells.js';
import { boxDrawing, columnLetters, delimited, ruled, sheetGrid, unboxed } from './tables-delimited.js';
import { parseKeyedValues } from './tables-keyed.js';
import { blank, lineEnd, lineStart, releaseLines, splitLines, startText } from './tables-lines.js';
import {
  detachedRecords,
  discardedLines,
  discardedMark,
  duplicateEntries,
  loaderData,
  malformedMark,
  malformedRecords,
  printedFileRows,
  recordMark,
} from './tables-loaders.js';
import { hl7Fields, x12Elements } from './tables-messages.js';
import { pandas, resetWrapped } from './tables-pandas.js';
import { columnStatistics, dictionaryExamples, profileRows, statisticsHeader } from './tables-profiles.js';
import { headedArrays, htmlTables, tribbleRows } from './tables-source.js';
import {
  aliasedLiteral,
  copyContextRows,
  copyRows,
  insertValues,
  keyTuples,
  namedLiterals,
  planCondition,
  selectedRows,
  selectWord,
  within,
} from './tables-sql.js';
import { rSummary, summaryCue } from './tables-statistics.js';
import { failureCases, originalValues } from './tables-tool-output.js';

/**
 * Finds values labelled by a column header or a key in notebook material: result tables (CSV, TSV,
 * semicolon CSV, markdown, psql `|` output with its `---+---` rule, pandas DataFrame and R tibble
 * printouts) and key/value text (JSON, Python dicts, YAML, `.env`, `key=value` logs). Detectors
 * decide which labels matter; this file only says where each value sits in the original text.
 *
 * This file holds the entry points (`tableCells`, `keyedValues`, `keyedValuesWithSiblings`) and the
 * order the readers run in; the readers themselves live in `tables-*.ts`, one file per family.
 */

export { type Cell, cellHeader, type TableCells, type TableGroup, tableCellAt } from './tables-cells.js';
export { normalizeHeader } from './tables-headers.js';
export { fixtureLine, hasRealMail, placeholderRows, reservedMail } from './tables-placeholders.js';

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

/** ` AS ` or ` as `: one regex costs a fifth of two `includes`, which stop at every blank. */
const aliasWord = / AS | as /;

let lastTableText: string | undefined;
let lastTableCells: TableCells = emptyCells();
let lastKeyedText: string | undefined;
let lastKeyedCells: Cell[] = [];

/** Every cell of every table found in `text`, with its column header. */
function parseTableCells(original: string): TableCells {
  const out = emptyCells();
  startText(original);
  resetWrapped();
  if (original.includes('</t') || original.includes('</T')) htmlTables(original, out);
  if (original.includes('VALUES') || original.includes('values')) insertValues(original, out);
  if (original.includes(')=(')) keyTuples(original, out);
  if (original.includes('Duplicate entry')) duplicateEntries(original, out);
  if (aliasWord.test(original)) namedLiterals(aliasedLiteral, 1, original, out);
  if (original.includes(')::')) namedLiterals(planCondition, 2, original, out);
  if (original.includes('FROM stdin')) copyRows(original, out);
  if (original.includes('CONTEXT:')) copyContextRows(original, out);
  if (original.includes('tribble(')) tribbleRows(original, out);
  columnsThenRows(original, out);
  if (original.includes('[')) headedArrays(original, out);
  if (original.includes('data-diff ')) dataDiffRows(original, out);
  if (original.includes('@@ -')) hunkRows(original, out);
  const selected = original.includes('\t') && selectWord.test(original) ? selectedRows(original, out) : [];
  if (recordMark.test(original)) detachedRecords(original, out);
  if (original.includes('BEGINDATA')) loaderData(original, out);
  if (original.includes(malformedMark)) malformedRecords(original, out);
  // `$ ` first: rare, where the searches for ` FROM '` stop at every blank.
  if (original.includes('$ ') && (original.includes(" FROM '") || original.includes(" from '")))
    printedFileRows(original, out);
  if (
    original.includes('|') && // rare, so the four searches run on texts holding one only
    (original.includes('PID|') ||
      original.includes('NK1|') ||
      original.includes('PV1|') ||
      original.includes('OBR|'))
  )
    hl7Fields(original, out);
  if (original.includes('NM1*') || original.includes('DMG*')) x12Elements(original, out);
  if (original.includes(statisticsHeader)) columnStatistics(original, out);
  // Box-drawn tables are read as pipe tables from a copy of the same length: cell offsets hold in both.
  const text = boxDrawing.test(original) ? unboxed(original) : original;
  const lines = splitLines(text);
  const summary = summaryCue.test(text);
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
      let after = summary ? rSummary(text, lines, i, out) : i + 1;
      if (after === i + 1) after = delimited(text, lines, i, out);
      if (after === i + 1) after = pandas(text, lines, i, out);
      i = after > i + 1 ? after : leftAligned(text, lines, i, out);
    }
  }
  releaseLines();
  if (out.start.length > 0) dictionaryExamples(text, out);
  if (out.start.length > 0) profileRows(text, out);
  if (out.start.length > 0 && text.includes('failure_case')) failureCases(text, out);
  if (out.start.length > 0 && text.includes(discardedMark)) discardedLines(text, out);
  if (out.start.length > 0 && text.includes('alue')) originalValues(text, out);
  return inOrder(out);
}

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

let groupedText: string | undefined;

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

/** Keeps, among overlapping findings, the higher score and then the longer span (the registry's rule). */
export function dedupe(findings: Finding[]): Finding[] {
  return resolveOverlaps(findings);
}
