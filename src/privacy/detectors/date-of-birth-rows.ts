import type { Finding } from '../detector.js';
import { splitRow } from './date-of-birth-columns.js';
import { isBirthHeader } from './date-of-birth-cues.js';
import { datesIn, dayKeys, daysIn, finding, thisYear, wholeDate } from './date-of-birth-dates.js';
import { monthOf } from './date-of-birth-months.js';
import { isSpace, sqlPositionalValues } from './scan.js';

/**
 * DATE_OF_BIRTH readers for rows a database, a loader or a tool prints without naming their columns
 * beside them: row dumps, `raw_line`, column-less `INSERT`s, a loader's bad file, PostgreSQL's
 * failing row, Snowflake's rejected records, readr's `problems()`.
 */

/**
 * A database error quoting a person's row without its columns: Snowflake's `Duplicate row detected
 * during DML action ⏎ Row Values: [48812, "Ingrid", "Solberg", "ingrid.solberg@online.no", "+47 913
 * 48 205", "1972-09-14", "2024-06-20 04:00:11.482"]`, PostgreSQL's `Failing row contains (…)` (with no
 * `INSERT` in sight to name its columns). In a row holding an e-mail or a phone, its only date (no
 * time) of an adult's birth year is the birth date: a sign-up or an update is recent or has a time.
 */
export function rowDumpDates(text: string, found: Finding[]): void {
  // An `INSERT` naming the columns says which is the birth date (see `failingRowDates`).
  const named = /INSERT[ \t\r\n]+INTO/i.test(text);
  for (const m of text.matchAll(rowDump)) {
    if (named && m[0].startsWith('Failing')) continue;
    const open = (m.index as number) + m[0].length;
    // The row's closing bracket, or its line's end, within 2000 characters.
    const closer = m[0].endsWith('[') ? 93 : 41;
    let close = open;
    while (close < text.length && close - open <= 2000) {
      const c = text.charCodeAt(close);
      if (c === closer || c === 10) break;
      close++;
    }
    if (close - open > 2000) continue;
    const birth = recordBirth(text, topLevelItems(text, open, close));
    if (birth !== undefined) found.push(finding(birth, 0.8));
  }
}

/**
 * The birth date of a person's record quoted without its columns (see `rowDumpDates`): in a record
 * holding an e-mail or a phone, its only date (no time) of an adult's birth year.
 */
function recordBirth(text: string, items: ReadonlyArray<[number, number]>): [number, number] | undefined {
  let person = false;
  let birth: [number, number] | undefined;
  let dates = 0;
  for (const [a, b] of items) {
    const [from, to] = unquote(text, a, b);
    const item = text.slice(from, to);
    const span = datesIn(text, from, to)[0];
    if (span === undefined || span[0] !== from || span[1] !== to) {
      if (rowEmail.test(item) || rowPhone.test(item)) person = true;
      continue;
    }
    dates++;
    const year = /(?:^|\D)((?:18|19|20)\d\d)(?:\D|$)/.exec(item)?.[1];
    if (year !== undefined && Number(year) >= 1900 && Number(year) <= thisYear - 14) birth = span;
    else birth = undefined;
  }
  return person && dates === 1 ? birth : undefined;
}

/**
 * A load error's rejected record, `|`-delimited, with no column list in the text to read it by:
 * Redshift's `stl_load_errors.raw_line` (`raw_line        | APP-7730142|Lakeisha|Fontenot|
 * lakeisha.fontenot@gmail.com|(504) 388-2917|04/18/1983|437-22-8104|84,500`). Its birth date as in
 * `rowDumpDates`.
 */
export function rawLineDates(text: string, found: Finding[]): void {
  for (const m of text.matchAll(rawLine)) {
    const from = (m.index as number) + m[0].length;
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    if (to - from > 2000) continue;
    const items: Array<[number, number]> = [];
    for (let a = from, b = text.indexOf('|', a); a <= to; a = b + 1, b = text.indexOf('|', a)) {
      if (b === -1 || b > to) b = to;
      items.push([a, b]);
    }
    if (items.length < 4) continue;
    const birth = recordBirth(text, items);
    if (birth !== undefined) found.push(finding(birth, 0.8));
  }
}

const rawLine = /\braw_line[ \t]*[|:=][ \t]*/g;

/**
 * The tuples of an `INSERT` that names no columns, in a text with no `CREATE TABLE` to name them:
 * a mysqldump's extended insert, `INSERT INTO \`contacts\` VALUES (1,'Siobhán','O\\'Driscoll',
 * 'siobhan.odriscoll@eircom.net','+353 87 214 6690','1979-02-11','2021-06-01 10:22:31'),(…)`. Each
 * tuple's birth date as in `rowDumpDates`.
 */
