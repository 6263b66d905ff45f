import { isReservedDomain } from './email.js';
import type { TableCells, TableGroup } from './tables-cells.js';

/**
 * Placeholder and fixture data among real values: table rows and key/value lines of test accounts
 * (reserved e-mail domains, filler numbers, specimen ids).
 */

/**
 * Which cells of a text's tables sit in a placeholder row, a fixture or test account seeded among
 * real ones: a row holding an e-mail at a reserved domain (`jan.kowalski@example.com`, RFC 2606)
 * in a table whose other rows hold real ones, a filler phone number of zeros after a short prefix
 * (`13800000000`, `0900000000`), or a specimen id (see `specimenId`). Its names and dates (`Jan
 * Kowalski`, `1900-01-01`) are the fixture's, no person's. Rows are runs of cells of one table with
 * rising columns. Memoised for the last table read.
 */
export function placeholderRows(text: string, table: TableCells): Uint8Array {
  if (table === lastPlaceholderTable) return lastPlaceholderRows;
  const marks = new Uint8Array(table.start.length);
  const { start, valueEnd, column, columnGroup } = table;
  // Tables holding a real e-mail: a reserved one stands out among them.
  const real = new Set<TableGroup>();
  for (let i = 0, at = text.indexOf('@'); i < start.length && at !== -1; i++) {
    if ((valueEnd[i] as number) <= at) continue;
    if ((start[i] as number) > at) {
      at = text.indexOf('@', start[i]);
      if (at === -1 || at >= (valueEnd[i] as number)) continue;
    }
    if (!reservedMail(text.slice(start[i], valueEnd[i])))
      real.add(columnGroup[column[i] as number] as TableGroup);
  }
  let rowStart = 0;
  let dummy = false;
  for (let i = 0; i <= start.length; i++) {
    const col = column[i];
    const newRow =
      i === start.length ||
      (i > 0 &&
        (columnGroup[col as number] !== columnGroup[column[i - 1] as number] ||
          (col as number) <= (column[i - 1] as number)));
    if (newRow) {
      if (dummy) marks.fill(1, rowStart, i);
      rowStart = i;
      dummy = false;
    }
    if (i === start.length || dummy) continue;
    const length = (valueEnd[i] as number) - (start[i] as number);
    if (length < 8 || length > 60) continue;
    const value = text.slice(start[i], valueEnd[i]);
    dummy = value.includes('@')
      ? reservedMail(value) && real.has(columnGroup[col as number] as TableGroup)
      : zeroFiller.test(value.replace(/[ ()+-]/g, '')) || specimenId.test(value);
  }
  if (marks.includes(1) && text.includes('-')) fixtureKeyedRows(text, table, marks);
  lastPlaceholderTable = table;
  lastPlaceholderRows = marks;
  return marks;
}

/**
 * Rows keyed to a fixture row (see `placeholderRows`) by a UUID only that row holds in its table: a
 * seed's `public.patients` row `(1, 'b3f1c9a2-4e7d-…', 'Dev Patient', null, '1990-01-01')` whose
 * `user_id` is the `dev@example.com` user's id. A UUID other rows share (an `instance_id` of zeros)
 * keys no one row. Marks them in `marks`.
 */
function fixtureKeyedRows(text: string, table: TableCells, marks: Uint8Array): void {
  const { start, valueEnd, column, columnGroup } = table;
  const uuidAt = (i: number): string | undefined =>
    (valueEnd[i] as number) - (start[i] as number) === 36 && uuid.test(text.slice(start[i], valueEnd[i]))
      ? text.slice(start[i], valueEnd[i])
      : undefined;
  // Each UUID's table, and whether it is a fixture row's alone there.
  const owner = new Map<string, [TableGroup, boolean]>();
  for (let i = 0; i < start.length; i++) {
    const id = uuidAt(i);
    if (id === undefined) continue;
    const group = columnGroup[column[i] as number] as TableGroup;
    const seen = owner.get(id);
    if (seen === undefined) owner.set(id, [group, marks[i] === 1]);
    else if (seen[0] === group) seen[1] &&= marks[i] === 1;
  }
  let rowStart = 0;
  let keyed = false;
  for (let i = 0; i <= start.length; i++) {
    const newRow =
      i === start.length ||
      (i > 0 &&
        (columnGroup[column[i] as number] !== columnGroup[column[i - 1] as number] ||
          (column[i] as number) <= (column[i - 1] as number)));
    if (newRow) {
      if (keyed) marks.fill(1, rowStart, i);
      rowStart = i;
      keyed = false;
    }
    if (i === start.length || keyed || marks[i] === 1) continue;
    const id = uuidAt(i);
    const seen = id === undefined ? undefined : owner.get(id);
    keyed = seen?.[1] === true && seen[0] !== columnGroup[column[i] as number];
  }
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let lastPlaceholderTable: TableCells | undefined;
let lastPlaceholderRows = new Uint8Array(0);

/** Whether `value` is an e-mail address at a domain reserved for examples and tests (see `isReservedDomain`). */
export function reservedMail(value: string): boolean {
  const at = value.lastIndexOf('@');
  return at > 0 && /^[\w.-]+$/.test(value.slice(at + 1)) && isReservedDomain(value.slice(at + 1));
}

/**
 * Whether the line holding `at` holds an e-mail at a reserved domain (`…@example.com`) in the same
 * record: a line of several records (`[{'nombre': 'Iker', …}, {…, 'email': 'qa+alta@example.com'}]`,
 * a mysqldump's `VALUES (1,'Siobhán',…),(3,'Test',…,'test.contact@example.co.uk',…)`) is one only
 * in the record holding that address.
 */
export function fixtureLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', at);
  if (to === -1) to = text.length;
  if (to - from > 2000) return false;
  for (const m of text.slice(from, to).matchAll(mailWord))
    if (reservedMail(m[0]) && sameRecordOnLine(text, at, from + (m.index as number))) return true;
  return false;
}

/** Record separators of a line of records: `}, {` between objects, `), (` between SQL tuples. */
const recordBreak = /\}[ \t]*,[ \t]*\{|\)[ \t]*,[ \t]*\(/g;

/** Whether no record separator (see `recordBreak`) stands between offsets `a` and `b` of one line. */
function sameRecordOnLine(text: string, a: number, b: number): boolean {
  recordBreak.lastIndex = Math.min(a, b);
  const m = recordBreak.exec(text);
  return m === null || m.index >= Math.max(a, b);
}

const mailWord = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Whether the text holds an e-mail at a domain not reserved for examples. */
export function hasRealMail(text: string): boolean {
  for (const m of text.matchAll(mailWord)) if (!reservedMail(m[0])) return true;
  return false;
}
/**
 * A national id filled with digits counting up, as a government's specimen shows it: Hong Kong's
 * HKID `A123456(3)`, Taiwan's `A123456789`, Spain's `12345678Z`, Korea's `900101-1234567`, the SSN
 * `123-45-6789`. The row holding one is the specimen's (`陳大文  CHAN TAI MAN  A123456(3)`).
 */
const specimenId = /^(?:[A-Z]{1,2}123456(?:\d|\(\w\)|\d{3})|12345678[A-Z]|\d{6}-1234567|123-45-6789)$/;

/**
 * Nine to twenty digits, all zeros after a short prefix that is not: a filler phone number
 * (`13800000000`, `0900000000`, `050-0000000`). Zeros alone are as often a value not known (a
 * report's `SSN ZERO` error) and say nothing.
 */
const zeroFiller = /^(?=\d{9,20}$)0{0,2}[1-9]\d{0,2}0{7,}$/;
