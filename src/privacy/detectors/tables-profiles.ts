import { isDigit, isSpace } from './scan.js';
import { addGroup, push, type TableCells, type TableGroup } from './tables-cells.js';
import { normalizeHeader } from './tables-headers.js';

/**
 * Readers of tables about other tables' columns: column statistics (`min / max`), data dictionaries
 * with an example column, and profiling reports (most frequent values, samples).
 */

export const statisticsHeader = 'min / max';
/** A row of `parquet meta`'s column statistics: the column's name, its figures, `"min" / "max"`. */
const statisticsRow =
  /[ \t]*([\p{L}_][\p{L}\p{N}_.]{0,63})[ \t]{2,}[^"\n]*?"((?:[^"\\\n]|\\.){1,200})" \/ "((?:[^"\\\n]|\\.){1,200})"[ \t]*(?:\r?\n|$)/duy;

/**
 * `parquet meta` (parquet-cli) prints each row group's column statistics one column a row, under
 * a header ending in `min / max`: `vorname  BINARY  S _ R  48213  1.12 B  12  "Aaliyah" / "Zülfiye"`.
 * The smallest and largest values are the column's own: both are read under the row's name.
 */
export function columnStatistics(text: string, out: TableCells): void {
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
export function dictionaryExamples(text: string, out: TableCells): void {
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

export function statOf(header: string): Stat | undefined {
  const key = normalizeHeader(header.endsWith(')') ? header.replace(bracketNote, '') : header);
  return extremeStat.test(key)
    ? 'single'
    : sampleStat.test(key)
      ? 'list'
      : frequentStat.test(key)
        ? 'frequent'
        : undefined;
}

export const isMeasure = (header: string): boolean =>
  measureStat.test(normalizeHeader(header.endsWith(')') ? header.replace(bracketNote, '') : header));

/** The name a profile gives the column a row or an object describes: `first_name`, the last part of `hms_prod.patients.date_of_birth`. */
export function profiledName(value: string): string | undefined {
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
export function listItems(text: string, from: number, to: number): number[] {
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
export function hasDigit(text: string, from: number, to: number): boolean {
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
export function profileRows(text: string, out: TableCells): void {
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