export function columnlessInsertDates(text: string, found: Finding[]): void {
  for (const m of text.matchAll(columnlessInsert)) {
    let open = (m.index as number) + m[0].length;
    for (let rows = 0; text.charCodeAt(open) === 40 && rows < 10_000; rows++) {
      const close = tupleEnd(text, open + 1);
      if (close === -1) break;
      const birth = recordBirth(text, topLevelItems(text, open + 1, close));
      if (birth !== undefined) found.push(finding(birth, 0.8));
      open = close + 1;
      while (isSpace(text.charCodeAt(open))) open++;
      if (text.charCodeAt(open) !== 44) break;
      open++;
      while (isSpace(text.charCodeAt(open))) open++;
    }
  }
}

/**
 * A loader's rejected records printed from its bad file (`$ cat employees.bad`), the log naming the
 * column they failed on: SQL*Loader's `Record 3: Rejected - Error on table HR.EMPLOYEES, column
 * DOB.` over `ORA-01839: date not valid for month specified`. When that column is a birth date's,
 * a record's one impossible date (`29-FEB-1989`; else its one date) is the value it failed on.
 */
export function badFileDates(text: string, found: Finding[]): void {
  const column = rejectedColumn.exec(text)?.[1];
  if (column === undefined || !isBirthHeader(column)) return;
  for (const m of text.matchAll(badFilePrint)) {
    let at = (m.index as number) + m[0].length + 1;
    for (let lines = 0; at < text.length && lines < 100 && !text.startsWith('$ ', at); lines++) {
      let end = text.indexOf('\n', at);
      if (end === -1) end = text.length;
      if (end === at) break;
      const delimiter = text.lastIndexOf('|', end) >= at ? '|' : ',';
      const dates: Array<[number, number]> = [];
      const impossible: Array<[number, number]> = [];
      for (let a = at, b = text.indexOf(delimiter, a); a <= end; a = b + 1, b = text.indexOf(delimiter, a)) {
        if (b === -1 || b > end) b = end;
        const span = datesIn(text, a, b)[0];
        if (span === undefined || span[0] !== a || span[1] !== b) continue;
        dates.push(span);
        if (impossibleDay(text.slice(a, b))) impossible.push(span);
      }
      const birth = impossible.length === 1 ? impossible[0] : dates.length === 1 ? dates[0] : undefined;
      if (birth !== undefined) found.push(finding(birth, 0.8));
      at = end + 1;
    }
  }
}

