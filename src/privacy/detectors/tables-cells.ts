/**
 * What the table and key/value readers produce: a `Cell` per keyed value, a text's tables as
 * `TableCells` (parallel arrays), and the helpers that add to and search them.
 */

export interface Cell {
  /** The key, as written (quotes stripped). */
  header: string;
  /** The keys of the object the pair belongs to (just `[header]` until `keyedValuesWithSiblings`). */
  headers: readonly string[];
  value: string;
  /** Offsets of `value` in the text: `text.slice(start, end) === value`. */
  start: number;
  end: number;
  /** Whether the value was quoted, and the separator used. */
  quoted?: boolean;
  separator?: string;
  /** The table's name when the text says it. */
  table?: string;
  /**
   * A form's label of several words that ends in the key, when it opens its line or field
   * (`Baba Adı : Mustafa`, `1.1 Apellido(s) / Family name(s): GARCÍA`): `Baba Adı`, `Family name`.
   */
  label?: string;
  /** Where `label` starts in the text (it ends at the key's end). */
  labelStart?: number;
}

/** One table: its column headers, as written (quotes stripped), and its name when the text says it. */
export interface TableGroup {
  readonly headers: readonly string[];
  /** `INSERT INTO customers (…)`: `customers`. */
  readonly table?: string;
  /** Where its header line is, for a delimited or ruled table (CSV, markdown, psql). */
  readonly line?: readonly [number, number];
}

/**
 * Every cell of every table in a text, in the order found, as parallel arrays (no object or string
 * per cell: callers slice the few values they need). A cell's column is an index into
 * `columnHeader`/`columnGroup`, numbered across all the text's tables, so callers classify each
 * column's header once, not once per cell.
 */
export interface TableCells {
  readonly start: number[];
  /** Where the cell ends (a pandas cell of a short row may end past its line). */
  readonly end: number[];
  /** Where its value ends: `text.slice(start[i], valueEnd[i])` is the value (never empty). */
  readonly valueEnd: number[];
  readonly column: number[];
  /** SQL `INSERT` values: whether the value was quoted (undefined for other tables). */
  readonly quoted: Array<boolean | undefined>;
  readonly columnHeader: string[];
  readonly columnGroup: TableGroup[];
}

export function emptyCells(): TableCells {
  return { start: [], end: [], valueEnd: [], column: [], quoted: [], columnHeader: [], columnGroup: [] };
}

/** Registers a table's columns; returns the id of its first column. */
export function addGroup(
  out: TableCells,
  headers: readonly string[],
  table?: string,
  line?: readonly [number, number],
): number {
  const base = out.columnHeader.length;
  const group: TableGroup =
    line !== undefined ? { headers, line } : table === undefined ? { headers } : { headers, table };
  for (const h of headers) {
    out.columnHeader.push(h);
    out.columnGroup.push(group);
  }
  return base;
}

/** Takes back a group added last, and its cells: a table that turned out not to be one. */
export function dropGroup(out: TableCells, base: number): void {
  while (out.column.length > 0 && (out.column[out.column.length - 1] as number) >= base) {
    out.start.pop();
    out.end.pop();
    out.valueEnd.pop();
    out.column.pop();
    out.quoted.pop();
  }
  out.columnHeader.length = base;
  out.columnGroup.length = base;
}

export function push(
  out: TableCells,
  start: number,
  end: number,
  valueEnd: number,
  column: number,
  quoted?: boolean,
) {
  out.start.push(start);
  out.end.push(end);
  out.valueEnd.push(valueEnd);
  out.column.push(column);
  out.quoted.push(quoted);
}

/**
 * The index of the cell holding `[start, end)` by binary search on the cells' starts (sorted for a
 * text holding one kind of table), or -1.
 */
export function tableCellAt(cells: TableCells, start: number, end: number): number {
  const starts = cells.start;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= start) lo = mid;
    else hi = mid - 1;
  }
  return lo < starts.length && (starts[lo] as number) <= start && end <= (cells.end[lo] as number) ? lo : -1;
}

/** The header of a table cell. */
export function cellHeader(cells: TableCells, i: number): string {
  return cells.columnHeader[cells.column[i] as number] as string;
}

/** The quoted value `text[start, end)` of a list under `header`. */
export function quotedCell(
  text: string,
  header: string,
  start: number,
  end: number,
  separator?: string,
): Cell {
  const cell: Cell = { header, headers: [header], value: text.slice(start, end), start, end, quoted: true };
  if (separator !== undefined) cell.separator = separator;
  return cell;
}

/**
 * Where rows under a column list written apart were read (start and end, flat; see
 * `columnsThenRows`), so that `headedArrays` does not read them again under their own first row.
 */
export const apartRows: number[] = [];

/** Whether offset `at` lies in rows of `apartRows`. */
export function readApart(at: number): boolean {
  for (let k = 0; k < apartRows.length; k += 2)
    if (at >= (apartRows[k] as number) && at < (apartRows[k + 1] as number)) return true;
  return false;
}
