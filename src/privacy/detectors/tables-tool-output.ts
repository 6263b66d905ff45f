import { addGroup, type Cell, quotedCell, type TableCells, type TableGroup } from './tables-cells.js';

/**
 * Readers of data tools' reports on a table's values: a one-record table of fields and values
 * (greenmask's diff, Django's debug page), pandera's failure cases, and Great Expectations'
 * unexpected values.
 */

/**
 * A table of one record, a line per field: greenmask's `validate --diff` table `| Column |
 * OriginalValue | TransformedValue |` over `| first_name | Imogen | Derek |`, and a two-column
 * `Variable  Value` table (Django's debug page lists a request's POST data so: `first_name  '優斗'`).
 * Each (original) value is put under the field its line names (`first_name`); a diff's transformed
 * values, the tool's output, stay under their own header.
 */
export function originalValues(text: string, out: TableCells): void {
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

/**
 * pandera's `SchemaError` lists the values that failed a column's check in a table headed
 * `failure_case`; the column is named in the error above it (`<Schema Column(name=ssn, …)>`, `Column
 * 'ssn' failed …`): the failure cases are values of that column. A lazy validation's `SchemaErrors`
 * prints one long table for every column instead (`schema_context  column  check  failure_case`):
 * each row's failure case is a value of the column that row names.
 */
export function failureCases(text: string, out: TableCells): void {
  for (let c = 0; c < out.columnHeader.length; c++) {
    if (out.columnHeader[c] !== 'failure_case') continue;
    const group = out.columnGroup[c] as TableGroup;
    const named = group.headers.indexOf('column');
    if (named !== -1) {
      rowColumns(text, out, c - group.headers.indexOf('failure_case'), named, c);
      continue;
    }
    const first = out.column.indexOf(c);
    if (first === -1) continue;
    const before = text.slice(Math.max(0, (out.start[first] as number) - 800), out.start[first]);
    let name: string | undefined;
    for (const m of before.matchAll(failedColumn)) name = m[1] ?? m[2];
    if (name !== undefined) out.columnHeader[c] = name;
  }
}

/**
 * Puts each cell of the column `values` under the column its own line names in the column `base +
 * named` of the same table (see `failureCases`).
 */
function rowColumns(text: string, out: TableCells, base: number, named: number, values: number): void {
  const { column, start } = out;
  const table = (out.columnGroup[values] as TableGroup).table;
  const groups = new Map<string, number>();
  let name: string | undefined;
  let nameLine = -1;
  for (let i = 0; i < start.length; i++) {
    const col = column[i] as number;
    if (col !== base + named && col !== values) continue;
    const lineFrom = text.lastIndexOf('\n', start[i] as number);
    if (col !== values) {
      name = text.slice(start[i], out.valueEnd[i]);
      nameLine = lineFrom;
    } else if (name !== undefined && lineFrom === nameLine) {
      let id = groups.get(name);
      if (id === undefined) {
        id = addGroup(out, [name], table);
        groups.set(name, id);
      }
      column[i] = id;
    }
  }
}

/**
 * pandera's one-line `SchemaError`: `Column 'ssn' failed element-wise validator number 0: … failure
 * cases: 214673390, 447 09 2286`, each failure case a value of the column.
 */
export function panderaFailures(text: string, out: Cell[]): void {
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

/**
 * Great Expectations results: the sample values of a failed expectation
 * (`"partial_unexpected_list": ["14/07/1987", …]`) are values of the column its `kwargs` name.
 */
const expectationColumn = /"column": ?"([^"\n]{1,64})"/g;
const unexpectedList = /"(?:partial_)?unexpected_list": ?\[/y;

export function expectationSamples(text: string, out: Cell[]): void {
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
export function quotedRun(text: string, header: string, from: number, out: Cell[]): void {
  quotedStrings.lastIndex = from;
  for (let q = quotedStrings.exec(text); q !== null; q = quotedStrings.exec(text)) {
    const start = q.index + q[0].indexOf('"') + 1;
    const value = q[1] as string;
    if (value.trim() !== '') out.push(quotedCell(text, header, start, start + value.length));
  }
}