const rejectedColumn = /Rejected - Error on table [\w.$#"]{1,128}, column ([\w$#"]{1,128})\./;
/** A shell command printing a loader's bad file: `$ cat employees.bad`. */
const badFilePrint = /^\$ (?:cat|head|tail|more|less)\b[^\n]{0,200}\.bad[ \t]*$/gm;

/** Whether a day-first date (`29-FEB-1989`, `31/04/1987`) or an ISO one names a day its month lacks. */
function impossibleDay(date: string): boolean {
  const dmy = /^(\d{1,2})[-/.]([A-Za-z]{3}|\d{1,2})[-/.](\d{4})$/.exec(date);
  const ymd = dmy === null ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(date) : null;
  if (dmy === null && ymd === null) return false;
  const [y, mo, d] =
    dmy !== null
      ? [Number(dmy[3]), monthOf(dmy[2] as string) ?? Number(dmy[2]), Number(dmy[1])]
      : [Number(ymd?.[1]), Number(ymd?.[2]), Number(ymd?.[3])];
  return mo >= 1 && mo <= 12 && d > daysIn(y, mo);
}

/**
 * A SAS log's invalid-data NOTE prints the raw record under its `RULE:` ruler, then the program data
 * vector as `name=value` pairs up to `_ERROR_=1 _N_=14`. A date in the raw record naming the same day
 * as a birth variable of that dump (`1990-07-31` read into `dob=31JUL1990`) is that birth date.
 */
export function sasRecordDates(text: string, found: Finding[]): void {
  for (const m of text.matchAll(sasRule)) {
    // The record's lines (one, or more when it wraps), then the dump's, up to its `_N_=`.
    const record: number[] = [];
    const days: string[] = [];
    let dump = false;
    let at = (m.index as number) + m[0].length + 1;
    for (let lines = 0; at < text.length && lines < 12; lines++) {
      let end = text.indexOf('\n', at);
      if (end === -1) end = text.length;
      if (end - at > 2000) break;
      const line = text.slice(at, end);
      dump ||= record.length > 0 && pdvPair.test(line);
      if (!dump) record.push(at, end);
      else
        for (const pair of line.matchAll(pdvBirth))
          if (isBirthHeader(pair[1] as string))
            days.push(
              ...dayKeys(text, at + (pair.index as number) + pair[0].length - (pair[2] as string).length),
            );
      if (line.includes(' _N_=') || line.startsWith('_N_=')) break;
      at = end + 1;
    }
    if (days.length === 0) continue;
    for (let r = 0; r < record.length; r += 2)
      for (const span of datesIn(text, record[r] as number, record[r + 1] as number))
        if (dayKeys(text, span[0]).some((day) => days.includes(day))) found.push(finding(span, 0.8));
  }
}

const sasRule = /^RULE:[ \t]+[-+0-9]{10}[^\n]*/gm;
/** A dump's line: `name=value` pairs from its start. */
const pdvPair = /^[A-Za-z_]\w{0,31}=/;
/** A variable's value in the dump, up to a blank (a date's formats hold none: `31JUL1990`, `07/31/1990`). */
const pdvBirth = /(?<![\w])([A-Za-z_]\w{0,31})=([^\s=]{6,20})(?=[ \t\r]|$)/g;

/** A `CREATE TABLE` naming the columns a column-less `INSERT` fills (the table reader's then). */
export const createTable = /\bcreate[ \t]+(?:or[ \t]+replace[ \t]+)?(?:temp(?:orary)?[ \t]+)?table\b/i;

const columnlessInsert = /\binsert[ \t]+(?:ignore[ \t]+)?into[ \t]+[\w."`[\]]{1,128}[ \t]+values[ \t]*/gi;

/** The offset of the `)` closing a tuple whose items start at `from` (quotes and backslash escapes skipped), or -1. */
function tupleEnd(text: string, from: number): number {
  let quote = 0;
  let depth = 0;
  for (let i = from; i < text.length && i - from < 4000; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === 92) i++;
      else if (c === quote) quote = 0;
    } else if (c === 39 || c === 34) quote = c;
    else if (c === 40) depth++;
    else if (c === 41 && depth-- === 0) return i;
    else if (c === 10) return -1;
  }
  return -1;
}

const rowDump = /Row Values: \[|Failing row contains \(/g;
const rowEmail = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const rowPhone = /^\+?\(?\d[\d ()./-]{7,18}\d$/;

/** `text[from, to)` without the quotes around it. */
function unquote(text: string, from: number, to: number): [number, number] {
  const c = text.charCodeAt(from);
  return (c === 34 || c === 39) && text.charCodeAt(to - 1) === c && to - from >= 2
    ? [from + 1, to - 1]
    : [from, to];
}

/**
 * readr's `problems()` tibble quotes the values a column spec failed on, by column number only:
 * `row col expected actual file` over `418 5 date like %d/%m/%Y 31/06/1986 /home/…`. The spec
 * (`col_types = cols(date_of_birth = col_date("%d/%m/%Y"))`) says which column has that format:
 * when only birth columns do, the `actual` values of the rows expecting it are birth dates.
 */
export function readrProblemDates(text: string, found: Finding[]): void {
  const birth = new Set<string>();
  const other = new Set<string>();
  for (const m of text.matchAll(readrDateSpec))
    (isBirthHeader(m[1] as string) ? birth : other).add(m[2] ?? m[3] ?? '');
  if (birth.size === 0) return;
  for (const h of text.matchAll(problemsHeader)) {
    const header = h[0];
    const expected = header.indexOf('expected');
    const actual = header.indexOf('actual');
    let lineStart = (h.index as number) + header.length + 1;
    for (let rows = 0; lineStart < text.length && rows < 10_000; rows++) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      const line = text.slice(lineStart, lineEnd);
      if (!/^[ \t]*(?:<|\d)/.test(line)) break; // the types line (`<int> <chr>`), then numbered rows
      const want = /^date (?:like (.+)|in ISO8601)$/.exec(line.slice(expected, actual).trim());
      const format = want === null ? undefined : (want[1]?.trim() ?? '');
      if (format !== undefined && birth.has(format) && !other.has(format)) {
        let end = lineStart + actual;
        while (end < lineEnd && !isSpace(text.charCodeAt(end))) end++;
        for (const span of datesIn(text, lineStart + actual, end)) found.push(finding(span, 0.85));
      }
      lineStart = lineEnd + 1;
    }
  }
}

/** A column spec for a date: `date_of_birth = col_date("%d/%m/%Y")`, `dob = col_date()`. */
const readrDateSpec =
  /([A-Za-z_.][\w.]{0,60})[ \t]*=[ \t]*col_date(?:time)?\([ \t]*(?:format[ \t]*=[ \t]*)?(?:"([^"\n]*)"|'([^'\n]*)')?/g;
/** The header of `problems()`' tibble. */
const problemsHeader = /^[ \t]*row[ \t]+col[ \t]+expected[ \t]+actual\b[^\n]*/gm;

/**
 * The items of a comma-separated list in `text[from, to)`, commas inside brackets or quotes skipped,
 * each trimmed: start and end offsets.
 */
export function topLevelItems(text: string, from: number, to: number): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let depth = 0;
  let quote = 0;
  let start = from;
  const push = (end: number): void => {
    let a = start;
    let b = end;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    items.push([a, b]);
  };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === 92) i++;
      else if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) depth--;
    else if (c === 44 && depth === 0) {
      push(i);
      start = i + 1;
    }
  }
  push(to);
  return items;
}

/**
 * PostgreSQL quotes the row an `INSERT` failed on (`DETAIL:  Failing row contains (48213, Jürgen,
 * Häberle, null, +49 171 4839226, 1968-02-09, …)`) and, with `log_statement`, its bind parameters
 * (`parameters: $1 = '…', $5 = '1979-11-23'`), neither naming the columns: the `INSERT INTO
 * patients (id, …, birth_date, …) VALUES ($1, …)` for the relation the error names does. The value
 * in the birth column's position (the row lists the table's columns, the statement's first), or the
 * parameter bound there, when it is a date and nothing else.
 */
export function failingRowDates(text: string, out: Finding[]): void {
  for (const v of sqlPositionalValues(text))
    if (v.end - v.start <= 30 && isBirthHeader(v.column)) wholeDate(text, v.start, v.end, out);
}

/**
 * Snowflake's `VALIDATION_MODE = RETURN_ERRORS` rows name the column in error with its position,
 * `"EMPLOYEES_STAGE"["BIRTH_DATE":5]`, and end with the file's record (`REJECTED_RECORD`, the last
 * tab-separated field). Under a birth column, the value the error quotes (`Date '14/09/1987' is not
 * recognized`) and the record's field at that position, in every row of that table, are birth
 * dates. (A record under a CSV header line printed elsewhere, `!head -1 employees.csv`, is the
 * table reader's: see `detachedRecords` in tables.ts.)
 */
export function rejectedRecordDates(text: string, out: Finding[]): void {
  // The birth column's position a row names holds for every row of that table.
  const birthAt = new Map<string, number>();
  for (const m of text.matchAll(snowflakeColumn))
    if (isBirthHeader(m[2] as string)) birthAt.set(m[1] as string, Number(m[3]) - 1);
  for (const m of text.matchAll(snowflakeColumn)) {
    const at = m.index as number;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const birth = isBirthHeader(m[2] as string);
    const quoted = birth ? notRecognized.exec(line) : null;
    if (quoted !== null) {
      const from = lineStart + quoted[0].indexOf("'") + 1;
      wholeDate(text, from, from + (quoted[1] as string).length, out);
    }
    const tab = line.lastIndexOf('\t');
    if (tab < at - lineStart) continue;
    const record = line.slice(tab + 1);
    // `C-30412;Nadège;…`: a file of `;`-separated fields (a European CSV).
    const fields = splitRow(record, count(record, ';') > count(record, ',') ? ';' : ',');
    const known = birthAt.get(m[1] as string);
    const positions = new Set<number>(known === undefined ? [] : [known]);
    for (const k of positions) {
      const field = fields[k];
      if (field === undefined) continue;
      let from = lineStart + tab + 1;
      for (let i = 0; i < k; i++) from += (fields[i] as string).length + 1;
      const q = field.length > 2 && field.startsWith('"') && field.endsWith('"') ? 1 : 0;
      wholeDate(text, from + q, from + field.length - q, out);
    }
  }
}

const count = (s: string, c: string): number => s.split(c).length - 1;
const snowflakeColumn = /"([^"\n]{1,128})"\["([^"\]\n]{1,128})":(\d{1,4})\]/g;
const notRecognized = /^(?:Date|Timestamp(?:_[A-Z]{2,3})?) '([^'\n]{4,30})' is not recognized/;
